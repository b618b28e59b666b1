//! Rule packs: retention rules as data (schema version 1).
//!
//! A pack is a JSON document:
//!
//! ```json
//! {
//!   "schema_version": 1,
//!   "name": "us-ca",
//!   "title": "California hospital records",
//!   "version": "2026-11-25",
//!   "jurisdictions": [{"code": "US-CA", "age_of_majority": 18}],
//!   "record_types": ["medical_record"],
//!   "rules": [{
//!     "id": "us-ca-hospital-adult",
//!     "title": "Hospital patient records: 7 years after discharge",
//!     "applies_to": {"record_types": ["medical_record"], "jurisdictions": ["US-CA"],
//!                    "facility_types": ["hospital"]},
//!     "period": {"after": {"clock": "discharge", "years": 7}},
//!     "citation": "Cal. Code Regs. tit. 22, § 70751(c)",
//!     "effective_from": null, "effective_to": null,
//!     "verification": {"status": "secondary", "checked": "2026-11-25", "sources": ["..."]}
//!   }]
//! }
//! ```
//!
//! The full schema is documented in `docs/retention.md`. Unknown fields are
//! rejected so that a misspelt condition can never silently widen a rule.

use super::date::serde_opt_date;
use super::error::RetentionError;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// The pack schema version this library reads and writes.
pub const SCHEMA_VERSION: u32 = 1;

/// A named set of retention rules with the jurisdictions and record types it
/// declares.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RulePack {
    /// Must equal [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Short unique name (`us-federal`, `us-ca`, `acme-health`).
    pub name: String,
    /// Human title.
    #[serde(default)]
    pub title: String,
    /// The pack's own version or review date.
    #[serde(default)]
    pub version: String,
    /// Jurisdictions this pack covers. A record whose jurisdiction no loaded
    /// pack declares is an error (or the caller's explicit default).
    #[serde(default)]
    pub jurisdictions: Vec<JurisdictionDecl>,
    /// Record types this pack knows about (rules' record types are added
    /// automatically).
    #[serde(default)]
    pub record_types: Vec<String>,
    /// An organisation pack layers on top of law packs; it may override
    /// rules explicitly (see [`Rule::overrides`]).
    #[serde(default)]
    pub organisation: bool,
    /// Free notes (scope, what was left out and why).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// The rules.
    pub rules: Vec<Rule>,
}

/// A jurisdiction a pack covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JurisdictionDecl {
    /// ISO 3166 style code: `US` (federal) or `US-CA`.
    pub code: String,
    /// Age of majority used to decide whether a patient was a minor at
    /// service. Absent for federal packs (the state's age is used).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_of_majority: Option<u32>,
}

/// One retention requirement with its citation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// Unique id across all loaded packs.
    pub id: String,
    /// Human title.
    #[serde(default)]
    pub title: String,
    /// Which records the rule governs.
    pub applies_to: Applicability,
    /// How long they must be kept.
    pub period: Period,
    /// The statute, regulation or policy the rule comes from.
    pub citation: String,
    /// First day the rule is in force (inclusive); `None` = always.
    #[serde(
        default,
        with = "serde_opt_date",
        skip_serializing_if = "Option::is_none"
    )]
    pub effective_from: Option<NaiveDate>,
    /// Last day the rule is in force (inclusive); `None` = still in force.
    #[serde(
        default,
        with = "serde_opt_date",
        skip_serializing_if = "Option::is_none"
    )]
    pub effective_to: Option<NaiveDate>,
    /// Rule ids this rule replaces. Only an explicit override can make a
    /// retention shorter; without it the longest period wins.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub overrides: Vec<String>,
    /// Steps the law requires before destruction (notice to a department,
    /// public notice...). They are copied onto destruction certificates.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub before_destruction: Vec<String>,
    /// How the rule was checked against its source.
    #[serde(default)]
    pub verification: Verification,
    /// Interpretation notes (why a clock was chosen, known ambiguities).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

/// Record facts a rule requires. Absent (`null`) conditions match anything.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Applicability {
    /// Record types governed (at least one).
    pub record_types: Vec<String>,
    /// Jurisdictions governed (at least one). `US` matches every `US-xx`.
    pub jurisdictions: Vec<String>,
    /// Facility types governed; `None` = any facility.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facility_types: Option<Vec<String>>,
    /// The rule applies when the record is under any of these payer
    /// programs; `None` = regardless of program.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub programs: Option<Vec<String>>,
    /// `Some(true)`: only records of patients who were minors at service;
    /// `None`: everyone. (`Some(false)` is accepted for adult-only rules.)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minor_at_service: Option<bool>,
    /// `Some(true)`: only research records; `Some(false)`: only non-research.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub research: Option<bool>,
}

/// The date a retention period is counted from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Clock {
    /// The record's creation date (`created`).
    Creation,
    /// The last care the record documents: the later of `last_encounter`
    /// and `discharged` (whichever are given).
    LastEncounter,
    /// The discharge: the later of `discharged` and `last_encounter`
    /// (a later outpatient encounter restarts "after the most recent
    /// discharge" clocks).
    Discharge,
    /// The last update to the record (`last_updated`).
    LastUpdate,
    /// The patient's death (`patient_death_date`); rules on this clock only
    /// apply to records with a known death date.
    Death,
    /// The last day a document was in effect (`effective_until`; for
    /// policies, notices, authorisations).
    EffectiveUntil,
}

/// How long records are kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Period {
    /// A span after a clock date.
    After(AfterClock),
    /// Until the patient reaches an age, plus an optional span.
    UntilAge(UntilAge),
    /// The latest of several periods.
    LaterOf(Vec<Period>),
    /// The earliest of several periods (some laws say "whichever is first").
    EarlierOf(Vec<Period>),
    /// Never destroyed.
    Permanent,
}

/// `{"after": {"clock": "discharge", "years": 7, "months": 0}}`
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AfterClock {
    /// The starting date.
    pub clock: Clock,
    /// Whole years.
    #[serde(default)]
    pub years: u32,
    /// Whole months (added to the years).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub months: u32,
    /// Count from 31 December of the clock date's year (contract years).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub from_end_of_year: bool,
}

/// `{"until_age": {"age": 18, "years": 3}}`: the patient's 18th birthday
/// plus 3 years.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UntilAge {
    /// The age (birthday) the period counts from.
    pub age: u32,
    /// Whole years after that birthday.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub years: u32,
    /// Whole months after that birthday.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub months: u32,
}

/// How a rule was checked against the law it cites.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Verification {
    /// `primary`, `secondary` or `unverified`.
    #[serde(default)]
    pub status: VerificationStatus,
    /// Date of the check.
    #[serde(
        default,
        with = "serde_opt_date",
        skip_serializing_if = "Option::is_none"
    )]
    pub checked: Option<NaiveDate>,
    /// Where the text was read (URLs, publication).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
    /// What exactly was confirmed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

/// Strength of the check behind a rule.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VerificationStatus {
    /// The period was read in the official text or a verbatim copy of it.
    Primary,
    /// The period was confirmed by a reputable summary of the cited law
    /// (e.g. healthinfolaw.org), not by the official text.
    Secondary,
    /// Not confirmed: do not rely on it without legal review.
    #[default]
    Unverified,
}

impl RulePack {
    /// Parses and validates a pack from JSON.
    pub fn from_json(name_hint: &str, json: &str) -> Result<Self, RetentionError> {
        let pack: RulePack =
            serde_json::from_str(json).map_err(|e| RetentionError::InvalidPack {
                pack: name_hint.to_string(),
                message: e.to_string(),
            })?;
        pack.validate()?;
        Ok(pack)
    }

    /// Serialises the pack back to JSON (round-trips through [`from_json`](Self::from_json)).
    pub fn to_json(&self) -> Result<String, RetentionError> {
        serde_json::to_string_pretty(self).map_err(|e| RetentionError::InvalidPack {
            pack: self.name.clone(),
            message: e.to_string(),
        })
    }

    /// Checks the pack's internal consistency.
    pub fn validate(&self) -> Result<(), RetentionError> {
        let bad = |message: String| RetentionError::InvalidPack {
            pack: self.name.clone(),
            message,
        };
        if self.schema_version != SCHEMA_VERSION {
            return Err(RetentionError::UnsupportedSchemaVersion {
                pack: self.name.clone(),
                found: self.schema_version,
                supported: SCHEMA_VERSION,
            });
        }
        if self.name.trim().is_empty() {
            return Err(bad("empty pack name".into()));
        }
        let mut ids = BTreeSet::new();
        for rule in &self.rules {
            if rule.id.trim().is_empty() {
                return Err(bad("a rule has an empty id".into()));
            }
            if !ids.insert(rule.id.as_str()) {
                return Err(RetentionError::DuplicateRule(rule.id.clone()));
            }
            if rule.citation.trim().is_empty() {
                return Err(bad(format!("rule {:?} has no citation", rule.id)));
            }
            if rule.applies_to.record_types.is_empty() {
                return Err(bad(format!("rule {:?} names no record type", rule.id)));
            }
            if rule.applies_to.jurisdictions.is_empty() {
                return Err(bad(format!("rule {:?} names no jurisdiction", rule.id)));
            }
            if let Some(j) = rule
                .applies_to
                .jurisdictions
                .iter()
                .find(|j| !valid_jurisdiction(j))
            {
                return Err(bad(format!(
                    "rule {:?}: jurisdiction {j:?} is not of the form US or US-XX",
                    rule.id
                )));
            }
            if let (Some(f), Some(t)) = (rule.effective_from, rule.effective_to) {
                if t < f {
                    return Err(bad(format!("rule {:?} ends before it starts", rule.id)));
                }
            }
            rule.period
                .validate()
                .map_err(|m| bad(format!("rule {:?}: {m}", rule.id)))?;
        }
        for j in &self.jurisdictions {
            if !valid_jurisdiction(&j.code) {
                return Err(bad(format!(
                    "jurisdiction {:?} is not of the form US or US-XX",
                    j.code
                )));
            }
        }
        Ok(())
    }
}

impl Period {
    fn validate(&self) -> Result<(), String> {
        match self {
            Period::After(a) if a.years == 0 && a.months == 0 && !a.from_end_of_year => {
                Err("an `after` period of zero length".into())
            }
            Period::LaterOf(v) | Period::EarlierOf(v) => {
                if v.is_empty() {
                    return Err("an empty later_of/earlier_of".into());
                }
                v.iter().try_for_each(Period::validate)
            }
            _ => Ok(()),
        }
    }

    /// Whether computing this period needs the patient's birth date.
    pub fn needs_birth_date(&self) -> bool {
        match self {
            Period::UntilAge(_) => true,
            Period::LaterOf(v) | Period::EarlierOf(v) => v.iter().any(Period::needs_birth_date),
            _ => false,
        }
    }

    /// Clocks this period reads.
    pub fn clocks(&self, out: &mut Vec<Clock>) {
        match self {
            Period::After(a) => out.push(a.clock),
            Period::LaterOf(v) | Period::EarlierOf(v) => v.iter().for_each(|p| p.clocks(out)),
            _ => {}
        }
    }
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// `US` or `US-` followed by letters/digits (ISO 3166-2 style).
pub(crate) fn valid_jurisdiction(code: &str) -> bool {
    let mut parts = code.splitn(2, '-');
    let country = parts.next().unwrap_or("");
    if country.len() != 2 || !country.bytes().all(|b| b.is_ascii_uppercase()) {
        return false;
    }
    match parts.next() {
        None => true,
        Some(sub) => {
            !sub.is_empty()
                && sub.len() <= 3
                && sub
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        }
    }
}

/// The packs compiled into the library: `(name, JSON)`.
pub const SHIPPED_PACKS: &[(&str, &str)] = &[
    ("us-federal", include_str!("packs/us-federal.json")),
    ("us-az", include_str!("packs/us-az.json")),
    ("us-ca", include_str!("packs/us-ca.json")),
    ("us-co", include_str!("packs/us-co.json")),
    ("us-ma", include_str!("packs/us-ma.json")),
    ("us-md", include_str!("packs/us-md.json")),
    ("us-nc", include_str!("packs/us-nc.json")),
    ("us-ny", include_str!("packs/us-ny.json")),
    ("us-pa", include_str!("packs/us-pa.json")),
    ("us-tn", include_str!("packs/us-tn.json")),
    ("us-tx", include_str!("packs/us-tx.json")),
    ("us-wa", include_str!("packs/us-wa.json")),
];

/// Names of the shipped packs.
pub fn shipped_pack_names() -> impl Iterator<Item = &'static str> {
    SHIPPED_PACKS.iter().map(|(n, _)| *n)
}

/// Loads a shipped pack by name (`us-federal`, `us-ca`, ...).
pub fn shipped_pack(name: &str) -> Result<RulePack, RetentionError> {
    let (n, json) = SHIPPED_PACKS
        .iter()
        .find(|(n, _)| *n == name)
        .ok_or_else(|| RetentionError::UnknownPack(name.to_string()))?;
    RulePack::from_json(n, json)
}
