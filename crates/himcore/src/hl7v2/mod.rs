//! HL7 v2.x messages: parse ER7, query by path, map to FHIR R4, write back,
//! acknowledge, and frame with MLLP.
//!
//! Sources: HL7 Version 2.5.1 chapter 2 (control: message construction,
//! delimiters, escape sequences, batch protocol 2.10.3, acknowledgment 2.9,
//! ERR segment 2.15.5, MSA 2.15.8), HL7 Version 2 appendix C (MLLP, release 2),
//! and the HL7 Version 2-to-FHIR mapping guide (segment maps PID→Patient,
//! PV1→Encounter, DG1→Condition, AL1→AllergyIntolerance, OBR→DiagnosticReport,
//! OBX→Observation).
//!
//! - [`parse`] / [`parse_bytes`]: one message, zero-copy ([`Message`]).
//! - [`parse_batch`]: a file/batch with FHS/BHS/BTS/FTS envelopes ([`Envelope`]).
//! - [`parse_many`]: every message of an input, each parsed independently, so
//!   one bad message does not sink the others (for feeds and bindings).
//! - [`Path`] / [`Message::get`]: `PID-5-1`, `PID-3(2)-1`, `OBX(2)-5`.
//! - [`MessageTree`] and [`write()`]: the owned, decoded model and the ER7 writer
//!   (`parse(write(t)).to_tree() == t`).
//! - [`ack`] / [`ack_input`] / [`ack_batch`]: AA/AE/AR acknowledgments with ERR segments.
//! - [`split_messages`]: the ER7 text of each message of an input.
//! - [`mllp`]: MLLP framing over byte buffers (no I/O).
//! - [`to_fhir`]: FHIR R4 Bundles (as JSON values) plus the list of what was
//!   not mapped.
//!
//! Limits ([`Limits`]) bound every input: past them a typed
//! [`Hl7Error::LimitExceeded`] is returned, never a panic or a hang.

mod ack;
mod batch;
mod error;
mod escape;
mod fhir;
mod message;
pub mod mllp;
mod path;
mod tree;

pub use ack::{ack, ack_batch, ack_input, reject, AckCode, AckError, AckOptions};
pub use batch::{parse_batch, parse_batch_with, parse_many, split_messages, Batch, Envelope};
pub use error::{Hl7Error, LimitKind};
pub use escape::{decode, encode, Delimiters};
pub use fhir::{to_fhir, to_fhir_batch, FhirMapping, MappingOptions, Unmapped};
pub use message::{Children, Element, Level, Message, Segment, SegmentTerminator};
pub use path::Path;
pub use tree::{write, write_batch, FieldTree, MessageTree, SegmentTree};

/// Bounds on what the parser accepts. Past a bound the parser returns
/// [`Hl7Error::LimitExceeded`] naming the bound and the position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest input accepted by one call, in bytes (default 64 MiB).
    pub max_input_bytes: usize,
    /// Most segments in one message (default 100,000).
    pub max_segments: usize,
    /// Most fields in one segment (default 10,000).
    pub max_fields: usize,
    /// Most messages in one batch/file input (default 1,000,000).
    pub max_messages: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_input_bytes: 64 * 1024 * 1024,
            max_segments: 100_000,
            max_fields: 10_000,
            max_messages: 1_000_000,
        }
    }
}

fn check_size(input: &str, limits: &Limits) -> Result<(), Hl7Error> {
    if input.len() > limits.max_input_bytes {
        return Err(Hl7Error::LimitExceeded {
            kind: LimitKind::InputBytes,
            max: limits.max_input_bytes,
            segment: 0,
            field: 0,
        });
    }
    Ok(())
}

/// Parses one ER7 message with the default [`Limits`].
pub fn parse(input: &str) -> Result<Message<'_>, Hl7Error> {
    parse_with(input, &Limits::default())
}

/// Parses one ER7 message. The first segment must be MSH; another MSH or an
/// envelope segment (FHS/BHS/BTS/FTS) is an error (use [`parse_batch`]).
pub fn parse_with<'a>(input: &'a str, limits: &Limits) -> Result<Message<'a>, Hl7Error> {
    check_size(input, limits)?;
    let mut seen = message::TermSeen::default();
    let lines = message::split_lines(input, &mut seen);
    if let Some(line) = lines
        .iter()
        .skip(1)
        .find(|l| matches!(l.text.get(..3), Some("BTS" | "FTS")))
    {
        return Err(Hl7Error::BadStructure {
            segment: line.index,
            name: line.text.get(..3).unwrap_or_default().to_string(),
            reason: "batch/file trailer inside a message (use parse_batch)".into(),
        });
    }
    Message::from_lines(&lines, seen.get(), limits)
}

/// Parses one message from bytes, which must be UTF-8 (typed error otherwise).
pub fn parse_bytes(input: &[u8]) -> Result<Message<'_>, Hl7Error> {
    parse(utf8(input)?)
}

/// Checks that bytes are UTF-8, with the offset of the first bad byte.
pub fn utf8(input: &[u8]) -> Result<&str, Hl7Error> {
    std::str::from_utf8(input).map_err(|e| Hl7Error::InvalidUtf8 {
        offset: e.valid_up_to(),
    })
}

/// What [`query`] returns: the segment names, the terminator seen, and the
/// decoded value at each path (`None` when absent or empty). Serialises to
/// the JSON the conformance vectors (`tests/vectors/hl7.json`) expect.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct QueryResult {
    /// Segment names in order.
    pub segments: Vec<String>,
    /// How segments were terminated.
    pub segment_terminator: SegmentTerminator,
    /// Path → decoded value.
    pub values: std::collections::BTreeMap<String, Option<String>>,
}

/// Parses one message and reads several paths in one call (one crossing
/// per message for bindings).
pub fn query(input: &str, paths: &[&str]) -> Result<QueryResult, Hl7Error> {
    let parsed: Vec<Path> = paths
        .iter()
        .map(|p| Path::parse(p))
        .collect::<Result<_, _>>()?;
    let m = parse(input)?;
    Ok(QueryResult {
        segments: m.segments().map(|s| s.name().to_string()).collect(),
        segment_terminator: m.segment_terminator(),
        values: paths
            .iter()
            .zip(&parsed)
            .map(|(p, path)| ((*p).to_string(), m.query(path).map(|v| v.into_owned())))
            .collect(),
    })
}
