//! `him codes`: validate, look up and claim-check medical codes.

use crate::input::{progress, read_inputs, JsonLines};
use crate::{CliError, Outcome};
use chrono::NaiveDate;
use clap::Subcommand;
use himcore::codes::{self, CodeSystem};
use himcore::ErrorCode;
use std::io::BufRead;

/// Code-set jobs.
#[derive(Subcommand)]
pub enum CodesCommand {
    /// Validate codes (arguments, or one per line on standard input); one JSON
    /// line per code. Exit 1 when any code is invalid.
    Validate {
        /// icd10cm, icd10pcs, hcpcs, cpt, ndc, loinc, snomed, npi, dea, mbi, cvx, nucc.
        #[arg(long)]
        system: String,
        /// Date of service (YYYY-MM-DD); default: the newest shipped release.
        #[arg(long)]
        date: Option<String>,
        /// Codes; when none are given, read one per line from standard input
        /// (blank lines skipped).
        codes: Vec<String>,
    },
    /// Look codes up: title, chapter, block, parent, children, notes, 7th
    /// characters. Exit 1 when any code is invalid.
    Lookup {
        /// System name (default icd10cm).
        #[arg(long, default_value = "icd10cm")]
        system: String,
        /// Date of service (YYYY-MM-DD).
        #[arg(long)]
        date: Option<String>,
        /// Codes to look up.
        #[arg(required = true)]
        codes: Vec<String>,
    },
    /// Check the ICD-10-CM diagnoses of encounters: Excludes1 pairs,
    /// manifestations without etiology, headers, duplicates. Input files
    /// (or `-`) hold a claim `{"date": "YYYY-MM-DD", "diagnoses": [...]}` or
    /// an array of them. Exit 1 when any claim has a finding.
    CheckClaim {
        /// Date of service for claims without a "date".
        #[arg(long)]
        date: Option<String>,
        /// Claim files (default: standard input).
        files: Vec<String>,
    },
}

fn parse_date(d: Option<&str>) -> Result<Option<NaiveDate>, CliError> {
    d.map(|s| {
        NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
            .map_err(|e| CliError(format!("--date {s:?} is not YYYY-MM-DD: {e}")))
    })
    .transpose()
}

fn system(name: &str) -> Result<CodeSystem, CliError> {
    CodeSystem::from_name(name)
        .or_else(|_| CodeSystem::from_uri(name))
        .map_err(|e| CliError(format!("{} ({})", e, e.code())))
}

/// Runs a `him codes` subcommand.
pub fn run(cmd: CodesCommand, quiet: bool) -> Result<Outcome, CliError> {
    match cmd {
        CodesCommand::Validate {
            system: s,
            date,
            codes: args,
        } => {
            let system = system(&s)?;
            let date = parse_date(date.as_deref())?;
            let mut out = JsonLines::stdout();
            let mut all_valid = true;
            let mut one = |code: &str, out: &mut JsonLines| -> Result<(), CliError> {
                let v = codes::validate(system, code, date);
                all_valid &= v.valid;
                out.write(&v)
            };
            if args.is_empty() {
                let stdin = std::io::stdin();
                for line in stdin.lock().lines() {
                    let line =
                        line.map_err(|e| CliError(format!("reading standard input: {e}")))?;
                    if line.trim().is_empty() {
                        continue;
                    }
                    one(&line, &mut out)?;
                }
            } else {
                for c in &args {
                    one(c, &mut out)?;
                }
            }
            out.finish()?;
            Ok(Outcome::findings_if(!all_valid))
        }
        CodesCommand::Lookup {
            system: s,
            date,
            codes: args,
        } => {
            let system = system(&s)?;
            let date = parse_date(date.as_deref())?;
            let mut out = JsonLines::stdout();
            let mut ok = true;
            for c in &args {
                match codes::lookup(system, c, date) {
                    Ok(info) => out.write(&info)?,
                    Err(e) => {
                        ok = false;
                        out.write(&serde_json::json!({"system": system, "code": c, "error": e}))?;
                    }
                }
            }
            out.finish()?;
            Ok(Outcome::findings_if(!ok))
        }
        CodesCommand::CheckClaim { date, files } => {
            let default_date = parse_date(date.as_deref())?;
            let mut out = JsonLines::stdout();
            let mut clean = true;
            for (name, bytes) in read_inputs(&files)? {
                let v: serde_json::Value = serde_json::from_slice(&bytes)
                    .map_err(|e| CliError(format!("{name}: not JSON: {e}")))?;
                let claims = match v {
                    serde_json::Value::Array(a) => a,
                    other => vec![other],
                };
                let bar = progress(claims.len() as u64, quiet, "claims");
                for (i, claim) in claims.iter().enumerate() {
                    bar.inc(1);
                    let dx = claim
                        .get("diagnoses")
                        .and_then(|d| d.as_array())
                        .ok_or_else(|| {
                            CliError(format!("{name}: claim {i} has no \"diagnoses\" array"))
                        })?;
                    let mut list = Vec::with_capacity(dx.len());
                    for d in dx {
                        list.push(d.as_str().ok_or_else(|| {
                            CliError(format!("{name}: claim {i}: diagnoses must be strings"))
                        })?);
                    }
                    let d = match claim.get("date") {
                        Some(serde_json::Value::String(s)) => parse_date(Some(s))?,
                        Some(serde_json::Value::Null) | None => default_date,
                        Some(_) => {
                            return Err(CliError(format!(
                                "{name}: claim {i}: \"date\" must be YYYY-MM-DD"
                            )))
                        }
                    };
                    let report = codes::check_claim(&list, d);
                    clean &= report.clean;
                    out.write(&report)?;
                }
                bar.finish_and_clear();
            }
            out.finish()?;
            Ok(Outcome::findings_if(!clean))
        }
    }
}
