//! Shared plumbing for himcore's table generators.
//!
//! Each generator is a binary under `src/bin/` that reads official source files
//! (kept in the repository under `data-sources/`, see `data-sources/README.md`)
//! and writes compact tables into `crates/himcore/data/`. The tables are
//! committed; a test runs every generator in [`Mode::Check`] so the committed
//! tables can never drift from their sources.

use std::fs;
use std::path::{Path, PathBuf};

/// Whether a generator writes its outputs or only checks them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Write every output file (only when its bytes change).
    Write,
    /// Compare every output with the committed file; report the first difference.
    Check,
}

impl Mode {
    /// `--check` on the command line selects [`Mode::Check`].
    pub fn from_args() -> Mode {
        if std::env::args().any(|a| a == "--check") {
            Mode::Check
        } else {
            Mode::Write
        }
    }
}

/// The workspace root (two levels above this crate's manifest).
pub fn workspace_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest
        .parent()
        .and_then(Path::parent)
        .map(Path::to_path_buf)
        .unwrap_or_else(|| manifest.to_path_buf())
}

/// Lowercase hex SHA-256 of a byte slice.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA256, bytes);
    digest.as_ref().iter().map(|b| format!("{b:02x}")).collect()
}

/// Writes `bytes` to `path` (Write mode) or checks that `path` holds exactly
/// those bytes (Check mode).
pub fn emit(path: &Path, bytes: &[u8], mode: Mode) -> Result<(), String> {
    let current = fs::read(path).ok();
    match mode {
        Mode::Check => match current {
            Some(ref c) if c.as_slice() == bytes => Ok(()),
            Some(_) => Err(format!(
                "{} is out of date with its sources: run the generator",
                path.display()
            )),
            None => Err(format!("{} is missing: run the generator", path.display())),
        },
        Mode::Write => {
            if current.as_deref() == Some(bytes) {
                return Ok(());
            }
            if let Some(dir) = path.parent() {
                fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
            }
            fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha256_matches_known_vector() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn check_mode_reports_drift_and_missing_files() {
        let dir = std::env::temp_dir().join(format!("himcore-datagen-{}", std::process::id()));
        let path = dir.join("t.bin");
        emit(&path, b"one", Mode::Write).unwrap();
        assert!(emit(&path, b"one", Mode::Check).is_ok());
        assert!(emit(&path, b"two", Mode::Check).is_err());
        assert!(emit(&dir.join("absent"), b"x", Mode::Check).is_err());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
