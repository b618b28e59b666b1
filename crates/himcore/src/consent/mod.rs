//! # Consent checks
//!
//! May this person see or receive this data, for this purpose, now?
//!
//! [`ConsentEngine`] evaluates FHIR Consent resources (R4 4.0.1 and R5 5.0.0
//! shapes) against a [`ConsentRequest`] and returns a [`ConsentDecision`]
//! with its obligations and reasons.
//!
//! The rules, and where they come from:
//! - Only `active` consents apply, and only within their period (FHIR
//!   Consent.status, Consent.period / R4 root `provision.period`).
//! - A consent's base decision is overridden by nested provisions that match
//!   the request on actor (role or reference), action, security label,
//!   purpose (with the HL7 v3 PurposeOfUse hierarchy: `ETREAT` and `BTG`
//!   fall under `TREAT`), class / resource type / document type, code,
//!   data period and data reference. Deeper provisions are exceptions to
//!   their parents; among sibling exceptions a deny overrides a permit.
//! - Several applicable consents combine deterministically: deny overrides by
//!   default, or permit-overrides / most-recent when the policy says so.
//! - With no applicable consent the decision follows the [`ConsentPolicy`]'s
//!   base (opt-in or opt-out, per jurisdiction); with none set, deny.
//! - Sensitive categories (42 CFR Part 2 substance use disorder, HIV,
//!   psychiatry, sexual and reproductive health, STDs, genetics, abuse and
//!   domestic violence) need a permit that names the category, except under a
//!   stated exception (42 CFR 2.51 medical emergencies by default). Data is
//!   labelled from its codes by value lists kept as data with their sources.
//! - Break-the-glass (`BTG`) permits carry obligations (audit, notify).
//! - Fail closed: a fact the request leaves out never makes a permit apply,
//!   and always lets a deny apply. A consent provision element we do not
//!   understand (a `modifierExtension`, an unknown element) is an error,
//!   never silently ignored.

mod compile;
mod engine;
mod labels;
mod policy;
mod purpose;
mod request;
mod time;

pub use compile::{MAX_DEPTH, MAX_PROVISIONS};
pub use engine::{
    ConsentDecision, ConsentEngine, Decision, FilterResult, Reason, WithheldResource,
};
pub use labels::{
    categories, categories_of_code, category_of_label, CategorySet, SensitivityCategory,
};
pub use policy::{
    BasePolicy, BreakGlass, Combining, ConsentPolicy, Obligation, SensitiveException,
};
pub use purpose::{is_a as purpose_is_a, is_known as purpose_is_known};
pub use request::{CodingRef, ConsentRequest, PreparedRequest, RequestActor, RequestData};

use crate::ErrorCode;

/// What can go wrong compiling consents or reading requests and policies.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ConsentError {
    /// A consent text is not JSON.
    #[error("consent is not valid JSON: {0}")]
    InvalidJson(String),
    /// A consent is not a usable FHIR Consent.
    #[error("consent {id:?} at {path}: {message}")]
    InvalidConsent {
        /// The consent's id ("" when it has none).
        id: String,
        /// Where in the consent.
        path: String,
        /// What is wrong.
        message: String,
    },
    /// A request is malformed.
    #[error("invalid consent request: {0}")]
    InvalidRequest(String),
    /// A policy is malformed or names unknown categories.
    #[error("invalid consent policy: {0}")]
    InvalidPolicy(String),
    /// A purpose of use that is not an HL7 v3 PurposeOfUse code.
    #[error("unknown purpose of use {0:?} (expected an HL7 v3 PurposeOfUse code such as TREAT)")]
    UnknownPurpose(String),
    /// A date or time that is not a FHIR date/dateTime.
    #[error("invalid date or time {value:?} at {path}")]
    InvalidDate {
        /// Where.
        path: String,
        /// The text given.
        value: String,
    },
    /// Filtering needs a FHIR Bundle.
    #[error("expected a FHIR Bundle")]
    NotABundle,
    /// A consent past the documented size limits.
    #[error("consent too large: {0}")]
    LimitExceeded(String),
}

impl ErrorCode for ConsentError {
    fn code(&self) -> &'static str {
        match self {
            ConsentError::InvalidJson(_) => "CONSENT_INVALID_JSON",
            ConsentError::InvalidConsent { .. } => "CONSENT_INVALID",
            ConsentError::InvalidRequest(_) => "CONSENT_INVALID_REQUEST",
            ConsentError::InvalidPolicy(_) => "CONSENT_INVALID_POLICY",
            ConsentError::UnknownPurpose(_) => "CONSENT_UNKNOWN_PURPOSE",
            ConsentError::InvalidDate { .. } => "CONSENT_INVALID_DATE",
            ConsentError::NotABundle => "CONSENT_NOT_A_BUNDLE",
            ConsentError::LimitExceeded(_) => "CONSENT_LIMIT_EXCEEDED",
        }
    }
}

/// One-shot check from JSON values, for callers (and bindings) that hold
/// consents, policy and request as JSON: compiles, then decides. For many
/// requests against the same consents, compile a [`ConsentEngine`] once.
pub fn check(
    consents: &[serde_json::Value],
    policy: Option<&serde_json::Value>,
    request: &serde_json::Value,
) -> Result<ConsentDecision, ConsentError> {
    let policy = match policy {
        Some(p) => ConsentPolicy::from_value(p)?,
        None => ConsentPolicy::default(),
    };
    let engine = ConsentEngine::compile(consents, policy)?;
    engine.decide(&ConsentRequest::from_value(request)?)
}
