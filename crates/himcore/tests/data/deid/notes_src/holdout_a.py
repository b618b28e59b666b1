# Hand-written clinician notes, holdout split, part A.
# All people, numbers, addresses and institutions are invented.

NOTES = [
("nursing", """
NOC shift [[D:2/19]]-[[D:2/20]]    [[N:SZCZEPANSKI, ZBIGNIEW]]  MRN [[M:5502871]]
pt (Mr. [[N:Szczepański]]) POD1 R hip hemi, [[A:86]] y/o, hard of hearing - speak on L side.
neuro: pleasantly confused overnight, kept asking for "[[N:Halina]]" (wife, passed 2019). reoriented x3. no restraints, bed alarm on.
cv: SR 70s, BP 104/62 -> held metoprolol 0600 per parameters.
resp: 2L NC, IS 750 w/ coaching.
gu: purewick, 900 mL since 1900. 
skin: incision dsg c/d/i, heels offloaded, will need pillow mark on bed for turning schedule.
pain: 5/10, tylenol 1 g + oxy 2.5 x1.
family: granddaughter [[N:Kasia]] called 2215, updated, she will be in around 10 w/ his hearing aid. her # [[P:(401) 555-0268]].
- [[N:D. Ferreira-Shaw]] RN
"""),

("nursing", """
[[D:08/14/2025]] 1040  DAR
Data: pt [[N:Rashida Okoye]] refused HD this am, states "I'm done for today, my ride is at noon." Last HD [[D:8/11]]. K 5.6, wt up 3.1 kg. Dialysis RN [[N:Femi]] called floor 1015. Pt calm, A&Ox4, understands risks per pt.
Action: notified Dr. [[N:Lindgren-Achebe]] 1025; pt agreed to shortened 2 hr run if it can start by 1100. Called pt's ride (Medicaid van) to reschedule to 1400.
Response: HD started 1052. Pt thanked staff.
-- [[N:Moses Adu]], RN
"""),

("nursing", """
Infusion Center RN Note   [[D:2024-04-09]]
Pt [[N:Larsen, Birgitta]] DOB [[D:11-Nov-1958]] MRN [[M:40-118-337]], C4D1 FOLFOX. Accompanied by husband [[N:Torvald]].
Port: R chest, accessed w/ 20g 1", + blood return. Pre-meds given 0915.
Oxaliplatin 85 mg/m2 0930-1130, leucovorin concurrent. 5-FU bolus 1135. 5-FU 46 hr infusion via CADD pump #[[DV:INF-0772]] (SN [[DV:1902-33817]]) started 1145, to be disconnected [[D:4/11]] 1145 by [[H:Lakeland Home Infusion]] nurse [[N:Gwen]] at home ([[ST:3 Pinecrest Rd]], [[C:Moorhead]]).
Pt reports neuropathy fingertips w/ cold, grade 1. Dr. [[N:Amundsen]] aware.
-- [[N:R. Goldstein]], RN, OCN
"""),

("nursing", """
BHU nursing note  [[D:Mon 10/20]]  1500-2330
pt [[N:Darius Whitehorse]] [[A:31]]M, day 3. calm most of shift, attended 2 groups. ate 100% dinner. denies SI/HI, contracts for safety. no PRNs.
visitors (approved list): mother [[N:Marlene Whitehorse]] 1830-1930, brought clothes (checked, drawstrings removed). pt's girlfriend [[N:Jade]] NOT on list - not allowed up per pt request, she left.
pt asked about work note for [[O:Gallup Tire & Lube]], told SW [[N:Ortiz]] will address in am.
sleeping by 2230, q15 checks continued.
-[[N:Kyla T.]] RN
"""),

("ed_triage", """
ED Triage   [[D:12/03/2025]] 08:22
Arrival: EMS from home. [[A:89]] y/o F, [[N:Winifred Ashby]] (DOB [[D:4/30/1936]], MRN [[M:3390218]]), found on kitchen floor by neighbor Mr. [[N:Delgado]] this am - neighbor says he last saw her yesterday around 4 pm. Unknown down time. c/o R hip pain. Shortening + ER of RLE. Alert, oriented to person/place. CK pending.
Lives alone at [[ST:12 Tilden Ave]], [[C:Pawtucket]]. Niece [[N:Eleanor Ashby-Kemp]] is contact, [[P:401-555-0233]] (per neighbor).
VS: 97.1 / 96 / 138/70 / 18 / 95% RA. Pain 8/10. ESI 2. PCP at [[H:Blackstone Valley Primary Care]], last seen [[D:11/14/2025]].
[[N:Dmitri]] RN
"""),

("ed_triage", """
[[D:5/8]] 1149 triage: [[N:Osvaldo Quintero]] ([[M:6607215]]) [[A:44]] yo M asthma flare x2d, used neighbor's nebulizer. speaking short sentences, SpO2 92% RA, wheeze all fields. ESI 2 -> bed 7. wife [[N:Yesenia]] parking car. -[[N:rk]]
"""),

("discharge_summary", """
DISCHARGE SUMMARY
Pt Name: [[N:Adjei, Kwesi Boateng]]         MR#: [[M:002288190]]         Acct#: [[AC:880044192371]]
DOB: [[D:08-19-1961]]        Admit: [[D:10-03-2025]]        Discharge: [[D:10-07-2025]]
Attending: Dr. [[N:Yusuf Demirci]]        Consultants: GI - Dr. [[N:Hamid Zarrin]]
Dx: Upper GI bleed from duodenal ulcer (H. pylori +); acute blood loss anemia
Course: Mr. [[N:Adjei]] is a [[A:64]] yo man with knee OA on daily naproxen who presented with melena x2 days and syncope at church ([[O:Ebenezer Methodist Church]], where he is a deacon). Hgb 6.4 on arrival (baseline 13.8 on [[D:6/12/2025]] at [[H:Kumasi Family Practice]]). Transfused 3 units PRBC. EGD [[D:10/4]] (Dr. [[N:Zarrin]]): 1.5 cm clean-based DU, no intervention; biopsy positive for H. pylori ([[ID:S25-30417]]). Started quadruple therapy. Hgb stable 9.1-9.4 over 48 hours.
His wife [[N:Abena]] and daughter [[N:Efua]] (a pharmacist at [[H:Seaside Pharmacy]]) were present for teaching.
D/c meds: pantoprazole 40 BID x 8 wks, bismuth/tetracycline/metronidazole x14 days, FeSO4 325 daily. STOP naproxen.
Pertinent results:
[[D:10/3]] Hgb 6.4, BUN 58, Cr 1.0, INR 1.1
[[D:10/4]] Hgb 8.9 after 3 u PRBC; EGD as above
[[D:10/5]]-[[D:10/6]] Hgb 9.1-9.4, stable; BUN 19
Pathology [[ID:S25-30417]]: chronic active gastritis with H. pylori organisms (antrum, duodenal bulb).
Exam at discharge: HR 82, BP 128/76, no orthostasis. Conjunctival pallor. Abdomen soft, non-tender.
Code status: full code.
Instructions (reviewed with pt, wife and daughter; teach-back done): take all 4 H. pylori medicines for 14 days; no ibuprofen, naproxen or aspirin; call for black stools, vomiting blood or lightheadedness. For knee pain use acetaminophen up to 3 g/day; ortho referral to Dr. [[N:Sefa Boakye]] at [[H:Riverside Bone & Joint]], [[P:(860) 555-0519]].
F/u: PCP Dr. [[N:Nana Owusu]] on [[D:10/14]]; repeat EGD in 8 wks; H. pylori stool Ag 4 wks after therapy.
[[N:Yusuf Demirci]], MD   [[D:10-07-2025]] 15:31
"""),

("discharge_summary", """
PEDS DISCHARGE SUMMARY - Bronchiolitis
[[N:Lucía Rentería]]   [[A:7]] wk F   MRN [[M:P-6618204]]   adm [[D:1/3/2026]]   d/c [[D:1/6/2026]]
RSV+. Max support HFNC 6 L/min 40% on [[D:1/4]]; weaned to RA [[D:1/5]] 0900. Feeding 90 mL q3h, good UOP. No apnea.
Parents [[N:Itzel]] and [[N:Brayan Rentería]]; older sib [[N:Emiliano]] ([[A:3]]) also sick at home. Spanish interpreter used for teaching.
F/u: [[H:Clínica del Valle]] (Dr. [[N:Paloma Iturbide]]) [[D:1/8]]. Return for WOB, poor feeding, fewer wet diapers.
[[N:Hana Kobayashi]], MD (peds hospitalist)
"""),

("h_and_p", """
ADMIT NOTE - Medicine     [[D:9/27/25]] 0130
[[N:Callahan, Seamus P]]  [[A:52]]M  MRN [[M:447-09-221]]
CC: epigastric pain
HPI: [[A:52]]M w/ EtOH use d/o (~1 L whiskey/day per pt, last drink [[D:9/26]] 1800) p/w severe epigastric pain radiating to back since yesterday evening, N/V x6. Lipase 2,410. CT: edematous pancreatitis, no necrosis. Hx of withdrawal seizures (last 2022) and DTs at [[H:Mount Carmel Regional]] in [[D:Jan 2023]].
Meds: none. All: NKDA.
SH: lives w/ brother [[N:Declan]] in [[C:Dorchester]]; works as a bartender at [[O:The Rusty Anchor]]. 30 pk-yr smoker.
FH: father died of cirrhosis at [[A:58]].
Exam: T 37.9 HR 118 BP 152/96. tremulous, diaphoretic. epigastric TTP, no rebound. CIWA 16.
A/P: acute alcoholic pancreatitis + early withdrawal.
- LR 250 mL/h, pain control, NPO -> early feeding as tolerated
- phenobarbital load per protocol, thiamine/folate/MVI
- addiction consult in am; pt interested in [[H:Harbor Recovery Services]]
- FULL CODE. Emergency contact brother [[N:Declan Callahan]] [[P:617-555-0261]].
[[N:Kavya Reddy]], MD
"""),

("h_and_p", """
L&D ADMISSION H&P    [[D:June 30, 2025]]
[[N:Nwosu, Chiamaka]]  [[A:30]] yo G2P1001 @ 39w5d  EDD [[D:7/2/2025]] (by 8w US)
CC: ctx q4 min since 0300
PNC: [[H:Riverside Women's Health]], 11 visits, Dr. [[N:Tomlinson]]. Prenatal labs: O+, Ab neg, RI, HBsAg neg, HIV neg, GBS neg ([[D:6/5]]). 1-hr GTT 118. Prior SVD 2022, 3.4 kg, uncomplicated.
Exam: BP 122/76. SVE 6/80/0. Vertex by Leopold's + bedside US. EFW 3500 g. FHT 130s, cat I.
Plan: admit to L&D, expectant management, epidural on request. Husband [[N:Obinna]] and doula [[N:Tamsin Ward]] present.
[[N:Sarah Lowenthal]], MD, PGY-2; discussed w/ Dr. [[N:Tomlinson]]
"""),

("progress", """
HOSPITALIST PROGRESS NOTE    [[D:12-Feb-2025]]    HD#3
Pt: [[N:Duong, Van Thanh]]  [[A:78]]M   Rm 5112   MRN [[M:3319450]]   FIN [[AC:HX2502110087]]
Adm [[D:2/10]] (sent from [[H:Fort Bend Urgent Care]]).
Subjective: overnight no events. cough less productive. son [[N:Khoa]] at bedside interpreting (Vietnamese) - pt prefers son; offered interpreter.
Objective: Tmax 37.4. RR 18. 1L NC 95%. crackles L base, improved. WBC 13.2 -> 9.8. Cr 1.0. Legionella/pneumococcal Ag neg. BCx [[D:2/9]] NGTD.
Assessment/Plan:
CAP LLL - day 4 ceftriaxone/azithro. switch to PO cefpodoxime tomorrow if afebrile. ambulatory sat check.
HTN - cont amlodipine.
Dispo - home w/ son in [[C:Sugar Land]] ([[ST:7711 Brazos Bend Ln]]) likely [[D:2/14]].
[[N:Ibrahim Toure]], MD
"""),

("progress", """
RHEUMATOLOGY FOLLOW-UP   [[D:3/26/2025]]
[[N:Priya Ramaswamy]], [[A:37]] F (MRN [[M:2274016]]), SLE (dx 2018) w/ class IV LN, s/p induction MMF.
S: joint pain better. mild hair thinning. photosensitive rash flares every June-August. no rash, no oral ulcers. planning pregnancy "next year" w/ husband [[N:Karthik]]. works as teacher at [[O:Oakridge Montessori]].
O: BP 126/78. no synovitis. UPCR 0.4 (was 2.8 in [[D:Sept 2024]]). C3 88, dsDNA 45.
A/P: LN in partial remission.
- cont MMF 1.5 g BID for now; will need to switch to azathioprine >= 3 mo before conception -> preconception visit w/ MFM Dr. [[N:Castellano-Briggs]]
- HCQ 300 daily; eye exam due ([[D:Oct]])
- RTC 3 mo, labs at [[H:Lakeshore Lab]] [[D:6/20]]
[[N:Joanna Wiśniewski]], MD
"""),

("social_work", """
SW note  [[D:07/02/2024]]
Pt's wife [[N:Margaret]] "[[N:Peggy]]" [[N:Lund]] ([[A:81]]) is primary caregiver for pt ([[N:Arne Lund]], [[A:84]], advanced dementia). [[N:Peggy]] reports she has not slept > 4 hrs in months, pt wanders at night, tried to drive to "the farm in [[C:Willmar]]" last week (keys now hidden). Son [[N:Erik]] lives in [[C:Fargo]], daughter [[N:Ingrid Lund-Haas]] in [[C:Rochester]] ([[P:507-555-0211]]), both call weekly.
Resources discussed: adult day health at [[H:Kandiyohi Adult Day Center]] (3 days/wk, pt already on list), respite bed at [[H:Prairie View Care Home]] (private pay - pt's Medicare, [[HP:2RW5-HK1-DN83]], does not cover respite outside hospice), Alzheimer's Assn helpline. [[N:Peggy]] tearful but relieved; agreed to trial of adult day starting [[D:7/8]].
-- [[N:Solveig Brandt]], LICSW
"""),


("social_work", """
SW consult - OB clinic   [[D:Nov 19, 2025]]
Pt [[N:Jazmín Orellana]], [[A:16]] yo G1P0 @ 20w, seen w/ her aunt [[N:Dolores Orellana]] (legal guardian since [[D:3/2024]]). Pt is in 10th grade at [[O:Westfield High School]] and wants to stay in school; the school counselor, Ms. [[N:Keane]], has offered a modified schedule. FOB is [[N:Kevin Matute]], [[A:19]], works at a car wash in [[C:Hyattsville]]; pt says relationship is "on and off", denies coercion or violence. Age difference reviewed - no mandated report indicated per state law.
Benefits: pt has Medicaid ([[HP:MD40177235]]); WIC appt made [[D:11/24]]. Aunt's phone [[P:301-555-0248]].
Plan: f/u w/ SW at 28 wk visit; referral to teen parent program at [[H:Prince George's Family Health Center]].
-- [[N:Adaora Chukwu]], LCSW-C
"""),

("case_mgmt", """
CASE MANAGEMENT - Discharge Plan    [[D:04/15/2025]]
Patient: [[N:Hawthorne, Gideon]] ([[A:69]] y.o.)    Dx: L MCA stroke, aphasia
Plan: acute inpatient rehab. Accepted at [[H:Copper Ridge Rehabilitation Hospital]] (liaison [[N:Jill Sorensen]], [[P:(720) 555-0244]]). Medicare A - no auth needed; secondary Anthem Medigap [[HP:MGB7730412]].
Transfer [[D:4/16]] at 10:00 by BLS ambulance, run #[[ID:FRA-4418825]].
Wife [[N:Beverly]] (HCP) agrees; she will visit daily from their home in [[C:Lakewood]] ([[ST:1420 Garrison St]]).
Receiving MD: Dr. [[N:Alvarado-Peck]]. Documents faxed to [[F:720-555-0245]] at 15:40.
[[N:Rosalie Grant]], RN, CCM
"""),

("case_mgmt", """
CM/SW note  [[D:1/27/26]]: pt [[N:Desmond Pryce]] [[A:58]] (DOB [[D:2/2/1967]]) experiencing homelessness, s/p R foot I&D, needs 4 wks IV abx. no fixed address (last: shelter at [[O:St. Anthony's Men's Residence]], [[C:Camden]]). accepted to medical respite at [[H:Haddon Respite Care]] - bed [[D:1/28]]. PICC ok'd for respite per ID. NJ FamilyCare ID [[HP:NJ7700281446]]. pt's phone is prepaid, [[P:856-555-0219]], often off - backup: sister [[N:Cheryl Pryce]] [[P:856-555-0276]]. transport via hospital van 1300. -[[N:B. Osterhout]], RN CM [[D:1/27/26]] 1140
"""),

("telephone", """
Phone note [[D:3/4/2025]] 11:20a
Spoke w/ [[N:Wanda Pierce-Obi]] (dtr, on HIPAA form) re: her mother [[N:Eunice Pierce]] (DOB [[D:5/12/1940]]). Urgent care ([[H:Triangle QuickCare]], [[C:Raleigh]]) started Bactrim DS for UTI yesterday (filled at Walgreens); mom is on warfarin 4 mg. Daughter worried about interaction - correct, significant.
Per Dr. [[N:Hargreaves]]: hold warfarin x1 tonight, INR check [[D:3/6]] at our lab, continue Bactrim. Daughter verbalized plan. Callback [[P:919.555.0254]].
[[N:Shonda Miles]], RN
"""),

("telephone", """
[[D:09/18/25]] 4:45p LVM on pt's cell ([[P:614-555-0236]]) for Mr. [[N:Kessler]] (MRN [[M:6021177]]) to call back about biopsy results (prostate bx [[D:9/12]], [[ID:SP25-21904]]). 2nd attempt. Results benign, but pt declined detailed voicemails on his consent form. Will send portal msg + letter to [[ST:220 Oakwood Ave]], [[C:Columbus]] [[SA:OH]] [[Z:43205]]. -[[N:Beth]] (Dr. [[N:Sadiq]]'s office)
"""),

("portal", """
Portal message     [[D:10/14/2025]]  8:03 PM
From: [[N:Naledi Mokoena]] (MRN [[M:8841032]])
To: Dr. [[N:Harrington]]'s care team
Subject: rash after shots??

Hello, I got my flu and COVID shots at your clinic on [[D:Friday 10/10]] (nurse [[N:Andile]] gave them). Since Sunday there's a red itchy patch around the left arm injection about the size of my palm. No fever. I attached a photo. Should I worry? I'm flying to [[C:Johannesburg]] on [[D:Oct 22]] for my brother [[N:Sipho]]'s wedding.
- [[N:Naledi]]
---
RN reply [[D:10/15]]: Looks like a local reaction ("COVID arm"), should resolve in a few days. Cold compress, cetirizine. Safe travels! - [[N:Grace Oduya]], RN
"""),

("portal", """
msg from pt [[D:2/2/2026]]: "Dr [[N:Abernethy-Moss]] - the DMV needs your part of the disabled parking form. my plate is [[V:8LMK214]] (CA) and my DL is [[L:D4471926]]. mail it to me at [[ST:5530 Folsom Blvd Apt 18]], [[C:Sacramento]] [[SA:CA]] [[Z:95819]] or fax my sister [[N:Lorna]] at work [[F:916-555-0217]]. I can't walk more than half a block since the stroke. thx [[N:Ruben Ocampo]]"
MA note: form to provider inbox [[D:2/3]]. -[[N:jfuentes]]
"""),

("pharmacy", """
Clinical Pharmacist Note - Antimicrobial Stewardship    [[D:8/28/2025]]
Pt: [[N:Katz, Miriam Esther]]  [[A:91]] F  CrCl ~22 mL/min (wt 48 kg, SCr 1.3)
Current: pip-tazo 4.5 g q6h since [[D:8/25]] for HCAP; MRSA nares PCR neg ([[D:8/25]]); sputum ([[ID:MB-25-240-118]]) normal flora.
Recs: (1) renally adjust pip-tazo to 2.25 g q6h or narrow to ceftriaxone 1 g daily per Dr. [[N:Obuya]]; (2) total 5 days (through [[D:8/29]]); (3) stop vancomycin (discontinued today).
Discussed w/ team (Dr. [[N:Obuya]], NP [[N:Lindy Park-Sutton]]) - accepted.
[[N:Thao Nguyen-Bui]], PharmD, BCIDP
"""),

("pharmacy", """
Parenteral Nutrition Note  [[D:11/30/2024]]
Pt [[N:Ferrante, Giuseppina]]  [[A:59]]F  wt 61 kg   MRN [[M:7203318]]
Dx: short bowel after SMA thrombosis, resection [[D:11/12]] at [[H:Tri-County Medical Center]]; transferred here [[D:11/20]].
TPN day 10: dextrose 250 g, AA 90 g, lipid (SMOFlipid) 50 g. Lytes adjusted: K 60, Phos 20 (phos 2.1 today).
Triglycerides 168 ([[D:11/28]]). LFTs stable.
Plan: transition to home PN via [[H:Optima Home Nutrition]] - benefits check started (BCBS [[HP:XYH880142091]]). Teaching w/ husband [[N:Salvatore]] starts [[D:12/2]].
[[N:Eun-ji Park]], PharmD, BCNSP
"""),

("therapy", """
PT - ICU early mobility   [[D:3/17/25]]
[[N:Bjornstad, Lars]] [[A:63]]M (MRN [[M:7008213]]) vent day 6 (ARDS), transferred from [[H:Lake Country Hospital]] [[D:3/13]]. RASS 0, CAM neg. On PS 8/5 FiO2 40%.
Tx: w/ RN [[N:Hollis]] and RT [[N:Marisa Vega]]: sup->sit EOB mod A x2, sat 6 min EOB, sat 93-96%, HR 98-112. stand pivot to chair max A x2. tolerated 45 min in chair.
Wife [[N:Kirsten]] present, educated on ROM.
Plan: daily, progress to marching in place. Goal d/c home (lives in [[C:Stillwater]] w/ wife, 2-story).
[[N:Annika Holm]], PT
"""),

("radiology", """
CT ANGIOGRAM CHEST (PE PROTOCOL)
Accession: [[ID:CTA-25-0918-0042]]        Exam date: [[D:Sep 18, 2025]] 03:11
Patient: [[N:BELLAMY, TERRENCE O]]     DOB: [[D:1979-12-02]]     MRN: [[M:08812345]]
Indication: tachycardia, hypoxia, recent L knee arthroscopy ([[D:9/5]]).
Findings: Filling defects in the R main pulmonary artery extending into RLL segmental branches and L lower lobe segmental arteries. RV/LV ratio 1.2, flattening of the interventricular septum. No pleural effusion. Small RLL wedge-shaped opacity - possible infarct.
Impression: Acute bilateral PE with CT evidence of right heart strain.
Critical result communicated to Dr. [[N:Adewale]] (ED) at 03:24 on [[D:9/18/2025]] by Dr. [[N:Christine Yoo]].
"""),

("radiology", """
XR WRIST LEFT 3 VIEWS    [[D:04/02/2025]]    Acc# [[ID:XR25040211087]]
Pt: [[N:Amoah, Kojo]]  [[A:9]] y/o M   Ordering: [[N:N. Whitaker-Lowe]], PA-C ([[H:Cedar Lane Urgent Care]])
Hx: FOOSH on trampoline at birthday party [[D:4/1]].
Findings: Buckle (torus) fracture of the distal radial metaphysis. Physis intact. No ulnar fracture. Soft tissue swelling.
Impression: L distal radius buckle fx.
[[N:M. Ostrowska]], MD
"""),

("pathology", """
SURGICAL PATHOLOGY    Accession [[ID:SP-26-00731]]
Name: [[N:Yilmaz-Carter, Deniz]]     MRN: [[M:6013388]]     Sex/Age: M/[[A:52]]
Procedure date: [[D:01/14/2026]]     Received: [[D:01/14/2026]]     Signed out: [[D:01/16/2026]]
Endoscopist: Dr. [[N:Obi-Whitman]], [[H:Brookside Endoscopy Center]]
A. Colon, ascending, polyp x1, cold snare: Tubular adenoma, 6 mm, low-grade dysplasia.
B. Colon, sigmoid, polyps x3: Hyperplastic polyps.
C. Rectum, polyp: Sessile serrated lesion without dysplasia.
Comment: Surveillance interval per USMSTF guidelines. Results to endoscopist and PCP Dr. [[N:Lindqvist-Oyelaran]].
Pathologist: [[N:Farida Haidari]], MD
"""),

("consult", """
GI CONSULT    [[D:5/27/2025]]
Requesting: Dr. [[N:Byrne]] (surgery)    Reason: elevated LFTs / ?choledocholithiasis
[[N:Moreau-Ibrahim, Célestine]] is a [[A:47]] yo woman admitted [[D:5/26]] with RUQ pain. Tbili 3.8, ALP 310, lipase normal. MRCP: 7 mm CBD stone, CBD 9 mm. Hx Roux-en-Y gastric bypass (2014, [[H:Lakeside Bariatric Center]]) - standard ERCP not feasible.
Plan discussed with Dr. [[N:Byrne]] and IR (Dr. [[N:Petrakis]]): laparoscopy-assisted transgastric ERCP with lap chole [[D:5/28]] in OR. Consent obtained with pt's husband [[N:Idris]] present. Hold anticoagulation (none). NPO after MN.
[[N:Ananya Chatterjee]], MD, Gastroenterology   cell [[P:(312) 555-0243]]
"""),

("addendum", """
ADDENDUM - WRONG PATIENT DOCUMENTATION    [[D:07/21/2025]] 09:05
The progress note dated [[D:07/20/2025]] 16:40 in this chart was written for a different patient with a similar name ([[N:Maria Elena Gutierrez]], DOB [[D:4/2/1961]]) and has been moved to her record. The correct patient for this chart is [[N:María Helena Gutiérrez]], DOB [[D:4/20/1961]], MRN [[M:5580219]]. No orders were placed on the wrong chart. Event reported (safety report [[ID:SR-25-07714]]). Charge RN [[N:Obadiah]] and unit manager [[N:Kristin Halvorsen]] aware.
-- [[N:T. Abara]], MD
"""),

("handoff", """
HOSPITALIST SIGN-OUT (team 4)   [[D:Thursday 11/6/25]]   covering: [[N:Delacroix-Ames]]  pgr [[P:7714]]
- [[N:Achebe, Obiageli]] [[A:72]]F 8E-21 | CHF | net -1L goal, AM lytes, if K<4 give 40. son [[N:Chike]] flies in from [[C:Atlanta]] tonight.
- [[N:Hernández Batista, José Miguel]] [[A:57]]M 8E-22 | cellulitis R leg, vanc. blood cx [[D:11/5]] pending. DM.
- [[N:Lindgren, Solveig]] [[A:94]]F 8E-24 | AMS/UTI. DNR/DNI. pulls lines - mitts ok per dtr [[N:Karin]] ([[P:651-555-0229]]).
- [[N:Park, Tae-yang]] [[A:66]]M 8E-25 | new AF. on heparin gtt, PTT 0000/0600. TEE [[D:11/7]].
- [[N:Mahmoud, Yasmin]] [[A:28]]F 8E-27 | pyelo in pregnancy 22w (PNC at [[H:Ponce Women's Clinic]]), OB (Dr. [[N:Faraday]]) following, fetal checks q shift.
- [[N:Jones, Bill]] [[A:61]]M 8E-30 | ETOH w/d, CIWA, last ativan 2000. wife [[N:Pat Jones]] asked to be called ONLY if transferred to ICU.
"""),

("nh_transfer", """
ASSISTED LIVING -> ED  resident transfer sheet
Community: [[H:Magnolia Gardens Assisted Living]], [[ST:800 Wexford Pl]], [[C:Savannah]] [[SA:GA]] [[Z:31406]]   Ph [[P:912-555-0226]]
Resident: [[N:Beauregard, Lillian]]   DOB [[D:02/14/1930]]   Age [[A:95]]
Date/time sent: [[D:06/03/2025]] 1915
Reason: 2 falls today, new L wrist pain/deformity, more confused than usual
Code: Full code (per resident, POA agrees)
Medicare [[HP:7QE4-JM9-RB26]]   Pharmacy: [[H:Chatham Long-Term Care Pharmacy]]
POA: [[N:Charles Beauregard III]] (son)  cell [[P:912 555 0277]]
PCP: Dr. [[N:Okwuosa-Lyle]], [[H:Coastal Geriatrics]], fax [[F:912-555-0230]]
Meds: see attached eMAR (med tech [[N:Shaniqua]] gave 1700 meds).
Baseline: walks w/ rollator, dresses self, manages own phone, A&Ox3.
Completed by: [[N:Latoya Brisbane]], wellness director, [[D:6/3/2025]] 1905
"""),
]
