//! The question a consent check answers: who (actor) wants to do what
//! (action) with which data, for what purpose, when.

use super::labels::{categories_of_code, category_of_label, CategorySet};
use super::purpose;
use super::time::{parse_instant, Instant};
use super::ConsentError;
use serde::{Deserialize, Serialize};

/// A coded value: `{"system", "code"}` (system optional).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CodingRef {
    /// Code system URI.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system: Option<String>,
    /// The code.
    pub code: String,
}

/// Who asks.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RequestActor {
    /// The requester, e.g. `Practitioner/f204`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// Roles the requester acts in (v3 ParticipationType or RoleCode codes, e.g. `PRCP`).
    #[serde(default)]
    pub roles: Vec<String>,
    /// The requester's organization, e.g. `Organization/f001`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
}

/// What data the request touches. A field left out means "not known": a
/// provision that needs it cannot be shown to match, and the evaluation
/// fails closed (deny provisions apply, permit provisions do not).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RequestData {
    /// The patient the data is about, e.g. `Patient/f001`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub patient: Option<String>,
    /// FHIR resource types of the data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_types: Option<Vec<String>>,
    /// Document or content classes (e.g. MIME types, document type codes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub classes: Option<Vec<CodingRef>>,
    /// Clinical codes the data carries (ICD-10-CM, SNOMED CT, LOINC...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub codes: Option<Vec<CodingRef>>,
    /// Security labels already on the data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_labels: Option<Vec<CodingRef>>,
    /// The clinical date of the data (FHIR date or dateTime).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// References of the data's resources, e.g. `Observation/123`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub references: Option<Vec<String>>,
    /// The custodian holding the data, e.g. `Organization/f001`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custodian: Option<String>,
    /// Authors of the data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authors: Option<Vec<String>>,
}

/// A consent question. JSON shape:
/// `{"actor":{"reference","roles":[...],"organization"},"purpose":"TREAT","action":"access",
///   "data":{"resource_types":[...],"codes":[{"system","code"}],"security_labels":[...],"date"},"time"}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConsentRequest {
    /// Who asks.
    pub actor: RequestActor,
    /// HL7 v3 PurposeOfUse code (`TREAT`, `ETREAT`, `BTG`, `HPAYMT`, `HRESCH`...).
    pub purpose: String,
    /// Consent action code (`access`, `use`, `disclose`, `collect`, `correct`).
    pub action: String,
    /// The data asked for.
    #[serde(default)]
    pub data: RequestData,
    /// When the access happens (FHIR dateTime or instant).
    pub time: String,
    /// Jurisdiction whose base policy applies when no consent does (e.g. `US-CA`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jurisdiction: Option<String>,
}

/// A request checked and pre-computed once: parsed times and the
/// sensitivity categories of its data.
#[derive(Clone, Debug)]
pub struct PreparedRequest<'a> {
    pub(crate) req: &'a ConsentRequest,
    pub(crate) time: Instant,
    /// The purpose and its ancestors in the PurposeOfUse hierarchy.
    pub(crate) purposes: Vec<&'static str>,
    pub(crate) data_date: Option<Instant>,
    /// Categories from the data's labels and codes; `None` when the request
    /// gives neither labels nor codes (unknown).
    pub(crate) categories: Option<CategorySet>,
}

impl PreparedRequest<'_> {
    /// Whether the request's purpose is `p` or falls under it.
    pub(crate) fn purpose_is(&self, p: &str) -> bool {
        self.purposes.contains(&p)
    }
}

impl ConsentRequest {
    /// Parses a request from JSON. Unknown fields are an error, so a
    /// misspelt field is never silently ignored.
    pub fn from_json(json: &str) -> Result<ConsentRequest, ConsentError> {
        serde_json::from_str(json).map_err(|e| ConsentError::InvalidRequest(e.to_string()))
    }

    /// Reads a request from a JSON value (same rules as [`ConsentRequest::from_json`]).
    pub fn from_value(value: &serde_json::Value) -> Result<ConsentRequest, ConsentError> {
        ConsentRequest::deserialize(value).map_err(|e| ConsentError::InvalidRequest(e.to_string()))
    }

    /// Checks the request and computes what every evaluation needs.
    pub fn prepare(&self) -> Result<PreparedRequest<'_>, ConsentError> {
        if !purpose::is_known(&self.purpose) {
            return Err(ConsentError::UnknownPurpose(self.purpose.clone()));
        }
        if self.action.trim().is_empty() {
            return Err(ConsentError::InvalidRequest("action is empty".into()));
        }
        let time = parse_instant(&self.time).ok_or_else(|| ConsentError::InvalidDate {
            path: "time".into(),
            value: self.time.clone(),
        })?;
        let data_date = match &self.data.date {
            Some(d) => Some(parse_instant(d).ok_or_else(|| ConsentError::InvalidDate {
                path: "data.date".into(),
                value: d.clone(),
            })?),
            None => None,
        };
        let categories = if self.data.codes.is_none() && self.data.security_labels.is_none() {
            None
        } else {
            let mut set = 0;
            for c in self.data.codes.iter().flatten() {
                set |= categories_of_code(c.system.as_deref().unwrap_or(""), &c.code);
            }
            for l in self.data.security_labels.iter().flatten() {
                set |= category_of_label(&l.code).unwrap_or(0);
            }
            Some(set)
        };
        Ok(PreparedRequest {
            req: self,
            time,
            purposes: purpose::lineage(&self.purpose),
            data_date,
            categories,
        })
    }
}
