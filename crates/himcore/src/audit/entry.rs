//! What one audit entry records: who did what to which patient's data, for
//! what purpose, with what outcome and on which consent decision; and, for a
//! disclosure, to whom and what was disclosed (45 CFR 164.528(b)(2)).

use super::AuditError;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

/// Who acted.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuditActor {
    /// e.g. `Practitioner/123` or a user id.
    pub reference: String,
    /// Display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display: Option<String>,
    /// Roles the actor acted in.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<String>,
    /// The actor's organization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
}

/// Who received a disclosure.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recipient {
    /// Name of the person or entity.
    pub name: String,
    /// Address, if known (164.528(b)(2)(ii)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// A reference, e.g. `Organization/lawfirm-1` or `Patient/p1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
}

/// How the action ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AuditOutcome {
    /// Done.
    Success,
    /// Refused (e.g. the consent check denied it).
    Denied,
    /// Failed for another reason.
    Failure,
}

/// The consent decision the action was taken on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConsentBasis {
    /// `permit` or `deny`.
    pub decision: String,
    /// Consent ids that decided.
    #[serde(default)]
    pub consents: Vec<String>,
    /// Obligation codes that came with it.
    #[serde(default)]
    pub obligations: Vec<String>,
}

/// One audit entry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuditEntry {
    /// When (RFC 3339 date-time with zone).
    pub time: String,
    /// What was done: `access`, `use`, `disclose`, `create`, `update`, `delete`, `export`...
    pub action: String,
    /// Who did it.
    pub actor: AuditActor,
    /// The patient whose data it was, e.g. `Patient/p1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub patient: Option<String>,
    /// The resources touched.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub resources: Vec<String>,
    /// HL7 v3 PurposeOfUse code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
    /// How it ended.
    pub outcome: AuditOutcome,
    /// For a disclosure: who received it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient: Option<Recipient>,
    /// For a disclosure: a brief description of what was disclosed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The authorization the disclosure was made under (45 CFR 164.508), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization: Option<String>,
    /// Why a disclosure is exempt from the accounting (e.g. `164.528(a)(1)(ii) to the individual`), if it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exempt_basis: Option<String>,
    /// The consent decision behind the action.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consent: Option<ConsentBasis>,
}

impl AuditEntry {
    /// Checks what the log relies on: a zoned date-time, an action, an actor.
    pub fn check(&self) -> Result<(), AuditError> {
        if chrono::DateTime::parse_from_rfc3339(&self.time).is_err() {
            return Err(AuditError::InvalidEntry(format!(
                "time {:?} is not an RFC 3339 date-time with a zone",
                self.time
            )));
        }
        if self.action.trim().is_empty() {
            return Err(AuditError::InvalidEntry("action is empty".into()));
        }
        if self.actor.reference.trim().is_empty() {
            return Err(AuditError::InvalidEntry("actor.reference is empty".into()));
        }
        Ok(())
    }

    /// Parses and checks an entry from JSON; unknown fields are errors.
    pub fn from_json(json: &str) -> Result<AuditEntry, AuditError> {
        let e: AuditEntry =
            serde_json::from_str(json).map_err(|e| AuditError::InvalidEntry(e.to_string()))?;
        e.check()?;
        Ok(e)
    }

    /// The entry as a FHIR R4 AuditEvent, with `id` `audit-{seq}`.
    pub fn to_fhir_audit_event(&self, seq: u64) -> Value {
        let (type_code, type_display) = match self.action.as_str() {
            "disclose" | "export" => ("110106", "Export"),
            _ => ("110110", "Patient Record"),
        };
        let action = match self.action.as_str() {
            "create" => "C",
            "update" | "correct" => "U",
            "delete" => "D",
            "disclose" | "export" | "use" => "E",
            _ => "R",
        };
        let outcome = match self.outcome {
            AuditOutcome::Success => "0",
            AuditOutcome::Denied => "4",
            AuditOutcome::Failure => "8",
        };
        let mut who = serde_json::Map::new();
        who.insert("reference".into(), json!(self.actor.reference));
        if let Some(d) = &self.actor.display {
            who.insert("display".into(), json!(d));
        }
        let mut agents = vec![json!({"who": who, "requestor": true})];
        if let Some(r) = &self.recipient {
            let mut who = serde_json::Map::new();
            who.insert("display".into(), json!(r.name));
            if let Some(reference) = &r.reference {
                who.insert("reference".into(), json!(reference));
            }
            agents.push(json!({"who": who, "requestor": false,
                "type": {"coding": [{"system": "http://dicom.nema.org/resources/ontology/DCM", "code": "110152", "display": "Destination Role ID"}]}}));
        }
        let mut entities: Vec<Value> = Vec::new();
        if let Some(p) = &self.patient {
            entities.push(json!({"what": {"reference": p},
                "type": {"system": "http://terminology.hl7.org/CodeSystem/audit-entity-type", "code": "1", "display": "Person"},
                "role": {"system": "http://terminology.hl7.org/CodeSystem/object-role", "code": "1", "display": "Patient"}}));
        }
        for r in &self.resources {
            entities.push(json!({"what": {"reference": r},
                "type": {"system": "http://terminology.hl7.org/CodeSystem/audit-entity-type", "code": "2", "display": "System Object"}}));
        }
        let mut ev = serde_json::Map::new();
        let base = json!({
            "resourceType": "AuditEvent",
            "id": format!("audit-{seq}"),
            "type": {"system": "http://dicom.nema.org/resources/ontology/DCM", "code": type_code, "display": type_display},
            "action": action,
            "recorded": self.time,
            "outcome": outcome,
            "agent": agents,
            "source": {"observer": {"display": "himcore audit log"}},
        });
        if let Value::Object(m) = base {
            ev.extend(m);
        }
        if !entities.is_empty() {
            ev.insert("entity".into(), Value::Array(entities));
        }
        if let Some(p) = &self.purpose {
            ev.insert(
                "purposeOfEvent".into(),
                json!([{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": p}]}]),
            );
        }
        if let Some(d) = &self.description {
            ev.insert("outcomeDesc".into(), json!(d));
        }
        Value::Object(ev)
    }
}
