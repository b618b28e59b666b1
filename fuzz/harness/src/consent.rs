//! Consent targets: consent documents and policies (`ConsentEngine::compile`,
//! `ConsentPolicy::from_json`), requests (`ConsentRequest::from_json`,
//! `decide`) and bundle filtering.

use himcore::consent::{ConsentEngine, ConsentPolicy, ConsentRequest, Decision};
use himcore::ErrorCode;
use serde_json::Value;
use std::sync::OnceLock;

const EXAMPLE_CONSENT: &str = include_str!("../../../examples/data/consent.json");
const EXAMPLE_REQUESTS: &str = include_str!("../../../examples/data/consent_request.json");
const EXAMPLE_BUNDLE: &str = include_str!("../../../examples/data/consent_bundle.json");
const R4_CONSENTS: &[&str] = &[
    include_str!(
        "../../../crates/himcore/tests/data/consent/r4/Consent-consent-example-notThem.json"
    ),
    include_str!(
        "../../../crates/himcore/tests/data/consent/r4/Consent-consent-example-Emergency.json"
    ),
    include_str!(
        "../../../crates/himcore/tests/data/consent/r4/Consent-consent-example-notTime.json"
    ),
];

fn example_requests() -> &'static [ConsentRequest] {
    static R: OnceLock<Vec<ConsentRequest>> = OnceLock::new();
    R.get_or_init(|| {
        EXAMPLE_REQUESTS
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| ConsentRequest::from_json(l).expect("example request parses"))
            .collect()
    })
}

fn example_engine() -> &'static ConsentEngine {
    static E: OnceLock<ConsentEngine> = OnceLock::new();
    E.get_or_init(|| {
        let mut texts = vec![EXAMPLE_CONSENT];
        texts.extend_from_slice(R4_CONSENTS);
        ConsentEngine::from_json(&texts, ConsentPolicy::default()).expect("examples compile")
    })
}

/// Any bytes as consent JSON (one Consent, or an array of them) compiled
/// under the default policy, and as a policy compiled with the example
/// consent: never a panic, typed `CONSENT_` errors, the text and Value
/// entry points agree, and a compiled engine decides every example request.
pub fn consent_compile(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let from_text = ConsentEngine::from_json(&[text], ConsentPolicy::default());
    if let Err(e) = &from_text {
        assert!(e.code().starts_with("CONSENT_"), "{}", e.code());
    }
    let Ok(value) = serde_json::from_str::<Value>(text) else {
        assert!(from_text.is_err());
        return;
    };
    let consents = match &value {
        Value::Array(items) => items.clone(),
        other => vec![other.clone()],
    };
    let compiled = ConsentEngine::compile(&consents, ConsentPolicy::default());
    if !value.is_array() {
        assert_eq!(
            compiled.is_ok(),
            from_text.is_ok(),
            "text and Value compile disagree"
        );
    }
    if let Ok(engine) = compiled {
        decide_all(&engine);
    }
    // The same input as a policy.
    let policy = ConsentPolicy::from_json(text);
    assert_eq!(
        policy.as_ref().ok(),
        ConsentPolicy::from_value(&value).as_ref().ok(),
        "policy text and Value paths disagree"
    );
    if let Ok(p) = policy {
        if let Ok(engine) = ConsentEngine::from_json(&[EXAMPLE_CONSENT], p) {
            decide_all(&engine);
        }
    }
}

fn decide_all(engine: &ConsentEngine) {
    let requests = example_requests();
    let many = engine.decide_many(requests);
    for (r, m) in requests.iter().zip(&many) {
        let one = match engine.decide(r) {
            Ok(d) => d,
            Err(e) => panic!("a valid request failed: {e}"),
        };
        assert_eq!(
            m.as_ref().ok(),
            Some(&one),
            "decide_many disagrees with decide"
        );
        assert_eq!(one.permitted(), one.decision == Decision::Permit);
    }
    if engine.is_empty() {
        // Default policy, no consent: fail closed; only break-the-glass
        // permits, and never without its obligations.
        for d in many.iter().flatten() {
            assert!(
                !d.permitted() || !d.obligations.is_empty(),
                "no consent and no base policy permitted without obligations"
            );
        }
    }
}

/// Any bytes as a request decided against the example consents: never a
/// panic, a typed error or a decision, `decide_many` agrees with `decide`,
/// and the request filters the example bundle without panicking.
pub fn consent_request(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let request = match ConsentRequest::from_json(text) {
        Ok(r) => r,
        Err(e) => {
            assert!(e.code().starts_with("CONSENT_"));
            return;
        }
    };
    let engine = example_engine();
    let one = engine.decide(&request);
    let many = engine.decide_many(std::slice::from_ref(&request));
    assert_eq!(many.first(), Some(&one));
    if let Ok(d) = &one {
        let _ = serde_json::to_string(d);
    }
    if let Ok(bundle) = serde_json::from_str::<Value>(EXAMPLE_BUNDLE) {
        let filtered = engine.filter_bundle(&bundle, &request);
        assert_eq!(
            filtered.is_ok(),
            one.is_ok(),
            "filter and decide disagree on the request"
        );
    }
}

/// Any bytes as a Bundle filtered for each example request: never a panic;
/// released + withheld never exceeds the entries, and with no consent
/// (default policy: deny) only break-the-glass releases, under obligations.
pub fn consent_filter(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(bundle) = serde_json::from_str::<Value>(text) else {
        return;
    };
    let entries = bundle
        .get("entry")
        .and_then(Value::as_array)
        .map_or(0, Vec::len);
    let empty = ConsentEngine::compile(&[], ConsentPolicy::default()).expect("empty engine");
    for request in example_requests() {
        if let Ok(f) = example_engine().filter_bundle(&bundle, request) {
            assert!(
                f.released + f.withheld.len() <= entries,
                "more results than entries"
            );
            let _ = serde_json::to_string(&f);
        }
        if let Ok(f) = empty.filter_bundle(&bundle, request) {
            assert!(
                f.released == 0 || !f.obligations.is_empty(),
                "released without consent nor break-the-glass obligations"
            );
        }
    }
}
