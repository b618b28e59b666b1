//! The `deid` namespace: the door of `himcore::deid` (HIPAA Safe Harbor,
//! 45 CFR 164.514(b)(2), for clinical free text and FHIR resources, with
//! keyed surrogates, pseudonyms and date shifts).
//!
//! Keys are strings (their UTF-8 bytes, as in a key file) or bytes, at least
//! 16; they never appear in results, errors or `util.inspect` output. Span
//! offsets are converted to UTF-16 code units, so `text.slice(start, end)`
//! is the span in JavaScript (the core counts Unicode characters).

use std::sync::Arc;

use himcore::deid::{
    DeidError, DeidKey, DeidOutcome, DeidPolicy, DeidReport, ErrorMode,
    FhirDeidentifier as CoreFhir, PhiSpan, TextDeidentifier as CoreText, TextPolicy, TextResult,
};
use himcore::ErrorCode;
use napi::bindgen_prelude::{Buffer, JsObjectValue, Object, Unknown};
use napi::{Env, JsValue, Result, ValueType};
use napi_derive::napi;

use crate::args;
use crate::batch;
use crate::errors::{guarded, him_error, type_error};

/// The `HimError` for a [`DeidError`] (its message never holds a key or PHI).
pub(crate) fn deid_error(env: &Env, error: &DeidError) -> napi::Error {
    him_error(env, error.code(), &error.to_string(), None)
}

/// One detected PHI span.
#[napi(object, js_name = "PhiSpan")]
pub struct JsSpan {
    /// First UTF-16 code unit of the span in the input (`text.slice(start, end)`).
    pub start: u32,
    /// One past the last UTF-16 code unit.
    pub end: u32,
    /// What the span is: `NAME`, `DATE`, `MRN`, `PHONE`, `EMAIL`, `SSN`,
    /// `ADDRESS`, `ZIP`, `AGE`, ... (the Safe Harbor categories).
    #[napi(js_name = "type")]
    pub phi_type: String,
    /// Confidence in 0..=1 (rule strength, not a probability).
    pub confidence: f64,
}

/// Spans with UTF-16 offsets into `text` (the spans are sorted and do not overlap).
fn js_spans(text: &str, spans: Vec<PhiSpan>) -> Vec<JsSpan> {
    let mut out = Vec::with_capacity(spans.len());
    let (mut byte, mut unit) = (0usize, 0usize);
    let mut advance = |to: usize| -> u32 {
        if to >= byte {
            unit += text.get(byte..to).map_or(0, |s| s.encode_utf16().count());
        } else {
            unit = text.get(..to).map_or(0, |s| s.encode_utf16().count());
        }
        byte = to;
        u32::try_from(unit).unwrap_or(u32::MAX)
    };
    for s in spans {
        let start = advance(s.start_byte);
        let end = advance(s.end_byte);
        out.push(JsSpan {
            start,
            end,
            phi_type: s.phi_type.as_str().to_owned(),
            confidence: s.confidence,
        });
    }
    out
}

/// A de-identified text and what was replaced.
#[napi(object, js_name = "DeidTextResult")]
pub struct JsTextResult {
    /// The de-identified text.
    pub text: String,
    /// The spans that were replaced (offsets into the input text).
    pub spans: Vec<JsSpan>,
}

fn js_text_result(input: &str, r: TextResult) -> JsTextResult {
    JsTextResult {
        spans: js_spans(input, r.spans),
        text: r.text,
    }
}

fn bytes(env: &Env, value: &Unknown<'_>, name: &str) -> Result<Vec<u8>> {
    if value.get_type()? == ValueType::String {
        return Ok(args::string(env, value, name)?.into_bytes());
    }
    if value.is_buffer()? || value.is_typedarray()? {
        // SAFETY: checked to be a Buffer or a typed array just above.
        let buffer = unsafe { value.cast::<Buffer>()? };
        return Ok(buffer.to_vec());
    }
    Err(type_error(
        env,
        format!("The \"{name}\" argument must be a string or a Buffer"),
    ))
}

fn key_arg(env: &Env, value: Option<&Unknown<'_>>, name: &str) -> Result<Option<DeidKey>> {
    match value {
        Some(v) if !args::is_nullish(v)? => {
            // The copy of the secret is wiped when dropped.
            let raw = zeroize::Zeroizing::new(bytes(env, v, name)?);
            DeidKey::from_bytes(&raw)
                .map(Some)
                .map_err(|e| deid_error(env, &e))
        }
        _ => Ok(None),
    }
}

/// Reads `options.<key>` from an optional options object.
fn option<'a>(options: Option<&Object<'a>>, key: &str) -> Result<Option<Unknown<'a>>> {
    match options {
        Some(o) => {
            let v: Unknown<'a> = o.get_named_property(key)?;
            Ok(if args::is_nullish(&v)? { None } else { Some(v) })
        }
        None => Ok(None),
    }
}

fn options_object<'a>(env: &Env, value: Option<&Unknown<'a>>) -> Result<Option<Object<'a>>> {
    match value {
        Some(v) if !args::is_nullish(v)? => {
            if v.get_type()? != ValueType::Object {
                return Err(type_error(
                    env,
                    "The \"options\" argument must be an object, null or undefined".to_owned(),
                ));
            }
            // SAFETY: checked to be an object just above.
            Ok(Some(unsafe { v.cast::<Object<'a>>()? }))
        }
        _ => Ok(None),
    }
}

fn text_policy(env: &Env, value: Option<&Unknown<'_>>) -> Result<TextPolicy> {
    match value {
        Some(v) => {
            let text = args::json_text(env, v, "options.policy")?;
            serde_json::from_str(&text)
                .map_err(|e| deid_error(env, &DeidError::PolicyInvalid(e.to_string())))
        }
        None => Ok(TextPolicy::default()),
    }
}

/// The free-text PHI engine (patterns and dictionaries compiled once: build
/// one and reuse it; it is safe to share across async calls).
#[napi(namespace = "deid")]
pub struct TextDeidentifier {
    inner: Arc<CoreText>,
}

/// Settings of one text job.
struct TextJob {
    policy: TextPolicy,
    key: Option<DeidKey>,
}

fn text_job(
    env: &Env,
    options: Option<&Unknown<'_>>,
) -> Result<(TextJob, Option<Vec<String>>, String)> {
    let object = options_object(env, options)?;
    let policy = text_policy(env, option(object.as_ref(), "policy")?.as_ref())?;
    let key = key_arg(env, option(object.as_ref(), "key")?.as_ref(), "options.key")?;
    let scope = match option(object.as_ref(), "scope")? {
        Some(v) => args::string(env, &v, "options.scope")?,
        None => String::new(),
    };
    let scopes = match option(object.as_ref(), "scopes")? {
        Some(v) => Some(args::string_array(env, &v, "options.scopes")?),
        None => None,
    };
    Ok((TextJob { policy, key }, scopes, scope))
}

#[napi(namespace = "deid")]
impl TextDeidentifier {
    /// Builds the engine (compiles its patterns and dictionaries).
    #[napi(constructor)]
    pub fn new(env: Env) -> Result<Self> {
        let inner = guarded(&env, CoreText::new)?.map_err(|e| deid_error(&env, &e))?;
        Ok(TextDeidentifier {
            inner: Arc::new(inner),
        })
    }

    /// Finds PHI spans in `text`, sorted and non-overlapping.
    #[napi(ts_args_type = "text: string")]
    pub fn detect(&self, env: Env, text: Unknown<'_>) -> Result<Vec<JsSpan>> {
        let text = args::string(&env, &text, "text")?;
        guarded(&env, || js_spans(&text, self.inner.detect(&text)))
    }

    /// Detects and replaces PHI. `options.policy` is the core's text policy
    /// (`{ method: 'tag' | 'redact' | 'surrogate', keep_types, min_age,
    /// date_shift_max_days }`; default: tags, states kept); `options.key` is
    /// required for `surrogate` (`DEID_KEY_MISSING` otherwise);
    /// `options.scope` names the patient or document whose dates share one
    /// keyed shift.
    #[napi(
        ts_args_type = "text: string, options?: { policy?: object | string | null; key?: string | Uint8Array | null; scope?: string | null } | null"
    )]
    pub fn deidentify(
        &self,
        env: Env,
        text: Unknown<'_>,
        options: Option<Unknown<'_>>,
    ) -> Result<JsTextResult> {
        let text = args::string(&env, &text, "text")?;
        let (job, _, scope) = text_job(&env, options.as_ref())?;
        let result = guarded(&env, || {
            self.inner
                .deidentify(&text, &job.policy, job.key.as_ref(), &scope)
        })?;
        result
            .map(|r| js_text_result(&text, r))
            .map_err(|e| deid_error(&env, &e))
    }

    /// De-identifies many texts with one policy (`options.scopes`, same
    /// length, names each text's patient for date shifts).
    #[napi(
        ts_args_type = "texts: string[], options?: { policy?: object | string | null; key?: string | Uint8Array | null; scopes?: string[] | null } | null"
    )]
    pub fn deidentify_many(
        &self,
        env: Env,
        texts: Unknown<'_>,
        options: Option<Unknown<'_>>,
    ) -> Result<Vec<JsTextResult>> {
        let texts = args::string_array(&env, &texts, "texts")?;
        let (job, scopes, _) = text_job(&env, options.as_ref())?;
        let scopes = scopes.unwrap_or_default();
        let results = guarded(&env, || text_batch(&self.inner, &texts, &scopes, &job))?;
        results.map_err(|e| deid_error(&env, &e))
    }

    /// Like `deidentifyMany`, on the libuv thread pool (results handed over
    /// in chunks between event-loop turns). A policy or key error rejects.
    #[napi(
        ts_args_type = "texts: string[], options?: { policy?: object | string | null; key?: string | Uint8Array | null; scopes?: string[] | null } | null",
        ts_return_type = "Promise<DeidTextResult[]>"
    )]
    pub fn deidentify_many_async<'env>(
        &self,
        env: &'env Env,
        texts: Unknown<'_>,
        options: Option<Unknown<'_>>,
    ) -> Result<Object<'env>> {
        let texts = args::string_array(env, &texts, "texts")?;
        let (job, scopes, _) = text_job(env, options.as_ref())?;
        let scopes = scopes.unwrap_or_default();
        let engine = Arc::clone(&self.inner);
        batch::spawn_fallible(
            env,
            move || text_batch(&engine, &texts, &scopes, &job),
            |r| r,
            |env, e| deid_error(env, &e),
        )
    }
}

fn text_batch(
    engine: &CoreText,
    texts: &[String],
    scopes: &[String],
    job: &TextJob,
) -> std::result::Result<Vec<JsTextResult>, DeidError> {
    texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let scope = scopes.get(i).map_or("", String::as_str);
            engine
                .deidentify(t, &job.policy, job.key.as_ref(), scope)
                .map(|r| js_text_result(t, r))
        })
        .collect()
}

/// An input left out of the output.
#[napi(object, js_name = "DeidSkipped", use_nullable = true)]
pub struct JsSkipped {
    /// Position in the input batch.
    pub index: u32,
    /// Its resourceType, when it had one.
    pub resource_type: Option<String>,
    /// The error code.
    pub code: String,
}

/// How often one policy rule applied.
#[napi(object, js_name = "DeidRuleCount")]
pub struct JsRuleCount {
    /// Rule index in the policy.
    pub rule: u32,
    /// Selector, written back (`path`/`type`/`resource`).
    pub selector: String,
    /// Method name.
    pub method: String,
    /// Elements it applied to.
    pub count: u32,
}

/// Counts of what a FHIR de-identification changed (no values from the input).
#[napi(object, js_name = "DeidReport")]
pub struct JsReport {
    /// Policy name.
    pub policy: String,
    /// Top-level inputs (resources or Bundles).
    pub resources_in: u32,
    /// Outputs written.
    pub resources_out: u32,
    /// Inputs left out, with their error codes.
    pub skipped: Vec<JsSkipped>,
    /// `stop` or `skip`.
    pub error_mode: String,
    /// Per rule, in policy order (rules that never applied included).
    pub rules: Vec<JsRuleCount>,
    /// Leaves no rule matched, handled by the policy default.
    pub default_applied: u32,
    /// Per category: element datatype (`HumanName`, `date`...) or text span
    /// type (`text:NAME`).
    #[napi(ts_type = "Record<string, number>")]
    pub categories: serde_json::Value,
}

fn small(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl From<DeidReport> for JsReport {
    fn from(r: DeidReport) -> Self {
        JsReport {
            policy: r.policy,
            resources_in: small(r.resources_in),
            resources_out: small(r.resources_out),
            skipped: r
                .skipped
                .into_iter()
                .map(|s| JsSkipped {
                    index: small(s.index),
                    resource_type: s.resource_type,
                    code: s.code,
                })
                .collect(),
            error_mode: r.error_mode,
            rules: r
                .rules
                .into_iter()
                .map(|c| JsRuleCount {
                    rule: small(c.rule),
                    selector: c.selector,
                    method: c.method,
                    count: small(c.count),
                })
                .collect(),
            default_applied: small(r.default_applied),
            categories: serde_json::to_value(r.categories).unwrap_or(serde_json::Value::Null),
        }
    }
}

/// One de-identified resource.
#[napi(object, js_name = "DeidResourceResult")]
pub struct JsResourceResult {
    /// The de-identified resource (or Bundle) as JSON text.
    pub resource: String,
    /// What was changed.
    pub report: JsReport,
}

/// A de-identified batch.
#[napi(object, js_name = "DeidBatchResult", use_nullable = true)]
pub struct JsBatchResult {
    /// The de-identified resources as JSON text, in input order (skipped ones left out).
    pub resources: Vec<String>,
    /// What was done, including what was skipped and why.
    pub report: JsReport,
    /// With `mode: 'stop'`, the error that stopped the batch; else `null`.
    pub error_code: Option<String>,
    /// Its message; `null` when the batch ran through.
    pub error_message: Option<String>,
}

fn js_batch(o: DeidOutcome) -> JsBatchResult {
    JsBatchResult {
        resources: o.resources.iter().map(ToString::to_string).collect(),
        report: o.report.into(),
        error_code: o.error.as_ref().map(|e| e.code().to_owned()),
        error_message: o.error.as_ref().map(ToString::to_string),
    }
}

/// Parses each text as JSON; a text that is not JSON is `DEID_NOT_A_RESOURCE`.
fn values(texts: &[String]) -> Vec<serde_json::Value> {
    texts
        .iter()
        .map(|t| serde_json::from_str(t).unwrap_or(serde_json::Value::Null))
        .collect()
}

/// A de-identification policy applied to FHIR resources (the core's
/// `FhirDeidentifier`): a preset (`'safe-harbor'`, `'limited-data-set'`,
/// `'pseudonymized-research'`) or a policy document (rules as data).
#[napi(namespace = "deid")]
pub struct FhirDeidentifier {
    inner: Arc<CoreFhir>,
}

#[napi(namespace = "deid")]
impl FhirDeidentifier {
    /// Builds the engine. `policy` is a preset name or a policy (object or
    /// JSON text); `key` (string or bytes, at least 16) is required when the
    /// policy has a keyed method (`DEID_KEY_MISSING`: there is never a
    /// default key); `options.referenceDate` (`YYYY-MM-DD`) fixes the date
    /// ages are computed on (default: today).
    #[napi(
        constructor,
        ts_args_type = "policy: string | object, key?: string | Uint8Array | null, options?: { referenceDate?: string | null } | null"
    )]
    pub fn new(
        env: Env,
        policy: Unknown<'_>,
        key: Option<Unknown<'_>>,
        options: Option<Unknown<'_>>,
    ) -> Result<Self> {
        let mut policy = match policy.get_type()? {
            ValueType::String => {
                let name = args::string(&env, &policy, "policy")?;
                if name.trim_start().starts_with('{') {
                    DeidPolicy::from_json(name.as_bytes())
                } else {
                    DeidPolicy::preset(&name)
                }
            }
            _ => {
                let text = args::json_text(&env, &policy, "policy")?;
                DeidPolicy::from_json(text.as_bytes())
            }
        }
        .map_err(|e| deid_error(&env, &e))?;
        let object = options_object(&env, options.as_ref())?;
        if let Some(date) = option(object.as_ref(), "referenceDate")? {
            let date = args::date(&env, &date, "options.referenceDate")?;
            policy.reference_date = Some(date.format("%Y-%m-%d").to_string());
        }
        let key = key_arg(&env, key.as_ref(), "key")?;
        let inner =
            guarded(&env, || CoreFhir::new(policy, key))?.map_err(|e| deid_error(&env, &e))?;
        Ok(FhirDeidentifier {
            inner: Arc::new(inner),
        })
    }

    /// De-identifies one resource (or Bundle). Throws a `HimError`
    /// (`DEID_NOT_A_RESOURCE`, `DEID_METHOD_FAILED`) when it cannot.
    #[napi(ts_args_type = "resource: object | string")]
    pub fn deidentify(&self, env: Env, resource: Unknown<'_>) -> Result<JsResourceResult> {
        let text = args::json_text(&env, &resource, "resource")?;
        let value: serde_json::Value = serde_json::from_str(&text)
            .map_err(|e| deid_error(&env, &DeidError::NotAResource(format!("not JSON: {e}"))))?;
        let result = guarded(&env, || self.inner.deidentify_resource(value))?;
        let (resource, report) = result.map_err(|e| deid_error(&env, &e))?;
        Ok(JsResourceResult {
            resource: resource.to_string(),
            report: report.into(),
        })
    }

    /// De-identifies a batch. `mode: 'stop'` (default) stops at the first
    /// failing resource and withholds it; `'skip'` leaves failing resources
    /// out, records them in the report and goes on.
    #[napi(ts_args_type = "resources: Array<object | string>, mode?: 'stop' | 'skip' | null")]
    pub fn deidentify_many(
        &self,
        env: Env,
        resources: Unknown<'_>,
        mode: Option<Unknown<'_>>,
    ) -> Result<JsBatchResult> {
        let texts = args::json_text_array(&env, &resources, "resources")?;
        let mode = mode_arg(&env, mode.as_ref())?;
        guarded(&env, || {
            js_batch(self.inner.deidentify_batch(values(&texts), mode))
        })
    }

    /// Like `deidentifyMany`, on the libuv thread pool.
    #[napi(
        ts_args_type = "resources: Array<object | string>, mode?: 'stop' | 'skip' | null",
        ts_return_type = "Promise<DeidBatchResult>"
    )]
    pub fn deidentify_many_async(
        &self,
        env: Env,
        resources: Unknown<'_>,
        mode: Option<Unknown<'_>>,
    ) -> Result<napi::bindgen_prelude::AsyncTask<FhirBatchTask>> {
        let texts = args::json_text_array(&env, &resources, "resources")?;
        let mode = mode_arg(&env, mode.as_ref())?;
        Ok(napi::bindgen_prelude::AsyncTask::new(FhirBatchTask {
            engine: Arc::clone(&self.inner),
            texts,
            mode,
        }))
    }
}

fn mode_arg(env: &Env, value: Option<&Unknown<'_>>) -> Result<ErrorMode> {
    match args::optional_string(env, value, "mode")?.as_deref() {
        None | Some("stop") => Ok(ErrorMode::Stop),
        Some("skip") => Ok(ErrorMode::Skip),
        Some(other) => Err(crate::errors::value_error(
            env,
            format!("The \"mode\" argument must be 'stop' or 'skip'. Received {other:?}"),
        )),
    }
}

/// A FHIR de-identification batch on the thread pool. Its result is one
/// object (texts and a report), converted in one step.
pub struct FhirBatchTask {
    engine: Arc<CoreFhir>,
    texts: Vec<String>,
    mode: ErrorMode,
}

impl napi::Task for FhirBatchTask {
    type Output = std::result::Result<DeidOutcome, crate::errors::Panicked>;
    type JsValue = JsBatchResult;

    fn compute(&mut self) -> Result<Self::Output> {
        let texts = std::mem::take(&mut self.texts);
        let (engine, mode) = (Arc::clone(&self.engine), self.mode);
        Ok(crate::errors::guard(move || {
            engine.deidentify_batch(values(&texts), mode)
        }))
    }

    fn resolve(&mut self, env: Env, output: Self::Output) -> Result<Self::JsValue> {
        output.map(js_batch).map_err(|p| p.into_error(&env))
    }
}
