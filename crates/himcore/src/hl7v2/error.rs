//! Errors of the HL7 v2 area. Every variant has a stable code (`HL7_*`, see
//! `docs/errors.md`) and, where the input has one, a position: the 1-based
//! index of the segment in the message (or in the batch/file input) and the
//! 1-based field number (HL7 numbering: for MSH, FHS and BHS, field 1 is the
//! field separator).

use crate::error::ErrorCode;

/// Which documented limit an input went past (see [`super::Limits`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LimitKind {
    /// Total input size in bytes.
    InputBytes,
    /// Segments in one message.
    Segments,
    /// Fields in one segment.
    Fields,
    /// Messages in one batch or file.
    Messages,
    /// Bytes in one MLLP frame.
    FrameBytes,
}

impl LimitKind {
    fn as_str(self) -> &'static str {
        match self {
            LimitKind::InputBytes => "input bytes",
            LimitKind::Segments => "segments per message",
            LimitKind::Fields => "fields per segment",
            LimitKind::Messages => "messages per batch",
            LimitKind::FrameBytes => "bytes per MLLP frame",
        }
    }
}

impl std::fmt::Display for LimitKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An error while parsing, querying, writing, framing or mapping HL7 v2.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Hl7Error {
    /// The input holds no segment at all.
    #[error("empty input: no HL7 segment found")]
    Empty,
    /// The input is not valid UTF-8 (convert other character sets first).
    #[error("input is not valid UTF-8 at byte {offset}")]
    InvalidUtf8 {
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
    /// A message does not start with MSH (or a segment appears before any MSH).
    #[error("segment {segment} ({name}) received before a message header (MSH)")]
    MissingHeader {
        /// 1-based segment index in the input.
        segment: usize,
        /// The segment name found instead.
        name: String,
    },
    /// MSH-1/MSH-2 (or FHS/BHS-1/2) do not give a usable set of delimiters.
    #[error("segment {segment}, field {field}: bad encoding characters: {reason}")]
    BadEncodingCharacters {
        /// 1-based segment index.
        segment: usize,
        /// 1 (field separator) or 2 (encoding characters).
        field: usize,
        /// What is wrong.
        reason: String,
    },
    /// A segment name is not three characters `[A-Z][A-Z0-9]{2}`.
    #[error("segment {segment}: bad segment name {name:?}")]
    BadSegment {
        /// 1-based segment index.
        segment: usize,
        /// The offending name (at most 16 characters of it).
        name: String,
    },
    /// A second MSH inside a single message, or an envelope segment where it
    /// does not belong (a BHS inside a batch, an FHS inside a file...).
    #[error("segment {segment} ({name}): {reason}")]
    BadStructure {
        /// 1-based segment index.
        segment: usize,
        /// The segment name.
        name: String,
        /// What is wrong.
        reason: String,
    },
    /// A batch or file trailer count (BTS-1, FTS-1) disagrees with what was received.
    #[error("segment {segment} ({name}-1): trailer counts {declared}, received {actual}")]
    CountMismatch {
        /// 1-based segment index of the trailer.
        segment: usize,
        /// BTS or FTS.
        name: String,
        /// The count the trailer declares.
        declared: usize,
        /// The count actually received.
        actual: usize,
    },
    /// A documented limit was exceeded.
    #[error("limit exceeded: more than {max} {kind} (segment {segment}, field {field})")]
    LimitExceeded {
        /// Which limit.
        kind: LimitKind,
        /// The limit in force.
        max: usize,
        /// 1-based segment index where it was exceeded (0 when not applicable).
        segment: usize,
        /// 1-based field number where it was exceeded (0 when not applicable).
        field: usize,
    },
    /// A path such as `PID-5-1` is malformed.
    #[error("bad path {path:?}: {reason}")]
    BadPath {
        /// The path as given.
        path: String,
        /// What is wrong.
        reason: String,
    },
    /// MLLP framing is broken (missing start or end block, stray bytes).
    #[error("MLLP framing error at byte {offset}: {reason}")]
    MllpFraming {
        /// Byte offset in the buffer.
        offset: usize,
        /// What is wrong.
        reason: String,
    },
    /// The message type (MSH-9) has no FHIR mapping.
    #[error("message type {message_type:?} has no FHIR mapping (supported: ADT^A01/A03/A04/A08, ORU^R01)")]
    UnsupportedMessageType {
        /// MSH-9 as found (`ADT^A02`).
        message_type: String,
    },
    /// A segment or field the mapping needs is absent.
    #[error("required {path} is missing: {reason}")]
    MissingRequired {
        /// The path of the missing element (`PID`, `OBX(2)-3`).
        path: String,
        /// Why it is required.
        reason: String,
    },
    /// The writer was given a tree it cannot write faithfully.
    #[error("cannot write segment {segment}: {reason}")]
    Unwritable {
        /// 1-based segment index in the tree.
        segment: usize,
        /// What is wrong.
        reason: String,
    },
}

impl ErrorCode for Hl7Error {
    fn code(&self) -> &'static str {
        match self {
            Hl7Error::Empty => "HL7_EMPTY",
            Hl7Error::InvalidUtf8 { .. } => "HL7_INVALID_UTF8",
            Hl7Error::MissingHeader { .. } => "HL7_MISSING_MSH",
            Hl7Error::BadEncodingCharacters { .. } => "HL7_BAD_ENCODING_CHARACTERS",
            Hl7Error::BadSegment { .. } => "HL7_BAD_SEGMENT",
            Hl7Error::BadStructure { .. } => "HL7_BAD_STRUCTURE",
            Hl7Error::CountMismatch { .. } => "HL7_COUNT_MISMATCH",
            Hl7Error::LimitExceeded { .. } => "HL7_LIMIT_EXCEEDED",
            Hl7Error::BadPath { .. } => "HL7_BAD_PATH",
            Hl7Error::MllpFraming { .. } => "HL7_MLLP_FRAMING",
            Hl7Error::UnsupportedMessageType { .. } => "HL7_UNSUPPORTED_MESSAGE_TYPE",
            Hl7Error::MissingRequired { .. } => "HL7_MISSING_REQUIRED",
            Hl7Error::Unwritable { .. } => "HL7_UNWRITABLE",
        }
    }
}

impl Hl7Error {
    /// The 1-based segment index the error points at, when it has one.
    pub fn segment(&self) -> Option<usize> {
        match self {
            Hl7Error::MissingHeader { segment, .. }
            | Hl7Error::BadEncodingCharacters { segment, .. }
            | Hl7Error::BadSegment { segment, .. }
            | Hl7Error::BadStructure { segment, .. }
            | Hl7Error::CountMismatch { segment, .. }
            | Hl7Error::Unwritable { segment, .. } => Some(*segment),
            Hl7Error::LimitExceeded { segment, .. } if *segment > 0 => Some(*segment),
            _ => None,
        }
    }

    /// The 1-based field number the error points at, when it has one.
    pub fn field(&self) -> Option<usize> {
        match self {
            Hl7Error::BadEncodingCharacters { field, .. } => Some(*field),
            Hl7Error::CountMismatch { .. } => Some(1),
            Hl7Error::LimitExceeded { field, .. } if *field > 0 => Some(*field),
            _ => None,
        }
    }
}
