//! `him hl7`: parse ER7 to JSON trees, map to FHIR Bundles, acknowledge.

use crate::input::{progress, read_inputs, JsonLines};
use crate::{CliError, Outcome};
use clap::Subcommand;
use himcore::hl7v2::{self, AckCode, AckOptions, Hl7Error, MappingOptions};
use himcore::ErrorCode;
use serde_json::{json, Value};
use std::io::Write;

/// The `him hl7` subcommands.
#[derive(Subcommand)]
pub enum Hl7Command {
    /// One JSON tree per message: delimiters, segments, fields,
    /// repetitions, components, sub-components (decoded values). Batch and
    /// file envelope segments (FHS, BHS, BTS, FTS) come first, one line each.
    Parse {
        /// ER7 files (one or more messages each, batches allowed); `-` or none for stdin.
        files: Vec<String>,
    },
    /// One FHIR R4 Bundle per message (NDJSON on stdout); what could not be
    /// mapped goes to stderr as JSON lines (or to --report).
    ToFhir {
        /// ER7 files; `-` or none for stdin.
        files: Vec<String>,
        /// Time zone offset for HL7 times without one (`+01:00`, `Z`);
        /// without it such times keep only their date (and say so).
        #[arg(long)]
        tz: Option<String>,
        /// Write the unmapped-element report to this file instead of stderr.
        #[arg(long)]
        report: Option<String>,
    },
    /// An ACK per message: AA when it parses, AE with ERR segments when only
    /// its header is usable, AR otherwise. ER7 on stdout, one message per
    /// line group (segments end with CR; a LF follows each ACK).
    Ack {
        /// ER7 files; `-` or none for stdin.
        files: Vec<String>,
        /// Base of the ACK control IDs (MSH-10), numbered `-1`, `-2`, ... per
        /// message; default: "ACK" and the current time.
        #[arg(long)]
        control_id: Option<String>,
        /// Print segments on separate lines (LF) for reading.
        #[arg(long)]
        lf: bool,
        /// Frame each ACK with MLLP.
        #[arg(long)]
        mllp: bool,
    },
}

/// Runs one `him hl7` subcommand.
pub fn run(cmd: Hl7Command, quiet: bool) -> Result<Outcome, CliError> {
    match cmd {
        Hl7Command::Parse { files } => parse(&files, quiet),
        Hl7Command::ToFhir { files, tz, report } => to_fhir(&files, tz, report, quiet),
        Hl7Command::Ack {
            files,
            control_id,
            lf,
            mllp,
        } => ack(&files, control_id, lf, mllp),
    }
}

fn error_json(e: &Hl7Error) -> Value {
    json!({"code": e.code(), "message": e.to_string(), "segment": e.segment(), "field": e.field()})
}

/// The envelope segments (FHS, BHS, BTS, FTS) of an input as JSON lines,
/// or the envelope error. Messages themselves are parsed with `parse_many`
/// so one bad message does not hide the others; this reads what
/// `parse_many` skips, so nothing of the input is left out silently.
/// Envelope errors that `parse_many` also reports (a bad message) are not
/// repeated.
fn envelope_lines(name: &str, text: &str, messages_ok: bool) -> Vec<Value> {
    match hl7v2::parse_batch(text) {
        Ok(env) => {
            let mut lines = Vec::new();
            let mut push = |kind: &str, seg: &Option<hl7v2::Message<'_>>| {
                if let Some(m) = seg {
                    let tree = m.to_tree();
                    lines
                        .push(json!({"source": name, "envelope": kind, "segments": tree.segments}));
                }
            };
            push("file_header", &env.file_header);
            for b in &env.batches {
                push("batch_header", &b.header);
                push("batch_trailer", &b.trailer);
            }
            push("file_trailer", &env.file_trailer);
            lines
        }
        Err(e) if messages_ok => {
            vec![json!({"source": name, "envelope": "error", "error": error_json(&e)})]
        }
        Err(_) => Vec::new(),
    }
}

fn text_of<'a>(name: &str, bytes: &'a [u8]) -> Result<&'a str, Value> {
    hl7v2::utf8(bytes).map_err(|e| json!({"source": name, "error": error_json(&e)}))
}

fn parse(files: &[String], quiet: bool) -> Result<Outcome, CliError> {
    let inputs = read_inputs(files)?;
    let mut out = JsonLines::stdout();
    let mut findings = false;
    let bar = progress(inputs.len() as u64, quiet, "parsing");
    for (name, bytes) in &inputs {
        let text = match text_of(name, bytes) {
            Ok(t) => t,
            Err(v) => {
                findings = true;
                out.write(&v)?;
                continue;
            }
        };
        let results = hl7v2::parse_many(text);
        let all_ok = results.iter().all(Result::is_ok);
        for line in envelope_lines(name, text, all_ok) {
            findings |= line.get("error").is_some();
            out.write(&line)?;
        }
        for (i, result) in results.into_iter().enumerate() {
            match result {
                Ok(m) => {
                    let tree = m.to_tree();
                    out.write(&json!({
                        "source": name,
                        "index": i + 1,
                        "segment_terminator": m.segment_terminator(),
                        "delimiters": tree.delimiters,
                        "segments": tree.segments,
                    }))?;
                }
                Err(e) => {
                    findings = true;
                    out.write(&json!({"source": name, "index": i + 1, "error": error_json(&e)}))?;
                }
            }
        }
        bar.inc(1);
    }
    bar.finish_and_clear();
    out.finish()?;
    Ok(Outcome::findings_if(findings))
}

fn to_fhir(
    files: &[String],
    tz: Option<String>,
    report: Option<String>,
    quiet: bool,
) -> Result<Outcome, CliError> {
    let inputs = read_inputs(files)?;
    let opts = MappingOptions {
        default_timezone: tz,
    };
    let mut out = JsonLines::stdout();
    let mut report_out: Box<dyn Write> = match &report {
        Some(path) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(path).map_err(|e| CliError(format!("creating {path}: {e}")))?,
        )),
        None => Box::new(std::io::stderr()),
    };
    let mut write_report = |v: &Value| -> Result<(), CliError> {
        writeln!(report_out, "{v}").map_err(|e| CliError(format!("writing report: {e}")))
    };
    let mut findings = false;
    let bar = progress(inputs.len() as u64, quiet, "mapping");
    for (name, bytes) in &inputs {
        let text = match text_of(name, bytes) {
            Ok(t) => t,
            Err(v) => {
                findings = true;
                write_report(&v)?;
                continue;
            }
        };
        let results = hl7v2::parse_many(text);
        let all_ok = results.iter().all(Result::is_ok);
        for line in envelope_lines(name, text, all_ok) {
            // Envelope problems (a trailer count that does not match) go to
            // the report; envelope segments themselves have no FHIR form.
            if line.get("error").is_some() {
                findings = true;
                write_report(&line)?;
            }
        }
        for (i, result) in results.into_iter().enumerate() {
            let mapped = result.and_then(|m| {
                let id = m.control_id().map(|c| c.into_owned());
                hl7v2::to_fhir(&m, &opts).map(|f| (f, id))
            });
            match mapped {
                Ok((f, control_id)) => {
                    out.write(&f.bundle)?;
                    if !f.unmapped.is_empty() {
                        write_report(
                            &json!({"source": name, "index": i + 1, "control_id": control_id, "unmapped": f.unmapped}),
                        )?;
                    }
                }
                Err(e) => {
                    findings = true;
                    write_report(
                        &json!({"source": name, "index": i + 1, "error": error_json(&e)}),
                    )?;
                }
            }
        }
        bar.inc(1);
    }
    bar.finish_and_clear();
    out.finish()?;
    Ok(Outcome::findings_if(findings))
}

fn ack(
    files: &[String],
    control_id: Option<String>,
    lf: bool,
    mllp: bool,
) -> Result<Outcome, CliError> {
    let inputs = read_inputs(files)?;
    let now = chrono::Local::now();
    let opts = AckOptions {
        timestamp: now.format("%Y%m%d%H%M%S%z").to_string(),
        control_id: control_id.unwrap_or_else(|| format!("ACK{}", now.format("%Y%m%d%H%M%S"))),
        ..AckOptions::default()
    };
    let stdout = std::io::stdout();
    let mut w = std::io::BufWriter::new(stdout.lock());
    let mut findings = false;
    let mut n = 0usize;
    for (name, bytes) in &inputs {
        let acks = match hl7v2::utf8(bytes) {
            // One control ID per ACK across all inputs: base-1, base-2, ...
            Ok(text) => hl7v2::split_messages(text)
                .into_iter()
                .enumerate()
                .map(|(i, chunk)| {
                    let o = AckOptions {
                        control_id: format!("{}-{}", opts.control_id, n + i + 1),
                        ..opts.clone()
                    };
                    hl7v2::ack_input(chunk, &o)
                })
                .collect(),
            Err(e) => {
                // Not even text: reject the whole input.
                let o = AckOptions {
                    control_id: format!("{}-{}", opts.control_id, n + 1),
                    ..opts.clone()
                };
                vec![(AckCode::AR, hl7v2::reject(&e, &o), Some(e))]
            }
        };
        for (code, text, err) in acks {
            n += 1;
            if code != AckCode::AA {
                findings = true;
                if let Some(e) = err {
                    eprintln!("him: {name}: message {n}: {} {e}", e.code());
                }
            }
            let body = if lf { text.replace('\r', "\n") } else { text };
            let bytes = if mllp {
                hl7v2::mllp::encode(body.as_bytes())
            } else {
                let mut b = body.into_bytes();
                b.push(b'\n');
                b
            };
            w.write_all(&bytes)
                .map_err(|e| CliError(format!("writing output: {e}")))?;
        }
    }
    w.flush()
        .map_err(|e| CliError(format!("writing output: {e}")))?;
    Ok(Outcome::findings_if(findings))
}
