//! Batch and file envelopes (HL7 v2.5.1 section 2.10.3 "HL7 batch
//! protocol"): `[FHS] { [BHS] { MSH ... } [BTS] } [FTS]`.
//!
//! Rules enforced, as python-hl7 does: a segment before any MSH is an error;
//! one FHS per file, one BHS per batch (a new BHS may only follow a BTS);
//! nothing may follow FTS. In addition, when BTS-1 (batch message count) or
//! FTS-1 (file batch count) is a number it must equal what was received,
//! so a truncated transfer is an error, not a silent loss.

use super::error::{Hl7Error, LimitKind};
use super::escape::Delimiters;
use super::message::{header_delimiters, split_lines, Line, Message, SegmentTerminator, TermSeen};
use super::{check_size, Limits};

/// One batch: optional BHS/BTS around messages.
#[derive(Debug, Clone, Default)]
pub struct Batch<'a> {
    /// The BHS segment, as a one-segment message view.
    pub header: Option<Message<'a>>,
    /// The messages, in order.
    pub messages: Vec<Message<'a>>,
    /// The BTS segment, as a one-segment message view.
    pub trailer: Option<Message<'a>>,
}

/// A whole input: optional FHS/FTS around one or more batches. An input with
/// no envelope at all is one implicit batch.
#[derive(Debug, Clone, Default)]
pub struct Envelope<'a> {
    /// The FHS segment, as a one-segment message view.
    pub file_header: Option<Message<'a>>,
    /// The batches, in order.
    pub batches: Vec<Batch<'a>>,
    /// The FTS segment, as a one-segment message view.
    pub file_trailer: Option<Message<'a>>,
    /// How segments were terminated.
    pub terminator: Option<SegmentTerminator>,
}

impl<'a> Envelope<'a> {
    /// Every message of every batch, in order.
    pub fn messages(&self) -> impl Iterator<Item = &Message<'a>> {
        self.batches.iter().flat_map(|b| b.messages.iter())
    }
}

fn name<'a>(l: &Line<'a>) -> &'a str {
    l.text.get(..3).unwrap_or(l.text)
}

fn count_field(msg: &Message<'_>) -> Option<usize> {
    let v = msg.segment_at(0)?.field(1)?.first_value();
    v.trim().parse().ok()
}

struct Builder<'a> {
    env: Envelope<'a>,
    current: Option<Batch<'a>>,
    /// Lines of the message being collected.
    msg_lines: Vec<Line<'a>>,
    delims: Delimiters,
    ended: bool,
    messages: usize,
}

impl<'a> Builder<'a> {
    fn flush_message(&mut self, term: SegmentTerminator, limits: &Limits) -> Result<(), Hl7Error> {
        if self.msg_lines.is_empty() {
            return Ok(());
        }
        let msg = Message::from_lines(&self.msg_lines, term, limits)?;
        self.delims = *msg.delimiters();
        self.msg_lines.clear();
        self.messages += 1;
        if self.messages > limits.max_messages {
            return Err(Hl7Error::LimitExceeded {
                kind: LimitKind::Messages,
                max: limits.max_messages,
                segment: 0,
                field: 0,
            });
        }
        self.current
            .get_or_insert_with(Batch::default)
            .messages
            .push(msg);
        Ok(())
    }
}

/// Parses a batch or file (see the module docs) with the given limits.
pub fn parse_batch_with<'a>(input: &'a str, limits: &Limits) -> Result<Envelope<'a>, Hl7Error> {
    check_size(input, limits)?;
    let mut seen = TermSeen::default();
    let lines = split_lines(input, &mut seen);
    let term = seen.get();
    if lines.is_empty() {
        return Err(Hl7Error::Empty);
    }
    let mut b = Builder {
        env: Envelope::default(),
        current: None,
        msg_lines: Vec::new(),
        delims: Delimiters::default(),
        ended: false,
        messages: 0,
    };
    let structure = |l: &Line<'_>, reason: &str| Hl7Error::BadStructure {
        segment: l.index,
        name: name(l).to_string(),
        reason: reason.to_string(),
    };
    for line in &lines {
        if b.ended {
            return Err(structure(line, "segment after the file trailer (FTS)"));
        }
        match name(line) {
            "FHS" => {
                if b.env.file_header.is_some() {
                    return Err(structure(
                        line,
                        "File cannot have more than one FHS segment",
                    ));
                }
                if line.index != 1 {
                    return Err(structure(line, "FHS must be the first segment of a file"));
                }
                b.delims = header_delimiters(line.text, line.index)?;
                b.env.file_header = Some(Message::envelope(line, b.delims, limits)?);
            }
            "BHS" => {
                b.flush_message(term, limits)?;
                if let Some(cur) = &b.current {
                    if cur.header.is_some() || !cur.messages.is_empty() {
                        return Err(structure(
                            line,
                            "Batch cannot have more than one BHS segment",
                        ));
                    }
                }
                b.delims = header_delimiters(line.text, line.index)?;
                let header = Message::envelope(line, b.delims, limits)?;
                b.current = Some(Batch {
                    header: Some(header),
                    ..Batch::default()
                });
            }
            "BTS" => {
                b.flush_message(term, limits)?;
                let trailer = Message::envelope(line, b.delims, limits)?;
                let mut batch = b.current.take().unwrap_or_default();
                if let Some(declared) = count_field(&trailer) {
                    if declared != batch.messages.len() {
                        return Err(Hl7Error::CountMismatch {
                            segment: line.index,
                            name: "BTS".into(),
                            declared,
                            actual: batch.messages.len(),
                        });
                    }
                }
                batch.trailer = Some(trailer);
                b.env.batches.push(batch);
            }
            "FTS" => {
                b.flush_message(term, limits)?;
                if let Some(batch) = b.current.take() {
                    b.env.batches.push(batch);
                }
                let trailer = Message::envelope(line, b.delims, limits)?;
                if let Some(declared) = count_field(&trailer) {
                    if declared != b.env.batches.len() {
                        return Err(Hl7Error::CountMismatch {
                            segment: line.index,
                            name: "FTS".into(),
                            declared,
                            actual: b.env.batches.len(),
                        });
                    }
                }
                b.env.file_trailer = Some(trailer);
                b.ended = true;
            }
            "MSH" => {
                b.flush_message(term, limits)?;
                b.msg_lines.push(*line);
            }
            other => {
                if b.msg_lines.is_empty() {
                    return Err(Hl7Error::MissingHeader {
                        segment: line.index,
                        name: other.chars().take(16).collect(),
                    });
                }
                b.msg_lines.push(*line);
            }
        }
    }
    b.flush_message(term, limits)?;
    if let Some(batch) = b.current.take() {
        b.env.batches.push(batch);
    }
    b.env.terminator = Some(term);
    Ok(b.env)
}

/// Parses a batch or file with the default [`Limits`].
pub fn parse_batch(input: &str) -> Result<Envelope<'_>, Hl7Error> {
    parse_batch_with(input, &Limits::default())
}

/// Splits an input into messages at each MSH and parses each on its own:
/// one result per message, so a bad message does not hide the good ones.
/// Envelope segments (FHS, BHS, BTS, FTS) are skipped (read them with
/// [`parse_batch`]); lines before the first MSH give one error item.
pub fn parse_many(input: &str) -> Vec<Result<Message<'_>, Hl7Error>> {
    let limits = Limits::default();
    if let Err(e) = check_size(input, &limits) {
        return vec![Err(e)];
    }
    let mut seen = TermSeen::default();
    let lines = split_lines(input, &mut seen);
    let term = seen.get();
    let mut out = Vec::new();
    let mut chunk: Vec<Line<'_>> = Vec::new();
    let mut in_orphan_run = false;
    for line in lines {
        match name(&line) {
            "FHS" | "BHS" | "BTS" | "FTS" => {
                if !chunk.is_empty() {
                    out.push(Message::from_lines(&chunk, term, &limits));
                    chunk.clear();
                }
            }
            "MSH" => {
                if !chunk.is_empty() {
                    out.push(Message::from_lines(&chunk, term, &limits));
                    chunk.clear();
                }
                in_orphan_run = false;
                chunk.push(line);
            }
            _ => {
                if chunk.is_empty() {
                    if !in_orphan_run {
                        in_orphan_run = true;
                        out.push(Err(Hl7Error::MissingHeader {
                            segment: line.index,
                            name: name(&line).chars().take(16).collect(),
                        }));
                    }
                } else {
                    chunk.push(line);
                }
            }
        }
        if out.len() > limits.max_messages {
            out.push(Err(Hl7Error::LimitExceeded {
                kind: LimitKind::Messages,
                max: limits.max_messages,
                segment: 0,
                field: 0,
            }));
            return out;
        }
    }
    if !chunk.is_empty() {
        out.push(Message::from_lines(&chunk, term, &limits));
    }
    if out.is_empty() {
        out.push(Err(Hl7Error::Empty));
    }
    out
}

/// Splits an input into the ER7 text of each message (from one MSH line to
/// the next), leaving out envelope segments (FHS, BHS, BTS, FTS). Lines
/// before the first MSH form a chunk of their own, so that a caller
/// acknowledging each chunk rejects them instead of losing them.
pub fn split_messages(input: &str) -> Vec<&str> {
    let bytes = input.as_bytes();
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut line_start = 0usize;
    while line_start < bytes.len() {
        let end = bytes
            .get(line_start..)
            .and_then(|r| r.iter().position(|&b| b == b'\r' || b == b'\n'))
            .map_or(bytes.len(), |p| p + line_start);
        let line = input.get(line_start..end).unwrap_or_default();
        let head = line.get(..3).unwrap_or(line);
        let envelope = matches!(head, "FHS" | "BHS" | "BTS" | "FTS");
        if head == "MSH" || envelope {
            if let Some(s) = start.take() {
                out.push(input.get(s..line_start).unwrap_or_default());
            }
            if head == "MSH" {
                start = Some(line_start);
            }
        } else if start.is_none() && !line.trim().is_empty() {
            start = Some(line_start);
        }
        line_start = end + 1;
    }
    if let Some(s) = start {
        out.push(input.get(s..).unwrap_or_default());
    }
    out
}
