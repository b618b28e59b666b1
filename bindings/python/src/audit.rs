//! `himcore.audit`: the tamper-evident access and disclosure log
//! (`himcore::audit`), and `himcore.roi`: release of information
//! (`himcore::roi`).
//!
//! The core does no I/O: `AuditLog.append` returns the bytes of the line to
//! write (append them to your store, then keep the receipt), and `verify`
//! reads the bytes of a whole log. Keys are `bytes` (at least 32) or hex
//! `str`; they are handed to the core and never kept in a Python object,
//! shown in a `repr` or put in an error message.

use chrono::NaiveDate;
use himcore::audit::{self as core, AuditEntry, AuditKey, SigningKey, VerifyingKey};
use himcore::roi::{self, RoiRequest};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString};

use crate::consent::ConsentEngine;
use crate::convert::{date_arg, json_text, serde_to_py};
use crate::errors::{core_error, guard, guard_detached};

/// An audit key from `bytes` (raw) or `str` (hex).
fn key_arg(py: Python<'_>, key: &Bound<'_, PyAny>) -> PyResult<AuditKey> {
    if let Ok(b) = key.cast::<PyBytes>() {
        return AuditKey::from_bytes(b.as_bytes()).map_err(|e| core_error(py, &e));
    }
    if key.is_instance_of::<PyString>() {
        let text: String = key.extract()?;
        return AuditKey::from_hex(&text).map_err(|e| core_error(py, &e));
    }
    Err(PyTypeError::new_err(
        "an audit key is bytes (at least 32) or a hex str",
    ))
}

fn log_bytes(log: &Bound<'_, PyAny>) -> PyResult<Vec<u8>> {
    if let Ok(b) = log.cast::<PyBytes>() {
        return Ok(b.as_bytes().to_vec());
    }
    if log.is_instance_of::<PyString>() {
        return Ok(log.extract::<String>()?.into_bytes());
    }
    Err(PyTypeError::new_err(
        "an audit log is bytes or str (its JSON lines)",
    ))
}

fn entry_arg(py: Python<'_>, entry: &Bound<'_, PyAny>) -> PyResult<AuditEntry> {
    AuditEntry::from_json(&json_text(entry)?).map_err(|e| core_error(py, &e))
}

/// What `verify` found.
#[pyclass(module = "himcore.audit", frozen)]
pub(crate) struct VerifyReport {
    inner: core::VerifyReport,
}

#[pymethods]
impl VerifyReport {
    /// True when nothing was found wrong.
    #[getter]
    fn ok(&self) -> bool {
        self.inner.ok
    }
    /// `"hmac"` (with the key) or `"hash-chain-and-signatures"`.
    #[getter]
    fn mode(&self) -> &'static str {
        self.inner.mode
    }
    /// The last sequence number read.
    #[getter]
    fn last_seq(&self) -> u64 {
        self.inner.last_seq
    }
    /// The last entry's hash: compare with the last receipt you kept.
    #[getter]
    fn last_hash(&self) -> Option<&str> {
        self.inner.last_hash.as_deref()
    }
    /// Entries after the last checkpoint, protected by the hash chain only
    /// when verifying without the key.
    #[getter]
    fn unprotected_tail(&self) -> u64 {
        self.inner.unprotected_tail
    }
    /// Bytes of whole, verified lines.
    #[getter]
    fn valid_len(&self) -> usize {
        self.inner.valid_len
    }
    /// Each problem: `{"kind", "line", "seq"?, "message"}` (kinds `changed`,
    /// `removed`, `inserted`, `reordered`, `torn`, ...).
    #[getter]
    fn problems<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, &self.inner.problems)
    }
    /// The core's JSON shape.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, &self.inner)
    }
    fn __repr__(&self) -> String {
        format!(
            "VerifyReport(ok={}, mode='{}', entries={}, last_seq={}, problems={})",
            if self.inner.ok { "True" } else { "False" },
            self.inner.mode,
            self.inner.entries,
            self.inner.last_seq,
            self.inner.problems.len()
        )
    }
}

/// Verify a whole log (`bytes` or `str`). With `key`, every line's HMAC is
/// checked; without it, the hash chain and the checkpoint signatures
/// (against `trusted` Ed25519 public keys, hex, when given).
#[pyfunction]
#[pyo3(signature = (log, key = None, trusted = None))]
fn verify(
    py: Python<'_>,
    log: &Bound<'_, PyAny>,
    key: Option<&Bound<'_, PyAny>>,
    trusted: Option<Vec<String>>,
) -> PyResult<VerifyReport> {
    let bytes = log_bytes(log)?;
    let key = match key {
        Some(k) if !k.is_none() => Some(key_arg(py, k)?),
        _ => None,
    };
    let trusted = trusted
        .unwrap_or_default()
        .iter()
        .map(|t| VerifyingKey::from_hex(t).map_err(|e| core_error(py, &e)))
        .collect::<PyResult<Vec<_>>>()?;
    let inner = guard_detached(py, || core::verify(&bytes, key.as_ref(), &trusted))?;
    Ok(VerifyReport { inner })
}

/// The entries of a log that verifies with `key`, as `(seq, entry dict)`.
/// Raises `AuditError` (`AUDIT_TAMPERED`) when it does not verify.
#[pyfunction]
fn read_entries<'py>(
    py: Python<'py>,
    log: &Bound<'py, PyAny>,
    key: &Bound<'py, PyAny>,
) -> PyResult<Vec<(u64, Bound<'py, PyAny>)>> {
    let bytes = log_bytes(log)?;
    let key = key_arg(py, key)?;
    let entries =
        guard_detached(py, || core::read_entries(&bytes, &key))?.map_err(|e| core_error(py, &e))?;
    entries
        .iter()
        .map(|(seq, e)| Ok((*seq, serde_to_py(py, e)?)))
        .collect()
}

/// The accounting of disclosures (45 CFR 164.528) of `patient` for the six
/// years up to `as_of`, from a log that verifies with `key`.
#[pyfunction]
fn accounting<'py>(
    py: Python<'py>,
    log: &Bound<'py, PyAny>,
    key: &Bound<'py, PyAny>,
    patient: &str,
    as_of: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let as_of: NaiveDate =
        date_arg(Some(as_of))?.ok_or_else(|| PyTypeError::new_err("as_of is required"))?;
    let bytes = log_bytes(log)?;
    let key = key_arg(py, key)?;
    let entries =
        guard_detached(py, || core::read_entries(&bytes, &key))?.map_err(|e| core_error(py, &e))?;
    let result = guard(py, || core::accounting(&entries, patient, as_of))?
        .map_err(|e| core_error(py, &e))?;
    serde_to_py(py, &result)
}

/// An audit entry as a FHIR R4 AuditEvent (dict).
#[pyfunction]
fn to_fhir_audit_event<'py>(
    py: Python<'py>,
    entry: &Bound<'py, PyAny>,
    seq: u64,
) -> PyResult<Bound<'py, PyAny>> {
    let entry = entry_arg(py, entry)?;
    serde_to_py(py, &entry.to_fhir_audit_event(seq))
}

/// A writer of the log: holds the chain state and the keys.
#[pyclass(module = "himcore.audit")]
pub(crate) struct AuditLog {
    inner: core::AuditLog,
}

fn signer_arg(py: Python<'_>, signing_key: Option<&[u8]>) -> PyResult<Option<SigningKey>> {
    signing_key
        .map(|der| SigningKey::from_pkcs8(der).map_err(|e| core_error(py, &e)))
        .transpose()
}

#[pymethods]
impl AuditLog {
    /// Start a new log. `key`: the HMAC key (bytes, or hex str);
    /// `signing_key`: an Ed25519 PKCS#8 key (bytes) for checkpoints;
    /// `checkpoint_every`: entries between checkpoints.
    #[new]
    #[pyo3(signature = (key, *, signing_key = None, checkpoint_every = None))]
    fn new(
        py: Python<'_>,
        key: &Bound<'_, PyAny>,
        signing_key: Option<&[u8]>,
        checkpoint_every: Option<u64>,
    ) -> PyResult<Self> {
        let key = key_arg(py, key)?;
        let mut inner = core::AuditLog::new(key, signer_arg(py, signing_key)?);
        if let Some(n) = checkpoint_every {
            inner = inner.with_checkpoint_every(n);
        }
        Ok(AuditLog { inner })
    }

    /// Pick up an existing log (bytes): verifies it and tolerates only a torn
    /// last line. Returns `(AuditLog, recovery dict)`; truncate your store to
    /// `recovery["valid_len"]` bytes before appending.
    #[staticmethod]
    #[pyo3(signature = (log, key, *, signing_key = None))]
    fn resume<'py>(
        py: Python<'py>,
        log: &Bound<'py, PyAny>,
        key: &Bound<'py, PyAny>,
        signing_key: Option<&[u8]>,
    ) -> PyResult<(AuditLog, Bound<'py, PyAny>)> {
        let bytes = log_bytes(log)?;
        let key = key_arg(py, key)?;
        let signer = signer_arg(py, signing_key)?;
        let (inner, recovery) = guard_detached(py, || core::AuditLog::resume(&bytes, key, signer))?
            .map_err(|e| core_error(py, &e))?;
        Ok((AuditLog { inner }, serde_to_py(py, &recovery)?))
    }

    /// The sequence number the next entry gets.
    #[getter]
    fn next_seq(&self) -> u64 {
        self.inner.next_seq()
    }

    /// Append an entry (dict or JSON text). Returns `(bytes to append to the
    /// store, receipt dict {"seq", "hash", "checkpoint"?})`.
    fn append<'py>(
        &mut self,
        py: Python<'py>,
        entry: &Bound<'py, PyAny>,
    ) -> PyResult<(Bound<'py, PyBytes>, Bound<'py, PyAny>)> {
        let entry = entry_arg(py, entry)?;
        let mut out = Vec::new();
        let receipt =
            guard(py, || self.inner.append(&mut out, &entry))?.map_err(|e| core_error(py, &e))?;
        Ok((PyBytes::new(py, &out), serde_to_py(py, &receipt)?))
    }

    /// Write a signed checkpoint now (`time`: RFC 3339). Returns `(bytes,
    /// receipt dict)`.
    fn checkpoint<'py>(
        &mut self,
        py: Python<'py>,
        time: &str,
    ) -> PyResult<(Bound<'py, PyBytes>, Bound<'py, PyAny>)> {
        let mut out = Vec::new();
        let receipt =
            guard(py, || self.inner.checkpoint(&mut out, time))?.map_err(|e| core_error(py, &e))?;
        Ok((PyBytes::new(py, &out), serde_to_py(py, &receipt)?))
    }

    fn __repr__(&self) -> String {
        // Never the keys.
        format!("AuditLog(next_seq={})", self.inner.next_seq())
    }
}

/// The result of a release of information.
#[pyclass(module = "himcore.roi", frozen)]
pub(crate) struct Release {
    inner: roi::Release,
}

#[pymethods]
impl Release {
    /// The request's id.
    #[getter]
    fn request_id(&self) -> &str {
        &self.inner.request_id
    }
    /// The Bundle to release (dict).
    #[getter]
    fn bundle<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, &self.inner.bundle)
    }
    /// References of the released resources.
    #[getter]
    fn released(&self) -> Vec<String> {
        self.inner.released.clone()
    }
    /// What was withheld and why.
    #[getter]
    fn withheld<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, &self.inner.withheld)
    }
    /// Requested items not in the record.
    #[getter]
    fn not_found(&self) -> Vec<String> {
        self.inner.not_found.clone()
    }
    /// Obligations of the permits.
    #[getter]
    fn obligations<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, &self.inner.obligations)
    }
    /// The disclosure entry for the audit log (dict).
    #[getter]
    fn audit_entry<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, &self.inner.audit_entry)
    }
    /// The core's JSON shape.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, &self.inner)
    }
    fn __repr__(&self) -> String {
        format!(
            "Release(request_id={:?}, released={}, withheld={}, not_found={})",
            self.inner.request_id,
            self.inner.released.len(),
            self.inner.withheld.len(),
            self.inner.not_found.len()
        )
    }
}

fn roi_inputs(
    py: Python<'_>,
    record: &Bound<'_, PyAny>,
    request: &Bound<'_, PyAny>,
) -> PyResult<(serde_json::Value, RoiRequest)> {
    let record: serde_json::Value = serde_json::from_str(&json_text(record)?).map_err(|e| {
        core_error(
            py,
            &roi::RoiError::InvalidRequest(format!("record is not JSON: {e}")),
        )
    })?;
    let request = RoiRequest::from_json(&json_text(request)?).map_err(|e| core_error(py, &e))?;
    Ok((record, request))
}

/// Release of information: minimum necessary, then consent and policy
/// (`engine`, a `himcore.consent.ConsentEngine`), then the disclosure entry
/// for the audit log. `record` is the patient's Bundle, `request` the
/// release request (dicts or JSON texts).
#[pyfunction]
fn release(
    py: Python<'_>,
    engine: PyRef<'_, ConsentEngine>,
    record: &Bound<'_, PyAny>,
    request: &Bound<'_, PyAny>,
) -> PyResult<Release> {
    let (record, request) = roi_inputs(py, record, request)?;
    let inner = guard(py, || roi::release(engine.core(), &record, &request))?
        .map_err(|e| core_error(py, &e))?;
    Ok(Release { inner })
}

/// `release`, then append its disclosure entry to `log`. Returns
/// `(Release, bytes to append to the store, receipt dict)`.
#[pyfunction]
fn release_and_record<'py>(
    py: Python<'py>,
    engine: PyRef<'py, ConsentEngine>,
    record: &Bound<'py, PyAny>,
    request: &Bound<'py, PyAny>,
    mut log: PyRefMut<'py, AuditLog>,
) -> PyResult<(Release, Bound<'py, PyBytes>, Bound<'py, PyAny>)> {
    let (record, request) = roi_inputs(py, record, request)?;
    let mut out = Vec::new();
    let (inner, receipt) = guard(py, || {
        roi::release_and_record(engine.core(), &record, &request, &mut log.inner, &mut out)
    })?
    .map_err(|e| core_error(py, &e))?;
    Ok((
        Release { inner },
        PyBytes::new(py, &out),
        serde_to_py(py, &receipt)?,
    ))
}

/// Register `himcore._himcore.audit` and `himcore._himcore.roi`.
pub(crate) fn register(parent: &Bound<'_, PyModule>) -> PyResult<()> {
    let m = PyModule::new(parent.py(), "audit")?;
    m.add_class::<AuditLog>()?;
    m.add_class::<VerifyReport>()?;
    m.add_function(wrap_pyfunction!(verify, &m)?)?;
    m.add_function(wrap_pyfunction!(read_entries, &m)?)?;
    m.add_function(wrap_pyfunction!(accounting, &m)?)?;
    m.add_function(wrap_pyfunction!(to_fhir_audit_event, &m)?)?;
    parent.add_submodule(&m)?;
    let r = PyModule::new(parent.py(), "roi")?;
    r.add_class::<Release>()?;
    r.add_function(wrap_pyfunction!(release, &r)?)?;
    r.add_function(wrap_pyfunction!(release_and_record, &r)?)?;
    parent.add_submodule(&r)
}
