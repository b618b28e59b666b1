//! # Audit: a tamper-evident access and disclosure log
//!
//! Append-only entries (who, which patient and resources, action, purpose,
//! outcome, time, the consent decision behind it), each chained to the one
//! before by SHA-256 and authenticated by HMAC-SHA256 under a secret key;
//! periodic checkpoints signed with Ed25519 let a third party holding only
//! the public key verify the log. [`verify`] finds any changed, removed,
//! inserted or reordered entry and says where. Entries export as FHIR R4
//! AuditEvent, and [`accounting`] gives the accounting of disclosures of
//! 45 CFR 164.528.
//!
//! Limits of what a log can prove: entries cut off the end after the last
//! checkpoint are invisible to [`verify`] alone; compare the report's
//! `last_seq`/`last_hash` with the last [`Receipt`] you kept. Without the
//! HMAC key, entries after the last checkpoint are protected by the hash
//! chain only (`unprotected_tail`).

mod accounting;
mod entry;
mod keys;
mod log;

pub use accounting::{accounting, exemption, AccountedDisclosure, Accounting};
pub use entry::{AuditActor, AuditEntry, AuditOutcome, ConsentBasis, Recipient};
pub use keys::{AuditKey, SigningKey, VerifyingKey, MIN_KEY_BYTES};
pub use log::{
    read_entries, verify, AuditLog, Problem, ProblemKind, Receipt, Recovery, VerifyReport,
    DEFAULT_CHECKPOINT_EVERY, GENESIS, MAX_LINE_BYTES,
};

use crate::ErrorCode;

/// What can go wrong writing or reading the audit log.
#[derive(Debug, Clone, thiserror::Error)]
#[non_exhaustive]
pub enum AuditError {
    /// A key is missing, too short or malformed (the key itself is never shown).
    #[error("audit key: {0}")]
    KeyInvalid(String),
    /// An entry is malformed.
    #[error("invalid audit entry: {0}")]
    InvalidEntry(String),
    /// The log does not verify; nothing is appended to it or read from it.
    #[error("the audit log does not verify: {} problem(s), first: {}", .0.problems.len(), .0.problems.first().map_or("none", |p| p.message.as_str()))]
    Tampered(Box<VerifyReport>),
    /// Writing failed.
    #[error("audit log I/O: {0}")]
    Io(String),
    /// An entry past the documented size limit.
    #[error("{0}")]
    LimitExceeded(String),
}

impl ErrorCode for AuditError {
    fn code(&self) -> &'static str {
        match self {
            AuditError::KeyInvalid(_) => "AUDIT_KEY_INVALID",
            AuditError::InvalidEntry(_) => "AUDIT_INVALID_ENTRY",
            AuditError::Tampered(_) => "AUDIT_TAMPERED",
            AuditError::Io(_) => "AUDIT_IO",
            AuditError::LimitExceeded(_) => "AUDIT_LIMIT_EXCEEDED",
        }
    }
}
