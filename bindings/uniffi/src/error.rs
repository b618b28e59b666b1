//! The one error type that crosses the FFI door.
//!
//! Every core error carries a stable machine code (`himcore::ErrorCode`,
//! listed in `docs/errors.md`); the binding keeps that code unchanged and
//! sorts errors by area, so Kotlin gets a sealed exception hierarchy
//! (`HimCoreException.Fhir`, `HimCoreException.Codes`, ...) and Swift an
//! `enum HimCoreError: Error` with one case per area. Programs branch on
//! `code`; `detail` is the human message and may improve over time.
//!
//! The field is `detail`, not `message`: uniffi's Kotlin exceptions already
//! override `Throwable.message` (it renders `code=..., detail=...`).

use crate::fhir::FhirIssue;

/// An error raised by himcore, by area, with the core's stable code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
pub enum HimCoreError {
    /// FHIR parsing failed (`FHIR_INVALID_JSON`, `FHIR_INVALID_RESOURCE`).
    #[error("{code}: {detail}")]
    Fhir {
        /// Stable machine code, e.g. `FHIR_INVALID_RESOURCE`.
        code: String,
        /// Human-readable detail.
        detail: String,
        /// Every validation problem, for `FHIR_INVALID_RESOURCE` (empty for
        /// `FHIR_INVALID_JSON`).
        issues: Vec<FhirIssue>,
    },
    /// A code-validation call failed (`CODE_UNKNOWN_SYSTEM`, or the format
    /// and check-digit errors of `normalizeCode`). An invalid code given to
    /// `validateCode` is an answer, not this error.
    #[error("{code}: {detail}")]
    Codes {
        /// Stable machine code, e.g. `CODE_UNKNOWN_SYSTEM`.
        code: String,
        /// Human-readable detail.
        detail: String,
    },
    /// A consent check failed (`CONSENT_*`): a consent, policy or request
    /// that cannot be read. A deny is an answer, not this error.
    #[error("{code}: {detail}")]
    Consent {
        /// Stable machine code, e.g. `CONSENT_UNKNOWN_PURPOSE`.
        code: String,
        /// Human-readable detail.
        detail: String,
    },
    /// An HL7 v2 message could not be read (`HL7_*`), with where.
    #[error("{code}: {detail}")]
    Hl7 {
        /// Stable machine code, e.g. `HL7_BAD_SEGMENT`.
        code: String,
        /// Human-readable detail.
        detail: String,
        /// 1-based segment index the error points at, when it has one.
        segment: Option<u64>,
        /// 1-based field number, when it has one.
        field: Option<u64>,
    },
    /// A retention evaluation failed (`RETENTION_*`): an unknown pack,
    /// jurisdiction or record type, an invalid record or pack, no rule.
    #[error("{code}: {detail}")]
    Retention {
        /// Stable machine code, e.g. `RETENTION_UNKNOWN_JURISDICTION`.
        code: String,
        /// Human-readable detail.
        detail: String,
    },
    /// The audit log failed (`AUDIT_*`): a bad key or entry, a log that
    /// does not verify (`AUDIT_TAMPERED`).
    #[error("{code}: {detail}")]
    Audit {
        /// Stable machine code, e.g. `AUDIT_TAMPERED`.
        code: String,
        /// Human-readable detail (never key material).
        detail: String,
    },
    /// A release of information failed (`ROI_*`).
    #[error("{code}: {detail}")]
    Roi {
        /// Stable machine code, e.g. `ROI_NOTHING_REQUESTED`.
        code: String,
        /// Human-readable detail.
        detail: String,
    },
    /// An argument the binding could not hand to the core: `INVALID_DATE`
    /// for a date that is not `YYYY-MM-DD` (the Kotlin/Swift counterpart of
    /// an `IllegalArgumentException`; uniffi has no calendar-date type).
    #[error("{code}: {detail}")]
    InvalidArgument {
        /// Stable machine code, e.g. `INVALID_DATE`.
        code: String,
        /// Human-readable detail.
        detail: String,
    },
}

impl HimCoreError {
    /// The stable machine code, whatever the area.
    pub fn code(&self) -> &str {
        match self {
            Self::Fhir { code, .. }
            | Self::Codes { code, .. }
            | Self::Consent { code, .. }
            | Self::Hl7 { code, .. }
            | Self::Retention { code, .. }
            | Self::Audit { code, .. }
            | Self::Roi { code, .. }
            | Self::InvalidArgument { code, .. } => code,
        }
    }
}

/// The error of one item of a batch call (the other items still get their
/// answer): the core's stable code and its message.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ItemError {
    /// Stable machine code, e.g. `CONSENT_INVALID_REQUEST`.
    pub code: String,
    /// Human-readable detail.
    pub detail: String,
}

impl ItemError {
    pub(crate) fn from_core(e: &(impl himcore::ErrorCode + std::fmt::Display)) -> Self {
        Self {
            code: e.code().to_owned(),
            detail: e.to_string(),
        }
    }
}
