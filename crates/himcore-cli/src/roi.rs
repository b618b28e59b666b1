//! `him roi`: release of information and the accounting of disclosures.

use crate::audit::{load_key, LogFile};
use crate::consent::load_engine;
use crate::input::{read_inputs, JsonLines};
use crate::{CliError, Outcome};
use clap::Subcommand;
use himcore::audit::{accounting, read_entries};
use himcore::roi::{release, RoiRequest};

/// Release of information commands.
#[derive(Subcommand)]
pub enum RoiCommand {
    /// Release what a request asks for and consent permits from a patient's record
    /// (a FHIR Bundle), record the disclosure in the audit log (on disk before the
    /// release is printed), and print `{"request_id","bundle","released","withheld",...}`.
    Release {
        /// The release request (JSON).
        #[arg(long)]
        request: String,
        /// The patient's record: a FHIR Bundle.
        #[arg(long)]
        record: String,
        /// Consent files (FHIR Consent, Bundle of them, or NDJSON).
        #[arg(long = "consent", num_args = 1..)]
        consents: Vec<String>,
        /// Consent policy JSON.
        #[arg(long)]
        policy: Option<String>,
        /// The audit log file.
        #[arg(long)]
        log: String,
        /// HMAC key file (hex); or set HIMCORE_AUDIT_KEY.
        #[arg(long)]
        key_file: Option<String>,
    },
    /// The accounting of disclosures (45 CFR 164.528) for a patient over the six
    /// years before --as-of (default today), from a log that verifies.
    Accounting {
        /// The patient, e.g. `Patient/p1`.
        #[arg(long)]
        patient: String,
        /// The audit log file.
        #[arg(long)]
        log: String,
        /// HMAC key file (hex); or set HIMCORE_AUDIT_KEY.
        #[arg(long)]
        key_file: Option<String>,
        /// The date of the request (YYYY-MM-DD).
        #[arg(long)]
        as_of: Option<String>,
    },
}

fn read_one(path: &str) -> Result<(String, String), CliError> {
    let (name, bytes) = read_inputs(&[path.to_string()])?
        .pop()
        .ok_or_else(|| CliError(format!("{path}: nothing read")))?;
    let text = String::from_utf8(bytes).map_err(|_| CliError(format!("{name}: not UTF-8")))?;
    Ok((name, text))
}

/// Runs `him roi ...`.
pub fn run(cmd: RoiCommand) -> Result<Outcome, CliError> {
    match cmd {
        RoiCommand::Release {
            request,
            record,
            consents,
            policy,
            log,
            key_file,
        } => {
            let engine = load_engine(&consents, policy.as_ref())?;
            let (name, text) = read_one(&request)?;
            let req = RoiRequest::from_json(&text).map_err(|e| CliError(format!("{name}: {e}")))?;
            let (rname, rtext) = read_one(&record)?;
            let bundle: serde_json::Value = serde_json::from_str(&rtext)
                .map_err(|e| CliError(format!("{rname}: invalid JSON: {e}")))?;
            let key = load_key(key_file.as_ref())?;
            let rel = release(&engine, &bundle, &req).map_err(|e| CliError(e.to_string()))?;
            let mut lf = LogFile::open(&log, key, None, himcore::audit::DEFAULT_CHECKPOINT_EVERY)?;
            let receipt = lf.append(&rel.audit_entry, true)?;
            let mut out = JsonLines::stdout();
            out.write(&serde_json::json!({"release": rel, "audit_receipt": receipt}))?;
            out.finish()?;
            Ok(Outcome::Ok)
        }
        RoiCommand::Accounting {
            patient,
            log,
            key_file,
            as_of,
        } => {
            let key = load_key(key_file.as_ref())?;
            let bytes = std::fs::read(&log).map_err(|e| CliError(format!("{log}: {e}")))?;
            let entries =
                read_entries(&bytes, &key).map_err(|e| CliError(format!("{log}: {e}")))?;
            let as_of = match as_of {
                Some(d) => chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d")
                    .map_err(|_| CliError(format!("--as-of {d:?} is not YYYY-MM-DD")))?,
                None => chrono::Utc::now().date_naive(),
            };
            let a = accounting(&entries, &patient, as_of).map_err(|e| CliError(e.to_string()))?;
            let mut out = JsonLines::stdout();
            out.write(&a)?;
            out.finish()?;
            Ok(Outcome::Ok)
        }
    }
}
