# Hand-written clinician notes, dev split, part B.
# All people, numbers, addresses and institutions are invented.

NOTES = [
("nursing", """
ICU RN note  [[D:1/23/25]] 1900-0700
Neuro: sedated on propofol 30 mcg/kg/min, RASS -2, PERRL 3 mm. CAM-ICU UTA.
CV: NSR 70s w/ intermittent pacing - dual chamber PPM (Medtronic, SN [[DV:PJN604113H]]) interrogated by device rep [[N:Sterling]] at 2200, functioning normally. Art line R radial. MAP > 65 on norepi 0.04.
Resp: ETT 7.5 @ 23 at lip, AC 16/450/+8/40%. suctioned sm thick tan secretions x3.
GI/GU: OGT to LIS. foley draining clear yellow 40-60 mL/hr.
Skin: Braden 11, turned q2h, mepilex to sacrum.
Family: wife [[N:Marguerite]] and son [[N:Jean-Baptiste]] visited until 2100, updated by Dr. [[N:Lefebvre]]. wife requests calls to her only: [[P:+1 514 555 0172]].
[[N:C. Nwosu]] RN
"""),

("nursing", """
[[D:5/30]] 0200 - pt [[N:jose luis]] c/o 9/10 abd pain, requesting "the iv one". last dilaudid 0.5 IV @ 2330. HR 104, BP 150/94. pt pacing, yelling at roommate. security called by charge RN [[N:Dawn]] after pt threatened to leave AMA. spoke w/ NP [[N:Okafor]] - one time dilaudid 0.5 IV + hydroxyzine 25 PO given 0215. pt's gf [[N:Brianna]] on phone w/ pt, calmed him. pt states he will stay "till dawn" and talk to dr [[N:chen]] on rounds. pain 6/10 @ 0300. sleeping @ 0400.
"""),

("nursing", """
L&D RN note  [[D:Aug 3, 2024]]
G3P2 @ 38w4d, [[A:27]] yo, [[N:Ana Paula Ferreira dos Santos]], Portuguese-speaking. husband [[N:Thiago]] interpreting at pt request; hospital interpreter ([[N:Luísa]]) used for consent. SROM @ 0415 clear fluid. SVE 5/90/-1 @ 0700 per CNM [[N:Joy Whitaker]]. epidural placed 0745 by Dr. [[N:Sato]]. FHR cat I, baseline 135, moderate variability, +accels. pitocin not needed. GBS neg. PNC at [[H:Assabet Valley Midwives]], last visit [[D:7/29]]. pt's mother [[N:Cida]] arriving from [[C:Framingham]] this afternoon.
-- [[N:L. Kovacs]] RN
"""),

("nursing", """
1:1 observation log  [[D:3/9/2025]]
pt [[N:Teague, Wyatt]] [[A:16]]M (peds boarder, awaiting psych bed). q15 checks.
0700 sleeping
0715 awake, ate 50% breakfast
0800 mom [[N:Krista]] called [[P:(207) 555-0181]], update given per release on file
0930 seen by psychiatrist Dr [[N:Salazar-Quinn]]
1100 art therapy w/ [[N:Lane]], drew x40 min, calm
1230 refused lunch, "I'm not hungry, don't mark that down"
1400 dad [[N:Russell Teague]] visited, brief argument about phone, redirected by sitter [[N:Mateo]]
1600 teacher from [[O:Penobscot Valley Regional HS]] dropped off schoolwork
1800 still awaiting bed at [[H:Pine Harbor Behavioral Health]], bed search day 4
"""),

("ed_triage", """
ED triage  [[D:7/4/25]] 1642
[[A:24]] yo M restrained driver, MVC vs pole ~45 mph on [[ST:Route 6A]] near [[C:Brewster]]. +airbag, +LOC per bystander. GCS 14 at scene, 15 now. c/o neck pain, L chest wall pain. c-collar in place. ID'd by MA DL [[L:S48392017]]: [[N:Connor J. Whelan]], DOB [[D:02/16/2001]]. vehicle MA plate [[V:2FKL93]] per state police (Trooper [[N:Maddox]]). ETOH on breath, pt admits "a couple beers" at a [[D:Fourth of July]] cookout.
Mother [[N:Eileen Whelan]] notified by police, en route from [[C:Quincy]]. Level 2 trauma activation 1645. - triage [[N:Cook]] RN
"""),

("ed_triage", """
PEDS ED TRIAGE  [[D:10/30/2024]] 19:05
Pt: [[N:Amani Yusuf]], [[A:3]] y/o F, wt 14.2 kg. Brought by father [[N:Ibrahim]] and aunt [[N:Zahra]]. ?swallowed button battery from a greeting card ~1800, father unsure. No drooling, no resp distress, handling secretions. Crying, consolable. HR 128 RR 26 SpO2 99% T 37.0. XR ordered stat per Dr. [[N:Kowalski]]. Honey 10 mL x1 per poison control (case #[[ID:PC-24-771903]]). Family Arabic-speaking, interpreter line used (interpreter #[[ID:21408]]). Dad's cell [[P:(313) 555-0166]]. PCP [[H:Warren Ave Pediatrics]], last WCC [[D:9/12/2024]].
"""),

("discharge_summary", """
PSYCHIATRY DISCHARGE SUMMARY
Patient: [[N:Harjo, Sequoia]]     MRN [[M:4412087]]     Admitted [[D:9/2/2025]]     Discharged [[D:9/16/2025]]
Legal status: Section 12 -> conditional voluntary on [[D:9/4]].
Reason for admission: [[A:23]] yo student at [[O:Green Country Community College]] brought in by campus police after roommate ([[N:Kenzie]]) found a note and an empty bottle of her mother's sertraline.
Course: medically cleared (APAP level undetectable). Dx MDD, severe, recurrent, without psychotic features. Started lithium (level 0.7 on [[D:9/15]]) with sertraline taper off. Engaged in groups by week 2. Family meeting [[D:9/12]] with mother [[N:Darlene Harjo]] and stepfather [[N:Ray]] by phone from [[C:Okmulgee]], [[SA:OK]]. Her outpatient therapist [[N:Will Redcorn]] joined and will continue weekly sessions. No SI for 6 days prior to discharge.
Disposition: to mother's home, [[ST:4120 E 31st St]], [[C:Tulsa]] [[SA:OK]] [[Z:74135]]. Safety plan reviewed; stepfather's hunting rifle moved to an uncle's home per mother.
Medications at discharge: lithium carbonate ER 450 mg BID; hydroxyzine 25 mg q6h prn anxiety (#20). Sertraline discontinued. Rx sent to [[H:Riverside Drug]] on [[ST:S Peoria Ave]], 7-day supply only; mother will hold and dispense.
Risk assessment at discharge: chronic risk moderate (prior attempt, young adult, access to medications); acute risk low (future-oriented, engaged in treatment, close to mother, plans to return to classes).
Labs: TSH 1.8, Cr 0.7, Ca 9.4 ([[D:9/3]]); urine hCG negative [[D:9/2]].
Follow-up: [[H:Cherokee Bend Counseling]] IOP starting [[D:9/18]] (intake with [[N:Pamela Stand]]); PCP Dr. [[N:Nakai]] on [[D:9/25]]. Lithium level at [[H:Labcorp]] on [[ST:Memorial Dr]] [[D:9/22]].
[[N:Rahul Bhattacharya]], MD  [[D:9/16/2025]]
"""),

("discharge_summary", """
D/C SUMMARY - Ortho    [[N:Papadopoulos, Eleni]]  [[A:70]]F   adm [[D:5/1]]  d/c [[D:5/4]]
Procedure: R TKA [[D:5/1/2024]] (Dr. [[N:Georgiou]]).
Course: uneventful. POD#1 amb 100 ft w/ RW. Pain controlled w/ oxycodone 5 q4h prn + scheduled APAP. Hgb 11.2 -> 9.9, no transfusion. Foley out POD1, voiding.
DVT ppx: ASA 81 mg BID x 35 days.
Dispo: home w/ husband [[N:Kostas]]; outpatient PT at [[H:Athena Physical Therapy]] on [[ST:Washington St]], first visit [[D:5/7]].
Staples out at [[D:5/14]] visit with PA [[N:Dimitri Lambros]]. Call [[P:(847) 555-0153]] for fever > 101.5, calf pain or wound drainage.
"""),

("h_and_p", """
ADMISSION H&P    [[D:12/19/2023]] 2215
PT: [[N:JEAN-LOUIS, WILNER]]   [[A:67]]M   MRN [[M:6022719]]   FIN [[AC:2311904458]]
Source: pt + wife [[N:Mirlande]]; Haitian Creole interpreter [[N:Fabienne]] (#[[ID:30552]])
CC: L sided weakness
HPI: LKW 1800 today per wife - was watching TV then "his mouth went to the side" and he dropped the remote. EMS stroke alert, NIHSS 9 on arrival. CTA: R M2 occlusion. tPA 1952 (DTN 38 min), then IR thrombectomy by Dr. [[N:Baptiste-Ryan]], TICI 2b.
PMH: HTN (non-adherent), DM2, TB treated in Haiti in the 1990s.
Meds: "a white pill for pressure" - wife to bring bottles. PCP at [[H:Flatbush Family Health Center]], Dr. [[N:Pierre-Louis]].
SH: drives for [[O:Kings Car Service]]; lives w/ wife and grandson at [[ST:1187 Nostrand Ave, Apt 4R]], [[C:Brooklyn]], [[SA:NY]] [[Z:11225]]. no tob/etoh.
Exam: BP 182/98. L facial droop, LUE 2/5, LLE 4/5, L neglect. NIHSS now 5.
A/P: acute R MCA stroke s/p tPA + thrombectomy -> neuro ICU. BP < 180/105 x24h. Neuro checks q1h. NPO until bedside swallow. TTE, lipids, A1c. PT/OT/SLP.
[[N:Aisha Bello]], MD (neurology resident); staffed w/ Dr. [[N:Greenberg]]
"""),

("progress", """
Heme/Onc Progress Note    [[D:2025-01-14]]
[[N:Mwangi, Josephine W]]  [[A:59]]F  DLBCL, s/p R-CHOP C3 ([[D:12/22]])
S: "tired but ok". mucositis improved. daughter [[N:Wanjiru]] flew in from [[C:Nairobi]], staying at her cousin's in [[C:Lowell]].
O: T 38.3 overnight x1. HR 98, BP 110/68. ANC 0.4, plt 62, Hgb 8.9.
A/P:
# febrile neutropenia - cefepime, BCx x2 pending, CXR clear
# DLBCL - hold C4 (was planned [[D:1/12]]) until count recovery; interim PET after C4
# port (Bard PowerPort, SN [[DV:BP8K2213457]]) accessed, flushes/draws well
D/w Dr. [[N:Oduya]] and pt.
-- [[N:Hannah Kirsch]], NP
"""),

("progress", """
POD#2 s/p lap appy   [[D:6/19]] 0630
S: pain 3/10, +flatus, no BM. ambulating. tol clears.
O: afebrile, VSS. abd soft, approp TTP, incisions c/d/i.
A/P: [[A:14]] yo M doing well. ADAT. d/c home today w/ mom [[N:Jennifer]] if tolerates lunch. school note for [[O:Hollis Brook Middle School]]. f/u Dr. [[N:Nkemelu]] clinic 2 wks.
-[[N:Bradley]] (surg intern)
"""),

("progress", """
Palliative Care Progress Note - [[D:Nov 2, 2024]]
Pt [[N:Yolanda Espinoza-Ruiz]], [[A:84]], metastatic pancreatic ca. Family meeting 1400 today in 5S conference room w/ husband [[N:Rubén]] ([[A:86]]), children [[N:Marisela]], [[N:Ernesto]] and [[N:Lupe]] (by phone from [[C:El Paso]]), and chaplain Fr. [[N:Tomás]].
Discussed that she is actively declining: sleeping most of the day, minimal PO, new mottling of knees. Family hoping to have her home for [[D:Día de los Muertos]] (today) but understand transfer may not be possible. [[N:Rubén]] tearful, states "she has suffered enough".
Plan: transition to comfort measures only; MOLST updated to DNR/DNI/no transfer. Hospice referral to [[H:Sendero Hospice]] for GIP vs home. Morphine 2 mg IV q2h prn dyspnea, glyco for secretions. Spiritual care to continue.
-- [[N:Inés Carvalho]], MD, Palliative Medicine
"""),

("social_work", """
SW note  [[D:4/2/2024]]
pt [[N:Dwayne]] "[[N:Smoke]]" [[N:Patterson]], [[A:52]] yo M, currently homeless, stays at [[O:Eastgate Men's Shelter]] most nights. reports he sometimes sleeps in his truck (VA plate [[V:UKR-8842]]), which was towed [[D:3/28]]; SW gave letter for tow lot. Army veteran, not enrolled at VA - SW started enrollment, needs DD-214; SSN [[S:229-61-4471]] obtained for application w/ pt consent. sister [[N:Charlene]] in [[C:Norfolk]] ([[P:757-555-0144]]) willing to receive mail. pt interested in detox - referral to [[H:Tidewater Recovery Center]], intake [[D:4/4]] 10am.
-- [[N:Gail Brennan-Oyelaran]], LCSW
"""),

("social_work", """
SW note - Pediatrics    [[D:11/8/2023]]
Infant [[N:Nevaeh Carter]], [[A:4]] mo F, admitted w/ spiral fx R femur; skeletal survey shows 2 healing posterior rib fx. Mother [[N:Destiny Carter]] ([[A:19]]); mother's boyfriend [[N:Tyler]] (last name unknown, ~[[A:25]]) provides care while mother works nights at [[O:Walmart]]. 51A filed [[D:11/7]] 2340 by Dr. [[N:Haugen]] (report #[[ID:51A-2023-118743]]). DCF investigator [[N:Monique Sharpe]] [[P:(508) 555-0124]] met w/ mother at bedside today. MGM [[N:Tammy]] lives in [[C:Brockton]], willing to be kinship placement. Security aware boyfriend not to visit per DCF.
SW will attend team meeting [[D:11/9]] 0900.
[[N:Hyun-ah Seo]], LICSW
"""),

("case_mgmt", """
UM/CM note  [[D:2/20/25]]
Payer: Tufts Health Plan, member [[HP:TH0094127751]], group [[HP:004417]] (employer plan, [[O:Granite State Tool & Die]]).
Inpatient auth denied [[D:2/19]] (ref [[ID:UM-77120934]]), obs status assigned. Peer-to-peer [[D:2/20]] 3 pm w/ medical director Dr. [[N:Lindsey Fairbanks]] - attending Dr. [[N:Oyelowo]] to call [[P:1-800-555-0199]] opt 3, case # [[ID:P2P-55102]].
Pt and wife [[N:Bonnie]] informed of obs status; MOON notice signed [[D:2/20]].
-- [[N:Greg Paquette]], RN CM
"""),

("case_mgmt", """
DC planning [[D:Sept 9]]: pt going home w/ hospice - [[H:Gentle Shepherd Hospice]], RN liaison [[N:Charity]] met w/ family today. hospital bed and O2 concentrator delivered to [[ST:77 Quarry Hill Rd]], [[C:Barre]] [[SA:VT]] [[Z:05641]] by [[H:Green Mountain Medical Supply]] - confirmed w/ dtr [[N:Heather]] [[P:802-555-0135]]. pt applied for charity care, financial counselor [[N:Pat Greer]] aware, acct [[AC:HB-00781233]]. ambulance pickup 1300.
"""),

("telephone", """
Phone call  [[D:08/19/2024]] 1:12 PM
From: [[N:Tom]] at [[H:Hillside Pharmacy]], [[C:Bozeman]]  [[P:406-555-0116]]
Re: oxycodone rx for pt [[N:Sorensen, Erik]] (DOB [[D:1/5/1960]]) - DEA # on rx illegible. Confirmed prescriber Dr. [[N:Halvorsen]], DEA [[L:BH4418275]], NPI [[L:1487736526]]. Qty 20, no refills. Pt picking up today.
[[N:Kari]] MA
"""),

("telephone", """
After-hours nurse line  [[D:12/26/2024]] 02:40
Caller: mom [[N:Shreya]] re: [[N:Vihaan Patel]] (DOB [[D:6/2/2023]], MRN [[M:9027713]]), [[A:18]] mo, fever to 39.8 since [[D:Christmas Eve]], pulling at R ear, drinking ok, 4 wet diapers today. no rash, no lethargy. tylenol 160 mg last at 0100. callback [[P:+1 (732) 555-0108]].
Disposition: home care advice, ibuprofen dosing reviewed (wt 11 kg), seen in office [[D:12/26]] 9:45 w/ Dr [[N:Joshi]]. call 911 if hard to wake or trouble breathing.
-- [[N:M. Castro]], RN
"""),

("portal", """
Portal message  [[D:5/5/2025]]
From: [[N:Sung-min Yoon]]
To: Billing / Medical Records

Hello - two things. (1) Please send my records from the last 2 years to my new doctor, Dr. [[N:Ferraro]] at [[H:Bayside Internal Medicine]], fax [[F:631-555-0182]] or email [[E:records@baysideim.example]]. (2) My account # on the statement is [[AC:400182276]] and I was charged twice for the [[D:4/2]] visit.
Thank you, [[N:Sung-min]]

Reply [[D:5/6/2025]] ([[N:Alyssa]], Patient Financial Services): duplicate charge reversed, refund of $40 in 7-10 days. ROI form sent to your portal - records can't be released until it's signed.
"""),

("pharmacy", """
Anticoagulation clinic (phone)    [[D:Mar 3 2025]]
[[N:Okafor, Chinedu]]  [[A:74]]M   Indication: mechanical AVR (On-X 23 mm, SN [[DV:XA14477]], implanted [[D:6/2019]] at [[H:Mercy Hospital]]). Goal INR 2.0-3.0.
INR today 1.7 (POC at [[H:Fairlawn Clinic]]). Missed 2 doses over [[D:Presidents' Day weekend]] while visiting daughter [[N:Adanna]] in [[C:Houston]]. No bleeding, no neuro sx. No new meds, diet unchanged.
Plan: 10 mg today, then resume 7.5 mg daily. Recheck INR [[D:3/7]]. Pt verbalized understanding, teach-back done.
[[N:Megan Ostrowski]], PharmD, CACP
"""),

("therapy", """
OT Tx note [[D:7/22]]: [[N:Huang, Mei-Ling]] [[A:68]]F s/p L MCA CVA. Mandarin interpreter [[N:Li]] via video (ID [[ID:88120]]). husband [[N:Wei]] present, son [[N:Kevin Huang]] by FaceTime.
S: pt reports R hand "asleep". wants to return to her mahjong group at [[O:Golden Bamboo Senior Center]].
O: R UE Brunnstrom stage 3. grooming seated min A; UB dressing mod A; LB dressing max A; toilet transfer mod A w/ grab bar. R neglect mild on line bisection.
A: slow gains, good family support, would benefit from intensive rehab.
P: rec acute rehab - [[H:Brookhaven Acute Rehab]] referral via CM. husband trained in R UE ROM.
[[N:Natasha Greene]], OTR/L
"""),

("therapy", """
SLP Bedside Swallow Evaluation    [[D:02/09/2024]]
Pt: [[N:O'Sullivan, Declan]]  [[A:79]]M  MRN [[M:6119082]]  Dx: aspiration pneumonia, hx Parkinson's disease
Prior: MBS at [[H:St. Finbarr's]] on [[D:2022-11-15]] showed silent aspiration of thin liquids. Wife [[N:Noreen]] reports he "hates the thick drinks" and stopped using them at home.
Oral mech: reduced lingual ROM, mild drooling. Voice wet after thin liquid trials x2, cough after 3rd. Nectar-thick via cup: no overt s/s. Puree/soft solids: prolonged mastication, no overt s/s.
Impression: moderate oropharyngeal dysphagia.
Rec: mechanical soft, nectar-thick liquids, meds crushed in puree, upright 90 deg. Repeat MBS this admission ([[D:2/12]] pencilled in). Educated wife.
-- [[N:Colm Byrne]], MS, CCC-SLP
"""),

("radiology", """
MRI LUMBAR SPINE WITHOUT CONTRAST     Accession [[ID:MR25-0031774]]
Patient: [[N:Castillo, Rogelio]]   DOB [[D:04/22/1966]]   MRN [[M:5108836]]   Exam date [[D:Jan 28, 2025]]
Hx: LBP radiating to L leg x6 wk.
Safety: spinal cord stimulator (Nevro, IPG serial [[DV:NIPG1000-228813]]) - MR conditional, placed in MRI mode by rep [[N:Bryce]] prior to scan.
Findings: Normal alignment. L4-5 disc desiccation with broad-based protrusion and L foraminal component contacting the exiting L4 nerve root; moderate L foraminal stenosis. L5-S1 mild facet arthropathy. Conus terminates at L1. Stimulator leads partially obscure T10-T11.
Impression: L4-5 L foraminal protrusion with moderate stenosis, likely corresponding to symptoms.
Interpreted by [[N:Tobias Reinhardt]], MD    [[D:01/28/2025]] 16:52
"""),

("pathology", """
CYTOLOGY REPORT    Accession [[ID:GYN24-18842]]
Patient: [[N:Mbatha, Nomvula]]   MRN [[M:4481207]]   DOB [[D:03/03/1990]] (Age [[A:34]])
Collected [[D:10/02/2024]] at [[H:Southside Women's Health]] by [[N:J. Okoro]], CNM.  Received [[D:10/03/2024]].
Specimen: cervical, liquid-based (ThinPrep)
Interpretation: LOW-GRADE SQUAMOUS INTRAEPITHELIAL LESION (LSIL).
HPV high-risk: POSITIVE; genotypes 16/18: negative.
Recommendation: colposcopy per ASCCP risk-based guidelines.
Screened by: [[N:K. Albrecht]], CT(ASCP)    Reviewed: [[N:Priya Venkataraman]], MD
"""),

("consult", """
CARDIOLOGY / EP CONSULT    [[D:03-Apr-2025]]
Requested by: Dr. [[N:Henderson]] (hospitalist)   Reason: ICD shock x2 at home
MRN [[M:7712093]]
[[N:Ekwueme, Obinna]] is a [[A:57]] yo man with NICM (EF 20%), s/p primary prevention ICD (Boston Scientific, SN [[DV:BSX-472291]], implanted [[D:8/2021]] by Dr. [[N:Marchand]] at [[H:Granite Heart Institute]]). Received 2 shocks [[D:4/2]] ~2300 while watching TV; wife [[N:Chioma]] called 911. No syncope. Interrogation: 2 episodes VT at 210 bpm, ATP failed, shocked successfully. K 3.2, Mg 1.6 on arrival. Recently started on azithromycin for bronchitis by urgent care.
Impression: monomorphic VT storm (2 episodes) in setting of hypoK/hypoMg and QT-prolonging drug.
Rec: replete K > 4, Mg > 2; stop azithro; increase metoprolol succinate to 100; start amiodarone 400 BID x 1 wk; consider VT ablation if recurs. Remote monitoring re-enrolled.
Thank you for this consult. [[N:Isabelle Fournier]], MD, FHRS   cell [[P:603.555.0177]]
"""),

("addendum", """
LATE ENTRY for [[D:7/13]] 2200 (entered [[D:7/14]] 0830):
Spoke by phone w/ pt's brother [[N:Faisal Qureshi]] ([[P:(630) 555-0191]]) who states pt ([[N:Imran]]) has been drinking ~1 pint vodka daily since losing his job at [[O:Midway Freight]] in [[D:March]]; last drink was [[D:7/12]] evening. This was not known at time of admission. CIWA protocol started per Dr. [[N:Stepanek]]; thiamine 100 mg given.
-- [[N:Rosa Villanueva]], RN
"""),

("handoff", """
Resident signout - Gold team   [[D:Sun 8/17]]   cross-cover: [[N:Kaur]] (pgr [[P:6612]])
1. [[N:Brown, Daisy]] [[A:91]]F rm 402 - UTI/delirium, improving. if agitated: melatonin/redirect, AVOID benzos. Full code (!) per son [[N:Kevin]], readdress w/ day team.
2. [[N:Nowak, Tadeusz]] [[A:80]]M rm 406 - CHF, diuresing. AM BMP; if K < 3.5 replete per protocol.
3. [[N:Achterberg, Pieter]] [[A:63]]M rm 409 - alcoholic hepatitis, MDF 41, on pred. sister [[N:Ineke]] may call from [[C:Grand Rapids]], ok to update.
4. [[N:Osei-Tutu, Abena]] [[A:36]]F rm 411 - pyelo, afebrile 24h. d/c tomorrow if BCx NGTD. needs work note.
5. [[N:Salas, Óscar]] [[A:49]]M rm 415 - new dx HIV, PCP PNA on TMP-SMX + pred. ID (Dr. [[N:Mensah]]) following. partner [[N:Julián]] is HCP.
To-do: f/u 2200 lactate on #4 (prev 2.4).
-- [[N:Priyanka Nair]] PGY-2
"""),

("nh_transfer", """
HOSPITAL TO SNF TRANSFER / CONTINUITY OF CARE
Patient: [[N:Whitaker, Ruth Ann]]    DOB: [[D:December 1, 1931]]    Age: [[A:93]]
Discharging facility: [[H:St. Brigid's Hospital]] - unit 5 North, [[P:(781) 555-0100 x 5420]]
Receiving facility: [[H:Oak Knoll Nursing & Rehabilitation]], [[ST:19 Chestnut Hill Rd]], [[C:Sudbury]] [[SA:MA]] [[Z:01776]]
Date of transfer: [[D:09/29/2025]]
Admitting dx: L distal radius fx + UTI. Code: DNR/DNI.
HCP: nephew [[N:Gordon Whitaker]], [[P:978-555-0161]]
Isolation: contact (ESBL urine, [[D:9/25]])
Cognition: mild dementia, A&Ox2; hearing impaired - speak into L ear.
Function: stand-pivot w/ 1 assist, amb 20 ft RW.
Splint: short arm, NWB L wrist, ortho f/u Dr. [[N:Kapur]] [[D:10/9]].
Last doses: ertapenem 1 g [[D:9/29]] 0800 (last dose [[D:10/1]]); oxycodone 2.5 mg 1030.
Nurse to nurse report given to [[N:Mercy]] RN at 1215 by [[N:Ama Boateng]] RN.
"""),

("home_health", """
HOME HEALTH SKILLED NURSING VISIT    [[D:03/21/2025]]   0930-1020
Pt: [[N:Abubakar, Fatima]]  [[A:71]]F   Medicaid [[HP:PA55102387]]   Agency: [[H:Riverside Home Care]]   Visit 4 of 9
Address: [[ST:219 Linden St, 2nd fl]], [[C:Allentown]] [[SA:PA]] [[Z:18102]] - use side door.
Pt seen for R heel DFU wound care and DM teaching. Grandson [[N:Musa]] ([[A:15]]) present and translating Hausa.
Wound: 2.1 x 1.8 x 0.3 cm, granulating 80%, slough 20%, mod serous drainage, no odor. Cleansed NS, pat dry, medihoney + foam, offloading boot on.
FSBG log: 140s-260s, pt skipping evening lantus "when tired". Reinforced.
Reported BG and wound status to Dr. [[N:Feliciano]]'s office [[P:610-555-0152]], spoke w/ [[N:Sue]] RN; order rec'd to increase lantus to 22 u.
Next visit [[D:3/24]].
[[N:Renata Wiśniewska]], RN
"""),

("admin", """
PRIVACY OFFICE - access audit summary    [[D:2025-06-18]]
Case [[ID:PRV-2025-0142]]. Complaint by pt [[N:Dana Whitcomb]] (MRN [[M:8812045]]) that a coworker at [[H:Lakeview Pediatrics]] viewed her chart.
Audit: chart opened [[D:6/2/2025]] 22:14 by user [[N:jmorrow]] ([[N:Jessica Morrow]], MA) from workstation IP [[IP:10.42.18.77]], and again [[D:6/3/2025]] 07:02 via VPN from [[IP:73.184.22.9]]. No treatment relationship found. Pt's own portal logins from [[IP:2601:18c:4400:2a0::1f]] are not in scope.
Full log: [[U:https://privacy.intranet.example/cases/prv-2025-0142/log]]
Pt notified by letter and email ([[E:dwhitcomb@mailbox.example]]) on [[D:6/17]].
-- [[N:Gregory Anand]], Privacy Officer
"""),
]
