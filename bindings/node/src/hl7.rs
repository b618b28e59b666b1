//! The `hl7` namespace: the door of `himcore::hl7v2` (HL7 v2.x ER7 messages:
//! read by path, map to FHIR R4, acknowledge, build and write, MLLP framing).
//!
//! Messages are strings (ER7 text); errors are `HimError`s with an `HL7_*`
//! code and `details` `{ segment, field }` (1-based, HL7 numbering) where the
//! input has a position. The core does no I/O and neither does this door:
//! `MllpDecoder` takes the bytes a socket delivered and returns payloads.

use himcore::hl7v2::{
    self, mllp, AckCode, AckOptions, FhirMapping, Hl7Error, MappingOptions, MessageTree,
};
use himcore::ErrorCode;
use napi::bindgen_prelude::{Buffer, JsObjectValue, Object, Unknown};
use napi::{Env, JsValue, Result, ValueType};
use napi_derive::napi;
use serde_json::json;

use crate::args;
use crate::batch;
use crate::errors::{guarded, him_error, type_error};

/// The `HimError` for an [`Hl7Error`]: `details` is `{ segment, field }`.
pub(crate) fn hl7_error(env: &Env, error: &Hl7Error) -> napi::Error {
    let details = json!({"segment": error.segment(), "field": error.field()});
    him_error(env, error.code(), &error.to_string(), Some(&details))
}

fn name_of<T: serde::Serialize>(value: T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// What `query` returns.
#[napi(object, js_name = "Hl7QueryResult")]
pub struct JsQueryResult {
    /// Segment names in order.
    pub segments: Vec<String>,
    /// How segments were terminated: `CR` (the standard), `LF`, `CR_LF`,
    /// `MIXED` or `NONE`.
    pub segment_terminator: String,
    /// Each path's decoded value (escape sequences resolved); `null` when
    /// absent or empty.
    #[napi(ts_type = "Record<string, string | null>")]
    pub values: serde_json::Value,
}

/// Parses one message and reads several paths in one call: `PID-5-1`,
/// `PID-3(2)-1` (second repetition), `OBX(2)-5` (second OBX), `MSH-9-2`.
/// Throws a `HimError` (`HL7_BAD_SEGMENT`, `HL7_MISSING_HEADER`,
/// `HL7_BAD_PATH`, ...) with `details: { segment, field }`.
#[napi(namespace = "hl7", ts_args_type = "message: string, paths: string[]")]
pub fn query(env: &Env, message: Unknown<'_>, paths: Unknown<'_>) -> Result<JsQueryResult> {
    let message = args::string(env, &message, "message")?;
    let paths = args::string_array(env, &paths, "paths")?;
    let refs: Vec<&str> = paths.iter().map(String::as_str).collect();
    let result = guarded(env, || hl7v2::query(&message, &refs))?.map_err(|e| hl7_error(env, &e))?;
    Ok(JsQueryResult {
        segments: result.segments,
        segment_terminator: name_of(result.segment_terminator),
        values: serde_json::to_value(result.values).unwrap_or(serde_json::Value::Null),
    })
}

/// Parses one message into its decoded tree: `{ delimiters, segments: [{
/// name, fields }] }` where each field is repetitions of components of
/// sub-components (decoded text; an empty element is `[]`). `write(tree)`
/// gives the message back.
#[napi(
    namespace = "hl7",
    ts_args_type = "message: string",
    ts_return_type = "Hl7MessageTree"
)]
pub fn parse(env: &Env, message: Unknown<'_>) -> Result<serde_json::Value> {
    let message = args::string(env, &message, "message")?;
    let tree = guarded(env, || hl7v2::parse(&message).map(|m| m.to_tree()))?
        .map_err(|e| hl7_error(env, &e))?;
    serde_json::to_value(tree)
        .map_err(|e| him_error(env, crate::errors::INTERNAL, &e.to_string(), None))
}

/// Writes a message tree (as `parse` returns it, or built by hand) as ER7
/// text, escaping every value. Throws `HL7_UNWRITABLE` for a tree that cannot
/// be written (delimiters that disagree with MSH-1/MSH-2, ...).
#[napi(namespace = "hl7", ts_args_type = "tree: Hl7MessageTree")]
pub fn write(env: &Env, tree: Unknown<'_>) -> Result<String> {
    let text = args::json_text(env, &tree, "tree")?;
    let tree: MessageTree = serde_json::from_str(&text).map_err(|e| {
        crate::errors::value_error(
            env,
            format!("The \"tree\" argument is not a message tree: {e}"),
        )
    })?;
    guarded(env, || hl7v2::write(&tree))?.map_err(|e| hl7_error(env, &e))
}

/// The ER7 text of each message of an input (a batch or file with FHS/BHS
/// envelopes, or messages one after another).
#[napi(namespace = "hl7", ts_args_type = "input: string")]
pub fn split_messages(env: &Env, input: Unknown<'_>) -> Result<Vec<String>> {
    let input = args::string(env, &input, "input")?;
    guarded(env, || {
        hl7v2::split_messages(&input)
            .into_iter()
            .map(str::to_owned)
            .collect()
    })
}

/// An acknowledgment.
#[napi(object, js_name = "Hl7Ack", use_nullable = true)]
pub struct JsAck {
    /// `AA` (accepted), `AE` (error: the header was readable) or `AR` (rejected).
    #[napi(ts_type = "'AA' | 'AE' | 'AR'")]
    pub code: String,
    /// The ACK message as ER7 text, with an ERR segment per error.
    pub ack: String,
    /// The error that made it AE/AR; `null` for AA.
    pub error_code: Option<String>,
    /// Its message; `null` for AA.
    pub error_message: Option<String>,
}

fn js_ack((code, ack, error): (AckCode, String, Option<Hl7Error>)) -> JsAck {
    JsAck {
        code: code.as_str().to_owned(),
        ack,
        error_code: error.as_ref().map(|e| e.code().to_owned()),
        error_message: error.as_ref().map(ToString::to_string),
    }
}

/// The ACK's own header fields.
// Declares the TypeScript interface; the values are read property by
// property in `ack_options`, so a wrong type is a TypeError naming it.
#[allow(dead_code)]
#[napi(object, js_name = "Hl7AckOptions")]
pub struct JsAckOptions {
    /// MSH-10 of the ACK.
    pub control_id: String,
    /// MSH-7 of the ACK (`YYYYMMDDHHMMSS[+ZZZZ]`).
    pub timestamp: String,
    /// MSH-3 of the ACK; default: the original MSH-5.
    pub sending_application: Option<String>,
    /// MSH-4 of the ACK; default: the original MSH-6.
    pub sending_facility: Option<String>,
}

fn ack_options(env: &Env, value: &Unknown<'_>) -> Result<AckOptions> {
    if value.get_type()? != ValueType::Object {
        return Err(type_error(
            env,
            "The \"options\" argument must be an object { controlId, timestamp }".to_owned(),
        ));
    }
    // SAFETY: checked to be an object just above.
    let object = unsafe { value.cast::<Object<'_>>()? };
    let field = |key: &str| -> Result<Unknown<'_>> { object.get_named_property(key) };
    Ok(AckOptions {
        control_id: args::string(env, &field("controlId")?, "options.controlId")?,
        timestamp: args::string(env, &field("timestamp")?, "options.timestamp")?,
        sending_application: args::optional_string(
            env,
            Some(&field("sendingApplication")?),
            "options.sendingApplication",
        )?,
        sending_facility: args::optional_string(
            env,
            Some(&field("sendingFacility")?),
            "options.sendingFacility",
        )?,
    })
}

/// Acknowledges one received message (original mode, HL7 v2.5.1 §2.9): AA
/// when it parses, AE with ERR segments when its header is readable but the
/// rest is not, AR when even the header is not. Never throws for a bad
/// message: the ACK says what is wrong.
#[napi(
    namespace = "hl7",
    ts_args_type = "message: string, options: Hl7AckOptions"
)]
pub fn ack(env: &Env, message: Unknown<'_>, options: Unknown<'_>) -> Result<JsAck> {
    let message = args::string(env, &message, "message")?;
    let options = ack_options(env, &options)?;
    guarded(env, || js_ack(hl7v2::ack_input(&message, &options)))
}

/// Acknowledges every message of an input (one ACK per message; the ACKs'
/// control ids get `-1`, `-2`, ... when there are several).
#[napi(
    namespace = "hl7",
    ts_args_type = "input: string, options: Hl7AckOptions"
)]
pub fn ack_batch(env: &Env, input: Unknown<'_>, options: Unknown<'_>) -> Result<Vec<JsAck>> {
    let input = args::string(env, &input, "input")?;
    let options = ack_options(env, &options)?;
    guarded(env, || {
        hl7v2::ack_batch(&input, &options)
            .into_iter()
            .map(js_ack)
            .collect()
    })
}

/// Something in a message that was not mapped to FHIR, and why.
#[napi(object, js_name = "Hl7Unmapped")]
pub struct JsUnmapped {
    /// Where (`PID-8`, `OBX(2)-5`).
    pub path: String,
    /// Why it was not mapped.
    pub reason: String,
}

/// A message mapped to FHIR R4.
#[napi(object, js_name = "Hl7FhirMapping")]
pub struct JsMapping {
    /// A `collection` Bundle (Patient, Encounter, Condition,
    /// AllergyIntolerance, DiagnosticReport, Observation...), as JSON text
    /// (decimals such as `7.50` kept as written).
    pub bundle: String,
    /// What was not mapped, and why: nothing is dropped silently.
    pub unmapped: Vec<JsUnmapped>,
}

fn js_mapping(m: FhirMapping) -> JsMapping {
    JsMapping {
        bundle: m.bundle.to_string(),
        unmapped: m
            .unmapped
            .into_iter()
            .map(|u| JsUnmapped {
                path: u.path,
                reason: u.reason,
            })
            .collect(),
    }
}

/// One entry of `toFhirMany`: the mapping, or that message's error.
#[napi(object, js_name = "Hl7FhirResult", use_nullable = true)]
pub struct JsMappingResult {
    /// The mapping; `null` when the message could not be read or mapped.
    pub result: Option<JsMapping>,
    /// The message's error code (`HL7_*`); `null` on success.
    pub error_code: Option<String>,
    /// Its message; `null` on success.
    pub error_message: Option<String>,
    /// Its segment (1-based, within the message), when it has one.
    pub segment: Option<u32>,
    /// Its field, when it has one.
    pub field: Option<u32>,
}

fn js_mapping_result(r: std::result::Result<FhirMapping, Hl7Error>) -> JsMappingResult {
    match r {
        Ok(m) => JsMappingResult {
            result: Some(js_mapping(m)),
            error_code: None,
            error_message: None,
            segment: None,
            field: None,
        },
        Err(e) => JsMappingResult {
            result: None,
            error_code: Some(e.code().to_owned()),
            error_message: Some(e.to_string()),
            segment: e.segment().and_then(|s| u32::try_from(s).ok()),
            field: e.field().and_then(|f| u32::try_from(f).ok()),
        },
    }
}

fn mapping_options(env: &Env, value: Option<&Unknown<'_>>) -> Result<MappingOptions> {
    let Some(value) = value else {
        return Ok(MappingOptions::default());
    };
    match value.get_type()? {
        ValueType::Undefined | ValueType::Null => Ok(MappingOptions::default()),
        ValueType::Object => {
            // SAFETY: checked to be an object just above.
            let object = unsafe { value.cast::<Object<'_>>()? };
            let tz: Unknown<'_> = object.get_named_property("defaultTimezone")?;
            Ok(MappingOptions {
                default_timezone: args::optional_string(env, Some(&tz), "options.defaultTimezone")?,
            })
        }
        _ => Err(type_error(
            env,
            "The \"options\" argument must be an object, null or undefined".to_owned(),
        )),
    }
}

fn map_all(
    input: &str,
    options: &MappingOptions,
) -> Vec<std::result::Result<FhirMapping, Hl7Error>> {
    hl7v2::parse_many(input)
        .into_iter()
        .map(|m| m.and_then(|m| hl7v2::to_fhir(&m, options)))
        .collect()
}

/// Maps one message to a FHIR R4 `collection` Bundle (HL7 v2-to-FHIR segment
/// maps: PID→Patient, PV1→Encounter, DG1→Condition, AL1→AllergyIntolerance,
/// OBR→DiagnosticReport, OBX→Observation). `options.defaultTimezone`
/// (`"+05:00"`, `"Z"`) completes timestamps sent without a zone; without it
/// they are reported in `unmapped` rather than guessed.
#[napi(
    namespace = "hl7",
    ts_args_type = "message: string, options?: { defaultTimezone?: string | null } | null"
)]
pub fn to_fhir(env: &Env, message: Unknown<'_>, options: Option<Unknown<'_>>) -> Result<JsMapping> {
    let message = args::string(env, &message, "message")?;
    let options = mapping_options(env, options.as_ref())?;
    guarded(env, || {
        hl7v2::parse(&message).and_then(|m| hl7v2::to_fhir(&m, &options))
    })?
    .map(js_mapping)
    .map_err(|e| hl7_error(env, &e))
}

/// Maps every message of an input (a batch/file or messages one after
/// another), each on its own: one bad message does not sink the others.
#[napi(
    namespace = "hl7",
    ts_args_type = "input: string, options?: { defaultTimezone?: string | null } | null"
)]
pub fn to_fhir_many(
    env: &Env,
    input: Unknown<'_>,
    options: Option<Unknown<'_>>,
) -> Result<Vec<JsMappingResult>> {
    let input = args::string(env, &input, "input")?;
    let options = mapping_options(env, options.as_ref())?;
    guarded(env, || {
        map_all(&input, &options)
            .into_iter()
            .map(js_mapping_result)
            .collect()
    })
}

/// Like `toFhirMany`, on the libuv thread pool (results handed over in
/// chunks between event-loop turns): for a day's feed file in a server.
#[napi(
    namespace = "hl7",
    ts_args_type = "input: string, options?: { defaultTimezone?: string | null } | null",
    ts_return_type = "Promise<Hl7FhirResult[]>"
)]
pub fn to_fhir_many_async<'env>(
    env: &'env Env,
    input: Unknown<'_>,
    options: Option<Unknown<'_>>,
) -> Result<Object<'env>> {
    let input = args::string(env, &input, "input")?;
    let options = mapping_options(env, options.as_ref())?;
    batch::spawn(env, move || map_all(&input, &options), js_mapping_result)
}

fn bytes(env: &Env, value: &Unknown<'_>, name: &str) -> Result<Vec<u8>> {
    if value.get_type()? == ValueType::String {
        return Ok(args::string(env, value, name)?.into_bytes());
    }
    if value.is_buffer()? || value.is_typedarray()? {
        // SAFETY: checked to be a Buffer or a typed array just above.
        let buffer = unsafe { value.cast::<Buffer>()? };
        return Ok(buffer.to_vec());
    }
    Err(type_error(
        env,
        format!("The \"{name}\" argument must be a string or a Buffer"),
    ))
}

/// Frames a message for MLLP (`<VT> message <FS><CR>`, HL7 v2 appendix C).
#[napi(namespace = "hl7", ts_args_type = "message: string | Uint8Array")]
pub fn mllp_encode(env: &Env, message: Unknown<'_>) -> Result<Buffer> {
    let payload = bytes(env, &message, "message")?;
    Ok(mllp::encode(&payload).into())
}

/// An MLLP stream decoder for a TCP socket: `push` each chunk the socket
/// delivers and get the complete messages' payloads back.
#[napi(namespace = "hl7")]
pub struct MllpDecoder {
    inner: mllp::Decoder,
}

#[napi(namespace = "hl7")]
impl MllpDecoder {
    /// A decoder; `maxFrame` bounds one message's size in bytes (default 16 MiB).
    #[napi(constructor)]
    pub fn new(max_frame: Option<u32>) -> Self {
        MllpDecoder {
            inner: match max_frame {
                Some(max) => mllp::Decoder::with_max_frame(max as usize),
                None => mllp::Decoder::new(),
            },
        }
    }

    /// Adds bytes and returns the payloads of the frames they complete.
    /// Throws `HL7_MLLP_FRAMING` (or `HL7_LIMIT_EXCEEDED`) for bytes outside
    /// a frame or an oversized frame; the buffer is cleared then.
    #[napi(ts_args_type = "chunk: Uint8Array")]
    pub fn push(&mut self, env: Env, chunk: Unknown<'_>) -> Result<Vec<Buffer>> {
        let chunk = bytes(&env, &chunk, "chunk")?;
        let frames = guarded(&env, || self.inner.push(&chunk))?.map_err(|e| hl7_error(&env, &e))?;
        Ok(frames.into_iter().map(Buffer::from).collect())
    }

    /// Bytes held for an incomplete frame.
    #[napi(getter)]
    pub fn pending(&self) -> u32 {
        u32::try_from(self.inner.pending()).unwrap_or(u32::MAX)
    }
}
