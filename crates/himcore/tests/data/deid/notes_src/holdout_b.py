# Hand-written clinician notes, holdout split, part B.
# All people, numbers, addresses and institutions are invented.

NOTES = [
("nursing", """
NEURO ICU RN  [[D:6/11/2025]] 0700-1930
Pt [[N:Tesfaye, Alemayehu]] [[A:61]]M (MRN [[M:4470935]]), transferred from [[H:Anacostia General Hospital]] [[D:6/8]], SAH H&H 3, s/p coiling [[D:6/9]] (Dr. [[N:Varga]]).
Neuro: GCS 13 (E3V4M6), PERRL 3 -> 2. L pronator drift, unchanged. EVD open at 10 cmH2O, ICP 8-14, 142 mL/12h CSF, clear yellow. Transducer (Integra, SN [[DV:ICP-5521847]]) re-zeroed 0800 and 1600.
CV: SBP goal < 160, nicardipine off since 1100. Nimodipine 60 mg q4h via NGT.
TCDs [[D:6/11]]: L MCA Vmean 128 - Dr. [[N:Varga]] aware, no change.
Family: wife [[N:Selamawit]] + son [[N:Dawit]] visited 1300-1700; Amharic interpreter [[N:Hiwot]] used for update by NP [[N:Corinne Blaise]]. wife's cell [[P:(202) 555-0297]].
-- [[N:Patience Agyeman]], RN
"""),

("nursing", """
Postpartum RN note [[D:03/28/2026]] 1530
Mom [[N:Hoang Thi Mai]] [[A:28]] PPD1 s/p pLTCS, baby boy [[N:Hoang]] (MRN [[M:9930218]]) in room. Fundus firm U-1, lochia mod rubra. Incision dsg dry. Voiding. Pain 4/10.
Breastfeeding q2-3h, latch improving after lactation visit w/ [[N:Rosalind]] IBCLC. Husband [[N:Nguyen Van Long]] at bedside, asked about birth certificate - worksheet given, he prefers baby name spelled "[[N:Bảo]]".
Car seat: has one, check done [[D:3/28]]. Peds hospitalist Dr. [[N:Oyelaran-Fitch]] saw baby this am.
-- [[N:Lucinda Hartwell]] RN
"""),

("nursing", """
Peds 3W nursing note  [[D:12/14/2024]]
[[N:Faith Adebowale]], [[A:6]] y/o, sickle cell (HbSS), VOC day 2. Pain 4/10 (FACES) on morphine PCA + scheduled ibuprofen. IS x10/hr w/ pinwheel. Afebrile.
Mom [[N:Oluwakemi]] at bedside overnight; dad [[N:Segun]] brought sib [[N:Tobi]] ([[A:9]]) to visit after school. Family says their faith is very important to them; declined hospital chaplain, their pastor (Rev. [[N:Adeleke]], [[O:Living Waters Pentecostal Church]]) visited at 1800 and prayed w/ family.
Hope to wean PCA basal tonight per heme (Dr. [[N:Ogunleye-Ross]]). School: 1st grade at [[O:Greenmount Park Elementary]], mom requested homework packet.
-- [[N:Gwendolyn Ames]], RN
"""),

("nursing", """
[[D:7/7]] 2215 son [[N:Rustam]] called from [[C:Tashkent]], updated w/ pt's ok. -[[N:AV]]
"""),

("ed_triage", """
ED TRIAGE - TRAUMA    [[D:2025-08-23T02:38]]
Registered as ZZTRAUMA, ECHO (unidentified). ~[[A:30s]] M, GSW L thigh, found on sidewalk near [[ST:Clifton Ave & Harrison St]] by [[C:Newark]] PD. Tourniquet placed by officer 0221. GCS 15 but refusing to give name. Tattoos: "[[N:Mama Celeste]]" R forearm, "RIP [[N:Dre]] [[D:6/14/19]]" L chest.
VS: HR 128, BP 92/58. Level 1 activation.
Later ID'd (fingerprints) by Det. [[N:Rourke]] as [[N:Jamal Whitfield-Greene]], DOB [[D:09/04/1994]]; registration merged to MRN [[M:9021187]] at 0410; Medicaid lookup SSN [[S:146-38-2207]]. Police case [[ID:NPD-25-184471]].
Triage RN [[N:Okechukwu]] / trauma attending Dr. [[N:Vanterpool]]
"""),

("ed_triage", """
ED triage [[D:2/15/26]] 0402 - [[A:22]] yo F reports sexual assault ~0100 at an off-campus party on [[ST:Elm Hollow Rd]], [[C:Winooski]]. Pt is a student at [[O:Winooski Valley College]]. Friend [[N:Madison Greer]] w/ pt. Police ([[C:Winooski]] PD, Ofc. [[N:Quinlan]], case #[[ID:WPD-26-001883]]) in waiting room - pt undecided re: report. SANE [[N:Meredith Ashe]] paged 0405; evidence kit #[[ID:VT-SAEK-04471]] opened at 0440. VS stable. ESI 2 (private room). Pt asks that parents in [[C:Rutland]] not be contacted. -- [[N:Hollis Prentice]], RN
"""),

("discharge_summary", """
HEART FAILURE / MCS DISCHARGE SUMMARY
Patient: [[N:Andrade Lima, Gustavo]]      MRN: [[M:00553017]]      FIN: [[AC:7100228843]]
Admit: [[D:July 2, 2025]]      Discharge: [[D:July 24, 2025]]
Procedure: HeartMate 3 LVAD implant [[D:7/8/2025]] (Dr. [[N:Ostrowski-Bell]]); pump SN [[DV:HM3-2208815]], controller SN [[DV:CTL-7704412]].
Course: [[A:56]] yo man with NICM (EF 10-15%) on milrinone, INTERMACS 3. Post-op RV failure requiring iNO and epinephrine x4 days; weaned [[D:7/13]]. Driveline site clean. Anticoagulation: warfarin INR goal 2-3 + ASA 81. Discharged INR 2.4.
Course by system:
- Neuro: post-op delirium POD2-4, resolved with sleep hygiene; no focal deficits.
- Renal: AKI (Cr peak 2.3 on [[D:7/11]]) recovered to 1.1 without dialysis.
- ID: driveline prophylaxis per protocol; no infections.
- Heme: heparin bridge [[D:7/10]]-[[D:7/19]]; no bleeding.
- Nutrition: dietitian [[N:Alessandra Pinto]] reviewed vitamin K consistency with wife.
Caregivers trained and signed off: wife [[N:Renata Andrade]] and son [[N:Felipe]] ([[A:24]]). Lives at [[ST:118 Ferry St, 2nd fl]], [[C:Newark]] [[SA:NJ]] [[Z:07105]]. Emergency plan filed with local EMS and [[H:St. Casimir Medical Center]] ED.
Discharge exam: doppler MAP 78, LVAD hum audible. Driveline exit site RUQ without erythema or drainage. Lungs clear. No edema.
VAD parameters at discharge: speed 5400 rpm, flow 4.6 L/min, power 4.1 W, PI 3.8.
Discharge meds: warfarin 5 mg daily, aspirin 81 mg, sildenafil 20 mg TID, furosemide 40 mg daily, spironolactone 25 mg, losartan 12.5 mg, amiodarone 200 mg daily, pantoprazole 40 mg.
Equipment: 2 controllers, 8 batteries, charger, mobile power unit; dressing kits delivered by [[H:Garden State Home Medical]] on [[D:7/23]].
No driving for 6 weeks - wife will drive.
Follow-up: VAD clinic [[D:7/29]] with coordinator [[N:Joanne Feeney]], RN (24h VAD pager [[P:973-555-0288]]); INR via [[H:Ironbound Anticoag Clinic]] [[D:7/28]].
Electronically signed: [[N:Hideo Matsuda]], MD  [[D:07/24/2025]] 17:02
"""),

("discharge_summary", """
OBS DISCHARGE NOTE - chest pain    [[D:4/3/2026]]
[[N:Tierney, Roisin]] [[A:49]]F, MRN [[M:3208847]], DOB [[D:6/19/1976]]. 2 hs-trop neg, EKG NSR no ischemic changes. Exercise stress echo [[D:4/3]]: 10.2 METs, no ischemia. Likely musculoskeletal (had been helping sister [[N:Clodagh]] move apartments in [[C:Yonkers]]).
D/c home. NSAIDs short course. f/u PCP Dr. [[N:Weintraub]] 1-2 wks. Return precautions given. -[[N:A. Chaudhry]] PA-C
"""),

("h_and_p", """
HISTORY & PHYSICAL     [[D:01/29/2026]]
Patient: [[N:Choi, Soon-ja]]    Age: [[A:87]]    Sex: F    MRN: [[M:4418206]]
Informants: pt (Korean, via video interpreter [[N:Seo-yeon]], #[[ID:52190]]) and daughter-in-law [[N:Lee Eun-hee]], who lives with her.
CC: fever, cough x3 days
HPI: 3 days of cough w/ yellow sputum, fever 38.8 at home, poor appetite. Fell at church ([[O:Hanbit Presbyterian Church]]) on [[D:Sunday 1/25]] - no head strike. No CP.
PMH: HTN, DM2 (diet-controlled), osteoporosis w/ T12 compression fx (2023), cataracts.
Meds: losartan 50, alendronate weekly (Mondays), calcium/D.
SH: widow; lives w/ son [[N:Choi Min-ho]] and his family at [[ST:2250 Lemoine Ave Apt 6C]], [[C:Fort Lee]] [[SA:NJ]] [[Z:07024]]. never smoked. PCP Dr. [[N:Kang]] at [[H:Palisades Family Medicine]].
FH: husband died of stomach cancer; son with HTN.
ROS: + fatigue, poor appetite, mild dysuria x1 day per daughter-in-law; no rash, no leg swelling.
Function: independent in ADLs, walks with a cane, attends the senior program at [[O:Fort Lee Korean Senior Center]] 3 days a week.
Med rec confirmed with [[H:Lemoine Pharmacy]] ([[P:201-555-0512]]); last losartan fill [[D:1/5/2026]].
Exam: T 38.6 HR 102 BP 138/72 RR 24 SpO2 90% RA -> 94% 2L. Thin, frail. Crackles R mid/lower. No JVD.
Labs: WBC 15.4, Na 131, BUN 32/Cr 1.1, procal 1.8. CXR RML/RLL consolidation.
A/P: [[A:87]]F w/ CAP (CURB-65 = 3) -> admit to medicine, ceftriaxone + azithro, gentle IVF, PT/OT, fall precautions. Code status: DNR/DNI confirmed w/ pt and son by phone ([[P:201-555-0284]]).
[[N:Marcus Adeyemi-Thorne]], MD
"""),

("progress", """
BURN UNIT - Progress Note     [[D:10/9/25]]    PBD #6
[[N:Ruiz Alvarado, Fermín]]  [[A:41]]M  18% TBSA (deep partial/full thickness) bilat forearms, chest, face - grease fire at work ([[O:La Palapa Grill]], where he is head cook).
S: pain 5/10 w/ dressing changes, ketamine helping. sleeping poorly. wife [[N:Xóchitl]] visiting daily, kids ([[A:8]], [[A:12]]) via video.
O: Tmax 38.2. HR 104. UOP 0.8 mL/kg/h. Grafts (STSG [[D:10/7]] R forearm, donor L thigh) 95% take at first look today.
A/P: POD2 excision/grafting.
- next OR [[D:10/11]] chest/L forearm w/ Dr. [[N:Kaminsky-Oduya]]
- nutrition: TF at goal, prealbumin 9
- OT splinting bilat hands
- WC claim started by employer ([[ID:WC-25-700318]]); SW to assist wife w/ paperwork
[[N:Lena Schwartz]], NP (burn)
"""),

("progress", """
Psychiatry Progress Note   [[D:5/16/2025]]   day 9
Pt: [[N:Brandon Whitlock]], [[A:26]]M, first-episode psychosis
S: "the voices are quieter, like a radio in another room." slept 7 hrs. ate all meals. no SI/HI. still thinks neighbor Mr. [[N:Gaines]] (real neighbor, per mother) is "recording him".
MSE: calm, good eye contact, linear, delusional content less fixed, AH reduced.
Meds: risperidone 3 mg qhs (day 6), tolerating; no EPS.
Collateral: mother [[N:Sherry Whitlock]] called [[D:5/15]] - pt was working at [[O:Dollar General]] in [[C:Kingsport]] until [[D:April]], she wants him home with her.
Legal: civil commitment hearing [[D:5/20]] (case [[ID:25-MH-0417]]); pt now agreeable to voluntary - will sign today.
Plan: cont risperidone, family session [[D:5/19]], referral to first-episode clinic at [[H:Holston Valley Behavioral Health]].
[[N:Oluwaseyi Bankole]], MD
"""),

("progress", """
SICU Progress   [[D:Jan 20 2026]]   POD2 open AAA repair
[[A:74]]M ([[N:Hargrove, Wendell]]) - extubated POD1. Pain controlled w/ epidural (bupivacaine/fentanyl), APS (Dr. [[N:Ikeda]]) following.
Overnight: brief AF w/ RVR 0200, converted w/ amiodarone bolus. K 3.4 repleted.
Exam: A&Ox3. Abd soft, midline incision c/d/i. Bilat DP/PT dopplerable. Lactate 1.1. UOP 50-80 mL/h. Cr 1.4 (1.1 pre-op [[D:1/15]]).
Plan: advance to clears, NGT out, epidural until POD3, amio gtt -> PO, transfer to stepdown [[D:1/21]] if stable. Wife [[N:Loretta Hargrove]] updated at bedside 0800; daughter [[N:Kendra]] calling from [[C:Memphis]] at noon.
[[N:Ibrahim Al-Masri]], MD (vascular fellow)
"""),

("social_work", """
SW Assessment - refugee family    [[D:02/05/2026]]
Pt [[N:Sultani, Fereshta]] ([[A:38]] F) and her husband [[N:Abdul Wahid Sultani]], arrived from Afghanistan [[D:Oct 2025]] (SIV), resettled by [[O:New Roots Resettlement Agency]] (caseworker [[N:Hamida Noori]], [[P:(916) 555-0273]]). Dari interpreter [[N:Zarghona]] (in person).
Family of 6 lives at [[ST:3901 Marconi Ave Apt 27]], [[C:Sacramento]] [[SA:CA]] [[Z:95821]]; children ages [[A:14]], [[A:11]], [[A:7]], [[A:2]]. Husband works nights at a warehouse. Pt has Medi-Cal ([[HP:91840733A]]). A-number on I-94: [[ID:A221-387-904]].
Concerns: pt isolated, crying daily, misses sister in [[C:Kabul]]; PHQ-9 17. No SI.
Plan: referral to [[H:Arden Refugee Mental Health Clinic]] (Dari-speaking counselor); ESL class info; f/u [[D:2/19]].
-- [[N:Leticia Navarro]], MSW, ASW
"""),

("social_work", """
SW - L&D/NICU  [[D:9/2/2025]]
Mom [[N:Ashley Brewer]] ([[A:24]], MRN [[M:2271904]]) delivered [[D:9/1]] at [[H:Big Sandy Medical Pavilion]]; infant in NICU for NOWS monitoring. Mom on methadone 95 mg at [[H:Clearwater Treatment Center]] (counselor [[N:Tad]], [[P:606-555-0208]]) since [[D:Jan 2025]], UDS + methadone only. Plan of Safe Care notification submitted to state ([[ID:POSC-25-14418]]), not a CPS report per policy. Dad [[N:Cody Hensley]] ([[A:27]]) supportive, works for [[O:Big Sandy Coal]]. Family lives w/ his mother [[N:Darla]] in [[C:Pikeville]] [[SA:KY]]. Home visiting referral accepted. SW will follow through NICU stay.
-- [[N:Meredith Caudle]], LCSW
"""),

("case_mgmt", """
CM - DME   [[D:11/03/2025]]
Pt [[N:Pellegrino, Antonio]] [[A:62]]M, ALS (dx [[D:3/2024]]). Power wheelchair (Permobil M3, SN [[DV:PB-M3-5518820]]) delivered [[D:10/28]] by [[H:Great Lakes Mobility & Rehab Supply]]; tech [[N:Dustin]] adjusted tilt today. Medicare CMN signed by Dr. [[N:Haddadin]] (NPI [[L:1730069253]]). BiPAP (serial [[DV:TRL-220917441]]) from [[H:Lakeshore Respiratory]].
Secondary plan lapsed (30-day grace period) - wife paying today. Wife [[N:Teresa Pellegrino]] primary caregiver; ALS clinic nurse [[N:Brigitte Cole]] coordinating. Home: [[ST:4417 N Oketo Ave]], [[C:Harwood Heights]] [[SA:IL]] [[Z:60706]] - ramp built by son [[N:Dario]].
-- [[N:Omar Siddiqui]], RN CM
"""),

("case_mgmt", """
CM note [[D:6/26]] - pt in OBSERVATION status (not inpatient). MOON given and explained to pt [[N:Ida Mae Thibodeaux]] ([[A:83]]) and grandson [[N:Landry]] at 1420. Medicare # [[HP:8PA1-MN5-XR47]]. Dispo home today w/ grandson; he will drive her to [[ST:115 Bayou Teche Rd]], [[C:Breaux Bridge]] [[SA:LA]]. outpt PT order faxed to [[H:Acadiana Therapy Partners]] [[F:337-555-0293]]. -[[N:Renée Guidry]] RN CM
"""),

("telephone", """
Telephone Encounter   [[D:02/11/2026]] 14:07
Caller: [[N:Yvonne]] RN, [[H:Keystone Home Health]]  [[P:717-555-0272]]  fax [[F:717-555-0274]]
Patient: [[N:Bauer, Herbert]]  DOB [[D:12/24/1936]]
Report: INR 4.6 (POC) today; on warfarin 5 mg daily. No bleeding. Started levofloxacin [[D:2/7]] per urgent care.
Read back: INR 4.6 - confirmed.
Per Dr. [[N:Stoltzfus]]: hold warfarin tonight and tomorrow, resume 2.5 mg [[D:2/13]], recheck INR [[D:2/16]]. Called back to [[N:Yvonne]] 14:30 - verbalized. Pt's wife [[N:Gertrude]] to be informed by HH RN.
[[N:Kelsey Fry]], LPN
"""),

("telephone", """
PA call - [[D:3/10/25]] 10:40: called Express Scripts PA line [[P:800-555-0214]] re: dupilumab for pt [[N:Nadia Petrova]] (DOB [[D:11/3/1995]]), member ID [[HP:ESX4417220918]]. Rep [[N:Harvey]] - PA approved x12 months, ref # [[ID:PA-88012347]]. Rx sent to specialty pharmacy ([[H:Summit Specialty Pharmacy]], fax [[F:866-555-0281]]). pt notified via portal. -[[N:Mireille]], PA coordinator, [[D:3/10/25]]
"""),

("portal", """
Patient-initiated message    [[D:Wed 9/17/2025]] 13:12
From: [[N:Jordan Okafor-Lindell]]
Subject: name + emergency contact

Hi! Can you update my preferred name to [[N:Jordan]] and pronouns to they/them? My legal name is still [[N:Jessica]] on my insurance until my court date on [[D:12/8]]. Also please REMOVE my ex, [[N:Brittany Sowell]], as emergency contact and add my partner [[N:Remy Castillo]], [[P:(505) 555-0286]], [[E:remy.c@postbox.example]]. My new address is [[ST:1207 Lomas Blvd NE]], [[C:Albuquerque]] [[SA:NM]] [[Z:87106]].
Thanks, [[N:Jordan]]

Reply [[D:9/18/2025]] - [[N:Yadira]] (Patient Registration): Updated preferred name, pronouns, address and emergency contact. Legal name will be updated when you bring the court order to any front desk.
"""),

("pharmacy", """
PHARMACY - Toxicology consult note    [[D:12/22/2025]] 23:50
Pt: [[N:Rasmussen, Tyler]] [[A:17]]M, [[A:72]] kg. Intentional ingestion ~2100 of ~40 x 500 mg acetaminophen + unknown # of mom's sertraline 100 mg (mom [[N:Kristi]] found empty bottles).
4-hr APAP level (0110 pending); 2-hr level 212 mcg/mL. Above treatment line by history.
Transferred from [[H:Prairie Lakes Hospital]] ED, arrived [[D:12/22]] 2250.
Poison center: [[H:Upper Midwest Poison Center]], SPI [[N:Alan Voss]], case # [[ID:UMPC-25-119043]], [[P:1-800-555-0222]].
Recs: NAC 21-h IV protocol started 2335 (bag 1: 150 mg/kg over 1 h). QTc 452 - cardiac monitoring for serotonin toxicity; no clonus currently. LFTs q12h. Psychiatry after medically cleared.
[[N:Grant Tollefson]], PharmD (RPh lic [[L:RPH-22841]])
"""),

("therapy", """
Hand Therapy Note   [[D:10/06/2025]]
Pt [[N:Grzybowski, Marek]] [[A:55]]M, R dominant. Table-saw injury [[D:9/15]] at work ([[O:Pine Ridge Cabinetry]]): zone II FDP/FDS repair R index + long fingers (Dr. [[N:Ahn]], [[D:9/16]]).
Protocol: early active motion (modified Saint John protocol), wk 3. Dorsal blocking orthosis adjusted.
ROM: index PIP 0-60, DIP 0-30; long PIP 0-55. Edema mild. Scar mobilization started.
Pt anxious about returning to work; employer contact [[N:Ron Kessler]] (HR), WC claim [[ID:WCB-25-33108]].
Plan: 2x/wk x 8 wks; next Dr. [[N:Ahn]] visit [[D:10/21]].
[[N:Celeste Ballard]], OTR/L, CHT
"""),


("therapy", """
SLP Tx - aphasia    [[D:2/27/26]]    session 6
Pt: [[N:Emmanuel Agbaje]], [[A:68]]M (MRN [[M:6650923]]), retired chemistry professor at [[O:Mohawk Ridge Community College]], L MCA stroke [[D:1/30/26]] -> Broca's aphasia w/ mild apraxia of speech. Wife [[N:Comfort]] attends sessions.
S: wife reports he said "good morning, [[N:Comfort]]" unprompted on [[D:2/25]] - first time.
O: naming (BNT short form) 7/15 (from 3/15 on [[D:2/9]]). Automatic speech (days of week, counting) intact. Repetition of 3-word phrases 60%. Melodic intonation therapy practiced - "I want coffee", "call my son [[N:Kehinde]]".
A: steady gains.
P: cont 3x/wk. Home program via tablet app. Aphasia group at [[H:Albany Stroke Recovery Center]] starting [[D:3/12]].
[[N:Bronwyn Hale]], MS, CCC-SLP
"""),

("radiology", """
MRI BRAIN WITH AND WITHOUT CONTRAST
Exam date: [[D:11/02/2025]]   Accession: [[ID:MRB-2511-02-0387]]
Patient: [[N:FONTAINE, GENEVIÈVE]]   DOB [[D:05/30/1972]]   MRN [[M:70-33-912]]
Referring: Dr. [[N:Okwu]], Neurology
History: new L-sided numbness; known MS? Comparison: MRI brain [[D:03/14/2023]] performed at [[H:Berkshire Valley Hospital]] (images imported [[D:10/30/2025]]).
Findings: Multiple ovoid periventricular and juxtacortical T2/FLAIR hyperintensities perpendicular to the ventricles (Dawson fingers), increased in number from 9 to 14 since the prior exam. Two new lesions in the R centrum semiovale and R pons demonstrate enhancement. No mass effect. Normal flow voids.
Impression: Demyelinating disease consistent with MS, with interval new and enhancing lesions indicating active disease.
Read by: [[N:Ruth Abernathy-Kaye]], MD    [[D:11/02/2025]] 14:26
"""),

("pathology", """
DERMATOPATHOLOGY REPORT      Case [[ID:DP25-08813]]
Patient: [[N:O'Driscoll, Fionnuala]]    DOB [[D:03/17/1966]]    MRN [[M:2290418]]
Collected: [[D:08/05/2025]] by [[N:Siobhán Kearney]], PA-C ([[H:Shoreline Dermatology]])    Received: [[D:08/06/2025]]
Site: left upper back, shave biopsy
Clinical: changing pigmented lesion, 9 mm; pt's sister [[N:Aoife]] had melanoma at age [[A:44]].
Diagnosis: Malignant melanoma, superficial spreading type. Breslow thickness 0.9 mm. Clark level IV. Ulceration absent. Mitoses 1/mm2. Peripheral margin involved; deep margin clear by 0.4 mm. pT1b (AJCC 8th ed.).
Comment: Wide local excision and SLNB discussion recommended. Result called to [[N:S. Kearney]], PA-C, on [[D:8/8/2025]].
Dermatopathologist: [[N:Joaquim Esteves]], MD
"""),

("consult", """
ENDOCRINOLOGY CONSULT     [[D:06/19/2025]]
Requesting physician: Dr. [[N:Patel-Osei]] (MICU)     Reason: thyrotoxicosis
[[N:Asante, Akua]] is a [[A:33]] yo woman 8 wks postpartum (SVD [[D:4/24]] at [[H:Ridgeview Birth Center]]) who presented with palpitations, fever 39.1, agitation and diarrhea. FT4 > 7.8, TSH < 0.01, TRAb pending. Burch-Wartofsky score 60. HR 150s in AF. No prior thyroid history; her mother [[N:Ama]] has Graves' disease.
Impression: thyroid storm, likely postpartum-onset Graves'.
Recs: PTU 200 mg q4h; propranolol 60 mg q4h; hydrocortisone 100 mg q8h; SSKI 5 drops q6h starting 1 h after PTU; cooling blanket; telemetry. Discussed breastfeeding with pt and husband [[N:Kwabena Asante]] - will pump and discard while on SSKI. Will follow daily.
[[N:Helga Sørensen]], MD, Endocrinology    pager [[P:3362]]
"""),

("addendum", """
ADDENDUM (late entry) [[D:1/9/2026]] 08:15 - family meeting held [[D:1/8/2026]] 16:00
Present: pt's wife [[N:Delphine Mukendi]], sons [[N:Patrice]] and [[N:Cédric Mukendi]], daughter [[N:Grâce]] (by phone from [[C:Montréal]]), Dr. [[N:Hollander]] (MICU), SW [[N:Abby Stroud]], French interpreter [[N:Benoît]].
Family agreed that Mr. [[N:Mukendi]] would not want CPR or re-intubation; code status changed to DNR/DNI. Current treatment to continue for 48 h, then reassess on [[D:1/10]].
-- [[N:Adele Hollander]], MD
"""),

("handoff", """
MICU RN handoff 1900   [[D:03/03/26]]
Bed 1 [[N:Whitman, Charles]] [[A:67]]M - septic shock (cholangitis), levo 0.12 + vaso 0.04. ERCP done today. wife [[N:Eileen]] staying at a hotel nearby, wants call if pressors go up.
Bed 2 [[N:Nakamura-Price, Aiko]] [[A:45]]F - DKA, insulin gtt, AG 14, q1h FS. bridge to SQ when AG closed x2.
Bed 3 [[N:Balogun, Tolulope]] [[A:58]]M - intubated, ARDS, proned 1600. wife [[N:Funmi]] updated 1500 by Dr. [[N:Sandberg]].
Bed 4 [[N:Estrada, Rigoberto]] [[A:80]]M - UGIB, 4 u PRBC today, Hgb 7.9, EGD in am. dtr [[N:Maribel]] [[P:(559) 555-0290]].
Bed 5 [[N:Hartley, June]] [[A:90]]F - CMO, morphine gtt 2 mg/h, family at bedside. chaplain [[N:Will Ostrander]] visited 1700.
report: [[N:Nomvula]] -> [[N:Trevor]]
"""),

("nh_transfer", """
NOTICE OF TRANSFER AND BED-HOLD POLICY
Facility: [[H:Evergreen Terrace Care Center]], [[ST:2600 E Sprague Ave]], [[C:Spokane]] [[SA:WA]] [[Z:99202]]   ([[P:509-555-0264]])
Resident: [[N:Haugland, Ragnhild]]    DOB [[D:10/01/1931]]    Age [[A:94]]
Transferred to: [[H:Inland Northwest Medical Center]] on [[D:4/12/2026]] at 0630 (resp distress).
Bed 214-A held x7 days per Medicaid policy (ProviderOne ID [[HP:108832447WA]]).
Responsible party: [[N:Sigrid Haugland-Moe]] (daughter), notified by phone [[P:509-555-0265]] on [[D:4/12/2026]] 0705; written notice mailed to [[ST:88 W Cora Ave]], [[C:Spokane]] [[SA:WA]] [[Z:99205]].
Administrator: [[N:Paul Fairweather]]    Nurse: [[N:Ngozi Achike]], RN
"""),

("home_health", """
HHA SUPERVISORY VISIT    [[D:05/20/2025]]    Agency: [[H:Sunrise Home Health Services]]
Patient: [[N:Molina, Rosario]]  [[A:79]]F   [[ST:1915 S 50th Ct]], [[C:Cicero]] [[SA:IL]] [[Z:60804]]
Aide: [[N:Lourdes Pineda]], HHA (present during visit)
Care plan: bathing 3x/wk, hair care, light meal prep, ambulation w/ walker. Observed shower transfer w/ tub bench - safe technique, gait belt used.
Pt satisfied; daughter [[N:Guadalupe Molina]] ([[P:708-555-0279]]) reports aide is on time and "treats mom like family".
No changes to plan of care. Next supervisory visit due [[D:6/19/2025]].
RN supervisor: [[N:Agnieszka Nowicki]], RN
"""),

("admin", """
RELEASE OF INFORMATION - request log      [[D:2025-12-01]]
Request #[[ID:ROI-25-118402]]
Patient: [[N:Delacroix, Antoine]]    DOB [[D:2/9/1975]]    MRN [[M:8103327]]
Requester: [[N:Sheila Marconi]], paralegal, [[O:Marconi & Voss LLP]] (attorney [[N:Daniel Voss]]), [[ST:100 Summer St, Suite 1800]], [[C:Boston]] [[SA:MA]] [[Z:02110]]; fax [[F:617-555-0298]]; email [[E:smarconi@marconivoss.example]]
Authorization: signed by pt [[D:11/24/2025]], valid HIPAA authorization, expires [[D:5/24/2026]].
Records requested: ED visit [[D:8/30/2025]]; ortho clinic [[D:9/12/2025]] and [[D:10/10/2025]]; imaging on CD.
Request submitted online from IP [[IP:172.58.101.44]]; sent via secure link [[U:https://roi.example-health.org/r/9Xk2Lq]] on [[D:12/01/2025]] by [[N:Tina Brooks]], ROI specialist. Invoice [[AC:INV-2025-33071]].
"""),
]
