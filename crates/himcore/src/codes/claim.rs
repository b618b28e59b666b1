//! The claim-level coding-quality check on the diagnoses of one encounter.
//!
//! Rules (ICD-10-CM Official Guidelines for Coding and Reporting FY2026):
//! * I.A.12.a Excludes1: the two conditions are never coded together; a pair
//!   is reported when one code (or an ancestor) lists the other in an
//!   Excludes1 note (ranges like `A00-A09`, `E08.-`).
//! * I.A.13 Etiology/manifestation: a manifestation code ("in diseases
//!   classified elsewhere") carries a "code first" note and must follow its
//!   etiology code; reported when no code listed before it matches the note,
//!   or, when the note names no code or gives examples ("underlying disease,
//!   such as: ..."), when no code precedes it.
//! * I.B.2 Level of detail: only billable (leaf) codes may be reported.
//! * Duplicates: the same code twice (after normalisation).
//!
//! Invalid codes are reported with their validation error and take no part
//! in the pair checks.
//!
//! A claim lists at most [`MAX_CLAIM_CODES`] codes: the pair checks are
//! quadratic (4,000 codes took 15 s and gave 4 million findings), and a real
//! claim carries far fewer (UB-04 and the 837I: a principal, up to 24 other,
//! an admitting, 3 reason-for-visit and 12 external-cause diagnoses). A longer
//! list gets the single finding `CODE_CLAIM_TOO_LARGE` and no other check.

use super::{check, icd10cm, validate, CodeError, CodeSystem, CodeValidation, Disp};
use crate::ErrorCode;
use chrono::NaiveDate;
use serde::Serialize;

/// One finding of the claim check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ClaimFinding {
    /// Stable code: `CODE_EXCLUDES1_PAIR`, `CODE_MANIFESTATION_WITHOUT_ETIOLOGY`,
    /// `CODE_NOT_BILLABLE`, `CODE_DUPLICATE`, `CODE_CLAIM_TOO_LARGE`, or the
    /// validation error code of an invalid code (`CODE_UNKNOWN`, ...).
    pub code: String,
    /// The claim codes involved (normalised where possible), in claim order.
    pub codes: Vec<String>,
    /// What is wrong, for a person.
    pub message: String,
}

/// The result of [`check_claim`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ClaimReport {
    /// True when there is no finding.
    pub clean: bool,
    /// Each code's validation, in claim order.
    pub codes: Vec<CodeValidation>,
    /// The findings, in claim order of their first code.
    pub findings: Vec<ClaimFinding>,
}

/// Most codes [`check_claim`] checks on one claim (see the module docs).
pub const MAX_CLAIM_CODES: usize = 100;

/// Checks the ICD-10-CM diagnosis codes of one encounter, in claim order
/// (principal diagnosis first), for a date of service. More than
/// [`MAX_CLAIM_CODES`] codes give only the finding `CODE_CLAIM_TOO_LARGE`.
pub fn check_claim(codes: &[&str], date: Option<NaiveDate>) -> ClaimReport {
    if codes.len() > MAX_CLAIM_CODES {
        return ClaimReport {
            clean: false,
            codes: Vec::new(),
            findings: vec![ClaimFinding {
                code: "CODE_CLAIM_TOO_LARGE".into(),
                codes: Vec::new(),
                message: format!(
                    "the claim lists {} codes; at most {MAX_CLAIM_CODES} are checked",
                    codes.len()
                ),
            }],
        };
    }
    let mut findings = Vec::new();
    let validations: Vec<CodeValidation> = codes
        .iter()
        .map(|c| validate(CodeSystem::Icd10Cm, c, date))
        .collect();
    // (position, normalised, key index) of valid codes.
    let mut ok: Vec<(usize, String, usize)> = Vec::new();
    for (i, (c, v)) in codes.iter().zip(&validations).enumerate() {
        if let Some(e) = &v.error {
            findings.push(ClaimFinding {
                code: e.code().to_string(),
                codes: vec![v.normalized.clone().unwrap_or_else(|| c.to_string())],
                message: e.to_string(),
            });
            continue;
        }
        if let Ok(p) = check(CodeSystem::Icd10Cm, c, date) {
            if let Disp::Icd(idx) = p.disp {
                ok.push((i, p.norm.as_str().to_string(), idx));
            }
        }
    }
    // Duplicates.
    for (n, (_, code, _)) in ok.iter().enumerate() {
        if ok.iter().take(n).any(|(_, c, _)| c == code) {
            continue;
        }
        let count = ok.iter().filter(|(_, c, _)| c == code).count();
        if count > 1 {
            findings.push(ClaimFinding {
                code: "CODE_DUPLICATE".into(),
                codes: vec![code.clone(); count],
                message: format!("{code} is listed {count} times; report each code once"),
            });
        }
    }
    // Headers.
    for (pos, code, _) in &ok {
        if validations.get(*pos).and_then(|v| v.billable) == Some(false) {
            let kids: Vec<String> = super::lookup(CodeSystem::Icd10Cm, code, date)
                .map(|i| i.children)
                .unwrap_or_default();
            let e = CodeError::NotBillable {
                code: code.clone(),
                children: kids.join(", "),
            };
            findings.push(ClaimFinding {
                code: e.code().to_string(),
                codes: vec![code.clone()],
                message: e.to_string(),
            });
        }
    }
    // Excludes1 pairs (each unordered pair once).
    for (a, (_, ca, ia)) in ok.iter().enumerate() {
        let ex_a = icd10cm::excludes1(*ia);
        for (_, cb, ib) in ok.iter().skip(a + 1) {
            if ca == cb {
                continue;
            }
            let a_excludes_b = icd10cm::in_ranges(*ib, &ex_a);
            let b_excludes_a = !a_excludes_b && icd10cm::in_ranges(*ia, &icd10cm::excludes1(*ib));
            if a_excludes_b || b_excludes_a {
                let (x, y) = if a_excludes_b { (ca, cb) } else { (cb, ca) };
                findings.push(ClaimFinding {
                    code: "CODE_EXCLUDES1_PAIR".into(),
                    codes: vec![ca.clone(), cb.clone()],
                    message: format!(
                        "{x} has an Excludes1 note covering {y}: the two are not coded together"
                    ),
                });
            }
        }
    }
    // Manifestations without their etiology first.
    for (n, (_, cm, im)) in ok.iter().enumerate() {
        if !icd10cm::is_manifestation(*im) {
            continue;
        }
        let first = icd10cm::code_first(*im);
        let before = ok.iter().take(n);
        let satisfied = if first.is_empty() || icd10cm::code_first_is_open(*im) {
            ok.iter().take(n).next().is_some()
        } else {
            before
                .clone()
                .any(|(_, _, i)| icd10cm::in_ranges(*i, &first))
        };
        if !satisfied {
            findings.push(ClaimFinding {
                code: "CODE_MANIFESTATION_WITHOUT_ETIOLOGY".into(),
                codes: vec![cm.clone()],
                message: format!(
                    "{cm} is a manifestation code (\"in diseases classified elsewhere\"): code first its underlying condition{}",
                    if first.is_empty() { String::new() } else { " as its codeFirst note directs".to_string() }
                ),
            });
        }
    }
    ClaimReport {
        clean: findings.is_empty(),
        codes: validations,
        findings,
    }
}

/// Checks many claims (one crossing for the bindings).
pub fn check_claim_many(claims: &[Vec<&str>], date: Option<NaiveDate>) -> Vec<ClaimReport> {
    claims.iter().map(|c| check_claim(c, date)).collect()
}
