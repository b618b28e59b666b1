NOTES = []

NOTES.append(("ed_triage", """ED TRIAGE - [[H:Delta Regional Medical Center]]
Arrival: [[D:03/11/2024]] 0214   Mode: POV (brought by dtr)
Pt: [[N:WASHINGTON, LUCILLE M]]   DOB [[D:07/22/1941]]   MRN [[M:DRM0448192]]
CC: SOB
[[A:82]] yo F c/o sob x2d, worse lying flat, bilat LE swelling. hx CHF (EF 30%), DM2, HTN. ran out of lasix "last week" per daughter [[N:Shirley]].
VS: BP 178/96  HR 112 irreg  RR 26  T 98.1  SpO2 86% RA -> 93% 4L NC
Wt 94.2 kg (88 kg in [[D:Jan]] per chart)
pain 0/10. GCS 15.
ESI 2. To rm 14. EKG in triage - afib RVR 118, shown to Dr [[N:Okafor]] 0221.
Home: [[ST:Rte 2 Box 61]], [[C:Itta Bena]], [[SA:MS]] [[Z:38941]]
PCP: [[N:Hollis Gaines]], NP - [[H:Leflore Family Clinic]]
Emerg contact: [[N:Shirley Washington-Tate]] (dau) [[P:662-555-0184]]
triage RN: [[N:kbrister]]
"""))

NOTES.append(("discharge_summary", """DISCHARGE SUMMARY
[[H:Peachtree Memorial Hospital]]  |  Internal Medicine - Team 3

Patient: [[N:ADEYEMI, OLUWASEUN T]]     MRN: [[M:40017723]]     FIN: [[AC:9910234471]]
DOB: [[D:1968-04-09]]    Age: [[A:55]]    Sex: M
Admit date: [[D:02/26/2024]]     Discharge date: [[D:03/02/2024]]
Attending: [[N:Rachel Kim-Lawson]], MD
PCP: Dr. [[N:Emeka Nwosu]], [[H:Southside Family Medicine of Decatur]]

DISCHARGE DIAGNOSES
1. Diabetic ketoacidosis, resolved
2. Latent autoimmune diabetes in adults (GAD-65 Ab 48 U/mL)
3. AKI, prerenal, resolved (Cr 2.1 -> 0.9)
4. Hypertension

HOSPITAL COURSE
[[A:55]] y/o Nigerian-born man, no prior dx of DM, brought by EMS from his job at [[O:Hartsfield Parcel Logistics]] w/ vomiting, polyuria and ~12 lb wt loss over 6 wks. Glucose 612, AG 29, bicarb 7, pH 7.08, BHB 8.9. Admitted to MICU on insulin gtt per DKA protocol, gap closed HD 2, transitioned to basal-bolus [[D:2/27]] and moved to floor [[D:2/28]]. C-peptide low (0.3), GAD Ab positive -> LADA, will need lifelong insulin.
Diabetes education done by CDE [[N:Tamika Holloway]] RN with pt and wife [[N:Folake]], who will be main support; teach-back x3 good. Pt initially reluctant ("my father had sugar and they cut his leg") - father died at [[A:61]] in [[C:Ibadan]]. Chaplain [[N:Okonjo]] also visited.
Cr normalized w/ IVF. BP 150s on admit, 128/76 at d/c on home amlodipine.

DISCHARGE MEDS
- insulin glargine 22 units SC qHS
- insulin lispro 6 units SC TID AC + correction scale (handout given)
- amlodipine 10 mg PO daily (unchanged)
- glucometer, strips, lancets, pen needles 32G 4mm
Sent to [[H:Kroger Pharmacy]] on [[ST:Candler Rd]], [[C:Decatur]] - [[P:(404) 555-0139]]

FOLLOW UP
- PCP Dr. [[N:Nwosu]] [[D:Thurs 3/7]] 10:40am
- Endocrine: Dr. [[N:Priya Subramani]], [[H:Clifton Road Endocrine Associates]], [[D:March 19]] - [[P:404-555-0166]]
- BMP in 1 wk

Return for BG >400 x2, vomiting, confusion.
Condition: stable. Disposition: home with wife.

Electronically signed 15:22
"""))

NOTES.append(("nursing", """NURSING NOTE - 2B Med/Surg    [[H:Biloxi VA Medical Center]]
[[D:14MAR24]] 0700-1900

Vet: [[N:LADNER, EARL W]]    ICN [[M:1012934471V558201]]    [[A:77]] yo M   Rm 214-B
Dx: LLE cellulitis, DM2, PAD s/p R BKA ([[D:11/2019]])

0730 AAOx4, pleasant, Vietnam-era Army vet. pain LLE 6/10, oxycodone 5 mg PO given 0745, reassessed 0845 3/10.
LLE erythema outlined on [[D:3/12]] - receding ~2 cm from marker line today. cefazolin 2 g IV q8h cont, PIV 20g L FA, site clean/dry.
1000 BG 212, 4 units lispro per SSI.
1130 wife [[N:Ruby Nell]] at bedside, asking about going home Sat. Informed will defer to team.
1400 PT (Mr [[N:Dedeaux]]) saw pt - transfers w/ prosthesis CGA, w/c to bathroom.
1615 BG 188, 4u given.
1800 pt refused heparin SQ "I walk the halls all day". educated on VTE risk, still refused - Dr [[N:Theriot]] notified, ok to document refusal.
Morse 55 - high fall risk, bed alarm on, non-skid socks, call light in reach.
I&O 1420/1100. Voiding clear yellow. BM x1.

[[N:Thi Lan Pham]], RN   ext [[P:5520]]
"""))

NOTES.append(("h_and_p", """HISTORY AND PHYSICAL
[[H:Magic City Medical Center]], [[C:Birmingham]]
Date of service: [[D:September 3, 2024]]
Pt: [[N:Demarcus L. Pruitt]]    MRN [[M:0055-318-204]]    DOB [[D:12/30/1990]]
Referred from: [[H:Bessemer Urgent Care]]

CC: "my chest been hurting since yesterday"

HPI: [[A:33]] yo M w/ sickle cell disease (HbSS), prior ACS x2 ([[D:Jan 2021]], [[D:Aug 2023]]), presents w/ bilat chest and upper back pain 9/10 and fever to 101.8 at home. Pain began after working a double shift at [[O:Southern Pipe & Foundry]] in [[C:Tarrant]]. Took oxycodone 10 mg x3 without relief. + cough, scant yellow sputum. Denies hematuria, priapism, HA.

PMH: HbSS; AVN L hip; lap chole ([[D:5/2015]]); 2 prior ACS, 1 intubation ([[D:Jan 2021]])
Meds: hydroxyurea 1000 mg daily (admits missing "maybe half"), folic acid 1 mg, oxycodone 10 mg q6h prn (pain contract w/ heme)
All: morphine (itching)
SH: lives w/ girlfriend [[N:Keisha]] and their daughter ([[A:4]]) in [[C:Fairfield]]. No tob. EtOH occasional. MJ on weekends.
FH: mother sickle trait. brother [[N:Terrence]] died of SCD complications at [[A:26]].

PE: T 38.6  HR 118  BP 132/84  RR 24  SpO2 91% RA -> 95% 2L
Gen: uncomfortable, splinting
Lungs: dec BS RLL, crackles
CV: tachy, 2/6 SEM
Abd: soft, nt
Ext: no edema

Labs: Hgb 6.4 (baseline 8.2), retic 14%, WBC 18.9, plt 402, LDH 612, Tbili 4.1
CXR: new RLL opacity

A/P
1. Acute chest syndrome - ceftriaxone + azithro, IS q1h, PCA hydromorphone, transfuse 1u pRBC (goal Hgb ~9, no exchange yet). Low threshold for step-down.
2. Vaso-occlusive crisis - PCA as above, ketorolac x48h if Cr ok.
3. Hydroxyurea - hold while febrile, resume.
Hematology (Dr [[N:Baptiste]]) aware, will see in AM.
Code: FULL. HCP: mother [[N:Gloria Pruitt]] [[P:205-555-0117]]

[[N:Adaeze Okonkwo]], MD  PGY-2   pgr [[P:4419]]
"""))

NOTES.append(("progress", """PROGRESS NOTE - Medicine, HD 4
[[H:Palmetto Bay General Hospital]]
[[D:11/08/2024]]  0815

Pt: [[N:Rodríguez Peña, Caridad]]   [[A:88]] F   MRN [[M:PBG-2291046]]

S: "Me siento mejor, doctor." Ate 50% breakfast. Slept ok. Per granddaughter [[N:Yanelis]] (at bedside overnight), less confused than yesterday. No CP. Still weak.

O: T 98.6  HR 84  BP 142/70  RR 18  SpO2 95% RA
CAM negative today (positive HD 1-2)
Lungs: faint crackles L base, improved
Na 129 <- 124 <- 119 (adm)
K 4.1  Cr 0.8  WBC 9.2
UA [[D:11/5]]: neg

A/P: [[A:88]] yo Cuban-born woman w/ hx HTN, CKD 3a, admitted w/ symptomatic hyponatremia (HCTZ + poor solute intake), now improving.
1. Hyponatremia - on fluid restriction 1.2 L, salt tabs 1 g BID. HCTZ d/c'd permanently - added to allergy list as intolerance. goal <8 mEq/24h, met.
2. Delirium - resolved. Glasses/hearing aids in. family at bedside.
3. HTN - amlodipine 5.
4. Dispo - PT recommends home w/ HH. Son [[N:Orlando]] flying in from [[C:Tampa]] Sun; wants to take her home to his house in [[C:Hialeah]]. Will need HH referral.
Pastor [[N:Rubén Echevarría]] from [[O:Iglesia Bautista Nueva Vida]] visited, pt appreciative.

[[N:Andrés Villalobos]], MD (hospitalist)  cell [[P:305-555-0142]]
"""))

NOTES.append(("social_work", """SOCIAL WORK ASSESSMENT - L&D / Postpartum
[[H:Biscayne Women's Hospital]]
Date: [[D:6/14/24]]

Pt: [[N:Jean-Baptiste, Marie-Lourdes]]  [[A:29]] yo G3P3, POD 1 s/p rpt C/S
Interpreter: Haitian Creole, in person, [[N:Wilner]] #[[ID:30217]]

Referral reason: late PNC (first visit 28 wks), housing concerns, EPDS 14.

Pt lives w/ husband [[N:Jonas Jean-Baptiste]] and 2 older children ([[A:6]] and [[A:3]]) in 1BR apt at [[ST:6120 NE 2nd Ave Apt 4]], [[C:Miami]], [[SA:FL]] [[Z:33138]] ([[C:Little Haiti]]). Came from [[C:Cap-Haïtien]] in 2022. Husband works nights in housekeeping at [[O:Fontainebleau Miami Beach]]; pt not working since 2nd trimester. Rent $1,650, behind 1 month, landlord "threatening". Older son attends [[O:Toussaint L'Ouverture Elementary]]. Church: [[O:Église Baptiste Emmanuel]] - "my church family help with food".
Pt tearful when discussing her mother who passed in [[C:Port-au-Prince]] in [[D:March]]; denies SI/HI. Endorses low mood, poor sleep.

Insurance: FL Medicaid (Sunshine Health) ID [[HP:8834102756]].

Plan:
- Referral to [[H:Little Haiti Community Mental Health]] (Creole-speaking therapist), appt [[D:6/27]]
- WIC referral faxed to [[F:305-555-0190]]
- Emergency rental assistance application given
- Car seat obtained from donation closet
- OB team aware of EPDS, will repeat at PP visit

[[N:Nathalie Désir]], LCSW  x[[P:6613]]
"""))

NOTES.append(("case_mgmt", """CASE MANAGEMENT - DISCHARGE PLANNING
[[D:08/21/2024]]  [[H:Beaufort Memorial Regional]]

Pt: [[N:GADSDEN, HEZEKIAH]] ("[[N:Uncle Buddy]]" to family)  [[A:79]] M
MRN [[M:BM-600219]]   Medicare MBI [[HP:4TQ8-KH2-MP71]]
Admit dx: L MCA stroke, R hemiparesis, mild expressive aphasia

Met w/ pt and daughter [[N:Queen Esther Gadsden]] (from [[C:Savannah]], HCPOA) and nephew [[N:Jerome]]. Family speaks Gullah at home, pt answers best when dtr rephrases.
Home: family land on [[C:St. Helena Island]], [[ST:84 Seaside Rd]], [[C:Frogmore]], [[SA:SC]] [[Z:29920]]. One-story, 4 steps, no rails. Lived alone since wife [[N:Annie Mae]] died [[D:Christmas 2021]]. Deacon at [[O:Brick Baptist Church]]; church members checking on him daily.

PT/OT recs: IRF. Pt + family decline IRF ("he ain't leaving the island"). Discussed risks. Agreeable to SNF short term? - declined. Final plan: home w/ HH + 24h family coverage (dtr taking FMLA from [[O:Gulfstream Aerospace]]).

Arranged:
- HH PT/OT/SLP/SN: [[H:Lowcountry Home Care]], start [[D:8/23]], intake [[N:Marisol]] [[P:843-555-0107]]
- DME: hospital bed, 3-in-1 commode, hemi walker - [[H:Coastal Medical Supply]], acct [[AC:CMS-0041877]], delivery [[D:8/22]] pm
- Ramp: church men's group building one (per dtr)
- Neuro f/u [[D:9/17]], PCP Dr [[N:Jenkins]] 1 wk

CM: [[N:Lydia Fripp]], RN CCM  [[P:843-555-0112]]
"""))

NOTES.append(("telephone", """TELEPHONE ENCOUNTER   [[D:10/15/24]] 16:42
Caller: [[N:Lorraine]] (wife) re: pt [[N:Otis Beasley]], DOB [[D:5-2-49]]
cb# [[P:901.555.0162]]

States pt "real confused since lunch", sweaty, BG 54 on home meter. Took glipizide 10 mg this am + skipped lunch. Pt able to drink.
Advised: 4 oz juice now, recheck BG in 15 min, repeat if <70; if unable to swallow or not improving call 911.
Called back 16:58 - BG 96, pt talking normal, eating sandwich.
Per Dr [[N:Marchbanks]]: reduce glipizide to 5 mg daily, new rx to [[H:Walgreens]] on [[ST:Elvis Presley Blvd]]. Appt w/ PCP next wk, scheduled [[D:10/22]] 9:20.
Wife verbalized understanding.

[[N:mjeffries]] LPN
"""))

NOTES.append(("portal", """Subject: refill + question about colonoscopy prep
From: [[N:Nguyen, Thanh Huong]]
Sent: [[D:Mon 1/6/2025]] 9:14 PM
To: [[H:Clarendon Internal Medicine]] - Dr. [[N:Farah]]

hi dr [[N:farah]], this is [[N:huong]] (DOB [[D:8/19/1972]]). i need refill for my lisinopril 20mg, i have 4 pills left. please send to the [[H:CVS]] on [[ST:Wilson Blvd]] not the one in [[C:Falls Church]].

also my colonoscopy is [[D:Jan 22]] at [[H:Ballston Endoscopy Center]] and the paper says stop iron 1 week before?? i am also going to [[C:Houston]] for [[D:Tết]] to see my mom (she is [[A:81]]) and come back [[D:1/20]], is it ok i start the prep there? my email is [[E:huong.nguyen72@gmail.com]] if easier

thank you

---
Reply [[D:1/7/2025]] 8:32 AM
Hi Ms. [[N:Nguyen]], refill sent. Yes stop the iron [[D:1/15]]. Prep starts day before the procedure so you will be home by then. Call us at [[P:703-555-0135]] with questions. - [[N:Kelsey]], RN for Dr. [[N:Farah]]
[msg log: sent via web, client IP [[IP:73.152.40.118]]]
"""))

NOTES.append(("pharmacy", """PHARMACY - ANTIMICROBIAL STEWARDSHIP / PK NOTE
[[H:Harbor East Medical Center]]    [[D:11/21/2024]]

Pt: [[N:Tyrell Dorsey]]   MRN [[M:M4471902]]   Rm 612B   [[A:41]]M   Wt 72 kg   SCr 1.6 (bl 1.0)   CrCl ~48 mL/min
Indication: MSSA? -> MRSA bacteremia, L SC joint septic arthritis, PWID. BCx [[D:11/17]] 2/2 sets MRSA, repeat [[D:11/19]] NGTD.

Vancomycin 1250 mg IV q12h -> AUC est 690 (trough 22.4 drawn [[D:11/21]] 0530, ~30 min early). AKI likely vanc + pip/tazo (d/c'd [[D:11/18]]).
Recs:
1. change to vanc 1000 mg IV q24h, target AUC 400-600; level before 3rd dose
2. if Cr keeps rising consider daptomycin 8 mg/kg (CPK baseline ordered)
3. ID (Dr [[N:Sheikh]]) aware and agrees
4. OPAT planning - SNF vs med respite -> SW ([[N:Bria]]) following

OPAT: [[H:Chesapeake Infusion Partners]]  ph [[P:410-555-0178]]  fax [[F:410-555-0179]]

[[N:Gwendolyn Abara]], PharmD, BCIDP   x[[P:7734]]
"""))

NOTES.append(("therapy", """PHYSICAL THERAPY DAILY NOTE
[[H:Womack Army Medical Center]] - PT Clinic, [[C:Fort Liberty]]
DOS: [[D:2024-05-08]]      Visit 8/12 of POC

Pt: SPC [[N:Rivera-Colón, Javier]]    DoD ID [[ID:1528846301]]    [[A:24]] yo M
Unit: 2-504 PIR
Dx: s/p R ankle ORIF (bimalleolar fx, jump injury [[D:12 Feb 24]], surgery [[D:15 Feb 24]] by MAJ [[N:Okoro]])

S: Pain 2/10 at rest, 4/10 after ruck walk 2 mi. Wants to know when he can get back on jump status - PCS'ing to [[C:Fort Campbell]] in [[D:Aug]].
O: AROM R ankle DF 12 (L 18), PF 40. SL heel raise R 14 reps (L 25). Y-balance ant reach 91% of L. Mild edema.
Tx: ther ex 25 min (eccentric calf, single leg RDL, lateral band walks), neuromusc re-ed 15 min (BOSU, perturbation), manual 10 min (talocrural mobs gr III-IV).
A: progressing well, limited by DF and calf endurance. meets 6/8 goals.
P: cont 2x/wk x3 wk, begin hop progression next visit if no pain. Profile updated - no running/jumping x30 days, re-eval [[D:6/7]].

CPT [[N:Meredith Staley]], PT, DPT    [[P:910-555-0148]]
"""))

NOTES.append(("radiology", """EXAM: CT ABDOMEN/PELVIS WITH IV CONTRAST
[[H:Emerald Coast Regional Medical Center]], [[C:Panama City]]

PATIENT: [[N:HODGES, BOBBY RAY]]    MRN: [[M:PC-0738821]]    DOB: [[D:04/04/1963]]
ACCESSION: [[ID:CT24-0918834]]
DATE OF EXAM: [[D:06/18/2024]] 22:47
ORDERING: [[N:Sandoval, Lucia]], DO

CLINICAL HISTORY: [[A:61]] M, RLQ pain x 1 day, WBC 16.

TECHNIQUE: Axial CT abdomen and pelvis after 100 mL Omnipaque 350 IV. Coronal and sagittal reformats. DLP 612 mGy-cm.

COMPARISON: CT AP [[D:03/02/2019]], [[H:Bay County Outpatient Imaging]].

FINDINGS:
Lung bases clear. Liver, spleen, pancreas, adrenals unremarkable. Cholelithiasis without wall thickening. Kidneys enhance symmetrically, no hydronephrosis.
Appendix dilated to 13 mm with wall hyperenhancement and surrounding fat stranding; 1.1 cm appendicolith at the base. No extraluminal gas or drainable collection. Small amount of free fluid in pelvis.
Moderate sigmoid diverticulosis without diverticulitis. Bladder and prostate unremarkable. Degenerative changes L4-5 and L5-S1.

IMPRESSION:
1. Acute appendicitis with appendicolith. No perforation or abscess.
2. Cholelithiasis.

Critical result called to Dr. [[N:Sandoval]] at 23:05 on [[D:6/18/24]], read back confirmed.

Dictated by: [[N:Marcus J. Oyelaran]], MD
"""))

NOTES.append(("pathology", """SURGICAL PATHOLOGY REPORT
[[H:Cumberland Valley Pathology Associates]]

Accession #: [[ID:S24-031877]]
Patient: [[N:Brewer, Sue Ellen]]     MRN: [[M:2200947]]     DOB: [[D:11/5/1958]]  (Age: [[A:65]])
Collected: [[D:07/09/2024]]   Reported: [[D:07/12/2024]]
Submitting physician: [[N:Thaddeus Greer]], MD  ([[H:Music Row Surgical Associates]])

CLINICAL INFORMATION: L breast mass 2 o'clock, 2.3 cm, BI-RADS 5; core bx ([[D:6/11/24]], [[ID:NB24-11204]]) IDC.

SPECIMENS:
A. Left breast, lumpectomy (short stitch superior, long lateral)
B. Left axillary sentinel lymph node #1
C. Left axillary sentinel lymph node #2

FINAL DIAGNOSIS:
A. Invasive ductal carcinoma, Nottingham grade 2 (tubules 3, nuclei 2, mitoses 2; score 7/9).
   Tumor size 2.1 cm. DCIS, intermediate grade, solid type, ~10%.
   Margins negative; closest invasive margin 4 mm (posterior).
   LVI: not identified.
B. One lymph node, negative for carcinoma (0/1).
C. One lymph node, negative for carcinoma (0/1).
pT2 pN0(sn)

BIOMARKERS (on core, repeated on block [[ID:S24-031877-A4]]):
ER positive (95%, strong), PR positive (60%, moderate), HER2 IHC 1+ (negative), Ki-67 ~18%.

Oncotype DX sent per surgeon request.

Pathologist: [[N:Imani Coleman-Ferris]], MD    Electronically signed [[D:7/12/24]] 16:40
"""))

NOTES.append(("consult", """INFECTIOUS DISEASES CONSULT
[[H:Capitol Hill Hospital Center]]
Date: [[D:January 27, 2025]]
Requesting: Dr. [[N:Abebe Girma]] (hospitalist)
Reason: fever after travel

Pt: [[N:TESFAYE, DAWIT]]   [[A:47]] M   MRN [[M:CHH3310928]]
Amharic interpreter by video, [[N:Selam]] ID [[ID:AMH-2291]]

HPI: [[A:47]] yo Ethiopian-born man (in US since 2009), lives in [[C:Silver Spring]], works as parking attendant at [[O:Union Station Parking]]. Traveled to [[C:Addis Ababa]] and [[C:Gondar]] [[D:Dec 8]]-[[D:Jan 12]] for his father's funeral. No malaria ppx. Stayed w/ relatives, mosquito exposure in [[C:Gondar]]. Fever/chills every ~48h since [[D:1/21]], HA, myalgias. No rash, no diarrhea.
Wife [[N:Meseret]] reports he was "shaking the whole bed".

Exam: T 39.4  HR 110  BP 104/62. Mild scleral icterus. Spleen tip palpable. No meningismus.

Data: Plt 62, Hgb 11.8, Tbili 2.6, Cr 1.1, lactate 1.9
Thick/thin smear: P. vivax, parasitemia 0.8%. BinaxNOW + (non-falciparum).
G6PD: pending (sent [[D:1/27]]).

A/P: Uncomplicated P. vivax malaria (no severe criteria).
- Artemether-lumefantrine 4 tabs at 0, 8h, then BID x2 days
- Primaquine 30 mg daily x14d ONLY after G6PD normal (radical cure) - vs tafenoquine
- Daily smear until neg
- Counsel on ppx for future travel; sister [[N:Tigist]] traveling [[D:Feb]] - offered travel clinic ([[H:Foggy Bottom Travel Medicine]])
- Notify DC Health (reportable)

[[N:Hannah Bekele-Morris]], MD, ID fellow   pgr [[P:2287]]
Seen and discussed w/ Dr. [[N:Bergqvist]], ID attending
"""))

NOTES.append(("addendum", """ADDENDUM  [[D:4/23/2024]] 08:10
Late entry for [[D:4/22]]: spoke w/ pt's son [[N:Will]] by phone ([[P:843-555-0127]]). He will bring pt's home CPAP (ResMed, serial [[DV:23182771045]]) this am so we can stop hospital unit. Mr. [[N:Grant]] agreeable.
-[[N:lmb]]
"""))

NOTES.append(("handoff", """NIGHT HANDOFF - GEN MED B   [[D:Sat 8/17]]
from: [[N:Okwu]] (day senior) -> [[N:Sarah Beth]] (night float)

702  [[N:SIMMONS, PRECIOUS]]  [[A:19]]F  pyelo, on CTX. stable. IP: watch T curve, if fever >39 again get repeat UA/renal US (US ordered, not yet done). Mom [[N:Trinette]] will call ~9pm - ok to update.
705  [[N:HUGER, BENJAMIN]]  [[A:90]]M  CAP + delirium. watcher. DNR/DNI (conf w/ dtr [[N:Althea]] [[D:8/15]]). sitter in room. if agitated: haldol 0.5 IV x1, NO benzos. K 3.2 repleted, recheck AM.
709  [[N:Dwayne]] "[[N:Smoke]]" [[N:Brisbon]]  [[A:52]]M  EtOH w/d, CIWA 8 at 1800, last lorazepam 1600. phenobarb load considered - talk to ICU if CIWA >20. friend [[N:Tremaine]] brought clothes, NOT on visitor list per pt.
711  [[N:Hope Legare]]  [[A:67]]F  NSTEMI, cath tmrw 0700 w/ Dr [[N:Ravenel]]. NPO after MN. heparin gtt, next PTT 2200.
714  [[N:PINCKNEY, ROSALIND]]  [[A:58]]F  DKA closing, AG 14, transition to SQ once AG<12 x2 -> glargine 18u, give 2h overlap. Pt from [[C:Moncks Corner]], dtr drives her.

pgrs: ICU fellow [[P:3318]], Cards fellow [[P:3402]]
"""))

NOTES.append(("nh_transfer", """INTER-FACILITY TRANSFER FORM
FROM: [[H:Cahaba River Health & Rehab]], [[ST:1412 Dallas Ave]], [[C:Selma]], [[SA:AL]] [[Z:36701]]   [[P:(334) 555-0128]]
TO: [[H:Black Belt Regional Medical Center]] - ED
Date/time: [[D:02-19-2025]] 0545

Resident: Mrs. [[N:Odessa Pettaway]]     DOB: [[D:02/14/1929]]   Age: [[A:96]]
Medicare: [[HP:2WX7-RT3-KN48]]    AL Medicaid: [[HP:505118832]]
Code status: DNR (form attached). No feeding tube per advance directive.
Responsible party: nephew Rev. [[N:Clarence Moorer]] (POA) [[P:334-555-0196]] - notified 0535, will meet at ED. Pastor at [[O:Tabernacle Missionary Baptist Church]].

Reason for transfer: unwitnessed fall 0450, found on floor beside bed, R hip pain, R leg shortened/ext rotated.
VS 0510: BP 158/88  P 96  R 20  T 97.4  O2 94% RA  pain 7/10 (PAINAD 6)
Baseline: AOx2, w/c for long distances, walker w/ 1 assist in room. Hearing impaired - speak into L ear.

Dx: dementia (mod), HTN, afib on apixaban 2.5 mg BID (last dose [[D:2/18]] 2000), CKD 3b, OA
Allergies: sulfa, codeine
Last BM [[D:2/17]]. Continent of urine w/ prompting.

Sending nurse: [[N:Vanessa Tubbs]], LPN
Report called to ED RN [[N:Chastity]] 0548. Transport: ALS ambulance
"""))

NOTES.append(("home_health", """HOME HEALTH - SKILLED NURSING VISIT
Agency: [[H:Flint River Home Health]]     Clinician: [[N:Renee Hatcher]], RN
Pt: [[N:Bledsoe, Arvil]]      Visit date: [[D:10/02/2024]]  1315-1410
Address: [[ST:4418 Old Dawson Rd]], [[C:Albany]], [[SA:GA]] [[Z:31707]]

Reason: wound care, s/p R TMA ([[D:9/10]]) w/ NPWT.
Pt [[A:71]] yo, lives w/ grandson "[[N:Bubba]]" ([[N:Dalton Bledsoe]]), who is primary caregiver and helps w/ insulin.
VS: BP 146/80, HR 76, T 98.0, RR 16, SpO2 97%. FSBG 174 (fasting per pt 130s-190s).
Wound: R TMA incision 8.5 cm, 2 cm dehisced area distal lateral - 2.0 x 1.1 x 0.6 cm, 80% red granulation, 20% yellow slough, mod serosang. no odor. periwound macerated -> skin prep applied.
NPWT: KCI ActiV.A.C. serial [[DV:VGNK21047]], -125 mmHg continuous, canister changed, dressing changed (1 black foam). Good seal.
Meds reviewed: pt out of gabapentin since Sat, called [[H:Dougherty Discount Drugs]] [[P:229-555-0153]] - ready for pickup.
Edu: offloading shoe at all times, reviewed s/s infection. Grandson states he will take off work at [[O:Sunnyland Farms]] to drive to wound clinic [[D:10/9]] at [[H:Southwest Georgia Wound Center]].
Next SN visit [[D:10/4]].
"""))

NOTES.append(("admin", """[[H:Hampton VA Medical Center]]
Release of Information Section
[[ST:2210 W Mercury Blvd]]
[[C:Hampton]], [[SA:VA]] [[Z:23666]]
Phone [[P:757-555-0181]]   Fax [[F:757-555-0189]]

[[D:November 4, 2024]]

[[N:Reginald T. Ashby]], Esq.
[[O:Ashby & Cole, PLLC]]
[[ST:355 Granby St, Suite 700]]
[[C:Norfolk]], [[SA:VA]] [[Z:23510]]

RE: Veteran [[N:Curtis Lamont Whitfield]]
SSN: [[S:219-55-0148]]     DOB: [[D:03/27/1966]]
Request #: [[ID:ROI-2024-11873]]

Dear Mr. [[N:Ashby]]:

We received your request dated [[D:10/15/2024]] for records of the above Veteran. The VA Form 10-5345 submitted was signed [[D:10/01/2024]] and authorizes release of outpatient and inpatient records from [[D:01/01/2021]] through [[D:06/30/2024]].

Records relating to drug/alcohol treatment, HIV and sickle cell anemia (38 U.S.C. 7332) require specific authorization, which was not checked on the form. Those records have been withheld. Enclosed: 412 pages on CD, encrypted; password will be sent separately to [[E:rashby@ashbycolelaw.com]].

Questions may be directed to the ROI office at the number above.

Sincerely,

[[N:Denise Faircloth]]
Release of Information Specialist
"""))

NOTES.append(("ed_triage", """ED TRIAGE NOTE    [[D:7/26/24]] 1932
[[H:Mobile Infirmary West]]
Pt: [[N:Trần Văn Hùng]]   [[A:58]] M   MRN [[M:MIW-884120]]
Lang: Vietnamese, dtr [[N:Kim Tran]] interpreting at pt request (declined phone interpreter), interpreter line offered.

CC: R hand swelling/redness after cut on shrimp boat
[[A:58]]M deckhand for [[O:Lien Seafood Co.]] out of [[C:Bayou La Batre]], cut R palm on shell/hook [[D:7/24]] while working. Now R hand + forearm red, swollen, blistering, pain 9/10. Fever at home. hx DM (pt "not sure"), hx hep B per dtr. Drinks "beer daily".
VS: T 102.3  HR 124  BP 92/54  RR 22  SpO2 97%  BG 342
Exam: hemorrhagic bullae dorsal R hand, erythema to mid forearm, marked 1935. Pain out of proportion.
ESI 1 -> sepsis alert called 1936. Concern Vibrio vulnificus. Charge RN [[N:Hadley]] and Dr [[N:Nguyen-Roth]] at bedside.
Tetanus last: unknown.
RN: [[N:Cassie Dubose]]
"""))

NOTES.append(("discharge_summary", """NEWBORN DISCHARGE SUMMARY
[[H:Broward Coastal Medical Center]] - Mother/Baby Unit

Infant: BABYBOY [[N:CAMPBELL]]     Infant MRN: [[M:NB-77120448]]
Mother: [[N:Camille A. Campbell]]    Mother MRN: [[M:7712033]]
DOB/TOB: [[D:05/30/2024]] 03:12       Discharge: [[D:06/01/2024]]
Pediatrician: Dr. [[N:Hylton]], [[H:Lauderhill Pediatric Associates]]

Maternal hx: [[A:31]] yo G2P2 Jamaican-born, GBS neg, HBsAg neg, HIV neg, RPR NR, rubella immune. Blood type O+. Uncomplicated pregnancy except GDM diet-controlled.
Delivery: SVD at 39w2d, ROM 6h clear fluid. Apgars 8/9. BW 3.74 kg (71%ile), L 51 cm, HC 34.5 cm.

Course: Infant BG 42 at 1h -> fed, 58 -> then all >50. Breast + formula supplement. Voiding/stooling. Bili [[D:5/31]] at 30h: TcB 9.1, LR zone, no phototx. CCHD screen pass. Hearing screen pass both ears.
Newborn screen kit #: [[ID:FL24-558193]], collected [[D:5/31/24]] 0400.
Hep B #1 given. Vit K and erythromycin given.
Circumcision: deferred per parents, will do outpatient.
DC wt 3.56 kg (-4.8%).

Social: lives w/ mother, father [[N:Omari Bailey]] and sibling ([[A:3]]) in [[C:Lauderhill]]. Maternal grandmother [[N:Merle]] visiting from [[C:Mandeville]] to help x3 mo.

F/u: Dr. [[N:Hylton]] [[D:Mon 6/3]] 10:15, [[P:954-555-0124]]. Lactation phone line [[P:954-555-0170]].

[[N:Sophia Ramdass]], MD   Pediatric Hospitalist
"""))

NOTES.append(("nursing", """BEHAVIORAL HEALTH NURSING NOTE - Adult Unit 3
[[H:Midlands Behavioral Health Hospital]]
[[D:01/19/2025]] 1900-0700

Pt [[N:Hutto, Tanner Lee]], [[A:22]] yo M, IVC'd from [[H:Lexington County ED]] [[D:1/17]] after SI w/ plan (OD). Day 3 on unit.

Q15 checks maintained, pt on SP precautions level 2. Observed in dayroom until 2130, watching TV, minimal interaction with peers. Isolative. Affect flat, mood "alright I guess". Denies SI/HI/AVH at this time, contracts for safety. Tattoo L forearm "[[N:Kaylee]]" - pt states ex-girlfriend, became tearful when asked. Reports he lost job at [[O:Piggly Wiggly]] on [[ST:Two Notch Rd]] last month.
Mother [[N:Darlene]] called 2015 ([[P:803-555-0119]]), pt agreed to talk, 10 min call, pt calm after.
HS meds: sertraline 50 mg, trazodone 50 mg taken, mouth check done. Slept 2200-0545 per checks, ~7.5h.
No PRNs. No behaviors. No restraints/seclusion.
Plan: cont current POC, tx team 0930. Pt asks to see SW about unemployment.

[[N:K. Threatt]], RN
"""))

NOTES.append(("progress", """MICU PROGRESS NOTE   [[D:2025-03-04]]
[[H:University Medical Center Jackson]]

[[N:HOLLINS, FANNIE MAE]]  [[A:67]]F  MRN [[M:UMJ-4829301]]  Bed 8
ICU day 5. Septic shock from obstructing ureteral stone s/p L perc neph [[D:2/28]].

24h: off norepi at 0200. Afebrile since [[D:3/2]]. UOP 1.4 L. Extubated yesterday 1400, on 2L NC.
Exam: awake, follows cmds, hoarse. L neph tube draining clear yellow. trace edema.
Labs: WBC 11.2 (from 28), lactate 1.1, Cr 1.9 (peak 3.4), plt 98
Micro: blood + urine E coli, pan-S except ampicillin
Meds: ceftriaxone 2 g daily (day 5/10), heparin SQ, pantoprazole

A/P
1. septic shock - resolved, transfer to floor
2. AKI - improving, renally dose
3. obstructing L stone - urology (Dr [[N:Kwon]]) plans ureteroscopy in 2-3 wk
4. DM2 - SSI, BG 140-190
Family mtg today 1100 w/ daughters [[N:Bernice]] and [[N:Carolyn Hollins-Reed]], pastor Rev. [[N:Lott]] present. Updated on course. Pt's home in [[C:Pearl]]; dtr wants her to stay w/ her in [[C:Clinton]] after d/c.

[[N:Jae-won Park]], MD (fellow) / Dr. [[N:Ellington]] attending
"""))

NOTES.append(("telephone", """[[D:12/23]] 1105 pt's daughter [[N:Faith]] called - pt out of metoprolol, asks refill to [[H:Delta Drug]] in [[C:Money]]. 30 day sent. needs OV after [[D:New Year's]]; scheduled [[D:1/6]].
-[[N:TW]]
"""))

NOTES.append(("portal", """From: [[N:Geneva Polite]]
Sent: [[D:2/9/25]] 11:52 PM
To: Dr [[N:Bryan]] / [[H:Chatham Primary Care]]
Subject: my mama

dr [[N:bryan]] im writing about my mama [[N:Hattie Polite]] she turn [[A:93]] on the [[D:14th]]. she aint been eating right since the fall she had at church ([[O:First African Baptist]]) and she keep saying her leg hurt. she wont let me take her to the ER she say she aint going to [[H:Memorial]] never again. can you see her this week?? i can bring her any day but wednesday i work at [[O:Savannah-Chatham Schools]] till 4. my number changed its [[P:912-555-0163]] now. her medicaid card number is [[HP:0291847730]] if yall need it

thank you
[[N:Geneva]]

---
[[D:2/10/25]] 8:05 AM [[N:Janelle W.]], MA: appt made for [[D:Tues 2/11]] 2:40 w/ Dr [[N:Bryan]]; called dtr, confirmed. If she cannot bear weight, go to ED.
"""))

NOTES.append(("pharmacy", """ANTICOAGULATION CLINIC - PHARMACIST NOTE
[[H:Smoky Mountain Heart & Vascular]], [[C:Knoxville]]
Date: [[D:07-29-2024]]

Pt: [[N:Lunsford, Virgil]]   DOB [[D:3.18.1950]]   [[A:74]] yo M
Indication: mechanical AVR (On-X, [[D:2017-10-02]]) + afib; goal INR 2.0-3.0 (On-X w/ ASA 81)

| Date  | INR | Weekly dose | Note |
| [[D:6/17]]  | 1.8 | 37.5 mg | missed 2 doses |
| [[D:7/1]]   | 2.4 | 40 mg   | |
| [[D:7/15]]  | 3.6 | 40 mg   | started cipro by urgent care |
| [[D:7/29]]  | 2.8 | 37.5 mg | cipro done [[D:7/22]] |

Today: INR 2.8 (POC). No bleeding, no bruising. No missed doses. Diet stable - wife [[N:Norma]] "watching the greens". No new meds.
Plan: continue warfarin 5 mg daily except 2.5 mg Mon/Fri (37.5 mg/wk). Next INR [[D:8/12]].
Reminded pt to call before any abx. Pt uses [[H:Lunsford Family Pharmacy]] in [[C:Maryville]] ("my cousin's store" - no relation to chart).

[[N:Brandy Cantrell]], PharmD, CACP    [[P:865-555-0147]]
"""))

NOTES.append(("therapy", """SPEECH-LANGUAGE PATHOLOGY - TREATMENT NOTE
[[H:Lookout Valley Rehabilitation Hospital]]
[[D:Apr 5, 2024]]   Session 45 min

Pt: [[N:Mildred]] "[[N:Millie]]" [[N:Standefer]]    [[A:84]] yo F    Rm 118
Dx: L MCA CVA ([[D:3/26]]) w/ oropharyngeal dysphagia and Broca's aphasia

MBSS [[D:4/3]]: penetration w/ thin liquids (PAS 5), no aspiration w/ mildly thick; mild vallecular residue w/ puree, cleared w/ 2nd swallow.
Current diet: IDDSI 5 minced & moist / mildly thick liquids (level 2).

Tx: Observed lunch, pt used chin tuck + effortful swallow w/ min verbal cues 80% of trials. No s/s aspiration. Meal intake 60%.
Language: naming 12/20 w/ phonemic cues, automatic speech (counting 1-10, days of week) intact. Repetition of short phrases 7/10. Pt frustrated at times, cried briefly when trying to say granddaughter's name ([[N:Brooklyn]]).
Husband [[N:Harold]] present, trained on strategies; returned demo good.

Plan: cont 5x/wk, repeat MBSS ~[[D:4/17]], HEP for husband. Pt goal "to sing at [[O:Red Bank United Methodist]] choir again by [[D:Easter]]" -- realistically next year, discussed gently.

[[N:Jocelyn Huang]], MS, CCC-SLP
"""))

NOTES.append(("radiology", """CXR PA/LAT   [[D:1/30/2025]]   pt: [[N:Tolliver, Jessie]]   [[A:8]] yo F   acc [[ID:XR25-00412]]
[[H:Northwest Mississippi Regional Medical Center]]
Hx: cough, fever 3 days.  Comparison: none.
Findings: Left lower lobe consolidation. No effusion. Heart size normal. No pneumothorax.
IMP: LLL pneumonia.
[[N:R. Adjei]], MD
"""))

NOTES.append(("consult", """INFECTIOUS DISEASE CONSULT - OUTPATIENT
[[H:Naval Hospital Pensacola]]
DOS: [[D:19 AUG 2024]]

Pt: HM2 [[N:DELACROIX, ANDRE P]]   [[A:28]] yo AD USN   DoD ID [[ID:1400982217]]
Referred by LT [[N:Yazzie]], PA-C (BHC)
Reason: fevers + rash after return from deployment

HPI: [[A:28]]M corpsman returned from 7-mo deployment (East Africa) on [[D:Aug 2]]. Took doxycycline ppx but stopped "a couple weeks early". Since [[D:8/11]]: fevers to 102, retroorbital HA, arthralgias wrists/ankles, maculopapular rash trunk [[D:8/13]]-[[D:8/16]]. Also 2 days loose stool. Lives in [[C:Gulf Breeze]] w/ wife [[N:Simone]] (pregnant, 22 wks) - concerned re: transmission.
Exam today: T 99.1, well appearing, resolving faint rash, tender small joints no effusion, no HSM.
Labs: WBC 3.1, plt 121, AST 68, ALT 74. Malaria smears x3 neg.

Assessment: Likely arboviral illness - chikungunya vs dengue. Zika lower suspicion but must r/o given pregnant spouse.
Plan:
- Dengue NS1/IgM, chik PCR/IgM, Zika IgM + PCR to NMCPHC via lab (ref # [[ID:ZK-24-0731]])
- Wife to see OB ([[H:Baptist Women's OB of Pensacola]]) for counseling/testing
- Condoms until results
- NSAIDs ok once dengue excluded; acetaminophen for now
- SIQ x72h, f/u 1 wk
- Reportable - notified Navy Environmental & Preventive Medicine, Preventive Med tech [[N:Villanueva]]

LCDR [[N:Amelia Stroud]], MC, USN   DSN [[P:534-0155]]
"""))

NOTES.append(("social_work", """SOCIAL WORK NOTE - ED   [[D:05/11/2024]] 0240
[[H:Bull City Regional Hospital]]

Consulted for IPV. Pt [[N:Ashley Nicole Brannon]], [[A:27]] yo F, presented w/ facial contusions, L orbital floor fx. Pt reports assault by boyfriend [[N:Dustin Kirby]] ([[A:30]]) at their apartment at [[ST:1807 Alston Ave Apt 3C]], [[C:Durham]] ~2200. Strangulation reported (lost consciousness briefly) - team aware, CTA neck ordered.
[[C:Durham]] PD responded: Ofc. [[N:Mangum]], badge [[ID:4417]], report # [[ID:24-118302]]. Pt gave statement. Suspect left scene in his truck, NC plate [[V:RKT-4418]]; warrant pending per officer.
Children: son [[N:Jaylen]] ([[A:5]]) with maternal grandmother [[N:Tonya Brannon]] in [[C:Roxboro]] - safe. No CPS report needed per pt's account (child not present) - will staff w/ supervisor in AM.
Pt works as assistant teacher at [[O:Brightview Early Learning]]. Worried about missing work; letter offered.
Danger assessment score 19 (extreme danger). Safety planning done. DV hotline info given.
Pt agreed to go to [[O:Durham Crisis Response Center]] safe house after d/c; advocate [[N:Yesenia]] coming to ED at 0800. 50B protective order process explained.
Photos taken w/ consent by SANE RN [[N:Pruett]] (envelope # [[ID:SE-2024-0388]]).

[[N:Morgan Teague]], MSW, LCSW   [[P:919-555-0175]]
"""))

NOTES.append(("case_mgmt", """VA COMMUNITY CARE - CASE MANAGEMENT NOTE
[[H:Central Virginia VA Health Care System]]
[[D:09/09/2024]]

Vet: [[N:TOLER, MARVIN E]]   [[A:69]] yo   ICN [[M:1008837162V449130]]
SC 70%. Eligibility: wait time.

Referral #: [[ID:RFL-88213044]]   SEOC: Orthopedics - Knee
Authorization #: [[ID:VA0049213877]] (valid 180 days)
Community provider: [[H:Chesterfield Orthopaedic Associates]], Dr. [[N:Nisha Raman]], NPI [[L:1467203358]]
Phone [[P:804-555-0126]]   Fax [[F:804-555-0127]]
Appt: [[D:Sept 24th]] 1:30 pm
Pre-visit forms link sent to Vet: [[U:https://portal.chesterfieldortho.com/intake/88213044]]

Called Veteran at [[P:804-555-0193]], confirmed appt. Vet requests transport - cannot drive since L TKA planning, wife [[N:Gladys]] "doesn't do the interstate". VTS request placed, pick-up [[ST:2704 Hull St]], [[C:Richmond]], [[SA:VA]] [[Z:23224]] at 11:45.
Records (MRI [[D:7/30/24]], X-rays, PCP note) faxed via HSRM today.
Vet also asked about caregiver support program - referred to CSP coordinator [[N:Dwight]] ext [[P:4420]].

[[N:Patrice Boykin]], RN, Community Care Nurse Navigator
"""))

NOTES.append(("addendum", """ADDENDUM to clinic note of [[D:5 Nov 2024]]
[[H:Eisenhower Army Medical Center]] - Internal Medicine Clinic

Pt's wife [[N:Sunny]] called [[D:11/6]] 1415 with results of outside labs drawn at [[H:Labcorp]] on [[ST:Washington Rd]] ([[D:11/4]], accession [[ID:316-447-2201-0]]): TSH 0.02, free T4 3.1. Consistent w/ hyperthyroidism, explains tachycardia and wt loss discussed in original note.
Plan amended: start methimazole 10 mg daily, propranolol 20 mg TID. TRAb and thyroid uptake scan ordered. CBC/LFT baseline before starting - done at our lab [[D:11/7]].
SFC [[N:Okafor-Diaz]] notified by phone, questions answered. Profile: no PT test until cleared.
Endo referral placed (Dr [[N:Hamlin]]).

-- MAJ [[N:Theo Birch]], MD  [[D:11/06/2024]] 1452
"""))

NOTES.append(("handoff", """SHIFT REPORT (SBAR) - 8 West Surgical    [[D:12/02/24]] 1900
From: [[N:Kiara]] RN (days) -> [[N:Devon]] RN (nights)
[[H:Inner Harbor University Hospital]]

S: [[N:Kwame Asante-Boateng]], [[A:36]]M, Rm 817, POD 2 lap sigmoid colectomy (diverticular stricture). Full code.
B: T1DM on insulin pump (Tandem t:slim X2, serial [[DV:1093384]]), HTN. Allergic PCN (hives). Pump managed by pt per policy, endo (Dr [[N:Feldstein]]) following. Mom [[N:Akosua]] at bedside most of day, leaves ~2100, her #: [[P:443-555-0152]].
A:
- VS stable, T max 99.6, HR 80s, BP 130s/80s
- pain 4/10 w/ PCA-free regimen (APAP sched, oxy 5 prn x2 today)
- clears -> fulls today, tolerating, + flatus, no BM yet
- BG 98-212; pt gave correction bolus at 1600, pump basal running. CGM alarms for lows - verify w/ fingerstick
- JP drain R: 40 mL serosang this shift
- ambulated 3x in hall
R:
- BG check ac/hs + 0300
- JP empty/record q shift
- ambulate tonight x1
- will need pump site change tomorrow - pt has supplies
- PT consult for stairs (lives 3rd floor walk-up in [[C:Highlandtown]])
"""))

NOTES.append(("nh_transfer", """HOSPITAL-TO-SNF TRANSFER SUMMARY
From: [[H:Cookeville Regional Hospital]], 3 South
To: [[H:Putnam Gardens Nursing & Rehabilitation]], [[ST:1150 Bunker Hill Rd]], [[C:Cookeville]], [[SA:TN]] [[Z:38506]]
Date of transfer: [[D:8/9/2024]]

Resident: [[N:Ayers, Jewell Dean]]   DOB [[D:10-31-1937]]   [[A:86]] yo F   MRN [[M:CRH00713382]]
PASRR Level I: completed, no Level II required ([[ID:PAS-TN-2024-448120]])
Admit [[D:8/3]] for L femoral neck fx after fall at home in [[C:Baxter]]; L hemiarthroplasty [[D:8/4]] (Dr [[N:Qualls]]).
Other dx: HFpEF, DM2 (A1c 7.9 in [[D:May]]), hypothyroid, mild cognitive impairment (SLUMS 19/30), hx C diff ([[D:2022-12]]).

WB status: WBAT LLE, posterior hip precautions x6 wk.
Meds:
- apixaban 2.5 mg BID x 35 days for VTE ppx; last dose 0800 [[D:8/9]]
- furosemide 20 mg daily
- levothyroxine 75 mcg qAM
- metformin 500 mg BID
- acetaminophen 1 g q8h; oxycodone 2.5 mg q6h prn (last 0615)
- docusate/senna
Skin: sacrum blanchable redness, no breakdown. Incision c/d/i, staples - remove at ortho f/u.
Diet: carb controlled, thin liquids.
F/U: ortho [[D:Aug 18]], [[P:931-555-0111]].
POA: son [[N:Darrell Ayers]] [[P:931-555-0183]]; dtr-in-law [[N:Patsy]] also on HIPAA list.
Advance directive: Full code (POST form, reviewed w/ son [[D:8/8]]).

Report called to [[N:Lacey]] RN at SNF 1320. Transport: wheelchair van.
[[N:Benjamin Qualls]], MD / [[N:Heather Maynard]], RN CM
"""))

NOTES.append(("home_health", """HOME HEALTH - TELEMONITORING / SN VISIT
[[H:Redland Home Health Services]]
Visit: [[D:Thursday, March 13, 2025]]  0930
Pt: [[N:Pierre-Louis, Dieudonné]]   [[A:72]] M
[[ST:2950 SW 137th Ave]], [[C:Homestead]], [[SA:FL]] [[Z:33032]]
Language: Haitian Creole (+ some Spanish); granddaughter [[N:Nadège]] ([[A:17]]) helps, used phone interpreter [[N:Ricardo]] #[[ID:417702]] for med teaching.

Reason: CHF exacerbation, d/c'd [[D:3/7]] from [[H:Homestead Hospital]]; wt alert from telemonitor last night.
Telemonitor scale/BP unit serial [[DV:HM-SC-558102]]: wt 86.4 kg today (d/c 83.9 kg, +2.5 kg in 5 days).
VS: BP 152/94, HR 92, SpO2 93%, RR 22. Crackles bilat bases. 2+ pitting edema to knees. Orthopnea - sleeping in recliner 2 nights.
Meds: furosemide 40 mg BID - pt taking once daily ("the water pill make me go all day at work"). Works part time at [[O:Redland Nursery & Garden]].
Also eating salted fish (aransò) at daughter's.
Called PCP Dr [[N:Valcin]] at [[H:Redland Community Health Center]] [[P:305-555-0131]] - order: extra furosemide 40 mg now, BMP tomorrow, MD f/u [[D:3/17]]. If SOB worse -> ED.
Edu w/ teach-back: daily wts, 2 g Na, take lasix both doses (2nd at 2pm, not evening).
Next visit [[D:3/15]].
[[N:Yolanda Ferrer]], RN
"""))

NOTES.append(("admin", """[[H:Portsmouth Family Practice]]
[[ST:3401 High St, Suite 210]]
[[C:Portsmouth]], [[SA:VA]] [[Z:23707]]
Tel [[P:(757) 555-0104]]   Fax [[F:(757) 555-0105]]

[[D:October 22, 2024]]

To: Human Resources / Occupational Health
[[O:Norfolk Naval Shipyard]]

RE: [[N:Lakeisha D. Mayo]]     DOB: [[D:06/02/1985]]     Employee ID: [[ID:E0771842]]

To Whom It May Concern:

Ms. [[N:Mayo]] was under my care and was unable to work from [[D:Oct 7]] through [[D:October 21, 2024]] due to a medical condition. She may return to full duty without restrictions on [[D:10/23/2024]].

Please contact our office with any questions. Medical details are not released without the patient's written authorization.

Sincerely,

Dr. [[N:Howard Bynum]], MD
NPI [[L:1548827390]]
"""))

NOTES.append(("h_and_p", """ADMISSION H&P - HOSPITALIST
[[H:Upstate Baptist Medical Center]]
[[D:12/09/2024]] 0310

ID: [[N:Billy Wayne Ledford]], [[A:59]] yo M, MRN [[M:UBM-1024567]], from [[C:Travelers Rest]]
CC: "cain't get my breath"

HPI: [[A:59]]M w/ COPD (FEV1 38% [[D:Aug 2023]]), 40 pk-yr smoker (still 1 ppd), presents w/ 4 days incr SOB, cough w/ green sputum, wheezing. Used albuterol neb q2h at home w/o relief. Wife [[N:Tammy]] brought him after he "turned blue around the lips." No CP, no LE swelling. 3rd exacerbation this yr; last admission [[D:Sept]] at [[H:St. Francis Eastside]]. Works at [[O:Blue Ridge Poultry]] processing plant (cold, ammonia exposure).

PMH: COPD, HTN, GERD, EtOH use d/o in remission (quit at [[A:45]]), chronic LBP
PSH: appy as a kid, L inguinal hernia repair
Meds: Trelegy 1 puff daily (says he "can't afford it most months"), albuterol, lisinopril 10, omeprazole 20
All: NKDA
SH: lives w/ wife in trailer off [[ST:Hwy 25]]. 1 ppd x ~40 yr. no EtOH x 14 yr. no drugs. Dogs (2). Attends [[O:Mountain Creek Free Will Baptist]] "when I can".
FH: father d. MI at [[A:52]], mother COPD, living, [[A:81]]. brother [[N:Curtis]] lung ca.

VS: T 99.8  HR 112  BP 156/92  RR 30  SpO2 84% RA -> 90% 2L
Exam: tripoding, pursed lip, diffuse exp wheeze, poor air movt, no crackles. No JVD.
ABG: 7.31/62/64 on 2L. WBC 13.1, eos 2%. BNP 88. CXR hyperinflation, no infiltrate. Flu/COVID neg.

A/P
1. AECOPD w/ acute on chronic hypercapnic resp failure - BiPAP 12/5 trial, repeat ABG 1h; duonebs q4h, methylpred 40 IV daily -> pred 40 x5d; azithro. ICU if no improvement.
2. Tobacco - counseled, pt "might try the patch", NRT 21 mg ordered.
3. Cost of inhaler - SW/pharm to look at assistance; can switch to formulary.
4. HTN - cont lisinopril.
DVT ppx: enox. Code: FULL (confirmed w/ pt). Contact: [[N:Tammy Ledford]] [[P:864-555-0158]]

[[N:Suresh Iyer]], MD
"""))

NOTES.append(("ed_triage", """ED TRIAGE - TRAUMA ACTIVATION LEVEL II
[[H:Duval Trauma Center]]   [[D:2024-09-02T23:47]]

Registered as ZZTRAUMA, DELTA -> identified 0012 from DL as [[N:Marquise Anthony Lott]], DOB [[D:9/14/2000]] ([[A:24]]), FL DL [[L:L300-418-00-354-0]]. Records merged: [[M:DTC-TR-998871]] -> [[M:DTC-3350942]].

MOI: restrained driver, 2016 Chevrolet Silverado, FL tag [[V:LQX K47]], VIN [[V:1GCVKREC4GZ218876]], T-boned on driver side on [[ST:I-295 at Blanding Blvd]] per EMS (Rescue 21). Airbags deployed. Extrication ~20 min. GCS 14 on scene.
Arrival VS: BP 104/66  HR 126  RR 24  SpO2 95% NRB  GCS 14 (E3V5M6)
L chest wall tenderness, seatbelt sign, L femur deformity. FAST pending.
JSO Ofc. [[N:Delgado]] #[[ID:71188]] at bedside, requests BAL - informed per policy requires consent/warrant.
Family: girlfriend [[N:Ta'Niyah]] on way, [[P:904-555-0169]].
Triage RN [[N:B. Oyelowo]]
"""))

NOTES.append(("pathology", """GI PATHOLOGY CONSULTATION REPORT
[[H:Bull City Gastroenterology]] / outside slides
Our case: [[ID:GP25-00917]]    Outside case: [[ID:BG-25-0412]]
Patient: [[N:Okoye, Chidinma]]    DOB [[D:02/20/1996]]    Sex F
Procedure date: [[D:1/14/25]]    Received: [[D:1/21/25]]    Signed out: [[D:1/23/25]]
Requesting: [[N:Lamar Whitted]], MD

Clinical: [[A:28]] yo F, chronic diarrhea, wt loss, iron deficiency; tTG-IgA >100.
Material received: 6 H&E slides, 2 blocks ([[ID:BG-25-0412-A1]], [[ID:BG-25-0412-B1]]).

DIAGNOSIS:
A. Duodenum, bulb, bx: small intestinal mucosa w/ total villous atrophy, crypt hyperplasia and intraepithelial lymphocytosis (>40 IEL/100 enterocytes), Marsh 3c.
B. Duodenum, 2nd portion, bx: same as A, Marsh 3c.
C. Stomach, bx: mild chronic gastritis; H. pylori IHC negative.

COMMENT: Findings consistent with celiac disease in the appropriate serologic context. Agree w/ outside interpretation. Discussed w/ Dr. [[N:Whitted]] [[D:1/23]].

[[N:Priyanka Shah-Morrison]], MD
"""))

NOTES.append(("progress", """BEHAVIORAL HEALTH PROGRESS NOTE - PCT
[[H:James H. Quillen VA Medical Center]], [[C:Mountain Home]]
[[D:Feb 11, 2025]]   60 min, CPT session 7 of 12

Vet: [[N:Hensley, Russell]] ("[[N:Rusty]]")   [[A:44]] yo M   Army OIF x2 ([[C:Fallujah]] 2004, [[C:Ramadi]] 2006)

S: Completed impact statement rewrite & ABC sheets (4/5 days). Stuck point this wk: "If I had checked the vehicle, Doc [[N:Alvarez]] would be alive." Sleep 4-5 h, nightmares 3x/wk (down from nightly). Drinking 2-3 beers on weekends, denies more. Wife [[N:Crystal]] and kids ([[A:12]], [[A:9]]) "noticed I'm less short with them". Still working 2nd shift at [[O:Eastman Chemical]] in [[C:Kingsport]]. Skipped [[D:Veterans Day]] parade again, plans to attend unit reunion in [[D:June]].
O: Casual, good eye contact, euthymic to mildly anxious, tearful when discussing [[N:Alvarez]]. TP linear. No SI/HI.
PCL-5: 41 (was 58 at intake [[D:12/3/24]]). PHQ-9: 11 (was 17).
C-SSRS screen neg. Firearms: 2 handguns, stored w/ brother-in-law [[N:Jimmy]] since [[D:Dec]] per safety plan - confirmed.

A: PTSD, improving w/ CPT; AUD mild, stable.
P: Challenging Beliefs worksheets on guilt/safety; next session [[D:2/18/25]]; f/u psychiatry (Dr [[N:Qureshi]]) for prazosin titration. VCL info reviewed.

[[N:Ellen Marsh-Whitaker]], PhD, Staff Psychologist
"""))
