//! `him consent`: decide consent requests and filter Bundles to what may be released.

use crate::input::{read_inputs, JsonLines};
use crate::{CliError, Outcome};
use clap::{Args, Subcommand};
use himcore::consent::{ConsentEngine, ConsentPolicy, ConsentRequest};
use serde_json::Value;

/// Consent checks: may this person see or receive this data, for this purpose, now?
#[derive(Args)]
pub struct ConsentArgs {
    #[command(subcommand)]
    command: ConsentCommand,
}

#[derive(Subcommand)]
enum ConsentCommand {
    /// Decide requests (one JSON object, or NDJSON) against the consents; prints one
    /// decision per request. Exit 0 when all are permitted, 1 when any is denied.
    Check {
        /// Consent files: a FHIR Consent (R4 or R5), a Bundle of them, or NDJSON.
        #[arg(long = "consent", required = true, num_args = 1..)]
        consents: Vec<String>,
        /// The request file (`-` for stdin). A request without `time` is decided as of now.
        #[arg(long)]
        request: String,
        /// Policy JSON (base policy, sensitive categories, break-the-glass); default denies
        /// when no consent applies.
        #[arg(long)]
        policy: Option<String>,
    },
    /// Filter a FHIR Bundle down to what the request may receive; prints
    /// `{"bundle","released","withheld","obligations"}`.
    Filter {
        /// Consent files, as for `check`.
        #[arg(long = "consent", required = true, num_args = 1..)]
        consents: Vec<String>,
        /// The request file; its `data` is completed from each resource.
        #[arg(long)]
        request: String,
        /// Policy JSON.
        #[arg(long)]
        policy: Option<String>,
        /// The Bundle (`-` for stdin).
        #[arg(default_value = "-")]
        bundle: String,
    },
}

/// Values in a file: one JSON value, or one per line (NDJSON).
pub(crate) fn json_values(name: &str, bytes: &[u8]) -> Result<Vec<Value>, CliError> {
    let text = std::str::from_utf8(bytes).map_err(|_| CliError(format!("{name}: not UTF-8")))?;
    if let Ok(v) = serde_json::from_str::<Value>(text) {
        return Ok(vec![v]);
    }
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l)
                .map_err(|e| CliError(format!("{name}:{}: invalid JSON: {e}", i + 1)))
        })
        .collect()
}

pub(crate) fn load_consents(paths: &[String]) -> Result<Vec<Value>, CliError> {
    let mut out = Vec::new();
    for (name, bytes) in read_inputs(paths)? {
        for v in json_values(&name, &bytes)? {
            if v.get("resourceType").and_then(Value::as_str) == Some("Bundle") {
                let entries = v
                    .get("entry")
                    .and_then(Value::as_array)
                    .cloned()
                    .unwrap_or_default();
                for e in entries {
                    if let Some(r) = e.get("resource") {
                        if r.get("resourceType").and_then(Value::as_str) == Some("Consent") {
                            out.push(r.clone());
                        } else {
                            return Err(CliError(format!("{name}: Bundle entry is not a Consent")));
                        }
                    }
                }
            } else {
                out.push(v);
            }
        }
    }
    Ok(out)
}

pub(crate) fn load_engine(
    consents: &[String],
    policy: Option<&String>,
) -> Result<ConsentEngine, CliError> {
    let policy = match policy {
        Some(p) => {
            let (name, bytes) = read_inputs(std::slice::from_ref(p))?
                .pop()
                .ok_or_else(|| CliError("no policy read".into()))?;
            let text =
                String::from_utf8(bytes).map_err(|_| CliError(format!("{name}: not UTF-8")))?;
            ConsentPolicy::from_json(&text).map_err(|e| CliError(format!("{name}: {e}")))?
        }
        None => ConsentPolicy::default(),
    };
    let values = load_consents(consents)?;
    ConsentEngine::compile(&values, policy).map_err(|e| CliError(format!("consent: {e}")))
}

fn load_requests(path: &str) -> Result<Vec<ConsentRequest>, CliError> {
    let (name, bytes) = read_inputs(&[path.to_string()])?
        .pop()
        .ok_or_else(|| CliError("no request read".into()))?;
    let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    json_values(&name, &bytes)?
        .into_iter()
        .map(|mut v| {
            if let Some(o) = v.as_object_mut() {
                o.entry("time")
                    .or_insert_with(|| Value::String(now.clone()));
            }
            serde_json::from_value(v)
                .map_err(|e| CliError(format!("{name}: invalid consent request: {e}")))
        })
        .collect()
}

/// Runs `him consent ...`.
pub fn run(args: ConsentArgs) -> Result<Outcome, CliError> {
    match args.command {
        ConsentCommand::Check {
            consents,
            request,
            policy,
        } => {
            let engine = load_engine(&consents, policy.as_ref())?;
            let mut out = JsonLines::stdout();
            let mut any_denied = false;
            for r in load_requests(&request)? {
                let d = engine.decide(&r).map_err(|e| CliError(e.to_string()))?;
                any_denied |= !d.permitted();
                out.write(&d)?;
            }
            out.finish()?;
            Ok(Outcome::findings_if(any_denied))
        }
        ConsentCommand::Filter {
            consents,
            request,
            policy,
            bundle,
        } => {
            let engine = load_engine(&consents, policy.as_ref())?;
            let mut requests = load_requests(&request)?;
            if requests.len() != 1 {
                return Err(CliError("filter takes exactly one request".into()));
            }
            let r = requests.remove(0);
            let (name, bytes) = read_inputs(&[bundle])?
                .pop()
                .ok_or_else(|| CliError("no bundle read".into()))?;
            let b: Value = serde_json::from_slice(&bytes)
                .map_err(|e| CliError(format!("{name}: invalid JSON: {e}")))?;
            let result = engine
                .filter_bundle(&b, &r)
                .map_err(|e| CliError(format!("{name}: {e}")))?;
            let mut out = JsonLines::stdout();
            out.write(&result)?;
            out.finish()?;
            Ok(Outcome::Ok)
        }
    }
}
