//! `him`: run himcore's main jobs on files.
//!
//! Every subcommand reads files (or `-` for standard input) and writes JSON
//! lines to standard output. Exit codes: 0 success, 1 when the job found a
//! problem in the data (an invalid resource, an invalid code...), 2 for usage
//! or I/O errors.

mod audit;
mod codes;
mod consent;
mod deid;
mod fhir;
mod hl7;
mod input;
mod retention;
mod roi;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// Health Information Management core: validate, code, de-identify, retain,
/// release and audit patient records.
#[derive(Parser)]
#[command(name = "him", version, about)]
struct Cli {
    /// Do not draw progress bars on standard error.
    #[arg(long, short, global = true)]
    quiet: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// FHIR R4 resources: validate, normalize.
    #[command(subcommand)]
    Fhir(fhir::FhirCommand),
    /// Validate, look up and claim-check medical codes (ICD-10-CM/PCS, HCPCS, CPT, NDC, LOINC, ...).
    #[command(subcommand)]
    Codes(codes::CodesCommand),
    /// Consent checks: decide requests, filter Bundles.
    Consent(consent::ConsentArgs),
    /// Records retention: evaluate, explain, certify destruction.
    #[command(subcommand)]
    Retention(retention::RetentionCommand),
    /// The tamper-evident audit log: keygen, append, verify, checkpoint, export.
    #[command(subcommand)]
    Audit(audit::AuditCommand),
    /// Release of information and the accounting of disclosures.
    #[command(subcommand)]
    Roi(roi::RoiCommand),
    /// HL7 v2 messages: parse to JSON, map to FHIR, acknowledge.
    #[command(subcommand)]
    Hl7(hl7::Hl7Command),
    /// De-identify clinical text and FHIR resources (HIPAA Safe Harbor), score the detector.
    #[command(subcommand)]
    Deid(deid::DeidCommand),
}

/// What a job reports back to `main`.
pub enum Outcome {
    /// Everything processed and valid.
    Ok,
    /// Processed, but the data had problems (exit code 1).
    Findings,
}

impl Outcome {
    /// `Findings` when the job found a problem in the data, `Ok` otherwise.
    pub fn findings_if(found: bool) -> Outcome {
        if found {
            Outcome::Findings
        } else {
            Outcome::Ok
        }
    }
}

/// A usage or I/O error (exit code 2), already phrased for the user.
#[derive(Debug)]
pub struct CliError(pub String);

impl std::fmt::Display for CliError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result: Result<Outcome, CliError> = match cli.command {
        Command::Fhir(cmd) => fhir::run(cmd, cli.quiet),
        Command::Codes(c) => codes::run(c, cli.quiet),
        Command::Consent(args) => consent::run(args),
        Command::Retention(cmd) => retention::run(cmd, cli.quiet),
        Command::Audit(cmd) => audit::run(cmd),
        Command::Roi(cmd) => roi::run(cmd),
        Command::Hl7(c) => hl7::run(c, cli.quiet),
        Command::Deid(c) => deid::run(c, cli.quiet),
    };
    match result {
        Ok(Outcome::Ok) => ExitCode::SUCCESS,
        Ok(Outcome::Findings) => ExitCode::from(1),
        Err(e) => {
            eprintln!("him: {e}");
            ExitCode::from(2)
        }
    }
}
