//! The `audit` and `roi` namespaces: the doors of `himcore::audit` (a
//! tamper-evident, hash-chained and HMAC-keyed access and disclosure log with
//! Ed25519-signed checkpoints) and `himcore::roi` (release of information and
//! the accounting of disclosures, 45 CFR 164.528).
//!
//! The core does no I/O, and neither does this door: `AuditLog.append`
//! returns the text to append to the log's storage, and `verify` reads a log
//! given as text or bytes. Keys come in as hex strings or bytes and never
//! appear in results, errors or `util.inspect` output.

use himcore::audit::{
    self, AuditEntry, AuditError, AuditKey, AuditLog as CoreLog, Receipt, SigningKey, VerifyReport,
    VerifyingKey,
};
use himcore::roi::{self, RoiError, RoiRequest};
use himcore::ErrorCode;
use napi::bindgen_prelude::{Buffer, ClassInstance, JavaScriptClassExt, Unknown};
use napi::{Env, JsValue, Result, ValueType};
use napi_derive::napi;

use crate::args;
use crate::consent::ConsentEngine;
use crate::errors::{guarded, him_error, type_error};

/// One problem found by `verify`, and where.
#[napi(object, js_name = "AuditProblem", use_nullable = true)]
pub struct JsProblem {
    /// `malformed`, `changed`, `removed`, `inserted`, `reordered`,
    /// `bad_signature`, `untrusted_key` or `torn` (a last line cut short).
    pub kind: String,
    /// 1-based line number in the log.
    pub line: u32,
    /// The sequence number concerned, where known.
    pub seq: Option<f64>,
    /// What was found.
    pub message: String,
}

/// What `verify` found.
#[napi(object, js_name = "AuditVerifyReport", use_nullable = true)]
pub struct JsVerifyReport {
    /// No problem found.
    pub ok: bool,
    /// Whether MACs were checked (key given) or only the hash chain and
    /// checkpoint signatures.
    pub mode: String,
    /// Lines read.
    pub lines: f64,
    /// Entries read.
    pub entries: f64,
    /// Checkpoints read.
    pub checkpoints: f64,
    /// Sequence number of the last entry (compare with your last receipt:
    /// entries cut off the end after the last checkpoint are otherwise invisible).
    pub last_seq: f64,
    /// Hash of the last entry.
    pub last_hash: Option<String>,
    /// Sequence number covered by the last checkpoint.
    pub last_checkpoint_seq: Option<f64>,
    /// Entries after the last checkpoint (protected by the hash chain only
    /// when no key is given).
    pub unprotected_tail: f64,
    /// Length in bytes of the part of the log that verifies.
    pub valid_len: f64,
    /// Every problem, in log order.
    pub problems: Vec<JsProblem>,
}

// Counts and sequence numbers are u64 in the core; JavaScript numbers hold
// them exactly up to 2^53, far beyond any log.
#[allow(clippy::cast_precision_loss)]
fn num(n: u64) -> f64 {
    n as f64
}

impl From<VerifyReport> for JsVerifyReport {
    fn from(r: VerifyReport) -> Self {
        JsVerifyReport {
            ok: r.ok,
            mode: r.mode.to_owned(),
            lines: num(r.lines),
            entries: num(r.entries),
            checkpoints: num(r.checkpoints),
            last_seq: num(r.last_seq),
            last_hash: r.last_hash,
            last_checkpoint_seq: r.last_checkpoint_seq.map(num),
            unprotected_tail: num(r.unprotected_tail),
            valid_len: num(r.valid_len as u64),
            problems: r
                .problems
                .into_iter()
                .map(|p| JsProblem {
                    kind: serde_json::to_value(p.kind)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_owned))
                        .unwrap_or_default(),
                    line: u32::try_from(p.line).unwrap_or(u32::MAX),
                    seq: p.seq.map(num),
                    message: p.message,
                })
                .collect(),
        }
    }
}

/// Proof that an entry (or checkpoint) was appended: keep the last one to
/// detect entries cut off the end of the log.
#[napi(object, js_name = "AuditReceipt", use_nullable = true)]
pub struct JsReceipt {
    /// Sequence number.
    pub seq: f64,
    /// Its chain hash (hex).
    pub hash: String,
    /// The checkpoint written with it, if one was due.
    pub checkpoint: Option<f64>,
}

impl From<Receipt> for JsReceipt {
    fn from(r: Receipt) -> Self {
        JsReceipt {
            seq: num(r.seq),
            hash: r.hash,
            checkpoint: r.checkpoint.map(num),
        }
    }
}

/// What `AuditLog.append` and `checkpoint` return.
#[napi(object, js_name = "AuditAppend")]
pub struct JsAppend {
    /// The text to append to the log's storage, as is (one or more lines,
    /// each ending in a newline). Nothing is written by himcore.
    pub text: String,
    /// The receipt.
    pub receipt: JsReceipt,
}

/// What `AuditLog.resume` found at the end of the stored log.
#[napi(object, js_name = "AuditRecovery")]
pub struct JsRecovery {
    /// Bytes of the stored log that verify: truncate the storage to this
    /// length before appending when `tornBytes` is not 0.
    pub valid_len: f64,
    /// Bytes of a last line cut short (a crash mid-append), to drop.
    pub torn_bytes: f64,
    /// Lines read.
    pub lines: f64,
    /// Sequence number of the last entry.
    pub last_seq: f64,
}

/// The `HimError` for an [`AuditError`]; for `AUDIT_TAMPERED`, `details` is
/// the verification report.
pub(crate) fn audit_error(env: &Env, error: &AuditError) -> napi::Error {
    let details = match error {
        AuditError::Tampered(report) => serde_json::to_value(report.as_ref()).ok(),
        _ => None,
    };
    him_error(env, error.code(), &error.to_string(), details.as_ref())
}

fn roi_error(env: &Env, error: &RoiError) -> napi::Error {
    match error {
        RoiError::Audit(e) => audit_error(env, e),
        _ => him_error(env, error.code(), &error.to_string(), None),
    }
}

/// Bytes from a string (as UTF-8 text, or hex when `hex`) or a Buffer / Uint8Array.
fn bytes_arg(env: &Env, value: &Unknown<'_>, name: &str) -> Result<Vec<u8>> {
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

/// The HMAC key: hex text or raw bytes.
fn key_arg(env: &Env, value: &Unknown<'_>, name: &str) -> Result<AuditKey> {
    let key = if value.get_type()? == ValueType::String {
        AuditKey::from_hex(&args::string(env, value, name)?)
    } else {
        AuditKey::from_bytes(&bytes_arg(env, value, name)?)
    };
    key.map_err(|e| audit_error(env, &e))
}

fn optional_key(env: &Env, value: Option<&Unknown<'_>>, name: &str) -> Result<Option<AuditKey>> {
    match value {
        Some(v) if !args::is_nullish(v)? => key_arg(env, v, name).map(Some),
        _ => Ok(None),
    }
}

fn signer_arg(env: &Env, value: Option<&Unknown<'_>>) -> Result<Option<SigningKey>> {
    match value {
        Some(v) if !args::is_nullish(v)? => {
            let der = bytes_arg(env, v, "signingKey")?;
            SigningKey::from_pkcs8(&der)
                .map(Some)
                .map_err(|e| audit_error(env, &e))
        }
        _ => Ok(None),
    }
}

/// Verifies a log (text or bytes): every entry's chain hash, every MAC when
/// `key` (the HMAC key, hex or bytes) is given, and every checkpoint's
/// Ed25519 signature (against `trustedPublicKeys`, hex, when given). Finds any
/// changed, removed, inserted or reordered entry and says where; never throws
/// for a damaged log.
#[napi(
    namespace = "audit",
    ts_args_type = "log: string | Uint8Array, key?: string | Uint8Array | null, trustedPublicKeys?: string[] | null"
)]
pub fn verify(
    env: &Env,
    log: Unknown<'_>,
    key: Option<Unknown<'_>>,
    trusted_public_keys: Option<Unknown<'_>>,
) -> Result<JsVerifyReport> {
    let log = bytes_arg(env, &log, "log")?;
    let key = optional_key(env, key.as_ref(), "key")?;
    let trusted = match trusted_public_keys.as_ref() {
        Some(v) if !args::is_nullish(v)? => args::string_array(env, v, "trustedPublicKeys")?
            .iter()
            .map(|h| VerifyingKey::from_hex(h))
            .collect::<std::result::Result<Vec<_>, _>>()
            .map_err(|e| audit_error(env, &e))?,
        _ => Vec::new(),
    };
    guarded(env, || audit::verify(&log, key.as_ref(), &trusted).into())
}

/// An append-only audit log writer: chains and authenticates each entry and
/// writes signed checkpoints. It returns the text to store; keep it in
/// append-only storage.
#[napi(namespace = "audit")]
pub struct AuditLog {
    inner: CoreLog,
    recovery: Option<JsRecoveryData>,
}

#[derive(Clone, Copy)]
struct JsRecoveryData {
    valid_len: usize,
    torn_bytes: usize,
    lines: u64,
    last_seq: u64,
}

#[napi(namespace = "audit")]
impl AuditLog {
    /// A new, empty log keyed with `key` (the HMAC key, hex or at least 32
    /// bytes). With `signingKey` (an Ed25519 PKCS#8 document, as
    /// `him audit keygen` writes), a signed checkpoint is written
    /// periodically. Throws `AUDIT_KEY_INVALID` for an unusable key (the key
    /// is never shown).
    #[napi(
        constructor,
        ts_args_type = "key: string | Uint8Array, signingKey?: Uint8Array | null"
    )]
    pub fn new(env: Env, key: Unknown<'_>, signing_key: Option<Unknown<'_>>) -> Result<Self> {
        let key = key_arg(&env, &key, "key")?;
        let signer = signer_arg(&env, signing_key.as_ref())?;
        Ok(AuditLog {
            inner: CoreLog::new(key, signer),
            recovery: None,
        })
    }

    /// Picks up a stored log: verifies every whole line with the key and
    /// tolerates only a torn last line (see `recovery`). Any other problem
    /// throws `AUDIT_TAMPERED` with the verification report as `details`:
    /// nothing is appended to a log that does not verify.
    #[napi(
        factory,
        ts_args_type = "log: string | Uint8Array, key: string | Uint8Array, signingKey?: Uint8Array | null"
    )]
    pub fn resume(
        env: Env,
        log: Unknown<'_>,
        key: Unknown<'_>,
        signing_key: Option<Unknown<'_>>,
    ) -> Result<Self> {
        let log = bytes_arg(&env, &log, "log")?;
        let key = key_arg(&env, &key, "key")?;
        let signer = signer_arg(&env, signing_key.as_ref())?;
        let (inner, recovery) = guarded(&env, || CoreLog::resume(&log, key, signer))?
            .map_err(|e| audit_error(&env, &e))?;
        Ok(AuditLog {
            inner,
            recovery: Some(JsRecoveryData {
                valid_len: recovery.valid_len,
                torn_bytes: recovery.torn_bytes,
                lines: recovery.lines,
                last_seq: recovery.last_seq,
            }),
        })
    }

    /// For a log from `resume`: what was found at the end of the stored log
    /// (truncate the storage to `validLen` when `tornBytes` is not 0); `null`
    /// for a new log.
    #[napi(getter, ts_return_type = "AuditRecovery | null")]
    pub fn recovery(&self) -> Option<JsRecovery> {
        self.recovery.map(|r| JsRecovery {
            valid_len: num(r.valid_len as u64),
            torn_bytes: num(r.torn_bytes as u64),
            lines: num(r.lines),
            last_seq: num(r.last_seq),
        })
    }

    /// The sequence number the next entry will get.
    #[napi(getter)]
    pub fn next_seq(&self) -> f64 {
        num(self.inner.next_seq())
    }

    /// Appends one entry (the core's JSON format, `docs/roi-audit.md`: time,
    /// action, actor, patient, resources, purpose, outcome, recipient,
    /// consent...) and a checkpoint when one is due. Returns the text to
    /// append to storage and the receipt. Throws `AUDIT_INVALID_ENTRY` for a
    /// malformed entry; the log's state does not advance then.
    #[napi(ts_args_type = "entry: object | string")]
    pub fn append(&mut self, env: Env, entry: Unknown<'_>) -> Result<JsAppend> {
        let text = args::json_text(&env, &entry, "entry")?;
        let entry = AuditEntry::from_json(&text).map_err(|e| audit_error(&env, &e))?;
        let mut out: Vec<u8> = Vec::new();
        let receipt = guarded(&env, || self.inner.append(&mut out, &entry))?
            .map_err(|e| audit_error(&env, &e))?;
        appended(&env, out, receipt)
    }

    /// Writes a signed checkpoint now (needs a signing key), stamped with
    /// `time` (RFC 3339).
    #[napi(ts_args_type = "time: string")]
    pub fn checkpoint(&mut self, env: Env, time: Unknown<'_>) -> Result<JsAppend> {
        let time = args::string(&env, &time, "time")?;
        let mut out: Vec<u8> = Vec::new();
        let receipt = guarded(&env, || self.inner.checkpoint(&mut out, &time))?
            .map_err(|e| audit_error(&env, &e))?;
        appended(&env, out, receipt)
    }
}

fn appended(env: &Env, out: Vec<u8>, receipt: Receipt) -> Result<JsAppend> {
    let text = String::from_utf8(out).map_err(|_| {
        him_error(
            env,
            crate::errors::INTERNAL,
            "the audit log wrote text that is not UTF-8",
            None,
        )
    })?;
    Ok(JsAppend {
        text,
        receipt: receipt.into(),
    })
}

/// One disclosure in the accounting.
#[napi(object, js_name = "AccountedDisclosure", use_nullable = true)]
pub struct JsDisclosure {
    /// The entry's sequence number in the log.
    pub seq: f64,
    /// Date of the disclosure.
    pub date: String,
    /// Who received it.
    pub recipient: String,
    /// The recipient's address, if known.
    pub recipient_address: Option<String>,
    /// What was disclosed.
    pub description: String,
    /// Why (purpose of use), if recorded.
    pub purpose: Option<String>,
    /// The resources disclosed.
    pub resources: Vec<String>,
}

/// The accounting of disclosures for one patient (45 CFR 164.528): six years
/// back from the request date, exempt disclosures left out.
#[napi(object, js_name = "Accounting")]
pub struct JsAccounting {
    /// The patient.
    pub patient: String,
    /// First day covered.
    pub from: String,
    /// Last day covered.
    pub to: String,
    /// The accountable disclosures, oldest first.
    pub disclosures: Vec<JsDisclosure>,
    /// How many disclosures were left out as exempt (treatment, payment,
    /// operations, to the patient, pursuant to an authorization...).
    pub exempt_left_out: u32,
}

/// The accounting of disclosures for `patient` as of `asOf` (the request
/// date, `YYYY-MM-DD`) from a log, verified first with `key`: a log that
/// does not verify throws `AUDIT_TAMPERED` (report in `details`).
#[napi(
    namespace = "roi",
    ts_args_type = "log: string | Uint8Array, key: string | Uint8Array, patient: string, asOf: string"
)]
pub fn accounting(
    env: &Env,
    log: Unknown<'_>,
    key: Unknown<'_>,
    patient: Unknown<'_>,
    as_of: Unknown<'_>,
) -> Result<JsAccounting> {
    let log = bytes_arg(env, &log, "log")?;
    let key = key_arg(env, &key, "key")?;
    let patient = args::string(env, &patient, "patient")?;
    let as_of = args::date(env, &as_of, "asOf")?;
    let result = guarded(env, || {
        audit::read_entries(&log, &key)
            .and_then(|entries| audit::accounting(&entries, &patient, as_of))
    })?;
    let a = result.map_err(|e| audit_error(env, &e))?;
    Ok(JsAccounting {
        patient: a.patient,
        from: a.from,
        to: a.to,
        disclosures: a
            .disclosures
            .into_iter()
            .map(|d| JsDisclosure {
                seq: num(d.seq),
                date: d.date,
                recipient: d.recipient,
                recipient_address: d.recipient_address,
                description: d.description,
                purpose: d.purpose,
                resources: d.resources,
            })
            .collect(),
        exempt_left_out: u32::try_from(a.exempt_left_out).unwrap_or(u32::MAX),
    })
}

/// The outcome of a release of information.
#[napi(object, js_name = "RoiRelease")]
pub struct JsRelease {
    /// The request's id.
    pub request_id: String,
    /// A Bundle (type `collection`) of what is released, as JSON text.
    pub bundle: String,
    /// References of the released resources.
    pub released: Vec<String>,
    /// Requested but withheld by consent or policy, with reasons.
    #[napi(ts_type = "ConsentWithheldResource[]")]
    pub withheld: Vec<crate::consent::JsWithheld>,
    /// Resources in the record that were not requested (minimum necessary).
    pub not_requested: u32,
    /// Requested items that are not in the record.
    pub not_found: Vec<String>,
    /// Obligations that come with the release.
    #[napi(ts_type = "ConsentObligation[]")]
    pub obligations: Vec<crate::consent::JsObligation>,
    /// The disclosure entry for the audit log (the core's JSON format): pass
    /// it to `AuditLog.append`.
    #[napi(ts_type = "Record<string, unknown>")]
    pub audit_entry: serde_json::Value,
}

/// Releases from `record` (a FHIR Bundle of the patient's resources) what
/// `request` asks for (minimum necessary: named items and resource types
/// only) and `engine`'s consents permit for disclosure, and builds the
/// disclosure entry for the audit log. Throws `ROI_NOTHING_REQUESTED`,
/// `ROI_INVALID_REQUEST`, `ROI_NOT_A_BUNDLE` or a `CONSENT_*` code.
#[napi(
    namespace = "roi",
    ts_args_type = "engine: consent.ConsentEngine, record: object | string, request: object | string"
)]
pub fn release(
    env: &Env,
    engine: Unknown<'_>,
    record: Unknown<'_>,
    request: Unknown<'_>,
) -> Result<JsRelease> {
    if !ConsentEngine::instance_of(env, &engine)? {
        return Err(type_error(
            env,
            "The \"engine\" argument must be a consent.ConsentEngine".to_owned(),
        ));
    }
    // SAFETY: checked to be a ConsentEngine instance just above (and the
    // conversion checks the wrapped class again).
    let engine = unsafe { engine.cast::<ClassInstance<'_, ConsentEngine>>()? };
    let record_text = args::json_text(env, &record, "record")?;
    let request_text = args::json_text(env, &request, "request")?;
    let request = RoiRequest::from_json(&request_text).map_err(|e| roi_error(env, &e))?;
    let result = guarded(env, || {
        let record: serde_json::Value =
            serde_json::from_str(&record_text).map_err(|_| RoiError::NotABundle)?;
        roi::release(&engine.inner, &record, &request)
    })?;
    let r = result.map_err(|e| roi_error(env, &e))?;
    Ok(JsRelease {
        request_id: r.request_id,
        bundle: r.bundle.to_string(),
        released: r.released,
        withheld: r
            .withheld
            .into_iter()
            .map(crate::consent::withheld_resource)
            .collect(),
        not_requested: u32::try_from(r.not_requested).unwrap_or(u32::MAX),
        not_found: r.not_found,
        obligations: r
            .obligations
            .into_iter()
            .map(crate::consent::obligation)
            .collect(),
        audit_entry: serde_json::to_value(&r.audit_entry).unwrap_or(serde_json::Value::Null),
    })
}
