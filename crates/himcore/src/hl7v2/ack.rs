//! Acknowledgments (HL7 v2.5.1 section 2.9 "original acknowledgment mode",
//! MSA 2.15.8, ERR 2.15.5, table 0357 "message error condition codes").
//!
//! - AA (application accept): the message parsed.
//! - AE (application error): the header (MSH) is usable but the body is not;
//!   one ERR segment per error, with its location (ERR-2: segment ID^segment
//!   position^field), a table 0357 code (ERR-3), severity `E` (ERR-4), the
//!   himcore code (ERR-5) and the message (ERR-8).
//! - AR (application reject): no usable MSH (no delimiters, not UTF-8, no
//!   header): the reply uses the standard delimiters and leaves MSA-2 empty
//!   when the control ID cannot be read.
//!
//! The core has no clock and no counter: the caller supplies the ACK's
//! timestamp (MSH-7) and control ID (MSH-10) in [`AckOptions`].

use super::error::Hl7Error;
use super::message::Message;
use super::tree::{components_field, text_field, write, FieldTree, MessageTree};
use crate::error::ErrorCode;

/// MSA-1 acknowledgment code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum AckCode {
    /// Application accept.
    AA,
    /// Application error.
    AE,
    /// Application reject.
    AR,
}

impl AckCode {
    /// The code as text.
    pub fn as_str(self) -> &'static str {
        match self {
            AckCode::AA => "AA",
            AckCode::AE => "AE",
            AckCode::AR => "AR",
        }
    }
}

/// One error reported in an ERR segment.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct AckError {
    /// Segment ID of the error location (ERR-2.1), when known.
    pub segment_name: Option<String>,
    /// 1-based segment position (ERR-2.2), when known.
    pub segment: Option<usize>,
    /// Field position (ERR-2.3), when known.
    pub field: Option<usize>,
    /// HL7 table 0357 code (ERR-3.1), e.g. `"100"`.
    pub hl7_code: String,
    /// The himcore code (ERR-5.1), e.g. `"HL7_BAD_SEGMENT"`.
    pub code: String,
    /// Human-readable message (ERR-8).
    pub message: String,
}

fn table_0357_text(code: &str) -> &'static str {
    match code {
        "100" => "Segment sequence error",
        "101" => "Required field missing",
        "102" => "Data type error",
        "103" => "Table value not found",
        "200" => "Unsupported message type",
        "201" => "Unsupported event code",
        "202" => "Unsupported processing id",
        "203" => "Unsupported version id",
        _ => "Application internal error",
    }
}

impl AckError {
    /// The ERR content for a himcore error.
    pub fn from_error(e: &Hl7Error) -> AckError {
        let hl7_code = match e {
            Hl7Error::MissingHeader { .. }
            | Hl7Error::BadSegment { .. }
            | Hl7Error::BadStructure { .. }
            | Hl7Error::CountMismatch { .. }
            | Hl7Error::Empty => "100",
            Hl7Error::MissingRequired { .. } => "101",
            Hl7Error::BadEncodingCharacters { .. } | Hl7Error::InvalidUtf8 { .. } => "102",
            Hl7Error::UnsupportedMessageType { .. } => "200",
            _ => "207",
        };
        let segment_name = match e {
            Hl7Error::MissingHeader { name, .. }
            | Hl7Error::BadSegment { name, .. }
            | Hl7Error::BadStructure { name, .. }
            | Hl7Error::CountMismatch { name, .. } => Some(name.clone()),
            Hl7Error::BadEncodingCharacters { .. } => Some("MSH".to_string()),
            _ => None,
        };
        AckError {
            segment_name,
            segment: e.segment(),
            field: e.field(),
            hl7_code: hl7_code.to_string(),
            code: e.code().to_string(),
            message: e.to_string(),
        }
    }

    fn to_segment(&self) -> Vec<FieldTree> {
        let seg_pos = self.segment.map(|s| s.to_string()).unwrap_or_default();
        let field = self.field.map(|f| f.to_string()).unwrap_or_default();
        vec![
            Vec::new(),
            components_field(&[
                self.segment_name.as_deref().unwrap_or_default(),
                &seg_pos,
                &field,
            ]),
            components_field(&[&self.hl7_code, table_0357_text(&self.hl7_code), "HL70357"]),
            text_field("E"),
            components_field(&[&self.code, "", "HIMCORE"]),
            Vec::new(),
            Vec::new(),
            text_field(&self.message),
        ]
    }
}

/// What the caller supplies for the ACK's own header.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct AckOptions {
    /// MSH-7 of the ACK (`YYYYMMDDHHMMSS[+ZZZZ]`).
    pub timestamp: String,
    /// MSH-10 of the ACK.
    pub control_id: String,
    /// MSH-3 of the ACK; default: the original MSH-5 (receiving application).
    pub sending_application: Option<String>,
    /// MSH-4 of the ACK; default: the original MSH-6 (receiving facility).
    pub sending_facility: Option<String>,
}

fn msh_field(orig: Option<&MessageTree>, n: usize) -> FieldTree {
    orig.and_then(|t| t.segments.first())
        .and_then(|s| s.fields.get(n - 1))
        .cloned()
        .unwrap_or_default()
}

fn build(
    orig: Option<&MessageTree>,
    code: AckCode,
    errors: &[AckError],
    opts: &AckOptions,
) -> MessageTree {
    let delimiters = orig.map(|t| t.delimiters).unwrap_or_default();
    let trigger = msh_field(orig, 9)
        .first()
        .and_then(|r| r.get(1))
        .and_then(|c| c.first())
        .cloned()
        .unwrap_or_default();
    let control = msh_field(orig, 10)
        .first()
        .and_then(|r| r.first())
        .and_then(|c| c.first())
        .cloned()
        .unwrap_or_default();
    let app = match &opts.sending_application {
        Some(a) => text_field(a),
        None => msh_field(orig, 5),
    };
    let fac = match &opts.sending_facility {
        Some(f) => text_field(f),
        None => msh_field(orig, 6),
    };
    let processing = match msh_field(orig, 11) {
        f if f.is_empty() => text_field("P"),
        f => f,
    };
    let version = match msh_field(orig, 12) {
        f if f.is_empty() => text_field("2.5.1"),
        f => f,
    };
    let mut t = MessageTree::new(
        delimiters,
        vec![
            app,
            fac,
            msh_field(orig, 3),
            msh_field(orig, 4),
            text_field(&opts.timestamp),
            Vec::new(),
            components_field(&["ACK", &trigger, "ACK"]),
            text_field(&opts.control_id),
            processing,
            version,
        ],
    );
    t.push("MSA", vec![text_field(code.as_str()), text_field(&control)]);
    for e in errors {
        t.push("ERR", e.to_segment());
    }
    // Trailing empty fields carry nothing: leave them out (`MSA|AR`).
    for seg in &mut t.segments {
        let keep = if seg.name == "MSH" { 2 } else { 1 };
        while seg.fields.len() > keep && seg.fields.last().is_some_and(Vec::is_empty) {
            seg.fields.pop();
        }
    }
    t
}

/// Builds the acknowledgment of a parsed message (as a tree; [`write()`] it).
pub fn ack(
    msg: &Message<'_>,
    code: AckCode,
    errors: &[AckError],
    opts: &AckOptions,
) -> MessageTree {
    let orig = msg.to_tree();
    build(Some(&orig), code, errors, opts)
}

/// Parses an input and acknowledges it: AA when it parses, AE when only the
/// header is usable, AR when not even the header is. Returns the code, the
/// ACK as ER7 text, and the parse error when there was one.
pub fn ack_input(input: &str, opts: &AckOptions) -> (AckCode, String, Option<Hl7Error>) {
    let (code, tree, err) = match super::parse(input) {
        Ok(msg) => (AckCode::AA, ack(&msg, AckCode::AA, &[], opts), None),
        Err(e) => {
            // Is the header alone usable?
            let first_line = input.split(['\r', '\n']).find(|l| !l.trim().is_empty());
            let header = first_line.and_then(|l| super::parse(l).ok());
            let errors = [AckError::from_error(&e)];
            match header {
                Some(h) => (AckCode::AE, ack(&h, AckCode::AE, &errors, opts), Some(e)),
                None => (
                    AckCode::AR,
                    build(None, AckCode::AR, &errors, opts),
                    Some(e),
                ),
            }
        }
    };
    // Writing a tree built here from parsed values cannot fail: delimiters
    // come from a parsed MSH (or the defaults) and segment names are fixed.
    let text = write(&tree).unwrap_or_else(|e| {
        let fallback = build(None, AckCode::AR, &[AckError::from_error(&e)], opts);
        write(&fallback).unwrap_or_default()
    });
    (code, text, err)
}

/// Acknowledges every message of an input ([`super::split_messages`]), one
/// result per message; `control_id` of each ACK is `opts.control_id`
/// followed by `-` and the 1-based message number when there are several.
pub fn ack_batch(input: &str, opts: &AckOptions) -> Vec<(AckCode, String, Option<Hl7Error>)> {
    let chunks = super::split_messages(input);
    let many = chunks.len() > 1;
    chunks
        .iter()
        .enumerate()
        .map(|(i, chunk)| {
            let mut o = opts.clone();
            if many {
                o.control_id = format!("{}-{}", opts.control_id, i + 1);
            }
            ack_input(chunk, &o)
        })
        .collect()
}

/// An AR (reject) ACK for an input that could not be read at all (for
/// example bytes that are not UTF-8), carrying the error in ERR.
pub fn reject(error: &Hl7Error, opts: &AckOptions) -> String {
    let tree = build(None, AckCode::AR, &[AckError::from_error(error)], opts);
    write(&tree).unwrap_or_default()
}
