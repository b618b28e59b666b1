#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
//! Runs the shared conformance vectors `tests/vectors/retention.json`
//! (the Python, Node and Kotlin bindings run the same file).

use himcore::retention::{parse_date, RetentionEngine, RetentionRecord};
use himcore::ErrorCode;
use serde_json::Value;

#[test]
fn retention_conformance_vectors_give_the_expected_json() {
    let text = include_str!("vectors/retention.json");
    let doc: Value = serde_json::from_str(text).unwrap();
    assert_eq!(doc["area"], "retention");
    let cases = doc["cases"].as_array().unwrap();
    assert!(cases.len() >= 40);
    let mut failures = Vec::new();
    for case in cases {
        let name = case["name"].as_str().unwrap();
        assert_eq!(case["op"], "retention.evaluate", "{name}");
        let input = &case["input"];
        let packs: Vec<&str> = input["packs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p.as_str().unwrap())
            .collect();
        let as_of = parse_date(input["as_of"].as_str().unwrap()).unwrap();
        let engine = RetentionEngine::from_shipped(&packs).unwrap();
        let got: Value = match RetentionRecord::from_json(&input["record"].to_string())
            .and_then(|r| engine.evaluate(&r, as_of))
        {
            Ok(d) => serde_json::to_value(&d).unwrap(),
            Err(e) => serde_json::json!({"error_code": e.code()}),
        };
        if got != case["expected"] {
            failures.push(format!(
                "{name}:\n  got      {got}\n  expected {}",
                case["expected"]
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
