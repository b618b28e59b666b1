//! Shared input and output plumbing for the subcommands: files or `-` for
//! stdin, line-oriented JSON output, and progress bars that appear only on a
//! terminal.

use crate::CliError;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::{self, IsTerminal, Read, Write};

/// Reads each named input whole (`-` is standard input; no names means stdin).
/// Returns `(display name, bytes)` pairs in order.
pub fn read_inputs(paths: &[String]) -> Result<Vec<(String, Vec<u8>)>, CliError> {
    let stdin_only = [String::from("-")];
    let paths = if paths.is_empty() {
        &stdin_only[..]
    } else {
        paths
    };
    let mut out = Vec::with_capacity(paths.len());
    for p in paths {
        let mut buf = Vec::new();
        if p == "-" {
            io::stdin()
                .lock()
                .read_to_end(&mut buf)
                .map_err(|e| CliError(format!("reading standard input: {e}")))?;
        } else {
            buf = std::fs::read(p).map_err(|e| CliError(format!("reading {p}: {e}")))?;
        }
        out.push((p.clone(), buf));
    }
    Ok(out)
}

/// A progress bar on stderr, drawn only when stderr is a terminal and the
/// user did not ask for `--quiet`.
pub fn progress(len: u64, quiet: bool, what: &str) -> ProgressBar {
    if quiet || !io::stderr().is_terminal() {
        return ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::hidden());
    }
    let bar = ProgressBar::new(len);
    if let Ok(style) = ProgressStyle::with_template(
        "{spinner} {msg} [{bar:40}] {pos}/{len} ({per_sec}, eta {eta})",
    ) {
        bar.set_style(style.progress_chars("=> "));
    }
    bar.set_message(what.to_string());
    bar
}

/// A buffered writer of JSON lines to standard output.
pub struct JsonLines {
    out: io::BufWriter<io::StdoutLock<'static>>,
}

impl JsonLines {
    /// Locks standard output for the lifetime of the writer.
    pub fn stdout() -> Self {
        JsonLines {
            out: io::BufWriter::new(io::stdout().lock()),
        }
    }

    /// Writes one value as a compact JSON line.
    pub fn write<T: serde::Serialize>(&mut self, value: &T) -> Result<(), CliError> {
        serde_json::to_writer(&mut self.out, value)
            .map_err(|e| CliError(format!("writing output: {e}")))?;
        self.out
            .write_all(b"\n")
            .map_err(|e| CliError(format!("writing output: {e}")))
    }

    /// Writes one line of text (a table row, a report); a closed pipe
    /// (`him ... | head`) is an error to report, not a panic.
    pub fn text(&mut self, line: &str) -> Result<(), CliError> {
        self.out
            .write_all(line.as_bytes())
            .and_then(|()| self.out.write_all(b"\n"))
            .map_err(|e| CliError(format!("writing output: {e}")))
    }

    /// Flushes buffered lines now (to show progress as it happens).
    pub fn flush(&mut self) -> Result<(), CliError> {
        self.out
            .flush()
            .map_err(|e| CliError(format!("writing output: {e}")))
    }

    /// Flushes buffered lines.
    pub fn finish(mut self) -> Result<(), CliError> {
        self.out
            .flush()
            .map_err(|e| CliError(format!("writing output: {e}")))
    }
}
