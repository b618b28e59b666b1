//! The tamper-evident access and disclosure log (`himcore::audit`).
//!
//! Entries are chained by SHA-256 and authenticated by HMAC-SHA256 under a
//! secret key; Ed25519-signed checkpoints let a holder of the public key
//! verify; the accounting of disclosures follows 45 CFR 164.528. All of
//! that is the core's. The core does no I/O, and neither does this door:
//! [`AuditLogWriter::append`] returns the bytes to add to the app's own
//! store (a file, a database row), and verification reads bytes the app
//! hands in. Keys are native objects whose bytes never come back out.

use std::sync::{Arc, Mutex};

use himcore::audit;
use himcore::ErrorCode;
use zeroize::Zeroizing;

use crate::args::iso_date;
use crate::HimCoreError;

impl From<audit::AuditError> for HimCoreError {
    fn from(e: audit::AuditError) -> Self {
        // AuditError messages never contain key material.
        HimCoreError::Audit {
            code: e.code().to_owned(),
            detail: e.to_string(),
        }
    }
}

enum KeySource {
    Bytes(Zeroizing<Vec<u8>>),
    Hex(Zeroizing<String>),
}

/// The secret HMAC-SHA256 key that chains the log (at least 32 bytes).
/// Never printed; there is no accessor for the bytes.
#[derive(uniffi::Object)]
pub struct AuditKey {
    source: KeySource,
}

impl std::fmt::Debug for AuditKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AuditKey(<redacted>)")
    }
}

impl AuditKey {
    /// The core key (cheap to build; the core key type cannot be cloned).
    fn core(&self) -> Result<audit::AuditKey, HimCoreError> {
        Ok(match &self.source {
            KeySource::Bytes(b) => audit::AuditKey::from_bytes(b)?,
            KeySource::Hex(h) => audit::AuditKey::from_hex(h)?,
        })
    }
}

#[uniffi::export]
impl AuditKey {
    /// A key from raw secret bytes. Throws `AUDIT_KEY_INVALID` when shorter
    /// than 32 bytes.
    #[uniffi::constructor]
    pub fn from_bytes(secret: Vec<u8>) -> Result<Arc<Self>, HimCoreError> {
        let key = Self {
            source: KeySource::Bytes(Zeroizing::new(secret)),
        };
        key.core()?;
        Ok(Arc::new(key))
    }

    /// A key from hex text (64 or more hex digits, as `him audit keygen`
    /// writes). Throws `AUDIT_KEY_INVALID`.
    #[uniffi::constructor]
    pub fn from_hex(text: String) -> Result<Arc<Self>, HimCoreError> {
        let key = Self {
            source: KeySource::Hex(Zeroizing::new(text)),
        };
        key.core()?;
        Ok(Arc::new(key))
    }
}

/// One problem [`verify_audit_log`] found, and where.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct AuditProblem {
    /// `malformed`, `changed`, `removed`, `inserted`, `reordered`,
    /// `bad_signature`, `untrusted_key` or `torn`.
    pub kind: String,
    /// 1-based line number in the log.
    pub line: u64,
    /// The entry's sequence number, when known.
    pub seq: Option<u64>,
    /// What is wrong.
    pub message: String,
}

/// What verifying a log found.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct AuditVerifyReport {
    /// True when no problem was found.
    pub ok: bool,
    /// `hmac` (with the key) or `hash-chain-and-signatures` (without).
    pub mode: String,
    /// Lines read.
    pub lines: u64,
    /// Entries read.
    pub entries: u64,
    /// Checkpoints read.
    pub checkpoints: u64,
    /// The last sequence number.
    pub last_seq: u64,
    /// The last line's hash: compare with the last receipt you kept to
    /// detect entries cut off the end.
    pub last_hash: Option<String>,
    /// The last checkpoint's sequence number.
    pub last_checkpoint_seq: Option<u64>,
    /// Entries after the last checkpoint (protected by the chain and, with
    /// the key, the MAC only).
    pub unprotected_tail: u64,
    /// Bytes of whole, verified lines.
    pub valid_len: u64,
    /// Every problem, in log order.
    pub problems: Vec<AuditProblem>,
}

/// What an append or checkpoint produced: the bytes to add to the store,
/// and the receipt to keep.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct AuditAppend {
    /// The line(s) to append to the log store, as written (UTF-8 JSON lines).
    pub bytes: Vec<u8>,
    /// The entry's sequence number (from 1).
    pub seq: u64,
    /// Its hash: keep the last one to detect truncation later.
    pub hash: String,
    /// The sequence number of a checkpoint written right after it, if any.
    pub checkpoint: Option<u64>,
}

/// What resuming an existing log found.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct AuditRecovery {
    /// Bytes of whole, verified lines: truncate the store to this length.
    pub valid_len: u64,
    /// Bytes of a torn last line (a crash mid-append) that were dropped.
    pub torn_bytes: u64,
    /// Lines kept.
    pub lines: u64,
    /// The last sequence number kept.
    pub last_seq: u64,
}

/// One disclosure in an accounting.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct AccountedDisclosure {
    /// The log entry's sequence number.
    pub seq: u64,
    /// When.
    pub date: String,
    /// To whom.
    pub recipient: String,
    /// The recipient's address, when known.
    pub recipient_address: Option<String>,
    /// What was disclosed.
    pub description: String,
    /// Why.
    pub purpose: Option<String>,
    /// The resources disclosed.
    pub resources: Vec<String>,
}

/// The accounting of disclosures for one patient (45 CFR 164.528): six
/// years back from the request date, exempt disclosures left out.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DisclosureAccounting {
    /// The patient.
    pub patient: String,
    /// First day covered.
    pub from: String,
    /// Last day covered.
    pub to: String,
    /// The accountable disclosures.
    pub disclosures: Vec<AccountedDisclosure>,
    /// Disclosures left out as exempt (treatment, payment, operations, ...).
    pub exempt_left_out: u64,
}

fn receipt(bytes: Vec<u8>, r: audit::Receipt) -> AuditAppend {
    AuditAppend {
        bytes,
        seq: r.seq,
        hash: r.hash,
        checkpoint: r.checkpoint,
    }
}

fn problem_kind(k: audit::ProblemKind) -> String {
    // The core's serde name (`bad_signature`, ...), so every binding agrees.
    serde_json::to_value(k)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// Verifies a log: finds any changed, removed, inserted or reordered entry
/// and says where. With `key`, every entry's MAC is checked; without it,
/// the hash chain and the checkpoint signatures (from `trusted_public_keys`,
/// Ed25519 in hex; empty: any key in the log, reported) are. Never throws
/// for a bad log (the report says what is wrong); throws
/// `AUDIT_KEY_INVALID` for a malformed public key.
#[uniffi::export(default(key = None, trusted_public_keys = []))]
pub fn verify_audit_log(
    log: Vec<u8>,
    key: Option<Arc<AuditKey>>,
    trusted_public_keys: Vec<String>,
) -> Result<AuditVerifyReport, HimCoreError> {
    let key = key.map(|k| k.core()).transpose()?;
    let trusted = trusted_public_keys
        .iter()
        .map(|h| audit::VerifyingKey::from_hex(h))
        .collect::<Result<Vec<_>, _>>()?;
    let r = audit::verify(&log, key.as_ref(), &trusted);
    Ok(AuditVerifyReport {
        ok: r.ok,
        mode: r.mode.to_owned(),
        lines: r.lines,
        entries: r.entries,
        checkpoints: r.checkpoints,
        last_seq: r.last_seq,
        last_hash: r.last_hash,
        last_checkpoint_seq: r.last_checkpoint_seq,
        unprotected_tail: r.unprotected_tail,
        valid_len: r.valid_len as u64,
        problems: r
            .problems
            .into_iter()
            .map(|p| AuditProblem {
                kind: problem_kind(p.kind),
                line: p.line as u64,
                seq: p.seq,
                message: p.message,
            })
            .collect(),
    })
}

/// The accounting of disclosures for `patient` as of `as_of`
/// (`YYYY-MM-DD`, the date of the request), from a log that must verify
/// under `key` (`AUDIT_TAMPERED` otherwise: nothing is read from a log
/// that does not verify).
#[uniffi::export]
pub fn audit_accounting(
    log: Vec<u8>,
    key: Arc<AuditKey>,
    patient: String,
    as_of: String,
) -> Result<DisclosureAccounting, HimCoreError> {
    let as_of = iso_date("as_of", &as_of)?;
    let entries = audit::read_entries(&log, &key.core()?)?;
    let a = audit::accounting(&entries, &patient, as_of)?;
    Ok(DisclosureAccounting {
        patient: a.patient,
        from: a.from,
        to: a.to,
        disclosures: a
            .disclosures
            .into_iter()
            .map(|d| AccountedDisclosure {
                seq: d.seq,
                date: d.date,
                recipient: d.recipient,
                recipient_address: d.recipient_address,
                description: d.description,
                purpose: d.purpose,
                resources: d.resources,
            })
            .collect(),
        exempt_left_out: a.exempt_left_out as u64,
    })
}

/// An audit entry (JSON) as a FHIR R4 AuditEvent (JSON). Throws
/// `AUDIT_INVALID_ENTRY`.
#[uniffi::export]
pub fn audit_entry_to_fhir(entry_json: String, seq: u64) -> Result<String, HimCoreError> {
    let entry = audit::AuditEntry::from_json(&entry_json)?;
    Ok(entry.to_fhir_audit_event(seq).to_string())
}

/// A writer of the log: holds the chain state and returns the bytes of
/// each append for the app to persist. Thread-safe (appends are
/// serialised).
#[derive(Debug, uniffi::Object)]
pub struct AuditLogWriter {
    log: Mutex<audit::AuditLog>,
    recovery: Option<AuditRecovery>,
}

fn signer(pkcs8: Option<Vec<u8>>) -> Result<Option<audit::SigningKey>, HimCoreError> {
    let der = pkcs8.map(Zeroizing::new);
    Ok(der
        .as_ref()
        .map(|d| audit::SigningKey::from_pkcs8(d))
        .transpose()?)
}

#[uniffi::export]
impl AuditLogWriter {
    /// A new, empty log. `signer_pkcs8`: an Ed25519 key (PKCS#8) that signs
    /// a checkpoint every `checkpoint_every` entries (`null`: no
    /// checkpoints, HMAC chain only).
    #[uniffi::constructor(default(signer_pkcs8 = None, checkpoint_every = None))]
    pub fn create(
        key: Arc<AuditKey>,
        signer_pkcs8: Option<Vec<u8>>,
        checkpoint_every: Option<u64>,
    ) -> Result<Arc<Self>, HimCoreError> {
        let mut log = audit::AuditLog::new(key.core()?, signer(signer_pkcs8)?);
        if let Some(n) = checkpoint_every {
            log = log.with_checkpoint_every(n);
        }
        Ok(Arc::new(Self {
            log: Mutex::new(log),
            recovery: None,
        }))
    }

    /// Continues an existing log after verifying it. A torn last line (a
    /// crash mid-append) is dropped: truncate the store to
    /// `recovery().validLen`. Throws `AUDIT_TAMPERED` for any other problem.
    #[uniffi::constructor(default(signer_pkcs8 = None))]
    pub fn resume(
        log: Vec<u8>,
        key: Arc<AuditKey>,
        signer_pkcs8: Option<Vec<u8>>,
    ) -> Result<Arc<Self>, HimCoreError> {
        let (state, r) = audit::AuditLog::resume(&log, key.core()?, signer(signer_pkcs8)?)?;
        Ok(Arc::new(Self {
            log: Mutex::new(state),
            recovery: Some(AuditRecovery {
                valid_len: r.valid_len as u64,
                torn_bytes: r.torn_bytes as u64,
                lines: r.lines,
                last_seq: r.last_seq,
            }),
        }))
    }

    /// What `resume` found (`null` for a new log).
    pub fn recovery(&self) -> Option<AuditRecovery> {
        self.recovery.clone()
    }

    /// The sequence number the next entry will get.
    pub fn next_seq(&self) -> Result<u64, HimCoreError> {
        Ok(self.lock()?.next_seq())
    }

    /// Appends one entry (JSON: `time`, `action`, `actor`, `patient`,
    /// `resources`, `purpose`, `outcome`, ...). Throws `AUDIT_INVALID_ENTRY`,
    /// `AUDIT_LIMIT_EXCEEDED`.
    pub fn append(&self, entry_json: String) -> Result<AuditAppend, HimCoreError> {
        let entry = audit::AuditEntry::from_json(&entry_json)?;
        let mut out = Vec::new();
        let r = self.lock()?.append(&mut out, &entry)?;
        Ok(receipt(out, r))
    }

    /// Writes a signed checkpoint now (needs a signer). `time` is the
    /// checkpoint's timestamp (the core has no clock).
    pub fn checkpoint(&self, time: String) -> Result<AuditAppend, HimCoreError> {
        let mut out = Vec::new();
        let r = self.lock()?.checkpoint(&mut out, &time)?;
        Ok(receipt(out, r))
    }
}

impl AuditLogWriter {
    fn lock(&self) -> Result<std::sync::MutexGuard<'_, audit::AuditLog>, HimCoreError> {
        // A panic while appending poisons the lock; the chain state may be
        // half-updated, so refuse further appends (fail closed).
        self.log.lock().map_err(|_| HimCoreError::Audit {
            code: "AUDIT_IO".to_owned(),
            detail: "an earlier append failed: resume the log from its storage".to_owned(),
        })
    }
}
