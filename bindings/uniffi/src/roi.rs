//! Release of information (`himcore::roi`): minimum necessary (45 CFR
//! 164.502(b), 164.514(d)), then consent, then the disclosure entry for the
//! audit log, in that order, all decided by the core.

use std::sync::Arc;

use himcore::roi;
use himcore::ErrorCode;

use crate::consent::{ConsentEngine, ConsentObligation, WithheldResource};
use crate::HimCoreError;

impl From<roi::RoiError> for HimCoreError {
    fn from(e: roi::RoiError) -> Self {
        match e {
            // Keep the area of the code: a CONSENT_* code arrives as a
            // Consent exception, AUDIT_* as an Audit one.
            roi::RoiError::Consent(c) => c.into(),
            roi::RoiError::Audit(a) => a.into(),
            other => HimCoreError::Roi {
                code: other.code().to_owned(),
                detail: other.to_string(),
            },
        }
    }
}

/// What a release of information gives.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct RoiRelease {
    /// The request's id.
    pub request_id: String,
    /// The Bundle (JSON) to send: only what was requested and permitted,
    /// references to withheld resources masked.
    pub bundle_json: String,
    /// `Type/id` of each released resource.
    pub released: Vec<String>,
    /// What was requested but withheld, and why (for the releasing staff).
    pub withheld: Vec<WithheldResource>,
    /// Resources in the record that were not requested (minimum necessary).
    pub not_requested: u64,
    /// Requested items not in the record.
    pub not_found: Vec<String>,
    /// Obligations of the permits (e.g. the 42 CFR 2.32 redisclosure notice).
    pub obligations: Vec<ConsentObligation>,
    /// The disclosure entry (JSON) to append to the audit log
    /// (`AuditLogWriter.append`).
    pub audit_entry_json: String,
}

/// Releases from `record_json` (a Bundle of the patient's resources) what
/// the request (JSON: `id`, `requester`, `released_by`, `patient`,
/// `purpose`, `items`, `resource_types`, `time`, ...) asks for and the
/// consents permit. Throws `HimCoreException.Roi` (`ROI_NOTHING_REQUESTED`,
/// `ROI_INVALID_REQUEST`, `ROI_NOT_A_BUNDLE`) or `Consent`.
#[uniffi::export]
pub fn roi_release(
    consents: Arc<ConsentEngine>,
    record_json: String,
    request_json: String,
) -> Result<RoiRelease, HimCoreError> {
    let record: serde_json::Value =
        serde_json::from_str(&record_json).map_err(|_| roi::RoiError::NotABundle)?;
    let request = roi::RoiRequest::from_json(&request_json)?;
    let r = roi::release(consents.core(), &record, &request)?;
    let audit_entry_json =
        serde_json::to_string(&r.audit_entry).map_err(|e| HimCoreError::Roi {
            code: "ROI_INVALID_REQUEST".to_owned(),
            detail: e.to_string(),
        })?;
    Ok(RoiRelease {
        request_id: r.request_id,
        bundle_json: r.bundle.to_string(),
        released: r.released,
        withheld: r
            .withheld
            .into_iter()
            .map(crate::consent::withheld)
            .collect(),
        not_requested: r.not_requested as u64,
        not_found: r.not_found,
        obligations: r
            .obligations
            .into_iter()
            .map(crate::consent::obligation)
            .collect(),
        audit_entry_json,
    })
}
