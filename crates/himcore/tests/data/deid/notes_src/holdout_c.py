# Hand-written clinician notes, holdout split, part C.
# All people, numbers, addresses and institutions are invented.

NOTES = [
("nursing", """
Wound care flowsheet - comments
[[D:04/02/25]] 1000 - sacral PI stage 3, 4.2 x 3.1 x 0.5 cm, 20% slough. cleansed, pat dry, hydrogel + foam. pt [[N:Abiodun Fashanu]] turned q2h, refuses L side ("my shoulder"). WOC RN [[N:Patrice Lemaire]] consulted.
[[D:04/04/25]] 1015 - 4.0 x 3.0 x 0.5. less slough. dtr [[N:Temitope]] asked about air mattress - ordered (rental via [[H:Tri-State Medical Equipment]]), delivered [[D:4/5]].
[[D:04/07/25]] 0930 - 3.6 x 2.7 x 0.4. granulation 70%. photo in media tab. Dr. [[N:Ikemefuna]] aware.
[[D:04/09/25]] 1100 - unchanged. pt going to [[H:Bayview Skilled Nursing]] [[D:4/10]]; wound orders sent w/ transfer packet.
(entries by [[N:K. Lachance]], RN and [[N:Oyin Adekunle]], RN)
"""),

("nursing", """
RESTRAINT MONITORING    [[D:10/25/2025]]
Pt: [[N:Rinaldi, Carmine]]  [[A:71]]M   MRN [[M:8107744]]   Order: bilat soft wrist restraints (non-violent), Dr. [[N:Hashemi]] 0215, expires 0215 [[D:10/26]].
Reason: pulled at ETT x2, failed mitts + sitter.
0300 circ/skin ok, ROM done, repositioned. RASS +1.
0500 same. foley in place.
0700 RASS -1, restraints remain; d/w day RN [[N:Bronagh]].
0900 wife [[N:Lucia Rinaldi]] updated by Dr. [[N:Hashemi]] re: restraints, agrees with plan.
1100 extubated 1040, restraints d/c'd 1105.
-- [[N:Esi Mensah]], RN
"""),

("nursing", """
0700-1930 pt [[N:dorothea okeke]] [[A:57]] alert, c/o HA 4/10, tyl given w/ relief. ambulates indep. tele SR 70s. cefazolin q8 on time. husband [[N:chuks]] visited 1200-1500, brought food from home - ok w/ diet. pt asking re dc - team says maybe tmrw [[D:6/12]]. sister [[N:nneka]] called from [[C:dallas]], pt ok w/ update. pt wants to speak w/ dr [[N:wu]] tmrw - msg left for team. no acute events. -[[N:mb]]
"""),

("ed_triage", """
ED TRIAGE   [[D:3/21/2026]] 2218
[[A:48]]M well known to ED ("[[N:Cowboy]]"; legal name [[N:Delbert Ray Hutchins]] per registration, MRN [[M:1102943]], DOB [[D:7/7/1977]]). BIBA from [[ST:Colfax Ave & Broadway]], [[C:Denver]]. +ETOH, c/o "everything hurts". no trauma per EMS. ambulatory, steady gait. BAL pending. 3rd visit this week ([[D:3/18]], [[D:3/19]]). case manager [[N:Trish]] at [[O:Denver Street Outreach]] ([[P:720-555-0301]]) asked to be called when he is here. ESI 4.
-- [[N:Quentin Diaz]], RN
"""),

("discharge_summary", """
DISCHARGE SUMMARY - Neurology
[[N:Szabo-Reyes, Ilona]]     MRN [[M:3377102]]     ACCT [[AC:AC-2026-0044719]]     DOB [[D:Feb 2, 1958]]
Admitted [[D:02/18/2026]] - Discharged [[D:02/24/2026]]
Attending: [[N:Theo Vandermeer]], MD      PCP: [[N:Hoang Minh]], DO
Dx: acute L PCA territory ischemic stroke, cardioembolic (new paroxysmal AF)
Course: [[A:67]]-year-old retired librarian brought by husband [[N:Gábor]] for sudden R visual field loss and confusion on [[D:2/18]] at 0710; LKW [[D:2/17]] 2200, outside thrombolysis window. MRI: L occipital/thalamic infarct. Telemetry: paroxysmal AF. TTE: LA 4.6 cm, no thrombus. Apixaban started [[D:2/21]]. R homonymous hemianopia persists; alexia without agraphia.
BP permissive to 220/120 for the first 24 h, then goal < 140/90. LDL 142 -> atorvastatin 80. A1c 5.9. Swallow screen passed [[D:2/18]]. No driving (visual field loss) - husband [[N:Gábor]] drives.
Exam at discharge: alert, fluent, R homonymous hemianopia, no motor deficit, wide-based gait with walker.
Pending: none. Code status: full code.
Function at d/c: min A ambulation, needs cues for R side.
Disposition: [[H:Willamette Acute Rehab]], [[ST:2200 NE Glisan St]], [[C:Gresham]] [[SA:OR]] [[Z:97030]].
Follow-up: stroke clinic (Dr. [[N:Vandermeer]]) [[D:4/1]]; neuro-ophthalmology (Dr. [[N:Okamoto]]) [[D:3/18]]; cardiology (Dr. [[N:Brightwater]]) [[D:3/10]].
cc: Dr. [[N:Hoang Minh]]; rehab admissions fax [[F:503-555-0311]]
"""),

("discharge_summary", """
D/C Summary - Structural Heart    [[D:09/09/2025]]
Pt: [[N:MacLeod, Angus]]  [[A:88]] yo M   MRN [[M:5502916]]
TAVR [[D:9/8/2025]] via R TF, 26 mm Sapien 3 Ultra (SN [[DV:S3U-10488217]]); operators Drs. [[N:Lachowicz]]/[[N:Amadi]]. Post: mean gradient 9 mmHg, trace PVL. No new conduction disease, no PPM needed.
Dispo: home [[D:9/9]] w/ wife [[N:Morag]] ([[A:86]]); daughter [[N:Fiona MacLeod-Stewart]] staying 1 wk. Valve implant card given; device registered w/ manufacturer.
Meds: aspirin 81 mg (new); continue home meds.
F/u: TTE + structural clinic [[D:10/14]]; PCP Dr. [[N:Hale]] 1-2 wks.
-- [[N:Priscilla Amadi]], MD
"""),

("h_and_p", """
ORTHO TRAUMA H&P    [[D:07/16/2025]] 1645
[[N:Kekumu, Kawika]]  [[A:34]]M  MRN [[M:8801427]]
Mechanism: fell ~15 ft from scaffolding at a job site in [[C:Kapolei]] ~1400 (employer [[O:Aloha Builders]]). No LOC, helmet on.
Injuries: closed R calcaneus fx (Sanders III); L distal radius fx, dorsally displaced; L1 burst fx, TLICS 2, neuro intact.
PMH: none. Meds: none. All: NKDA. SH: 1 ppd, occasional EtOH. Lives w/ wife [[N:Leilani]] and 3 kids in [[C:Ewa Beach]].
Plan: L wrist CR + sugar-tong splint in ED (done 1610); TLSO; calcaneus ORIF in 7-10 d once swelling down; elevate; NWB RLE. WC claim ([[ID:HI-WC-25-55302]]); employer safety officer [[N:Brandon Kahananui]] [[P:808-555-0312]].
[[N:Joseph Nakagawa]], MD (ortho PGY-4)
"""),

("h_and_p", """
Inpatient Psychiatry Admission    [[D:Dec 2, 2025]]
Patient: [[N:Obi-Hastings, Chinonso]] ("[[N:Chi]]"), [[A:19]] F, MRN [[M:2019-448-07]]
ID: college sophomore at [[O:Bluegrass State University]], admitted from ED on emergency hold after telling her RA, [[N:Kayla Mercer]], she planned to overdose.
HPI: 3 months of worsening depression after a breakup; stopped attending classes in [[D:October]]; took 12 tabs diphenhydramine on [[D:11/30]] (no medical sequelae). Endorses anhedonia, insomnia, guilt, SI with plan.
Past psych: anxiety since age [[A:14]]; saw therapist Dr. [[N:Blum]] in her hometown, [[C:Dayton]]. No prior admissions.
Substances: cannabis vape daily. No EtOH.
Family: parents [[N:Ifeoma]] and [[N:Richard Hastings]] driving from [[C:Dayton]]; mother's cell [[P:937-555-0319]].
MSE: tired, poor eye contact, slowed speech, mood "empty", constricted affect, SI with plan, no HI, no psychosis. Insight partial.
Plan: safety precautions q15, start sertraline 50, CBT groups, family meeting [[D:12/4]].
[[N:Rebecca Thornbury]], MD
"""),

("progress", """
Nephrology - inpatient HD note    [[D:01/12/2026]]
[[N:Banda, Chikondi]]  [[A:66]]M   ESRD (HTN), outpt HD TTS at [[H:Northside Dialysis]].
Admitted [[D:1/10]] w/ volume overload after missing [[D:Sat 1/10]] session (snowstorm).
HD today: 4 h, UF 3.5 L, EDW 78 kg (post wt 79.1). K 5.9 -> 2K bath. L arm AVG w/ good thrill/bruit.
Plan: HD again [[D:1/13]] for additional UF; resume TTS schedule at discharge. Outpt unit nurse [[N:Gloria Peay]] ([[P:(804) 555-0321]]) updated; next outpt tx [[D:1/15]].
[[N:Olumide Fashola]], MD
"""),

("progress", """
OPAT clinic visit    [[D:3/31/2026]]
[[N:Whittaker-Nunes, Paulo]]  [[A:50]]M   MRN [[M:7740028]]
MSSA L3-4 vertebral osteomyelitis + epidural abscess, s/p I&D [[D:2/20]] (Dr. [[N:Schiavone]]). Cefazolin 2 g q8h via elastomeric pump through R arm PICC (placed [[D:2/24]]); infusion pharmacy [[H:Harbor Infusion Services]] (pharmacist [[N:Dana Lowe]]).
Weekly labs [[D:3/24]]: WBC 6.1, ESR 48 (from 112), CRP 1.9, Cr 0.9. Back pain 2/10. No fevers.
Plan: complete 8 weeks (through [[D:4/17]]); PICC pull [[D:4/18]] in clinic; MRI L-spine 2 wks after abx. Pt's partner [[N:Davi]] does the pump changes.
[[N:Margit Olander]], MD, ID
"""),

("social_work", """
SW note   [[D:08/08/2025]]   concern for neglect / financial exploitation
Pt [[N:Bertrand, Colette]], [[A:83]], admitted w/ dehydration + stage 3 sacral PI. Lives w/ son [[N:Remy Bertrand]] ([[A:55]]) at [[ST:44 Mill River Rd]], [[C:Biddeford]] [[SA:ME]] [[Z:04005]]. Pt reports son "handles my money" and she has not seen her bank statements since spring. Neighbor Mrs. [[N:Ouellette]] called the unit worried that pt is "left alone all day in a wet bed".
APS report filed [[D:8/8]] 1130, intake #[[ID:ME-APS-25-20771]]; APS worker [[N:Jolene Carrier]] [[P:207-555-0334]] will visit pt here [[D:8/11]].
Pt has decision-making capacity per Dr. [[N:Bhandari]]; she does not want son barred from visiting. Pt agreeable to short-term rehab.
-- [[N:Madeleine Thibault]], LCSW
"""),

("social_work", """
SW - international patient    [[D:5/5/2025]]
Pt [[N:Haruto Fujiwara]], [[A:72]]M, visiting from [[C:Osaka]] with wife [[N:Keiko]], admitted [[D:5/3]] w/ STEMI s/p PCI. Travel insurance policy # [[HP:TM-8830-2201-447]]; assistance company case # [[ID:AC-25-JP-66120]] (coordinator [[N:Naomi Sato]], [[P:+81 6 5555 0142]]). Couple staying at [[O:Pike Harbor Hotel]], [[ST:1200 1st Ave]], [[C:Seattle]] through [[D:5/14]]. Japanese interpreter [[N:Yumi]] for all discussions.
Needs: fit-to-fly letter (cardiology), possible medical escort, rebooked flight [[D:5/12]]. Wife anxious, no family in US; son [[N:Ren]] may fly in from [[C:Tokyo]].
-- [[N:Carolyn Estes]], MSW
"""),

("case_mgmt", """
CM [[D:12/29/2025]]: pt [[N:Oyelowo-Grant, Beatrice]] [[A:68]] (DOB [[D:3/30/1957]], MRN [[M:4471028]]) dc home today on 2L O2 (qualifying sat 85% RA at rest on [[D:12/28]]). concentrator + portable tanks via [[H:Piedmont Home Medical]] ([[P:336-555-0327]]), delivery confirmed for 1500 at [[ST:605 Waughtown St]], [[C:Winston-Salem]] [[SA:NC]] [[Z:27107]]. CPAP resupply through same vendor (pt's machine SN [[DV:RS11-0028841]]). Humana member [[HP:H44817209]]. husband [[N:Clement]] aware, will meet the truck. -[[N:Precious Nkosi]], CM
"""),

("case_mgmt", """
READMISSION REVIEW (30-day)    [[D:03/16/2026]]
Pt: [[N:Gallagher, Thomas]]  [[A:79]]M   MRN [[M:6601274]]
Index admission [[D:2/21/26]]-[[D:2/26/26]] (CHF), FIN [[AC:5610028847]]; readmitted [[D:3/14/26]] (CHF), FIN [[AC:5610031192]].
Contributing factors: did not fill torsemide ($47 copay); missed f/u w/ Dr. [[N:Nakashima]] on [[D:3/4]] (no ride); lives alone in [[C:Wilkes-Barre]]; daughter works nights.
Interventions: meds-to-beds at dc; copay assistance; HF nurse navigator [[N:April Rafferty]] call [[D:3/19]]; daughter [[N:Siobhan Gallagher]] ([[P:570-555-0336]]) to fill pill box weekly; transport benefit enrolled.
-- [[N:Deborah Kulp]], RN CM
"""),

("telephone", """
Phone [[D:1/6/26]] 3:05pm - pt [[N:Abdulkadir Hersi]] (DOB [[D:6/6/1970]]) says Eliquis is $580 at the [[H:Walgreens]] on [[ST:Lake St]] since the new year (Part D deductible). Options reviewed: manufacturer assistance application mailed; samples x2 wks left at front desk for wife [[N:Faadumo]] to pick up [[D:1/7]]; consider warfarin if not approved. Dr. [[N:Sorensen-Lutz]] aware. cb [[P:612 555 0341]]. -[[N:Halima]] RN
"""),

("telephone", """
[[D:10/02/2025]] 10:12 call from school nurse [[N:Heidi Vossberg]] ([[O:Lincoln Park Middle School]], [[P:414-555-0345]]) re: student [[N:Mason Wierzbicki]], [[A:12]] (DOB [[D:5/9/2013]]), T1DM - BG 52 at 1000 after gym, treated w/ 15 g juice, recheck 88 at 1015. asks re: lunch insulin. per Dr. [[N:Reinholt]] (endo): give 50% of usual lunch dose today, recheck BG before bus. mom [[N:Krystyna]] notified [[P:414-555-0346]]. -[[N:Alicia]] RN
"""),

("portal", """
Portal (proxy access)   [[D:Tue 4/21/2026]]
From: [[N:Harold Finch-Odum]] (proxy for wife [[N:Marjorie Finch-Odum]])
"Dr. [[N:Oyinlola]], [[N:Marjorie]] had another fall last night getting to the bathroom. No injury but she was on the floor about 20 minutes before I could get her up - I'm [[A:84]] and can't lift her. Her BP this morning was 96/54 lying down, 78/50 standing. Should we stop the carvedilol you started on [[D:4/14]]? Our neighbor [[N:Faith]] says she looks pale. - [[N:Harold]]"
Reply [[D:4/21]] ([[N:Yolanda]], RN): please hold carvedilol. Dr. [[N:Oyinlola]] would like to see her tomorrow, [[D:4/22]] at 9:40. Call 911 if she falls and cannot get up. Home PT safety referral sent to [[H:Heartland Home Health]].
"""),

("portal", """
pt msg [[D:8/3/25]] from [[N:Tuan Le]] (MRN [[M:4407719]]): "BP log as requested -
[[D:7/27]] 152/94
[[D:7/28]] 148/90
[[D:7/29]] 139/88
[[D:7/30]] 141/86 (after the new dose)
[[D:8/1]] 132/84
[[D:8/2]] 128/80
feeling ok, a little dizzy on [[D:7/31]] when I stood up fast. -[[N:Tuan]]"
reply: great improvement! continue losartan 50 mg, recheck BMP next week. -Dr. [[N:Vo]]
"""),

("pharmacy", """
ONCOLOGY PHARMACY - chemotherapy verification    [[D:2025-10-20]]
Pt [[N:Karimzadeh, Zahra]]  [[A:44]]F   Ht 162 cm  Wt 58.4 kg  BSA 1.61 m2   MRN [[M:9014472]]
Regimen: dose-dense AC -> T; today AC cycle 2. Doxorubicin 60 mg/m2 = 97 mg; cyclophosphamide 600 mg/m2 = 966 mg. Pegfilgrastim on-body injector day 1.
Labs [[D:10/19]]: ANC 2.1, plt 188, Tbili 0.5, Cr 0.7. Cumulative doxorubicin after today 120 mg/m2. TTE [[D:9/2]]: EF 62%.
Verified against signed treatment plan (Dr. [[N:Nazari]]); released 0942.
[[N:Lien Tran]], PharmD, BCOP   NPI [[L:1922415801]]
"""),

("therapy", """
Outpatient PT - vestibular evaluation    [[D:6/25/2025]]
Pt: [[N:Vlahos, Kalliopi]]  [[A:61]]F   MRN [[M:6113390]]   Referred by Dr. [[N:Xenakis]] ([[H:Steinway ENT Associates]])
S: spinning since [[D:6/10]] when rolling to R in bed or looking up to reach shelves at work (hairdresser at [[O:Bellissima Salon]]). Nausea, no hearing loss, no tinnitus.
O: R Dix-Hallpike + (upbeating torsional nystagmus, latency 3 s, duration 20 s). L Dix-Hallpike neg. Roll test neg. Gait WNL.
A: R posterior canal BPPV.
P: Epley x2 today; post-maneuver Dix-Hallpike neg. Home Brandt-Daroff if recurs. Recheck [[D:7/2]].
[[N:Aristides Kourakis]], PT, DPT
"""),

("therapy", """
Cardiac Rehab Phase II - intake    [[D:11/12/25]]
[[N:Thompson, Marvin]] [[A:63]]M (MRN [[M:5092217]]) s/p NSTEMI, DES to LAD [[D:10/20/25]] at [[H:Magic City Heart Institute]].
Risk factors: DM2, HTN, smoker (quit [[D:10/20]]!), BMI 34.
Goal: return to work as a bus operator for [[O:Jefferson Metro Transit]] (needs DOT medical card).
6MWT 410 m, peak HR 112, RPE 13, no symptoms. PHQ-2 neg.
Wife [[N:Gloria Thompson]] attended, interested in heart-healthy cooking class.
Plan: MWF 0800, 36 sessions, start [[D:11/14]].
[[N:Kendra Oakes]], MS, ACSM-CEP
"""),

("radiology", """
DXA BONE DENSITY    Acc [[ID:DX-26-00419]]    [[D:01/27/2026]]
Pt: [[N:Kaur, Harpreet]]  [[A:66]]F  MRN [[M:7718820]]   Referring: Dr. [[N:Grewal]]
Hx: postmenopausal; prior L wrist fx ([[D:Dec 2024]]); prednisone 5 mg daily.
Results: L1-L4 T-score -2.7; L femoral neck -2.3; total hip -1.9. FRAX (with BMD, glucocorticoids): major osteoporotic 24%, hip 4.1%.
Comparison: [[D:11/03/2022]] at [[H:Fresno Women's Imaging]] - L1-L4 BMD decreased 6.8%.
Impression: Osteoporosis. High fracture risk.
[[N:Devika Menon]], MD
"""),

("radiology", """
CT ABDOMEN/PELVIS WITH CONTRAST - TRAUMA    [[D:08/30/2025]] 22:47    Acc [[ID:CT-25-0830-2247]]
Pt [[N:Pacheco, Ismael]]  [[A:29]]M  MRN [[M:2230951]]
Hx: motorcycle crash on [[ST:Highway 99]] near [[C:Madera]].
Findings: Grade II splenic laceration with small hemoperitoneum. No active extravasation. No bowel or mesenteric injury. Incidental 2.1 cm R adrenal nodule, 8 HU, likely adenoma.
Impression: 1. Grade II splenic laceration. 2. Incidental adrenal nodule - recommend adrenal protocol CT or MRI in 12 months.
Called to trauma (Dr. [[N:Ocampo-Reyes]]) 22:58.
Incidental findings letter mailed [[D:9/8/2025]] to pt at [[ST:1732 Yosemite Ave]], [[C:Madera]] [[SA:CA]] [[Z:93638]] and to PCP Dr. [[N:Singh]].
[[N:Ignacio Ferrer]], MD
"""),

("pathology", """
BONE MARROW BIOPSY REPORT
Case [[ID:BM25-0611]]    Flow [[ID:FC25-2207]]    Cytogenetics [[ID:CG25-0384]]
Pt: [[N:Wojcik, Walter]]   [[A:70]]M   MRN [[M:5517390]]
Collected [[D:06/11/2025]] by [[N:A. Benedetti]], NP    Reported [[D:06/13/2025]]
Clinical: pancytopenia, circulating blasts.
Diagnosis: Acute myeloid leukemia with NPM1 mutation (pending confirmation). Marrow 80% cellular with 46% myeloblasts (CD34-, CD117+, MPO+). Normal karyotype (preliminary, 20 metaphases).
Molecular: NGS myeloid panel sent to [[H:Genomic Reference Laboratory]] (ref [[ID:GRL-880144]]).
Results discussed with Dr. [[N:Fitzgerald-Oni]] on [[D:6/13]].
[[N:Hyun-woo Baek]], MD, Hematopathology
"""),

("consult", """
GERIATRICS CONSULT    [[D:3/3/2026]]
Q: delirium, polypharmacy, dispo
[[N:Pemberton, Cornelius]], [[A:96]]M, retired postal worker, lives w/ granddaughter [[N:Tamara Pemberton-Ellis]] in [[C:Richmond]]. Admitted [[D:2/28]] w/ UTI; now hypoactive delirium (CAM+).
Meds: 14 on admission incl. diphenhydramine qhs, oxybutynin, gabapentin 300 TID, zolpidem.
Recs: stop diphenhydramine, oxybutynin, zolpidem; reduce gabapentin to 100 TID (eGFR 34); melatonin 3 mg; glasses and hearing aids on; sleep protocol; mobilize TID.
Goals: d/w granddaughter (HCP, [[P:804-555-0352]]) and son [[N:Lionel]] ([[A:71]]) by phone from [[C:Petersburg]]; prefer return home with home health over SNF.
[[N:Ruth Okoro-Blake]], MD, Geriatrics
"""),

("addendum", """
Addendum to discharge summary of [[D:11/14/2025]] (entered [[D:11/17/2025]]):
Pt [[N:Adeoye, Titilayo]] (MRN [[M:6628115]]). Nephrology follow-up now scheduled: Dr. [[N:Adaeze Ilori]], [[H:Capital Kidney Associates]], [[ST:1300 Mount Vernon Ave, Suite 200]], [[C:Alexandria]] [[SA:VA]], on [[D:11/25/2025]] at 10:20 am. Pt informed by phone at [[P:703-555-0358]] (spoke with husband [[N:Femi Adeoye]]). Repeat BMP ordered for [[D:11/21]].
-- [[N:Sandeep Kohli]], MD
"""),

("handoff", """
L&D BOARD HANDOFF 1900    [[D:5/30/2026]]
LDR1 [[N:Cardona, Luz Marina]] [[A:29]] G2P1 39w, IOL for GHTN, cytotec #3 at 1700, 3 cm. husband [[N:Wilmer]].
LDR2 [[N:Thompson-Achebe, Kezia]] [[A:35]] G1P0 41w1d, epidural, 8 cm, cat II at 1830 - Dr. [[N:Hollis]] aware. mom [[N:Bernice]] at bedside.
LDR3 [[N:Pham, Ngoc Anh]] [[A:22]] G1 PPROM 34w, latency abx day 2, BMZ #2 given [[D:5/30]] 1300.
LDR4 [[N:O'Hare, Niamh]] [[A:38]] G4P3 s/p SVD 1612, PPH 800 mL, stable. baby "[[N:Rory]]" skin to skin.
Triage: [[N:Begum, Rokeya]] [[A:31]] 28w decreased FM, NST reactive, d/c'd 1840.
Charge: [[N:Delia Santos]] -> [[N:Carmen Iglesias]]
"""),

("nh_transfer", """
CONTINUITY OF CARE DOCUMENT - SNF ADMISSION    [[D:07/07/2025]]
From: [[H:Lowcountry Regional Medical Center]]   To: [[H:Palmetto Pines Rehabilitation]], [[ST:1020 Ashley River Rd]], [[C:Charleston]] [[SA:SC]] [[Z:29407]]
Resident: [[N:Middleton, Geneva]]   DOB [[D:4/4/1940]]   Age [[A:85]]   Hospital MRN [[M:LR-5520183]]
Medicare [[HP:6XK2-TT8-MA55]]; Medicaid [[HP:SC0448810293]]
HCP: dtr [[N:Cassandra Middleton-Brown]] [[P:843-555-0361]]; son [[N:Reginald Middleton]] [[P:843-555-0362]]
Dx: L femoral neck fx s/p hemiarthroplasty [[D:7/3]]; hyponatremia (Na 129 -> 134).
PT: WBAT, posterior hip precautions. DVT ppx: enoxaparin 40 mg daily through [[D:7/31]].
Ortho f/u: Dr. [[N:Huger]] [[D:7/17]] (staple removal).
Report called to [[N:Latrice]], LPN, at 1410 by [[N:Marguerite Ashford]], RN.
"""),

("home_health", """
HOSPICE RN - death visit    [[D:12/18/2025]]    Agency: [[H:Sonoran Sky Hospice]]
Called by pt's daughter [[N:Rebecca Stein]] at 0312 ([[P:(520) 555-0366]]) - pt "stopped breathing". Arrived at [[ST:6620 E Calle Cerca]], [[C:Tucson]] [[SA:AZ]] [[Z:85715]] at 0355.
Pt [[N:Stein, Leonard]], [[A:92]] (hospice ID [[ID:SH-25-0719]], admitted to hospice [[D:11/2/2025]]): no respirations, no apical pulse x 1 min, pupils fixed. Time of death 0358, pronounced per hospice protocol.
Family present: daughter, son-in-law [[N:Mark Abramson]]. Hospice MD Dr. [[N:Yazdani]] notified 0410. [[O:Evergreen Mortuary]] called 0420, arrived 0545.
Meds disposed: morphine 20 mg/mL, 12 mL wasted with witness [[N:Rebecca Stein]]; lorazepam tabs x9 destroyed.
Bereavement follow-up referral made.
-- [[N:Consuelo Ybarra]], RN
"""),

("admin", """
PATIENT RELATIONS - grievance    [[D:2026-01-15]]
Grievance #[[ID:GR-26-0042]]
Complainant: [[N:Veronica Salgado]] (daughter of pt [[N:Ernesto Salgado]], MRN [[M:3318860]], DOB [[D:10/30/1948]])
Contact: [[P:(575) 555-0371]] / [[E:vsalgado.home@mailbox.example]]
Summary: states her father waited 9 hours in the ED on [[D:1/11/2026]] and did not receive his insulin and that she "may sue"; alleges RN "[[N:Brandy]]" told her "we're not a hotel".
Submitted via web form [[U:https://www.example-health.org/feedback?ref=GR-26-0042]] from IP [[IP:66.249.70.12]] on [[D:1/14/2026]] 23:10.
Actions: acknowledgment letter mailed [[D:1/16]] to [[ST:2115 Missouri Ave]], [[C:Las Cruces]] [[SA:NM]] [[Z:88001]]; ED nurse manager [[N:Tobias Kline]] reviewing staffing and MAR; response due [[D:2/14/2026]].
-- [[N:Gabrielle Fontenot]], Patient Relations
"""),
]
