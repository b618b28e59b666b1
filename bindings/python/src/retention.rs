//! `himcore.retention`: how long records must be kept (`himcore::retention`).
//!
//! Records are `dict`s (or JSON text) with the fields the core documents
//! (`id`, `record_type`, `jurisdiction`, dates as `YYYY-MM-DD`, ...);
//! decisions come back as objects whose `to_dict()` is the core's JSON. The
//! evaluation date `as_of` is always given by the caller: the core has no
//! clock, and a retention decision without its date means nothing.

use chrono::NaiveDate;
use himcore::retention::{
    self as core, EngineOptions, RetainUntil, RetentionEngine as CoreEngine, RetentionRecord,
    RetentionStatus, RulePack,
};
use himcore::ErrorCode;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};
use rayon::prelude::*;

use crate::convert::{date_arg, json_text, repr_str, serde_to_py, OnError};
use crate::errors::{core_error, guard, guard_detached, him_error};

fn status_str(status: RetentionStatus) -> &'static str {
    match status {
        RetentionStatus::Retain => "retain",
        RetentionStatus::EligibleForDestruction => "eligible_for_destruction",
        RetentionStatus::OnHold => "on_hold",
    }
}

fn as_of_arg(value: &Bound<'_, PyAny>) -> PyResult<NaiveDate> {
    date_arg(Some(value))?
        .ok_or_else(|| PyTypeError::new_err("as_of is required: the date the decision is made for"))
}

fn record_arg(py: Python<'_>, value: &Bound<'_, PyAny>) -> PyResult<RetentionRecord> {
    let text = json_text(value)?;
    RetentionRecord::from_json(&text).map_err(|e| core_error(py, &e))
}

/// A retention decision for one record.
#[pyclass(module = "himcore.retention", frozen)]
pub(crate) struct RetentionDecision {
    inner: core::RetentionDecision,
}

#[pymethods]
impl RetentionDecision {
    /// The record's id.
    #[getter]
    fn id(&self) -> &str {
        &self.inner.id
    }
    /// The evaluation date.
    #[getter]
    fn as_of(&self) -> NaiveDate {
        self.inner.as_of
    }
    /// `"retain"`, `"eligible_for_destruction"` or `"on_hold"`.
    #[getter]
    fn status(&self) -> &'static str {
        status_str(self.inner.status)
    }
    /// The last day the record must be kept: a `datetime.date`, or
    /// `"indeterminate"` (a needed fact is missing: keep) or `"permanent"`.
    #[getter]
    fn retain_until<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        match self.inner.retain_until {
            RetainUntil::Date(d) => d.into_pyobject(py).map(Bound::into_any),
            RetainUntil::Indeterminate => Ok(PyString::new(py, "indeterminate").into_any()),
            RetainUntil::Permanent => Ok(PyString::new(py, "permanent").into_any()),
        }
    }
    /// The rule that sets `retain_until`: `{"id", "citation"}`.
    #[getter]
    fn governing_rule<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, &self.inner.governing_rule)
    }
    /// Every applicable rule with its citation and period end.
    #[getter]
    fn rules<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, &self.inner.rules)
    }
    /// Active legal holds.
    #[getter]
    fn holds(&self) -> Vec<String> {
        self.inner.holds.clone()
    }
    /// Warnings (assumed facts, defaults applied), each with a stable code.
    #[getter]
    fn warnings<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, &self.inner.warnings)
    }
    /// The core's JSON shape (what `him retention` prints).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, &self.inner)
    }
    fn __repr__(&self) -> String {
        let until = match self.inner.retain_until {
            RetainUntil::Date(d) => d.to_string(),
            RetainUntil::Indeterminate => "indeterminate".to_owned(),
            RetainUntil::Permanent => "permanent".to_owned(),
        };
        format!(
            "RetentionDecision(id={}, status={}, retain_until={}, governing_rule={})",
            repr_str(&self.inner.id),
            repr_str(status_str(self.inner.status)),
            repr_str(&until),
            repr_str(&self.inner.governing_rule.id)
        )
    }
}

/// Rule packs compiled once for many evaluations.
#[pyclass(module = "himcore.retention", frozen)]
pub(crate) struct RetentionEngine {
    inner: CoreEngine,
}

#[pymethods]
impl RetentionEngine {
    /// Compile shipped packs by name (`packs=["us-federal", "us-ca"]`) and
    /// your own packs (`custom_packs`: dicts or JSON texts, schema version
    /// 1). Records of an undeclared jurisdiction or record type are errors
    /// unless `default_jurisdiction` / `default_record_type` is given.
    #[new]
    #[pyo3(signature = (packs = None, *, custom_packs = None, default_jurisdiction = None, default_record_type = None))]
    fn new(
        py: Python<'_>,
        packs: Option<Vec<String>>,
        custom_packs: Option<&Bound<'_, PyAny>>,
        default_jurisdiction: Option<String>,
        default_record_type: Option<String>,
    ) -> PyResult<Self> {
        let mut all: Vec<RulePack> = Vec::new();
        for name in packs.unwrap_or_default() {
            all.push(core::shipped_pack(&name).map_err(|e| core_error(py, &e))?);
        }
        if let Some(custom) = custom_packs {
            for (i, pack) in custom.try_iter()?.enumerate() {
                let text = json_text(&pack?)?;
                all.push(
                    RulePack::from_json(&format!("custom_packs[{i}]"), &text)
                        .map_err(|e| core_error(py, &e))?,
                );
            }
        }
        let options = EngineOptions {
            default_jurisdiction,
            default_record_type,
        };
        let inner = guard(py, || CoreEngine::with_options(&all, &options))?
            .map_err(|e| core_error(py, &e))?;
        Ok(RetentionEngine { inner })
    }

    /// Names of the compiled packs.
    #[getter]
    fn pack_names(&self) -> Vec<String> {
        self.inner.pack_names().to_vec()
    }

    /// Record types the packs declare.
    #[getter]
    fn record_types(&self) -> Vec<String> {
        self.inner.record_types().to_vec()
    }

    /// Jurisdictions the packs declare.
    #[getter]
    fn jurisdictions(&self) -> Vec<String> {
        self.inner.jurisdictions().map(str::to_owned).collect()
    }

    /// Evaluate one record (a dict or JSON text) as of a date.
    fn evaluate(
        &self,
        py: Python<'_>,
        record: &Bound<'_, PyAny>,
        as_of: &Bound<'_, PyAny>,
    ) -> PyResult<RetentionDecision> {
        let as_of = as_of_arg(as_of)?;
        let record = record_arg(py, record)?;
        let inner =
            guard(py, || self.inner.evaluate(&record, as_of))?.map_err(|e| core_error(py, &e))?;
        Ok(RetentionDecision { inner })
    }

    /// Evaluate many records in one call (GIL released; `parallel=True` uses
    /// all cores). A record that cannot be evaluated raises its
    /// `RetentionError` (`errors="raise"`, the message names its index) or
    /// takes its place in the list as the exception object
    /// (`errors="return"`).
    #[pyo3(signature = (records, as_of, *, parallel = false, errors = "raise"))]
    fn evaluate_many<'py>(
        &self,
        py: Python<'py>,
        records: &Bound<'py, PyAny>,
        as_of: &Bound<'py, PyAny>,
        parallel: bool,
        errors: &str,
    ) -> PyResult<Bound<'py, PyList>> {
        let on_error = OnError::from_arg(errors)?;
        let as_of = as_of_arg(as_of)?;
        if records.is_instance_of::<PyString>() {
            return Err(PyTypeError::new_err(
                "records must be a sequence of records (dicts or JSON texts)",
            ));
        }
        // Parsing errors are per record too: keep them in place.
        let mut parsed = Vec::new();
        for item in records.try_iter()? {
            let text = json_text(&item?)?;
            parsed.push(RetentionRecord::from_json(&text));
        }
        let engine = &self.inner;
        let results = guard_detached(py, || {
            let one = |r: &Result<RetentionRecord, core::RetentionError>| {
                r.as_ref()
                    .map_err(Clone::clone)
                    .and_then(|r| engine.evaluate(r, as_of))
            };
            if parallel {
                parsed.par_iter().map(one).collect::<Vec<_>>()
            } else {
                parsed.iter().map(one).collect::<Vec<_>>()
            }
        })?;
        let out = PyList::empty(py);
        for (i, result) in results.into_iter().enumerate() {
            match result {
                Ok(inner) => out.append(RetentionDecision { inner })?,
                Err(e) => {
                    let err = him_error(py, e.code(), &format!("records[{i}]: {e}"));
                    match on_error {
                        OnError::Raise => return Err(err),
                        OnError::Return => out.append(err.into_value(py))?,
                    }
                }
            }
        }
        Ok(out)
    }

    /// Count statuses over many records without building decisions:
    /// `{"retain", "eligible_for_destruction", "on_hold", "errors"}`.
    fn status_counts<'py>(
        &self,
        py: Python<'py>,
        records: &Bound<'py, PyAny>,
        as_of: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyDict>> {
        let as_of = as_of_arg(as_of)?;
        let mut parsed = Vec::new();
        let mut unreadable = 0usize;
        for item in records.try_iter()? {
            match RetentionRecord::from_json(&json_text(&item?)?) {
                Ok(r) => parsed.push(r),
                Err(_) => unreadable += 1,
            }
        }
        let engine = &self.inner;
        let counts = guard_detached(py, || engine.status_counts(parsed.iter(), as_of))?;
        let d = PyDict::new(py);
        d.set_item("retain", counts[0])?;
        d.set_item("eligible_for_destruction", counts[1])?;
        d.set_item("on_hold", counts[2])?;
        d.set_item("errors", counts[3] + unreadable)?;
        Ok(d)
    }

    fn __repr__(&self) -> String {
        format!(
            "RetentionEngine(packs=[{}], rules={})",
            self.inner
                .pack_names()
                .iter()
                .map(|p| repr_str(p))
                .collect::<Vec<_>>()
                .join(", "),
            self.inner.rules().len()
        )
    }
}

/// Evaluate one record against shipped packs: a one-off convenience; build a
/// `RetentionEngine` once for many records.
#[pyfunction]
#[pyo3(signature = (record, as_of, packs))]
fn evaluate(
    py: Python<'_>,
    record: &Bound<'_, PyAny>,
    as_of: &Bound<'_, PyAny>,
    packs: Vec<String>,
) -> PyResult<RetentionDecision> {
    RetentionEngine::new(py, Some(packs), None, None, None)?.evaluate(py, record, as_of)
}

/// Names of the rule packs compiled into himcore.
#[pyfunction]
fn shipped_packs() -> Vec<&'static str> {
    core::shipped_pack_names().collect()
}

/// Register `himcore._himcore.retention`.
pub(crate) fn register(parent: &Bound<'_, PyModule>) -> PyResult<()> {
    let m = PyModule::new(parent.py(), "retention")?;
    m.add_class::<RetentionEngine>()?;
    m.add_class::<RetentionDecision>()?;
    m.add_function(wrap_pyfunction!(evaluate, &m)?)?;
    m.add_function(wrap_pyfunction!(shipped_packs, &m)?)?;
    parent.add_submodule(&m)
}
