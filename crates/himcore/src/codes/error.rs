//! The code-validation error type and its stable machine codes.

use super::{releases, CodeSystem, Fail, Norm};
use crate::ErrorCode;
use chrono::NaiveDate;
use serde::ser::SerializeStruct;

/// Why a code is invalid, or why a code question cannot be answered.
///
/// Serialises as `{"code": "CODE_...", "message": "..."}`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CodeError {
    /// The input is not a well-formed code of the system (`CODE_INVALID_FORMAT`).
    #[error("{system} code {code:?} is malformed: {reason}")]
    InvalidFormat {
        /// System validated against.
        system: CodeSystem,
        /// The input.
        code: String,
        /// What is wrong.
        reason: String,
    },
    /// Well formed but in no shipped release of the system (`CODE_UNKNOWN`).
    #[error("{system} code {code} is not in {scope}")]
    Unknown {
        /// System validated against.
        system: CodeSystem,
        /// The normalised code.
        code: String,
        /// Which list it was looked for in, and any detail.
        scope: String,
    },
    /// A header code where a billable code is needed (`CODE_NOT_BILLABLE`).
    /// `validate` reports headers as valid with `billable: false`; this error
    /// is used by [`super::check_claim`] and [`super::lookup`] callers that need
    /// a billable code.
    #[error("{code} is a category or subcategory header, not billable; use one of its codes: {children}")]
    NotBillable {
        /// The normalised code.
        code: String,
        /// Some of its billable descendants.
        children: String,
    },
    /// The code exists only in releases after the one in force (`CODE_NOT_YET_VALID`).
    #[error("{system} code {code} is not yet valid on {date}: it first appears in {first} (effective {effective})")]
    NotYetValid {
        /// System validated against.
        system: CodeSystem,
        /// The normalised code.
        code: String,
        /// The date of service.
        date: String,
        /// Release in which the code first appears.
        first: String,
        /// That release's effective date.
        effective: String,
    },
    /// The code exists only in releases before the one in force (`CODE_NO_LONGER_VALID`).
    #[error("{system} code {code} is no longer valid on {date}: it was last in {last}")]
    NoLongerValid {
        /// System validated against.
        system: CodeSystem,
        /// The normalised code.
        code: String,
        /// The date of service.
        date: String,
        /// Last release containing the code.
        last: String,
    },
    /// The release in force on the date is not shipped and the shipped
    /// releases cannot settle the answer (`CODE_RELEASE_UNAVAILABLE`).
    #[error("{system} code {code} cannot be checked for {date}: {detail}")]
    ReleaseUnavailable {
        /// System validated against.
        system: CodeSystem,
        /// The normalised code.
        code: String,
        /// The date of service.
        date: String,
        /// Which releases are shipped around the date.
        detail: String,
    },
    /// The check digit does not match (`CODE_CHECK_DIGIT`).
    #[error("{system} {code:?}: the check digit is wrong (expected {expected})")]
    CheckDigit {
        /// System validated against.
        system: CodeSystem,
        /// The input.
        code: String,
        /// The check digit the rest of the code calls for.
        expected: char,
    },
    /// A 10-digit NDC without hyphens: 4-4-2, 5-3-2 and 5-4-1 cannot be told
    /// apart (`CODE_NDC_AMBIGUOUS`).
    #[error("NDC {code:?} has 10 digits and no hyphens: it could be 4-4-2, 5-3-2 or 5-4-1; give the hyphenated form or the 11-digit 5-4-2 form")]
    NdcAmbiguous {
        /// The input.
        code: String,
    },
    /// The system name or URI is not one himcore knows (`CODE_UNKNOWN_SYSTEM`).
    #[error("unknown code system {name:?}: use icd10cm, icd10pcs, hcpcs, cpt, ndc, loinc, snomed, npi, dea, mbi, cvx, nucc or their FHIR URIs")]
    UnknownSystem {
        /// The name or URI given.
        name: String,
    },
}

impl ErrorCode for CodeError {
    fn code(&self) -> &'static str {
        match self {
            CodeError::InvalidFormat { .. } => "CODE_INVALID_FORMAT",
            CodeError::Unknown { .. } => "CODE_UNKNOWN",
            CodeError::NotBillable { .. } => "CODE_NOT_BILLABLE",
            CodeError::NotYetValid { .. } => "CODE_NOT_YET_VALID",
            CodeError::NoLongerValid { .. } => "CODE_NO_LONGER_VALID",
            CodeError::ReleaseUnavailable { .. } => "CODE_RELEASE_UNAVAILABLE",
            CodeError::CheckDigit { .. } => "CODE_CHECK_DIGIT",
            CodeError::NdcAmbiguous { .. } => "CODE_NDC_AMBIGUOUS",
            CodeError::UnknownSystem { .. } => "CODE_UNKNOWN_SYSTEM",
        }
    }
}

impl serde::Serialize for CodeError {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("CodeError", 2)?;
        st.serialize_field("code", self.code())?;
        st.serialize_field("message", &self.to_string())?;
        st.end()
    }
}

fn scope(system: CodeSystem) -> &'static str {
    match system {
        CodeSystem::Icd10Cm => "ICD-10-CM (FY2024, FY2025 April, FY2026 April releases)",
        CodeSystem::Icd10Pcs => "ICD-10-PCS (FY2024, FY2025 releases)",
        CodeSystem::Hcpcs => "HCPCS Level II (October 2025 codes and modifiers)",
        CodeSystem::Cvx => "CDC CVX (October 2025)",
        _ => "the code list",
    }
}

/// Builds the full error for a failed check.
pub(crate) fn from_fail(
    system: CodeSystem,
    input: &str,
    norm: Option<Norm>,
    fail: Fail,
    date: Option<NaiveDate>,
) -> CodeError {
    let code = norm.map_or_else(|| input.to_string(), |n| n.as_str().to_string());
    let rels = releases(system);
    let rel_name = |i: usize| rels.get(i).map_or("?", |r| r.name).to_string();
    let date_s = date.map_or_else(
        || "any date of the newest shipped release".to_string(),
        |d| d.to_string(),
    );
    match fail {
        Fail::Format(reason) => CodeError::InvalidFormat {
            system,
            code: input.to_string(),
            reason: reason.to_string(),
        },
        Fail::Unknown => CodeError::Unknown {
            system,
            code,
            scope: scope(system).to_string(),
        },
        Fail::UnknownWhy(why) => CodeError::Unknown {
            system,
            code,
            scope: format!("{} ({why})", scope(system)),
        },
        Fail::NotYetValid { first } => CodeError::NotYetValid {
            system,
            code,
            date: date_s,
            first: rel_name(first),
            effective: rels
                .get(first)
                .map_or_else(String::new, |r| r.effective.to_string()),
        },
        Fail::NoLongerValid { last } => CodeError::NoLongerValid {
            system,
            code,
            date: date_s,
            last: rel_name(last),
        },
        Fail::Unavailable {
            before,
            after,
            in_after,
        } => {
            let detail = match (before, after) {
                (Some(a), Some(b)) => {
                    let (has, lacks) = if in_after { (b, a) } else { (a, b) };
                    format!(
                        "the release in force then is not shipped, and the shipped releases around it disagree: the code is in {} but not in {}",
                        rel_name(has),
                        rel_name(lacks)
                    )
                }
                _ => format!(
                    "no shipped release covers that date (shipped: {})",
                    rels.iter()
                        .map(|r| format!("{} from {}", r.name, r.effective))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            };
            CodeError::ReleaseUnavailable {
                system,
                code,
                date: date_s,
                detail,
            }
        }
        Fail::CheckDigit { expected } => CodeError::CheckDigit {
            system,
            code: input.to_string(),
            expected: char::from(expected),
        },
        Fail::NdcAmbiguous => CodeError::NdcAmbiguous {
            code: input.to_string(),
        },
    }
}
