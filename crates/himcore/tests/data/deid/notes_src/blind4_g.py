NOTES = []

# 1
NOTES.append(("ed_triage", """
ED TRIAGE — [[H:Kuskokwim Delta Regional Hospital]]   [[D:02/11/2025]] 0347
Pt: [[N:ANGAIAK, Marvin J]]   [[A:58]]M   MRN [[M:KD-0048817]]   Acct [[AC:V00912245]]
Arrived via medevac King Air from [[C:Tuntutuliak]], accompanied by CHA [[N:Rosalie Nicolai]].
CC: SOB x3d, worse tonight. Productive cough, green sputum. Felt feverish, no thermometer in home.
Hx COPD (40 pk-yr, quit "when my grandson was born"), home O2 2L qhs only per pt.
VS: T 38.6  HR 112  RR 28  BP 148/86  SpO2 84% RA -> 91% 4L NC
Pain 3/10 chest w/ coughing. Speaking 3-4 word sentences. Tripoding.
ESI 2. To rm 6, RT at bedside for neb. Dr [[N:Oyagak]] aware.
Wife [[N:Agnes]] stayed in village — reachable through village clinic [[P:907-555-0162]].
Pt prefers Yugtun for consent — interpreter paged.
-[[N:tmk]]
"""))

# 2
NOTES.append(("discharge_summary", """
[[H:Elliott Bay Medical Center]]
DISCHARGE SUMMARY — Inpatient Medicine (7 West)

Patient: [[N:DELA CRUZ, ROGELIO M]]        MRN: [[M:0937-2261]]       FIN: [[AC:44018823719]]
DOB: [[D:08/30/1951]]  ([[A:73]] y)   Sex: M
Admit: [[D:01/27/2025]]    Discharge: [[D:02/03/2025]]    LOS: 7
Attending: [[N:Sarah Oyelaran-Birch]], MD
Consults: Cardiology, Nephrology
PCP: [[N:Benito Ancheta]], MD — [[H:International District Family Clinic]], ph [[P:(206) 555-0118]]

PRINCIPAL DIAGNOSIS: Acute on chronic systolic HF (HFrEF)
SECONDARY: AKI on CKD 3b; T2DM, uncontrolled (A1c 9.1 in [[D:Nov]]); gout; HTN; ischemic CM s/p ICD

HISTORY / HOSPITAL COURSE
73M w/ ischemic CM (EF 25-30% on TTE [[D:Sept 2024]]), CAD s/p PCI to LAD (2019), single-chamber ICD (Medtronic, SN [[DV:PZK418203S]]), presented to ED w/ 2 wks progressive DOE, 3-pillow orthopnea, +9 kg over dry wt. States he ran out of furosemide right after [[D:New Year's]] and "the pharmacy said insurance needed something." Also ate a lot of pancit and tuyo at a family party on the [[D:18th]] — high Na load.

In ED: BP 162/94, HR 104, SpO2 89% RA. BNP 2,310. Cr 2.4 (baseline 1.7 per nephrology records). CXR bilat effusions, pulm edema. Trop 0.04 -> 0.05 -> 0.04, flat, felt demand.

1. ADHF — IV furosemide 80 mg BID -> gtt 10 mg/h HD 2-4, net -7.8 L. Transitioned to torsemide 40 mg daily HD 5. Metoprolol succinate continued. Sacubitril-valsartan held for AKI; spironolactone held (K 5.4 on admit). Dry wt est 78 kg.
2. AKI on CKD — cardiorenal. Cr peaked 2.9 on HD 3, 2.1 at d/c. Renal US neg for obstruction.
3. ICD — interrogated HD 3 by device rep: no shocks/ATP, 2 short NSVT runs. Battery 7.1 yrs.
4. DM — basal-bolus in house; glargine reduced to 22 u. Metformin held (eGFR 31). SGLT2i deferred to HF clinic.
5. Gout flare L 1st MTP HD 4 — prednisone 30 x5d (colchicine avoided given renal fxn).

SOCIAL: Lives w/ daughter [[N:Marites Dela Cruz-Yamada]], her husband and 2 grandkids at [[ST:2814 S Holgate St]], [[C:Seattle]], [[SA:WA]] [[Z:98144]]. Retired shipfitter, [[O:Duwamish Marine Works]]. Never smoker. Occasional San Miguel. Speaks Ilocano, Tagalog, English — d/c teaching w/ Ilocano interpreter (badge [[ID:40771]]) plus teach-back with daughter.

DISCHARGE MEDS
  torsemide 40 mg PO daily (NEW)
  metoprolol succinate 50 mg PO daily
  atorvastatin 80 mg PO qhs
  aspirin 81 mg PO daily
  insulin glargine 22 units SC qhs (CHANGED, was 30)
  prednisone 30 mg PO daily x 2 more days (NEW)
  HOLD: sacubitril-valsartan, spironolactone, metformin

FOLLOW-UP
  - HF clinic, Dr. [[N:Haugen]] — [[D:Fri 2/7]] @ 10:30, [[P:206-555-0147]]
  - BMP [[D:2/5]] at the [[H:Labcorp]] on [[ST:Rainier Ave S]] (order placed)
  - PCP within 1-2 wks
  - Daily weights; call if up >1 kg/day or 2 kg/wk

Condition at discharge: stable. Wt 78.4 kg. SpO2 95% RA. Walks 300 ft w/o desat.
Code: Full.

Electronically signed: [[N:S. Oyelaran-Birch]], MD  14:52
cc: PCP via fax [[F:206-555-0119]]
"""))

# 3
NOTES.append(("nursing", """
[[H:Hilo Bay Medical Center]] — 3 Makai Surgical
NURSING PROGRESS NOTE  [[D:04/19/24]]  1900-0700
Pt: [[N:KAHANANUI, Kealoha P]]   [[A:44]]F   MR# [[M:HB2210934]]
Dx: s/p lap chole POD#1

1930 Report rec'd. A&Ox4, pleasant. Pain 6/10 RUQ + port sites. Dilaudid 0.5 mg IV @ 1945 -> 3/10 @ 2015.
2030 Kahu [[N:Daniel Kaʻaihue]] from [[O:Ka Lokahi Congregational Church]] visited, pule w/ pt & ʻohana.
2200 Amb to BR w/ SBA, voided 350 mL. Tol clears -> advanced to full liquids per order.
0100 Resting. SpO2 93% RA, encouraged IS, pulling 1250. Lungs dim bases.
0400 T 37.4  HR 88  BP 132/78  RR 16. Abd soft, mildly distended, +flatus. Port sites c/d/i x4, no drain.
0600 Sister [[N:Pualani Medeiros]] called unit ([[P:808-555-0133]]) — pt gave verbal ok to share info. Pt asking if husband [[N:Keoni]] can drive her home to [[C:Pāhoa]] today (~40 min), will d/w team on rounds.
0645 Bedside report to oncoming RN.
-- [[N:J. Nakasone]], RN
"""))

# 4
NOTES.append(("progress", """
[[H:Narrows Family Medicine]] — [[C:Tacoma]]
PROGRESS NOTE      DOS: [[D:March 6, 2025]]
Pt: [[N:Brianna Castellanos-Hicks]]   DOB [[D:11/02/1996]] ([[A:28]] y)   MRN [[M:00774512]]
Tricare Prime — DoD ID [[ID:1398820467]]. Sponsor: husband (SSG), currently deployed.

S: 28 yo G2P2 here for f/u anxiety/insomnia + postpartum check. Infant [[N:Wade]] ([[A:9]] wk) doing well per peds. Husband deployed since [[D:January]], video calls "when he can." Mother-in-law came from [[C:Billings]] to help x2 wks. Older son attends [[O:Little Sprouts Learning Center]] 3 d/wk.
Sleeping 4-5 h in fragments. Racing thoughts at night, checks baby breathing "a lot." Denies SI/HI, no intrusive thoughts of harm. No EtOH.
PHQ-9 14 (17 last visit). GAD-7 12. EPDS 13.

O: BP 118/74  HR 82  Wt 71.2 kg  BMI 27.4
Affect anxious, brightens w/ talk of kids. C/S incision well healed. Fundus nonpalpable.

A/P:
1. Postpartum anxiety/depression, moderate, improving — sertraline 50 -> 100 mg daily. BH referral to [[N:Chloe Reed]], LICSW (on-site). Gave Military OneSource info.
2. Insomnia — sleep hygiene, ok to use melatonin; no benzo (breastfeeding).
3. Contraception — Nexplanon placed L arm today, lot L029381 (see proc note). Tolerated well.
4. FMLA paperwork completed for employer.
RTC 4 wks, sooner prn. Crisis line given.
[[N:G. Ostrander]], DO
"""))

# 5
NOTES.append(("telephone", """
TELEPHONE ENCOUNTER — [[H:Clínica del Valle]], [[C:Toppenish]]
Call rec'd [[D:Tues 8/12]] 0915 — RN triage line

Caller: [[N:Guadalupe Ibáñez]] (daughter) re: father [[N:IBÁÑEZ OCHOA, Refugio]]  DOB [[D:5-17-1949]]
Callback: [[P:509.555.0174]] (cell) / work, packing shed
Spanish interpreter via phone, #[[ID:218844]].

Reason: BS high 300s-400s since Sunday. Ran out of insulin lispro Fri. Still taking Lantus 30 u. Drinking a lot of water, urinating frequently, "tired." No vomiting, no abd pain, no confusion per daughter. He is working irrigation this wk in the heat.
Pharmacy ([[H:Farmacia Guadalupana]]) told them refill needed new Rx.

Disposition: d/w Dr. [[N:Villaseñor]] -> lispro refill sent, sliding scale reviewed. Advised ED if BS >400 x2, vomiting, confusion, or can't keep fluids down. Daughter verbalized understanding, will check BS qid and call back tomorrow w/ numbers. Advised no field work in heat until BS better.
Appt w/ PCP [[D:8/15]] 1:40 pm.
-- [[N:mcastro]], RN
"""))

# 6
NOTES.append(("portal", """
MyChart Message — [[H:Northside Pediatrics]]
From: [[N:Nadiya Kovalchuk]] (proxy for [[N:Yelyzaveta Kovalchuk]], DOB [[D:12/25/2021]])
To: Dr. [[N:Ezra Bishop]]
Sent: [[D:10/3/2024]] 9:42 PM
Subject: [[N:Liza]] fever and rash

Hello doctor, my daughter [[N:Liza]] have fever 102.4 since yesterday night and today small red spots on legs and belly. She ate little, drink juice ok, pee 3 times today. We were at church ([[O:Spokane Slavic Pentecostal Church]]) Sunday and many kids there sick. My husband say wait but I worry because spots. Can you see her tomorrow? We moved, new address is [[ST:11815 E Broadway Ave Apt 14]], [[C:Spokane Valley]] [[Z:99206]]. My phone [[P:509-555-0126]].
Thank you,
[[N:Nadiya]]

---- Reply [[D:10/4/2024]] 7:58 AM — [[N:Kristen Vold]], RN
Hi [[N:Nadiya]] — thank you for writing. If the spots do NOT fade when you press a clear glass on them, or she is very sleepy or hard to wake, please go to the ED now. Otherwise we have an appt today at 10:20 AM with Dr. [[N:Bishop]]. I updated your address. A Ukrainian interpreter will be on the phone for the visit.
"""))

# 7
NOTES.append(("pharmacy", """
ANTICOAGULATION CLINIC — PHARMACIST NOTE
[[H:Chugach Medical Center]]
Pt: [[N:Frederick]] "[[N:Fritz]]" [[N:Ulmer]]   [[A:67]] y/o M   MRN [[M:CMC-3318702]]   ph [[P:(907) 555-0155]]
Indication: mechanical MVR (On-X, 2016) + AF.  Goal INR 2.5-3.5.  Warfarin 5 mg tabs.

 Date     INR   Wkly dose   Comments
 [[D:12/2]]     2.1   52.5 mg     missed 2 doses, hunting trip
 [[D:12/16]]    4.6   55 mg       Bactrim DS from urgent care (cellulitis L shin)
 [[D:12/23]]    3.9   --          today, POC fingerstick

A: INR mildly supratherapeutic, trending down as Bactrim finished 4 d ago. No bleeding, no dark stools. Bruise L forearm 3 cm, stable.
P: 5 mg tonight (instead of 7.5), then resume 52.5 mg/wk. Recheck [[D:12/30]] — pt will be at family cabin in [[C:Sterling]], so POC INR at [[H:Soldotna Professional Pharmacy]], results faxed to us [[F:907-555-0156]]. Holiday meals: discussed consistent greens, moderate EtOH (2-3 beers/d on weekends).
Fills warfarin at Fred Meyer. Discussed w/ cardiology.
[[N:A. Tupou]], PharmD, CACP
"""))

# 8
NOTES.append(("radiology", """
[[H:Bitterroot Valley Imaging]] · [[C:Missoula]], [[SA:MT]]

EXAM: CT HEAD WITHOUT CONTRAST
PATIENT: [[N:WHITEHORSE, DALE R]]    DOB: [[D:1988-07-21]]    MRN: [[M:BVI00452217]]
ACCESSION: [[ID:CT25-0098134]]      DATE OF SERVICE: [[D:06/14/2025]] 22:41
ORDERING: [[N:Hunter Pace]], PA-C — [[H:Mission Valley Tribal Health]]

CLINICAL HISTORY: [[A:36]]M thrown from horse, +LOC ~1 min, HA, emesis x2. GCS 15.
TECHNIQUE: Axial 5 mm noncontrast images, bone and soft tissue algorithms, coronal/sagittal reformats. DLP 912 mGy-cm.
COMPARISON: CT head [[D:11/2019]], outside.

FINDINGS:
7 mm acute subdural hematoma along the right frontal convexity. No midline shift. Basal cisterns patent. No intraventricular extension. Gray-white differentiation preserved. Ventricles normal in size.
L parietal subgaleal hematoma, no underlying fracture. Paranasal sinuses and mastoids clear. Orbits unremarkable.

IMPRESSION:
1. Acute 7 mm right frontal SDH without mass effect.
2. Left parietal scalp hematoma. No calvarial fracture.

CRITICAL RESULT: discussed with ordering provider by phone at 22:58 on [[D:6/14/25]]; read-back confirmed.
Dictated: [[N:Erik Lindqvist]], MD      Signed 23:04
RIS wkstn [[IP:10.82.14.117]]
"""))

# 9
NOTES.append(("pathology", """
SURGICAL PATHOLOGY REPORT
[[H:Wasatch Front Pathology Associates]]

Case #: [[ID:SP25-11472]]
Patient: [[N:CHRISTENSEN, LaRue Ann]]   DOB: [[D:02/09/1959]]   Age/Sex: [[A:66]]/F   MRN: [[M:4410238]]
Collected: [[D:05/20/2025]]
Submitting MD: [[N:Jared Ellsworth]] — [[H:Sugar House Surgical Group]]
Clinical hx: L breast mass, 2:00, 4 cm FN; BI-RADS 5.

SPECIMEN: A. Left breast, 2:00, 4 cm FN, US-guided core needle biopsy

DIAGNOSIS:
A. Left breast, 2:00, core biopsy:
   - INVASIVE DUCTAL CARCINOMA (NST), Nottingham grade 2 of 3
     (tubules 3, nuclear pleomorphism 2, mitoses 1; total score 6/9)
   - Largest contiguous focus 11 mm in core
   - DCIS, intermediate grade, cribriform, present
   - Lymphovascular invasion: not identified

BIOMARKERS (block A1):
   ER: Positive, 95%, strong
   PR: Positive, 40%, moderate
   HER2 (4B5): 2+ equivocal — reflex FISH pending, addendum to follow
   Ki-67: 18%

GROSS: Received in formalin labeled with the patient's name and "L breast 2:00" are four tan-white cores, 1.1-1.6 cm, entirely submitted in A1. Cold ischemia <1 h; formalin fixation 9 h.

Intradepartmental consultation obtained; concurs.
Electronically signed: [[N:Marisa Hatch]], MD   [[D:5/22/2025]] 16:10
"""))

# 10
NOTES.append(("social_work", """
SOCIAL WORK ASSESSMENT — Obs unit
[[H:Willamette Heights Hospital]]
Pt: [[N:Travis Blackwater]]  [[A:41]] M  MRN [[M:WHH-2040187]]
Referred by hospitalist — housing insecurity, safe d/c after I&D L forearm abscess (IVDU).

Met w/ pt at bedside. A&Ox4, guarded but engaged. Reports living in tent near [[ST:SE 82nd Ave & Division St]]; camp swept last wk, lost his ID, phone and meds. Stayed at [[O:Burnside Harbor Shelter]] in the fall but left d/t conflict.
Family: sister in [[C:Warm Springs]], [[SA:OR]] — pt consents to contact, [[P:541-555-0128]]. Has a teenage daughter, limited contact.
Legal: on probation (case [[ID:23CR58814]]); PO [[N:Dana Whitfield]]. Pt agreed SW may notify PO of hospitalization.
SUD: smokes fentanyl + occasional IV, meth. Interested in MOUD — addiction team following, bup started.
Insurance: OHP active, ID [[HP:RX74418Q]].
Plan:
 - Referral to [[H:Cascade Medical Respite]] for IV abx completion — faxed, ref # [[ID:MR-25-0412]]
 - SSN [[S:543-11-0298]] verified w/ pt for replacement card; DMV letter given
 - Lifeline phone app started; temp contact via SW office
 - Harm reduction kit + naloxone at d/c
[[N:Yesenia Portillo]], LCSW   [[D:01/08/2025]]
"""))

# 11
NOTES.append(("case_mgmt", """
CASE MANAGEMENT NOTE — Discharge Planning
[[H:Wind River Valley Hospital]]          [[D:07/21/2025]]
Pt: [[N:BRENNAN, Harlan Dean]]   [[A:79]] M   MRN [[M:WRV-661042]]
Dx: L intertrochanteric hip fx s/p IMN [[D:7/17]].
Payer: Humana Medicare Advantage, member [[HP:H48820917-01]]. SNF auth approved today, auth # [[ID:A25-7719034]], 14 days initial.

PT/OT rec SNF — WBAT, amb 40 ft RW mod A, not safe for home (lives alone on ranch 22 mi N of [[C:Dubois]], gravel rd, 4 steps no rail).
Pt initially refused ("I've got 60 head of cattle to look after"). Discussed w/ pt and son [[N:Clay]] ([[P:307-555-0139]]) who agrees; neighbor feeding stock and checking water. Daughter is HCPOA (copy scanned).
Accepting facility: [[H:Sweetwater Manor Rehabilitation]], [[C:Lander]] — bed [[D:7/22]] AM. Admissions fax [[F:307-555-0144]]. Clinicals faxed 1420.
Transport: son by private vehicle (w/c ok per PT). Pt's pickup (white F-250, WY plate [[V:9-4471B]]) still in ER lot — son to retrieve.
Pt's rifle held by security, released to son.
[[N:Terri Albrecht]], RN CM
"""))

# 12
NOTES.append(("h_and_p", """
[[H:Kapālama Medical Center]] — Medicine Teaching Service (Team Blue)
ADMISSION H&P        Date: [[D:4/14/2025]]
Pt: [[N:AUMAVAE, Mataio]]   [[A:52]]M   MRN [[M:KMC-08821764]]   Med-QUEST ID [[HP:0031882457]]
Source: interisland transfer from [[H:Kaunakakai Community Hospital]], fixed-wing.
PCP: [[H:Molokaʻi ʻOhana Health]]

CC: R foot wound, fever, "sugar too high"

HPI: 52M w/ T2DM (metformin only, "sometimes"), HTN, obesity, p/w R foot wound x ~3 wks. Cut plantar R foot on coral while throw-netting around [[D:Prince Kūhiō Day]]. Treated at home w/ peroxide and Samoan medicine (leaves, per wife). 4 d ago increasing redness, swelling, foul drainage; 2 d fevers/chills, vomiting x1. At OSH ED today: T 39.2, HR 118, BP 98/60, glucose 486, AG 18, BHB 3.1, lactate 2.8. XR R foot: ?soft tissue gas plantar 2nd MT vs artifact. Given 2 L LR, vanc/pip-tazo, insulin gtt started, transferred.

PMH: T2DM dx ~2015, HTN, gout. No prior admissions.
PSH: none.
Meds: metformin 1000 BID (nonadherent), lisinopril 20 (ran out in [[D:Feb]]).
All: NKDA.
FHx: Mother d. at [[A:61]] ESRD on HD. Father alive, in his [[A:80s]], CVA. Brother w/ BKA.
SHx: Lives w/ wife [[N:Losa]] and 4 children in [[C:Kamalō]], off [[ST:Kamehameha V Hwy]]. Line cook at [[O:Kepuhi Beach Lodge]]. No tobacco, kava socially, EtOH rare. Active in church; pastor (faifeau) is a family contact.
Wife cell [[P:808-555-0149]]; eldest dau in [[C:Waipahu]] will come to bedside.

ROS: + polyuria/polydipsia x2 mo, 10 lb wt loss, blurry vision. Denies CP, SOB. Otherwise neg.

EXAM: T 38.7  HR 110  BP 104/62  RR 22  SpO2 97% RA  Wt 128 kg
Gen: ill-appearing, deep rapid respirations
CV: tachy, reg
Resp: CTAB
Abd: soft NT
Ext: R foot — 3x2 cm plantar ulcer 2nd MTH w/ purulent drainage, probe-to-bone +, erythema to mid-dorsum, crepitus equivocal. DP 1+ bilat. Monofilament decreased bilat.
Neuro: A&Ox3, nonfocal

LABS: Na 131 (corr 138) K 5.1 Cl 96 HCO3 14 BUN 34 Cr 1.6 Glu 442 AG 21 WBC 19.6 Hgb 13.2 Plt 388 A1c 12.4 CRP 21.4 ESR 98

A/P: 52M w/ DKA (mild-mod) + severe diabetic foot infection R, r/o NSTI and osteomyelitis.
1. DKA — insulin gtt per protocol, fluids, K repletion, q1h POC, BMP q4h. Transition to SC when AG closed x2.
2. DFI/r/o NSTI — podiatry & gen surg STAT (aware), MRI R foot, cont vanc + pip/tazo, BCx x2, OR cultures.
3. AKI — prerenal, fluids, trend.
4. HTN — hold lisinopril.
5. DM education, nutrition, SW (lodging for wife via Med-QUEST).
Code: Full (confirmed w/ pt).
DVT ppx: heparin SQ.

[[N:Malia Fonoti]], MD (PGY-2)
Attending: [[N:Ikaika Robello]], MD — seen and examined, agree w/ above.
"""))

# 13
NOTES.append(("consult", """
PSYCHIATRY CONSULT
[[H:Treasure Valley Medical Center]] — C/L Psychiatry        [[D:4/14/2025]]
Requesting: Dr. [[N:Faith Wardle]] (hospitalist)   Reason: intentional APAP ingestion, safety eval

ID: [[N:Colton Wayne Stoddard]], [[A:19]] y/o single M, freshman at [[O:Snake River Technical College]], lives in dorm; home is [[C:Rigby]], [[SA:ID]].

HPI: Per pt, chart, mother [[N:Jolene]] at bedside, and roommate (by phone). On [[D:Sat 4/12]] ~2300 after breakup w/ gf and failing a midterm, pt ingested ~30 tabs ES acetaminophen (15 g) in dorm. Roommate found him vomiting ~0300 and called 911. 4h-equivalent APAP 212, on NAC since 0210; AST 410/ALT 522 today, INR 1.4. Poison center case [[ID:IPC-25-33817]].
Pt states "I wanted it all to stop." Partially regrets survival. 3 mo low mood, anhedonia, poor sleep, quit intramurals. Prior SI at [[A:15]], never acted. No prior psych hosp. No firearms at dorm; father has hunting rifles at home (mom will lock/remove).
Faith/community: LDS; mother requested bishop [[N:Kimball Nash]] of the [[O:Rigby 4th Ward]] be allowed to visit — pt agrees.

MSE: appears stated age, disheveled, poor eye contact. Speech soft, slow. Mood "empty." Affect constricted, tearful. TP linear. TC: + passive SI, denies current plan; no HI; no AVH. Insight partial, judgment impaired.
C-SSRS: actual attempt — high risk.  PHQ-9 22/27.

Dx: MDD, single episode, severe w/o psychotic features; s/p suicide attempt by overdose.
Rec:
1. Continue 1:1 sitter, suicide precautions.
2. When medically cleared, inpatient psychiatric admission — pt voluntary at this time. Bed search started: [[H:Syringa Behavioral Hospital]].
3. Defer SSRI until LFTs trending down.
4. Lethal means counseling done w/ mother.
5. If pt attempts to leave AMA: county designated examiner.
Thank you for this consult. Will follow.
[[N:Rebekah Thorne]], MD — C/L Psychiatry
"""))

# 14
NOTES.append(("addendum", """
ADDENDUM — [[D:05/27/2025]]
Case [[ID:SP25-11472]]  |  [[N:CHRISTENSEN, LaRue Ann]]  |  MRN [[M:4410238]]

HER2 FISH (block A1): HER2/CEP17 ratio 1.4; average HER2 copy number 3.2 signals/cell (60 nuclei counted).
Interpretation: NEGATIVE (ASCO/CAP group 5).
Testing performed at [[H:Great Basin Molecular Diagnostics]]; ref [[ID:GBM-770213]].
Result called to Dr. [[N:Ellsworth]]'s office at 1105.
[[N:M. Hatch]], MD
"""))

# 15
NOTES.append(("handoff", """
MICU NIGHT SIGN-OUT (I-PASS)   [[H:Cook Inlet Regional Medical Center]]
[[D:Sun 11/24]]  1900   [[N:Reyes]] -> [[N:Nakamura-Holt]]

BED 3 | [[N:JIMMIE, Amos]] | [[A:63]]M | WATCHER
 I: Septic shock (CAP) on norepi 6 mcg, weaning; intubated HD 1.
 P: MAP goal >65. SBT in AM if norepi off. Cx NGTD. Vanc/cefepime day 4.
 A: If MAP <60 on 10 -> add vaso, call fellow (Dr. [[N:Strong]], pgr [[P:2290]]).
 S: Family from [[C:Kotzebue]] — daughter [[N:Nellie]] staying in town, cell [[P:907-555-0114]]. Wants call w/ any change.

BED 5 | [[N:EVON, Mary Grace]] | [[A:91]]F | STABLE
 I: UGIB, s/p EGD yesterday, clipped duodenal ulcer. Hgb 7.2 -> 8.1.
 P: Hgb q8h; transfuse <7. PPI gtt -> BID at 72h. Art line out in AM.
 A: If rebleed, GI on call.
 S: DNR (not DNI). Son in [[C:Palmer]] is POA.

Synthesis: read back ok. -[[N:JR]]
"""))

# 16
NOTES.append(("nh_transfer", """
SNF-TO-HOSPITAL TRANSFER FORM
FROM: [[H:Lilac Hill Care Center]], [[ST:4120 N Division St]], [[C:Spokane]], [[SA:WA]] [[Z:99207]]
      Fax [[F:509-555-0112]]
TO:   [[H:Inland Northwest Regional Medical Center]] — ED
Date/time: [[D:11/09/2024]] 0615        Mode: ALS

Resident: [[N:HAUGLAND, Thorvald O]]     DOB [[D:01/16/1931]]     Age [[A:93]]
Reason for transfer: unwitnessed fall ~0530, found on floor by CNA; R hip pain, R leg shortened/ext rotated. No head strike per resident; on apixaban.
VS 0545: BP 158/84  HR 96 irreg  RR 20  T 36.7  SpO2 94% RA  Pain 7/10 (PAINAD 6)
Baseline: A&Ox2 (self, place). BIMS 9/15. Amb w/ FWW, SBA. Feeds self. Continent bladder, occ bowel incont.
Dx: AF, HFpEF, CKD 3a, BPH, mild NCD, macular degeneration, HOH.
Code: DNR/DNI — POLST (pink form) sent.
Allergies: PCN (hives), codeine (confusion)
Meds: see attached MAR (apixaban 2.5 BID, last dose last night 2000; furosemide 20, metoprolol 25 BID, tamsulosin, donepezil 5, vit D)
Contacts: POA son [[N:Arne Haugland]] [[P:(509) 555-0168]] — notified 0600, will meet at ED.
          alt: granddaughter [[N:Ingrid Sather]] [[E:isather.home@fastmail.com]]
Medicare MBI [[HP:7QJ2-XK5-RT49]]
Sent with: hearing aids x2, upper denture, glasses, walker. Valuables none.
Long-term resident. Bed hold requested.
Report called to ED RN [[N:Mark]] 0610.
Completed by: charge LPN
"""))

# 17
NOTES.append(("home_health", """
[[H:Kenai Peninsula Home Health]] — SN Visit Note
Pt: [[N:Evelyn Strand]]   [[A:81]] F    Visit: [[D:8/5/25]] 1030-1125    Visit 6 of 12
Addr: [[ST:Mile 12.5 Kalifornsky Beach Rd]], [[C:Soldotna]], [[SA:AK]] [[Z:99669]]
  (gravel drive past red Conex; dogs Moose & Biscuit friendly)

HB: wound care s/p L BKA revision.
Wound: L residual limb incision 14 cm, distal 3 cm dehisced area 2.1 x 0.8 x 0.4 cm, 80% granular, 20% slough. Mod serosang drainage. No odor. Periwound macerated at 6:00 -> skin prep applied.
NPWT: KCI ActiV.A.C. SN [[DV:VFKP22841]] @ -125 mmHg continuous, canister changed, seal intact. Next dressing change [[D:Thurs 8/7]].
VS: BP 136/72 HR 76 T 98.1 SpO2 96%. BS 162 (after breakfast).
Meds reviewed — taking Eliquis and gabapentin as rx'd. Low on dressing supplies: ordered from [[H:Peninsula Medical Supply]], customer # [[AC:PMS-441905]].
Caregiver: son lives on property, works 2-wk hitches on the Slope. Neighbor [[N:June Kvasnikoff]] checks in daily — [[P:907-555-0197]].
Falls: 0 since last visit. W/c in home; prosthetist appt later this month.
Pt asked about going dipnetting w/ family — educated: no submerging wound.
Reported to PCP via fax: no order changes.
[[N:Mandy Ivanoff]], RN
"""))

# 18
NOTES.append(("admin", """
REGISTRATION UPDATE — [[H:Willamette Family Health Center]]
Registrar: [[N:bpeterson]]     [[D:2025-02-03]] 10:14

Legal name: [[N:LANGRINE, Jibon K]]     Preferred: "[[N:Jibo]]"
DOB: [[D:07.03.1979]]   Sex: M   Lang: Marshallese (interpreter needed)
Address (new): [[ST:1880 Lancaster Dr NE Unit 7]], [[C:Salem]], [[SA:OR]] [[Z:97301]]
Cell: [[P:503-555-0164]] (shared w/ cousin)     Email: [[E:jlangrine79@gmail.com]]
Emergency contact: cousin, same #
Employer: [[O:Mid-Valley Cannery]] (seasonal)
Insurance: OHP (COFA) — ID [[HP:YK44018R]]
Guarantor acct: [[AC:G-20019385]]
SSN [[S:622-18-0491]]
ID verified: OR DL# [[L:8812047]]
Notes: arrived from [[C:Ebeye]] [[D:Nov 2023]]. Portal invite sent to email. Needs in-person interpreter.
"""))

# 19
NOTES.append(("therapy", """
PHYSICAL THERAPY DAILY NOTE
[[H:Gallatin Sports & Spine PT]] — [[C:Bozeman]]
Pt: [[N:Sunny Running Crane]]   [[A:24]] F    Visit 8/12 (auth # [[ID:BCB-PT-558210]])
DOS [[D:08/18/2025]]
Dx: s/p L ACL recon (BTB autograft) [[D:2/18/25]], Dr. [[N:Price]]

S: L knee "stiff in AM, then fine." 2/10 pain after stairs, 0/10 at rest. Jogged 10 min on treadmill without issue. Wants to be back on ski patrol at [[O:Hyalite Peak Resort]] by [[D:Thanksgiving]].
O:
 AROM L knee 0-0-138 (R 0-0-142)
 Quad LSI (HHD) 78%
 Single-leg hop LSI 81%, triple hop 79%, crossover 76%, 6-m timed 84%
 Y-balance ant reach L 64 cm / R 70 cm
 LEFS 68/80; ACL-RSI 54/100
Tx:
 - Bike warmup 10'
 - Leg press SL 3x8 @ 150#; Bulgarian split squat 3x10
 - Lateral bounds, decel drills
 - Plyo: box jumps 3x6
A: Progressing; hop LSI <90% -> not ready for cutting/RTS. Apprehension w/ pivoting persists (ACL-RSI).
P: Continue 2x/wk x 6 wks. Re-test [[D:Sept 29]]. Discussed w/ surgeon's PA.
[[N:Cody Marchetti]], PT, DPT   MT Lic # [[L:PT-7721]]
"""))

# 20
NOTES.append(("ed_triage", """
Triage [[D:9/14]] 1412 — [[N:Kiona Spino]], [[A:16]] yo F, accomp by rodeo coach [[N:Tanya Bearchum]]. Thrown from barrel horse at practice, landed on L arm, helmet on, no LOC. L wrist deformity, CMS intact, cap refill <2s. Splinted by EMS. Pain 8/10. BP 124/76 HR 108 RR 20 SpO2 99%. Ibuprofen 400 given. ESI 3. Mom en route from [[C:Mission]], [[P:541-555-0150]]; verbal consent for tx by phone, witnessed by [[N:D. Halfmoon]] RN. -[[N:aw]]
"""))

# 21
NOTES.append(("nursing", """
[[H:Columbia Heart Institute]] — CVICU
Nsg note [[D:1/30]] 1420
[[N:Pyotr Savchuk]] [[A:71]]M, bed 12, POD 1 CABG x3. Extubated 0830, on 2L NC, sats 95-97%.
BP rose to 168/92 w/ pain at 1130, hydralazine 10 IV x1 per order, now 138/70. CT output 40-60/hr serosang. Foley draining clear yellow 50-70/hr. A-paced at 90 via epicardial wires. Art line R radial dampened — flushed, re-zeroed, good waveform.
Pain 5/10 -> oxycodone 5 given, now 2/10. IS 750. Up to chair x1 w/ 2 assist, tolerated 40 min.
Family at bedside: wife [[N:Valentina]], sons [[N:Roman]] and another son, and their pastor. Large family wishes to visit — limited to 2 at a time per unit policy, family waiting room offered. Son [[N:Roman]] is spokesperson ([[P:360-555-0185]]). Pt prefers Russian; declined interpreter, son translates — reinforced need for staff interpreter [[N:Olena]] (ext [[P:3347]]) for consent/teaching.
CT surgery updated re BP.
-[[N:hlaine]] RN
"""))

# 22
NOTES.append(("ed_triage", """
TRIAGE NOTE — ED, [[H:Kapālama Medical Center]]      [[D:12/28/2024]] 2210
Pt: [[N:TAKAHASHI, Haruto]]  [[A:8]] yo M  — visitor from [[C:Sapporo]], Japan. Wt 26 kg.
Accomp by parents [[N:Kenta]] & [[N:Yui Takahashi]]. Father speaks some English; Japanese video interpreter #[[ID:JP-55102]].
Known peanut allergy; ate "something w/ sauce" at hotel luau ~2130. Hives face/trunk, lip swelling, vomited x2, cough/wheeze. No EpiPen with them.
VS HR 134  BP 90/52  RR 30  SpO2 94% RA  T 37.1
Epi 0.26 mg IM R thigh in triage 2214 per standing order. ESI 1 -> Resus 2. Dr. [[N:Yoshimoto]] at bedside.
Parents' phone: [[P:+81 90-5555-0147]]. Hotel: [[O:Waikīkī Shores Resort]], rm 1412. Travel ins policy [[HP:TMN-8841-20377]].
"""))

# 23
NOTES.append(("discharge_summary", """
NICU DISCHARGE SUMMARY
[[H:Utah Valley Women & Newborn Center]] — NICU, [[C:Provo]]

Name: BABYBOY [[N:TANNER]]  ("[[N:Hyrum]]")
MRN: [[M:UVW-7730145]]   (mother MRN [[M:UVW-2289011]])
DOB: [[D:June 30, 2025]] 04:12    GA at birth: 33w2d    BW 1,980 g
Admit: [[D:6/30/2025]]    Discharge: [[D:7/24/2025]]   DOL 24 / CGA 36w5d
Mother: [[N:Kenzie Tanner]], [[A:27]] y/o G3P2->3, O+, GBS unk, rubella immune, HBsAg neg
Pediatrician: [[H:Timpanogos Pediatrics]] — [[P:801-555-0109]]

Delivery: SVD after PTL, betamethasone x1 (incomplete course). Apgars 6/8.

HOSPITAL COURSE BY SYSTEM
Resp: CPAP +5 x 36h, RA since DOL 2. No apnea/brady since DOL 12.
FEN/GI: TPN/IL DOL 0-4. Advanced MBM + Neosure 22 to full enteral by DOL 8. Now ad lib PO ~160 mL/kg/d. Wt at d/c 2,415 g.
ID: r/o sepsis, BCx neg at 48h, amp/gent stopped.
Bili: peak 14.2 DOL 4, phototherapy x 48h.
Neuro: HUS DOL 7 normal.
Screens: NBS #1 kit [[ID:UT25-0883417]] normal; #2 pending. CCHD pass. Hearing pass bilat (ABR). Car seat challenge passed 90 min.
Immunizations: Hep B DOL 2. Nirsevimab given prior to d/c.

Dispo: Discharged home w/ parents on [[D:Pioneer Day]]; [[N:Hyrum]]'s 2 older sibs at home. Home: [[ST:412 N 600 E]], [[C:Lehi]], [[SA:UT]] [[Z:84043]].
F/u: PCP within 48h. NICU follow-up clinic at 4 mo CA. Early intervention referral placed.
Ins: Select Health member [[HP:SH00822109-03]].

[[N:Emily Ashby]], NNP-BC / [[N:Dallin Crapo]], MD (attending)
"""))

# 24
NOTES.append(("discharge_summary", """
[[H:Strawberry Range Hospital]], [[C:John Day]], [[SA:Oregon]]
DISCHARGE SUMMARY (brief)
Pt: [[N:Dwight]] "[[N:Bud]]" [[N:Ferrell]]   [[A:54]] M   MRN [[M:SRH 100-44-19]]
Admitted [[D:10-Oct-2024]]   Discharged [[D:14-Oct-2024]]
Dx: acute alcoholic pancreatitis, mild (BISAP 1); alcohol withdrawal, CIWA max 18.
Course: Lipase 2,890 on admit. CT A/P: interstitial edematous pancreatitis, no necrosis or collection. Aggressive LR, pain control, early PO — tolerated low-fat diet HD 3. CIWA-guided lorazepam, last dose HD 2. Thiamine/folate/MVI.
Works as a faller for [[O:Malheur Timber Co.]]; 12-18 beers/d, more during hunting season. Wife supportive, wants him in treatment.
MAT discussed — started naltrexone 50 mg daily (LFTs ok). Intake at [[H:Grant County Behavioral Health]] [[D:10/17]] 2 pm, [[P:541-555-0157]].
Work note: off 2 wks.
F/u PCP Dr. [[N:Rich Hollenbeck]] 1 wk, lipid panel then.
D/c'd by [[N:Kristin Oyama]], PA-C   cosign attending
"""))

# 25
NOTES.append(("h_and_p", """
H&P — Orthopaedic Hand Surgery
[[H:Chugach Medical Center]]    [[D:Jul 9, 2025]]
Pt: [[N:Reynaldo Bautista Pascua]]  [[A:38]]M   MRN [[M:CMC-3402291]]
Workers' comp: [[O:Aleutian Pride Seafoods]], claim # [[ID:WC-2025-118402]], adjuster notified

CC: R hand crush injury
HPI: 38 RHD M, seafood processor at the [[O:Aleutian Pride]] plant in [[C:Unalaska]], R hand caught in fish-header conveyor [[D:7/8]] ~1630. Seen at [[H:Amaknak Island Clinic]]: irrigated, splinted, cefazolin 2 g, Td. Medevac delayed ~9 h for fog; arrived here 0510.
Pain 7/10. NPO since lunch yesterday.
PMH: LTBI treated (2018). PSH: none. Meds: none. All: NKDA.
SH: From [[C:Laoag]], Philippines; in US x6 yrs, company bunkhouse in season, winters w/ sister in [[C:Daly City]], [[SA:CA]]. Wife + 2 kids in Philippines. Smokes 1/2 ppd. EtOH rare.
Contact: sister [[N:Marivic Pascua-Ramos]] [[P:650-555-0171]].

Exam: R hand — dorsal laceration 6 cm over 3rd-4th MC, devitalized edges, EDC to ring finger ~50% lacerated. Swelling ++. CR <2s all digits. Decreased sensation ulnar small finger. Compartments soft.
XR R hand: displaced transverse fx 4th MC shaft; comminuted 5th MC neck fx (boxer's type, 40° angulation).

A/P: Open fx R 4th/5th MC w/ extensor tendon injury.
 - OR today: I&D, ORIF 4th MC, CRPP 5th MC, EDC repair. Consent w/ Ilocano interpreter (ID [[ID:ILO-2207]]).
 - Cefazolin q8h x24h post-op.
 - Hand therapy post-op.
 - WC paperwork; adjuster notified.
[[N:Birgit Solheim]], MD — Hand
"""))

# 26
NOTES.append(("progress", """
OUTPATIENT PROGRESS NOTE — Addiction Medicine
[[H:South Coast Recovery Clinic]], [[C:Coos Bay]]
[[D:Wednesday, May 7, 2025]]
[[N:Jessie Lindgren]] — [[A:33]] F — MRN [[M:SCR0088213]]

S: f/u OUD on buprenorphine-naloxone 16/4 mg daily (film). Month 5 of tx. 0 days use since last visit. Cravings 2/10. Working the fillet line at [[O:Charleston Fish Co-op]] 4 d/wk. Living w/ her mom. Son ([[A:6]]) back w/ her since [[D:April]] per ODHS plan (case [[ID:CW-4471902]]).
Smoking 1/2 ppd, wants to cut down.
PDMP reviewed today: only bup from this clinic, fills at local pharmacy.
UDS: + bup, + norbup, neg fentanyl, meth, opiates.
O: alert, pupils 4 mm, no withdrawal signs. Old track marks, no new.
A/P: OUD in early remission on MOUD.
 - Continue bup/nx 16/4 mg SL daily, 28-day supply.
 - Naloxone refilled.
 - NRT patch 14 mg + gum.
 - Hep C: Ab+, RNA+ ([[D:Feb 2025]]); referred to Dr. [[N:Ash]] for DAA; PA submitted, ref [[ID:PA-25-66031]].
 - RTC 4 wks. Letter for caseworker given at pt request.
[[N:Harold Winfield]], NP
"""))

# 27
NOTES.append(("social_work", """
SOCIAL WORK NOTE — Elder safety
Pt: [[N:Mildred Kashevaroff]], [[A:88]] F, adm for dehydration/UTI; nursing noted bilateral upper arm bruising in various stages + poor hygiene.
Lives w/ grandson [[N:Dustin Hale]] ([[A:26]]) at [[ST:3920 Mountain View Dr Apt B]], [[C:Anchorage]]. He manages her PFD and Social Security.
Pt states grandson "gets mad" and "grabs" her when she asks for her money. Tearful, asks that he not be told she reported. Capacity for this decision per attending (see note).
Report made to Adult Protective Services [[D:3/18/25]] 1340, report # [[ID:APS-25-004412]]. APD notified; Ofc. [[N:Nathan Kalmakoff]], badge [[ID:1187]].
Daughter lives in [[C:Kodiak]] — pt wants her called: [[P:907-555-0151]]. Daughter will fly in [[D:Friday 3/21]].
Pt requests visit from her priest at [[O:Holy Transfiguration Orthodox Church]].
Plan: No visitors (grandson) per pt — security aware. Pt does not want to return to apt. Exploring assisted living options. Rep payee change w/ SSA started.
[[N:Lorraine Topkok]], MSW
"""))

# 28
NOTES.append(("case_mgmt", """
CM NOTE [[D:9/2/25]] — [[N:LeMoine, Keisha R]]  MRN [[M:0951-4408]]
Needs: home IV ertapenem x4 wks (ESBL pyelo w/ renal abscess), PICC placed.
Payer: Apple Health (Molina) — ProviderOne [[HP:108844512WA]].
Home infusion: [[H:Sound Infusion Partners]] accepted, intake [[P:425-555-0116]]; auth # [[ID:MOL-884120-A]] approved thru [[D:9/29]].
First home dose tomorrow 1400 by infusion RN; teaching done w/ pt + partner.
Home health (PICC care, weekly labs): [[H:Evergreen Visiting Nurses]], SOC next day.
Weekly CBC/BMP -> ID clinic, fax [[F:206-555-0153]].
Address confirmed: [[ST:9340 Renton Ave S]], [[C:Seattle]] [[Z:98118]]; cell [[P:206-555-0172]].
Works from home; FMLA forms faxed to HR.
Barrier: bus pass expired — Medicaid transport info given for f/u appts.
-[[N:sbrandvold]] RN CM
"""))

# 29
NOTES.append(("telephone", """
Phone note — [[D:Mon 06/09/25]] 4:45p
Caller: [[N:Anastasia Martyniuk]] (wife) re [[N:Martyniuk, Vasyl]] DOB [[D:9/1/1962]]. Russian interpreter line, #[[ID:RU-31184]].
Pt fell from ladder at work today ([[O:Woodburn Berry Farms]]) ~2 pm, L ankle swollen, can't bear wt. No head injury. Didn't go to ED — worried about cost.
Advised UC or ED for xray today. Wife asks for clinic tomorrow instead; offered 8:20 am w/ Dr. [[N:Hope Kessler]] — accepted. Advised RICE, NWB, crutches (has from son's football).
Fin assistance app sent via portal. Discussed workers' comp — pt "doesn't want trouble," will address at visit.
Best # [[P:503-555-0145]].
[[N:T. Gulbrandsen]], RN — [[H:Pudding River Family Clinic]]
"""))

# 30
NOTES.append(("portal", """
Patient message — [[D:Feb 3, 2025]] 6:12 AM
From: [[N:Lorna Pickett]]
To: Dr. [[N:Samuel Old Coyote]]
RE: Lab results

Doc — saw my cholesterol came back 262 and the A1c 6.1 in the portal. Does that mean I'm diabetic now? My mom had sugar diabetes, got it at [[A:55]], lost a leg at [[A:70]]. I don't want that.
Also still getting that numbness in my feet when I'm feeding in the mornings. Calving starts in a couple weeks so I won't get to town ([[C:Hardin]]) much until [[D:April]]. Can we do a video visit? Internet out here is satellite (spotty). Home ph [[P:406-555-0193]].
Thanks, [[N:Lorna]]

Reply [[D:2/3/2025]] 11:40 AM — [[N:S. Old Coyote]], MD
Hi [[N:Lorna]], an A1c of 6.1 is prediabetes, not diabetes — good news, and very fixable. Let's do a video visit [[D:Tuesday 2/11]] at 7 am before chores. Link: [[U:https://video.bighornvalleyclinic.org/v/8841207]]. I'll add B12 and TSH to look at the numbness; you can get them drawn at our lab whenever you're in town.
"""))

# 31
NOTES.append(("pharmacy", """
MED REC / COUNSELING — [[H:Redwood Road Family Pharmacy]], [[C:West Valley City]]    [[D:01/22/2025]]
Pt: [[N:FIFITA, Sione T]]   [[A:46]]M   DOB [[D:10 Nov 1978]]
Prescriber: [[N:Lose Fonua]], MD   NPI [[L:1528049913]]
Ins: Select Health member [[HP:SH11470385-01]]  (RxBIN 610014)
Savings card ID [[HP:NVO-22719480]] applied -> copay $25

Med                    Sig                     Status
metformin ER 750       2 tab qPM               cont
glipizide 10           1 tab BID               STOP (per prescriber, hypoglycemia x3)
semaglutide 0.25       0.25 mg SC weekly x4    NEW, then 0.5
lisinopril 20          1 daily                 cont
atorvastatin 40        1 qhs                   cont
allopurinol 100        1 daily                 cont (pt thought it was "for pain" — clarified)

Counseled pt + son [[N:Viliami]] ([[A:17]]), who interpreted (pt prefers Tongan; declined professional interpreter when offered). Pen demo, 1st injection L abdomen in store, teach-back ok. Discussed GI s/e, smaller portions at Sunday to'onai after church.
Wife [[N:ʻAna]] also on glipizide — asked to bring her bottles next visit.
Hypoglycemia sx/tx reviewed. BG meter SN [[DV:CNX7718204]] registered to pt.
[[N:K. Tuʻipulotu]], PharmD
"""))

# 32
NOTES.append(("therapy", """
SPEECH-LANGUAGE PATHOLOGY — Inpatient Rehab Progress Note
[[H:Mānoa Rehabilitation Hospital]]          Date: [[D:2024-09-17]]
Pt: [[N:Shigeru Nakamoto]]   Age [[A:91]]   Dx: L MCA ischemic stroke [[D:9/2]] w/ expressive aphasia, oropharyngeal dysphagia.

Session 45 min. Wife [[N:Fumiko]] and daughter present; family asked that session include Japanese phrases. This [[A:ninety-one]]-year-old nisei grew up on a coffee farm in [[C:Hōlualoa]]; retired shop teacher.
Swallow: MBS [[D:9/12]] — penetration w/ thin (PAS 5), none w/ mildly thick. Diet IDDSI 6 soft & bite-sized / MO2 liquids. Tolerated okayu + thickened miso soup w/ chin tuck, 100% w/ min cues.
Language: WAB-R AQ 58.4 (41.2 at eval). Confrontation naming 12/20 w/ phonemic cues. Automatic speech: counted 1-20, sang "Sakura" w/ wife — fluent during melody. Functional words: "water," "bathroom," "[[N:Fumi]]."
Plan: continue 5x/wk; family training (cueing hierarchy, safe swallow strategies). D/c home w/ wife + daytime help via [[H:Aloha Kōkua Home Care]]; anticipated d/c [[D:9/27]].
[[N:Lauren Higa]], MS, CCC-SLP
"""))

# 33
NOTES.append(("radiology", """
XR CHEST 2 VIEWS (PA/LAT)
Pt: [[N:Nicolai, Alexie]]   DOB [[D:3/3/2019]]   [[A:5]]y M   MRN [[M:KD-0061274]]   Acc [[ID:XR2503-44182]]
Performed: [[H:Aniak Sub-Regional Health Center]]   [[D:02/20/2025]] 13:50   Read via telerad
History: cough x10 d, fever, SpO2 89% at clinic. RSV neg. Sibling admitted w/ pneumonia last week.
Comparison: [[D:08/02/2023]].
Findings: RLL consolidation w/ air bronchograms. Small R pleural effusion. Mild peribronchial cuffing. Heart size normal. No pneumothorax. Bones unremarkable.
Impression: RLL pneumonia with small right parapneumonic effusion. If clinical worsening, US chest to evaluate for loculation. F/u CXR 4-6 wks if symptoms persist.
Prelim communicated to [[N:Adeline Kameroff]], PA-C at 14:20.
[[N:Peter Hoang]], MD
"""))

# 34
NOTES.append(("pathology", """
DERMATOPATHOLOGY REPORT
[[H:Teton Dermatopathology Lab]], [[ST:125 E Pearl Ave]], [[C:Jackson]], [[SA:WY]] [[Z:83001]]   Fax [[F:307-555-0103]]
Accession: [[ID:TD-25-03318]]
Patient: [[N:Overby, Wade L]]   Age: [[A:62]]   Sex: M
Physician: [[N:Amber Lindquist]], PA-C, [[H:Cody Skin & Mohs]]
Date of procedure: [[D:07/11/2025]]
Clinical: L upper back pigmented lesion, changing x6 mo (wife noticed), r/o melanoma. Outfitter, lifelong sun exposure. Hx BCC nose 2019.
Specimen: Skin, L upper back, shave (deep saucerization)

DIAGNOSIS:
MALIGNANT MELANOMA, superficial spreading type, invasive
 - Breslow thickness: 0.9 mm
 - Clark level: IV
 - Ulceration: absent
 - Mitotic rate: 1/mm2
 - Regression, microsatellites, LVI: not identified
 - Peripheral margin: involved by in situ component at 3 o'clock
 - Deep margin: clear by 0.6 mm
 - pT1b (AJCC 8th ed.)
Melan-A and SOX10 immunostains support the diagnosis.
Comment: Wide local excision with 1 cm margins recommended; SLNB may be discussed. Findings discussed w/ submitting provider.
[[N:Wyatt Sorrell]], MD — Dermatopathology
"""))

# 35
NOTES.append(("consult", """
INFECTIOUS DISEASE CONSULT
[[H:Naches Valley Medical Center]]    [[D:11/20/2024]]
Requested by hospitalist for cavitary lung nodules + eosinophilia
Pt: [[N:Esperanza Magaña Ruiz]], [[A:47]]F, MRN [[M:NVM-5520871]]

HPI: 47F originally from [[C:Zamora]], México; lived in central California 2009-2016, in [[C:Sunnyside]] since. Hop harvest/warehouse work at [[O:Golden Bough Hop Farms]]. 3 mo cough, night sweats, 6 kg wt loss. Erythema nodosum shins in [[D:Sept]]. CT chest this adm: 2 cavitary RUL nodules (1.8, 1.2 cm), R hilar LAD.
Labs: WBC 11.2, eos 14%, ESR 62. QuantiFERON neg. HIV neg. Cocci EIA IgM+/IgG+; CF titer 1:32 — confirmatory specimen to state lab ([[ID:PHL-24-118803]]).
Exposures: dog, backyard chickens; dust from ag work. Traveled to [[C:Phoenix]] for niece's quinceañera last summer.
Family: husband; dtr [[N:Yesenia]] ([[A:19]]) helps w/ English. Pt prefers Spanish — in-person interpreter used.
Impression: Pulmonary coccidioidomycosis, acquired on AZ trip vs local (emerging in south-central WA). CF 1:32 raises concern for dissemination.
Rec:
 1. Fluconazole 400 mg PO daily, anticipate 6-12 mo minimum.
 2. Bone scan only if focal bone/joint sx — none today.
 3. Reportable — local health jurisdiction notified.
 4. LP not indicated at present (no HA, normal mentation).
 5. ID clinic 4 wks; CF titers q3mo; LFTs in 2 wks.
Thank you for the consult.
[[N:Dolores Whitebear]], MD (ID)  [[P:509-555-0137]]
"""))

# 36
NOTES.append(("addendum", """
Addendum [[D:12/29/2024]] 0112 ([[N:Yoshimoto]]): 2nd epi 2240, stable x4h since; dad requesting d/c to hotel — will observe until 0600 per anaphylaxis pathway. Epi auto-injector 0.3 mg x2 sent to the [[H:Walgreens]] on [[ST:Kalākaua Ave]].
"""))

# 37
NOTES.append(("handoff", """
L&D SBAR handoff — [[H:Garden Isle Medical Center]], [[C:Līhuʻe]]
Day -> Night, [[D:Kamehameha Day]] (short staffed, 1 float)

RM 2  [[N:Kalani Ferreira]] [[A:19]] G1P0 39w5d, IOL for gHTN. Miso 25 x2, now pit 6 mU/min. SVE 4/70/-2 @ 1700. Cat I. BP 142/90-148/96, PIH labs nl. Epidural in, functioning. FOB at bedside; pt ok w/ updates to her mom by phone.
RM 4  [[N:Melesiu Taumoepeau]] [[A:34]] G4P3 36w1d, PPROM 0900. GBS unk -> PCN. Tongan speaking; husband interprets, phone interpreter offered/declined. Ctx irregular. Peds aware. If no progress by AM, pit per Dr. [[N:Sheldon Young]].
RM 6  [[N:Hope Cabral]] [[A:28]] PPD1 SVD, QBL 900, methergine x1, Hgb 8.9 -> IV iron ordered. Sister [[N:Faith]] staying overnight. Baby in NICU for TTN (BABYGIRL [[N:CABRAL]], MRN [[M:GI-00771582]]).
RM 7  empty, cleaned.
— [[N:kf]]
"""))

# 38
NOTES.append(("nh_transfer", """
HOSPITAL-TO-SNF TRANSFER SUMMARY (Continuity of Care)
From: [[H:Missouri River Medical Center]] — 4N
To:   [[H:Sun River Valley Care & Rehab]], [[ST:301 Central Ave W]], [[C:Great Falls]], [[SA:MT]] [[Z:59404]]
Transfer date: [[D:Dec 18, 2024]]
Resident: [[N:Gudrun Ellingson]], [[A:101]] F    DOB [[D:5/14/1923]]

Dx: L femoral neck fx, s/p hemiarthroplasty [[D:12/14]]. Post-op delirium, resolving. HFpEF (EF 55%), CKD 3, hypothyroid, OA.
Cognition: CAM neg x48h. Oriented to person/place. Widowed, lived independently in apt until her fall.
Function: sit-stand mod A x1, amb 15 ft FWW min A x2. WBAT LLE. Posterior hip precautions x6 wk.
Diet: regular, thin liquids. Skin: stage 1 sacrum — heel boots, q2h turns.
Code: DNR, selective treatment; POLST signed [[D:12/16/24]].
Meds (see MAR): acetaminophen 650 q6h sched, oxycodone 2.5 prn (1 dose last 24h), enoxaparin 40 daily x4 wks, levothyroxine 75 mcg, furosemide 20, senna/docusate, vit D.
Family: nephew [[N:Lars Ellingson]] (POA) [[P:406-555-0166]]; his wife [[N:Patrice]] [[E:pellingson55@gmail.com]]
F/u: ortho clinic 2 wks (staples out, or SNF may remove POD 14). PCP aware.
Report called to SNF nurse [[N:Cheyenne]] 1030.
Prepared by: [[N:alund]]
"""))

# 39
NOTES.append(("home_health", """
HOSPICE RN VISIT — [[H:Lake City Hospice]]
Pt: [[N:Merle Higginbotham]]  [[A:77]] M   Dx: metastatic pancreatic adenocarcinoma
Visit: [[D:Sat 3/15/2025]] 1400   Addr: [[ST:2207 N 4th St]], [[C:Coeur d'Alene]], [[SA:ID]] [[Z:83814]]
PPS 30%. Bedbound, sleeping 18-20 h/d. Intake few sips + ice chips. Pain 4/10 on fentanyl 25 mcg/h + oxycodone soln 5 mg q2h prn (used 4x/24h). Mild terminal secretions — glycopyrrolate started. Sacrum intact, turned q2h by wife [[N:Darlene]].
Wife tearful, coping; son arriving tonight. Pt told chaplain he hoped to see grandson's wedding in [[D:April]] — family plans a video call.
Equipment: hospital bed, O2 concentrator (SN [[DV:IC5-2209481]]) 2 L prn — both from [[H:Panhandle Home Medical]].
Arrangements pre-made w/ [[O:Lakeview Memorial Chapel]].
Comfort kit in home, locked box. Wife knows to call hospice 24/7 line [[P:208-555-0198]], NOT 911.
[[N:Tessa Moody]], RN
"""))

# 40
NOTES.append(("admin", """
HIM — RELEASE OF INFORMATION LOG
[[H:Pacific Sound Health – St. Anselm Campus]]
Request # [[ID:ROI-25-07731]]     Rec'd: [[D:05/02/2025]]
Patient: [[N:Tavita Lauina]]   DOB [[D:12/07/1985]]   MRN [[M:PSH-1187204]]   SSN [[S:531-40-8817]]
Requester: [[O:Hollister & Vance Law Group]], [[ST:1201 Pacific Ave Ste 1400]], [[C:Tacoma]], [[SA:WA]] [[Z:98402]]; paralegal [[E:jruiz@hvlawgroup.com]]
Records requested: ED visit [[D:3/8/2025]] + imaging, MVC.
Authorization signed by pt; ID verified, WA DL [[L:WDL8842QK71B]].
Auto claim [[ID:PRG-88-4471920]].
Vehicle: 2019 Camry, VIN [[V:4T1B11HK5KU804417]], WA plate [[V:CDM4471]].
Delivered via secure link [[U:https://roi.pacificsoundhealth.org/release/ROI-25-07731]]; download logged from [[IP:73.221.14.88]].
Fee $27.45, invoice [[AC:INV-2025-11802]].
Processed: [[N:kdelacruz]]
"""))
