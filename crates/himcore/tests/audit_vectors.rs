//! The shared audit and release-of-information conformance vectors
//! (`tests/vectors/audit.json`), which the bindings run too.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use himcore::audit::{accounting, read_entries, verify, AuditKey};
use himcore::consent::{ConsentEngine, ConsentPolicy};
use himcore::roi::{release, RoiRequest};
use himcore::ErrorCode;
use serde_json::{json, Value};

fn run(op: &str, input: &Value) -> Result<Value, Box<dyn ErrorCode>> {
    let key = |v: &Value| -> Result<Option<AuditKey>, Box<dyn ErrorCode>> {
        match v.as_str() {
            None => Ok(None),
            Some(h) => AuditKey::from_hex(h)
                .map(Some)
                .map_err(|e| Box::new(e) as Box<dyn ErrorCode>),
        }
    };
    match op {
        "audit.verify" => {
            let k = key(&input["key_hex"])?;
            Ok(serde_json::to_value(verify(
                input["log"].as_str().unwrap().as_bytes(),
                k.as_ref(),
                &[],
            ))
            .unwrap())
        }
        "roi.accounting" => {
            let k = key(&input["key_hex"])?.unwrap();
            let entries = read_entries(input["log"].as_str().unwrap().as_bytes(), &k)
                .map_err(|e| Box::new(e) as Box<dyn ErrorCode>)?;
            let as_of =
                chrono::NaiveDate::parse_from_str(input["as_of"].as_str().unwrap(), "%Y-%m-%d")
                    .unwrap();
            let a = accounting(&entries, input["patient"].as_str().unwrap(), as_of)
                .map_err(|e| Box::new(e) as Box<dyn ErrorCode>)?;
            Ok(serde_json::to_value(a).unwrap())
        }
        "roi.release" => {
            let engine = ConsentEngine::compile(
                input["consents"].as_array().unwrap(),
                ConsentPolicy::default(),
            )
            .unwrap();
            let req: RoiRequest = serde_json::from_value(input["request"].clone()).unwrap();
            let r = release(&engine, &input["record"], &req)
                .map_err(|e| Box::new(e) as Box<dyn ErrorCode>)?;
            Ok(serde_json::to_value(r).unwrap())
        }
        other => panic!("unknown op {other}"),
    }
}

#[test]
fn audit_vectors_give_the_expected_results() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/vectors/audit.json");
    let file: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let cases = file["cases"].as_array().unwrap();
    assert!(cases.len() >= 10);
    for case in cases {
        let got = match run(case["op"].as_str().unwrap(), &case["input"]) {
            Ok(v) => v,
            Err(e) => json!({"error_code": e.code()}),
        };
        assert_eq!(got, case["expected"], "case {}", case["name"]);
    }
}
