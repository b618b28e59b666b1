//! Destruction lists and certificates of destruction.
//!
//! A certificate records what AHIMA practice asks for (AHIMA practice
//! brief on retention and destruction of health information): the date of
//! destruction, a description of the records with their inclusive dates,
//! the method, who authorised and who performed and witnessed the
//! destruction, and a statement that the records were destroyed in the
//! normal course of business under a retention schedule. Each record also
//! names the rule (with its citation) whose period allowed destruction.
//! Records under an active legal hold or still within a period never
//! appear on a list; they are counted as excluded.

use super::date::{serde_date, serde_opt_date};
use super::engine::{DecisionBuf, RetentionEngine};
use super::error::RetentionError;
use super::record::{RetainUntil, RetentionRecord, RetentionStatus, RuleRef};
use crate::ErrorCode;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A record that may be destroyed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DestructionEntry {
    /// Record id.
    pub id: String,
    /// Record type.
    pub record_type: String,
    /// Jurisdiction.
    pub jurisdiction: String,
    /// The record's description, when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// First date the record documents (earliest of created, last
    /// encounter, discharge, last update, last day in effect).
    #[serde(
        default,
        with = "serde_opt_date",
        skip_serializing_if = "Option::is_none"
    )]
    pub date_from: Option<NaiveDate>,
    /// Last date the record documents.
    #[serde(
        default,
        with = "serde_opt_date",
        skip_serializing_if = "Option::is_none"
    )]
    pub date_to: Option<NaiveDate>,
    /// End of the governing period.
    pub retain_until: RetainUntil,
    /// The rule whose period, the longest applicable, has run out.
    pub governing_rule: RuleRef,
}

/// A record left off a destruction list, with the reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExcludedRecord {
    /// Record id.
    pub id: String,
    /// `retain`, `on_hold`, or an error code.
    pub reason: String,
}

/// Records eligible for destruction on a date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DestructionList {
    /// The date evaluated.
    #[serde(with = "serde_date")]
    pub as_of: NaiveDate,
    /// Packs the decision used.
    pub packs: Vec<String>,
    /// Eligible records, in input order.
    pub records: Vec<DestructionEntry>,
    /// Steps the governing laws require before destruction (deduplicated).
    pub steps_before_destruction: Vec<String>,
    /// Records not eligible, in input order.
    pub excluded: Vec<ExcludedRecord>,
}

/// How the records are destroyed (AHIMA lists the methods by medium).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DestructionMethod {
    /// Cross-cut shredding of paper.
    Shredding,
    /// Pulping of paper.
    Pulping,
    /// Incineration.
    Incineration,
    /// Pulverisation.
    Pulverization,
    /// Degaussing magnetic media.
    Degaussing,
    /// Overwriting (purge) of electronic media.
    Overwriting,
    /// Cryptographic erase of encrypted electronic records.
    CryptographicErase,
    /// Physical destruction of electronic media (disintegration, shredding).
    PhysicalMediaDestruction,
}

/// What the person issuing the certificate supplies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CertificateRequest {
    /// The certificate's number.
    pub certificate_id: String,
    /// The organisation destroying the records.
    pub organisation: String,
    /// Date of destruction (also the evaluation date).
    #[serde(with = "serde_date")]
    pub destruction_date: NaiveDate,
    /// Method.
    pub method: DestructionMethod,
    /// Who authorised the destruction (department manager / records
    /// custodian). Required.
    pub authorized_by: String,
    /// Who destroys the records (staff or vendor); may be filled in at signing.
    #[serde(default)]
    pub destroyed_by: Option<String>,
    /// Witness; may be filled in at signing.
    #[serde(default)]
    pub witness: Option<String>,
}

/// A signature block: the name, with the signature and date left for ink
/// or an electronic signature.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignatureBlock {
    /// Role (`authorized_by`, `destroyed_by`, `witness`).
    pub role: String,
    /// Name, when known.
    pub name: Option<String>,
    /// Signature (left empty by the library).
    pub signature: Option<String>,
    /// Date signed (left empty by the library).
    pub signed_on: Option<String>,
}

/// Summary of one record series on a certificate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeriesSummary {
    /// Record type.
    pub record_type: String,
    /// Jurisdiction.
    pub jurisdiction: String,
    /// Number of records.
    pub count: usize,
    /// Earliest date documented.
    #[serde(default, with = "serde_opt_date")]
    pub inclusive_from: Option<NaiveDate>,
    /// Latest date documented.
    #[serde(default, with = "serde_opt_date")]
    pub inclusive_to: Option<NaiveDate>,
}

/// A certificate of destruction, to be kept permanently.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DestructionCertificate {
    /// Certificate number.
    pub certificate_id: String,
    /// Organisation.
    pub organisation: String,
    /// Date of destruction.
    #[serde(with = "serde_date")]
    pub destruction_date: NaiveDate,
    /// Method.
    pub method: DestructionMethod,
    /// Rule packs that made the records eligible.
    pub packs: Vec<String>,
    /// The record series destroyed, with inclusive dates.
    pub series: Vec<SeriesSummary>,
    /// Every record destroyed with the rule that allowed it.
    pub records: Vec<DestructionEntry>,
    /// Steps the law requires before destruction, to be confirmed done.
    pub steps_before_destruction: Vec<String>,
    /// Records that were considered and left off (held, still retained, errors).
    pub excluded_count: usize,
    /// Authorisation, destruction and witness signature blocks.
    pub signatures: Vec<SignatureBlock>,
    /// The attestation.
    pub statement: String,
}

fn date_range(r: &RetentionRecord) -> (Option<NaiveDate>, Option<NaiveDate>) {
    let dates = [
        r.created,
        r.last_encounter,
        r.discharged,
        r.last_updated,
        r.effective_until,
    ];
    (
        dates.iter().flatten().min().copied(),
        dates.iter().flatten().max().copied(),
    )
}

impl RetentionEngine {
    /// Evaluates records and lists those eligible for destruction on
    /// `as_of`; the rest are listed as excluded with the reason.
    pub fn destruction_list<'a, I>(&self, records: I, as_of: NaiveDate) -> DestructionList
    where
        I: IntoIterator<Item = &'a RetentionRecord>,
    {
        let mut buf = DecisionBuf::new();
        let mut list = DestructionList {
            as_of,
            packs: self.pack_names().to_vec(),
            records: Vec::new(),
            steps_before_destruction: Vec::new(),
            excluded: Vec::new(),
        };
        for r in records {
            match self.evaluate_into(r, as_of, &mut buf) {
                Err(e) => list.excluded.push(ExcludedRecord {
                    id: r.id.clone(),
                    reason: e.code().to_string(),
                }),
                Ok(()) => {
                    let d = self.decision(r, as_of, &buf);
                    match d.status {
                        RetentionStatus::EligibleForDestruction => {
                            for w in d
                                .warnings
                                .iter()
                                .filter(|w| w.code == "RETENTION_STEPS_BEFORE_DESTRUCTION")
                            {
                                if !list.steps_before_destruction.contains(&w.message) {
                                    list.steps_before_destruction.push(w.message.clone());
                                }
                            }
                            let (date_from, date_to) = date_range(r);
                            list.records.push(DestructionEntry {
                                id: r.id.clone(),
                                record_type: r.record_type.clone(),
                                jurisdiction: r.jurisdiction.clone(),
                                description: r.description.clone(),
                                date_from,
                                date_to,
                                retain_until: d.retain_until,
                                governing_rule: d.governing_rule,
                            });
                        }
                        RetentionStatus::Retain => list.excluded.push(ExcludedRecord {
                            id: r.id.clone(),
                            reason: "retain".into(),
                        }),
                        RetentionStatus::OnHold => list.excluded.push(ExcludedRecord {
                            id: r.id.clone(),
                            reason: "on_hold".into(),
                        }),
                    }
                }
            }
        }
        list.steps_before_destruction.sort();
        list
    }
}

impl DestructionCertificate {
    /// Issues a certificate for a destruction list. The list's date must be
    /// the destruction date, the authoriser must be named, and the list
    /// must hold at least one record.
    pub fn issue(
        list: &DestructionList,
        request: &CertificateRequest,
    ) -> Result<Self, RetentionError> {
        let need = |ok: bool, what: &str| {
            if ok {
                Ok(())
            } else {
                Err(RetentionError::CertificateIncomplete(what.to_string()))
            }
        };
        need(
            !request.certificate_id.trim().is_empty(),
            "certificate_id is empty",
        )?;
        need(
            !request.organisation.trim().is_empty(),
            "organisation is empty",
        )?;
        need(
            !request.authorized_by.trim().is_empty(),
            "authorized_by is empty: destruction must be authorised",
        )?;
        need(
            request.destruction_date == list.as_of,
            "the destruction list was evaluated for another date than the destruction date",
        )?;
        need(
            !list.records.is_empty(),
            "no record on the list is eligible for destruction",
        )?;

        let mut series: BTreeMap<(String, String), SeriesSummary> = BTreeMap::new();
        for e in &list.records {
            let s = series
                .entry((e.record_type.clone(), e.jurisdiction.clone()))
                .or_insert_with(|| SeriesSummary {
                    record_type: e.record_type.clone(),
                    jurisdiction: e.jurisdiction.clone(),
                    count: 0,
                    inclusive_from: None,
                    inclusive_to: None,
                });
            s.count += 1;
            s.inclusive_from = match (s.inclusive_from, e.date_from) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            s.inclusive_to = match (s.inclusive_to, e.date_to) {
                (Some(a), Some(b)) => Some(a.max(b)),
                (a, b) => a.or(b),
            };
        }
        let block = |role: &str, name: &Option<String>| SignatureBlock {
            role: role.to_string(),
            name: name.clone(),
            signature: None,
            signed_on: None,
        };
        Ok(DestructionCertificate {
            certificate_id: request.certificate_id.clone(),
            organisation: request.organisation.clone(),
            destruction_date: request.destruction_date,
            method: request.method,
            packs: list.packs.clone(),
            series: series.into_values().collect(),
            records: list.records.clone(),
            steps_before_destruction: list.steps_before_destruction.clone(),
            excluded_count: list.excluded.len(),
            signatures: vec![
                block("authorized_by", &Some(request.authorized_by.clone())),
                block("destroyed_by", &request.destroyed_by),
                block("witness", &request.witness),
            ],
            statement: format!(
                "The records listed above were destroyed on {} by {} in the normal course of business, \
                 under the retention schedule of the rule packs listed, after every applicable retention \
                 period had run out and with no legal hold in force.",
                request.destruction_date.format("%Y-%m-%d"),
                serde_json::to_value(request.method)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default()
                    .replace('_', " ")
            ),
        })
    }
}
