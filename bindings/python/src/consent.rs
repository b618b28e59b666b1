//! `himcore.consent`: may this person see or receive this data, for this
//! purpose, now? (`himcore::consent`, FHIR Consent R4/R5).
//!
//! Consents, policies and requests are `dict`s or JSON texts with the shapes
//! the core documents; decisions come back as objects whose `to_dict()` is
//! the core's JSON (`{"decision", "obligations", "reasons"}`). Everything the
//! core refuses (an unknown purpose, a misspelt request field, a consent
//! element it does not understand) is a `ConsentError`: consent fails closed.

use himcore::consent::{
    self as core, ConsentEngine as CoreEngine, ConsentPolicy, ConsentRequest, Decision,
};
use himcore::ErrorCode;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyList, PyString};
use rayon::prelude::*;

use crate::convert::{json_text, repr_str, serde_to_py, OnError};
use crate::errors::{core_error, guard, guard_detached, him_error};

fn decision_str(d: Decision) -> &'static str {
    match d {
        Decision::Permit => "permit",
        Decision::Deny => "deny",
    }
}

fn request_arg(py: Python<'_>, value: &Bound<'_, PyAny>) -> PyResult<ConsentRequest> {
    ConsentRequest::from_json(&json_text(value)?).map_err(|e| core_error(py, &e))
}

fn policy_arg(py: Python<'_>, value: Option<&Bound<'_, PyAny>>) -> PyResult<ConsentPolicy> {
    match value {
        Some(v) if !v.is_none() => {
            ConsentPolicy::from_json(&json_text(v)?).map_err(|e| core_error(py, &e))
        }
        _ => Ok(ConsentPolicy::default()),
    }
}

fn texts_arg(value: &Bound<'_, PyAny>, what: &str) -> PyResult<Vec<String>> {
    if value.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(format!(
            "{what} must be a sequence of resources (dicts or JSON texts), not a single str"
        )));
    }
    value.try_iter()?.map(|v| json_text(&v?)).collect()
}

/// A consent decision: permit or deny, with obligations and reasons.
#[pyclass(module = "himcore.consent", frozen)]
pub(crate) struct ConsentDecision {
    inner: core::ConsentDecision,
}

#[pymethods]
impl ConsentDecision {
    /// `"permit"` or `"deny"`.
    #[getter]
    fn decision(&self) -> &'static str {
        decision_str(self.inner.decision)
    }
    /// True for a permit.
    #[getter]
    fn permitted(&self) -> bool {
        self.inner.permitted()
    }
    /// What must be done when acting on a permit: `{"code", "system"?, "why"}`.
    #[getter]
    fn obligations<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, &self.inner.obligations)
    }
    /// Why: `{"consent", "provision", "why"}` for each decisive provision,
    /// policy rule and consent that did not apply.
    #[getter]
    fn reasons<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, &self.inner.reasons)
    }
    /// The core's JSON shape.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, &self.inner)
    }
    fn __bool__(&self) -> PyResult<bool> {
        // `if decision:` would read a deny as "there is a decision": make
        // callers say `.permitted`.
        Err(PyTypeError::new_err(
            "a ConsentDecision has no truth value: use .permitted",
        ))
    }
    fn __repr__(&self) -> String {
        format!(
            "ConsentDecision(decision={}, obligations=[{}], reasons={})",
            repr_str(decision_str(self.inner.decision)),
            self.inner
                .obligations
                .iter()
                .map(|o| repr_str(&o.code))
                .collect::<Vec<_>>()
                .join(", "),
            self.inner.reasons.len()
        )
    }
}

/// What `ConsentEngine.filter_bundle` returns.
#[pyclass(module = "himcore.consent", frozen)]
pub(crate) struct FilterResult {
    inner: core::FilterResult,
}

#[pymethods]
impl FilterResult {
    /// The Bundle holding only what may be released (references to withheld
    /// resources masked), as a dict.
    #[getter]
    fn bundle<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, &self.inner.bundle)
    }
    /// How many entries were released.
    #[getter]
    fn released(&self) -> usize {
        self.inner.released
    }
    /// What was held back and why (for the releasing staff, not the recipient).
    #[getter]
    fn withheld<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, &self.inner.withheld)
    }
    /// Obligations of all the permits, without repeats.
    #[getter]
    fn obligations<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, &self.inner.obligations)
    }
    /// The core's JSON shape.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, &self.inner)
    }
    fn __repr__(&self) -> String {
        format!(
            "FilterResult(released={}, withheld={})",
            self.inner.released,
            self.inner.withheld.len()
        )
    }
}

/// Consents and a policy compiled once for many decisions.
#[pyclass(module = "himcore.consent", frozen)]
pub(crate) struct ConsentEngine {
    inner: CoreEngine,
}

impl ConsentEngine {
    /// The compiled core engine (for `himcore.roi`).
    pub(crate) fn core(&self) -> &CoreEngine {
        &self.inner
    }
}

#[pymethods]
impl ConsentEngine {
    /// Compile FHIR Consent resources (dicts or JSON texts, R4 or R5) under a
    /// policy (dict or JSON text; `None`: the default, deny when no consent
    /// applies). Raises `ConsentError` for anything the core cannot use.
    #[new]
    #[pyo3(signature = (consents, policy = None))]
    fn new(
        py: Python<'_>,
        consents: &Bound<'_, PyAny>,
        policy: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let texts = texts_arg(consents, "consents")?;
        let policy = policy_arg(py, policy)?;
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let inner =
            guard(py, || CoreEngine::from_json(&refs, policy))?.map_err(|e| core_error(py, &e))?;
        Ok(ConsentEngine { inner })
    }

    /// Decide one request (dict or JSON text).
    fn decide(&self, py: Python<'_>, request: &Bound<'_, PyAny>) -> PyResult<ConsentDecision> {
        let request = request_arg(py, request)?;
        let inner = guard(py, || self.inner.decide(&request))?.map_err(|e| core_error(py, &e))?;
        Ok(ConsentDecision { inner })
    }

    /// Decide many requests in one call (GIL released; `parallel=True` uses
    /// all cores). A request the core refuses raises its `ConsentError`
    /// (`errors="raise"`, the message names its index) or takes its place in
    /// the list as the exception object (`errors="return"`).
    #[pyo3(signature = (requests, *, parallel = false, errors = "raise"))]
    fn decide_many<'py>(
        &self,
        py: Python<'py>,
        requests: &Bound<'py, PyAny>,
        parallel: bool,
        errors: &str,
    ) -> PyResult<Bound<'py, PyList>> {
        let on_error = OnError::from_arg(errors)?;
        let texts = texts_arg(requests, "requests")?;
        let engine = &self.inner;
        let results = guard_detached(py, || {
            let one = |t: &String| ConsentRequest::from_json(t).and_then(|r| engine.decide(&r));
            if parallel {
                texts.par_iter().map(one).collect::<Vec<_>>()
            } else {
                texts.iter().map(one).collect::<Vec<_>>()
            }
        })?;
        let out = PyList::empty(py);
        for (i, result) in results.into_iter().enumerate() {
            match result {
                Ok(inner) => out.append(ConsentDecision { inner })?,
                Err(e) => {
                    let err = him_error(py, e.code(), &format!("requests[{i}]: {e}"));
                    match on_error {
                        OnError::Raise => return Err(err),
                        OnError::Return => out.append(err.into_value(py))?,
                    }
                }
            }
        }
        Ok(out)
    }

    /// Filter a FHIR Bundle (dict or JSON text) to what `request` may
    /// receive.
    fn filter_bundle(
        &self,
        py: Python<'_>,
        bundle: &Bound<'_, PyAny>,
        request: &Bound<'_, PyAny>,
    ) -> PyResult<FilterResult> {
        let text = json_text(bundle)?;
        let value: serde_json::Value = serde_json::from_str(&text)
            .map_err(|e| core_error(py, &core::ConsentError::InvalidJson(e.to_string())))?;
        let request = request_arg(py, request)?;
        let inner = guard_detached(py, || self.inner.filter_bundle(&value, &request))?
            .map_err(|e| core_error(py, &e))?;
        Ok(FilterResult { inner })
    }

    fn __len__(&self) -> usize {
        self.inner.len()
    }

    fn __repr__(&self) -> String {
        format!("ConsentEngine(consents={})", self.inner.len())
    }
}

/// One-shot check: compile `consents` under `policy`, then decide
/// `request`. For many requests, build a `ConsentEngine` once.
#[pyfunction]
#[pyo3(signature = (consents, request, policy = None))]
fn check(
    py: Python<'_>,
    consents: &Bound<'_, PyAny>,
    request: &Bound<'_, PyAny>,
    policy: Option<&Bound<'_, PyAny>>,
) -> PyResult<ConsentDecision> {
    ConsentEngine::new(py, consents, policy)?.decide(py, request)
}

/// Register `himcore._himcore.consent`.
pub(crate) fn register(parent: &Bound<'_, PyModule>) -> PyResult<()> {
    let m = PyModule::new(parent.py(), "consent")?;
    m.add_class::<ConsentEngine>()?;
    m.add_class::<ConsentDecision>()?;
    m.add_class::<FilterResult>()?;
    m.add_function(wrap_pyfunction!(check, &m)?)?;
    parent.add_submodule(&m)
}
