#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
//! Runs the shared de-identification conformance vectors
//! (`tests/vectors/deid.json`), the same file the Python, Node and Kotlin
//! bindings run. Ops:
//! - `deid.text`: input `{text, policy?, key?, scope?}` -> `TextResult`
//!   (`{"text", "spans": [{"start","end","type","confidence"}]}`).
//! - `deid.fhir`: input `{resource, policy: preset name | policy object,
//!   key?, reference_date}` -> `{"resource": ...}`.
//!
//! Errors give `{"error_code": "DEID_..."}`. `HIM_WRITE_VECTORS=1` fills in
//! missing `expected` values (review them before committing).

use himcore::deid::{DeidKey, DeidPolicy, FhirDeidentifier, TextDeidentifier, TextPolicy};
use himcore::ErrorCode;
use serde_json::{json, Value};

fn key_of(input: &Value) -> Option<DeidKey> {
    input
        .get("key")
        .and_then(Value::as_str)
        .map(|k| DeidKey::from_bytes(k.as_bytes()).unwrap())
}

fn run_text(engine: &TextDeidentifier, input: &Value) -> Value {
    let policy: TextPolicy = match input.get("policy") {
        Some(p) => serde_json::from_value(p.clone()).unwrap(),
        None => TextPolicy::default(),
    };
    let scope = input.get("scope").and_then(Value::as_str).unwrap_or("");
    match engine.deidentify(
        input["text"].as_str().unwrap(),
        &policy,
        key_of(input).as_ref(),
        scope,
    ) {
        Ok(r) => serde_json::to_value(r).unwrap(),
        Err(e) => json!({"error_code": e.code()}),
    }
}

fn run_fhir(input: &Value) -> Value {
    let policy = match &input["policy"] {
        Value::String(name) => DeidPolicy::preset(name),
        other => DeidPolicy::from_json(other.to_string().as_bytes()),
    };
    let mut policy = match policy {
        Ok(p) => p,
        Err(e) => return json!({"error_code": e.code()}),
    };
    policy.reference_date = input
        .get("reference_date")
        .and_then(Value::as_str)
        .map(str::to_string);
    let engine = match FhirDeidentifier::new(policy, key_of(input)) {
        Ok(e) => e,
        Err(e) => return json!({"error_code": e.code()}),
    };
    match engine.deidentify_resource(input["resource"].clone()) {
        Ok((v, _)) => json!({"resource": v}),
        Err(e) => json!({"error_code": e.code()}),
    }
}

#[test]
fn deid_conformance_vectors() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/vectors/deid.json");
    let mut doc: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert_eq!(doc["area"], "deid");
    let engine = TextDeidentifier::new().unwrap();
    let write = std::env::var("HIM_WRITE_VECTORS").is_ok();
    let mut failures = Vec::new();
    for case in doc["cases"].as_array_mut().unwrap() {
        let got = match case["op"].as_str().unwrap() {
            "deid.text" => run_text(&engine, &case["input"]),
            "deid.fhir" => run_fhir(&case["input"]),
            op => panic!("unknown op {op}"),
        };
        if write && case["expected"].is_null() {
            case["expected"] = got;
        } else if case["expected"] != got {
            failures.push(format!(
                "{}: expected {} got {}",
                case["name"], case["expected"], got
            ));
        }
    }
    if write {
        std::fs::write(path, serde_json::to_string_pretty(&doc).unwrap() + "\n").unwrap();
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
