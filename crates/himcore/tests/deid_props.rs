#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
//! Property tests of the de-identification guarantees.

use himcore::deid::{
    DeidKey, DeidPolicy, FhirDeidentifier, TextDeidentifier, TextMethod, TextPolicy,
};
use proptest::prelude::*;
use serde_json::json;
use std::sync::{Arc, OnceLock};

fn engine() -> &'static Arc<TextDeidentifier> {
    static E: OnceLock<Arc<TextDeidentifier>> = OnceLock::new();
    E.get_or_init(|| Arc::new(TextDeidentifier::new().unwrap()))
}

fn research(key: &[u8]) -> FhirDeidentifier {
    let pol = DeidPolicy::preset("pseudonymized-research").unwrap();
    FhirDeidentifier::with_text_engine(
        pol,
        Some(DeidKey::from_bytes(key).unwrap()),
        engine().clone(),
    )
    .unwrap()
}

const FILLER: &[&str] = &[
    "Pt resting comfortably, no acute distress.",
    "Lungs clear bilaterally, heart RRR.",
    "Continue metoprolol 25 mg PO BID.",
    "Pain 3/10, tolerating diet.",
    "Wound c/d/i, dressing changed.",
    "WBC 11.2, Hgb 10.4, Plt 245.",
    "Will continue to monitor overnight.",
    "There is hope for discharge tomorrow.",
];
const SURNAMES: &[&str] = &[
    "Okonkwo",
    "Pennington",
    "Marchetti",
    "Nakamura",
    "Kowalczyk",
    "Delgado",
    "Iyer",
    "Fitzgerald",
];
const FIRSTS: &[&str] = &[
    "Jessica", "Harold", "Priya", "Tomasz", "Beatriz", "Linda", "Anand", "Marcus",
];

/// A planted identifier: its text and the sentence template holding it.
fn planted() -> impl Strategy<Value = String> {
    prop_oneof![
        (100u32..999, 10u32..99, 1000u32..9999).prop_map(|(a, b, c)| format!("SSN {a}-{b}-{c}.")),
        (200u32..999, 200u32..999, 1000u32..9999)
            .prop_map(|(a, b, c)| format!("Call ({a}) {b}-{c} today.")),
        (1000000u32..99999999).prop_map(|m| format!("MRN: {m}.")),
        (1u32..12, 1u32..28, 1950u32..2024).prop_map(|(m, d, y)| format!("Seen on {m}/{d}/{y}.")),
        (0usize..8).prop_map(|i| format!("Seen by Dr. {}.", SURNAMES[i])),
        (0usize..8, 0usize..8)
            .prop_map(|(i, j)| format!("Daughter {} {} visited.", FIRSTS[i], SURNAMES[j])),
        (0usize..8).prop_map(|i| format!(
            "Email {}@example.org for records.",
            SURNAMES[i].to_lowercase()
        )),
        (90u32..110).prop_map(|a| format!("Pt is a {a}-year-old woman.")),
    ]
}

fn note() -> impl Strategy<Value = (String, Vec<String>)> {
    (
        proptest::collection::vec(0usize..FILLER.len(), 1..5),
        proptest::collection::vec(planted(), 1..4),
    )
        .prop_map(|(fill, plants)| {
            let mut text = String::new();
            for (i, f) in fill.iter().enumerate() {
                text.push_str(FILLER[*f]);
                text.push(' ');
                if let Some(p) = plants.get(i) {
                    text.push_str(p);
                    text.push(' ');
                }
            }
            for p in plants.iter().skip(fill.len()) {
                text.push_str(p);
                text.push(' ');
            }
            (text, plants)
        })
}

// The identifying part of a planted sentence (digits, or the capitalised name words).
fn secrets(plant: &str) -> Vec<String> {
    plant
        .split(|c: char| c.is_whitespace() || c == '.' || c == '(' || c == ')')
        .filter(|w| {
            w.chars().any(|c| c.is_ascii_digit())
                || SURNAMES.contains(w)
                || FIRSTS.contains(w)
                || w.contains('@')
        })
        .map(str::to_string)
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn planted_identifiers_never_survive_safe_harbor_text((text, plants) in note()) {
        let out = engine().deidentify(&text, &TextPolicy::default(), None, "").unwrap();
        for p in &plants {
            for s in secrets(p) {
                // A secret that also stands in the clinical filler ("Plt 245"
                // beside a planted "(245) ...") is not evidence of a leak.
                if FILLER.iter().any(|f| f.contains(s.as_str())) {
                    continue;
                }
                prop_assert!(!out.text.contains(&s), "{s:?} survived in {:?}", out.text);
            }
        }
    }

    #[test]
    fn deidentifying_twice_changes_nothing_more((text, _p) in note()) {
        let p = TextPolicy::default();
        let once = engine().deidentify(&text, &p, None, "").unwrap().text;
        let twice = engine().deidentify(&once, &p, None, "").unwrap().text;
        prop_assert_eq!(once, twice);
    }

    #[test]
    fn surrogates_are_stable_per_key_and_differ_across_keys(i in 0usize..8, j in 0usize..8) {
        let text = format!("Seen by Dr. {} with {} {}.", SURNAMES[i], FIRSTS[j], SURNAMES[j]);
        let p = TextPolicy { method: TextMethod::Surrogate, ..TextPolicy::default() };
        let k1 = DeidKey::from_bytes(b"first-key-0123456789").unwrap();
        let k2 = DeidKey::from_bytes(b"second-key-0123456789").unwrap();
        let a = engine().deidentify(&text, &p, Some(&k1), "").unwrap().text;
        let b = engine().deidentify(&text, &p, Some(&k1), "").unwrap().text;
        let c = engine().deidentify(&text, &p, Some(&k2), "").unwrap().text;
        prop_assert_eq!(&a, &b);
        prop_assert_ne!(&a, &c);
    }

    #[test]
    fn pseudonyms_are_stable_per_key_and_differ_across_keys(id in "[a-z0-9]{1,12}") {
        let e1 = research(b"first-key-0123456789");
        let e2 = research(b"second-key-0123456789");
        let r = json!({"resourceType": "Patient", "id": id, "gender": "other"});
        let a = e1.deidentify_resource(r.clone()).unwrap().0;
        let b = e1.deidentify_resource(r.clone()).unwrap().0;
        let c = e2.deidentify_resource(r).unwrap().0;
        prop_assert_eq!(&a["id"], &b["id"]);
        prop_assert_ne!(&a["id"], &c["id"]);
        prop_assert_ne!(a["id"].as_str().unwrap(), id.as_str());
    }

    #[test]
    fn shifted_dates_keep_each_patients_intervals(
        pid in "[a-z0-9]{1,8}", d1 in 0i64..20000, gap in -3000i64..3000
    ) {
        let e = research(b"date-key-0123456789");
        let base = chrono::NaiveDate::from_ymd_opt(1970, 1, 1).unwrap();
        let a = base + chrono::Duration::days(d1);
        let b = a + chrono::Duration::days(gap);
        let obs = |d: chrono::NaiveDate| json!({"resourceType": "Observation", "status": "final",
            "subject": {"reference": format!("Patient/{pid}")}, "effectiveDateTime": d.format("%Y-%m-%d").to_string()});
        let ra = e.deidentify_resource(obs(a)).unwrap().0;
        let rb = e.deidentify_resource(obs(b)).unwrap().0;
        let pa = chrono::NaiveDate::parse_from_str(ra["effectiveDateTime"].as_str().unwrap(), "%Y-%m-%d").unwrap();
        let pb = chrono::NaiveDate::parse_from_str(rb["effectiveDateTime"].as_str().unwrap(), "%Y-%m-%d").unwrap();
        prop_assert_eq!((pb - pa).num_days(), gap);
        prop_assert_ne!(pa, a);
    }
}

#[test]
fn a_resource_nested_far_past_the_json_limit_is_a_typed_error_not_a_stack_overflow() {
    // Found while building the fuzz suite: the policy walk recursed once per
    // level, and a Value a caller built 100,000 levels deep overflowed the
    // stack (text input is bounded by the JSON parser's 128 levels).
    let mut v = serde_json::Value::from("x");
    for _ in 0..100_000 {
        v = serde_json::Value::Array(vec![v]);
    }
    let mut m = serde_json::Map::new();
    m.insert("resourceType".into(), "Patient".into());
    m.insert("extension".into(), v);
    let d = himcore::deid::FhirDeidentifier::new(
        himcore::deid::DeidPolicy::preset("safe-harbor").unwrap(),
        None,
    )
    .unwrap();
    let err = d
        .deidentify_resource(serde_json::Value::Object(m))
        .unwrap_err();
    assert_eq!(himcore::ErrorCode::code(&err), "DEID_NOT_A_RESOURCE");
    // A resource within the limit is still de-identified.
    let ok = d.deidentify_resource(json!({"resourceType": "Patient", "extension": [[[["x"]]]]}));
    assert!(ok.is_ok());
}
