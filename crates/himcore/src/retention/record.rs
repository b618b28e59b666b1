//! The record facts an evaluation reads, and the decision it returns.

use super::date::{serde_date, serde_opt_date};
use super::error::RetentionError;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A record (or record series) to evaluate. Field names are the JSON names.
///
/// Unknown fields are rejected: a misspelt `legal_holds` must never be
/// ignored silently. Put anything else under `meta`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RetentionRecord {
    /// The record's identity (MRN + encounter, document id...).
    pub id: String,
    /// Record type as declared by the packs (`medical_record`,
    /// `hipaa_privacy_documentation`, `disclosure_accounting`, ...).
    pub record_type: String,
    /// `US` or `US-XX` (ISO 3166-2).
    pub jurisdiction: String,
    /// `hospital`, `critical_access_hospital`, ... (`None` = unknown:
    /// facility-specific rules are assumed to apply, with a warning).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facility_type: Option<String>,
    /// The patient's date of birth.
    #[serde(
        default,
        with = "serde_opt_date",
        skip_serializing_if = "Option::is_none"
    )]
    pub patient_birth_date: Option<NaiveDate>,
    /// The patient's date of death, when known.
    #[serde(
        default,
        with = "serde_opt_date",
        skip_serializing_if = "Option::is_none"
    )]
    pub patient_death_date: Option<NaiveDate>,
    /// Whether the patient was a minor at service, when the birth date is
    /// not available but this fact is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub patient_minor_at_service: Option<bool>,
    /// When the record was created (first service).
    #[serde(
        default,
        with = "serde_opt_date",
        skip_serializing_if = "Option::is_none"
    )]
    pub created: Option<NaiveDate>,
    /// Date of the last encounter or service the record documents.
    #[serde(
        default,
        with = "serde_opt_date",
        skip_serializing_if = "Option::is_none"
    )]
    pub last_encounter: Option<NaiveDate>,
    /// Date of (the most recent) discharge.
    #[serde(
        default,
        with = "serde_opt_date",
        skip_serializing_if = "Option::is_none"
    )]
    pub discharged: Option<NaiveDate>,
    /// Date of the last entry or update.
    #[serde(
        default,
        with = "serde_opt_date",
        skip_serializing_if = "Option::is_none"
    )]
    pub last_updated: Option<NaiveDate>,
    /// For documents in force for a time (policies, notices,
    /// authorisations): the last day in effect. Absent = still in effect.
    #[serde(
        default,
        with = "serde_opt_date",
        skip_serializing_if = "Option::is_none"
    )]
    pub effective_until: Option<NaiveDate>,
    /// Payer programs the record is subject to (`medicare`, `medicaid`,
    /// `medicare_advantage`). `None` = unknown: program rules are assumed
    /// to apply, with a warning; `[]` = known to be none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub programs: Option<Vec<String>>,
    /// Whether the record belongs to research (`None` = unknown).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub research: Option<bool>,
    /// Legal holds on the record.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub legal_holds: Vec<LegalHold>,
    /// Description of the record or series (copied to certificates).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Caller data carried along, never read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<serde_json::Value>,
}

/// A legal hold (litigation, audit, investigation). It has no expiry: it
/// blocks destruction until legal releases it. A hold whose `start` lies
/// after the evaluation date blocks too (the duty to preserve begins when
/// litigation is anticipated, before the hold is formally issued); the
/// decision then carries a `RETENTION_HOLD_PENDING` warning.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LegalHold {
    /// The hold's id.
    pub id: String,
    /// Day the hold was issued (informational; see the type's docs).
    #[serde(
        default,
        with = "serde_opt_date",
        skip_serializing_if = "Option::is_none"
    )]
    pub start: Option<NaiveDate>,
    /// Day legal released it (`None` = still in force). The hold no longer
    /// blocks from that day on.
    #[serde(
        default,
        with = "serde_opt_date",
        skip_serializing_if = "Option::is_none"
    )]
    pub released: Option<NaiveDate>,
    /// The matter (case number, audit).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub matter: Option<String>,
}

impl LegalHold {
    /// Whether the hold blocks destruction on `as_of`: until the day it is
    /// released, whatever its start date.
    pub fn is_active(&self, as_of: NaiveDate) -> bool {
        self.released.is_none_or(|r| r > as_of)
    }
}

impl RetentionRecord {
    /// Parses one record from JSON.
    pub fn from_json(json: &str) -> Result<Self, RetentionError> {
        serde_json::from_str(json).map_err(|e| RetentionError::InvalidRecord(e.to_string()))
    }

    /// Checks facts that cannot be true together.
    pub fn validate(&self) -> Result<(), RetentionError> {
        let bad = |m: String| {
            Err(RetentionError::InvalidRecord(format!(
                "record {:?}: {m}",
                self.id
            )))
        };
        if self.id.is_empty() {
            return Err(RetentionError::InvalidRecord(
                "record has an empty id".into(),
            ));
        }
        if let (Some(b), Some(d)) = (self.patient_birth_date, self.patient_death_date) {
            if d < b {
                return bad("patient_death_date precedes patient_birth_date".into());
            }
        }
        for h in &self.legal_holds {
            if let (Some(s), Some(r)) = (h.start, h.released) {
                if r < s {
                    return bad(format!(
                        "legal hold {:?} is released before it starts",
                        h.id
                    ));
                }
            }
        }
        Ok(())
    }
}

/// What may be done with the record on the evaluation date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RetentionStatus {
    /// Must still be kept.
    Retain,
    /// Every applicable period has run out and no hold is active.
    EligibleForDestruction,
    /// An active legal hold forbids destruction, whatever the schedule says.
    OnHold,
}

/// The last day a record must be kept.
///
/// Ordered `Date < Indeterminate < Permanent`, which makes "the longest
/// wins" a plain maximum and keeps "earlier of" safe: the earlier of a date
/// and an unknown is at most that date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RetainUntil {
    /// Keep through this day; destruction is allowed from the next day.
    Date(NaiveDate),
    /// A fact needed to compute the period is missing: keep.
    Indeterminate,
    /// Keep forever.
    Permanent,
}

impl Serialize for RetainUntil {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            RetainUntil::Date(d) => serde_date::serialize(d, s),
            RetainUntil::Indeterminate => s.serialize_str("indeterminate"),
            RetainUntil::Permanent => s.serialize_str("permanent"),
        }
    }
}

impl<'de> Deserialize<'de> for RetainUntil {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        match s.as_str() {
            "indeterminate" => Ok(RetainUntil::Indeterminate),
            "permanent" => Ok(RetainUntil::Permanent),
            other => super::date::parse_date(other)
                .map(RetainUntil::Date)
                .ok_or_else(|| serde::de::Error::custom(format!("bad retain_until {other:?}"))),
        }
    }
}

impl std::fmt::Display for RetainUntil {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RetainUntil::Date(d) => write!(f, "{}", d.format("%Y-%m-%d")),
            RetainUntil::Indeterminate => f.write_str("indeterminate"),
            RetainUntil::Permanent => f.write_str("permanent"),
        }
    }
}

/// A rule named in a decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleRef {
    /// Rule id.
    pub id: String,
    /// Its citation.
    pub citation: String,
}

/// One applicable rule's result for the record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleOutcome {
    /// Rule id.
    pub id: String,
    /// Its citation.
    pub citation: String,
    /// What this rule alone requires.
    pub retain_until: RetainUntil,
    /// Set when an applicable rule explicitly overrides this one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overridden_by: Option<String>,
}

/// A warning attached to a decision: the decision stands, but a person
/// should look.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RetentionWarning {
    /// Stable code (`RETENTION_FACT_MISSING`, ...).
    pub code: String,
    /// Human message.
    pub message: String,
}

/// The result of evaluating one record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RetentionDecision {
    /// The record's id.
    pub id: String,
    /// The evaluation date.
    #[serde(with = "serde_date")]
    pub as_of: NaiveDate,
    /// Retain, eligible for destruction, or on hold.
    pub status: RetentionStatus,
    /// The longest requirement among the applicable rules.
    pub retain_until: RetainUntil,
    /// The rule that sets `retain_until`.
    pub governing_rule: RuleRef,
    /// Every applicable rule with what it requires, sorted by rule id.
    pub rules: Vec<RuleOutcome>,
    /// Ids of the legal holds active on `as_of`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub holds: Vec<String>,
    /// Warnings, sorted by code.
    pub warnings: Vec<RetentionWarning>,
}
