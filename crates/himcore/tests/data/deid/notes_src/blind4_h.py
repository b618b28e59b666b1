# -*- coding: utf-8 -*-
# blind4_h: fictional clinical notes with inline PHI markup.
NOTES = []

NOTES += [
("ed_triage", """
ED TRIAGE   [[D:11/02/2024]] 02:41
Pt: [[N:MONTEIRO, Djeneba A]]    MRN [[M:40918827]]    DOB [[D:04/19/1957]] ([[A:67]]y F)
Arrives via BEMS from home ([[ST:88 Bowdoin St]], [[C:Dorchester]]) c/o CP x 2h, substernal "pressure", radiates L arm. +diaphoresis, +nausea. ASA 325 chewed PTA per EMS.
PMH HTN, DM2 (metformin), NSTEMI 2019 w/ stent at OSH - pt unsure which artery.
Speaks Kriolu; interp [[N:Amilcar]] ID# [[ID:30417]] via phone. Daughter [[N:Nilda Fortes]] at bedside, cell [[P:617-555-0186]].
VS: T 98.1  HR 104  BP 168/94  RR 20  SpO2 95% RA  Pain 7/10
EKG w/in 10 min -> shown to ED attending, ST dep V4-V6. Trop sent.
ESI 2. Placed rm 14, on monitor.   -[[N:tmcgrath]] RN
"""),

("discharge_summary", """
DISCHARGE SUMMARY
[[H:Blackstone Valley Memorial Hospital]] - Department of Medicine

Patient: [[N:Wiśniewski, Stanisław J.]]          MRN: [[M:BV-2281904]]
DOB: [[D:02/11/1933]]     Age: [[A:91]]     Sex: M
Admit: [[D:10/27/2024]]     Discharge: [[D:11/04/2024]]
Attending: [[N:Maureen Flaherty]], MD      PCP: [[N:Hieu Tran]], DO ([[H:Greendale Family Medicine]])
Disposition: SNF - [[H:Holy Rosary Rehabilitation & Nursing]], [[C:Shrewsbury]]

PRINCIPAL DX: Acute on chronic HFrEF exacerbation
SECONDARY: AKI on CKD 3b; AF w/ RVR; hypervolemic hyponatremia; deconditioning

HPI (brief): [[A:91]] yo Polish-speaking M w/ HFrEF (EF 25-30% on TTE [[D:3/2024]]), pAF on apixaban, CKD3b, BPH (intermittent self-cath), who lives w/ his son [[N:Tadeusz]] on [[ST:Vernon St]] in [[C:Worcester]]. Brought in by son after ~1 wk worsening DOE and orthopnea (now sleeping in recliner) and 12 lb wt gain since his birthday party on [[D:Oct 12th]] (pierogi, kielbasa, "a lot of salt"). No CP. Widower.

HOSPITAL COURSE:
1. ADHF - IV furosemide 80 bid, net -6.8 L. Wt 84.1 -> 77.9 kg. BNP 3,410 -> 1,220. Transitioned to torsemide 40 daily HD 7, wt stable x 48h.
2. AF w/ RVR - HR 130s on arrival; metoprolol uptitrated, rate 70-90s by HD 4. CHA2DS2-VASc 5, HAS-BLED 3. Apixaban dose reduced to 2.5 bid (age >80 + Cr >1.5).
3. AKI on CKD - Cr 2.4 peak (baseline ~1.6), 1.7 at d/c. Entresto held; resume per cardiology.
4. Hyponatremia - Na 127 -> 133 w/ 1.5 L fluid restriction.
5. GOC - family mtg HD 4 w/ palliative care. Remains FULL CODE. Pt wants to make it to great-granddaughter's First Communion at [[O:St. Mary's Parish]] in [[D:May]]. MOLST reviewed, copy sent w/ pt.
6. Deconditioning - PT: min assist x1 w/ RW, 60 ft. Tinetti 14/28 (high fall risk).

DISCHARGE MEDICATIONS
  Medication              Dose      Freq    Change
  torsemide               40 mg     daily   NEW (replaces furosemide)
  metoprolol succinate    100 mg    daily   INCREASED from 50
  apixaban (Eliquis)      2.5 mg    BID     DECREASED from 5
  sacubitril/valsartan    --        --      HELD (AKI)
  tamsulosin              0.4 mg    qHS     no change
  KCl ER                  10 mEq    daily   NEW

Labs at d/c: Na 133  K 4.2  Cr 1.7  BUN 48  Hgb 10.9  INR 1.2

FOLLOW-UP
 - BMP at SNF [[D:Thurs 11/7]]; fax to PCP office [[F:508-555-0139]]
 - Cardiology: [[H:Central Mass Heart Associates]], [[D:11/19/24]] 10:40 am, ph [[P:(508) 555-0176]]
 - Urology PRN
Contacts: son [[N:Tadeusz Wisniewski]] (HCP) [[P:508-555-0114]]; granddaughter [[N:Kasia]] [[E:kasia.wisniewska88@gmail.com]]

Electronically signed: [[N:Maureen Flaherty]], MD  [[D:11/04/2024]] 15:22
cc: PCP
"""),

("nursing", """
0300 RN note: Mrs [[N:Chhim]] resting, A&Ox3. Pain 3/10 L hip, declined prn oxycodone ("ok, no need"). Son [[N:Sokha]] called ~2230 from [[C:Lowell]] asking for update, gave general info w/ pt permission. Foley draining clear yellow, 350 mL this shift. Heels floated, turned q2h. Bed alarm on, fall precautions maintained. Will cont to monitor.
-[[N:R. Doucette]], RN
"""),

("h_and_p", """
ADMISSION H&P - Medicine Team 3
[[H:Ocean Parkway Medical Center]]
Date of admission: [[D:1/23/2025]]

Pt: [[N:Gottlieb, Chaya Leah]]    MRN [[M:3381-0427]]    [[A:78]] F
Source: from home in [[C:Borough Park]] via BLS, accompanied by husband [[N:Moshe]] ([[A:81]]) and son.
PCP: Dr. [[N:Yitzchok Brander]], [[H:Boro Park Family Practice]]

CC: fever, confusion x 1 day

HPI: [[A:78]] yo F w/ DM2, HTN, recurrent UTIs (last [[D:Nov 2024]], E. coli pan-S), mild CKD, who per son was in USOH until Friday night when she was "not herself" - repeating questions, didn't recognize granddaughter. Dysuria x3d prior per husband. Tmax 102.4 at home. No cough, no diarrhea, no falls. Yiddish/English; husband translating details, son at bedside.

PMH: DM2 (A1c 7.6 in [[D:Oct]]), HTN, HLD, CKD 3a, OA knees, cataracts s/p b/l surgery
PSH: hysterectomy 1990, L TKA 2016
Meds: metformin 500 bid, glipizide 5 daily, amlodipine 10, atorvastatin 20, ASA 81
All: sulfa (rash)
SH: lives w/ husband in 3rd fl walk-up, independent ADLs at baseline. Never smoker, no EtOH. 11 grandchildren, son [[N:Shmuel]] ([[P:718-555-0121]]) is main contact.
FH: mother - CVA. Father - MI.

ROS: as per HPI, o/w neg x 10 systems as able

EXAM
VS: T 101.6  HR 112  BP 104/58  RR 22  SpO2 96% RA
Gen: elderly F, lethargic but arousable, oriented to self only
HEENT: dry MM. Neck supple, no meningismus, Kernig/Brudzinski neg
CV: tachy, reg, no m/r/g
Lungs: CTAB
Abd: soft, +suprapubic TTP, no CVAT
Ext: no edema
Neuro: nonfocal, moves all 4

LABS: WBC 16.8 (89% N), Hgb 11.9, Plt 241; Na 131, K 4.9, Cr 1.6 (baseline 1.1), glu 284, lactate 2.9
UA: LE 3+, nitrite +, >50 WBC, many bact. BCx x2, UCx pending.
CXR: no infiltrate. CT head: no acute process.

A/P: Elderly F w/ sepsis 2/2 presumed pyelo/complicated UTI, metabolic encephalopathy, AKI.
1. Sepsis/UTI: ceftriaxone 1g q24 (prior cx pan-S), 30 mL/kg IVF given in ED, repeat lactate 4h.
2. Encephalopathy: likely infectious; delirium precautions, family at bedside, avoid benzos.
3. AKI: prerenal; hold metformin, glipizide; SSI.
4. HTN: hold amlodipine while soft.
DVT ppx: heparin SQ. Diet: kosher, diabetic. Code: FULL (confirmed w/ husband & son; family will want rabbi [[N:Teitelbaum]] involved in any GOC discussion).

[[N:Anjali Mukherjee]], MD PGY-2  pgr [[P:4620]]
Seen w/ attending Dr [[N:Lipschitz]]
"""),

("progress", """
Endocrine f/u - [[H:Clínica Familiar del Valle]], [[C:El Paso]]
[[D:Jan 8 2025]]
S: [[N:Refugio Carrasco-Ybarra]] is a [[A:58]] y/o M w/ DM2 (dx ~2011), HTN, HLD, neuropathy here for 3 mo f/u. Accompanied by wife [[N:Maricela]]. Visit in Spanish per pt preference. States sugars "muy altas" over holidays - tamales at [[D:Christmas]], then a week at his sister's in [[C:Ciudad Juárez]]. Ran out of Ozempic ~2 wks in [[D:December]], pharmacy said PA needed. Works nights as forklift operator at [[O:Franklin Mountain Logistics]], eats at 2am. Denies hypoglycemia. +tingling feet, no wounds.
Meter download: avg 212, 14-day range 141-338, 0 readings <70.
O: BP 142/88  HR 78  Wt 98.4 kg  BMI 33.1
Feet: monofilament 6/10 sites bilat, DP 2+, no ulcers, onychomycosis.
Labs: A1c 9.8 (was 8.1 in [[D:Sept]]). UACR 64. LDL 98. eGFR 71.
A/P:
1. DM2 uncontrolled - restart semaglutide 0.5 mg weekly once PA approved (ref # [[ID:PA-55190273]]); glargine 28 -> 32 u qHS, titrate 2u q3d to FBG 100-130. Diabetes ed w/ CDE next wk.
2. HTN / albuminuria - add lisinopril 10. BMP in 2 wks.
3. Neuropathy - podiatry referral to [[H:Mission Valley Podiatry]].
4. HCM - flu shot today, L deltoid, lot FL4471B.
RTC 3 mo.
[[N:Arturo Villalobos]], MD
"""),

("social_work", """
SOCIAL WORK NOTE - Pediatrics
Pt: [[N:Yariel Santana Peña]] ([[A:4]] yo M)   MRN [[M:6620471]]
Referred by Dr. [[N:Okafor]] re: 3rd ED visit in 2 mo for asthma exacerbation, concern for missed controller meds / appts.

Met w/ mother [[N:Yokasta Peña]] ([[A:24]]) at bedside, in Spanish. Family = mother, pt, 2 younger sibs. Live w/ maternal grandmother [[N:Altagracia Peña]] in 2nd fl apt on [[ST:Broad St]] in [[C:South Providence]]. Mother reports leak + visible mold in bathroom since [[D:August]]; landlord unresponsive. She filed complaint w/ city housing (ref [[ID:PVD-HSG-24-03318]]). Grandmother smokes on porch "only outside."
Pt attends Head Start at [[O:Sackett Street Early Learning Center]]; school nurse has his albuterol + spacer. Father is in DR, not involved, no custody order.
Mother works part-time at a laundromat, no car, relies on RIPTA. Missed pulm appt last month due to bus / work conflict.
Insurance: RIte Care (NHPRI) member ID [[HP:NH0482210793]].
Prior DCYF screened-out report [[D:6/2023]] (pt per mother; no open case).

Assessment: barriers are housing conditions, transport, and cost of Flovent (mother thought copay was $40 - actually $0 on RIte Care). No safety concerns identified today. Mother engaged and appropriate.
Plan:
- Referral to asthma home-visiting program (mold/trigger assessment)
- Letter to landlord re: medical necessity of repairs
- Rides to appts arranged via MTM; mother's cell [[P:401-555-0163]]
- F/u before d/c.

[[N:Colleen Furtado]], LICSW   x[[P:4417]]
"""),

("case_mgmt", """
CM Progress Note   [[D:02/18/2025]]
Pt [[N:Nguyễn Văn Thành]] [[A:76]]M, HD#6, s/p L MCA CVA w/ R hemiparesis + expressive aphasia.
Ins: Humana Gold Plus HMO  member ID [[HP:H41822907]]
PT/OT rec: acute IRF; tolerating ~2.5 h/day, mod A x1 transfers.
Family: dtr [[N:Lan Nguyen-Pham]] [[P:(713) 555-0148]] (primary contact) prefers facility near home in [[C:Alief]]. Son works offshore, back [[D:3/1]]. Vietnamese interp via phone, ID [[ID:88124]].

Referrals:
  1) [[H:Bellaire Rehabilitation Hospital]] (IRF) - declined, no bed until [[D:2/24]]
  2) [[H:Westchase Rehab Institute]] (IRF) - reviewing, liaison [[N:Derrick Bishop]]
  3) [[H:Gulfgate Post-Acute & Rehab]] (SNF, backup) - accepted pending auth

Humana auth for IRF submitted 0930, ref # [[ID:AUTH-250218-77431]]. Clinicals faxed to [[F:1-888-555-0127]]. P2P available if denied; attending aware.
Pt/family in agreement w/ plan. Will f/u by 1500.
[[N:Tamika Westbrook]] RN CCM  pgr [[P:3391]]
"""),

("telephone", """
TELEPHONE ENCOUNTER    [[D:4/9/25]] 08:52
Caller: [[N:Odile Thibodeaux]] (wife) re: pt [[N:THIBODEAUX, LUCIEN P]]  DOB [[D:8/30/1949]]
Call back: [[P:337-555-0127]] (home) / [[P:337-555-0190]] (cell - poor signal at the camp)

Wife states pt's home INR (CoaguChek) this AM = 4.6. Goal 2-3 (mech AVR). Denies bleeding, black stools, HA. Pt started Bactrim DS Mon for UTI from urgent care in [[C:Breaux Bridge]]. Also "ate a whole mess of crawfish" this wknd, no other changes.
Per protocol / d/w Dr. [[N:Guidry]]: hold warfarin tonight, then resume 5 mg daily except 2.5 mg Tue/Thu. Recheck INR [[D:Friday 4/11]]. Pharmacy aware of Bactrim interaction. Bleeding precautions reviewed; ER if any bleeding or fall.
Wife verbalized understanding, read back plan.
-- [[N:B. Hébert]], LPN
"""),

("portal", """
Patient Portal Message
From: [[N:Ji-hoon Park]]
To: [[H:Palisades Internal Medicine]] - Dr. [[N:Seo]]
Sent: [[D:2024-05-13T21:07]]
Subject: cough still not better

Hello Dr [[N:Seo]], this is [[N:Jihoon]] ([[N:Park, Ji Hoon]] DOB [[D:3/2/81]]). I was seen last week for cough and you said come back if not better in 10 days. It is still bad at night and now green phlegm. no fever. My wife also has cough now.  Can I get antibiotic or I need to come in? I work at [[O:Hanmi Trading Co.]] and can come after 5pm.
Also I changed pharmacy, please send to [[H:Walgreens]] on [[ST:Main St]] in [[C:Fort Lee]] not the CVS.
my cell [[P:201-555-0155]]
Thank you

---- Reply 09:31 ----
Hi Mr. [[N:Park]], Dr. [[N:Seo]] reviewed your message. Since symptoms are lasting >10 days, she'd like to see you. We have [[D:Wed 5/15]] 5:20 pm open - booked for you. Pharmacy updated. If you get short of breath or fever >101, go to urgent care.
[[N:Grace Yoon]], RN
"""),

("pharmacy", """
PHARMACY NOTE - Specialty Rx Onboarding
Pt: [[N:Garza, Ma. Guadalupe]]   DOB [[D:09-14-1968]]
Rx: adalimumab-adaz (Hyrimoz) 40 mg/0.4 mL pen SC q2wk, RA
Prescriber: [[N:Ximena Salinas]], MD   NPI [[L:1588204719]]
Ins: BCBSTX PPO  member [[HP:ZGP882104517]]  grp [[HP:0093315]]   RxBIN 610502 PCN MEDDPRIME
Mfr copay card ID [[HP:CC40219977]] -> pt pays $5/fill.
PA approved thru [[D:11/30/2025]], auth [[ID:SHP-PA-6612094]].
Counseled (in Spanish) on pen technique, storage (fridge, ok room temp up to 14 d), injection site rotation, s/sx infection. TB screen: QFT neg [[D:1/2025]]. Hep B sAg neg.
Pt lives in colonia off [[ST:Mines Rd]], [[C:Laredo]]; prefers pickup vs delivery (mailbox in sun). Pick-up at [[H:Farmacia San Agustín]].
1st dose given in clinic w/ teach-back, tolerated, no rxn. Next due [[D:6/3]].
[[N:K. Olivarez]], PharmD
"""),
]

NOTES += [
("therapy", """
PHYSICAL THERAPY - Outpatient Daily Note
[[H:Androscoggin Valley Rehab]] - [[C:Lewiston]]
Pt: [[N:Hodan Warsame]]     Visit 6/12     DOS [[D:7/22/24]]
Dx: R knee OA s/p R TKA [[D:5/28/24]] (Dr. [[N:Michaud]])
Interpreter: [[N:Abdirahman]] (Somali, in person)

S: Pt reports pain 4/10 at rest, 6/10 on stairs. Walked to the mosque on [[ST:Lisbon St]] Fri w/ cane, "tired but ok". Sleeping better. Taking tylenol 1g tid, stopped oxy. Grandson [[N:Ayaan]] helps w/ HEP in evenings.
O:
  AROM R knee   flex 102 (was 95)   ext -5 (was -8)
  Quads 4-/5, hip abd 4/5
  TUG 14.2 s (was 19.6)   5xSTS 17.1 s
  Gait: SPC, step-through, decr stance R, mild Trendelenburg
  Stairs: 12 steps w/ rail + SPC, step-to
Tx: bike 8 min, TKE, SAQ, heel slides w/ strap, step-ups 4", patellar mobs, gait training, ice 10 min.
A: Progressing toward goals; flexion improving. Ext lag limiting. Good participation.
P: Cont 2x/wk x 4 wk per POC. HEP updated (handout in Somali). Re-eval at visit 10.
[[N:Jessica Pelletier]], PT, DPT   ME lic [[L:PT3318]]
"""),

("radiology", """
EXAM: CT ABDOMEN AND PELVIS WITH IV CONTRAST
[[H:Crescent City General Hospital]] - Diagnostic Imaging
Accession: [[ID:CT25-0043318]]     MRN: [[M:00917743]]
Patient: [[N:BROUSSARD, DELPHINE M]]     DOB: [[D:12/04/1962]]     Exam date: [[D:03/09/2025]]
Ordering: ED provider

CLINICAL HISTORY: RLQ pain x 2 days, fever 101.2, WBC 15.4. Eval appendicitis.
COMPARISON: CT A/P [[D:08/19/2024]] from [[H:St. Bernard Parish Medical Ctr]].
TECHNIQUE: Axial images from the dome of the diaphragm through the pubic symphysis after 100 mL Omnipaque 350 IV. Coronal and sagittal reformats. DLP 612 mGy-cm.

FINDINGS:
Lower chest: Bibasilar dependent atelectasis. No effusion.
Liver: Normal size. 8 mm hypodensity segment 6, too small to characterize, stable.
Gallbladder/biliary: Cholelithiasis, no wall thickening. CBD 5 mm.
Pancreas, spleen, adrenals: Unremarkable.
Kidneys: No hydronephrosis. 3 mm nonobstructing L lower pole stone.
Bowel: Appendix dilated to 13 mm w/ wall hyperenhancement, periappendiceal fat stranding and a 9 mm appendicolith at the base. Small amount of free fluid in the RLQ. No extraluminal gas. No drainable collection.
Pelvis: Fibroid uterus. Bladder decompressed.
Vessels/nodes: Few subcentimeter ileocolic nodes, likely reactive.
Bones: Degenerative change lumbar spine. No aggressive lesion.

IMPRESSION:
1. Acute appendicitis with appendicolith. No perforation or abscess.
2. Cholelithiasis.
3. Nonobstructing L renal calculus.

Critical result discussed w/ ordering ED physician by telephone at 14:12 on [[D:3/9/25]], read back confirmed.
Dictated by: [[N:Linh Pham]], MD     Signed 14:20
"""),

("pathology", """
SURGICAL PATHOLOGY REPORT
[[H:Grand Concourse Hospital Center]] - Department of Pathology & Laboratory Medicine
Case: [[ID:S24-18832]]          Received: [[D:10/16/2024]]
Patient: [[N:RODRIGUEZ-BATISTA, ANYELINA]]     MRN: [[M:1004882315]]     Age/Sex: [[A:46]]/F
Submitting physician: [[N:Zev Halpern]], MD (Breast Surgery)

SPECIMEN: Left breast, 12:00, 6 cm FN, ultrasound-guided core biopsy (x4 cores)
CLINICAL: BI-RADS 5 mass, 1.8 cm.

GROSS: Received in formalin labeled with the patient's name and MRN are four tan-pink cores, 1.0-1.6 cm, entirely submitted in one cassette (A1). Cold ischemia <1 h; fixation 22 h.

MICROSCOPIC DIAGNOSIS:
LEFT BREAST, 12:00, CORE BIOPSY:
 - INVASIVE DUCTAL CARCINOMA (NST), NOTTINGHAM GRADE 2 (tubules 3, nuclei 2, mitoses 1; total 6/9)
 - DCIS, intermediate nuclear grade, solid pattern, <10% of tissue
 - No lymphovascular invasion identified in sampled tissue
 - Microcalcifications associated with DCIS

BIOMARKERS (block [[ID:S24-18832-A1]]):
  ER   positive, 95%, strong
  PR   positive, 40%, moderate
  HER2 (IHC)   1+ (negative / HER2-low)
  Ki-67   ~20%
Controls appropriate.

Results called to surgeon's NP, [[N:Rivka Stern]], 11:05.
Electronically signed: [[N:Wen-Li Chou]], MD     [[D:10/18/2024]]
"""),

("consult", """
CARDIOLOGY CONSULT NOTE
[[H:Mid-Hudson Regional Hospital]]     [[D:Aug 3, 2024]]
Requesting: Hospitalist   Reason: syncope, PPM in situ

Pt: [[N:Van Wyck, Eleanor G.]]   [[A:93]] F   MRN [[M:H7730021]]
HPI: [[A:93]]yo F w/ CHB s/p dual-chamber PPM ([[D:2019-06-11]], Medtronic Azure, SN [[DV:RNB402117S]]), HTN, AS (mod, AVA 1.1 cm2 on prior TTE), lives at [[H:Rondout Ridge Assisted Living]] in [[C:Kingston]], [[SA:NY]]. Witnessed syncope in dining room yesterday at lunch - slumped in chair ~30 sec, no jerking, no incont, back to baseline quickly. Aide reports pt looked "gray" beforehand. No CP, no palpitations. Had been drinking less in the heat.
Daughter [[N:Margaret]] "[[N:Peggy]]" [[N:Van Wyck-Ross]] (HCP, in her [[A:60s]]) on phone [[P:845-555-0153]], states mom "still sharp, does the crossword every day."

Device interrogation (Medtronic rep in person): battery 7.1 yrs, RA/RV impedance & thresholds stable, V-paced 99%. No AHRE, no VT/VF episodes, no mode switch. Underlying: no escape at 30 bpm.
Orthostatics: supine 138/72 -> standing 104/60, HR fixed paced 70.
ECG: AV paced 70. TTE today: AS mean gradient 34, AVA 0.9 - progressed to severe.
Labs: Na 133, Cr 1.4 (baseline 0.9), BUN 38.

Impression: Syncope most likely orthostatic in setting of volume depletion + HCTZ, w/ now severe AS as a contributor. Device functioning normally, not arrhythmic.
Recs:
1. Hold HCTZ; gentle IVF, repeat orthostatics AM.
2. Severe AS - discussed TAVR eval w/ pt and daughter; pt declines invasive tx ("I've had a good run"). Respect. Outpt f/u w/ structural heart clinic if she reconsiders.
3. Fall precautions, PT eval.
4. Remote monitoring: confirm CareLink transmitter at facility; ALF nurse to confirm.
Thank you for this consult. Will follow.
[[N:Daniel Okonkwo-Reilly]], MD, Cardiology   pager [[P:6614]]
"""),

("addendum", """
ADDENDUM [[D:4/2/25]] 16:45 - Spoke with pt's sister [[N:Joy Baptiste]] ([[P:781-555-0133]]), who confirms PCN allergy = hives as a child, no anaphylaxis. Allergy list updated. OK to continue cefazolin per pharmacy.
-- [[N:K. Ferreira]], NP
"""),

("handoff", """
MICU NIGHT HANDOFF    [[D:Sun 1/12]]
From: [[N:Brendan Delaney]]  ->  [[N:Priyanka Chowdhury]]

BED 3 - [[N:O'SULLIVAN, FRANCIS X]]  [[A:72]]M
  EtOH cirrhosis (MELD 24), UGIB s/p EGD w/ banding x4 [[D:1/10]]. Hgb 7.4 -> 7.9 after 1u today.
  Octreotide gtt x 72h, CTX ppx, PPI bid. Art line L radial.
  Wife [[N:Noreen]] (HCP) [[P:617-555-0117]] - wants call for ANY change.
  TO DO: H/H at 0200, transfuse <7. CIWA q1h.

BED 5 - [[N:Mohamed Abdi]]  [[A:38]]M
  DKA, AG closed 1900. Glargine 20u SQ given 2100, overlap gtt 2h then stop (~2300).
  BMP 0100, FS q1h x4 then q2h. Speaks Somali + English, prefers English.

BED 7 - ZZTRAUMA, FOXTROT   unknown M ~[[A:50s]]
  Found down at [[ST:Mass Ave & Melnea Cass Blvd]] by [[C:Boston]] PD (Ofc. [[N:Rourke]], badge [[ID:1882]]). Intubated for GCS 6.
  CT head/C-spine neg. Tox pending, EtOH 212. Tattoo "[[N:Marisol]]" L forearm, rosary tattoo R hand.
  SW paged to help ID - no belongings except a [[O:Pine Street Inn]] locker key.
  Propofol 30, fent 50. SBT in AM if stable.

BED 9 - [[N:Hope Cavanaugh]]  [[A:27]]F
  Status asthmaticus, on BiPAP 12/6, Mg x2, cont nebs, methylpred 60 q6.
  ABG 7.33/48/88. We hope to wean to HFNC by AM; low threshold to intubate if tiring.
  Mom at bedside overnight.

All full code except Bed 3 = DNR/ok to intubate.
"""),

("nh_transfer", """
INTERFACILITY TRANSFER FORM - SNF TO ACUTE
From: [[H:Green Mountain Nursing & Rehabilitation]]
      [[C:St. Johnsbury]]   Ph [[P:802-555-0142]]   Fax [[F:802-555-0143]]
To:   [[H:Northeast Kingdom Regional Hospital]] ED
Date/time: [[D:12/14/2024]] 06:10

Resident: [[N:LYMAN, ORRIN W.]]    DOB [[D:6/6/1931]]    Age [[A:93]]    M
Medicare MBI: [[HP:4TE7-QA2-MK61]]    Facility MR#: on face sheet
Code status: DNR/DNI - COLST on file; OK to transfer for eval/tx
Reason for transfer: unwitnessed fall in room ~0540, found on floor by bed, + head strike (R forehead hematoma 3 cm). On apixaban. New confusion vs baseline per night CNA.

Baseline: mild dementia (BIMS 11/15), ambulates w/ rollator + SBA, continent, feeds self. Retired dairy farmer from [[C:Danville]]; calm, likes to talk about his cows.
VS @ 0550: BP 162/84  HR 88 irreg  RR 18  T 97.4  SpO2 94% RA  FS 132
Pain 4/10 (PAINAD 3)
Dx list: AFib, CHF (EF 45%), CKD 3, BPH, OA, hx L hip fx 2021 (ORIF)
Allergies: codeine (N/V)
Last doses: apixaban 5 mg 2000 last night; furosemide 20 mg 0800 yesterday
Isolation: none. Skin: stage 2 sacrum, healing, mepilex in place.

Family notified: son [[N:Dale Lyman]] [[P:802-555-0168]] (at the barn - left VM, will call back), daughter [[N:Bonnie Coutu]] in [[C:Newport]] [[P:802-555-0175]] aware, will meet at ED.
Sent with: face sheet, MAR, COLST, med list, last H&P. Hearing aids x2 in bag, dentures (upper) in cup.
Report called to ED RN at 0605.
Sending nurse: [[N:Tiffany Ouellette]], LPN
"""),

("home_health", """
HOME HEALTH - SKILLED NURSING VISIT
Agency: [[H:Ocean State Visiting Nurses]]       Visit date: [[D:03/26/2025]]   Time in 10:15 / out 11:05
Pt: [[N:Yang, Pa Houa]]   [[A:64]] F    [[ST:57 Hanover St]], [[C:Providence]], [[SA:RI]] [[Z:02907]]
Dx: DFU R plantar 1st MTH, DM2 (insulin), HTN, CKD3
Homebound: severe neuropathy + offloading boot, unable to leave home w/o assist of 1, taxing effort.

Present: pt, daughter-in-law [[N:Mai Yang]] (interpreting Hmong - pt declined phone interp).
Subjective: pt reports "little pain" 2/10. Family held a ceremony w/ txiv neeb over wknd for healing; pt asks that the string bracelets on wrist not be cut - noted in care plan.
Vitals: BP 148/82  HR 80  T 98.0  RR 16  FSBS 188 (after breakfast)
Wound R plantar 1st MTH: 2.1 x 1.4 x 0.3 cm (last 2.6 x 1.7 x 0.4), 80% red granulation, 20% yellow slough, min serous drainage, periwound macerated. No odor, no erythema, no probe to bone.
Tx: cleansed NS, Medihoney to base, foam + border, offloading boot on. Pt/DIL demonstrated dressing correctly.
Meds: reviewed. Pt stopped glipizide on her own ("makes me shaky") - discussed w/ PCP office, ok to hold. Lantus 18u qAM. Insulin pen stored properly.
Teaching: s/sx infection, foot checks w/ mirror, no barefoot walking incl. at church ([[O:Hmong Alliance Church of Providence]]).
Called [[H:Broad Street Health Center]] (Dr. [[N:Vang]]'s nurse) [[P:401-555-0126]] re: glipizide, wound progress.
Next SN visit [[D:3/28]]; PT eval scheduled.
[[N:Rachel Amaral]], RN
"""),

("admin", """
REGISTRATION / FACE SHEET                          Printed [[D:09/30/2024]] 07:14 by [[N:jcastellano]]
[[H:Hudson County Medical Center]]                 FIN [[AC:24-0930187]]
---------------------------------------------------------------------------
Patient name:    [[N:DeLUCA, ANTHONY M]]          Sex: M     DOB: [[D:07/21/1975]]   Age: [[A:49]]
MRN:             [[M:HC00583192]]
SSN:             [[S:146-82-3390]]
Address:         [[ST:219 Palisade Ave Apt 3F]]
                 [[C:Jersey City]], [[SA:NJ]] [[Z:07307]]
Home ph:         none          Cell: [[P:(201) 555-0139]]
Email:           [[E:tonydeluca75@yahoo.com]]
Language:        English     Interpreter: N
Marital:         Divorced    Religion: Catholic
Employer:        [[O:Bayonne Port Terminal Services]]  (longshoreman)
DL:              NJ [[L:D4128 84420 18804]]

Emergency contact: [[N:DeLuca, Carmela]] (mother)  [[P:201-555-0186]]

Primary insurance: Horizon BCBS NJ
  Member ID: [[HP:3HZN44820917]]     Group #: [[HP:G0118844]]
  Subscriber: self      Rel: 18
Secondary: none
Guarantor: self     Guarantor acct: [[AC:G-3301827]]
PCP: none listed
Preferred pharmacy: [[H:Rite Aid]] #4411, [[ST:Newark Ave]], [[C:Jersey City]]
Advance directive on file: N     NOPP given: Y     Photo ID scanned: Y
"""),

("ed_triage", """
TRIAGE NOTE - [[H:Rio Grande Valley Medical Center]] ED      [[D:01/19/2025]] 23:18
Pt [[N:Juan Pablo Treviño]], [[A:19]] M, BIBA after single-vehicle rollover on [[ST:US-281]] north of [[C:Pharr]]. Restrained driver, 2012 F-150 (TX plate [[V:JVW4418]]), +airbag, self-extricated, ambulatory on scene per EMS. DPS Trooper [[N:Cantú]] at bedside, crash report # [[ID:TXC-250119-0587]].
c/o neck pain + L chest wall pain. +seatbelt mark L chest. Denies LOC, ETOH "2 beers" earlier. No blood thinners. Tetanus unknown.
C-collar in place. GCS 15. VS: HR 112  BP 138/76  RR 22  SpO2 97%  T 98.6  pain 8/10
Mom [[N:Norma Treviño]] en route, [[P:956-555-0171]].
ESI 2 - trauma activation level 2 called 23:20.   [[N:abenavides]] RN
"""),
]

NOTES += [
("nursing", """
Nursing Progress Note - 6 West     [[D:10/5/24]] 1915
Pt [[N:Jean-Baptiste, Marie-Ange]] [[A:82]]F POD#2 s/p L hip hemiarthroplasty. Speaks Kreyòl, some English; used iPad interp (Kreyòl, ID [[ID:51294]]) for assessment + teaching.
Neuro: A&O x2 (not to date) - baseline per dtr. CAM neg this shift.
CV: HR 70s SR, BP 128/70. +2 pedal pulses, L foot warm, cap refill <3s.
Resp: RA, sats 96%, IS to 750 x10/hr w/ coaching.
GI/GU: tol regular diet (dtr brought soup joumou from home - ok per dietitian). Foley d/c'd 0600, voided 300 mL x2. Last BM PTA.
Pain: 5/10 w/ movement, tylenol + oxy 2.5 x1 @ 1600, now 2/10.
Skin: incision L hip c/d/i, Aquacel intact. Sacrum intact, Braden 14 - q2h turns.
Mobility: OOB to chair w/ PT x2 assist, WBAT, posterior hip precautions.
Family: dtr [[N:Roseline]] + grandson visited, pt lives w/ dtr on [[ST:Woodrow Ave]] in [[C:Mattapan]]. Dtr asking re: rehab near home; CM aware. Dtr cell [[P:617-555-0194]].
Plan: cont POC, fall precautions, bed alarm, DVT ppx (enoxaparin 40 daily).
[[N:Fabiola Désir]], RN
"""),

("discharge_summary", """
[[H:Third Ward Community Hospital]]

DISCHARGE SUMMARY

Name: [[N:Washington, Darnell L.]]          MRN: [[M:TW-5510824]]        Encounter: [[AC:E000918374]]
DOB: [[D:05/02/1968]] ([[A:56]] y)           Admit: [[D:11/21/2024]]        Discharge: [[D:11/27/2024]] (day before [[D:Thanksgiving]])
Attending: [[N:Olivia Broussard-King]], MD
PCP: [[N:Gerald Freeman]], MD, [[H:MLK Blvd Family Health Center]]
Discharge to: home w/ [[H:Bayou City Home Health]] (SN/PT)

DIAGNOSES
 1. Diabetic foot infection R 2nd toe w/ osteomyelitis, s/p R 2nd toe amputation
 2. DM2, uncontrolled (A1c 11.2)
 3. PAD - R SFA stenosis, s/p angioplasty
 4. HTN
 5. Tobacco use (1 ppd, ~35 pk-yr)

HISTORY
[[A:56]]M, Metro bus driver ([[O:Harris County Transit]]) x 22 yrs, w/ DM2 on insulin (poor adherence - "rationing Lantus" after coverage lapse in [[D:June]]), HTN, presented w/ 10 d of R 2nd toe swelling + drainage after stubbing toe at his church ([[O:Greater New Hope Missionary Baptist Church]]) on [[D:Nov 10]]. Wife noted red streaking + odor.
On admission: T 101.8, WBC 18.3, ESR 96, CRP 14.7. XR: cortical erosion distal phalanx 2nd toe. ABI 0.62 R.

HOSPITAL COURSE
ID: Vanc + pip/tazo -> narrowed to cefazolin per bone cx (MSSA). Podiatry amputated R 2nd toe at MTPJ [[D:11/22]], proximal margin clean per path ([[ID:SP24-20931]]). Plan cefazolin 2g IV q8h x 2 wk more via R arm PICL (tip at cavoatrial jxn) - end date [[D:12/9/24]].
Vascular: angio [[D:11/24]] - R SFA 80% stenosis, s/p PTA + DCB; 2-vessel runoff. Cont ASA + clopidogrel x 3 mo, atorvastatin 80.
DM: A1c 11.2. Basal-bolus started, glargine 30u + lispro 8u TID AC. Endo saw. Pt reinstated on wife's plan thru her employer - SW helped confirm coverage (UnitedHealthcare, member [[HP:981277403-01]]).
Smoking: counseled, NRT patch 21 mg started; pt "ready to try" - referral to quit line.
HTN: lisinopril 20, amlodipine 5 continued.

DISCHARGE EXAM: afebrile, R foot dressing c/d/i, mild edema, dopplerable DP/PT.
Labs: WBC 8.9, Cr 1.0, K 4.3, glucose 140-210 last 24h.

DISCHARGE MEDS: cefazolin 2 g IV q8h via [[H:Gulf Coast Infusion Pharmacy]]; insulin glargine 30u qHS; insulin lispro 8u TID AC + SSI; ASA 81; clopidogrel 75; atorvastatin 80; lisinopril 20; amlodipine 5; nicotine patch 21 mg/24h; acetaminophen prn.

FOLLOW-UP
 - Podiatry wound check: [[D:12/3/24]]
 - OPAT/ID clinic: [[D:12/5]], weekly CBC/BMP/ESR/CRP drawn by HH, fax to OPAT [[F:713-555-0188]]
 - Vascular: 3 wk - ABI
 - PCP within 1 wk
 - Work note: off work until cleared by podiatry (sent to [[E:hr.leave@hctransit-demo.org]] per pt request)

Pt and wife educated on PICC care, insulin, foot care, hypoglycemia. Teach-back done. Wife's cell [[P:832-555-0117]].
Condition at discharge: stable.
[[N:Sung-min Cho]], MD, PGY-1 / Attending attestation: [[N:O. Broussard-King]], MD   [[D:11/27/2024]]
"""),

("progress", """
Psychiatry Outpatient Progress Note
[[H:Roosevelt Avenue Behavioral Health]], [[C:Jackson Heights]]       DOS: [[D:06/04/2024]]
Pt: [[N:Rahman, Nusrat J.]]  [[A:33]] F    Visit type: med mgmt + supportive therapy (30 min), in Bangla per pt

S: Pt reports mood "better, maybe 6/10" (was 3/10 in [[D:March]]). Sleeping 6h, appetite improving. Still worried about husband [[N:Faruk]] who lost his job at [[O:Ditmars Halal Meats]] in [[D:April]]. Mother-in-law arrived from [[C:Sylhet]] last month, "more stress, but she helps with the kids". Kids [[A:6]] and [[A:3]]. Fasting for [[D:Ramadan]] was hard on sleep; over now. Denies SI/HI, no self-harm in >1 yr. No AH/VH. Taking sertraline 100 daily, missing ~1x/wk.
PHQ-9: 9 (was 17). GAD-7: 8 (was 15). C-SSRS screen neg.
O: Well-groomed, hijab, good eye contact, speech nl rate. Mood "okay", affect mildly anxious, reactive. TP linear, goal-directed. No SI/HI. Insight/judgment fair-good.
A: MDD, recurrent, moderate - improving; GAD.
P: Cont sertraline 100. Pillbox + phone alarm. Refer to peer support group at [[O:Queens Bengali Women's Collective]] (pt interested, gave flyer). Safety plan reviewed, copy in chart. RTC 6 wk.
[[N:Shirin Akhtar]], PMHNP-BC
"""),

("telephone", """
[[D:7/1]] 1402 pt's son [[N:Danny Ng]] called, mom's BP at home 178/96 x2, no sx. Advised per Dr [[N:Kwan]] inc amlodipine to 10, recheck tmrw, call back [[P:617-555-0108]]. -[[N:mb]]
"""),

("portal", """
MyChart message
From: proxy - [[N:Huang, Mei-Hua]] (daughter of [[N:Huang, Guo-Qiang]])
Received: [[D:Feb 27, 2025]] 6:48 AM

Dr. [[N:O'Connell]],
My father had his CT scan on [[D:Monday 2/24]] at [[H:Quincy Medical Imaging]] and I see the report in the app but don't understand "ground glass opacity 7 mm, recommend follow up". Is it cancer? He is [[A:84]] and very worried, he does not read English. He smoked for 40 years but quit when he came here. Can you call me? I work at [[O:Golden Lotus Bakery]] on [[ST:Beach St]] and can talk at lunch 12-1.
Cell [[P:617-555-0147]] or email [[E:meiling.huang.work@outlook.com]]
Also please send his amlodipine refill to [[H:Kam Man Pharmacy]] on [[ST:Hancock St]], the CVS is too far now that he lives with me in [[C:North Quincy]].
Thank you,
[[N:Mei-Hua]]

--- Staff reply (11:10) ---
Hi, Dr. [[N:O'Connell]] will call you today between 12-1. Refill sent to [[H:Kam Man]]. - [[N:Kerry]], MA
"""),

("pharmacy", """
Rx clarification: called [[H:Bayou Teche Drugs]] ([[P:337-555-0151]]), spoke w/ [[N:Renée]] - pt's metoprolol tartrate 25 mg bid was filled as succinate 25 daily since [[D:Mardi Gras]]. Corrected, new Rx e-sent. Pt [[N:Alcide Fontenot]] notified.  -[[N:TL]] PharmD
"""),

("therapy", """
SPEECH-LANGUAGE PATHOLOGY - Inpatient Swallow Re-eval
Pt: [[N:Batiste, Clarence]]   [[A:71]] M   MRN [[M:NO44129075]]    [[D:9/17/2024]]
Dx: R MCA ischemic stroke ([[D:9/12]]), oropharyngeal dysphagia
Referred by: Dr. [[N:Melançon]] (Neuro)

S: Pt alert, sitting up in chair. Wife [[N:Gloria]] present, reports he "been asking for gumbo and red beans since Sunday." Pt endorses coughing w/ morning coffee on thin liquids (given by visitor - RN aware, reinforced precautions).
O: Oral motor: L facial droop, reduced L labial seal + lingual ROM. Dentition: upper partial, fits.
Trials:
  Thin (cup)        - delayed cough x3/5, wet vocal quality
  Thin (tsp)        - 1/4 throat clear
  Mildly thick (L2) - no overt s/s aspiration 5/5
  Puree             - WFL, min L lateral sulcus residue, cleared w/ cue
  Soft & bite-sized - prolonged mastication, adequate bolus formation
FEES [[D:9/14]]: PAS 7 w/ thin, PAS 2 w/ mildly thick.
A: Mod oropharyngeal dysphagia, improving. Not yet safe for thin liquids.
P: IDDSI 6 soft & bite-sized / mildly thick (L2) liquids. Meds crushed in puree. Upright 90 deg, chin tuck, small sips, 1:1 supervision. Oral care TID. Reassess in 2-3 d; likely repeat FEES prior to d/c to [[H:Gentilly Oaks Rehab]].
Educated wife + son w/ handout; wife repeated back.
[[N:Amelie Guidry]], M.S., CCC-SLP    ext [[P:7720]]
"""),

("radiology", """
BILATERAL SCREENING MAMMOGRAM WITH TOMOSYNTHESIS
Patient: [[N:Eaton, Faith A.]]      DOB: [[D:11/29/1961]]      MRN: [[M:PNB-771302]]
Exam date: [[D:04/22/2025]]       Accession: [[ID:MG2504220117]]
Location: [[H:Penobscot Bay Imaging]] - [[C:Stonington]] satellite (mobile unit)
Referring: [[N:Heather Colby]], NP, [[H:Island Health Center]]

History: Screening. No complaints. Mother breast ca at [[A:52]]. Personal hx benign L biopsy 2015.
Comparison: [[D:4/2023]].
Breast composition: heterogeneously dense (C), which may obscure small masses.
Findings: No suspicious mass, architectural distortion or calcifications in either breast. Stable biopsy clip L upper outer quadrant. Skin and nipples unremarkable.
IMPRESSION: BI-RADS 1 - Negative.
RECOMMENDATION: Annual screening mammography. Given dense tissue, supplemental screening US may be considered.
Letter mailed to pt at [[ST:PO Box 367]], [[C:Stonington]], [[SA:ME]] [[Z:04681]].
Interpreted by: [[N:Margaret Thibault]], MD
"""),

("consult", """
INFECTIOUS DISEASE CONSULT
[[H:Passaic Valley Medical Center]], [[C:Paterson]]      [[D:3/3/2025]]
Req by: hospitalist  Q: ?endocarditis, MSSA bacteremia

Pt: [[N:Kaminski, Robert E]]  [[A:44]]M   MRN [[M:PV2200918]]
HPI: [[A:44]]M w/ OUD (IV fentanyl, last use ~[[D:2/26]] per pt), HCV (untreated), who presented w/ fevers, R shoulder pain. BCx [[D:3/1]] 4/4 bottles GPC -> MSSA. Repeat BCx 2/2 still + next day. Pt reports using "shared works" at a friend's place in [[C:Clifton]]; a friend was hospitalized last month too. Was in residential tx at [[O:Garden State Recovery Lodge]] until [[D:January]], left AMA.
Social: lives w/ mother [[N:Halina Kaminski]] ([[A:71]]) on [[ST:Market St]]; works on and off as a roofer. Smokes 1 ppd. EtOH socially.
Exam: T 101.1, HR 108. Thin M. Track marks b/l AC fossae. 3/6 holosystolic murmur LLSB, increases w/ inspiration. R shoulder warm, effusion, painful ROM. No Janeway lesions, no Osler nodes, no splinter hemorrhages. Scattered abscess scars.
Data: WBC 17.2, Cr 0.9, LFTs mild up. HIV Ag/Ab neg. HCV RNA 2.1M IU. UDS +fentanyl, +xylazine (send-out).
TTE [[D:3/2]]: 1.4 cm mobile vegetation on tricuspid valve, mod-severe TR. No septal abscess.
CXR: multiple small bilateral nodules - c/w septic emboli.

Impression: MSSA tricuspid valve endocarditis w/ septic pulmonary emboli, likely R shoulder septic arthritis. Duke criteria: definite.
Recs:
1. Cefazolin 2 g IV q8h. Stop vancomycin.
2. Repeat BCx q24-48h until neg x2; duration 6 wk from first neg cx.
3. Ortho for R shoulder aspiration / washout.
4. CT chest to characterize emboli; CT-surgery aware of veg size, no surgical indication now.
5. Addiction medicine consult - start buprenorphine (pt amenable), naloxone at d/c.
6. HCV tx after acute illness; hepatitis A/B vaccination.
7. Discussed OPAT options: pt w/ active IDU - prefers inpatient vs SNF; will revisit w/ pt in 48h.
Thank you. ID will follow.
[[N:Nasreen Bhuiyan]], MD, Infectious Diseases
"""),

("case_mgmt", """
Case Management - Discharge Planning             [[D:8/14/2024]]
Pt: [[N:Medeiros, Manuel A.]]   [[A:88]] M    Rm 512-B
Lives alone in 1st floor tenement, [[ST:Acushnet Ave]], [[C:New Bedford]]. Retired fisherman (scalloper), Portuguese-speaking (Azorean), some English.
Ins: Medicare A/B + MassHealth Standard, MassHealth ID [[HP:100482269117]].
Current: COPD exac, on 2 L O2 (new). PT: supervision w/ RW, 150 ft.
Plan: home w/ services. Pt declines SNF ("I want to go home to my house").
Arranged:
 - VNA: [[H:Southcoast Visiting Nurse Association]] - SN/PT/OT/HHA, SOC [[D:8/16]], intake [[P:508-555-0131]]
 - O2: [[H:Whaling City Medical Supply]] - 2 L concentrator + portable tanks, delivery [[D:8/15]] AM; concentrator serial [[DV:SN-EV7740192]]
 - Meals on Wheels via [[O:Coastline Elderly Services]] - start next wk
 - PCA eval via MassHealth - referred
Family: niece [[N:Fátima Sousa]] [[P:508-555-0159]] checks on him daily, lives around the corner. Pt's parish [[O:Our Lady of Mount Carmel]] - pt asked that priest be notified; niece will call.
Transportation home: niece, tomorrow afternoon.
[[N:Kathleen Sullivan]], RN, Case Manager  x[[P:2284]]
"""),
]

NOTES += [
("social_work", """
SW Assessment - ED / Obs        [[D:7/30/2025]]
Pt: [[N:Hinojosa, Eusebio]]   [[A:79]] M   MRN [[M:LRD-3302218]]
Reason for referral: pt brought in by [[C:Laredo]] PD after found in parked truck in a supermarket lot on [[ST:Saunders St]], heat exhaustion (ambient temp 104F). Ofc. [[N:Zapata]] (badge [[ID:4471]]) reports pt has been sleeping in truck ~3 wks.

Interview (Spanish): pt states he left his home in [[C:El Cenizo]] after dispute w/ grandson [[N:Rolando]] ([[A:26]]) who "took over" the house and his SS check. Pt reports grandson has his debit card and pushed him once in [[D:June]]. Denies other injuries. Widowed (wife d. [[D:2022-11-03]]). Dtr [[N:Irma Hinojosa Salinas]] lives in [[C:San Antonio]], [[P:210-555-0135]] - pt agreeable to contact.
Pt A&O x4, SLUMS 22/30 (HS educ 6th grade Mexico - interpret w/ caution). Able to state risks of sleeping in truck. Capacity per attending appears intact for placement decisions.
Vehicle: 2006 Chevy Silverado, TX plate [[V:BV3-6628]], VIN [[V:1GCEC14X16Z218834]] - towed by city; tow lot info given to pt.
Meds: out of lisinopril + metformin x 2 wks. Fills at [[H:Botica Guadalupe]] (independent, knows him).

Actions:
1. APS report made to TX DFPS online, intake # [[ID:APS-25-0730-118842]] - financial exploitation, physical abuse by family member.
2. Called dtr: willing for pt to stay w/ her; will drive down tomorrow.
3. Pt to stay in obs overnight; RN aware dtr is only approved visitor.
4. SS rep payee change / new debit card - gave pt info for local SSA office.
5. Provided list of senior resources ([[O:Sacred Heart Senior Center]] where pt goes for lunch Tue/Thu).
[[N:Veronica Ramos]], LMSW   ext [[P:3306]]
"""),

("handoff", """
MBU RN Handoff (SBAR)   0700   [[D:3/17/25]] ([[D:St Paddy's]] - staffing short)
Off: [[N:Siobhan K.]]   On: [[N:Marcus]]

Rm 8  [[N:Kim, Soo-ah]] [[A:31]]yo G2P2  SVD 2213 [[D:3/16]], EBL 350. Fundus firm U-1. Pain 3/10 perineal (2nd deg lac). Breastfeeding, latching ok, LC to see today. Husband staying.
  Baby: BABYBOY [[N:KIM]] 3410 g, Apgars 8/9, MRN [[M:N0093318]]. Voided/stooled. 24h CCHD + NBS at 2213 tonight - kit [[ID:NB25-441902]] in drawer.
Rm 11  [[N:Cruz-Delgado, Yamilet]] [[A:17]]yo G1P1  pLTCS [[D:3/15]] for arrest of dilation. POD#2. Foley out, voiding. Hgb 8.9, on PO iron. Mom at bedside, pt's bf [[N:Joel]] restricted per pt request - name on no-info list.
  SW seeing today re: school - pt is junior at [[O:Garret Mountain High School]] in [[C:Paterson]], wants to return after 6 wk.
  Baby in NICU (TTN, on RA now).
Rm 14  [[N:Goldberger, Esther]] [[A:42]]yo G7P7  SVD [[D:3/16]] 0940. PPH 900 mL, s/p TXA, methergine x1. BP 138/88 -> recheck q4h, PIH labs wnl. Rh neg - RhoGAM given 0300. Kosher trays. Husband back after morning prayers.
All: pericare, fundal/lochia checks, ambulating.
"""),

("nh_transfer", """
TRANSFER / CONTINUITY OF CARE
From: [[H:Prairie Ronde Nursing & Rehab]], [[C:Opelousas]], [[SA:LA]]      Ph [[P:337-555-0112]]
To: [[H:Vermilion River Medical Ctr]] - ED           Sent [[D:Sat 2/1/25]] 14:30 via BLS

Resident: [[N:DOUCET, Marie Célestine]]   DOB [[D:1/22/1930]]   Age [[A:95]]   F
Medicare #: [[HP:2AC4-HF7-VE19]]
Language: Cajun French preferred, understands simple English
Code: DNR - LaPOST on file. Comfort-focused but family wants eval.
Reason: decreased PO x 3 d, lethargy, T 100.9, SpO2 89% RA -> 93% 2L NC. Crackles R base.
Baseline: dementia (FAST 6c), w/c bound, feeds self w/ setup, pleasant, sings in French.
Recent: UTI last month treated w/ nitrofurantoin. Wt 44.5 kg (down 2 kg/1 mo).
Meds: donepezil 5, mirtazapine 7.5 qHS, docusate, APAP 650 q6 prn. Last APAP 1200.
Allergies: NKDA
Skin: stage 3 coccyx (2.5 x 2 cm), dressing changed 0800.
Personal items: rosary, glasses, upper dentures.
Family: grandson [[N:Gerard Doucet]] (POA) [[P:337-555-0199]]; granddaughter [[N:Angélique]] "[[N:Jo-Jo]]" [[N:Richard]] [[P:337-555-0176]]. Family at Mass at [[O:St. Landry Catholic Church]] when called; will come to ED after.
Primary MD notified.
Report called to ED charge RN.  Sending nurse: [[N:C. Fuselier]], LPN
"""),

("home_health", """
HH PT Visit  -  [[H:Caledonia Home Health & Hospice]]
[[D:10/08/2024]]   Pt: [[N:Rowell, Harlan]]  [[A:77]]M
Addr: [[ST:1187 Darling Hill Rd]], [[C:Lyndonville]]   (gravel drive, 2nd farmhouse past the sugarhouse; dog is friendly)
Dx: L TKA [[D:9/19/24]], OSA on CPAP, DM2
S: "Did chores this morning" - wife [[N:June]] says he went out to the barn to check on the heifers again despite instructions. Pain 3/10. Sleeping w/ CPAP (ResMed AirSense 11, SN [[DV:23221788491]]) most nights, mask leak - requested new cushion from [[H:Northern Vermont Respiratory]] [[P:802-555-0191]].
O: BP 134/78 HR 72 SpO2 96%. AROM L knee 0-108. Gait w/ RW 200 ft on level, 150 ft on uneven (yard) w/ SBA. Stairs 4 w/ rail. Berg 46/56.
Home safety: throw rugs removed. Wood stove - cords moved. Grab bar installed by son-in-law.
Tx: ther ex (SLR, heel slides, quad sets, TKE), gait on uneven terrain, stair training. HEP progressed.
A: Progressing well; limited by non-adherence to barn restrictions (fall risk on ice later). Educated pt + wife.
P: 2x/wk x 2 wk, then d/c to outpt PT at [[H:Lyndon Physical Therapy]]. Next visit [[D:Fri 10/11]].
[[N:Colby Bessette]], PT
"""),

("admin", """
PRIVACY OFFICE - Incident Documentation
Incident # [[ID:PRV-2025-00417]]     Date opened: [[D:05/06/2025]]    IT ticket: [[ID:INC0884213]]
Patient: [[N:Pimentel, Katherine]]   MRN [[M:7004419]]   DOB [[D:8/8/1990]]
Reported by: pt (by phone) - states coworker at [[O:Bergen Fitness Holdings]] knew details of her [[D:April 12]] ED visit.

Access audit (last 30 days):
  User        Role              Date/time             Workstation IP     Note
  [[N:rcollins]]    ED RN             [[D:04/12/2025]] 22:14      [[IP:10.42.19.77]]        treating - appropriate
  [[N:dwhitaker]]   Billing (remote)  [[D:04/29/2025]] 19:02      [[IP:172.16.220.45]]      NO business need identified
User [[N:dwhitaker]] = [[N:Dana Whitaker]], patient's ex-sister-in-law per pt.
Actions: access suspended today; HR + compliance notified; breach risk assessment in progress. Pt to receive letter at [[ST:77 Prospect Ave]], [[C:Hackensack]], [[SA:NJ]] [[Z:07601]] and via portal ([[U:https://portal.bergenvalleyhealth-demo.org/privacy/PRV-2025-00417]]).
Contact for pt: Privacy Officer, [[P:201-555-0102 x 3140]], [[E:privacy@bergenvalleyhealth-demo.org]]
"""),

("addendum", """
Attending Addendum - [[D:06/19/2025]]
I saw and examined Mr. [[N:Pellegrino]] with Dr. [[N:Rosen]] (resident) and agree with the findings and plan as documented, with the following changes: LE duplex negative; d/c heparin gtt, start apixaban. Given Wells score 1 and negative D-dimer on repeat, no CTA needed. Wife [[N:Antonella]] updated at bedside. Anticipate discharge [[D:6/20]] if ambulating.
[[N:Vincent Esposito]], MD
"""),

("h_and_p", """
HISTORY & PHYSICAL - Surgery
[[H:Richmond County Hospital]], [[C:Staten Island]]      Date: [[D:06/17/2025]]

Patient: [[N:Pellegrino, Salvatore]]    MRN: [[M:SI-0198834]]    Age: [[A:69]]    M
Referring: ED   PCP: [[N:Carl Bianchi]], DO - [[H:Tottenville Medical Group]]

CC: "belly pain and I can't poop"

HPI: [[A:69]]M w/ hx sigmoid diverticulitis (CT-proven x2, last [[D:Feb 2025]]), HTN, AF (on apixaban - held x2 days per pt "because of the belly"), presents w/ 3 days LLQ pain, obstipation, nausea, 2 episodes bilious emesis today. Last BM 4 days ago. Subjective fevers. Ate "a mountain of calamari" at his nephew's wedding last wknd. Pt is a retired MTA bus mechanic, lives w/ wife [[N:Antonella]] in [[C:Great Kills]].

PMH: diverticulitis as above, HTN, pAF (CHA2DS2-VASc 2), BPH, GERD, OSA (no CPAP - "can't stand it")
PSH: lap chole 2010, R inguinal hernia repair (open) 1998
Meds: apixaban 5 bid (held), diltiazem ER 180, lisinopril 20, tamsulosin 0.4, omeprazole 20
All: NKDA
SH: ex-smoker (quit at [[A:50]]), 2-3 glasses wine w/ dinner, no drugs
FH: father - colon ca at [[A:74]]; brother - AAA repair
Colonoscopy: [[D:5/2024]] - tics, 1 TA removed.

ROS: + abd pain, distension, N/V, anorexia. No hematochezia, no dysuria/pneumaturia.

PE:
VS T 100.9  HR 104 (AF)  BP 146/90  RR 18  SpO2 95% RA  Wt 101 kg
Gen: uncomfortable, lying still
Abd: distended, tympanic, TTP LLQ w/ voluntary guarding, no rebound. Hypoactive BS. No hernias. Murphy's sign neg.
DRE: empty vault, no mass, guaiac neg.
Ext: 1+ edema b/l, calves soft non-tender.

LABS: WBC 15.9, Hgb 14.1, Plt 288; Na 134, K 3.4, Cr 1.3, lactate 1.8. Lipase 31. D-dimer 720 (age-adj cutoff 690).
CT A/P w/ IV contrast: sigmoid diverticulitis w/ 3.2 cm pericolic abscess, no free air; proximal colonic dilation to 6.5 cm; partial LBO.

A/P: Pt w/ complicated (Hinchey Ib) sigmoid diverticulitis w/ abscess + partial LBO.
- Admit surgery, NPO, NGT to LIWS, IVF w/ K repletion
- Pip/tazo 4.5 g q6h
- IR consult for perc drainage of abscess
- Hold apixaban; heparin gtt (no bolus) for AF given upcoming procedures, plus LE duplex given edema / D-dimer
- Serial abd exams; if peritonitis -> OR (Hartmann's)
- Discussed w/ pt & wife: likely interval sigmoid colectomy 6-8 wk after recovery.
[[N:Aaron Rosen]], MD PGY-3 / Attending: Dr. [[N:Esposito]]
"""),

("progress", """
Telehealth Progress Note - Primary Care
[[H:Ironbound Family Health Center]], [[C:Newark]]     DOS [[D:11 Dec 2024]]
Video visit via [[U:https://meet.ironboundfhc-demo.org/v/8812-4407]] - pt at home, provider in clinic. Verbal consent obtained. Pt ID verified w/ name + DOB.

Pt: [[N:Da Silva, Rosângela]]   [[A:52]] F   MRN [[M:IFH-442017]]   Lang: Portuguese (Brazilian); interp [[N:Luís]] (#[[ID:6093]])
CC: f/u HTN + hot flashes

S: BP at home 130s-140s/80s on cuff from [[H:Farmácia Ferreira]] on [[ST:Wilson Ave]]. Amlodipine 5 daily, no missed doses. Hot flashes 8-10/day, waking at night, LMP [[D:Feb 2024]]. Works as hotel housekeeper in [[C:Harrison]], "sweating all day." Mood ok. No CP/SOB. Wants to visit family in [[C:Governador Valadares]] in [[D:January]] - asks about meds supply for 6 wk.
O (video/reported): BP 138/84 (home, today AM), HR 76. Wt 71 kg (home scale). Appears well, NAD.
Labs last month: TSH 1.8, A1c 5.9, LDL 142, Cr 0.7. Mammo this fall BI-RADS 2.
A/P:
1. HTN - near goal; cont amlodipine 5; home BP log.
2. Vasomotor sx of menopause - discussed HT vs non-hormonal; pt prefers to avoid hormones (sister had breast ca at [[A:48]]). Start venlafaxine ER 37.5 -> 75 after 1 wk.
3. Prediabetes / HLD - ASCVD 4.1%; lifestyle; recheck lipids 6 mo.
4. Travel - 90-day supply sent; hep A vaccine at nurse visit before trip.
RTC 3 mo in person. Portal msg if side effects.
[[N:Teresa Gomes]], FNP-C
"""),

("ed_triage", """
[[D:8/24/25]] 0212 triage: [[N:Tyrell Jenkins]] [[A:23]]M walk-in w/ friend [[N:Quincy]], lac to L palm from box cutter at work ([[O:Eastex Freight]] warehouse), bleeding controlled w/ pressure, NV intact. Td [[D:2019-04-02]]. ESI 4.  -[[N:gmarquez]]
"""),

("pathology", """
CYTOPATHOLOGY REPORT - ADDENDUM
[[H:Lowell Regional Medical Center]] Laboratory - CLIA 22D0000000
Accession: [[ID:NG25-03127]]        Patient: [[N:Sok, Sreymom]]     DOB: [[D:1975-02-14]]     MRN: [[M:LRM00772601]]
Physician: [[N:Bopha Keo]], MD, [[H:Acre Family Health]]
Specimen: Thyroid, R lobe nodule, US-guided FNA (2.4 cm, TI-RADS 4)
Original report [[D:02/05/2025]]

ORIGINAL DIAGNOSIS: Atypia of undetermined significance (Bethesda III).

ADDENDUM ([[D:02/19/2025]]): Molecular testing (ThyroSeq v3), send-out ref [[ID:TS-7718304]]: NEGATIVE - no mutations/fusions detected; cancer probability ~5%. Consistent with benign behavior; consider surveillance US in 12-24 mo per clinical judgment.
Result called to ordering office 1415.
Electronically signed: [[N:Paul Wrobel]], MD, Cytopathology
"""),
]
