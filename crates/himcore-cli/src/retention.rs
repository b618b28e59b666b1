//! `him retention`: evaluate records against retention rule packs, explain
//! decisions, and issue destruction certificates.
//!
//! Input is NDJSON: one record per line (blank lines skipped). Output of
//! `evaluate` is NDJSON: one decision per record, or an error object
//! `{"line", "id", "error_code", "message"}` for a record that cannot be
//! evaluated (exit code 1 then).

use crate::input::{progress, read_inputs, JsonLines};
use crate::{CliError, Outcome};
use clap::{Args, Subcommand};
use himcore::retention::{
    parse_date, shipped_pack, shipped_pack_names, CertificateRequest, DestructionCertificate,
    DestructionMethod, EngineOptions, RetentionEngine, RetentionRecord, RulePack,
};
use himcore::ErrorCode;
use std::io::Write;

/// Retention subcommands.
#[derive(Subcommand)]
pub enum RetentionCommand {
    /// Evaluate NDJSON records; write one NDJSON decision per record.
    Evaluate(EvalArgs),
    /// Explain, for each record, every rule and why it applied or not
    /// (text; `--json` for JSON lines). With `--rules`, print the rule table.
    Explain {
        #[command(flatten)]
        eval: EvalArgs,
        /// Print the loaded rules (id, period, citation, verification) instead.
        #[arg(long)]
        rules: bool,
        /// JSON lines instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Build a certificate of destruction for the records eligible on the
    /// destruction date (`--as-of`).
    Certificate {
        #[command(flatten)]
        eval: EvalArgs,
        /// Certificate number.
        #[arg(long)]
        certificate_id: String,
        /// Organisation name.
        #[arg(long)]
        organisation: String,
        /// shredding, pulping, incineration, pulverization, degaussing,
        /// overwriting, cryptographic_erase, physical_media_destruction.
        #[arg(long)]
        method: String,
        /// Who authorised the destruction.
        #[arg(long)]
        authorized_by: String,
        /// Who destroys the records.
        #[arg(long)]
        destroyed_by: Option<String>,
        /// Witness.
        #[arg(long)]
        witness: Option<String>,
    },
    /// List the shipped packs.
    Packs,
}

/// One input line: file, line number, and the parsed record or its error.
type InputRecord = (
    String,
    usize,
    Result<RetentionRecord, himcore::retention::RetentionError>,
);

/// Options shared by the record-reading subcommands.
#[derive(Args)]
pub struct EvalArgs {
    /// Rule pack: a shipped name (us-federal, us-ca, ...) or a JSON file. Repeatable.
    #[arg(long = "pack", required = true)]
    packs: Vec<String>,
    /// Evaluation date (YYYY-MM-DD); default today (UTC).
    #[arg(long)]
    as_of: Option<String>,
    /// Treat records of an undeclared jurisdiction as this one (warned).
    #[arg(long)]
    default_jurisdiction: Option<String>,
    /// Treat records of an undeclared type as this one (warned).
    #[arg(long)]
    default_record_type: Option<String>,
    /// NDJSON record files (`-` or none: standard input).
    files: Vec<String>,
}

fn load_pack(spec: &str) -> Result<RulePack, CliError> {
    if shipped_pack_names().any(|n| n == spec) {
        return shipped_pack(spec).map_err(|e| CliError(format!("{}: {e}", e.code())));
    }
    let text = std::fs::read_to_string(spec).map_err(|e| {
        CliError(format!(
            "{spec:?} is neither a shipped pack ({}) nor a readable file: {e}",
            shipped_pack_names().collect::<Vec<_>>().join(", ")
        ))
    })?;
    RulePack::from_json(spec, &text).map_err(|e| CliError(format!("{}: {e}", e.code())))
}

impl EvalArgs {
    fn engine(&self) -> Result<RetentionEngine, CliError> {
        let packs = self
            .packs
            .iter()
            .map(|p| load_pack(p))
            .collect::<Result<Vec<_>, _>>()?;
        let opts = EngineOptions {
            default_jurisdiction: self.default_jurisdiction.clone(),
            default_record_type: self.default_record_type.clone(),
        };
        RetentionEngine::with_options(&packs, &opts)
            .map_err(|e| CliError(format!("{}: {e}", e.code())))
    }

    fn as_of(&self) -> Result<chrono::NaiveDate, CliError> {
        match &self.as_of {
            Some(s) => parse_date(s)
                .ok_or_else(|| CliError(format!("--as-of {s:?} is not a YYYY-MM-DD date"))),
            None => Ok(chrono::Utc::now().date_naive()),
        }
    }

    /// Reads every record; a line that does not parse is reported with its
    /// line number, never skipped silently.
    fn records(&self) -> Result<Vec<InputRecord>, CliError> {
        let mut out = Vec::new();
        for (name, bytes) in read_inputs(&self.files)? {
            let text =
                String::from_utf8(bytes).map_err(|_| CliError(format!("{name}: not UTF-8")))?;
            for (i, line) in text.lines().enumerate() {
                if line.trim().is_empty() {
                    continue;
                }
                out.push((name.clone(), i + 1, RetentionRecord::from_json(line)));
            }
        }
        Ok(out)
    }
}

fn error_line(
    file: &str,
    line: usize,
    id: Option<&str>,
    e: &himcore::retention::RetentionError,
) -> serde_json::Value {
    serde_json::json!({"file": file, "line": line, "id": id, "error_code": e.code(), "message": e.to_string()})
}

/// Runs a retention subcommand.
pub fn run(cmd: RetentionCommand, quiet: bool) -> Result<Outcome, CliError> {
    match cmd {
        RetentionCommand::Packs => {
            let mut out = JsonLines::stdout();
            for name in shipped_pack_names() {
                let p = shipped_pack(name).map_err(|e| CliError(e.to_string()))?;
                out.write(
                    &serde_json::json!({"name": p.name, "title": p.title, "version": p.version,
                    "jurisdictions": p.jurisdictions, "rules": p.rules.len()}),
                )?;
            }
            out.finish()?;
            Ok(Outcome::Ok)
        }
        RetentionCommand::Evaluate(args) => {
            let engine = args.engine()?;
            let as_of = args.as_of()?;
            let records = args.records()?;
            let bar = progress(records.len() as u64, quiet, "evaluating");
            let mut out = JsonLines::stdout();
            let mut findings = false;
            let mut buf = himcore::retention::DecisionBuf::new();
            for (file, line, rec) in &records {
                bar.inc(1);
                match rec {
                    Err(e) => {
                        findings = true;
                        out.write(&error_line(file, *line, None, e))?;
                    }
                    Ok(r) => match engine.evaluate_into(r, as_of, &mut buf) {
                        Ok(()) => out.write(&engine.decision(r, as_of, &buf))?,
                        Err(e) => {
                            findings = true;
                            out.write(&error_line(file, *line, Some(&r.id), &e))?;
                        }
                    },
                }
            }
            bar.finish_and_clear();
            out.finish()?;
            Ok(Outcome::findings_if(findings))
        }
        RetentionCommand::Explain { eval, rules, json } => {
            let engine = eval.engine()?;
            if rules {
                return print_rules(&engine, json);
            }
            let as_of = eval.as_of()?;
            let mut findings = false;
            let stdout = std::io::stdout();
            let mut w = std::io::BufWriter::new(stdout.lock());
            let werr = |e: std::io::Error| CliError(format!("writing output: {e}"));
            for (file, line, rec) in eval.records()? {
                let result = rec.and_then(|r| engine.explain(&r, as_of));
                match result {
                    Err(e) => {
                        findings = true;
                        if json {
                            writeln!(w, "{}", error_line(&file, line, None, &e)).map_err(werr)?;
                        } else {
                            writeln!(w, "{file}:{line}: {}: {e}\n", e.code()).map_err(werr)?;
                        }
                    }
                    Ok(x) if json => writeln!(
                        w,
                        "{}",
                        serde_json::to_string(&x).map_err(|e| CliError(e.to_string()))?
                    )
                    .map_err(werr)?,
                    Ok(x) => {
                        let d = &x.decision;
                        let status = serde_json::to_value(d.status)
                            .ok()
                            .and_then(|v| v.as_str().map(String::from))
                            .unwrap_or_default();
                        writeln!(
                            w,
                            "record {} as of {}: {} (retain until {})",
                            d.id,
                            d.as_of.format("%Y-%m-%d"),
                            status,
                            d.retain_until
                        )
                        .map_err(werr)?;
                        writeln!(
                            w,
                            "  governed by {} [{}]",
                            d.governing_rule.id, d.governing_rule.citation
                        )
                        .map_err(werr)?;
                        if !d.holds.is_empty() {
                            writeln!(w, "  legal holds in force: {}", d.holds.join(", "))
                                .map_err(werr)?;
                        }
                        for c in &x.considered {
                            let mark = if c.applies { "+" } else { "-" };
                            let until = c
                                .retain_until
                                .map(|u| format!(" -> {u}"))
                                .unwrap_or_default();
                            writeln!(w, "  {mark} {}{until}: {}", c.id, c.reason).map_err(werr)?;
                        }
                        for wn in &d.warnings {
                            writeln!(w, "  ! {}: {}", wn.code, wn.message).map_err(werr)?;
                        }
                        writeln!(w).map_err(werr)?;
                    }
                }
            }
            w.flush().map_err(werr)?;
            Ok(Outcome::findings_if(findings))
        }
        RetentionCommand::Certificate {
            eval,
            certificate_id,
            organisation,
            method,
            authorized_by,
            destroyed_by,
            witness,
        } => {
            let engine = eval.engine()?;
            let as_of = eval.as_of()?;
            let method: DestructionMethod =
                serde_json::from_value(serde_json::Value::String(method.clone()))
                    .map_err(|_| CliError(format!("unknown --method {method:?}")))?;
            let mut records = Vec::new();
            let mut findings = false;
            for (file, line, rec) in eval.records()? {
                match rec {
                    Ok(r) => records.push(r),
                    Err(e) => {
                        findings = true;
                        eprintln!(
                            "him: {file}:{line}: {}: {e} (left off the certificate)",
                            e.code()
                        );
                    }
                }
            }
            let list = engine.destruction_list(&records, as_of);
            let req = CertificateRequest {
                certificate_id,
                organisation,
                destruction_date: as_of,
                method,
                authorized_by,
                destroyed_by,
                witness,
            };
            let cert = DestructionCertificate::issue(&list, &req)
                .map_err(|e| CliError(format!("{}: {e}", e.code())))?;
            let text = serde_json::to_string_pretty(&cert).map_err(|e| CliError(e.to_string()))?;
            let mut out = JsonLines::stdout();
            out.text(&text)?;
            out.finish()?;
            Ok(Outcome::findings_if(findings))
        }
    }
}

fn print_rules(engine: &RetentionEngine, json: bool) -> Result<Outcome, CliError> {
    if json {
        let mut out = JsonLines::stdout();
        for r in engine.rules() {
            out.write(r)?;
        }
        out.finish()?;
        return Ok(Outcome::Ok);
    }
    let mut out = JsonLines::stdout();
    for r in engine.rules() {
        let status = serde_json::to_value(r.verification.status)
            .ok()
            .and_then(|v| v.as_str().map(String::from))
            .unwrap_or_default();
        out.text(&format!(
            "{}\n  {}\n  citation: {}\n  period: {}\n  verification: {status}\n",
            r.id,
            r.title,
            r.citation,
            serde_json::to_string(&r.period).unwrap_or_default()
        ))?;
    }
    out.finish()?;
    Ok(Outcome::Ok)
}
