//! The tamper-evident log: one JSON line per entry,
//! `{"body":{"seq","prev","type","entry"},"hash","mac"}`, where `hash` is
//! SHA-256 of the body text and `prev` is the previous line's hash (a hash
//! chain from 64 zeros), and `mac` is HMAC-SHA256 of the body under the
//! audit key. Every so many entries a checkpoint line carries an Ed25519
//! signature over its sequence number and `prev`, so a third party with the
//! public key alone can verify everything up to the last checkpoint.
//!
//! The core writes to any [`std::io::Write`] and reads from bytes; durable
//! storage (append, fsync, truncating a torn tail) is the caller's, see the
//! `him audit` command.

use super::entry::AuditEntry;
use super::keys::{decode_hex, to_hex, AuditKey, SigningKey, VerifyingKey};
use super::AuditError;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use std::collections::BTreeSet;
use std::io::Write;

/// The `prev` of the first line.
pub const GENESIS: [u8; 32] = [0; 32];
/// Longest line accepted, in bytes.
pub const MAX_LINE_BYTES: usize = 1 << 20;
/// Default number of entries between signed checkpoints.
pub const DEFAULT_CHECKPOINT_EVERY: u64 = 1000;
const CHECKPOINT_CONTEXT: &[u8] = b"himcore-audit-checkpoint-v1\n";

#[derive(Serialize)]
struct EntryBody<'a> {
    seq: u64,
    prev: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    entry: &'a AuditEntry,
}

#[derive(Serialize)]
struct CheckpointBody<'a> {
    seq: u64,
    prev: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    time: &'a str,
    public_key: String,
    signature: String,
}

#[derive(Deserialize)]
struct Line<'a> {
    #[serde(borrow)]
    body: &'a RawValue,
    hash: String,
    mac: String,
}

#[derive(Deserialize)]
struct BodyView<'a> {
    seq: u64,
    prev: &'a str,
    #[serde(rename = "type")]
    kind: &'a str,
    #[serde(default)]
    entry: Option<AuditEntry>,
    #[serde(default)]
    public_key: Option<&'a str>,
    #[serde(default)]
    signature: Option<&'a str>,
}

/// A serialized line and its hash.
type LineBytes = (Vec<u8>, [u8; 32]);

/// What an append wrote.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Receipt {
    /// The entry's sequence number (from 1).
    pub seq: u64,
    /// Its hash: keep the last receipt to detect entries cut off the end later.
    pub hash: String,
    /// The sequence number of a checkpoint written right after it, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub checkpoint: Option<u64>,
}

/// What resuming an existing log found.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Recovery {
    /// Bytes of whole, verified lines: truncate the store to this length.
    pub valid_len: usize,
    /// Bytes of a torn last line (a crash mid-append) that were dropped.
    pub torn_bytes: usize,
    /// Lines kept (entries and checkpoints).
    pub lines: u64,
    /// The last sequence number kept.
    pub last_seq: u64,
}

/// A writer of the log. Holds the chain state; append entries with [`AuditLog::append`].
#[derive(Debug)]
pub struct AuditLog {
    next_seq: u64,
    prev: [u8; 32],
    key: AuditKey,
    signer: Option<SigningKey>,
    checkpoint_every: u64,
    since_checkpoint: u64,
    poisoned: bool,
}

fn sha256(data: &[u8]) -> [u8; 32] {
    let d = ring::digest::digest(&ring::digest::SHA256, data);
    let mut out = [0u8; 32];
    out.copy_from_slice(d.as_ref());
    out
}

fn checkpoint_message(seq: u64, prev_hex: &str) -> Vec<u8> {
    let mut m = CHECKPOINT_CONTEXT.to_vec();
    m.extend_from_slice(seq.to_string().as_bytes());
    m.push(b'\n');
    m.extend_from_slice(prev_hex.as_bytes());
    m
}

impl AuditLog {
    /// A new, empty log. With a signing key, a checkpoint is written every
    /// [`DEFAULT_CHECKPOINT_EVERY`] entries.
    pub fn new(key: AuditKey, signer: Option<SigningKey>) -> AuditLog {
        AuditLog {
            next_seq: 1,
            prev: GENESIS,
            key,
            signer,
            checkpoint_every: DEFAULT_CHECKPOINT_EVERY,
            since_checkpoint: 0,
            poisoned: false,
        }
    }

    /// Sets how many entries go between checkpoints (at least 1).
    pub fn with_checkpoint_every(mut self, n: u64) -> AuditLog {
        self.checkpoint_every = n.max(1);
        self
    }

    /// Picks up an existing log: verifies every whole line with the key and
    /// tolerates only a torn last line (dropped, and reported). Any other
    /// problem is [`AuditError::Tampered`]: nothing is appended to a log that
    /// does not verify.
    pub fn resume(
        log: &[u8],
        key: AuditKey,
        signer: Option<SigningKey>,
    ) -> Result<(AuditLog, Recovery), AuditError> {
        let report = verify(log, Some(&key), &[]);
        let only_torn = report.problems.iter().all(|p| p.kind == ProblemKind::Torn);
        if !only_torn {
            return Err(AuditError::Tampered(Box::new(report)));
        }
        let torn_bytes = log.len() - report.valid_len;
        let prev = match &report.last_hash {
            Some(h) => decode_hex(h)
                .and_then(|b| <[u8; 32]>::try_from(b).ok())
                .ok_or_else(|| AuditError::Tampered(Box::new(report.clone())))?,
            None => GENESIS,
        };
        let mut log_state = AuditLog::new(key, signer);
        log_state.next_seq = report.last_seq + 1;
        log_state.prev = prev;
        log_state.since_checkpoint = report
            .last_seq
            .saturating_sub(report.last_checkpoint_seq.unwrap_or(0));
        let recovery = Recovery {
            valid_len: report.valid_len,
            torn_bytes,
            lines: report.lines,
            last_seq: report.last_seq,
        };
        Ok((log_state, recovery))
    }

    /// The sequence number the next entry will get.
    pub fn next_seq(&self) -> u64 {
        self.next_seq
    }

    fn line(&self, seq: u64, body: &str) -> LineBytes {
        let hash = sha256(body.as_bytes());
        let mac = self.key.sign(body.as_bytes());
        let line = format!(
            "{{\"body\":{body},\"hash\":\"{}\",\"mac\":\"{}\"}}\n",
            to_hex(&hash),
            to_hex(mac.as_ref())
        );
        debug_assert!(seq > 0);
        (line.into_bytes(), hash)
    }

    fn checkpoint_line(
        &self,
        seq: u64,
        prev: &[u8; 32],
        time: &str,
    ) -> Result<Option<LineBytes>, AuditError> {
        let Some(signer) = &self.signer else {
            return Ok(None);
        };
        let prev_hex = to_hex(prev);
        let signature = to_hex(&signer.sign(&checkpoint_message(seq, &prev_hex)));
        let body = serde_json::to_string(&CheckpointBody {
            seq,
            prev: &prev_hex,
            kind: "checkpoint",
            time,
            public_key: signer.public_key().to_hex(),
            signature,
        })
        .map_err(|e| AuditError::InvalidEntry(e.to_string()))?;
        Ok(Some(self.line(seq, &body)))
    }

    /// Appends one entry (and a checkpoint when one is due) with a single
    /// write. The chain state advances only when the write succeeds; after a
    /// failed write the log refuses further appends until resumed from storage.
    pub fn append<W: Write>(
        &mut self,
        out: &mut W,
        entry: &AuditEntry,
    ) -> Result<Receipt, AuditError> {
        if self.poisoned {
            return Err(AuditError::Io(
                "an earlier write failed: resume the log from its storage".into(),
            ));
        }
        entry.check()?;
        let seq = self.next_seq;
        let prev_hex = to_hex(&self.prev);
        let body = serde_json::to_string(&EntryBody {
            seq,
            prev: &prev_hex,
            kind: "entry",
            entry,
        })
        .map_err(|e| AuditError::InvalidEntry(e.to_string()))?;
        let (mut bytes, hash) = self.line(seq, &body);
        if bytes.len() > MAX_LINE_BYTES {
            return Err(AuditError::LimitExceeded(format!(
                "an entry line is limited to {MAX_LINE_BYTES} bytes"
            )));
        }
        let mut last = (seq, hash);
        let mut checkpoint = None;
        if self.since_checkpoint + 1 >= self.checkpoint_every {
            if let Some((cp, cp_hash)) = self.checkpoint_line(seq + 1, &hash, &entry.time)? {
                bytes.extend_from_slice(&cp);
                last = (seq + 1, cp_hash);
                checkpoint = Some(seq + 1);
            }
        }
        if let Err(e) = out.write_all(&bytes) {
            self.poisoned = true;
            return Err(AuditError::Io(e.to_string()));
        }
        self.next_seq = last.0 + 1;
        self.prev = last.1;
        self.since_checkpoint = if checkpoint.is_some() {
            0
        } else {
            self.since_checkpoint + 1
        };
        Ok(Receipt {
            seq,
            hash: to_hex(&hash),
            checkpoint,
        })
    }

    /// Writes a signed checkpoint now (needs a signing key).
    pub fn checkpoint<W: Write>(&mut self, out: &mut W, time: &str) -> Result<Receipt, AuditError> {
        if self.poisoned {
            return Err(AuditError::Io(
                "an earlier write failed: resume the log from its storage".into(),
            ));
        }
        let seq = self.next_seq;
        let (bytes, hash) = self
            .checkpoint_line(seq, &self.prev, time)?
            .ok_or_else(|| AuditError::KeyInvalid("a checkpoint needs a signing key".into()))?;
        if let Err(e) = out.write_all(&bytes) {
            self.poisoned = true;
            return Err(AuditError::Io(e.to_string()));
        }
        self.next_seq = seq + 1;
        self.prev = hash;
        self.since_checkpoint = 0;
        Ok(Receipt {
            seq,
            hash: to_hex(&hash),
            checkpoint: Some(seq),
        })
    }
}

/// The kind of a problem found by [`verify`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProblemKind {
    /// A line that is not a log line.
    Malformed,
    /// An entry whose content changed (MAC or chain mismatch).
    Changed,
    /// Entries missing from the sequence.
    Removed,
    /// A sequence number that appears twice.
    Inserted,
    /// An entry out of order.
    Reordered,
    /// A checkpoint whose signature does not verify.
    BadSignature,
    /// A checkpoint signed by a key that is not trusted.
    UntrustedKey,
    /// A last line cut short (a crash mid-append).
    Torn,
}

/// One problem, and where.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// What kind.
    pub kind: ProblemKind,
    /// 1-based line number in the log.
    pub line: usize,
    /// The sequence number concerned, where known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seq: Option<u64>,
    /// What was found.
    pub message: String,
}

/// What [`verify`] found.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct VerifyReport {
    /// No problem found.
    pub ok: bool,
    /// Whether MACs were checked (the HMAC key was given) or only the hash
    /// chain and checkpoint signatures.
    pub mode: &'static str,
    /// Whole lines read.
    pub lines: u64,
    /// Entry lines among them.
    pub entries: u64,
    /// Checkpoint lines among them.
    pub checkpoints: u64,
    /// The last sequence number.
    pub last_seq: u64,
    /// The last line's hash (compare with your last receipt to detect entries cut off the end).
    pub last_hash: Option<String>,
    /// The last checkpoint whose signature verified.
    pub last_checkpoint_seq: Option<u64>,
    /// Entries after the last verified checkpoint: without the HMAC key these
    /// are protected by the hash chain only.
    pub unprotected_tail: u64,
    /// Bytes of whole lines.
    pub valid_len: usize,
    /// Every problem found.
    pub problems: Vec<Problem>,
}

struct Parsed<'a> {
    line: usize,
    seq: u64,
    prev: [u8; 32],
    hash: [u8; 32],
    view: BodyView<'a>,
}

fn parse_line(text: &str) -> Result<(Line<'_>, BodyView<'_>), String> {
    let line: Line = serde_json::from_str(text).map_err(|e| format!("not a log line: {e}"))?;
    let view: BodyView =
        serde_json::from_str(line.body.get()).map_err(|e| format!("body not understood: {e}"))?;
    Ok((line, view))
}

/// Verifies a whole log. With the HMAC key every line's MAC is checked;
/// without it, the hash chain and the checkpoint signatures (against
/// `trusted` public keys when any are given). Finds changed, removed,
/// inserted and reordered entries and says where.
pub fn verify(log: &[u8], key: Option<&AuditKey>, trusted: &[VerifyingKey]) -> VerifyReport {
    let mut problems = Vec::new();
    let mut parsed: Vec<Option<Parsed>> = Vec::new();
    let mut valid_len = 0;
    let mut start = 0;
    let mut line_no = 0;
    while start < log.len() {
        line_no += 1;
        let Some(nl) = log
            .get(start..)
            .and_then(|rest| rest.iter().position(|b| *b == b'\n'))
        else {
            problems.push(Problem {
                kind: ProblemKind::Torn,
                line: line_no,
                seq: None,
                message: format!(
                    "the last line is cut short ({} bytes without a newline): a crash mid-append",
                    log.len() - start
                ),
            });
            break;
        };
        let end = start + nl;
        let raw = log.get(start..end).unwrap_or_default();
        start = end + 1;
        valid_len = start;
        let text = match std::str::from_utf8(raw) {
            Ok(t) if raw.len() <= MAX_LINE_BYTES => t,
            _ => {
                problems.push(Problem {
                    kind: ProblemKind::Malformed,
                    line: line_no,
                    seq: None,
                    message: "not UTF-8 or too long".into(),
                });
                parsed.push(None);
                continue;
            }
        };
        match parse_line(text) {
            Err(message) => {
                problems.push(Problem {
                    kind: ProblemKind::Malformed,
                    line: line_no,
                    seq: None,
                    message,
                });
                parsed.push(None);
            }
            Ok((line, view)) => {
                let body = line.body.get();
                let hash = sha256(body.as_bytes());
                let prev = decode_hex(view.prev).and_then(|b| <[u8; 32]>::try_from(b).ok());
                let stated = decode_hex(&line.hash);
                let Some(prev) = prev else {
                    problems.push(Problem {
                        kind: ProblemKind::Malformed,
                        line: line_no,
                        seq: Some(view.seq),
                        message: "prev is not a SHA-256 hash".into(),
                    });
                    parsed.push(None);
                    continue;
                };
                let mut changed = stated.as_deref() != Some(&hash[..]);
                if let Some(k) = key {
                    let mac_ok =
                        decode_hex(&line.mac).is_some_and(|m| k.verify(body.as_bytes(), &m));
                    changed |= !mac_ok;
                }
                if changed {
                    problems.push(Problem {
                        kind: ProblemKind::Changed,
                        line: line_no,
                        seq: Some(view.seq),
                        message: if key.is_some() {
                            "the entry does not match its MAC: changed, or written without the key"
                                .into()
                        } else {
                            "the entry does not match its hash: changed".into()
                        },
                    });
                }
                parsed.push(Some(Parsed {
                    line: line_no,
                    seq: view.seq,
                    prev,
                    hash,
                    view,
                }));
            }
        }
    }

    let mut seen = BTreeSet::new();
    let mut max_seq = 0u64;
    let mut last: Option<&Parsed> = None;
    let mut last_checkpoint_seq = None;
    let (mut entries, mut checkpoints) = (0u64, 0u64);
    for p in parsed.iter() {
        let Some(p) = p else {
            last = None;
            continue;
        };
        match p.view.kind {
            "checkpoint" => checkpoints += 1,
            _ => entries += 1,
        }
        if !seen.insert(p.seq) {
            problems.push(Problem {
                kind: ProblemKind::Inserted,
                line: p.line,
                seq: Some(p.seq),
                message: format!("sequence number {} appears more than once", p.seq),
            });
        } else if p.seq < max_seq {
            problems.push(Problem {
                kind: ProblemKind::Reordered,
                line: p.line,
                seq: Some(p.seq),
                message: format!("entry {} comes after entry {max_seq}", p.seq),
            });
        }
        let chained_ok = match last {
            Some(l) if p.seq == l.seq + 1 => {
                let ok = p.prev == l.hash;
                if !ok {
                    problems.push(Problem {
                        kind: ProblemKind::Changed,
                        line: l.line,
                        seq: Some(l.seq),
                        message: format!(
                            "entry {} was changed (or the chain link of entry {} was): entry {} chains to a different hash",
                            l.seq, p.seq, p.seq
                        ),
                    });
                }
                ok
            }
            None if p.seq == 1 => {
                let ok = p.prev == GENESIS;
                if !ok {
                    problems.push(Problem {
                        kind: ProblemKind::Changed,
                        line: p.line,
                        seq: Some(1),
                        message: "the first entry does not start the chain".into(),
                    });
                }
                ok
            }
            _ => false,
        };
        if p.view.kind == "checkpoint" {
            let pk = p.view.public_key.map(VerifyingKey::from_hex);
            let sig = p.view.signature.and_then(decode_hex);
            match (pk, sig) {
                (Some(Ok(pk)), Some(sig))
                    if pk.verify(&checkpoint_message(p.seq, &to_hex(&p.prev)), &sig) =>
                {
                    if !trusted.is_empty() && !trusted.contains(&pk) {
                        problems.push(Problem {
                            kind: ProblemKind::UntrustedKey,
                            line: p.line,
                            seq: Some(p.seq),
                            message: format!(
                                "checkpoint signed by an untrusted key {}",
                                pk.to_hex()
                            ),
                        });
                    } else if chained_ok {
                        last_checkpoint_seq = Some(p.seq);
                    }
                }
                _ => problems.push(Problem {
                    kind: ProblemKind::BadSignature,
                    line: p.line,
                    seq: Some(p.seq),
                    message:
                        "the checkpoint signature does not verify: the log before it was changed"
                            .into(),
                }),
            }
        }
        max_seq = max_seq.max(p.seq);
        last = Some(p);
    }
    // Gaps in the sequence are removed entries.
    let mut expected = 1u64;
    for s in &seen {
        if *s > expected {
            let line = parsed
                .iter()
                .flatten()
                .find(|p| p.seq == *s)
                .map_or(0, |p| p.line);
            problems.push(Problem {
                kind: ProblemKind::Removed,
                line,
                seq: Some(expected),
                message: if *s - expected == 1 {
                    format!("entry {expected} is missing")
                } else {
                    format!("entries {expected} to {} are missing", s - 1)
                },
            });
        }
        expected = s + 1;
    }
    problems.sort_by_key(|p| (p.line, p.seq));
    let last_line = parsed.iter().rev().flatten().next();
    VerifyReport {
        ok: problems.is_empty(),
        mode: if key.is_some() {
            "hmac"
        } else {
            "hash-chain-and-signatures"
        },
        lines: parsed.len() as u64,
        entries,
        checkpoints,
        last_seq: last_line.map_or(0, |p| p.seq),
        last_hash: last_line.map(|p| to_hex(&p.hash)),
        last_checkpoint_seq,
        // Saturating: in a reordered log the last line may come before the
        // last checkpoint (found by fuzzing: an overflow panic in debug
        // builds, a wrapped count in release).
        unprotected_tail: last_line
            .map_or(0, |p| p.seq)
            .saturating_sub(last_checkpoint_seq.unwrap_or(0)),
        valid_len,
        problems,
    }
}

/// The entries of a log that verifies with the key, with their sequence
/// numbers. A log with any problem (a torn tail included) is refused: the
/// accounting of disclosures must come from a log that verifies.
pub fn read_entries(log: &[u8], key: &AuditKey) -> Result<Vec<(u64, AuditEntry)>, AuditError> {
    let report = verify(log, Some(key), &[]);
    if !report.ok {
        return Err(AuditError::Tampered(Box::new(report)));
    }
    let mut out = Vec::new();
    for raw in log.split(|b| *b == b'\n').filter(|l| !l.is_empty()) {
        let text =
            std::str::from_utf8(raw).map_err(|_| AuditError::InvalidEntry("not UTF-8".into()))?;
        let (_, view) = parse_line(text).map_err(AuditError::InvalidEntry)?;
        if let Some(e) = view.entry {
            out.push((view.seq, e));
        }
    }
    Ok(out)
}
