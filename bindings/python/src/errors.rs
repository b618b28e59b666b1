//! Core errors become Python exceptions here, and nowhere else.
//!
//! Every himcore error carries a stable machine code (`CODE_UNKNOWN`,
//! `FHIR_INVALID_JSON`, ...). The exception raised is the subclass of
//! `himcore.HimError` for the code's area (its prefix), with `.code` set to the
//! core's code unchanged, so Python programs branch on `err.code` exactly as
//! Rust programs branch on `ErrorCode::code()`.
//!
//! The exception classes themselves are plain Python classes
//! (`himcore/_errors.py`): that keeps them picklable, which matters when an
//! error crosses a Spark or multiprocessing worker boundary.

use std::panic::{catch_unwind, AssertUnwindSafe};

use himcore::ErrorCode;
use pyo3::prelude::*;

/// Code used when the core panicked. The core is written never to panic on
/// any input; this is the last line of defence so that no Rust panic (and no
/// `pyo3_runtime.PanicException`, which is not an `Exception`) reaches Python.
pub(crate) const INTERNAL: &str = "HIM_INTERNAL";

/// The Python exception class for a stable code: chosen by the code's area
/// prefix, `HimError` when the area is unknown to this binding.
fn class_for(code: &str) -> &'static str {
    let area = code.split('_').next().unwrap_or("");
    match area {
        "CODE" => "CodeError",
        "FHIR" => "FhirError",
        "DEID" => "DeidError",
        "HL7" => "Hl7Error",
        "RETENTION" => "RetentionError",
        "CONSENT" => "ConsentError",
        "AUDIT" => "AuditError",
        "ROI" => "RoiError",
        _ => "HimError",
    }
}

/// Build the Python exception for a stable `code` and a human `message`.
pub(crate) fn him_error(py: Python<'_>, code: &str, message: &str) -> PyErr {
    raise_class(py, class_for(code), code, message, None)
}

/// Build an instance of the named class of `himcore._errors`; `extra` is
/// passed as keyword arguments (e.g. the issues of a `FhirValidationError`).
pub(crate) fn raise_class(
    py: Python<'_>,
    class: &str,
    code: &str,
    message: &str,
    extra: Option<&Bound<'_, pyo3::types::PyDict>>,
) -> PyErr {
    // A binding older than the core may meet an area it has no class for
    // yet: the base class still carries the code.
    let made = py.import("himcore._errors").and_then(|m| {
        let cls = m.getattr(class).or_else(|_| m.getattr("HimError"))?;
        cls.call((message, code), extra)
    });
    match made {
        Ok(instance) => PyErr::from_value(instance),
        // Importing our own pure-Python module failed (a broken install):
        // surface that error rather than hide it behind another.
        Err(err) => err,
    }
}

/// Convert any core error (each implements [`ErrorCode`]) into its exception.
pub(crate) fn core_error<E: ErrorCode + std::fmt::Display>(py: Python<'_>, err: &E) -> PyErr {
    him_error(py, err.code(), &err.to_string())
}

/// Run core work, turning a panic into `HimError(code="HIM_INTERNAL")`.
///
/// Panics caught here would be bugs in himcore; they are reported with the
/// panic message so they can be fixed, but never as a crash of the caller.
pub(crate) fn guard<T>(py: Python<'_>, work: impl FnOnce() -> T) -> PyResult<T> {
    catch_unwind(AssertUnwindSafe(work)).map_err(|payload| panic_error(py, payload.as_ref()))
}

/// [`guard`] with the GIL released: for work that does not touch Python
/// objects, so other Python threads run meanwhile.
pub(crate) fn guard_detached<T: Send>(
    py: Python<'_>,
    work: impl FnOnce() -> T + Send,
) -> PyResult<T> {
    py.detach(|| catch_unwind(AssertUnwindSafe(work)))
        .map_err(|payload| panic_error(py, payload.as_ref()))
}

fn panic_error(py: Python<'_>, payload: &(dyn std::any::Any + Send)) -> PyErr {
    let detail = payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".to_owned());
    him_error(
        py,
        INTERNAL,
        &format!("internal error in himcore (please report): {detail}"),
    )
}

#[cfg(test)]
mod tests {
    use super::class_for;

    #[test]
    fn code_prefix_picks_the_area_exception() {
        assert_eq!(class_for("CODE_UNKNOWN"), "CodeError");
        assert_eq!(class_for("FHIR_INVALID_TYPE"), "FhirError");
        assert_eq!(class_for("HL7_BAD_SEGMENT"), "Hl7Error");
        assert_eq!(
            class_for("RETENTION_UNKNOWN_JURISDICTION"),
            "RetentionError"
        );
        assert_eq!(class_for("HIM_INTERNAL"), "HimError");
        assert_eq!(class_for(""), "HimError");
    }
}
