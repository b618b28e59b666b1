//! `him`: run himcore's main jobs on files.
//!
//! Every subcommand reads files (or `-` for standard input) and writes JSON
//! lines to standard output. Exit codes: 0 success, 1 when the job found a
//! problem in the data (an invalid resource, an invalid code...), 2 for usage
//! or I/O errors.

mod deid;
mod input;

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
