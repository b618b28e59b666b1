# Hand-written clinician notes, holdout split, part D.
# All people, numbers, addresses and institutions are invented.

NOTES = [
("nursing", """
OUTPATIENT HEMODIALYSIS - treatment note    [[D:05/13/2025]]    Chair 7
Pt: [[N:Greenleaf, Otis]]  [[A:74]]M   MRN [[M:HD-208813]]   Unit: [[H:Ridgeway Dialysis Center]]
Pre: wt 84.6 kg (EDW 81.5), BP 168/92, HR 80, lungs crackles bases, 2+ edema. Missed [[D:Sat 5/10]] tx - granddaughter's graduation in [[C:Durham]].
Access: R IJ tunneled cath (placed [[D:3/2]] at [[H:Lumber River Vascular]]) - dressing changed, no drainage. Fistula L arm maturing, vascular f/u Dr. [[N:Oyekunle]] [[D:5/29]].
Tx: 4 h, UF goal 3.1 L, 2K/2.5Ca bath, heparin 2000 u bolus. Post wt 81.6, BP 138/80.
Pt's wife [[N:Hattie]] picks him up; her cell [[P:(910) 555-0402]] for any delays.
-- [[N:Simone Batts]], RN
"""),

("nursing", """
ED boarding - nursing note    [[D:9/6/2025]] 0210
Pt [[N:Kovalenko, Oleksandr]] ([[A:39]]M, MRN [[M:5219906]]) boarding in ED hall bed 4, awaiting psych bed (hr 31 of boarding). calm, slept 2 hrs. ate sandwich. refused shower.
Belongings inventoried with security (Ofc. [[N:Dumas]]): wallet w/ NY DL [[L:742 118 903]], insurance card (Fidelis [[HP:FC44120937]]), Social Security card ([[S:093-71-4402]]), $61, cell phone, belt + shoelaces - sealed in envelope #[[ID:SEC-25-09117]].
Sister [[N:Halyna]] called from [[C:Lviv]] via WhatsApp on pt's phone at 0030 - pt spoke w/ her 10 min, supervised.
Bed search: [[H:Hudson Ridge Behavioral]] declined, [[H:St. Dymphna Psychiatric Center]] pending.
-- [[N:Tiana Brooks-Hill]], RN
"""),

("nursing", """
Tele RN note [[D:11/23/25]] 1500
pt [[N:Agustín Ferreyra]] [[A:81]] (MRN [[M:3029951]], adm [[D:11/21]] from [[H:Kendall Pointe Medical Center]]) a&ox3, SR w/ 1st deg AVB, PR 260. no pauses on tele. dizzy x1 standing, orthostatics neg. cardiology (Dr [[N:Whitcombe]]) saw pt, plan EP eval tmrw for ?PPM. NPO after MN. wife [[N:Amalia]] + son [[N:Nicolás]] at bedside, son asked for update from MD - paged Dr [[N:Whitcombe]], will come at 1700. son's # [[P:(305) 555-0417]]. pt's home pacer clinic would be [[H:Coral Gables Heart Rhythm]] if implanted. pt asks that we call him "[[N:Tino]]". -[[N:Y. Morales]] RN
"""),

("ed_triage", """
PEDS ED TRIAGE   [[D:04/19/2026]] 12:37
[[N:Harper Lindqvist-Dale]], [[A:2]] y/o F (DOB [[D:3/3/2024]]), MRN [[M:P-5530981]]. Grandma [[N:Judith Dale]] found her with grandpa's pill organizer open ~1200; possibly took amlodipine 10 mg and/or metformin 500 mg, up to 2 tabs. Pt alert, playful. HR 118, BP 88/50, BG 94.
Poison center ([[H:Front Range Poison Center]]) case #[[ID:RMPC-26-044871]], advised 24 h obs for amlodipine.
Mom [[N:Kelsey Lindqvist-Dale]] en route from work at [[O:Summit Outdoor Gear]], cell [[P:303-555-0421]].
Triage RN: [[N:Prakash]]
"""),

("ed_triage", """
ED TRIAGE  [[D:1/29/26]] 0958 - [[A:37]]M [[N:Darnell Tibbs]] (MRN [[M:8840216]]) R hand crush injury ~0915 at work (press operator, [[O:Midland Stamping & Die]]). R index/long finger lac + deformity. NV: cap refill < 2 s. Pain 9/10. Supervisor [[N:Gary Pruitt-Holmes]] w/ pt, WC carrier info: claim #[[ID:WC-26-0041178]], adjuster line [[P:800-555-0426]]. last tetanus unknown. ESI 3. hand surgery (Dr. [[N:Bhaskar]]) paged. -[[N:Sunniva]] RN
"""),

("discharge_summary", """
LIVER TRANSPLANT DISCHARGE SUMMARY
Patient: [[N:Obuya, Stephen Otieno]]    MRN [[M:000771903]]    Encounter [[AC:EN-25-5510283]]
Admission: [[D:08/02/2025]]    Transplant: [[D:08/03/2025]]    Discharge: [[D:08/15/2025]]
Surgeon: [[N:Catalina Restrepo]], MD    Hepatologist: [[N:Anil Deshmukh]], MD
UNOS donor ID [[ID:AHFK229]] (DBD). Recipient [[A:52]] yo M, MELD 31, alcohol-associated cirrhosis (sober since [[D:March 2022]]).
Course: OLT with duct-to-duct anastomosis. Extubated POD1. Tacrolimus started POD1, level 9.8 at d/c. Mild ACR on bx [[D:8/10]] ([[ID:SP25-18820]]) - pulse steroids x3. JP out [[D:8/12]].
Caregivers: wife [[N:Margaret Obuya]] and brother [[N:Peter Odhiambo]]; staying near the transplant center at [[ST:310 Rutherford Ave, Unit 4]], [[C:Charlestown]] for 4 wks.
Meds: tacrolimus 4 mg BID, MMF 1 g BID, prednisone taper, valganciclovir, TMP-SMX, nystatin.
F/u: transplant clinic twice weekly (labs Mon/Thu at [[H:Harborside Transplant Clinic]]); coordinator [[N:Deirdre Quinlan]], RN [[P:617-555-0433]].
[[N:Catalina Restrepo]], MD    [[D:08/15/2025]]
"""),

("discharge_summary", """
DEATH SUMMARY    [[D:02/02/2026]]
Decedent: [[N:Lachapelle, Rosaire]]    MRN [[M:3340917]]    DOB [[D:06/21/1937]]    Age [[A:88]]
Admitted [[D:1/27/2026]] from [[H:Sainte-Anne Residence]] with aspiration pneumonia and sepsis. Transitioned to comfort care [[D:1/30]] after family meeting with daughters [[N:Ginette Lachapelle-Roy]] and [[N:Lise Lachapelle]]. Died [[D:2/1/2026]] at 23:46, pronounced by Dr. [[N:Ferland]]; family present.
Autopsy: declined. ME: not a reportable case. Organ/tissue: [[O:Granite Donor Alliance]] referral #[[ID:GDA-26-00813]], not a candidate.
Funeral home: [[O:Gagnon-Lavoie Funeral Home]], [[C:Manchester]] [[SA:NH]].
Death certificate completed [[D:2/2/2026]] by Dr. [[N:Ferland]] (SSN [[S:004-52-7719]] confirmed with daughter). Cause: aspiration pneumonia due to advanced Alzheimer dementia.
[[N:Pierre-Luc Ferland]], MD
"""),

("h_and_p", """
MICU ADMISSION H&P    [[D:10/11/2025]] 0440
Pt: [[N:Reyes-Whitford, Caleb]]  [[A:23]]M   MRN [[M:6640182]]   FIN [[AC:7720039145]]
CC: unresponsive
HPI: found unresponsive at 0250 in driver's seat of his car (plate [[V:JKW-4417]], VIN [[V:1FADP3F29JL220417]], per [[C:Cranston]] PD) in the parking lot of a closed supermarket on [[ST:Reservoir Ave]]; RR 4, pinpoint pupils. Naloxone 4 mg IN x2 by PD, then 2 mg IV by EMS with partial response; intubated in ED for hypercapnia (pCO2 88) and aspiration. Fentanyl test strip in car per Ofc. [[N:Marchetti]]. Friend [[N:Aidan Sullivan]] says pt "was doing good" since [[H:Narrow River Recovery House]] discharge [[D:9/1]].
PMH: OUD (on buprenorphine until [[D:Aug]]), ADHD. Meds: none current.
SH: lives w/ mother [[N:Dana Reyes]] at [[ST:19 Comstock Pkwy]], [[C:Cranston]] [[SA:RI]] [[Z:02921]]; works at [[O:Ocean State Auto Body]]. Mom's cell [[P:401-555-0437]].
Exam: intubated, sedated. Pupils 2 mm. Rhonchi R. Track marks L antecubital.
A/P: opioid overdose w/ acute hypoxic/hypercapnic resp failure + aspiration PNA. Vent, amp/sulbactam, CK/troponin (down time unknown), addiction consult, naloxone kit + buprenorphine restart at extubation. Mother updated 0430.
[[N:Farah Qasim]], MD (MICU fellow)
"""),


("progress", """
ONCOLOGY CLINIC - follow-up    [[D:12/09/2025]]
[[N:Sakamoto, Emiko]]  [[A:58]]F   MRN [[M:4402918]]   Stage IIIB NSCLC (EGFR exon 19 del)
Tx history: concurrent chemoRT [[D:2/2025]]-[[D:4/2025]] at [[H:Pacific Crest Radiation Oncology]]; osimertinib since [[D:5/12/2025]].
S: grade 1 acneiform rash on face, paronychia L thumb. Energy good; back to part-time bookkeeping at [[O:Nakamura Trading Co.]]. Husband [[N:Takeshi]] with her.
O: ECOG 1. Wt 61 kg, stable. CT C/A/P [[D:12/2/2025]]: continued partial response, no new lesions.
A/P: doing well on osimertinib.
- rash: doxycycline 100 mg BID, hydrocortisone 2.5% cream
- paronychia: vinegar soaks; derm if worse
- ECG today QTc 441
- next CT [[D:3/2026]]; RTC [[D:1/6/2026]] with labs
Daughter [[N:Mika]] (RN at [[H:Queen's Harbor Medical Center]]) joined by video.
[[N:Luis Ángel Carrasquillo]], MD
"""),

("progress", """
WELL CHILD - 12 MONTH    [[D:7/22/2025]]
[[N:Kamau, Baraka]]   DOB [[D:7/19/2024]] ([[A:12]] mo)   MRN [[M:P-2208193]]
With mother [[N:Wairimu]] and aunt [[N:Nyambura]].
Growth: wt 9.6 kg (45th %ile), length 75 cm (50th), HC 46 cm (55th).
Development: pulls to stand, cruises, 3 words, pincer grasp. No concerns.
Diet: whole milk 16 oz/day, table foods. Daycare at [[O:Little Acorns Learning Center]] since [[D:June]].
Vaccines today: MMR, varicella, Hep A #1, PCV20 #4. Fingerstick Hgb 11.4, lead < 3.
Next visit 15 mo ([[D:10/21/2025]]).
[[N:Olivia Strand-Mbeki]], MD
"""),

("social_work", """
SW note - Pediatrics    [[D:3/11/2026]]
Pt [[N:Jayden Marsh-Ortiz]], [[A:7]] yo M, in DCF custody since [[D:1/9/2026]] (case #[[ID:DCF-26-004418]]), admitted with asthma exacerbation. Foster parents [[N:Rochelle]] and [[N:Dale Ayers]] (licensed foster home in [[C:Taunton]]) at bedside; foster mom's cell [[P:508-555-0442]].
DCF social worker [[N:Keisha Ambrose]] ([[P:508-555-0443]]) must be notified of discharge; court order for medical consent on file. Bio mother [[N:Crystal Ortiz]] has supervised visits only - not to visit unsupervised. Bio father unknown. MassHealth [[HP:100447731209]].
Plan: notify DCF at dc; send asthma action plan to foster parents and to the school nurse at [[O:Bennett Elementary]].
-- [[N:Yasmin Haddad-Price]], LICSW
"""),

("social_work", """
SW / VA liaison note    [[D:06/02/2025]]
Pt [[N:Kilbride, Dennis]] [[A:76]]M (DOB [[D:8/8/1948]], MRN [[M:5107724]]), Vietnam-era Army veteran, admitted w/ CHF exacerbation. Enrolled in VA care; PCP at [[H:Gulf Coast VA Clinic]]. DoD ID [[ID:1204418893]]. VA community care referral #[[ID:VA-CC-25-770341]] requested for post-acute SNF.
VA SW [[N:Angela Ruiz-Maddox]] [[P:727-555-0452 ext 4410]] - SNF options under VA contract: [[H:Sunshine Gardens Nursing Center]] (accepting).
Lives with wife [[N:Patricia]] ([[A:74]]) at [[ST:5120 66th St N]], [[C:St. Petersburg]] [[SA:FL]] [[Z:33709]]; wife's cell [[P:727-555-0451]]. Son [[N:Sean Kilbride]] in [[C:Tampa]] helps weekly.
-- [[N:Lakisha Dorsey]], MSW
"""),

("case_mgmt", """
CM - SNF referral tracking    [[D:02/10/2026]]
Pt [[N:Vasconcelos, Irene]] [[A:82]]F   MRN [[M:1193307]]
Referrals sent [[D:2/6]]:
- [[H:Brookfield Manor]] - declined (no female LTC bed)
- [[H:Westgate Health & Rehab]] - declined (payer)
- [[H:Mount Hope Nursing Center]] - declined (behaviors)
- [[H:Cedar Crest Rehabilitation]] - pending clinicals
- [[H:Saint Joseph's Manor]] - ACCEPTED [[D:2/10]], bed [[D:2/11]] (admissions [[N:Roberta Sheffield]], [[P:203-555-0461]])
Payer: ConnectiCare VIP [[HP:CCV88140227]]; auth [[ID:AUTH-CC-2026-0338]] approved [[D:2/10]].
Son [[N:Paulo Vasconcelos]] (HCP) toured [[H:Saint Joseph's]] on [[D:2/9]] and agrees.
-- [[N:Mary Kate Dunphy]], RN CM
"""),

("case_mgmt", """
CM note [[D:7/18/25]] - pt [[N:Two Bulls, Marcus]] [[A:45]]M wants to continue rehab closer to family in [[C:Rapid City]] [[SA:SD]]. Accepted at [[H:Paha Sapa Rehabilitation Hospital]] [[D:7/17]]. IHS purchased/referred care #[[ID:IHS-PRC-25-10482]]; SD Medicaid [[HP:SD771044182]]. Fixed-wing transport [[D:7/21]] 0800. Sister [[N:Winona Two Bulls]] [[P:605-555-0466]] will meet him. Records faxed to [[F:605-555-0467]] at 1515. -[[N:Renata Eagle Heart]], RN CM
"""),

("telephone", """
TELEPHONE TRIAGE    [[D:04/28/2026]] 19:22
Caller: pt, [[N:Ingeborg Solheim-Pratt]], [[A:69]], DOB [[D:12/2/1956]], MRN [[M:7300142]]
POD3 s/p R TKA (Dr. [[N:Castellanos-Webb]], [[H:Lakeview Orthopedic Surgery Center]]). Pain 8/10 despite oxycodone 5 mg q4h; calf not swollen, no CP/SOB. Dressing dry. Afebrile.
Advice: ice/elevate; add scheduled acetaminophen 1 g q8h (not taking); may take oxycodone 10 mg x1 tonight per on-call Dr. [[N:Ferreira-Gomes]]. ED if calf pain, SOB, fever. Husband [[N:Gunnar]] on speaker, verbalized. cb [[P:(612) 555-0470]].
[[N:Maren Holt]], RN
"""),

("telephone", """
ANSWERING SERVICE - overnight messages [[D:1/3/2026]] (Dr. [[N:Amsel]] on call)
2214 [[N:Verna Pickett]] re: husband [[N:Lloyd]] ([[A:90]]) "breathing fast" - cb [[P:(336) 555-0471]]. called back 2220, advised 911; taken to [[H:Salem Creek Regional]] ED.
2340 [[N:Marco Ybarra-Dunn]] out of lisinopril since [[D:1/1]] - cb [[P:336.555.0472]]. 3-day supply sent to [[H:Harris Teeter Pharmacy]] on [[ST:Stratford Rd]].
0115 pharmacist at [[H:Walmart Pharmacy]] in [[C:Clemmons]] re: dose clarification, pt [[N:Aiyana Locklear]] - cb [[P:336-555-0473]]. amoxicillin 875 BID confirmed.
0450 [[N:Destiny Faircloth]] (mother of [[N:Kaden]], [[A:4]]) - fever 39.9, drinking ok. home care advice, office visit in am [[D:1/3]].
Reviewed by Dr. [[N:Amsel]] [[D:1/3/2026]] 0715.
"""),

("portal", """
Portal message    [[D:6/16/2025]]
From: [[N:Renée Dufresne]]
"Please send all records from my ED visit on [[D:5/31]] and the follow-up with Dr. [[N:Mbatha-Cole]] on [[D:6/9]] to my attorney, [[N:Bradley Sutter]] at [[O:Sutter Kaplan Injury Law]], fax [[F:(504) 555-0481]], email [[E:bsutter@sutterkaplan.example]]. The claim # from the other driver's insurance is [[ID:GEI-25-6620914]]. I signed the form at [[U:https://portal.example-health.org/forms/roi]] yesterday. Thank you."
Reply [[D:6/17]] (HIM, [[N:Latasha]]): authorization received; records will be sent within 10 business days. Request #[[ID:ROI-25-77102]].
"""),

("pharmacy", """
PHARMACY MEDICATION HISTORY    [[D:3/23/2026]]
Pt [[N:Montoya-Saiz, Graciela]]  [[A:77]]F   MRN [[M:5028814]]
Sources: pt, son [[N:Rubén Saiz]], fill history from 3 pharmacies:
- [[H:Smith's Pharmacy]], [[C:Rio Rancho]] ([[P:505-555-0483]]): metformin 1000 BID, lisinopril 20, atorvastatin 40 - last fills [[D:3/1]]
- [[H:Mesa del Sol Compounding]] ([[P:505-555-0484]]): estradiol vaginal cream
- mail order, [[H:Sandia Mail Pharmacy]]: dulaglutide 1.5 mg weekly, last shipped [[D:2/20]]
Prescribers: Dr. [[N:Ortega-Lujan]] (NPI [[L:1355192042]], DEA [[L:FO8455190]]); [[N:Kay Brennan]], CNP (NPI [[L:1601184736]]).
Discrepancy: pt still taking glipizide 10 mg from an old bottle although Dr. [[N:Ortega-Lujan]] stopped it in [[D:11/2025]] -> likely cause of BG 48 on arrival. Team notified.
-- [[N:Jared Littlefeather]], CPhT; verified by [[N:Hye-jin Oh]], PharmD
"""),

("pharmacy", """
TRAVEL HEALTH (pharmacist visit)    [[D:9/15/2025]]
[[N:Ekström, Maja]]  [[A:28]]F, lives in [[C:Madison]] [[SA:WI]]. Travel to Ghana and Togo [[D:10/20]]-[[D:11/15]], volunteering with [[O:Volta Clean Water Project]]; rural, some bat-cave tourism planned.
Prior: Hep A x2 (2016), Tdap 2021, MMR x2.
Given today: typhoid Vi IM; yellow fever (ICVP no. [[ID:YF-25-001947]]); rabies PrEP #1 (#2 on [[D:9/22]]).
Malaria: atovaquone-proguanil daily, start 2 days before, continue 7 days after.
Travelers' diarrhea: azithromycin standby.
Emergency contact: mother [[N:Annika Ekström]] [[P:+46 70 555 0192]].
[[N:Rafael Quiñones]], PharmD
"""),

("therapy", """
PT HOME SAFETY EVALUATION    [[D:01/21/2026]]
Pt: [[N:Dumont, Solange]]  [[A:88]]F   Referred by [[H:Acadiana Geriatric Clinic]] after fall on [[D:1/12/2026]]
Home: [[ST:312 Rue Chenier]], [[C:Lafayette]] [[SA:LA]] [[Z:70503]]
Findings: throw rugs in hall and kitchen; no grab bars; tub/shower combo w/ sliding doors; 4 front steps without rail; dim hallway to bathroom; frequently used pots on high shelf.
Recs: remove rugs; grab bars + tub transfer bench; replace doors w/ curtain; install rail (handyman from [[O:St. Genevieve Parish]] men's club offered); night lights; move pots to counter. Rollator indoors.
Daughter [[N:Odile Dumont-Guidry]] will purchase equipment. Next visit [[D:1/23]].
[[N:Cormac Doyle]], PT
"""),

("radiology", """
US VENOUS DUPLEX LOWER EXTREMITY - LEFT    Acc [[ID:VUS-2602-3318]]    [[D:02/05/2026]] 16:10
Pt: [[N:Adewumi, Folarin]]  [[A:61]]M   MRN [[M:9301174]]   Ordering: [[N:K. Mahlaba]], NP ([[H:Eastgate Urgent Care]])
Hx: L calf swelling after long flight from [[C:Accra]] on [[D:2/1]].
Findings: Occlusive echogenic thrombus in the L popliteal and posterior tibial veins; non-compressible. Common femoral and femoral veins compressible with normal phasic flow. No Baker's cyst.
Comparison: US [[D:07/22/2019]] at [[H:Ridgeline Imaging]] (negative).
Impression: Acute L popliteal and posterior tibial DVT.
Called to [[N:K. Mahlaba]], NP, at 16:25. -- [[N:Stellan Berg]], MD
"""),

("pathology", """
PLACENTA PATHOLOGY    Case [[ID:PL26-00318]]
Mother: [[N:Albuquerque, Jaqueline]]  [[A:33]] G2P2  MRN [[M:4419905]]    Infant: Baby Boy [[N:Albuquerque]], MRN [[M:4419912]]
Delivered [[D:03/14/2026]] at 36w2d by CS at [[H:Miramar Women's Hospital]]; received [[D:3/15/2026]]. Clinical: preeclampsia with severe features, FGR.
Gross: trimmed placenta 318 g (< 10th percentile for GA). Three-vessel cord, marginal insertion.
Diagnosis: Maternal vascular malperfusion - distal villous hypoplasia, accelerated villous maturation, villous infarcts (~15% of parenchyma). Decidual arteriopathy present.
[[N:Beatriz Santana]], MD    Signed [[D:3/18/2026]]
"""),

("consult", """
ORTHOPEDIC CONSULT    [[D:8/8/2025]]
Requesting: Dr. [[N:Moyo]] (medicine)    Q: R knee effusion
[[N:Étienne, Jean-Robert]], [[A:70]]M (MRN [[M:7210056]]), gout, R knee pain/swelling x3 days, T 38.0.
Bedside aspiration: 60 mL cloudy yellow fluid; WBC 48,000 (90% PMN); negatively birefringent needle crystals; Gram stain negative (accession [[ID:SF25-220-0447]]). Culture pending.
Impression: acute gout flare R knee; septic arthritis less likely, await culture.
Recs: colchicine + prednisone 40 mg x5 days; no washout now; re-aspirate if worsening. F/u [[H:Flatlands Orthopedics]] with Dr. [[N:Kessie]] in 2 wks. Wife [[N:Marie-Ange]] at bedside (Haitian Creole; interpreter used).
[[N:Kwaku Mensah-Ansah]], MD, Orthopaedics
"""),

("consult", """
PALLIATIVE CARE CONSULT    [[D:10/30/2025]]
Pt [[N:Castleberry, Maureen]], [[A:79]]F (MRN [[M:6604418]], admitted [[D:10/26]]), recurrent platinum-resistant ovarian cancer w/ malignant bowel obstruction.
Goals: pt wants to be home in [[C:Nampa]] "with my dogs and my garden"; not interested in TPN. HCP is husband [[N:Frank]] ([[A:81]]). Daughter [[N:Shannon Castleberry-Liu]] (in [[C:Boise]]) and son [[N:Patrick]] joined by phone.
Symptoms: nausea improved w/ venting G-tube (IR placed [[D:10/28]]); pain 3/10 on hydromorphone PCA.
Plan: transition to PO/SL regimen; hospice referral to [[H:Owyhee Hospice Care]]; MOLST: DNR, selective treatment. Chaplain visit requested (Lutheran).
[[N:Ibironke Oduola]], MD, Palliative Medicine
"""),

("addendum", """
ADDENDUM - HIM record merge    [[D:05/05/2026]]
Duplicate record identified: MRN [[M:8820147]] (created in ED [[D:4/30/2026]] under "[[N:Jon Nguyen]]") and MRN [[M:1140983]] (established pt [[N:Nguyen, Jonathan Quoc]], DOB [[D:8/15/1983]]). Records merged into MRN [[M:1140983]] by [[N:Carla Esposito]], HIM; encounter [[AC:FIN-26-0430-9917]] re-linked. Sulfa allergy from the established record is now visible; ED team notified (Dr. [[N:Haas]]).
-- [[N:Carla Esposito]], RHIA
"""),

("handoff", """
GEN SURG SIGNOUT    [[D:Fri 6/12/26]]    ([[N:Mwangi-Lowe]] -> [[N:Ferris]])
1. [[N:Castellano, Renzo]] [[A:58]]M - POD1 lap sigmoid (diverticulitis). clears, ambulating. d/c [[D:6/13]] if ROBF.
2. [[N:Achterberg-Wu, Lena]] [[A:34]]F - SBO, NGT, SBFT at 0600.
3. [[N:Boateng, Yaw Mensah]] [[A:71]]M - POD4 ex-lap/colectomy for perf. T 38.5 at 1800 - CT A/P ordered, f/u read. wife [[N:Adwoa]] [[P:(718) 555-0496]].
4. [[N:Kimball, Hope]] [[A:19]]F - s/p lap appy today, home in am. mom [[N:Joy Kimball]].
5. [[N:Sørlie, Anders]] [[A:66]]M - incarcerated hernia repair, heparin SQ, Hgb check 0400.
Pending consult (ED): [[N:Flores-Tan, Mia]] [[A:27]]F RLQ pain, US pending.
-- [[N:Ferris]]
"""),

("handoff", """
PEDS WARD HANDOFF 0700    [[D:12/25/2025]] - [[D:Christmas]] morning, child life bringing gifts at 1000
rm 1 [[N:Okafor-Diaz, Amara]] [[A:5]]F - CAP, d/c today on amox. mom [[N:Adaku]].
rm 2 [[N:Rivera, Santiago]] [[A:13]]M - DKA resolved, diabetes teaching w/ dad [[N:Ramón]] today.
rm 3 [[N:Curley, Tahoma]] [[A:9]]M - L tibia osteomyelitis, IV cefazolin, PICC placed [[D:12/23]]. grandma [[N:Roberta]] from [[C:Window Rock]].
rm 4 [[N:Quackenbush, Ella]] [[A:8]] mo F - bronchiolitis, HFNC 8 L. parents [[N:Sara]] & [[N:Brent]].
rm 5 [[N:Mohammed, Ayaan]] [[A:15]]M - appy POD1, pain ok. dad [[N:Yusuf Mohammed]] [[P:(612) 555-0491]].
rm 6 [[N:Pierre, Christelle]] [[A:16]]F - sickle cell VOC, PCA. mom [[N:Guerline]].
report: [[N:Ines]] -> [[N:Dembélé]]
"""),

("nh_transfer", """
SNF DISCHARGE NOTICE / NOMNC summary    [[D:09/26/2025]]
Facility: [[H:Bayshore Gardens Rehab]], [[ST:600 Shore Rd]], [[C:Narragansett]] [[SA:RI]] [[Z:02882]]
Resident: [[N:Quintal, Manuel]]   DOB [[D:04/11/1941]] ([[A:84]])   Medicare [[HP:3VM7-QR2-HT64]]
NOMNC delivered [[D:9/24/2025]] to resident and son [[N:Artur Quintal]] (representative); last covered day [[D:9/26/2025]]. QIO appeal contact info given; appeal not requested.
Discharge to home, [[ST:18 Fox Point Blvd]], [[C:East Providence]] [[SA:RI]] [[Z:02914]], with home health from [[H:Ocean State VNA]] (SOC [[D:9/27]]). Rollator delivered. PCP Dr. [[N:Furtado]] on [[D:10/3]].
Meds reconciled by [[N:Deolinda Pires]], RN.
"""),

("home_health", """
Home health OT visit [[D:4/9/26]] - pt [[N:Pietrowski, Ida]] [[A:90]] (Medicare [[HP:5NJ1-VC7-ET30]]), [[ST:1418 Elm Grove Ave]], [[C:Wheeling]] [[SA:WV]] [[Z:26003]]. Agency [[H:Ohio Valley Home Care]].
Pt completed sponge bath seated w/ SBA, LB dressing w/ reacher + sock aid (new) min A. Tub transfer bench installed by daughter [[N:Donna Jo]] this week - practiced transfer w/ CGA. Pt's cat underfoot - discussed fall risk.
Next visit [[D:4/14]]. -- [[N:Kasey Pennington]], OTR/L
"""),

("home_health", """
MOBILE INTEGRATED HEALTH - community paramedic visit    [[D:11/07/2025]]
Pt: [[N:Luna-Castro, Hermelinda]]  [[A:72]]F   Incident #[[ID:MIH-25-11873]]
Address: [[ST:4406 Manor Rd]], [[C:Austin]] [[SA:TX]] [[Z:78723]]
CHF, 4 ED visits in 60 days. Today wt 71.8 kg (+2 kg since [[D:11/4]]), bibasilar crackles, 2+ edema. iSTAT: K 4.1, Cr 1.3.
Telemed w/ Dr. [[N:Whitlow]]: furosemide 40 mg IV given at home 1125; increase PO torsemide to 40 daily x3 days.
Granddaughter [[N:Xitlali]] helps with meds; pill box refilled. F/u call [[D:11/8]]; HF clinic at [[H:Eastside Heart Failure Clinic]] [[D:11/12]].
[[N:Ruben Estrada-Hall]], CP-C
"""),
]
