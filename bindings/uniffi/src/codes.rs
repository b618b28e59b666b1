//! Medical code validation (`himcore::codes`): ICD-10-CM, ICD-10-PCS, HCPCS,
//! CPT (format), NDC, LOINC, SNOMED CT, NPI, DEA, MBI, CVX, NUCC.
//!
//! The rules, tables and effective dating (release in force on the date of
//! service: fiscal year from 1 October, update from 1 April) are the core's;
//! this module only converts. Systems cross the door by name (`"icd10cm"`,
//! as in `him codes validate --system`) or by FHIR URI, so a system added
//! to the core needs no binding change. Dates of service cross as ISO
//! `YYYY-MM-DD` strings: uniffi has no calendar-date type (its timestamp is
//! an instant, which would make the day depend on a time zone).

use chrono::NaiveDate;
use himcore::codes;
use himcore::ErrorCode;

use crate::HimCoreError;

/// Why a code is not valid: the core's stable code and its message.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct CodeIssue {
    /// Stable machine code, e.g. `CODE_UNKNOWN`, `CODE_NOT_YET_VALID`.
    pub code: String,
    /// Human-readable explanation (names the releases for date problems).
    pub message: String,
}

/// The answer for one code (the same fields as a `him codes validate` line).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct CodeValidation {
    /// The system's short name, e.g. `icd10cm`.
    pub system: String,
    /// The code as given.
    pub code: String,
    /// The normalised code, when the input could be normalised.
    pub normalized: Option<String>,
    /// True when the code exists (or, for format-only systems, is well
    /// formed with a correct check digit) on the date of service.
    pub valid: bool,
    /// ICD-10-CM/PCS: may it be reported on a claim (a leaf)? `null` where
    /// the system has no such notion, or the code is invalid.
    pub billable: Option<bool>,
    /// The code's title, where the shipped tables have one.
    pub display: Option<String>,
    /// Why the code is invalid; `null` when valid.
    pub error: Option<CodeIssue>,
}

/// A code system himcore knows.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct CodeSystemInfo {
    /// Short name accepted by [`validate_code`], e.g. `icd10cm`.
    pub name: String,
    /// Canonical FHIR system URI (empty when none exists).
    pub uri: String,
    /// Every URI (and `urn:oid:`) accepted by [`validate_coding`].
    pub uris: Vec<String>,
}

impl From<&codes::CodeError> for CodeIssue {
    fn from(e: &codes::CodeError) -> Self {
        Self {
            code: e.code().to_owned(),
            message: e.to_string(),
        }
    }
}

impl From<codes::CodeValidation> for CodeValidation {
    fn from(v: codes::CodeValidation) -> Self {
        Self {
            system: v.system.name().to_owned(),
            error: v.error.as_ref().map(CodeIssue::from),
            code: v.code,
            normalized: v.normalized,
            valid: v.valid,
            billable: v.billable,
            display: v.display,
        }
    }
}

impl From<codes::CodeError> for HimCoreError {
    fn from(e: codes::CodeError) -> Self {
        HimCoreError::Codes {
            code: e.code().to_owned(),
            detail: e.to_string(),
        }
    }
}

fn system_by_name(name: &str) -> Result<codes::CodeSystem, HimCoreError> {
    Ok(codes::CodeSystem::from_name(name)?)
}

/// Parses an optional ISO `YYYY-MM-DD` date of service. A malformed date is
/// refused, never replaced by "today".
pub(crate) fn date_of_service(date: Option<&str>) -> Result<Option<NaiveDate>, HimCoreError> {
    let Some(d) = date else { return Ok(None) };
    let invalid = |why: &str| HimCoreError::InvalidArgument {
        code: "INVALID_DATE".to_owned(),
        detail: format!("date of service must be YYYY-MM-DD, got {d:?}: {why}"),
    };
    // chrono alone accepts `2025-1-1`; ISO 8601 calendar dates have fixed widths.
    let b = d.as_bytes();
    let shaped = b.len() == 10
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        });
    if !shaped {
        return Err(invalid("not in the form YYYY-MM-DD"));
    }
    NaiveDate::parse_from_str(d, "%Y-%m-%d")
        .map(Some)
        .map_err(|e| invalid(&e.to_string()))
}

/// Validates one code. `system` is a short name (`icd10cm`, `icd10pcs`,
/// `hcpcs`, `cpt`, `ndc`, `loinc`, `snomed`, `npi`, `dea`, `mbi`, `cvx`,
/// `nucc`; case-insensitive); `date` the date of service as `YYYY-MM-DD`
/// (`null`: the newest shipped release).
///
/// An invalid code is an answer (`valid = false`, `error` set), not an
/// exception. Throws `HimCoreException.Codes` (`CODE_UNKNOWN_SYSTEM`) for an
/// unknown system and `HimCoreException.InvalidArgument` (`INVALID_DATE`)
/// for a malformed date.
#[uniffi::export(default(date = None))]
pub fn validate_code(
    system: String,
    code: String,
    date: Option<String>,
) -> Result<CodeValidation, HimCoreError> {
    let system = system_by_name(&system)?;
    let date = date_of_service(date.as_deref())?;
    Ok(codes::validate(system, &code, date).into())
}

/// Validates many codes of one system for one date of service in one call
/// (one crossing of the FFI boundary), in order.
#[uniffi::export(default(date = None))]
pub fn validate_codes(
    system: String,
    codes: Vec<String>,
    date: Option<String>,
) -> Result<Vec<CodeValidation>, HimCoreError> {
    let system = system_by_name(&system)?;
    let date = date_of_service(date.as_deref())?;
    let refs: Vec<&str> = codes.iter().map(String::as_str).collect();
    Ok(codes::validate_many(system, &refs, date)
        .into_iter()
        .map(CodeValidation::from)
        .collect())
}

/// Validates a FHIR `Coding` by its system URI (e.g.
/// `http://hl7.org/fhir/sid/icd-10-cm`, `http://loinc.org`, or the
/// `urn:oid:` form). Throws `CODE_UNKNOWN_SYSTEM` for an unknown URI.
#[uniffi::export(default(date = None))]
pub fn validate_coding(
    system_uri: String,
    code: String,
    date: Option<String>,
) -> Result<CodeValidation, HimCoreError> {
    let date = date_of_service(date.as_deref())?;
    Ok(codes::validate_coding(&system_uri, &code, date)?.into())
}

/// Normalises a code without checking that it exists (case, surrounding
/// whitespace, the ICD dot, NDC forms to 5-4-2). Throws
/// `HimCoreException.Codes` with the format or check-digit error.
#[uniffi::export]
pub fn normalize_code(system: String, code: String) -> Result<String, HimCoreError> {
    let system = system_by_name(&system)?;
    Ok(codes::normalize(system, &code)?)
}

/// Every code system himcore validates, in a stable order.
#[uniffi::export]
pub fn code_systems() -> Vec<CodeSystemInfo> {
    codes::ALL_SYSTEMS
        .iter()
        .map(|s| CodeSystemInfo {
            name: s.name().to_owned(),
            uri: s.uri().to_owned(),
            uris: s.uris().iter().map(|u| (*u).to_owned()).collect(),
        })
        .collect()
}
