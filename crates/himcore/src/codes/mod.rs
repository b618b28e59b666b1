//! Medical code validation: one face for every code system.
//!
//! [`validate`] answers, for a code, a system and an optional date of
//! service: is the code well formed, does it exist in the release in force on
//! that date, is it billable, and what does it mean. [`lookup`] gives the
//! hierarchy and instructional notes of a code, [`check_claim`] the
//! coding-quality findings HIM coders look for on one encounter.
//!
//! Systems and rules (details and sources in each module and `docs/codes.md`):
//! ICD-10-CM and ICD-10-PCS (CMS/CDC releases, effective 1 October and
//! 1 April), HCPCS Level II (CMS, October 2025), CPT (format only: the list is
//! AMA copyright), NDC (FDA 21 CFR 207.35 forms), LOINC (mod-10 check digit),
//! SNOMED CT identifiers (Verhoeff check digit and partition), NPI (45 CFR
//! 162.406; Luhn over 80840 + 9 digits), DEA registration numbers, Medicare
//! Beneficiary Identifiers (CMS MBI format), CVX (CDC) and NUCC provider
//! taxonomy codes (format).
//!
//! Everything is answered from tables compiled into the library (see
//! `crates/himcore/data/codes/` and the generator in `himcore-datagen`):
//! nothing is read or parsed at start-up.
//!
//! ```
//! use himcore::codes::{check_claim, validate, CodeSystem};
//! use himcore::ErrorCode;
//!
//! let v = validate(CodeSystem::Icd10Cm, "s72001a", None);
//! assert!(v.valid && v.billable == Some(true));
//! assert_eq!(v.normalized.as_deref(), Some("S72.001A"));
//!
//! let d = chrono::NaiveDate::from_ymd_opt(2025, 9, 30);
//! let e = validate(CodeSystem::Icd10Cm, "QA0.0101", d).error.unwrap();
//! assert_eq!(e.code(), "CODE_NOT_YET_VALID");
//!
//! let report = check_claim(&["E11.9", "E10.9"], None);
//! assert_eq!(report.findings[0].code, "CODE_EXCLUDES1_PAIR");
//! ```

mod claim;
mod error;
mod formats;
pub mod icd10cm;
mod lookup;
mod others;
pub mod release;
mod table;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use claim::{check_claim, check_claim_many, ClaimFinding, ClaimReport, MAX_CLAIM_CODES};
pub use error::CodeError;
pub use lookup::{lookup, lookup_many, CodeInfo, Heading, Note, SeventhCharacter};
pub use release::Release;

/// A code system himcore validates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CodeSystem {
    /// ICD-10-CM diagnoses.
    Icd10Cm,
    /// ICD-10-PCS inpatient procedures.
    Icd10Pcs,
    /// HCPCS Level II codes and modifiers.
    Hcpcs,
    /// CPT (HCPCS Level I): format only.
    Cpt,
    /// National Drug Code.
    Ndc,
    /// LOINC term codes.
    Loinc,
    /// SNOMED CT concept identifiers.
    Snomed,
    /// National Provider Identifier.
    Npi,
    /// DEA registration number.
    Dea,
    /// Medicare Beneficiary Identifier.
    Mbi,
    /// CDC vaccine codes (CVX).
    Cvx,
    /// NUCC Health Care Provider Taxonomy codes.
    Nucc,
}

/// Every system, in a stable order.
pub const ALL_SYSTEMS: [CodeSystem; 12] = [
    CodeSystem::Icd10Cm,
    CodeSystem::Icd10Pcs,
    CodeSystem::Hcpcs,
    CodeSystem::Cpt,
    CodeSystem::Ndc,
    CodeSystem::Loinc,
    CodeSystem::Snomed,
    CodeSystem::Npi,
    CodeSystem::Dea,
    CodeSystem::Mbi,
    CodeSystem::Cvx,
    CodeSystem::Nucc,
];

impl CodeSystem {
    /// The short name used by the CLI and the bindings (`"icd10cm"`, ...).
    pub fn name(self) -> &'static str {
        match self {
            CodeSystem::Icd10Cm => "icd10cm",
            CodeSystem::Icd10Pcs => "icd10pcs",
            CodeSystem::Hcpcs => "hcpcs",
            CodeSystem::Cpt => "cpt",
            CodeSystem::Ndc => "ndc",
            CodeSystem::Loinc => "loinc",
            CodeSystem::Snomed => "snomed",
            CodeSystem::Npi => "npi",
            CodeSystem::Dea => "dea",
            CodeSystem::Mbi => "mbi",
            CodeSystem::Cvx => "cvx",
            CodeSystem::Nucc => "nucc",
        }
    }

    /// Parses a short name (case-insensitive, surrounding whitespace ignored).
    pub fn from_name(name: &str) -> Result<CodeSystem, CodeError> {
        let n = name.trim();
        ALL_SYSTEMS
            .into_iter()
            .find(|s| s.name().eq_ignore_ascii_case(n))
            .ok_or_else(|| CodeError::UnknownSystem {
                name: name.to_string(),
            })
    }

    /// The canonical FHIR system URI (HL7 Terminology (THO) 7.0.1
    /// NamingSystem resources, where one exists).
    pub fn uri(self) -> &'static str {
        self.uris().first().copied().unwrap_or("")
    }

    /// Every URI (and OID as `urn:oid:`) accepted for the system; the first
    /// is the canonical one.
    pub fn uris(self) -> &'static [&'static str] {
        match self {
            CodeSystem::Icd10Cm => &[
                "http://hl7.org/fhir/sid/icd-10-cm",
                "http://terminology.hl7.org/CodeSystem/icd10CM",
                "urn:oid:2.16.840.1.113883.6.90",
            ],
            CodeSystem::Icd10Pcs => &[
                "http://www.cms.gov/Medicare/Coding/ICD10",
                "http://terminology.hl7.org/CodeSystem/icd10PCS",
                "urn:oid:2.16.840.1.113883.6.4",
            ],
            CodeSystem::Hcpcs => &[
                "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
                "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
                "urn:oid:2.16.840.1.113883.6.285",
            ],
            CodeSystem::Cpt => &[
                "http://www.ama-assn.org/go/cpt",
                "urn:oid:2.16.840.1.113883.6.12",
            ],
            CodeSystem::Ndc => &[
                "http://hl7.org/fhir/sid/ndc",
                "urn:oid:2.16.840.1.113883.6.69",
            ],
            CodeSystem::Loinc => &["http://loinc.org", "urn:oid:2.16.840.1.113883.6.1"],
            CodeSystem::Snomed => &["http://snomed.info/sct", "urn:oid:2.16.840.1.113883.6.96"],
            CodeSystem::Npi => &[
                "http://hl7.org/fhir/sid/us-npi",
                "urn:oid:2.16.840.1.113883.4.6",
            ],
            CodeSystem::Dea => &["urn:oid:2.16.840.1.113883.4.814"],
            CodeSystem::Mbi => &["http://hl7.org/fhir/sid/us-mbi"],
            CodeSystem::Cvx => &[
                "http://hl7.org/fhir/sid/cvx",
                "http://terminology.hl7.org/CodeSystem/CVX",
                "urn:oid:2.16.840.1.113883.12.292",
            ],
            CodeSystem::Nucc => &[
                "http://nucc.org/provider-taxonomy",
                "http://terminology.hl7.org/CodeSystem/v3-nuccProviderCodes",
                "urn:oid:2.16.840.1.113883.6.101",
            ],
        }
    }

    /// Finds the system of a FHIR `Coding.system` URI (exact match, or the
    /// `urn:oid:` form).
    pub fn from_uri(uri: &str) -> Result<CodeSystem, CodeError> {
        let u = uri.trim();
        ALL_SYSTEMS
            .into_iter()
            .find(|s| s.uris().contains(&u))
            .ok_or_else(|| CodeError::UnknownSystem {
                name: uri.to_string(),
            })
    }
}

impl std::fmt::Display for CodeSystem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl Serialize for CodeSystem {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

impl<'de> Deserialize<'de> for CodeSystem {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        CodeSystem::from_name(&s).map_err(serde::de::Error::custom)
    }
}

/// The answer for one code: the CLI prints exactly this as a JSON line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CodeValidation {
    /// The system validated against.
    pub system: CodeSystem,
    /// The code as given.
    pub code: String,
    /// The normalised code, when the input could be normalised.
    pub normalized: Option<String>,
    /// True when the code exists (or, for format-only systems, is well formed
    /// with a correct check digit) for the date given.
    pub valid: bool,
    /// For ICD-10-CM and ICD-10-PCS: whether the code may be reported on a
    /// claim (a leaf); `None` for systems without that notion or invalid codes.
    pub billable: Option<bool>,
    /// The code's title, where the shipped tables have one.
    pub display: Option<String>,
    /// Why the code is invalid; `None` when valid.
    pub error: Option<CodeError>,
}

/// A normalised code in an inline buffer (no allocation on the hot path).
#[derive(Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Norm {
    buf: [u8; 24],
    len: u8,
}

impl Norm {
    pub(crate) fn push(&mut self, c: u8) {
        if let Some(slot) = self.buf.get_mut(self.len as usize) {
            *slot = c;
            self.len += 1;
        }
    }
    pub(crate) fn from_bytes(b: &[u8]) -> Norm {
        let mut n = Norm::default();
        for &c in b {
            n.push(c);
        }
        n
    }
    pub(crate) fn as_str(&self) -> &str {
        self.buf
            .get(..self.len as usize)
            .and_then(|b| std::str::from_utf8(b).ok())
            .unwrap_or("")
    }
}

/// Where the display text of a passed code comes from.
#[derive(Clone, Copy)]
pub(crate) enum Disp {
    None,
    Text(&'static str),
    Icd(usize),
    Pcs(usize),
}

/// A code that passed.
pub(crate) struct Passed {
    pub(crate) norm: Norm,
    pub(crate) billable: Option<bool>,
    pub(crate) disp: Disp,
}

/// Why a code failed, cheap to make; turned into a [`CodeError`] only when
/// the caller wants the full answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Fail {
    Format(&'static str),
    /// Well formed, in no shipped release.
    Unknown,
    /// Well formed, in no shipped release, with a reason.
    UnknownWhy(&'static str),
    NotYetValid {
        first: usize,
    },
    NoLongerValid {
        last: usize,
    },
    /// The release in force is not shipped: between two shipped releases that
    /// disagree, or outside the shipped range (None, None).
    Unavailable {
        before: Option<usize>,
        after: Option<usize>,
        /// Whether the code is in the newer neighbour (else in the older).
        in_after: bool,
    },
    CheckDigit {
        expected: u8,
    },
    NdcAmbiguous,
}

/// Applies the release in force on `date` to a code's per-release status
/// `(exists, billable)`; returns the billable flag (None when the
/// neighbouring releases disagree on it).
pub(crate) fn status_by_date(
    releases: &[Release],
    date: Option<NaiveDate>,
    status: impl Fn(usize) -> (bool, bool),
) -> Result<Option<bool>, Fail> {
    let absent = |a: usize, b: usize| -> Fail {
        if let Some(j) = (b + 1..releases.len()).find(|&j| status(j).0) {
            Fail::NotYetValid { first: j }
        } else if let Some(j) = (0..a).rev().find(|&j| status(j).0) {
            Fail::NoLongerValid { last: j }
        } else {
            Fail::Unknown
        }
    };
    match release::resolve(releases, date) {
        release::Resolved::At(r) => {
            let (e, b) = status(r);
            if e {
                Ok(Some(b))
            } else {
                Err(absent(r, r))
            }
        }
        release::Resolved::Between(a, b) => {
            let (sa, sb) = (status(a), status(b));
            match (sa.0, sb.0) {
                (true, true) => Ok((sa.1 == sb.1).then_some(sa.1)),
                (false, false) => Err(absent(a, b)),
                (_, in_after) => Err(Fail::Unavailable {
                    before: Some(a),
                    after: Some(b),
                    in_after,
                }),
            }
        }
        release::Resolved::Outside => Err(Fail::Unavailable {
            before: None,
            after: None,
            in_after: false,
        }),
    }
}

/// The release index to describe a code by on `date` (the one in force, or
/// the older neighbour when the one in force is not shipped).
pub(crate) fn release_for(releases: &[Release], date: Option<NaiveDate>) -> Option<usize> {
    match release::resolve(releases, date) {
        release::Resolved::At(r) | release::Resolved::Between(r, _) => Some(r),
        release::Resolved::Outside => None,
    }
}

/// The shipped releases of a system (empty for systems without dated releases).
pub fn releases(system: CodeSystem) -> &'static [Release] {
    match system {
        CodeSystem::Icd10Cm => &icd10cm::RELEASES,
        CodeSystem::Icd10Pcs => &others::PCS_RELEASES,
        _ => &[],
    }
}

/// The fast check behind every entry point.
pub(crate) fn check(
    system: CodeSystem,
    code: &str,
    date: Option<NaiveDate>,
) -> Result<Passed, (Fail, Option<Norm>)> {
    match system {
        CodeSystem::Icd10Cm => {
            let (norm, raw, n) = icd10cm::normalize(code).map_err(|f| (f, None))?;
            icd10cm::check(norm, raw.get(..n).unwrap_or(&[]), date).map_err(|f| (f, Some(norm)))
        }
        CodeSystem::Icd10Pcs => others::pcs(code, date),
        CodeSystem::Hcpcs => others::hcpcs(code),
        CodeSystem::Cvx => others::cvx(code),
        CodeSystem::Cpt => formats::cpt(code),
        CodeSystem::Ndc => formats::ndc(code),
        CodeSystem::Loinc => formats::loinc(code),
        CodeSystem::Snomed => formats::snomed(code),
        CodeSystem::Npi => formats::npi(code),
        CodeSystem::Dea => formats::dea(code),
        CodeSystem::Mbi => formats::mbi(code),
        CodeSystem::Nucc => formats::nucc(code),
    }
}

/// True when the code is valid for the date: the allocation-free fast path
/// of [`validate`].
pub fn is_valid(system: CodeSystem, code: &str, date: Option<NaiveDate>) -> bool {
    check(system, code, date).is_ok()
}

fn display_of(d: Disp) -> Option<String> {
    match d {
        Disp::None => None,
        Disp::Text(t) => Some(t.to_string()),
        Disp::Icd(i) => icd10cm::title(i),
        Disp::Pcs(i) => others::pcs_title(i),
    }
}

/// Validates one code of a system for an optional date of service (None:
/// the newest shipped release).
///
/// `valid` means: well formed, correct check digit, and (for systems with a
/// shipped list) present in the release in force on the date. A header
/// (non-billable) ICD-10-CM code is valid with `billable: false`; a claim
/// needs billable codes, which [`check_claim`] reports (`CODE_NOT_BILLABLE`).
pub fn validate(system: CodeSystem, code: &str, date: Option<NaiveDate>) -> CodeValidation {
    match check(system, code, date) {
        Ok(p) => CodeValidation {
            system,
            code: code.to_string(),
            normalized: Some(p.norm.as_str().to_string()),
            valid: true,
            billable: p.billable,
            display: display_of(p.disp),
            error: None,
        },
        Err((fail, norm)) => CodeValidation {
            system,
            code: code.to_string(),
            normalized: norm.map(|n| n.as_str().to_string()),
            valid: false,
            billable: None,
            display: None,
            error: Some(error::from_fail(system, code, norm, fail, date)),
        },
    }
}

/// Validates many codes of one system for one date (one crossing for the
/// bindings).
pub fn validate_many(
    system: CodeSystem,
    codes: &[&str],
    date: Option<NaiveDate>,
) -> Vec<CodeValidation> {
    codes.iter().map(|c| validate(system, c, date)).collect()
}

/// Validates a FHIR `Coding` by its system URI. An unknown URI gives a
/// [`CodeError::UnknownSystem`].
pub fn validate_coding(
    system_uri: &str,
    code: &str,
    date: Option<NaiveDate>,
) -> Result<CodeValidation, CodeError> {
    let system = CodeSystem::from_uri(system_uri)?;
    Ok(validate(system, code, date))
}

/// Normalises a code without checking that it exists: the same rules as
/// [`validate`] (case, surrounding whitespace, the ICD dot, NDC forms), and
/// the same format and check-digit errors.
pub fn normalize(system: CodeSystem, code: &str) -> Result<String, CodeError> {
    let norm = match system {
        CodeSystem::Icd10Cm => icd10cm::normalize(code).map(|(n, _, _)| n),
        CodeSystem::Icd10Pcs => others::pcs_normalize(code),
        CodeSystem::Hcpcs => others::hcpcs_normalize(code),
        CodeSystem::Cvx => others::cvx_normalize(code),
        _ => match check(system, code, None) {
            Ok(p) => Ok(p.norm),
            Err((f, _)) => Err(f),
        },
    };
    norm.map(|n| n.as_str().to_string())
        .map_err(|f| error::from_fail(system, code, None, f, None))
}
