//! The `fhir` namespace: the door of `himcore::model` (FHIR R4 validation and
//! lossless normalisation).
//!
//! Resources may be passed as JSON text or as JavaScript objects. Text is
//! handed to the core exactly as written, which is the only way decimals such
//! as `1.50` and every detail of the original survive; objects are serialised
//! with `JSON.stringify` first (they have already lost that precision).

use himcore::model::{self, FhirError, Severity, ValidationReport};
use himcore::ErrorCode;
use napi::bindgen_prelude::{Object, Unknown};
use napi::{Env, Result};
use napi_derive::napi;

use crate::args;
use crate::batch;
use crate::errors::{guarded, him_error};

/// One FHIR validation problem.
#[napi(object, js_name = "FhirIssue")]
pub struct JsIssue {
    /// `"error"` (the resource is not valid FHIR R4) or `"warning"`.
    #[napi(ts_type = "'error' | 'warning'")]
    pub severity: String,
    /// Stable machine code, e.g. `"FHIR_INVALID_TYPE"` (docs/errors.md).
    pub code: String,
    /// FHIRPath-like location, e.g. `"Patient.name[0].given[1]"`; empty for
    /// the document itself (e.g. text that is not JSON).
    pub path: String,
    /// Human-readable explanation; branch on `code`, not on this.
    pub message: String,
}

/// The result of validating one resource: every problem, not only the first.
#[napi(object, js_name = "FhirValidationReport", use_nullable = true)]
pub struct JsValidationReport {
    /// `resourceType`, when the input had one as a string.
    pub resource_type: Option<String>,
    /// `id`, when the input had one as a string.
    pub id: Option<String>,
    /// True when no issue has severity `"error"`.
    pub valid: bool,
    /// Every problem found, in document order.
    pub issues: Vec<JsIssue>,
}

/// One resource of a document (single resource, Bundle or NDJSON) and its report.
#[napi(object, js_name = "FhirDocumentItem")]
pub struct JsDocumentItem {
    /// Where the resource was found: `""` for a single resource or a Bundle
    /// itself, `"entry[2]"` for a Bundle entry, `"line 3"` (or
    /// `"line 3 entry[0]"`) in NDJSON.
    pub location: String,
    /// Its validation report.
    pub report: JsValidationReport,
}

fn severity_name(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

impl From<ValidationReport> for JsValidationReport {
    fn from(report: ValidationReport) -> Self {
        JsValidationReport {
            resource_type: report.resource_type,
            id: report.id,
            valid: report.valid,
            issues: report
                .issues
                .into_iter()
                .map(|issue| JsIssue {
                    severity: severity_name(issue.severity).to_owned(),
                    code: issue.code.to_owned(),
                    path: issue.path,
                    message: issue.message,
                })
                .collect(),
        }
    }
}

/// The `HimError` for a [`FhirError`]; `details` is the full validation report
/// (`{resourceType, id, valid, issues}`) when the resource was invalid.
pub(crate) fn fhir_error(env: &Env, error: &FhirError) -> napi::Error {
    let details = error.report().and_then(|r| serde_json::to_value(r).ok());
    him_error(env, error.code(), &error.to_string(), details.as_ref())
}

fn reports(texts: &[String]) -> Vec<ValidationReport> {
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    model::validate_many(&refs)
}

fn document(text: &str) -> Vec<(String, ValidationReport)> {
    model::split_resources(text)
        .iter()
        .map(|item| (item.location.clone(), model::validate_split_item(item)))
        .collect()
}

fn document_item((location, report): (String, ValidationReport)) -> JsDocumentItem {
    JsDocumentItem {
        location,
        report: report.into(),
    }
}

/// Validates one FHIR R4 resource (strict JSON types, cardinalities, required
/// bindings, primitive formats) and reports every problem with its path.
/// Never throws for a bad resource: text that is not JSON gives an issue with
/// code `FHIR_INVALID_JSON`.
#[napi(namespace = "fhir", ts_args_type = "resource: object | string")]
pub fn validate(env: &Env, resource: Unknown<'_>) -> Result<JsValidationReport> {
    let text = args::json_text(env, &resource, "resource")?;
    guarded(env, || model::validate_json(&text).into())
}

/// Validates many resources in one call (one report per resource, in order).
#[napi(namespace = "fhir", ts_args_type = "resources: Array<object | string>")]
pub fn validate_many(env: &Env, resources: Unknown<'_>) -> Result<Vec<JsValidationReport>> {
    let texts = args::json_text_array(env, &resources, "resources")?;
    guarded(env, || {
        reports(&texts).into_iter().map(Into::into).collect()
    })
}

/// Like `validateMany`, but validation runs on the libuv thread pool and the
/// reports are handed over in chunks between event-loop turns, so the event
/// loop stays free while a large batch runs. (Objects are serialised on the
/// calling thread; pass JSON strings to move all the work off it.)
#[napi(
    namespace = "fhir",
    ts_args_type = "resources: Array<object | string>",
    ts_return_type = "Promise<FhirValidationReport[]>"
)]
pub fn validate_many_async<'env>(env: &'env Env, resources: Unknown<'_>) -> Result<Object<'env>> {
    let texts = args::json_text_array(env, &resources, "resources")?;
    batch::spawn(env, move || reports(&texts), JsValidationReport::from)
}

/// Validates a whole document as `him fhir validate` does: a single resource,
/// a Bundle (one report for the Bundle itself, then one per
/// `entry[i].resource`) or NDJSON (one per non-blank line). Lines that are not
/// JSON give a report with a `FHIR_INVALID_JSON` issue.
#[napi(namespace = "fhir", ts_args_type = "text: string")]
pub fn validate_document(env: &Env, text: Unknown<'_>) -> Result<Vec<JsDocumentItem>> {
    let text = args::string(env, &text, "text")?;
    guarded(env, || {
        document(&text).into_iter().map(document_item).collect()
    })
}

/// Like `validateDocument`, on the libuv thread pool (reports handed over in
/// chunks between event-loop turns): for large Bundles and NDJSON files in a
/// request handler.
#[napi(
    namespace = "fhir",
    ts_args_type = "text: string",
    ts_return_type = "Promise<FhirDocumentItem[]>"
)]
pub fn validate_document_async<'env>(env: &'env Env, text: Unknown<'_>) -> Result<Object<'env>> {
    let text = args::string(env, &text, "text")?;
    batch::spawn(env, move || document(&text), document_item)
}

/// One entry of `normalizeMany`: the written-back JSON, or why not.
#[napi(object, js_name = "FhirNormalized", use_nullable = true)]
pub struct JsNormalized {
    /// The resource written back as compact JSON text; `null` when it could
    /// not be normalised.
    pub json: Option<String>,
    /// `FHIR_INVALID_JSON` or `FHIR_INVALID_RESOURCE`; `null` on success.
    pub error_code: Option<String>,
    /// The error message; `null` on success.
    pub error_message: Option<String>,
    /// For `FHIR_INVALID_RESOURCE`, the full validation report; else `null`.
    pub report: Option<JsValidationReport>,
}

fn normalized(result: std::result::Result<String, FhirError>) -> JsNormalized {
    match result {
        Ok(json) => JsNormalized {
            json: Some(json),
            error_code: None,
            error_message: None,
            report: None,
        },
        Err(error) => JsNormalized {
            json: None,
            error_code: Some(error.code().to_owned()),
            error_message: Some(error.to_string()),
            report: error.report().cloned().map(Into::into),
        },
    }
}

fn normalize_all(texts: &[String]) -> Vec<std::result::Result<String, FhirError>> {
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    model::normalize_many(&refs)
}

/// Normalises many resources in one call; each entry has the JSON text or
/// that resource's error (nothing is thrown for a bad resource).
#[napi(namespace = "fhir", ts_args_type = "resources: Array<object | string>")]
pub fn normalize_many(env: &Env, resources: Unknown<'_>) -> Result<Vec<JsNormalized>> {
    let texts = args::json_text_array(env, &resources, "resources")?;
    guarded(env, || {
        normalize_all(&texts).into_iter().map(normalized).collect()
    })
}

/// Like `normalizeMany`, on the libuv thread pool (results handed over in
/// chunks between event-loop turns).
#[napi(
    namespace = "fhir",
    ts_args_type = "resources: Array<object | string>",
    ts_return_type = "Promise<FhirNormalized[]>"
)]
pub fn normalize_many_async<'env>(env: &'env Env, resources: Unknown<'_>) -> Result<Object<'env>> {
    let texts = args::json_text_array(env, &resources, "resources")?;
    batch::spawn(env, move || normalize_all(&texts), normalized)
}

/// Parses one resource and writes it back as compact JSON text, keeping
/// everything the core keeps (element order, decimal text such as `1.50`,
/// date precision, `_element` extensions, unknown elements). Throws a
/// `HimError` with code `FHIR_INVALID_JSON`, or `FHIR_INVALID_RESOURCE` whose
/// `details` is the full validation report.
#[napi(namespace = "fhir", ts_args_type = "resource: object | string")]
pub fn normalize(env: &Env, resource: Unknown<'_>) -> Result<String> {
    let text = args::json_text(env, &resource, "resource")?;
    guarded(env, || model::normalize_json(&text))?.map_err(|e| fhir_error(env, &e))
}
