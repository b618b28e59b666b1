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

/// Any himcore error: one variant per area, each delegating its stable code.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A de-identification error (`DEID_*`).
    #[error(transparent)]
    Deid(#[from] crate::deid::DeidError),
}

impl ErrorCode for Error {
    fn code(&self) -> &'static str {
        match self {
            Error::Deid(e) => e.code(),
        }
    }
}
