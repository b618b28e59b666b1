NOTES = [

("nursing", """NURSING NOTE  0340
[[N:WHITAKER, DOLORES J]]   rm 418B   [[A:91]] yo F adm [[D:2/11]] w/ UTI + acute delirium
Pt restless most of shift, pulling at PIV x2, reoriented frequently, calling out for "[[N:Harold]]" (late husband per chart). Sitter at bedside since 0100. VSS - BP 138/72, HR 88, T 99.1, SpO2 95% RA. Pain 2/10 L hip (chronic). Foley d/c'd yesterday per protocol, voided 250cc at 0215, PVR 90 by bladder scan.
Dtr [[N:sharon]] called 2330 from [[C:Ocala]], asks that we call her cell [[P:(352) 555-0186]] if mom gets agitated again - says she was "sharp as a tack" at [[H:Magnolia Paddock Assisted Living]] until last wk. Morse 65, bed alarm on, low bed, yellow socks. Haldol NOT given, nonpharm measures (lights down, music, warm blanket) effective by 0300, sleeping now.
Will report to day RN [[N:Kayla]].
-[[N:jmw]]"""),

("nursing", """WOUND/OSTOMY NURSING   [[D:03/18/25]]
[[N:BRANNIGAN, WALTER]] "[[N:Skip]]"    MRN [[M:4471902]]    6W-22
[[A:88]]M, retired charter captain, lives aboard his boat at [[O:Pelican Pass Marina]] off [[ST:McGregor Blvd]]. Consulted for sacral wound noted on adm.
SACRUM: stage 3 PI 4.2 x 3.1 x 0.6 cm, bed 80% red granulation / 20% yellow slough, mod serosang drainage, periwound macerated, no tunneling/undermining, no odor.
L HEEL: DTI 2 x 2 cm deep purple, intact.
TX: cleanse NS, Medihoney alginate to base, skin prep periwound, bordered foam. Change q48h + PRN soiled. Prevalon boots bilat. Turn q2h, LAL mattress ordered via bed mgmt.
Friend [[N:Darlene Hutto]] (marina mgr, [[P:239-555-0127]]) states he has been sleeping sitting up in the cockpit "since [[D:Christmas]]" b/c his knee won't let him climb down to the berth. Recommend SW eval re: living situation + home safety. D/w Dr [[N:Obuya]].
[[N:R. Santangelo]] RN, CWOCN   pgr [[P:3318]]"""),

("nursing", """Nsg progress - nights
Pt [[N:Odessa Pruitt]], [[A:67]]F from [[C:Tunica]] [[SA:MS]], POD 2 s/p L BKA. A&O x4, pleasant. c/o phantom pain 7/10 "burning like fire", gabapentin + oxycodone 5mg given 2210 w/ relief to 3/10 at recheck. Stump dsg C/D/I, ACE rewrapped figure-8. BG 212 at HS, covered per SSI. Voiding, BM x1.
Pt tearful re: job - works housekeeping at [[O:Magnolia Belle Casino]] and worried about losing her shifts. Grandson [[N:Deshawn]] ([[A:19]]) is her only ride & "can't keep missing class" at [[O:Delta Ridge Community College]]. Requested chaplain; her pastor, Rev. [[N:Lucius Hardaway]] of [[O:Greater New Hope M.B. Church]], came by at 1900 and prayed w/ her.
We hope to get her up to chair w/ PT in am. Call light in reach.
/[[N:tgreer2]]"""),

("nursing", """RN NOTE  [[D:5/9/2025]] 1520
[[N:Hovhannisyan, Anahit]]  [[A:84]] F
Pt speaks Western Armenian only. Video interpreter [[N:Lilit]] (ID# [[ID:40317]]) used for d/c teaching on insulin pen; son [[N:Aram]] present, asked not to interpret per policy, pt agreeable. Teach-back done x2, pt demonstrated correct dial-up + priming.
c/o nausea after lunch, Zofran 4 mg IV given 1305 w/ good effect. Tolerating carb-consistent diet; son brought lavash + choreg from home, educated re: portions. BG 184 pre-dinner. Amb hallway x2 w/ FWW, CGA.
Pt asking if she will be home for [[D:Mother's Day]], wants to go to [[O:Holy Martyrs Sarkis Armenian Church]] w/ grandchildren. Son's cell [[P:818-555-0149]].
-[[N:nkarapetyan]] RN"""),

("nursing", """[[D:6/2]] 1410 - pt amb to BR w/ walker SBA, voided 300, back to recliner. wife [[N:Harjit]] at bedside, family bringing roti + dal from home, ok per diet order. -[[N:RS]]"""),

("nursing", """NSG ADMISSION NOTE   [[D:Sat 9/13/25]]
Pt [[N:Ezekiel Polite]] "[[N:Zeke]]", [[A:ninety-three]] y/o M ([[A:93]]) BIBA from home on [[C:St. Helena Island]] after neighbor found him on kitchen floor, unk down time (? overnight). Lives alone in family house on [[ST:Seaside Rd]]. HOH both ears, speaks Gullah + English, answers appropriately when spoken to slowly and facing him.
Niece [[N:Queenie Polite-Jenkins]] is HCPOA, lives in [[C:Port Royal]], cell [[P:843.555.0173]] - updated by phone 1640.
SKIN: ecchymosis R hip/flank, 2 cm skin tear R forearm - cleansed, steri-strips, nonadherent dsg. Sacrum intact.
Pt polite, cooperative, oriented x3, denies pain except "lil bit" R hip 4/10.
Belongings: upper denture, wooden cane, wallet w/ $40 + ID - given to niece, signed sheet.
He is a deacon at [[O:Coosaw Point Praise House]] and says he "ain't missed a Sunday since [[D:Easter]]."
-[[N:lmd]] RN"""),

("discharge_summary", """DISCHARGE SUMMARY
Patient: [[N:Castellanos, Rubén A.]]      MRN: [[M:00829164]]      Acct: [[AC:7730015542]]
Admit: [[D:01/06/2025]]     Discharge: [[D:01/11/2025]]
Attending: [[N:Priya Subramaniam]], MD      PCP: Dr. [[N:Lou Ferraro]], [[H:Ybor Family Medicine]]
*** DICTATED BUT NOT READ ***

HISTORY: This is a [[A:79]]-year-old Cuban-American gentleman from [[C:West Tampa]] with a history of HFrEF (EF 30% on echo [[D:Aug 2024]]), ischemic cardiomyopathy s/p CABG x3 in 2011, paroxysmal AFib on apixaban, CKD 3b and type 2 diabetes, who presented to the [[H:Bayshore Palms Medical Center]] ED on the evening of [[D:Three Kings Day]] with three days of progressive dyspnea, 3-pillow orthopnea and a 12 pound weight gain after a week of family gatherings at his daughter's home in [[C:Brandon]]. He freely admits to "lechon and Cuban bread every day since [[D:Nochebuena]]." BNP 2,140 on arrival, CXR with bilateral effusions and cephalization.

HOSPITAL COURSE:
1. Acute on chronic systolic heart failure. Diuresed with IV furosemide 80 mg BID with net negative 6.1 L. Transitioned to torsemide 40 mg daily on [[D:1/9]], weight down to 81.2 kg (dry weight est 80-81). Sacubitril/valsartan HELD for AKI, to be resumed at the lower dose at follow-up. Interrogation of his Medtronic ICD (serial [[DV:PZK604821S]]) showed no VT/VF events and 2% AF burden.
2. AKI on CKD 3b. Creatinine peaked 2.3 from baseline 1.6, 1.8 at discharge. Avoid NSAIDs, counseled.
3. Paroxysmal AFib. Rate controlled on metoprolol succinate. Apixaban continued at 5 mg BID (does not meet 2 of 3 dose reduction criteria).
4. Type 2 DM. A1c 7.9. Resumed home linagliptin. SGLT2 inhibitor deferred until renal function stabilizes - defer to Dr. [[N:Subramaniam]] at clinic.

DISPOSITION: Home with [[H:Suncoast Heartland Home Health]] for skilled nursing and telemonitoring scale. Daughter [[N:Marisol Castellanos-Ruiz]] ([[P:813-555-0162]]) manages his pillbox and was present for all teaching. 2 g sodium / 1.5 L fluid restriction reviewed with Spanish interpreter; daughter states she will "hide the bread."

FOLLOW-UP: HF clinic with Dr. [[N:Subramaniam]] [[D:Friday January 17]] at 10:20. PCP within 7 days. BMP on [[D:1/14]] at [[H:Quest]] on [[ST:Armenia Ave]], standing order faxed.

CODE STATUS: Full code, discussed; he would like to revisit after his granddaughter's quinceañera in [[D:March]].

Dictated by [[N:P. Subramaniam]] MD [[D:01/11/2025]] 14:22 / transcribed [[N:kdl]]"""),

("discharge_summary", """DISCHARGE SUMMARY - [[H:Riverbluff Regional Medical Center]], [[C:Memphis]], [[SA:TN]]
Name: [[N:Boykins, Clarence E Jr]]    DOB: [[D:09/14/1951]]    MRN: [[M:RB-2209174]]
Adm [[D:4/27/25]]   D/C [[D:5/1/25]]
Dx: COPD exacerbation, RLL CAP, acute hypoxic resp failure (resolved)
[[A:73]] yo M from [[C:Orange Mound]], retired forklift operator ([[O:FedEx]] hub, 31 yrs). 50 pk-yr hx, quit at age [[A:60]]. Admitted on 4L NC, treated w/ ceftriaxone + azithro x5d, prednisone 40 x5d, duonebs. Weaned to 2L, ambulatory sat 89-90% on RA so qualifies for home O2 2L w/ exertion + HS.
O2 from [[H:Mid-South Breathe Easy Medical Supply]], concentrator SN [[DV:IC5-0098342]] delivered to home [[D:4/30]].
Meds: Trelegy 1 puff daily (new), albuterol PRN, finish pred [[D:5/2]]. Stop Spiriva (duplicate).
F/u Dr. [[N:Adebayo-Lott]] at [[H:Lamar Avenue Community Health Center]] [[D:Tues 5/6]], pulm rehab referral sent.
Wife [[N:Bernice]] [[P:(901) 555-0138]] verbalized understanding of O2 safety (no smoking in home - grandson smokes on porch, discussed).
[[N:M. Oyelaran]], MD"""),

("discharge_summary", """DISCHARGE SUMMARY
Pt: [[N:Villaseñor Ibarra, José Luis]]    [[A:46]] M    MRN [[M:5503318]]    Medi-Cal [[HP:93817264B]]
Admitted [[D:7/15/2024]] for exertional heat stroke + rhabdomyolysis; d/c [[D:7/19/2024]].
Pt is a crew supervisor for [[O:Sierra Gold Table Grapes]] outside [[C:Delano]]; collapsed ~1400 while in the rows in 108F heat. Brought by coworker to [[H:Kern Valley Community Hospital]], core T 41.2, cooled, transferred here. CK peaked 48,000 on HD2, Cr peak 2.1, down to 1.0 at d/c with aggressive IVF. No arrhythmia on tele. LFTs trending down (AST 310 -> 96).
Workers' comp claim # [[ID:WC-24-0771893]] opened by employer; adjuster [[N:Tina Marchetti]] [[P:661-555-0190]], fax [[F:661-555-0191]].
Spanish interpreter used all encounters. Wife [[N:Guadalupe]] ([[P:661.555.0114]]) at bedside for teaching.
INSTRUCTIONS: no field work x 2 wks, work note given. Hydration, recognize heat illness sx.
F/u [[H:Clínica Valle de Kern]] in [[C:McFarland]] on [[D:7/26]], repeat CMP + CK at that visit.
-[[N:A. Dhaliwal]] MD, hospitalist"""),

("discharge_summary", """DISCHARGE SUMMARY -> HOME WITH HOSPICE
[[N:Lyle Wayne Tackett]], [[A:90]] yo M, MRN [[M:118450]], of [[C:Jasper]], [[SA:AR]]
Admit [[D:Oct 3]] / Discharge [[D:Oct 8]]
Metastatic castrate-resistant prostate ca to bone, admitted w/ hypercalcemia (Ca 13.4) + confusion. Improved w/ IVF + zoledronic acid, Ca 10.1 at d/c, mentation back to baseline per wife.
Goals of care mtg [[D:10/6]] w/ pt, wife [[N:Opal]] ([[A:88]]), son [[N:Dale]] (drove down from [[C:Branson]]) and Dr. [[N:Sumner]] by phone. Pt clear: "I'm [[A:ninety]] years old, I want to be at the house." DNR, AR POLST completed, copy sent w/ pt.
D/c home w/ [[H:Buffalo River Hospice]]; intake RN [[N:Cheryl]] [[P:870-555-0133]], 1st visit tomorrow. Home is ~40 min gravel road off [[ST:Hwy 7]] - hospice aware, son to meet them at the mailbox.
Comfort meds: morphine SL, lorazepam, haloperidol, bisacodyl per hospice kit.
Pastor from [[O:Mt. Sherman Free Will Baptist Church]] to visit.
-[[N:kbeal]] DO"""),

("progress", """PROGRESS NOTE - IM wards  HD#3
S: [[N:Park, Soon-ja]] [[A:78]]F w/ RLL CAP. "A little better," less SOB, appetite improving (eating juk). Daughter-in-law [[N:Grace]] at bedside translating; pt declined phone interpreter, wants family. No CP, no diarrhea.
O: T 37.4 max, HR 84, BP 128/70, RR 18, 94% on 1L. Crackles RLL, improved. WBC 14.2 -> 10.8. Cr 0.9.
A/P:
#CAP - afebrile 36h, switch ceftriaxone -> cefpodoxime PO, stop azithro after dose 5. Wean O2 to RA, ambulatory sat in am.
#HTN - cont amlodipine.
#Osteoporosis - on alendronate, hold while inpt.
Dispo: likely home tomorrow w/ son + [[N:Grace]] in [[C:Koreatown]]. F/u PCP Dr. [[N:Yoon]] at [[H:Wilshire Hanin Medical Group]] within 1 wk. Rx to [[H:Kyungnam Pharmacy]] on [[ST:Western Ave]] per family.
-[[N:dlee]] PGY2 / d/w Dr. [[N:Hwang]]"""),

("progress", """Hospitalist progress  [[D:11/25]]
[[N:Mamie Lou Gadsden]] [[A:86]]F adm for UGIB, HD 2.
S: 1 more episode maroon stool o/n, no frank blood, no hematemesis. Mild lightheadedness standing. Son [[N:Frank]] here from [[C:Hinesville]], asking about "the scope."
O: BP 112/64 (orthostatic drop 18), HR 96. Hgb 7.9 -> 7.1, 1u PRBC given 0600, post pending. BUN 48.
EGD [[D:11/24]] (Dr. [[N:Abernathy]]): 1.5 cm clean-based duodenal ulcer, no intervention. H. pylori bx pending, path acc [[ID:SP25-18842]].
A/P: UGIB 2/2 DU, NSAID use (takes "Goody's powders" for knees - counseled, son will remove from house). Pantoprazole 40 IV BID -> PO BID at d/c x8 wks. Transfuse Hgb < 7. Hold ASA.
Would like to be home for [[D:Thanksgiving]] at her church, [[O:Second Zion Baptist]] in [[C:Savannah]]; possible if H/H stable x24h.
[[N:J. Okafor]] MD"""),

("progress", """PCP F/U  [[D:01/08/25]]   [[H:Spanish Moss Primary Care]]
[[N:Gene Kowalczyk]], [[A:81]], here w/ wife [[N:Bev]] after golf cart rollover on [[D:12/26]] on the cart path near [[ST:Buena Vista Blvd]] (Sumter Co Sheriff report # [[ID:SO-24-118204]]). Seen at ED that night: L distal radius fx, casted by ortho (Dr. [[N:Lindqvist]]), neg CT head.
Today: pain 3/10, cast intact, fingers warm, cap refill <2s. No HA, no confusion per wife. BP 142/80.
A/P: 1) L radius fx - ortho f/u [[D:1/15]]. 2) Fall/driving safety - pt insists cart's brake failed; told him no driving cart until cleared. Cart reg tag [[V:GC-44871]] per wife for insurance claim. 3) HTN - cont lisinopril.
-[[N:mkr]]"""),

("h_and_p", """HISTORY AND PHYSICAL
[[H:Caloosa Gulf Regional Hospital]] - [[C:Fort Myers]]
Patient: [[N:DEVEREAUX, MARGARET ANN]] ("[[N:PEGGY]]")     MRN [[M:CGR-00741296]]     FIN [[AC:940018827]]
DOS: [[D:2-Apr-2025]]
Dictated by: [[N:Tomasz Wróbel]], MD

CHIEF COMPLAINT: "My legs gave out."

HISTORY OF PRESENT ILLNESS: The patient is a [[A:92]]-year-old right-handed woman, a resident of [[H:Sanibel Shores Senior Living]] in [[C:Cape Coral]] (independent apartment), who at about 0600 today felt both legs "turn to rubber" walking to the bathroom and slid to the floor; pressed her pendant, staff found her within 15 min. No head strike, LOC or CP. Reports 4 days of dysuria/frequency and feeling "foggy" since about [[D:March 29th]]. Her son [[N:Theodore]], who lives in [[C:Naples]], says she was playing mahjong on [[D:Sunday the 30th]] and "beat everybody."

PAST MEDICAL HISTORY: HTN. Hypothyroidism. Knee OA. Recurrent UTIs, last one in [[D:January]] treated with nitrofurantoin. Remote breast cancer, lumpectomy and radiation in 1994. Paroxysmal AFib, declined anticoagulation with her cardiologist Dr. [[N:Haskins]] in 2022.

MEDICATIONS: Levothyroxine 75, amlodipine 5, metoprolol tartrate 25 BID, APAP PRN.

ALLERGIES: Sulfa (rash). Codeine (nausea).

SOCIAL HISTORY: Widowed; husband [[N:Raymond]] died in 2016 at age [[A:89]]. Former high school Latin teacher in [[C:Grosse Pointe]], [[SA:MI]], moved to [[SA:Florida]] in 1998. Never smoker. Rollator. Still does her own checkbook.

FAMILY HISTORY: Mother died at [[A:97]] "of old age." Father died at [[A:64]] of a stroke. Brother [[N:Eddie]], [[A:88]], alive in assisted living in [[C:Dearborn]] with Parkinson's disease. Son [[N:Theodore]], [[A:66]], healthy; daughter [[N:Claire]], [[A:61]], breast cancer in her [[A:50s]].

PHYSICAL EXAMINATION: T 100.6, HR 108 irregular, BP 104/58, SpO2 95% RA. Thin, alert, oriented to person and place, not date. Dry mucosa. Irregularly irregular. Lungs clear. Mild suprapubic tenderness, no CVA tenderness. Proximal LE 4/5 symmetric. Abrasion L knee.

LABS: WBC 15.8, Na 131, Cr 1.4 (baseline 0.9), lactate 2.4. UA nitrite positive, >50 WBC. ECG AFib RVR 112. CT head negative.

ASSESSMENT AND PLAN:
1. Sepsis from UTI, possible early pyelo, with metabolic encephalopathy. Ceftriaxone 1 g IV daily, LR bolus, cultures pending (prior [[D:January]] culture pan-sensitive E. coli).
2. AFib with RVR, sepsis-driven. Resume metoprolol as BP allows; revisit anticoagulation - CHA2DS2-VASc 5.
3. Prerenal AKI. Fluids, hold amlodipine.
4. Falls. PT/OT, fall precautions.
5. Code status: DNR/DNI, confirmed with patient (has capacity) and son [[N:Theodore]] by phone at [[P:(239) 555-0108]]. Florida DNRO on file at facility.

[[N:T. Wróbel]], MD   [[D:04/02/2025]] 11:47"""),

("h_and_p", """ADMIT H&P - [[H:Leflore Delta Medical Center]]
[[N:Hampton, Willie Mae]]   [[A:74]]F   DOB [[D:3/2/51]]   MRN [[M:0063318]]
CC: SOB, leg swelling x 1 wk
HPI: [[A:74]]F w/ HTN, DM2, CKD4 (not yet on HD), HFpEF, lives in [[C:Itta Bena]], presents w/ worsening DOE, orthopnea, 10 lb wt gain. Ran out of torsemide ~[[D:5/20]] b/c [[H:Cotton Row Drug]] in town closed and she couldn't get a ride to [[C:Greenwood]]. Granddaughter [[N:Keyonna]] brought her.
PMH: as above + gout, anemia of CKD. PSH: hysterectomy, R TKA 2015.
SH: retired from [[O:Sunflower Pride Catfish]] processing plant (28 yrs). No tob/EtOH. Lives w/ husband [[N:Roosevelt]] ([[A:79]], "bad memory").
FH: mother d. [[A:70]] CHF, sister on dialysis at [[A:62]].
Exam: BP 168/94, HR 92, 91% RA. JVD to jaw, bibasilar crackles, 3+ pitting edema to knees.
Labs: Cr 3.9 (bl 3.1), K 5.4, BNP 1,880, Hgb 8.8.
A/P: acute on chronic HFpEF + AKI on CKD4 in setting of med nonadherence (access). IV furosemide 80 BID, strict I/O, renal c/s (Dr. [[N:Sanyal]]), lokelma for K, SW for transport + pharmacy access. ?HD access planning this admit.
[[N:B. Criddle]] NP / Dr. [[N:Whitfield]]"""),

("h_and_p", """H&P - surgery
Pt: [[N:Dela Cruz, Remedios Bautista]] ("[[N:Remy]]")  [[A:71]] F  MRN [[M:SJM-8831027]]
Admit [[D:08/21/25]]
CC: RUQ pain since last night after a party.
HPI: [[A:71]]F retired RN (worked 30 yrs at [[H:San Joaquin Mercy Hospital]]), lives in [[C:Stockton]] near [[ST:Lafayette St]] w/ husband, presents w/ RUQ pain radiating to R shoulder starting ~2200 after eating lechon + pancit at her grandson's birthday. Nausea, emesis x2. Similar shorter episodes in [[D:June]]. + Murphy's sign in ED. US: stones, GB wall 5 mm, pericholecystic fluid, CBD 5 mm.
PMH: DM2 (A1c 7.2 [[D:May 2025]]), HTN, hypothyroid.
Meds: metformin, losartan, levothyroxine.
All: PCN (hives as child).
FH: father d. [[A:58]] "liver" (? hepatitis, [[C:Pampanga]]), mother d. at [[A:91]], brother [[N:Nestor]] w/ gallstones.
SH: church volunteer at [[O:St. Gertrude Filipino Catholic Community]]; no tob. Husband [[N:Benigno]] "[[N:Ben]]" [[P:209-555-0152]].
Exam: T 38.1, HR 102. RUQ TTP, guarding.
A: acute calculous cholecystitis.
P: NPO, IVF, aztreonam + metronidazole (PCN allergy), lap chole tomorrow am w/ Dr. [[N:Ancheta]]. Consent obtained, pt is a nurse and "knows the drill."
-[[N:jsoriano]] PA-C"""),

("ed_triage", """TRIAGE  [[D:8/3/25]] 0214   ESI 2
[[A:34]] yo M BIB coworker in POV from cotton gin off [[ST:Hwy 49]] nr [[C:Tutwiler]]. R hand caught in module feeder belt ~0130. Deformity 2nd-3rd digits, partial amputation tip of R index, bleeding controlled w/ towel + pressure. Pain 9/10. Last tetanus unk.
VS: BP 152/90 HR 118 RR 22 SpO2 99% T 98.4
Pt [[N:Jarvis Tolbert]] works nights at [[O:Sumner Planters Gin Co]]. Coworker [[N:Antwan]] staying in lobby, phone [[P:662-555-0177]]. Employer safety mgr requesting call back re incident # [[ID:SPG-0803-2]].
Amp tip wrapped in moist gauze in bag on ice. To rm 4, hand surgery tele-consult per protocol.
-[[N:ckemp]] RN"""),

("ed_triage", """ED TRIAGE - [[H:Table Rock Lake Regional Hospital]]
[[D:Thu 10/16/2025]] 1530  ESI 3
[[A:72]]F on bus tour from [[C:Dubuque]], [[SA:IA]]. Syncopal episode during matinee at the [[O:Ozark Jubilee Showboat Theatre]] on [[ST:76 Country Blvd]], ~2 min LOC per tour director, no seizure activity. Now A&Ox4, c/o "woozy." Denies CP. Took extra metoprolol this am b/c "forgot if I took it."
BP 94/52 HR 48 SpO2 97% RA  BG 131
Tour director [[N:Pam Ostrowski]] w/ pt, cell [[P:563-555-0125]]. Emergency contact husband [[N:Lenny]] at home in [[SA:Iowa]].
Pt [[N:Ruth Ann Kessler]]. Meds list on phone. To rm 12, cardiac monitor, 12-lead.
-[[N:BH]]"""),

("ed_triage", """Triage [[D:2025-03-04T19:42]]
[[A:69]] yo M c/o substernal chest pressure x 40 min radiating to L arm, diaphoretic, while doing inventory at family's pho restaurant ([[O:Pho Sai Gon Ngon]] on [[ST:Valley Blvd]], [[C:Rosemead]]). Vietnamese-speaking, dtr interpreting.
Pt: [[N:Trần Văn Minh]]. Dtr [[N:Nguyễn Thị Lan]] [[P:(626) 555-0194]].
Hx HTN, HLD, DM. Prior "stent" in [[C:Sài Gòn]] per dtr, year unk.
BP 168/98 HR 96 RR 20 SpO2 96% RA. ECG done at 19:45 shown to Dr [[N:Esfahani]] - STE II, III, aVF. STEMI ALERT called 19:47. ASA 324 chewed.
-[[N:kvo]]"""),

("social_work", """SOCIAL WORK ASSESSMENT
Pt: [[N:Hattie Mae Crump]], [[A:81]]F, adm w/ CHF. Lives in [[C:Moorhead]], [[SA:MS]] ([[ST:114 Cypress Row]]) in a 2BR rental w/ 3 great-grandchildren ages [[A:6]], [[A:9]] and [[A:13]] whom she has raised since their mother ([[N:Tameka]], pt's granddaughter) was incarcerated in [[D:Nov 2022]]. No formal custody; pt reports "a paper from the chancery clerk," unsure what it is.
Income: SSI + SNAP. Kids on Medicaid. Oldest, [[N:Jaylen]], attends [[O:Moorhead Middle School]]; younger two at [[O:Sunflower County Elementary]].
While pt hospitalized, kids staying w/ neighbor Mrs. [[N:Virgie Toombs]], [[A:70s]], [[P:662-555-0140]], agreeable x 1 wk only.
Plan: 1) Referred to Kinship Care navigator via Delta Area Agency on Aging. 2) Legal aid referral for guardianship. 3) Pt asks for nothing to be reported to CPS - explained no current safety concern identified, SW not making report. 4) Home health at d/c.
[[N:Corinne Abernathy-Wells]], LMSW  x[[P:4417]]"""),

("social_work", """SW NOTE  [[D:09/30/2025]]
Pt [[N:Sandhu, Gurdev Singh]] [[A:83]] M, s/p L MCA CVA, aphasic, R hemiplegia. Family mtg held in conf room w/ wife [[N:Gurpreet Kaur]] ([[A:79]]), son [[N:Manpreet]] (lives w/ pt, drives truck for [[O:Valley Fresh Almond Packers]] in [[C:Selma]], gone 5 days/wk) and dtr-in-law [[N:Jasleen]]. Punjabi interpreter Mr. [[N:Bains]] (badge [[ID:1182]]) present.
Family's preference is to take pt home to their home on [[ST:S. Temperance Ave]] in [[C:Fowler]] rather than SNF; wife states "in our culture we take care at home." Concern: wife has her own knee OA, dtr-in-law works days at [[O:Kings River Unified School District]] cafeteria.
Discussed IHSS application, caregiver training before d/c, adult day health ([[H:Sunnyside Adult Day Health Center]]) 3 days/wk. Family also plans help from sangat at [[O:Gurdwara Sahib Fowler]].
Caregiver strain noted for wife - given respite info. Will f/u w/ CM re: hospital bed + Hoyer.
-[[N:pvirk]] MSW"""),

("social_work", """SOCIAL WORK - ADULT PROTECTIVE CONCERN
[[N:Ingrid Haugland]], [[A:89]] yo F, adm [[D:6/14]] w/ dehydration + hip contusion. Resides alone in condo at [[ST:4410 Gulf of Mexico Dr, Unit 3C]], [[C:Longboat Key]], [[SA:FL]] [[Z:34228]].
Pt disclosed to RN that "my friend [[N:Brent]]" (not related, ~[[A:40s]], met at [[O:Gulfside Lutheran Church]] per pt) has been "managing the bills" since [[D:February]], has her debit card, and that she signed "something at the bank." Pt unable to state monthly income. Bank statements per niece show ~$38,000 in transfers since [[D:Feb 2025]].
Niece [[N:Karin Haugland-Mays]] (in [[C:Minneapolis]], [[P:612-555-0116]]) is named POA on 2019 doc but says it may have been changed.
Capacity eval requested from psych (Dr. [[N:Moreau]]). Report made to FL Abuse Hotline [[D:6/15]] 1040, intake # [[ID:2025-318744-01]], APS investigator [[N:D. Ferrante]] assigned. Bank fraud dept notified w/ pt consent.
Pt asked that [[N:Brent]] not be given info; flagged as confidential/no-info in chart. Unit clerk aware.
-[[N:hwinslow]] LCSW"""),

("case_mgmt", """CM NOTE - SNF placement
[[N:Fairbanks, Norma]] [[A:94]]F, adm [[D:3/1]] for L femoral neck fx s/p hemiarthroplasty [[D:3/2]]. Medicare A/B + Humana supp. MBI [[HP:4TJ9-WQ2-KD81]].
3MN qualifying stay met [[D:3/4]]. PT rec SNF. Pt + dtr [[N:Lorraine]] chose (1) [[H:Lake Deaton Rehab & Health]] (2) [[H:Brownwood Trace Nursing Center]] in [[C:Wildwood]]. Referrals sent via portal 1015.
[[H:Lake Deaton]] accepted, bed avail [[D:3/5]] (Wed). Transport: wheelchair van via [[O:Sumter Medi-Ride]], p/u 1300, conf # [[ID:MR-55810]].
Dtr [[N:Lorraine]] ([[P:352-555-0122]]) aware. Pt's husband [[N:Wendell]], [[A:96]], lives at their villa in [[C:The Villages]] and will visit by golf cart.
-[[N:acortez]] RN CM"""),

("case_mgmt", """CASE MANAGEMENT  [[D:12/9/24]]
Pt: [[N:Rufus Otis Leatherwood]] [[A:58]] M  Acct [[AC:60098841273]]
TennCare ID [[HP:TC8840219573]]. d/c plan home, lives w/ sister [[N:Lula]] in [[C:Frayser]] ([[ST:3217 Overton Crossing St]], [[C:Memphis]] [[Z:38127]]).
New insulin start. Pt has no car, cannot afford bus pass. Arranged TennCare NEMT for f/u appts - ref # [[ID:NM-0912-4471]]. Glucometer + strips to [[H:Walgreens]] on [[ST:Thomas St]] per pt preference.
Also referred to [[O:Frayser Community Food Ministry]] for diabetic-friendly food box.
Pt works part time at a car wash, declined work note. Sister's phone [[P:901-555-0183]].
-[[N:dmoody]]"""),

("case_mgmt", """CM - d/c planning
[[N:Cho, Byung-hoon]]  [[A:90]] yo M  lives alone in senior apt ([[O:Normandie Towers Senior Apartments]], [[ST:955 S Normandie Ave, #612]], [[C:Los Angeles]] [[Z:90006]]).
Medi-Medi: Medicare MBI [[HP:7RK3-MN1-TW46]], Medi-Cal CIN [[HP:92604318F]].
IHSS provider is niece [[N:Cho Mi-kyung]] 20 hrs/wk - niece says IHSS paperwork lapsed & she is in a "grace period" - county says reassessment due [[D:2/28]]. Called IHSS SW Ms. [[N:Ortega]] [[P:(213) 555-0151]], reassessment moved up to [[D:2/18]].
Home meals: Korean Meals on Wheels via [[O:Hanmaum Senior Center]] restarted starting [[D:Mon 2/10]].
Grace period - no lapse in hours per county. Pt agreeable to d/c home tomorrow.
-[[N:slim4]] RN CM"""),

("telephone", """TEL ENC  [[D:4/22/25]] 11:05
Caller: [[N:Kulwinder]] (son) re: father [[N:Ajit Singh Dhillon]] [[A:87]], [[C:Lodi]].
Son states dad "not himself" since yesterday - more sleepy, not eating, BG at home 62 this am after his glipizide. Gave juice, now 118.
Advised: HOLD glipizide, check BG qid, call 911 if BG <70 not responding or confused. Appt tomorrow 0900 w/ Dr. [[N:Randhawa]]. Son will bring meter + all bottles.
Call back # [[P:209-555-0169]]. Video visit link texted if son can't drive him: [[U:https://vv.lodivalleyclinic.org/join/dhillon-0423]]
-[[N:mp]] LVN"""),

("telephone", """Phone note - [[D:July 9th]]
Returned call to pt [[N:Anita Fripp]] ([[A:64]]) at [[P:843-555-0109]]. She is calling from her job at [[O:Okatie Creek Marina]], says the doxy we gave for the tick bite is "tearing up" her stomach. Taking on empty stomach, not upright after. Counseled: take w/ full glass water + food, stay upright 30 min. No rash, no fever. Not Lyme - was rash-free at appt.
She also wants her records sent to new PCP in [[C:Bluffton]]; ROI form mailed, ref [[ID:ROI-77412]].
-[[N:Mark T.]] RN"""),

("telephone", """TELEPHONE  [[D:11/3/25]] 1640
Spoke w/ [[N:Wanda]] at [[H:Ozark Hills Nursing & Rehab]] re: resident [[N:Eldon Pickering]] (DOB [[D:1/19/1933]]). Fever 101.4, new cough, sat 88% RA -> 2L 93%. Facility has no STAT xray until am. Per Dr. [[N:Kerr]]: send to [[H:Queen City Regional]] ED vs treat in place - pt/family want treat in place, dtr [[N:Joyce]] ([[P:417-555-0130]]) confirms. Orders: CXR mobile in am, CBC/BMP, doxycycline 100 BID x7d, call if sat <90 on 3L. Read back & verified.
-[[N:lr]]"""),

("portal", """MyChart message from patient
From: [[N:Barbara Lindgren-Hale]]
Sent: [[D:Monday, March 10, 2025]] 7:18 AM
Subject: Question about my blood thinner before trip
Hi Dr. [[N:Sorensen]], I'm flying up to [[C:Milwaukee]] on the [[D:22nd]] for my grandson's wedding and will be gone until [[D:April 3]]. I have about 20 of my Eliquis left. Can you send a refill to the [[H:Publix Pharmacy]] at [[ST:Clark Rd & Beneva Rd]] in [[C:Sarasota]]? Also should I wear compression socks on the plane? My ankles swelled last time at [[D:Christmas]]. Thank you!! [[N:Barb]]
(my cell if easier [[P:941-555-0171]])"""),

("portal", """Patient portal message
Sender: [[N:Vũ Thị Hồng]] (proxy for mother [[N:Lê Thị Bích]])
Date: [[D:10/21/2025]]
Bác sĩ [[N:Phạm]], this is the daughter. Mom's BP at home 176/94 and 181/90 yesterday and this morning, reading from her Omron cuff. She has headache but no weakness. She is [[A:86]] and lives with me in [[C:Rosemead]]. She ran out of amlodipine 3 days ago, [[H:Nhà Thuốc Tây Hòa Bình]] on [[ST:Garvey Ave]] said the refill needs new approval. Her last visit was before [[D:Trung Thu]]. Please send refill, and can she come in this week? She only speaks Vietnamese. My number [[P:626-555-0187]], email [[E:hongvu.family88@gmail.com]]."""),

("pharmacy", """PHARMACY NOTE - [[H:Delta Mercantile Pharmacy]], [[C:Indianola]] [[SA:MS]]
[[D:05/27/2025]]
Pt [[N:Leon Bufkin]] DOB [[D:11/02/1948]] presented Rx for oxycodone 10mg #120 from Dr. [[N:R. Gatlin]], [[H:Inverness Pain Clinic]] ([[C:Greenville]]). Rx DEA # [[L:BG4417302]] does not match PMP record for prescriber ([[L:BG4417320]] on file). Called office [[P:662-555-0148]], spoke w/ nurse [[N:Tammy]]: transcription error on new EMR, correct DEA confirmed, corrected Rx faxed from [[F:662-555-0149]] at 1410.
MS PMP reviewed - no early fills, 1 prescriber, 1 pharmacy. Filled. Naloxone offered + dispensed, counseled wife [[N:Earline]].
-[[N:J. Bolden]], PharmD  MS lic [[L:E-13307]]"""),

("pharmacy", """CLINICAL PHARMACY - anticoag / specialty
Pt: [[N:Mendoza Ruelas, Ana Cristina]] [[A:52]]F  MRN [[M:771029]]
New rx: adalimumab 40 mg q2wk for RA (Dr. [[N:Karimian]]). Medi-Cal PA approved, auth # [[ID:PA-3392716]] valid through [[D:3/31/26]]. Shipping via specialty pharmacy to home in [[C:Parlier]]; pt works at [[O:Kings Canyon Citrus Packing]] and asked for Sat delivery. Did not enroll in copay card (Medi-Cal not eligible). First dose teaching done in clinic [[D:Oct 14]] w/ Spanish interpreter - pt self-injected L thigh, tolerated.
TB Quantiferon neg [[D:9/30]], HBV neg. Counseled re: infection risk, hold if fever, no live vaccines.
-[[N:rvillalobos]] PharmD"""),

("therapy", """PT DAILY NOTE   [[D:8/19]]
Pt: [[N:Hollis Brandt]] [[A:88]] y/o M, s/p R TKA POD 1
S: "Sore but ready." Pain 5/10 at rest, 7/10 w/ mobility. Wife [[N:June]] present - married 66 yrs, celebrating anniversary in [[D:June]] next yr.
O: Bed mob: supine->sit w/ min A, HOB flat. Sit->stand from bed w/ FWW min A x1, cues for hand placement. Gait 60 ft FWW CGA, step-to pattern, decr R stance time. R knee AROM 10-72 deg. Quad set fair, SLR w/ 5 deg lag. TUG deferred.
A: progressing as expected. Lives in 1-story villa in [[C:Lady Lake]], 1 STE w/ rail, walk-in shower w/ grab bar.
P: BID PT, stairs in pm, anticipate d/c home w/ [[H:Lake County Hearthside Home Health]] PT tomorrow vs POD 2.
-[[N:Summer Okafor]], PT, DPT"""),

("therapy", """SLP - BEDSIDE SWALLOW EVAL
[[N:Sargsyan, Vartan]]  [[A:76]]M  s/p L MCA CVA [[D:11/2/25]]
Pt seen w/ son [[N:Hrach]] at bedside; Armenian interpreter via video. Pt w/ mild-mod expressive aphasia, R facial droop, reduced lingual strength.
Trials: thin liquid via cup - delayed cough x3/5; nectar-thick via cup - no s/s aspiration x5; puree - WFL, mild anterior spillage R; soft solid - prolonged mastication, oral residue R buccal.
Recs: mechanical soft, nectar-thick liquids, meds crushed in puree, upright 90 deg, HOB >30 after meals, 1:1 supervision. MBSS scheduled [[D:11/5]].
Son asked if pt can eat "harissa" his mother makes for him - ok if pureed consistency per diet; son to bring container labeled.
-[[N:T. Gevorgyan]] MS CCC-SLP"""),

("radiology", """EXAM: CT ABDOMEN PELVIS W CONTRAST
ACCESSION: [[ID:KV25-0448196]]
PATIENT: [[N:ALVARADO, JOSEFINA]]   MRN: [[M:22081447]]   DOB: [[D:04/06/1961]]
DATE: [[D:06/11/2025]] 14:32
ORDERING: [[N:MAGANA, DIEGO]] MD
FACILITY: [[H:Tulare Valley Imaging Center]], [[C:Visalia]]
CLINICAL INDICATION: [[A:64]]F with LLQ pain, fever, hx diverticulosis.
COMPARISON: CT [[D:8/22/2022]].
FINDINGS: Segmental wall thickening of the sigmoid colon with pericolic fat stranding and several inflamed diverticula. 2.4 x 1.9 cm rim-enhancing fluid collection adjacent to the sigmoid, consistent with small abscess. No free air. Liver, spleen, pancreas, adrenals unremarkable. Cholelithiasis without cholecystitis. Kidneys enhance symmetrically, no hydronephrosis. Uterus surgically absent. No lymphadenopathy.
IMPRESSION:
1. Acute complicated sigmoid diverticulitis with 2.4 cm pericolic abscess (Hinchey Ib). No free air.
2. Cholelithiasis.
Critical result called to Dr. [[N:Magana]] at 14:51 by Dr. [[N:Ravindran]], read back confirmed.
Electronically signed: [[N:Anand Ravindran]], MD"""),

("consult", """NEPHROLOGY CONSULTATION
Requesting: Dr. [[N:Whitfield]] (hospitalist)     Consultant: [[N:Deepa Sanyal]], MD
Patient: [[N:Hampton, Willie Mae]]     MRN [[M:0063318]]     Date: [[D:June 3, 2025]]
Reason for consult: AKI on CKD stage 4, volume overload, dialysis planning.

HPI: Ms. [[N:Hampton]] is a very pleasant [[A:74]]-year-old woman from [[C:Itta Bena]] whom I know from clinic (last seen [[D:Feb]]), with CKD 4 from diabetic and hypertensive nephropathy, baseline creatinine 3.0-3.2 and eGFR 14-15, HFpEF, and anemia of CKD on darbepoetin, admitted [[D:6/1]] with acute on chronic HFpEF after she ran out of torsemide about [[D:May 20th]]. Her local pharmacy closed and she was unable to get to [[C:Greenwood]]. UOP 2.8 L/24h on IV furosemide 80 BID, wt down 2.1 kg. No nausea, pruritus or confusion. Husband [[N:Roosevelt]] is at bedside and granddaughter [[N:Keyonna]] joined by phone.

At her [[D:February]] visit she said she "would think on" dialysis and talk with her pastor. Today she tells me she wants home PD, since the in-center unit is 45 min each way and her husband no longer drives.

PMH: DM2 (A1c 6.9), HTN, HFpEF (EF 60%), gout, R TKA, hysterectomy.
Family hx: sister started HD at age [[A:62]], now deceased. Mother d. [[A:70]], CHF.
Social: retired, 28 yrs at the catfish plant. Lives with husband, aged [[A:79]], who has early dementia. Granddaughter lives in [[C:Jackson]] and visits most weekends.

Exam: BP 148/82, HR 84, 95% 2L. JVP 10 cm. Basilar crackles. 2+ edema to mid-shin. No asterixis. Healed low midline scar - not a contraindication to PD.

Labs: Cr 3.6 (peak 3.9), BUN 74, K 4.9 (was 5.4), HCO3 19, Phos 5.6, Hgb 8.6, PTH 412 in [[D:April]].

Assessment/Plan:
1. AKI on CKD 4, cardiorenal, improving. No urgent dialysis indication. IV diuresis today, torsemide 60 daily tomorrow if Cr stable.
2. ESKD planning. Patient prefers home PD. Refer to Dr. [[N:Lamberth]] for outpatient PD catheter in 3-4 wks and to [[H:Delta Home Dialysis of Greenwood]] for training + home assessment. She declines transplant evaluation at [[H:Mid-Delta Kidney Transplant Clinic]] for now.
3. Hyperkalemia - resolved, continue low K diet, stop lokelma.
4. Metabolic acidosis - start sodium bicarbonate 650 mg BID.
5. Anemia - iron studies, IV iron if TSAT < 20%, resume darbepoetin at d/c.
6. Med access - transfer Rx to mail order; SW aware.

Thanks for this consult, will follow. Clinic follow up with me on [[D:6/24]] at the [[C:Greenwood]] office.
[[N:D. Sanyal]], MD  Nephrology   office [[P:(662) 555-0102]]   pgr [[P:2275]]"""),

("addendum", """ADDENDUM [[D:1/12/25]] 0915: Late entry re: d/c summary of [[D:1/11]]. Pt's daughter [[N:Marisol]] called - HF clinic appt moved to [[D:1/21]] at 9:40 (provider out the week of [[D:MLK Day]]). Also correction: BMP should be drawn at [[H:Quest]] on [[ST:W Hillsborough Ave]], not [[ST:Armenia Ave]] location (closed). Order updated. -[[N:pvenkat]]"""),

("handoff", """NIGHT HANDOFF - Hospitalist team B  [[D:7/4]] (yes, [[D:Fourth of July]], fireworks traumas downstairs)
1) Rm 502 - [[N:Culpepper, Dwight]] [[A:77]]M - AFib RVR, on dilt gtt 10. Goal HR <110. If SBP <90 stop gtt, call cards fellow Dr. [[N:Amin]] pgr [[P:6612]]. Wife [[N:Faye]] wants call if any change [[P:727-555-0144]].
2) Rm 507 - [[N:Banerjee-Holt, Sunita]] [[A:45]]F - DKA, gap closed 1800, on SQ insulin now. AM BMP. Pt is a teacher at [[O:Gulfport Elementary]]; anxious re: missing summer school.
3) Rm 511 - [[N:Ybarra, Chuy]] [[A:92]]M - hospice GIP, comfort only, no labs. Grandson [[N:Will]] staying overnight. Will need a chaplain if family asks.
4) Rm 514 - [[N:Tate, Royce]] [[A:34]]M - cellulitis R leg, pending abx, vanc trough at 0500. Left AMA once ([[D:June]]). Sitter not indicated.
5) Rm 520 - "[[N:Peaches]]" [[N:Delacroix, Evangeline]] [[A:101]]F !!! turned [[A:101]] on [[D:7/1]], UTI, delirium prec. Dtr [[N:Marguerite]] ([[A:78]]) at bedside sleeping in recliner.
Cross-cover pager [[P:4490]]. Good luck. -[[N:cwn]]"""),

("nh_transfer", """INTERFACILITY TRANSFER FORM
FROM: [[H:Cypress Hollow Health & Rehab]], [[ST:2100 Ribaut Rd]], [[C:Beaufort]], [[SA:SC]] [[Z:29902]]  ph [[P:843-555-0120]]  fax [[F:843-555-0121]]
TO: [[H:Lowcountry Coastal Medical Center]] ED
Resident: [[N:Simmons, Cora Lee]]   DOB [[D:05-Jan-1930]]   Age [[A:95]]
Medicare MBI [[HP:2HF6-YC8-UP39]]   SC Medicaid [[HP:8806142290]]
Reason: AMS, fever 102.1, SpO2 86% RA, ?aspiration. Sent [[D:Dec 26]] 0520.
Code: DNR - copy of SC EMS DNR attached. HCPOA: grandson [[N:Marcus Simmons]] [[P:843-555-0192]].
Baseline: oriented to self, feeds self w/ setup, pivot transfer x1, wheelchair (serial [[DV:QX-4471-0987]]), pureed/honey-thick.
Dx: Alzheimer's, HTN, CKD3, hx CVA.
Last meds 2100: donepezil, amlodipine, senna. Last BM [[D:12/24]].
Skin: stage 2 coccyx, foam dsg.
Called report to ED RN [[N:Tasha]] 0510. Sending nurse: [[N:G. Heyward]] LPN"""),

("home_health", """HOME HEALTH SKILLED NURSING VISIT
Agency: [[H:White River Valley Home Care]]    Visit [[D:02/20/2025]]
Pt: [[N:Dossett, Arlie]] [[A:84]] M  agency MR# [[M:WRV-40217]]
Address: [[ST:16 Possum Trot Ln]], [[C:Mountain Home]], [[SA:AR]] [[Z:72653]] - 2nd gravel drive past the Baptist church, dogs loose
SN visit for CHF mgmt + wound. Wt 186.4 (up 3.2 lb from [[D:2/17]]), +2 ankle edema, lungs w/ faint crackles bases. BP 148/86 HR 78 SpO2 93% RA. Pt admits to ham + beans at church supper Sunday.
Called Dr. [[N:Pettigrew]] office, spoke w/ [[N:Dusty]] RN: extra torsemide 20 mg x2 days, recheck wt Mon.
Wound L shin: 2 x 1.2 cm, pink, scant drainage, xeroform + kerlix, healing.
Wife [[N:Velma]] ([[A:81]]) manages meds; pillbox correct. Pt still splits wood - educated.
Next visit [[D:2/24]]. -[[N:ssutton]] RN"""),

]
