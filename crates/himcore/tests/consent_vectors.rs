//! The shared consent conformance vectors (`tests/vectors/consent.json`), which
//! the Python, Node and Kotlin bindings run too.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use himcore::ErrorCode;
use serde_json::{json, Value};

#[test]
fn consent_vectors_give_the_expected_decisions() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/vectors/consent.json");
    let file: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let cases = file["cases"].as_array().unwrap();
    assert!(cases.len() >= 10);
    for case in cases {
        assert_eq!(case["op"], "consent.check");
        let input = &case["input"];
        let consents = input["consents"].as_array().unwrap();
        let got = himcore::consent::check(consents, input.get("policy"), &input["request"]);
        let got = match got {
            Ok(d) => serde_json::to_value(d).unwrap(),
            Err(e) => json!({"error_code": e.code()}),
        };
        assert_eq!(got, case["expected"], "case {}", case["name"]);
    }
}
