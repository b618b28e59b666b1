#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
//! Worked examples: one or more per shipped rule (adults, minors reaching
//! majority, deceased patients, Medicare Advantage, holds on and released).

use himcore::retention::*;
use himcore::ErrorCode;
use serde_json::json;

fn d(s: &str) -> chrono::NaiveDate {
    parse_date(s).unwrap()
}

fn eval(packs: &[&str], as_of: &str, record: serde_json::Value) -> RetentionDecision {
    let engine = RetentionEngine::from_shipped(packs).unwrap();
    let record: RetentionRecord = serde_json::from_value(record).unwrap();
    engine.evaluate(&record, d(as_of)).unwrap()
}

fn hospital(j: &str, birth: &str, discharged: &str) -> serde_json::Value {
    json!({"id": "r1", "record_type": "medical_record", "jurisdiction": j, "facility_type": "hospital",
           "patient_birth_date": birth, "created": discharged, "discharged": discharged, "programs": []})
}

fn until(dec: &RetentionDecision) -> String {
    dec.retain_until.to_string()
}

#[test]
fn every_shipped_pack_loads_and_every_rule_has_a_citation_and_verification_note() {
    for name in shipped_pack_names() {
        let p = shipped_pack(name).unwrap();
        assert!(!p.rules.is_empty(), "{name}");
        for r in &p.rules {
            assert!(!r.citation.is_empty());
            assert!(r.verification.checked.is_some(), "{}", r.id);
            assert!(!r.verification.sources.is_empty(), "{}", r.id);
            assert_eq!(
                RulePack::from_json(name, &p.to_json().unwrap()).unwrap(),
                p,
                "round trip {name}"
            );
        }
    }
    let all: Vec<&str> = shipped_pack_names().collect();
    assert!(all.len() >= 11);
    RetentionEngine::from_shipped(&all).unwrap();
}

// Each state: (pack, jurisdiction, adult retain_until, minor retain_until, governing ids)
// Adult born 1970-01-01 discharged 2010-03-15; minor born 2005-06-01 discharged 2010-03-15.
#[test]
fn state_hospital_rules_for_adults_and_minors_reaching_majority() {
    let cases = [
        (
            "us-ca",
            "US-CA",
            "2017-03-15",
            "us-ca-hospital",
            "2024-06-01",
            "us-ca-hospital-minor",
        ),
        (
            "us-tx",
            "US-TX",
            "2020-03-15",
            "us-tx-hospital",
            "2025-06-01",
            "us-tx-hospital-minor",
        ),
        (
            "us-ny",
            "US-NY",
            "2016-03-15",
            "us-ny-hospital",
            "2026-06-01",
            "us-ny-hospital-minor",
        ),
        (
            "us-ma",
            "US-MA",
            "2030-03-15",
            "us-ma-hospital",
            "2030-03-15",
            "us-ma-hospital",
        ),
        (
            "us-nc",
            "US-NC",
            "2021-03-15",
            "us-nc-hospital",
            "2035-06-01",
            "us-nc-hospital-minor",
        ),
        (
            "us-pa",
            "US-PA",
            "2017-03-15",
            "us-pa-hospital",
            "2030-06-01",
            "us-pa-hospital-minor",
        ),
        (
            "us-wa",
            "US-WA",
            "2020-03-15",
            "us-wa-hospital",
            "2026-06-01",
            "us-wa-hospital-minor",
        ),
        (
            "us-tn",
            "US-TN",
            "2020-03-15",
            "us-tn-hospital",
            "2024-06-01",
            "us-tn-hospital-minor",
        ),
        (
            "us-co",
            "US-CO",
            "2020-03-15",
            "us-co-hospital",
            "2033-06-01",
            "us-co-hospital-minor",
        ),
        (
            "us-md",
            "US-MD",
            "2015-03-15",
            "us-md-provider",
            "2026-06-01",
            "us-md-provider-minor",
        ),
        (
            "us-az",
            "US-AZ",
            "2016-03-15",
            "us-az-provider",
            "2026-06-01",
            "us-az-provider-minor",
        ),
    ];
    for (pack, j, adult, adult_rule, minor, minor_rule) in cases {
        let a = eval(
            &[pack],
            "2026-01-01",
            hospital(j, "1970-01-01", "2010-03-15"),
        );
        assert_eq!(until(&a), adult, "{pack} adult");
        assert_eq!(a.governing_rule.id, adult_rule, "{pack} adult");
        let m = eval(
            &[pack],
            "2026-01-01",
            hospital(j, "2005-06-01", "2010-03-15"),
        );
        assert_eq!(until(&m), minor, "{pack} minor");
        assert_eq!(m.governing_rule.id, minor_rule, "{pack} minor");
    }
}

#[test]
fn adult_record_past_its_period_is_eligible_the_day_after_retain_until() {
    let on = eval(
        &["us-ca"],
        "2017-03-15",
        hospital("US-CA", "1970-01-01", "2010-03-15"),
    );
    assert_eq!(on.status, RetentionStatus::Retain);
    let after = eval(
        &["us-ca"],
        "2017-03-16",
        hospital("US-CA", "1970-01-01", "2010-03-15"),
    );
    assert_eq!(after.status, RetentionStatus::EligibleForDestruction);
}

#[test]
fn federal_hospital_cop_applies_to_medicare_hospitals_and_state_law_is_longer() {
    let mut r = hospital("US-CA", "1970-01-01", "2010-03-15");
    r["programs"] = json!(["medicare"]);
    let dec = eval(&["us-federal", "us-ca"], "2016-01-01", r);
    let ids: Vec<_> = dec.rules.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(ids, ["us-ca-hospital", "us-fed-medicare-cop-hospital"]);
    assert_eq!(dec.rules[1].retain_until.to_string(), "2015-03-15");
    assert_eq!(dec.governing_rule.id, "us-ca-hospital");
    assert_eq!(dec.status, RetentionStatus::Retain);
}

#[test]
fn medicare_advantage_keeps_ten_years_from_end_of_service_year() {
    let mut r = hospital("US-CA", "1950-01-01", "2012-03-15");
    r["programs"] = json!(["medicare", "medicare_advantage"]);
    let dec = eval(&["us-federal", "us-ca"], "2022-06-01", r);
    assert_eq!(dec.governing_rule.id, "us-fed-medicare-advantage");
    assert_eq!(until(&dec), "2022-12-31");
    assert_eq!(dec.status, RetentionStatus::Retain);
}

#[test]
fn critical_access_hospital_rule_is_flagged_unverified_and_needs_last_update() {
    let r = json!({"id": "c1", "record_type": "medical_record", "jurisdiction": "US",
        "facility_type": "critical_access_hospital", "created": "2010-01-01", "discharged": "2010-01-05",
        "last_updated": "2010-02-01", "programs": ["medicare"]});
    let dec = eval(&["us-federal"], "2017-01-01", r.clone());
    assert_eq!(until(&dec), "2016-02-01");
    assert_eq!(dec.status, RetentionStatus::EligibleForDestruction);
    assert!(dec
        .warnings
        .iter()
        .any(|w| w.code == "RETENTION_RULE_UNVERIFIED"));
    let mut no_update = r;
    no_update.as_object_mut().unwrap().remove("last_updated");
    let dec = eval(&["us-federal"], "2030-01-01", no_update);
    assert_eq!(dec.retain_until, RetainUntil::Indeterminate);
    assert_eq!(dec.status, RetentionStatus::Retain);
}

#[test]
fn hipaa_documentation_counts_from_the_later_of_creation_and_last_in_effect() {
    for t in [
        "hipaa_security_documentation",
        "hipaa_privacy_documentation",
    ] {
        let r = json!({"id": "p1", "record_type": t, "jurisdiction": "US", "created": "2012-01-01",
                       "effective_until": "2019-06-30"});
        let dec = eval(&["us-federal"], "2025-01-01", r);
        assert_eq!(until(&dec), "2025-06-30", "{t}");
        let in_force =
            json!({"id": "p2", "record_type": t, "jurisdiction": "US", "created": "2012-01-01"});
        let dec = eval(&["us-federal"], "2040-01-01", in_force);
        assert_eq!(
            dec.retain_until,
            RetainUntil::Indeterminate,
            "a policy still in effect is kept"
        );
    }
}

#[test]
fn accounting_of_disclosures_is_kept_six_years() {
    let r = json!({"id": "a1", "record_type": "disclosure_accounting", "jurisdiction": "US-NY", "created": "2019-04-02"});
    let dec = eval(&["us-federal", "us-ny"], "2025-04-03", r);
    assert_eq!(until(&dec), "2025-04-02");
    assert_eq!(dec.status, RetentionStatus::EligibleForDestruction);
}

#[test]
fn deceased_patient_in_new_york_is_kept_six_years_after_death() {
    let mut r = hospital("US-NY", "1940-01-01", "2015-03-01");
    r["patient_death_date"] = json!("2018-07-04");
    let dec = eval(&["us-ny"], "2022-01-01", r);
    assert_eq!(dec.governing_rule.id, "us-ny-hospital-deceased");
    assert_eq!(until(&dec), "2024-07-04");
}

#[test]
fn massachusetts_images_and_notice_before_destruction() {
    let r = json!({"id": "img", "record_type": "diagnostic_image", "jurisdiction": "US-MA", "facility_type": "hospital",
                   "last_encounter": "2015-05-05"});
    let dec = eval(&["us-ma"], "2020-05-06", r);
    assert_eq!(dec.status, RetentionStatus::EligibleForDestruction);
    let old = eval(
        &["us-ma"],
        "2031-01-01",
        hospital("US-MA", "1960-01-01", "2010-03-15"),
    );
    assert_eq!(old.status, RetentionStatus::EligibleForDestruction);
    assert!(old
        .warnings
        .iter()
        .any(|w| w.code == "RETENTION_STEPS_BEFORE_DESTRUCTION"
            && w.message.contains("Department of Public Health")));
}

#[test]
fn legal_hold_wins_while_active_and_stops_blocking_once_released() {
    let mut r = hospital("US-TX", "1970-01-01", "2005-01-01");
    r["legal_holds"] = json!([{"id": "LIT-7", "start": "2014-01-01", "released": "2026-03-01"}]);
    let held = eval(&["us-tx"], "2026-02-28", r.clone());
    assert_eq!(held.status, RetentionStatus::OnHold);
    assert_eq!(held.holds, ["LIT-7"]);
    let released = eval(&["us-tx"], "2026-03-01", r);
    assert_eq!(released.status, RetentionStatus::EligibleForDestruction);
    assert!(released
        .warnings
        .iter()
        .any(|w| w.code == "RETENTION_HOLD_RELEASED"));
}

#[test]
fn missing_birth_date_keeps_a_record_that_could_be_a_childs_and_warns() {
    let mut r = hospital("US-NC", "1970-01-01", "2000-01-01");
    r.as_object_mut().unwrap().remove("patient_birth_date");
    let dec = eval(&["us-nc"], "2026-01-01", r.clone());
    assert_eq!(dec.status, RetentionStatus::Retain);
    assert_eq!(dec.retain_until, RetainUntil::Indeterminate);
    assert!(dec
        .warnings
        .iter()
        .any(|w| w.code == "RETENTION_FACT_MISSING" && w.message.contains("patient_birth_date")));
    r["patient_minor_at_service"] = json!(false);
    let dec = eval(&["us-nc"], "2026-01-01", r);
    assert_eq!(dec.status, RetentionStatus::EligibleForDestruction);
}

#[test]
fn unknown_jurisdiction_and_record_type_are_errors_unless_a_default_is_chosen() {
    let engine = RetentionEngine::from_shipped(&["us-federal", "us-ca"]).unwrap();
    let rec: RetentionRecord =
        serde_json::from_value(hospital("US-ZZ", "1970-01-01", "2010-01-01")).unwrap();
    let e = engine.evaluate(&rec, d("2020-01-01")).unwrap_err();
    assert_eq!(e.code(), "RETENTION_UNKNOWN_JURISDICTION");
    let mut other = rec.clone();
    other.jurisdiction = "US-CA".into();
    other.record_type = "x_ray".into();
    assert_eq!(
        engine.evaluate(&other, d("2020-01-01")).unwrap_err().code(),
        "RETENTION_UNKNOWN_RECORD_TYPE"
    );

    let packs = [
        shipped_pack("us-federal").unwrap(),
        shipped_pack("us-ca").unwrap(),
    ];
    let opts = EngineOptions {
        default_jurisdiction: Some("US-CA".into()),
        default_record_type: None,
    };
    let engine = RetentionEngine::with_options(&packs, &opts).unwrap();
    let dec = engine.evaluate(&rec, d("2020-01-01")).unwrap();
    assert!(dec
        .warnings
        .iter()
        .any(|w| w.code == "RETENTION_DEFAULT_APPLIED"));
}

#[test]
fn organisation_pack_layers_on_top_longest_wins_and_explicit_override_replaces() {
    let org = RulePack::from_json("acme", r#"{"schema_version": 1, "name": "acme", "organisation": true,
      "rules": [
        {"id": "acme-15y", "applies_to": {"record_types": ["medical_record"], "jurisdictions": ["US-CA"]},
         "period": {"after": {"clock": "discharge", "years": 15}}, "citation": "ACME policy RM-1"},
        {"id": "acme-research", "applies_to": {"record_types": ["medical_record"], "jurisdictions": ["US"], "research": true},
         "period": "permanent", "citation": "ACME policy RM-9", "overrides": ["us-ca-hospital"]}
      ]}"#).unwrap();
    let packs = [shipped_pack("us-ca").unwrap(), org];
    let engine = RetentionEngine::new(&packs).unwrap();
    let mut rec: RetentionRecord =
        serde_json::from_value(hospital("US-CA", "1970-01-01", "2010-03-15")).unwrap();
    // Unknown research status: the research rule is assumed to apply (fail safe).
    let dec = engine.evaluate(&rec, d("2020-01-01")).unwrap();
    assert_eq!(dec.retain_until, RetainUntil::Permanent);
    rec.research = Some(false);
    let dec = engine.evaluate(&rec, d("2020-01-01")).unwrap();
    assert_eq!(dec.governing_rule.id, "acme-15y");
    assert_eq!(until(&dec), "2025-03-15");
    rec.research = Some(true);
    let dec = engine.evaluate(&rec, d("2020-01-01")).unwrap();
    assert_eq!(dec.retain_until, RetainUntil::Permanent);
    assert_eq!(
        dec.rules
            .iter()
            .find(|o| o.id == "us-ca-hospital")
            .unwrap()
            .overridden_by
            .as_deref(),
        Some("acme-research")
    );
}

#[test]
fn earlier_of_takes_the_first_date_to_arrive() {
    let org = RulePack::from_json("ut-like", r#"{"schema_version": 1, "name": "ut-like",
      "jurisdictions": [{"code": "US-UT", "age_of_majority": 18}],
      "rules": [{"id": "x-minor", "applies_to": {"record_types": ["medical_record"], "jurisdictions": ["US-UT"]},
         "period": {"earlier_of": [{"after": {"clock": "discharge", "years": 7}}, {"until_age": {"age": 18, "years": 3}}]},
         "citation": "example only"}]}"#).unwrap();
    let engine = RetentionEngine::new(&[org]).unwrap();
    let rec: RetentionRecord =
        serde_json::from_value(hospital("US-UT", "2005-06-01", "2010-03-15")).unwrap();
    assert_eq!(
        engine
            .evaluate(&rec, d("2020-01-01"))
            .unwrap()
            .retain_until
            .to_string(),
        "2017-03-15"
    );
}

#[test]
fn destruction_certificate_lists_eligible_records_with_their_rule_and_leaves_held_ones_out() {
    let engine = RetentionEngine::from_shipped(&["us-federal", "us-tx"]).unwrap();
    let mut a: RetentionRecord =
        serde_json::from_value(hospital("US-TX", "1970-01-01", "2005-01-01")).unwrap();
    a.description = Some("Inpatient chart".into());
    let mut held = a.clone();
    held.id = "r2".into();
    held.legal_holds = vec![LegalHold {
        id: "H1".into(),
        start: Some(d("2010-01-01")),
        released: None,
        matter: None,
    }];
    let list = engine.destruction_list([&a, &held], d("2026-01-01"));
    assert_eq!(list.records.len(), 1);
    assert_eq!(list.records[0].governing_rule.id, "us-tx-hospital");
    assert_eq!(list.excluded[0].reason, "on_hold");
    let req = CertificateRequest {
        certificate_id: "CD-1".into(),
        organisation: "Example Hospital".into(),
        destruction_date: d("2026-01-01"),
        method: DestructionMethod::Shredding,
        authorized_by: "HIM Director".into(),
        destroyed_by: None,
        witness: Some("W. Ness".into()),
    };
    let cert = DestructionCertificate::issue(&list, &req).unwrap();
    assert_eq!(cert.series[0].count, 1);
    assert_eq!(cert.excluded_count, 1);
    assert!(cert.statement.contains("normal course of business"));
    let mut bad = req.clone();
    bad.authorized_by = " ".into();
    assert_eq!(
        DestructionCertificate::issue(&list, &bad)
            .unwrap_err()
            .code(),
        "RETENTION_CERTIFICATE_INCOMPLETE"
    );
}

#[test]
fn misspelt_record_fields_are_rejected_not_ignored() {
    let e = RetentionRecord::from_json(
        r#"{"id":"x","record_type":"medical_record","jurisdiction":"US","legal_hold":[]}"#,
    )
    .unwrap_err();
    assert_eq!(e.code(), "RETENTION_INVALID_RECORD");
}

#[test]
fn a_hold_issued_after_the_evaluation_date_still_blocks_destruction() {
    let mut r = hospital("US-TX", "1970-01-01", "2005-01-01");
    r["legal_holds"] = json!([{"id": "LIT-8", "start": "2027-01-01"}]);
    let dec = eval(&["us-tx"], "2026-01-01", r);
    assert_eq!(dec.status, RetentionStatus::OnHold);
    assert!(dec
        .warnings
        .iter()
        .any(|w| w.code == "RETENTION_HOLD_PENDING"));
}

fn one_rule_pack(name: &str, rule: serde_json::Value) -> Result<RulePack, RetentionError> {
    RulePack::from_json(
        name,
        &json!({"schema_version": 1, "name": name, "jurisdictions": [{"code": "US-CA", "age_of_majority": 18}],
                "rules": [rule]})
        .to_string(),
    )
}

#[test]
fn rules_apply_only_while_in_force_on_the_evaluation_date() {
    let rule = json!({"id": "ca-new-law", "applies_to": {"record_types": ["medical_record"], "jurisdictions": ["US-CA"]},
        "period": {"after": {"clock": "discharge", "years": 30}}, "citation": "hypothetical amendment",
        "effective_from": "2027-01-01"});
    let packs = [
        shipped_pack("us-ca").unwrap(),
        one_rule_pack("amend", rule).unwrap(),
    ];
    let engine = RetentionEngine::new(&packs).unwrap();
    let rec: RetentionRecord =
        serde_json::from_value(hospital("US-CA", "1970-01-01", "2010-03-15")).unwrap();
    assert_eq!(
        engine
            .evaluate(&rec, d("2026-12-31"))
            .unwrap()
            .governing_rule
            .id,
        "us-ca-hospital"
    );
    assert_eq!(
        engine
            .evaluate(&rec, d("2027-01-01"))
            .unwrap()
            .governing_rule
            .id,
        "ca-new-law"
    );

    let repealed = json!({"id": "ca-old-law", "applies_to": {"record_types": ["medical_record"], "jurisdictions": ["US-CA"]},
        "period": "permanent", "citation": "hypothetical repealed rule", "effective_to": "2000-12-31"});
    let packs = [
        shipped_pack("us-ca").unwrap(),
        one_rule_pack("old", repealed).unwrap(),
    ];
    let engine = RetentionEngine::new(&packs).unwrap();
    assert_eq!(
        engine
            .evaluate(&rec, d("2020-01-01"))
            .unwrap()
            .governing_rule
            .id,
        "us-ca-hospital"
    );
}

#[test]
fn unverified_law_rules_warn_but_an_organisations_own_rules_do_not() {
    let rule = json!({"id": "acme-7y", "applies_to": {"record_types": ["medical_record"], "jurisdictions": ["US-CA"]},
        "period": {"after": {"clock": "discharge", "years": 7}}, "citation": "ACME RM-1"});
    let mut org = one_rule_pack("acme", rule.clone()).unwrap();
    org.organisation = true;
    let rec: RetentionRecord =
        serde_json::from_value(hospital("US-CA", "1970-01-01", "2010-03-15")).unwrap();
    let dec = RetentionEngine::new(&[shipped_pack("us-ca").unwrap(), org])
        .unwrap()
        .evaluate(&rec, d("2020-01-01"))
        .unwrap();
    assert!(!dec
        .warnings
        .iter()
        .any(|w| w.code == "RETENTION_RULE_UNVERIFIED"));
    let law = one_rule_pack("law", rule).unwrap();
    let dec = RetentionEngine::new(&[shipped_pack("us-ca").unwrap(), law])
        .unwrap()
        .evaluate(&rec, d("2020-01-01"))
        .unwrap();
    assert!(dec
        .warnings
        .iter()
        .any(|w| w.code == "RETENTION_RULE_UNVERIFIED"));
}

#[test]
fn bad_packs_are_refused_with_their_codes() {
    let ok_rule = json!({"id": "x", "applies_to": {"record_types": ["medical_record"], "jurisdictions": ["US-CA"]},
        "period": {"after": {"clock": "discharge", "years": 1}}, "citation": "c"});
    let code = |r: Result<RulePack, RetentionError>| r.unwrap_err().code();
    let v2 = RulePack::from_json(
        "v2",
        &json!({"schema_version": 2, "name": "v2", "rules": []}).to_string(),
    );
    assert_eq!(code(v2), "RETENTION_UNSUPPORTED_SCHEMA_VERSION");
    let mut no_cite = ok_rule.clone();
    no_cite["citation"] = json!("");
    assert_eq!(code(one_rule_pack("p", no_cite)), "RETENTION_INVALID_PACK");
    let mut typo = ok_rule.clone();
    typo["applies_to"]["minor"] = json!(true);
    assert_eq!(code(one_rule_pack("p", typo)), "RETENTION_INVALID_PACK");
    let mut empty = ok_rule.clone();
    empty["period"] = json!({"later_of": []});
    assert_eq!(code(one_rule_pack("p", empty)), "RETENTION_INVALID_PACK");
    let mut zero = ok_rule.clone();
    zero["period"] = json!({"after": {"clock": "discharge"}});
    assert_eq!(code(one_rule_pack("p", zero)), "RETENTION_INVALID_PACK");
    let mut bad_j = ok_rule.clone();
    bad_j["applies_to"]["jurisdictions"] = json!(["california"]);
    assert_eq!(code(one_rule_pack("p", bad_j)), "RETENTION_INVALID_PACK");
    assert_eq!(
        shipped_pack("us-xx").unwrap_err().code(),
        "RETENTION_UNKNOWN_PACK"
    );

    let a = one_rule_pack("a", ok_rule.clone()).unwrap();
    let b = one_rule_pack("b", ok_rule.clone()).unwrap();
    assert_eq!(
        RetentionEngine::new(&[a.clone(), b]).unwrap_err().code(),
        "RETENTION_DUPLICATE_RULE"
    );
    assert_eq!(
        RetentionEngine::new(&[a.clone(), a]).unwrap_err().code(),
        "RETENTION_INVALID_PACK"
    );
    let mut dangling = ok_rule;
    dangling["overrides"] = json!(["no-such-rule"]);
    let p = one_rule_pack("d", dangling).unwrap();
    assert_eq!(
        RetentionEngine::new(&[p]).unwrap_err().code(),
        "RETENTION_UNKNOWN_OVERRIDE"
    );
}

#[test]
fn batch_and_single_evaluation_agree_and_status_counts_add_up() {
    let engine = RetentionEngine::from_shipped(&["us-federal", "us-ca"]).unwrap();
    let recs: Vec<RetentionRecord> =
        include_str!("../../../examples/data/retention_records.ndjson")
            .lines()
            .map(|l| RetentionRecord::from_json(l).unwrap())
            .collect();
    let as_of = d("2026-11-25");
    let batch = engine.evaluate_batch(&recs, as_of);
    for (r, b) in recs.iter().zip(&batch) {
        assert_eq!(b.as_ref().unwrap(), &engine.evaluate(r, as_of).unwrap());
    }
    let counts = engine.status_counts(&recs, as_of);
    assert_eq!(counts.iter().sum::<usize>(), recs.len());
    assert_eq!(counts[2], 1, "one record on hold");
    assert_eq!(counts[3], 0, "no errors");
}

#[test]
fn explain_gives_a_reason_for_every_loaded_rule() {
    let engine = RetentionEngine::from_shipped(&["us-federal", "us-ny"]).unwrap();
    let rec: RetentionRecord =
        serde_json::from_value(hospital("US-NY", "1970-01-01", "2010-03-15")).unwrap();
    let x = engine.explain(&rec, d("2020-01-01")).unwrap();
    assert_eq!(x.considered.len(), engine.rules().len());
    let reason = |id: &str| {
        x.considered
            .iter()
            .find(|c| c.id == id)
            .unwrap()
            .reason
            .clone()
    };
    assert!(reason("us-ny-hospital").contains("governs"));
    assert!(reason("us-ny-hospital-minor").contains("minors"));
    assert!(reason("us-ny-hospital-deceased").contains("death"));
    assert!(reason("us-fed-medicare-cop-hospital").contains("programs"));
}

#[test]
fn assumed_facts_are_warned_only_for_rules_that_end_up_applying() {
    let mut r = hospital("US-CA", "1970-01-01", "2010-03-15");
    r.as_object_mut().unwrap().remove("facility_type");
    let dec = eval(&["us-federal", "us-ca"], "2020-01-01", r);
    let missing: Vec<_> = dec
        .warnings
        .iter()
        .filter(|w| w.code == "RETENTION_FACT_MISSING")
        .map(|w| w.message.as_str())
        .collect();
    assert_eq!(missing.len(), 1, "{missing:?}");
    assert!(missing[0].contains("us-ca-hospital"));
}

#[test]
fn critical_access_hospital_in_a_state_keeps_the_longer_of_federal_and_state_periods() {
    let r = json!({"id": "c2", "record_type": "medical_record", "jurisdiction": "US-TX",
        "facility_type": "critical_access_hospital", "patient_birth_date": "1960-01-01", "created": "2010-01-01",
        "discharged": "2010-01-05", "last_updated": "2010-02-01", "programs": ["medicare"]});
    let dec = eval(&["us-federal", "us-tx"], "2018-01-01", r);
    let ids: Vec<_> = dec.rules.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(ids, ["us-fed-medicare-cop-cah", "us-tx-hospital"]);
    assert_eq!(dec.governing_rule.id, "us-tx-hospital");
    assert_eq!(until(&dec), "2020-01-05");
}
