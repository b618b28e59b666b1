#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
//! FHIR model behaviour: the issue's negative cases, lossless round trips,
//! input splitting, and generated resources surviving write -> parse.

use himcore::model::{
    normalize_json, normalize_many, split_resources, validate_document, validate_json,
    validate_many, validate_split_item, AdministrativeGender, DatePrecision, FhirError, Resource,
};
use himcore::{Error, ErrorCode};
use proptest::prelude::*;
use serde_json::Value;

fn codes_and_paths(text: &str) -> Vec<(String, String)> {
    validate_json(text)
        .issues
        .into_iter()
        .map(|i| (i.code.to_string(), i.path))
        .collect()
}

#[test]
fn gender_mail_is_rejected_at_patient_gender() {
    let issues = codes_and_paths(r#"{"resourceType":"Patient","gender":"mail"}"#);
    assert_eq!(
        issues,
        [("FHIR_CODE_NOT_IN_VALUESET".into(), "Patient.gender".into())]
    );
}

#[test]
fn active_yes_is_a_type_error() {
    let issues = codes_and_paths(r#"{"resourceType":"Patient","active":"yes"}"#);
    assert_eq!(
        issues,
        [("FHIR_INVALID_TYPE".into(), "Patient.active".into())]
    );
}

#[test]
fn birth_date_1974_13_45_is_invalid() {
    let issues = codes_and_paths(r#"{"resourceType":"Patient","birthDate":"1974-13-45"}"#);
    assert_eq!(
        issues,
        [("FHIR_INVALID_VALUE".into(), "Patient.birthDate".into())]
    );
}

#[test]
fn observation_without_status_is_missing_a_required_element() {
    let issues = codes_and_paths(r#"{"resourceType":"Observation","code":{"text":"Hb"}}"#);
    assert_eq!(
        issues,
        [("FHIR_REQUIRED_MISSING".into(), "Observation.status".into())]
    );
}

#[test]
fn every_problem_is_reported_not_only_the_first() {
    let report = validate_json(
        r#"{"resourceType":"Patient","id":"x","gender":"mail","active":"yes",
            "birthDate":"1974-13-45","name":[{"given":["Jane",42]}]}"#,
    );
    assert!(!report.valid);
    assert_eq!(report.id.as_deref(), Some("x"));
    let paths: Vec<&str> = report.issues.iter().map(|i| i.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "Patient.gender",
            "Patient.active",
            "Patient.birthDate",
            "Patient.name[0].given[1]"
        ]
    );
}

#[test]
fn invalid_json_is_an_issue_not_an_error() {
    let report = validate_json("{not json");
    assert!(!report.valid);
    assert_eq!(report.issues[0].code, "FHIR_INVALID_JSON");
    let err = Resource::from_json("{not json").unwrap_err();
    assert_eq!(err.code(), "FHIR_INVALID_JSON");
    assert_eq!(Error::from(err).code(), "FHIR_INVALID_JSON");
}

#[test]
fn from_json_rejects_invalid_resources_with_the_full_report() {
    let err = Resource::from_json(r#"{"resourceType":"Patient","gender":"mail","active":"yes"}"#)
        .unwrap_err();
    assert_eq!(err.code(), "FHIR_INVALID_RESOURCE");
    assert!(matches!(err, FhirError::Invalid(_)));
    assert_eq!(err.report().unwrap().issues.len(), 2);
}

#[test]
fn round_trip_keeps_precision_decimals_extensions_and_unknown_elements() {
    let text = r#"{"resourceType":"Observation","id":"o","status":"final","code":{"text":"x"},"effectiveDateTime":"2015-02","valueQuantity":{"value":1.50,"unit":"g"},"_status":{"extension":[{"url":"http://e.org/x","valueDecimal":0.10}]},"localThing":{"a":[1.000,-0.0]}}"#;
    assert_eq!(normalize_json(text).unwrap(), text);
    let pretty: Value = serde_json::from_str(text).unwrap();
    let pretty = serde_json::to_string_pretty(&pretty).unwrap();
    assert_eq!(normalize_json(&pretty).unwrap(), text);
}

#[test]
fn typed_accessors_read_the_patient() {
    let r = Resource::from_json(
        r#"{"resourceType":"Patient","id":"p","gender":"female","birthDate":"1974-12","active":true}"#,
    )
    .unwrap();
    assert_eq!(r.resource_type(), "Patient");
    assert_eq!(r.id(), Some("p"));
    let Resource::Patient(p) = r else {
        panic!("not typed as Patient")
    };
    assert_eq!(p.gender(), Some(AdministrativeGender::Female));
    let bd = p.birth_date().unwrap();
    assert_eq!(
        (bd.precision(), bd.as_str()),
        (DatePrecision::Month, "1974-12")
    );
    assert_eq!(p.active(), Some(true));
}

#[test]
fn other_resource_types_are_kept_whole() {
    let text =
        r#"{"resourceType":"Medication","id":"m","code":{"text":"aspirin"},"status":"active"}"#;
    let r = Resource::from_json(text).unwrap();
    assert!(matches!(r, Resource::Other(_)));
    assert_eq!(r.to_json(), text);
}

#[test]
fn split_resources_reads_bundles_and_ndjson() {
    let bundle = include_str!("../../../examples/data/bundle.json");
    let items = split_resources(bundle);
    assert!(items[0].bundle_shell);
    assert!(items.len() > 15);
    assert!(items.iter().all(|i| validate_split_item(i).valid));

    let ndjson = "{\"resourceType\":\"Patient\",\"gender\":\"male\"}\n\n{\"resourceType\":\"Patient\",\"gender\":\"mail\",\"gender\":\"male\"}\n{oops\n";
    let reports: Vec<bool> = split_resources(ndjson)
        .iter()
        .map(|i| validate_split_item(i).valid)
        .collect();
    assert_eq!(reports, [true, false, false]);
    assert_eq!(split_resources(ndjson)[2].location, "line 4");
    // Duplicates are seen on the split path too (not collapsed by serde_json).
    let reports = validate_document(ndjson);
    assert_eq!(reports[1].issues[1].code, "FHIR_DUPLICATE_ELEMENT");
    assert!(split_resources(ndjson)[2].json_error().is_some());
    assert_eq!(
        split_resources(ndjson)[0].to_value().unwrap(),
        serde_json::json!({"resourceType": "Patient", "gender": "male"})
    );
}

#[test]
fn example_invalid_ndjson_has_broken_resources() {
    let text = include_str!("../../../examples/data/invalid.ndjson");
    let valid: Vec<bool> = split_resources(text)
        .iter()
        .map(|i| validate_split_item(i).valid)
        .collect();
    assert_eq!(valid, [false, false, false, true, false, false]);
}

#[test]
fn validate_many_gives_one_report_per_input() {
    let reports = validate_many(&[
        r#"{"resourceType":"Patient"}"#,
        r#"{"resourceType":"Patient","gender":"x"}"#,
    ]);
    assert_eq!(reports.len(), 2);
    assert!(reports[0].valid && !reports[1].valid);
    let normalized = normalize_many(&["{ \"resourceType\" : \"Patient\" }", "[]"]);
    assert_eq!(
        normalized[0].as_deref().unwrap(),
        r#"{"resourceType":"Patient"}"#
    );
    assert_eq!(
        normalized[1].as_ref().unwrap_err().code(),
        "FHIR_INVALID_RESOURCE"
    );
}

#[test]
fn report_serialises_as_the_cli_prints_it() {
    let report = validate_json(r#"{"resourceType":"Patient","id":"p","active":"yes"}"#);
    assert_eq!(
        serde_json::to_string(&report).unwrap(),
        r#"{"resourceType":"Patient","id":"p","valid":false,"issues":[{"severity":"error","code":"FHIR_INVALID_TYPE","path":"Patient.active","message":"expected a JSON boolean (true or false), found a string"}]}"#
    );
}

fn fhir_string() -> impl Strategy<Value = String> {
    // FHIR strings: non-empty, any Unicode including quotes and escapes.
    "[a-zA-Z0-9 \"\\\\/é漢\u{1F600}\t\n-]{1,12}".prop_filter("non-blank", |s| !s.is_empty())
}

fn decimal_text() -> impl Strategy<Value = String> {
    (any::<i32>(), "[0-9]{0,5}", prop::option::of(-30i32..30)).prop_map(|(i, f, e)| {
        let mut s = i.to_string();
        if !f.is_empty() {
            s.push('.');
            s.push_str(&f);
        }
        if let Some(e) = e {
            s.push_str(&format!("e{e}"));
        }
        s
    })
}

fn date_text() -> impl Strategy<Value = String> {
    (1900i32..2100, 1u32..=12, 1u32..=28, 0usize..3).prop_map(|(y, m, d, p)| match p {
        0 => format!("{y}"),
        1 => format!("{y}-{m:02}"),
        _ => format!("{y}-{m:02}-{d:02}"),
    })
}

fn patient() -> impl Strategy<Value = Value> {
    (
        "[A-Za-z0-9.-]{1,64}",
        prop::option::of(prop::sample::select(vec!["male", "female", "other", "unknown"])),
        prop::option::of(date_text()),
        prop::collection::vec((fhir_string(), prop::collection::vec(fhir_string(), 1..3)), 0..3),
        prop::option::of(any::<bool>()),
        decimal_text(),
        prop::option::of(fhir_string()),
    )
        .prop_map(|(id, gender, birth, names, active, dec, unknown)| {
            let mut o = serde_json::Map::new();
            o.insert("resourceType".into(), "Patient".into());
            o.insert("id".into(), id.into());
            if let Some(g) = gender {
                o.insert("gender".into(), g.into());
            }
            if let Some(b) = birth {
                o.insert("birthDate".into(), b.into());
                let num: Value = serde_json::from_str(&dec).unwrap();
                o.insert(
                    "_birthDate".into(),
                    serde_json::json!({"extension": [{"url": "http://example.org/x", "valueDecimal": num}]}),
                );
            }
            if !names.is_empty() {
                let names: Vec<Value> = names
                    .into_iter()
                    .map(|(f, g)| serde_json::json!({"family": f, "given": g}))
                    .collect();
                o.insert("name".into(), names.into());
            }
            if let Some(a) = active {
                o.insert("active".into(), a.into());
            }
            if let Some(u) = unknown {
                o.insert("x-local".into(), u.into());
            }
            Value::Object(o)
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn generated_patients_survive_write_then_parse(v in patient()) {
        let text = serde_json::to_string(&v).unwrap();
        let r = Resource::from_json(&text).unwrap();
        let written = r.to_json();
        prop_assert_eq!(&written, &text);
        let back: Value = serde_json::from_str(&written).unwrap();
        prop_assert_eq!(back, v);
        prop_assert_eq!(Resource::from_json(&written).unwrap(), r);
    }
}

// Hardening found while building the fuzz suite (docs/security.md).

#[test]
fn many_unknown_elements_validate_in_linear_time_and_a_repeat_is_still_a_duplicate() {
    // Before: each unknown key was compared with every earlier key (O(n^2):
    // 20,000 keys took 39 s in a debug build). 60,000 keys would hang.
    let n = 60_000;
    let mut text = String::from(r#"{"resourceType":"Patient""#);
    for i in 0..n {
        text.push_str(&format!(r#","x{i}":1"#));
    }
    text.push_str(r#","x0":2}"#);
    let report = validate_json(&text);
    let count = |code: &str| report.issues.iter().filter(|i| i.code == code).count();
    assert_eq!(count("FHIR_UNKNOWN_ELEMENT"), n + 1);
    assert_eq!(count("FHIR_DUPLICATE_ELEMENT"), 1);
    assert!(!report.valid);
}

#[test]
fn many_repeated_primitive_arrays_with_nulls_validate_in_linear_time() {
    // `given: [null]` asks whether `_given` exists; that was a scan per key.
    let n = 60_000;
    let mut text = String::from(r#"{"resourceType":"Patient","name":[{"family":"x""#);
    for _ in 0..n {
        text.push_str(r#","given":[null]"#);
    }
    text.push_str("}]}");
    let report = validate_json(&text);
    let dup = report
        .issues
        .iter()
        .filter(|i| i.code == "FHIR_DUPLICATE_ELEMENT")
        .count();
    assert_eq!(dup, n - 1);
}

fn nested_arrays(levels: usize) -> Value {
    let mut v = Value::from(1);
    for _ in 0..levels {
        v = Value::Array(vec![v]);
    }
    let mut m = serde_json::Map::new();
    m.insert("resourceType".into(), "Patient".into());
    m.insert("x".into(), v);
    Value::Object(m)
}

#[test]
fn text_and_value_paths_share_the_nesting_limit() {
    // The resource object is one level; 127 arrays inside make 128 (allowed).
    for levels in [126, 127, 128, 129] {
        let v = nested_arrays(levels);
        let text = serde_json::to_string(&v).unwrap();
        let by_text = validate_json(&text);
        let by_value = himcore::model::validate_value(&v);
        let too_deep = |r: &himcore::model::ValidationReport| {
            r.issues.iter().any(|i| i.code == "FHIR_INVALID_JSON")
        };
        assert_eq!(too_deep(&by_text), levels >= 128, "text, {levels} levels");
        assert_eq!(too_deep(&by_value), levels >= 128, "value, {levels} levels");
    }
}

#[test]
fn a_value_nested_far_past_the_limit_is_invalid_json_not_a_stack_overflow() {
    // A binding may hand over a Value it built itself, of any depth.
    let v = nested_arrays(200_000);
    let report = himcore::model::validate_value(&v);
    assert_eq!(report.issues[0].code, "FHIR_INVALID_JSON");
    // Taking ownership, the core also drops it without recursion.
    let err = Resource::from_value(v).unwrap_err();
    assert_eq!(err.code(), "FHIR_INVALID_RESOURCE");
}

#[test]
fn typed_datatypes_read_names_codes_and_quantities() {
    let r = Resource::from_json(
        r#"{"resourceType":"Observation","status":"final",
            "code":{"coding":[{"system":"http://loinc.org","code":"718-7"}]},
            "subject":{"reference":"Patient/p1"},
            "valueQuantity":{"value":13.50,"unit":"g/dL","system":"http://unitsofmeasure.org","code":"g/dL"}}"#,
    )
    .unwrap();
    let Resource::Observation(o) = &r else {
        panic!("not an Observation")
    };
    assert_eq!(
        o.codeable_concept("code").unwrap().coding[0]
            .code
            .as_deref(),
        Some("718-7")
    );
    assert_eq!(
        o.reference("subject").unwrap().reference.as_deref(),
        Some("Patient/p1")
    );
    assert_eq!(
        o.value_quantity().unwrap().value.unwrap().to_string(),
        "13.50"
    );

    let Resource::Patient(p) = Resource::from_json(
        r#"{"resourceType":"Patient","name":[{"family":"Rivera","given":["Maria","Elena"]}],
            "identifier":[{"system":"urn:oid:2.16.840.1.113883.19.5","value":"MRN-1"}]}"#,
    )
    .unwrap() else {
        panic!("not a Patient")
    };
    assert_eq!(p.names()[0].given, ["Maria", "Elena"]);
    assert_eq!(p.identifiers()[0].value.as_deref(), Some("MRN-1"));
}

/// Arbitrary JSON built from real element names, so the walker goes deep
/// (names, extensions, contained resources, bundle entries, choices).
fn hostile_json() -> impl Strategy<Value = Value> {
    let key = prop::sample::select(vec![
        "resourceType",
        "id",
        "name",
        "given",
        "family",
        "gender",
        "birthDate",
        "_birthDate",
        "active",
        "extension",
        "url",
        "valueQuantity",
        "valueString",
        "value",
        "contained",
        "entry",
        "resource",
        "status",
        "code",
        "coding",
        "system",
        "meta",
        "lastUpdated",
        "_given",
        "telecom",
        "period",
        "start",
        "div",
        "text",
        "type",
        "unknownThing",
    ]);
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        prop::sample::select(vec![
            "Patient",
            "Bundle",
            "Observation",
            "Organization",
            "male",
            "mail",
            "1974-13-45",
            "2015-02-07T13:28:17.239+02:00",
            "",
            " ",
            "final",
            "http://x",
            "a b",
        ])
        .prop_map(Value::from),
    ];
    leaf.prop_recursive(5, 64, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::vec((key.clone(), inner), 0..6).prop_map(|m| {
                Value::Object(m.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
            }),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn validation_never_panics_and_agrees_on_both_paths(body in hostile_json(), rt in prop::sample::select(vec!["Patient", "Bundle", "Observation"])) {
        let mut v = body;
        if let Value::Object(o) = &mut v {
            o.insert("resourceType".into(), rt.into());
        }
        let text = serde_json::to_string(&v).unwrap();
        let from_text = validate_json(&text);
        prop_assert_eq!(&from_text, &himcore::model::validate_value(&v));
        // A resource is accepted exactly when it validates, and then round-trips.
        match Resource::from_json(&text) {
            Ok(r) => {
                prop_assert!(from_text.valid);
                prop_assert_eq!(r.to_json(), text);
            }
            Err(e) => {
                prop_assert!(!from_text.valid);
                prop_assert_eq!(e.code(), "FHIR_INVALID_RESOURCE");
            }
        }
    }

    #[test]
    fn mutated_bytes_never_panic(pos in 0usize..2000, byte in any::<u8>()) {
        let mut bytes = include_str!("../../../examples/data/bundle.json").as_bytes().to_vec();
        let i = pos % bytes.len();
        bytes[i] = byte;
        if let Ok(text) = String::from_utf8(bytes) {
            let _ = validate_document(&text);
            let _ = validate_json(&text);
            let _ = normalize_json(&text);
        }
    }
}
