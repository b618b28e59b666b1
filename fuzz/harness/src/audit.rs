//! Audit log targets: the log reader on arbitrary bytes (`verify`,
//! `AuditLog::resume`, `read_entries`), a tamper differential on logs the
//! writer produced, and release of information requests.

use arbitrary::{Result, Unstructured};
use himcore::audit::{
    read_entries, verify, AuditEntry, AuditKey, AuditLog, ProblemKind, SigningKey, VerifyingKey,
};
use himcore::consent::{ConsentEngine, ConsentPolicy};
use himcore::roi::{release, RoiRequest};
use himcore::ErrorCode;
use serde_json::Value;
use std::sync::OnceLock;

/// A fixed HMAC key for fuzzing only (never a real key).
const KEY: [u8; 32] = [0x5a; 32];

/// A fixed Ed25519 key for fuzzing only: PKCS#8 v1 header + a 32-byte seed.
const SIGNER_PKCS8: [u8; 48] = {
    let mut der = [0x42u8; 48];
    let header = [
        0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04,
        0x20,
    ];
    let mut i = 0;
    while i < header.len() {
        der[i] = header[i];
        i += 1;
    }
    der
};

fn key() -> AuditKey {
    AuditKey::from_bytes(&KEY).expect("fixed key")
}

fn signer() -> SigningKey {
    SigningKey::from_pkcs8(&SIGNER_PKCS8).expect("fixed signing key")
}

fn public_key() -> &'static VerifyingKey {
    static PK: OnceLock<VerifyingKey> = OnceLock::new();
    PK.get_or_init(|| signer().public_key())
}

fn example_entries() -> &'static [AuditEntry] {
    static E: OnceLock<Vec<AuditEntry>> = OnceLock::new();
    E.get_or_init(|| {
        include_str!("../../../examples/data/audit_entries.ndjson")
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| AuditEntry::from_json(l).expect("example entry"))
            .collect()
    })
}

/// A log of the example entries as the writer makes it (fixed fuzzing
/// keys, a checkpoint every `every` entries): the audit_verify seeds.
pub fn seed_log(n: usize, every: u64) -> Vec<u8> {
    let mut log = AuditLog::new(key(), Some(signer())).with_checkpoint_every(every);
    let mut out = Vec::new();
    for e in example_entries().iter().cycle().take(n) {
        log.append(&mut out, e).expect("example entries append");
    }
    out
}

/// Any bytes as an audit log: `verify` (with the key, with only a trusted
/// public key, with neither), `AuditLog::resume` and `read_entries` never
/// panic; `ok` means no problem; resume succeeds only when the only problem
/// is a torn last line, and then continues the sequence.
pub fn audit_verify(data: &[u8]) {
    let k = key();
    let trusted = [*public_key()];
    for (key, trusted) in [(Some(&k), &[][..]), (None, &trusted[..]), (None, &[][..])] {
        let r = verify(data, key, trusted);
        assert_eq!(r.ok, r.problems.is_empty());
        assert!(r.valid_len <= data.len());
        assert!(r.entries + r.checkpoints <= r.lines);
        let _ = serde_json::to_string(&r);
    }
    let keyed = verify(data, Some(&k), &[]);
    match AuditLog::resume(data, key(), None) {
        Ok((log, recovery)) => {
            assert!(
                keyed.problems.iter().all(|p| p.kind == ProblemKind::Torn),
                "resumed a log with problems other than a torn tail"
            );
            assert_eq!(log.next_seq(), recovery.last_seq + 1);
            assert!(recovery.valid_len <= data.len());
        }
        Err(e) => {
            assert!(!keyed.ok, "a log that verifies did not resume: {e}");
            assert!(e.code().starts_with("AUDIT_"), "{}", e.code());
        }
    }
    if let Err(e) = read_entries(data, &k) {
        assert!(e.code().starts_with("AUDIT_"), "{}", e.code());
    }
}

/// Structure-aware differential: the fuzzer chooses entries (from the
/// examples, with a free-text description), a checkpoint interval and one
/// mutation of the written log. The log as written verifies and resumes;
/// with the key, any change to a whole line (a byte changed, a line deleted,
/// swapped or repeated) is found. Cutting lines off the end is invisible to
/// `verify` alone (documented): then the last sequence number must drop.
pub fn audit_tamper(data: &[u8]) {
    let _ = tamper(&mut Unstructured::new(data));
}

fn tamper(u: &mut Unstructured<'_>) -> Result<()> {
    let n = u.int_in_range(1..=8)?;
    let every = u.int_in_range(1..=4)?;
    let mut log = AuditLog::new(key(), Some(signer())).with_checkpoint_every(every);
    let mut out = Vec::new();
    for _ in 0..n {
        let mut e = u.choose(example_entries())?.clone();
        if u.arbitrary()? {
            e.description = Some(u.arbitrary()?);
        }
        if log.append(&mut out, &e).is_err() {
            // The writer refuses what it cannot record (typed error).
            return Ok(());
        }
    }
    let k = key();
    let trusted = [*public_key()];
    let original = verify(&out, Some(&k), &trusted);
    assert!(
        original.ok,
        "a log just written does not verify: {:?}",
        original.problems
    );
    assert!(AuditLog::resume(&out, key(), None).is_ok());

    let lines: Vec<&[u8]> = out.split_inclusive(|b| *b == b'\n').collect();
    let mut mutated = out.clone();
    let mut cut_at_boundary = false;
    let mut case_only = false;
    match u.int_in_range(0..=4)? {
        0 => {
            let i = u.choose_index(mutated.len())?;
            let mask: u8 = u.int_in_range(1..=255)?;
            let (before, after) = (mutated[i], mutated[i] ^ mask);
            // Hex digits are read case-insensitively: not a change of content.
            case_only = before.is_ascii_hexdigit()
                && after.is_ascii_hexdigit()
                && before.eq_ignore_ascii_case(&after);
            mutated[i] = after;
        }
        1 => {
            let i = u.choose_index(lines.len())?;
            cut_at_boundary = i + 1 == lines.len();
            mutated = lines
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .flat_map(|(_, l)| l.iter().copied())
                .collect();
        }
        2 => {
            let (i, j) = (u.choose_index(lines.len())?, u.choose_index(lines.len())?);
            let mut ls = lines.clone();
            ls.swap(i, j);
            mutated = ls.concat();
        }
        3 => {
            let (i, j) = (
                u.choose_index(lines.len())?,
                u.choose_index(lines.len() + 1)?,
            );
            let mut ls = lines.clone();
            ls.insert(j, lines[i]);
            mutated = ls.concat();
        }
        _ => {
            let p = u.choose_index(out.len())?;
            mutated.truncate(p);
            cut_at_boundary = p == 0 || out[p - 1] == b'\n';
        }
    }
    if mutated == out {
        return Ok(());
    }
    let r = verify(&mutated, Some(&k), &trusted);
    if cut_at_boundary {
        if r.ok {
            assert!(
                r.last_seq < original.last_seq,
                "entries cut off yet the same last seq"
            );
        }
    } else if !case_only {
        assert!(!r.ok, "tampering not detected");
    }
    if AuditLog::resume(&mutated, key(), None).is_ok() {
        assert!(r.problems.iter().all(|p| p.kind == ProblemKind::Torn));
    }
    Ok(())
}

/// Any bytes as a release-of-information request against the example
/// consent and bundle: never a panic, typed `ROI_`/`CONSENT_`/`AUDIT_`
/// errors, and only what was requested is released (minimum necessary).
pub fn roi_request(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let request = match RoiRequest::from_json(text) {
        Ok(r) => r,
        Err(e) => {
            assert!(e.code().starts_with("ROI_"));
            return;
        }
    };
    static ENGINE: OnceLock<ConsentEngine> = OnceLock::new();
    let engine = ENGINE.get_or_init(|| {
        ConsentEngine::from_json(
            &[include_str!("../../../examples/data/consent.json")],
            ConsentPolicy::default(),
        )
        .expect("example consent")
    });
    let record: Value =
        serde_json::from_str(include_str!("../../../examples/data/consent_bundle.json"))
            .expect("example bundle");
    match release(engine, &record, &request) {
        Ok(rel) => {
            for r in &rel.released {
                let rt = r.split('/').next().unwrap_or("");
                assert!(
                    request.items.contains(r) || request.resource_types.iter().any(|t| t == rt),
                    "{r} released but not requested"
                );
            }
            let _ = serde_json::to_string(&rel.audit_entry);
        }
        Err(e) => {
            let c = e.code();
            assert!(
                c.starts_with("ROI_") || c.starts_with("CONSENT_") || c.starts_with("AUDIT_"),
                "{c}"
            );
        }
    }
}
