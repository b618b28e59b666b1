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
}

impl HimCoreError {
    /// The stable machine code, whatever the area.
    pub fn code(&self) -> &str {
        match self {
            Self::Fhir { code, .. } => code,
        }
    }
}
