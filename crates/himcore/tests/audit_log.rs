//! The audit log detects every kind of tampering and says where; a torn last
//! line recovers; entries export as valid FHIR AuditEvents; the accounting of
//! disclosures follows 45 CFR 164.528; releases are minimum-necessary and
//! consent-checked.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use himcore::audit::{
    accounting, read_entries, verify, AuditActor, AuditEntry, AuditKey, AuditLog, AuditOutcome,
    ProblemKind, Recipient, SigningKey, VerifyingKey,
};
use himcore::consent::{BasePolicy, ConsentEngine, ConsentPolicy};
use himcore::roi::{release, release_and_record, RoiRequest};
use himcore::ErrorCode;
use serde_json::json;

const KEY: [u8; 32] = [0x5a; 32];

fn key() -> AuditKey {
    AuditKey::from_bytes(&KEY).unwrap()
}

fn signer() -> SigningKey {
    // A fixed test key: PKCS#8 v2 generated once with ring.
    let rng = ring::rand::SystemRandom::new();
    let doc = ring::signature::Ed25519KeyPair::generate_pkcs8(&rng).unwrap();
    SigningKey::from_pkcs8(doc.as_ref()).unwrap()
}

fn entry(i: u32) -> AuditEntry {
    AuditEntry {
        time: format!("2025-01-{:02}T10:00:00Z", i % 28 + 1),
        action: "access".into(),
        actor: AuditActor {
            reference: format!("Practitioner/{i}"),
            ..AuditActor::default()
        },
        patient: Some("Patient/p1".into()),
        resources: vec![format!("Observation/{i}")],
        purpose: Some("TREAT".into()),
        outcome: AuditOutcome::Success,
        recipient: None,
        description: None,
        authorization: None,
        exempt_basis: None,
        consent: None,
    }
}

/// A log of `n` entries with a checkpoint after every third.
fn log_of(n: u32, signer: Option<SigningKey>) -> Vec<u8> {
    let mut log = AuditLog::new(key(), signer).with_checkpoint_every(3);
    let mut out = Vec::new();
    for i in 1..=n {
        log.append(&mut out, &entry(i)).unwrap();
    }
    out
}

fn lines(log: &[u8]) -> Vec<String> {
    String::from_utf8(log.to_vec())
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

fn join(lines: &[String]) -> Vec<u8> {
    let mut s = lines.join("\n");
    s.push('\n');
    s.into_bytes()
}

fn kinds(report: &himcore::audit::VerifyReport) -> Vec<(ProblemKind, usize)> {
    report.problems.iter().map(|p| (p.kind, p.line)).collect()
}

#[test]
fn an_untouched_log_verifies_with_the_key_and_with_the_public_key_alone() {
    let s = signer();
    let pk = s.public_key();
    let log = log_of(7, Some(s));
    let with_key = verify(&log, Some(&key()), &[]);
    assert!(with_key.ok, "{:?}", with_key.problems);
    assert_eq!((with_key.entries, with_key.checkpoints), (7, 2));
    let third_party = verify(&log, None, &[pk]);
    assert!(third_party.ok);
    assert_eq!(third_party.last_checkpoint_seq, Some(8));
    assert_eq!(third_party.unprotected_tail, 1);
}

#[test]
fn a_changed_entry_is_found_where_it_is() {
    let log = log_of(6, Some(signer()));
    let mut ls = lines(&log);
    ls[1] = ls[1].replace("\"access\"", "\"delete\"");
    let changed = join(&ls);
    let r = verify(&changed, Some(&key()), &[]);
    assert!(!r.ok);
    assert!(
        kinds(&r).contains(&(ProblemKind::Changed, 2)),
        "{:?}",
        r.problems
    );
    let without_key = verify(&changed, None, &[]);
    assert!(
        kinds(&without_key).contains(&(ProblemKind::Changed, 2)),
        "{:?}",
        without_key.problems
    );
}

#[test]
fn a_rewritten_tail_without_the_key_breaks_the_mac_and_the_checkpoint() {
    // The forger changes entry 2 and recomputes hashes forward, but has no HMAC key.
    let s = signer();
    let pk = s.public_key();
    let log = log_of(3, Some(s));
    let mut forged_log =
        AuditLog::new(AuditKey::from_bytes(&[1u8; 32]).unwrap(), None).with_checkpoint_every(1000);
    let mut forged = Vec::new();
    for i in 1..=3 {
        let mut e = entry(i);
        if i == 2 {
            e.action = "delete".into();
        }
        forged_log.append(&mut forged, &e).unwrap();
    }
    // Keep the original checkpoint line (the forger cannot sign a new one).
    let mut ls = lines(&forged);
    ls.push(lines(&log)[3].clone());
    let forged = join(&ls);
    let r = verify(&forged, Some(&key()), &[]);
    assert!(
        r.problems
            .iter()
            .filter(|p| p.kind == ProblemKind::Changed)
            .count()
            >= 3
    );
    // The checkpoint's signature is intact but it vouches for the original
    // chain: the link into it breaks, and it is not counted as verified.
    let third_party = verify(&forged, None, &[pk]);
    assert!(!third_party.ok);
    assert!(
        kinds(&third_party).contains(&(ProblemKind::Changed, 3)),
        "{:?}",
        third_party.problems
    );
    assert_eq!(third_party.last_checkpoint_seq, None);
}

#[test]
fn removed_inserted_and_reordered_entries_are_named() {
    let log = log_of(6, None);
    let ls = lines(&log);
    let mut removed = ls.clone();
    removed.remove(2);
    let r = verify(&join(&removed), Some(&key()), &[]);
    assert!(
        r.problems
            .iter()
            .any(|p| p.kind == ProblemKind::Removed && p.seq == Some(3)),
        "{:?}",
        r.problems
    );

    let mut inserted = ls.clone();
    inserted.insert(4, ls[1].clone());
    let r = verify(&join(&inserted), Some(&key()), &[]);
    assert!(
        r.problems
            .iter()
            .any(|p| p.kind == ProblemKind::Inserted && p.line == 5),
        "{:?}",
        r.problems
    );

    let mut reordered = ls.clone();
    reordered.swap(2, 3);
    let r = verify(&join(&reordered), Some(&key()), &[]);
    assert!(
        r.problems
            .iter()
            .any(|p| p.kind == ProblemKind::Reordered && p.seq == Some(3)),
        "{:?}",
        r.problems
    );
    assert!(!r.problems.iter().any(|p| p.kind == ProblemKind::Removed));
}

#[test]
fn the_wrong_key_or_an_untrusted_signer_is_reported() {
    let log = log_of(3, Some(signer()));
    let other = AuditKey::from_bytes(&[9u8; 32]).unwrap();
    let r = verify(&log, Some(&other), &[]);
    assert_eq!(
        r.problems
            .iter()
            .filter(|p| p.kind == ProblemKind::Changed)
            .count(),
        4
    );
    let stranger = signer().public_key();
    let r = verify(&log, None, &[stranger]);
    assert!(kinds(&r).contains(&(ProblemKind::UntrustedKey, 4)));
}

#[test]
fn a_torn_last_line_is_dropped_on_resume_and_appending_goes_on() {
    let log = log_of(4, None);
    let cut = log.len() - 20;
    let torn = &log[..cut];
    let r = verify(torn, Some(&key()), &[]);
    assert_eq!(kinds(&r), vec![(ProblemKind::Torn, 4)]);
    let (mut resumed, recovery) = AuditLog::resume(torn, key(), None).unwrap();
    assert_eq!(recovery.last_seq, 3);
    assert!(recovery.torn_bytes > 0);
    let mut kept = torn[..recovery.valid_len].to_vec();
    let receipt = resumed.append(&mut kept, &entry(99)).unwrap();
    assert_eq!(receipt.seq, 4);
    assert!(verify(&kept, Some(&key()), &[]).ok);
}

#[test]
fn nothing_is_appended_to_a_log_that_does_not_verify() {
    let log = log_of(4, None);
    let mut ls = lines(&log);
    ls.remove(1);
    let err = AuditLog::resume(&join(&ls), key(), None).unwrap_err();
    assert_eq!(err.code(), "AUDIT_TAMPERED");
    assert_eq!(
        read_entries(&join(&ls), &key()).unwrap_err().code(),
        "AUDIT_TAMPERED"
    );
}

#[test]
fn keys_stay_out_of_debug_output_and_errors() {
    let log = AuditLog::new(key(), Some(signer()));
    let shown = format!("{log:?}");
    assert!(!shown.contains("5a5a5a"), "{shown}");
    assert!(shown.contains("<redacted>"));
    let bad = AuditEntry {
        time: "yesterday".into(),
        ..entry(1)
    };
    let mut out = Vec::new();
    let mut log = log;
    let err = log.append(&mut out, &bad).unwrap_err();
    assert_eq!(err.code(), "AUDIT_INVALID_ENTRY");
    assert!(out.is_empty(), "an invalid entry writes nothing");
}

#[test]
fn entries_export_as_valid_fhir_audit_events() {
    let mut e = entry(3);
    e.action = "disclose".into();
    e.recipient = Some(Recipient {
        name: "Smith & Jones LLP".into(),
        address: Some("1 Main St, Springfield".into()),
        reference: Some("Organization/lawfirm".into()),
    });
    let ev = e.to_fhir_audit_event(42);
    let report = himcore::model::validate_value(&ev);
    assert!(report.valid, "{:?}", report.issues);
    assert_eq!(ev["id"], "audit-42");
    assert_eq!(ev["action"], "E");
}

fn disclosure(time: &str, purpose: &str, recipient: &str) -> AuditEntry {
    AuditEntry {
        time: time.into(),
        action: "disclose".into(),
        recipient: Some(Recipient {
            name: recipient.into(),
            address: None,
            reference: Some(format!("Organization/{recipient}")),
        }),
        purpose: Some(purpose.into()),
        ..entry(1)
    }
}

#[test]
fn accounting_covers_six_years_and_leaves_out_exempt_disclosures() {
    let mut to_patient = disclosure("2024-03-01T09:00:00Z", "PATRQT", "self");
    to_patient.recipient.as_mut().unwrap().reference = Some("Patient/p1".into());
    let mut authorized = disclosure("2024-04-01T09:00:00Z", "HLEGAL", "insurer");
    authorized.authorization = Some("Consent/auth-1".into());
    let entries = vec![
        (1, disclosure("2018-01-01T09:00:00Z", "PUBHLTH", "too-old")),
        (
            2,
            disclosure("2020-06-01T09:00:00Z", "PUBHLTH", "health-dept"),
        ),
        (3, disclosure("2021-06-01T09:00:00Z", "TREAT", "hospital")),
        (4, disclosure("2022-06-01T09:00:00Z", "HPAYMT", "payer")),
        (5, to_patient),
        (6, authorized),
        (7, disclosure("2025-01-15T09:00:00Z", "HLEGAL", "court")),
        (8, entry(8)),
    ];
    let a = accounting(
        &entries,
        "Patient/p1",
        chrono::NaiveDate::from_ymd_opt(2025, 2, 1).unwrap(),
    )
    .unwrap();
    let who: Vec<_> = a.disclosures.iter().map(|d| d.recipient.as_str()).collect();
    assert_eq!(who, ["health-dept", "court"]);
    assert_eq!(a.exempt_left_out, 4);
    assert_eq!(a.from, "2019-02-01");
}

fn record() -> serde_json::Value {
    json!({"resourceType": "Bundle", "type": "collection", "entry": [
        {"resource": {"resourceType": "Patient", "id": "p1"}},
        {"resource": {"resourceType": "Observation", "id": "o1", "status": "final", "subject": {"reference": "Patient/p1"},
            "code": {"coding": [{"system": "http://loinc.org", "code": "718-7"}]}}},
        {"resource": {"resourceType": "Condition", "id": "c1", "subject": {"reference": "Patient/p1"},
            "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "F11.20"}]}}},
        {"resource": {"resourceType": "Condition", "id": "c2", "subject": {"reference": "Patient/p1"},
            "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "I10"}]}}}
    ]})
}

fn roi_request(items: &[&str]) -> RoiRequest {
    serde_json::from_value(json!({
        "id": "ROI-2025-0042",
        "requester": {"reference": "Organization/lawfirm", "name": "Smith & Jones LLP", "address": "1 Main St"},
        "released_by": {"reference": "Practitioner/him-clerk"},
        "patient": "Patient/p1", "purpose": "HLEGAL",
        "items": items, "time": "2025-05-01T14:00:00Z"
    }))
    .unwrap()
}

#[test]
fn a_release_holds_only_what_was_requested_and_permitted_and_is_accounted() {
    let engine = ConsentEngine::compile(
        &[],
        ConsentPolicy {
            base: Some(BasePolicy::OptOut),
            ..ConsentPolicy::default()
        },
    )
    .unwrap();
    let req = roi_request(&["Observation/o1", "Condition/c1", "Condition/missing"]);
    let mut log = AuditLog::new(key(), None);
    let mut out = Vec::new();
    let (rel, receipt) = release_and_record(&engine, &record(), &req, &mut log, &mut out).unwrap();
    assert_eq!(rel.released, ["Observation/o1"]);
    assert_eq!(
        rel.withheld.len(),
        1,
        "the SUD condition needs explicit consent"
    );
    assert_eq!(rel.not_requested, 2);
    assert_eq!(rel.not_found, ["Condition/missing"]);
    assert_eq!(receipt.seq, 1);
    let entries = read_entries(&out, &key()).unwrap();
    let a = accounting(
        &entries,
        "Patient/p1",
        chrono::NaiveDate::from_ymd_opt(2025, 6, 1).unwrap(),
    )
    .unwrap();
    assert_eq!(a.disclosures.len(), 1);
    assert_eq!(a.disclosures[0].recipient, "Smith & Jones LLP");
    assert_eq!(
        a.disclosures[0].recipient_address.as_deref(),
        Some("1 Main St")
    );
    assert_eq!(
        release(&engine, &record(), &roi_request(&[]))
            .unwrap_err()
            .code(),
        "ROI_NOTHING_REQUESTED"
    );
}

#[test]
fn verifying_key_round_trips_as_hex() {
    let pk = signer().public_key();
    assert_eq!(VerifyingKey::from_hex(&pk.to_hex()).unwrap(), pk);
    assert!(VerifyingKey::from_hex("00").is_err());
}

#[test]
fn an_old_entry_repeated_after_a_checkpoint_is_reported_without_overflow() {
    // Found by the audit_tamper fuzz target: with the last line's sequence
    // number below the last checkpoint's, `unprotected_tail` subtracted past
    // zero (a panic in debug builds, a wrapped count in release).
    let log = log_of(3, Some(signer()));
    let ls = lines(&log);
    // Lines: entry 1, entry 2, entry 3, checkpoint 4; repeat entry 1 at the end.
    assert!(ls[3].contains("checkpoint"), "{}", ls[3]);
    let tampered = format!("{}\n{}\n", ls.join("\n"), ls[0]);
    let report = verify(tampered.as_bytes(), Some(&key()), &[]);
    assert!(!report.ok);
    assert_eq!(report.last_seq, 1);
    assert_eq!(report.unprotected_tail, 0);
    assert!(report
        .problems
        .iter()
        .any(|p| p.kind == ProblemKind::Inserted));
    assert!(AuditLog::resume(tampered.as_bytes(), key(), None).is_err());
}
