# Blind test notes, writer D: Great Plains, Texas border, Gulf Coast,
# Nevada and Idaho; travellers from Mexico, Canada, India, the Philippines
# and Germany. All people, numbers, addresses and facilities are invented.
NOTES = [
("discharge_summary", """DISCHARGE SUMMARY

PATIENT: [[N:SCHMIDTBERGER, LEONARD J]]
MRN: [[M:00482216]]     ACCT: [[AC:7730019482]]
ADMIT: [[D:02/11/2025]]     DISCHARGE: [[D:02/16/2025]]
ATTENDING: [[N:Ruth Ann Dreiling]], MD
PCP: [[N:Marcus Pfannenstiel]], DO, [[H:Ellis County Family Medicine]]

DISCHARGE DIAGNOSES:
1. Acute on chronic systolic CHF, EF 30-35%
2. AKI on CKD 3b, Cr peak 2.4 (baseline 1.6)
3. Paroxysmal AF w/ RVR, CHA2DS2-VASc 5
4. DM2, A1c 7.9

HOSPITAL COURSE:
Mr. [[N:Schmidtberger]] is an [[A:81]] y/o retired wheat farmer from [[C:Victoria]], [[SA:KS]] who presented on [[D:2/11]] w/ 9 lb wt gain, 3-pillow orthopnea and BLE edema to the knees. BNP 2,140. CXR bilat effusions. Diuresed w/ IV furosemide 80 mg BID, net -6.1 L. Cr rose to 2.4 on HD 3, diuresis held x 24 h then resumed at lower dose; Cr 1.9 at d/c. AF w/ RVR to 140s on [[D:2/13]], rate controlled w/ metoprolol. After discussion of bleeding risk w/ pt and son [[N:Gerald]], started apixaban 2.5 mg BID (age/Cr criteria). Echo [[D:2/12/25]]: EF 30-35%, mod MR, RVSP 48. Cardiology (Dr. [[N:Okafor]]) recommends outpatient ischemic w/u, likely Lexiscan at [[H:High Plains Heart Institute]].

DISCHARGE MEDICATIONS:
furosemide 40 mg PO BID (was 20 mg daily)
metoprolol succinate 50 mg daily
apixaban 2.5 mg BID - NEW
empagliflozin 10 mg - HOLD until Cr < 1.8
insulin glargine 22 units qHS

DISPOSITION: Home w/ [[H:Prairie Hearth Home Health]] for SN visits, daily wts. Call if gain > 3 lb in a day.
FOLLOW-UP: PCP [[D:2/20/25]]. Cards clinic 1 wk. BMP [[D:Tues 2/18]].
CODE STATUS: DNR/DNI, POLST on chart.

[[N:Ruth Ann Dreiling]], MD
D: [[D:02/16/2025]] 14:22   T: [[D:02/17/2025]] 06:10   [[N:jkw]]
cc: [[N:Marcus Pfannenstiel]], DO; [[N:Chiamaka Obiora]], MD
"""),
("progress", """PROGRESS NOTE     DOS [[D:04/08/2024]]
[[H:Clínica Familiar del Río]] - Internal Medicine
Pt: [[N:YBARRA, GUADALUPE]] "[[N:Lupita]]"   DOB [[D:11/30/1961]]   MRN [[M:LRD-301557]]

S: [[A:62]] yo F w/ DM2, HTN here for 3 mo f/u. Checks sugars "cuando me acuerdo", fasting 140s-180s. Ran out of metformin x2 wk in [[D:Feb]] while in [[C:Nuevo Laredo]] caring for her mother, bought it at a farmacia there. Denies polyuria, blurry vision. Feet burn at night. Daughter [[N:Xóchitl]] now fills her pillbox on Sundays.
O: BP 148/86  HR 78  Wt 84.2 kg (86.0 in [[D:Jan]])  BMI 33.9
A1c 8.9 (9.6 in [[D:Dec]]). UACR 64. Cr 0.9, eGFR >60.
A/P:
1. DM2, uncontrolled but improving - cont metformin 1000 BID, add glipizide 5 mg qAM. Hypoglycemia teaching done. Pt fills at [[H:Farmacia San Judas]] on [[ST:Mesquite Bend Rd]], $4 list ok.
2. Diabetic neuropathy - gabapentin 100 qHS, podiatry ref to [[H:Gateway Podiatry Associates]].
3. HTN + albuminuria - start lisinopril 10 mg. BMP 2 wk.
4. HCM - mammogram due, order placed. Tdap today, lot TD7721A.
Visit in Spanish. RTC 3 mo.
-- [[N:R. Benavides-Treviño]], MD
"""),
("h_and_p", """HISTORY & PHYSICAL
[[H:Black Hills Regional Hospital]] - Medicine Service

NAME: [[N:IRON SHELL, DARLENE M]]     DOB: [[D:07/22/1958]]     MRN: [[M:8840127]]
DATE OF ADMISSION: [[D:09/03/2024]]
ATTENDING: [[N:Lakshmi Sundararajan]], MD
REFERRED FROM: [[H:Medicine Root Health Center]], [[C:Kyle]], [[SA:SD]] (Dr. [[N:Janis]])

CHIEF COMPLAINT: "I can't get my air."

HPI: Ms. [[N:Iron Shell]] is a [[A:66]] yo woman w/ COPD on 2L home O2, DM2, CKD 3a, who presents by ground transfer w/ 4 days of worsening SOB, productive cough w/ green sputum and fevers. At the clinic SpO2 was 81% on her home 2L. Received ceftriaxone 1 g and duoneb x3 prior to transfer. Denies CP, hemoptysis, leg swelling. Last COPD exacerbation [[D:Jan 2024]], never intubated.

PMH: COPD (FEV1 42% [[D:5/2023]]), DM2, CKD 3a, HTN, OSA not on CPAP, depression.
PSH: Roux-en-Y gastric bypass 2009, lap chole, C-section x2.
MEDS: Trelegy 1 puff daily, albuterol prn, metformin 500 BID, lisinopril 20, sertraline 50.
ALLERGIES: PCN (hives).

SOCIAL HISTORY: Lives in [[C:Kyle]] w/ granddaughter [[N:Star Bear Runner]] ([[A:19]]), who is her main caregiver. 45 pk-yr, quit at age [[A:60]]. No EtOH in 20 yrs. Retired cook at [[O:Medicine Root Elementary]]. Speaks English and Lakota.

FAMILY HISTORY: Mother d. of diabetes complications at [[A:54]]. Brother on HD in [[C:Rapid City]].

EXAM: T 38.4  HR 112  BP 104/62  RR 28  SpO2 86% 2L -> 93% 4L NC
Gen: tachypneic, 4-5 word sentences. Lungs: coarse crackles RLL, diffuse exp wheeze. CV: tachy, reg. Ext: no edema.

LABS: WBC 16.2, Hgb 11.8, lactate 2.8, procal 4.1, Cr 1.5 (baseline 1.2), BNP 310, VBG 7.31/58.
CXR: RLL consolidation, no effusion.

ASSESSMENT AND PLAN:
[[A:66]] yo F w/ severe COPD admitted w/ sepsis 2/2 RLL CAP and AECOPD.
1. Sepsis/CAP - 30 mL/kg LR, ceftriaxone + azithro, BCx x2, sputum cx, Legionella/strep Ag.
2. AECOPD - pred 40 mg x5d, duonebs q4h, BiPAP prn for hypercapnia, goal SpO2 88-92%.
3. AKI on CKD - hold lisinopril, metformin. Renally dose meds.
4. DM2 - SSI, A1c.
DVT ppx: heparin SQ. CODE: Full (confirmed w/ pt).
Contact: granddaughter [[N:Star]] [[P:(605) 555-0187]]; pt OK w/ sharing info.

[[N:L. Sundararajan]], MD   [[D:9/3/2024]] 23:41   pgr [[P:4418]]
"""),
("consult", """NEPHROLOGY CONSULT NOTE
Date: [[D:06/19/2023]]
Requested by: Dr. [[N:Hollis Whitfield]] (hospitalist)   Reason: AKI, K 6.8

HPI: [[N:Efraín Almanza Rentería]] is a [[A:47]] yo M, long-haul driver for [[O:Transportes Fronterizos del Norte]], lives in [[C:Ciudad Juárez]] and stays w/ a cousin in [[C:El Paso]] between runs. Admitted to [[H:Sun City Medical Center]] last night w/ weakness, N/V x3 d. Took ibuprofen 800 mg TID x1 wk for back pain on top of lisinopril 40. Outside labs from [[H:Hospital Ángeles del Valle]] in [[D:Jan 2023]]: Cr 1.4. Here Cr 5.2, BUN 88, K 6.8, HCO3 15. CK 812. UA 2+ prot, 0-2 RBC, no casts. Renal US: 11.2/11.5 cm, no hydro.

PMH: HTN x10 yrs, DM2 (A1c 7.4), gout.
SH: No tob. EtOH weekends. Wife [[N:Rocío]] and 3 kids in [[C:Juárez]].

ASSESSMENT: AKI (likely prerenal + NSAID/ACEi hemodynamic, r/o ATN) on probable CKD 3a, w/ hyperkalemia and NAGMA.
PLAN:
- Ca gluconate 1 g given, insulin 10 u + D50, Lokelma 10 g TID x48h.
- Hold lisinopril and all NSAIDs; avoid IV contrast.
- LR 125 mL/h, reassess volume q shift; strict I/O, daily wts.
- BMP q6h overnight. No emergent indication for HD now; if K rebounds > 6.0 or UOP < 0.3 mL/kg/h will place temp HD cath.
- Low K renal diet.
Pt concerned re: DOT medical card (TX CDL [[L:41839027]], card exp [[D:8/2023]]); advised he may not drive until cleared.
Will follow daily.

[[N:Ximena Carrasco-Olivas]], MD  Nephrology  pgr [[P:2093]]
cc: Dr. [[N:Whitfield]]
"""),
("nursing", """0700-1900 RN NOTE  [[D:5/14/25]]
Pt [[N:Nyandeng Deng]] A&Ox4, speaks Dinka + some English. Phone interpreter used for AM assessment (interpreter ID [[ID:318842]]). POD#2 s/p ex lap/SBR. Pain 6/10 incisional -> 3/10 after hydromorphone PCA demand. JP 40 mL serosang. Foley d/c'd 0600, voided 350 mL at 1015. Amb in hall x2 w/ husband [[N:Garang]]; husband asking when she can go back to her line job at [[O:Platte Valley Packing]] in [[C:Lexington]]. UOP low 25 mL/h x2h earlier, Dr. [[N:Voss]] notified, 500 mL LR bolus given w/ good response.
VS: BP 132/78 HR 88 T 37.6 SpO2 95% RA. IS 750.
Tol clears. Plan advance diet per surgery, IS q1h, amb TID.
[[N:K. Wiebe]], RN
"""),
("radiology", """EXAM: CT HEAD WO CONTRAST
ACCESSION: [[ID:CT24-0917733]]
PATIENT: [[N:HAUCK, ELDON]]   MRN: [[M:3309158]]   DOB: [[D:01/05/1932]]   AGE: [[A:92]]Y
ORDERING: [[N:Nadia Soliman]], PA-C
EXAM DATE: [[D:10/14/2024]] 03:12

HISTORY: [[A:92]] yo M, unwitnessed fall at [[H:Missouri Slope Care Home]], on warfarin, INR 3.1.

COMPARISON: CT head [[D:03/02/2023]] from [[H:Heart River Hospital]], [[C:Mandan]].

FINDINGS: Acute L frontoparietal subdural, up to 8 mm. No midline shift. Chronic small vessel change. L parietal scalp hematoma, no fracture.

IMPRESSION: Acute 8 mm left convexity SDH without mass effect.

Critical result called to [[N:N. Soliman]] PA-C by Dr. [[N:Falkenrath]] at 03:31 on [[D:10/14/2024]]; read-back confirmed.
Electronically signed: [[N:Werner Falkenrath]], MD
"""),
("pathology", """SURGICAL PATHOLOGY REPORT
Case: [[ID:WS25-04417]]
Patient: [[N:TRAN, MINH KHOA]]     MRN: [[M:W0082914]]
DOB: [[D:1955-08-19]] (Age: [[A:69]])     Sex: M
Collected: [[D:2025-03-04]]     Received: [[D:2025-03-05]]
Submitting: [[N:Cordell Wise]], MD - [[H:Arkansas River Urology]], [[C:Wichita]], [[SA:KS]]
Clinical: PSA 9.8, PI-RADS 4 lesion left mid PZ. MRI-fusion + systematic bx.

FINAL DIAGNOSIS:
A. Prostate, left base, needle core biopsy: Benign prostatic tissue.
B. Prostate, left mid (target), needle core biopsy: Prostatic adenocarcinoma, Gleason score 3+4=7 (Grade Group 2), in 2 of 2 cores, 45% of tissue. Pattern 4 ~20%. Perineural invasion present.
C-F. Prostate, left apex and right base/mid/apex: Benign.

COMMENT: Reviewed at intradepartmental consensus with Dr. [[N:Lorraine Good]], who agrees.

[[N:Sunil Mathai]], MD, Pathologist
Electronically signed [[D:03/07/2025]] 16:05
"""),
("pharmacy", """PHARMACY - VANCOMYCIN PK NOTE   [[D:7/22/24]]
Pt: [[N:Beaudreaux, Rusty]] ([[A:58]] M)   [[H:Coastal Bend Medical Center]], 5 West rm 514
Indication: MRSA bacteremia (2/2 bottles [[D:7/20]]), source L foot abscess s/p I&D. TTE neg, TEE pending.
Wt 112 kg  Ht 180 cm  SCr 1.3 (baseline 1.0)  est CrCl ~78 mL/min
Levels on 1500 mg q12h: 32.1 @ 1302, 14.8 @ 2245
Bayesian AUC24 ~612 -> above goal 400-600.
Plan: decrease to 1250 mg q12h, next dose 0900. Repeat 2 levels w/ 4th dose ~[[D:7/24]]. SCr daily. ID (Dr. [[N:Arceneaux]]) aware, agrees.
-- [[N:Tuyet Pham]], PharmD  x[[P:3317]]
"""),
("therapy", """PHYSICAL THERAPY - DAILY NOTE
Pt: [[N:Iñaki Etxeberria]]   DOS: [[D:01/29/2026]]   Visit 7/12
Dx: s/p R TKA [[D:12/18/2025]] (Dr. [[N:Arrieta]], [[H:Treasure Valley Orthopedic Surgery Center]])

S: "Stairs are still the worst." Pain 4/10 rest, 7/10 after stairs. Back out at the ranch near [[C:Mountain Home]] doing paperwork only, per wife [[N:Miren]] who came today. Wants to be ready for lambing season. Icing 3x/day.
O: Knee AROM 4-104 deg (96 at visit 5). Quad lag 5 deg. TUG 11.2 s. Gait w/o AD on level, step-to on stairs w/ 1 rail.
Tx: bike, TKE, step-ups 3x10, patellar mobs, stair trng.
A: Flexion up 8 deg in 2 visits; quads still limit stairs.
P: Cont 2x/wk x 3 wk, HEP updated.
[[N:Jessamyn Goicoechea]], PT, DPT   Lic [[L:PT-6193]]
"""),
("portal", """PATIENT MESSAGE   Rec'd [[D:11/10/2025]] 21:47
From: [[N:Jana Vondráčková]]
Subject: refill + FMLA

Hi Dr [[N:Kucera]], I need a refill of my sertraline 100 mg, only 3 left. Please send to the [[H:Hy-Vee]] pharmacy on [[ST:S 48th St]] in [[C:Lincoln]], NOT the mail order one. Also HR at [[O:Crete Public Schools]] needs my FMLA paperwork back by [[D:Fri 11/14]] or my leave gets denied. Their fax is [[F:402-555-0164]]. My cell is [[P:402-555-0129]] if you need anything. Thank you!! [[N:Jana]]
---
Reply [[D:11/12/2025]] 10:02
Sertraline 100 mg #90 sent to Hy-Vee as requested. FMLA form completed by Dr. [[N:Kucera]] and faxed to [[F:402-555-0164]] today, confirmation in media tab.
-[[N:LK]], RN
"""),
("telephone", """TELEPHONE ENCOUNTER - NURSE TRIAGE
[[D:03/30/2025]] 21:40   [[H:Washita Valley Pediatrics]] after-hours line
Caller: [[N:Misty Whiteshirt]] (mother)   Callback: [[P:(580) 555-0173]]
Pt: [[N:Kaden Whiteshirt]], [[A:4]] yo M, DOB [[D:8/2/2020]]

Fever x2 d, Tmax 103.1, pulling R ear, drinking ok, voided x3 today. No rash/stiff neck/labored breathing, playful between fevers. Tylenol 240 mg at 1900.
Protocol: Fever > 3 mo -> home care, office within 24 h. Ibuprofen 160 mg q6h prn, fluids. ER if lethargic, stiff neck, purple rash or trouble breathing. Appt made for 0900 tomorrow w/ Dr. [[N:Sharp]]; mom asked for early slot since she works 11-7 at [[O:Custer County Co-op]].
Mom verbalized understanding.
[[N:Brandi Tallbear]], RN
"""),
("social_work", """SOCIAL WORK NOTE   [[D:08/05/2024]]
Referral: L&D RN [[N:Yesenia]] re: pt disclosure of partner violence.

Pt [[N:Araceli Montemayor Salinas]], [[A:23]] yo G2P2, PPD #1, seen alone after RN asked partner [[N:Jesús]] "[[N:Chuy]]" [[N:Cantú]] to step out. Spanish interpreter [[N:Ofelia Garza]] (badge [[ID:4027]]).
Pt reports partner shoved her at ~30 wks, takes her phone. Lives w/ him in a colonia off [[ST:Mile 5 Rd]] outside [[C:Alton]]. Partner drives white Silverado, TX plate [[V:NKR-8841]].
Safety plan completed. Pt's sister [[N:Marisol]] in [[C:Edinburg]] can take pt, newborn and son [[N:Iker]] ([[A:2]]). Safe number = sister's cell [[P:956-555-0138]], OK to leave msg as "the clinic."
Pt declined police report today. Given DV hotline and legal aid info. Partner visits restricted per pt. F/u tomorrow AM.
[[N:D. Villarreal]], LCSW  x[[P:6621]]
"""),
("case_mgmt", """CASE MANAGEMENT NOTE  [[D:12/02/2024]] 1130
Pt [[N:Arlene Vanderpol]], [[A:88]] yo F, readmit (d/c [[D:11/21]]) w/ L hip fx s/p IM nail [[D:11/29]]. PT recs SNF.
Payer: Medicare A/B; supplement Wellmark BCBS, member ID [[HP:WMK884201337]].
Referrals sent: [[H:Prairie Rose Care Center]], [[H:Dakota Sunrise Senior Living]], [[H:Big Sioux Lutheran Home]].
[[H:Prairie Rose]] accepted, bed avail [[D:12/4]]. [[H:Dakota Sunrise]] waitlist.
Spoke w/ dtr/POA [[N:Sunny Vanderpol-Kim]] ([[P:612-555-0194]]) in [[C:Minneapolis]]; she prefers [[H:Prairie Rose]], close to her brother [[N:Dale]] in [[C:Tea]]. Family hopes she can go back to independent living eventually.
IMM signed [[D:12/1]].
Plan: d/c to [[H:Prairie Rose]] [[D:12/4]] via w/c van 1000 if medically stable per Dr. [[N:Kowalczyk]].
[[N:Tamara Eggers]], RN CM  ext [[P:5572]]
"""),
("admin", """PRIVACY INCIDENT - ACCESS AUDIT SUMMARY
Case #: [[ID:PRV-2025-0312]]     Opened: [[D:04/10/2025]]
Investigator: [[N:Leticia Ornelas]], Privacy Officer, [[H:Rio Grande Valley Health Alliance]]
Complainant/patient: [[N:Rocky Salazar]]  MRN [[M:60193384]]  (employee, Facilities Dept)

Report run [[D:04/10/2025]] for [[D:03/25/2025]]-[[D:04/09/2025]]:
[[D:04/02/2025]] 22:14  [[N:mgallegos]]  Unit Secretary 3 South  Chart Review  ws [[IP:10.44.18.203]]
[[D:04/02/2025]] 22:16  [[N:mgallegos]]  Unit Secretary 3 South  Results  ws [[IP:10.44.18.203]]
[[D:04/05/2025]] 06:51  [[N:abautista]]  RN, ED  Triage Note  ws [[IP:10.44.2.77]]
[[D:04/09/2025]] 13:30  [[N:mgallegos]]  Unit Secretary 3 South  Problem List  ws [[IP:10.44.18.203]]

Findings: [[N:abautista]] access tied to pt's ED visit [[D:4/5]] - appropriate. [[N:mgallegos]] ([[N:Marisela Gallegos]]) had no treatment or operational role; employee is pt's former sister-in-law. Complaint substantiated.
Actions: referred to HR and manager [[N:Hector Quiroga]]; access suspended. Breach risk assessment done, notification letter mailed [[D:04/18/2025]] to pt at [[ST:2217 Palo Verde Dr]], [[C:Weslaco]], [[SA:TX]] [[Z:78596]].
Closed [[D:05/02/2025]]. -[[N:LO]]
"""),
("addendum", """ADDENDUM   [[D:05/06/2025]] 08:15
Pt: [[N:Kamala Krishnamurthy]]   MRN [[M:TMM-448120]]
Correction to my H&P of [[D:5/4/2025]]: DOB was registered as [[D:06/11/1947]] in error. Correct DOB is [[D:06/11/1937]] per her Indian passport ([[ID:Z8320516]]); pt is [[A:87]] yo, not [[A:77]]. Registration corrected by [[N:cmurillo]] (HIM). Confirmed w/ son [[N:Ravi Krishnamurthy]], with whom she has been staying in [[C:Sparks]] since [[D:March]]; home is [[C:Chennai]]. Travel insurance policy [[HP:ICI-TR-00918273]]. Renal dosing of enoxaparin rechecked w/ correct age - no change. CHA2DS2-VASc recalculated, unchanged at 4.
[[N:Anand Joshi]], MD, [[H:Truckee Meadows Medical Center]]
"""),
("ed_triage", """ED TRIAGE  [[D:11/23/2024]] 02:12   ESI 2
[[N:Olaechea, Tyler]] "[[N:Bear]]"  [[A:19]] yo M
CC: MVC rollover
Restrained driver, single-vehicle rollover on [[ST:I-80]] ~10 mi E of [[C:Winnemucca]], +airbag, self-extricated, ambulatory at scene. Brought by EMS in c-collar. GCS 15. C/o neck pain 6/10, LUQ pain. +ETOH odor, states "4 beers."
VS: BP 118/74  HR 104  RR 20  SpO2 98% RA  T 36.4
Seatbelt sign L chest/abd. Abrasions R forearm.
Trooper [[N:Haskins]] (NHP, badge [[ID:1187]]) at bedside; pickup NV plate [[V:8KT419]].
Mother [[N:Dolores Olaechea]] en route from [[C:Elko]], [[P:775-555-0196]].
Trauma activation level 2 called 0215. -[[N:rmoss]] RN
"""),
("discharge_summary", """DISCHARGE SUMMARY - SURGICAL ONCOLOGY
[[H:Gulf Coast University Medical Center]], [[C:Mobile]], [[SA:AL]]

Name: [[N:Lê Văn Hùng]]     MRN: [[M:M-2210487]]     DOB: [[D:02-Mar-1960]]
Admitted: [[D:October 3, 2023]]     Discharged: [[D:October 14, 2023]]
Surgeon: [[N:Beatrice Thibodeaux]], MD

PRINCIPAL PROCEDURE: Pylorus-preserving pancreaticoduodenectomy (Whipple), [[D:10/4/23]]
DIAGNOSIS: Pancreatic head adenocarcinoma, pT2N1 (2/17 LN), R0.

HOSPITAL COURSE:
[[A:63]] yo M shrimper from [[C:Bayou La Batre]] w/ painless jaundice in [[D:August]], ERCP/stent at [[H:Bayside Endoscopy Center]], EUS-FNA confirmed adenocarcinoma. Taken to OR [[D:10/4]]; uncomplicated. POD#3 delayed gastric emptying, NGT replaced x48h, then diet advanced slowly. JP amylase POD1/3 low, drain removed POD6. Tolerating soft diet, +BMs, pain controlled on oral meds. Path reviewed w/ pt and family.
Pt's primary language is Vietnamese. Son [[N:Kevin Le]] interpreted for routine care per pt preference; in-person interpreter ([[N:Thủy]], ID [[ID:VN-2207]]) used for consent and d/c teaching.

DISCHARGE MEDS:
pancrelipase (Creon) 36,000 units w/ meals, 12,000 w/ snacks
pantoprazole 40 mg daily
oxycodone 5 mg q6h prn pain #20
enoxaparin 40 mg SQ daily x 28 days (extended VTE ppx)
docusate 100 mg BID

FOLLOW-UP:
Dr. [[N:Thibodeaux]] clinic [[D:10/24/23]], 9:30 AM
Med onc Dr. [[N:Rajesh Varghese]], [[H:Azalea Coast Oncology]] - adjuvant mFOLFIRINOX discussion, within 4 wk
Home health: [[H:Magnolia Home Care]] for enoxaparin teaching, wound check

[[N:Beatrice Thibodeaux]], MD
D: [[D:10/14/2023]]   T: [[D:10/15/2023]]   [[N:BT]]/[[N:rmh]]
cc: [[N:Rajesh Varghese]], MD; [[N:Phuong Dinh]], MD (PCP)
"""),
("progress", """MICU PROGRESS NOTE   HD#4   [[D:1/9/2026]]
[[N:Trinity Harjo]]  [[A:34]] F  [[H:Green Country Medical Center]] MICU bed 9

S: Extubated 2200, now 4L NC, sore throat. Mother [[N:Loretta Harjo]] at bedside this AM.
O: Tmax 38.1  BP 102/64  HR 96  RR 20  SpO2 95% 4L
FSBG 140-210. AG 11. K 3.6  Mg 1.7  WBC 12.1 (14.8)
A/P:
1. DKA - resolved. Glargine 20 u qHS + lispro SSI. Endo (Dr. [[N:Wolf]]) following. Diabetes ed once more awake.
2. Aspiration PNA - amp/sulbactam day 3/7.
3. Meth use (UDS +) - SW consult; pt reports her insulin was stolen at [[O:Arkansas River Mission Shelter]], where she has stayed since [[D:Thanksgiving]].
4. Dispo: to floor tomorrow if O2 needs < 3L.
[[N:Emeka Obi]], MD PGY-2 / seen w/ Dr. [[N:L. Sixkiller]]
"""),
("h_and_p", """L&D ADMISSION H&P   [[D:03/17/2025]] 04:15
Pt: [[N:Naw Paw Say]]  [[A:27]] yo G3P2002 @ 39w2d   EDD [[D:3/22/25]] by 8 wk US
PNC: [[H:South Omaha Community Health Center]] (Dr. [[N:Oduya]]), 11 visits.
Interpreter: Karen, via phone, ID [[ID:72291]].

HPI: SROM at 0230, clear fluid, ctx q3-4 min since 0300. +FM. No VB, HA, visual changes.
OB HX: SVD x2 in [[C:Mae La]] camp, Thailand (2016, 2019), no complications, largest 3.1 kg.
PMH: latent TB, treated 2021. PSH: none. Meds: PNV. NKDA.
LABS: O+, Ab screen neg, RI, HBsAg/HIV/RPR neg, GBS neg [[D:2/20]], 1-hr GTT 118.
SOCIAL: Lives in [[C:Omaha]] w/ husband [[N:Saw Kler Htoo]], who works at [[O:Missouri Bluffs Meats]], and 2 kids. No tob/EtOH.
EXAM: BP 118/72  P 84  T 36.8. FHT 140s, mod var, +accels, cat I. Toco q3 min. SVE 5/80/-1, vtx. EFW 3300 g.
A/P: IUP at term w/ SROM, active labor.
- Admit L&D, expectant mgmt, epidural on request.
- GBS neg, no ppx.
- Tdap given [[D:1/10/25]].
- Declines BTL; plans Nexplanon before d/c.
[[N:Hannah Friesen]], CNM   Dr. [[N:Oduya]] aware.
"""),
("consult", """INFECTIOUS DISEASE CONSULT
[[H:Northern Prairies VA Medical Center]], [[C:Fargo]], [[SA:ND]]
Patient: [[N:DELA CRUZ, ROMEO B]]   SSN: [[S:489-22-7301]]   DOB: [[D:09/14/1952]]
Date: [[D:08/04/2025]]   Requesting: Dr. [[N:Per Haugen]], Hospitalist
Reason: fever after travel to Philippines

HPI: [[A:72]] yo Navy veteran (ret. chief), returned [[D:7/28/25]] from 6 wk trip to [[C:Cebu City]] and his hometown [[C:Tagbilaran]]. Fevers to 39.6 x5 days, frontal HA, retro-orbital pain, myalgias. No rash, bleeding, diarrhea. Ate street food incl. balut; swam in a river; multiple mosquito bites. No pretravel visit. Wife [[N:Consolacion]] ("[[N:Connie]]") had a "flu" there in [[D:July]], now well.

PMH: HTN, BPH, CAD s/p PCI 2018. MEDS: lisinopril, tamsulosin, ASA, atorva.

LABS: WBC 3.1, plt 88K (142K on [[D:7/30]]), AST/ALT 140/122, Na 131. BCx x2 NGTD. Malaria smears neg x3. Dengue NS1/IgM pending (send-out). UA bland. CXR clear.

IMPRESSION: Febrile illness after travel to the Philippines w/ leukopenia, thrombocytopenia, transaminitis. Dengue most likely; also consider enteric fever, leptospirosis (river exposure), scrub typhus/rickettsia.

RECOMMENDATIONS:
1. Doxycycline 100 mg BID (lepto/rickettsial) + ceftriaxone 2 g daily pending cx.
2. Hold ASA; avoid NSAIDs. Acetaminophen only, max 3 g/d.
3. Daily CBC, watch for warning signs of severe dengue (plasma leak) as defervescence occurs.
4. Stool cx if diarrhea. Lepto PCR/serology sent.
5. Will notify ND DOH if dengue confirmed.
Thank you for this consult. Will follow.

[[N:Gwendolyn Strong]], MD   ID Section   pgr [[P:7756]]
"""),
("nursing", """HD tx [[D:2/3/26]] chair 6. [[N:Ramón Quintanilla]] missed Fri ([[ST:Hwy 26]] closed from [[C:Bayard]]). Pre 88.9/EDW 85.0, UF 3.5 L, K 6.1. Cramps hr 3, BP 98/60, NS 200 mL. Post 86.1. Dr. [[N:Amadi]] aware. -[[N:sk]] RN
"""),
("progress", """HEMATOLOGY/ONCOLOGY - PROGRESS NOTE
[[N:UNRUH, ESTHER K]]   [[A:57]] F   DOS: [[D:Aug 12, 2025]]
[[H:Harvey County Cancer Center]], [[C:Newton]]
Dx: L breast IDC, cT2N1M0, ER+/PR+/HER2 3+. Neoadj TCHP, here for C4D1.

INTERVAL: Since C3 on [[D:7/22]] had grade 2 diarrhea x4 days, better w/ loperamide. Fatigue 5/10. No neuropathy. Husband [[N:Wendell]] drives her in from [[C:Hillsboro]]; women from [[O:Cottonwood Creek Mennonite Church]] are bringing meals.
EXAM: ECOG 1. L breast mass ~2.5 cm (4.1 at dx), marked decrease.
LABS: ANC 1.9  Hgb 10.8  Plt 162.
Echo [[D:7/30/25]]: LVEF 58% (baseline 62%).
A/P:
1. Breast ca - proceed C4 TCHP, no dose mods. C5 [[D:9/2/25]].
2. Port (Bard PowerPort, SN [[DV:BPP4M8812037]]) flushing and drawing well.
3. Surgical consult w/ Dr. [[N:Penner]] after C6 for lumpectomy vs mastectomy.
4. Fatigue - may return to part-time work at [[O:Prairie Sun Bakery]] when able.
[[N:Jonas Regier]], MD
"""),
("h_and_p", """PSYCHIATRIC ADMISSION H&P
[[H:Sierra Crest Behavioral Health]]     Admit: [[D:07/02/2025]] 18:40
Pt: [[N:Faisal Durrani]]   DOB [[D:10/27/1993]]   MRN [[M:SCB-0061142]]
Legal status: Legal 2000 initiated [[D:7/1/25]] by Ofc. [[N:Delgado]], [[C:Reno]] PD, case [[ID:RPD25-118043]].

CC: "My neighbors put a tracker in my car."

HPI: [[A:31]] yo M, single, software QA tester at [[O:Tahoe Basin Logistics]], no prior psych hx, brought in by police after he was found taking apart his car's dashboard in a parking lot on [[ST:Truckee Bend Rd]] at 3 AM, shouting at passersby. Per brother [[N:Imran]] (by phone from [[C:Lahore]]) pt has been increasingly withdrawn since [[D:April]], stopped calling family, accused coworkers of reading his mind. Poor sleep x2 wk. Denies SI/HI. Endorses hearing a "commentary" voice.

PAST PSYCH: none. No prior hospitalizations or suicide attempts.
SUBSTANCE: cannabis edibles daily x6 mo. Denies meth, EtOH. UDS + THC only.
SOCIAL: Lives alone at [[ST:880 Sage Hen Way, Apt 12]], [[C:Reno]], [[SA:NV]] [[Z:89502]]. Came from Pakistan for grad school at [[O:UNR]] in 2016. No firearms.
FAMILY: Father had bipolar I, died by suicide at [[A:45]] in [[C:Rawalpindi]]. Maternal uncle "schizophrenia."

MSE: Disheveled, guarded, poor eye contact. Speech normal rate. Mood "scared." Affect constricted. TP: tangential at times. TC: persecutory delusions re: neighbors, no SI/HI. Perception: AH, appears internally preoccupied. Insight/judgment poor. A&Ox3.

ASSESSMENT: First-episode psychosis, r/o cannabis-induced psychotic d/o vs schizophreniform d/o.
PLAN:
- Pt declines voluntary admission; continue L2K, petition if needed.
- Risperidone 1 mg BID, titrate. Lorazepam 1 mg prn agitation.
- CBC, CMP, TSH, B12, RPR, HIV, MRI brain.
- Family mtg by phone w/ brother.
- Q15 min checks.
[[N:Dana Whitehorse]], MD, Psychiatry
"""),
("discharge_summary", """NEWBORN DISCHARGE SUMMARY
BABYBOY [[N:ARMENDARIZ]]     MRN [[M:EP90012877]]
DOB: [[D:05/09/2026]] 14:52     D/C: [[D:05/11/2026]]
Mother: [[N:Yaretzi Armendáriz Loya]], [[A:31]] yo G2P2, MRN [[M:EP40773120]]
Delivering: Dr. [[N:Ochoa]]     Peds: [[N:Alondra Ruiz]], NNP

Birth: SVD at 38w4d, BW 3410 g, Apgars 8/9. GBS+, adequate ppx.
Course: Uncomplicated. A+, DAT neg. TcB 9.8 at 36 HOL. Breast + Similac. D/c wt 3220 g (-5.6%).
Screens: CCHD pass ([[D:5/10]] 16:00, 98/99). Hearing pass bilat. NBS kit [[ID:TX2605118442]] sent [[D:5/10/26]].
Hep B #1 [[D:5/9]]. Circ (Gomco) [[D:5/10]] by Dr. [[N:Ochoa]].
Social: Parents live in [[C:Socorro]], [[SA:TX]]; father [[N:Abel Armendáriz]] works nights at [[O:Paso del Norte Cold Storage]]. Older sib [[N:Sofía]] ([[A:3]]).
F/U: [[H:Upper Valley Pediatrics]], Dr. [[N:Elvia Sandoval]], [[D:5/13/26]].
[[N:Alondra Ruiz]], NNP / [[N:M. Kessler]], MD
"""),
("progress", """WELL CHILD - 15 MONTH     [[D:06/02/2025]]
[[H:Canadian River Tribal Health Clinic]], [[C:El Reno]]
[[N:Journey Roman Nose]] ([[A:15]] mo F) here w/ mom [[N:Shawnee Roman Nose]] and grandma [[N:Velma Bird]].
Concerns: none. Grandma watches her while mom works at [[O:Red Earth Travel Plaza]]; starts at [[O:Little Eagles Learning Center]] in [[D:August]].
Wt 10.1 kg (50th), length 77 cm (45th).
Dev: walks, 5-6 words, points. ASQ-3 passed. Whole milk ~24 oz/d, advised 16 max. Hgb 10.9, lead 2.1.
Vaccines today: DTaP #4, Hib #4, PCV20 #4, Hep A #1. VIS given, mom consents.
Fluoride varnish applied. Dental home: tribal dental, appt [[D:6/19]].
A/P: Healthy 15 mo. Borderline Hgb - iron-rich foods, recheck at 18 mo.
Next visit 18 mo.
[[N:Carla Yellowfish]], APRN-CNP
"""),
("nursing", """NOC RN NOTE  1900-0700  [[D:12/24/2025]]-[[D:12/25/2025]]
[[H:Smoky Hill Critical Access Hospital]], med-surg rm 7
Pt [[N:Ottilie Brungardt]], [[A:96]] yo F, dementia, adm UTI/delirium. Sitter [[N:Rosa]] 1:1 from 2300.
Pt attempting OOB x4, easily redirected w/ reorientation, calling for her late husband "[[N:Alois]]". 0140 pulling at IV, BP rose to 178/90 when agitated; Dr. [[N:Kraus]] (on call, [[P:785-555-0150]]) ordered haloperidol 0.5 mg IV x1, given 0150 w/ effect, slept 0230-0600.
Foley 600 mL clear. Ceftriaxone given 2200.
Son [[N:Vernon Brungardt]] and his wife visited [[D:Christmas Eve]] until 2100; son states she was "sharp as a tack at [[D:Thanksgiving]]." Aware of plan.
-[[N:M. Dinkel]], RN
"""),
("radiology", """BILATERAL SCREENING MAMMOGRAM W/ TOMOSYNTHESIS
Accession: [[ID:MG7730841]]     Exam date: [[D:09/26/2025]]
Patient: [[N:PEÑA CAVAZOS, ROSALINDA]]     DOB: [[D:12/02/1969]]     MRN: [[M:0077120498]]
Site: [[H:Valley Women's Imaging]], [[C:Harlingen]]
Referring: [[N:Teodoro Canales]], MD

CLINICAL: [[A:55]] yo, asymptomatic, screening. Sister dx breast ca at [[A:48]]. No HRT.
COMPARISON: [[D:08/14/2023]] and [[D:07/2022]]; outside priors from [[H:Clínica Radiológica del Golfo]], [[C:Matamoros]] requested, not received.

FINDINGS: Scattered fibroglandular density (B). No suspicious mass or calcification. Stable coarse calcs L UOQ. Skin marker on R mole.

IMPRESSION: BI-RADS 2 - Benign. Annual screening.
Dictated: [[N:Aurelio Montalvo]], MD  [[D:09/26/2025]] 15:40
"""),
("pathology", """DERMATOPATHOLOGY REPORT
Accession: [[ID:DP26-001983]]
Patient: [[N:BRÜCKNER, ANNEGRET]]     DOB: [[D:14.05.1958]]     Sex: F
Address: [[ST:Rosenheimer Str. 112]], [[Z:81669]] [[C:München]], Germany
Email: [[E:a.brueckner58@t-online.de]]
Submitting: [[N:Erik Sorensen]], MD, [[H:Wood River Dermatology]], [[C:Ketchum]], [[SA:ID]]
Date obtained: [[D:01/19/2026]]     Received: [[D:01/20/2026]]
Clinical: [[A:67]] yo German tourist, changing mole L back.

DIAGNOSIS: Skin, left upper back, shave biopsy:
MALIGNANT MELANOMA, invasive, superficial spreading type.
- Breslow thickness: 0.6 mm
- Clark level IV
- Ulceration absent; mitoses 1/mm2
- Peripheral margin: involved by in situ component; deep margin clear
- pT1a (AJCC 8th ed)

Note: Discussed w/ Dr. [[N:Sorensen]] by phone [[D:1/22/26]]; pt returning to Germany [[D:1/30]], copy of report to be sent to her dermatologist in [[C:Munich]].

[[N:Yusuf Abdi]], MD, Dermatopathology
"""),
("pharmacy", """ANTICOAGULATION CLINIC  [[D:Mon 3/10/25]]
Pt: [[N:Arvel Thueson]]  [[A:74]] M   Indication: mech MVR (On-X) + AF   Goal INR 2.5-3.5
INR today 1.9 (POC). Missed 2 doses last wk while staying w/ son in [[C:Rexburg]]. More salads since [[D:Feb]]. No bleeding/bruising, no s/s clot. No new meds, no abx.
Current: warfarin 5 mg daily except 7.5 mg Mon/Fri (40 mg/wk).
Plan: 7.5 mg today, then 7.5 mg Mon/Wed/Fri, 5 mg other days (42.5 mg/wk, +6%). Per Dr. [[N:Lundgren]] (cards), no enoxaparin bridge as INR > 1.8 and no prior events.
Recheck INR [[D:3/17]]. Pillbox reviewed w/ wife [[N:LaRae]].
Fills at [[H:Walgreens]] on [[ST:Portneuf Bend Dr]].
[[N:Kalani Akana]], PharmD, CACP   [[P:208-555-0112]]
"""),
("therapy", """SPEECH-LANGUAGE PATHOLOGY - BEDSIDE SWALLOW EVAL
[[D:02/24/2026]]   [[H:Mercy Ridge Hospital]] 6N-614
Pt: [[N:Herminia Zertuche]], [[A:83]] yo F, L MCA stroke [[D:2/22]], R facial droop, mild dysarthria. NIHSS 6.
Hx: baseline regular diet, lives w/ grandson [[N:Angel]] in [[C:Laredo]]. Spanish-speaking; eval in Spanish w/ grandson present.
Thin via cup: cough 3/3 trials. Mildly thick: no s/s. Soft solid: R buccal pocketing.
Impression: moderate oropharyngeal dysphagia.
Rec: IDDSI level 5 minced & moist, level 2 mildly thick liquids, meds crushed in puree, HOB 90 for meals, 1:1 supervision. MBSS scheduled [[D:2/26]]. Will discuss results w/ pt and family.
[[N:Paloma Ibarra]], MS, CCC-SLP
"""),
("portal", """PATIENT PORTAL MESSAGE   [[D:11/28/2025]] 07:12
From: [[N:Maricel Bautista]] (proxy for [[N:Ernesto Bautista]])
Subject: BP and travel

Good morning po Dr. [[N:Sharma]]. My father is [[A:91]] na and his BP this week 162/88, 170/92, 148/80 (AM). He will fly to [[C:Manila]] on [[D:Dec 18]] and stay with my tita in [[C:Batangas]] until [[D:Jan 10]]. Can you give 90 days supply and a wheelchair letter? He has Humana, member ID [[HP:H62719044]]. You can call me [[P:702-555-0181]] or email [[E:mcbautista.rn@yahoo.com]]. Salamat po!
---
Reply [[D:11/28/2025]] 16:30
Hi Ms. [[N:Bautista]], 90-day supply of his BP meds sent to [[H:Walgreens]] on [[ST:Desert Marigold Dr]]. His BP is above goal; I'd like to see him before [[D:12/18]] - front desk will call to schedule.
[[N:Anjali Sharma]], MD
"""),
("telephone", """TRANSFER CENTER CALL LOG   [[D:2024-11-02T03:18]]
Ref #: [[ID:TC-88213]]
Caller: Dr. [[N:Remy Broussard]], ED, [[H:Calcasieu Bayou Hospital]], [[C:Sulphur]], [[SA:LA]]   [[P:337-555-0164]]
Pt: [[N:FONTENOT, CLOVIS]]  [[A:68]] M  DOB [[D:4/30/1956]]
Dx: Acute type A aortic dissection on CTA (root to iliacs), BP 88/50 after esmolol, on norepi 0.05.
Request: emergent CT surgery eval.
Accepting: Dr. [[N:Kenji Nakamura]], CT Surgery - accepted 03:26.
Receiving: [[H:Bayou City Heart & Vascular Institute]], [[C:Houston]], CVICU bed 12.
Transport: rotor wing, ETA 04:50. Images pushed via PACS share.
Family: wife [[N:Ginette Fontenot]] driving, [[P:337-555-0102]].
Logged by [[N:tbreaux]], RN, Transfer Center
"""),
("social_work", """SOCIAL WORK ASSESSMENT   [[D:10/07/2025]]
Pt: [[N:Tommy Jibas]], [[A:52]] yo M, new ESRD, started HD this admit via R IJ TDC.
Interpreter: Marshallese, in person, [[N:Daisy Anjain]].
Pt born in [[C:Majuro]], Marshall Islands; in US since 2009 under COFA. Lives at [[ST:418 W Oxford Ave]], [[C:Enid]], [[SA:OK]] [[Z:73703]] w/ wife [[N:Rine]], 4 children and extended family (11 in 3-BR house). Worked at [[O:Cherokee Strip Poultry]] until [[D:June]]; no income since. Son [[N:Kenjo]] ([[A:16]]) at [[O:Longfellow Academy]].
Insurance: SoonerCare approved [[D:9/30/25]], ID [[HP:B00417783]]. Rides to HD are the main barrier; SoonerRide set up. Outpt HD chair requested at [[H:Garfield County Dialysis]] MWF 2nd shift; referral faxed.
Church ([[O:Jesus Lives Marshallese Church]]) helping w/ rides; family also started [[U:gofundme.com/f/help-tommy-jibas-dialysis]].
Pt asks about transplant eval and travel to [[C:Majuro]] if his mother dies - discussed arranging HD abroad.
Plan: f/u chair, SNAP, transplant referral.
[[N:Stephanie Roughface]], LMSW  [[P:580-555-0157]]
"""),
("case_mgmt", """UM / CASE MANAGEMENT NOTE   [[D:06/11/2025]]
Pt: [[N:Dustin Small]]  [[A:43]] M   Acct [[AC:40018829931]]
Adm [[D:6/2/25]] after ATV rollover near [[C:Salmon]]; T12 burst fx s/p T10-L2 fusion [[D:6/3]], incomplete SCI (AIS C).
Payer: Blue Cross of Idaho, member [[HP:QIB804179326]], group [[HP:1006623]].
IRF admission to [[H:Snake River Rehabilitation Hospital]] DENIED [[D:6/10]], auth ref [[ID:UM25-0610-8841]].
Peer-to-peer [[D:6/11]] 1400: Dr. [[N:Little]] (attending) w/ payer medical director Dr. [[N:Adeyinka]], via [[P:1-800-555-0148]] opt 3. Upheld.
Expedited appeal filed via portal [[U:https://providers.bcidaho-appeals.com/case/AP2506118]] and faxed to [[F:(208) 555-0191]]; decision due in 72 h.
Pt and fiancee [[N:Kayla]] updated; goal is return to work as lineman at [[O:Lemhi Valley Electric Co-op]].
Backup SNF ref: [[H:Gem State Transitional Care]].
[[N:Corinne Blackhawk]], RN, CCM
"""),
("discharge_summary", """DISCHARGE SUMMARY - LEFT AGAINST MEDICAL ADVICE
[[H:Deep Fork Community Hospital]], [[C:Oklahoma City]]
Patient: [[N:Chukwuemeka Eze]]     MRN: [[M:DF-7741203]]     DOB: [[D:1986-01-23]]
Admitted: [[D:03/08/2024]] 22:10     Left AMA: [[D:03/09/2024]] 15:45
Attending: [[N:Harold Bighorse]], MD

Reason for admission: chest pain, r/o ACS.
Course: [[A:38]] yo M w/ HTN, HLD, FHx premature CAD (father MI at [[A:44]] in [[C:Enugu]]), presented w/ substernal pressure at rest x 40 min. ECG: NSR, no acute ST changes, LVH. hs-troponin 6 -> 7 -> 6 ng/L. Pain resolved w/ NTG SL. Lexiscan SPECT planned for this afternoon.
At 1500 pt stated he needed to leave for his shift as an aircraft mechanic at [[O:Will Rogers World Airport]] and could not miss another day. Risks incl. MI and death discussed in detail by me; pt has decision-making capacity (understands, appreciates, reasons, states a consistent choice). Wife [[N:Ngozi]] at bedside, aware. Pt agreed to outpatient stress test.
Disposition: Left AMA, signed form. IV removed.
Meds at d/c: ASA 81 daily, atorvastatin 40 qHS (new), NTG 0.4 mg SL prn, amlodipine 10 (home).
Follow-up: outpatient SPECT [[D:3/12/24]] 0730 at [[H:Deep Fork Cardiology]]; PCP Dr. [[N:Okwuosa]] within 1 wk. Told to return to ED / call 911 for recurrent CP.
[[N:H. Bighorse]], MD   [[D:3/9/2024]] 16:20
"""),
("progress", """ID CLINIC - OPAT PROGRESS NOTE   [[D:01/27/2026]]
Pt: [[N:Gordon MacAskill]], [[A:79]] yo M, winter resident from [[C:Brandon]], [[SA:Manitoba]]; staying at [[O:Goose Island Palms RV Resort]], [[C:Rockport]], [[SA:TX]].
Manitoba Health #: [[HP:104 227 619]]. Travel ins: Blue Cross MB, policy [[HP:MBC-TRV-7719024]].
Dx: L TKA PJI (MSSA), DAIR [[D:12/29/25]] by Dr. [[N:Mallory Hargrove]], [[H:Padre Island Orthopedics]].
Abx: cefazolin 2 g IV q8h via elastomeric, R basilic PICC, via [[H:Aransas Bay Home Infusion]]. Wk 4 of 6.
S: Knee less swollen, walking w/ cane on the RV park loop. No fevers, rash, diarrhea. Wife [[N:Marjorie]] doing pump changes, comfortable.
O: Afebrile. Incision healed, no effusion. PICC site clean.
Labs [[D:1/26]]: WBC 6.8, Cr 0.9, AST/ALT nl. ESR 31 (48), CRP 1.2 (6.9).
A/P: improving. Cont cefazolin through [[D:2/9/26]], then suppressive cefadroxil 500 mg BID x6 mo minimum. Pt plans to drive home in [[D:April]]; will send summary to his GP Dr. [[N:Ravinder Gill]] in [[C:Brandon]].
[[N:Folake Oyelaran]], MD (ID)
"""),
("h_and_p", """PEDIATRIC ADMISSION H&P   [[D:04/21/2024]]
[[H:Heartland Children's Hospital]] - Hospital Medicine
Pt: [[N:Aarav Kondapalli]]   [[A:5]] yo M   MRN [[M:HCH-2208815]]
Source: mother [[N:Lakshmi]] and father [[N:Venkat Kondapalli]], reliable.

CC: fever x 6 days

HPI: Previously healthy [[A:5]] yo w/ daily fevers to 40.1 since [[D:4/15]] despite alternating APAP/ibuprofen. Day 3 developed red eyes w/o discharge, then cracked red lips and "strawberry" tongue, diffuse maculopapular rash, and swollen hands/feet (refusing to walk today). Seen at [[H:Olathe Kids Urgent Care]] [[D:4/18]], dx viral, strep neg. Cousin w/ hand-foot-mouth at daycare. Grandmother visiting from [[C:Hyderabad]] since [[D:March]].

PMH: term, UTD vaccines. No meds. NKDA.
SOCIAL: Lives in [[C:Olathe]], [[SA:KS]] w/ parents, sister ([[A:8]]). Kindergarten at [[O:Prairie Star Elementary]]. Father works at [[O:Garmin]].

EXAM: T 39.8  HR 142  BP 98/56  RR 26  SpO2 99% RA. Wt 18.6 kg.
Irritable. Bilat nonexudative conjunctival injection, limbal sparing. Lips fissured, strawberry tongue. R cervical node 1.8 cm. Polymorphous rash trunk/groin. Indurated edema of hands/feet. No HSM.
LABS: WBC 17.9, Hgb 10.4, plt 488K, CRP 11.2 mg/dL, ESR 78, ALT 92, Alb 2.9, Na 132. UA: 25 WBC, sterile.
ECHO: LAD z-score +2.1, RCA +1.6, no effusion.

ASSESSMENT/PLAN: [[A:5]] yo M w/ complete Kawasaki disease (5/5 criteria), LAD dilation.
- IVIG 2 g/kg x1 (37 g) over 12 h
- ASA 80 mg/kg/d div q6h until afebrile 48 h, then 3-5 mg/kg/d
- Repeat echo in 1-2 wk and 6 wk; cardiology (Dr. [[N:Brennan]]) following
- Hold live vaccines x11 mo after IVIG
- No ibuprofen while on ASA
[[N:Kavya Iyer]], MD PGY-1 / attending [[N:Sean Brennan]], MD
"""),
("nursing", """[[H:Rushmore Infusion Center]]: [[N:Stormy Two Crow]] rec'd infliximab #6 (355 mg) for Crohn's [[D:5/12/25]], premeds given, no rxn, PIV out. Next [[D:7/7/25]]. Copy to Dr. [[N:Yellow Hawk]]. -[[N:jhorn]] RN
"""),
("consult", """PALLIATIVE CARE CONSULT
Date of service: [[D:January 6, 2026]]
Requesting: Dr. [[N:Heidi Kaup]], hospitalist     Location: 3W-318
Pt: [[N:HRUSKA, FRANTISEK]] "[[N:Frank]]"   MRN [[M:1093366]]

Reason: goals of care, recurrent HF admissions

HPI: [[A:Ninety-three]]-year-old man from [[C:Wilber]], [[SA:NE]] w/ HFpEF, CKD 4, AF, admitted for the 3rd time in 60 days w/ volume overload. Diuresed but Cr climbing (2.9 -> 3.6). He says "I'm tired of the ambulance rides." Lives alone on the farm since his wife [[N:Ludmila]] died [[D:Christmas Day 2021]]; a neighbor checks on him daily.

Family meeting held w/ pt, daughters [[N:Bernice Mach]] (HCPOA) and [[N:Karen Sobotka]], and son-in-law. Pt has capacity. Values: being at home, his dog, attending Mass. He hopes to make it to his [[A:94]]th birthday on [[D:Feb 2]] and see his great-granddaughter baptized at [[O:St. Wenceslaus Parish]].

RECOMMENDATIONS:
1. Code status: DNR/DNI - confirmed, POLST completed and signed.
2. Transition to comfort-focused care; no further escalation of IV diuresis, no dialysis (pt declines).
3. Hospice referral: [[H:Blue Valley Hospice]]; pt and family prefer home w/ hospice, daughter [[N:Bernice]] will stay with him.
4. Symptoms: torsemide 40 daily for comfort, morphine 2.5 mg PO q4h prn dyspnea, lorazepam 0.5 mg prn anxiety. Bowel regimen.
5. Spiritual: Fr. [[N:Tomas Novak]] to visit for anointing today.
Time spent 75 min, >50% counseling.

[[N:Ransom Ekberg]], MD, Palliative Medicine   [[P:402-555-0119]]
"""),
("discharge_summary", """DEATH SUMMARY
[[H:University of the Plains Medical Center]] - Advanced Heart Failure
Patient: [[N:WHITEWING, DELBERT R]]     MRN [[M:UPM-5520914]]     DOB [[D:03/19/1961]]
Admitted: [[D:11/21/2024]]     Date/time of death: [[D:11/30/2024]] 04:12
Attending: [[N:Mirela Popescu]], MD

Cause of death: Cardiogenic shock due to LVAD pump thrombosis; MRSA driveline infection w/ bacteremia; AKI on CKD.
HeartMate 3 LVAD (implanted [[D:6/2022]], SN [[DV:MLP-0412977]]) as destination therapy.

Course: [[A:63]] yo M from [[C:Winnebago]], [[SA:NE]], transferred from [[H:Thurston County Tribal Health Center]] w/ LDH 2,900, hemolysis and power spikes c/w pump thrombosis. Not a candidate for pump exchange (prior sternotomy x2, frailty). tPA trial [[D:11/23]] w/o improvement. MRSA bacteremia from driveline, progressive multiorgan failure; CRRT started [[D:11/25]]. After family meeting [[D:11/28]] w/ wife [[N:Charlene]] and daughters [[N:Autumn]] and [[N:Raven Whitewing]], transitioned to comfort care. LVAD deactivated [[D:11/30]] 03:40 w/ family and spiritual leader [[N:Marvin Decorah]] present; prayers and cedar smudging per family wishes, coordinated w/ Chaplain [[N:Huong]]. Pronounced 04:12 by Dr. [[N:Tobias Ng]] (PGY-3).

Notifications: [[O:Great Plains Donor Network]] referral [[ID:GPDN-24-06631]] - not a candidate. ME not notified (expected death). Autopsy declined. Death certificate worksheet: SSN [[S:508-66-2914]] verified w/ wife. Funeral home: [[O:Hollister-Greene Funeral Home]], [[C:Walthill]].

[[N:Mirela Popescu]], MD   [[D:11/30/2024]] 09:05
cc: Dr. [[N:Janelle Saunsoci]], [[H:Thurston County Tribal Health Center]]
"""),
]
