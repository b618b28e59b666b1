//! `him audit`: the tamper-evident audit log kept in an append-only file.
//!
//! The file store: opened for append under an exclusive lock, resumed (every
//! whole line verified with the key; a torn last line from a crash is
//! truncated and reported on stderr), each entry written with one write and
//! flushed to disk (fsync) before its receipt is printed, so a printed
//! receipt means the entry survives a crash.

use crate::input::{read_inputs, JsonLines};
use crate::{CliError, Outcome};
use clap::Subcommand;
use himcore::audit::{
    read_entries, verify, AuditEntry, AuditKey, AuditLog, SigningKey, VerifyingKey,
};
use std::fs::{File, OpenOptions};
use std::io::{Read, Write};
use std::path::Path;

/// Environment variable holding the audit HMAC key (hex) when no key file is given.
pub const KEY_ENV: &str = "HIMCORE_AUDIT_KEY";

/// Audit log commands.
#[derive(Subcommand)]
pub enum AuditCommand {
    /// Create an HMAC key and an Ed25519 signing key in DIR (audit.key, audit-signing.pk8);
    /// prints the public key for third-party verification.
    Keygen {
        /// Directory to write the keys to (must not already hold them).
        #[arg(long)]
        dir: String,
    },
    /// Append entries (JSON lines, files or stdin) to the log; prints one receipt per
    /// entry after it is on disk.
    Append {
        /// The log file (created if missing).
        #[arg(long)]
        log: String,
        #[command(flatten)]
        keys: KeyArgs,
        /// Entries between signed checkpoints (with --signing-key).
        #[arg(long, default_value_t = himcore::audit::DEFAULT_CHECKPOINT_EVERY)]
        checkpoint_every: u64,
        /// Flush to disk once at the end instead of after every entry (faster; a
        /// crash may lose entries whose receipts were printed).
        #[arg(long)]
        no_fsync: bool,
        /// Entry files (JSON lines); none or `-` reads stdin.
        inputs: Vec<String>,
    },
    /// Write a signed checkpoint now.
    Checkpoint {
        /// The log file.
        #[arg(long)]
        log: String,
        #[command(flatten)]
        keys: KeyArgs,
    },
    /// Verify the log: with the HMAC key every entry, or with trusted public keys
    /// the chain and checkpoint signatures. Exit 0 when it verifies, 1 when not.
    Verify {
        /// The log file.
        #[arg(long)]
        log: String,
        /// HMAC key file (hex); or set HIMCORE_AUDIT_KEY. Without it, only the hash
        /// chain and signatures are checked.
        #[arg(long)]
        key_file: Option<String>,
        /// Trusted checkpoint public keys (hex), for verification without the HMAC key.
        #[arg(long = "public-key")]
        public_keys: Vec<String>,
    },
    /// Export the verified log's entries as FHIR R4 AuditEvent resources (NDJSON).
    Export {
        /// The log file.
        #[arg(long)]
        log: String,
        /// HMAC key file (hex); or set HIMCORE_AUDIT_KEY.
        #[arg(long)]
        key_file: Option<String>,
    },
}

/// Where the keys come from.
#[derive(clap::Args)]
pub struct KeyArgs {
    /// HMAC key file (hex, at least 32 bytes); or set HIMCORE_AUDIT_KEY.
    #[arg(long)]
    pub key_file: Option<String>,
    /// Ed25519 signing key (PKCS#8 file) for checkpoints.
    #[arg(long)]
    pub signing_key: Option<String>,
}

/// Loads the HMAC key from the file or the environment; never prints it.
pub fn load_key(key_file: Option<&String>) -> Result<AuditKey, CliError> {
    let text = match key_file {
        Some(path) => std::fs::read_to_string(path)
            .map_err(|e| CliError(format!("reading the key file {path}: {e}")))?,
        None => std::env::var(KEY_ENV).map_err(|_| {
            CliError(format!(
                "an audit key is required: --key-file FILE or the {KEY_ENV} environment variable"
            ))
        })?,
    };
    AuditKey::from_hex(&text).map_err(|e| CliError(e.to_string()))
}

fn load_signer(path: Option<&String>) -> Result<Option<SigningKey>, CliError> {
    path.map(|p| {
        let der =
            std::fs::read(p).map_err(|e| CliError(format!("reading the signing key {p}: {e}")))?;
        SigningKey::from_pkcs8(&der).map_err(|e| CliError(e.to_string()))
    })
    .transpose()
}

/// An open, locked, resumed log file.
pub struct LogFile {
    file: File,
    /// The chain state.
    pub log: AuditLog,
}

impl LogFile {
    /// Opens (creating) and locks the log, verifies it and drops a torn tail.
    pub fn open(
        path: &str,
        key: AuditKey,
        signer: Option<SigningKey>,
        checkpoint_every: u64,
    ) -> Result<LogFile, CliError> {
        let io = |e: std::io::Error| CliError(format!("{path}: {e}"));
        let mut file = OpenOptions::new()
            .read(true)
            .append(true)
            .create(true)
            .open(path)
            .map_err(io)?;
        file.lock().map_err(io)?;
        let mut bytes = Vec::new();
        file.read_to_end(&mut bytes).map_err(io)?;
        let (log, recovery) =
            AuditLog::resume(&bytes, key, signer).map_err(|e| CliError(format!("{path}: {e}")))?;
        let log = log.with_checkpoint_every(checkpoint_every);
        if recovery.torn_bytes > 0 {
            file.set_len(recovery.valid_len as u64).map_err(io)?;
            file.sync_all().map_err(io)?;
            eprintln!(
                "him: {path}: recovered from a torn last entry: dropped {} bytes, the log ends at entry {}",
                recovery.torn_bytes, recovery.last_seq
            );
        }
        Ok(LogFile { file, log })
    }

    /// Appends one entry; with `sync`, on disk before returning.
    pub fn append(
        &mut self,
        entry: &AuditEntry,
        sync: bool,
    ) -> Result<himcore::audit::Receipt, CliError> {
        let receipt = self
            .log
            .append(&mut self.file, entry)
            .map_err(|e| CliError(e.to_string()))?;
        if sync {
            self.sync()?;
        }
        Ok(receipt)
    }

    /// Flushes written entries to disk.
    pub fn sync(&mut self) -> Result<(), CliError> {
        self.file
            .sync_data()
            .map_err(|e| CliError(format!("fsync: {e}")))
    }
}

fn write_secret(path: &Path, bytes: &[u8]) -> Result<(), CliError> {
    let mut opts = OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let mut f = opts.open(path).map_err(|e| {
        CliError(format!(
            "{}: {e} (keys are never overwritten)",
            path.display()
        ))
    })?;
    f.write_all(bytes)
        .and_then(|_| f.sync_all())
        .map_err(|e| CliError(format!("{}: {e}", path.display())))
}

/// Runs `him audit ...`.
pub fn run(cmd: AuditCommand) -> Result<Outcome, CliError> {
    match cmd {
        AuditCommand::Keygen { dir } => {
            use ring::rand::SecureRandom;
            let rng = ring::rand::SystemRandom::new();
            let mut key = zeroize::Zeroizing::new([0u8; 32]);
            rng.fill(key.as_mut())
                .map_err(|_| CliError("no system randomness".into()))?;
            let hex =
                zeroize::Zeroizing::new(key.iter().map(|b| format!("{b:02x}")).collect::<String>());
            let pk8 = ring::signature::Ed25519KeyPair::generate_pkcs8(&rng)
                .map_err(|_| CliError("could not generate a signing key".into()))?;
            let dir = Path::new(&dir);
            std::fs::create_dir_all(dir)
                .map_err(|e| CliError(format!("{}: {e}", dir.display())))?;
            write_secret(
                &dir.join("audit.key"),
                format!("{}\n", hex.as_str()).as_bytes(),
            )?;
            write_secret(&dir.join("audit-signing.pk8"), pk8.as_ref())?;
            let signer =
                SigningKey::from_pkcs8(pk8.as_ref()).map_err(|e| CliError(e.to_string()))?;
            let mut out = JsonLines::stdout();
            out.write(&serde_json::json!({
                "key_file": dir.join("audit.key"),
                "signing_key": dir.join("audit-signing.pk8"),
                "public_key": signer.public_key().to_hex(),
            }))?;
            out.finish()?;
            Ok(Outcome::Ok)
        }
        AuditCommand::Append {
            log,
            keys,
            checkpoint_every,
            no_fsync,
            inputs,
        } => {
            let key = load_key(keys.key_file.as_ref())?;
            let signer = load_signer(keys.signing_key.as_ref())?;
            let mut lf = LogFile::open(&log, key, signer, checkpoint_every)?;
            let mut out = JsonLines::stdout();
            let result = append_all(&mut lf, &inputs, !no_fsync, &mut out);
            if no_fsync {
                lf.sync()?;
            }
            out.finish()?;
            result.map(|_| Outcome::Ok)
        }
        AuditCommand::Checkpoint { log, keys } => {
            let key = load_key(keys.key_file.as_ref())?;
            let signer = load_signer(keys.signing_key.as_ref())?;
            if signer.is_none() {
                return Err(CliError("a checkpoint needs --signing-key".into()));
            }
            let mut lf =
                LogFile::open(&log, key, signer, himcore::audit::DEFAULT_CHECKPOINT_EVERY)?;
            let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
            let receipt = lf
                .log
                .checkpoint(&mut lf.file, &now)
                .map_err(|e| CliError(e.to_string()))?;
            lf.sync()?;
            let mut out = JsonLines::stdout();
            out.write(&receipt)?;
            out.finish()?;
            Ok(Outcome::Ok)
        }
        AuditCommand::Verify {
            log,
            key_file,
            public_keys,
        } => {
            let bytes = std::fs::read(&log).map_err(|e| CliError(format!("{log}: {e}")))?;
            let key = match (&key_file, std::env::var(KEY_ENV).is_ok()) {
                (None, false) => None,
                _ => Some(load_key(key_file.as_ref())?),
            };
            let trusted = public_keys
                .iter()
                .map(|k| VerifyingKey::from_hex(k).map_err(|e| CliError(e.to_string())))
                .collect::<Result<Vec<_>, _>>()?;
            let report = verify(&bytes, key.as_ref(), &trusted);
            let mut out = JsonLines::stdout();
            out.write(&report)?;
            out.finish()?;
            Ok(Outcome::findings_if(!report.ok))
        }
        AuditCommand::Export { log, key_file } => {
            let bytes = std::fs::read(&log).map_err(|e| CliError(format!("{log}: {e}")))?;
            let key = load_key(key_file.as_ref())?;
            let entries =
                read_entries(&bytes, &key).map_err(|e| CliError(format!("{log}: {e}")))?;
            let mut out = JsonLines::stdout();
            for (seq, e) in &entries {
                out.write(&e.to_fhir_audit_event(*seq))?;
            }
            out.finish()?;
            Ok(Outcome::Ok)
        }
    }
}

fn append_all(
    lf: &mut LogFile,
    inputs: &[String],
    sync: bool,
    out: &mut JsonLines,
) -> Result<(), CliError> {
    if inputs.is_empty() || inputs.iter().any(|i| i == "-") {
        // Stream stdin line by line so receipts come out as entries land.
        let stdin = std::io::stdin();
        let mut line = String::new();
        let mut n = 0usize;
        let mut reader = stdin.lock();
        loop {
            line.clear();
            let read = std::io::BufRead::read_line(&mut reader, &mut line)
                .map_err(|e| CliError(format!("stdin: {e}")))?;
            if read == 0 {
                break;
            }
            n += 1;
            append_line(lf, "stdin", n, &line, sync, out)?;
        }
        return Ok(());
    }
    for (name, bytes) in read_inputs(inputs)? {
        let text = String::from_utf8(bytes).map_err(|_| CliError(format!("{name}: not UTF-8")))?;
        for (i, line) in text.lines().enumerate() {
            append_line(lf, &name, i + 1, line, sync, out)?;
        }
    }
    Ok(())
}

fn append_line(
    lf: &mut LogFile,
    name: &str,
    n: usize,
    line: &str,
    sync: bool,
    out: &mut JsonLines,
) -> Result<(), CliError> {
    if line.trim().is_empty() {
        return Ok(());
    }
    let entry = AuditEntry::from_json(line)
        .map_err(|e| CliError(format!("{name}:{n}: {e} (nothing after it was appended)")))?;
    let receipt = lf.append(&entry, sync)?;
    out.write(&receipt)?;
    out.flush()
}
