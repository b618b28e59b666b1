//! Accounting of disclosures, 45 CFR 164.528: for a patient, the
//! disclosures of the six years before the request, each with its date, the
//! recipient (and address if known), a brief description of what was
//! disclosed and a statement of the purpose, leaving out the disclosures the
//! rule exempts:
//! - (a)(1)(i) to carry out treatment, payment and health care operations
//!   (purposes under `TREAT`, `HPAYMT`, `HOPERAT`, except the HOPERAT
//!   children that name disclosures 164.512 makes accountable or that are
//!   ambiguous: `DONAT` organ procurement (512(h)), `HDECD` decedents
//!   (512(g)), `MILCDM` armed forces (512(k)), `GOV`, `HLEGAL`, `FRAUD`);
//! - (a)(1)(ii) to the individual (recipient is the patient);
//! - (a)(1)(iv) pursuant to an authorization (an `authorization` is recorded);
//! - any other exemption stated on the entry (`exempt_basis`: incidental,
//!   facility directory, national security, correctional institutions,
//!   limited data set...).
//!
//! Only successful `disclose` (and `export`) entries count. Everything not
//! shown exempt is accounted for: the accounting errs toward completeness.

use super::entry::{AuditEntry, AuditOutcome};
use super::AuditError;
use crate::consent::purpose_is_a;
use chrono::{DateTime, Months, NaiveDate};
use serde::Serialize;

/// One disclosure the patient is told of.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AccountedDisclosure {
    /// The audit entry's sequence number.
    pub seq: u64,
    /// When it was disclosed.
    pub date: String,
    /// To whom.
    pub recipient: String,
    /// The recipient's address, if known.
    pub recipient_address: Option<String>,
    /// What was disclosed.
    pub description: String,
    /// The purpose (HL7 v3 PurposeOfUse code), if recorded.
    pub purpose: Option<String>,
    /// The resources disclosed.
    pub resources: Vec<String>,
}

/// An accounting of disclosures for one patient.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Accounting {
    /// The patient.
    pub patient: String,
    /// First day covered (six years before `to`).
    pub from: String,
    /// Last day covered (the date of the request).
    pub to: String,
    /// The disclosures to report, oldest first.
    pub disclosures: Vec<AccountedDisclosure>,
    /// How many disclosures in the period were exempt and left out.
    pub exempt_left_out: usize,
}

/// HOPERAT children that do not exempt a disclosure: 164.512 makes them
/// accountable, or their meaning is too broad to assume an exemption.
const ACCOUNTABLE_OPERATIONS: &[&str] = &["DONAT", "HDECD", "MILCDM", "GOV", "HLEGAL", "FRAUD"];

/// Why a disclosure is exempt from the accounting, or `None` when it must be reported.
pub fn exemption(entry: &AuditEntry) -> Option<String> {
    if let Some(b) = &entry.exempt_basis {
        return Some(b.clone());
    }
    let tpo_purpose = entry
        .purpose
        .as_ref()
        .filter(|p| !ACCOUNTABLE_OPERATIONS.iter().any(|a| purpose_is_a(p, a)));
    if let Some(p) = tpo_purpose {
        for (root, why) in [
            ("TREAT", "164.528(a)(1)(i): treatment"),
            ("HPAYMT", "164.528(a)(1)(i): payment"),
            ("HOPERAT", "164.528(a)(1)(i): health care operations"),
        ] {
            if purpose_is_a(p, root) {
                return Some(why.into());
            }
        }
    }
    if let (Some(r), Some(patient)) = (&entry.recipient, &entry.patient) {
        if r.reference.as_deref() == Some(patient.as_str()) {
            return Some("164.528(a)(1)(ii): to the individual".into());
        }
    }
    if entry.authorization.is_some() {
        return Some("164.528(a)(1)(iv): pursuant to an authorization".into());
    }
    None
}

/// Builds the accounting for `patient` as of `as_of` (the date of the
/// request) from verified log entries (see `read_entries`).
pub fn accounting(
    entries: &[(u64, AuditEntry)],
    patient: &str,
    as_of: NaiveDate,
) -> Result<Accounting, AuditError> {
    let from = as_of
        .checked_sub_months(Months::new(72))
        .ok_or_else(|| AuditError::InvalidEntry("date out of range".into()))?;
    let mut disclosures = Vec::new();
    let mut exempt_left_out = 0;
    for (seq, e) in entries {
        if !(e.action == "disclose" || e.action == "export") || e.outcome != AuditOutcome::Success {
            continue;
        }
        if e.patient.as_deref() != Some(patient) {
            continue;
        }
        let day = DateTime::parse_from_rfc3339(&e.time)
            .map_err(|_| AuditError::InvalidEntry(format!("entry {seq}: bad time {:?}", e.time)))?
            .date_naive();
        if day < from || day > as_of {
            continue;
        }
        if exemption(e).is_some() {
            exempt_left_out += 1;
            continue;
        }
        let recipient = e.recipient.as_ref();
        disclosures.push(AccountedDisclosure {
            seq: *seq,
            date: e.time.clone(),
            recipient: recipient.map_or_else(|| "not recorded".to_string(), |r| r.name.clone()),
            recipient_address: recipient.and_then(|r| r.address.clone()),
            description: e.description.clone().unwrap_or_else(|| {
                format!(
                    "{} record(s): {}",
                    e.resources.len(),
                    e.resources.join(", ")
                )
            }),
            purpose: e.purpose.clone(),
            resources: e.resources.clone(),
        });
    }
    disclosures.sort_by(|a, b| a.date.cmp(&b.date).then(a.seq.cmp(&b.seq)));
    Ok(Accounting {
        patient: patient.to_string(),
        from: from.to_string(),
        to: as_of.to_string(),
        disclosures,
        exempt_left_out,
    })
}
