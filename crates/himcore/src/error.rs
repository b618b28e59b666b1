//! Errors shared across the crate.
//!
//! Every error type in himcore implements [`ErrorCode`], which gives a stable,
//! upper-snake-case machine code (`FHIR_INVALID_TYPE`, `CODE_UNKNOWN`, ...).
//! Codes never change meaning once released; new ones may be added. The
//! human-readable message (`Display`) may improve over time, so programs must
//! branch on the code, never on the message.

/// A stable machine code for an error or a validation problem.
pub trait ErrorCode {
    /// The stable code, e.g. `"FHIR_REQUIRED_MISSING"`.
    fn code(&self) -> &'static str;
}

/// Any himcore error: one variant per area, each delegating its code.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// FHIR model errors.
    #[error(transparent)]
    Fhir(#[from] crate::model::FhirError),
    /// A code-validation error (`CODE_*`).
    #[error(transparent)]
    Code(#[from] crate::codes::CodeError),
    /// A consent-check error (`CONSENT_*`).
    #[error(transparent)]
    Consent(#[from] crate::consent::ConsentError),
    /// An audit-log error (`AUDIT_*`).
    #[error(transparent)]
    Audit(#[from] crate::audit::AuditError),
    /// A release-of-information error (`ROI_*`).
    #[error(transparent)]
    Roi(#[from] crate::roi::RoiError),
    /// Records retention (`RETENTION_*`).
    #[error(transparent)]
    Retention(#[from] crate::retention::RetentionError),
    /// HL7 v2 parsing, querying, writing, framing or mapping.
    #[error(transparent)]
    Hl7(#[from] crate::hl7v2::Hl7Error),
    /// A de-identification error (`DEID_*`).
    #[error(transparent)]
    Deid(#[from] crate::deid::DeidError),
}

impl ErrorCode for Error {
    fn code(&self) -> &'static str {
        match self {
            Error::Fhir(e) => e.code(),
            Error::Code(e) => e.code(),
            Error::Consent(e) => e.code(),
            Error::Audit(e) => e.code(),
            Error::Roi(e) => e.code(),
            Error::Retention(e) => e.code(),
            Error::Hl7(e) => e.code(),
            Error::Deid(e) => e.code(),
        }
    }
}
