//! Runs the shared conformance vectors `tests/vectors/codes.json` (the same
//! file the Python, Node and Kotlin bindings run).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use himcore::codes::{check_claim, lookup, normalize, validate, CodeSystem};
use himcore::ErrorCode;
use serde_json::{json, Value};

fn run_case(op: &str, input: &Value) -> Value {
    if op == "codes.check_claim" {
        let codes: Vec<&str> = input["codes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c.as_str().unwrap())
            .collect();
        let date = input
            .get("date")
            .and_then(Value::as_str)
            .map(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap());
        return serde_json::to_value(check_claim(&codes, date)).unwrap();
    }
    let system = input["system"].as_str().unwrap();
    let code = input["code"].as_str().unwrap();
    let date = input
        .get("date")
        .and_then(Value::as_str)
        .map(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap());
    let system = match CodeSystem::from_name(system) {
        Ok(s) => s,
        Err(e) => return json!({"error_code": e.code()}),
    };
    match op {
        "codes.validate" => serde_json::to_value(validate(system, code, date)).unwrap(),
        "codes.lookup" => match lookup(system, code, date) {
            Ok(info) => serde_json::to_value(info).unwrap(),
            Err(e) => json!({"error_code": e.code()}),
        },
        "codes.normalize" => match normalize(system, code) {
            Ok(n) => json!(n),
            Err(e) => json!({"error_code": e.code()}),
        },
        other => panic!("unknown op {other}"),
    }
}

#[test]
fn codes_conformance_vectors_pass() {
    let file: Value = serde_json::from_str(include_str!("vectors/codes.json")).unwrap();
    assert_eq!(file["area"], "codes");
    let cases = file["cases"].as_array().unwrap();
    assert!(cases.len() > 50);
    let mut failures = Vec::new();
    for case in cases {
        let got = run_case(case["op"].as_str().unwrap(), &case["input"]);
        if got != case["expected"] {
            failures.push(format!(
                "{}: expected {} got {}",
                case["name"], case["expected"], got
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
