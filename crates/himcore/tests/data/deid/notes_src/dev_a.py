# Hand-written clinician notes, dev split, part A.
# Markup: [[CODE:surface]] -- see build_corpus.py for the code table.
# All people, numbers, addresses and institutions are invented.

NOTES = [
("nursing", """
0700-1900 RN note
pt is [[A:82]] yo F adm [[D:3/11]] w/ CHF exacerbation. A&Ox3, pleasant. c/o mild SOB w/ exertion, 2L NC sat 94%. lasix 40 IV given x2 per Dr.[[N:Abernathy]], UOP 1.6L. foley d/c'd @ 1000, due to void by 1600 - voided 350cc @ 1430. ambulated in hall w/ PT ([[N:Grace]]) x1 assist, tolerated well. dtr [[N:teresa]] at bedside most of day, asking about dc plan - will f/u w/ CM in am. pt's husband [[N:Walt]] calls daily, cell [[P:781-555-0192]]. skin intact, heels floated. pain 2/10 L knee, tylenol given. no acute events this shift.
-- [[N:M. Ferreira]] RN
"""),

("nursing", """
SBAR  [[D:14MAR23]] 0315
S: [[N:Nguyen, Thi Lan]] rm 612B, [[A:67]]F - HR 130s-140s irreg, BP 96/58, c/o palpitations + "fluttery"
B: admitted [[D:3/12]] from [[H:Calloway Memorial]] ED w/ COPD exac. hx afib on apixaban + dilt. last dig level 0.6 on [[D:3/13]]. dtr [[N:Linh]] is contact, speaks for pt (Vietnamese), [[P:(714) 555-0126]].
A: new RVR, pt anxious but A&Ox4, denies CP. SpO2 91% on 3L. lungs w/ exp wheeze. K 3.3 this am - not yet repleted.
R: paged covering Dr [[N:Oyelaran]] 0305 - orders rec'd for dilt 10mg IVP, KCl 40 PO, repeat EKG. will recheck HR 15 min after push, telemetry aware.
[[N:Kofi]] RN
"""),

("nursing", """
[[D:03/18/2024]] 2210  Focus: Fall / confusion
D: Pt [[N:KOWALCZYK, STANISLAW]] found sitting on floor next to bed at 2140, states "I was getting ready for Mass" (pt believes it is Sunday). bed alarm found off. no LOC per pt, denies pain. skin tear L forearm 2cm. VS 142/80, HR 88, SpO2 96% RA, BG 131. GCS 14 (E4V4M6), neuro unchanged from baseline per day RN [[N:Bridget]].
A: assisted back to bed w/ 2 staff. skin tear cleaned w/ NS, steri-strips. bed alarm on, low bed, mats down. MD on call [[N:Hassan]] notified 2150, new order neuro checks q2h x12h, no CT per MD. son [[N:Piotr]] called at [[P:(413) 555-0178]] - no answer, VM left. incident report #[[ID:FR-24-01187]] filed.
R: pt resting, reoriented, call light in reach. will monitor.
-- [[N:J. Asante]], RN
"""),

("nursing", """
Flowsheet comments - [[D:Tues 6/4]]
0800 pt refused AM meds (metoprolol, Eliquis), states "my daughter [[N:Rose]] brings my pills from home". explained hospital policy. will re-offer.
0930 BP rose to 168/92 after PT. recheck 154/88. Dr [[N:Baptiste]] aware, no new orders.
1115 took meds w/ applesauce after granddaughter [[N:Nadège]] explained in Kreyòl.
1300 lunch 75%. amb 150 ft w/ RW, SBA.
1545 phone call from [[N:Rose Théodore]] (dtr) [[P:617.555.0134]] re: dc date - told likely [[D:6/6]] pending echo.
1830 pain 3/10 R hip, oxycodone 5 mg given w/ relief. pt will need f/u w/ ortho after dc.
"""),

("ed_triage", """
ED TRIAGE  [[D:2023-09-02T23:47]]   MRN [[M:01193847]]  FIN [[AC:5500281931]]
CC: "my chest feels tight"
[[A:58]]M via EMS from home. Onset ~2100 while shoveling mulch. ASA 324 + NTG SL x3 by EMS, pain 8/10 -> 5/10. Hx HTN, DM2, prior PCI w/ 2 stents ([[H:St. Brigid's]], 2019).
Allergies: PCN (rash)
VS T 36.8 HR 104 BP 171/96 RR 22 SpO2 95% RA  Pain 5/10
ESI 2. EKG at 2351 shown to Dr. [[N:Lindqvist]] - no STEMI, to room 14.
Wife [[N:Dolores]] at triage desk, best # [[P:508 555 7720]].
Triage RN: [[N:Hope Adeyemi]]
"""),

("ed_triage", """
triage [[D:1/9]] 0412: [[A:19]]yoF c/o RLQ pain since yesterday afternoon, +N/V x3, LMP [[D:12/20]]. denies vag bleeding/dc. ambulatory, NAD but guarding. HCG + UA sent. ESI 3. roommate [[N:Kaylee]] w/ pt, pt asks that mom not be called. GYN is at [[H:Valley Women's Clinic]], last visit [[D:11/29]]. - [[N:dsantos]] RN
"""),

("discharge_summary", """
DISCHARGE SUMMARY

PATIENT: [[N:OKONKWO-BELL, ADAEZE C]]          MRN: [[M:00482913]]
DOB: [[D:07/02/1951]]     ACCT: [[AC:9920041187]]
ADMIT: [[D:02/28/2024]]   DISCHARGE: [[D:03/04/2024]]
ATTENDING: [[N:Farhad Rostami]], MD
PCP: [[N:Ingrid Solberg]], NP - [[H:Riverbend Family Health]], fax [[F:(978) 555-0166]]

DIAGNOSES
1. Sepsis due to E. coli pyelonephritis
2. AKI on CKD 3a, resolved
3. Type 2 DM, uncontrolled

HOSPITAL COURSE
Ms. [[N:Okonkwo-Bell]] is a [[A:72]] y/o woman who presented to the [[H:Mercy Hospital]] ED on [[D:2/28]] with fevers to 39.4, rigors and L flank pain. UA grossly positive; CT A/P showed L pyelonephritis without obstruction or abscess. Started on ceftriaxone, narrowed to cefazolin on [[D:3/1]] once sensitivities returned (blood cx accession [[ID:MB24-118830]]). Cr peaked at 2.1 on [[D:3/1]] and was back to baseline 1.3 at discharge with IVF and holding lisinopril and metformin. Glucose managed on glargine/lispro; A1c 8.4%. Seen by ID (Dr. [[N:Mukherjee]]) who recommended 10 days total therapy.
Her husband [[N:Desmond]] has early Parkinson's disease and she is his main caregiver; their son [[N:Chidi]] will stay with them for two weeks.

DISPOSITION: Home with VNA ([[H:Northfield Visiting Nurses]]) for med management.
DISCHARGE MEDS: cephalexin 500 mg PO q6h through [[D:3/9]]; resume metformin [[D:3/6]] if Cr stable; HOLD lisinopril until PCP visit.
FOLLOW-UP: [[N:Solberg]] NP on [[D:Mar 11]] at 1:40 pm. BMP on [[D:3/7]] at [[H:Quest]] on [[ST:Route 1]].

PERTINENT RESULTS
[[D:2/28]]: WBC 18.2, Cr 1.8, lactate 3.1, UA > 100 WBC, nitrite +
[[D:3/1]]: Cr 2.1 (peak); blood cx 2/2 E. coli, resistant only to ampicillin
[[D:3/3]]: WBC 8.9, Cr 1.3; repeat blood cx NGTD x48h
CT A/P [[D:2/28]] (accession [[ID:CT24-0228-3391]]): L striated nephrogram, no hydronephrosis, no abscess.

EXAM AT DISCHARGE: T 36.9, HR 78, BP 132/70. Alert, oriented. No CVA tenderness. Lungs clear. No edema.
PENDING AT DISCHARGE: none.
CODE STATUS: Full code (confirmed with pt and husband).

PATIENT INSTRUCTIONS (reviewed with pt and son [[N:Chidi]] using teach-back): finish cephalexin; drink 2 L of fluid daily; check sugars before meals and at bedtime; call [[H:Riverbend Family Health]] at [[P:(978) 555-0160]] or return to the ED for fever > 38.3, vomiting or confusion. Glucometer supplies sent to [[H:Riverbend Pharmacy]] on [[ST:Lowell St]], [[C:Andover]].

cc: [[N:Ingrid Solberg]], NP; [[N:Anand Mukherjee]], MD
Electronically signed by: [[N:Farhad Rostami]], MD [[D:03/04/2024]] 16:08
"""),

("discharge_summary", """
NEWBORN DISCHARGE SUMMARY
Name: BABYGIRL [[N:QUISPE]]    MRN [[M:71-04-883]]    DOB [[D:11/18/2025]] 03:12
Mother: [[N:Quispe Mamani, Rosa Elena]] ([[A:31]] yo G2P2), MRN [[M:7039925]]
Delivery: NSVD at 39+2 wks, Apgars 8 and 9. BW 3410 g. GBS neg.
Course: uncomplicated. TcB 9.8 at 36 hrs (low-intermediate risk zone). Hep B vaccine given [[D:11/18]]. CCHD screen passed [[D:11/19]]. Hearing screen passed bilaterally. State newborn screen sent [[D:11/19]], kit #[[ID:NS2511-40917]].
Breastfeeding well with lactation support ([[N:Yuki]], IBCLC). Wt at dc 3250 g (-4.7%).
Family speaks Spanish and Quechua; interpreter [[N:Efraín]] used for dc teaching.
F/u: [[H:Lakeside Pediatrics]] on [[D:11/21]] for weight check with Dr [[N:Amara Osei]]. Mom's cell [[P:347-555-0109]].
D/c home [[D:11/20/2025]] with parents to [[ST:88 Ridgeview Ave Apt 3]], [[C:Paterson]], [[SA:NJ]] [[Z:07501]].
-- [[N:K. Lindgren]], MD
"""),

("h_and_p", """
H&P - Hospitalist Service    DOS [[D:5/22/23]]    MRN [[M:3318204]]
CC: confusion
HPI: [[A:93]] yo M, French-speaking, resident of [[H:Maple Grove SNF]] (memory care since [[D:Jan 2022]]), sent in for increased confusion and poor PO x2d. Per SNF nurse [[N:Claudette]] ([[P:603-555-0148]]) he has been pulling at his clothes and not recognizing his wife [[N:Yvette]]. No falls. UTI treated w/ nitrofurantoin in [[D:April]]. Son [[N:Marc Delacroix]] (HCP) reached by phone - baseline knows family, feeds self, walks w/ walker.
PMH: Alzheimer dementia, HTN, BPH, hx Bell's palsy (1998)
PSH: TURP, R hip ORIF
Meds: donepezil 10, amlodipine 5, tamsulosin 0.4, senna
All: sulfa
SH: retired machinist from [[O:Hartwell Textile Mill]]; ex-smoker 30 pk-yr, quit at age [[A:60]]. No EtOH.
FH: noncontributory
ROS: unable to obtain reliably
Exam: T 38.1 HR 96 BP 108/64 RR 20 SpO2 93% RA. Frail, oriented to self only. Dry MM. Crackles R base. Abd soft, suprapubic TTP. No Homans sign. Stage 2 sacral ulcer.
Labs: WBC 14.6, Na 149, Cr 1.9 (baseline 1.1 on [[D:2/7/23]]), lactate 2.3. UA LE+, nitrite+. CXR RLL opacity.
ECG: sinus 96, 1st degree AVB (PR 232), no acute ST changes; unchanged from a [[D:11/2022]] tracing in the SNF records.
Prior records: discharge summary from [[H:Calloway Memorial]] dated [[D:9/14/22]] (R hip ORIF) reviewed - post-op delirium then, resolved in 5 days.
Functional baseline (per SNF nurse): transfers w/ 1 assist, walker 50 ft, incontinent of urine at night, pureed diet since SLP eval [[D:3/2023]].
Med review: donepezil may worsen bradycardia - continue for now. Tamsulosin held while hypotensive.
A/P: [[A:93]]M w/ sepsis - aspiration PNA vs UTI - and hypernatremia
 - pip-tazo, cultures x2, free water via IVF
 - Goals d/w son [[N:Marc]]: DNR/DNI confirmed (MOLST on file), ok with abx/IVF
 - palliative consult placed
[[N:Sunita Raghavan]], MD   pgr [[P:4471]]
"""),

("h_and_p", """
GEN SURG H&P    [[D:08-Oct-2024]]
Name: [[N:TRAN, MINH DUC]]    MRN#[[M:00917734]]    Age/Sex: [[A:46]]/M
HPI: pt is a [[A:46]] yo Vietnamese-speaking man (hx via pt's wife [[N:Phuong]] who interprets; declined phone interpreter) w/ 3 episodes of postprandial RUQ pain since [[D:Sept 20th]], now constant x18 hrs w/ fever. +Murphy's sign in ED. US: GB wall 5 mm, pericholecystic fluid, 1.4 cm stone in neck. Tbili 1.6, ALP 188, lipase nl.
PMH: chronic HBV (on tenofovir), GERD
PSH: none
SH: owns [[O:Pho Saigon Kitchen]] on [[ST:Dorchester Ave]]; no EtOH; never smoker
Exam: T 38.4, HR 102. Mild distress. RUQ TTP w/ guarding.
A/P: acute calculous cholecystitis. NPO, IVF, pip-tazo. Lap chole [[D:10/9]] w/ Dr. [[N:Whitfield]]. MRCP if Tbili rises. Consent signed; risks incl bile leak, conversion to open, possible ERCP reviewed via wife.
[[N:Omar Farouk]], PGY-3   pager [[P:2231]]
"""),

("progress", """
Progress Note - HD 3    [[D:4/16]]    [[N:Whelan-Ortiz, Patrick]]  MRN [[M:6610427]]
S: feels "a little better". slept ok. tolerating diet. still SOB walking to bathroom. wife [[N:Gemma]] asks if he can go home by the weekend.
O: Tmax 37.6, HR 88, BP 118/70, 2L NC 95%. I/O -1.4 L. wt 92.1 kg (adm 95.4). JVP ~10 cm. bibasilar crackles, 2+ pitting edema to knees.
Labs: Na 134, K 3.6, Cr 1.5 (1.3), BNP 1840 (2950).
A/P: [[A:71]]M HFrEF (EF 25% on TTE [[D:4/14]]) with acute decompensation, improving.
- cont furosemide 80 IV BID, replete K
- start spironolactone once Cr stable
- will need ICD eval, d/w EP (Dr. [[N:Castellanos]], [[H:Granite Heart Institute]])
- ambulate w/ PT
- dispo: home w/ services, possibly [[D:Sat 4/19]]
[[N:L. Park]], MD
"""),

("progress", """
MICU progress  [[D:12/2/22]]
[[A:38]]F w/ DKA (new dx T1DM?), HD2.
S: AG closed at 0200, transitioned to SQ insulin 0600. c/o nausea, no emesis. partner [[N:Dee]] at bedside overnight.
O: HR 92, BP 122/76, afebrile. BG 180s-220s. AG 11, bicarb 21, K 4.0, phos 1.9.
A/P:
1. DKA - resolved. glargine 18u + lispro SSI/carb ratio 1:12. GAD65/C-peptide pending.
2. hypophos - replete.
3. dispo - transfer to floor. Endocrine (Dr. [[N:Bishop]]) following. Diabetes educator [[N:Faith Mwangi]] to see today; pt has no glucometer.
Pt works as a paraprofessional at [[O:Edgewood Middle School]], needs work note for [[D:12/1]]-[[D:12/5]].
-- [[N:Ramírez]] / [[N:Zhou]] (MICU team B)
"""),

("social_work", """
SOCIAL WORK INITIAL ASSESSMENT    [[D:09/14/2023]]
Referral: RN concern re: safety at home.
Pt [[N:Hodan Abdi Warsame]] is a [[A:34]] yo F, Somali-speaking; interview done w/ certified phone interpreter [[N:Abdirahman]] (interpreter ID [[ID:44172]]).
Pt lives w/ her 4 children (ages [[A:11]], [[A:9]], [[A:6]] and [[A:2]]) at [[ST:1170 Cedar Ave S #204]], [[C:Minneapolis]]. Husband [[N:Mohamed]] works nights driving for a delivery company. Pt reports he "gets angry when money is short" and pushed her last week; denies weapons in home, denies prior injuries. Pt tearful, does not want police involved.
SW provided DV hotline info. Safety plan completed. Pt has a friend, [[N:Sagal]] ([[P:612-555-0187]]), she can stay with if needed. Pt asked that the children's school not be contacted.
Plan: SW to f/u [[D:9/15]] am before dc. Pt consented to referral to hospital DV advocate ([[N:Kim]], ext [[P:5520]]).
[[N:Rebecca Goldfarb]], LICSW
"""),

("social_work", """
SW f/u [[D:2/3/25]]: met w/ pt and niece [[N:Oksana Hrytsenko]] re: dc plan. pt ([[A:89]] y/o, Ukrainian, limited English) was living alone in a 3rd floor walk-up at [[ST:57 Wendell St]], [[C:Cambridge]]. niece lives in [[C:Worcester]] and works FT at [[O:Brightline Logistics]], cannot provide daily care. APS report filed [[D:1/30]] by ED (case #[[ID:2025-APS-07713]]); worker [[N:Darnell Hicks]] [[P:(617) 555-0120]] following. pt's pension checks reportedly being cashed by a neighbor ("[[N:Mykola]]").
pt agreeable to short-term rehab at [[H:Fairhaven Rehab]]; SW sent referral w/ clinicals. niece to bring Medicare card - Medicare # [[HP:3QX7-HN2-RT41]] on face sheet.
Next: f/u w/ APS, confirm bed.
-- [[N:T. Ruiz]], MSW
"""),

("case_mgmt", """
CM DC planning note - [[D:Friday, June 7, 2024]]
Pt: [[N:Baker, June]] ([[A:77]]F)
Ins: Humana Medicare Adv, member ID [[HP:H71248830]]. Auth for SNF submitted [[D:6/6]], ref #[[ID:AUTH-558201]], approved 10:15 today.
Pt accepted at [[H:Cedar Hollow Health & Rehab]] (admissions: [[N:Lorraine]], [[P:919-555-0162]], fax [[F:919-555-0163]]). Bed available [[D:6/8]]. Chair van booked for 1100.
Son [[N:Curtis Baker]] (HCP) agrees w/ plan, will bring clothes. Son prefers email: [[E:cbaker.1962@fastmail.example]].
Will send d/c summary, MAR, PASRR level I (done [[D:6/5]]), COVID neg result to facility.
[[N:Patrice Moody]] RN CM  ext [[P:4417]]
"""),

("case_mgmt", """
CM note [[D:10/21/24]] 1130
[[A:66]] yo M [[N:Harold Benally]], s/p L BKA, dc home today. Lives w/ wife [[N:Loretta]] and grandson [[N:Tyrell]] ([[A:17]]) in single-level home, hauls water per wife. Home: [[ST:RR 2 Box 118]], [[C:Chinle]], [[SA:AZ]] [[Z:86503]]; mailing [[ST:PO Box 442]], [[C:Chinle]] [[Z:86503]].
DME: wheelchair, drop-arm commode, tub bench - delivered to bedside this am.
Home health: referral accepted by [[H:Canyon Mesa Home Health]], SOC [[D:10/23]].
Coverage: IHS + AHCCCS ID [[HP:A81047723]].
F/u: Dr. [[N:Yazzie]] wound clinic [[D:10/28]]; prosthetics ([[N:Begay]], CPO) in ~6 wks.
Wife's phone [[P:928-555-0131]] - no cell coverage at home, call after 5pm when she is in town.
[[N:Shannon Tsosie]], RN CM
"""),

("telephone", """
TELEPHONE ENCOUNTER    [[D:01/07/2025]] 09:14
Caller: [[N:Parisa Ahmadi]] (daughter)  [[P:(310) 555-0177]]
Pt: [[N:Ahmadi, Mehrdad]]   DOB [[D:7.2.1938]]
Reason: dad "not himself" since starting new BP pill (amlodipine 10 started [[D:12/30]] by Dr [[N:Hosseini]]). ankles swollen, dizzy on standing. no falls, no CP/SOB. home BP 102/60 this am.
Per protocol advised to hold amlodipine until seen; appt made [[D:1/8]] 10:30 w/ [[N:Farnaz Karimi]] PA. ED precautions given, daughter verbalized understanding.
Routed to Dr. [[N:Hosseini]].
[[N:Selin Aydın]], RN
"""),

("telephone", """
[[D:3/2]] 1605 - LVM for pt ([[N:Bill]], MRN [[M:2204718]]) at [[P:555-0143]] to call back re: abnl lab (K 5.9 on [[D:3/1]]). will try again in am. needs repeat BMP at [[H:Westgate Lab]] - order in. (he fills at CVS, no change.) pt also asked us to bill his secondary (Tricare) for last visit, forwarded to billing. -[[N:Marisa]] LPN
"""),

("portal", """
Patient portal message  received [[D:2024-11-03]] 21:40
Subject: refill + question

Hi Dr. [[N:Kapoor]], this is [[N:Deepa Raghunathan]] (DOB [[D:4/19/82]]). Can you refill my levothyroxine 88? I run out on Thursday. Also I moved - new address is [[ST:2210 Alder Crest Dr Unit 7]], [[C:Cary]] [[SA:NC]] [[Z:27519]] and new phone is [[P:919-555-0148]]. Pharmacy is still the [[H:Walgreens]] on [[ST:Kildaire Farm Rd]].
Also my son [[N:Arjun]] ([[A:9]]) has had a cough for 2 weeks, should I make an appt with Dr. [[N:Hill]]?
Thanks so much,
[[N:Deepa]]
---
Reply [[D:11/4]] - [[N:N. Kapoor]] MD: Refill sent. Address updated by front desk ([[N:Keisha]]). Please call [[P:919-555-0100]] to schedule [[N:Arjun]] with peds.
"""),

("portal", """
pt portal msg [[D:2/14]]: "hi its [[N:marisol ocasio]] i had my surgery w dr [[N:feldman]] on the [[D:6th]] and the incision is kinda red and warm, my mom [[N:Carmen]] says its infected?? i sent a pic. also can i get a work note for [[O:Target]] till [[D:3/1]]. my # changed its [[P:787 555 0193]]. thank u"
RN reply: photo reviewed w/ Dr. [[N:Feldman]] - mild erythema, no drainage. Appt tomorrow [[D:2/15]] 9:20 for wound check. work note in letters tab. -[[N:Y. Haddad]] RN
"""),

("pharmacy", """
PHARMACY - Vancomycin dosing    [[D:3/21/2024]]
Pt: [[N:Adebayo, Oluwaseun]]  [[A:54]]M  wt 102 kg  SCr 1.1 (stable)  MRN [[M:3329107]]
Indication: MRSA bacteremia (BCx [[D:3/19]] 2/2 sets, accession [[ID:M24-07731]]), ? R knee septic arthritis.
Load 2500 mg given [[D:3/20]] 2200. Maintenance 1250 mg IV q12h. AUC target 400-600. Levels ordered around 4th dose ([[D:3/22]] 0900 / 1100).
Interactions: none significant. Allergy PCN (hives).
D/w ID fellow [[N:Caitlin Moore]]. Will follow daily.
[[N:Vinh Pham]], PharmD, BCPS
"""),

("pharmacy", """
Med rec (pharmacy tech) [[D:8/12/23]]: sources = pt, wife [[N:Grace]], and [[H:Kowalczyk Family Pharmacy]] ([[P:570-555-0129]], [[C:Scranton]]) fill hx.
- warfarin 5 mg M/W/F, 2.5 mg other days (INR clinic at [[H:Lackawanna Heart Associates]], last INR 2.8 on [[D:8/7]])
- metoprolol succinate 50 daily
- atorvastatin 40 qhs
- "water pill" = HCTZ 25 (pt stopped 2 wks ago d/t urination)
- St. John's wort, pt's own, started in [[D:July]] !! -> flagged for pharmacist Dr. [[N:Kaminski]] re warfarin interaction
Rx ins: SilverScript ID [[HP:S3382910475]], RxBIN 004336 / PCN MEDDADV
-- [[N:Tasha]] CPhT
"""),

("therapy", """
PT Evaluation    [[D:1/15/2024]]
Pt: [[N:Sokolov, Irina]]  [[A:81]]F   Dx: L hip hemiarthroplasty ([[D:1/13]]), adm [[D:1/12]] s/p mechanical fall at home
PLOF: indep w/o AD, lives alone in 2nd floor apt w/ 14 steps + 1 rail, [[ST:310 Brighton Beach Ave Apt 5F]], [[C:Brooklyn]]. walks to church ([[O:Holy Trinity Russian Orthodox]]) daily. daughter [[N:Natalia]] lives in [[C:Philadelphia]], visits monthly.
Subjective: pain 6/10 L hip w/ mobility, 2/10 at rest. Goal: "go home and go to church".
Objective: posterior hip precautions. Bed mob min A. Sit<>stand CGA w/ RW. Amb 40 ft RW CGA, antalgic. Stairs deferred. Tinetti 14/28.
Assessment: below PLOF, high fall risk, not safe to return home alone w/ stairs at this time.
Plan: BID PT. Rec SNF vs acute rehab - d/w CM [[N:Art]].
[[N:Diego Fuentes]], PT, DPT
"""),

("radiology", """
EXAM: CT HEAD WITHOUT CONTRAST
ACCESSION: [[ID:CT2403151187]]    DATE: [[D:03/15/2024]] 02:14
PATIENT: [[N:HOLLOWAY, RAYMOND J]]    MRN: [[M:00771204]]    DOB: [[D:11/30/1932]] ([[A:91]]Y)
ORDERING: [[N:ADEBAYO-SMITH, T]] MD
CLINICAL HISTORY: fall from standing, on apixaban, GCS 15.
COMPARISON: CT head [[D:08/02/2022]] ([[H:Calloway Memorial]]).
FINDINGS: No acute intracranial hemorrhage, mass effect or midline shift. Moderate chronic small vessel ischemic change. Old lacunar infarct L basal ganglia, unchanged. Small R frontal scalp hematoma. No calvarial fracture. Mastoids and paranasal sinuses clear.
IMPRESSION:
1. No acute intracranial abnormality.
2. R frontal scalp hematoma.
Dictated by: [[N:Sophie Marchetti]], MD
Signed: [[D:03/15/2024]] 02:41
"""),

("radiology", """
XR CHEST 2 VIEWS    Acc# [[ID:XR-0992184]]
[[N:Ali, Samira]] | [[A:29]] F | MRN [[M:9183306]] | [[D:12-Jun-2025]]
Hx: cough x3 wk, recent travel to Pakistan, r/o TB.
Findings: Patchy RUL consolidation with possible small cavitary component. No effusion. Heart size normal.
Impression: RUL consolidation with possible cavitation, concerning for TB given history; recommend CT chest and sputum AFB x3. Called to Dr. [[N:Ravi Iyer]] at 1622 on [[D:6/12]], read back confirmed. Pt placed on airborne precautions per ED charge RN [[N:Wells]].
-- [[N:Ekaterina Volkova]], MD
"""),

("pathology", """
SURGICAL PATHOLOGY REPORT
Case: [[ID:S25-04418]]     Received: [[D:02/11/2025]]     Reported: [[D:02/14/2025]]
Patient: [[N:Chukwuemeka, Ngozi A]]     DOB: [[D:1969-05-08]]     MRN: [[M:5570233]]
Submitting physician: [[N:R. Whitfield]], MD ([[H:Ashby Surgical Associates]])
Specimen: A. Right breast, 10 o'clock, US-guided core biopsy
Clinical: [[A:55]] y.o. F with 1.8 cm irregular mass, BI-RADS 5.
DIAGNOSIS:
A. Invasive ductal carcinoma, Nottingham grade 2 (tubules 3, nuclei 2, mitoses 1). DCIS, cribriform, intermediate grade, present. LVI not identified.
Biomarkers (block [[ID:S25-04418-A1]]): ER positive (95%, strong), PR positive (60%, moderate), HER2 2+ by IHC; FISH sent to reference lab (ref [[ID:RL-88213904]]).
Comment: Discussed with Dr. [[N:Whitfield]] by phone [[D:2/14/2025]] 11:05.
Pathologist: [[N:Henrik Aas]], MD
"""),

("consult", """
NEPHROLOGY CONSULT    [[D:7/9/24]]
Requesting: Dr. [[N:M. Okafor]] (hospitalist)
Reason: AKI
HPI: [[A:63]]F w/ T2DM, HTN, CKD 3b (baseline Cr 1.6 per [[H:Elmwood Kidney Care]] records from [[D:5/2024]]) admitted [[D:7/7]] w/ diarrhea - Norwalk virus outbreak at [[H:Sunnyfield Assisted Living]] where she works as a CNA. Now Cr 3.4, K 5.8, HCO3 16. On lisinopril + empagliflozin + OTC ibuprofen. UOP ~30 mL/h.
Exam: dry MM, no edema, no asterixis, no rub.
A/R: prerenal/ATN from volume depletion + ACEi/SGLT2i/NSAID. No emergent HD indication.
- hold lisinopril, empagliflozin, NSAIDs
- LR 150 mL/h, BMP in 6h
- Lokelma 10 g TID x 48h
- renal US
Will follow. Discussed w/ pt and her husband [[N:Kwame]].
[[N:Efua Mensah-Bonsu]], MD, Nephrology   [[P:(404) 555-0159]]
"""),

("addendum", """
ADDENDUM [[D:10/02/2023]] 17:45 to H&P of [[D:10/01/2023]]:
Pt's correct DOB is [[D:10/14/1943]], not [[D:10/14/1934]] as previously documented (registration error, corrected by [[N:Lamar]] in Patient Access). Age is [[A:79]], not [[A:89]]. MRN [[M:2014488]] unchanged. Home med list re-verified w/ pt's wife [[N:Soo-jin]] who brought bottles.
-- [[N:Jae-won Lim]], MD
"""),

("handoff", """
NIGHT HANDOFF 7W  [[D:11/12]]  ([[N:Ochoa]] -> [[N:Brennan]])
12A [[N:FITZGERALD, Maeve]] [[A:88]]F - CAP on CTX/azithro d3. DNR. sundowns, hx Lewy body - NO haldol. dtr [[N:Siobhan]] [[P:617-555-0115]] wants call w/ any change.
12B [[N:Mbeki, Thandiwe]] [[A:42]]F - sickle cell crisis, PCA dilaudid, pain 7/10. heme (Dr [[N:Rhee]]) wants retic in am.
14 [[N:Gallo, Vincenzo]] [[A:75]]M - POD1 Whipple ([[D:11/11]]), JP x2, NGT to LIWS. drain amylase pending. wife [[N:Lucia]] staying overnight.
15 [[N:Hussein, Abdullahi]] [[A:61]]M - UGIB s/p EGD today, clip x2 (Dr [[N:Sandoval]]). Hgb 7.4 -> 8.2 after 1u. H/H 0200. son [[N:Ahmed]] interprets for non-medical only.
16 [[N:KELLY, Patrick]] ("[[N:Paddy]]") [[A:90]]M - s/p fall, R rib fx 5-7, IS q1h while awake, 2L. A&Ox2 (baseline). from [[H:Ferncliff Manor]] ALF.
-- [[N:Ochoa]]
"""),

("nh_transfer", """
INTER-FACILITY TRANSFER FORM
From: [[H:Willowbrook Care Center]], [[ST:1450 Old County Rd]], [[C:Warwick]] [[SA:RI]] [[Z:02886]]   Tel [[P:401-555-0190]]  Fax [[F:401-555-0191]]
To: [[H:Narragansett Bay Medical Center]] ED
Date/time: [[D:04/27/2025]] 0545
Resident: [[N:PELLETIER, Jeannine M]]    DOB [[D:09/09/1929]]    Age [[A:95]]
Medicare [[HP:5TR2-KM8-WQ61]]   Medicaid [[HP:RI2203871]]
Code status: DNR / DNI (MOLST signed [[D:3/3/2023]])
HCP: [[N:Luc Pelletier]] (son) [[P:401-555-0147]]; alt [[N:Annette Girard]] (dtr) [[P:508-555-0188]]
Reason for transfer: SpO2 84% RA, T 38.6, RR 28, new O2 need.
Baseline: A&Ox1-2, w/c, feeds self w/ setup, incontinent. Speaks French and English.
Allergies: codeine, latex
Meds: see attached MAR. Last apixaban 2.5 mg at 2100 on [[D:4/26]].
Isolation: none. COVID swab neg [[D:4/20]].
Belongings: glasses, hearing aid (R), upper denture.
Sending nurse: [[N:Marie-Claire Dubois]], LPN (lic [[L:LPN0044172]]). Report called to ED RN [[N:Tom]] 0550.
Physician: Dr. [[N:Gaudreau]] notified.
"""),
]
