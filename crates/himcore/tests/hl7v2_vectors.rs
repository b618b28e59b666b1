//! Runs the shared conformance vectors `tests/vectors/hl7.json` (the
//! bindings run the same file). `hl7.parse` takes `{"message", "paths"}`
//! and expects [`himcore::hl7v2::QueryResult`]'s JSON, or `{"error_code",
//! "segment", "field"}`; `hl7.ack` takes `{"message", "control_id",
//! "timestamp"}` and expects `{"code", "ack"}` (the ACK as ER7).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use himcore::hl7v2::{self, AckOptions, Hl7Error};
use himcore::ErrorCode;
use serde_json::{json, Value};

fn error_json(e: &Hl7Error) -> Value {
    json!({"error_code": e.code(), "segment": e.segment(), "field": e.field()})
}

#[test]
fn hl7_conformance_vectors_match() {
    let doc: Value = serde_json::from_str(include_str!("vectors/hl7.json")).unwrap();
    assert_eq!(doc["area"], "hl7");
    let cases = doc["cases"].as_array().unwrap();
    assert!(cases.len() >= 10);
    let mut failures = Vec::new();
    for case in cases {
        let name = case["name"].as_str().unwrap();
        let input = &case["input"];
        let message = input["message"].as_str().unwrap();
        let got = match case["op"].as_str().unwrap() {
            "hl7.parse" => {
                let paths: Vec<&str> = input["paths"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|p| p.as_str().unwrap())
                    .collect();
                match hl7v2::query(message, &paths) {
                    Ok(r) => serde_json::to_value(&r).unwrap(),
                    Err(e) => error_json(&e),
                }
            }
            "hl7.ack" => {
                let opts = AckOptions {
                    control_id: input["control_id"].as_str().unwrap().into(),
                    timestamp: input["timestamp"].as_str().unwrap().into(),
                    ..AckOptions::default()
                };
                let (code, ack, _) = hl7v2::ack_input(message, &opts);
                json!({"code": code, "ack": ack})
            }
            op => panic!("{name}: unknown op {op}"),
        };
        if got != case["expected"] {
            failures.push(format!(
                "{name}:\n  expected {}\n  got      {got}",
                case["expected"]
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
