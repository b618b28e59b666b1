//! HL7 v2: paths, line endings, typed errors with positions, limits, the
//! writer round trip (proptest), ACKs, MLLP and the FHIR mapping.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use himcore::hl7v2::{
    self, mllp, AckCode, AckOptions, Delimiters, FieldTree, Hl7Error, LimitKind, Limits,
    MappingOptions, MessageTree, SegmentTerminator, SegmentTree,
};
use himcore::ErrorCode;
use proptest::prelude::*;

const ADT: &str = include_str!("../../../examples/data/adt_a01.hl7");
const ORU: &str = include_str!("../../../examples/data/oru_r01.hl7");

fn get(m: &hl7v2::Message<'_>, p: &str) -> Option<String> {
    m.get(p).unwrap().map(|c| c.into_owned())
}

#[test]
fn paths_address_fields_repetitions_components_and_segment_occurrences() {
    let m = hl7v2::parse(ADT).unwrap();
    assert_eq!(get(&m, "PID-5-1").as_deref(), Some("TESTPATIENT"));
    assert_eq!(get(&m, "PID-5(2)-1").as_deref(), Some("SMITH"));
    assert_eq!(get(&m, "PID-3(2)-1").as_deref(), Some("998877"));
    assert_eq!(
        get(&m, "PID-3-4-2").as_deref(),
        Some("2.16.840.1.113883.19.1")
    );
    assert_eq!(get(&m, "DG1(2)-3-1").as_deref(), Some("E11.9"));
    assert_eq!(get(&m, "AL1(2)-5").as_deref(), Some("Anaphylaxis"));
    assert_eq!(get(&m, "MSH-1").as_deref(), Some("|"));
    assert_eq!(get(&m, "MSH-2").as_deref(), Some("^~\\&"));
    assert_eq!(get(&m, "MSH-9-2").as_deref(), Some("A01"));
    assert_eq!(get(&m, "PID-99"), None);
    assert_eq!(get(&m, "ZZZ-1"), None);
    assert_eq!(get(&m, "DG1(3)-3"), None);
    let o = hl7v2::parse(ORU).unwrap();
    assert_eq!(get(&o, "OBX(2)-5").as_deref(), Some("0.9"));
    assert_eq!(
        get(&o, "OBX(4)-5").as_deref(),
        Some("Specimen slightly hemolyzed\nResults may be affected")
    );
    assert_eq!(o.raw("OBX(3)-5").unwrap(), Some(">^60"));
}

#[test]
fn malformed_paths_are_typed_errors() {
    let m = hl7v2::parse(ADT).unwrap();
    for p in [
        "PID",
        "PID-0",
        "pid-5",
        "PID-5(0)",
        "PID-5-1-1-1",
        "PID-x",
        "PID(2-5",
        "PIDX-1",
        "",
    ] {
        let e = m.get(p).unwrap_err();
        assert_eq!(e.code(), "HL7_BAD_PATH", "{p}");
    }
}

#[test]
fn lf_and_crlf_segment_terminators_are_accepted_and_reported() {
    let cr = "MSH|^~\\&|A\rPID|1||X\r";
    assert_eq!(
        hl7v2::parse(cr).unwrap().segment_terminator(),
        SegmentTerminator::Cr
    );
    let lf = cr.replace('\r', "\n");
    let m = hl7v2::parse(&lf).unwrap();
    assert_eq!(m.segment_terminator(), SegmentTerminator::Lf);
    assert_eq!(get(&m, "PID-3").as_deref(), Some("X"));
    let crlf = cr.replace('\r', "\r\n");
    let m = hl7v2::parse(&crlf).unwrap();
    assert_eq!(m.segment_terminator(), SegmentTerminator::CrLf);
    assert_eq!(m.len(), 2);
    let mixed = "MSH|^~\\&|A\rPID|1\nPV1|1\r\n";
    assert_eq!(
        hl7v2::parse(mixed).unwrap().segment_terminator(),
        SegmentTerminator::Mixed
    );
    assert_eq!(
        hl7v2::parse("MSH|^~\\&|A").unwrap().segment_terminator(),
        SegmentTerminator::None
    );
}

#[test]
fn invalid_messages_give_typed_errors_with_segment_and_field() {
    let e = hl7v2::parse("").unwrap_err();
    assert_eq!(e.code(), "HL7_EMPTY");
    let e = hl7v2::parse("MSH|^~\\&|A\rPID|1\rpv1|2\r").unwrap_err();
    assert_eq!(e.code(), "HL7_BAD_SEGMENT");
    assert_eq!(e.segment(), Some(3));
    let e = hl7v2::parse("MSH|^~\\&|A\rPID|1\rMSH|^~\\&|B\r").unwrap_err();
    assert_eq!(e.code(), "HL7_BAD_STRUCTURE");
    assert_eq!(e.segment(), Some(3));
    let e = hl7v2::parse("MSHX^~\\&|A").unwrap_err();
    assert_eq!(
        (e.code(), e.segment(), e.field()),
        ("HL7_BAD_ENCODING_CHARACTERS", Some(1), Some(1))
    );
    let e = hl7v2::parse_bytes(b"MSH|^~\\&|A\rPID|1||\xff\xfe\r").unwrap_err();
    assert_eq!(e, Hl7Error::InvalidUtf8 { offset: 18 });
    let e = hl7v2::parse("MSH|^~\\&|A\rPID|1\rBTS|1\r").unwrap_err();
    assert_eq!((e.code(), e.segment()), ("HL7_BAD_STRUCTURE", Some(3)));
    let e = hl7v2::parse_batch("BHS|^~\\&\rMSH|^~\\&|A\rBTS|2\r").unwrap_err();
    assert_eq!(
        e,
        Hl7Error::CountMismatch {
            segment: 3,
            name: "BTS".into(),
            declared: 2,
            actual: 1
        }
    );
    assert_eq!(e.field(), Some(1));
    let e = hl7v2::parse_batch("MSH|^~\\&|A\rFTS|1\rPID|1\r").unwrap_err();
    assert_eq!((e.code(), e.segment()), ("HL7_BAD_STRUCTURE", Some(3)));
}

#[test]
fn limits_give_typed_errors_not_panics() {
    let limits = Limits {
        max_input_bytes: 64,
        max_segments: 3,
        max_fields: 5,
        max_messages: 2,
    };
    let long = format!("MSH|^~\\&|{}", "A".repeat(100));
    let e = hl7v2::parse_with(&long, &limits).unwrap_err();
    assert!(matches!(
        e,
        Hl7Error::LimitExceeded {
            kind: LimitKind::InputBytes,
            max: 64,
            ..
        }
    ));
    let e = hl7v2::parse_with("MSH|^~\\&\rPID\rPV1\rOBX\r", &limits).unwrap_err();
    assert_eq!(
        e,
        Hl7Error::LimitExceeded {
            kind: LimitKind::Segments,
            max: 3,
            segment: 4,
            field: 0
        }
    );
    let e = hl7v2::parse_with("MSH|^~\\&\rPID|1|2|3|4|5|6\r", &limits).unwrap_err();
    assert_eq!(
        e,
        Hl7Error::LimitExceeded {
            kind: LimitKind::Fields,
            max: 5,
            segment: 2,
            field: 6
        }
    );
    assert_eq!(e.code(), "HL7_LIMIT_EXCEEDED");
    let e = hl7v2::parse_batch_with("MSH|^~\\&\rMSH|^~\\&\rMSH|^~\\&\r", &limits).unwrap_err();
    assert!(matches!(
        e,
        Hl7Error::LimitExceeded {
            kind: LimitKind::Messages,
            ..
        }
    ));
}

#[test]
fn parse_many_isolates_bad_messages() {
    let input = format!("{ADT}MSH|^~\\&|X\rbad|1\r{ORU}");
    let results = hl7v2::parse_many(&input);
    assert_eq!(results.len(), 3);
    assert!(results[0].is_ok());
    assert_eq!(results[1].as_ref().unwrap_err().code(), "HL7_BAD_SEGMENT");
    assert!(results[2].is_ok());
    assert_eq!(hl7v2::split_messages(&input).len(), 3);
}

#[test]
fn writer_escapes_values_and_can_change_delimiters() {
    let mut t = MessageTree::new(Delimiters::default(), vec![hl7v2_text("A|B^C&D~E\\F")]);
    t.push(
        "NTE",
        vec![Vec::new(), Vec::new(), hl7v2_text("line 1\nline 2\r")],
    );
    let er7 = hl7v2::write(&t).unwrap();
    assert_eq!(
        er7,
        "MSH|^~\\&|A\\F\\B\\S\\C\\T\\D\\R\\E\\E\\F\rNTE|||line 1\\.br\\line 2\\X0D\\\r"
    );
    assert_eq!(hl7v2::parse(&er7).unwrap().to_tree(), t);
    let mut custom = t.clone();
    custom.set_delimiters(Delimiters::from_parts('!', "$r?@").unwrap());
    let er7 = hl7v2::write(&custom).unwrap();
    assert!(er7.starts_with("MSH!$r?@!A|B^C&D~E\\F\r"), "{er7}");
    assert!(er7.contains("line 1?X0A?line 2?X0D?"), "{er7}");
    let back = hl7v2::parse(&er7).unwrap().to_tree();
    assert_eq!(back.segments[1..], t.segments[1..]);
}

#[test]
fn writer_refuses_inconsistent_or_invalid_trees() {
    let mut t = MessageTree::new(Delimiters::default(), vec![]);
    t.segments[0].fields[1] = hl7v2_text("$%\\&");
    assert_eq!(hl7v2::write(&t).unwrap_err().code(), "HL7_UNWRITABLE");
    let mut t = MessageTree::new(Delimiters::default(), vec![]);
    t.push("pid", vec![]);
    assert_eq!(hl7v2::write(&t).unwrap_err().segment(), Some(2));
    let t = MessageTree {
        delimiters: Delimiters::default(),
        segments: vec![],
    };
    assert!(hl7v2::write(&t).is_err());
    // A letter as delimiter is legal, but "\F\" would be split by it: refuse.
    let t = MessageTree::new(
        Delimiters::from_parts('|', "F~\\&").unwrap(),
        vec![hl7v2_text("a|b")],
    );
    assert_eq!(hl7v2::write(&t).unwrap_err().code(), "HL7_UNWRITABLE");
    let t = MessageTree::new(
        Delimiters::from_parts('|', "^r\\&").unwrap(),
        vec![hl7v2_text("a\nb")],
    );
    assert_eq!(
        hl7v2::parse(&hl7v2::write(&t).unwrap()).unwrap().to_tree(),
        t
    );
}

fn hl7v2_text(s: &str) -> FieldTree {
    vec![vec![vec![s.to_string()]]]
}

// ---- generated messages: parse(write(m)) == m ----

fn delimiters() -> impl Strategy<Value = Delimiters> {
    let pool: Vec<char> = "|^~\\&#$%!@*?:+=/".chars().collect();
    (Just(pool), any::<u64>(), any::<bool>()).prop_map(|(mut pool, seed, trunc)| {
        // Deterministic shuffle from the seed.
        let mut s = seed;
        for i in (1..pool.len()).rev() {
            s = s
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            pool.swap(i, (s >> 33) as usize % (i + 1));
        }
        Delimiters {
            field: pool[0],
            component: pool[1],
            repetition: pool[2],
            escape: pool[3],
            subcomponent: pool[4],
            truncation: trunc.then_some(pool[5]),
        }
    })
}

fn leaf() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Za-z0-9 .]{1,8}",
        "[|^~\\\\&#$%!@*?:+=/A-Z\\n\\r\\t\\x0b]{1,8}",
        "\\PC{1,6}",
    ]
}

/// Canonical lists: empty, or two or more children, or one non-empty child.
fn subs() -> impl Strategy<Value = Vec<String>> {
    prop_oneof![
        Just(Vec::new()),
        leaf().prop_map(|s| vec![s]),
        prop::collection::vec(prop_oneof![Just(String::new()), leaf()], 2..4),
    ]
}

fn comps() -> impl Strategy<Value = Vec<Vec<String>>> {
    prop_oneof![
        Just(Vec::new()),
        subs()
            .prop_filter("non-empty", |s| !s.is_empty())
            .prop_map(|s| vec![s]),
        prop::collection::vec(subs(), 2..4),
    ]
}

fn field() -> impl Strategy<Value = FieldTree> {
    prop_oneof![
        Just(Vec::new()),
        comps()
            .prop_filter("non-empty", |c| !c.is_empty())
            .prop_map(|c| vec![c]),
        prop::collection::vec(comps(), 2..3),
    ]
}

fn segment() -> impl Strategy<Value = SegmentTree> {
    ("[A-Z][A-Z0-9]{2}", prop::collection::vec(field(), 0..6))
        // Envelope segments (headers and batch/file trailers) belong to
        // parse_batch, not to one message.
        .prop_filter("not an envelope segment", |(n, _)| {
            !matches!(n.as_str(), "MSH" | "FHS" | "BHS" | "FTS" | "BTS")
        })
        .prop_map(|(name, fields)| SegmentTree { name, fields })
}

fn message() -> impl Strategy<Value = MessageTree> {
    (
        delimiters(),
        prop::collection::vec(field(), 0..5),
        prop::collection::vec(segment(), 0..5),
    )
        .prop_map(|(d, msh, segs)| {
            let mut t = MessageTree::new(d, msh);
            t.segments.extend(segs);
            t
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn generated_messages_survive_write_then_parse(t in message()) {
        let er7 = hl7v2::write(&t).unwrap();
        let back = hl7v2::parse(&er7).unwrap().to_tree();
        prop_assert_eq!(back, t);
    }

    #[test]
    fn escape_round_trips_any_text(d in delimiters(), s in "\\PC*|[|^~\\\\&#\\n\\r]*") {
        let encoded = hl7v2::encode(&s, &d).into_owned();
        let decoded = hl7v2::decode(&encoded, &d).into_owned();
        prop_assert_eq!(decoded, s);
    }

    #[test]
    fn arbitrary_input_never_panics(s in "(MSH[|^~\\\\&#A-Z0-9\\r\\n]{0,40})?[\\x00-\\x7f]{0,80}") {
        let _ = hl7v2::parse(&s).map(|m| { let _ = m.get("PID-3(2)-1"); m.to_tree() });
        let _ = hl7v2::parse_batch(&s);
        let _ = hl7v2::parse_many(&s);
        let _ = hl7v2::ack_input(&s, &AckOptions::default());
        let _ = mllp::decode(s.as_bytes());
    }
}

// ---- ACK ----

fn opts() -> AckOptions {
    AckOptions {
        timestamp: "20250101120000+0000".into(),
        control_id: "ACK1".into(),
        ..AckOptions::default()
    }
}

#[test]
fn ack_accepts_a_good_message_and_swaps_sender_and_receiver() {
    let (code, text, err) = hl7v2::ack_input(ADT, &opts());
    assert_eq!(code, AckCode::AA);
    assert!(err.is_none());
    let a = hl7v2::parse(&text).unwrap();
    assert_eq!(get(&a, "MSH-3").as_deref(), Some("HIMCORE"));
    assert_eq!(get(&a, "MSH-5").as_deref(), Some("REGADT"));
    assert_eq!(
        a.raw("MSH-6").unwrap(),
        Some("GOOD HEALTH HOSPITAL^2.16.840.1.113883.19.1^ISO")
    );
    assert_eq!(a.raw("MSH-9").unwrap(), Some("ACK^A01^ACK"));
    assert_eq!(get(&a, "MSH-10").as_deref(), Some("ACK1"));
    assert_eq!(get(&a, "MSA-1").as_deref(), Some("AA"));
    assert_eq!(get(&a, "MSA-2").as_deref(), Some("MSG00001"));
    assert!(a.segment("ERR", 1).is_none());
}

#[test]
fn ack_reports_body_errors_as_ae_with_err_location() {
    let bad = ADT.replace("AL1|2|", "al1|2|");
    let (code, text, err) = hl7v2::ack_input(&bad, &opts());
    assert_eq!(code, AckCode::AE);
    assert_eq!(err.unwrap().code(), "HL7_BAD_SEGMENT");
    let a = hl7v2::parse(&text).unwrap();
    assert_eq!(get(&a, "MSA-1").as_deref(), Some("AE"));
    assert_eq!(get(&a, "MSA-2").as_deref(), Some("MSG00001"));
    assert_eq!(a.raw("ERR-2").unwrap(), Some("al1^8"));
    assert_eq!(
        a.raw("ERR-3").unwrap(),
        Some("100^Segment sequence error^HL70357")
    );
    assert_eq!(get(&a, "ERR-4").as_deref(), Some("E"));
    assert_eq!(get(&a, "ERR-5").as_deref(), Some("HL7_BAD_SEGMENT"));
}

#[test]
fn ack_rejects_unusable_headers_as_ar() {
    let (code, text, _) = hl7v2::ack_input("MSH|^~|X|Y\r", &opts());
    assert_eq!(code, AckCode::AR);
    let a = hl7v2::parse(&text).unwrap();
    assert_eq!(get(&a, "MSA-1").as_deref(), Some("AR"));
    assert_eq!(a.raw("ERR-2").unwrap(), Some("MSH^1^2"));
    assert_eq!(
        get(&a, "ERR-5").as_deref(),
        Some("HL7_BAD_ENCODING_CHARACTERS")
    );
    let text = hl7v2::reject(&Hl7Error::InvalidUtf8 { offset: 3 }, &opts());
    assert!(text.contains("MSA|AR\r"), "{text}");
}

#[test]
fn ack_batch_acknowledges_each_message() {
    let input = format!("{ADT}{}{ORU}", "MSH|^~\\&|X|Y|||||ADT^A01|C9|P|2.5\rbad\r");
    let acks = hl7v2::ack_batch(&input, &opts());
    let codes: Vec<_> = acks.iter().map(|a| a.0).collect();
    assert_eq!(codes, [AckCode::AA, AckCode::AE, AckCode::AA]);
    assert!(acks[1].1.contains("|ACK1-2|"));
}

#[test]
fn mllp_frames_carry_messages_unchanged() {
    let mut buf = Vec::new();
    mllp::encode_into(ADT.as_bytes(), &mut buf);
    mllp::encode_into(ORU.as_bytes(), &mut buf);
    let frames = mllp::decode(&buf).unwrap();
    assert_eq!(frames.frames.len(), 2);
    let m = hl7v2::parse_bytes(frames.frames[1]).unwrap();
    assert_eq!(get(&m, "MSH-10").as_deref(), Some("LAB20250315-0042"));
}

// ---- FHIR ----

fn resources<'a>(b: &'a serde_json::Value, kind: &str) -> Vec<&'a serde_json::Value> {
    b["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["resource"])
        .filter(|r| r["resourceType"] == kind)
        .collect()
}

#[test]
fn adt_a01_maps_to_patient_encounter_conditions_allergies() {
    let m = hl7v2::parse(ADT).unwrap();
    let f = hl7v2::to_fhir(&m, &MappingOptions::default()).unwrap();
    let b = &f.bundle;
    assert_eq!(b["resourceType"], "Bundle");
    assert_eq!(b["type"], "collection");
    assert_eq!(b["timestamp"], "2025-03-14T08:30:12-05:00");
    let p = resources(b, "Patient");
    assert_eq!(p.len(), 1);
    assert_eq!(p[0]["name"][0]["family"], "TESTPATIENT");
    assert_eq!(p[0]["birthDate"], "1980-02-29");
    assert_eq!(p[0]["gender"], "female");
    assert_eq!(
        p[0]["identifier"][0]["system"],
        "urn:oid:2.16.840.1.113883.19.1"
    );
    assert_eq!(p[0]["deceasedBoolean"], false);
    // NK1 becomes a contact (name, relationship, telecom).
    assert_eq!(p[0]["contact"][0]["name"]["family"], "TESTPATIENT");
    assert_eq!(
        p[0]["contact"][0]["relationship"][0]["coding"][0]["code"],
        "SPO"
    );
    // NK1-6 is the business number, but its XTN-2 says PRN: the code wins.
    assert_eq!(p[0]["contact"][0]["telecom"][0]["use"], "home");
    let e = resources(b, "Encounter");
    assert_eq!(e[0]["status"], "in-progress");
    assert_eq!(e[0]["class"]["code"], "IMP");
    assert_eq!(e[0]["period"]["start"], "2025-03-14T08:15:00-05:00");
    assert_eq!(e[0]["diagnosis"].as_array().unwrap().len(), 2);
    let c = resources(b, "Condition");
    assert_eq!(c.len(), 2);
    assert_eq!(
        c[0]["code"]["coding"][0]["system"],
        "http://hl7.org/fhir/sid/icd-10-cm"
    );
    assert_eq!(c[0]["code"]["coding"][0]["code"], "I10");
    let a = resources(b, "AllergyIntolerance");
    assert_eq!(a.len(), 2);
    assert_eq!(a[0]["criticality"], "high");
    assert_eq!(
        a[0]["reaction"][0]["manifestation"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(resources(b, "Observation").len(), 1);
    // References resolve inside the Bundle.
    let patient_url = b["entry"][0]["fullUrl"].as_str().unwrap();
    assert_eq!(e[0]["subject"]["reference"], patient_url);
    // What is not mapped is listed, never dropped silently.
    let paths: Vec<_> = f.unmapped.iter().map(|u| u.path.as_str()).collect();
    for p in ["EVN-2", "EVN-5", "MSH-3"] {
        assert!(paths.contains(&p), "{p} missing from {paths:?}");
    }
}

#[test]
fn adt_events_set_the_encounter_status() {
    for (event, status) in [("A03", "finished"), ("A04", "arrived"), ("A08", "unknown")] {
        let msg = ADT.replace("ADT^A01^ADT_A01", &format!("ADT^{event}^ADT_A01"));
        let m = hl7v2::parse(&msg).unwrap();
        let f = hl7v2::to_fhir(&m, &MappingOptions::default()).unwrap();
        assert_eq!(
            resources(&f.bundle, "Encounter")[0]["status"],
            status,
            "{event}"
        );
    }
}

#[test]
fn oru_r01_maps_results_to_observations_and_report() {
    let m = hl7v2::parse(ORU).unwrap();
    let f = hl7v2::to_fhir(&m, &MappingOptions::default()).unwrap();
    let obs = resources(&f.bundle, "Observation");
    assert_eq!(obs.len(), 5);
    assert_eq!(obs[0]["valueQuantity"]["value"], serde_json::json!(182));
    assert_eq!(obs[0]["valueQuantity"]["code"], "mg/dL");
    assert_eq!(obs[0]["interpretation"][0]["coding"][0]["code"], "H");
    assert_eq!(obs[2]["valueQuantity"]["comparator"], ">");
    assert_eq!(
        obs[3]["valueString"],
        "Specimen slightly hemolyzed\nResults may be affected"
    );
    assert_eq!(obs[4]["status"], "preliminary");
    let r = resources(&f.bundle, "DiagnosticReport");
    assert_eq!(r.len(), 1);
    assert_eq!(r[0]["result"].as_array().unwrap().len(), 5);
    assert!(f
        .unmapped
        .iter()
        .any(|u| u.path == "OBX(5)-5-3" && u.reason.contains("\"L\"")));
    assert!(f.unmapped.iter().any(|u| u.path == "NTE-3"));
}

#[test]
fn times_without_zone_keep_their_date_and_say_so_unless_a_default_is_given() {
    let msg = "MSH|^~\\&|A|B|C|D|202501021030||ORU^R01|1|P|2.5\rOBX|1|NM|1-8^X^LN||5||||||F|||202501020915\r";
    let m = hl7v2::parse(msg).unwrap();
    let f = hl7v2::to_fhir(&m, &MappingOptions::default()).unwrap();
    assert_eq!(
        resources(&f.bundle, "Observation")[0]["effectiveDateTime"],
        "2025-01-02"
    );
    assert!(f
        .unmapped
        .iter()
        .any(|u| u.path == "OBX-14" && u.reason.contains("time of day dropped")));
    assert!(f.bundle.get("timestamp").is_none());
    let f = hl7v2::to_fhir(
        &m,
        &MappingOptions {
            default_timezone: Some("+01:00".into()),
        },
    )
    .unwrap();
    assert_eq!(
        resources(&f.bundle, "Observation")[0]["effectiveDateTime"],
        "2025-01-02T09:15:00+01:00"
    );
    assert_eq!(f.bundle["timestamp"], "2025-01-02T10:30:00+01:00");
}

#[test]
fn unsupported_or_incomplete_messages_are_typed_errors() {
    let m = hl7v2::parse("MSH|^~\\&|A|B|C|D|2025||ADT^A02|1|P|2.5\rPID|1\r").unwrap();
    let e = hl7v2::to_fhir(&m, &MappingOptions::default()).unwrap_err();
    assert_eq!(e.code(), "HL7_UNSUPPORTED_MESSAGE_TYPE");
    let m = hl7v2::parse("MSH|^~\\&|A|B|C|D|2025||ADT^A01|1|P|2.5\rPV1|1|I\r").unwrap();
    let e = hl7v2::to_fhir(&m, &MappingOptions::default()).unwrap_err();
    assert_eq!(e.code(), "HL7_MISSING_REQUIRED");
}

#[test]
fn mapping_ids_are_deterministic() {
    let m = hl7v2::parse(ADT).unwrap();
    let a = hl7v2::to_fhir(&m, &MappingOptions::default()).unwrap();
    let b = hl7v2::to_fhir(&m, &MappingOptions::default()).unwrap();
    assert_eq!(a.bundle, b.bundle);
    let batch = hl7v2::to_fhir_batch(
        &[m.clone(), hl7v2::parse(ORU).unwrap()],
        &MappingOptions::default(),
    );
    assert_eq!(batch.len(), 2);
    assert_eq!(batch[0].as_ref().unwrap().bundle, a.bundle);
}

#[test]
fn fuzz_seed_corpora_replay_cleanly() {
    // The same checks as the hl7v2_{parse,roundtrip} fuzz targets
    // (fuzz/harness/src/hl7v2.rs), on the seeds.
    for target in ["hl7v2_parse", "hl7v2_roundtrip"] {
        let dir = format!("{}/../../fuzz/corpus/{target}", env!("CARGO_MANIFEST_DIR"));
        let mut n = 0;
        for entry in std::fs::read_dir(&dir).unwrap() {
            let bytes = std::fs::read(entry.unwrap().path()).unwrap();
            let _ = mllp::decode(&bytes);
            let Ok(text) = hl7v2::utf8(&bytes) else {
                continue;
            };
            let _ = hl7v2::parse_many(text);
            let _ = hl7v2::ack_batch(text, &AckOptions::default());
            for m in hl7v2::parse_many(text).into_iter().flatten() {
                let tree = m.to_tree();
                // The writer may refuse only unusual delimiters (letters,
                // digits, '.') that collide with escape sequences.
                match hl7v2::write(&tree) {
                    Ok(er7) => assert_eq!(hl7v2::parse(&er7).unwrap().to_tree(), tree),
                    Err(e) => assert_eq!(e.code(), "HL7_UNWRITABLE"),
                }
                let _ = hl7v2::to_fhir(&m, &MappingOptions::default());
            }
            n += 1;
        }
        assert!(n >= 3, "{target}: {n} seeds");
    }
}

#[test]
fn segments_that_need_a_patient_are_reported_when_pid_is_absent() {
    let msg = "MSH|^~\\&|A|B|C|D|2025||ORU^R01|1|P|2.5\rDG1|1||I10^HTN^I10C\rAL1|1|DA|70618^Penicillin^RXNORM\rOBX|1|NM|1-8^X^LN||5||||||F\r";
    let m = hl7v2::parse(msg).unwrap();
    let f = hl7v2::to_fhir(&m, &MappingOptions::default()).unwrap();
    assert!(resources(&f.bundle, "Condition").is_empty());
    assert!(resources(&f.bundle, "AllergyIntolerance").is_empty());
    assert_eq!(resources(&f.bundle, "Observation").len(), 1);
    let paths: Vec<_> = f.unmapped.iter().map(|u| u.path.as_str()).collect();
    for p in ["DG1-3", "AL1-2", "AL1-3"] {
        assert!(paths.contains(&p), "{p} missing from {paths:?}");
    }
}

#[test]
fn a_digit_as_escape_character_is_written_faithfully_or_refused() {
    // Found by the hl7v2_escape fuzz target: with `0` as the escape
    // character, `\X0E\` (a control character) reads back as something else,
    // so `encode` cannot round-trip every text; the writer must notice.
    let msg = "MSH|^~0&|A|B|C|D|20250101||ADT^A01|1|P|2.5\rPID|1||a\u{7f}b\u{e}c\r";
    let tree = himcore::hl7v2::parse(msg).unwrap().to_tree();
    match himcore::hl7v2::write(&tree) {
        Ok(er7) => assert_eq!(himcore::hl7v2::parse(&er7).unwrap().to_tree(), tree),
        Err(e) => assert_eq!(himcore::ErrorCode::code(&e), "HL7_UNWRITABLE"),
    }
}
