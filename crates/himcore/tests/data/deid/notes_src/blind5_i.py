NOTES = []

NOTES.append(("ed_triage", """ED TRIAGE  -  [[H:Rouge Valley Medical Center]], [[C:Dearborn]] campus
Arrival: [[D:03/09/2025]] 02:41  POV, ambulatory w/ son
Pt: [[N:HAMMOUD, Zainab M]]   MRN [[M:40718263]]   FIN [[AC:9921047731]]
DOB [[D:11/02/1961]]  ([[A:63]] y/o F)
Lang: Arabic. son [[N:Ali]] interpreting at bedside, pt declined phone interpreter x2 (offered again 0244, declined)
CC: "chest tightness" since ~2300, radiates L arm, +nausea, no diaphoresis
PMH: HTN, DM2 (A1c 8.9 in [[D:Dec]]), HLD. has been fasting daytime, last ate ~0430 yesterday
VS: BP 168/94  HR 102  RR 20  SpO2 97% RA  T 98.4F  Pain 7/10
ESI 2. EKG 02:46 shown to Dr. [[N:Kowalczyk]] 02:48 - no STEMI per MD. trop/BMP/CBC/lipase sent. ASA 324 chewed 0250
PCP: Dr [[N:Rana Fawaz]], [[H:Warren Ave Family Medicine]] [[P:313-555-0162]]
Home: [[ST:6120 Orchard St]], [[C:Dearborn]], [[SA:MI]] [[Z:48126]]
Emerg contact: [[N:Ali Hammoud]] (son) [[P:(313) 555-0187]]
Allergies: PCN (hives)
Triage RN: [[N:K. Said]], RN   [[D:3/9/25]] 0251
"""))

NOTES.append(("nursing", """PEDIATRIC BURN UNIT - NURSING NOTE  [[D:04/17/2025]]  1900-0700

Pt [[N:Menno Yoder]], [[A:4]] yo M, Rm 5114 bed A. POD#1 s/p excisional debridement + STSG R forearm/dorsal hand (scald ~6% TBSA at home on [[D:4/14]], pulled kettle off woodstove).
Family Old Order Amish from outside [[C:Berlin]], [[C:Holmes County]]. No phone in home - family uses neighbor Mrs. [[N:Hershberger]]'s phone [[P:330-555-0139]] for msgs. Mother [[N:Lizzie]] at bedside overnight, speaks Pennsylvania Dutch at home, English fluent. Father [[N:Eli]] went home for chores, returning Sat w/ hired driver ([[N:Dale Mast]], [[P:330-555-0170]]).

NEURO: alert, playful, A&O appropriate for age. FLACC 2-3 at rest, 6 w/ dressing check, given oxycodone 0.1 mg/kg x1 @ 2215 -> FLACC 2 @ 2300
RESP: LS clear, RA, sats 98-100%
CV: cap refill <2 sec R fingers, radial pulse palp, no swelling beyond baseline. elevated on 2 pillows
SKIN: donor site R thigh - xeroform intact, small amt serosang. graft dsg C/D/I, splint in place
GI/GU: tolerating reg diet, ate 75% dinner. voided x3. no BM since [[D:4/15]]
I&O: 1120 / 860

Bishop [[N:Raber]] + wife visited 1500-1630 (per day RN). Mom asking about going home "before the hay"; explained graft check POD 3-5, Dr [[N:Szymanski]] to discuss on rounds.
Child life consult placed. Mom requests no TV in room - honored.

[[N:rtroyer]] / [[N:Rachel Troyer]], RN  [[D:04/18/2025]] 0645
"""))

NOTES.append(("discharge_summary", """[[H:LOGAN REGIONAL MEDICAL CENTER]]
DISCHARGE SUMMARY

Patient: [[N:Blankenship, Roy Dean]]        MRN: [[M:LRM-0082214]]
DOB: [[D:08/23/1953]]                       Acct: [[AC:71003348]]
Admit: [[D:02/02/2025]]   Discharge: [[D:02/07/2025]]
Attending: [[N:Pauline Hatfield]], DO
PCP: [[N:Travis Lambert]], PA-C, [[H:Buffalo Creek Health Center]], [[C:Man]]

ADMITTING DX: acute on chronic hypoxic resp failure
DISCHARGE DX:
 1. AECOPD, GOLD 4 / CWP (black lung), on 3L home O2
 2. CAP RLL
 3. steroid induced hyperglycemia
 4. tobacco use, 55 pk-yr, still smoking 1/2 ppd

HPI/COURSE: [[A:71]] yo retired underground miner (worked [[O:Elk Run Coal]] / [[O:Peabody No. 10 mine]] x 31 yrs), presented via EMS w/ worsening SOB x 4 days, sats 78% on his 2L. Required BiPAP x 36 hrs in ICU then weaned to 3L NC. CXR RLL infiltrate. Tx ceftriaxone + azithro x 5 d, prednisone 40 mg, duonebs. Trop neg x2. BNP 212. WBC 14.1 -> 9.8.
Ambulated 150 ft on 3L w/ sats 89-91%. PT recommends home with HH.
Pt states he "ain't going to no nursing home." Wife [[N:Barbara]] ("[[N:Bobbie]]") agrees to assist, daughter [[N:Crystal Blankenship-Adkins]] lives next door in the hollow.

DISPO: home with [[H:Appalachian Home Health]] (SN, PT) - referral faxed
O2: 3L continuous, conc + portable from [[H:Mountain State Medical Supply]], concentrator s/n [[DV:EV8C-2209-4417]]
Black lung benefits: pt has pending federal claim, case no. [[ID:BLBA-2024-031877]] - SW gave attorney contact ([[O:Wolfe & Stafford PLLC]], [[C:Pikeville]])

MEDS AT DC:
 - prednisone 40 mg daily x 2 more days then stop
 - Trelegy 1 puff daily
 - albuterol neb q4h prn
 - metformin 500 BID (resume)
 - nicotine patch 21 mg

F/U: PCP [[N:Lambert]] within 1 wk - appt [[D:Thurs 2/13]] 10:15. Pulm Dr. [[N:Oyelaran]] [[D:March 4]].
Address on file: [[ST:HC 63 Box 1140]], [[C:Holden]], [[SA:WV]] [[Z:25625]]   Home ph [[P:304-555-0128]]

Electronically signed: [[N:Pauline Hatfield]], DO  [[D:02/07/2025]] 14:22
"""))

NOTES.append(("h_and_p", """HISTORY AND PHYSICAL - Internal Medicine, [[H:Regions Hospital]]
Date of service: [[D:January 21, 2025]]

ID: [[N:Xiong, Pa Yeng]]   [[A:78]] yo F   MRN [[M:3306127]]
Hmong interpreter [[N:Chue Vang]] (ID [[ID:INT-4471]]) in person for entire H&P. Daughter-in-law [[N:Mai See Lee]] also present.

CC: "feet hurt and sugar high," confusion per family x 3 days

HPI: [[A:78]] yo Hmong speaking woman with DM2 on insulin, HTN, CKD3b, who came to US in [[D:June 1992]] from [[C:Ban Vinai]] camp (Thailand). Lives with son [[N:Chue Xiong]] and his family in [[C:Frogtown]], [[C:St. Paul]]. Per family she had been seeing a txiv neeb (shaman) for "lost soul" sx and stopped her Lantus about 2 wks ago because "medicine too strong." Family noted she was sleeping more since [[D:Saturday the 18th]], glucose meter readings "HI." Clinic visit at [[H:West Side Community Health Services]] last on [[D:11/6/24]].
Denies CP, SOB. +polyuria, polydipsia. No falls.

PMH: DM2 dx ~2003; HTN; CKD3b (Cr 1.6 in [[D:Oct]]); OA knees; h/o latent TB treated 1993
PSH: none
Meds: Lantus 18 u qhs (not taking), metformin 500 BID (not taking), lisinopril 20, amlodipine 5
Allergies: NKDA
SH: widow, husband died 2011. Never smoked, no EtOH. Does embroidery (paj ntaub). Attends [[O:Hmong American Alliance Church]].
FH: sister DM, died of stroke at [[A:60]]

ROS: as HPI, otherwise neg per interpreter

PE: T 98.9  HR 108  BP 142/80  RR 18  98% RA  Wt 51 kg
Gen: small elderly woman, drowsy but arousable, oriented to self and family
HEENT: dry MM
CV: tachy reg, no murmur
Lungs: CTAB
Abd: soft NT
Ext: no edema. R great toe w/ 1 cm shallow ulcer, no probe to bone, mild erythema
Neuro: nonfocal, moves all 4

Labs: Na 131 (corr 139)  K 5.1  Cl 97  HCO3 21  BUN 48  Cr 2.1  Glu 684  AG 13
Serum osm 321. BHB 0.8. A1c 13.4. WBC 9.2
UA 3+ glucose, neg ketones

A/P:
1. HHS - IVF, insulin gtt per protocol, q1h BG, BMP q4h
2. AKI on CKD3b - prerenal, hold lisinopril/metformin
3. R hallux ulcer - xray, wound care, podiatry
4. Health beliefs - discussed respectfully via interpreter. family agrees to "both medicines." will involve diabetes educator [[N:Kia Moua]] RN, and consider inviting shaman per hospital spiritual care policy.
Code: FULL (confirmed w/ pt and son)

[[N:Erik Stenberg]], MD  pgr [[P:6630]]
"""))

NOTES.append(("progress", """ID/TB CLINIC PROGRESS NOTE  [[D:5/2/25]]

S: [[N:Abdirahman Warsame]] [[A:27]]M here for 8 wk f/u on RIPE for pulm TB (smear+ dx [[D:03/06/2025]] at [[H:Hennepin Healthcare]]). Via Somali interpreter [[N:Hodan]] (phone, #[[ID:22815]]). Reports cough much better, gained 4 kg. No vision change. Some nausea in AM, takes meds w/ food now. Working again at [[O:Amazon MSP1 fulfillment]] in [[C:Shakopee]] - cleared by health dept for return to work [[D:4/21]]. DOT via video, missed 2 doses total.
Roommate [[N:Farhan]] and cousin [[N:Ayaan]] screened - IGRA neg / pos respectively, cousin started 3HP.

O: T 98.1  Wt 64.3 kg (60.1 at dx)  BP 118/72
Lungs few crackles RUL, otherwise clear
LFT: AST 34 ALT 41 Tbili 0.7. Cx from [[D:4/3]] neg at 6 wk. Visual acuity 20/20 OU, Ishihara 14/14

A/P: pulm TB, pan-sensitive, converted sputum cx
- complete 2 mo intensive phase, switch to INH/RIF continuation x 4 mo
- stop EMB/PZA today
- B6 continue
- f/u 4 wks, LFTs
- notified county public health TB nurse [[N:Joan Dahlberg]] [[P:612-555-0153]]

[[N:Seo-yeon Park]], MD (ID fellow) / attending [[N:Ibrahim]] agreed
"""))

NOTES.append(("social_work", """SOCIAL WORK ASSESSMENT
[[H:Monument Health Rapid City Hospital]] - Medicine 5W
Date: [[D:10/28/2024]]

Patient: [[N:Marlys Two Bulls]]   [[A:84]] yo F   MRN [[M:M001875523]]
Referral reason: d/c planning, ?safety at home, family concern re: neglect (relative caregiver)

Sources: pt, chart, granddaughter [[N:Shawna Red Cloud]] (by phone [[P:605-555-0194]]), [[H:IHS Pine Ridge Hospital]] PHN [[N:Vernon Little Hawk]].

Background: Pt is enrolled member of Oglala Sioux Tribe, lives in [[C:Kyle]] on [[C:Pine Ridge]] Reservation ([[ST:BIA Rte 2]], HUD house) with grandson [[N:Cody]] ([[A:31]]). Lakota first language; pt prefers English with SW but uses Lakota w/ family. Pt raised [[A:9]] grandchildren over the years. Husband [[N:Wilbur]] passed [[D:Feb 2019]]. Attends [[O:Our Lady of the Sioux Catholic Church]] in [[C:Oglala]] when she has a ride.

Home: wood stove heat + propane. Propane ran out around [[D:Oct 10]]; pt found by PHN on [[D:10/24]] cold, confused, hypothermic (33.9C). [[N:Cody]] reportedly works seasonally ranching near [[C:Kadoka]] and was away ~4 days. No indication of intentional neglect per pt; she states "he's a good boy, he just had to work." Granddaughter agrees, states "we all watch Unci but it's far."

Assessment: pt alert, oriented x3, MoCA 21/30 (low ed, interpret w/ caution). Ambulates w/ walker. Needs assist w/ bathing. Strong family and community supports but geographically spread; 90 mi from [[C:Rapid City]].

Plan:
- LIHEAP / tribal energy assist application initiated - ref # [[ID:OSTEA-24-0913]]
- Referred to tribal elderly meals program and CHR (community health rep) [[N:Debra Kills Enemy]]
- Elder protective services report NOT filed at this time - discussed w/ charge RN and Dr. [[N:Hoffer]]; no evidence of abuse/neglect; situation is resource-based. Will re-eval if concerns change.
- Family meeting [[D:Wed 10/30]] 1400 with granddaughter (virtual) and [[N:Cody]] (in person)
- Medicare/IHS/Medicaid - SD Medicaid ID [[HP:SD7730418]]

[[N:Tasha Engstrom]], LMSW   ext [[P:4416]]
"""))

NOTES.append(("case_mgmt", """CM NOTE [[D:12/03/24]] 11:05
pt [[N:Wojciechowski, Stanisław]] ("[[N:Stan]]") [[A:91]]M, adm [[D:11/29]] s/p fall w/ L hip fx, ORIF [[D:11/30]] Dr [[N:Gallo]].
Lives alone in [[C:Cheektowaga]], [[SA:NY]] ([[ST:47 Kosciuszko St]]). Widower. Dtr [[N:Krystyna Nowak]] is HCP, lives [[C:Lancaster]] [[SA:NY]] - cell [[P:716-555-0109]], wk [[P:716-555-0144 x 318]].
PT/OT recs SAR. pt initially refused ("I go home, I have my garden"), after talk w/ dtr + Fr. [[N:Tomasz]] (pastor from [[O:St. Stanislaus Bishop & Martyr]]) agreeable to short term rehab.
Bed offers:
 1. [[H:Father Baker Manor]] - accepts, bed avail [[D:12/5]]
 2. [[H:Schoellkopf Health Center]] - pending
 3. [[H:Absolut Care of Aurora Park]] - declined (no Polish-speaking staff, dtr pref)
Dtr chose #1. Ins: Medicare A/B + Independent Health Medigap - verified w/ IH rep ([[N:Darnell]]) ref # [[ID:IH-77301-C]]. No auth needed for Medicare A SNF (3 midnight stay met).
Sent clinicals via Allscripts to [[H:Father Baker Manor]].
Transport: wheelchair van [[D:12/5]] ~1000, conf # [[ID:RM5521980]]
Will cont to follow.
[[N:jpiotrowski]] - [[N:Joanna Piotrowski]] RN CM  x[[P:2261]]
"""))

NOTES.append(("telephone", """TELEPHONE ENCOUNTER  [[D:07/15/2025]] 0912
Caller: [[N:Tammy Combs]] (wife) re: pt [[N:Combs, Jerry L.]] DOB [[D:04/01/1968]]
cb # [[P:606-555-0115]]
Reason: says [[N:Jerry]]'s suboxone strips run out Fri and the [[H:Hometown Pharmacy]] in [[C:Hazard]] says there's no refill on file. they live out past [[C:Vicco]], can't make it in til Monday due to his shift at [[O:Perry County Mining]].
Reviewed chart: last visit [[D:6/30]], pt on bup/nlx 8-2 mg BID, KASPER checked today - no other controlled rx, last fill [[D:6/17]] x 28d. UDS [[D:6/30]] + bup, neg fent.
Sent to Dr. [[N:Noble]] for bridge rx x 4 days.
- [[N:m.fugate]] LPN

Dr [[N:Noble]] 0950: ok to bridge 4 days, e-rx sent to [[H:Hometown Pharmacy]]. f/u appt [[D:Mon 7/21]] kept. called [[N:Tammy]] back, informed. -[[N:AN]]
"""))

NOTES.append(("portal", """MyChart message
From: [[N:Destiny Washington]]
To: [[H:Sixteenth Street Community Health Centers]] - Dr. [[N:Ortega-Ruiz]] care team
Sent: [[D:Sun Aug 10, 2025]] 10:47 PM
Subject: Rash on my daughter

hi dr [[N:ortega]] my daughter [[N:Amani]] (she's [[A:3]]) has these little bumps on her hands and in her mouth since yesterday and she won't eat. she had a fever of 101 friday night. her daycare [[O:Little Blessings Learning Academy]] said a couple kids had hand foot mouth. do i need to bring her in or just watch it? also she's supposed to get her shots [[D:the 14th]], should we still come? my number changed its [[P:414-555-0136]] now.
thank you

----
Reply [[D:8/11/25]] 8:22 AM - [[N:Lupe Beltrán]], RN
Hi Ms. [[N:Washington]], that does sound like hand-foot-mouth disease. Keep her drinking - popsicles, cold milk, Tylenol 160 mg/5 mL, 7.5 mL every 6 hrs as needed (she was 14.8 kg at last visit). Bring her in or call [[P:414-555-0100]] if she isn't peeing at least every 8 hrs, fever over 3 days, or she seems very sleepy. We will move her shots to a week later - scheduled [[D:Thursday August 21]] 9:40 at our [[C:Walker's Point]] clinic. I updated your phone. - [[N:Lupe]]
"""))

NOTES.append(("pharmacy", """PHARMACY ANTICOAGULATION NOTE - [[H:ProMedica Toledo Hospital]]
[[D:09/04/2025]]
Pt: [[N:Kessler, Douglas]]  [[A:67]]M  MRN [[M:TTH2290516]]  Rm 7E-12

Consult: warfarin dosing, Dr. [[N:Baptiste]]
Indication: mech AVR (On-X, 2019) - INR goal 2.0-3.0 (per surgeon; pt also has AF)
Home dose: 5 mg daily except 7.5 mg Mon/Fri (per pt + outpt clinic [[H:Maumee Bay Anticoag Clinic]], [[P:419-555-0177]])

INR trend:
 [[D:9/1]]   2.1
 [[D:9/2]]   2.6
 [[D:9/3]]   3.4  (started cipro [[D:9/2]] for UTI)
 [[D:9/4]]   4.1

No bleeding. Hgb 12.8 stable. PLT 214.
Interaction: ciprofloxacin - potentiates warfarin. Rec switch to cefpodoxime if sensitivities allow (E coli, pan-S except amp) -> d/w Dr. [[N:Baptiste]], agreed.

Rec:
1. hold warfarin tonight
2. resume 2.5 mg [[D:9/5]] then reassess
3. INR daily
4. no vit K unless INR >9 or bleeding

Will follow.
[[N:Aisha Rahman]], PharmD, BCPS  x[[P:4-8812]]
"""))

NOTES.append(("therapy", """PHYSICAL THERAPY DAILY NOTE
[[H:UPMC Passavant]] - [[C:Cranberry]] outpatient
DOS: [[D:6/12/25]]   Visit 8/12   Auth # [[ID:HMK44019275]] (Highmark, 12 visits approved thru [[D:7/31/25]])

Pt: [[N:Matthew]] "[[N:Matty]]" [[N:Kostelnik]]   [[A:44]] y.o. M   DOB [[D:2.9.1981]]
Dx: R ACL recon (BTB autograft) [[D:04/02/2025]], Dr. [[N:Vanterpool]]   ICD S83.511D
Employer: [[O:Mars Area School District]] (HS football coach / PE) - wants RTW for [[D:Aug 4]] preseason

S: "Knee feels good, went up and down the bleachers at [[O:Mars Area HS]] stadium Sat no problem." pain 1/10 at rest, 3/10 after jog/walk. no giving way. compliant w/ HEP 5x/wk.

O:
 ROM R knee 0-0-132 (L 0-0-140)
 quad lag none. SLR x 20 no lag
 Single leg hop 78% LSI (was 64% on [[D:5/29]])
 Y-balance anterior reach 88% LSI
 effusion: trace (stroke test)
 KOOS sport 70

Tx (53 min):
 - bike 10 min warmup
 - leg press SL 3x10 @ 110#
 - step downs 8" 3x12
 - lateral band walks, monster walks
 - jog progression 1:1 walk/jog x 12 min on TM
 - plyo intro: double leg box jumps 3x8 low box
 - ice/compression 10 min

A: progressing well per protocol, 10 wks post op. Limited by quad strength asymmetry. Not yet cleared for cutting/pivoting.
P: cont 2x/wk. isokinetic testing at wk 12 (~[[D:6/25]]). Letter to Athletic Director [[N:Pete Sciulli]] re: modified duty summer camp - pt will hand deliver.

[[N:Gina Marraccini]], PT, DPT   PA lic [[L:PT021884]]
"""))

NOTES.append(("radiology", """EXAM: CT ABDOMEN PELVIS W IV CONTRAST
ACC#: [[ID:CR25-0418773]]     MRN: [[M:10492267]]
PATIENT: [[N:DEMARCO, ANTHONY J]]   DOB: [[D:1959-07-30]]
ORDERING: [[N:OKAFOR, CHIDI]] MD
[[H:MetroHealth Medical Center]], [[C:Cleveland]] [[SA:OH]]
DATE: [[D:2025-04-18T23:47]]

CLINICAL HISTORY: [[A:65]] yo M, RLQ pain, fever, WBC 16

TECHNIQUE: Axial CT abd/pelvis after 100 mL Omnipaque 350 IV. Coronal/sagittal reformats. DLP 612 mGy-cm.
COMPARISON: CT [[D:03/11/2021]] (outside, [[H:St. Vincent Charity]])

FINDINGS:
Lower chest: bibasilar dependent atelectasis.
Liver/GB/spleen/pancreas/adrenals: unremarkable. 1.1 cm hepatic cyst seg 7, unchanged.
Kidneys: no hydronephrosis. 4 mm nonobstructing L lower pole stone.
Bowel: Dilated appendix 14 mm w/ appendicolith and periappendiceal fat stranding. Small 2.3 x 1.8 cm rim enhancing fluid collection adjacent to tip, c/w perforation w/ abscess. No free air. No SBO.
Vessels: moderate atherosclerotic calcification. AAA neg (aorta 2.6 cm).
Bones: L4-5 degenerative changes.

IMPRESSION:
1. Perforated appendicitis with 2.3 cm periappendiceal abscess.
2. Nonobstructing L renal stone.

Critical result called to Dr. [[N:Okafor]] by [[N:Hannah Brzezinski]], MD at 00:06 on [[D:4/19/2025]], read back confirmed.

Dictated: [[N:H. Brzezinski]] MD / resident [[N:Arvind Menon]] MD
"""))

NOTES.append(("pathology", """SURGICAL PATHOLOGY REPORT
[[H:Henry Ford Hospital]] Dept of Pathology  -  [[ST:2799 W Grand Blvd]], [[C:Detroit]], [[SA:MI]] [[Z:48202]]
Case: [[ID:S25-11487]]
Patient: [[N:Jackson, Loretta Mae]]   MRN [[M:0091442738]]   Age/Sex: [[A:58]]/F
Collected: [[D:05/27/2025]]   Received: [[D:05/27/2025]]   Reported: [[D:05/30/2025]]
Surgeon: [[N:Vikram Sethi]], MD
Clinical: L breast mass 2:00, core bx IDC grade 2. lumpectomy + SLNB

SPECIMENS:
 A. Left breast, lumpectomy (stitch short-superior, long-lateral)
 B. Sentinel LN #1, left axilla
 C. Sentinel LN #2, left axilla

FINAL DIAGNOSIS:
A. Invasive ductal carcinoma, Nottingham grade 2 (3+2+1 = 6/9), 1.7 cm.
   DCIS, intermediate grade, solid/cribriform, ~10% of tumor.
   Margins negative; closest margin superior, 3 mm (invasive).
   LVI: not identified.
B. One lymph node, negative for carcinoma (0/1). Keratin IHC neg.
C. One lymph node with isolated tumor cells (0/1 (i+)).

Stage: pT1c pN0(i+)
Biomarkers (on core, [[ID:S25-09231]] block [[ID:A1]]): ER 95% strong, PR 70% mod, HER2 1+ (neg). Ki-67 18%.
Oncotype DX requested on block [[ID:A4]] per Dr. [[N:Sethi]] - sent [[D:6/2]].

Gross: Received fresh labeled with pt name and "left breast lumpectomy" ... 6.2 x 5.0 x 3.1 cm ... inked ... serially sectioned into 14 slices, entirely submitted.

Pathologist: [[N:Folasade Adeyemi-Cole]], MD   (electronically signed [[D:05/30/2025]] 16:40)
"""))

NOTES.append(("consult", """CARDIOLOGY CONSULT
[[H:St. Mary's Medical Center]] - [[C:Huntington]], [[SA:WV]]
Requesting: Dr. [[N:Childers]] (hospitalist)     Date: [[D:Nov. 3, 2024]]
Reason: syncope, new LBBB

Pt: [[N:Adkins, Hershel Wayne]]  [[A:79]] yo M
HPI: Pt from [[C:Hurricane]], [[SA:WV]], brought by dtr-in-law [[N:Sherry]] after he "fell out" at [[O:Teays Valley Church of God]] during Sunday service ([[D:11/2]]). Witnessed by congregants incl a retired nurse (Mrs. [[N:Opal Caldwell]]) who reports no pulse felt x ~10 sec, no jerking, back to self within 1 min, no incontinence. no preceding palpitations. 2nd episode - first was "back around [[D:Labor Day]]" while mowing, didn't tell anyone.
PMH: HTN, DM2, CKD3a, BPH. remote 1PPD smoker quit at [[A:60]].
Meds: amlodipine 10, metoprolol succ 50, tamsulosin 0.4, glipizide 5
FH: father died suddenly at [[A:52]].

Exam: BP 132/70 sitting, 112/62 standing (no sx). HR 58. JVP flat. II/VI SEM RUSB, preserved S2. clear lungs.
ECG: SR 58, PR 248, QRS 142 LBBB (new vs ECG [[D:6/2023]] at [[H:Thomas Memorial]])
Tele: overnight 2 runs of 2:1 AVB, 1 pause 3.4 s at 0318 asleep
Echo: EF 50-55%, mild AS (AVA 1.6), no WMA
Labs: K 4.6, Mg 2.0, trop 12 -> 14, TSH 2.3

Impression: [[A:79]] M w/ recurrent syncope + trifascicular-type conduction disease (1st degree AVB + LBBB) and intermittent 2:1 AVB on tele -> likely paroxysmal high grade AVB. Beta blocker contributing.
Recs:
1. hold metoprolol
2. EP eval for PPM - d/w Dr. [[N:Raghunathan]] (EP), plan dual chamber PPM tomorrow if no improvement
3. transcutaneous pads at bedside
4. no driving - discussed w/ pt and family; pt "don't drive much past the Kroger anyhow"

Thank you for this consult.
[[N:Leah Pennington]], MD  Cardiology   cell [[P:304-555-0181]]
"""))

NOTES.append(("addendum", """ADDENDUM [[D:03/18/2025]] 1622 to note of [[D:03/17/2025]]:
Spoke w/ pt's brother [[N:Kevin Szalai]] ([[P:440-555-0102]]) who clarified pt's last drink was [[D:Fri 3/14]], not Sunday as documented. CIWA protocol unchanged.
-[[N:dmoretti]] ([[N:Dana Moretti]], NP)
"""))

NOTES.append(("handoff", """ICU RN HANDOFF (I-PASS)  [[D:2/11]] 1900
[[N:Gordon, Leonard]] "[[N:Lenny]]"  [[A:52]]M  Bed 9  [[H:Essentia Health St. Mary's]] MICU
I: WATCHER
P: septic shock 2/2 LLL PNA, intubated [[D:2/9]] at [[H:Cook Hospital]] & flown in. Hx EtOH use d/o, HTN.
 - vent: AC 20/450/PEEP 10/FiO2 45%  P/F 188
 - norepi 6 mcg/min (down from 14), MAP 66-72
 - prop 30, fent 75. RASS -2. CAM neg this AM
 - pip/tazo + vanc. sputum cx GPC clusters, MRSA PCR neg -> may d/c vanc
 - CRRT none. Cr 1.4, UOP ~45/hr
 - CIWA hold while sedated, thiamine
A: family at bedside - wife [[N:Renee]] and sister [[N:Charmaine Bebeau]]. Family is Ojibwe, from [[C:Nett Lake]]. Spiritual advisor [[N:Arnold Boshey]] coming tonight for smudge ceremony - approved by house sup [[N:Lund]], O2 turned off is NOT required (sage bundle, no flame near O2 - smudge done in family room, fanned in). Security aware.
S: turn q2, SAT/SBT in AM if FiO2 <40
 - if MAP <65 titrate norepi, call Dr. [[N:Benedetti]] x[[P:3391]]
 - wife wants call if any change [[P:218-555-0147]]
Report from: [[N:Kayla Boshey]], RN (no relation) -> [[N:Tomas Hernandez-Lind]], RN
"""))

NOTES.append(("nh_transfer", """INTERFACILITY TRANSFER FORM  (SNF -> ED)
FROM: [[H:Pleasant Ridge Manor]]  [[ST:8300 Peach St]], [[C:Erie]], [[SA:PA]] [[Z:16509]]   Nurses stn [[P:814-555-0120]]  Fax [[F:814-555-0121]]
TO: [[H:UPMC Hamot]] ED
Date/time: [[D:01/06/2025]]  0340

RESIDENT: [[N:Lindquist, Margaret A.]] ("[[N:Peg]]")   DOB [[D:09-14-1933]]   Age [[A:91]]
Medicare MBI: [[HP:4TK7-RD3-PW92]]   PA Medicaid: [[HP:8803317265]]
Code status: DNR / DNI - POLST attached (signed [[D:3/2/2023]])   ** OK to hospitalize, no CPR **
POA: son [[N:Gary Lindquist]]  h [[P:814-555-0183]]  c [[P:814-555-0198]]  - NOTIFIED 0335, meeting pt at ED
Attending: Dr. [[N:Fiorentino]]  /  NP [[N:Stacy Wnuk]]

REASON FOR TRANSFER: found on floor by CNA at 0255 during rounds, unwitnessed. c/o L hip pain, L leg shortened + ext rotated. unable to bear wt.

BASELINE: A&O x1-2 (Alzheimer's dementia, BIMS 6). Ambulates w/ rolling walker + 1 assist. Feeds self w/ setup. Continent of bowel, occ incontinent bladder. Hard of hearing - hearing aid R ear (sent w/ pt in labeled bag). Dentures upper.
LAST VS 0305: BP 152/88  P 96  R 20  T 97.6  SpO2 94% RA  pain 8/10 (PAINAD 6)

DX: Alz dementia, HTN, afib on apixaban 2.5 BID (last dose [[D:1/5]] 2100), hypothyroid, OA, h/o L breast ca (lumpectomy at [[A:70]])
ALLERGIES: sulfa, codeine (N/V)

MEDS: see attached MAR
ISOLATION: none. last COVID swab neg [[D:12/30]]
BELONGINGS SENT: hearing aid, glasses, upper denture, rosary

Sending nurse: [[N:Brianna Kaczmarek]], LPN   Report called to ED RN [[N:Josh]] at 0338
"""))

NOTES.append(("home_health", """HOME HEALTH SKILLED NURSING VISIT
Agency: [[H:Wayne County Visiting Nurse Service]]
Pt: [[N:Martha Nisley]]  ([[A:81]]F)   Visit date [[D:08/19/2025]]  time in 1015  out 1110
Address: [[ST:6711 Kidron Rd]], [[C:Kidron]], [[SA:OH]] [[Z:44636]] - farmhouse, lane on L past the produce stand. Conservative Mennonite family, have landline (no cell) [[P:330-555-0164]].

Primary dx: CHF w/ reduced EF (EF 30%), new start [[D:8/12]] after d/c from [[H:Wooster Community Hospital]]
Cg: dtr [[N:Esther Zimmerman]] (lives on same farm) + granddaughter [[N:Rhoda]] ([[A:19]]).

VS: BP 104/62  HR 74 irreg  RR 18  SpO2 95% RA  T 97.8  Wt 138.6 lb (d/c wt 137.0)
Lungs: faint crackles bil bases, improved. 1+ pitting edema ankles bilat (was 2+)
Meds reviewed w/ dtr against bottles - furosemide 40 mg AM taken, carvedilol 6.25 BID, spironolactone 25, lisinopril 2.5. Pt had been taking furosemide at 6pm ("so I don't have to go to church so much") -> re-educated, prefers AM on non-church days, ok'd w/ Dr. [[N:Hostetler]] office ([[N:Brenda]]) by phone.
Diet: farm cooking, high Na (ham, canned goods, sauerkraut). Reviewed 2 g Na handout, dtr receptive, will adjust.
Daily wts: scale provided, log sheet on fridge. Red flag: gain >2 lb overnight / 5 lb week -> call.
Fall risk: stairs to basement, no rails - family to install rail per son-in-law [[N:Ivan]].

Plan: SN 2w3, 1w2. PT eval [[D:8/21]]. next SN visit [[D:Fri 8/22]].

[[N:Kristen Amstutz]], RN  ([[N:kamstutz]])  sig [[D:8/19/25]] 1302
"""))

NOTES.append(("admin", """[[H:ALLEGHENY GENERAL HOSPITAL]]
Health Information Management - Release of Information
[[ST:320 East North Ave]], [[C:Pittsburgh]], [[SA:PA]] [[Z:15212]]
Phone [[P:412-555-0193]]  |  Fax [[F:412-555-0191]]

[[D:June 23, 2025]]

[[N:Bruce T. Haggerty]], Esq.
[[O:Haggerty Malone & Pruitt LLC]]
[[ST:436 Seventh Avenue, Suite 1200]]
[[C:Pittsburgh]], [[SA:PA]] [[Z:15219]]

RE: Patient [[N:Darlene R. Yablonski]]     DOB [[D:03/30/1972]]
    MRN [[M:AGH-6620918]]     ROI Request # [[ID:ROI-2025-044817]]
    Dates of service: [[D:01/04/2025]] - [[D:01/09/2025]]

Dear Mr. [[N:Haggerty]]:

We received your request dated [[D:June 9, 2025]] for the medical records of the above patient. The authorization provided is incomplete for the following reason(s):

  [X] Authorization is not signed by the patient or legal representative
  [ ] Expiration date/event is missing
  [X] Request includes psychotherapy notes / substance use disorder (42 CFR Part 2) records, which require a separate specific authorization
  [ ] Patient is deceased - proof of executor status required

Please have Ms. [[N:Yablonski]] complete the enclosed form and return to the address above, or by secure e-mail to [[E:roi.agh@ahnrecords-example.org]]. Invoice [[AC:INV-883021]] has been held and no fee applies until the request is completed.

Sincerely,

[[N:Monique Davenport]], RHIT
Release of Information Specialist
"""))

NOTES.append(("ed_triage", """TRIAGE [[D:10/12/24]] 2218  - [[H:ECMC]] Trauma/ED
ARRIVED BY: ALS medic 44, LVL 2 trauma activation
PT: [[N:Rodriguez-Colon, Javier]]  [[A:24]] yo M   temp MRN [[M:T-00581]] -> merged w/ [[M:882047113]] at 2240
MOI: restrained driver, 2014 Honda Civic (NY plate [[V:KHN-4821]]) vs pole at [[ST:Niagara St & Porter Ave]], ~35 mph, +airbag, self-extricated. +EtOH per EMS. [[C:Buffalo]] PD Ofc [[N:Terranova]] badge [[ID:1187]] on scene, report # [[ID:BPD-24-301664]].
c/o L chest wall pain, L wrist pain/deformity. denies LOC. GCS 15. c-collar placed by EMS.
VS: 138/86  HR 118  RR 22  SpO2 96% 2L  T 98.0  pain 9/10
Skin: seatbelt sign L chest/clavicle. L wrist obvious deformity, radial pulse +, CMS intact.
ESI 2 / trauma bay 2
Contact: girlfriend [[N:Yaritza]] [[P:716-555-0126]] (on way). lives [[ST:211 Hampshire St lower]], [[C:Buffalo]] [[Z:14213]]
Tetanus unk. Allergies NKDA.
[[N:C.Orlowski]] RN
"""))

NOTES.append(("nursing", """NEWBORN NURSERY - TRANSITION NOTE
[[D:3/3/25]] 0612
BABY BOY [[N:NYGAARD]]   MRN [[M:5540912]]   (mother [[N:Nygaard, Kaitlyn]] MRN [[M:5540877]])
Born [[D:03/03/2025]] 0514 via SVD at [[H:Sanford Medical Center Fargo]], 39w2d, Apgars 8/9, BW 3610 g
Maternal: [[A:29]] yo G2P2, GBS pos - PCN G x 3 doses (adequate), ROM 9 hr clear, O+/Ab neg, RPR NR, HBsAg neg, HIV neg
Transition: initial HR 150s, RR 60s w/ mild grunting resolved by 20 min of life. temp 97.5 ax -> skin to skin w/ mom -> 98.2. BG 52 at 1 hr.
Erythromycin + vit K given 0600 (parents consent). Hep B vax - parents requested defer to peds clinic ([[H:Sanford Southpointe Clinic]]), signed declination.
Breastfeeding initiated, good latch LATCH 8.
Security tag placed L ankle 0525, band # [[ID:31177]] matched mom/dad/baby.
Father [[N:Brandon Nygaard]] at bedside. Family from [[C:Wahpeton]], [[SA:ND]].
[[N:Siri Halvorson]], RN
"""))

NOTES.append(("discharge_summary", """PEDIATRIC HOSPITAL MEDICINE - DISCHARGE SUMMARY
[[H:Children's Minnesota]] - [[C:Minneapolis]] campus

Name: [[N:Hassan, Ikran Abdi]]     DOB: [[D:02/17/2023]]     Age: [[A:2]] yr [[A:4]] mo
MRN: [[M:C1189430]]     Admission: [[D:06/24/2025]]     Discharge: [[D:06/27/2025]]
Attending: [[N:Jennifer Aaland]], MD     Resident: [[N:Omar Farooqui]], MD
PCP: [[N:Sahra Dualeh]], CNP - [[H:Cedar Riverside Community Clinic]]

Principal dx: Measles (rubeola), lab confirmed
Secondary: dehydration; vitamin A deficiency (low retinol 14); otitis media R

HPI: Previously healthy [[A:2]] yo F, unvaccinated (family declined MMR at 12 mo visit due to autism concern), presented w/ 5 d fever to 104.5, cough, coryza, conjunctivitis, then maculopapular rash starting on face [[D:6/22]] spreading down. Exposure: older sibling [[N:Abdullahi]] ([[A:5]]) had similar illness 2 wks prior, never tested. Lives w/ parents, 4 siblings, grandmother in apartment at [[ST:1600 S 6th St, #1411]], [[C:Minneapolis]] [[SA:MN]] [[Z:55454]].

Course: airborne isolation, neg pressure rm. Measles PCR (NP) positive - reported to MDH [[D:6/24]], MDH case # [[ID:MDH-MEA-2025-0072]]. Vitamin A 200,000 IU x2 doses. IVF x 36 h, then PO. No pneumonia on CXR. R AOM -> amoxicillin. Fever resolved HD 3.
Exposure workup in hospital: ED waiting room [[D:6/23]] 2100-0130, MDH notified; IG given to 3 infants.

Family: mother [[N:Fadumo Ali]], father [[N:Abdi Hassan]] ([[P:612-555-0131]]), Somali primary language, interpreter [[N:Ilhan Yusuf]] used throughout. Vaccine counseling x2 w/ ped ID Dr. [[N:Kaplan]] and community health worker [[N:Mohamed Farah]]; parents agree to MMR for all siblings, scheduled at clinic [[D:7/1]].

Dispo: home, remain isolated through [[D:6/26]] (4 days after rash onset) - now may return. No day care til cleared by MDH.
Follow up: PCP [[D:7/1]]; MDH will call.

[[N:O. Farooqui]], MD for [[N:J. Aaland]], MD   [[D:6/27/2025]]
"""))

NOTES.append(("progress", """psych progress note  -  inpatient 4B
[[D:4/9/25]]
pt: [[N:Gallagher, Ryan P]]  ([[A:33]]m)  day 6
S: "better." sleeping 6 hrs, no AH since [[D:4/7]] per pt. still talks about "the chips they put in at [[O:Jeep]]" (former employer, [[O:Toledo Assembly Complex]]) but less preoccupied, able to redirect. denies SI/HI. took olanzapine w/o issue. mother [[N:Sheila]] visited yesterday - went well per staff.
O: calm, fair hygiene, good eye contact. speech nl rate. TP more linear. TC: persistent fixed delusion re: surveillance, no command AH. insight partial. judgment improving.
AIMS 0. wt 91.4 kg (88.9 adm). A1c 5.4, lipids pending.
A: schizoaffective d/o, bipolar type - improving on olanzapine 15 mg qhs
P:
 - cont olanzapine; consider LAI - pt agreeable to discuss w/ mother present [[D:Fri 4/11]]
 - SW (ms [[N:pruitt]]) working on housing - pt was staying at [[O:Cherry Street Mission]] prior to adm
 - probate hearing [[D:4/14]] [[O:Lucas County Probate Court]] case # [[ID:2025-MH-00418]] - may be moot if signs voluntary
 - dc planning to [[H:Harbor Behavioral Health]] ACT team
[[N:nkhalil]] [[N:N. Khalil]] MD
"""))

NOTES.append(("social_work", """SOCIAL WORK NOTE - ED   [[D:12/26/2024]]  0140

Consulted by ED attending Dr. [[N:Whitfield]] for IPV disclosure.
Pt [[N:Sierra L. Dotson]], [[A:26]] yo F, presented w/ facial contusions, R orbital fx on CT. Pt initially reported fall on ice. In private (partner asked to step out by RN [[N:Marcus]] per protocol) pt disclosed partner [[N:Derek Vance]] ([[A:30]]) struck her multiple times on [[D:Christmas Eve]] after an argument at his mother's house in [[C:Parma]].

Pt lives w/ partner and their [[A:3]] yo son ([[N:Jayden]]) at [[ST:3417 W 98th St]], [[C:Cleveland]] [[SA:OH]] [[Z:44102]]. Son currently with pt's mother [[N:Angela Dotson]] in [[C:Lakewood]] ([[P:216-555-0112]]) - safe per pt.
Lethality assessment (LAP): screened in - strangulation "once before, in [[D:August]]," threats to kill, gun in home.

Interventions:
- Safety planning completed. Pt given code word for mother.
- Called [[O:Journey Center for Safety and Healing]] hotline - advocate [[N:Tiffany]] spoke w/ pt by phone 0105. Shelter bed available at confidential location - pt accepted.
- [[C:Cleveland]] PD notified per pt consent; Ofc [[N:Mahoney]] #[[ID:2291]] took report, report # [[ID:24-417806]]. Pt interested in CPO - filing info given.
- Photo documentation done by forensic RN [[N:Laura Kish]] w/ consent.
- Partner left ED before police arrival; security aware, pt registered as confidential per policy.
- Children services not called at this time: child not present, safe w/ grandmother; will defer to advocate/police per county protocol - d/w supervisor [[N:Ken Urbancic]].

Pt new cell (partner doesn't have): [[P:216-555-0175]]. OK to leave msg: NO.

[[N:Alicia Ferrante]], LISW-S
"""))

NOTES.append(("telephone", """[[D:1/27/25]] 1412 pt's mom [[N:Hope]] called, [[N:Braxton]] still vomiting since last night, 4 wet diapers today. advised ED if no wet diaper in 8h or lethargic. she will try pedialyte sips. cb [[P:740-555-0148]]
-[[N:jw]]
"""))

NOTES.append(("pharmacy", """OUTPATIENT PHARMACY - PRIOR AUTH / BENEFITS NOTE
[[D:14MAR25]]
Pt: [[N:Kowalski, Jadwiga]]   DOB [[D:7.2.1938]]   [[A:86]]F
Rx: apixaban 5 mg BID (new, DVT L leg dx [[D:3/11]])
Plan: Medicare Part D (SilverScript)  member ID [[HP:N77120348501]]  RxBIN 004336 PCN MEDDADV
Claim rejected 75 - PA required? -> actually reject was 88 (DUR - duplicate w/ enoxaparin still on profile). Enox d/c'd, resubmitted, paid. Copay $47 coverage-gap.
Pt can't afford; daughter [[N:Ewa]] asked about coupon. Mfr copay card not valid w/ Medicare - explained. Referred to BMS patient assistance, app printed. Gave 30 day free trial card (ID [[HP:BMS-TRL-44830917]]) for first fill.
Dispensed #60 at [[H:Kowalski's Family Pharmacy]] on [[ST:Conant St]] (no relation).
[[N:Piotr Zielinski]], RPh
"""))

NOTES.append(("consult", """INFECTIOUS DISEASE CONSULT  -  [[H:CHI St. Alexius Health Bismarck]]
[[D:Sept 8 2025]]
Pt [[N:Jensen, Owen]] [[A:58]] M, farmer from near [[C:Hazen]], [[SA:ND]]. Ref by Dr [[N:Mehta]] for fever + pancytopenia.
HPI: 10 d fevers to 103, myalgias, HA. Combining wheat late [[D:Aug]], multiple tick bites, also sick calves on the ranch. No travel outside ND except trip to [[C:Rapid City]] [[D:Aug 15]]-[[D:17]].
Labs: WBC 2.1 PLT 64 ALT 188 AST 210 Na 129. Smear: morulae in neutrophils (confirmed by path, Dr [[N:Voss]]).
Imp: human granulocytic anaplasmosis most likely; also r/o ehrlichiosis, tularemia (rabbits on farm)
Rec: doxycycline 100 mg IV/PO BID x 10-14 d. Anaplasma/Ehrlichia PCR sent (ref lab accession [[ID:MY-25-7734120]]). Reportable - ND DOH notified. Expect defervescence in 24-48 h; if not, call.
[[N:Rebecca Haugen]], DO  ID  pager [[P:701-555-0163]]
"""))

NOTES.append(("radiology", """BILATERAL SCREENING MAMMOGRAM W/ TOMO   [[D:10/02/2024]]
Pt: [[N:Faith Collins]]   MRN [[M:77310459]]   [[A:47]] F
Hx: none. mother breast ca at [[A:52]]. Comparison [[D:9/2023]].
Breast density: C, heterogeneously dense.
Findings: no suspicious mass, calcs or distortion. Stable benign-appearing L axillary LN.
IMPRESSION: BI-RADS 1 negative. Recommend annual screening. Supplemental MRI may be considered (lifetime risk 21% Tyrer-Cuzick).
[[N:Gregory Ahn]], MD  [[H:Mercy Health Breast Center]] [[C:Youngstown]]
"""))

NOTES.append(("h_and_p", """ADMIT H&P - hospitalist - [[H:Southern Ohio Medical Center]]
[[D:7/19/25]] 0220
[[N:Phipps, Kayleigh R]]  [[A:31]]F  MRN [[M:SOM4401782]]
CC: fever, SOB
HPI: [[A:31]] yo F w/ active IVDU (meth + fentanyl, injects in arms and neck), hx MSSA TV endocarditis [[D:Nov 2023]] (left AMA), presents w/ 1 wk fever, pleuritic CP, cough w/ blood streaks. Last use "yesterday." Boyfriend [[N:Tyler]] brought her from their camper off [[ST:US-52]] near [[C:Friendship]]. Pregnancy test neg.
PE: 102.6  HR 124  BP 98/54  RR 26  92% 2L. thin, diaphoretic. track marks B arms, abscess R AC 3 cm fluctuant. 3/6 holosystolic murmur LLSB, increases w/ inspiration. scattered crackles.
Data: WBC 19.8, Hgb 9.1, PLT 88, Cr 1.1, lactate 3.2. CXR multiple cavitating nodules b/l. UDS + amphet, fent, bup(?). Hep C Ab +, RNA pending. HIV neg. BCx x2 pending.
A/P:
 #septic pulmonary emboli / recurrent TV endocarditis - vanc + cefepime pending cx, TTE -> TEE, CT surg (Dr. [[N:Akins]]) + ID consult AM
 #OUD - COWS 9. started bup per ED bridge protocol, addiction med consult. pt interested in MOUD ("I want to do it right this time")
 #R AC abscess - I&D by ED done
 #HCV - tx once stable
Social: no phone, boyfriend cell [[P:740-555-0191]]. Mom [[N:Rhonda Phipps]] in [[C:Wheelersburg]] - pt OK to call her.
Code: FULL
[[N:S. Bentley]] DO
"""))

NOTES.append(("therapy", """SLP - bedside swallow eval  [[D:2/3/25]]
[[N:Vang, Neng Tou]]  [[A:69]] M, L MCA CVA [[D:1/31]]. Hmong interpreter by video (#[[ID:HMN-30194]]). Wife [[N:Yer]] present.
Oral mech: R facial droop, reduced lingual ROM R. Voice wet after thin liquid by tsp x2, cough after cup sip.
Recs: NPO except meds crushed in puree. MBSS [[D:2/4]]. oral care QID. Wife asked if he can have rice porridge (kua txob not ok - spicy) -> puree texture only for now.
[[N:Molly Brandt]], MS CCC-SLP
"""))

NOTES.append(("home_health", """HH OT visit - [[D:05/05/25]]
Pt [[N:Beaulieu, Darrell]] ([[A:73]]M), [[C:Red Lake]] Nation, ~45 min from [[C:Bemidji]]. Referred by [[H:Sanford Bemidji Medical Center]] after R BKA.
Home: [[ST:Hwy 1 W]], ramp built by nephew [[N:Jimmy Kingbird]] - slope ok. Bathroom door 26", w/c doesn't fit. Tub only.
Ordered tub transfer bench + drop arm commode via [[H:Northwoods Medical Equipment]]. W/c s/n [[DV:QXK-7745210]] - brakes loose, DME to fix.
Pt independent slide board transfers, min A to tub bench (simulated). Goal: indep toileting in 4 wks.
Pt wants to get back to ricing in [[D:August]] w/ grandson - discussed adaptive canoe seating, will research.
[[N:Jolene Lussier]], OTR/L
"""))

NOTES.append(("admin", """[[H:Marathon Family Medicine]]
[[ST:2501 Stewart Ave]]  [[C:Wausau]], [[SA:WI]] [[Z:54401]]   ph [[P:715-555-0107]]

[[D:April 28, 2025]]

To whom it may concern at [[O:Greenheck Fan Corp]]:

My patient [[N:Kou Her]] was seen in our clinic on [[D:4/25/2025]] and [[D:4/28/2025]]. He may return to work on [[D:Monday, May 5, 2025]] with the following restriction for 2 weeks: no lifting over 20 lbs with the right arm, no overhead work. Please contact the office with any questions.

[[N:Laura Schoenfeld]], MD
NPI [[L:1487702931]]
"""))

NOTES.append(("case_mgmt", """CM f/u [[D:3/31/25]] - pt [[N:Nasser Al-Sabbagh]] [[A:74]]M, CHF, d/c today. Family requests d/c after [[D:Eid al-Fitr]] prayers are done so sons can pick up (~1300) - ok w/ team. HH referral accepted by [[H:Arab American Home Care]] (Arabic-speaking RN), SOC [[D:4/1]]. Scale + BP cuff delivered to room. Son [[N:Yousef]] [[P:313-555-0159]] confirmed transport.
-[[N:lhaddad]] RN CM
"""))

NOTES.append(("handoff", """sbar 0700 rm 622  mrs. [[N:perkins]] [[A:88]]
S: POD1 L TKA, pain ok on sched tylenol + oxy 5 prn x1 at 0300
B: dementia mild, sundowns. dtr [[N:Rose]] stays nights, goes home ~0730
A: VSS, Hgb 10.4 from 12.1, drain 80 cc/shift, voided after foley out 0500
R: PT at 0900, watch for delirium, check BS w/ lunch. call Dr [[N:Yeager]] if drain > 200
-[[N:bk]]
"""))

NOTES.append(("addendum", """Addendum by [[N:Omar Haidari]], MD, [[D:Thanksgiving 2024]] 0815: pt's outside MRN from [[H:Mercy St. Vincent]] is [[M:MSV000447128]] - records requested, result of prior EGD ([[D:Oct 14, 2024]]) shows LA grade B esophagitis, no Barrett's. Plan unchanged.
"""))

NOTES.append(("portal", """Patient portal message  -  [[D:01/08/2026]] 6:55 AM
From: [[N:Wanda Skaggs]]  <[[E:wskaggs1961@frontiernet-mail.net]]>
Re: my lab results

Dr. [[N:Ferrell]] I looked on the portal ([[U:https://mychart.mountainhealth-example.org/results/88214]]) and my potassium says 5.6 with a red flag. Should I stop the potassium pills? I can't get a signal at the house in [[C:War]] so email is best or leave msg on the church phone at [[O:Big Creek Freewill Baptist]] [[P:304-555-0133]] and they'll tell me.
[[N:Wanda]]
"""))

NOTES.append(("nh_transfer", """SNF ADMISSION FACE SHEET / HOSPITAL TRANSFER
Receiving facility: [[H:Letcher Manor Health Care]]
Resident: [[N:Caudill, Virgie Lee]]   DOB [[D:05/11/1940]]   [[A:84]] yrs
SSN: [[S:406-55-3127]]   KY Medicaid [[HP:5510872394]]
Previous address: [[ST:1885 Kingdom Come Rd]], [[C:Beauty]], [[SA:KY]] [[Z:41203]]
Resp party: niece [[N:Loretta Sexton]] [[P:606-555-0172]]
Sending hosp: [[H:ARH Whitesburg]], adm [[D:12/28/24]] - d/c [[D:1/3/25]]. Dx: L CVA w/ R hemiparesis, dysphagia (mech soft/nectar), DM2.
Code: Full. Chaplain visit requested, pt is Old Regular Baptist.
"""))

NOTES.append(("discharge_summary", """DISCHARGE SUMMARY - Orthopaedics - [[H:J.W. Ruby Memorial Hospital]]
Patient: [[N:Shaffer, Dustin]]  [[A:37]]M   MRN [[M:WVU2208813]]
Adm [[D:08/02/2025]]  D/C [[D:08/05/2025]]   Attending Dr. [[N:Grabowski]]
Injury: R tibial plateau fx (Schatzker VI) - ATV rollover on a strip-mine road near [[C:Kingwood]]. ATV VIN [[V:5Y4AM06Y1MA108842]] recorded by WVDNR officer for report.
Procedure [[D:8/3]]: ORIF R tibial plateau, dual plating.
Course: uncomplicated. Compartment checks nl. Pain controlled on oxycodone 5 q4 prn + APAP. Lovenox 40 daily x 4 wks.
NWB RLE x 8-10 wks, hinged knee brace 0-90.
Work: lineman for [[O:Mon Power]] - off work, FMLA paperwork completed.
F/U: ortho clinic 2 wks, staple removal.
[[N:Kyle Strosnider]], PA-C for Dr [[N:Grabowski]]
"""))

NOTES.append(("pathology", """BONE MARROW BIOPSY REPORT   Accession [[ID:BM25-0311]]
Pt [[N:Ahmed, Hibo]]  [[A:41]]F   Collected [[D:6 Feb 2025]]
Dx: Acute myeloid leukemia with NPM1 mutation. Cellularity ~90%, blasts 62% by aspirate diff. Flow: CD34-/CD117+/CD33+/HLA-DR neg. Karyotype 46,XX[20].
Comment: d/w Dr. [[N:Lindgren]] ([[H:Masonic Cancer Clinic]]) [[D:2/7]] 1015.
[[N:Paulina Duda]], MD
"""))

NOTES.append(("consult", """TELE-NEPHROLOGY CONSULT  [[D:11/19/2024]]
Site: [[H:Avera St. Benedict]], [[C:Parkston]] <-> [[H:Avera McKennan]] [[C:Sioux Falls]] (video, encrypted, remote site IP [[IP:10.48.212.37]])
Pt [[N:Bauer, Lorraine]] [[A:68]]F, ESRD on home PD x 2 yrs, cycler s/n [[DV:LCY-0093318]]. Presents w/ cloudy effluent x 1 day, abd pain 6/10. PD fluid WBC 1,840 (88% PMN).
Imp: PD peritonitis
Rec: IP vanc 2 g + IP ceftazidime 1 g daily, cx pending. Retrain exchanges w/ PD RN [[N:Joelle]]. Do NOT remove catheter at this time.
[[N:Anil Reddy]], MD  DEA [[L:BR4471298]]
"""))
