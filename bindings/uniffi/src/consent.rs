//! Consent checks (`himcore::consent`): may this person see or receive this
//! data, for this purpose, now?
//!
//! The rules (FHIR R4/R5 Consent evaluation, HL7 v3 PurposeOfUse hierarchy,
//! sensitive categories such as 42 CFR Part 2, break-the-glass, default
//! deny) are the core's. Consents, the policy, requests and Bundles cross as
//! JSON text, the form apps hold them in (FHIR resources from a server, a
//! request built by the app); decisions come back as typed records.

use std::sync::Arc;

use himcore::consent;
use himcore::ErrorCode;

use crate::{HimCoreError, ItemError};

/// Permit or deny.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum ConsentVerdict {
    /// The action may go ahead (with any obligations).
    Permit,
    /// The action must not go ahead.
    Deny,
}

/// Something that must be done when acting on a permit.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ConsentObligation {
    /// Code, e.g. v3 ObligationPolicy `AUDIT`, `NORDSCLCD`, or `NOTIFY`.
    pub code: String,
    /// Code system (`null` for himcore's own codes such as `NOTIFY`).
    pub system: Option<String>,
    /// Why the obligation attaches.
    pub why: String,
}

/// One reason behind a decision.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ConsentReason {
    /// The consent's id, or `null` for a reason from the policy.
    pub consent: Option<String>,
    /// The provision path inside the consent (`provision[0].provision[1]`).
    pub provision: Option<String>,
    /// Why, in words.
    pub why: String,
}

/// The answer to a consent question, with its obligations and reasons.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ConsentDecision {
    /// Permit or deny.
    pub decision: ConsentVerdict,
    /// What must be done when acting on a permit.
    pub obligations: Vec<ConsentObligation>,
    /// Why: decisive provisions, policy rules, consents that did not apply.
    pub reasons: Vec<ConsentReason>,
}

/// One answer of [`ConsentEngine::decide_many`]: a decision or the error of
/// that request (the other requests are still decided).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ConsentDecisionResult {
    /// The decision, when the request could be read.
    pub decision: Option<ConsentDecision>,
    /// Why the request could not be decided (`CONSENT_*`).
    pub error: Option<ItemError>,
}

/// A resource held back by [`ConsentEngine::filter_bundle`].
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct WithheldResource {
    /// Its resourceType.
    pub resource_type: String,
    /// Its id, when it has one.
    pub id: Option<String>,
    /// Why it was held back.
    pub reasons: Vec<ConsentReason>,
}

/// What [`ConsentEngine::filter_bundle`] returns.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ConsentFilterResult {
    /// The Bundle (JSON) holding only what may be released; references to
    /// withheld resources are masked (data-absent-reason `masked`).
    pub bundle_json: String,
    /// How many entries were released.
    pub released: u64,
    /// What was held back and why (for the releasing staff, not the recipient).
    pub withheld: Vec<WithheldResource>,
    /// Obligations of all the permits, without repeats.
    pub obligations: Vec<ConsentObligation>,
}

impl From<consent::ConsentError> for HimCoreError {
    fn from(e: consent::ConsentError) -> Self {
        HimCoreError::Consent {
            code: e.code().to_owned(),
            detail: e.to_string(),
        }
    }
}

pub(crate) fn reason(r: consent::Reason) -> ConsentReason {
    ConsentReason {
        consent: r.consent,
        provision: r.provision,
        why: r.why.into_owned(),
    }
}

pub(crate) fn obligation(o: consent::Obligation) -> ConsentObligation {
    ConsentObligation {
        code: o.code,
        system: o.system,
        why: o.why,
    }
}

impl From<consent::ConsentDecision> for ConsentDecision {
    fn from(d: consent::ConsentDecision) -> Self {
        Self {
            decision: match d.decision {
                consent::Decision::Permit => ConsentVerdict::Permit,
                consent::Decision::Deny => ConsentVerdict::Deny,
            },
            obligations: d.obligations.into_iter().map(obligation).collect(),
            reasons: d.reasons.into_iter().map(reason).collect(),
        }
    }
}

pub(crate) fn withheld(w: consent::WithheldResource) -> WithheldResource {
    WithheldResource {
        resource_type: w.resource_type,
        id: w.id,
        reasons: w.reasons.into_iter().map(reason).collect(),
    }
}

fn policy_from(policy_json: Option<&str>) -> Result<consent::ConsentPolicy, HimCoreError> {
    Ok(match policy_json {
        Some(p) => consent::ConsentPolicy::from_json(p)?,
        None => consent::ConsentPolicy::default(),
    })
}

/// Consents and a policy compiled once, for many decisions. Immutable and
/// safe to share across threads.
#[derive(Debug, uniffi::Object)]
pub struct ConsentEngine {
    inner: consent::ConsentEngine,
}

impl ConsentEngine {
    pub(crate) fn core(&self) -> &consent::ConsentEngine {
        &self.inner
    }
}

#[uniffi::export]
impl ConsentEngine {
    /// Compiles FHIR R4 or R5 Consent resources (JSON texts) under a policy
    /// (JSON; `null`: no base policy, so no applicable consent means deny).
    /// Throws `HimCoreException.Consent` (`CONSENT_INVALID_JSON`,
    /// `CONSENT_INVALID`, `CONSENT_INVALID_POLICY`, ...).
    #[uniffi::constructor(default(policy_json = None))]
    pub fn compile(
        consents_json: Vec<String>,
        policy_json: Option<String>,
    ) -> Result<Arc<Self>, HimCoreError> {
        let texts: Vec<&str> = consents_json.iter().map(String::as_str).collect();
        let policy = policy_from(policy_json.as_deref())?;
        Ok(Arc::new(Self {
            inner: consent::ConsentEngine::from_json(&texts, policy)?,
        }))
    }

    /// How many consents the engine holds.
    pub fn consent_count(&self) -> u64 {
        self.inner.len() as u64
    }

    /// Decides one request (JSON: `actor`, `purpose`, `action`, `time`,
    /// `data`). Throws `CONSENT_INVALID_REQUEST`, `CONSENT_UNKNOWN_PURPOSE`, ...
    pub fn decide(&self, request_json: String) -> Result<ConsentDecision, HimCoreError> {
        let request = consent::ConsentRequest::from_json(&request_json)?;
        Ok(self.inner.decide(&request)?.into())
    }

    /// Decides many requests in one call; each gets its own result, in order.
    pub fn decide_many(&self, requests_json: Vec<String>) -> Vec<ConsentDecisionResult> {
        requests_json
            .iter()
            .map(|r| {
                match consent::ConsentRequest::from_json(r).and_then(|q| self.inner.decide(&q)) {
                    Ok(d) => ConsentDecisionResult {
                        decision: Some(d.into()),
                        error: None,
                    },
                    Err(e) => ConsentDecisionResult {
                        decision: None,
                        error: Some(ItemError::from_core(&e)),
                    },
                }
            })
            .collect()
    }

    /// Filters a FHIR Bundle (JSON) to what the request may receive: each
    /// entry is checked with the request's actor, purpose, action and time
    /// and the resource's own type, codes, labels, date and reference.
    /// Throws `CONSENT_NOT_A_BUNDLE` for anything but a Bundle.
    pub fn filter_bundle(
        &self,
        bundle_json: String,
        request_json: String,
    ) -> Result<ConsentFilterResult, HimCoreError> {
        let bundle: serde_json::Value = serde_json::from_str(&bundle_json)
            .map_err(|e| consent::ConsentError::InvalidJson(e.to_string()))?;
        let request = consent::ConsentRequest::from_json(&request_json)?;
        let r = self.inner.filter_bundle(&bundle, &request)?;
        Ok(ConsentFilterResult {
            bundle_json: r.bundle.to_string(),
            released: r.released as u64,
            withheld: r.withheld.into_iter().map(withheld).collect(),
            obligations: r.obligations.into_iter().map(obligation).collect(),
        })
    }
}

/// One-shot consent check: compiles the consents under the policy, then
/// decides the request. For many requests against the same consents,
/// compile a [`ConsentEngine`] once.
#[uniffi::export(default(policy_json = None))]
pub fn check_consent(
    consents_json: Vec<String>,
    request_json: String,
    policy_json: Option<String>,
) -> Result<ConsentDecision, HimCoreError> {
    ConsentEngine::compile(consents_json, policy_json)?.decide(request_json)
}
