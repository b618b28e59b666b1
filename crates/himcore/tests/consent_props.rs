//! Properties every consent evaluation must keep, over generated consents and
//! requests: deny is never weakened by an unrelated permit, inactive and
//! expired consents never permit, and the order of consents does not matter.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use himcore::consent::{ConsentEngine, ConsentPolicy, ConsentRequest, Decision};
use proptest::prelude::*;
use serde_json::{json, Value};

const ACTORS: &[&str] = &["Practitioner/a", "Practitioner/b", "Organization/o"];
const PURPOSES: &[&str] = &["TREAT", "ETREAT", "HPAYMT", "HRESCH", "HOPERAT"];
const ACTIONS: &[&str] = &["access", "use", "disclose"];
const CODES: &[(&str, &str)] = &[
    ("http://hl7.org/fhir/sid/icd-10-cm", "I10"),
    ("http://hl7.org/fhir/sid/icd-10-cm", "F10.20"),
    ("http://hl7.org/fhir/sid/icd-10-cm", "B20"),
    ("http://loinc.org", "718-7"),
];

fn provision(depth: u32) -> BoxedStrategy<Value> {
    let leaf = (
        proptest::option::of(proptest::sample::select(ACTORS)),
        proptest::option::of(proptest::sample::select(PURPOSES)),
        proptest::option::of(proptest::sample::select(ACTIONS)),
        proptest::option::of(proptest::sample::select(&["HIV", "SUD", "PSY"][..])),
    )
        .prop_map(|(actor, purpose, action, label)| {
            let mut p = serde_json::Map::new();
            if let Some(a) = actor {
                p.insert("actor".into(), json!([{"role": {"coding": [{"code": "PRCP"}]}, "reference": {"reference": a}}]));
            }
            if let Some(x) = purpose {
                p.insert("purpose".into(), json!([{"code": x}]));
            }
            if let Some(x) = action {
                p.insert("action".into(), json!([{"coding": [{"code": x}]}]));
            }
            if let Some(x) = label {
                p.insert("securityLabel".into(), json!([{"code": x}]));
            }
            Value::Object(p)
        });
    if depth == 0 {
        return leaf.boxed();
    }
    (leaf, proptest::collection::vec(provision(depth - 1), 0..3))
        .prop_map(|(mut p, kids)| {
            if !kids.is_empty() {
                p["provision"] = Value::Array(kids);
            }
            p
        })
        .boxed()
}

fn consent() -> impl Strategy<Value = Value> {
    (
        0u32..1000,
        prop::bool::ANY,
        proptest::collection::vec(provision(2), 0..4),
        2015i32..2025,
    )
        .prop_map(|(id, permit, provisions, year)| {
            json!({
                "resourceType": "Consent", "id": format!("c{id}"), "status": "active",
                "subject": {"reference": "Patient/p"}, "date": format!("{year}-01-01"),
                "decision": if permit { "permit" } else { "deny" },
                "provision": provisions
            })
        })
}

fn request() -> impl Strategy<Value = ConsentRequest> {
    (
        proptest::sample::select(ACTORS),
        proptest::sample::select(PURPOSES),
        proptest::sample::select(ACTIONS),
        proptest::sample::subsequence(CODES, 0..3),
    )
        .prop_map(|(actor, purpose, action, codes)| {
            let codes: Vec<Value> = codes
                .iter()
                .map(|(s, c)| json!({"system": s, "code": c}))
                .collect();
            serde_json::from_value(json!({
                "actor": {"reference": actor, "roles": ["PRCP"]},
                "purpose": purpose, "action": action, "time": "2025-06-01T12:00:00Z",
                "data": {"patient": "Patient/p", "codes": codes, "security_labels": []}
            }))
            .unwrap()
        })
}

fn decision(consents: &[Value], r: &ConsentRequest) -> (Decision, Vec<String>) {
    let e = ConsentEngine::compile(consents, ConsentPolicy::default()).unwrap();
    let d = e.decide(r).unwrap();
    let mut obligations: Vec<String> = d.obligations.into_iter().map(|o| o.code).collect();
    obligations.sort();
    (d.decision, obligations)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn an_unrelated_permit_never_weakens_a_deny(consents in proptest::collection::vec(consent(), 0..4), r in request()) {
        let before = decision(&consents, &r).0;
        let mut more = consents.clone();
        // About another patient, and a permit only for an actor who never asks.
        more.push(json!({"resourceType": "Consent", "id": "other-patient", "status": "active",
            "subject": {"reference": "Patient/someone-else"}, "decision": "permit"}));
        more.push(json!({"resourceType": "Consent", "id": "other-actor", "status": "active",
            "subject": {"reference": "Patient/p"}, "decision": "deny",
            "provision": [{"actor": [{"role": {"coding": [{"code": "PRCP"}]}, "reference": {"reference": "Practitioner/never"}}]}]}));
        if before == Decision::Deny {
            prop_assert_eq!(decision(&more, &r).0, Decision::Deny);
        }
    }

    #[test]
    fn inactive_and_expired_consents_never_change_the_decision(
        consents in proptest::collection::vec(consent(), 0..3),
        extra in proptest::collection::vec(consent(), 1..3),
        r in request(),
        expire in prop::bool::ANY,
    ) {
        let before = decision(&consents, &r);
        let mut more = consents.clone();
        for mut c in extra {
            if expire {
                c["period"] = json!({"start": "2001-01-01", "end": "2003-12-31"});
            } else {
                c["status"] = json!("inactive");
            }
            more.push(c);
        }
        prop_assert_eq!(decision(&more, &r), before);
    }

    #[test]
    fn evaluation_does_not_depend_on_consent_order(consents in proptest::collection::vec(consent(), 0..5), r in request()) {
        let forward = decision(&consents, &r);
        let mut reversed = consents.clone();
        reversed.reverse();
        prop_assert_eq!(decision(&reversed, &r), forward.clone());
        if consents.len() > 2 {
            let mut rotated = consents.clone();
            rotated.rotate_left(1);
            prop_assert_eq!(decision(&rotated, &r), forward);
        }
    }
}
