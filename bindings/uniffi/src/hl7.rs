//! HL7 v2.x messages (`himcore::hl7v2`): read fields by path, acknowledge,
//! map to FHIR R4, split feeds, frame with MLLP.
//!
//! The rules (HL7 v2.5.1 chapter 2: delimiters, escape sequences, batch
//! protocol, acknowledgment with ERR; appendix C: MLLP; the HL7 v2-to-FHIR
//! segment maps) are the core's. Messages cross as ER7 text; the parsed
//! message borrows its input in the core, so each call parses and answers
//! in one crossing (several paths at once) instead of holding a native
//! message object.

use std::collections::HashMap;

use himcore::hl7v2;
use himcore::ErrorCode;

use crate::{HimCoreError, ItemError};

/// How the segments of a message were terminated (HL7 requires CR).
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum Hl7SegmentTerminator {
    /// Carriage return only (the standard).
    Cr,
    /// Line feed only.
    Lf,
    /// CR LF pairs.
    CrLf,
    /// More than one kind.
    Mixed,
    /// A single segment with no terminator.
    None,
}

/// What [`hl7_query`] returns.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Hl7QueryResult {
    /// Segment names in order.
    pub segments: Vec<String>,
    /// How segments were terminated.
    pub segment_terminator: Hl7SegmentTerminator,
    /// Path → decoded value (`null` when absent or empty).
    pub values: HashMap<String, Option<String>>,
}

/// An acknowledgment built by [`hl7_ack`].
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Hl7Ack {
    /// `AA` (accepted), `AE` (error) or `AR` (rejected).
    pub code: String,
    /// The ACK message as ER7 text.
    pub ack: String,
    /// Why the message was not accepted (`HL7_*`), when it was not.
    pub error: Option<ItemError>,
}

/// A part of a message not carried into the FHIR Bundle.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Hl7Unmapped {
    /// Path of the element (`PID-11-8`, `OBX(2)-8`).
    pub path: String,
    /// Why it is not (fully) in the Bundle.
    pub reason: String,
}

/// What [`hl7_to_fhir`] returns.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Hl7FhirMapping {
    /// The FHIR R4 Bundle (type `collection`) as JSON.
    pub bundle_json: String,
    /// The parts of the message not carried into the Bundle: nothing is
    /// dropped silently.
    pub unmapped: Vec<Hl7Unmapped>,
}

/// The complete MLLP frames at the start of a buffer.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct MllpFrames {
    /// The payloads of the complete frames, in order.
    pub frames: Vec<Vec<u8>>,
    /// Bytes consumed: keep the rest (a partial frame) and complete it with
    /// more input.
    pub consumed: u64,
}

impl From<hl7v2::Hl7Error> for HimCoreError {
    fn from(e: hl7v2::Hl7Error) -> Self {
        HimCoreError::Hl7 {
            code: e.code().to_owned(),
            detail: e.to_string(),
            segment: e.segment().map(|s| s as u64),
            field: e.field().map(|f| f as u64),
        }
    }
}

/// Parses one message and reads several paths (`PID-5-1`, `PID-3(2)-1`,
/// `OBX(2)-5`, `MSH-9-2`) in one call; values are decoded (escape
/// sequences resolved). Throws `HimCoreException.Hl7` with the error's
/// segment and field position (`HL7_BAD_SEGMENT`, `HL7_MISSING_MSH`,
/// `HL7_BAD_PATH`, ...).
#[uniffi::export]
pub fn hl7_query(message: String, paths: Vec<String>) -> Result<Hl7QueryResult, HimCoreError> {
    let refs: Vec<&str> = paths.iter().map(String::as_str).collect();
    let r = hl7v2::query(&message, &refs)?;
    Ok(Hl7QueryResult {
        segments: r.segments,
        segment_terminator: match r.segment_terminator {
            hl7v2::SegmentTerminator::Cr => Hl7SegmentTerminator::Cr,
            hl7v2::SegmentTerminator::Lf => Hl7SegmentTerminator::Lf,
            hl7v2::SegmentTerminator::CrLf => Hl7SegmentTerminator::CrLf,
            hl7v2::SegmentTerminator::Mixed => Hl7SegmentTerminator::Mixed,
            hl7v2::SegmentTerminator::None => Hl7SegmentTerminator::None,
        },
        values: r.values.into_iter().collect(),
    })
}

/// Acknowledges one message: `AA` with sender and receiver swapped and
/// MSA-2 = MSH-10, or `AE`/`AR` with an ERR segment naming the problem.
/// `timestamp` is MSH-7 of the ACK (`YYYYMMDDHHMMSS[+ZZZZ]`; the core has no
/// clock), `control_id` its MSH-10. Never throws: a bad message gets a
/// negative ACK.
#[uniffi::export(default(sending_application = None, sending_facility = None))]
pub fn hl7_ack(
    message: String,
    control_id: String,
    timestamp: String,
    sending_application: Option<String>,
    sending_facility: Option<String>,
) -> Hl7Ack {
    let opts = hl7v2::AckOptions {
        timestamp,
        control_id,
        sending_application,
        sending_facility,
    };
    let (code, ack, err) = hl7v2::ack_input(&message, &opts);
    Hl7Ack {
        code: code.as_str().to_owned(),
        ack,
        error: err.as_ref().map(ItemError::from_core),
    }
}

/// Maps one message (ADT, ORU, ...) to a FHIR R4 Bundle: PID→Patient,
/// PV1→Encounter, DG1→Condition, AL1→AllergyIntolerance,
/// OBR→DiagnosticReport, OBX→Observation, with the list of what was not
/// mapped. `default_timezone` (`+01:00`, `-05:00`, `Z`) is used for HL7
/// times without an offset. Throws `HimCoreException.Hl7`
/// (`HL7_UNSUPPORTED_MESSAGE_TYPE`, `HL7_MISSING_REQUIRED`, parse errors).
#[uniffi::export(default(default_timezone = None))]
pub fn hl7_to_fhir(
    message: String,
    default_timezone: Option<String>,
) -> Result<Hl7FhirMapping, HimCoreError> {
    let msg = hl7v2::parse(&message)?;
    let m = hl7v2::to_fhir(&msg, &hl7v2::MappingOptions { default_timezone })?;
    Ok(Hl7FhirMapping {
        bundle_json: m.bundle.to_string(),
        unmapped: m
            .unmapped
            .into_iter()
            .map(|u| Hl7Unmapped {
                path: u.path,
                reason: u.reason,
            })
            .collect(),
    })
}

/// The ER7 text of each message of an input (a batch file with or without
/// FHS/BHS envelopes, or messages one after another), in order.
#[uniffi::export]
pub fn hl7_split_messages(input: String) -> Vec<String> {
    hl7v2::split_messages(&input)
        .into_iter()
        .map(str::to_owned)
        .collect()
}

/// Frames one payload for MLLP (start block 0x0B, end block 0x1C 0x0D).
#[uniffi::export]
pub fn mllp_encode(payload: Vec<u8>) -> Vec<u8> {
    hl7v2::mllp::encode(&payload)
}

/// Finds the complete MLLP frames at the start of a buffer (no I/O: feed it
/// what the socket gave and keep the unconsumed rest). Throws
/// `HL7_MLLP_FRAMING` for bytes outside a frame or an oversized frame.
#[uniffi::export]
pub fn mllp_decode(buffer: Vec<u8>) -> Result<MllpFrames, HimCoreError> {
    let f = hl7v2::mllp::decode(&buffer)?;
    Ok(MllpFrames {
        frames: f.frames.into_iter().map(<[u8]>::to_vec).collect(),
        consumed: f.consumed as u64,
    })
}
