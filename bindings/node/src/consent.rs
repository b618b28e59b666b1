//! The `consent` namespace: the door of `himcore::consent` (FHIR Consent
//! evaluation: may this actor access, use or disclose this data, for this
//! purpose, now?).
//!
//! Consents, policies, requests and Bundles are JSON documents in the formats
//! `docs/consent.md` describes (the request's field names are the core's,
//! e.g. `security_labels`); each may be passed as a JavaScript object or as
//! JSON text, which is handed to the core as is.

use std::sync::Arc;

use himcore::consent::{
    self, ConsentDecision, ConsentEngine as CoreEngine, ConsentError, ConsentPolicy,
    ConsentRequest, Decision, FilterResult, Obligation, Reason,
};
use himcore::ErrorCode;
use napi::bindgen_prelude::{Object, Unknown};
use napi::{Env, Result};
use napi_derive::napi;

use crate::args;
use crate::batch;
use crate::errors::{guarded, him_error};

/// Something that must be done when acting on a permit.
#[napi(object, js_name = "ConsentObligation", use_nullable = true)]
pub struct JsObligation {
    /// Code, e.g. v3 ObligationPolicy `AUDIT`, `NORDSCLCD`, or `NOTIFY`.
    pub code: String,
    /// Code system; `null` for himcore's own codes such as `NOTIFY`.
    pub system: Option<String>,
    /// Why the obligation attaches.
    pub why: String,
}

/// One reason behind a decision.
#[napi(object, js_name = "ConsentReason", use_nullable = true)]
pub struct JsReason {
    /// The consent's id, or `null` for a reason from the policy.
    pub consent: Option<String>,
    /// The provision path inside the consent (`provision[0].provision[1]`), if any.
    pub provision: Option<String>,
    /// Why, in words.
    pub why: String,
}

/// The answer to a consent question.
#[napi(object, js_name = "ConsentDecision")]
pub struct JsDecision {
    /// `"permit"` or `"deny"`.
    #[napi(ts_type = "'permit' | 'deny'")]
    pub decision: String,
    /// What must be done when acting on a permit (audit, notify, ...).
    pub obligations: Vec<JsObligation>,
    /// Why: decisive provisions, policy rules, and consents that did not apply.
    pub reasons: Vec<JsReason>,
}

/// One entry of `decideMany`: a decision, or the error of that request.
#[napi(object, js_name = "ConsentDecisionResult", use_nullable = true)]
pub struct JsDecisionResult {
    /// The decision; `null` when the request was invalid.
    pub result: Option<JsDecision>,
    /// The request's error code (`CONSENT_INVALID_REQUEST`, ...); `null` when decided.
    pub error_code: Option<String>,
    /// The request's error message; `null` when decided.
    pub error_message: Option<String>,
}

/// A resource held back by `filterBundle`.
#[napi(object, js_name = "ConsentWithheldResource", use_nullable = true)]
pub struct JsWithheld {
    /// Its resourceType.
    pub resource_type: String,
    /// Its id, when it has one.
    pub id: Option<String>,
    /// Why it was held back.
    pub reasons: Vec<JsReason>,
}

/// What `filterBundle` returns.
#[napi(object, js_name = "ConsentFilterResult")]
pub struct JsFilterResult {
    /// The Bundle holding only what may be released, as JSON text (written
    /// by the core, so decimals and dates stay as they were); references to
    /// withheld resources are masked (FHIR data-absent-reason `masked`).
    pub bundle: String,
    /// How many entries were released.
    pub released: u32,
    /// What was held back and why (for the releasing staff, not the recipient).
    pub withheld: Vec<JsWithheld>,
    /// Obligations of all the permits, without repeats.
    pub obligations: Vec<JsObligation>,
}

pub(crate) fn obligation(o: Obligation) -> JsObligation {
    JsObligation {
        code: o.code,
        system: o.system,
        why: o.why,
    }
}

pub(crate) fn reason(r: Reason) -> JsReason {
    JsReason {
        consent: r.consent,
        provision: r.provision,
        why: r.why.into_owned(),
    }
}

impl From<ConsentDecision> for JsDecision {
    fn from(d: ConsentDecision) -> Self {
        JsDecision {
            decision: match d.decision {
                Decision::Permit => "permit",
                Decision::Deny => "deny",
            }
            .to_owned(),
            obligations: d.obligations.into_iter().map(obligation).collect(),
            reasons: d.reasons.into_iter().map(reason).collect(),
        }
    }
}

fn decision_result(r: std::result::Result<ConsentDecision, ConsentError>) -> JsDecisionResult {
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

/// The `HimError` for a [`ConsentError`].
pub(crate) fn consent_error(env: &Env, error: &ConsentError) -> napi::Error {
    him_error(env, error.code(), &error.to_string(), None)
}

fn policy_arg(env: &Env, policy: Option<&Unknown<'_>>) -> Result<ConsentPolicy> {
    match policy {
        Some(value) if !args::is_nullish(value)? => {
            let text = args::json_text(env, value, "policy")?;
            ConsentPolicy::from_json(&text).map_err(|e| consent_error(env, &e))
        }
        _ => Ok(ConsentPolicy::default()),
    }
}

fn compile(env: &Env, consents: &Unknown<'_>, policy: Option<&Unknown<'_>>) -> Result<CoreEngine> {
    let texts = args::json_text_array(env, consents, "consents")?;
    let policy = policy_arg(env, policy)?;
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    guarded(env, || CoreEngine::from_json(&refs, policy))?.map_err(|e| consent_error(env, &e))
}

fn request_arg(env: &Env, request: &Unknown<'_>) -> Result<ConsentRequest> {
    let text = args::json_text(env, request, "request")?;
    ConsentRequest::from_json(&text).map_err(|e| consent_error(env, &e))
}

fn decide_texts(
    engine: &CoreEngine,
    texts: &[String],
) -> Vec<std::result::Result<ConsentDecision, ConsentError>> {
    texts
        .iter()
        .map(|t| ConsentRequest::from_json(t).and_then(|r| engine.decide(&r)))
        .collect()
}

/// One-shot consent check: compiles `consents` (FHIR R4 or R5 Consent
/// resources) under `policy` (absent: deny when no consent applies) and
/// decides `request`. Throws a `HimError` with a `CONSENT_*` code for an
/// unusable consent, policy or request. For many requests against the same
/// consents, build a `ConsentEngine` once.
#[napi(
    namespace = "consent",
    ts_args_type = "consents: Array<object | string>, request: object | string, policy?: object | string | null"
)]
pub fn check(
    env: &Env,
    consents: Unknown<'_>,
    request: Unknown<'_>,
    policy: Option<Unknown<'_>>,
) -> Result<JsDecision> {
    let engine = compile(env, &consents, policy.as_ref())?;
    let request = request_arg(env, &request)?;
    guarded(env, || engine.decide(&request))?
        .map(Into::into)
        .map_err(|e| consent_error(env, &e))
}

/// Consents and a policy compiled once for fast repeated decisions.
#[napi(namespace = "consent")]
pub struct ConsentEngine {
    pub(crate) inner: Arc<CoreEngine>,
}

#[napi(namespace = "consent")]
impl ConsentEngine {
    /// Compiles `consents` (FHIR R4 or R5 Consent resources, objects or JSON
    /// text) under `policy` (absent: deny when no consent applies). Throws a
    /// `HimError` with a `CONSENT_*` code for an unusable consent or policy:
    /// a provision element himcore does not understand is an error, never
    /// ignored.
    #[napi(
        constructor,
        ts_args_type = "consents: Array<object | string>, policy?: object | string | null"
    )]
    pub fn new(env: Env, consents: Unknown<'_>, policy: Option<Unknown<'_>>) -> Result<Self> {
        Ok(ConsentEngine {
            inner: Arc::new(compile(&env, &consents, policy.as_ref())?),
        })
    }

    /// How many consents the engine holds.
    #[napi(getter)]
    pub fn size(&self) -> u32 {
        u32::try_from(self.inner.len()).unwrap_or(u32::MAX)
    }

    /// Decides one request. Throws a `HimError` (`CONSENT_INVALID_REQUEST`,
    /// `CONSENT_UNKNOWN_PURPOSE`, `CONSENT_INVALID_DATE`) for a bad request.
    #[napi(ts_args_type = "request: object | string")]
    pub fn decide(&self, env: Env, request: Unknown<'_>) -> Result<JsDecision> {
        let request = request_arg(&env, &request)?;
        guarded(&env, || self.inner.decide(&request))?
            .map(Into::into)
            .map_err(|e| consent_error(&env, &e))
    }

    /// Decides many requests; each gets its own result (a decision, or that
    /// request's error).
    #[napi(ts_args_type = "requests: Array<object | string>")]
    pub fn decide_many(&self, env: Env, requests: Unknown<'_>) -> Result<Vec<JsDecisionResult>> {
        let texts = args::json_text_array(&env, &requests, "requests")?;
        guarded(&env, || {
            decide_texts(&self.inner, &texts)
                .into_iter()
                .map(decision_result)
                .collect()
        })
    }

    /// Like `decideMany`, on the libuv thread pool (results handed over in
    /// chunks between event-loop turns).
    #[napi(
        ts_args_type = "requests: Array<object | string>",
        ts_return_type = "Promise<ConsentDecisionResult[]>"
    )]
    pub fn decide_many_async<'env>(
        &self,
        env: &'env Env,
        requests: Unknown<'_>,
    ) -> Result<Object<'env>> {
        let texts = args::json_text_array(env, &requests, "requests")?;
        let engine = Arc::clone(&self.inner);
        batch::spawn(env, move || decide_texts(&engine, &texts), decision_result)
    }

    /// Filters a FHIR Bundle to what `request` may receive: each entry's
    /// resource is checked with the request's actor, purpose, action and time
    /// and the resource's own type, codes, security labels, date and
    /// reference. Throws `CONSENT_NOT_A_BUNDLE` for anything but a Bundle.
    #[napi(ts_args_type = "bundle: object | string, request: object | string")]
    pub fn filter_bundle(
        &self,
        env: Env,
        bundle: Unknown<'_>,
        request: Unknown<'_>,
    ) -> Result<JsFilterResult> {
        let text = args::json_text(&env, &bundle, "bundle")?;
        let request = request_arg(&env, &request)?;
        let filtered = guarded(&env, || filter(&self.inner, &text, &request))?;
        filtered.map_err(|e| consent_error(&env, &e))
    }
}

pub(crate) fn withheld_resource(w: consent::WithheldResource) -> JsWithheld {
    JsWithheld {
        resource_type: w.resource_type,
        id: w.id,
        reasons: w.reasons.into_iter().map(reason).collect(),
    }
}

fn filter(
    engine: &CoreEngine,
    bundle_text: &str,
    request: &ConsentRequest,
) -> std::result::Result<JsFilterResult, ConsentError> {
    let bundle: serde_json::Value = serde_json::from_str(bundle_text)
        .map_err(|e| ConsentError::InvalidJson(format!("bundle: {e}")))?;
    let FilterResult {
        bundle,
        released,
        withheld,
        obligations,
    } = engine.filter_bundle(&bundle, request)?;
    Ok(JsFilterResult {
        bundle: bundle.to_string(),
        released: u32::try_from(released).unwrap_or(u32::MAX),
        withheld: withheld.into_iter().map(withheld_resource).collect(),
        obligations: obligations.into_iter().map(obligation).collect(),
    })
}

/// Whether `code` is an HL7 v3 PurposeOfUse code himcore knows (`TREAT`, `ETREAT`, `HPAYMT`, ...).
#[napi(namespace = "consent", ts_args_type = "code: string")]
pub fn is_known_purpose(env: &Env, code: Unknown<'_>) -> Result<bool> {
    let code = args::string(env, &code, "code")?;
    Ok(consent::purpose_is_known(&code))
}
