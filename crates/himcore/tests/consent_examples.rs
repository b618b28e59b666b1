//! Consent decisions on the official FHIR R4 and R5 Consent examples, and the
//! policy rules around them (sensitive categories, base policy, break-the-glass).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use himcore::consent::{
    BasePolicy, Combining, ConsentEngine, ConsentPolicy, ConsentRequest, Decision,
};
use himcore::ErrorCode;
use serde_json::{json, Value};
use std::path::Path;

fn example(version: &str, name: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/consent")
        .join(version)
        .join(format!("Consent-consent-example-{name}.json"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn engine(consents: Vec<Value>) -> ConsentEngine {
    ConsentEngine::compile(&consents, ConsentPolicy::default()).unwrap()
}

/// A request with non-sensitive data (an explicit empty code list).
fn request(actor: &str, org: &str, purpose: &str, action: &str, time: &str) -> ConsentRequest {
    serde_json::from_value(json!({
        "actor": {"reference": actor, "organization": org, "roles": []},
        "purpose": purpose, "action": action, "time": time,
        "data": {"codes": [], "security_labels": []}
    }))
    .unwrap()
}

fn with_data(mut r: ConsentRequest, data: Value) -> ConsentRequest {
    r.data = serde_json::from_value(data).unwrap();
    r
}

fn decide(e: &ConsentEngine, r: &ConsentRequest) -> Decision {
    e.decide(r).unwrap().decision
}

#[test]
fn every_official_consent_example_compiles() {
    for version in ["r4", "r5"] {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data/consent")
            .join(version);
        let mut n = 0;
        for f in std::fs::read_dir(dir).unwrap() {
            let path = f.unwrap().path();
            if path.extension().is_some_and(|e| e == "json") {
                let v: Value =
                    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
                ConsentEngine::compile(&[v], ConsentPolicy::default())
                    .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                n += 1;
            }
        }
        assert!(n >= 12, "{version}: {n} examples");
    }
}

#[test]
fn deny_to_one_practitioner_r4_and_r5() {
    for v in ["r4", "r5"] {
        let e = engine(vec![example(v, "notThem")]);
        let them = request(
            "Practitioner/f204",
            "Organization/f201",
            "TREAT",
            "access",
            "2020-01-01T10:00:00Z",
        );
        let other = request(
            "Practitioner/f007",
            "Organization/f201",
            "TREAT",
            "access",
            "2020-01-01T10:00:00Z",
        );
        assert_eq!(decide(&e, &them), Decision::Deny, "{v}");
        assert_eq!(decide(&e, &other), Decision::Permit, "{v}");
        let d = e.decide(&them).unwrap();
        assert_eq!(
            d.reasons[0].consent.as_deref(),
            Some("consent-example-notThem")
        );
        assert!(d.reasons[0]
            .provision
            .as_deref()
            .unwrap()
            .starts_with("provision"));
    }
}

#[test]
fn deny_to_one_organization_covers_its_staff_for_the_listed_actions_only() {
    let e = engine(vec![example("r4", "notOrg")]);
    let staff = request(
        "Practitioner/x",
        "Organization/f001",
        "TREAT",
        "access",
        "2020-01-01T10:00:00Z",
    );
    assert_eq!(decide(&e, &staff), Decision::Deny);
    let collect = request(
        "Practitioner/x",
        "Organization/f001",
        "TREAT",
        "collect",
        "2020-01-01T10:00:00Z",
    );
    assert_eq!(decide(&e, &collect), Decision::Permit);
    let elsewhere = request(
        "Practitioner/x",
        "Organization/f999",
        "TREAT",
        "access",
        "2020-01-01T10:00:00Z",
    );
    assert_eq!(decide(&e, &elsewhere), Decision::Permit);
}

#[test]
fn time_bound_exception_applies_only_inside_its_period() {
    for v in ["r4", "r5"] {
        let e = engine(vec![example(v, "notTime")]);
        let inside = request(
            "Practitioner/1",
            "Organization/1",
            "TREAT",
            "access",
            "2015-01-15T12:00:00Z",
        );
        let after = request(
            "Practitioner/1",
            "Organization/1",
            "TREAT",
            "access",
            "2016-03-01T12:00:00Z",
        );
        assert_eq!(decide(&e, &inside), Decision::Deny, "{v}");
        assert_eq!(decide(&e, &after), Decision::Permit, "{v}");
    }
}

#[test]
fn opt_in_r5_basic_permits_only_within_the_provision_period() {
    let e = engine(vec![example("r5", "basic")]);
    let r = |t: &str| request("Practitioner/1", "Organization/1", "TREAT", "access", t);
    assert_eq!(decide(&e, &r("2018-06-01T00:00:00Z")), Decision::Permit);
    assert_eq!(decide(&e, &r("2019-06-01T00:00:00Z")), Decision::Deny);
}

#[test]
fn r4_root_provision_without_type_is_an_exception_to_the_policy_rule() {
    // R4 basic: policyRule OPTIN, root provision (period 1964-2016) without a
    // type. R4 defines the provision as an exception to the base policy, so the
    // period is denied; R5 rewrote the example as decision deny + permit period.
    let e = engine(vec![example("r4", "basic")]);
    let r = |t: &str| request("Practitioner/1", "Organization/1", "TREAT", "access", t);
    assert_eq!(decide(&e, &r("2015-06-01T00:00:00Z")), Decision::Deny);
    assert_eq!(decide(&e, &r("2017-06-01T00:00:00Z")), Decision::Permit);
}

#[test]
fn smart_app_window_permits_only_medication_requests() {
    for v in ["r4", "r5"] {
        let e = engine(vec![example(v, "smartonfhir")]);
        let t = "2016-06-23T07:10:00Z"; // inside 17:02:33+10:00 .. 17:32:33+10:00
        let meds = with_data(
            request("Device/app", "Organization/x", "TREAT", "access", t),
            json!({"resource_types": ["MedicationRequest"], "codes": [], "security_labels": []}),
        );
        let obs = with_data(
            request("Device/app", "Organization/x", "TREAT", "access", t),
            json!({"resource_types": ["Observation"], "codes": [], "security_labels": []}),
        );
        assert_eq!(decide(&e, &meds), Decision::Permit, "{v}");
        assert_eq!(decide(&e, &obs), Decision::Deny, "{v}");
    }
}

#[test]
fn deny_by_security_label_on_psychiatric_data() {
    for v in ["r4", "r5"] {
        let e = engine(vec![example(v, "pkb")]);
        let psy = with_data(
            request(
                "Practitioner/1",
                "Organization/f001",
                "TREAT",
                "access",
                "2020-01-01T00:00:00Z",
            ),
            json!({"codes": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "F32.9"}], "security_labels": []}),
        );
        let d = e.decide(&psy).unwrap();
        assert_eq!(d.decision, Decision::Deny, "{v}");
    }
}

#[test]
fn custodian_exception_fails_closed_when_custodian_is_unknown() {
    // R5 Emergency: decision deny; data held by custodian f201 is permitted,
    // except (nested) for ETREAT.
    let e = engine(vec![example("r5", "Emergency")]);
    let base = request(
        "Practitioner/1",
        "Organization/9",
        "TREAT",
        "access",
        "2020-01-01T00:00:00Z",
    );
    let known = with_data(
        base.clone(),
        json!({"custodian": "Organization/f201", "codes": [], "security_labels": []}),
    );
    assert_eq!(decide(&e, &known), Decision::Permit);
    assert_eq!(
        decide(&e, &base),
        Decision::Deny,
        "custodian unknown: the permit is not assumed"
    );
    let mut emergency = known.clone();
    emergency.purpose = "ETREAT".into();
    assert_eq!(decide(&e, &emergency), Decision::Deny);
}

#[test]
fn purpose_at_the_root_matches_descendant_purposes_and_break_the_glass_overrides() {
    // R4 Emergency: OPTOUT base; root exception (permit) for ETREAT on f001's data,
    // with a nested deny for the same custodian.
    let e = engine(vec![example("r4", "Emergency")]);
    let data = json!({"custodian": "Organization/f001", "codes": [], "security_labels": []});
    let treat = with_data(
        request(
            "Practitioner/1",
            "Organization/9",
            "TREAT",
            "access",
            "2020-01-01T00:00:00Z",
        ),
        data.clone(),
    );
    assert_eq!(decide(&e, &treat), Decision::Deny);
    let btg = with_data(
        request(
            "Practitioner/1",
            "Organization/9",
            "BTG",
            "access",
            "2020-01-01T00:00:00Z",
        ),
        data,
    );
    let d = e.decide(&btg).unwrap();
    assert_eq!(d.decision, Decision::Permit);
    let codes: Vec<_> = d.obligations.iter().map(|o| o.code.as_str()).collect();
    assert_eq!(codes, ["AUDIT", "NOTIFY"]);
}

#[test]
fn inactive_and_expired_consents_do_not_apply() {
    let mut inactive = example("r5", "notThem");
    inactive["status"] = json!("inactive");
    inactive["decision"] = json!("permit");
    let mut expired = example("r5", "basic");
    expired["period"] = json!({"start": "2010-01-01", "end": "2012-12-31"});
    let e = engine(vec![inactive, expired]);
    let d = e
        .decide(&request(
            "Practitioner/1",
            "Organization/1",
            "TREAT",
            "access",
            "2018-01-01T00:00:00Z",
        ))
        .unwrap();
    assert_eq!(d.decision, Decision::Deny);
    assert!(d
        .reasons
        .iter()
        .any(|r| r.why.contains("status is \"inactive\"")));
    assert!(d
        .reasons
        .iter()
        .any(|r| r.why.contains("outside the consent's period")));
    assert!(d.reasons.iter().any(|r| r.why.contains("default deny")));
}

fn research_consent() -> Value {
    json!({
        "resourceType": "Consent", "id": "research", "status": "active",
        "subject": {"reference": "Patient/p1"}, "date": "2024-01-01",
        "decision": "deny",
        "provision": [{
            "actor": [{"role": {"coding": [{"code": "IRCP"}]}, "reference": {"reference": "Organization/uni"}}],
            "purpose": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HRESCH"}],
            "action": [{"coding": [{"code": "use"}]}]
        }]
    })
}

#[test]
fn research_consent_permits_research_purposes_for_the_named_recipient() {
    let e = engine(vec![research_consent()]);
    let r = |purpose: &str, org: &str| {
        request(
            "Practitioner/r",
            org,
            purpose,
            "use",
            "2025-01-01T00:00:00Z",
        )
    };
    assert_eq!(
        decide(&e, &r("HRESCH", "Organization/uni")),
        Decision::Permit
    );
    assert_eq!(
        decide(&e, &r("CLINTRCH", "Organization/uni")),
        Decision::Permit
    );
    assert_eq!(decide(&e, &r("TREAT", "Organization/uni")), Decision::Deny);
    assert_eq!(
        decide(&e, &r("HRESCH", "Organization/other")),
        Decision::Deny
    );
}

#[test]
fn consent_about_another_patient_does_not_apply() {
    let e = engine(vec![research_consent()]);
    let r = with_data(
        request(
            "Practitioner/r",
            "Organization/uni",
            "HRESCH",
            "use",
            "2025-01-01T00:00:00Z",
        ),
        json!({"patient": "Patient/p2", "codes": [], "security_labels": []}),
    );
    let d = e.decide(&r).unwrap();
    assert_eq!(d.decision, Decision::Deny);
    assert!(d.reasons[0].why.contains("Patient/p1"));
}

fn policy(base: Option<BasePolicy>) -> ConsentPolicy {
    ConsentPolicy {
        base,
        ..ConsentPolicy::default()
    }
}

#[test]
fn base_policy_applies_when_no_consent_does_and_defaults_to_deny() {
    let r = request(
        "Practitioner/1",
        "Organization/1",
        "TREAT",
        "access",
        "2025-01-01T00:00:00Z",
    );
    let none = ConsentEngine::compile(&[], policy(None)).unwrap();
    assert_eq!(decide(&none, &r), Decision::Deny);
    let opt_out = ConsentEngine::compile(&[], policy(Some(BasePolicy::OptOut))).unwrap();
    assert_eq!(decide(&opt_out, &r), Decision::Permit);
    let mut per_state = policy(Some(BasePolicy::OptOut));
    per_state
        .jurisdictions
        .insert("US-CA".into(), BasePolicy::OptIn);
    let e = ConsentEngine::compile(&[], per_state).unwrap();
    let mut ca = r.clone();
    ca.jurisdiction = Some("US-CA".into());
    assert_eq!(decide(&e, &ca), Decision::Deny);
    assert_eq!(decide(&e, &r), Decision::Permit);
}

#[test]
fn sensitive_data_needs_explicit_consent_even_under_opt_out() {
    let e = ConsentEngine::compile(&[], policy(Some(BasePolicy::OptOut))).unwrap();
    let hiv = with_data(
        request(
            "Practitioner/1",
            "Organization/1",
            "TREAT",
            "access",
            "2025-01-01T00:00:00Z",
        ),
        json!({"codes": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "B20"}]}),
    );
    let d = e.decide(&hiv).unwrap();
    assert_eq!(d.decision, Decision::Deny);
    assert!(d.reasons.iter().any(|r| r.why.contains("HIV data")));
}

#[test]
fn a_permit_naming_the_category_is_explicit_consent() {
    let consent = json!({
        "resourceType": "Consent", "id": "hiv-ok", "status": "active", "decision": "deny",
        "provision": [{"purpose": [{"code": "TREAT"}],
                       "securityLabel": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "HIV"}]}]
    });
    let e = engine(vec![consent]);
    let hiv = with_data(
        request(
            "Practitioner/1",
            "Organization/1",
            "TREAT",
            "access",
            "2025-01-01T00:00:00Z",
        ),
        json!({"codes": [{"system": "http://loinc.org", "code": "25836-8"}]}),
    );
    assert_eq!(decide(&e, &hiv), Decision::Permit);
    let hiv_and_sud = with_data(
        hiv.clone(),
        json!({"codes": [{"system": "http://loinc.org", "code": "25836-8"},
                         {"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "F11.20"}]}),
    );
    let d = e.decide(&hiv_and_sud).unwrap();
    assert_eq!(
        d.decision,
        Decision::Deny,
        "SUD is not named by the HIV consent"
    );
}

#[test]
fn substance_use_data_in_a_medical_emergency_is_a_stated_exception() {
    let e = ConsentEngine::compile(&[], policy(Some(BasePolicy::OptOut))).unwrap();
    let r = with_data(
        request(
            "Practitioner/1",
            "Organization/1",
            "ETREAT",
            "access",
            "2025-01-01T00:00:00Z",
        ),
        json!({"codes": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "F10.20"}]}),
    );
    let d = e.decide(&r).unwrap();
    assert_eq!(d.decision, Decision::Permit);
    assert!(d.reasons.iter().any(|r| r.why.contains("42 CFR 2.51")));
    assert!(d.obligations.iter().any(|o| o.code == "NORDSCLCD"));
}

#[test]
fn undescribed_data_cannot_be_ruled_out_as_sensitive() {
    let e = ConsentEngine::compile(&[], policy(Some(BasePolicy::OptOut))).unwrap();
    let r: ConsentRequest = serde_json::from_value(json!({
        "actor": {"reference": "Practitioner/1"}, "purpose": "TREAT", "action": "access",
        "time": "2025-01-01T00:00:00Z"
    }))
    .unwrap();
    let d = e.decide(&r).unwrap();
    assert_eq!(d.decision, Decision::Deny);
    assert!(d
        .reasons
        .iter()
        .any(|r| r.why.contains("cannot be ruled out")));
}

#[test]
fn combining_rules_are_configurable_and_deny_overrides_by_default() {
    let permit = json!({"resourceType": "Consent", "id": "p", "status": "active", "date": "2024-01-01", "decision": "permit"});
    let deny = json!({"resourceType": "Consent", "id": "d", "status": "active", "date": "2023-01-01", "decision": "deny"});
    let r = request(
        "Practitioner/1",
        "Organization/1",
        "TREAT",
        "access",
        "2025-01-01T00:00:00Z",
    );
    let mk = |c: Combining| {
        let p = ConsentPolicy {
            combining: c,
            ..ConsentPolicy::default()
        };
        ConsentEngine::compile(&[permit.clone(), deny.clone()], p).unwrap()
    };
    assert_eq!(decide(&mk(Combining::DenyOverrides), &r), Decision::Deny);
    assert_eq!(
        decide(&mk(Combining::PermitOverrides), &r),
        Decision::Permit
    );
    assert_eq!(decide(&mk(Combining::MostRecent), &r), Decision::Permit);
}

#[test]
fn bad_input_gets_typed_errors() {
    let bad_purpose = request(
        "Practitioner/1",
        "Organization/1",
        "LUNCH",
        "access",
        "2025-01-01T00:00:00Z",
    );
    let e = engine(vec![]);
    assert_eq!(
        e.decide(&bad_purpose).unwrap_err().code(),
        "CONSENT_UNKNOWN_PURPOSE"
    );
    let bad_time = request(
        "Practitioner/1",
        "Organization/1",
        "TREAT",
        "access",
        "soon",
    );
    assert_eq!(
        e.decide(&bad_time).unwrap_err().code(),
        "CONSENT_INVALID_DATE"
    );
    let typo = ConsentRequest::from_json(
        r#"{"actor":{},"purpose":"TREAT","action":"access","time":"2025-01-01","dta":{}}"#,
    );
    assert_eq!(typo.unwrap_err().code(), "CONSENT_INVALID_REQUEST");
    let modifier = json!({"resourceType": "Consent", "id": "m", "status": "active", "decision": "deny",
        "provision": [{"modifierExtension": [{"url": "x"}]}]});
    let err = ConsentEngine::compile(&[modifier], ConsentPolicy::default()).unwrap_err();
    assert_eq!(err.code(), "CONSENT_INVALID");
    assert!(err.to_string().contains("provision[0].modifierExtension"));
    let bad_type = json!({"resourceType": "Consent", "id": "t", "status": "active",
        "provision": {"type": "maybe"}});
    assert_eq!(
        ConsentEngine::compile(&[bad_type], ConsentPolicy::default())
            .unwrap_err()
            .code(),
        "CONSENT_INVALID"
    );
    assert_eq!(
        ConsentPolicy::from_json(r#"{"sensitive_categories":["XYZ"]}"#)
            .unwrap_err()
            .code(),
        "CONSENT_INVALID_POLICY"
    );
}

#[test]
fn consent_without_any_decision_is_read_as_deny() {
    let c = json!({"resourceType": "Consent", "id": "nod", "status": "active",
        "policyRule": {"coding": [{"code": "hipaa-auth"}]}});
    let e = ConsentEngine::compile(&[c], policy(Some(BasePolicy::OptOut))).unwrap();
    let d = e
        .decide(&request(
            "Practitioner/1",
            "Organization/1",
            "TREAT",
            "access",
            "2025-01-01T00:00:00Z",
        ))
        .unwrap();
    assert_eq!(d.decision, Decision::Deny);
    assert!(d.reasons[0].why.contains("states no decision"));
}

#[test]
fn filtering_a_bundle_releases_only_permitted_resources_and_masks_links() {
    let e = ConsentEngine::compile(&[], policy(Some(BasePolicy::OptOut))).unwrap();
    let bundle = json!({"resourceType": "Bundle", "type": "searchset", "total": 3, "entry": [
        {"fullUrl": "urn:uuid:1", "resource": {"resourceType": "Patient", "id": "p1"}},
        {"resource": {"resourceType": "Condition", "id": "c-hiv", "subject": {"reference": "Patient/p1"},
            "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "B20"}]}}},
        {"resource": {"resourceType": "Encounter", "id": "e1", "subject": {"reference": "Patient/p1"},
            "reasonReference": [{"reference": "Condition/c-hiv", "display": "HIV disease"}]}}
    ]});
    let r = request(
        "Practitioner/1",
        "Organization/1",
        "TREAT",
        "access",
        "2025-01-01T00:00:00Z",
    );
    let out = e.filter_bundle(&bundle, &r).unwrap();
    assert_eq!(out.released, 2);
    assert_eq!(out.bundle["total"], json!(2));
    assert_eq!(out.withheld.len(), 1);
    assert_eq!(out.withheld[0].id.as_deref(), Some("c-hiv"));
    let text = out.bundle.to_string();
    assert!(
        !text.contains("c-hiv") && !text.contains("HIV disease"),
        "{text}"
    );
    assert!(text.contains("masked"));
    assert_eq!(
        e.filter_bundle(&json!({"resourceType": "Patient"}), &r)
            .unwrap_err()
            .code(),
        "CONSENT_NOT_A_BUNDLE"
    );
}

#[test]
fn a_sensitive_code_nested_past_the_inspection_depth_is_withheld() {
    // Found while building the fuzz suite: codes were collected 64 levels
    // deep and the rest ignored, so an SUD code nested deeper (still valid
    // JSON text, under the 128-level parse limit) released the resource.
    let consent: Value =
        serde_json::from_str(include_str!("../../../examples/data/consent.json")).unwrap();
    let e = engine(vec![consent]);
    let r: ConsentRequest = serde_json::from_str(include_str!(
        "../../../examples/data/consent_filter_request.json"
    ))
    .unwrap();
    for wraps in [3, 40] {
        let mut code =
            json!({"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "F11.20"}]});
        for _ in 0..wraps {
            code = json!({"extension": [{"url": "http://example.org/x", "valueCodeableConcept": code}]});
        }
        let bundle = json!({"resourceType": "Bundle", "type": "collection", "entry": [{"resource": {
            "resourceType": "Condition", "id": "c1",
            "subject": {"reference": "Patient/pat-1001"}, "code": code}}]});
        // Reachable from JSON text: under serde_json's nesting limit.
        let bundle: Value = serde_json::from_str(&bundle.to_string()).unwrap();
        let f = e.filter_bundle(&bundle, &r).unwrap();
        assert_eq!((f.released, f.withheld.len()), (0, 1), "{wraps} wraps");
    }
}

#[test]
fn a_bundle_entry_without_a_resource_object_is_withheld() {
    // Found by the consent_filter fuzz target: an entry whose resource sat
    // under a misspelt key ("reseurce") was released unchecked.
    let e = engine(vec![]);
    let r = request(
        "Practitioner/dr-lee",
        "Organization/st-elsewhere",
        "TREAT",
        "access",
        "2025-06-01T10:00:00Z",
    );
    let bundle = json!({"resourceType": "Bundle", "type": "collection", "entry": [
        {"fullUrl": "urn:uuid:1", "reseurce": {"resourceType": "Condition", "id": "c1"}},
        {"resource": ["not", "an", "object"]},
        {"request": {"method": "GET", "url": "Patient/p1"}}
    ]});
    let f = e.filter_bundle(&bundle, &r).unwrap();
    assert_eq!(f.released, 0);
    assert_eq!(f.withheld.len(), 3);
    assert!(f.withheld[0].reasons[0].why.contains("fail closed"));
}
