//! `him deid`: de-identify clinical text and FHIR resources, and score the
//! text detector against gold spans.

use crate::input::{progress, read_inputs, JsonLines};
use crate::{CliError, Outcome};
use clap::Subcommand;
use himcore::deid::{
    evaluate, DeidKey, DeidPolicy, ErrorMode, FhirDeidentifier, GoldSpan, TextDeidentifier,
    TextPolicy,
};
use himcore::ErrorCode;
use serde::{Deserialize, Serialize};

/// Environment variable holding the key when `--key-file` is not given.
const KEY_ENV: &str = "HIMCORE_DEID_KEY";

/// `him deid ...` subcommands.
#[derive(Subcommand)]
pub enum DeidCommand {
    /// De-identify JSON lines `{"id","text"}` (optional "scope": patient id for date shifts).
    Text {
        /// Text policy JSON file (method tag|redact|surrogate, keep_types, min_age).
        #[arg(long)]
        policy: Option<String>,
        /// File holding the secret key (else the HIMCORE_DEID_KEY environment variable).
        #[arg(long)]
        key_file: Option<String>,
        /// Output only the spans, not the de-identified text.
        #[arg(long)]
        spans_only: bool,
        /// Input files (JSON lines); `-` or none for standard input.
        inputs: Vec<String>,
    },
    /// De-identify FHIR resources (Bundles, single resources or NDJSON).
    Fhir {
        /// Preset name (safe-harbor, limited-data-set, pseudonymized-research) or policy JSON file.
        #[arg(long)]
        policy: String,
        /// File holding the secret key (else the HIMCORE_DEID_KEY environment variable).
        #[arg(long)]
        key_file: Option<String>,
        /// On a resource that cannot be processed: stop (default) or skip it.
        #[arg(long, default_value = "stop")]
        on_error: String,
        /// Input files; `-` or none for standard input.
        inputs: Vec<String>,
    },
    /// Score the text detector on gold JSON lines `{"id","text","spans":[{"start","end","type"}]}`.
    Eval {
        /// Text policy JSON file; its `keep_types` are left out of the
        /// predictions (`{"keep_types": ["STATE"]}` for gold sets that do
        /// not annotate states).
        #[arg(long)]
        policy: Option<String>,
        /// Gold file(s).
        gold: Vec<String>,
    },
}

fn load_key(key_file: Option<&str>) -> Result<Option<DeidKey>, CliError> {
    let bytes = match key_file {
        Some(p) => {
            Some(std::fs::read(p).map_err(|e| CliError(format!("reading key file {p}: {e}")))?)
        }
        None => std::env::var(KEY_ENV).ok().map(String::into_bytes),
    };
    match bytes {
        None => Ok(None),
        Some(b) => DeidKey::from_bytes(&b)
            .map(Some)
            .map_err(|e| CliError(format!("{}: {e}", e.code()))),
    }
}

/// The text policy of `--policy FILE`, or the default one.
fn load_text_policy(path: Option<&str>) -> Result<TextPolicy, CliError> {
    match path {
        Some(p) => {
            let b = std::fs::read(p).map_err(|e| CliError(format!("reading {p}: {e}")))?;
            serde_json::from_slice(&b)
                .map_err(|e| CliError(format!("DEID_POLICY_INVALID: {p}: {e}")))
        }
        None => Ok(TextPolicy::default()),
    }
}

fn deid_err(e: himcore::deid::DeidError) -> CliError {
    CliError(format!("{}: {e}", e.code()))
}

#[derive(Deserialize)]
struct TextIn {
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    scope: Option<String>,
}

#[derive(Serialize)]
struct SpanOut {
    start: usize,
    end: usize,
    #[serde(rename = "type")]
    phi_type: &'static str,
}

#[derive(Serialize)]
struct TextOut<'a> {
    id: &'a serde_json::Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<String>,
    spans: Vec<SpanOut>,
}

#[derive(Deserialize)]
struct GoldIn {
    text: String,
    spans: Vec<GoldSpan>,
}

/// Runs one `him deid` subcommand.
pub fn run(cmd: DeidCommand, quiet: bool) -> Result<Outcome, CliError> {
    match cmd {
        DeidCommand::Text {
            policy,
            key_file,
            spans_only,
            inputs,
        } => {
            let policy = load_text_policy(policy.as_deref())?;
            let key = load_key(key_file.as_deref())?;
            let engine = TextDeidentifier::new().map_err(deid_err)?;
            let mut out = JsonLines::stdout();
            for (name, bytes) in read_inputs(&inputs)? {
                let text =
                    String::from_utf8(bytes).map_err(|_| CliError(format!("{name}: not UTF-8")))?;
                let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
                let bar = progress(lines.len() as u64, quiet, "deid text");
                for (n, line) in lines.iter().enumerate() {
                    let item: TextIn = serde_json::from_str(line).map_err(|e| {
                        CliError(format!(
                            "{name}:{}: expected {{\"id\",\"text\"}}: {e}",
                            n + 1
                        ))
                    })?;
                    let r = engine
                        .deidentify(
                            &item.text,
                            &policy,
                            key.as_ref(),
                            item.scope.as_deref().unwrap_or(""),
                        )
                        .map_err(deid_err)?;
                    let spans = r
                        .spans
                        .iter()
                        .map(|s| SpanOut {
                            start: s.start,
                            end: s.end,
                            phi_type: s.phi_type.as_str(),
                        })
                        .collect();
                    out.write(&TextOut {
                        id: &item.id,
                        text: (!spans_only).then_some(r.text),
                        spans,
                    })?;
                    bar.inc(1);
                }
                bar.finish_and_clear();
            }
            out.finish()?;
            Ok(Outcome::Ok)
        }
        DeidCommand::Fhir {
            policy,
            key_file,
            on_error,
            inputs,
        } => {
            let pol = match DeidPolicy::preset(&policy) {
                Ok(p) => p,
                Err(_) => {
                    let b = std::fs::read(&policy).map_err(|e| {
                        CliError(format!(
                            "--policy {policy}: not a preset and not a readable file: {e}"
                        ))
                    })?;
                    DeidPolicy::from_json(&b).map_err(deid_err)?
                }
            };
            let mode = match on_error.as_str() {
                "stop" => ErrorMode::Stop,
                "skip" => ErrorMode::Skip,
                o => {
                    return Err(CliError(format!(
                        "--on-error must be stop or skip, not {o}"
                    )))
                }
            };
            let key = load_key(key_file.as_deref())?;
            let engine = FhirDeidentifier::new(pol, key).map_err(deid_err)?;
            let mut out = JsonLines::stdout();
            let mut resources: Vec<serde_json::Value> = Vec::new();
            for (name, bytes) in read_inputs(&inputs)? {
                let text =
                    String::from_utf8(bytes).map_err(|_| CliError(format!("{name}: not UTF-8")))?;
                let trimmed = text.trim_start();
                // A whole JSON document (resource or Bundle) or NDJSON.
                match serde_json::from_str::<serde_json::Value>(trimmed) {
                    Ok(v) => resources.push(v),
                    Err(_) => {
                        for (n, line) in text
                            .lines()
                            .enumerate()
                            .filter(|(_, l)| !l.trim().is_empty())
                        {
                            let v = serde_json::from_str(line).map_err(|e| {
                                CliError(format!("{name}:{}: not JSON: {e}", n + 1))
                            })?;
                            resources.push(v);
                        }
                    }
                }
            }
            let bar = progress(resources.len() as u64, quiet, "deid fhir");
            let outcome = engine.deidentify_batch(resources, mode);
            bar.finish_and_clear();
            let failed = !outcome.report.skipped.is_empty();
            for r in &outcome.resources {
                out.write(r)?;
            }
            out.finish()?;
            let report = serde_json::to_string_pretty(&outcome.report)
                .map_err(|e| CliError(format!("report: {e}")))?;
            eprintln!("{report}");
            if let Some(e) = outcome.error {
                return Err(deid_err(e));
            }
            Ok(Outcome::findings_if(failed))
        }
        DeidCommand::Eval { policy, gold } => {
            let engine = TextDeidentifier::new().map_err(deid_err)?;
            let policy = load_text_policy(policy.as_deref())?;
            let mut docs = Vec::new();
            let mut bytes_total = 0usize;
            let started = std::time::Instant::now();
            for (name, bytes) in read_inputs(&gold)? {
                let text =
                    String::from_utf8(bytes).map_err(|_| CliError(format!("{name}: not UTF-8")))?;
                for (n, line) in text
                    .lines()
                    .enumerate()
                    .filter(|(_, l)| !l.trim().is_empty())
                {
                    let g: GoldIn = serde_json::from_str(line).map_err(|e| {
                        CliError(format!(
                            "{name}:{}: expected {{\"text\",\"spans\"}}: {e}",
                            n + 1
                        ))
                    })?;
                    bytes_total += g.text.len();
                    let pred = engine
                        .deidentify(&g.text, &policy, None, "")
                        .map_err(deid_err)?
                        .spans;
                    docs.push((g.spans, pred));
                }
            }
            let secs = started.elapsed().as_secs_f64();
            let r = evaluate(&docs);
            let mut out = JsonLines::stdout();
            out.text(&format!(
                "{:<12} {:>6} {:>6} {:>6} {:>6} {:>8} {:>9} {:>6}",
                "type", "gold", "found", "pred", "ok", "recall", "precision", "F2"
            ))?;
            for (t, s) in r
                .per_type
                .iter()
                .chain(std::iter::once((&"OVERALL".to_string(), &r.overall)))
            {
                out.text(&format!(
                    "{:<12} {:>6} {:>6} {:>6} {:>6} {:>8.4} {:>9.4} {:>6.4}",
                    t, s.gold, s.found, s.predicted, s.correct, s.recall, s.precision, s.f2
                ))?;
            }
            out.finish()?;
            eprintln!(
                "{} documents, {} bytes in {:.3}s",
                docs.len(),
                bytes_total,
                secs
            );
            Ok(Outcome::Ok)
        }
    }
}
