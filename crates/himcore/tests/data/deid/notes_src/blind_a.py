NOTES = [
    ("nursing", """0700-1900 RN shift note
Pt [[N:Esperanza Villalobos]] rm 412B, POD#2 s/p lap chole. A&Ox3, c/o incisional pain 6/10, medicated w/ oxycodone 5 mg PO @ 0815 w/ relief to 3/10 per pt. VS BP 132/84 HR 88 RR 18 T 37.1 SpO2 95% 2L NC, weaned to RA by 1400.
Foley d/c'd 0900 per order, voided 350 mL @ 1315. Amb in hall x2 w/ PT. Homans neg bilat, SCDs on in bed.
Dtr [[N:Lupe]] at bedside most of day, asking about d/c plan + whether mom can go home to [[C:Harlingen]] or needs to stay w/ her in [[C:McAllen]] for a while. Referred to CM.
-- [[N:R. Dominguez]] RN
"""),

    ("nursing", """noc note 1900-0700
pt resting most of noc. woke 0230 confused, pulling at piv, reoriented x3 by this rn w/ poor effect. sitter requested, [[N:jocelyn]] from float pool arrived 0300 and stayed til 0645. wife [[N:hong]] called 0415 from home, updated on plan, she will come in after she drops the grandkids at school.
bg 212 @ 0600, covered per ssi 4 units lispro. k 3.9, mg 1.8 this am, no replacement needed per protocol.
cont fall precautions, bed alarm on. safety maintained.
/[[N:tpham4]]
"""),

    ("nursing", """SBAR - RN to provider 2145
S: [[N:OKAFOR, CHINEDU E]] [[A:58]]M rm 7W-22, new onset HR 130s irregular, BP 104/62, pt reports palpitations + mild SOB.
B: Admitted [[D:6/2]] for acute on chronic HFrEF (EF 25%), diuresing w/ lasix 40 IV BID. Net neg 2.1L since admit. K this AM 3.4, replaced 40 mEq PO.
A: Appears to be new afib w/ RVR on tele. Lungs unchanged from AM. Pt anxious but mentating at baseline.
R: Paged Dr. [[N:Haskins]] (pgr [[P:3928]]) at 2131, callback 2140. Orders rec'd: 12 lead EKG, stat BMP/Mg, diltiazem 10 mg IV x1. Will recheck VS q15min x4.
[[N:Adebayo, Funmilayo]] RN
"""),

    ("nursing", """Infusion Center - Nursing Note [[D:08/05/2025]]
[[N:Joy Redhouse]], [[A:34]] y/o F here for infliximab (Remicade) 5 mg/kg, dose #6. Husband [[N:Delbert]] drove her in from [[C:Shiprock]] this AM (~2 hr drive), pt tired but no new complaints. Denies fever, cough, rash, joint pain.
Pre-meds: APAP 650 mg PO + diphenhydramine 25 mg PO @ 0905.
R forearm PIV 22g placed 1st attempt. Infusion started 0930 @ 10 mL/hr, titrated per protocol to 250 mL/hr. VS stable throughout, last BP 118/76 HR 72. No rxn.
Pt states she has a lot of hope the med is working, only 1-2 BMs/day now vs 6-8 in [[D:May]].
Next dose q8wk, sched [[D:9/30/25]]. Labs (CBC, CMP, CRP) to be drawn at [[H:Four Corners Family Clinic]] the week before.
PIV d/c'd, cath intact. Pt left ambulatory w/ husband 1250.
-- [[N:M. Benally]] RN
"""),

    ("nursing", """RESTRAINT / 1:1 FLOWSHEET COMMENT
[[D:11/14/24]] 0200 PT [[N:RUSTY CALDWELL]] REMAINS IN BILAT SOFT WRIST RESTRAINTS D/T PULLING AT ETT X2 THIS SHIFT. CIRC/SENSATION INTACT BILAT, SKIN WNL UNDER RESTRAINTS. ROM DONE ALL EXTREMITIES, REPOSITIONED L SIDE. RASS -1 ON PROPOFOL 20 MCG/KG/MIN. 1:1 SITTER [[N:MARISOL]] AT BEDSIDE.
RESTRAINT ORDER RENEWED BY DR [[N:YOUNG]] AT 0155, EXPIRES 0955.
SON [[N:WADE]] CALLED 0230, UPDATED. REQUESTS CALL AT [[P:806-555-0193]] IF ANY CHANGE, ANY HOUR.
-[[N:KJ]]
"""),

    ("nursing", """Postpartum nursing note
G2P2 s/p SVD [[D:10/3]] at 0412, viable female, Apgars 8/9, wt 3340 g. Fundus firm U-1 midline, lochia mod rubra, no clots. Perineum w/ 2nd degree lac, ice pack applied, pt instructed to pat dry after peri bottle. Pain 4/10, ibuprofen 600 mg PO given 1030.
Breastfeeding q2-3h, latch improving. LC [[N:Summer Whitehorse]] saw pt at 1100. FOB [[N:Tuan]] at bedside, very supportive. MOB wants early d/c tomorrow, lives in [[C:Garden Grove]] close to her mom.
Rh pos, rubella immune. Infant rooming in.
-- [[N:A. Villaseñor]] RN
"""),

    ("discharge_summary", """DISCHARGE SUMMARY
Patient: [[N:PRICE, HAROLD W]]        MRN: [[M:00438192]]
DOB: [[D:02/11/1944]] ([[A:81]] y/o M)
Admit: [[D:03/02/2025]]    Discharge: [[D:03/07/2025]]
Attending: [[N:Samira Haddad]], MD
PCP: [[N:Guy Brooks]], DO - [[H:Caprock Family Medicine]], [[C:Lubbock]]

Discharge Dx:
1. Community-acquired pneumonia, RLL
2. Acute hypoxic resp failure - resolved
3. AKI on CKD 3a

Hospital course:
[[A:81]]M w/ hx COPD, CKD, HTN presented to ED [[D:3/2]] w/ 3 days productive cough, fever 101.8, SpO2 86% RA. CXR w/ RLL consolidation. Started ceftriaxone + azithro, required up to 4L NC. Cr peaked 2.1 (baseline 1.4) on HD 2, improved w/ IVF, 1.5 at d/c. Weaned to RA [[D:3/5]]. Ambulating 200 ft w/ PT w/o desat.
Goals of care discussed w/ pt and wife [[N:Darlene]]; pt remains full code. Has living will on file (scanned [[D:2/2023]]).

Discharge meds:
- amoxicillin-clavulanate 875 mg PO BID x2 more days (last dose [[D:3/9]])
- tiotropium 18 mcg inh daily
- amlodipine 5 mg daily (lisinopril HELD for AKI - PCP to resume when Cr stable)
- albuterol HFA 2 puffs q4h prn SOB/wheeze

Follow-up:
- Dr. [[N:Brooks]] [[D:Fri 3/14]] 10:20 AM, [[P:(806) 555-0147]]
- BMP at [[H:Quest]] on [[ST:50th St]] in 1 wk
- Repeat CXR in 6-8 wks to document resolution

Disposition: home w/ wife to [[ST:4417 Pinecrest Dr]], [[C:Lubbock]], [[SA:TX]] [[Z:79413]]. HH referral placed to [[H:Llano Estacado Home Health]] for RN/PT.

Electronically signed by [[N:Samira Haddad]], MD [[D:03/07/2025]] 16:42
"""),

    ("discharge_summary", """BEHAVIORAL HEALTH DISCHARGE SUMMARY
Pt: [[N:Marcus Anthony Bell]]   MRN [[M:BH2210387]]   Unit: 2 East
Admit [[D:1/6/25]] on 5150 from [[H:Delta Oaks Medical Center]] ED, [[C:Stockton]]. D/C [[D:1/17/25]].

[[A:27]] y/o M w/ bipolar I, most recent episode manic w/ psychotic features, in context of lithium nonadherence x ~2 mo. On arrival grandiose, pressured, not sleeping, threatening neighbors. Placed on 5250; certification review hearing held [[D:1/10/25]], hold upheld. Patients' rights advocate [[N:Lorraine Oduya]] present.
Lithium restarted and titrated to 600 mg BID, level 0.8 on [[D:1/15]]. Olanzapine 10 mg qhs. Sleeping 7-8 hr by day 6. Denies SI/HI at d/c, no AH/VH. Future oriented, wants to return to work at [[O:Central Valley Tire & Brake]].
Mother [[N:Celestine Bell]] ([[P:209-555-0162]]) involved, agrees to supervise meds. Pt will reside at [[O:Harbor Street Recovery House]] initially.
F/u: [[H:San Joaquin Wellness Clinic]] - psychiatrist Dr. [[N:Ruiz-Ocampo]] [[D:Jan 21]] @ 1:30, lithium level + BMP + TSH that day.
-- [[N:D. Whitaker]], MD
"""),

    ("discharge_summary", """NEWBORN DISCHARGE SUMMARY
BABYGIRL [[N:HUYNH]]   MRN [[M:7720451]]   DOB [[D:11/22/2024]] 0614
Mother: [[N:Huynh, Thi Lan]] (MRN [[M:7719988]]), [[A:29]] y/o G1P1, GBS neg, HBsAg neg, HIV neg, RPR NR, O+.
Delivery: NSVD at 39w2d, Apgars 8/9. BW 3.21 kg.
Course: Breast + formula supplementation. Voiding/stooling appropriately. TcB 9.1 at 36 hrs (low-intermediate risk), no phototx needed. Hep B vaccine given [[D:11/22]], vit K + erythro at birth. CCHD screen passed [[D:11/23]]. Hearing passed bilat. NBS drawn [[D:11/23]] at 25 hrs, kit # [[ID:24-3318762]].
D/c wt 3.05 kg (-5%).
F/u: [[H:Bolsa Pediatrics]], Dr. [[N:Kimberly Dao]], [[D:11/26]], [[P:714-555-0128]].
Discharged [[D:11/24/2024]] w/ parents, car seat checked.
-[[N:mlee3]] NNP
"""),

    ("discharge_summary", """AMA Discharge Note - General Surgery
Pt [[N:Jerome]] "[[N:JJ]]" [[N:Whitfield]], [[A:44]]M, admitted [[D:7/18]] w/ partial SBO (hx ex-lap for GSW 2011). Managed w/ NGT, NPO, IVF. Passing flatus since this AM, NGT clamp trial tol, but no BM yet and KUB still w/ dilated loops.
At 1530 on [[D:7/20]] pt requesting to leave, states he has to get back to his job at [[O:Hobbs Oilfield Services]] or he'll lose it. Dr. [[N:Kessler]] discussed at length risks of leaving incl recurrent obstruction, perforation, need for emergency surgery, death. Pt verbalized understanding, has capacity, and signed AMA form. NGT removed.
Instructed clear liquids x24h then advance slowly. Return precautions reviewed - go to nearest ED ([[H:Caliche Regional Hospital]]) for vomiting, abd pain, distension. Given clinic appt [[D:7/28]]. Girlfriend [[N:Shayla]] driving him home.
[[N:T. Kessler]] MD / [[N:abenson]] PA-C
"""),

    ("progress", """Hospitalist Progress Note - HD 3
S: No acute events overnight. Pt says breathing is "a little better." Tolerating diet, slept OK. Daughter [[N:Hope]] on speaker during rounds ([[P:505-555-0179]]), questions answered.
O: T 36.9 HR 84 BP 128/70 RR 18 SpO2 94% 1L NC. Gen NAD. Lungs diminished bases, fine crackles. 1+ BLE edema (from 2+).
I/O -1.6L/24h. Wt 81.2 kg (admit 84.0).
Labs: Na 134 K 4.1 Cr 1.3 BNP 890 (from 1420).
A/P: [[A:76]]F w/ HFpEF exacerbation, improving.
- cont IV furosemide 40 BID, strict I/O, daily wt
- TTE [[D:9/9]]: EF 60%, grade II DD, RVSP 48
- hope to transition to PO diuretic tomorrow
- DVT ppx heparin SQ
- Dispo: home w/ HH, likely [[D:9/12]]. Lives alone in [[C:Rio Rancho]], dtr checks daily.
[[N:Vikram Raghunathan]], MD  pgr [[P:2264]]
"""),

    ("progress", """MICU PROGRESS NOTE - [[D:14-Mar-25]]
[[N:Farah Al-Masri]] [[A:62]]F, HD#5, septic shock 2/2 obstructing L pyelo (E. coli) s/p IR perc nephrostomy [[D:3/10]].
Overnight: norepi weaned off 0300. Extubated yesterday, now 4L NC. Glasgow Coma Scale 15, following commands, mild delirium CAM+ overnight.
Vitals: T 37.4 HR 96 BP 112/64 MAP 80 RR 20
Labs: WBC 14.2 (18.9), lactate 1.1, Cr 1.6 (2.4), plt 98.
Lines: R IJ CVC day 5, art line L radial - d/c today. Foley - d/c today.
A/P:
#Septic shock - resolved off pressors. Ceftriaxone day 5/14 per sensis.
#AKI - improving, nephrostomy draining well, UOP 1.1L.
#Delirium - melatonin, sleep hygiene, avoid benzos.
#Dispo: transfer to 5 West stepdown if stable this afternoon.
Family: husband [[N:Khaled]] and son [[N:Omar]] updated at bedside, Arabic interpreter [[N:Rania]] (badge [[ID:40127]]) used.
[[N:Lindqvist]] / [[N:Obi]] - MICU team
"""),

    ("progress", """[[H:Piñon Family Health]] - Clinic Follow Up   [[D:10/22/2025]]
[[N:Rosalind Tsosie]], [[A:57]] yo F, here for DM2 f/u. A1c was 8.6 in [[D:Aug]], today 7.4. Taking metformin 1000 BID + glipizide 5 daily, added Jardiance last visit - tolerating, one yeast infection, resolved w/ fluconazole. Home BG 110s-160s fasting.
Works nights at [[O:Walmart]] distribution center in [[C:Farmington]], hard to eat on schedule.
BP 138/82, wt 94.1 kg. Monofilament intact bilat.
Plan: cont current regimen, lisinopril 10 -> 20 mg daily, lipid panel + UACR today. RTC 3 mo.
- [[N:Crystal Yazzie]], FNP-C
"""),

    ("progress", """Heme/Onc Clinic Progress Note - C3D1 FOLFOX
Pt: [[N:Park, Ji-hoon]]   DOB [[D:1958-04-27]]
[[A:67]] yo M w/ stage III sigmoid adenocarcinoma s/p lap sigmoid colectomy [[D:4/2025]] at [[H:Cascade Cancer Institute]], [[C:Bellevue]], now adjuvant FOLFOX. Tolerated C2 w/ grade 1 neuropathy fingertips (cold-induced), mild fatigue, no diarrhea. Wife [[N:Eun-ji]] here.
ECOG 1. Pain 2/10. Wt stable 71 kg.
Labs: ANC 1.9, Hgb 11.2, plt 142, LFTs wnl. CEA 2.1 (pre-op 11.6).
A/P: OK to treat C3 today at full dose. Discussed oxaliplatin neuropathy, avoid cold drinks x5 days. Port site clean. Next cycle [[D:6/27]] w/ labs day prior.
[[N:Brennan Liu]], MD  - seen w/ fellow Dr. [[N:Osei]]
"""),

    ("ed_triage", """ED TRIAGE
Arrival [[D:2025-04-02T17:48]] via EMS
CC: MVC
Pt [[N:Guadalupe Ybarra-Ruiz]] [[A:39]]F restrained driver, ~45 mph T-bone on driver side on [[ST:I-10]] near [[C:Las Cruces]]. +airbag. Self-extricated, ambulatory at scene. c/o L chest wall pain 7/10, neck pain, no LOC. GCS 15.
BP 148/92 HR 104 RR 22 SpO2 98% RA. C-collar in place. Equal breath sounds.
Pt ID from NM DL [[L:512837604]]. Ofc. [[N:Trujillo]] (badge [[ID:2291]]) at bedside, states vehicle (silver Tacoma, plate [[V:BKX447]]) towed.
Hx: asthma. Meds: albuterol prn. NKDA. LMP [[D:3/20]].
ESI 2 -> Trauma Bay 2. Trauma team paged 1752.
-[[N:rsalcido]] RN
"""),

    ("ed_triage", """peds triage. [[A:3]] yo M w/ fever x2d tmax 103.4 at home, pulling at R ear, decreased PO. mom [[N:Crystal]] reports 3 wet diapers today. sent home from daycare ([[O:Little Sprouts Learning Center]]) yesterday. UTD on vaccines per mom. no sick contacts except baby sister ([[A:3]] mo) w/ runny nose.
T 39.2 HR 142 RR 28 SpO2 99% RA wt 14.6 kg. alert, playful in triage, cap refill <2s, mmm.
ibuprofen 10 mg/kg PO given. ESI 4.
"""),

    ("ed_triage", """ED Triage - [[D:June 9th]] 2215
[[A:22]] y/o F bitten by neighbor's pit mix "Bruno" on R hand/forearm approx 1 hr PTA outside her apt at [[ST:2208 Mesquite Trail Apt 14]], [[C:Killeen]]. Bleeding controlled w/ towel. Two puncture wounds dorsal hand, 2 cm lac forearm. Full ROM fingers, sensation intact.
Dog's rabies vax status unknown - neighbor Mr. [[N:Tillman]] not home. [[C:Killeen]] Animal Control notified by pt, case # [[ID:KAC-25-01877]].
Last tetanus unknown. Pain 5/10. VS: BP 122/78 HR 90 T 36.8.
ESI 4. Fast track.
"""),

    ("h_and_p", """HISTORY & PHYSICAL
Name: [[N:Sunny Kaur Dhillon]]    DOB: [[D:7/19/1961]]    MRN: [[M:3308214]]
DOS: [[D:06/21/2025]]
PCP: Dr. [[N:Amanpreet Gill]], [[H:Sutter Buttes Medical Group]]

CC: "my sugars are crazy and I can't keep anything down"

HPI: [[A:63]] yo F w/ DM2 on insulin (glargine 30u + lispro SSI), HTN, HLD, presents w/ 2 days N/V, polyuria, polydipsia and diffuse abd pain. Ran out of glargine ~5 days ago - pharmacy ([[H:Plumas Street Pharmacy]]) was waiting on PA. Denies fever, CP, dysuria. In ED: BG 486, AG 24, bicarb 9, BHB 6.2, K 5.6, Cr 1.4. Started on insulin gtt and IVF.

PMH: DM2 dx 2008, HTN, HLD, GERD
PSH: CCY 2014, C-section x2
Meds: glargine 30u qhs, lispro SSI, metformin 1000 BID, losartan 50, atorvastatin 40
All: sulfa (rash)
SH: Lives in [[C:Yuba City]] w/ husband [[N:Harjit]] and son's family. Retired from [[O:Feather River Orchards]] (packing). Never smoker, no EtOH. Speaks Punjabi, English ok; dtr-in-law [[N:Navneet]] helps w/ meds.
FH: father DM2, died of MI at [[A:59]]; mother alive in her [[A:80s]] in [[C:Ludhiana]].

ROS: neg except per HPI.

PE: T 37.0 HR 118 BP 104/66 RR 26 (Kussmaul) SpO2 99% RA
Gen: ill appearing, dry mm
CV: tachy, reg, no m/r/g
Lungs: CTAB
Abd: soft, diffusely mildly tender, no rebound, neg Murphy's sign
Neuro: A&Ox3, CN intact, Babinski downgoing bilat

A/P: [[A:63]]F w/ moderate-severe DKA d/t insulin lapse.
- ICU/stepdown, insulin gtt per DKA protocol, BMP q2h, K replacement per protocol
- LR 250/hr, add D5 when BG <250
- A1c, lipase, UA, beta-hCG not indicated (post-menopausal)
- SW/CM: insulin access, PA issue
- Code: Full. Contact: husband [[N:Harjit Dhillon]] [[P:530-555-0114]]

[[N:Leticia Mbeki]], MD - Hospitalist
"""),

    ("h_and_p", """NEUROLOGY - CODE STROKE H&P
Pt: [[N:HUNTER, MAJOR L]]    MRN [[M:5502918]]
[[A:72]] yo M, LKW [[D:2025-05-14]] 21:30 (wife [[N:Bettye]] saw him normal before bed, found him at 05:50 unable to speak). Wake-up stroke.
PMH: afib (not anticoagulated - stopped warfarin after GI bleed [[D:Dec 2023]]), HTN, DM2, prior TIA.
Exam: NIHSS 14 - global aphasia, R facial, R arm 3, R leg 2, R hemisensory loss. Gaze preference L.
CT head: no hemorrhage, ASPECTS 8. CTA: L M1 occlusion. CTP: core 18 mL, mismatch ratio 4.1.
Not a tPA candidate (outside window). Good candidate for thrombectomy - no major contraindications.
Plan: transfer emergently to [[H:Brazos Valley Comprehensive Stroke Center]] for EVT. Accepted by Dr. [[N:Oyelaran]] 06:24, air transport.
Discussed w/ wife, she consents. Her cell [[P:(979) 555-0151]].
[[N:Sang-min Yoo]], MD (tele-neuro)
"""),

    ("h_and_p", """PEDIATRIC ADMISSION H&P
Pt: [[N:Gabriel Dela Cruz]]   DOB [[D:01/08/2021]]   MRN [[M:P0092271]]
Admit date: [[D:12/02/2025]]

CC: wheezing, increased WOB

HPI: [[N:Gabriel]] is a [[A:4]] y/o male w/ mild persistent asthma (on Flovent 44 2 puffs BID, inconsistent use) who presents w/ 2 days URI sx and 12 hrs progressive wheeze. Mom [[N:Maricel]] gave albuterol q2h at home w/o improvement. In ED: RR 48, SpO2 89% RA, PRAM 8. Received duonebs x3, dexamethasone 0.6 mg/kg, Mg 50 mg/kg. Still requiring q2h albuterol and 1L NC.
Prior admit [[D:Dec 2024]] at [[H:Snohomish Valley Children's Clinic]] for same, no PICU hx.

SH: Lives w/ parents and older sister ([[A:9]]) in [[C:Mukilteo]]. Attends preschool at [[O:Harbor Pointe Montessori]]. Dad works at [[O:Boeing]], smokes outside only. Cat at home.
Imm: UTD.

PE: T 37.8 HR 148 RR 40 SpO2 93% 1L. Mild subcostal retractions, diffuse exp wheeze, fair air entry.

A/P: [[A:4]]yo w/ moderate asthma exacerbation triggered by viral URI.
- albuterol q2h, space as tol; dex day 2 tomorrow
- O2 to keep >90%
- asthma action plan + spacer teaching prior to d/c
- f/u w/ PCP Dr. [[N:Liza Macaraeg]] 2-3 days post d/c
-[[N:jramos]] PGY2 / [[N:Hollis]] attending
"""),

    ("social_work", """SOCIAL WORK NOTE - IPV
Consult received for + IPV screen. Met w/ pt [[N:Tameka Rollins]] ([[A:31]]F) alone in room 14, partner asked to step out by RN. Pt disclosed partner [[N:Dontrell]] choked her last night and has hit her "a few times" since [[D:Christmas]]. Children ([[A:6]] and [[A:3]]) currently w/ her sister [[N:Keisha]] in [[C:Socorro]].
Pt gave permission for SW to speak w/ [[C:El Paso]] PD - Ofc. [[N:Gallegos]] took report at bedside, report # [[ID:25-114093]]. Pt declined shelter tonight, plans to stay w/ sister. Safety plan completed, DV hotline info and protective order info given. Older child attends [[O:Hillcrest Elementary]] - pt will notify school re: pickup restrictions.
Pt asks that all calls go to sister's # only: [[P:915-555-0138]]. Do NOT call pt's cell.
[[N:Beatriz Olmos]], LCSW  x[[P:7712]]
"""),

    ("social_work", """SW Progress Note [[D:02/03/2025]]
Pt [[N:Dale Everett Coons]] [[A:66]]M, homeless x ~8 mo, has been sleeping in his car (gray Buick LeSabre, OR plate [[V:428 KLM]]) parked near [[ST:SE 82nd Ave and Foster Rd]] in [[C:Portland]]. Car was towed while pt admitted - SW called tow yard, fees $412, pt unable to pay.
Pt is Army vet. Referred to VA HUD-VASH; VA SW [[N:Renata Kowalczyk]] [[P:503-555-0172]] will meet pt [[D:Wed 2/5]]. OHP active, ID [[HP:WR48217H]].
Bed at [[O:Eastside Men's Night Shelter]] held for d/c tomorrow. Brother [[N:Lyle]] in [[C:Medford]] not able to house him but will take his mail.
Pt agreeable. Will f/u.
-[[N:S. Whitfield-Abara]], MSW
"""),

    ("social_work", """SW initial assessment
Pt [[N:Faadumo Cabdi Xasan]], [[A:45]]F, Somali, arrived in US [[D:Feb 2023]] from [[C:Dadaab]] refugee camp (Kenya), resettled by [[O:International Rescue Committee]] in [[C:San Diego]]. Caseworker [[N:Bashir Nuur]] [[P:619-555-0104]].
Interview via phone interpreter [[N:Hodan]] (ID [[ID:310588]]), pt prefers female interpreter.
Lives in [[C:City Heights]] apartment w/ 5 children ages [[A:4]]-[[A:17]]. Husband died in Somalia 2019. Eldest son [[N:Abdirahman]] ([[A:17]]) translates at appts and helps w/ rent; attends [[O:Hoover High School]].
Income: CalWORKs + son's PT job. Medi-Cal active, CIN [[HP:91824736A]]. A-number [[ID:A218447390]].
Concerns: food insecurity, difficulty getting to dialysis 3x/wk (starts [[D:4/7]] at [[H:Fairmount Dialysis Center]]). Applied for Medi-Cal transportation.
Plan: CalFresh increase, NEMT set up, f/u 1 wk.
[[N:Gwendolyn Aguirre]], LCSW
"""),

    ("case_mgmt", """CM note [[D:5/22/25]]
[[N:Oyelowo, Bernard]] [[A:84]]M, s/p L hip hemiarthroplasty [[D:5/18]], PT recs SNF. Pt and dtr [[N:Pat Okonjo]] chose facility.
Accepted at [[H:Desert Rose Post-Acute]] ([[C:Mesa]]), bed available [[D:Tues 5/27]]. Humana Medicare Adv auth # [[ID:HUM2505221187]] approved x7 days, next review [[D:6/3]]. Member ID [[HP:H48172930]].
Clinicals faxed to SNF admissions ([[N:Rochelle]]) at [[F:480-555-0166]]. Dtr will bring clothes and his hearing aids.
-[[N:ktorres]] RN CM
"""),

    ("case_mgmt", """UTILIZATION REVIEW
Pt: [[N:Bautista, Rogelio]]    Acct# [[AC:900017736452]]    MRN [[M:1163390]]
Payer: BCBS TX, subscriber ID [[HP:ZGP884120937]], group [[HP:0193376]]
Admitted inpt [[D:10/13/25]] for syncope w/ 9 sec pause on tele -> PPM placed [[D:10/14]].
Payer issued concurrent denial [[D:10/15]] stating obs level of care. Ref # [[ID:DN-77130452]].
Peer-to-peer scheduled w/ their med director Dr. [[N:Yancey]] [[D:Thursday 10/16]] 1400 at [[P:1-800-555-0199 x 4412]]. Attending Dr. [[N:Chaudhry]] aware, will call. Clinicals sent: tele strips, EP note, op note.
If upheld, will file expedited appeal within 60 days. Pt aware, MOON delivered and signed [[D:10/15]] 1130.
[[N:L. Broussard]] RN, UR
"""),

    ("case_mgmt", """CM d/c planning - DME/HH
Pt [[N:Marguerite Allred]] [[A:71]] yo F going home today w/ new home O2 2L continuous + CPAP.
DME: [[H:Sonoran Respiratory Supply]] delivered concentrator + portable tanks to home this AM, CPAP (ResMed AirSense 11) SN [[DV:23191847263]] set up at bedside for teaching. RT [[N:Corbin]] completed mask fitting.
Address verified: [[ST:1826 W Glenrosa Ave]], [[C:Phoenix]], [[SA:AZ]] [[Z:85015]].
HH: [[H:Valley Sun Home Health]] accepted for SN/PT, SOC [[D:8/15]]. Agency intake [[P:602-555-0123]], fax [[F:602-555-0124]].
AHCCCS ID [[HP:A70419552]].
Husband [[N:Lowell]] will pick her up at 1500.
-[[N:Ingrid Solheim]], RN CM
"""),

    ("telephone", """TELEPHONE ENCOUNTER [[D:12/26/2024]] 0812
Caller: [[N:Yolanda Fuentes]] (pt's wife) [[P:(520) 555-0186]]
Pt [[N:Ignacio Fuentes]], [[A:88]] yo, fell in bathroom on [[D:Christmas Eve]], didn't want to go in over the holiday. Now c/o R hip pain 7/10, can bear weight but limping more, uses cane. On apixaban 5 mg BID. No head strike per wife, no LOC, no new confusion.
Advised eval today w/ xray. Wife will take him to [[H:Saguaro Urgent Care]] on [[ST:Oracle Rd]]; if can't bear wt or any head sx -> ED. Wife verbalized understanding.
[[N:B. Hallstrom]] RN
"""),

    ("telephone", """crit K 6.8 on [[N:GRAYSON, WILLA]] from lab [[D:4/9/25]] 0347, read back. Dr [[N:Mehta]] paged, orders rec'd. -[[N:ckeyes]]
"""),

    ("telephone", """IT Service Desk - patient portal call
Caller: pt [[N:Kwame Boateng]], DOB [[D:1/30/1987]], identity verified w/ DOB + home address.
Pt locked out of portal after 5 failed logins, last attempt from IP [[IP:73.162.44.201]] at 0711 - pt confirms that is his home wifi. Also asked to change email on file from old work email [[E:kboateng@cascadelogistics.com]] to [[E:kwame.boateng87@gmail.com]].
Email updated, reset link sent. Pt able to log in while on phone via [[U:https://portal.sierravistahealth.org/reset]].
Ticket # [[ID:INC0482213]] closed.
-[[N:lmarquez]]
"""),

    ("portal", """Portal message from pt - [[D:06/14/2025]] 9:14 PM
Subject: refill + bp

hi dr [[N:okoye]], can you send my metformin and lisinopril to the [[H:heb pharmacy]] on [[ST:bandera rd]]? i moved to [[C:helotes]] last month. also my bp was 168/98 last [[D:tuesday 6/10]] in the morning but then 134/86 at night, is that ok?? i feel fine.
thanks
[[N:rich]]

---
Reply [[D:6/16/25]]:
Hi [[N:Richard]], refills sent to [[H:H-E-B Pharmacy]] [[ST:Bandera Rd]] #482. Please keep a log of BP readings twice a day for 2 weeks and upload it here. If you get readings over 180/110 or chest pain/headache, go to the ER.
-[[N:Marisa]], RN for Dr. [[N:Okoye]]
"""),

    ("portal", """MyChart msg (proxy: [[N:Daniela Serrano]], spouse)
Good morning. My husband [[N:Tomás Serrano]] had his knee replaced on the [[D:3rd]] and his job needs the FMLA paperwork filled out by Dr. [[N:Castellanos]]. Its for [[O:Pacific Coast Drywall]], HR is [[N:Brenda Kowal]] and her fax is [[F:(559) 555-0117]] or email [[E:leaves@pacificcoastdrywall.com]]. Claim number they gave us is [[ID:FM-2025-66310]]. He's hoping to go back to light duty around [[D:Labor Day]] but not sure. Thank you!!

Reply: Hi [[N:Daniela]], we received the forms. Dr. [[N:Castellanos]] will complete them within 5-7 business days and we'll fax to HR directly. -[[N:Kendra]], MA
"""),

    ("pharmacy", """PHARMACY - Vancomycin dosing (AUC-guided)
Pt: [[N:Thach, Minh]]  [[A:70]]M  wt 68 kg  SCr 1.1 (stable)
Indication: MRSA bacteremia, BCx [[D:2/17]] 2/2 sets +; repeat BCx [[D:2/19]] NGTD. TTE neg, TEE pending.
Current regimen: 1250 mg IV q12h (started [[D:2/18]])
Levels [[D:2/19]]: post-dose 28.1 mcg/mL (1330), 11.2 mcg/mL (2200)
Calculated AUC24 ~512 (goal 400-600).
Plan: Continue 1250 mg q12h. Repeat levels [[D:2/22]] or sooner if SCr rises >0.3. Recommend avoid concurrent pip-tazo. ID (Dr. [[N:Ferreira]]) following.
[[N:Priya Natarajan]], PharmD  x[[P:4482]]
"""),

    ("pharmacy", """Clinical pharmacist note - PDMP review / PA
Pt [[N:Leland Brooks Hartley]] DOB [[D:9.3.1979]]
PDMP (TX PMP AWARE) reviewed [[D:10/02/2025]]: 3 opioid prescribers in past 6 mo, incl. hydrocodone 10/325 #90 from Dr. [[N:Lance Whitcomb]] (DEA [[L:BW4419283]]) filled [[D:9/12]] at [[H:Friendly Drug Store]] in [[C:Mineral Wells]], and oxycodone 5 mg #30 from ED [[D:9/24]]. MME currently ~60/day. Pt also on gabapentin 600 TID.
Discussed w/ Dr. [[N:Abiodun]]; naloxone Rx sent.
PA for buprenorphine/naloxone film submitted via CoverMyMeds key [[ID:BLXT7QW2]]. Member ID [[HP:U9138842701]], RxBIN 610014, PCN ADV. Prescriber NPI [[L:1538201947]].
-[[N:hquach]] PharmD
"""),

    ("therapy", """PT Initial Evaluation [[D:04/17/2025]]
Pt: [[N:Gertrude]] "[[N:Trudy]]" [[N:Lindahl]], pleasant [[A:ninety-two]] yo F adm after fall at home w/ R distal radius fx (splinted) + rhabdo.
PLOF: indep w/ SPC in home, mod I community w/ RW. Lives in 2-story home in [[C:Olympia]] w/ son [[N:Rolf]] ([[A:68]]), 12 steps w/ R rail to bedroom. Son works days.
Today: bed mobility min A, sit<>stand CGA w/ RW (L hand only, R NWB), gait 60 ft RW min A, decreased step length, 1 LOB. Tinetti 14/28 (high fall risk). TUG 24 sec.
Assessment: below baseline, high fall risk, limited by R UE NWB.
Rec: SNF short-term rehab vs home w/ 24h assist + HH PT. Pt prefers home - will discuss w/ son.
Plan: daily PT, gait/transfer training, balance.
[[N:Jada King]], DPT
"""),

    ("therapy", """SLP Bedside Swallow Evaluation
Pt: [[N:Lê Văn Đức]]   [[A:79]] yo M   DOB [[D:1946-01-02]]
s/p L MCA CVA [[D:9/3]]. Son [[N:Khoa]] at bedside, helped interpret (pt declined professional interpreter, documented).
Oral mech: R facial droop, reduced lingual strength R. Voice wet after thin liquids by cup, coughing x3. Nectar thick by cup - no overt s/s aspiration. Puree/mech soft: prolonged oral transit, mild pocketing R.
Recs: mech soft/ground diet, nectar-thick liquids, meds crushed in puree, upright 90 deg, small bites, chin tuck.
FEES scheduled [[D:Mon 9/8]].
[[N:Grace Ahn]], MS CCC-SLP
"""),

    ("radiology", """EXAM: CT HEAD WITHOUT CONTRAST
ACCESSION: [[ID:CT25-0884137]]
PATIENT: [[N:IBARRA, CELESTINO]]   MRN: [[M:6120934]]   DOB: [[D:04/02/1950]]
DATE: [[D:07/29/2025]] 22:14
ORDERING: [[N:Ana Lucía Becerra]], MD
CLINICAL HX: [[A:75]]M fall from standing, on ASA/clopidogrel, HA.
COMPARISON: CT head [[D:01/12/2023]] from [[H:Valle del Sol Imaging]], [[C:Yuma]].
TECHNIQUE: Axial noncontrast images, coronal/sagittal reformats. DLP 912 mGy-cm.
FINDINGS: Acute R frontal convexity subdural hematoma, max thickness 7 mm, w/ 3 mm leftward midline shift. No IVH. Basal cisterns patent. Chronic small vessel ischemic changes, similar. No calvarial fx. Small R frontal scalp hematoma.
IMPRESSION:
1. Acute R SDH 7 mm w/ 3 mm MLS. New since prior.
Findings called to Dr. [[N:Becerra]] at 22:41 on [[D:7/29/25]], read back confirmed.
Dictated by: [[N:Tobias Sandoval]], MD
"""),

    ("pathology", """SURGICAL PATHOLOGY REPORT
Case: [[ID:S25-11408]]
Patient: [[N:ARCHULETA, BERNADETTE M]]   DOB: [[D:10/14/1968]]
Collected: [[D:05/06/2025]]   Received: [[D:05/07/2025]]
Submitting physician: [[N:Hyun-woo Cho]], MD - [[H:Sandia Women's Health]]

SPECIMEN: Left breast, 2:00, 4 cm FN, US-guided core biopsy.

GROSS: Received in formalin labeled "[[N:Bernadette Archuleta]]" and "L breast 2:00", three tan-white cores, 1.2-1.6 cm. Entirely submitted in one cassette.

DIAGNOSIS:
Left breast, 2:00, core biopsy:
- Invasive ductal carcinoma, Nottingham grade 2 (tubules 3, nuclei 2, mitoses 1; total score 6/9).
- DCIS, intermediate grade, solid type.
- No LVI identified.
Biomarkers: ER 95% strong, PR 80%, HER2 IHC 1+ (negative), Ki-67 15%.

Electronically signed: [[N:Oluwaseun Bankole]], MD [[D:05/09/2025]] 14:02
"""),

    ("consult", """NEPHROLOGY CONSULT
Requesting: Dr. [[N:Brennan]], hospitalist. Reason: AKI.
Pt: [[N:Zhou Meiling]] [[A:67]]F w/ HTN, DM2, CKD 3b (baseline Cr 1.7 per outside records from [[H:Glendale Kidney Associates]], Dr. [[N:Harutyunyan]]). Admitted [[D:1/14]] w/ vomiting/diarrhea x4 days after family gathering for [[D:Lunar New Year]], poor PO. On lisinopril 40, HCTZ 25, metformin, ibuprofen prn for knee pain.
Cr 4.8 on admit, today 4.1. K 5.9 -> 5.2 after Lokelma. Bicarb 16. UOP ~700 mL/24h. UA bland, FENa 0.4%. Renal US: normal size kidneys, no hydro.
Daughter [[N:Jenny Zhou]] translating (Mandarin), prefers phone updates at [[P:626-555-0140]].
Impression: AKI on CKD 3b, prerenal/hemodynamic (volume depletion + ACEi/diuretic/NSAID), improving w/ IVF. No emergent HD indication.
Recs:
- hold lisinopril, HCTZ, metformin, NSAIDs
- LR 100/hr, reassess volume in AM
- NaHCO3 650 TID
- renally dose meds, avoid contrast
- BMP BID
- outpt f/u w/ Dr. [[N:Harutyunyan]] 1-2 wk post d/c
Will follow. Thank you for this consult.
[[N:Arash Tehrani]], MD - Nephrology  pager [[P:3107]]
"""),

    ("addendum", """ADDENDUM [[D:08/14/2025]] 11:05
Correction to H&P dated [[D:8/12/25]]: pt's DOB was entered at registration as [[D:08/03/1958]]; correct DOB is [[D:08/03/1957]] per pt's passport (pt born in [[C:Guadalajara]]). Pt's age is therefore [[A:68]], not [[A:67]] as stated in HPI. No change to assessment or plan.
SSN verified w/ pt's card: [[S:612-48-3097]]. Duplicate MRN [[M:2290175]] merged into [[M:2288406]] per HIM ([[N:Trina]], ext [[P:5137]]).
-- [[N:Guillermo Soto]], MD
"""),

    ("handoff", """NIGHT FLOAT HANDOFF - Gen Med Team B - [[D:Sat 1/18/25]]
From: [[N:Kofi Mensah]] (pgr [[P:5508]])  To: [[N:Lucía Ortega-Kim]]

1) 614A [[N:Begay, Lorenzo]] [[A:54]]M - EtOH w/d, CIWA q2h, last 12 @ 1800, on phenobarb taper day 2. If CIWA >15 give extra dose per order set. Wife [[N:Priscilla]] may call overnight - OK to update.
2) 617 [[N:Soliman, Mariam]] [[A:29]]F - DKA, gap closed 1800, transitioned to glargine 18u + lispro. AM BMP. Endo (Dr. [[N:Ravindran]]) following.
3) 620B [[N:Hunter, Guy]] [[A:81]]M - ADHF, PPM (Medtronic Azure, SN [[DV:RNB402117H]]). Device interrogated today, no events. Lasix 80 IV BID. K goal >4.
4) 622 [[N:Trinh, Bao]] [[A:45]]M - L leg cellulitis on cefazolin, border marked at 1500. If spreading past mark -> add vanc, blood cx.
5) 625 [[N:Ellsworth, Pearl]] [[A:93]]F - DNR/DNI, comfort-focused care, hospice ([[H:Trinity Palms Hospice]]) eval AM. Son [[N:Clifford]] at bedside, wants call if any change [[P:(361) 555-0189]].

Nothing else pending. Good luck!
"""),
]
