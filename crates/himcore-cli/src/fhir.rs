//! `him fhir validate` and `him fhir normalize`: FHIR R4 resources from files
//! or stdin (single resources, Bundles, NDJSON).

use crate::input::{progress, read_inputs, JsonLines};
use crate::{CliError, Outcome};
use clap::Subcommand;
use himcore::model::{split_documents, split_resources, validate_split_item, Resource};
use himcore::ErrorCode;
use serde_json::json;

/// FHIR R4 jobs.
#[derive(Subcommand)]
pub enum FhirCommand {
    /// Validate resources: one JSON line per resource
    /// `{"resourceType","id","valid","issues":[...]}`; a Bundle gives a line
    /// for itself and one per entry resource. Exit 1 when any is invalid.
    Validate {
        /// Files with a resource, a Bundle or NDJSON (`-` for stdin).
        files: Vec<String>,
    },
    /// Parse and write back each resource (compact JSON, one per line): what
    /// a round trip keeps. Invalid resources print an error line instead and
    /// exit 1.
    Normalize {
        /// Files with a resource, a Bundle or NDJSON (`-` for stdin).
        files: Vec<String>,
    },
}

/// Runs a `him fhir` subcommand.
pub fn run(cmd: FhirCommand, quiet: bool) -> Result<Outcome, CliError> {
    match cmd {
        FhirCommand::Validate { files } => validate(&files, quiet),
        FhirCommand::Normalize { files } => normalize(&files, quiet),
    }
}

fn validate(files: &[String], quiet: bool) -> Result<Outcome, CliError> {
    let inputs = read_texts(files)?;
    let items: Vec<_> = inputs
        .iter()
        .flat_map(|(_, text)| split_resources(text))
        .collect();
    let bar = progress(items.len() as u64, quiet, "validating");
    let mut out = JsonLines::stdout();
    let mut all_valid = true;
    for item in &items {
        let report = validate_split_item(item);
        all_valid &= report.valid;
        out.write(&report)?;
        bar.inc(1);
    }
    bar.finish_and_clear();
    out.finish()?;
    Ok(Outcome::findings_if(!all_valid))
}

fn read_texts(files: &[String]) -> Result<Vec<(String, String)>, CliError> {
    read_inputs(files)?
        .into_iter()
        .map(|(name, bytes)| {
            String::from_utf8(bytes)
                .map(|t| (name.clone(), t))
                .map_err(|e| CliError(format!("{name}: not UTF-8: {e}")))
        })
        .collect()
}

fn normalize(files: &[String], quiet: bool) -> Result<Outcome, CliError> {
    let inputs = read_texts(files)?;
    // A Bundle is written whole: normalising is about the document.
    let docs: Vec<(&str, String, &str)> = inputs
        .iter()
        .flat_map(|(name, text)| {
            split_documents(text)
                .into_iter()
                .map(move |(loc, doc)| (name.as_str(), loc, doc))
        })
        .collect();
    let bar = progress(docs.len() as u64, quiet, "normalizing");
    let mut out = JsonLines::stdout();
    let mut all_ok = true;
    for (name, location, doc) in docs {
        // Same as himcore::model::normalize_json, written as a JSON line.
        match Resource::from_json(doc) {
            Ok(r) => out.write(r.json())?,
            Err(e) => {
                all_ok = false;
                let issues = e.report().map(|r| r.issues.clone()).unwrap_or_default();
                out.write(&json!({
                    "error": e.code(),
                    "file": name,
                    "location": location,
                    "message": e.to_string(),
                    "issues": issues,
                }))?;
            }
        }
        bar.inc(1);
    }
    bar.finish_and_clear();
    out.finish()?;
    Ok(Outcome::findings_if(!all_ok))
}
