//! `himcore.hl7`: HL7 v2.x messages (`himcore::hl7v2`): parse, query by
//! path, map to FHIR R4, acknowledge.
//!
//! Messages are ER7 text (`str`); segments may end in CR, LF or CRLF as the
//! core accepts. A malformed message raises `Hl7Error`, whose `.segment` and
//! `.field` (1-based, `None` when not known) say where.

use himcore::hl7v2::{self as core, AckOptions, Hl7Error as CoreError, MappingOptions};
use himcore::ErrorCode;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};
use rayon::prelude::*;

use crate::convert::{repr_str, serde_to_py, OnError};
use crate::errors::{guard, guard_detached, raise_class};

/// An `Hl7Error` with where it happened.
fn hl7_error(py: Python<'_>, err: &CoreError, prefix: &str) -> PyErr {
    let kwargs = PyDict::new(py);
    let set = kwargs
        .set_item("segment", err.segment())
        .and_then(|()| kwargs.set_item("field", err.field()));
    if let Err(e) = set {
        return e;
    }
    raise_class(
        py,
        "Hl7Error",
        err.code(),
        &format!("{prefix}{err}"),
        Some(&kwargs),
    )
}

/// One parsed HL7 v2 message.
#[pyclass(module = "himcore.hl7", frozen)]
pub(crate) struct Message {
    text: String,
    segments: Vec<String>,
    message_type: (String, String, String),
    control_id: Option<String>,
    version: Option<String>,
}

impl Message {
    fn parse(py: Python<'_>, text: String) -> PyResult<Self> {
        let parsed = guard(py, || {
            core::parse(&text).map(|m| {
                let (code, event, structure) = m.message_type();
                (
                    m.segments()
                        .map(|s| s.name().to_owned())
                        .collect::<Vec<_>>(),
                    (
                        code.into_owned(),
                        event.into_owned(),
                        structure.into_owned(),
                    ),
                    m.control_id().map(|c| c.into_owned()),
                    m.version().map(|v| v.into_owned()),
                )
            })
        })?
        .map_err(|e| hl7_error(py, &e, ""))?;
        let (segments, message_type, control_id, version) = parsed;
        Ok(Message {
            text,
            segments,
            message_type,
            control_id,
            version,
        })
    }
}

#[pymethods]
impl Message {
    /// Parse one ER7 message; raises `Hl7Error` when it is malformed.
    #[new]
    fn new(py: Python<'_>, text: String) -> PyResult<Self> {
        Message::parse(py, text)
    }

    /// Segment names in order (`["MSH", "PID", ...]`).
    #[getter]
    fn segments(&self) -> Vec<String> {
        self.segments.clone()
    }

    /// MSH-9 as `(message code, trigger event, structure)`, e.g. `("ADT", "A01", "ADT_A01")`.
    #[getter]
    fn message_type(&self) -> (String, String, String) {
        self.message_type.clone()
    }

    /// MSH-10, the message control id.
    #[getter]
    fn control_id(&self) -> Option<&str> {
        self.control_id.as_deref()
    }

    /// MSH-12, the version.
    #[getter]
    fn version(&self) -> Option<&str> {
        self.version.as_deref()
    }

    /// The ER7 text as given.
    #[getter]
    fn text(&self) -> &str {
        &self.text
    }

    /// The decoded value at a path (`"PID-5-1"`, `"PID-3(2)-1"`,
    /// `"OBX(2)-5"`), or `None` when absent or empty. A malformed path raises
    /// `Hl7Error`.
    fn get(&self, py: Python<'_>, path: &str) -> PyResult<Option<String>> {
        guard(py, || {
            core::parse(&self.text).and_then(|m| m.get(path).map(|v| v.map(|c| c.into_owned())))
        })?
        .map_err(|e| hl7_error(py, &e, ""))
    }

    /// Map to FHIR R4: `{"bundle": {...}, "unmapped": [{"path", "reason"}]}`
    /// (ADT A01/A03/A04/A08 and ORU R01; another type raises `Hl7Error`).
    #[pyo3(signature = (*, default_timezone = None))]
    fn to_fhir<'py>(
        &self,
        py: Python<'py>,
        default_timezone: Option<String>,
    ) -> PyResult<Bound<'py, PyAny>> {
        to_fhir(py, &self.text, default_timezone)
    }

    fn __len__(&self) -> usize {
        self.segments.len()
    }

    fn __repr__(&self) -> String {
        format!(
            "Message(type={}, control_id={}, segments={})",
            repr_str(&format!("{}^{}", self.message_type.0, self.message_type.1)),
            self.control_id
                .as_deref()
                .map_or_else(|| "None".to_owned(), repr_str),
            self.segments.len()
        )
    }
}

/// Parse one ER7 message.
#[pyfunction]
fn parse(py: Python<'_>, message: String) -> PyResult<Message> {
    Message::parse(py, message)
}

/// Parse a message and read paths in one call: `{"segments",
/// "segment_terminator", "values": {path: value or None}}`.
#[pyfunction]
fn query<'py>(py: Python<'py>, message: &str, paths: Vec<String>) -> PyResult<Bound<'py, PyAny>> {
    let refs: Vec<&str> = paths.iter().map(String::as_str).collect();
    let result = guard(py, || core::query(message, &refs))?.map_err(|e| hl7_error(py, &e, ""))?;
    serde_to_py(py, &result)
}

fn to_fhir<'py>(
    py: Python<'py>,
    message: &str,
    default_timezone: Option<String>,
) -> PyResult<Bound<'py, PyAny>> {
    let opts = MappingOptions { default_timezone };
    let mapping = guard(py, || {
        core::parse(message).and_then(|m| core::to_fhir(&m, &opts))
    })?
    .map_err(|e| hl7_error(py, &e, ""))?;
    serde_to_py(py, &mapping)
}

/// Map one message to FHIR R4 (see `Message.to_fhir`).
#[pyfunction]
#[pyo3(name = "to_fhir", signature = (message, *, default_timezone = None))]
fn to_fhir_fn<'py>(
    py: Python<'py>,
    message: &str,
    default_timezone: Option<String>,
) -> PyResult<Bound<'py, PyAny>> {
    to_fhir(py, message, default_timezone)
}

/// Map many messages in one call. `messages` is a sequence of ER7 texts, or
/// one `str` holding a feed or batch (split like the CLI does). The GIL is
/// released; `parallel=True` uses all cores. A message that cannot be mapped
/// raises (`errors="raise"`, the message names its index) or leaves its
/// `Hl7Error` in its place (`errors="return"`).
#[pyfunction]
#[pyo3(signature = (messages, *, default_timezone = None, parallel = false, errors = "raise"))]
fn to_fhir_many<'py>(
    py: Python<'py>,
    messages: &Bound<'py, PyAny>,
    default_timezone: Option<String>,
    parallel: bool,
    errors: &str,
) -> PyResult<Bound<'py, PyList>> {
    let on_error = OnError::from_arg(errors)?;
    let texts: Vec<String> = if messages.is_instance_of::<PyString>() {
        let feed: String = messages.extract()?;
        core::split_messages(&feed)
            .into_iter()
            .map(str::to_owned)
            .collect()
    } else {
        messages
            .try_iter()?
            .map(|m| m?.extract::<String>())
            .collect::<PyResult<_>>()?
    };
    let opts = MappingOptions { default_timezone };
    let results = guard_detached(py, || {
        let one = |t: &String| core::parse(t).and_then(|m| core::to_fhir(&m, &opts));
        if parallel {
            texts.par_iter().map(one).collect::<Vec<_>>()
        } else {
            texts.iter().map(one).collect::<Vec<_>>()
        }
    })?;
    let out = PyList::empty(py);
    for (i, result) in results.iter().enumerate() {
        match result {
            Ok(mapping) => out.append(serde_to_py(py, mapping)?)?,
            Err(e) => {
                let err = hl7_error(py, e, &format!("messages[{i}]: "));
                match on_error {
                    OnError::Raise => return Err(err),
                    OnError::Return => out.append(err.into_value(py))?,
                }
            }
        }
    }
    Ok(out)
}

/// The acknowledgment of a message as `(code, ack ER7 text)`: `"AA"` for a
/// message that parses, `"AE"`/`"AR"` with ERR segments otherwise.
#[pyfunction]
#[pyo3(signature = (message, *, control_id, timestamp, sending_application = None, sending_facility = None))]
fn ack<'py>(
    py: Python<'py>,
    message: &str,
    control_id: String,
    timestamp: String,
    sending_application: Option<String>,
    sending_facility: Option<String>,
) -> PyResult<(Bound<'py, PyAny>, String)> {
    let opts = AckOptions {
        control_id,
        timestamp,
        sending_application,
        sending_facility,
    };
    let (code, text, _) = guard(py, || core::ack_input(message, &opts))?;
    Ok((serde_to_py(py, &code)?, text))
}

/// The ER7 text of each message of a feed or batch.
#[pyfunction]
fn split_messages(text: &str) -> Vec<String> {
    core::split_messages(text)
        .into_iter()
        .map(str::to_owned)
        .collect()
}

/// Register `himcore._himcore.hl7`.
pub(crate) fn register(parent: &Bound<'_, PyModule>) -> PyResult<()> {
    let m = PyModule::new(parent.py(), "hl7")?;
    m.add_class::<Message>()?;
    m.add_function(wrap_pyfunction!(parse, &m)?)?;
    m.add_function(wrap_pyfunction!(query, &m)?)?;
    m.add_function(wrap_pyfunction!(to_fhir_fn, &m)?)?;
    m.add_function(wrap_pyfunction!(to_fhir_many, &m)?)?;
    m.add_function(wrap_pyfunction!(ack, &m)?)?;
    m.add_function(wrap_pyfunction!(split_messages, &m)?)?;
    parent.add_submodule(&m)
}
