NOTES = [

("nursing", """NURSING NOTE [[D:3/14]] 0645
Pt [[N:HATFIELD, DARRELL W]] ("[[N:Bud]]"), [[A:67]] yo M rm 314, s/p R fem-pop POD#2. Slept poorly, c/o pain 6/10 R thigh, medicated w/ oxycodone 5mg PO 0210 w/ relief to 3/10. VSS, BP 138/76 HR 82 SpO2 94% 2L NC. Foley d/c'd 0500, DTV. Incision CDI, dopplerable DP/PT bilat.
Wife [[N:Loretta]] called from home in [[C:Delbarton]], states she can't come up til Sat, her ride (nephew [[N:Rusty]]) works second shift at the [[O:Mingo Ridge Coal]] prep plant. Her # [[P:(304) 555-0147]] updated on face sheet. Pt asking if he'll be back at [[O:Pigeon Creek Church of God]] by [[D:Easter]] - explained depends on PT eval. Call light in reach.
-[[N:tjb]] RN"""),

("nursing", """0300 pt [[N:Shawanda Greer]] up to BR x1 assist, steady gait. no c/o. bed alarm on. -[[N:KM]]"""),

("nursing", """Nursing - 5W admit note
Pt [[N:Guadalupe Rentería]], [[A:81]]F, Spanish-speaking only, interpreter [[N:Marisol]] (badge #[[ID:40712]]) via iPad used for admission hx. Lives w/ dtr [[N:Yesenia]] on [[ST:S Kostner Ave]] in [[C:Little Village]]. Dtr reports pt fell at home Sunday getting up to bathroom at night, found on floor by grandson in AM. Pt says "me duele la cadera" - R hip pain 7/10, MD aware, xray done.
Morse 65 - high fall risk, yellow socks, bed alarm, hourly rounding. Hx DM2 (A1c 9.1 in [[D:Feb]]), HTN, glaucoma. Home meds filled at [[H:Farmacia La Guadalupana]] on [[ST:26th St]], dtr to bring bottles tmrw.
Dtr cell [[P:773-555-0193]], requests all updates in Spanish.
-[[N:aortiz3]] RN"""),

("nursing", """RN SHIFT NOTE 7p-7a [[D:11/22/24]]
[[N:KOWALSKI, GERALD J]]  MRN [[M:3301847]]  rm 6112
[[A:88]] y/o M adm w/ CAP, hx afib on Eliquis, Parkinson's. 2130 pt confused, pulling at PIV, redirected x3, sitter requested. 2245 RRT called for SBP 84/50, HR 124 irreg - Dr. [[N:Okafor]] at bedside, 500 mL LR bolus, repeat BP 102/60. Lactate 2.8, BCx x2 drawn. Transferred to 4 North step-down 0015 per MD.
Son [[N:Tom]] ([[P:414-555-0118]]) notified 2300, lives in [[C:Bay View]], on his way in. Pt's wife [[N:Dorothy]], [[A:86]], lives at [[H:Lakeview Terrace Assisted Living]] and is not aware yet - son will tell her in the AM.
Belongings (glasses, upper denture, L hearing aid) sent w/ pt in labeled bag. Report given to [[N:Britt]] RN on 4N.
/[[N:sbauer]]"""),

("nursing", """Nursing note [[D:2-Mar-2025]] 1400
Pt [[N:Carmen Iris Delgado Rivera]], [[A:74]] y/o F from [[C:Bayamón]], speaks Spanish only, hija [[N:Nilsa]] translating at bedside. C/o "mareos" since this am. FSBG 48 at 1330 - given 4 oz juice + crackers, recheck 102 at 1350. Pt took her glipizide but didn't eat breakfast "porque no tenía hambre". Educated pt/hija on hypoglycemia s/s, teach-back done. BP 150/88, HR 78.
Hija states neighbor Doña [[N:Fela]] usually checks on her, lives across the street on [[ST:Calle Betances]]. PCP Dr. [[N:Irizarry]] at [[H:Centro de Salud Familiar Río Plata]].
Dr. [[N:Ocasio]] notified, glipizide on hold, endo consult placed. -[[N:lmm]]"""),

("nursing", """[[H:Holston Valley Health & Rehab]] - skilled nursing note
Res: [[N:Mae Belle Ketron]]   DOB [[D:08/19/1931]] ([[A:93]])   Rm 22B
Res alert, pleasantly confused, BIMS 9/15. Ate 75% lunch, pureed diet, nectar thick liquids. Stage 3 L heel - 2.1 x 1.8 x 0.3 cm, cleansed NS, Santyl, dry dsg. No s/s infection.
Daughter [[N:Judy Ketron Price]] visited from [[C:Kingsport]] w/ the great-grandbaby, brought res a large-print Bible from [[O:Beulah Land Missionary Baptist]]. Res states her faith is what keeps her going. [[N:Judy]] asked about hospice eval - will pass to MDS coordinator [[N:Crystal]] and Dr. [[N:Sutherland]]. Son [[N:Wendell]] ([[A:70]]) in [[C:Erwin]] is POA, [[P:423-555-0166]], will call him tmrw.
[[N:Faith Lowe]], LPN"""),

("nursing", """Nsg note [[D:6/30]] 1900
Pt [[N:DeAndre Tolliver]] [[A:34]]M sickle cell crisis, on hydromorphone PCA, 6 attempts/4 delivered last hr. Pain 9/10 "all over", worse in low back and knees. Temp 100.9 - BCx x2 sent, MD aware. IS 1250. SpO2 93% RA.
Mom [[N:Bernice]] at bedside, asking to speak w/ hematology Dr. [[N:Vasquez-Lowe]] - paged pgr [[P:2291]], awaiting callback. Pt works as a dispatcher at [[O:Lakeshore Freight Lines]], worried about missing shifts, requested FMLA paperwork - form faxed to their HR fax [[F:(219) 555-0174]].
-[[N:cwhitlow]] RN"""),

("discharge_summary", """DISCHARGE SUMMARY
[[H:Guyandotte Valley Regional Medical Center]]
Patient: [[N:COMPTON, RAYFORD LEE]]    MRN: [[M:GV-0093381]]    Acct: [[AC:500218847]]
Admit: [[D:01/06/2025]]    Discharge: [[D:01/11/2025]]
Attending: [[N:Anil Mehra]], MD    PCP: [[N:Sharon Bias]], FNP, [[H:Man Family Clinic]]

DISCHARGE DIAGNOSES: Acute on chronic systolic CHF, ischemic cardiomyopathy EF 25%, CKD 3b, COPD, coal workers' pneumoconiosis, AKI (resolved).

HISTORY: This is a [[A:71]]-year-old retired underground miner, 31 years at [[O:Buffalo Creek Fuel]], who lives with his wife in [[C:Man]], who presented to our ED on the [[D:6th]] with about two weeks of worsening dyspnea on exertion, three-pillow orthopnea and a 14 lb weight gain. His wife stated his ankles were "big as stovepipes." BNP was 2,140, chest x-ray showed bilateral effusions and cephalization. Troponin flat x2.

HOSPITAL COURSE: He was diuresed with IV furosemide 80 mg BID with good response, net negative 7.2 L, weight down from 214 to 201 lb. Creatinine bumped to 2.3 on hospital day 3 and lisinopril was held; it came back down to 1.7, baseline. His Medtronic dual-chamber ICD, serial [[DV:PZV611482S]], was interrogated on the [[D:8th]] and showed no events, normal function. He was transitioned to oral torsemide 40 daily. Spironolactone was not started given potassium 5.1. He was seen by PT who felt he was safe for home with his wife and home health.

FAMILY HISTORY: Father died of black lung at [[A:58]]. Brother [[N:Junior]] had CABG in his [[A:50s]]. Mother lived to [[A:91]].

DISCHARGE MEDICATIONS: torsemide 40 mg daily (NEW), carvedilol 12.5 mg BID, Jardiance 10 mg daily, atorvastatin 80 mg, Breztri 2 puffs BID, albuterol PRN. HOLD lisinopril until seen in clinic.

FOLLOW-UP: Dr. [[N:Mehra]], cardiology clinic, [[D:Tues 1/21]] at 10:30. [[H:Mountain Laurel Home Health]] to see for weights and med reconciliation, agency [[P:(304) 555-0129]]. BMP at [[H:Quest]] on [[ST:Stratton St]] in [[C:Logan]] in one week. Daily weights, call for gain of 3 lb in a day or 5 lb in a week. 2 g sodium, 2 L fluid restriction.

Dictated by [[N:A. Mehra]], MD   D: [[D:01/11/2025]]  T: [[D:01/12/2025]]"""),

("discharge_summary", """DISCHARGE SUMMARY - [[H:Stillwater Valley Medical Center]], [[C:Dayton]]
Name: [[N:Pruitt, Gloria A]]   DOB [[D:5/3/1949]]   MRN [[M:7714402]]
Adm [[D:2/17]]   D/C [[D:2/20/25]]
Dx: AECOPD w/ acute on chronic hypoxic resp failure.
[[A:75]] yo F former smoker (45 pk-yr, quit at [[A:70]]), lives alone in [[C:Huber Heights]], retired from [[O:Delphi]] after 28 yrs. Adm w/ 3 d incr SOB, green sputum, O2 sats 82% on home 2L. Tx nebs, prednisone 40 x5d, azithro x5d. CXR no PNA. Weaned back to baseline 2L by [[D:2/19]].
Home O2 via [[H:Miami Valley Home Medical]], concentrator serial #[[DV:IH5K-220194]] - pt reports it's been "making a racket", supplier notified to swap.
F/u PCP Dr. [[N:Obi]] at [[H:Kettering Crossing Family Medicine]] 1 wk. Pulm rehab referral to [[H:Beavercreek Pulmonary Rehab]]. Niece [[N:Tonya]] to check on her daily, niece's # [[P:937.555.0133]].
-[[N:R. Okonjo]], DO"""),

("discharge_summary", """RESUMEN DE ALTA / DISCHARGE SUMMARY
[[H:Hospital San Judas Tadeo de Caguas]]
Paciente: [[N:Ortiz Maldonado, José Ángel]]   Récord: [[M:CG-448201]]
Ingreso: [[D:14-mar-2025]]   Alta: [[D:19-mar-2025]]
Dx: Dengue con signos de alarma.
[[A:58]] y/o M from [[C:Cayey]], baker at [[O:Panadería La Borinqueña]], presented w/ 4 d fever, retro-orbital pain, abd pain, vomiting x3. NS1 Ag +. Plt nadir 22K on day 5, Hct peak 49. No bleeding, no shock. IVF per WHO protocol, no transfusion needed. Plt 96K at d/c, afebrile >48h.
Plan Vital member ID [[HP:PV0038812704]].
F/u Dr. [[N:Marrero]] en [[H:CDT de Cayey]] in 3-5 days for CBC. Avoid NSAIDs. Return if sangrado, dolor abdominal severo, mareos.
Esposa [[N:Wanda]] tel [[P:(787) 555-0162]].
Dra. [[N:Ivelisse Torres Nazario]]"""),

("discharge_summary", """D/C SUMMARY   [[N:Szymanski, Helen]]   [[A:91]]F   MRN [[M:M4419027]]
s/p L hip hemiarthroplasty [[D:10/3]] for displaced femoral neck fx after mechanical fall at home in [[C:Oregon]], [[SA:OH]]. Post-op course c/b mild delirium nights 1-2, resolved w/ sleep hygiene, no antipsychotics. Hgb nadir 8.4, no transfusion. WBAT LLE, posterior hip precautions.
D/C to [[H:Maumee Bay Skilled Care]] for rehab. Lovenox 40 daily x28d. Son [[N:Richard]] ("[[N:Rick]]") is POA, aware and agrees.
F/u Dr. [[N:Haddad]] ortho 2 wks, office [[P:419-555-0150]]. Staples out at SNF POD 14."""),

("progress", """HOSPITALIST PROGRESS NOTE   [[D:Wed 9/10]]
[[N:Caudill, Everett]]   [[A:79]]M   HD 3
S: says he feels "a little stouter" today. No CP. Ate some biscuits and gravy. Still SOB walking to BR.
O: T 98.4  BP 128/70  HR 76  RR 18  SpO2 92% 2L. Crackles bilat bases, 1+ LE edema. WBC 11.2 (14.9). Cr 1.6 (1.9).
A/P:
1. CAP - day 3 ceftriaxone/azithro, switch to PO cefpodoxime tmrw if afebrile.
2. Falls - his house up [[C:Lotts Creek]] is a real fall hazard per dtr [[N:Rhonda]], steep steps no rail. PT/OT eval.
3. DM2 - SSI, A1c 7.8.
Dispo: home w/ [[H:Kentucky River Home Health]] Fri vs short SNF stay in [[C:Hazard]]. Discussed w/ dtr by phone [[P:606-555-0139]].
[[N:M. Sizemore]], MD"""),

("progress", """PEDS PROGRESS NOTE - lead f/u
[[H:Saginaw Street Pediatrics]]   [[D:9/12/24]]
[[N:Jayden Moore]]   [[A:18]] mo M   DOB [[D:03/11/2023]]
Venous BLL 7 ug/dL on [[D:8/1]] (was 11 in [[D:May]]). Family rents older home on [[ST:Dupont St]], [[C:Flint]] - filters on all taps, home inspection done by health dept, case #[[ID:GCHD-24-0613]].
Mom [[N:Keisha]] ([[A:23]]) here w/ pt. Grandma [[N:Pearl]] watches him days; also attends [[O:Little Blessings Child Care]] on [[ST:N Saginaw St]] 2x/wk.
Dev: 6-8 words, walking, stacks 3 blocks. Wt 50th %ile.
Plan: recheck BLL in 3 mo, iron-rich foods, cont WIC, Hgb today. Next visit 24 mo.
-dr [[N:hollins]]"""),

("progress", """ID CLINIC F/U   [[D:03/18/2025]]
[[H:Division Street Health Center]]
[[N:Luis]] "[[N:Wichy]]" [[N:Feliciano]]   [[A:46]]M
HIV on Biktarvy, adherent, VL <20 ([[D:Jan 2025]]), CD4 512. RPR NR. Hep B immune. Lives w/ partner [[N:Ángel]] on [[ST:N Spaulding Ave]] in [[C:Humboldt Park]]. Works early shift at [[O:La Esquina Bakery]].
His mom in [[C:Aguadilla]] is sick, he plans to fly down in [[D:June]] for a month - will need 90-day fill, coordinated w/ specialty pharmacy. Discussed PrEP for partner, [[N:Ángel]] to schedule.
Vaccines: Shingrix #2 today, lot 7TK3R.
RTC 3 mo w/ labs.
/[[N:kpaz]]"""),

("progress", """OBOT PROGRESS NOTE - [[H:Clinch Valley Recovery Clinic]], [[C:Wise]]
Pt: [[N:Tackett, Brandon K]]   [[A:29]] yo M   DOB [[D:7/22/95]]
Week 14 buprenorphine-naloxone 16/4 mg daily. UDS today + bup, neg fentanyl, neg meth. VA PMP reviewed - no other controlled rx.
Pt back to work at [[O:Dante Tire & Lube]], girlfriend [[N:Kayla]] ~20 wks pregnant, getting prenatal care at [[H:Lonesome Pine Women's Health]]. Cravings 2/10. Says "I know it's wise to keep coming every week" - agree, cont weekly visits + counseling.
PO Ms. [[N:Stidham]] requested attendance letter, ROI signed, ROI #[[ID:R-30582]].
Rx sent to [[H:Powell Valley Pharmacy]], [[C:Big Stone Gap]]. Next appt [[D:4/29]].
-[[N:dw]] NP"""),

("h_and_p", """HISTORY AND PHYSICAL
[[H:Cumberland Ridge Medical Center]]
Patient: [[N:Blevins, Orville Ray]]   DOB: [[D:12/02/1947]]   MRN: [[M:CRM-2208134]]
Date of admission: [[D:April 2nd, 2025]]
PCP: Dr. [[N:Lena Saylor]], [[H:Evarts Family Practice]]

CC: "I can't get my breath"

HPI: [[A:77]] yo M retired underground miner (38 yrs, last at [[O:Black Mountain Mining]]), w/ CWP with PMF, COPD on 2L home O2, presents w/ 4 days increasing SOB, cough productive of black/green sputum, subjective fevers and chills. Grandson [[N:Hunter]] found him sitting on the porch "blue around the lips" this AM and drove him down off [[ST:Cranks Creek Rd]]. Pt was a deer hunter most of his life, quit going 2 yrs ago d/t SOB. Denies CP, hemoptysis, leg swelling.

PMH: CWP dx 1998, COPD (FEV1 38% pred), HTN, BPH, anxiety. Federal black lung claim #[[ID:BLB-07-448196]].
PSH: R CEA 2016, appy as a child.
Meds: Trelegy 1 puff daily, albuterol neb q4h prn, amlodipine 10, tamsulosin 0.4, sertraline 50.
All: PCN (hives).

Social: Widower - wife [[N:Opal]] passed the [[D:Christmas]] before last. Lives alone, [[N:Hunter]] ([[A:19]]) checks on him daily. Ex-smoker 1.5 ppd x 40 yrs, quit at [[A:62]]. No EtOH. Attends [[O:Cranks Creek Old Regular Baptist]].
FHx: Father "miner's asthma", died at [[A:54]]. Mother lived to [[A:ninety-six]]. Brother [[N:Virgil]] [[A:80]] alive w/ CWP. Sister [[N:Ruby]] died of breast ca in her [[A:60s]].

ROS: + fatigue, poor appetite, orthopnea at baseline. Otherwise neg x10.

PE: T 101.2  HR 108  BP 156/84  RR 26  SpO2 84% 2L -> 91% 4L NC.
Gen: thin elderly M, tripoding, accessory muscle use, speaks 4-5 word sentences.
Lungs: diffuse rhonchi, decreased bases R>L, prolonged expiration.
CV: tachy, regular, no JVD. Ext: clubbing, no edema.
Neuro: A&Ox3, no asterixis.

Labs: WBC 15.8, Hgb 16.9, Na 134, HCO3 33, Cr 1.1, lactate 1.9, procal 0.9. ABG 7.31/62/58.
CXR: known bilat upper lobe conglomerate masses, NEW RLL infiltrate.

A/P:
1. Acute on chronic hypercapnic resp failure d/t AECOPD + RLL CAP - BiPAP 12/5 overnight, duonebs q4, methylpred 40 q12, ceftriaxone + azithro (PCN allergy is hives only, tolerated cefdinir before). Step-down.
2. CWP/PMF - chronic, pulm f/u outpt.
3. HTN - cont amlodipine.
4. Code status: Full for now - he wants "everything but being on a breathing machine long term." Will readdress w/ family. HCPOA is dtr [[N:Brenda Blevins Hall]] in [[C:Lexington]], [[P:859-555-0184]].

[[N:Jared Whitaker]], DO   pgr [[P:3318]]"""),

("h_and_p", """ADMIT H&P - [[H:Kinnickinnic Community Hospital]]   [[D:1/27/25]]
[[N:Wasilewski, Stanley]]   [[A:63]]M
CC: chest pain
HPI: 63M w/ HTN, HLD, active smoker 1 ppd, presents w/ substernal pressure 8/10 radiating to L arm, started ~0500 while shoveling snow in front of his house in [[C:Walker's Point]]. Diaphoretic. Trop 0.8 -> 1.4. ECG ST depression V4-V6.
Social: machinist at [[O:Menomonee Valley Gear Works]], lives w/ wife.
FHx: father MI at [[A:49]], mother alive at [[A:90]], brother CABG in his early [[A:60s]].
Exam: BP 168/94, HR 96, lungs clear, no murmur.
A/P: NSTEMI - ASA, heparin gtt, atorva 80, metoprolol. Cath in AM w/ Dr. [[N:Brzezinski]]. Smoking cessation counseling. Wife [[N:Donna]] [[P:(414) 555-0126]] updated.
-[[N:ahmadi]] PGY2"""),

("h_and_p", """H&P - [[H:Hospital Santa Clara de Arecibo]]
Paciente: [[N:Vélez Cruz, Ana Luisa]]   [[A:52]] F   Récord [[M:HSCA-219930]]
Fecha: [[D:5/8/2025]]
Residencia: Barrio [[C:Capáez]], [[C:Hatillo]]
CC: "dolor abdominal" x 2 días.
HPI: RUQ pain after eating fried food (alcapurrias), nausea, fever 38.6. Murphy's sign +. US: multiple gallstones, GB wall 5 mm, pericholecystic fluid. WBC 14.1, T bili 1.4, lipase nl.
PMH: DM2, obesidad (BMI 36). Meds: metformin 1000 BID.
Social: cashier at [[O:Supermercado El Jibarito]]. Lives w/ esposo [[N:Héctor]]. Hija [[N:Yaritza]] lives in [[C:Orlando]].
FHx: madre DM2, falleció a los [[A:70]]; padre vivo, [[A:ochenta y ocho]] años, HTN.
A/P: Acute calculous cholecystitis - NPO, IVF, pip-tazo, SSI. Surgery consult Dr. [[N:Quiñones]] for lap chole mañana.
Dra. [[N:Mariela Santiago Ríos]]"""),

("ed_triage", """ED TRIAGE   [[D:08/14/2025]] 2217
[[N:Ramírez, Octavio]]   [[A:41]]M   ESI 2
CC: MVC - restrained driver, T-boned on driver side at [[ST:Broadway & 25th Ave]], +airbag, self-extricated. c/o neck pain 7/10, L wrist deformity. GCS 15. BP 148/92 HR 104 SpO2 98%. C-collar applied by EMS.
[[C:Gary]] PD Ofc. [[N:Whitfield]] on scene, report #[[ID:25-031877]]. Pt asking about his truck (IN plate [[V:482TRK]]) - told to call PD tow line.
Works at [[O:US Steel Gary Works]]. NKDA. Wife [[N:Leticia]] en route, [[P:219-555-0108]].
-[[N:jcole]]"""),

("ed_triage", """TRIAGE: [[A:16]] yo M, ATV rollover ~1600 on old strip job off [[ST:Rt 65]] near [[C:Naugatuck]], NO helmet. Pt [[N:Colton Fields]] brought by uncle [[N:Jimmy Dale Fields]] in pickup. ?brief LOC per uncle. c/o L shoulder pain, abrasions to face/L arm. GCS 14 (repetitive questioning). Trauma alert called. ESI 2.
Mom [[N:Tasha]] on her way from work at [[O:Dollar General]] in [[C:Kermit]], verbal consent via phone [[P:304-555-0171]]. Tdap status unknown. -[[N:rk]] RN"""),

("ed_triage", """ED TRIAGE NOTE
Pt initially registered ZZTRAUMA, ECHO - later ID'd as [[N:Kyle Brzozowski]], [[A:27]]M, OH DL [[L:SP482917]] in wallet.
Found unresponsive in his room at [[O:Anthony Wayne Motor Lodge]] on [[ST:Reynolds Rd]] by housekeeping. EMS narcan 4 mg IN x2 w/ response. [[C:Toledo]] PD Ofc [[N:Kaczmarek]] badge #[[ID:1187]] accompanying.
Now A&Ox3, RR 14, SpO2 96% RA, pupils pinpoint. Admits to fentanyl. Track marks bilat AC. Urine amber, states hasn't had water today. ESI 2.
Belongings: phone, wallet, $43 cash. Sister [[N:Amber]] [[P:419.555.0112]] listed as ICE in phone. Pt states "just let me go" - sitter at bedside, SW consult placed."""),

("social_work", """SOCIAL WORK NOTE   [[D:5/19/25]]
Referral from RN re: concern for self-neglect. Pt [[N:Earl Whitcomb]], [[A:83]] yo widower, lives alone on [[ST:Wabash Ave]] in [[C:Old North Dayton]]. Arrived via EMS w/ maggots in BLE wounds, per EMS home has no running water, "cats everywhere".
Pt A&Ox3, has capacity per Dr. [[N:Lindgren]], declines NH placement: "I've lived in that house since 1961 and I'll die there." Only family is nephew [[N:Darnell Whitcomb]] in [[C:Cincinnati]], [[P:513-555-0190]], willing to help but drives OTR for [[O:Buckeye Line Haul]], home every other weekend.
Income: SS + small pension from [[O:NCR]]. APS report made by phone, intake #[[ID:APS-0552873]]. Meals on Wheels and home-delivered water info given.
Plan: f/u w/ APS worker, discuss home health at d/c.
[[N:Keshia Boyd]], LSW   ext [[P:4471]]"""),

("social_work", """SW f/u - [[N:Tyrell Banks]], [[A:52]]M, homeless since [[D:Nov]], staying nights at [[O:Madison Street Men's Shelter]]. Lived w/ sister [[N:Gloria]] in [[C:Austin]] until she passed [[D:10/28]] and the landlord changed the locks. L BKA; manual wheelchair (serial [[DV:WC-7730921]]) has broken caster - called [[H:Lakeside Mobility]] for repair, they need Medicaid auth. Meridian ID [[HP:MER448120673]].
Assisting w/ SSDI application, SSA-827 signed, SSN [[S:359-55-0912]] verified from card. Coordinated Entry assessment done.
Pt reports he's been sober 6 mo, attends meetings at [[O:St. Martin de Porres Parish]].
-[[N:m.reyes]] MSW"""),

("social_work", """SOCIAL WORK - NICU
Pt: BABYGIRL [[N:SLONE]]   MRN [[M:4478120]]   DOL 6
Mother [[N:Ashley Slone]], [[A:24]], from [[C:Hindman]]. Maternal UDS at delivery + buprenorphine, + methamphetamine. Infant on Finnegan scoring, scores 6-9, no morphine needed so far.
DCBS notified [[D:3/9]], worker Ms. [[N:Gayheart]], case #[[ID:DCBS-25-11873]]. Safety plan: infant to be placed w/ MGM [[N:Donna Slone]], [[A:51]], who lives on [[ST:Troublesome Creek Rd]]. Home visit by DCBS done, approved. MGM states her church [[O:Hindman Freewill Baptist]] donated a car seat and crib. FOB incarcerated, no contact.
Court hearing [[D:3/24]] at [[O:Knott District Court]].
Mom tearful, engaged, asking about residential tx that allows babies - info given.
-[[N:bcampbell]] LCSW"""),

("case_mgmt", """CM NOTE   [[D:1/10/25]]
Pt [[N:Ida Mae Justice]], [[A:89]]F, adm [[D:1/6]] w/ UTI + AMS, now at baseline. PT/OT rec SNF. Referrals sent to [[H:Cedar Grove Nursing & Rehab]] and [[H:Logan Hills Health Care]] - bed offer from [[H:Logan Hills]] for Mon.
Humana Medicare Adv member ID [[HP:H48813306]], auth requested, ref #[[ID:AUTH-7719302]], pending clinicals faxed [[D:1/10]].
Dtr [[N:Patsy]] ([[P:304-555-0186]]) agreeable, will bring clothes. Pt has no POA - dtr to f/u w/ [[O:Pruett & Kinder Law Office]] about paperwork.
-[[N:dlucas]] RN CM"""),

("case_mgmt", """CASE MGMT - high readmit risk (LACE 14)
[[N:Wilbert Grace]] [[A:66]]M, CHF + ESRD on HD MWF at the [[H:DaVita]] on [[ST:Miller Rd]]. Lives w/ wife [[N:Claudette]] at [[ST:2218 Pasadena Ave]], [[C:Flint]] [[Z:48504]]. Retired from [[O:Buick City]].
Medicaid redetermination missed - currently in grace period til end of month, helped wife submit renewal online, Medicaid ID [[HP:MI0046723189]].
Home health referral to [[H:Vehicle City Home Care]] for SN/PT. Transportation to HD arranged through MTM.
Wife phone [[P:810-555-0137]].
/[[N:tnash]]"""),

("case_mgmt", """CM/UR note [[D:05/21/2025]]
[[N:Rosa Nieves]], [[A:70]]F, ESRD on HD at [[H:Fresenius]] [[C:Pilsen]]. Adm w/ hyperK (K 6.9) after missed tx; Cr rose to 7.2. Now stable.
Pt plans to move back to [[C:Ponce]] w/ sister [[N:Migdalia]] after d/c. Arranged chair at [[H:Centro de Diálisis del Sur]], [[C:Ponce]], first tx [[D:June 3rd]]. Records, hep B panel, PPD faxed to [[F:(787) 555-0145]]. Medicare MBI [[HP:5TR9-KD2-MN47]].
Flight [[D:5/30]], son [[N:Eddie]] flying w/ her. Pt's address in PR: [[ST:Calle Luna 48]], [[C:Ponce]], [[SA:PR]] [[Z:00730]].
-[[N:gsoto]]"""),

("telephone", """Called pt's wife [[N:Darlene]] @ [[P:606-555-0102]] re: appt tmrw, LVM. -[[N:sk]]"""),

("telephone", """TC from [[H:Tug Valley Drug]] ([[N:Rodney]]) requesting refill lisinopril 20 mg for [[N:Bobbie Jo Ferrell]] DOB [[D:4/17/58]]. Last OV [[D:Nov 2024]], overdue for BMP. OK'd 30 day x1 per Dr. [[N:Varney]], pt must schedule. Called pt, no answer, LM on home # [[P:(606) 555-0177]]. Pharmacy fax [[F:(606) 555-0178]]. -[[N:hlc]] LPN"""),

("telephone", """TELEPHONE ENCOUNTER   [[D:04/02/25]] 1015
Spoke w/ pt [[N:Frank Obermeyer]], identity verified w/ name + DOB [[D:02/14/1956]]. Reviewed colonoscopy path from [[D:3/27]]: 2 tubular adenomas, no dysplasia. Repeat colonoscopy in 3 yrs. Pt asks about blood on TP after - small amt bright red w/ wiping, no frank blood in bowl, no dizziness; likely hemorrhoidal. Advised fiber, sitz baths, call if worse. Pt verbalized understanding.
[[N:Gretchen Vogt]], RN  ext [[P:2207]]"""),

("portal", """PATIENT MESSAGE received [[D:2025-03-02T14:22]] via mobile app (IP [[IP:174.204.66.19]])
From: [[N:Hope Lindqvist]]
Subject: question about my sugars
Hi Dr. [[N:Anand]], my sugars have been running 250-300 since I started the prednisone from urgent care last week. I hope thats not bad?? Should I take more of my Lantus. I'm staying at my moms in [[C:Wauwatosa]] til Sunday, best # is [[P:414-555-0191]] or email [[E:hopelindq88@gmail.com]]. Thanks, [[N:Hope]]

RN reply [[D:3/2]] 1540: Called pt, advised increase Lantus 22 -> 26 units per Dr. [[N:Anand]] protocol, check BG QID, call if >350 or ketones. -[[N:tg]] RN"""),

("portal", """Mensaje del portal - [[D:11 de abril de 2025]]
De: [[N:Maritza Colón]] (hija del paciente [[N:Genaro Colón Soto]], [[A:84]])
Buenas Dra. [[N:Pagán]], papi sigue con la presión alta, 170/95 esta mañana y 165/92 anoche. He's taking the losartan every day, I put it in the pastillero myself. He's dizzy when he gets up. Can he come in before his cita on the [[D:28th]]? Mi número es [[P:(939) 555-0120]]. Dirección nueva: [[ST:Urb. Los Robles, Calle 3 E-14]], [[C:Mayagüez]] [[Z:00680]]. Also the church made a page to help with his meds: [[U:gofundme.com/f/ayuda-para-genaro-colon]]. Gracias.

Reply: Appt moved to [[D:4/15]] 9am w/ Dra. [[N:Pagán]]. Bring BP log and all meds. Orthostatic precautions reviewed by phone w/ [[N:Maritza]]. -[[N:yrivera]]"""),

("pharmacy", """PHARMACY NOTE - [[H:Big Sandy Family Pharmacy]], [[C:Pikeville]]
Pt: [[N:Loretta Mullins]]   DOB [[D:09/30/1966]]
Rx Basaglar KwikPen from Dr. [[N:Kendrick]] (NPI [[L:1982736450]]). Claim rejected 75 - PA required. Passport member ID [[HP:KY0719483306]], RxBIN 004336 PCN ADV.
Called prescriber office [[P:606-555-0153]], spoke w/ [[N:Misty]], PA submitted via CoverMyMeds key [[ID:BH7KQ2XL]]. Dispensed 3 pens w/ manufacturer copay card ID [[HP:LLY88120457]] to bridge, pt paid $35.
[[N:Lyle Hensley]], RPh   KY lic [[L:RPh014882]]"""),

("pharmacy", """Pt picked up Eliquis 5 mg #60, counseled on bleeding s/s, declined auto-refill. -[[N:JW]] PharmD"""),

("therapy", """PHYSICAL THERAPY DAILY NOTE   Visit 8/12
Pt: [[N:Bledsoe, Vernon]]   [[A:68]]M   s/p R TKA [[D:3/11/25]] (Dr. [[N:Feinberg]])
DOS: [[D:4/24/25]]
S: "knee's stiff as a board in the mornings." Pain 4/10. Walking 2 blocks w/ SPC. Wants to return to work at [[O:Gem City Die & Tool]] - job requires standing 8 hrs, stairs.
O: AROM 5-108 deg, PROM 3-112. Quad lag 5 deg. TUG 11.2 sec. Gait w/ SPC, decr stance time R.
Tx: bike 10 min, TKE, SAQ, heel slides, step-ups 4 in, patellar mobs, gait training, ice 10 min.
A: progressing, flexion limited, still needs SPC outdoors.
P: cont 2x/wk x4 wks, HEP updated. Work note faxed to employer per pt request.
-[[N:kfritz]], PT, DPT"""),

("radiology", """CT HEAD WITHOUT CONTRAST
Pt: [[N:McBride, Lavonne]]   MRN [[M:00918273]]   Acc# [[ID:CT25-0048812]]
DOB: [[D:06/06/1952]]
Ordering: [[N:Thaddeus Pryor]], MD ([[H:Genesee Northside Hospital]] ED)
Exam date: [[D:14MAR25]] 03:12
CLINICAL: [[A:72]]F fall, on warfarin, headache.
COMPARISON: CT head [[D:9/2/2022]] from [[H:Mott Park Medical Center]].
FINDINGS: 8 mm acute R frontoparietal subdural hematoma with 3 mm leftward midline shift. No IVH. Basal cisterns patent. Chronic small vessel ischemic changes. No calvarial fx. Mastoids clear.
IMPRESSION: Acute R SDH, 8 mm, w/ 3 mm midline shift. Critical result called to Dr. [[N:Pryor]] at 03:31 by [[N:dshah]], read back confirmed.
Dictated: [[N:Devika Shah]], MD"""),

("pathology", """SURGICAL PATHOLOGY REPORT
[[H:Watauga Regional Pathology Associates]], [[C:Johnson City]]
Accession: [[ID:S25-10482]]
Patient: [[N:Shelton, Loyd T]]   DOB [[D:10/20/1944]] ([[A:80]])   MRN [[M:WMC6674120]]
Collected: [[D:05/05/2025]]   Received: [[D:05/06/2025]]
Submitting: Dr. [[N:Hobart Lyle]], [[H:Unicoi Urology Associates]]
SPECIMEN: A-L. Prostate needle core biopsies, 12 sites (R/L base, mid, apex, lateral).
DIAGNOSIS:
C. R mid: Prostatic adenocarcinoma, Gleason 4+3=7 (Grade Group 3), 2 of 2 cores, 60% of tissue. Perineural invasion present.
D. R apex: Prostatic adenocarcinoma, Gleason 3+4=7 (Grade Group 2), 1 of 2 cores, 15%.
All other sites: benign prostatic tissue.
Block [[ID:S25-10482-C1]] selected for genomic testing per clinician request.
Electronically signed: [[N:Priya Chandrasekhar]], MD   [[D:05/09/2025]]"""),

("consult", """PSYCHIATRY CONSULTATION
[[H:Stockyards Community Hospital]]
Pt: [[N:Gutiérrez, Marco Antonio]]   [[A:19]] yo M   MRN [[M:SCH-0077214]]
Date: [[D:Feb 9, 2025]]
Requesting: Dr. [[N:Hale]], medicine. Reason: SI after acetaminophen overdose.

HPI: 19M, sophomore at [[O:Pershing Road Community College]], works nights at [[O:Carnicería Jalisco]] on [[ST:47th St]], BIBA after mother [[N:Rocío]] found him vomiting in the bathroom. Pt reports ingesting ~30 tabs of acetaminophen 500 mg about 4 hrs prior following breakup w/ girlfriend [[N:Daniela]] and an argument at work. States "I just wanted everything to stop." Wrote a note on his phone. 4h APAP 210, NAC started per poison center, case #[[ID:IL25-008812]]. LFTs normal so far.
Reports 2 months of low mood, poor sleep, dropped 2 classes, passive SI since [[D:December]]. Denies HI, AH/VH. Vapes THC daily, EtOH on weekends.

Past psych: one prior ED visit at [[H:Archer Avenue Behavioral Health]] in [[D:Oct 2023]] for SI, d/c'd w/ outpatient referral, never went. No prior meds.

Family hx: maternal uncle [[N:Beto]] died by suicide at [[A:32]]. Father lives in [[C:Morelia]], Mexico since deportation, limited contact. Mom w/ depression, on sertraline.
Social: lives w/ mom and sister [[N:Ximena]] ([[A:14]]) in [[C:Back of the Yards]]. Per mom no firearms in home; uncle has a handgun at his house in [[C:Cicero]] - pt has been there recently.

MSE: disheveled, poor eye contact, psychomotor slowed. Mood "empty", affect constricted, tearful. TP linear. + passive SI, denies current plan, cannot contract. Insight/judgment poor. Cognition grossly intact.

Risk: C-SSRS high (actual attempt within past week, prior SI, FHx suicide, access to firearm via family, substance use, young male). Protective: engaged w/ mom, sister, future-oriented about school.

Recs:
1. 1:1 sitter, suicide precautions, room sweep.
2. Pt agreeable to voluntary inpatient psych admission once medically cleared - social work to start bed search.
3. Start sertraline 25 mg daily after LFTs normalize.
4. Lethal means counseling w/ mom re: uncle's gun - mom will ask uncle to store it elsewhere.
5. Will follow daily.

Contact: mom [[P:(773) 555-0115]], prefers Spanish.
[[N:Adebayo Ogunleye]], MD, PGY-4 Psychiatry   pager [[P:7724]]"""),

("handoff", """NIGHT SIGNOUT 7W - [[D:12/20]]   from [[N:Patel]] to [[N:Kowalczyk]]
1. [[N:Hubbard, Jerome]] rm 712 - [[A:58]]M DKA, gap closed 1800, on SQ glargine now. f/u 2200 BMP, if K <3.5 replete. Full code.
2. [[N:Estep, Carol]] rm 714 - [[A:92]]F hip fx POD1, delirium - NO benzos, haldol 0.5 prn ok. DNR/DNI. Son [[N:Gary]] [[P:937-555-0161]] wants a call w/ any change, lives in [[C:Fairborn]].
3. [[N:Amir, Yousef]] rm 718 - [[A:37]]M LLE cellulitis, MRSA hx, vanc trough due 0500.
4. [[N:Lockhart, Tiffany]] rm 720 - [[A:29]]F pyelo, 18 wk IUP. OB aware (Dr. [[N:Mbeki]], pgr [[P:5562]]). Tylenol only for fever.
5. [[N:Willoughby, Frank]] rm 722 - [[A:74]]M UGIB, 2u PRBC today, Hgb 7.9 -> recheck 0000. If <7 transfuse 1u; if frank hematemesis call GI fellow (Dr [[N:Sethi]]) and ICU.
-[[N:pp]]"""),

("home_health", """HOME HEALTH SKILLED NURSING VISIT - [[H:Appalachian Hearth Home Health]]
Pt: [[N:Sexton, Garnet]]   [[A:85]] yo F   Visit date [[D:6/18/25]]
Address: [[ST:4417 Rockhouse Fork Rd]], [[C:Grundy]], [[SA:VA]] [[Z:24614]]. Directions: past [[O:Mt. Zion Primitive Baptist]], 3rd trailer on L, watch for her dog Duke on the porch.
VS: BP 146/82 HR 88 irreg RR 20 SpO2 93% RA. Wt 162 (158 on [[D:6/11]]), +4 lb, 2+ pitting BLE, crackles bases. Called Dr. [[N:Keen]]'s office [[P:276-555-0188]], spoke w/ [[N:Darla]] RN - new order furosemide 40 mg BID x3 days then back to daily, BMP Fri.
Pt not using CPAP (ResMed AirSense 10, SN [[DV:23161744290]]) - says mask hurts bridge of nose. Notified [[H:Clinch Mountain Medical Supply]] for mask refit.
Med rec done, pillbox filled x1 wk. Grandson [[N:Cody]] ([[A:30]]) lives in the next trailer, checks on her nightly.
Next visit [[D:6/20]].
[[N:Renee Stiltner]], RN"""),

]
