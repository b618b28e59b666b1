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

/// A system by short name or, failing that, by FHIR URI (as the Node and
/// Python bindings accept); the error names what was given.
fn system_by_name(name: &str) -> Result<codes::CodeSystem, HimCoreError> {
    codes::CodeSystem::from_name(name)
        .or_else(|by_name| codes::CodeSystem::from_uri(name).map_err(|_| by_name))
        .map_err(HimCoreError::from)
}

/// The optional date of service of the code calls.
pub(crate) fn date_of_service(date: Option<&str>) -> Result<Option<NaiveDate>, HimCoreError> {
    crate::args::opt_iso_date("date of service", date)
}

/// Validates one code. `system` is a short name (`icd10cm`, `icd10pcs`,
/// `hcpcs`, `cpt`, `ndc`, `loinc`, `snomed`, `npi`, `dea`, `mbi`, `cvx`,
/// `nucc`; case-insensitive) or a FHIR system URI; `date` the date of service as `YYYY-MM-DD`
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

/// A chapter or block of the ICD-10-CM tabular list.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct CodeHeading {
    /// Chapter number (`19`) or block range (`S70-S79`).
    pub id: String,
    /// Its title.
    pub title: String,
}

/// An instructional note of the ICD-10-CM tabular list.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct CodeNote {
    /// `inclusionTerm`, `excludes1`, `excludes2`, `codeFirst`,
    /// `useAdditionalCode`, `codeAlso`, `notes` or `sevenChrNote`.
    pub kind: String,
    /// The note's text as published.
    pub text: String,
}

/// A 7th character that applies to a code and its descendants.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SeventhCharacter {
    /// The character (one letter or digit).
    pub character: String,
    /// What it means, e.g. `initial encounter`.
    pub meaning: String,
}

/// What a code means and where it sits (`him codes lookup`).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct CodeInfo {
    /// The system's short name.
    pub system: String,
    /// The normalised code.
    pub code: String,
    /// Title, where shipped.
    pub title: Option<String>,
    /// Billable (ICD-10-CM, ICD-10-PCS); `null` elsewhere.
    pub billable: Option<bool>,
    /// The release the answer comes from, for dated systems.
    pub release: Option<String>,
    /// ICD-10-CM chapter.
    pub chapter: Option<CodeHeading>,
    /// ICD-10-CM block.
    pub block: Option<CodeHeading>,
    /// ICD-10-CM parent code.
    pub parent: Option<String>,
    /// ICD-10-CM child codes in the release.
    pub children: Vec<String>,
    /// Instructional notes on this code (notes on ancestors apply too: walk
    /// `parent`).
    pub notes: Vec<CodeNote>,
    /// Notes of the code's block (apply to every code in it).
    pub block_notes: Vec<CodeNote>,
    /// Notes of the code's chapter (apply to every code in it).
    pub chapter_notes: Vec<CodeNote>,
    /// 7th characters that apply to this code and its descendants.
    pub seventh_characters: Vec<SeventhCharacter>,
}

/// One finding of the claim check.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ClaimFinding {
    /// Stable code: `CODE_EXCLUDES1_PAIR`,
    /// `CODE_MANIFESTATION_WITHOUT_ETIOLOGY`, `CODE_NOT_BILLABLE`,
    /// `CODE_DUPLICATE`, or the validation error of an invalid code.
    pub code: String,
    /// The claim codes involved, in claim order.
    pub codes: Vec<String>,
    /// What is wrong, for a person.
    pub message: String,
}

/// The coding-quality check of the diagnoses of one encounter.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ClaimReport {
    /// True when there is no finding.
    pub clean: bool,
    /// Each code's validation, in claim order.
    pub codes: Vec<CodeValidation>,
    /// The findings, in claim order of their first code.
    pub findings: Vec<ClaimFinding>,
}

fn note(n: codes::Note) -> CodeNote {
    CodeNote {
        kind: n.kind,
        text: n.text,
    }
}

impl From<codes::CodeInfo> for CodeInfo {
    fn from(i: codes::CodeInfo) -> Self {
        Self {
            system: i.system.name().to_owned(),
            code: i.code,
            title: i.title,
            billable: i.billable,
            release: i.release,
            chapter: i.chapter.map(|h| CodeHeading {
                id: h.id,
                title: h.title,
            }),
            block: i.block.map(|h| CodeHeading {
                id: h.id,
                title: h.title,
            }),
            parent: i.parent,
            children: i.children,
            notes: i.notes.into_iter().map(note).collect(),
            block_notes: i.block_notes.into_iter().map(note).collect(),
            chapter_notes: i.chapter_notes.into_iter().map(note).collect(),
            seventh_characters: i
                .seventh_characters
                .into_iter()
                .map(|s| SeventhCharacter {
                    character: s.character.to_string(),
                    meaning: s.meaning,
                })
                .collect(),
        }
    }
}

impl From<codes::ClaimReport> for ClaimReport {
    fn from(r: codes::ClaimReport) -> Self {
        Self {
            clean: r.clean,
            codes: r.codes.into_iter().map(CodeValidation::from).collect(),
            findings: r
                .findings
                .into_iter()
                .map(|f| ClaimFinding {
                    code: f.code,
                    codes: f.codes,
                    message: f.message,
                })
                .collect(),
        }
    }
}

/// Looks a code up for a date of service: title, chapter and block, parent
/// and children, instructional notes, 7th characters. Throws
/// `HimCoreException.Codes` with the same code `validateCode` would report
/// when the code is not valid (`CODE_UNKNOWN`, `CODE_NOT_YET_VALID`, ...).
#[uniffi::export(default(date = None))]
pub fn lookup_code(
    system: String,
    code: String,
    date: Option<String>,
) -> Result<CodeInfo, HimCoreError> {
    let system = system_by_name(&system)?;
    let date = date_of_service(date.as_deref())?;
    Ok(codes::lookup(system, &code, date)?.into())
}

/// The claim-level coding-quality check on the ICD-10-CM diagnosis codes of
/// one encounter (principal first): Excludes1 pairs, manifestations without
/// their etiology (code first), header codes, duplicates.
#[uniffi::export(default(date = None))]
pub fn check_claim(codes: Vec<String>, date: Option<String>) -> Result<ClaimReport, HimCoreError> {
    let date = date_of_service(date.as_deref())?;
    let refs: Vec<&str> = codes.iter().map(String::as_str).collect();
    Ok(codes::check_claim(&refs, date).into())
}

/// [`check_claim`] for many encounters in one call, in order.
#[uniffi::export(default(date = None))]
pub fn check_claims(
    claims: Vec<Vec<String>>,
    date: Option<String>,
) -> Result<Vec<ClaimReport>, HimCoreError> {
    let date = date_of_service(date.as_deref())?;
    let refs: Vec<Vec<&str>> = claims
        .iter()
        .map(|c| c.iter().map(String::as_str).collect())
        .collect();
    Ok(codes::check_claim_many(&refs, date)
        .into_iter()
        .map(ClaimReport::from)
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_of_service_accepts_only_full_iso_calendar_dates() {
        assert_eq!(date_of_service(None).unwrap(), None);
        assert_eq!(
            date_of_service(Some("2024-09-30")).unwrap(),
            NaiveDate::from_ymd_opt(2024, 9, 30)
        );
        for bad in [
            "2025-02-30",
            "2025-1-1",
            "",
            "20251001",
            "2025-10-01T00:00",
            "+2025-10-0",
        ] {
            let err = date_of_service(Some(bad)).unwrap_err();
            assert_eq!(err.code(), "INVALID_DATE", "{bad:?}");
        }
    }

    #[test]
    fn core_code_errors_keep_their_stable_code() {
        let err = validate_code("icd9".into(), "250.00".into(), None).unwrap_err();
        assert!(matches!(err, HimCoreError::Codes { .. }));
        assert_eq!(err.code(), "CODE_UNKNOWN_SYSTEM");
    }

    #[test]
    fn systems_resolve_by_name_or_uri() {
        let by_uri = system_by_name("http://hl7.org/fhir/sid/icd-10-cm").unwrap();
        assert_eq!(by_uri, system_by_name(" ICD10CM ").unwrap());
    }

    #[test]
    fn validation_record_carries_every_core_field() {
        let core = codes::validate(codes::CodeSystem::Ndc, "0002143380", None);
        let v = CodeValidation::from(core.clone());
        assert_eq!(v.system, "ndc");
        assert_eq!(v.code, core.code);
        assert_eq!(v.normalized, core.normalized);
        assert_eq!(v.valid, core.valid);
        let e = core.error.unwrap();
        assert_eq!(v.error.unwrap().code, himcore::ErrorCode::code(&e));
    }
}
