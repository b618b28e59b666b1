//! Explanations: for one record, every loaded rule and why it did or did
//! not apply. Slower than evaluation; meant for people (`him retention
//! explain`) and audits.

use super::engine::{jurisdiction_matches, RetentionEngine};
use super::error::RetentionError;
use super::record::{RetainUntil, RetentionDecision, RetentionRecord};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One loaded rule as seen from one record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsideredRule {
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
    /// What it requires, when it applied.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retain_until: Option<RetainUntil>,
}

/// A decision with the reasoning behind it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Explanation {
    /// The decision, as [`RetentionEngine::evaluate`] returns it.
    pub decision: RetentionDecision,
    /// Every loaded rule, sorted by id.
    pub considered: Vec<ConsideredRule>,
}

impl RetentionEngine {
    /// Evaluates a record and explains, for every loaded rule, why it
    /// applied or not.
    pub fn explain(
        &self,
        record: &RetentionRecord,
        as_of: NaiveDate,
    ) -> Result<Explanation, RetentionError> {
        let decision = self.evaluate(record, as_of)?;
        let considered = self
            .rules()
            .iter()
            .map(|rule| {
                let applied = decision.rules.iter().find(|o| o.id == rule.id);
                let a = &rule.applies_to;
                let reason = if let Some(o) = applied {
                    match &o.overridden_by {
                        Some(by) => format!("applies, but is explicitly overridden by {by}"),
                        None if o.id == decision.governing_rule.id => {
                            "applies and governs (longest period)".into()
                        }
                        None => "applies".into(),
                    }
                } else if !a.record_types.contains(&record.record_type) {
                    format!(
                        "record type {:?} is not governed ({})",
                        record.record_type,
                        a.record_types.join(", ")
                    )
                } else if !jurisdiction_matches(&a.jurisdictions, &record.jurisdiction) {
                    format!(
                        "jurisdiction {:?} is not governed ({})",
                        record.jurisdiction,
                        a.jurisdictions.join(", ")
                    )
                } else if rule.effective_from.is_some_and(|f| as_of < f) {
                    "not yet in force on the evaluation date".into()
                } else if rule.effective_to.is_some_and(|t| as_of > t) {
                    "no longer in force on the evaluation date".into()
                } else if let Some(why) = unmet_condition(a, record) {
                    why
                } else if a.minor_at_service == Some(true) {
                    "rule for patients who were minors at service; this patient was not".into()
                } else if a.minor_at_service == Some(false) {
                    "rule for patients who were adults at service; this patient was a minor".into()
                } else {
                    "counted from the patient's death; no death date is given".into()
                };
                ConsideredRule {
                    id: rule.id.clone(),
                    title: rule.title.clone(),
                    citation: rule.citation.clone(),
                    applies: applied.is_some_and(|o| o.overridden_by.is_none()),
                    reason,
                    retain_until: applied.map(|o| o.retain_until),
                }
            })
            .collect();
        Ok(Explanation {
            decision,
            considered,
        })
    }
}

/// The first facility, program or research condition the record fails.
fn unmet_condition(a: &super::pack::Applicability, record: &RetentionRecord) -> Option<String> {
    if let (Some(fs), Some(f)) = (&a.facility_types, &record.facility_type) {
        if !fs.contains(f) {
            return Some(format!(
                "facility type {f:?} is not governed ({})",
                fs.join(", ")
            ));
        }
    }
    if let (Some(ps), Some(rp)) = (&a.programs, &record.programs) {
        if !rp.iter().any(|p| ps.contains(p)) {
            return Some(format!(
                "the record is under none of the programs {}",
                ps.join(", ")
            ));
        }
    }
    match (a.research, record.research) {
        (Some(true), Some(false)) => Some("research records only".into()),
        (Some(false), Some(true)) => Some("non-research records only".into()),
        _ => None,
    }
}
