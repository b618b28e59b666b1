//! Errors of the retention area, each with a stable machine code.

use crate::ErrorCode;

/// Everything that can go wrong while loading rule packs, evaluating records
/// or issuing a destruction certificate.
///
/// Codes (see `docs/errors.md`) never change meaning; messages may improve.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RetentionError {
    /// The record's jurisdiction is not covered by any loaded pack and the
    /// caller chose no default.
    #[error("record {record_id:?}: no loaded rule pack covers jurisdiction {jurisdiction:?}")]
    UnknownJurisdiction {
        /// The record's id.
        record_id: String,
        /// The jurisdiction as given.
        jurisdiction: String,
    },
    /// The record type is not declared by any loaded pack and the caller
    /// chose no default.
    #[error(
        "record {record_id:?}: record type {record_type:?} is not declared by any loaded pack"
    )]
    UnknownRecordType {
        /// The record's id.
        record_id: String,
        /// The record type as given.
        record_type: String,
    },
    /// The record is of a known type in a known jurisdiction, but no rule
    /// of the loaded packs governs it (e.g. a facility type no pack covers).
    #[error("record {record_id:?}: no loaded rule applies to a {record_type:?} record at facility type {facility_type:?} in {jurisdiction:?}")]
    NoApplicableRule {
        /// The record's id.
        record_id: String,
        /// Its record type.
        record_type: String,
        /// Its jurisdiction.
        jurisdiction: String,
        /// Its facility type (empty when not given).
        facility_type: String,
    },
    /// A record is malformed (missing id, a date that is not YYYY-MM-DD,
    /// dates in an impossible order...).
    #[error("invalid record: {0}")]
    InvalidRecord(String),
    /// A rule pack does not follow the schema (bad JSON, unknown field,
    /// duplicate rule id, empty combination...).
    #[error("invalid rule pack {pack:?}: {message}")]
    InvalidPack {
        /// The pack's name (or the file it came from).
        pack: String,
        /// What is wrong.
        message: String,
    },
    /// The pack declares a `schema_version` this library does not read.
    #[error(
        "rule pack {pack:?} has schema_version {found}; this library reads version {supported}"
    )]
    UnsupportedSchemaVersion {
        /// The pack's name.
        pack: String,
        /// The version found.
        found: u32,
        /// The version supported.
        supported: u32,
    },
    /// No shipped pack has that name.
    #[error("no shipped rule pack is named {0:?}")]
    UnknownPack(String),
    /// Two loaded packs define the same rule id.
    #[error("rule id {0:?} is defined twice")]
    DuplicateRule(String),
    /// A rule overrides a rule id that no loaded pack defines.
    #[error("rule {rule:?} overrides {target:?}, which no loaded pack defines")]
    UnknownOverride {
        /// The overriding rule.
        rule: String,
        /// The missing target.
        target: String,
    },
    /// A destruction certificate request lacks a required field.
    #[error("destruction certificate incomplete: {0}")]
    CertificateIncomplete(String),
}

impl ErrorCode for RetentionError {
    fn code(&self) -> &'static str {
        match self {
            RetentionError::UnknownJurisdiction { .. } => "RETENTION_UNKNOWN_JURISDICTION",
            RetentionError::UnknownRecordType { .. } => "RETENTION_UNKNOWN_RECORD_TYPE",
            RetentionError::NoApplicableRule { .. } => "RETENTION_NO_APPLICABLE_RULE",
            RetentionError::InvalidRecord(_) => "RETENTION_INVALID_RECORD",
            RetentionError::InvalidPack { .. } => "RETENTION_INVALID_PACK",
            RetentionError::UnsupportedSchemaVersion { .. } => {
                "RETENTION_UNSUPPORTED_SCHEMA_VERSION"
            }
            RetentionError::UnknownPack(_) => "RETENTION_UNKNOWN_PACK",
            RetentionError::DuplicateRule(_) => "RETENTION_DUPLICATE_RULE",
            RetentionError::UnknownOverride { .. } => "RETENTION_UNKNOWN_OVERRIDE",
            RetentionError::CertificateIncomplete(_) => "RETENTION_CERTIFICATE_INCOMPLETE",
        }
    }
}
