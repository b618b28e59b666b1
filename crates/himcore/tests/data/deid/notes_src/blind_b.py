# Blind test corpus B: hand-written clinician notes with inline PHI markup.
# All people, numbers, addresses and facilities are invented.

NOTES = [

# ---------------------------------------------------------------- 1
("nursing", """
0700-1900 RN note
Pt [[N:Kowalczyk, Irena]] rm 418, [[A:81]]yoF adm [[D:11/2]] w/ CHF exacerbation.
Neuro: A&Ox3, calm.
CV: tele NSR 70s-80s, 2+ pitting BLE. BP 142/86 HR 78.
Resp: 2L NC sat 94%, crackles bases.
GU: Foley d/c'd 1000, voided 350cc @ 1420.
Wt 71.2 kg (down 1.1). Lasix 40 mg IV 0900, strict I&O.
Dtr [[N:Halina]] called x2, updated. she will bring hearing aids tmrw. cell [[P:(419) 555-0187]].
Pain 2/10 L hip, declined prn. Fall risk, bed alarm on.
Plan: ?d/c to [[H:Maumee Valley Care Center]] vs home w/ [[H:Black Swamp Home Health]], CM aware.
-[[N:T. Brzezinski]], RN
"""),

# ---------------------------------------------------------------- 2
("nursing", """
noc note 1900-0730
pt [[N:xiong, pa nhia]] [[A:67]] yo f, hmong speaking, used interpreter line (id [[ID:40718]]) for assessment at 2200.
slept in 2-3 hr stretches. c/o abd pain 5/10 at 0130, oxycodone 5 mg po given w/ relief to 2/10.
son [[N:tou]] stayed overnight in recliner, asks that we call his wife [[N:mai]] at [[P:651-555-0129]] if any change.
jp 35 ml serosang. ambulated to br w/ walker x1.
bg 0600 164, 4u lispro per scale.
am labs drawn, k 3.4 - paged dr [[N:lindqvist]] pgr [[P:3318]], order for kcl 20 meq po x1.
-[[N:ck]]
"""),

# ---------------------------------------------------------------- 3
("nursing", """
POSTPARTUM RN NOTE [[D:04/19/2025]] 1530
PT: [[N:ANDERSEN, KAYLEE J]]   MRN [[M:00884213]]
G2P2 S/P SVD [[D:4/18]] @ 2247, EBL 300. FUNDUS FIRM U-1, LOCHIA MOD RUBRA, NO CLOTS.
BREASTFEEDING Q2-3H, LATCH 8/10. KEGELS REVIEWED. LC [[N:GRETCHEN]] SAW PT @ 1300, NIPPLE SHIELD OFFERED.
BABY BOY [[N:ANDERSEN]] (INFANT MRN [[M:00884299]]) ROOMING IN. HEP B GIVEN, PASSED HEARING SCREEN.
HGB 10.2, FESO4 STARTED. RH POS.
FOB [[N:DUSTY]] WENT HOME TO [[C:ORANGE CITY]] TO CHECK ON CALVES, BACK BY 1900. PT'S MOTHER [[N:LORNA VAN ZEE]] AT BS.
PEDS (DR [[N:OYELARAN]]) TO ROUND IN AM. ANTICIPATE D/C [[D:SUN 4/20]].
-[[N:K. HOLTKAMP]] RN
"""),

# ---------------------------------------------------------------- 4
("nursing", """
Dialysis RN tx note - [[H:Chugach Kidney Center]], [[C:Anchorage]]
[[D:2/11/25]]  Chair 6
Pt [[N:Agnes Kasayulie]], [[A:63]] y/o F, ESRD 2/2 DM. Flew in from [[C:Bethel]] for temp tx while home unit short staffed; staying at [[O:Northern Lights Inn]].
Pre wt 68.4, EDW 65.5, BP 168/92. L forearm AVF +thrill/bruit, 15g x2.
UF goal 2.8 L.
Post wt 65.9, BP 134/78. Cramping x1, NS 200 ml.
Pt speaks Yup'ik and English; grandson [[N:Wassilie]] translates prn, ph [[P:907-555-0163]].
States she will fly home on the [[D:14th]] if weather ok, snow delaying flights.
Next tx [[D:Thu 2/13]] 0630. Dr. [[N:Sorensen]] notified re: pre BP.
[[N:R. Tautala]] RN
"""),

# ---------------------------------------------------------------- 5
("nursing", """
ED BOARDING - 1:1 OBSERVATION LOG
Pt: [[N:Rivers, Autumn]]   [[A:17]]F   awaiting adolescent psych bed
[[D:2025-08-03]]
0000 sleeping, resp even/unlabored. sitter [[N:Marisol]] at door
0100 sleeping
0200 awake, water given. calm
0300 tearful, requested to call her grandma - not on approved call list, charge RN [[N:Fox]] notified, redirected
0400-0500 sleeping
0600 awake. VS 112/68, 88, 16, 98.1. ate 1/2 breakfast tray
0700 1:1 handed off to [[N:Chip Vigil]], CNA
Placement: [[H:Cedar Ridge Behavioral Health]] in [[C:Lakewood]] reviewing referral. mom [[N:Shawna]] aware, [[P:720 555 0148]].
"""),

# ---------------------------------------------------------------- 6
("nursing", """
[[D:1/6]] 1415 Pt's wife [[N:Honey]] at bedside, updated re: MRI this pm. Call bell in reach. -[[N:jstone]]
"""),

# ---------------------------------------------------------------- 7
("discharge_summary", """
DISCHARGE SUMMARY
Patient: [[N:SCHREIBER, WALTER H]]          MRN: [[M:M20417763]]
DOB: [[D:09/30/1940]] ([[A:84]] y)          FIN: [[AC:4410092871]]
Admit: [[D:03/08/2025]]     Discharge: [[D:03/13/2025]]
Attending: [[N:Priya Raghunathan]], MD
PCP: Dr. [[N:Steven Haapala]], [[H:Houghton Family Practice]]

Diagnoses:
1. CAP, RLL
2. Acute on chronic HFpEF
3. AKI on CKD 3a, resolved
4. Hx prostate ca s/p XRT (2012)

Hospital course: [[A:84]] yo M w/ HFpEF, CKD presented from home in [[C:Hancock]] w/ 4 days productive cough, fever 101.8, SOB. CXR RLL consolidation. Started ceftriaxone + azithro, changed to cefpodoxime [[D:3/11]]. BNP 1,240. Diuresed w/ IV furosemide 40 bid, net -3.1 L. Cr peaked 1.9 ([[D:3/9]]), back to baseline 1.3 at d/c. O2 weaned to RA [[D:3/12]], ambulatory sat 92%. PT recommends home w/ HH PT, rolling walker.

Discharge meds:
- cefpodoxime 200 mg PO BID x 2 more days (last dose [[D:3/15]])
- furosemide 40 mg PO daily (was 20)
- metoprolol succinate 25 mg daily
- apixaban 2.5 mg BID
- tamsulosin 0.4 mg qhs
STOPPED: naproxen (AKI)

Disposition: home w/ wife [[N:Ruth]] (late [[A:70s]], independent); [[H:UP Home Health]] SN/PT to start [[D:3/14]].
Follow-up: Dr. [[N:Haapala]] 1 wk ([[D:Mar 20]] 10:40a), BMP at visit. Daily weights, call if gain >3 lb in a day or 5 lb in a week.
Code status: DNR/DNI, POST form on chart.

Electronically signed by [[N:Priya Raghunathan]], MD [[D:03/13/2025]] 16:22
"""),

# ---------------------------------------------------------------- 8
("discharge_summary", """
Discharge Summary - Surgical Oncology
[[N:Tuiasosopo, Sefa]]   [[A:59]]yoM   MRN [[M:5530812]]
Adm [[D:10/14/24]]   D/C [[D:10/22/24]]
Procedure [[D:10/14]]: pylorus-preserving Whipple for pancreatic head adenocarcinoma. Surgeon Dr. [[N:Hale]].
Course: uneventful POD 0-3. POD4 delayed gastric emptying, NGT replaced x48h. JP amylase POD3 neg, drain pulled POD6. Tolerating soft diet w/ Creon 36,000 u with meals. No insulin needed, BG 110-170.
Pain controlled on oxycodone 5 mg q6h prn + sched APAP.
Path: final pending, see [[ID:S24-18833]].
Dispo: home to [[C:West Valley City]], [[SA:UT]]. Lives w/ wife [[N:Losa]] and adult son [[N:Junior]]; members of [[O:Taylorsville Samoan Congregational Church]] helping w/ meals and rides.
F/u: Dr. [[N:Hale]] clinic [[D:10/29]]; med onc Dr. [[N:Bergström]] [[D:Nov 4]] re adjuvant FOLFIRINOX.
HH: [[H:Wasatch Home Care]] [[P:801-555-0191]], SN for drain site + teaching.
-[[N:mkimball]] PA-C for Dr. [[N:Hale]]
"""),

# ---------------------------------------------------------------- 9
("discharge_summary", """
NEWBORN DISCHARGE SUMMARY
Infant: BABYGIRL [[N:KEALOHA]]    MRN [[M:7002918]]    DOB [[D:12/25/2024]] 0412 (born [[D:Christmas]] morning)
Mother: [[N:Leilani Kealoha]], [[A:24]] yo G1P1, O+, GBS neg, labs neg.
GA 39w2d, SVD, Apgars 8/9, BW 3,340 g.
Nursery course: uncomplicated. TcB 7.1 at 36 hrs (LIR). CCHD and hearing passed. Hep B #1 given.
NBS kit # [[ID:HI-24-3301875]] sent [[D:12/26]].
Breastfeeding, d/c wt 3,180 g (-4.8%).
Dispo: home w/ mom and FOB [[N:Keoni Makoa]] to [[C:Waiʻanae]]. Car seat check done.
F/u: [[H:Waiʻanae Coast Keiki Clinic]], Dr. [[N:Higa]] on [[D:12/28]], sooner prn.
[[N:Naomi Fujimoto]], MD - Pediatric Hospitalist, [[H:Leeward Women's and Children's Hospital]]
"""),

# ---------------------------------------------------------------- 10
("discharge_summary", """
BEHAVIORAL HEALTH DISCHARGE SUMMARY
Name: [[N:Morsette, Travis]]     Age: [[A:34]]     MRN: [[M:BH-061172]]
Admitted [[D:6/2/2025]] on emergency detention, signed voluntary [[D:6/4]]. Discharged [[D:6/16/2025]].
Reason for admission: SI w/ plan (firearm), alcohol use d/o, after breakup. BAL 0.21 at [[H:Northern Hi-Line Medical Center]] ED in [[C:Havre]].
Course: detox per CIWA, peak 14 on HD2, no seizures. Started sertraline 50 -> 100 mg, naltrexone 50 mg. Attended groups and art therapy. Family mtg [[D:6/12]] with mom [[N:Delphine]] and uncle [[N:Bud Sunchild]]; uncle removed firearms from home, confirmed by phone.
MSE at d/c: calm, euthymic, denies SI/HI, future oriented ("want to get back to work at the [[O:Hi-Line Grain Co-op]]").
C-SSRS low risk at d/c. Safety plan completed, copy given. 988 reviewed.
Dispo: home to [[C:Box Elder]], [[SA:MT]].
F/u: [[H:Chippewa Cree Behavioral Health]] intake [[D:6/19]] 1300 w/ [[N:Jolene Eagleman]], LAC, ph [[P:406-555-0112]].
D/c meds: sertraline 100 mg daily, naltrexone 50 mg daily, hydroxyzine 25 mg q6h prn anxiety (#20, 0 RF).
[[N:A. Whitford]], MD   NPI [[L:1093847562]]
"""),

# ---------------------------------------------------------------- 11
("progress", """
MICU Progress Note   HD 4   [[D:1/28/25]]
[[N:Giordano, Vincent]]  [[A:72]]M  bed 11
S: intubated/sedated. Overnight fever 38.6, pan cultured. Wife [[N:Carla]] and dtr [[N:Gina Ferraro]] updated by phone ~2100.
O: Tm 38.6, HR 104, BP 108/62 on levo 0.06, AC 18/450/PEEP 10/FiO2 50%. ABG 7.31/44/78.
Art line R radial. Foley in place, UOP 45 ml/hr.
Labs: WBC 17.4, Hgb 8.9, plt 142, Na 138, K 4.1, Cr 1.6 (1.2), lactate rose to 2.4. Procal 3.1.
BCx [[D:1/27]] 2/4 bottles GPC in clusters.
A/P:
1. Septic shock, line source vs PNA - R IJ CVC pulled, new L SC placed. Add vanc (AUC dosing per pharm), cont cefepime. TTE to r/o endocarditis.
2. ARDS - P/F 156, low TV, prone if worsens.
3. AKI - trend, avoid nephrotoxins.
4. Goals: full code per wife. Pt's brother [[N:Sal]] (HCPOA) flying in from [[C:Kansas City]] tmrw.
[[N:E. Nwachukwu]], MD - MICU fellow, [[H:Gateway Regional Medical Center]]  pgr [[P:5074]]
"""),

# ---------------------------------------------------------------- 12
("progress", """
Hem/Onc Clinic - Progress Note
Pt: [[N:Kingbird, Marlene]]   DOB [[D:7-Mar-1958]]   MRN [[M:01137452]]
Dx: stage IIIA NSCLC (adeno). Here for C3D1 carboplatin/pemetrexed + pembrolizumab.
Interval: drove 2 hrs from [[C:Red Lake]] with sister [[N:Winona]]. Mild fatigue, gr1 nausea days 2-4, no neuropathy. Appetite ok - eating wild rice and walleye her nephew brings.
ECOG 1. Wt 61.8 kg stable.
Labs: ANC 2.1, Hgb 10.8, plt 188, Cr 0.9.
CT C/A/P [[D:Feb 27]]: PR, primary 4.1 -> 2.6 cm.
Plan: proceed C3 today. Cont folic acid/B12. Dex premed. We hope to complete 4 cycles then maintenance.
Pt hopes to be well enough for granddaughter's graduation from [[O:Red Lake High School]] in [[D:June]].
RTC 3 wks ([[D:4/10]]) for C4.
[[N:Jonas Lindgren]], MD, [[H:Bemidji Cancer Care]]
cc: Dr. [[N:Rae Beaulieu]], [[H:Ponemah Health Station]]
"""),

# ---------------------------------------------------------------- 13
("progress", """
OB prenatal visit   [[D:05/06/2025]]
[[N:Faleolo, Talia]]  [[A:29]] yo G3P2002 @ 28w1d by 8 wk US
S: +FM, no VB/LOF/ctx. Works nights at [[O:Island Fresh Bakery]] in [[C:Kalihi]].
O: BP 118/72, wt 94.2 kg, FH 28, FHT 144. 1 hr GCT 162. Hgb 10.6.
A/P:
- failed GCT -> 3 hr GTT [[D:5/9]]. GDM last preg (2021).
- Tdap today, lot TD4471A. Rh+, no RhIG.
- anemia: FeSO4 qod.
- husband [[N:Iosefa]] works in [[C:Kahului]] M-F; support from her mother [[N:Malia]] and aunt [[N:Sina]].
- nutrition referral to [[N:Lokelani Ah Sing]], RD.
- RTC 2 wk.
[[N:M. Kahananui]], CNM - [[H:Kalihi-Palama Women's Health]]
"""),

# ---------------------------------------------------------------- 14
("progress", """
OPAT f/u (video)
[[N:Thibodeau, Roland]]   [[A:66]] y.o. M   MRN [[M:V-3302178]]
Dx: MSSA L knee PJI s/p DAIR [[D:8/19]]; cefazolin 2 g IV q8h via R arm PICC, planned 6 wk (end [[D:9/30]]).
Home infusion: [[H:Green Mountain Infusion]]; RN [[N:Wade]] visits Mondays.
S: less swelling, walking w/ cane. May shower w/ PICC covered.
Weekly labs [[D:9/8]]: WBC 6.2, Cr 0.9, ESR 48 (from 92), CRP 2.1 (from 11.6).
A/P: improving. Cefazolin thru [[D:9/30]], then cephalexin suppression per Dr. [[N:Lacasse]] (ortho). PICC pull order faxed to [[F:802-555-0174]].
Pt at home in [[C:St. Johnsbury]], [[SA:VT]]; wife [[N:Claudette]] on video.
[[N:Ingrid Sandvik]], MD, ID
"""),

# ---------------------------------------------------------------- 15
("ed_triage", """
ED TRIAGE   [[D:01/17/2025]] 2214
[[A:23]]M restrained driver, single vehicle rollover on [[ST:Hwy 191]] near [[C:Big Sky]], icy road, ?LOC. Extricated by [[C:Bozeman]] FD, c-collar/LSB.
CC: neck pain 7/10, L wrist deformity. Snow on clothing, shivering.
VS 138/84  HR 112  RR 20  SpO2 97% RA  T 35.9  GCS 15
Pt: [[N:Dalton Snow]], ID per MT DL [[L:0411987126341]]
Vehicle: '16 Ram 1500, MT plate [[V:4-82391B]]. MHP trooper [[N:Kessler]] (badge [[ID:722]]) at bedside.
Contact: girlfriend [[N:Brianna]] [[P:406.555.0135]]
ESI 2, trauma level II activation -> trauma bay 2.
-[[N:lmcallister]] RN
"""),

# ---------------------------------------------------------------- 16
("ed_triage", """
PEDS TRIAGE   [[D:9/21/25]] 1042
[[N:Mateo Zamarripa]], [[A:2]] yo M, 12.6 kg, brought by mom [[N:Guadalupe]] (Spanish; video interpreter [[N:Esteban]] #[[ID:2231]]).
Found w/ grandma's pill organizer approx 0945, ?amlodipine 10 mg and metformin 500, # missing unknown, max 3 tabs.
Alert, playful, no vomiting. HR 118  BP 94/58  RR 26  SpO2 99%  POC glu 92.
[[H:Ohio Valley Poison Center]] called 1035, case # [[ID:OH25-0921-0447]]: obs min 24 hrs for CCB, serial glucose, ECG.
Home: [[ST:1187 Ridgeley Ct]], [[C:Columbus]], [[SA:OH]] [[Z:43206]].
ESI 2. Dr. [[N:Haddad]] to bedside.
"""),

# ---------------------------------------------------------------- 17
("h_and_p", """
HOSPITALIST ADMISSION H&P
Pt: [[N:Hoffmeister, Dolores A.]]   DOB: [[D:2/2/1936]]   Age: [[A:89]]   MRN: [[M:100392847]]
Date: [[D:11/26/2025]] (day before [[D:Thanksgiving]])
PCP: [[N:Chad Wubbena]], DO - [[H:Sioux Center Family Medicine]]
CC: fall at home, R hip pain.
HPI: [[A:89]] y/o F w/ HTN, pAF on warfarin, OA, lives alone on farm outside [[C:Hull]], [[SA:IA]]. Tripped over her dog Buster ~0500 letting him out, unable to get up, found by neighbor [[N:Marv De Jong]] 0730 when he brought the mail. No LOC or head strike per pt. Seen at [[H:Rock Valley Community Hospital]]: XR R displaced femoral neck fx, INR 2.8, given vit K 5 mg IV, transferred.
PMH: HTN, pAF, OA, hypothyroid, bilat cataract surgery (2015).
Meds: warfarin 5 mg M/W/F, 2.5 mg other days; metoprolol tart 25 bid; levothyroxine 75 mcg; APAP prn.
Allergies: PCN (hives).
SH: widowed, husband [[N:Gerrit]] d. 2019. Son [[N:Dale]] in [[C:Sioux Falls]] is POA, [[P:605-555-0126]]. Never smoker, no EtOH. Active at [[O:First Reformed Church]].
Exam: T 36.8  BP 158/82  HR 94 irreg  SpO2 95% RA. Thin, pleasant, HOH. R leg shortened, ext rotated, NV intact distally. Lungs clear. Irreg irreg, no murmur. No Battle sign.
Labs: Hgb 11.9, WBC 9.8, Na 134, K 4.6, Cr 1.1, CK 412. Repeat INR pending.
A/P:
1. R femoral neck fx - ortho (Dr. [[N:Van Beek]]) plans hemiarthroplasty tmrw if INR <1.5. Hold warfarin, repeat INR 0400. APAP sched, low-dose hydromorphone prn.
2. pAF - rate ok, cont metoprolol. No bridging (CHA2DS2-VASc 4).
3. Mild rhabdo - IVF.
4. Dispo: will likely need SNF rehab; pt hopes to get back to the farm. CM consult.
Code: FULL, confirmed w/ pt and son by phone.
[[N:Kristin Vander Ploeg]], MD
"""),

# ---------------------------------------------------------------- 18
("h_and_p", """
Stroke Admission H&P - Neurology
[[N:FITZGERALD, EAMON P]]   [[A:71]]M   MRN [[M:NY0093321]]   [[D:14MAR2025]]
Transfer from [[H:Saranac Lake Community Hospital]] to [[H:North Country Medical Center]], [[C:Plattsburgh]].
HPI: LKW 0615 per wife [[N:Siobhán]], who noticed R facial droop and garbled speech at breakfast 0700. NIHSS 9 at OSH (aphasia, R face, RUE drift). NCHCT neg for bleed; CTA L M2 occlusion. TNK 0812 at OSH. Arrived here 0950, NIHSS 6.
PMH: HTN, HLD, prior TIA (2021). Tobacco 40 pk-yr, quit at age [[A:60]].
Meds: amlodipine 10, atorvastatin 20, ASA 81.
SH: retired paper mill worker ([[O:Ausable River Paper Co.]]), lives w/ wife, independent. 2 beers/wk.
Exam: BP 164/88. Awake, mild expressive (Broca's type) aphasia, R lower face weakness, R pronator drift, no neglect. Sensation intact.
A/P: L MCA stroke s/p TNK, M2 occlusion - IR (Dr. [[N:Pasternak]]) reviewed, not a thrombectomy candidate given improvement.
- neuro checks q15min x2h then q1h; BP <180/105 x24h post-lytic
- no antithrombotics x24h, then repeat CT
- MRI brain, TTE, lipids, A1c; atorvastatin 80
- SLP eval before PO
Contacts: wife [[N:Siobhán Fitzgerald]] [[P:518-555-0151]]; dtr [[N:Aoife]] lives in [[C:Burlington]].
[[N:Dmytro Kovalenko]], MD (neurology)  pgr [[P:2290]]
"""),

# ---------------------------------------------------------------- 19
("h_and_p", """
PEDS ADMIT H&P   [[D:2/8/2025]]
[[N:Sunny Larsen]]   [[A:6]] mo F   MRN [[M:4481073]]
CC: increased WOB x2 days
HPI: [[A:6]] mo ex-35wk F w/ 3 days URI sx, now tachypneic, feeding ~50% of normal, 3 wet diapers/24h. Brother [[N:Brigham]] ([[A:4]] y) sick w/ same, attends [[O:Little Sprouts Learning Center]] in [[C:Logan]]. Cousin ([[A:3]] wk old) also congested. RSV + at [[H:Cache Valley Pediatrics]] today, SpO2 88% RA, sent in.
Birth hx: 35w, NICU 5 days for feeding, no resp support.
Imm: UTD thru 4 mo vaccines. Did not get nirsevimab (born [[D:Aug]], family declined).
Meds: none. NKDA. FH: mom w/ asthma.
SH: lives w/ parents [[N:Kade]] and [[N:McKenna]] + 3 sibs in [[C:Hyde Park]], [[SA:UT]]. Dad works at [[O:Bear River Dairy Co-op]].
Exam: T 38.1  HR 168  RR 62  SpO2 91% on 1L NC. Subcostal/intercostal retractions, nasal flaring. Diffuse crackles + wheeze. CRT <2s. AF soft/flat.
A/P: RSV bronchiolitis w/ hypoxemia
- HFNC 8L/40%, wean as tol, nasal suction prn
- NG feeds if RR >70
- no albuterol/steroids
- contact/droplet precautions
Dispo: floor, PICU aware. Dad [[P:435-555-0117]].
[[N:Jaren Peterson]], MD (PGY-2) / [[N:Alisa Nakamura]], MD attending
"""),

# ---------------------------------------------------------------- 20
("social_work", """
SOCIAL WORK NOTE   [[D:7/22/2025]]
Referral: ED RN [[N:Stacy Wibbenmeyer]] - pt disclosed partner violence at triage.
Pt: [[N:Kristal Dunham]], [[A:31]] y/o F, MRN [[M:E-1005566]]
Met w/ pt alone (partner escorted to waiting area by security). Pt reports partner [[N:Cody Rusch]], [[A:35]], choked her last night at their home on [[ST:County Road 412]] outside [[C:Cape Girardeau]]. Ligature-type mark L neck, petechiae noted by RN. Prior incidents since [[D:March]]; police called once ([[C:Jackson]] PD report [[ID:25-004417]]). She filed for an ex parte in [[D:May]], hearing set [[D:7/29]] at [[O:Cape Girardeau County Circuit Court]].
Partner drives silver F-150, MO plate [[V:RX4 K9T]] (given to security).
Children [[N:Kaylee]] ([[A:8]]) and [[N:Brantley]] ([[A:5]]) currently with pt's mother [[N:Donna Sikes]] in [[C:Perryville]].
Danger assessment: 18 (extreme) - strangulation, threats w/ gun, escalation.
Safety plan done. Pt declines shelter tonight, will go to her mother's. Worried about the ED bill; financial counseling referral made.
Forensic RN [[N:Delaney]] completed strangulation documentation + photos w/ consent.
Safe #: [[P:573-555-0182]] (mom's). OK to leave msg: NO.
Plan: SW f/u call [[D:7/24]] via mom's phone.
[[N:Mark Hennessey]], LCSW  x[[P:4417]]
"""),

# ---------------------------------------------------------------- 21
("social_work", """
Social Work - Psychosocial Assessment
Pt [[N:Hodan Abdirahman Warsame]], [[A:44]]F, referred by Dr. [[N:Castellanos]] for insurance lapse / med cost / housing.
Interpreter: Somali, in person, [[N:Abdiwali]] (badge [[ID:S-118]]).
Background: arrived US 2016, resettled by [[O:Twin Cities Refugee Resettlement Partners]]. Lives w/ husband and 5 children (ages [[A:3]] to [[A:17]]) in 3BR apt, [[ST:2210 Ninth St Apt 14]], [[C:Minneapolis]] [[Z:55454]] ([[C:Cedar-Riverside]]). Husband [[N:Abdullahi]] works 2nd shift at [[O:Northstar Poultry]].
MA closed [[D:4/30]] - renewal mailed to old address. MA ID [[HP:00347762]]. Helped pt complete renewal online, ref # [[ID:MN-8842019]].
Landlord gave 14-day notice ($1,850 owed). County emergency assistance appt [[D:6/3]].
Insulin: 30-day supply via charity care, filled at [[H:Walgreens]] on [[ST:Franklin Ave]].
Plan: SW f/u 1 wk. Eldest son [[N:Mohamed]] ([[A:17]]) helps w/ English; pt prefers contact through him, [[P:612-555-0109]].
[[N:Sunniva Haugen]], LICSW
"""),

# ---------------------------------------------------------------- 22
("case_mgmt", """
Case Management - Discharge Planning   [[D:3/12/25]]
[[N:Hnatyshyn, Bohdan]]  [[A:78]]M  MRN [[M:6617243]]
Payer: Humana Medicare Adv, member ID [[HP:H41882037]]
Dx: L MCA CVA w/ R hemiparesis. PT/OT rec SNF vs IRF - pt tolerating <1 hr therapy/day, so SNF.
Spoke w/ dtr [[N:Oksana Melnyk]] ([[P:586-555-0193]]), wants facility near her in [[C:Warren]]. Referrals sent:
1. [[H:Van Dyke Manor Nursing & Rehab]] - accepted, bed [[D:3/13]]
2. [[H:Mound Road Health Center]] - declined, no bed
3. [[H:St. Josaphat Care Center]] - pending
Humana auth submitted [[D:3/11]], auth # [[ID:A250311-77820]], approved 7 days, next review [[D:3/20]].
Dtr chose [[H:Van Dyke Manor]]; pt agreeable (speaks mostly Ukrainian, dtr interpreted - pt declined staff interpreter). Admissions contact [[N:Lisa Dombrowski]] [[E:ldombrowski@vandykemanor-rehab.com]].
W/c van 1300 tmrw. IM 2nd copy given today.
[[N:Denise Tkachuk]], RN CM  ext [[P:6621]]
"""),

# ---------------------------------------------------------------- 23
("case_mgmt", """
UM - denial / P2P
Pt: [[N:Archuleta, Ramon]]   DOB [[D:1961-05-19]]   Acct [[AC:90022817341]]
Payer: Anthem BCBS CO, subscriber ID [[HP:XKV884120931]], group [[HP:0071552]]
Inpt auth for [[D:8/4]] adm (DKA/HHS) denied [[D:8/6]], obs. Ref # [[ID:UM-2025-0806-3391]].
P2P [[D:8/7]] 1015: payer MD Dr. [[N:Lundquist]] w/ Dr. [[N:Yazzie]], via [[P:1-800-555-0166]] option 3.
Clinical: pH 7.08, AG 28, BG 812, insulin gtt x31 hrs.
Outcome: overturned, inpatient approved [[D:8/4]]-[[D:8/9]]. Auth # [[ID:48812093]].
Dispo: home w/ son, [[ST:418 Piñon Ridge Dr]], [[C:Pueblo]], [[SA:CO]] [[Z:81005]]. Glucometer to [[H:King Soopers Pharmacy]] on [[ST:Northern Ave]].
-[[N:cmartinez]]
"""),

# ---------------------------------------------------------------- 24
("case_mgmt", """
case mgmt - hospice referral   [[D:10/1/25]]
pt [[N:gerald]] "[[N:bud]]" [[N:pelletier]], [[A:88]] yom, met prostate ca, PPS 40%.
family mtg today w/ wife [[N:jeannine]], son [[N:marc]], dtr [[N:nicole pelletier-ouellette]]. pt wants to die at home.
chose [[H:st. john valley hospice]] (home hospice). home addr [[ST:rr 1 box 72]], [[C:st. agatha]], [[SA:me]] [[Z:04772]].
dme via [[H:northern maine medical supply]] [[P:207-555-0128]]: hosp bed, bsc, o2 2L. delivery [[D:fri 10/3]].
medicare a, mbi [[HP:5XR2-HN7-YK44]].
pt wants to be home "before the snow flies." cmo, dnr, polst signed.
hospice rn [[N:colette]] to do admit visit sat am.
-[[N:sdaigle]] rn cm
"""),

# ---------------------------------------------------------------- 25
("telephone", """
TELEPHONE ENCOUNTER   [[D:12/2/24]] 1640
Caller: [[N:Meghan O'Rourke]] (self)   DOB [[D:06/11/1989]]   cb [[P:603-555-0154]]
3d s/p lap chole ([[D:11/29]], Dr. [[N:Marchetti]]). Since this am RUQ pain 6/10, temp 100.9, nausea, no emesis. Incisions ok per pt. Taking fluids.
Per protocol (post-op abd pain + fever) -> eval within 4 hrs. Pt lives ~50 min away in [[C:Pittsburg]] ([[SA:NH]]), husband [[N:Kyle]] can drive. Advised ED at [[H:Great North Woods Hospital]] in [[C:Colebrook]]. Pt agreed.
On-call surgeon Dr. [[N:Marchetti]] notified via answering svc, will call ED.
[[N:Tamsin Rowe]], RN
"""),

# ---------------------------------------------------------------- 26
("telephone", """
Critical Value Call
Result time [[D:2025-06-30T03:18]]
Called by [[N:Rhonda]] (core lab). Pt [[N:Nowicki, Stanley]] 4W rm 22, [[A:76]]M.
K 6.7, not hemolyzed per lab. Prior 5.1 at 1600. Read back and verified.
0325 notified Dr. [[N:Abdi]] (night hospitalist) via secure chat + page [[P:7781]].
Orders: stat EKG - peaked T, no QRS widening. Ca gluconate 1 g IV, insulin 10 u IV w/ D50, albuterol neb, Lokelma 10 g. Hold lisinopril and KCl. Repeat BMP 0500.
0520 repeat K 5.6, Dr. [[N:Abdi]] aware.
-[[N:B. Wojcik]], RN
"""),

# ---------------------------------------------------------------- 27
("telephone", """
Phone - prior auth   [[D:Apr. 3, 2025]] 1110
Spoke w/ [[N:Tyler]] at SelectHealth re: Ozempic for [[N:Carolyn Beesley]] (DOB [[D:10/2/72]]), member # [[HP:SH00981245]].
Denied - needs metformin trial (pt intolerant, GI, documented 2023) and A1c >7 (8.2 on [[D:2/14]]). Resubmit w/ notes. Case # [[ID:PA-7730912]].
Faxed notes to [[F:(801) 555-0138]] 1125. Notified [[H:Harmons Pharmacy]] in [[C:Draper]].
Called pt [[P:385-555-0179]], LVM (ok per HIPAA form): expect 3-5 business days.
-[[N:ajensen]] MA
"""),

# ---------------------------------------------------------------- 28
("portal", """
MyChart message from patient
From: [[N:Dorothy]] "[[N:Dot]]" [[N:Kasprzak]]
Sent: [[D:Tue 5/13/2025]] 9:47 PM
Subject: refill + my BP readings

Hi Dr [[N:Okafor]], I'm almost out of my amlodipine 5mg, can you send it to the [[H:Meijer]] pharmacy in [[C:Grand Haven]]? Also here are my pressures since we upped the dose in [[D:April]]:
[[D:5/6]]  138/82
[[D:5/8]]  131/79
[[D:5/10]] 144/88 (after my grandsons birthday party lol)
[[D:5/12]] 128/76
My ankles are a little puffy at night, is that the new pill? My daughter [[N:Renee]] said I should ask.
Thanks, [[N:Dot]]

--- Reply [[D:5/14/2025]] 8:12 AM ---
Hi [[N:Dot]], those numbers look much better. Mild ankle swelling is a common side effect of amlodipine - elevate your legs and we'll check at your visit [[D:6/2]]. Refill sent to [[H:Meijer]] [[C:Grand Haven]], 90 days.
- [[N:Chiamaka Okafor]], MD, [[H:Lakeshore Internal Medicine]]
"""),

# ---------------------------------------------------------------- 29
("portal", """
Patient Message - FMLA paperwork
From: [[N:Aaron Nakashima]] (proxy for [[N:Joyce Nakashima]])   [[D:2025-09-15]]
Hi, I need FMLA forms for my employer ([[O:Fairbanks North Star Borough School District]]) for intermittent leave to take my mom to chemo. HR fax is [[F:907-555-0145]], attn [[N:Lorraine]]. Her treatments are every other Thursday thru about [[D:December]] per Dr. [[N:Pavlović]]. Leave would start [[D:9/22]].
my email is [[E:anakashima.fbx@gmail.com]] if easier, or I can pick up forms at the clinic on [[ST:Cowles St]].
Thank you, [[N:Aaron]]

Reply: forms rec'd, $25 fee, 7-10 business days. -[[N:Kim]] ([[N:kdemientieff]])
"""),

# ---------------------------------------------------------------- 30
("pharmacy", """
PHARMACY CONSULT - VANCOMYCIN AUC DOSING
Pt: [[N:Nicolai, Peter]]  [[A:52]] yo M  Wt 88 kg  Ht 175 cm  SCr 1.1 (baseline 0.9)
Indication: MRSA bacteremia, ?R knee septic arthritis. BCx [[D:10/2]] 4/4 MRSA. Transferred from [[H:Arctic Slope Community Clinic]]; home [[C:Nome]].
Load 2,000 mg [[D:10/2]] 2140, then 1,250 mg IV q12h.
Levels [[D:10/4]]: peak 31.2 (1 hr post), trough 12.9. Calc AUC24 ~612, above goal 400-600.
New regimen: 1,000 mg IV q12h, predicted AUC 498. Repeat levels w/ 4th dose. SCr daily.
ID (Dr. [[N:Ahn]]) aware.
[[N:Hannah Osterberg]], PharmD  x[[P:3390]]
"""),

# ---------------------------------------------------------------- 31
("pharmacy", """
Anticoag - phone INR
[[N:LaPointe, Bernadette]]   DOB [[D:4.9.1947]]
Indication: mechanical mitral valve, INR goal 2.5-3.5
Home meter (CoaguChek XS, SN [[DV:UP41877320]]) reading [[D:11/18]]: 2.1
Current: 40 mg/wk (5 mg daily except 7.5 mg Mon/Fri).
Snowbird - in FL every Jan-Mar, meter goes with her. No missed doses. Ate "a lot of kale salad" at church supper Sat. No bleeding.
Plan: 7.5 mg tonight (one-time boost), then resume 40 mg/wk. Recheck [[D:11/22]]. Teach-back done.
Mailing address updated: [[ST:77 Frost Hollow Rd]], [[C:Lyndonville]], [[SA:VT]] [[Z:05851]].
- [[N:Jess Frost]], PharmD, CACP - [[H:Northeast Kingdom Anticoagulation Clinic]]
"""),

# ---------------------------------------------------------------- 32
("therapy", """
PT Initial Eval - Vestibular
Pt: [[N:Lindahl, Orville]]   [[A:79]] y.o. M   DOE: [[D:03/03/2025]]
Referring: [[N:Kari Bjornstad]], PA-C ([[H:Judith Basin Family Clinic]])
Dx: BPPV vs vestibular hypofunction. Onset [[D:2/14]] ("[[D:Valentine's Day]], rolled over in bed and the room took off").
Subj: episodic spinning vertigo <1 min w/ rolling R, looking up. 2 near falls in the barn. Lives on ranch 20 mi out of [[C:Lewistown]] w/ wife [[N:Arlene]]; still feeds cattle daily. Goal: "get back on the tractor."
Obj: Dix-Hallpike R + (upbeating torsional nystagmus, latency 3 s, duration ~25 s); L neg. Roll test neg. HIT neg. Romberg neg, sharpened Romberg 12 s. DGI 18/24. TUG 13.2 s.
Tx: Epley R x2 - sx reproduced 1st, minimal 2nd. Post-maneuver precautions reviewed.
Assess: R posterior canal BPPV (canalithiasis). Mod fall risk.
Plan: 1-2 visits, next [[D:3/7]]; Brandt-Daroff if residual. HEP: [[U:https://medbridgego.com/access/JB7QX2]]
-[[N:Halvorsen]], PT, DPT
"""),

# ---------------------------------------------------------------- 33
("therapy", """
SLP bedside swallow eval   [[D:8/12/25]]
Pt [[N:Mehmedović, Senada]] [[A:68]] yo F, Bosnian-speaking; interpreter [[N:Amra]] via iPad (ID [[ID:80552]]).
Hx: L MCA CVA [[D:8/10]], R hemiparesis, mild dysarthria. Failed RN dysphagia screen.
Oral mech: R facial weakness, reduced lingual ROM R.
Trials: ice chips WFL; thin via tsp - delayed swallow, wet vocal quality 2/3 trials; thin via cup - overt cough; mildly thick via cup - no s/s aspiration 5/5; puree - R pocketing, cleared w/ cue; soft solid - prolonged mastication.
Recs: IDDSI 2 mildly thick liquids, IDDSI 4 puree, meds crushed in puree, upright 90 deg, 1:1 supervision, chin tuck. MBS [[D:8/13]] AM.
Son [[N:Edin]] and dtr-in-law [[N:Lejla Hadžić]] educated w/ interpreter, verbalized understanding. Asked them to hold the burek from home for now.
[[N:Kate Schuller]], M.S., CCC-SLP - [[H:Cedar Valley Medical Center]]
"""),

# ---------------------------------------------------------------- 34
("radiology", """
EXAM: CT ABDOMEN/PELVIS W IV CONTRAST
ACCESSION: [[ID:CT25041788]]      MRN: [[M:3007719]]
PATIENT: [[N:STONE, WADE T]]      DOB: [[D:05/21/1962]]
DATE: [[D:04/17/2025]] 14:06
ORDERING: [[N:FARIBAULT, ANNIE]] MD
CLINICAL HX: [[A:62]] yo M, R flank pain, hematuria. ?stone
COMPARISON: CT [[D:11/2019]] ([[H:Mesabi Range Imaging]]).
FINDINGS:
Kidneys: 6 mm obstructing calculus R proximal ureter w/ moderate R hydronephrosis and perinephric stranding. Nonobstructing 3 mm L lower pole stone.
Liver: 1.2 cm hypodensity seg 7, too small to characterize, stable vs [[D:Nov 2019]], likely cyst.
Bowel: normal appendix. No free air or fluid.
Bones: mild degenerative changes L4-5.
IMPRESSION:
1. 6 mm obstructing R proximal ureteral stone w/ moderate hydronephrosis.
2. 3 mm nonobstructing L renal stone.
Findings called to Dr. [[N:Faribault]] at 14:31 by Dr. [[N:Redhorse]], read back confirmed.
Dictated by: [[N:Jacob Redhorse]], MD   Workstation [[IP:10.44.18.207]]
"""),

# ---------------------------------------------------------------- 35
("radiology", """
BILAT SCREENING MAMMO W/ TOMO
Pt: [[N:Nakamura-Day, Emiko]]   Age: [[A:53]]   Acc# [[ID:MG-2025-0066412]]
Exam date: [[D:7/30/2025]]   [[H:Bitterroot Breast Imaging]], [[C:Hamilton]], [[SA:MT]]
History: annual screening. Mother w/ breast ca at [[A:61]]. L breast bx [[D:May 2021]] (benign, fibroadenoma).
Comparison: [[D:07/12/2024]], [[D:06/28/2023]].
Breast composition: heterogeneously dense (C).
Findings: stable bx clip L UOQ. No suspicious mass, calcs or distortion.
IMPRESSION: BI-RADS 2, benign. Annual screening recommended.
Result letter mailed to [[ST:PO Box 318]], [[C:Corvallis]], [[SA:MT]] [[Z:59828]].
[[N:Ragnhild Erickson]], MD
"""),

# ---------------------------------------------------------------- 36
("pathology", """
SURGICAL PATHOLOGY REPORT
Case: [[ID:SP25-03318]]      Received: [[D:03/21/2025]]
Patient: [[N:Thao, Chue]]    MRN [[M:1098823]]    DOB [[D:12/01/1966]]
Submitting: Dr. [[N:Meiers]], [[H:St. Cloud Surgical Associates]]
Specimen: A. Colon, sigmoid, segmental resection.
Gross: Received in formalin labeled with pt name and "sigmoid colon", an 18.5 cm segment with a 3.2 x 2.8 cm ulcerated mass 6 cm from the distal margin. Serosa over mass inked blue. Blocks A1-A14.
Diagnosis: A. Invasive adenocarcinoma, moderately differentiated, through muscularis propria into pericolorectal tissue (pT3). Margins negative (distal 5.8 cm). LVI present. 2/17 lymph nodes positive (pN1b). MMR proteins intact (MLH1, PMS2, MSH2, MSH6 retained).
Comment: discussed w/ Dr. [[N:Meiers]] by phone [[D:3/24]] 1005.
[[N:Liesl Brandvold]], MD (electronically signed [[D:3/24/2025]])
"""),

# ---------------------------------------------------------------- 37
("consult", """
GERIATRICS CONSULT
Requesting: Dr. [[N:Ostrowski]] (hospitalist)
Reason: delirium, capacity, goals of care
Pt: Mrs. [[N:Evangeline Day]], [[A:101]] y/o, from [[H:Willow Bend Assisted Living]] in [[C:Canandaigua]], adm [[D:9/9]] w/ E. coli UTI and hyperactive delirium at night, pulling at IV.
Baseline per ALF nurse [[N:Shirley]] ([[P:585-555-0119]]): oriented to person/place, rollator, does her own crosswords. Great-granddaughter [[N:Brooke Halloran]] is HCP and tells me pt "is [[A:one hundred and one]] and sharper than all of us."
Meds of note: oxybutynin started at ALF in [[D:August]].
Exam: inattentive, CAM +. Hearing aids not in. MoCA deferred.
Assessment: hyperactive delirium 2/2 UTI, new environment, sleep disruption, anticholinergic burden.
Recs:
1. d/c oxybutynin; avoid benzos and diphenhydramine
2. glasses/hearing aids on, lights on during the day and off at night, family presence, frequent reorientation
3. severe agitation only: quetiapine 12.5 mg qhs prn
4. capacity: currently lacks capacity for complex decisions; defer to HCP [[N:Brooke]]
5. goals: per HCP, pt has said no ICU and no CPR ("I've had a good long run"). Recommend MOLST DNR/DNI.
Will follow.
[[N:Ingeborg Tvedt]], MD - Geriatric Medicine   pgr [[P:6112]]
"""),

# ---------------------------------------------------------------- 38
("addendum", """
ADDENDUM to progress note of [[D:10/15/2025]]
Correction: DOB was listed as [[D:3/7/1952]]; correct DOB is [[D:7/3/1952]] (pt [[N:Elsie Moorhouse]], age [[A:73]], not [[A:72]] as written).
Laterality correction: wound is L heel, not R heel. Plan unchanged. Podiatry (Dr. [[N:Ng]]) aware.
Late entry: son [[N:Clay]] called [[D:10/15]] ~1630 for update; updated by this writer.
[[N:Pat Gorecki]], NP   [[D:10/16/2025]] 0812
"""),

# ---------------------------------------------------------------- 39
("nh_transfer", """
SNF-TO-HOSPITAL TRANSFER FORM
From: [[H:Prairie Rose Care Center]], [[ST:1400 W 3rd St]], [[C:Ottumwa]], [[SA:IA]] [[Z:52501]]   Ph [[P:641-555-0110]]   Fax [[F:641-555-0111]]
To: [[H:Southeast Iowa Medical Center]] ED
Resident: [[N:Rasmussen, Leona M.]]   DOB [[D:01/15/1933]]   Age [[A:92]]
SSN [[S:478-22-9051]]   Medicaid ID [[HP:1884302K]]   MBI [[HP:2FW7-AT3-UK19]]
Code status: DNR, no intubation, OK to hospitalize. POLST attached.
Reason: change in condition - lethargic, T 101.3, SpO2 86% RA -> 92% 3L, RR 28, new crackles R base.
Baseline: mild dementia (BIMS 11/15), walker + 1 assist, feeds self, continent of bladder.
Allergies: sulfa.
Last doses: donepezil 2100 [[D:4/2]]; metoprolol 0800 [[D:4/3]]. MAR attached.
Family: niece [[N:Sharon Kleinschmidt]] (POA) [[P:641-555-0188]], notified 0915.
Bed hold: 10 days, notice given to niece.
Sending nurse: [[N:Joy Bergmann]], LPN.  MD notified: Dr. [[N:Ackerson]] 0850.
"""),

# ---------------------------------------------------------------- 40
("home_health", """
HOME HEALTH SN VISIT   [[D:1/30/2025]]  0930-1025
Agency: [[H:Kenai Peninsula Home Health]]
Pt: [[N:Basargin, Feodosia]]  [[A:84]]F   [[ST:Mile 12.5 North Fork Rd]], [[C:Nikolaevsk]]
Homebound: SOB w/ minimal exertion.
BP 128/70, HR 76 irreg, SpO2 93%. Wt 71.6 kg (+1.8 kg since [[D:1/27]]) per telehealth scale ID [[DV:TH-55820931]].
Crackles bases, 2+ BLE edema.
Called Dr. [[N:Chukwu]] ([[H:Homer Medical Clinic]]): furosemide 40 mg extra x3 days, recheck wt [[D:2/3]].
L shin skin tear 3 x 1.5 cm healing, Xeroform + Kerlix.
Meds reviewed w/ pt and grandson [[N:Ilarion]], who translates (pt speaks Russian).
Next visit [[D:2/3]].
[[N:Sage Tomaszewski]], RN
"""),

]
