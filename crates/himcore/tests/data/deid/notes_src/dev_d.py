# Hand-written clinician notes, dev split, part D.
# All people, numbers, addresses and institutions are invented.

NOTES = [
("nursing", """
Night shift summary [[D:10/5]]-[[D:10/6]] (1900-0730)
pt [[N:Sato, Kenji]] [[A:77]]M, HD 6, bacteremia + ?vertebral osteo.
- lines: R basilic PICC placed [[D:9/30]], dressing changed [[D:10/5]] 2000, CHG bath done. foley since [[D:10/1]] (day 5) - asked team re: removal, Dr. [[N:Greaves]] ok to d/c in am.
- ID: BCx from [[D:10/4]] NGTD. vanc trough due 0530, drawn.
- GI: last BM [[D:10/3]]! senna/miralax given, pt refused suppository.
- NPO after MN for MRI T/L-spine + IR bx on [[D:10/6]]; heparin SQ held per order.
- pt's wife [[N:Michiko]] went home at 2100, asks to be called before the procedure: [[P:(503) 555-0186]]. son [[N:Hiro]] flying in from [[C:Honolulu]] Tuesday.
- slept ~5 hrs. pain 4/10 back, oxy 5 x1 at 0115.
[[N:B. Kaczmarek]], RN
"""),

("nursing", """
SBAR to on-call provider, [[D:Sat 1/18/25]] 2340
S: [[N:Mulugeta, Tsehay]] (bed 9, [[A:58]]F) - new temp 38.9, HR 121, BP 94/56.
B: POD 4 ex-lap w/ ostomy ([[D:1/14]], Dr. [[N:Hakimi]]). WBC 14 on [[D:1/17]]. Abx stopped [[D:1/16]].
A: incision w/ purulent drainage at inferior pole, erythema 3 cm. Stoma pink, output 400 mL. Pt's husband [[N:Getachew]] at bedside, speaks for pt in Amharic; phone interpreter [[N:Meron]] (#[[ID:70341]]) used for assessment.
R: requested eval at bedside. Dr. [[N:Pereira-Lynch]] (night float) here at 2355; BCx x2, lactate, wound cx, pip-tazo ordered. will recheck VS q1h.
-- [[N:Hanna Bergström]], RN
"""),

("nursing", """
D/C teaching note [[D:July 11, 2025]]: pt [[N:Pa Vang]] [[A:61]]F (MRN [[M:5018842]], MA ID [[HP:00214477902]]) and son [[N:Tou Xiong]] (interpreting Hmong per pt pref, declined staff interpreter after offered) taught: insulin pen technique, hypoglycemia s/s, foot care. return demo x2 by son, pt able to do dial-up w/ prompts. appts: [[H:Lakeview Diabetes Center]] [[D:7/16]] 10am (CDE [[N:Mai Lee]]); PCP Dr. [[N:Yang]] [[D:7/22]]. rx sent to [[H:Phalen Family Pharmacy]] ([[C:St. Paul]]). pt's grandson [[N:Kou]] will pick up today. home address confirmed [[ST:1012 Payne Ave]], [[C:St. Paul]] [[SA:MN]] [[Z:55130]]. iv removed, cath tip intact. d/c'd via w/c at 1415 w/ son. - [[N:Aaliyah Brooks]] RN
"""),

("ed_triage", """
OB TRIAGE  [[D:06/22/2024]] 03:05
[[A:26]] yo G1P0 @ 34w2d by 1st trimester US - EDD [[D:8/1/2024]]. PNC at [[H:Bay Area Midwifery Collective]] ([[N:Lourdes Ibáñez]], CNM). c/o HA x 6 hr, "seeing sparkles", RUQ pain. BP 168/108, rpt 172/110. +2 protein. reflexes 3+. FHR 145, cat I.
Partner [[N:Devontae Givens]] w/ pt, phone [[P:(510) 555-0183]].
Dr. [[N:Mahmoud]] (OB hospitalist) at bedside 0310, Mg + labetalol ordered, preE w/ severe features.
"""),

("ed_triage", """
ED triage [[D:3/15/25]] 1522 - [[A:11]] yo M [[N:Sebastián Moreno]] (MRN [[M:8830164]]) w/ dog bite R forearm ~1430 at a neighbor's house. mom [[N:Gabriela]] w/ pt. 2 puncture wounds + 3 cm lac, bleeding controlled. NV intact. tetanus UTD per mom (last [[D:8/2023]]). dog: pit mix "Tank", owner [[N:Rick Dunleavy]], [[ST:73 Sycamore Ct]], [[C:Mesa]] - rabies vax status unknown. animal control notified (Ofc. [[N:Paz]]), report #[[ID:AC-25-03318]].
"""),

("discharge_summary", """
DISCHARGE SUMMARY - Medicine
Patient: [[N:Abrahamyan, Anahit]]   MRN [[M:5527104]]   FIN [[AC:3100492278]]
Dates: [[D:03/02/2025]] - [[D:03/09/2025]]   Attending: [[N:Sven Nyqvist]], MD   PCP: [[N:Arpi Tadevosyan]], MD
Principal dx: COPD exacerbation w/ acute hypoxic/hypercapnic resp failure
Course by day:
[[D:3/2]]: presented from home w/ SOB, pH 7.28/pCO2 68 -> BiPAP in ED. Admitted to MICU.
[[D:3/3]]: BiPAP weaned to 4L NC. Steroids, nebs, azithro.
[[D:3/4]]: transferred to floor. Sputum cx (accession [[ID:MB25-061-7734]]) w/ H. flu.
[[D:3/5]]-[[D:3/6]]: steady improvement, O2 2L. PT recommended home w/ services.
[[D:3/7]]: ambulatory sat 86% RA -> home O2 qualified (2L with exertion).
[[D:3/8]]: teaching w/ dtr [[N:Lilit]]; inhaler technique.
[[D:3/9]]: discharged home.
Meds: prednisone 40 x 5 days (last dose [[D:3/13]]), Trelegy daily (new), albuterol prn.
Equipment: home O2 via [[H:Valley Respiratory Services]] ([[P:818-555-0130]]), delivered [[D:3/8]] to [[ST:1439 N Central Ave #12]], [[C:Glendale]] [[SA:CA]] [[Z:91202]].
F/u: Dr. [[N:Tadevosyan]] [[D:3/14]]; pulm Dr. [[N:Karapetyan]] [[D:4/2]].
"""),

("discharge_summary", """
DISCHARGE AGAINST MEDICAL ADVICE   [[D:09/21/2024]] 1705
Pt [[N:Tommy Lee Pruitt]] (MRN [[M:6631590]], [[A:41]]M) admitted [[D:9/19]] w/ cellulitis L leg/IVDU, on IV vanc. Pt demanding to leave to pick up his kids from his ex ([[N:Crystal]]) in [[C:Huntington]]. Capacity assessed by Dr. [[N:Osei]] - pt has capacity, understands risks incl. sepsis, loss of limb, death. Pt stated he would sue if we kept him. AMA form signed, witnessed by [[N:Renee]] RN.
Given: rx doxycycline + cephalexin sent to [[H:Kroger Pharmacy]] on [[ST:5th Ave]]; naloxone kit; wound supplies; clinic f/u [[D:9/24]] at [[H:Tri-State Harm Reduction Clinic]]. Pt gave cell [[P:304-555-0117]] for f/u call.
"""),

("h_and_p", """
ONCOLOGY ADMISSION H&P     [[D:10/28/2025]]
Pt: [[N:Bianchi, Lorenzo]]   [[A:71]]M   MRN [[M:8804417]]
Oncologist: Dr. [[N:Ferri]] ([[H:Lakeshore Cancer Institute]])
Onc history:
- [[D:Jan 2024]]: painless jaundice -> CT pancreatic head mass, CA19-9 1,240
- [[D:2/12/24]]: EUS/FNA ([[H:St. Vincent Medical Center]]) adenocarcinoma; ERCP stent
- [[D:3/2024]]-[[D:7/2024]]: FOLFIRINOX x8, partial response
- [[D:8/20/24]]: Whipple (Dr. [[N:Lombardi]]), ypT2N1, margins neg
- [[D:10/2024]]-[[D:1/2025]]: adjuvant gemcitabine/capecitabine
- [[D:9/30/25]]: CT with new liver lesions x3; bx [[D:10/8/25]] c/w recurrence
- [[D:10/21/25]]: C1D1 gem/nab-paclitaxel
CC: fever 38.7 and rigors today, C1D8 held.
SH: lives w/ wife [[N:Franca]] in [[C:Evanston]]; retired from [[O:Northwestern Tile Co.]]. daughter [[N:Chiara]] is a nurse at [[H:Evanston Community Hospital]].
Exam: T 38.9, HR 112, BP 102/64. Icteric. Port site clean. RUQ tender.
Data: WBC 1.9, ANC 0.7, Tbili 6.2 (0.9 on [[D:10/21]]).
A/P: febrile neutropenia + likely cholangitis/stent occlusion -> cefepime + metronidazole, GI for ERCP, hold chemo.
[[N:Simone Achebe]], MD
"""),

("progress", """
MICU Progress Note  [[D:3/6/2025]]  HD 5
[[N:Omondi, Achieng]]  [[A:34]]F  ARDS 2/2 influenza A
Lines/tubes: ETT [[D:3/2]]; R IJ CVC [[D:3/2]]; L radial art line [[D:3/3]]; OGT; foley [[D:3/2]].
Overnight: proned 16 h ([[D:3/5]] 1800 - [[D:3/6]] 1000), P/F 98 -> 164. Fever 38.4.
Vent: VC 360 (6 mL/kg PBW)/PEEP 14/FiO2 0.5; Pplat 27.
Sedation: propofol + fentanyl, cisatracurium stopped [[D:3/5]].
A/P:
- ARDS: cont low TV, prone again if P/F < 150
- flu: oseltamivir day 5/10
- new fever: pan-culture, CXR, hold abx unless unstable
- family: husband [[N:Otieno]] and sister [[N:Akinyi]] updated 1300 by Dr. [[N:Walsh]]; husband's # [[P:(202) 555-0150]]
[[N:Tomasz Zieliński]], MD (fellow)
"""),

("progress", """
Prenatal visit  [[D:Feb 18, 2025]]  - 28w0d
[[N:Bautista, Maricel]] [[A:33]] G3P1011  EDD [[D:5/13/2025]]
S: +FM, no LOF/VB/ctx. mild ankle swelling. husband [[N:Jomar]] with her.
O: BP 118/72, wt +1.2 kg, FH 28 cm, FHT 142.
Labs: 1hr GTT 151 ([[D:2/14]]) -> 3hr GTT scheduled [[D:2/21]]. Hgb 10.6. Rh neg -> RhoGAM today.
Prior visits: [[D:1/21]] (24w), [[D:12/17/2024]] anatomy US normal at [[H:Sunrise Perinatal]].
Plan: Tdap today, RhoGAM given (lot not recorded by RN - fixed). RTC 2 wks. Delivery planned at [[H:Santo Niño Women's Hospital]]. Pt's mother [[N:Lourdes]] arriving from [[C:Cebu]] [[D:April]] to help.
[[N:J. Santiago]], CNM
"""),

("social_work", """
SW - guardianship update    [[D:05/06/2025]]
Pt [[N:Kozlov, Dmitri]] ([[A:68]]) has been inpatient since [[D:2/11]], lacks capacity per psychiatry (Dr. [[N:Ilyin]], [[D:2/20]]), and no family is able to serve - estranged daughter [[N:Yulia]] in [[C:Portland]] declined by phone.
Temporary guardianship petition filed at [[O:Eastfield Probate and Family Court]], docket # [[ID:MI25P1182GD]]; hearing [[D:5/14]] 9:00 am. Court-appointed counsel for pt: Atty. [[N:Hollis Greer]] ([[P:617-555-0114]]). Proposed guardian: [[N:Naomi Castellano]] of [[O:Bay State Guardianship Services]].
Medicaid LTC application #[[ID:LTC-2025-339017]] pending, SW following w/ financial counselor [[N:Ivan]].
Target: LTC placement at [[H:Sacred Heart Nursing Home]] once guardian appointed.
-- [[N:Jordan Okafor-Reyes]], LICSW
"""),

("social_work", """
SW brief note [[D:12/12]]: met w/ pt ([[N:Shanice Boyd]], [[A:27]], postpartum) re: housing. pt and baby ([[N:Amir]], DOB [[D:12/9/2024]]) were staying w/ her aunt [[N:Glenda]] at [[ST:640 W Girard Ave]], [[C:Philadelphia]], but aunt's landlord is evicting. Provided list of family shelters; called the city homeless services intake line [[P:215-555-0102]] - appt [[D:12/13]] 10am. WIC referral faxed ([[F:215-555-0189]]). Pt has car seat. Baby's dad [[N:Marcus Hale]] ([[P:267-555-0131]]) involved per pt, will transport. SW will see again tomorrow before d/c. -[[N:Ebony Carter]] MSW
"""),

("case_mgmt", """
CM - insurance appeal tracking    [[D:04/22/2025]]
Pt: [[N:Fitzpatrick, Colleen]]  DOB [[D:11/02/1957]]
Payer: Aetna Medicare, member [[HP:W448120937]]
Denied claim [[ID:CLM-2503-00418822]] (inpatient stay [[D:3/11/25]]-[[D:3/15/25]], denied as "not medically necessary") and claim [[ID:CLM-2503-00418823]] (SNF days [[D:3/15]]-[[D:3/29]]).
Level 1 appeal faxed [[D:4/21]] to [[F:1-860-555-0119]], confirmation [[ID:APL-77310]]. Supporting letter from Dr. [[N:Haldane]] attached. Expected decision within 30 days (~[[D:5/21]]).
Pt's husband [[N:Dennis]] aware, prefers contact at [[E:dennis.fitz57@mailbox.example]] or [[P:(508) 555-0192]].
[[N:Wendy Szabo]], CM / UR
"""),

("case_mgmt", """
CM note [[D:8/2/24]]: LTACH referral - pt [[N:Kahale, Makoa]] [[A:55]] trach/PEG, vent wean failure x2. Referrals sent [[D:7/31]] to [[H:Aloha Specialty Care]] (no bed) and [[H:Pacific Specialty Hospital]] - accepted [[D:8/1]] (liaison [[N:Leilani Akana]], [[P:808-555-0179]]). HMSA auth #[[ID:HM-24-881102]] approved [[D:8/2]]. Transfer by ALS ambulance [[D:8/3]] 0900. Wife [[N:Noelani]] ok w/ plan, will meet pt there. Receiving MD Dr. [[N:Nakoa]]. Records + trach/vent settings faxed to [[F:808-555-0180]].
"""),

("telephone", """
IT / Patient Portal Help Desk - call log   [[D:2025-02-07]] 10:16
Caller: [[N:Gerald Okonjo]] (pt), DOB verified [[D:9/1/1949]], MRN [[M:2291877]]
Issue: locked out of portal after password resets; says his son [[N:Emeka]] set it up with email [[E:g.okonjo49@webmail.example]] but he no longer has that password.
Verified identity (DOB + address [[ST:311 Harlan Rd]], [[C:Hamden]] [[SA:CT]]). Audit shows 6 failed logins from [[IP:98.210.44.151]] on [[D:2/6]] and 1 from [[IP:185.220.17.4]] (flagged foreign IP). Account locked per policy.
Action: changed email to [[E:gerald.okonjo@mailbox.example]], reset link sent; pt logged in at [[U:https://mychart.example-health.org/login]] while on phone. Proxy access for son to be requested via form.
Ticket [[ID:INC0448120]]. -- [[N:Kyle Brandt]], Tier 1
"""),

("telephone", """
TRANSFER CENTER CALL LOG  [[D:11/16/2024]] 0214
Requesting: Dr. [[N:Hutchins]], [[H:Ozark Mountain Regional]] ED, [[C:Harrison]] [[SA:AR]], callback [[P:870-555-0175]]
Pt: [[N:Blevins, Carl Wayne]] [[A:62]]M, OSH MRN [[M:H0091284]]
Dx: inferior STEMI, door at OSH 0120, TNK given 0148 (no cath lab on nights).
Accepted by Dr. [[N:Abiodun]] (interventional) 0221 to CCU; cath lab activated.
Transport: air, [[O:Ozark AirMed]] ETA 0330. Wife [[N:Brenda Blevins]] driving separately [[P:870-555-0153]].
[[N:Tricia]] RN, transfer center
"""),

("portal", """
Portal msg [[D:9/30/2025]]
From: [[N:Lucas Ferreira]]
"Hi Dr. [[N:Oyama]] - I'm flying to [[C:Lisbon]] on [[D:10/12]] to see my grandmother. Can you write a letter for TSA about my insulin pump (Tandem t:slim X2, serial [[DV:1184422]]) and Dexcom G7? Also need extra pump supplies - my supply company is [[H:Northway Diabetes Supply]] and my customer # is [[AC:C-408821]] I think. Thanks! [[N:Lucas]] (DOB [[D:1/30/2002]])"
Reply [[D:10/1]] ([[N:Amanda Rios]], RN CDCES): travel letter uploaded; we sent supply rx to [[H:Northway Diabetes Supply]] (fax [[F:800-555-0147]]); bring backup pens.
"""),

("pharmacy", """
PHARMACY NOTE - Controlled substance review / PDMP    [[D:07/08/2025]]
Pt [[N:Harlan Dupree]] [[A:49]]M, admitted for L ankle ORIF.
PDMP (last 12 mo):
- oxycodone 10 mg #90 x monthly, prescriber Dr. [[N:Samuel Whitt]] (DEA [[L:AK9022144]]), filled at [[H:Walgreens]] [[C:Florence]] [[SA:AL]]
- alprazolam 1 mg #60, prescriber [[N:Kim Tolbert]], NP (DEA [[L:MT0338170]]), filled at [[H:Shoals Discount Drugs]]
- buprenorphine/naloxone - none
Last oxy fill [[D:6/29/25]]. MME ~90 + benzo -> high overdose risk.
Recs: multimodal analgesia; avoid additional benzo; naloxone at d/c; communicate w/ outpatient prescriber Dr. [[N:Whitt]] ([[P:256-555-0168]]) re: post-op plan.
[[N:Ifeanyi Obi]], PharmD
"""),

("pharmacy", """
Immunization history reconciled [[D:1/17/2025]] (state IIS + pt card), pt [[N:Lindqvist, Astrid]] DOB [[D:04/05/1946]]:
- Influenza HD: [[D:10/2/2024]] ([[H:CVS]], [[C:Duluth]]); [[D:10/11/2023]]
- COVID-19 (2024-25): [[D:10/2/2024]]
- RSV (Arexvy): [[D:11/20/2023]]
- Shingrix #1 [[D:03/15/2022]], #2 [[D:06/01/2022]]
- PCV20: [[D:6/1/2022]]
- Tdap: [[D:8/14/2018]]
Due: nothing now; Td [[D:8/2028]].
-- [[N:M. Haugen]], CPhT / reviewed [[N:Ole Brekke]], RPh
"""),

("therapy", """
OT DRIVING REHABILITATION EVALUATION    [[D:09/10/2024]]
Client: [[N:Yellowhorse, Darlene]]  [[A:45]]F  Dx: T10 incomplete SCI ([[D:2/2024]])
License: AZ DL [[L:D08844217]], valid, no restrictions currently.
Vehicle: 2019 Toyota Sienna, plate [[V:CBX4471]], VIN [[V:5TDKZ3DC1KS018833]].
Visual screen: acuity 20/25 OU, fields full. Cognitive (Trails B) 68 s.
Behind-the-wheel (evaluator [[N:Marco Lente]], CDRS): drove 45 min w/ left-foot accelerator and push-pull hand controls in parking lot and on [[ST:Route 264]]; safe lane changes, appropriate speed.
Recs: install push-right-angle hand controls + spinner knob (quote pending from [[O:High Desert Mobility]], [[C:Flagstaff]]); 6 training sessions; then MVD medical review (case #[[ID:MVD-24-55109]]).
"""),

("radiology", """
US ABDOMEN COMPLETE    Acc [[ID:US25-0227-1193]]    [[D:02/27/2025]]
Pt [[N:Rahimi, Soraya]]  [[A:43]]F   MRN [[M:9910442]]   Ordering: [[N:N. Farahani]], MD
Hx: elevated LFTs, RUQ discomfort. Comparison: CT A/P [[D:06/11/2023]] ([[H:Pacifica Imaging]]); US [[D:2021-09-03]] ([[H:Lakeside Community Hospital]]).
Findings: Liver 17.8 cm, diffusely increased echogenicity w/ posterior attenuation, no focal lesion. GB: multiple mobile stones (first noted [[D:9/3/21]]), no wall thickening, neg sonographic Murphy sign. CBD 4 mm. Pancreas partially obscured. Spleen 10 cm. Kidneys normal.
Impression: hepatic steatosis, moderate-severe, progressed since 2021; cholelithiasis without cholecystitis.
"""),

("pathology", """
AUTOPSY - PROVISIONAL ANATOMIC DIAGNOSIS
Case [[ID:A25-0017]]   Decedent: [[N:Mwale, Chifundo]]   Age [[A:61]]   Sex F
Date/time of death: [[D:01/23/2025]] 2215   Autopsy: [[D:01/24/2025]] 1000
Authorized by: husband [[N:Kondwani Mwale]] (limited: chest and abdomen)
Clinician: Dr. [[N:Lindberg]]
PAD: 1. Acute saddle pulmonary thromboembolism. 2. Deep venous thrombosis, R femoral. 3. Endometrial carcinoma, s/p hysterectomy ([[D:11/2024]]), no residual tumor grossly.
Prosector: [[N:A. Petrenko]], MD   Attending: [[N:Rosalind Achterberg]], MD
"""),

("consult", """
PSYCHIATRY C-L CONSULT    [[D:8/14/2025]]
Q: capacity to refuse dialysis
Pt [[N:Moshe Adler]], [[A:86]]M, ESRD on HD x4 yrs at [[H:Riverside Dialysis]], admitted [[D:8/12]] w/ hyperkalemia after missing 2 sessions. States "I'm tired, I've lived long enough, I want to be with [[N:Ruth]]" (wife, died [[D:March]]).
MSE: alert, well groomed, tearful when discussing wife, no psychosis. MoCA 26/30.
Capacity: pt understands (dialysis removes toxins/potassium), appreciates (knows he would die within ~1-2 wks), reasons consistently with long-held values (discussed same wishes w/ rabbi [[N:Feldstein]] in [[D:May]]), and expresses a clear choice. -> HAS capacity.
Also meets criteria for adjustment d/o w/ depressed mood; offered sertraline, pt declined; open to grief counseling.
Rec: palliative care; family meeting w/ son [[N:Avi Adler]] ([[P:212-555-0157]]) and daughter [[N:Miriam Katz]] ([[P:914-555-0108]]).
[[N:Chidinma Uzor]], MD, Psychiatry
"""),

("consult", """
WOUND/OSTOMY NURSE CONSULT  [[D:6/2/25]]
Pt [[N:Kowalewski, Stanley]] [[A:83]] M, MRN [[M:2207719]], from [[H:Lakeland Manor]] (LTC), admitted [[D:5/30]] w/ sepsis. Sacral stage 4 PI present on admission (documented by [[H:Lakeland Manor]] nurse [[N:Olive]] on [[D:5/20]] as stage 3). Photos uploaded to media tab [[D:6/2]].
Measurements: 6.5 x 5.0 x 2.2 cm, undermining 2-5 o'clock 1.5 cm, bone palpable. 40% slough.
Plan: surgery consult for debridement/bone bx (osteo), NPWT after debridement, low air loss mattress, turn q2h, nutrition consult. Discussed with Dr. [[N:Gupta]].
-- [[N:Charlene Baptiste]], RN, CWOCN
"""),

("addendum", """
Attending attestation / addendum  [[D:04/04/2025]]:
I saw and examined Ms. [[N:Rahman]] with Dr. [[N:Cho]] (resident) on [[D:4/4]] and agree with the findings and plan as documented, with the following additions: she reports her sister [[N:Nasrin]] had a PE at age [[A:40]], so I have added thrombophilia workup. Pt also reports she lives alone at [[ST:88-20 Parsons Blvd]], [[C:Jamaica]] [[SA:NY]]; PT eval before discharge.
[[N:Harriet Okonedo]], MD
"""),

("handoff", """
RN HANDOFF - 6 West pod B - [[D:01/19/25]] 1900
601 [[N:Ramos, Nelly]] [[A:79]]F - hip fx POD2. A&Ox3. PCA off, oxy prn. dtr [[N:Cynthia]] spending night. falls precautions.
602 [[N:Ogunbiyi, Tunde]] [[A:45]]M - DKA resolved, on SQ insulin. needs teaching w/ wife [[N:Folasade]] before d/c [[D:1/20]].
603 [[N:Yilmaz, Emre]] [[A:33]]M - appy POD1. clears. ambulating. fiancée [[N:Elif]] visiting till 2100.
604 [[N:Dubois, Hélène]] [[A:92]]F - CHF. strict I&O, 1.5 L FR. deaf L ear. son [[N:Gilles]] calls nightly ~2000 [[P:(450) 555-0119]].
605 [[N:Crow, Ernest]] [[A:70]]M - COPD. 2L NC. smoked off unit today!!! nicotine patch on. wife [[N:Della]].
606 empty - admit coming from ED ([[N:Phan, Duc]] [[A:59]]M, GI bleed).
report given by [[N:April]] to [[N:Joel]]
"""),

("handoff", """
NICU sign-out  [[D:8/30]] AM
Pod A
- BB [[N:Okafor]] (twin A), 31+4 wk, DOL 6 - RA, gavage 24 mL q3h, bili 8.1 photo off. Mom [[N:Ijeoma]] pumping, visiting daily.
- BG [[N:Okafor]] (twin B), DOL 6 - CPAP +5 21%, caffeine. head US [[D:8/31]].
- [[N:Sofía Martínez-Luna]], 36 wk, DOL 2 - NAS scoring (mom on methadone at [[H:Crossroads Treatment Center]]), Finnegan 6-8, no meds yet. DCF aware, worker [[N:Jim Cole]].
Pod B
- BG [[N:Abernathy]], 26+1 wk, DOL 19 - SIMV, NEC watch. Parents [[N:Kyle]] and [[N:Brittany]] from [[C:Pittsfield]], staying at [[O:Ronald McDonald House]].
- BB [[N:Nguyen]], 38 wk, DOL 1 - TTN, weaning HFNC. mom [[N:Thu]] postpartum on 5S.
-- [[N:Renee Obasi]], NNP
"""),

("nh_transfer", """
NURSING HOME ADMISSION - Hospital transfer packet checklist    [[D:Dec 20, 2024]]
Resident: [[N:Szabo, Magdolna]]   DOB [[D:3/8/1933]] ([[A:91]])   From: [[H:Northern Valley Medical Center]] (MRN [[M:NV-3371902]])
To: [[H:Saint Elizabeth Manor]], [[ST:400 Lakeview Dr]], [[C:Woonsocket]] [[SA:RI]] [[Z:02895]]; adm nurse [[N:Olu Adebayo]]
Medicare [[HP:9WE3-GT6-KD72]]; secondary: AARP supplement [[HP:381447209-11]]
POA: [[N:Zoltan Szabo]] (son), [[P:401 555 0123]], email [[E:zszabo@mailbox.example]]
Physician at facility: Dr. [[N:Lachance]]. Hospice: no.
[x] DC summary [x] MAR [x] PASRR [x] TB screen ([[D:12/18]]) [x] MOLST (DNR) [x] last BM [[D:12/19]]
Pharmacy: [[H:Blackstone Valley LTC Pharmacy]] - fax orders to [[F:401-555-0124]].
"""),

("home_health", """
OASIS Start of Care - summary   [[D:10/02/2025]]
Agency: [[H:Blue Ridge Home Health]] (provider #497281)   Clinician: [[N:Nora Caudill]], RN
Patient: [[N:Caudill, Ernest Ray]] (no relation to clinician)  DOB [[D:7/19/1944]]  Age [[A:81]]
Address: [[ST:1288 Laurel Fork Rd]], [[C:Boone]] [[SA:NC]] [[Z:28607]] - gravel drive, 2nd house past the church.
Ordering MD: Dr. [[N:Pruett]], NPI [[L:1593320819]], [[H:Watauga Internal Medicine]] [[P:828-555-0190]]
Primary dx: CHF; secondary: DM2, CKD3
Caregiver: wife [[N:Opal]] ([[A:79]]), daughter [[N:Rhonda]] in [[C:Johnson City]] ([[P:423-555-0171]]).
Medicare [[HP:4CF6-XN2-PD19]]; SSN on referral [[S:238-44-9017]]. Visit freq: SN 2w3, 1w4; PT eval.
"""),

("home_health", """
Home infusion RN visit [[D:3/19/2025]] - pt [[N:Adriana Costa]] [[A:39]] at [[ST:77 Summer St Apt 5]], [[C:Somerville]]. daily ertapenem via L arm PICC (placed [[D:3/10]] at [[H:Mystic Valley Hospital]]). pump: CADD Solis SN [[DV:CS-221948]]. dressing/cap change done, site clean, ext length 1 cm unchanged. weekly labs drawn, sent to [[H:Quest]] [[C:Cambridge]]. husband [[N:Rafael]] trained to disconnect. end date [[D:4/7]] per ID Dr. [[N:Abdi]]. -- [[N:J. Mahoney]] RN ([[H:Bayside Infusion]])
"""),
]
