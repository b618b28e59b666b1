//! `himcore.codes`: code validation on the official code sets
//! (`himcore::codes`).
//!
//! A system is named as the CLI names it (`"icd10cm"`, `"ndc"`, ...) or by
//! its FHIR system URI (`"http://hl7.org/fhir/sid/icd-10-cm"`). Dates of
//! service are `datetime.date` (or `"YYYY-MM-DD"`); `None` means the newest
//! shipped release. An invalid code is an answer (`valid=False` with
//! `error_code`), not an exception; exceptions are for questions that cannot
//! be asked (unknown system, wrong argument types) and for `lookup` /
//! `normalize` of an invalid code, which have no answer to give.

use std::sync::Arc;

use arrow_array::builder::{BooleanBuilder, StringBuilder};
use arrow_array::ArrayRef;
use chrono::NaiveDate;
use himcore::codes::{self as core, CodeSystem};
use himcore::ErrorCode;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};
use rayon::prelude::*;

use crate::arrow::{self as arw, Column};
use crate::convert::{date_arg, repr_opt, repr_str, serde_to_py, str_sequence, Dates};
use crate::errors::{core_error, guard, guard_detached};

/// Resolve a system argument: a short name, or a FHIR system URI.
fn system_arg(py: Python<'_>, system: &str) -> PyResult<CodeSystem> {
    let looks_like_uri = system.contains(':');
    let found = if looks_like_uri {
        CodeSystem::from_uri(system)
    } else {
        CodeSystem::from_name(system)
    };
    found.map_err(|e| core_error(py, &e))
}

/// The answer for one code.
#[pyclass(module = "himcore.codes", frozen)]
pub(crate) struct CodeValidation {
    inner: core::CodeValidation,
}

#[pymethods]
impl CodeValidation {
    /// The system's short name (`"icd10cm"`, ...).
    #[getter]
    fn system(&self) -> &'static str {
        self.inner.system.name()
    }

    /// The code as given.
    #[getter]
    fn code(&self) -> &str {
        &self.inner.code
    }

    /// The normalised code (`"E11.9"` for `" e119 "`), when the input could
    /// be normalised.
    #[getter]
    fn normalized(&self) -> Option<&str> {
        self.inner.normalized.as_deref()
    }

    /// True when the code exists (or is well formed with a correct check
    /// digit, for format-only systems) on the date of service.
    #[getter]
    fn valid(&self) -> bool {
        self.inner.valid
    }

    /// ICD-10-CM/PCS: may the code be reported on a claim (a leaf)? `None`
    /// for other systems and for invalid codes.
    #[getter]
    fn billable(&self) -> Option<bool> {
        self.inner.billable
    }

    /// The code's title, where the shipped tables have one.
    #[getter]
    fn display(&self) -> Option<&str> {
        self.inner.display.as_deref()
    }

    /// Stable reason code (`CODE_UNKNOWN`, `CODE_INVALID_FORMAT`, ...) when
    /// invalid, else `None`.
    #[getter]
    fn error_code(&self) -> Option<&'static str> {
        self.inner.error.as_ref().map(ErrorCode::code)
    }

    /// Human explanation of `error_code`, else `None`.
    #[getter]
    fn error_message(&self) -> Option<String> {
        self.inner.error.as_ref().map(ToString::to_string)
    }

    /// The core's JSON shape (what `him codes validate` prints).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let v = &self.inner;
        let d = PyDict::new(py);
        d.set_item("system", v.system.name())?;
        d.set_item("code", &v.code)?;
        d.set_item("normalized", &v.normalized)?;
        d.set_item("valid", v.valid)?;
        d.set_item("billable", v.billable)?;
        d.set_item("display", &v.display)?;
        match &v.error {
            Some(e) => {
                let err = PyDict::new(py);
                err.set_item("code", e.code())?;
                err.set_item("message", e.to_string())?;
                d.set_item("error", err)?;
            }
            None => d.set_item("error", py.None())?,
        }
        Ok(d)
    }

    /// Raise `CodeError` (with the reason's code) when the code is invalid.
    fn raise_if_invalid(&self, py: Python<'_>) -> PyResult<()> {
        match &self.inner.error {
            Some(e) => Err(core_error(py, e)),
            None => Ok(()),
        }
    }

    fn __repr__(&self) -> String {
        let v = &self.inner;
        let mut out = format!(
            "CodeValidation(system={}, code={}, valid={}",
            repr_str(v.system.name()),
            repr_str(&v.code),
            if v.valid { "True" } else { "False" }
        );
        if let Some(n) = &v.normalized {
            out.push_str(&format!(", normalized={}", repr_str(n)));
        }
        if let Some(b) = v.billable {
            out.push_str(&format!(", billable={}", if b { "True" } else { "False" }));
        }
        if let Some(d) = &v.display {
            out.push_str(&format!(", display={}", repr_str(d)));
        }
        if let Some(e) = &v.error {
            out.push_str(&format!(", error_code={}", repr_str(e.code())));
        }
        out.push(')');
        out
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<CodeValidation>()
            .is_ok_and(|o| o.get().inner == self.inner)
    }
}

fn wrap(py: Python<'_>, v: core::CodeValidation) -> PyResult<Py<CodeValidation>> {
    Py::new(py, CodeValidation { inner: v })
}

/// Validate one code of `system` for a date of service.
#[pyfunction]
#[pyo3(signature = (system, code, date = None))]
fn validate(
    py: Python<'_>,
    system: &str,
    code: &str,
    date: Option<&Bound<'_, PyAny>>,
) -> PyResult<CodeValidation> {
    let system = system_arg(py, system)?;
    let date = date_arg(date)?;
    let inner = guard(py, || core::validate(system, code, date))?;
    Ok(CodeValidation { inner })
}

/// Validate a FHIR `Coding` by its system URI (`Coding.system`).
#[pyfunction]
#[pyo3(signature = (system_uri, code, date = None))]
fn validate_coding(
    py: Python<'_>,
    system_uri: &str,
    code: &str,
    date: Option<&Bound<'_, PyAny>>,
) -> PyResult<CodeValidation> {
    let date = date_arg(date)?;
    let inner = guard(py, || core::validate_coding(system_uri, code, date))?
        .map_err(|e| core_error(py, &e))?;
    Ok(CodeValidation { inner })
}

/// True when the code is valid on the date: the allocation-free fast path.
#[pyfunction]
#[pyo3(signature = (system, code, date = None))]
fn is_valid(
    py: Python<'_>,
    system: &str,
    code: &str,
    date: Option<&Bound<'_, PyAny>>,
) -> PyResult<bool> {
    let system = system_arg(py, system)?;
    let date = date_arg(date)?;
    guard(py, || core::is_valid(system, code, date))
}

/// Validate many codes of one system in one call.
///
/// `codes` is a sequence of `str` (returns a list of `CodeValidation`) or an
/// Arrow column of strings: pyarrow `Array`/`ChunkedArray`, polars or pandas
/// `Series` (returns a `pyarrow.RecordBatch` with columns `code`,
/// `normalized`, `valid`, `billable`, `display`, `error_code`,
/// `error_message`; a null code gives a row of nulls). `date` is one date
/// for all codes, or one per code (a sequence, or an Arrow column of
/// `date32`/`date64`/`YYYY-MM-DD` strings; a null row date means the newest
/// release, like `None`). The GIL is released while validating;
/// `parallel=True` spreads the work over all cores.
#[pyfunction]
#[pyo3(signature = (system, codes, date = None, *, parallel = false))]
fn validate_many<'py>(
    py: Python<'py>,
    system: &str,
    codes: &Bound<'py, PyAny>,
    date: Option<&Bound<'py, PyAny>>,
    parallel: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let system = system_arg(py, system)?;
    if arw::is_arrow_column(codes)? {
        let chunks = arw::import_column(codes)?;
        let input = arw::strings(&chunks)?;
        let dates = Dates::from_arg(date, input.len())?;
        let columns = guard_detached(py, || {
            validations_to_columns(system, &input, &dates, parallel)
        })?;
        return arw::to_record_batch(py, arw::record_batch(columns)?);
    }
    let owned = str_sequence(codes, "codes")?;
    let input: Vec<&str> = owned.iter().map(|s| &**s).collect();
    let dates = Dates::from_arg(date, input.len())?;
    let results = guard_detached(py, || match (&dates, parallel) {
        (Dates::One(d), false) => core::validate_many(system, &input, *d),
        (_, false) => input
            .iter()
            .enumerate()
            .map(|(i, c)| core::validate(system, c, dates.at(i)))
            .collect(),
        (_, true) => input
            .par_iter()
            .enumerate()
            .map(|(i, c)| core::validate(system, c, dates.at(i)))
            .collect::<Vec<_>>(),
    })?;
    let out = PyList::empty(py);
    for v in results {
        out.append(wrap(py, v)?)?;
    }
    Ok(out.into_any())
}

/// Column builders for validation results.
struct ResultColumns {
    code: StringBuilder,
    normalized: StringBuilder,
    valid: BooleanBuilder,
    billable: BooleanBuilder,
    display: StringBuilder,
    error_code: StringBuilder,
    error_message: StringBuilder,
}

impl ResultColumns {
    fn with_capacity(rows: usize) -> Self {
        ResultColumns {
            code: StringBuilder::with_capacity(rows, rows * 8),
            normalized: StringBuilder::with_capacity(rows, rows * 8),
            valid: BooleanBuilder::with_capacity(rows),
            billable: BooleanBuilder::with_capacity(rows),
            display: StringBuilder::with_capacity(rows, rows * 48),
            error_code: StringBuilder::with_capacity(rows, 0),
            error_message: StringBuilder::with_capacity(rows, 0),
        }
    }

    fn push(&mut self, v: Option<&core::CodeValidation>) {
        match v {
            Some(v) => {
                self.code.append_value(&v.code);
                self.normalized.append_option(v.normalized.as_deref());
                self.valid.append_value(v.valid);
                self.billable.append_option(v.billable);
                self.display.append_option(v.display.as_deref());
                match &v.error {
                    Some(e) => {
                        self.error_code.append_value(e.code());
                        self.error_message.append_value(e.to_string());
                    }
                    None => {
                        self.error_code.append_null();
                        self.error_message.append_null();
                    }
                }
            }
            None => {
                self.code.append_null();
                self.normalized.append_null();
                self.valid.append_null();
                self.billable.append_null();
                self.display.append_null();
                self.error_code.append_null();
                self.error_message.append_null();
            }
        }
    }

    fn finish(mut self) -> Vec<Column> {
        vec![
            ("code", Arc::new(self.code.finish()) as ArrayRef),
            ("normalized", Arc::new(self.normalized.finish())),
            ("valid", Arc::new(self.valid.finish())),
            ("billable", Arc::new(self.billable.finish())),
            ("display", Arc::new(self.display.finish())),
            ("error_code", Arc::new(self.error_code.finish())),
            ("error_message", Arc::new(self.error_message.finish())),
        ]
    }
}

/// Validate and build the result columns. Sequentially the answers stream
/// into the builders; in parallel each core validates a slice and the
/// builders are filled in order afterwards.
fn validations_to_columns(
    system: CodeSystem,
    input: &[Option<&str>],
    dates: &Dates,
    parallel: bool,
) -> Vec<Column> {
    let mut cols = ResultColumns::with_capacity(input.len());
    let one = |(i, c): (usize, &Option<&str>)| c.map(|c| core::validate(system, c, dates.at(i)));
    if parallel {
        let results: Vec<Option<core::CodeValidation>> =
            input.par_iter().enumerate().map(one).collect();
        for v in &results {
            cols.push(v.as_ref());
        }
    } else {
        for v in input.iter().enumerate().map(one) {
            cols.push(v.as_ref());
        }
    }
    cols.finish()
}

/// Normalise a code (case, whitespace, the ICD dot, NDC forms) without
/// checking that it exists. Raises `CodeError` for a malformed code.
#[pyfunction]
fn normalize(py: Python<'_>, system: &str, code: &str) -> PyResult<String> {
    let system = system_arg(py, system)?;
    guard(py, || core::normalize(system, code))?.map_err(|e| core_error(py, &e))
}

/// What the tables say about a valid code: title, billable, release,
/// chapter and block, parent and children, notes, 7th characters.
#[pyclass(module = "himcore.codes", frozen)]
pub(crate) struct CodeInfo {
    inner: core::CodeInfo,
}

fn notes(notes: &[core::Note]) -> Vec<(String, String)> {
    notes
        .iter()
        .map(|n| (n.kind.clone(), n.text.clone()))
        .collect()
}

/// A chapter or block heading: `(id, title)`.
type Heading = (String, String);

#[pymethods]
impl CodeInfo {
    /// The system's short name.
    #[getter]
    fn system(&self) -> &'static str {
        self.inner.system.name()
    }
    /// The normalised code.
    #[getter]
    fn code(&self) -> &str {
        &self.inner.code
    }
    /// Title, where shipped.
    #[getter]
    fn title(&self) -> Option<&str> {
        self.inner.title.as_deref()
    }
    /// Billable (ICD-10-CM, ICD-10-PCS), else `None`.
    #[getter]
    fn billable(&self) -> Option<bool> {
        self.inner.billable
    }
    /// The release the answer comes from, for dated systems.
    #[getter]
    fn release(&self) -> Option<&str> {
        self.inner.release.as_deref()
    }
    /// ICD-10-CM chapter as `(number, title)`.
    #[getter]
    fn chapter(&self) -> Option<Heading> {
        self.inner
            .chapter
            .as_ref()
            .map(|h| (h.id.clone(), h.title.clone()))
    }
    /// ICD-10-CM block (`("E08-E13", title)`); ICD-10-PCS section.
    #[getter]
    fn block(&self) -> Option<Heading> {
        self.inner
            .block
            .as_ref()
            .map(|h| (h.id.clone(), h.title.clone()))
    }
    /// ICD-10-CM parent code.
    #[getter]
    fn parent(&self) -> Option<&str> {
        self.inner.parent.as_deref()
    }
    /// ICD-10-CM child codes in the release.
    #[getter]
    fn children(&self) -> Vec<String> {
        self.inner.children.clone()
    }
    /// Notes on this code as `(kind, text)`: `excludes1`, `codeFirst`, ...
    /// (notes of ancestors apply too: walk `parent`).
    #[getter]
    fn notes(&self) -> Vec<(String, String)> {
        notes(&self.inner.notes)
    }
    /// Notes of the code's block, which apply to every code in it.
    #[getter]
    fn block_notes(&self) -> Vec<(String, String)> {
        notes(&self.inner.block_notes)
    }
    /// Notes of the code's chapter, which apply to every code in it.
    #[getter]
    fn chapter_notes(&self) -> Vec<(String, String)> {
        notes(&self.inner.chapter_notes)
    }
    /// 7th characters that apply, as `(character, meaning)`.
    #[getter]
    fn seventh_characters(&self) -> Vec<(String, String)> {
        self.inner
            .seventh_characters
            .iter()
            .map(|s| (s.character.to_string(), s.meaning.clone()))
            .collect()
    }
    /// The core's JSON shape (what `him codes lookup` prints).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, &self.inner)
    }
    fn __repr__(&self) -> String {
        let i = &self.inner;
        format!(
            "CodeInfo(system={}, code={}, title={}, billable={}, release={}, children={}, notes={})",
            repr_str(i.system.name()),
            repr_str(&i.code),
            repr_opt(i.title.as_deref()),
            i.billable
                .map_or("None", |b| if b { "True" } else { "False" }),
            repr_opt(i.release.as_deref()),
            i.children.len(),
            i.notes.len()
        )
    }
}

/// Look a code up for a date of service. Raises `CodeError` (with the same
/// code `validate` reports) when the code is not valid on that date.
#[pyfunction]
#[pyo3(signature = (system, code, date = None))]
fn lookup(
    py: Python<'_>,
    system: &str,
    code: &str,
    date: Option<&Bound<'_, PyAny>>,
) -> PyResult<CodeInfo> {
    let system = system_arg(py, system)?;
    let date = date_arg(date)?;
    let inner = guard(py, || core::lookup(system, code, date))?.map_err(|e| core_error(py, &e))?;
    Ok(CodeInfo { inner })
}

/// One finding of the claim check.
#[pyclass(module = "himcore.codes", frozen, get_all)]
pub(crate) struct ClaimFinding {
    /// `CODE_EXCLUDES1_PAIR`, `CODE_MANIFESTATION_WITHOUT_ETIOLOGY`,
    /// `CODE_NOT_BILLABLE`, `CODE_DUPLICATE`, or an invalid code's error code.
    code: String,
    /// The claim codes involved, in claim order.
    codes: Vec<String>,
    /// What is wrong, for a person.
    message: String,
}

#[pymethods]
impl ClaimFinding {
    fn __repr__(&self) -> String {
        format!(
            "ClaimFinding(code={}, codes=[{}], message={})",
            repr_str(&self.code),
            self.codes
                .iter()
                .map(|c| repr_str(c))
                .collect::<Vec<_>>()
                .join(", "),
            repr_str(&self.message)
        )
    }
}

/// The coding-quality findings for the diagnoses of one encounter.
#[pyclass(module = "himcore.codes", frozen)]
pub(crate) struct ClaimReport {
    inner: core::ClaimReport,
}

#[pymethods]
impl ClaimReport {
    /// True when there is no finding.
    #[getter]
    fn clean(&self) -> bool {
        self.inner.clean
    }
    /// Each code's validation, in claim order.
    #[getter]
    fn codes(&self, py: Python<'_>) -> PyResult<Vec<Py<CodeValidation>>> {
        self.inner
            .codes
            .iter()
            .map(|v| wrap(py, v.clone()))
            .collect()
    }
    /// The findings, in claim order of their first code.
    #[getter]
    fn findings(&self, py: Python<'_>) -> PyResult<Vec<Py<ClaimFinding>>> {
        self.inner
            .findings
            .iter()
            .map(|f| {
                Py::new(
                    py,
                    ClaimFinding {
                        code: f.code.clone(),
                        codes: f.codes.clone(),
                        message: f.message.clone(),
                    },
                )
            })
            .collect()
    }
    /// The core's JSON shape (what `him codes check-claim` prints).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, &self.inner)
    }
    fn __repr__(&self) -> String {
        format!(
            "ClaimReport(clean={}, codes={}, findings=[{}])",
            if self.inner.clean { "True" } else { "False" },
            self.inner.codes.len(),
            self.inner
                .findings
                .iter()
                .map(|f| repr_str(&f.code))
                .collect::<Vec<_>>()
                .join(", ")
        )
    }
}

/// Check the ICD-10-CM diagnosis codes of one encounter, in claim order
/// (principal first): Excludes1 pairs, manifestations without their
/// etiology, header codes, duplicates, invalid codes.
#[pyfunction]
#[pyo3(signature = (codes, date = None))]
fn check_claim(
    py: Python<'_>,
    codes: &Bound<'_, PyAny>,
    date: Option<&Bound<'_, PyAny>>,
) -> PyResult<ClaimReport> {
    let date = date_arg(date)?;
    let owned = str_sequence(codes, "codes")?;
    let input: Vec<&str> = owned.iter().map(|s| &**s).collect();
    let inner = guard_detached(py, || core::check_claim(&input, date))?;
    Ok(ClaimReport { inner })
}

/// Check many claims (a sequence of code sequences) for one date of
/// service, in one call; `parallel=True` uses all cores.
#[pyfunction]
#[pyo3(signature = (claims, date = None, *, parallel = false))]
fn check_claim_many(
    py: Python<'_>,
    claims: &Bound<'_, PyAny>,
    date: Option<&Bound<'_, PyAny>>,
    parallel: bool,
) -> PyResult<Vec<ClaimReport>> {
    let date = date_arg(date)?;
    let owned = claims
        .try_iter()?
        .map(|claim| str_sequence(&claim?, "each claim"))
        .collect::<PyResult<Vec<_>>>()?;
    let input: Vec<Vec<&str>> = owned
        .iter()
        .map(|claim| claim.iter().map(|s| &**s).collect())
        .collect();
    let reports = guard_detached(py, || {
        if parallel {
            input
                .par_iter()
                .map(|c| core::check_claim(c, date))
                .collect()
        } else {
            core::check_claim_many(&input, date)
        }
    })?;
    Ok(reports
        .into_iter()
        .map(|inner| ClaimReport { inner })
        .collect())
}

/// The short names of every supported system, in a stable order.
#[pyfunction]
fn systems() -> Vec<&'static str> {
    core::ALL_SYSTEMS.iter().map(|s| s.name()).collect()
}

/// The canonical FHIR system URI of a system (`"icd10cm"` ->
/// `"http://hl7.org/fhir/sid/icd-10-cm"`).
#[pyfunction]
fn system_uri(py: Python<'_>, system: &str) -> PyResult<&'static str> {
    Ok(system_arg(py, system)?.uri())
}

/// The shipped releases of a dated system as `(name, effective date)`,
/// oldest first; empty for systems without dated releases.
#[pyfunction]
fn releases(py: Python<'_>, system: &str) -> PyResult<Vec<(&'static str, NaiveDate)>> {
    let system = system_arg(py, system)?;
    Ok(core::releases(system)
        .iter()
        .map(|r| (r.name, r.effective))
        .collect())
}

/// Register `himcore._himcore.codes`.
pub(crate) fn register(parent: &Bound<'_, PyModule>) -> PyResult<()> {
    let m = PyModule::new(parent.py(), "codes")?;
    m.add_class::<CodeValidation>()?;
    m.add_class::<CodeInfo>()?;
    m.add_class::<ClaimReport>()?;
    m.add_class::<ClaimFinding>()?;
    m.add_function(wrap_pyfunction!(validate, &m)?)?;
    m.add_function(wrap_pyfunction!(validate_coding, &m)?)?;
    m.add_function(wrap_pyfunction!(is_valid, &m)?)?;
    m.add_function(wrap_pyfunction!(validate_many, &m)?)?;
    m.add_function(wrap_pyfunction!(normalize, &m)?)?;
    m.add_function(wrap_pyfunction!(lookup, &m)?)?;
    m.add_function(wrap_pyfunction!(check_claim, &m)?)?;
    m.add_function(wrap_pyfunction!(check_claim_many, &m)?)?;
    m.add_function(wrap_pyfunction!(systems, &m)?)?;
    m.add_function(wrap_pyfunction!(system_uri, &m)?)?;
    m.add_function(wrap_pyfunction!(releases, &m)?)?;
    parent.add_submodule(&m)
}
