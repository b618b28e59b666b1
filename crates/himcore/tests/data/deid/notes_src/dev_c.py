# Hand-written clinician notes, dev split, part C.
# All people, numbers, addresses and institutions are invented.

NOTES = [
("nursing", """
PACU RN note  [[D:10/17/2025]]
Pt [[N:Halloran, Brigid]] [[A:62]] yo F s/p lap Nissen fundoplication (Dr. [[N:Strand]]). Arrived PACU 1112 on 6L face mask, sats 97%. Report from CRNA [[N:Okwuosa]]. Pain 7/10 -> 3/10 after fentanyl 25 mcg x2. PONV x1, ondansetron 4 mg IV given 1140. Aldrete 9 at 1250. Incisions x5 w/ dermabond, dry. Voided 1235.
Husband [[N:Liam]] updated by phone at [[P:(216) 555-0139]] per pt request.
Transfer to 6 West at 1315, report to [[N:Moira]] RN.
-- [[N:Ayşe Demir]] RN
"""),

("nursing", """
[[D:2/11]] 1410 wife [[N:Faith]] called, updated re: bed move to 4N, will bring pt's CPAP from home tonight. -[[N:JK]]
"""),

("nursing", """
NURSING ADMISSION DATABASE   [[D:4/8/2024]] 1630
Pt: [[N:Rodríguez Ocasio, María de los Ángeles]]  [[A:45]]F   preferred name "[[N:Marian]]"
Language: Spanish (preferred), some English. From ED via stretcher.
Valuables: wallet w/ PR driver's license #[[L:7730184]], $23 cash, 1 credit card, cell phone - sent home w/ sister [[N:Yaritza]]. yellow metal ring left on pt per her request.
Contacts: sister [[N:Yaritza Rodríguez]] [[P:(860) 555-0112]]; husband [[N:Héctor Ocasio]] (working in [[C:Orlando]]) [[P:407-555-0146]].
Hx per pt: SLE, ESRD on HD MWF at [[H:Park Street Dialysis]], [[C:Hartford]]. L forearm AVF +bruit/thrill - NO BP/sticks L arm.
Fall risk: Morse 45. Skin: stage 1 coccyx, barrier cream applied.
Pt worried about her dog Canela at home - sister will feed her.
-- [[N:Nkechi Obi]], RN
"""),

("ed_triage", """
ED TRIAGE   [[D:01/01/2025]] 01:12
[[A:33]]M BIBA + [[C:Lynn]] PD (Ofc. [[N:DeMarco]], badge [[ID:417]]) after fight at a [[D:New Year's Eve]] party. 4 cm lac L scalp, bleeding controlled. +ETOH, slurred, GCS 14. Pt says his name is "[[N:Junior]]", no ID on him; later identified by girlfriend [[N:Keila Santana]] as [[N:Rafael Peña Jr.]], DOB [[D:5/23/91]], address [[ST:14 Boston St Apt 1]], [[C:Lynn]] [[SA:MA]]. VS HR 112, BP 146/88, SpO2 97%. ESI 2 (head injury + intox). CT head ordered per Dr. [[N:Abramowitz]].
"""),

("discharge_summary", """
CARDIAC SURGERY DISCHARGE SUMMARY
Name: [[N:Al-Rashid, Khalid Mahmoud]]     MRN: [[M:000338412]]     Acct: [[AC:V00221984417]]
Admission: [[D:08/11/2025]]    Surgery: [[D:08/12/2025]]    Discharge: [[D:08/18/2025]]
Surgeon: [[N:Giovanni Bruno]], MD     Referring cardiologist: [[N:Leila Haddad]], MD ([[H:Dearborn Heart Center]])
Procedure: CABG x3 (LIMA-LAD, SVG-OM1, SVG-RCA)
Course: [[A:64]]-year-old man with 3-vessel CAD found on cath [[D:8/8]] at [[H:Oakwood Valley Hospital]] after NSTEMI. Uneventful CABG. Swan-Ganz removed POD1. Extubated POD0. Post-op AF on [[D:8/14]], converted with amiodarone. Chest tubes out [[D:8/15]], pacing wires out [[D:8/16]]. Ambulating independently at discharge.
Social: lives with wife [[N:Samira]] and daughter [[N:Noor]] ([[A:17]]) in [[C:Dearborn]]; engineer at [[O:Rouge River Stamping]], off work 8 weeks. Arabic/English.
Incisions: sternal and L leg incisions healing, no drainage. Sternal precautions x 8 weeks - no lifting > 10 lb, no driving for 4 weeks.
Labs at discharge ([[D:8/18]]): Hgb 9.8, Cr 1.0, K 4.3, INR 1.1.
Home services: VNA from [[H:Wayne County Visiting Nurses]] starting [[D:8/19]] for incision checks and medication teaching; daily weights - call if gain > 2 lb in a day.
Teaching completed with wife [[N:Samira]] and daughter [[N:Noor]], interpreted to Arabic by staff interpreter [[N:Hassan Jaber]].
Discharge meds: aspirin 81, atorvastatin 80, metoprolol tartrate 25 BID, amiodarone 200 BID x 1 month, furosemide 20 daily x 5 days.
Follow-up: Dr. [[N:Bruno]] [[D:9/2]]; Dr. [[N:Haddad]] [[D:8/25]]; cardiac rehab at [[H:Fairlane Cardiac Rehab]] - referral faxed to [[F:313-555-0174]].
cc: [[N:Leila Haddad]] MD; [[N:Tariq Mansour]] MD (PCP)
"""),

("discharge_summary", """
Postpartum D/C summary - [[N:Kim, Ji-yeon]]  [[A:36]] yo G1P1
SVD [[D:3/30/25]] 0521 of liveborn male "[[N:Daniel]]", 3.6 kg, Apgars 8/9. 2nd degree lac repaired. PPH 900 mL, responded to oxytocin + TXA. Hgb 8.1 on PPD1 -> IV iron [[D:3/31]]. Rubella non-immune - MMR given [[D:4/1]] prior to d/c. Breastfeeding. EPDS 6.
Husband [[N:Min-jun Lee]] at bedside throughout. Baby's pediatrician Dr. [[N:Okonjo]], 1st visit [[D:4/3]].
D/c [[D:4/1/2025]] to home. BP check at [[H:Hanover Women's Care]] [[D:4/4]]; PP visit 6 wks. Contraception: desires progestin-only pill.
-- [[N:R. Anand]], CNM
"""),

("h_and_p", """
PEDIATRIC ADMISSION H&P    [[D:5/14/2024]]
Pt: [[N:Jaylen Washington]]   [[A:8]] yo M   MRN [[M:44-20-1937]]
CC: "can't breathe"
HPI: hx per mom [[N:Tamika Washington]] and grandmother [[N:Earlene]]. Known persistent asthma, on Flovent "sometimes". 2 days URI sx then increased WOB since last night; albuterol q2h at home without relief. In ED: PAS 11, got Duoneb x3, dex 16 mg, Mg 50 mg/kg. Still PAS 7 -> admit.
Triggers: URIs, cats, pollen (worse every April-June).
PMH: asthma (3 PICU admits, last [[D:Feb 2023]], never intubated), eczema.
SH: lives w/ mom, grandmother and 2 sibs in apt w/ visible mold in bathroom, [[ST:3301 Benning Rd NE Apt 210]], [[C:Washington]], [[SA:DC]] [[Z:20019]]. 2nd grade at [[O:Frederick Douglass Elementary]]. no smokers in home per mom; grandma smokes outside.
PCP: Dr. [[N:Greenfield]], [[H:Southeast Community Health]].
Exam: RR 38, SpO2 91% RA, diffuse wheeze, subcostal retractions.
A/P: [[A:8]]M w/ status asthmaticus, mod-severe. cont albuterol q1h, dex day 2, wean O2. Asthma action plan + school meds form before dc. SW re: housing/mold.
[[N:Peter Lindahl]], MD (PGY-1)
"""),

("h_and_p", """
Admission H&P  [[D:Jan 6, 2025]]
[[N:Karagiannis, Vasiliki]] ("[[N:Vicky]]") - [[A:ninety-one]] year old woman from home, brought in by son [[N:Stavros]] for 2 days of vomiting and abdominal distension. Son says "she's in her [[A:90s]] but sharp as a tack, still cooks for the whole family." No BM x4 days, no flatus since yesterday.
PMH: HTN, OA, cholecystectomy, TAH (1970s), hiatal hernia.
Meds: amlodipine 5, acetaminophen prn, "greek tea".
SH: widowed, lives alone at [[ST:22-14 31st St]], [[C:Astoria]], [[SA:NY]] [[Z:11105]]; son lives upstairs. never smoker.
Exam: distended, tympanic, high-pitched BS, mild diffuse TTP, no peritonitis. Old midline scar.
Labs: WBC 12.1, lactate 1.4, K 3.1. CT: SBO w/ transition point RLQ, likely adhesive; no closed loop.
A/P: adhesive SBO - NPO, NGT, IVF + K. surgery (Dr. [[N:Yildirim]]) aware, nonop trial, gastrografin challenge. Goals: full code for now, son [[N:Stavros Karagiannis]] is HCP ([[P:718-555-0163]]).
[[N:Adrián Molina]], MD
"""),

("progress", """
Clinic visit  [[D:11/25/2024]] - f/u DM/HTN
Pt: [[N:William]] '[[N:Will]]' [[N:Marsh]], [[A:58]] yo M
S: feels well. still working full time at [[O:Marsh & Sons Hardware]] (family business). checking BG 3x/wk, fasting 130s-150s. no hypoglycemia. walking 20 min most days. wife [[N:Donna]] cooks low-carb now.
O: BP 148/90 (rpt 142/88), HR 76, BMI 33.1. feet: monofilament intact, no ulcers. A1c 7.9 (was 8.6 in [[D:Aug]]).
A/P:
1. T2DM - improving. add empagliflozin 10. will recheck A1c in 3 mo.
2. HTN - above goal, increase lisinopril to 20. home BP log, mark readings in the app.
3. HCM - flu shot today (lot FL4471A), colonoscopy overdue - referral to Dr. [[N:Bhatt]].
RTC 3 mo.
[[N:Catherine Oyelaran]], MD
"""),

("progress", """
Transplant Nephrology - Progress Note   [[D:6-Feb-2025]]
POD#3 living-related kidney transplant (donor: sister [[N:Alma Castañeda]], [[A:41]], recovering well on 8S per surgical team).
Recipient: [[N:Castañeda, Joaquín]] [[A:44]]M, ESRD 2/2 IgA nephropathy.
S: pain controlled. UOP excellent. tolerating diet.
O: UOP 4.2 L/24h. Cr 6.8 -> 3.1 -> 1.9. Tac level 9.1 (goal 8-10). Hgb 9.4. JP 60 mL serous.
A/P: immediate graft function.
- tacrolimus 5 mg BID, MMF 1 g BID, pred taper per protocol
- valganciclovir (D+/R-), TMP-SMX ppx
- pharm teaching w/ pt and wife [[N:Guadalupe]] today
- d/c planning for [[D:2/8]] if Cr continues to fall; labs 2x/wk at [[H:Valley Transplant Clinic]] first 4 wks
[[N:Ngozi Eze]], MD
"""),

("social_work", """
SW Psychosocial Assessment    [[D:10/04/2024]]
Pt [[N:Tum Ajpop, Cristóbal]], [[A:29]] yo M, K'iche'-speaking (limited Spanish), assessed w/ K'iche' interpreter via video ([[N:Xiomara]], #[[ID:66018]]). Pt was injured at work - fell from ladder at [[O:Van Dyke Dairy]] where he has worked 3 yrs - L calcaneus fx + L1 compression fx.
Pt lives in employer-provided housing at [[ST:4410 Konnowac Pass Rd]], [[C:Wapato]], [[SA:WA]] [[Z:98951]] w/ cousin [[N:Ixchel]] and 3 other workers. Wife and 2 children ([[A:5]] and [[A:3]]) in Guatemala.
Pt uninsured; emergency Medicaid application submitted [[D:10/3]] (app #[[ID:EMA-24-55812]]). Worker's comp: employer rep [[N:Dirk van Dyke]] ([[P:509-555-0125]]) states claim will be filed; pt afraid of losing job/housing.
Plan: f/u L&I claim, connect w/ farmworker legal aid, arrange bilingual PT f/u.
-- [[N:Araceli Montoya]], MSW
"""),


("social_work", """
SW note - bereavement    [[D:6/3/2024]] 0630
Pt [[N:Jankowski, Henryk]] expired 0412 w/ wife [[N:Gloria]] and sons [[N:Adam]] and [[N:Krzysztof]] at bedside. Chaplain Fr. [[N:Bogdan]] ([[O:St. Stanislaus Parish]]) performed anointing at 0300 per family request.
OPO notified 0425, ref #[[ID:OPO-24-04471]] - not a candidate for organ donation, tissue declined by wife. Not a ME case per Dr. [[N:Ferrante]].
Family chose [[O:Kaczmarek Funeral Home]], [[C:Chicopee]] ([[P:413-555-0170]]); release form signed by wife. Son [[N:Adam Jankowski]] ([[P:413-555-0118]]) will pick up belongings from security (envelope #[[ID:V-2218]]). Bereavement packet given.
-- [[N:Shirin Jafari]], LICSW
"""),

("case_mgmt", """
CM note  [[D:1/28/2025]]
Pt [[N:Ofori, Kwabena]] [[A:73]]M, CVA w/ R hemiparesis, dc to home today w/ PCA services.
Coverage: MassHealth Standard ID [[HP:100384472915]] + Medicare A/B [[HP:7HD3-WX1-GN28]]. One Care plan pending.
PCA agency: [[H:Harmony Home Care]] (coordinator [[N:Efe]], [[P:617-555-0182]]), 20 hrs/wk approved; first shift [[D:1/29]] 0900. Daughter [[N:Akosua]] is PCA surrogate.
Address: [[ST:9 Fenwood Terr #3]], [[C:Mattapan]] [[SA:MA]] [[Z:02126]] - 1st floor, 3 steps, rail installed by son [[N:Yaw]] last wk.
MassHealth premium in 60-day grace period - financial counselor aware.
Outpt PT/OT at [[H:Fenwood Community Health Center]] starting [[D:2/3]].
[[N:Brittany Kowalczyk]], RN CM
"""),

("case_mgmt", """
d/c planning f/u [[D:10/15]]: pt ([[N:Evelyn Rosado]], [[A:80]]) will NOT return to her apt in [[C:Springfield]]; family decided she'll move in w/ son [[N:Luis]] in [[C:Kissimmee]], [[SA:FL]]. new address [[ST:2847 Bright Lake Cir]], [[C:Kissimmee]] [[SA:FL]] [[Z:34743]]. son flying up [[D:10/17]], will drive her down [[D:10/18]]. HH referral sent to [[H:Osceola Home Health]] (fax [[F:407-555-0139]], intake [[N:Mayra]]); PCP appt w/ Dr. [[N:Vélez]] [[D:10/24]]. Medicare [[HP:2KF8-PR4-YT93]] - no change. CM will send dc summary and med list to new PCP.
"""),

("telephone", """
CRITICAL RESULT CALL   [[D:09/09/2024]] 14:38
Caller: [[N:Brenda]] (core lab, [[H:Mercy Hospital]], ext [[P:3310]])
Pt: [[N:Flores, Esperanza]]   MRN [[M:7720418]]   accession [[ID:C24-253-00917]]
Result: K 6.8 (hemolyzed? no - per lab, not hemolyzed)
Read back: yes. Notified Dr. [[N:Lindgren]] 14:42, orders rec'd for stat EKG, calcium gluconate, insulin/D50, repeat K. Pt contacted at [[P:413-555-0149]] and instructed to go to ED now - daughter [[N:Marisol]] driving her.
[[N:Jenna Pruitt]], RN
"""),

("telephone", """
pt called [[D:5/20]] re: metoprolol refill - ran out 2 days ago. says [[H:Stop & Shop Pharmacy]] in [[C:Bristol]] told her no refills left. last seen [[D:1/8]] by Dr. [[N:Amato]]. 30 day supply sent, pt needs appt before next refill - scheduled [[D:6/3]] 2:15. pt also asking if she can get her husband [[N:Art]]'s flu shot at same appt - told yes, he needs his own appt, transferred to front desk. cb [[P:860 555 0196]]. -[[N:lmorin]] LPN
"""),

("portal", """
From: [[N:Adeola Ogunleye]] (DOB [[D:6/30/1988]], MRN [[M:3007714]])   Sent: [[D:Mon 2/24/2025]] 7:52 AM
Subject: FMLA paperwork

Good morning Dr. [[N:Sandhu]], my employer ([[O:Keystone Mutual Insurance]]) needs the FMLA certification for my leave after surgery on [[D:March 10]]. HR fax is [[F:(215) 555-0178]], attn [[N:Gretchen Hoff]]. My supervisor [[N:Mark]] says they need it by [[D:3/3]]. I uploaded the form (it's also at [[U:https://hr.keystonemutual.example/leave/fmla-cert]]). Also, is 6 weeks realistic or should I ask for 8?
Thank you,
[[N:Adeola]]

Staff reply [[D:2/24/2025]] 11:05 ([[N:Carla]], MA): Form received and placed in Dr. [[N:Sandhu]]'s box. Processing takes 5-7 business days; we will fax it to HR and mark it done in your portal.
"""),

("portal", """
Message from parent - [[D:Aug 19, 2024]]
re: [[N:Zainab Hussain]] (DOB [[D:3/14/2016]])
hi this is her mom [[N:Rukhsana]]. school starts next week at [[O:Garfield Elementary]] and the school nurse (Mrs. [[N:Dolan]]) needs the epipen form + asthma action plan signed. can you fax to [[F:973-555-0143]]? also [[N:zainab]] is allergic to tree nuts AND sesame now (reaction at a wedding in [[D:July]]) please add to her chart. thx
---
reply: forms completed by Dr. [[N:Rivera]] and faxed [[D:8/20]]. Allergy list updated. -[[N:Tanisha]] RN
"""),

("pharmacy", """
Meds-to-Beds discharge counseling   [[D:12/03/2024]] 15:20
Pt [[N:Liang, Xiaoming]] [[A:52]]M; counseled at bedside w/ wife [[N:Hui]] using Mandarin interpreter (in person, [[N:Chen]]).
New: apixaban 5 mg BID (DVT L leg dx [[D:11/30]]); copay $0 w/ manufacturer card ID [[HP:CC-883024417]].
Changed: none. Stopped: ibuprofen.
Ins: Medicaid (Fidelis) [[HP:YZ48221C]].
Counseled on bleeding precautions, missed dose, avoid NSAIDs. Pt's own pharmacy ([[H:Golden Gate Pharmacy]], [[ST:Stockton St]], [[C:San Francisco]], [[P:415-555-0128]]) updated by phone ([[N:Vincent]], RPh) to avoid duplicate fill.
[[N:Rachel Adeyinka]], PharmD   NPI [[L:1288044179]]
"""),

("therapy", """
Outpatient PT progress note    [[D:4/10/25]]   visit 8/12
Pt: [[N:Brennan, Kieran]]  [[A:38]]M   Dx: R shoulder RCR (Dr. [[N:Vasquez]], [[D:1/21/25]]); DOI [[D:11/4/24]]
Payer: workers comp - claim #[[ID:WC-88-220417]], adjuster [[N:Sherry Koenig]] [[P:(401) 555-0165]].
Employer: [[O:Ocean State Roofing]]. Pt asking when he can return to roofing.
S: pain 2/10 at rest, 5/10 overhead. sleeping on R side now.
O: AROM flex 150, abd 140, ER 60. MMT ER 4-/5, abd 4/5. Neer/Hawkins neg.
A: progressing, not yet at work demands (overhead lifting 50 lb).
P: cont 2x/wk x4 wks, FCE in [[D:May]]. Progress note faxed to Dr. [[N:Vasquez]] and adjuster.
[[N:Jocelyn Tran]], PT, DPT
"""),

("therapy", """
RT note [[D:7/30/2025]] 2130: home CPAP brought in by dtr [[N:Latoya]] - ResMed AirSense 10, SN [[DV:23181455098]], settings 10 cmH2O, ff mask medium. checked by biomed (tag not needed, pt-owned). pt [[N:Odell Hargrove]] ([[A:67]], MRN [[M:5520381]]) placed on own CPAP 2200, sats 95% on 2L bleed-in. -[[N:D. Ibarra]] RRT
"""),

("radiology", """
OB US - Limited   Acc [[ID:US2507-44183]]   [[D:07/15/2025]]
Pt: [[N:Gonçalves, Fernanda]]   [[A:31]] y   G2P1
LMP [[D:5/2/2025]] -> EDD by LMP [[D:2/6/2026]]
Indication: vaginal bleeding, dating.
Findings: Single IUP. CRL 2.3 cm = 9w1d, c/w dates (EDD by US [[D:2/9/2026]], LMP dating retained). FHR 168 bpm. Small subchorionic hemorrhage 1.4 x 0.6 cm. Ovaries normal.
Impression: live single IUP 9w1d; small subchorionic hemorrhage.
Sonographer [[N:T. Pham]], RDMS.  Interpreted by [[N:Olga Lindström]], MD. Results to Dr. [[N:Azevedo]].
"""),

("radiology", """
SCREENING MAMMOGRAM BILATERAL w/ TOMO    Acc [[ID:MG24-10-3371]]
Patient: [[N:GREEN, HOPE M]]   MRN [[M:0061-3322-8]]   DOB [[D:02/28/1960]]   Exam: [[D:10/21/2024]]
Comparison: [[D:10/09/2023]], [[D:09/30/2022]] (outside, [[H:Pioneer Valley Imaging]]).
Breast composition: heterogeneously dense (C).
Findings: No suspicious mass, calcification or architectural distortion. Stable benign-appearing calcifications L breast. Skin marker on R mole.
IMPRESSION: BI-RADS 1 - negative. Recommend annual screening.
Letter mailed to pt at [[ST:6 Juniper Way]], [[C:Northampton]] [[SA:MA]] [[Z:01060]].
[[N:Marguerite Oyelaran-Huff]], MD
"""),

("pathology", """
INTRAOPERATIVE CONSULTATION (FROZEN SECTION)
Case [[ID:SP25-11872]]   Pt [[N:Delgado, Mateo R]]   [[A:68]] M   OR 7   [[D:5/19/2025]]
Surgeon: Dr. [[N:Feng]]   Specimen: "left lower lobe wedge"
FS diagnosis: Non-small cell carcinoma, favor adenocarcinoma. Margin (stapled): negative for carcinoma, closest 0.8 cm.
Called to Dr. [[N:Feng]] in OR 7 at 10:47 by Dr. [[N:Ueda]]; read back.
Permanent sections to follow. Block [[ID:SP25-11872-A1]] reserved for molecular (EGFR/ALK/PD-L1).
"""),

("consult", """
INFECTIOUS DISEASE CONSULT    [[D:01/09/2025]]
Requesting: Dr [[N:Weiss]] (hospitalist) - fever in returning traveler
HPI: [[N:Babatunde Adeyemi-Cole]] is a [[A:47]] yo man, born in Nigeria, living in the US x20 yrs, who returned [[D:1/4]] from 3 wks in [[C:Lagos]] and [[C:Ibadan]] (sister's wedding [[D:12/28]]). No malaria ppx ("I grew up there"). Fevers to 40, rigors, HA since [[D:1/7]]. No rash, no tick bites. Denies freshwater swimming.
Exam: T 39.6, HR 118, BP 98/60. Scleral icterus. Spleen tip palpable.
Data: plt 48, Tbili 3.4, Cr 1.6. Thick/thin smear (accession [[ID:H25-009-0231]]): P. falciparum, parasitemia 6.2%.
Assessment: severe falciparum malaria (parasitemia > 5%, AKI, hyperbilirubinemia). Low suspicion for Lassa, typhoid also considered - BCx sent. Not consistent with Lyme disease, Rocky Mountain spotted fever or West Nile given history.
Recs: IV artesunate (obtained via CDC, released by pharmacist [[N:Okoro]] 2210), q12h smears until < 1%, then oral artemether-lumefantrine. ICU eval. Notify health dept (done, [[N:Linda Pryor]], [[P:(609) 555-0107]]).
Wife [[N:Folake]] updated at bedside.
[[N:Gabriel Moreau]], MD, Infectious Diseases
"""),

("addendum", """
Addendum to radiology report [[ID:CT2411-88206]] ([[D:11/20/2024]]):
Laterality corrected: the 9 mm nodule is in the LEFT lower lobe, not the right as originally dictated. Correction discussed by phone with Dr. [[N:Szymański]]'s nurse [[N:Paulette]] on [[D:11/21/2024]] at 09:10, who will inform the patient ([[N:Ortega, Baltazar]], MRN [[M:3390457]]). Recommendations unchanged (CT in 3 months, ~[[D:Feb 2025]]).
-- [[N:Yevgenia Radchenko]], MD
"""),

("handoff", """
ED HANDOFF 0700  [[D:9/27]]   [[N:Mehta]] -> [[N:Abernathy]]
rm 3  [[N:Lopez-Gaitán, Itzel]] [[A:22]]F - ectopic r/o, bHCG 1840, US indeterminate. OB (Dr. [[N:Tanaka]]) to see. stable.
rm 5  [[N:Goldberg, Saul]] [[A:96]]M - from [[H:Beth Shalom Senior Residence]]. fall [[D:9/26]] ~2300, R hip fx. ortho aware, OR today. DNR. granddaughter [[N:Shira]] [[P:646-555-0105]].
rm 8  [[N:Nwachukwu, Ifeoma]] [[A:50]]F - CP, trop x2 neg, stress test today -> obs.
rm 11 Doe, Unknown ~[[A:40]]M - found down at bus stop on [[ST:Washington St]], intox, CT neg. needs re-eval when sober. possible name "[[N:Richie]]" per EMS.
rm 14 [[N:Petrosyan, Armen]] [[A:69]]M - AFib RVR, dilt gtt, admit to stepdown - bed pending. son [[N:Hayk]] at bedside.
rm 17 [[N:Baker, Grace]] [[A:4]]F - nursemaid's elbow reduced, tolerating. d/c w/ mom [[N:Lindsey]].
hallway 2 [[N:Kowalski, Bill]] [[A:61]]M - ETOH withdrawal, CIWA 12, lorazepam given 0600. sister [[N:Pat]] says he was at [[H:Serenity House Detox]] in [[D:June]].
-- [[N:Mehta]]
"""),

("nh_transfer", """
SNF -> ED  Transfer Communication (INTERACT)
Facility: [[H:Briarwood Health & Rehabilitation]]  [[P:(508) 555-0147]]   Unit: Magnolia
Resident: [[N:Hill, Dorothy]]   DOB [[D:06/17/1934]]   Age [[A:90]]   Room 122B
Sent [[D:11/03/2024]] 1420 via ambulance to [[H:Sudbury Valley Regional Hospital]]
Reason: acute change in condition - lethargic, BP 84/50, BG 48 at 1350 (glucagon given 1355, BG 92 at 1410).
Advance directive: DNR, OK to transfer/treat.
Primary contact: son [[N:Wesley Hill]] [[P:774-555-0120]] (notified 1415) / dtr-in-law [[N:Rose Hill]] [[P:774-555-0121]].
Meds of note: glipizide 10 mg BID (!), insulin glargine 14 u hs, furosemide 40.
Diet: mech soft, thin liquids. Mobility: hoyer lift.
Clinician: [[N:Ayodele Fashola]], NP    Nurse: [[N:Kristen Ruel]], LPN
"""),

("home_health", """
Home health PT visit [[D:5/12/25]] 1300-1345. pt [[N:Albert Nakamura]] [[A:88]] s/p R TKA. wife [[N:Setsuko]] and neighbor [[N:Hope]] present. SOC [[D:5/1/25]]. home at [[ST:48 Mokulua Dr]], [[C:Kailua]] [[SA:HI]] [[Z:96734]] - 3 steps to lanai, no rail (recommended one). knee flex 95 deg, ext -5. amb 150 ft w/ RW on grass + pavement, SBA. pain 4/10. HEP reviewed. we hope to d/c RW to cane in 2 wks. next visit [[D:5/15]]. updated Dr. [[N:Fujimoto]] office. -- [[N:Kai Kealoha]], PT
"""),

("admin", """
REGISTRATION / FACE SHEET   printed [[D:03/02/2025]] 08:41 by [[N:mhernandez]]
Patient: [[N:NGUYEN, BAO ANH]]   Sex: M   DOB: [[D:10/10/1977]]   Age: [[A:47]]
MRN: [[M:10448231]]   Enc/FIN: [[AC:4002219856]]   Adm type: Elective
SSN: [[S:541-77-2093]]   DL: WA [[L:NGUYEBA192KL]]
Address: [[ST:15220 NE 8th St Apt 1102]], [[C:Bellevue]] [[SA:WA]] [[Z:98007]]
Phone (H): [[P:425-555-0137]]   (C): [[P:206.555.0199]]   Email: [[E:baoanh.nguyen77@inbox.example]]
Employer: [[O:Cascade Semiconductor]]   Occupation: process engineer
Primary ins: Premera Blue Cross  Member ID [[HP:PBX882014477]]  Group [[HP:1003318]]  Subscriber: self
Secondary: Apple Health (Medicaid) [[HP:200338417WA]]
Guarantor acct: [[AC:G-7730219]]
Emergency contact: [[N:Tran, Mai]] (spouse)  [[P:206-555-0142]]
PCP: [[N:Kwan, Stephanie]] MD - [[H:Eastside Family Medicine]]
Preferred pharmacy: [[H:Crossroads Pharmacy]], [[C:Bellevue]]
Advance directive on file: No
"""),
]
