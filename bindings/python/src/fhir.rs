//! `himcore.fhir`: FHIR R4 validation and normalisation (`himcore::model`).
//!
//! Resources come in as `dict` or JSON `str`/`bytes`; a `dict` is encoded
//! once with the standard library's `json` (C) encoder and validated by the
//! core exactly as the CLI validates a file. Batch calls release the GIL and,
//! with `parallel=True`, spread over all cores.

use std::sync::Arc;

use arrow_array::builder::{BooleanBuilder, StringBuilder};
use arrow_array::{ArrayRef, ListArray, StructArray};
use arrow_buffer::OffsetBuffer;
use arrow_schema::{DataType, Field, Fields};
use himcore::model::{self, FhirError, Severity};
use himcore::ErrorCode;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};
use rayon::prelude::*;

use crate::arrow::{self as arw, Column};
use crate::convert::{json_text, json_value, repr_opt, repr_str, OnError};
use crate::errors::{guard, guard_detached, raise_class};

/// One validation problem: where (`path`), what (`code`), how bad
/// (`severity`) and a human `message`.
#[pyclass(module = "himcore.fhir", frozen, get_all, eq)]
#[derive(Clone, PartialEq)]
pub(crate) struct Issue {
    /// `"error"` or `"warning"`.
    severity: String,
    /// Stable machine code, e.g. `FHIR_INVALID_TYPE`.
    code: String,
    /// FHIRPath-like location, e.g. `Patient.name[0].given[1]`.
    path: String,
    /// Human-readable explanation (branch on `code`, not on this).
    message: String,
}

fn severity_str(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

impl From<&model::Issue> for Issue {
    fn from(issue: &model::Issue) -> Self {
        Issue {
            severity: severity_str(issue.severity).to_owned(),
            code: issue.code.to_owned(),
            path: issue.path.clone(),
            message: issue.message.clone(),
        }
    }
}

/// Constructor arguments of [`Issue`], for pickling.
type IssueArgs = (String, String, String, String);

#[pymethods]
impl Issue {
    #[new]
    fn new(severity: String, code: String, path: String, message: String) -> Self {
        Issue {
            severity,
            code,
            path,
            message,
        }
    }

    /// The core's JSON shape: `{"severity", "code", "path", "message"}`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("severity", &self.severity)?;
        d.set_item("code", &self.code)?;
        d.set_item("path", &self.path)?;
        d.set_item("message", &self.message)?;
        Ok(d)
    }

    fn __repr__(&self) -> String {
        format!(
            "Issue(severity={}, code={}, path={}, message={})",
            repr_str(&self.severity),
            repr_str(&self.code),
            repr_str(&self.path),
            repr_str(&self.message)
        )
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, IssueArgs)> {
        let me = slf.get();
        Ok((
            slf.get_type().into_any(),
            (
                me.severity.clone(),
                me.code.clone(),
                me.path.clone(),
                me.message.clone(),
            ),
        ))
    }
}

/// The result of validating one resource.
#[pyclass(module = "himcore.fhir", frozen)]
pub(crate) struct ValidationReport {
    resource_type: Option<String>,
    id: Option<String>,
    valid: bool,
    issues: Vec<Py<Issue>>,
    location: Option<String>,
}

impl ValidationReport {
    fn build(
        py: Python<'_>,
        report: &model::ValidationReport,
        location: Option<String>,
    ) -> PyResult<Self> {
        let issues = report
            .issues
            .iter()
            .map(|i| Py::new(py, Issue::from(i)))
            .collect::<PyResult<Vec<_>>>()?;
        Ok(ValidationReport {
            resource_type: report.resource_type.clone(),
            id: report.id.clone(),
            valid: report.valid,
            issues,
            location,
        })
    }
}

#[pymethods]
impl ValidationReport {
    /// `resourceType` of the input, when it had one as a string.
    #[getter]
    fn resource_type(&self) -> Option<&str> {
        self.resource_type.as_deref()
    }

    /// `id` of the input, when it had one as a string.
    #[getter]
    fn id(&self) -> Option<&str> {
        self.id.as_deref()
    }

    /// True when no issue has severity `"error"`.
    #[getter]
    fn valid(&self) -> bool {
        self.valid
    }

    /// Every problem found (errors and warnings), in document order.
    #[getter]
    fn issues(&self, py: Python<'_>) -> Vec<Py<Issue>> {
        self.issues.iter().map(|i| i.clone_ref(py)).collect()
    }

    /// Issues of severity `"error"` only.
    #[getter]
    fn errors(&self, py: Python<'_>) -> Vec<Py<Issue>> {
        self.issues
            .iter()
            .filter(|i| i.get().severity == "error")
            .map(|i| i.clone_ref(py))
            .collect()
    }

    /// Where the resource was found by `validate_document` (`"line 3"`,
    /// `"entry[2]"`, `""` for a whole document); `None` otherwise.
    #[getter]
    fn location(&self) -> Option<&str> {
        self.location.as_deref()
    }

    /// The core's JSON shape (what `him fhir validate` prints):
    /// `{"resourceType", "id", "valid", "issues": [...]}`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("resourceType", &self.resource_type)?;
        d.set_item("id", &self.id)?;
        d.set_item("valid", self.valid)?;
        let issues = PyList::empty(py);
        for issue in &self.issues {
            issues.append(issue.get().to_dict(py)?)?;
        }
        d.set_item("issues", issues)?;
        Ok(d)
    }

    /// Raise `FhirValidationError` (code `FHIR_INVALID_RESOURCE`, with the
    /// issues) when the resource is not valid; do nothing otherwise.
    fn raise_if_invalid(&self, py: Python<'_>) -> PyResult<()> {
        if self.valid {
            return Ok(());
        }
        let errors = self.errors(py);
        let first = errors.first().map(|i| {
            let i = i.get();
            format!("{} at {}: {}", i.code, i.path, i.message)
        });
        let more = errors.len().saturating_sub(1);
        let mut message = format!(
            "invalid FHIR resource: {}",
            first.unwrap_or_else(|| "no errors".to_owned())
        );
        if more > 0 {
            message.push_str(&format!(" (and {more} more)"));
        }
        Err(validation_error(
            py,
            "FHIR_INVALID_RESOURCE",
            &message,
            self.issues(py),
        ))
    }

    fn __repr__(&self) -> String {
        let errors = self
            .issues
            .iter()
            .filter(|i| i.get().severity == "error")
            .count();
        let warnings = self.issues.len() - errors;
        format!(
            "ValidationReport(resource_type={}, id={}, valid={}, errors={errors}, warnings={warnings})",
            repr_opt(self.resource_type.as_deref()),
            repr_opt(self.id.as_deref()),
            if self.valid { "True" } else { "False" },
        )
    }
}

fn validation_error(py: Python<'_>, code: &str, message: &str, issues: Vec<Py<Issue>>) -> PyErr {
    let kwargs = PyDict::new(py);
    if let Err(err) = kwargs.set_item("issues", issues) {
        return err;
    }
    raise_class(py, "FhirValidationError", code, message, Some(&kwargs))
}

/// A core `FhirError` as its exception: `FhirValidationError` with the
/// issues for an invalid resource, `FhirError` otherwise.
fn fhir_error(py: Python<'_>, err: &FhirError) -> PyErr {
    fhir_error_at(py, err, "")
}

/// [`fhir_error`] with a prefix for the message (a batch index).
fn fhir_error_at(py: Python<'_>, err: &FhirError, prefix: &str) -> PyErr {
    match err.report() {
        Some(report) => match ValidationReport::build(py, report, None) {
            Ok(r) => validation_error(py, err.code(), &format!("{prefix}{err}"), r.issues),
            Err(e) => e,
        },
        None => crate::errors::him_error(py, err.code(), &format!("{prefix}{err}")),
    }
}

/// Validate one resource (a `dict`, or JSON `str`/`bytes`).
///
/// Never raises for invalid content: problems are in the report (text that
/// is not JSON gives one `FHIR_INVALID_JSON` issue). Raises `TypeError` for
/// an argument that is not a resource at all.
#[pyfunction]
fn validate(py: Python<'_>, resource: &Bound<'_, PyAny>) -> PyResult<ValidationReport> {
    let text = json_text(resource)?;
    let report = guard(py, || model::validate_json(&text))?;
    ValidationReport::build(py, &report, None)
}

/// Validate many resources in one call.
///
/// `resources` is a sequence of `dict`/`str`, returning a list of
/// `ValidationReport`; or an Arrow column of JSON strings (pyarrow, polars,
/// pandas), returning a `pyarrow.RecordBatch` with columns `resourceType`,
/// `id`, `valid`, `issues` (list of structs). A null row gives a null result
/// row. The GIL is released while validating; `parallel=True` uses all cores.
#[pyfunction]
#[pyo3(signature = (resources, *, parallel = false))]
fn validate_many<'py>(
    py: Python<'py>,
    resources: &Bound<'py, PyAny>,
    parallel: bool,
) -> PyResult<Bound<'py, PyAny>> {
    if arw::is_arrow_column(resources)? {
        let chunks = arw::import_column(resources)?;
        let texts = arw::strings(&chunks)?;
        let reports = guard_detached(py, || {
            let one = |t: &Option<&str>| t.map(model::validate_json);
            if parallel {
                texts.par_iter().map(one).collect::<Vec<_>>()
            } else {
                texts.iter().map(one).collect::<Vec<_>>()
            }
        })?;
        let batch = arw::record_batch(reports_to_columns(&reports)?)?;
        return arw::to_record_batch(py, batch);
    }
    if resources.is_instance_of::<PyString>() {
        return Err(pyo3::exceptions::PyTypeError::new_err(
            "resources must be a sequence of resources or an Arrow column; \
             for NDJSON or Bundle text use validate_document",
        ));
    }
    let mut texts = Vec::new();
    for item in resources.try_iter()? {
        texts.push(json_text(&item?)?);
    }
    let reports = guard_detached(py, || {
        if parallel {
            texts
                .par_iter()
                .map(|t| model::validate_json(t))
                .collect::<Vec<_>>()
        } else {
            let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
            model::validate_many(&refs)
        }
    })?;
    let out = PyList::empty(py);
    for report in &reports {
        out.append(ValidationReport::build(py, report, None)?)?;
    }
    Ok(out.into_any())
}

/// Validate a whole document the way `him fhir validate` reads a file: a
/// single resource, a Bundle (the Bundle itself, then each entry's
/// resource) or NDJSON (one resource per line). Each report's `location`
/// says where the resource was (`"entry[2]"`, `"line 3"`).
#[pyfunction]
#[pyo3(signature = (text, *, parallel = false))]
fn validate_document(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    parallel: bool,
) -> PyResult<Vec<ValidationReport>> {
    if !(text.is_instance_of::<PyString>() || text.is_instance_of::<pyo3::types::PyBytes>()) {
        return Err(pyo3::exceptions::PyTypeError::new_err(format!(
            "a document must be str or bytes (JSON, Bundle or NDJSON text), got {}",
            text.get_type().name()?
        )));
    }
    let text = json_text(text)?;
    let reports = guard_detached(py, || {
        let items = model::split_resources(&text);
        let one =
            |item: &model::SplitItem| (item.location.clone(), model::validate_split_item(item));
        if parallel {
            items.par_iter().map(one).collect::<Vec<_>>()
        } else {
            items.iter().map(one).collect::<Vec<_>>()
        }
    })?;
    reports
        .iter()
        .map(|(location, report)| ValidationReport::build(py, report, Some(location.clone())))
        .collect()
}

/// Parse and write back one resource, keeping what a FHIR round trip keeps
/// (unknown elements, primitive extensions, decimals and dates as written).
///
/// Returns the same kind as given: a `dict` for a `dict`, a compact JSON
/// `str` for `str`/`bytes`. Raises `FhirValidationError` (with every issue)
/// for an invalid resource and `FhirError` (`FHIR_INVALID_JSON`) for text
/// that is not JSON.
#[pyfunction]
fn normalize<'py>(py: Python<'py>, resource: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    let as_dict = resource.is_instance_of::<PyDict>();
    let text = json_text(resource)?;
    let normalized = guard(py, || model::normalize_json(&text))?.map_err(|e| fhir_error(py, &e))?;
    if as_dict {
        json_value(py, &normalized)
    } else {
        Ok(PyString::new(py, &normalized).into_any())
    }
}

/// Normalise many resources in one call (GIL released; `parallel=True` uses
/// all cores). Each result has the kind of its input (dict for dict, str
/// for text). An invalid resource raises (`errors="raise"`, the message names
/// its index) or leaves its `FhirValidationError`/`FhirError` in its place
/// (`errors="return"`).
#[pyfunction]
#[pyo3(signature = (resources, *, parallel = false, errors = "raise"))]
fn normalize_many<'py>(
    py: Python<'py>,
    resources: &Bound<'py, PyAny>,
    parallel: bool,
    errors: &str,
) -> PyResult<Bound<'py, PyList>> {
    let on_error = OnError::from_arg(errors)?;
    if resources.is_instance_of::<PyString>() {
        return Err(pyo3::exceptions::PyTypeError::new_err(
            "resources must be a sequence of resources (dicts or JSON texts)",
        ));
    }
    let mut texts = Vec::new();
    let mut as_dict = Vec::new();
    for item in resources.try_iter()? {
        let item = item?;
        as_dict.push(item.is_instance_of::<PyDict>());
        texts.push(json_text(&item)?);
    }
    let results = guard_detached(py, || {
        if parallel {
            texts
                .par_iter()
                .map(|t| model::normalize_json(t))
                .collect::<Vec<_>>()
        } else {
            let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
            model::normalize_many(&refs)
        }
    })?;
    let out = PyList::empty(py);
    for (i, (result, dict)) in results.iter().zip(as_dict).enumerate() {
        match result {
            Ok(text) if dict => out.append(json_value(py, text)?)?,
            Ok(text) => out.append(PyString::new(py, text))?,
            Err(e) => {
                let err = fhir_error_at(py, e, &format!("resources[{i}]: "));
                match on_error {
                    OnError::Raise => return Err(err),
                    OnError::Return => out.append(err.into_value(py))?,
                }
            }
        }
    }
    Ok(out)
}

fn issue_fields() -> Fields {
    Fields::from(vec![
        Field::new("severity", DataType::Utf8, false),
        Field::new("code", DataType::Utf8, false),
        Field::new("path", DataType::Utf8, false),
        Field::new("message", DataType::Utf8, false),
    ])
}

fn reports_to_columns(reports: &[Option<model::ValidationReport>]) -> PyResult<Vec<Column>> {
    let mut resource_type = StringBuilder::new();
    let mut id = StringBuilder::new();
    let mut valid = BooleanBuilder::with_capacity(reports.len());
    let (mut severity, mut code, mut path, mut message) = (
        StringBuilder::new(),
        StringBuilder::new(),
        StringBuilder::new(),
        StringBuilder::new(),
    );
    let mut offsets = Vec::with_capacity(reports.len() + 1);
    let mut list_valid = Vec::with_capacity(reports.len());
    let mut total: i32 = 0;
    offsets.push(total);
    for report in reports {
        match report {
            Some(r) => {
                resource_type.append_option(r.resource_type.as_deref());
                id.append_option(r.id.as_deref());
                valid.append_value(r.valid);
                for issue in &r.issues {
                    severity.append_value(severity_str(issue.severity));
                    code.append_value(issue.code);
                    path.append_value(&issue.path);
                    message.append_value(&issue.message);
                }
                total = i32::try_from(r.issues.len())
                    .ok()
                    .and_then(|n| total.checked_add(n))
                    .ok_or_else(|| {
                        pyo3::exceptions::PyOverflowError::new_err(
                            "more than 2^31 issues in one batch: split the batch",
                        )
                    })?;
                list_valid.push(true);
            }
            None => {
                resource_type.append_null();
                id.append_null();
                valid.append_null();
                list_valid.push(false);
            }
        }
        offsets.push(total);
    }
    let values = StructArray::new(
        issue_fields(),
        vec![
            Arc::new(severity.finish()) as ArrayRef,
            Arc::new(code.finish()),
            Arc::new(path.finish()),
            Arc::new(message.finish()),
        ],
        None,
    );
    let issues = ListArray::new(
        Arc::new(Field::new("item", DataType::Struct(issue_fields()), false)),
        OffsetBuffer::new(offsets.into()),
        Arc::new(values),
        Some(list_valid.into()),
    );
    Ok(vec![
        ("resourceType", Arc::new(resource_type.finish()) as ArrayRef),
        ("id", Arc::new(id.finish())),
        ("valid", Arc::new(valid.finish())),
        ("issues", Arc::new(issues)),
    ])
}

/// Register `himcore._himcore.fhir`.
pub(crate) fn register(parent: &Bound<'_, PyModule>) -> PyResult<()> {
    let m = PyModule::new(parent.py(), "fhir")?;
    m.add_class::<Issue>()?;
    m.add_class::<ValidationReport>()?;
    m.add_function(wrap_pyfunction!(validate, &m)?)?;
    m.add_function(wrap_pyfunction!(validate_many, &m)?)?;
    m.add_function(wrap_pyfunction!(validate_document, &m)?)?;
    m.add_function(wrap_pyfunction!(normalize, &m)?)?;
    m.add_function(wrap_pyfunction!(normalize_many, &m)?)?;
    parent.add_submodule(&m)
}
