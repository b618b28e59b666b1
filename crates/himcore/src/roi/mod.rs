//! # Release of information
//!
//! HIM answers requests for records from patients, providers, payers and
//! lawyers. A release here goes through three gates, in order:
//! 1. **Minimum necessary** (45 CFR 164.502(b), 164.514(d)): only what was
//!    requested, by item (`Observation/123`) or by resource type, is
//!    considered; a request that names nothing releases nothing.
//! 2. **Consent and policy**: each requested resource is checked with
//!    [`crate::consent::ConsentEngine::filter_bundle`] for the requester, the
//!    purpose and the action `disclose`; what is denied is withheld and
//!    references to it are masked.
//! 3. **Record**: the release yields a disclosure [`AuditEntry`] (recipient,
//!    what was disclosed, purpose, authorization, consent decision) for the
//!    audit log, from which the accounting of disclosures is drawn.

use crate::audit::{
    AuditActor, AuditEntry, AuditError, AuditLog, AuditOutcome, ConsentBasis, Receipt, Recipient,
};
use crate::consent::{
    ConsentEngine, ConsentError, ConsentRequest, Obligation, RequestActor, RequestData,
    WithheldResource,
};
use crate::ErrorCode;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::io::Write;

/// Who asks for the records.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Requester {
    /// e.g. `Organization/lawfirm-1`, `Practitioner/9`, `Patient/p1`.
    pub reference: String,
    /// Name, as the accounting shows it.
    pub name: String,
    /// Address, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// The requester's organization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    /// Roles the requester acts in.
    #[serde(default)]
    pub roles: Vec<String>,
}

/// A request for release of information.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoiRequest {
    /// The request's id (e.g. the ROI log number).
    pub id: String,
    /// Who asks.
    pub requester: Requester,
    /// The staff member who releases.
    pub released_by: AuditActor,
    /// The patient, e.g. `Patient/p1`.
    pub patient: String,
    /// HL7 v3 PurposeOfUse code.
    pub purpose: String,
    /// The authorization (45 CFR 164.508) or consent the request rests on, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization: Option<String>,
    /// Requested items, e.g. `Observation/123`.
    #[serde(default)]
    pub items: Vec<String>,
    /// Requested resource types (every resource of these types).
    #[serde(default)]
    pub resource_types: Vec<String>,
    /// When the release happens (RFC 3339 date-time with zone).
    pub time: String,
}

/// The outcome of a release.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Release {
    /// The request's id.
    pub request_id: String,
    /// A Bundle (type `collection`) of what is released.
    pub bundle: Value,
    /// References of the released resources.
    pub released: Vec<String>,
    /// Requested but withheld by consent or policy, with reasons.
    pub withheld: Vec<WithheldResource>,
    /// Resources in the record that were not requested (minimum necessary).
    pub not_requested: usize,
    /// Requested items that are not in the record.
    pub not_found: Vec<String>,
    /// Obligations that come with the release.
    pub obligations: Vec<Obligation>,
    /// The disclosure entry for the audit log.
    pub audit_entry: AuditEntry,
}

/// What can go wrong releasing information.
#[derive(Debug, Clone, thiserror::Error)]
#[non_exhaustive]
pub enum RoiError {
    /// The request names neither items nor resource types.
    #[error(
        "the request names no items and no resource types: nothing is released (minimum necessary)"
    )]
    NothingRequested,
    /// The request is malformed.
    #[error("invalid release request: {0}")]
    InvalidRequest(String),
    /// The record is not a FHIR Bundle.
    #[error("the patient record must be a FHIR Bundle")]
    NotABundle,
    /// The consent check failed.
    #[error(transparent)]
    Consent(#[from] ConsentError),
    /// Recording the disclosure failed.
    #[error(transparent)]
    Audit(#[from] AuditError),
}

impl ErrorCode for RoiError {
    fn code(&self) -> &'static str {
        match self {
            RoiError::NothingRequested => "ROI_NOTHING_REQUESTED",
            RoiError::InvalidRequest(_) => "ROI_INVALID_REQUEST",
            RoiError::NotABundle => "ROI_NOT_A_BUNDLE",
            RoiError::Consent(e) => e.code(),
            RoiError::Audit(e) => e.code(),
        }
    }
}

impl RoiRequest {
    /// Parses a request from JSON; unknown fields are errors.
    pub fn from_json(json: &str) -> Result<RoiRequest, RoiError> {
        serde_json::from_str(json).map_err(|e| RoiError::InvalidRequest(e.to_string()))
    }
}

fn reference_of(resource: &Map<String, Value>) -> Option<String> {
    let rt = resource.get("resourceType")?.as_str()?;
    let id = resource.get("id")?.as_str()?;
    Some(format!("{rt}/{id}"))
}

/// Releases from `record` (a Bundle of the patient's resources) what the
/// request asks for and consent permits, and builds the disclosure entry.
pub fn release(
    engine: &ConsentEngine,
    record: &Value,
    request: &RoiRequest,
) -> Result<Release, RoiError> {
    if request.items.is_empty() && request.resource_types.is_empty() {
        return Err(RoiError::NothingRequested);
    }
    let obj = record.as_object().ok_or(RoiError::NotABundle)?;
    if obj.get("resourceType").and_then(Value::as_str) != Some("Bundle") {
        return Err(RoiError::NotABundle);
    }
    let entries = obj
        .get("entry")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or(&[]);
    let mut selected = Vec::new();
    let mut not_requested = 0;
    let mut found = Vec::new();
    for entry in entries {
        let Some(res) = entry.get("resource").and_then(Value::as_object) else {
            continue;
        };
        let rt = res
            .get("resourceType")
            .and_then(Value::as_str)
            .unwrap_or("");
        let reference = reference_of(res);
        let by_item = reference
            .as_ref()
            .is_some_and(|r| request.items.contains(r));
        let by_type = request.resource_types.iter().any(|t| t == rt);
        if by_item || by_type {
            if let Some(r) = reference {
                found.push(r);
            }
            selected.push(serde_json::json!({"resource": Value::Object(res.clone())}));
        } else {
            not_requested += 1;
        }
    }
    let not_found = request
        .items
        .iter()
        .filter(|i| !found.contains(i))
        .cloned()
        .collect();
    let consent_request = ConsentRequest {
        actor: RequestActor {
            reference: Some(request.requester.reference.clone()),
            roles: request.requester.roles.clone(),
            organization: request.requester.organization.clone(),
        },
        purpose: request.purpose.clone(),
        action: "disclose".into(),
        data: RequestData {
            patient: Some(request.patient.clone()),
            ..RequestData::default()
        },
        time: request.time.clone(),
        jurisdiction: None,
    };
    let bundle =
        serde_json::json!({"resourceType": "Bundle", "type": "collection", "entry": selected});
    let filtered = engine.filter_bundle(&bundle, &consent_request)?;
    let released: Vec<String> = filtered
        .bundle
        .get("entry")
        .and_then(Value::as_array)
        .map(|es| {
            es.iter()
                .filter_map(|e| {
                    e.get("resource")
                        .and_then(Value::as_object)
                        .and_then(reference_of)
                })
                .collect()
        })
        .unwrap_or_default();
    let mut consents: Vec<String> = filtered
        .withheld
        .iter()
        .flat_map(|w| w.reasons.iter().filter_map(|r| r.consent.clone()))
        .collect();
    consents.sort();
    consents.dedup();
    let description = format!(
        "{} record(s) released ({}) of {} requested; {} withheld by consent or policy",
        released.len(),
        released.join(", "),
        found.len(),
        filtered.withheld.len()
    );
    let audit_entry = AuditEntry {
        time: request.time.clone(),
        action: "disclose".into(),
        actor: request.released_by.clone(),
        patient: Some(request.patient.clone()),
        resources: released.clone(),
        purpose: Some(request.purpose.clone()),
        outcome: if released.is_empty() {
            AuditOutcome::Denied
        } else {
            AuditOutcome::Success
        },
        recipient: Some(Recipient {
            name: request.requester.name.clone(),
            address: request.requester.address.clone(),
            reference: Some(request.requester.reference.clone()),
        }),
        description: Some(description),
        authorization: request.authorization.clone(),
        exempt_basis: None,
        consent: Some(ConsentBasis {
            decision: if released.is_empty() {
                "deny".into()
            } else {
                "permit".into()
            },
            consents,
            obligations: filtered
                .obligations
                .iter()
                .map(|o| o.code.clone())
                .collect(),
        }),
    };
    audit_entry.check()?;
    Ok(Release {
        request_id: request.id.clone(),
        bundle: filtered.bundle,
        released,
        withheld: filtered.withheld,
        not_requested,
        not_found,
        obligations: filtered.obligations,
        audit_entry,
    })
}

/// [`release`], then appends its disclosure entry to the audit log.
pub fn release_and_record<W: Write>(
    engine: &ConsentEngine,
    record: &Value,
    request: &RoiRequest,
    log: &mut AuditLog,
    out: &mut W,
) -> Result<(Release, Receipt), RoiError> {
    let r = release(engine, record, request)?;
    let receipt = log.append(out, &r.audit_entry)?;
    Ok((r, receipt))
}
