//! `himcore.deid`: HIPAA Safe Harbor de-identification (`himcore::deid`) of
//! clinical free text and FHIR resources.
//!
//! Keys are `bytes` (at least the core's minimum length), handed to the core
//! and never kept in a Python object, shown in a `repr` or put in a message.
//! Engines are built once (the text engine compiles its dictionaries and
//! patterns) and shared; batch calls release the GIL and, with
//! `parallel=True`, use all cores.

use std::sync::Arc;

use himcore::deid::{
    self as core, DeidKey, DeidPolicy, ErrorMode, TextDeidentifier as CoreText, TextPolicy,
};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyList, PyString};
use rayon::prelude::*;

use arrow_array::builder::{Float64Builder, StringBuilder, UInt64Builder};
use arrow_array::{ArrayRef, LargeListArray, StructArray};
use arrow_buffer::OffsetBuffer;
use arrow_schema::{DataType, Field, Fields};
use himcore::deid::TextResult;

use crate::arrow::{self as arw, Column};
use crate::convert::{json_text, repr_str, serde_to_py, str_sequence};
use crate::errors::{core_error, guard_detached};

fn key_arg(py: Python<'_>, key: Option<&Bound<'_, PyAny>>) -> PyResult<Option<DeidKey>> {
    match key {
        None => Ok(None),
        Some(k) if k.is_none() => Ok(None),
        Some(k) => {
            let bytes = k
                .cast::<PyBytes>()
                .map_err(|_| PyTypeError::new_err("a de-identification key is bytes"))?;
            DeidKey::from_bytes(bytes.as_bytes())
                .map(Some)
                .map_err(|e| core_error(py, &e))
        }
    }
}

fn text_policy(py: Python<'_>, policy: Option<&Bound<'_, PyAny>>) -> PyResult<TextPolicy> {
    match policy {
        Some(p) if !p.is_none() => serde_json::from_str(&json_text(p)?).map_err(|e| {
            core_error(
                py,
                &core::DeidError::PolicyInvalid(format!("text policy: {e}")),
            )
        }),
        _ => Ok(TextPolicy::default()),
    }
}

/// The core's process-wide text engine (built once, on first use, with the
/// GIL released).
fn shared_text_engine(py: Python<'_>) -> PyResult<Arc<CoreText>> {
    guard_detached(py, CoreText::shared)?.map_err(|e| core_error(py, &e))
}

/// PHI detection and replacement in free text.
#[pyclass(module = "himcore.deid", frozen)]
pub(crate) struct TextDeidentifier {
    inner: Arc<CoreText>,
}

#[pymethods]
impl TextDeidentifier {
    /// Load the dictionaries and compile the patterns (do it once).
    #[new]
    fn new(py: Python<'_>) -> PyResult<Self> {
        let inner = guard_detached(py, CoreText::new)?.map_err(|e| core_error(py, &e))?;
        Ok(TextDeidentifier {
            inner: Arc::new(inner),
        })
    }

    /// PHI spans found in `text`: `[{"start", "end", "type", "confidence"}]`
    /// (character offsets).
    fn detect<'py>(&self, py: Python<'py>, text: &str) -> PyResult<Bound<'py, PyAny>> {
        let spans = guard_detached(py, || self.inner.detect(text))?;
        serde_to_py(py, &spans)
    }

    /// De-identify one text. `policy` is a dict (`{"method": "tag" | "redact"
    /// | "surrogate", "keep_types": [...], "min_age": ..., "date_shift_max_days":
    /// ...}`); `key` (bytes) is required for surrogates; `scope` names the
    /// patient or document whose dates share one shift. Returns
    /// `{"text", "spans"}`.
    #[pyo3(signature = (text, *, policy = None, key = None, scope = ""))]
    fn deidentify<'py>(
        &self,
        py: Python<'py>,
        text: &str,
        policy: Option<&Bound<'py, PyAny>>,
        key: Option<&Bound<'py, PyAny>>,
        scope: &str,
    ) -> PyResult<Bound<'py, PyAny>> {
        let policy = text_policy(py, policy)?;
        let key = key_arg(py, key)?;
        let result = guard_detached(py, || {
            self.inner.deidentify(text, &policy, key.as_ref(), scope)
        })?
        .map_err(|e| core_error(py, &e))?;
        serde_to_py(py, &result)
    }

    /// De-identify many texts in one call (GIL released; `parallel=True` uses
    /// all cores). `scopes`, when given, has one scope per text. A sequence
    /// of `str` gives a list of `{"text", "spans"}`; an Arrow column of
    /// strings (pyarrow, pandas, polars, a Spark batch) gives a
    /// `pyarrow.RecordBatch` with columns `text` and `spans` (list of
    /// `{start, end, type, confidence}`), a null text giving a null row.
    #[pyo3(signature = (texts, *, scopes = None, policy = None, key = None, parallel = false))]
    fn deidentify_many<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        scopes: Option<&Bound<'py, PyAny>>,
        policy: Option<&Bound<'py, PyAny>>,
        key: Option<&Bound<'py, PyAny>>,
        parallel: bool,
    ) -> PyResult<Bound<'py, PyAny>> {
        let policy = text_policy(py, policy)?;
        let key = key_arg(py, key)?;
        let engine = &self.inner;
        let arrow_in = arw::is_arrow_column(texts)?;
        let chunks = if arrow_in {
            arw::import_column(texts)?
        } else {
            Vec::new()
        };
        let owned = if arrow_in {
            Vec::new()
        } else {
            str_sequence(texts, "texts")?
        };
        let input: Vec<Option<&str>> = if arrow_in {
            arw::strings(&chunks)?
        } else {
            owned.iter().map(|s| Some(&**s)).collect()
        };
        let scope_chunks;
        let scopes_owned;
        let scopes: Option<Vec<Option<&str>>> = match scopes {
            Some(s) if !s.is_none() => {
                if arw::is_arrow_column(s)? {
                    scope_chunks = arw::import_column(s)?;
                    Some(arw::strings(&scope_chunks)?)
                } else {
                    scopes_owned = str_sequence(s, "scopes")?;
                    Some(scopes_owned.iter().map(|s| Some(&**s)).collect())
                }
            }
            _ => None,
        };
        if let Some(s) = &scopes {
            if s.len() != input.len() {
                return Err(PyValueError::new_err(format!(
                    "got {} scopes for {} texts",
                    s.len(),
                    input.len()
                )));
            }
        }
        let results = guard_detached(py, || {
            let one =
                |(i, t): (usize, &Option<&str>)| -> Result<Option<TextResult>, core::DeidError> {
                    let scope = scopes
                        .as_ref()
                        .and_then(|s| s.get(i).copied().flatten())
                        .unwrap_or("");
                    t.map(|t| engine.deidentify(t, &policy, key.as_ref(), scope))
                        .transpose()
                };
            if parallel {
                input
                    .par_iter()
                    .enumerate()
                    .map(one)
                    .collect::<Result<Vec<_>, _>>()
            } else {
                input
                    .iter()
                    .enumerate()
                    .map(one)
                    .collect::<Result<Vec<_>, _>>()
            }
        })?
        .map_err(|e| core_error(py, &e))?;
        if arrow_in {
            return arw::to_record_batch(py, arw::record_batch(text_results_to_columns(&results))?);
        }
        let out = PyList::empty(py);
        for r in results.iter().flatten() {
            out.append(serde_to_py(py, r)?)?;
        }
        Ok(out.into_any())
    }

    fn __repr__(&self) -> String {
        "TextDeidentifier()".to_owned()
    }
}

fn span_fields() -> Fields {
    Fields::from(vec![
        Field::new("start", DataType::UInt64, false),
        Field::new("end", DataType::UInt64, false),
        Field::new("type", DataType::Utf8, false),
        Field::new("confidence", DataType::Float64, false),
    ])
}

fn text_results_to_columns(results: &[Option<TextResult>]) -> Vec<Column> {
    let mut text = StringBuilder::new();
    let (mut start, mut end, mut kind, mut confidence) = (
        UInt64Builder::new(),
        UInt64Builder::new(),
        StringBuilder::new(),
        Float64Builder::new(),
    );
    let mut offsets: Vec<i64> = Vec::with_capacity(results.len() + 1);
    let mut valid = Vec::with_capacity(results.len());
    let mut total: i64 = 0;
    offsets.push(total);
    for r in results {
        match r {
            Some(r) => {
                text.append_value(&r.text);
                for s in &r.spans {
                    start.append_value(s.start as u64);
                    end.append_value(s.end as u64);
                    kind.append_value(s.phi_type.as_str());
                    confidence.append_value(s.confidence);
                }
                // i64 offsets (large_list): no overflow for any real batch.
                total += r.spans.len() as i64;
                valid.push(true);
            }
            None => {
                text.append_null();
                valid.push(false);
            }
        }
        offsets.push(total);
    }
    let values = StructArray::new(
        span_fields(),
        vec![
            Arc::new(start.finish()) as ArrayRef,
            Arc::new(end.finish()),
            Arc::new(kind.finish()),
            Arc::new(confidence.finish()),
        ],
        None,
    );
    let spans = LargeListArray::new(
        Arc::new(Field::new("item", DataType::Struct(span_fields()), false)),
        OffsetBuffer::new(offsets.into()),
        Arc::new(values),
        Some(valid.into()),
    );
    vec![
        ("text", Arc::new(text.finish()) as ArrayRef),
        ("spans", Arc::new(spans)),
    ]
}

/// A de-identification policy applied to FHIR resources.
#[pyclass(module = "himcore.deid", frozen)]
pub(crate) struct FhirDeidentifier {
    inner: core::FhirDeidentifier,
    policy_name: String,
}

#[pymethods]
impl FhirDeidentifier {
    /// `policy` is a preset name (`"safe-harbor"`, `"limited-data-set"`,
    /// `"pseudonymized-research"`) or a policy dict/JSON; `key` (bytes) is
    /// required by keyed methods (pseudonyms, date shifts, encryption);
    /// `reference_date` (`YYYY-MM-DD`) is the date ages are computed at
    /// (default: today); `text_engine` shares an already built
    /// `TextDeidentifier` (without one, a text engine built once per process
    /// is shared).
    #[new]
    #[pyo3(signature = (policy = None, *, key = None, reference_date = None, text_engine = None))]
    fn new(
        py: Python<'_>,
        policy: Option<&Bound<'_, PyAny>>,
        key: Option<&Bound<'_, PyAny>>,
        reference_date: Option<String>,
        text_engine: Option<PyRef<'_, TextDeidentifier>>,
    ) -> PyResult<Self> {
        let default_policy = PyString::new(py, "safe-harbor");
        let policy = match policy {
            Some(p) if !p.is_none() => p.clone(),
            _ => default_policy.into_any(),
        };
        let policy = &policy;
        let mut policy = if policy.is_instance_of::<PyString>()
            && !policy.extract::<String>()?.trim_start().starts_with('{')
        {
            DeidPolicy::preset(&policy.extract::<String>()?).map_err(|e| core_error(py, &e))?
        } else {
            DeidPolicy::from_json(json_text(policy)?.as_bytes()).map_err(|e| core_error(py, &e))?
        };
        if reference_date.is_some() {
            policy.reference_date = reference_date;
        }
        let policy_name = policy.name.clone();
        let key = key_arg(py, key)?;
        let text = match text_engine {
            Some(t) => Arc::clone(&t.inner),
            None => shared_text_engine(py)?,
        };
        let inner = guard_detached(py, || {
            core::FhirDeidentifier::with_text_engine(policy, key, text)
        })?
        .map_err(|e| core_error(py, &e))?;
        Ok(FhirDeidentifier { inner, policy_name })
    }

    /// De-identify one resource (dict or JSON text). Returns `(resource dict,
    /// report dict)`; the report counts what was done (never values).
    fn deidentify<'py>(
        &self,
        py: Python<'py>,
        resource: &Bound<'py, PyAny>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyAny>)> {
        let value: serde_json::Value =
            serde_json::from_str(&json_text(resource)?).map_err(|e| {
                core_error(py, &core::DeidError::NotAResource(format!("not JSON: {e}")))
            })?;
        let (out, report) = guard_detached(py, || self.inner.deidentify_resource(value))?
            .map_err(|e| core_error(py, &e))?;
        Ok((serde_to_py(py, &out)?, serde_to_py(py, &report)?))
    }

    /// De-identify many resources in one call (GIL released). `errors="stop"`
    /// raises at the first resource that fails; `"skip"` leaves it out and
    /// names it in the report's `skipped`. Returns `(resources, report)`.
    #[pyo3(signature = (resources, *, errors = "stop"))]
    fn deidentify_many<'py>(
        &self,
        py: Python<'py>,
        resources: &Bound<'py, PyAny>,
        errors: &str,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyAny>)> {
        let mode = match errors {
            "stop" => ErrorMode::Stop,
            "skip" => ErrorMode::Skip,
            other => {
                return Err(PyValueError::new_err(format!(
                    "errors must be 'stop' or 'skip', got {other:?}"
                )))
            }
        };
        let mut values = Vec::new();
        for item in resources.try_iter()? {
            let text = json_text(&item?)?;
            values.push(serde_json::from_str(&text).map_err(|e| {
                core_error(py, &core::DeidError::NotAResource(format!("not JSON: {e}")))
            })?);
        }
        let outcome = guard_detached(py, || self.inner.deidentify_batch(values, mode))?;
        if let Some(e) = &outcome.error {
            return Err(core_error(py, e));
        }
        Ok((
            serde_to_py(py, &outcome.resources)?,
            serde_to_py(py, &outcome.report)?,
        ))
    }

    fn __repr__(&self) -> String {
        format!("FhirDeidentifier(policy={})", repr_str(&self.policy_name))
    }
}

/// Names of the shipped policy presets.
#[pyfunction]
fn presets() -> Vec<&'static str> {
    core::PRESETS.to_vec()
}

/// Register `himcore._himcore.deid`.
pub(crate) fn register(parent: &Bound<'_, PyModule>) -> PyResult<()> {
    let m = PyModule::new(parent.py(), "deid")?;
    m.add_class::<TextDeidentifier>()?;
    m.add_class::<FhirDeidentifier>()?;
    m.add_function(wrap_pyfunction!(presets, &m)?)?;
    parent.add_submodule(&m)
}
