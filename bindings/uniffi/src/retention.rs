//! Records retention (`himcore::retention`): how long each record must be
//! kept, and when it may be destroyed.
//!
//! The rules are data (rule packs with citations: 45 CFR 164.316(b)(2) and
//! 164.530(j), 42 CFR 482.24(b)(1), state hospital rules, ...) and the
//! evaluation order (longest period wins, minors never kept less than
//! adults, an active legal hold always wins, a missing fact keeps the record)
//! is the core's. Records and custom packs cross as JSON text (the field
//! names of `docs/retention.md`; unknown fields are refused, so a misspelt
//! `legal_holds` is never ignored); decisions come back as typed records.

use std::sync::Arc;

use himcore::retention;
use himcore::ErrorCode;

use crate::args::iso_date;
use crate::{HimCoreError, ItemError};

/// What may be done with a record on the evaluation date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum RetentionStatus {
    /// Must still be kept.
    Retain,
    /// Every applicable period has run out and no hold is active.
    EligibleForDestruction,
    /// An active legal hold forbids destruction, whatever the schedule says.
    OnHold,
}

/// The last day a record must be kept.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum RetainUntil {
    /// Keep through this day (`YYYY-MM-DD`); destruction is allowed from the
    /// next day.
    Date {
        /// The day, `YYYY-MM-DD`.
        date: String,
    },
    /// A fact needed to compute the period is missing: keep.
    Indeterminate,
    /// Keep forever.
    Permanent,
}

/// A rule named in a decision.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct RetentionRuleRef {
    /// Rule id.
    pub id: String,
    /// Its citation (CFR section, state code).
    pub citation: String,
}

/// One applicable rule's result for the record.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct RetentionRuleOutcome {
    /// Rule id.
    pub id: String,
    /// Its citation.
    pub citation: String,
    /// What this rule alone requires.
    pub retain_until: RetainUntil,
    /// Set when an applicable rule explicitly overrides this one.
    pub overridden_by: Option<String>,
}

/// A warning attached to a decision: it stands, but a person should look.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct RetentionWarning {
    /// Stable code (`RETENTION_FACT_MISSING`, ...).
    pub code: String,
    /// Human message.
    pub message: String,
}

/// The result of evaluating one record.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct RetentionDecision {
    /// The record's id.
    pub id: String,
    /// The evaluation date, `YYYY-MM-DD`.
    pub as_of: String,
    /// Retain, eligible for destruction, or on hold.
    pub status: RetentionStatus,
    /// The longest requirement among the applicable rules.
    pub retain_until: RetainUntil,
    /// The rule that sets `retain_until`.
    pub governing_rule: RetentionRuleRef,
    /// Every applicable rule with what it requires, sorted by rule id.
    pub rules: Vec<RetentionRuleOutcome>,
    /// Ids of the legal holds active on `as_of`.
    pub holds: Vec<String>,
    /// Warnings, sorted by code.
    pub warnings: Vec<RetentionWarning>,
}

/// One answer of [`RetentionEngine::evaluate_many`]: a decision or the error
/// of that record (the other records are still evaluated).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct RetentionDecisionResult {
    /// The decision, when the record could be evaluated.
    pub decision: Option<RetentionDecision>,
    /// Why it could not (`RETENTION_*`).
    pub error: Option<ItemError>,
}

/// One loaded rule as seen from one record.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct RetentionConsideredRule {
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
    pub retain_until: Option<RetainUntil>,
}

/// A decision with, for every loaded rule, why it applied or not.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct RetentionExplanation {
    /// The decision, as `evaluate` returns it.
    pub decision: RetentionDecision,
    /// Every loaded rule, sorted by id.
    pub considered: Vec<RetentionConsideredRule>,
}

impl From<retention::RetentionError> for HimCoreError {
    fn from(e: retention::RetentionError) -> Self {
        HimCoreError::Retention {
            code: e.code().to_owned(),
            detail: e.to_string(),
        }
    }
}

impl From<retention::RetainUntil> for RetainUntil {
    fn from(r: retention::RetainUntil) -> Self {
        match r {
            retention::RetainUntil::Date(d) => RetainUntil::Date {
                date: d.format("%Y-%m-%d").to_string(),
            },
            retention::RetainUntil::Indeterminate => RetainUntil::Indeterminate,
            retention::RetainUntil::Permanent => RetainUntil::Permanent,
        }
    }
}

impl From<retention::RetentionDecision> for RetentionDecision {
    fn from(d: retention::RetentionDecision) -> Self {
        Self {
            id: d.id,
            as_of: d.as_of.format("%Y-%m-%d").to_string(),
            status: match d.status {
                retention::RetentionStatus::Retain => RetentionStatus::Retain,
                retention::RetentionStatus::EligibleForDestruction => {
                    RetentionStatus::EligibleForDestruction
                }
                retention::RetentionStatus::OnHold => RetentionStatus::OnHold,
            },
            retain_until: d.retain_until.into(),
            governing_rule: RetentionRuleRef {
                id: d.governing_rule.id,
                citation: d.governing_rule.citation,
            },
            rules: d
                .rules
                .into_iter()
                .map(|o| RetentionRuleOutcome {
                    id: o.id,
                    citation: o.citation,
                    retain_until: o.retain_until.into(),
                    overridden_by: o.overridden_by,
                })
                .collect(),
            holds: d.holds,
            warnings: d
                .warnings
                .into_iter()
                .map(|w| RetentionWarning {
                    code: w.code,
                    message: w.message,
                })
                .collect(),
        }
    }
}

fn as_of_date(as_of: &str) -> Result<chrono::NaiveDate, HimCoreError> {
    iso_date("as_of", as_of)
}

/// Names of the rule packs compiled into himcore (`us-federal`, `us-ca`, ...).
#[uniffi::export]
pub fn shipped_retention_packs() -> Vec<String> {
    retention::shipped_pack_names().map(str::to_owned).collect()
}

/// The JSON text of a shipped pack, e.g. to combine it with an
/// organisation's own pack in [`RetentionEngine::from_packs`]. Throws
/// `RETENTION_UNKNOWN_PACK`.
#[uniffi::export]
pub fn shipped_retention_pack_json(name: String) -> Result<String, HimCoreError> {
    retention::SHIPPED_PACKS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, json)| (*json).to_owned())
        .ok_or_else(|| retention::RetentionError::UnknownPack(name).into())
}

/// Retention rule packs compiled once, for many evaluations. Immutable and
/// safe to share across threads.
#[derive(Debug, uniffi::Object)]
pub struct RetentionEngine {
    inner: retention::RetentionEngine,
}

#[uniffi::export]
impl RetentionEngine {
    /// Compiles shipped packs by name (`["us-federal", "us-ca"]`). Unknown
    /// jurisdictions and record types are errors. Throws
    /// `RETENTION_UNKNOWN_PACK`, ...
    #[uniffi::constructor]
    pub fn from_shipped(packs: Vec<String>) -> Result<Arc<Self>, HimCoreError> {
        let names: Vec<&str> = packs.iter().map(String::as_str).collect();
        Ok(Arc::new(Self {
            inner: retention::RetentionEngine::from_shipped(&names)?,
        }))
    }

    /// Compiles packs given as JSON (schema of `docs/retention.md`; shipped
    /// ones from [`shipped_retention_pack_json`]). `default_jurisdiction` /
    /// `default_record_type`: evaluate undeclared ones as this declared one,
    /// with a warning, instead of failing. Throws `RETENTION_INVALID_PACK`,
    /// `RETENTION_DUPLICATE_RULE`, ...
    #[uniffi::constructor(default(default_jurisdiction = None, default_record_type = None))]
    pub fn from_packs(
        packs_json: Vec<String>,
        default_jurisdiction: Option<String>,
        default_record_type: Option<String>,
    ) -> Result<Arc<Self>, HimCoreError> {
        let packs = packs_json
            .iter()
            .enumerate()
            .map(|(i, json)| retention::RulePack::from_json(&format!("pack[{i}]"), json))
            .collect::<Result<Vec<_>, _>>()?;
        let options = retention::EngineOptions {
            default_jurisdiction,
            default_record_type,
        };
        Ok(Arc::new(Self {
            inner: retention::RetentionEngine::with_options(&packs, &options)?,
        }))
    }

    /// Names of the loaded packs, sorted.
    pub fn pack_names(&self) -> Vec<String> {
        self.inner.pack_names().to_vec()
    }

    /// Declared jurisdictions (`US`, `US-CA`, ...), sorted.
    pub fn jurisdictions(&self) -> Vec<String> {
        self.inner.jurisdictions().map(str::to_owned).collect()
    }

    /// Declared record types, sorted.
    pub fn record_types(&self) -> Vec<String> {
        self.inner.record_types().to_vec()
    }

    /// Evaluates one record (JSON) as of a date (`YYYY-MM-DD`). Throws
    /// `HimCoreException.Retention` (`RETENTION_INVALID_RECORD`,
    /// `RETENTION_UNKNOWN_JURISDICTION`, `RETENTION_NO_APPLICABLE_RULE`, ...)
    /// or `InvalidArgument` (`INVALID_DATE`).
    pub fn evaluate(
        &self,
        record_json: String,
        as_of: String,
    ) -> Result<RetentionDecision, HimCoreError> {
        let as_of = as_of_date(&as_of)?;
        let record = retention::RetentionRecord::from_json(&record_json)?;
        Ok(self.inner.evaluate(&record, as_of)?.into())
    }

    /// Evaluates many records in one call, in order; a record that cannot
    /// be evaluated gets its error, the others their decision. Throws only
    /// for a malformed `as_of`.
    pub fn evaluate_many(
        &self,
        records_json: Vec<String>,
        as_of: String,
    ) -> Result<Vec<RetentionDecisionResult>, HimCoreError> {
        let as_of = as_of_date(&as_of)?;
        Ok(records_json
            .iter()
            .map(|json| {
                match retention::RetentionRecord::from_json(json)
                    .and_then(|r| self.inner.evaluate(&r, as_of))
                {
                    Ok(d) => RetentionDecisionResult {
                        decision: Some(d.into()),
                        error: None,
                    },
                    Err(e) => RetentionDecisionResult {
                        decision: None,
                        error: Some(ItemError::from_core(&e)),
                    },
                }
            })
            .collect())
    }

    /// Evaluates a record and explains, for every loaded rule, why it
    /// applied or not (for people and audits; slower than `evaluate`).
    pub fn explain(
        &self,
        record_json: String,
        as_of: String,
    ) -> Result<RetentionExplanation, HimCoreError> {
        let as_of = as_of_date(&as_of)?;
        let record = retention::RetentionRecord::from_json(&record_json)?;
        let x = self.inner.explain(&record, as_of)?;
        Ok(RetentionExplanation {
            decision: x.decision.into(),
            considered: x
                .considered
                .into_iter()
                .map(|c| RetentionConsideredRule {
                    id: c.id,
                    title: c.title,
                    citation: c.citation,
                    applies: c.applies,
                    reason: c.reason,
                    retain_until: c.retain_until.map(RetainUntil::from),
                })
                .collect(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retain_until_keeps_the_day_or_the_reason_to_keep() {
        let d = chrono::NaiveDate::from_ymd_opt(2017, 3, 5).unwrap();
        assert_eq!(
            RetainUntil::from(retention::RetainUntil::Date(d)),
            RetainUntil::Date {
                date: "2017-03-05".into()
            }
        );
        assert_eq!(
            RetainUntil::from(retention::RetainUntil::Indeterminate),
            RetainUntil::Indeterminate
        );
    }

    #[test]
    fn batch_errors_stay_with_their_record() {
        let engine = RetentionEngine::from_shipped(vec!["us-tx".into()]).unwrap();
        let out = engine
            .evaluate_many(
                vec!["{".into(), r#"{"id":"x","legal_hold":[]}"#.into()],
                "2026-01-01".into(),
            )
            .unwrap();
        assert!(out.iter().all(|r| r.decision.is_none()));
        assert!(out
            .iter()
            .all(|r| r.error.as_ref().unwrap().code == "RETENTION_INVALID_RECORD"));
        let bad_date = engine
            .evaluate_many(vec![], "2026-13-01".into())
            .unwrap_err();
        assert_eq!(bad_date.code(), "INVALID_DATE");
    }
}
