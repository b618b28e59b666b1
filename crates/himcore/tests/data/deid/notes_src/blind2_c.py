NOTES = [
("nursing", """0700-1900 rn note
pt [[N:yesenia almonte]] rcvd in bed AOx3, c/o 6/10 LLQ pain, medicated w/ dilaudid 0.5mg IV at 0815 w/ relief to 3/10. VSS 132/78 HR 88 SpO2 97% RA. foley d/c'd at 1000 per order, DTV by 1600, voided 350cc. pt's sister [[N:dilcia]] visiting from [[C:washington heights]], speaks spanish only, interpreter [[N:ramon]] #[[ID:20417]] used for teaching. pt asking when she can go home, told will depend on CT results and team. hope to d/c tmrw per dr [[N:feliz]]. IS 1250 x10/hr encouraged. call bell in reach.
-- [[N:k.oduya]] rn
"""),
("ed_triage", """ED TRIAGE 14:22
ARRIVAL: BIBA ([[C:NEWARK]] EMS MEDIC 12)
CC: FOUND DOWN / ETOH
[[A:58]] YO M FOUND ON SIDEWALK AT [[ST:TILLMAN ST & ORANGEWOOD AVE]]. KNOWN TO ED, MULTIPLE PRIOR VISITS FOR ETOH INTOX. STAYS AT [[O:GREATER HOPE MISSION]] ON [[ST:PELHAM ST]]. GCS 13 (E3V4M6). STRONG ODOR ETOH, 3 CM ABRASION L FOREHEAD, NO ACTIVE BLEEDING. BG 112.
BP 148/92 HR 104 RR 18 T 97.9 SPO2 95% RA
NAME PER PRIOR VISIT: [[N:MASON, TERRELL]]  DOB [[D:09/22/1966]]  MRN [[M:E4471902]]
ESI 2. TO RM 14, C-COLLAR MAINTAINED.
[[N:JT]] RN
"""),
("discharge_summary", """DISCHARGE SUMMARY
Patient: [[N:SOKOLOVA, LYUDMILA P]]    MRN: [[M:30918276]]    FIN: [[AC:7700418823]]
Admit: [[D:02/11/2025]]   Discharge: [[D:02/16/2025]]
Attending: [[N:Benjamin Okafor]], MD    PCP: Dr. [[N:Irina Belenky]], [[H:Bustleton Family Medicine]]

Dx: Acute on chronic HFpEF exacerbation; AKI on CKD 3b; hyponatremia

Hospital course: [[A:91]] yo Russian-speaking woman w/ HFpEF (EF 55% on TTE [[D:8/2024]]), AF on apixaban, CKD 3b (baseline Cr 1.6), HTN, who presented from home in [[C:Somerton]] w/ 5 days of worsening DOE, orthopnea and 4 kg wt gain. Lives w/ son [[N:Dmitri]] who is primary caregiver. In ED BNP 2140, Cr 2.1, Na 128, CXR w/ bilat effusions. Diuresed w/ IV furosemide 80 mg BID, net neg 6.2 L. Cr peaked 2.3 on HD 2 then improved to 1.7 at d/c, Na 133. Metolazone x1 dose HD 3. Cardiology (Dr. [[N:Amrita Sen]]) recommended transition to torsemide 40 mg daily. PT eval: ambulates 150 ft w/ rollator, recommend home w/ HH PT.
Goals of care discussed w/ pt and son via Russian interpreter; pt remains full code, states she wants "to dance at my great-grandson's bar mitzvah in [[D:May]]."

Discharge meds:
- torsemide 40 mg PO daily (NEW)
- apixaban 2.5 mg BID (dose reduced per criteria)
- metoprolol succinate 50 mg daily
- KCl 20 meq daily (NEW)
- STOP furosemide 40 mg

Discharge wt 61.8 kg. Daily wts, call if up >2 lb/day or 5 lb/wk.

F/u: PCP Dr. [[N:Belenky]] [[D:2/21]]; [[H:Pennypack Heart Failure Clinic]] [[D:3/3/25]] 10:40. Home health: [[H:Liberty Bell Home Care]] ph [[P:215-555-0187]], SOC within 48h.

Dictated by [[N:R. Goldfarb]], PA-C for Dr. [[N:Okafor]]
"""),
("progress", """Hospital Medicine Progress Note   [[D:4/9/24]]
S: [[A:23]]F w/ T1DM admitted in DKA, HD 2. feels better, tol clears. Mom [[N:Lakeisha]] at bedside. pt reports she ran out of insulin ~1 wk ago, mom's COBRA lapsed after the grace period ended when mom was laid off from [[O:Fulton Cold Storage]]. pt aged out of PeachCare at [[A:19]].
O: VSS. AG 12 -> 9, bicarb 21, K 3.6
A/P
#DKA - resolved. glargine 18u + lispro SSI, gtt off.
#insurance lapse - SW c/s for GA Medicaid / Pathways app. rx to be sent to [[H:Publix Pharmacy]] on [[ST:Kelvin Hollow Rd]].
#dispo - home tmrw, endo f/u [[H:Sweet Auburn Endocrine Associates]] 1-2 wk.
[[N:Ogunleye]] MD PGY-2  pgr [[P:40218]]
"""),
("handoff", """NOC -> DAY HANDOFF  6 WEST  [[D:11/02/25]]

rm 602A [[N:Pinchas Grunwald]] [[A:84]]M - s/p L hip ORIF POD2, pain ok on oxy 5 prn, last 0340. hgb 8.1. wife [[N:Ruchy]] stays overnight, aware re Shabbos elevator.

rm 604 [[N:DELACRUZ, MILAGROS]] [[A:67]]F - CAP, 2L NC sats 93-95. blood cx 1/2 GPC, ID aware. dtr [[N:Jenny]] [[P:347-555-0129]] wants a call w/ any change.

rm 611B [[N:Baker, Destiny]] [[A:31]]F - SCD crisis, dilaudid PCA, pain 8/10 most of night, hem (Dr. [[N:Adeyinka]]) aware, may incr basal in AM.

rm 615 [[N:Sal Iacono]] [[A:72]]M - CHF, -1.2L overnight. wants to go home, says he has "a bill to pay at the bank friday."

report given to [[N:Tamika]] RN  - [[N:O. Chukwu]]
"""),
("telephone", """TELEPHONE ENCOUNTER  [[D:Tue 7/15/2025]] 16:42
Caller: [[N:Deborah Gay]] (daughter) re pt [[N:Gay, Wendell]]  DOB [[D:1/30/1948]]  MRN [[M:600728814]]
CB# [[P:(410) 555-0163]]
Reason: pt w/ 2 days diarrhea ~6x/day, finished clinda for dental abscess last wk (rx'd by dentist Dr. [[N:Pellegrino]] in [[C:Dundalk]]). no blood/fever, cramping 5/10. lives w/ dtr on [[ST:Shipley Ave]].
Protocol: Diarrhea - Adult. Disposition: see in office w/in 24h. scheduled w/ [[N:Janet Carter]] CRNP [[D:7/16]] 0920, c diff PCR. ER precautions reviewed, dtr verbalized understanding.
-- [[N:mvolkova]] RN
"""),
("home_health", """SN VISIT - [[H:Altamaha Home Health]]
Pt: [[N:Eula Mae Bunch]]   [[A:88]] y/o   Visit [[D:03-18-2025]]
Addr: [[ST:4471 Old Surrency Rd]], [[C:Hazlehurst]], [[SA:GA]] [[Z:31539]]
Homebound d/t severe DOE on 2L O2, taxing effort to leave home.
SpO2 94% 2L, wt 152 (down 2 lb), 1+ BLE edema.
Med rec done - pt confusing lasix and potassium bottles, pill planner filled x1 wk by SN. Grandson [[N:Justice]] lives next door, helps w/ meds and drives her to [[H:Ocmulgee Rural Health]]. Lady from [[O:Mt. Zion AME Church]] brings meals Tues/Thurs.
Called Dr. [[N:Patel]] office @ [[P:912-555-0144]], spoke w/ [[N:Brandi]], no new orders.
Next visit [[D:3/25]].
[[N:Trina Sapp]], LPN
"""),
("social_work", """SOCIAL WORK NOTE - ED
Consult for +IPV screen. Met w/ pt [[N:Treasure Whitfield]], [[A:26]]F, privately w/ partner out of room. Pt reports partner [[N:Marquise Dandridge]] "[[N:Dre]]" strangled her 2 nights ago at their apt on [[ST:Brandywine Ct SE]] in [[C:Congress Heights]], +LOC briefly. Hx of prior assaults, none reported. MPD report # [[ID:25-118407]] filed today by Ofc. [[N:Alvarado]], badge [[ID:6631]].
Pt's 2 children ([[A:6]] and [[A:3]]) currently staying w/ her mother [[N:Loretta Whitfield]] in [[C:Capitol Heights]], [[SA:MD]].
Lethality assessment high (strangulation, weapon in home). Safety planning completed. Pt declined shelter at this time, given DV hotline. Discussed CPO petition at [[O:DC Superior Court]] DV Intake Center, referral to [[O:Anacostia Women's Legal Project]].
Safe # for pt: [[P:202-555-0171]] (mother's cell) - ok to leave msg as "clinic".
Forensic exam offered, pt agreed; [[N:Carla Ruiz-Benn]] SANE RN paged.
[[N:Oluwaseun Adebanjo]], LICSW  x[[P:4412]]
"""),
("nursing", """postpartum nsg note 1900-0700
pt [[N:Nasrin Akter]] [[A:29]]yo G3P3 s/p NSVD [[D:5/23]] @ 2214, girl, Apgars 8/9. baby rooming in, BF q2-3h. fundus firm U-1, lochia mod rubra. perineal pain 3/10, motrin 600 q6. husband [[N:Mohammad Rashed Chowdhury]] at bs. pt prefers Bengali - language line interp [[N:Farhana]] #[[ID:330561]] used for d/c teaching. MIL [[N:Shahida Begum]] visiting from [[C:Jackson Heights]]. pt wants to be home for [[D:Eid al-Adha]].
infant MRN [[M:BB70029315]], peds f/u at [[H:Roosevelt Ave Pediatrics]] in 48h.
- [[N:Lourdes]] RN
"""),
("h_and_p", """HOSPITALIST ADMISSION H&P - [[H:Wolf River Medical Center]]
Patient: [[N:HOLLOWAY, CLARENCE]]   MRN [[M:2291047]]   DOS [[D:10/04/2024]]
Goes by "[[N:Pete]]"

CC: "my sugar been high and my foot stink"

HPI: [[A:66]] yo M w/ DM2 (A1c 11.2 in [[D:June]]), PAD, CKD3a, active tob use, presents w/ R foot wound x3 wks, worse past 4 days w/ foul odor and redness up to ankle. Seen at [[H:Whitehaven Urgent Care]] 2 days ago, started on Bactrim, no improvement. Subjective fevers, chills last night. Drives a school bus for [[O:Raleigh-Bartlett Transit]].

PMH: DM2 dx at [[A:45]], HTN, PAD s/p R SFA stent 2021, CKD3a
PSH: R 2nd toe amputation [[D:3/2022]]
Soc: lives w/ wife [[N:Bernice]] in [[C:Frayser]]. 1/2 ppd x 40 yrs. occ EtOH, no drugs.
Fam: mother DM2, died of stroke at [[A:70]].
Meds: metformin 1000 BID, glipizide 10 daily, lisinopril 20, ASA 81, atorvastatin 40
All: PCN (hives)

Exam: T 101.2 HR 108 BP 152/84 RR 20 SpO2 97% RA
R foot: 3x4 cm plantar ulcer 1st MTP, probes to bone, purulent drainage, erythema to ankle. Homans neg. DP/PT dopplerable only.

Labs: WBC 17.4, CRP 18, ESR 92, Cr 1.6, lactate 2.1, glucose 388
XR R foot: cortical erosion 1st MT head c/w OM

A/P: [[A:66]]M w/ DFI w/ likely OM, sepsis
- vanc (pharm to dose) + cefepime + metronidazole; PCN allergy = hives, ok w/ cefepime
- blood cx x2, wound cx
- podiatry (Dr. [[N:Vaughn-Oyelaran]]) c/s; vasc surg c/s re angio
- MRI R foot
- basal-bolus insulin, hold metformin
- DVT ppx heparin SQ
Code: FULL. HCP wife [[N:Bernice]] [[P:901-555-0138]].

[[N:Aditi Raman]], MD   pager [[P:3390]]
"""),
("case_mgmt", """CM NOTE  [[D:08/29/2025]]
Pt [[N:Stanley Wojcik]] [[A:79]]M s/p L MCA CVA w/ R hemiparesis, PT/OT rec SNF.
Referrals sent:
- [[H:Mon Valley Care Center]] ([[C:Monessen]]) - declined, no male beds
- [[H:St. Hedwig's Skilled Nursing]] ([[C:Lawrenceville]]) - accepted pending auth
Dtr [[N:Renee Kozlowski]] [[P:412-555-0190]] prefers [[H:St. Hedwig's]], close to her work at [[O:Giant Eagle]] in [[C:Bloomfield]]. wants pt placed before the [[D:15th]].
Ins: UPMC for Life member ID [[HP:MA8830197420]]. auth submitted [[D:8/29]], ref # [[ID:PA-55019832]].
Will f/u Mon.
[[N:Kathy DiPietro]] RN CM  x[[P:7-2291]]
"""),
("nh_transfer", """SNF TO HOSPITAL TRANSFER FORM (INTERACT)
From: [[H:Bayou Teche Nursing & Rehab]], [[ST:902 Rue Chauvin]], [[C:Breaux Bridge]], [[SA:LA]] [[Z:70517]]   Ph [[P:337-555-0116]]   Fax [[F:337-555-0117]]
To: [[H:Acadiana General Hospital]] ED
Resident: [[N:Arceneaux, Theophile J]]   DOB [[D:04/02/1932]]   Age [[A:93]]
Medicare MBI [[HP:4TR9-KD2-XW71]]
Code status: DNR/DNI (LaPOST on file, copy sent)
Reason for transfer: found w/ decreased responsiveness 1050, temp 101.8, SpO2 86% RA -> 92% on 3L. new wet cough x2 days.
Baseline: AOx1-2, speaks mostly Cajun French, ambulates w/ walker, feeds self.
Recent: UTI in [[D:Dec]] tx w/ cipro.
Meds: see attached MAR. Last Eliquis 2.5 @ 0800.
Allergies: sulfa
Family notified: son [[N:Remy Arceneaux]] [[P:(337) 555-0184]], will meet pt in ED.
Attending: Dr. [[N:Guidry]] notified 1125.
Bed hold 7 days per Medicaid, son informed.
Sent w/: face sheet, MAR, LaPOST, bilat hearing aids, upper denture.
[[N:Claudette Boudreaux]], LPN   [[D:01/14/2026]]  1140
"""),
("consult", """NEPHROLOGY CONSULT
Requesting: Dr. [[N:Harmon]] (hospitalist)    Date: [[D:6-3-25]]
Reason: AKI

[[N:Miracle Pettway]] is a [[A:54]] yo F w/ lupus nephritis class IV (dx [[D:Feb 2019]]) on MMF, hx DVT on warfarin, admitted w/ AKI, Cr 3.4 from baseline 1.3 ([[D:4/2025]] at [[H:Black Belt Kidney Care]], [[C:Selma]]). UOP ~600 ml/day. Denies NSAIDs. Pt says "it's a miracle I made it this long."
Labs: C3 48, C4 6, dsDNA 1:640, UA 3+ prot, >50 RBC, RBC casts, UPCR 4.2. INR 2.6.
Renal US: 11.2/11.5 cm, no hydro.

Imp: AKI likely 2/2 lupus nephritis flare, r/o TMA (APLA?)

Rec:
1. renal bx - hold warfarin, heparin gtt, IR aware
2. pulse methylpred 500 mg IV daily x3
3. hold MMF pending bx
4. avoid contrast/nephrotoxins
5. no indication for HD at this time
Sister [[N:Gladys]] asked about dialysis, discussed. Pt sees rheum Dr. [[N:Oyelowo]] at [[H:Cahaba Rheumatology]] in [[C:Birmingham]] - will update.
[[N:K. Mbanefo]], MD  Nephrology  cell [[P:205-555-0152]]
"""),
("ed_triage", """PEDS TRIAGE  0312
Pt: [[N:Castellanos Rivero, Jadiel]]   DOB [[D:12/1/2023]]
[[A:14]] mo M BIBP (mom [[N:Yanelis]]) w/ fever to 103.8 x2d, decreased PO, 3 wet diapers today. +cough, rhinorrhea, no rash. older sib ([[A:4]]) sick, goes to [[O:Little Palms Daycare]] in [[C:Hialeah]]. vaccines UTD per mom. triage done in spanish.
T 39.6 R  HR 168  RR 44  SpO2 96% RA  wt 10.2 kg
MM tacky, cap refill 2 sec, no retractions.
tylenol 150 mg PO @ 0320
Sunshine Health Medicaid ID [[HP:9902871145]]
ESI 3
[[N:Y. Cabrera]] RN
"""),
("nursing", """MICU NURSING NOTE 1900-0700
PT [[N:LEON TATUM]] REMAINS INTUBATED/SEDATED ON PROPOFOL 30 MCG/KG/MIN + FENTANYL 75 MCG/HR, RASS -2. AC 18/450/+8/40%. ABG 7.38/41/88.
NOREPI WEANED OFF 0200, MAP 66-74 SINCE.
FOLEY PATENT, UOP 40-60 ML/HR. OGT, TF @ GOAL 55 ML/HR.
ART LINE R RADIAL, GOOD WAVEFORM.
STAGE 2 SACRUM, MEPILEX. TURNED Q2.
WIFE [[N:CHARMAINE]] CALLED 2330, UPDATED. SHE ASKED THAT PASTOR [[N:DWIGHT FORTUNE]] FROM [[O:NEW BETHEL BAPTIST]] BE ALLOWED TO VISIT IN AM - OK.
PLAN: SAT/SBT IN AM PER DR [[N:LINDQVIST]].
[[N:A. MORALES-TIBBS]] RN
"""),
("discharge_summary", """NEWBORN DISCHARGE SUMMARY
Infant: BABYBOY [[N:WEINBERGER]]   MRN [[M:71203388]]   DOB [[D:9/14/2025]] 06:51
Mother: [[N:Chaya Rivka Weinberger]], [[A:34]] yo G7P7 (MRN [[M:40098127]])
GA 39w2d, NSVD, Apgars 9/9, BW 3420 g. GBS neg, maternal serologies neg. Mom O+/infant A+, DAT neg.
Course: uncomplicated. TcB 9.8 at 48 hrs, low-intermediate risk. Hearing screen passed bilat. CCHD passed 99/100. NBS kit # [[ID:K25-4410937]] sent [[D:9/15]]. Hep B #1 given [[D:9/14]]. Vit K, erythro given.
Bris planned [[D:9/21]] (day 8), mohel Rabbi [[N:Yosef Teitelbaum]]. Family to f/u w/ Dr. [[N:Shulem Friedlander]] at [[H:Boro Park Pediatric Associates]] [[P:718-555-0108]] on [[D:9/17]] for wt/bili check.
Discharge wt 3260 g (-4.7%). Feeding: breast, good latch, 8-10x/day.
Father [[N:Yehuda]], home ph [[P:718-555-0175]]
Address: [[ST:1422 Grodno Pl]], Apt 3, [[C:Brooklyn]] [[Z:11219]]
[[N:Nkechi Eze]], MD (peds hospitalist)
"""),
("telephone", """CRITICAL VALUE CALL
[[D:2024-12-08]] 02:17 - lab ([[N:Ifeoma]], ext [[P:6150]]) called critical K 6.9, nonhemolyzed, on pt [[N:RAMGOOLAM, SURESH]] rm 818, MRN [[M:11847302]]. read back & verified. paged covering resident Dr. [[N:Kowalczyk]] at [[P:2217]] @ 0219, returned call 0222. orders rec'd: repeat BMP, stat EKG, calcium gluconate 1 g IV, insulin 5u IV + D50. EKG w/ peaked T, no QRS widening. pt asymptomatic, on tele.
-- [[N:jrivas]] RN
"""),
("pharmacy", """ANTICOAGULATION CLINIC - PHARMACIST NOTE
[[H:Tar River Anticoagulation Clinic]], [[C:Rocky Mount]]
Pt: [[N:Ottis Lee Carter]]   DOB [[D:07.19.1951]]   Visit [[D:11/20/24]]
Indication: mechanical MVR + AF, goal INR 2.5-3.5
INR today 1.8 (POC at [[H:Walgreens]] on [[ST:Wesleyan Crossing]])
Missed 2 doses - ran out over [[D:Veterans Day weekend]]. No bleeding.
warfarin 5 mg daily, 7.5 Mon/Fri (40 mg/wk)
Plan: 7.5 mg x2 days then resume; recheck INR [[D:11/27]]. no bridge per Dr [[N:Sheffield]].
Refill sent, NPI [[L:1487702215]].
Valve serial [[DV:ONX-31877456]].
Spoke w/ pt and wife [[N:Vernell]].
[[N:Priya Thirumalai]], PharmD, CPP
"""),
("handoff", """GMS TEAM 3 NIGHT SIGNOUT  [[D:3/7]]

1) [[N:Fitzgerald, Siobhan]]  812-1  [[A:45]]F  EtOH w/d. CIWA 14 at 1800, phenobarb load given. call if CIWA >15. hx w/d seizure at [[A:39]]. sister [[N:Maeve]] is contact.

2) [[N:Tesfaye, Abebe]]  815  [[A:71]]M  UGIB. 2u PRBC today, hgb 7.4 -> 8.6. GI (Dr. [[N:Halvorsen]]) EGD tmrw AM.

3) [[N:Person, Lula]]  819  [[A:96]]F  from [[H:Rock Creek Manor]], UTI/delirium, AOx1 (person only), DNR/DNI. sitter. grandson [[N:Marcus]] (POA) [[P:202-555-0133]].

4) [[N:DeShawn Mathis]]  822  [[A:19]]M  DKA on gtt, AG closing. lives in [[C:Anacostia]], mom works nights.

pgr [[P:1184]]  -- [[N:B. Achterberg]] (intern)
"""),
("home_health", """SKILLED NURSING VISIT NOTE - [[H:Kings Harbor Home Care]]
Pt: [[N:Mirlande Desrosiers]]   DOB [[D:11-08-1958]]   Cert period [[D:1/6/25]]-[[D:3/6/25]]
Addr: [[ST:789 Tilden Crescent, Apt 4F]], [[C:Flatbush]], [[SA:NY]] [[Z:11226]]
Medicaid CIN [[HP:KQ40719M]]
Visit [[D:1/22/25]]
Wound: L lat malleolus venous ulcer 3.2 x 2.1 x 0.2 cm, mod serous, 20% slough. NS, pat dry, Aquacel Ag, Coban 2-layer. Pain 4/10 during dsg change.
Pt speaks Haitian Creole, son [[N:Wisly]] interpreting. Pt states she stands for hours at [[O:Église Baptiste Béthel]] on Sundays, reinforced elevation.
Wound nurse [[N:Fabiola Jean-Baptiste]] CWON to eval. Notified PCP Dr. [[N:Pierre-Louis]] ([[H:Nostrand Ave Family Practice]]) re increased slough.
[[N:Guerline Toussaint]], RN
"""),
("progress", """PRENATAL VISIT - [[H:Norris Square Women's Health]]
[[N:Rosa Elvira Ajcalón Tzoc]]  [[A:22]]yo G2P1001 @ 28w3d by 9w US, EDD [[D:12/04/2025]]
S: feels well, +FM, denies ctx/LOF/VB. works at [[O:Kensington Produce Co]] 10h/day standing. first baby born in [[C:Quetzaltenango]], Guatemala.
O: BP 108/66, FHT 145, FH 28
GCT, Tdap today. Pt O neg, antibody screen neg - RhoGAM given.
Interp: K'iche' via phone, interp [[N:Andrés]] #[[ID:418822]].
A/P: IUP @ 28w3d, Rh neg s/p RhoGAM. kick counts, PTL precautions. partner [[N:Juan Carlos Xicay]] as emergency contact [[P:267-555-0141]]. RTC 2 wk.
[[N:Liz Brannigan]], CNM
"""),
("radiology", """EXAM: CT ABDOMEN/PELVIS WITH IV CONTRAST
ACC# [[ID:CT2506114872]]     DATE: [[D:11-Jun-2025]] 22:41
PATIENT: [[N:DIMITRIOU, KONSTANTINOS]]   MRN: [[M:5520193]]   DOB: [[D:03/27/1962]]
ORDERING: [[N:ELENI MARKAKIS]], PA-C
CLINICAL HISTORY: RLQ pain, fever, r/o appendicitis
COMPARISON: CT A/P [[D:08/02/2021]], [[H:Greektown Imaging]]

FINDINGS:
Dilated appendix measuring 13 mm with periappendiceal fat stranding and a 2.1 x 1.8 cm rim-enhancing fluid collection. No free intraperitoneal air. Liver, spleen, pancreas and adrenals unremarkable. Sigmoid diverticulosis without diverticulitis. Bladder decompressed. Sclerotic focus L1 consistent with bone island, stable.

IMPRESSION:
1. Perforated appendicitis with 2.1 cm periappendiceal abscess.
2. Sigmoid diverticulosis.

Findings discussed with [[N:Markakis]] by phone at 2305 on [[D:6/11/25]], read back confirmed.
Dictated by: [[N:Idris Fashola]], MD   Transcribed: [[N:lrp]]
"""),
("addendum", """ADDENDUM  [[D:10/30/2025]] 1412
Re: [[N:BIANCHI, CARMELA]]
Correction to H&P dated [[D:10/28/2025]]: DOB was entered in error as [[D:5/4/1941]]; correct DOB is [[D:5/4/1940]] per pt's NYS ID and registration. Pt's age is [[A:85]], not [[A:84]] as stated in HPI. Also PMH incorrectly listed L TKA; pt had R TKA at [[H:Westchester Orthopedic Hospital]]. Registration notified, ticket #[[ID:INC0448127]]. No change to assessment or plan.
-- [[N:Gabriel Ohanian]], MD
"""),
("nursing", """1:1 OBSERVATION / RESTRAINT LOG   [[D:Sat 2/8/25]]
Pt: [[N:Kyle Dombrowski]]   rm 4 BHU
2100 pt agitated, punching wall. de-escalation by [[N:Rasheed]] (MHT) unsuccessful.
2108 4-pt restraints applied per Dr. [[N:Santangelo]] verbal order, security ofc [[N:Harkins]] assisted. zyprexa/ativan IM.
2115 circ checks intact x4 ext. pt yelling that his ex [[N:Brittany]] "took my kid to [[C:McKeesport]]."
2150 face-to-face eval completed by Dr. [[N:Santangelo]].
2205 restraints off.
2230 pt's mother [[N:Donna]] called - no info released, pt has not signed ROI.
-[[N:SL]] RN
"""),
("social_work", """SW ASSESSMENT / APS REFERRAL
Pt [[N:Harold Mandelbaum]] [[A:87]]M admitted w/ FTT, wt loss 14 lb. Pt is [[A:eighty-seven]] and lives alone in condo at [[ST:3300 Inverrary Palms Blvd, Unit 214]], [[C:Lauderhill]]. Pt reports a new "friend" [[N:Tammy Sue Hargis]] (~[[A:50s]]) moved in around [[D:Oct]]. She has his debit card, added herself to his acct at [[O:Sunrise Federal Credit Union]], and started an online fundraiser for him: [[U:gofundme.com/f/help-uncle-harold-m]]. Pt states "she takes care of me" but fridge empty per neighbor [[N:Feinstein]].
Son [[N:Steven Mandelbaum]] lives in [[C:Scarsdale]], [[SA:NY]], [[P:914-555-0126]] - pt gave permission to call, son unaware of situation.
Capacity: AOx3, MoCA 24/30, able to state finances roughly.
APS hotline report made [[D:1/9/26]] 1430, intake # [[ID:2026-000417733]], investigator Ms. [[N:Okwuosa]].
Plan: hold visitor list per pt request, SW to f/u w/ son and APS.
[[N:Rachel Lev]], LCSW
"""),
("ed_triage", """ED TRIAGE - TRAUMA ALERT LVL 2
pt [[N:Destiny Carter-Mobley]] [[A:17]]F restrained driver, MVC vs tree on [[ST:I-285]] near [[C:East Point]], +airbag, self-extricated. c/o neck pain 6/10, L wrist pain. GCS 15.
vehicle 2016 Honda Civic, GA tag [[V:RKW4418]], GA DL [[L:058812734]] per report # [[ID:25-0634219]], Ofc [[N:Stovall]] on scene.
passenger (friend [[N:Blessing Adebayo]], [[A:16]]) triaged separately -> rm 9.
mom [[N:Tonya Mobley]] en route [[P:404-555-0181]]. pt attends [[O:Camp Creek Academy]].
BP 128/76 HR 112 RR 20 SpO2 100% T 98.1
c-collar on. LMP [[D:7/2]].
ESI 2
[[N:drenfroe]]
"""),
("discharge_summary", """DISCHARGE SUMMARY - LEFT AGAINST MEDICAL ADVICE
Pt: [[N:Shawn Michael Doherty]]   DOB [[D:1991-07-03]]   MRN [[M:88020457]]
Admitted [[D:1/19/2026]], left AMA [[D:1/21/2026]] 1645
Dx: R forearm abscess w/ cellulitis; IVDU (fentanyl/xylazine); OUD; HCV Ab+
Course: I&D at bedside [[D:1/19]], cx MRSA. started IV vanc. xylazine wound R forearm, wound care consulted. started bupe/nx, 16 mg/day by HD 2 w/ good effect. on [[D:1/21]] pt stated he needed to leave to "take care of something" for his girlfriend [[N:Kayleigh]]. Capacity assessed by Dr. [[N:Nwachukwu]]; pt had capacity, risks explained incl limb loss and death. Pt signed AMA form.
Rx: doxycycline 100 mg BID x10d, bupe/nx 8/2 mg BID x7d, sent to [[H:CVS]] on [[ST:Hartwell Ave]]. narcan kit x2 given.
Referrals: [[H:Kensington Harm Reduction Hub]] wound care, walk-in bupe at [[H:Fairhill Bridge Clinic]].
Pt stays w/ friend on [[ST:Hartwell Ave]] in [[C:Kensington]], no phone; can be reached via outreach worker [[N:Nelly Quiñones]] [[P:215-555-0119]].
F/u: wound check 48h.
[[N:M. Adebisi-Fox]], DO
"""),
("case_mgmt", """UTILIZATION REVIEW / CM - DME
Pt [[N:Cornelius Lovely]] [[A:62]]M w/ ALS, requesting power wheelchair. Ins: Amerigroup TN Medicaid, member ID [[HP:YRT847210936]], group # [[HP:TNM11002]].
Initial PA denied [[D:4/2/2025]] (ref # [[ID:UM-25-0091734]]): "not medically necessary, member ambulates in home." Peer-to-peer w/ plan medical director Dr. [[N:Ashcraft]] scheduled [[D:Thurs 4/10]] 1530, dial-in [[P:1-800-555-0164]].
Supporting docs: seating eval by [[N:Jolene Pruitt]], PT, ATP [[D:3/24/25]]; neuro note from Dr. [[N:Farouk]], [[H:Cumberland Neuromuscular Center]]; FVC 58%, falls x3 since [[D:January]].
Vendor: [[H:Volunteer Mobility Solutions]] ([[C:Murfreesboro]]), customer # [[AC:VMS-220418]], quote for Permobil M3 w/ tilt/recline. rep [[N:Dale Hensley]] [[E:dhensley@volmobility.com]]. Current manual chair is loaner, serial [[DV:KM8012-44719]].
Wife [[N:Odessa]] [[P:615-555-0137]] updated. Pt may also need hospital bed - will address after PWC decision.
[[N:Gwen Tuttle]] RN CM
"""),
("telephone", """AFTER-HOURS ANSWERING SERVICE MSG
[[D:Sun 12/28/2025]] 21:06
Caller: [[N:Marisol Vega-Ortiz]], mother of [[N:Adrián Vega]] DOB [[D:2/19/2022]] ([[A:3]] yo)
CB: [[P:(973) 555-0158]]
Msg: child fell off couch ~1 hr ago, hit head on coffee table, cried right away, no LOC, vomited x1. now playing but "sleepy."
On-call Dr. [[N:Ashok Iyer]] returned call 21:19. Advised ED eval tonight d/t vomiting, at [[H:Passaic Valley Children's Hospital]]. Mom agreeable, dad [[N:Eddie]] driving. will notify PCP in AM.
msg taken by [[N:Shantel]]
"""),
("h_and_p", """NEUROLOGY STROKE ADMISSION H&P    [[D:May 14, 2025]]
Pt: [[N:Ruby Jean Tolliver]]   [[A:77]] F   RH
HPI: LKW 0640 per husband [[N:Hollis]], who found her at 0715 w/ slurred speech, R face droop and R arm weakness at their home in [[C:Soddy-Daisy]]. BIBA to [[H:Tennessee Valley Regional Stroke Center]]. NIHSS 11 on arrival. CTA: L M2 occlusion. TNK given 0802 (DTN 38 min). Taken for thrombectomy, TICI 2b.
PMH: AF - not on AC, pt stopped apixaban in [[D:March]] d/t cost; HTN; DM2; L breast ca s/p lumpectomy at [[A:61]]
Meds: metoprolol tartrate 25 BID, amlodipine 10, metformin 500 BID
SH: retired teacher, [[O:Dayton Pike Elementary]]. lives w/ husband, indep ADLs. never smoker.
FH: mother had stroke in her [[A:70s]].
Exam post-thrombectomy: NIHSS 4 (mild R facial, R pronator drift, mild expressive aphasia). R groin site soft, no hematoma.
A/P: L MCA stroke s/p TNK + thrombectomy
- NSICU, neuro checks q1h, BP <180/105
- no antithrombotics x24h, repeat CT then start apixaban ~day 3-5; SW to enroll in mfr copay card
- atorva 80, A1c, lipids
- PT/OT/SLP, NPO until bedside swallow
[[N:Felicity Armbrister]], MD (neuro)   d/w Dr. [[N:Ranganathan]] (NIR)
"""),
("handoff", """NICU HANDOFF day -> night   [[D:04/22/24]]
Bed 3: BABYGIRL [[N:PHAM]] twin A, 30w4d, DOL 12, 1.32 kg. CPAP +5, 21%. OG feeds MBM 24 kcal 22 ml q3, tolerating. 1 brady overnight, self-resolved. mom [[N:Pham Thi Thu Ha]] pumping, visits after work at [[O:Golden Nails Spa]] in [[C:Gretna]].
Bed 4: BABYGIRL [[N:PHAM]] twin B, 30w4d, 1.18 kg. RA. caffeine. HUS [[D:4/20]] neg.
Bed 7: [[N:Boudreaux, Justice]] (boy) 36w, DOL 4, NAS - Finnegans 10, 12, 9, morphine 0.04 mg/kg q3. mom [[N:Kristen]]; DCFS involved, worker [[N:LeBlanc]] [[P:504-555-0122]], case # [[ID:LA-24-118052]]. no visitors except MGM [[N:Sheila Hebert]] per DCFS.
Bed 9: [[N:Precious Robichaux]] 25w, DOL 41, SIMV, FiO2 35-40%, lasix trial. parents from [[C:Houma]], staying at [[O:Ronald McDonald House]].
-- [[N:Annette]] RN -> [[N:Kim]] RN
"""),
("nursing", """HD TREATMENT NOTE - [[H:Ironbound Dialysis]]  chair 11  [[D:8/6/25]]
pt [[N:Clive Ferguson]] [[A:59]]M ESRD 2/2 HTN, L AVF. missed tx [[D:Mon the 4th]] - said ride didn't come.
pre: BP 178/96 HR 80 wt 84.6 kg (EDW 81.0), +3.6 kg IDWG. orthopnea x1 night.
UF goal 3.8 L over 4h, BFR 400, DFR 600, 2K/2.5Ca bath.
post: BP 138/82, wt 81.3 kg.
pt admits ackee & saltfish and "too much soup" at his niece's wedding Sat. diet reinforced, dietitian [[N:Marcia Bogle]] to see next tx. Dr. [[N:Goldstein-Ruiz]] notified. wife [[N:Hyacinth]] picking up.
[[N:Emeka Obi]], RN
"""),
("nh_transfer", """CONTINUITY OF CARE / BED HOLD NOTICE
Facility: [[H:Great Kills Center for Nursing and Rehabilitation]], [[ST:150 Amboy Terrace]], [[C:Staten Island]], [[SA:NY]] [[Z:10308]]
Resident: [[N:Russo, Giuseppina]] "[[N:Pina]]"   Rm 217-B
DOB [[D:8/11/1934]] ([[A:91]])   Medicaid # [[HP:LM63028R]]
Transferred to [[H:Richmond Harbor University Hospital]] ED [[D:2/3/26]] after unwitnessed fall, L hip pain, shortening/ext rotation, ?fx.
Bed hold: resident's bed held up to 10 days per NY Medicaid. Notice given to dtr/HCP [[N:Antoinette Russo-Keane]] by phone [[P:718.555.0193]] on [[D:2/3/26]] at 1520; written notice mailed to [[ST:41 Cleveland Pl]], [[C:Tottenville]].
Dx: Alzheimer's dementia, osteoporosis, HTN, hx C diff ([[D:Nov 2025]]).
Function: ext assist x1 transfers, walker w/ supervision, cues for ADLs. BIMS 6/15.
Diet: mech soft, thin liquids. Italian & English, HOH L ear.
MOLST: DNR, DNI, trial IV fluids, hospital transfer ok.
Completed by [[N:Marisa Dellaquila]], RN Supervisor.  Physician: Dr. [[N:Papageorgiou]]
"""),
("consult", """PSYCHIATRY C/L CONSULT - CAPACITY    [[D:Oct 3 2024]]
Requesting: Dr. [[N:Mahmoud]], vascular surgery
Question: capacity to refuse L BKA
Pt [[N:Bhattarai, Ram Bahadur]] [[A:68]]M w/ DM2, wet gangrene L foot, refusing BKA. Interview via Nepali video interpreter (ID [[ID:77104]]). Lives in [[C:Elmhurst]] w/ nephew [[N:Sujan]]; worked as cook at [[O:Himalayan Yak Kitchen]] until 2023.
MSE: calm, cooperative, AOx3, thought process linear, no SI/HI, no AVH. MoCA 23/30 (limited by education).
Pt describes condition ("my foot is dying, poison can go to the blood"), understands recs and risks incl death, appreciates they apply to him, and reasons consistently: his brother died after an amputation in [[C:Kathmandu]] at [[A:50]], and his faith is important to him. He will accept IV abx and debridement, not amputation.
Impression: pt HAS capacity to refuse BKA. Adjustment d/o w/ depressed mood.
Recs: palliative care c/s, chaplain, revisit daily as condition changes.
[[N:Leah Brenner-Osei]], MD  C/L Psychiatry  pgr [[P:6624]]
"""),
("home_health", """OASIS START OF CARE - [[H:Pee Dee Home Health Services]]
SOC date: [[D:09/09/2025]]
Pt: [[N:Willie Earl McCants]]   DOB [[D:12/25/1940]]   SSN [[S:248-55-9031]]
Address: [[ST:RR 3 Box 227]], [[C:Lake City]], [[SA:SC]] [[Z:29560]]   Ph [[P:843-555-0110]]
Medicare [[HP:7QA2-MV5-TE39]]
Referral: [[H:Lynches River Medical Center]], d/c [[D:9/6/25]] s/p CABG x3.
Living: w/ wife [[N:Annie Ruth]] ([[A:81]]) in single-wide, 3 steps no rail, well water. church members from [[O:Greater St. Paul Missionary Baptist Church]] check on couple daily.
Function: M1800 grooming 1, M1830 bathing 3, M1860 ambulation 2 (walker).
Sternal incision well approximated, no drainage. L leg SVG site w/ 0.5 cm open area, no s/s infection. Pain 5/10 chest wall.
Meds: 14 reconciled. duplicate metoprolol (tartrate + succinate) - called Dr. [[N:Sistrunk]]'s office [[P:843-555-0152]], left msg w/ nurse [[N:Latoya]].
Freq: SN 2w4, PT eval, HHA 2w4.
[[N:Cassandra Epps]], RN
"""),
("nursing", """pt's nephew [[N:tuan]] called for update, pt ok'd info release. updated on plan. -rn [[N:hml]]
"""),
("progress", """MICU PROGRESS NOTE   HD#4   [[D:Wed 8/13/25]]
[[N:Trần Văn Long]] [[A:73]]M
24h: extubated 1030 yesterday to 4L NC, now 2L. off pressors. T 38.4 overnight, repeat bcx pending (prior bcx [[D:Aug 11th]] NGTD).
S: pt says "better" via Vietnamese interp; son [[N:Kevin Tran]] at bedside.
O: T 37.8 HR 94 BP 124/70 RR 22 SpO2 95% 2L. crackles RLL.
Labs: WBC 14.1 (from 19), lactate 1.2, procal 3.1, Cr 1.3. sputum cx Klebsiella pneumoniae, CTX S.
A/P:
1. septic shock 2/2 Klebsiella RLL PNA - shock resolved. de-escalate pip/tazo -> ceftriaxone 2 g daily, 7 d total.
2. acute hypoxic resp failure - improving. IS, OOB to chair.
3. T2DM - glargine 12u + SSI.
4. long-standing tob use (40 pk-yr) - nicotine patch.
Dispo: transfer to 7 West today.
Family: son asks us to call dtr [[N:Linh]] in [[C:Houston]] [[P:713-555-0142]]. pt lives in [[C:New Orleans East]], ran a shrimp boat out of [[C:Venice]].
[[N:Alexis Fontenot]], MD PGY-3 / Attending Dr. [[N:Saucier]]
"""),
("discharge_summary", """PSYCHIATRIC DISCHARGE SUMMARY
[[H:Chesapeake Behavioral Health Hospital]] - Unit 3B
Pt: [[N:Jerome Tillery Jr.]]   MRN [[M:BH-0048812]]
Admit [[D:12/16/2024]] (involuntary)   Discharge [[D:12/30/2024]]
Dx: schizoaffective disorder, bipolar type; cannabis use disorder
HOC: brought in by [[C:Baltimore]] PD on EP petition filed by mother [[N:Gloria Tillery]] after pt threatened neighbors on [[ST:Cullen Terrace]]. Off Invega Sustenna since [[D:Sept]].
Course: paliperidone palmitate 234 mg [[D:12/18]] and 156 mg [[D:12/24]]. lithium 600 BID, level 0.8. Retained at hearing [[D:12/20]] (ALJ [[N:Pruett]]), docket # [[ID:OAH-2412-33071]]. No agitation after day 5. Family visit on [[D:Christmas]] went well.
Discharge to mother's home: [[ST:2619 Cullen Terrace]], [[C:Baltimore]], [[SA:MD]] [[Z:21213]].
F/u: ACT team, [[H:Harbor Light Community Psychiatry]], case mgr [[N:Deon Whitlock]] [[P:443-555-0114]] [[E:dwhitlock@harborlightact.org]], intake [[D:1/2/25]]. Next Invega [[D:1/21/25]].
Meds: paliperidone palmitate 156 mg IM monthly, lithium 600 mg BID, benztropine 1 mg prn EPS.
Risk: low acute risk to self/others at d/c.
[[N:Sunita Karmakar]], MD
"""),
("ed_triage", """triage 1747 - dog bite
[[A:8]]yo F bitten R forearm and L cheek by neighbor's dog (pit mix "Bruno") ~1630 at grandmother's house on [[ST:County Rd 41]] outside [[C:Dothan]].
2 punctures R forearm, 1.5 cm lac L cheek.
vaccines UTD per grandma [[N:Bernadette Sims]] ([[P:334-555-0106]]).
dog's rabies status unknown - animal control notified, case # [[ID:AC-25-0712]], officer [[N:Dykes]].
pain 6/10, ibuprofen 200 mg given. pt [[N:kaylee sims]] attends [[O:Kinsey Elementary]].
ESI 3, peds rm 2
-[[N:LW]]
"""),
("nursing", """INFUSION CENTER NSG NOTE - [[H:Main Street Oncology & Infusion]]
[[D:02/27/2025]]   C3D1 FOLFOX + bev (C1 started [[D:23JAN25]])
pt [[N:Zhang Guiying]] [[A:64]]F metastatic CRC. Mandarin; dtr-in-law [[N:Amy Liu]] at chairside, consent via phone interp Mr. [[N:Wu]] ID [[ID:22957]].
Port (Bard PowerPort, serial [[DV:PPT58F2113]]) accessed w/ 20g 3/4" huber, +blood return.
labs ok to treat per Dr. [[N:Sandeep Bhatt]].
oxali 85 mg/m2, LV, 5FU bolus then 46h CADD Solis pump serial [[DV:CS40011927]].
pump d/c [[D:Sat 3/1]] by [[H:Kissena Home Infusion]] RN.
[[N:Wai Man Chan]], RN OCN
"""),
]
