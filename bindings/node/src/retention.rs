//! The `retention` namespace: the door of `himcore::retention` (how long
//! each record must be kept, and when it may be destroyed, from rule packs
//! with citations).
//!
//! Records use the core's JSON format (`docs/retention.md`: `record_type`,
//! `jurisdiction`, `patient_birth_date`, `legal_holds`, ...; unknown fields
//! are errors) and may be passed as objects or JSON text. Packs are shipped
//! pack names (`"us-federal"`, `"us-ca"`, see `retention.shippedPacks()`) or
//! custom rule packs as objects / JSON text.

use std::sync::Arc;

use chrono::NaiveDate;
use himcore::retention::{
    self, CertificateRequest, DestructionCertificate, EngineOptions, Explanation,
    RetentionDecision, RetentionEngine as CoreEngine, RetentionError, RetentionRecord, RulePack,
};
use himcore::ErrorCode;
use napi::bindgen_prelude::{JsObjectValue, Object, Unknown};
use napi::{Env, Result, ValueType};
use napi_derive::napi;

use crate::args;
use crate::batch;
use crate::errors::{guarded, him_error};

/// A rule named in a decision.
#[napi(object, js_name = "RetentionRuleRef")]
pub struct JsRuleRef {
    /// Rule id (`"us-ca-hospital"`).
    pub id: String,
    /// Its citation (`"Cal. Code Regs. tit. 22, § 70751(c)"`).
    pub citation: String,
}

/// One applicable rule's result for the record.
#[napi(object, js_name = "RetentionRuleOutcome", use_nullable = true)]
pub struct JsRuleOutcome {
    /// Rule id.
    pub id: String,
    /// Its citation.
    pub citation: String,
    /// What this rule alone requires: `"YYYY-MM-DD"` (keep through that
    /// day), `"indeterminate"` (a needed fact is missing: keep) or `"permanent"`.
    pub retain_until: String,
    /// The rule that explicitly overrides this one; `null` when none does.
    pub overridden_by: Option<String>,
}

/// A warning attached to a decision: the decision stands, but a person should look.
#[napi(object, js_name = "RetentionWarning")]
pub struct JsWarning {
    /// Stable code (`RETENTION_FACT_MISSING`, ...).
    pub code: String,
    /// Human message.
    pub message: String,
}

/// The result of evaluating one record.
#[napi(object, js_name = "RetentionDecision")]
pub struct JsDecision {
    /// The record's id.
    pub id: String,
    /// The evaluation date (`YYYY-MM-DD`).
    pub as_of: String,
    /// `"retain"`, `"eligible_for_destruction"` or `"on_hold"` (an active
    /// legal hold always wins).
    #[napi(ts_type = "'retain' | 'eligible_for_destruction' | 'on_hold'")]
    pub status: String,
    /// The longest requirement among the applicable rules: `"YYYY-MM-DD"`,
    /// `"indeterminate"` or `"permanent"`.
    pub retain_until: String,
    /// The rule that sets `retainUntil`.
    pub governing_rule: JsRuleRef,
    /// Every applicable rule with what it requires, sorted by rule id.
    pub rules: Vec<JsRuleOutcome>,
    /// Ids of the legal holds active on `asOf`.
    pub holds: Vec<String>,
    /// Warnings, sorted by code.
    pub warnings: Vec<JsWarning>,
}

impl From<RetentionDecision> for JsDecision {
    fn from(d: RetentionDecision) -> Self {
        JsDecision {
            id: d.id,
            as_of: d.as_of.format("%Y-%m-%d").to_string(),
            // The status's serde name is its documented JSON form.
            status: serde_json::to_value(d.status)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default(),
            retain_until: d.retain_until.to_string(),
            governing_rule: JsRuleRef {
                id: d.governing_rule.id,
                citation: d.governing_rule.citation,
            },
            rules: d
                .rules
                .into_iter()
                .map(|r| JsRuleOutcome {
                    id: r.id,
                    citation: r.citation,
                    retain_until: r.retain_until.to_string(),
                    overridden_by: r.overridden_by,
                })
                .collect(),
            holds: d.holds,
            warnings: d
                .warnings
                .into_iter()
                .map(|w| JsWarning {
                    code: w.code,
                    message: w.message,
                })
                .collect(),
        }
    }
}

/// One entry of `evaluateMany`: a decision, or that record's error.
#[napi(object, js_name = "RetentionDecisionResult", use_nullable = true)]
pub struct JsDecisionResult {
    /// The decision; `null` when the record could not be evaluated.
    pub result: Option<JsDecision>,
    /// The record's error code (`RETENTION_UNKNOWN_JURISDICTION`, ...); `null` when evaluated.
    pub error_code: Option<String>,
    /// The record's error message; `null` when evaluated.
    pub error_message: Option<String>,
}

fn decision_result(r: std::result::Result<RetentionDecision, RetentionError>) -> JsDecisionResult {
    match r {
        Ok(d) => JsDecisionResult {
            result: Some(d.into()),
            error_code: None,
            error_message: None,
        },
        Err(e) => JsDecisionResult {
            result: None,
            error_code: Some(e.code().to_owned()),
            error_message: Some(e.to_string()),
        },
    }
}

/// One loaded rule as seen from one record.
#[napi(object, js_name = "RetentionConsideredRule", use_nullable = true)]
pub struct JsConsideredRule {
    /// Rule id.
    pub id: String,
    /// Rule title.
    pub title: String,
    /// Citation.
    pub citation: String,
    /// Whether the rule applied.
    pub applies: bool,
    /// Why (not).
    pub reason: String,
    /// What it requires, when it applied; else `null`.
    pub retain_until: Option<String>,
}

/// A decision with the reasoning behind it: every loaded rule and why it did
/// or did not apply.
#[napi(object, js_name = "RetentionExplanation")]
pub struct JsExplanation {
    /// The decision, as `evaluate` returns it.
    pub decision: JsDecision,
    /// Every loaded rule, sorted by id.
    pub considered: Vec<JsConsideredRule>,
}

impl From<Explanation> for JsExplanation {
    fn from(e: Explanation) -> Self {
        JsExplanation {
            decision: e.decision.into(),
            considered: e
                .considered
                .into_iter()
                .map(|c| JsConsideredRule {
                    id: c.id,
                    title: c.title,
                    citation: c.citation,
                    applies: c.applies,
                    reason: c.reason,
                    retain_until: c.retain_until.map(|r| r.to_string()),
                })
                .collect(),
        }
    }
}

/// A record that may be destroyed.
#[napi(object, js_name = "RetentionDestructionEntry", use_nullable = true)]
pub struct JsDestructionEntry {
    /// Record id.
    pub id: String,
    /// Record type.
    pub record_type: String,
    /// Jurisdiction.
    pub jurisdiction: String,
    /// The record's description, when given.
    pub description: Option<String>,
    /// First date the record documents (`YYYY-MM-DD`).
    pub date_from: Option<String>,
    /// Last date the record documents.
    pub date_to: Option<String>,
    /// End of the governing period.
    pub retain_until: String,
    /// The rule whose period, the longest applicable, has run out.
    pub governing_rule: JsRuleRef,
}

/// A record left off a destruction list, with the reason.
#[napi(object, js_name = "RetentionExcludedRecord")]
pub struct JsExcluded {
    /// Record id.
    pub id: String,
    /// `retain`, `on_hold`, or an error code.
    pub reason: String,
}

/// Records eligible for destruction on a date.
#[napi(object, js_name = "RetentionDestructionList")]
pub struct JsDestructionList {
    /// The date evaluated.
    pub as_of: String,
    /// Packs the decisions used.
    pub packs: Vec<String>,
    /// Eligible records, in input order.
    pub records: Vec<JsDestructionEntry>,
    /// Steps the governing laws require before destruction (deduplicated).
    pub steps_before_destruction: Vec<String>,
    /// Records not eligible, in input order.
    pub excluded: Vec<JsExcluded>,
}

fn ymd(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

impl From<retention::DestructionList> for JsDestructionList {
    fn from(l: retention::DestructionList) -> Self {
        JsDestructionList {
            as_of: ymd(l.as_of),
            packs: l.packs,
            records: l
                .records
                .into_iter()
                .map(|e| JsDestructionEntry {
                    id: e.id,
                    record_type: e.record_type,
                    jurisdiction: e.jurisdiction,
                    description: e.description,
                    date_from: e.date_from.map(ymd),
                    date_to: e.date_to.map(ymd),
                    retain_until: e.retain_until.to_string(),
                    governing_rule: JsRuleRef {
                        id: e.governing_rule.id,
                        citation: e.governing_rule.citation,
                    },
                })
                .collect(),
            steps_before_destruction: l.steps_before_destruction,
            excluded: l
                .excluded
                .into_iter()
                .map(|x| JsExcluded {
                    id: x.id,
                    reason: x.reason,
                })
                .collect(),
        }
    }
}

/// Parses every record; the first bad one throws (with its index).
fn records_arg(env: &Env, value: &Unknown<'_>) -> Result<Vec<RetentionRecord>> {
    let texts = args::json_text_array(env, value, "records")?;
    texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            RetentionRecord::from_json(t)
                .map_err(|e| him_error(env, e.code(), &format!("records[{i}]: {e}"), None))
        })
        .collect()
}

/// Explicit defaults instead of errors (the core's `EngineOptions`).
// Declares the TypeScript interface; the values are read property by
// property in `options_arg`, so a wrong type is a TypeError naming it.
#[allow(dead_code)]
#[napi(object, js_name = "RetentionEngineOptions")]
pub struct JsEngineOptions {
    /// Evaluate records of an undeclared jurisdiction as this declared one
    /// (with a `RETENTION_DEFAULT_APPLIED` warning) instead of failing.
    pub default_jurisdiction: Option<String>,
    /// Evaluate records of an undeclared type as this declared type (with a
    /// warning) instead of failing.
    pub default_record_type: Option<String>,
}

/// The `HimError` for a [`RetentionError`].
pub(crate) fn retention_error(env: &Env, error: &RetentionError) -> napi::Error {
    him_error(env, error.code(), &error.to_string(), None)
}

fn packs_arg(env: &Env, value: &Unknown<'_>) -> Result<Vec<RulePack>> {
    let items = args::array(env, value, "packs")?;
    let mut packs = Vec::with_capacity(items.len() as usize);
    for index in 0..items.len() {
        let name = format!("packs[{index}]");
        let item: Unknown<'_> = items.get(index)?.ok_or_else(|| {
            crate::errors::type_error(env, format!("The \"{name}\" argument is missing"))
        })?;
        let pack = if item.get_type()? == ValueType::String {
            let pack_name = args::string(env, &item, &name)?;
            retention::shipped_pack(&pack_name)
        } else {
            let text = args::json_text(env, &item, &name)?;
            RulePack::from_json(&name, &text)
        };
        packs.push(pack.map_err(|e| retention_error(env, &e))?);
    }
    Ok(packs)
}

fn options_arg(env: &Env, value: Option<&Unknown<'_>>) -> Result<EngineOptions> {
    let Some(value) = value else {
        return Ok(EngineOptions::default());
    };
    match value.get_type()? {
        ValueType::Undefined | ValueType::Null => Ok(EngineOptions::default()),
        ValueType::Object => {
            // SAFETY: checked to be an object just above.
            let object = unsafe { value.cast::<Object<'_>>()? };
            let field = |key: &str| -> Result<Option<String>> {
                let v: Unknown<'_> = object.get_named_property(key)?;
                args::optional_string(env, Some(&v), &format!("options.{key}"))
            };
            Ok(EngineOptions {
                default_jurisdiction: field("defaultJurisdiction")?,
                default_record_type: field("defaultRecordType")?,
            })
        }
        _ => Err(crate::errors::type_error(
            env,
            "The \"options\" argument must be an object, null or undefined".to_owned(),
        )),
    }
}

fn compile(env: &Env, packs: &Unknown<'_>, options: Option<&Unknown<'_>>) -> Result<CoreEngine> {
    let packs = packs_arg(env, packs)?;
    let options = options_arg(env, options)?;
    guarded(env, || CoreEngine::with_options(&packs, &options))?
        .map_err(|e| retention_error(env, &e))
}

fn record_arg(env: &Env, value: &Unknown<'_>) -> Result<RetentionRecord> {
    let text = args::json_text(env, value, "record")?;
    RetentionRecord::from_json(&text).map_err(|e| retention_error(env, &e))
}

fn evaluate_texts(
    engine: &CoreEngine,
    texts: &[String],
    as_of: NaiveDate,
) -> Vec<std::result::Result<RetentionDecision, RetentionError>> {
    texts
        .iter()
        .map(|t| RetentionRecord::from_json(t).and_then(|r| engine.evaluate(&r, as_of)))
        .collect()
}

/// Names of the rule packs shipped in the library (`"us-federal"`, `"us-ca"`, ...).
#[napi(namespace = "retention")]
pub fn shipped_packs() -> Vec<String> {
    retention::shipped_pack_names().map(str::to_owned).collect()
}

/// A shipped rule pack as JSON text (its rules, citations and verification
/// records), e.g. to review it or start an organisation pack from it.
#[napi(namespace = "retention", ts_args_type = "name: string")]
pub fn shipped_pack_json(env: &Env, name: Unknown<'_>) -> Result<String> {
    let name = args::string(env, &name, "name")?;
    retention::shipped_pack(&name)
        .and_then(|p| p.to_json())
        .map_err(|e| retention_error(env, &e))
}

/// One-shot evaluation of one record under `packs` as of `asOf`
/// (`YYYY-MM-DD`). Throws a `HimError` with a `RETENTION_*` code when the
/// record cannot be evaluated (unknown jurisdiction or record type, no
/// applicable rule, invalid record). For many records, build a
/// `RetentionEngine` once.
#[napi(
    namespace = "retention",
    ts_args_type = "packs: Array<string | object>, record: object | string, asOf: string"
)]
pub fn evaluate(
    env: &Env,
    packs: Unknown<'_>,
    record: Unknown<'_>,
    as_of: Unknown<'_>,
) -> Result<JsDecision> {
    let engine = compile(env, &packs, None)?;
    let record = record_arg(env, &record)?;
    let as_of = args::date(env, &as_of, "asOf")?;
    guarded(env, || engine.evaluate(&record, as_of))?
        .map(Into::into)
        .map_err(|e| retention_error(env, &e))
}

/// Rule packs compiled once for evaluating many records.
#[napi(namespace = "retention")]
pub struct RetentionEngine {
    inner: Arc<CoreEngine>,
}

#[napi(namespace = "retention")]
impl RetentionEngine {
    /// Compiles `packs`: shipped pack names (`"us-federal"`, `"us-ca"`) or
    /// custom rule packs (objects or JSON text, `schema_version` 1). Throws a
    /// `HimError` (`RETENTION_UNKNOWN_PACK`, `RETENTION_INVALID_PACK`, ...).
    /// Without `options`, records of an undeclared jurisdiction or record
    /// type are errors.
    #[napi(
        constructor,
        ts_args_type = "packs: Array<string | object>, options?: RetentionEngineOptions | null"
    )]
    pub fn new(env: Env, packs: Unknown<'_>, options: Option<Unknown<'_>>) -> Result<Self> {
        Ok(RetentionEngine {
            inner: Arc::new(compile(&env, &packs, options.as_ref())?),
        })
    }

    /// The names of the compiled packs.
    #[napi(getter)]
    pub fn pack_names(&self) -> Vec<String> {
        self.inner.pack_names().to_vec()
    }

    /// The record types the packs declare.
    #[napi(getter)]
    pub fn record_types(&self) -> Vec<String> {
        self.inner.record_types().to_vec()
    }

    /// The jurisdictions the packs declare (`US`, `US-CA`, ...).
    #[napi(getter)]
    pub fn jurisdictions(&self) -> Vec<String> {
        self.inner.jurisdictions().map(str::to_owned).collect()
    }

    /// Evaluates one record as of `asOf` (`YYYY-MM-DD`). Throws a `HimError`
    /// with a `RETENTION_*` code when it cannot be evaluated.
    #[napi(ts_args_type = "record: object | string, asOf: string")]
    pub fn evaluate(
        &self,
        env: Env,
        record: Unknown<'_>,
        as_of: Unknown<'_>,
    ) -> Result<JsDecision> {
        let record = record_arg(&env, &record)?;
        let as_of = args::date(&env, &as_of, "asOf")?;
        guarded(&env, || self.inner.evaluate(&record, as_of))?
            .map(Into::into)
            .map_err(|e| retention_error(&env, &e))
    }

    /// Evaluates many records; each gets its own result (a decision, or that
    /// record's error).
    #[napi(ts_args_type = "records: Array<object | string>, asOf: string")]
    pub fn evaluate_many(
        &self,
        env: Env,
        records: Unknown<'_>,
        as_of: Unknown<'_>,
    ) -> Result<Vec<JsDecisionResult>> {
        let texts = args::json_text_array(&env, &records, "records")?;
        let as_of = args::date(&env, &as_of, "asOf")?;
        guarded(&env, || {
            evaluate_texts(&self.inner, &texts, as_of)
                .into_iter()
                .map(decision_result)
                .collect()
        })
    }

    /// Like `evaluateMany`, on the libuv thread pool (results handed over in
    /// chunks between event-loop turns): for nightly runs over a records
    /// inventory inside a server process.
    #[napi(
        ts_args_type = "records: Array<object | string>, asOf: string",
        ts_return_type = "Promise<RetentionDecisionResult[]>"
    )]
    pub fn evaluate_many_async<'env>(
        &self,
        env: &'env Env,
        records: Unknown<'_>,
        as_of: Unknown<'_>,
    ) -> Result<Object<'env>> {
        let texts = args::json_text_array(env, &records, "records")?;
        let as_of = args::date(env, &as_of, "asOf")?;
        let engine = Arc::clone(&self.inner);
        batch::spawn(
            env,
            move || evaluate_texts(&engine, &texts, as_of),
            decision_result,
        )
    }

    /// Evaluates records and lists those eligible for destruction on `asOf`;
    /// the rest are listed as excluded with the reason (`retain`, `on_hold`
    /// or the record's error code). A record that is not a valid record
    /// throws `RETENTION_INVALID_RECORD` naming its index.
    #[napi(ts_args_type = "records: Array<object | string>, asOf: string")]
    pub fn destruction_list(
        &self,
        env: Env,
        records: Unknown<'_>,
        as_of: Unknown<'_>,
    ) -> Result<JsDestructionList> {
        let records = records_arg(&env, &records)?;
        let as_of = args::date(&env, &as_of, "asOf")?;
        guarded(&env, || {
            self.inner.destruction_list(records.iter(), as_of).into()
        })
    }

    /// Issues a certificate of destruction (AHIMA-style: series summary,
    /// records, steps required before destruction, signature blocks) for the
    /// records eligible on `request.destruction_date`, as JSON text to keep
    /// permanently. `request` is the core's format: `certificate_id`,
    /// `organisation`, `destruction_date`, `method` (`shredding`,
    /// `overwriting`, ...), `authorized_by`, optional `destroyed_by`,
    /// `witness`. Throws `RETENTION_CERTIFICATE_INCOMPLETE` when a required
    /// field is missing or no record is eligible.
    #[napi(ts_args_type = "records: Array<object | string>, request: object | string")]
    pub fn certificate(
        &self,
        env: Env,
        records: Unknown<'_>,
        request: Unknown<'_>,
    ) -> Result<String> {
        let records = records_arg(&env, &records)?;
        let text = args::json_text(&env, &request, "request")?;
        let request: CertificateRequest = serde_json::from_str(&text).map_err(|e| {
            retention_error(
                &env,
                &RetentionError::CertificateIncomplete(format!("certificate request: {e}")),
            )
        })?;
        let issued = guarded(&env, || {
            let list = self
                .inner
                .destruction_list(records.iter(), request.destruction_date);
            DestructionCertificate::issue(&list, &request)
        })?;
        let certificate = issued.map_err(|e| retention_error(&env, &e))?;
        serde_json::to_string(&certificate)
            .map_err(|e| him_error(&env, crate::errors::INTERNAL, &e.to_string(), None))
    }

    /// Evaluates a record and explains, for every loaded rule, why it applied
    /// or not (for people and audits; slower than `evaluate`).
    #[napi(ts_args_type = "record: object | string, asOf: string")]
    pub fn explain(
        &self,
        env: Env,
        record: Unknown<'_>,
        as_of: Unknown<'_>,
    ) -> Result<JsExplanation> {
        let record = record_arg(&env, &record)?;
        let as_of = args::date(&env, &as_of, "asOf")?;
        guarded(&env, || self.inner.explain(&record, as_of))?
            .map(Into::into)
            .map_err(|e| retention_error(&env, &e))
    }
}
