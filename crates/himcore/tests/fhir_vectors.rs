#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
//! Runs the shared conformance vectors `tests/vectors/fhir.json` (the Python,
//! Node and Kotlin bindings run the same file): `fhir.validate` takes
//! `{"resource": {...}}`, `fhir.validate_json` takes `{"text": "..."}`; the
//! expected `valid` flag and the `(code, path)` of every issue, in order,
//! must match.

use himcore::model::{validate_json, validate_value, ValidationReport};
use serde_json::{json, Value};

fn summary(r: &ValidationReport) -> Value {
    json!({
        "valid": r.valid,
        "issues": r.issues.iter().map(|i| json!({"code": i.code, "path": i.path})).collect::<Vec<_>>(),
    })
}

#[test]
fn fhir_conformance_vectors_match() {
    let text = include_str!("vectors/fhir.json");
    let doc: Value = serde_json::from_str(text).unwrap();
    assert_eq!(doc["area"], "fhir");
    let cases = doc["cases"].as_array().unwrap();
    assert!(cases.len() >= 30);
    let mut failures = Vec::new();
    for case in cases {
        let name = case["name"].as_str().unwrap();
        let report = match case["op"].as_str().unwrap() {
            "fhir.validate" => {
                let resource = &case["input"]["resource"];
                let from_value = validate_value(resource);
                // The text path (borrowing reader) must agree with the Value path.
                let from_text = validate_json(&serde_json::to_string(resource).unwrap());
                assert_eq!(
                    from_text, from_value,
                    "{name}: validate_json and validate_value differ"
                );
                from_value
            }
            "fhir.validate_json" => validate_json(case["input"]["text"].as_str().unwrap()),
            op => panic!("{name}: unknown op {op}"),
        };
        let got = summary(&report);
        if got != case["expected"] {
            failures.push(format!(
                "{name}:\n  expected {}\n  got      {got}",
                case["expected"]
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
