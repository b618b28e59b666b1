//! The `codes` namespace: the door of `himcore::codes` (medical code
//! validation, normalisation, look-up and the claim-level check).
//!
//! A system is named by its short name (`"icd10cm"`, `"ndc"`, ...) or by a
//! FHIR system URI (`"http://hl7.org/fhir/sid/icd-10-cm"`); an unknown one is a
//! `HimError` with code `CODE_UNKNOWN_SYSTEM`. A date of service is a
//! `"YYYY-MM-DD"` string (absent: the newest shipped release). An invalid
//! *code* is not an exception: it is a result with `valid: false` and the
//! core's `errorCode`/`errorMessage`.

use chrono::NaiveDate;
use himcore::codes::{self, ClaimReport, CodeError, CodeInfo, CodeSystem, CodeValidation};
use himcore::ErrorCode;
use napi::bindgen_prelude::{JsObjectValue, Object, Unknown};
use napi::{Env, Result, ValueType};
use napi_derive::napi;

use crate::args;
use crate::batch;
use crate::errors::{guarded, him_error};

/// The answer for one code (the core's `CodeValidation`, with the error
/// flattened into `errorCode`/`errorMessage`).
#[napi(object, js_name = "CodeValidation", use_nullable = true)]
pub struct JsCodeValidation {
    /// The system validated against, by short name (`"icd10cm"`).
    pub system: String,
    /// The code as given.
    pub code: String,
    /// The normalised code (`"E11.9"` for `" e119 "`), when the input could be
    /// normalised.
    pub normalized: Option<String>,
    /// True when the code exists (or, for format-only systems such as CPT, NPI
    /// and LOINC, is well formed with a correct check digit) on the date given.
    pub valid: bool,
    /// ICD-10-CM/PCS: whether the code may be reported on a claim (a leaf);
    /// `null` for systems without that notion and for invalid codes.
    pub billable: Option<bool>,
    /// The code's title, where the shipped tables have one.
    pub display: Option<String>,
    /// Why the code is invalid: a stable code such as `"CODE_UNKNOWN"`,
    /// `"CODE_INVALID_FORMAT"`, `"CODE_NOT_YET_VALID"`; `null` when valid.
    pub error_code: Option<String>,
    /// The human-readable reason; `null` when valid.
    pub error_message: Option<String>,
}

impl From<CodeValidation> for JsCodeValidation {
    fn from(v: CodeValidation) -> Self {
        let (error_code, error_message) = match &v.error {
            Some(e) => (Some(e.code().to_owned()), Some(e.to_string())),
            None => (None, None),
        };
        JsCodeValidation {
            system: v.system.name().to_owned(),
            code: v.code,
            normalized: v.normalized,
            valid: v.valid,
            billable: v.billable,
            display: v.display,
            error_code,
            error_message,
        }
    }
}

/// A labelled grouping of ICD-10-CM (chapter, block) or ICD-10-PCS (section).
#[napi(object, js_name = "CodeHeading")]
pub struct JsHeading {
    /// Chapter number (`"19"`) or block range (`"S70-S79"`).
    pub id: String,
    /// Its title.
    pub title: String,
}

/// An instructional note of the ICD-10-CM tabular list.
#[napi(object, js_name = "CodeNote")]
pub struct JsNote {
    /// `inclusionTerm`, `includes`, `excludes1`, `excludes2`, `codeFirst`,
    /// `useAdditionalCode`, `codeAlso`, `notes` or `sevenChrNote`.
    pub kind: String,
    /// The note's text as published.
    pub text: String,
}

/// One 7th character that may complete an ICD-10-CM code.
#[napi(object, js_name = "SeventhCharacter")]
pub struct JsSeventhCharacter {
    /// The character (`"A"`).
    pub character: String,
    /// What it means (`"initial encounter for closed fracture"`).
    pub meaning: String,
}

/// What the tables say about one valid code.
#[napi(object, js_name = "CodeInfo", use_nullable = true)]
pub struct JsCodeInfo {
    /// The system, by short name.
    pub system: String,
    /// The normalised code.
    pub code: String,
    /// Title, where shipped.
    pub title: Option<String>,
    /// Billable (ICD-10-CM, ICD-10-PCS), else `null`.
    pub billable: Option<bool>,
    /// Release the answer comes from (`"FY2026-April"`), for dated systems.
    pub release: Option<String>,
    /// ICD-10-CM chapter.
    pub chapter: Option<JsHeading>,
    /// ICD-10-CM block; for ICD-10-PCS the section (first character).
    pub block: Option<JsHeading>,
    /// ICD-10-CM parent code.
    pub parent: Option<String>,
    /// ICD-10-CM child codes in the release.
    pub children: Vec<String>,
    /// ICD-10-CM notes attached to this code itself (ancestors' notes apply
    /// too: walk `parent`).
    pub notes: Vec<JsNote>,
    /// ICD-10-CM notes of the code's block (section), which apply to it.
    pub block_notes: Vec<JsNote>,
    /// ICD-10-CM notes of the code's chapter, which apply to it.
    pub chapter_notes: Vec<JsNote>,
    /// 7th characters that apply to this code and its descendants.
    pub seventh_characters: Vec<JsSeventhCharacter>,
}

fn heading(h: himcore::codes::Heading) -> JsHeading {
    JsHeading {
        id: h.id,
        title: h.title,
    }
}

fn note(n: himcore::codes::Note) -> JsNote {
    JsNote {
        kind: n.kind,
        text: n.text,
    }
}

impl From<CodeInfo> for JsCodeInfo {
    fn from(info: CodeInfo) -> Self {
        JsCodeInfo {
            system: info.system.name().to_owned(),
            code: info.code,
            title: info.title,
            billable: info.billable,
            release: info.release,
            chapter: info.chapter.map(heading),
            block: info.block.map(heading),
            parent: info.parent,
            children: info.children,
            notes: info.notes.into_iter().map(note).collect(),
            block_notes: info.block_notes.into_iter().map(note).collect(),
            chapter_notes: info.chapter_notes.into_iter().map(note).collect(),
            seventh_characters: info
                .seventh_characters
                .into_iter()
                .map(|s| JsSeventhCharacter {
                    character: s.character.to_string(),
                    meaning: s.meaning,
                })
                .collect(),
        }
    }
}

/// One coding-quality problem of a claim.
#[napi(object, js_name = "ClaimFinding")]
pub struct JsClaimFinding {
    /// Stable code: `CODE_EXCLUDES1_PAIR`, `CODE_MANIFESTATION_WITHOUT_ETIOLOGY`,
    /// `CODE_NOT_BILLABLE`, `CODE_DUPLICATE`, or the validation error of an
    /// invalid code (`CODE_UNKNOWN`, ...).
    pub code: String,
    /// The claim codes involved (normalised where possible), in claim order.
    pub codes: Vec<String>,
    /// What is wrong, for a person.
    pub message: String,
}

/// The claim-level check of the ICD-10-CM diagnosis codes of one encounter.
#[napi(object, js_name = "ClaimReport")]
pub struct JsClaimReport {
    /// True when there is no finding.
    pub clean: bool,
    /// Each code's validation, in claim order.
    pub codes: Vec<JsCodeValidation>,
    /// The findings, in claim order of their first code.
    pub findings: Vec<JsClaimFinding>,
}

impl From<ClaimReport> for JsClaimReport {
    fn from(r: ClaimReport) -> Self {
        JsClaimReport {
            clean: r.clean,
            codes: r.codes.into_iter().map(Into::into).collect(),
            findings: r
                .findings
                .into_iter()
                .map(|f| JsClaimFinding {
                    code: f.code,
                    codes: f.codes,
                    message: f.message,
                })
                .collect(),
        }
    }
}

/// A code system himcore knows.
#[napi(object, js_name = "CodeSystemInfo")]
pub struct JsCodeSystem {
    /// Short name (`"icd10cm"`), accepted wherever a system is asked for.
    pub name: String,
    /// Canonical FHIR system URI.
    pub uri: String,
    /// Every URI (and `urn:oid:`) accepted for it; the first is canonical.
    pub uris: Vec<String>,
}

/// The `HimError` for a [`CodeError`] (no details: the message says it all).
pub(crate) fn code_error(env: &Env, error: &CodeError) -> napi::Error {
    him_error(env, error.code(), &error.to_string(), None)
}

/// A system by short name or FHIR URI.
fn system_arg(env: &Env, value: &Unknown<'_>) -> Result<CodeSystem> {
    let name = args::string(env, value, "system")?;
    CodeSystem::from_name(&name)
        .or_else(|by_name| CodeSystem::from_uri(&name).map_err(|_| by_name))
        .map_err(|e| code_error(env, &e))
}

/// An optional `YYYY-MM-DD` date of service.
fn date_arg(env: &Env, value: Option<&Unknown<'_>>) -> Result<Option<NaiveDate>> {
    args::optional_date(env, value, "date")
}

fn validate_all(
    system: CodeSystem,
    codes: &[String],
    date: Option<NaiveDate>,
) -> Vec<CodeValidation> {
    let refs: Vec<&str> = codes.iter().map(String::as_str).collect();
    codes::validate_many(system, &refs, date)
}

fn claims_all(claims: &[Vec<String>], date: Option<NaiveDate>) -> Vec<ClaimReport> {
    let refs: Vec<Vec<&str>> = claims
        .iter()
        .map(|c| c.iter().map(String::as_str).collect())
        .collect();
    codes::check_claim_many(&refs, date)
}

/// Validates one code for an optional date of service (`"YYYY-MM-DD"`;
/// absent: the newest shipped release). An invalid code is a result with
/// `valid: false`, not an exception; an unknown system throws a `HimError`
/// with code `CODE_UNKNOWN_SYSTEM`.
#[napi(
    namespace = "codes",
    ts_args_type = "system: CodeSystemName | (string & {}), code: string, date?: string | null"
)]
pub fn validate(
    env: &Env,
    system: Unknown<'_>,
    code: Unknown<'_>,
    date: Option<Unknown<'_>>,
) -> Result<JsCodeValidation> {
    let system = system_arg(env, &system)?;
    let code = args::string(env, &code, "code")?;
    let date = date_arg(env, date.as_ref())?;
    guarded(env, || codes::validate(system, &code, date).into())
}

/// True when the code is valid on the date: the allocation-free fast path of
/// `validate`, for filters.
#[napi(
    namespace = "codes",
    ts_args_type = "system: CodeSystemName | (string & {}), code: string, date?: string | null"
)]
pub fn is_valid(
    env: &Env,
    system: Unknown<'_>,
    code: Unknown<'_>,
    date: Option<Unknown<'_>>,
) -> Result<bool> {
    let system = system_arg(env, &system)?;
    let code = args::string(env, &code, "code")?;
    let date = date_arg(env, date.as_ref())?;
    guarded(env, || codes::is_valid(system, &code, date))
}

/// Validates many codes of one system for one date in one call (one result
/// per code, in order).
#[napi(
    namespace = "codes",
    ts_args_type = "system: CodeSystemName | (string & {}), codes: string[], date?: string | null"
)]
pub fn validate_many(
    env: &Env,
    system: Unknown<'_>,
    codes: Unknown<'_>,
    date: Option<Unknown<'_>>,
) -> Result<Vec<JsCodeValidation>> {
    let system = system_arg(env, &system)?;
    let codes = args::string_array(env, &codes, "codes")?;
    let date = date_arg(env, date.as_ref())?;
    guarded(env, || {
        validate_all(system, &codes, date)
            .into_iter()
            .map(Into::into)
            .collect()
    })
}

/// Like `validateMany`, but the validation runs on the libuv thread pool and
/// the results are handed over in chunks between event-loop turns, so a web
/// server stays responsive during a large batch. Argument errors throw
/// synchronously.
#[napi(
    namespace = "codes",
    ts_args_type = "system: CodeSystemName | (string & {}), codes: string[], date?: string | null",
    ts_return_type = "Promise<CodeValidation[]>"
)]
pub fn validate_many_async<'env>(
    env: &'env Env,
    system: Unknown<'_>,
    codes: Unknown<'_>,
    date: Option<Unknown<'_>>,
) -> Result<Object<'env>> {
    let system = system_arg(env, &system)?;
    let codes = args::string_array(env, &codes, "codes")?;
    let date = date_arg(env, date.as_ref())?;
    batch::spawn(
        env,
        move || validate_all(system, &codes, date),
        JsCodeValidation::from,
    )
}

/// Validates a FHIR `Coding` (`{ system, code }`) by its system URI (or short
/// name). An unknown system throws `CODE_UNKNOWN_SYSTEM`.
#[napi(
    namespace = "codes",
    ts_args_type = "coding: { system: string; code: string }, date?: string | null"
)]
pub fn validate_coding(
    env: &Env,
    coding: Unknown<'_>,
    date: Option<Unknown<'_>>,
) -> Result<JsCodeValidation> {
    if coding.get_type()? != ValueType::Object {
        return Err(crate::errors::type_error(
            env,
            "The \"coding\" argument must be an object { system, code }".to_owned(),
        ));
    }
    // SAFETY: checked to be an object just above.
    let object = unsafe { coding.cast::<Object<'_>>()? };
    let system: Unknown<'_> = object.get_named_property("system")?;
    let code: Unknown<'_> = object.get_named_property("code")?;
    let system_text = args::string(env, &system, "coding.system")?;
    let code = args::string(env, &code, "coding.code")?;
    let date = date_arg(env, date.as_ref())?;
    let system = CodeSystem::from_uri(&system_text)
        .or_else(|by_uri| CodeSystem::from_name(&system_text).map_err(|_| by_uri))
        .map_err(|e| code_error(env, &e))?;
    guarded(env, || codes::validate(system, &code, date).into())
}

/// Normalises a code without checking that it exists (case, surrounding
/// whitespace, the ICD dot, NDC forms to 5-4-2). Throws a `HimError` with the
/// format or check-digit error (`CODE_INVALID_FORMAT`, `CODE_CHECK_DIGIT`,
/// `CODE_NDC_AMBIGUOUS`).
#[napi(
    namespace = "codes",
    ts_args_type = "system: CodeSystemName | (string & {}), code: string"
)]
pub fn normalize(env: &Env, system: Unknown<'_>, code: Unknown<'_>) -> Result<String> {
    let system = system_arg(env, &system)?;
    let code = args::string(env, &code, "code")?;
    guarded(env, || codes::normalize(system, &code))?.map_err(|e| code_error(env, &e))
}

/// Looks a valid code up: title, release, chapter and block, parent and
/// children, instructional notes, 7th characters. Throws a `HimError` with the
/// validation error (`CODE_UNKNOWN`, `CODE_NOT_YET_VALID`, ...) when the code
/// is not valid on the date.
#[napi(
    namespace = "codes",
    ts_args_type = "system: CodeSystemName | (string & {}), code: string, date?: string | null"
)]
pub fn lookup(
    env: &Env,
    system: Unknown<'_>,
    code: Unknown<'_>,
    date: Option<Unknown<'_>>,
) -> Result<JsCodeInfo> {
    let system = system_arg(env, &system)?;
    let code = args::string(env, &code, "code")?;
    let date = date_arg(env, date.as_ref())?;
    guarded(env, || codes::lookup(system, &code, date))?
        .map(Into::into)
        .map_err(|e| code_error(env, &e))
}

/// One entry of `lookupMany`: the code's entry, or why it has none.
#[napi(object, js_name = "CodeLookupResult", use_nullable = true)]
pub struct JsLookupResult {
    /// The entry; `null` when the code is not valid on the date.
    pub result: Option<JsCodeInfo>,
    /// The validation error code (`CODE_UNKNOWN`, ...); `null` when found.
    pub error_code: Option<String>,
    /// The error message; `null` when found.
    pub error_message: Option<String>,
}

fn lookup_result(r: std::result::Result<CodeInfo, CodeError>) -> JsLookupResult {
    match r {
        Ok(info) => JsLookupResult {
            result: Some(info.into()),
            error_code: None,
            error_message: None,
        },
        Err(e) => JsLookupResult {
            result: None,
            error_code: Some(e.code().to_owned()),
            error_message: Some(e.to_string()),
        },
    }
}

fn lookup_all(
    system: CodeSystem,
    codes: &[String],
    date: Option<NaiveDate>,
) -> Vec<std::result::Result<CodeInfo, CodeError>> {
    let refs: Vec<&str> = codes.iter().map(String::as_str).collect();
    codes::lookup_many(system, &refs, date)
}

/// Looks many codes of one system up in one call; each entry has the code's
/// entry or its own error (nothing is thrown for an invalid code).
#[napi(
    namespace = "codes",
    ts_args_type = "system: CodeSystemName | (string & {}), codes: string[], date?: string | null"
)]
pub fn lookup_many(
    env: &Env,
    system: Unknown<'_>,
    codes: Unknown<'_>,
    date: Option<Unknown<'_>>,
) -> Result<Vec<JsLookupResult>> {
    let system = system_arg(env, &system)?;
    let codes = args::string_array(env, &codes, "codes")?;
    let date = date_arg(env, date.as_ref())?;
    guarded(env, || {
        lookup_all(system, &codes, date)
            .into_iter()
            .map(lookup_result)
            .collect()
    })
}

/// Like `lookupMany`, on the libuv thread pool (results handed over in
/// chunks between event-loop turns).
#[napi(
    namespace = "codes",
    ts_args_type = "system: CodeSystemName | (string & {}), codes: string[], date?: string | null",
    ts_return_type = "Promise<CodeLookupResult[]>"
)]
pub fn lookup_many_async<'env>(
    env: &'env Env,
    system: Unknown<'_>,
    codes: Unknown<'_>,
    date: Option<Unknown<'_>>,
) -> Result<Object<'env>> {
    let system = system_arg(env, &system)?;
    let codes = args::string_array(env, &codes, "codes")?;
    let date = date_arg(env, date.as_ref())?;
    batch::spawn(env, move || lookup_all(system, &codes, date), lookup_result)
}

/// The claim-level check HIM coders run on the ICD-10-CM diagnosis codes of
/// one encounter: Excludes1 pairs, manifestation codes without their etiology
/// (codeFirst), header codes where a billable code is needed, duplicates, and
/// invalid codes.
#[napi(
    namespace = "codes",
    ts_args_type = "codes: string[], date?: string | null"
)]
pub fn check_claim(
    env: &Env,
    codes: Unknown<'_>,
    date: Option<Unknown<'_>>,
) -> Result<JsClaimReport> {
    let codes = args::string_array(env, &codes, "codes")?;
    let date = date_arg(env, date.as_ref())?;
    guarded(env, || {
        claims_all(&[codes], date)
            .into_iter()
            .next()
            .map(Into::into)
    })?
    .ok_or_else(|| him_error(env, crate::errors::INTERNAL, "no claim report", None))
}

fn claims_arg(env: &Env, value: &Unknown<'_>) -> Result<Vec<Vec<String>>> {
    let items = args::array(env, value, "claims")?;
    let mut claims = Vec::with_capacity(items.len() as usize);
    for index in 0..items.len() {
        let name = format!("claims[{index}]");
        let claim: Unknown<'_> = items.get(index)?.ok_or_else(|| {
            crate::errors::type_error(env, format!("The \"{name}\" argument must be an Array"))
        })?;
        claims.push(args::string_array(env, &claim, &name)?);
    }
    Ok(claims)
}

/// Claim checks of many encounters in one call (one report per claim).
#[napi(
    namespace = "codes",
    ts_args_type = "claims: string[][], date?: string | null"
)]
pub fn check_claim_many(
    env: &Env,
    claims: Unknown<'_>,
    date: Option<Unknown<'_>>,
) -> Result<Vec<JsClaimReport>> {
    let claims = claims_arg(env, &claims)?;
    let date = date_arg(env, date.as_ref())?;
    guarded(env, || {
        claims_all(&claims, date)
            .into_iter()
            .map(Into::into)
            .collect()
    })
}

/// Like `checkClaimMany`, on the libuv thread pool, results handed over in
/// chunks between event-loop turns.
#[napi(
    namespace = "codes",
    ts_args_type = "claims: string[][], date?: string | null",
    ts_return_type = "Promise<ClaimReport[]>"
)]
pub fn check_claim_many_async<'env>(
    env: &'env Env,
    claims: Unknown<'_>,
    date: Option<Unknown<'_>>,
) -> Result<Object<'env>> {
    let claims = claims_arg(env, &claims)?;
    let date = date_arg(env, date.as_ref())?;
    batch::spawn(env, move || claims_all(&claims, date), JsClaimReport::from)
}

/// Every code system himcore knows, with the names and URIs accepted for it.
#[napi(namespace = "codes")]
pub fn systems() -> Vec<JsCodeSystem> {
    codes::ALL_SYSTEMS
        .into_iter()
        .map(|s| JsCodeSystem {
            name: s.name().to_owned(),
            uri: s.uri().to_owned(),
            uris: s.uris().iter().map(|u| (*u).to_owned()).collect(),
        })
        .collect()
}
