//! Python bindings of himcore: the native module `himcore._himcore`.
//!
//! One Rust module per core area (`codes.rs` for `himcore::codes`, ...), each
//! registered as a submodule and re-exported by the pure-Python package
//! `python/himcore/`. This crate only converts: Python values to core inputs,
//! core results to Python objects or Arrow columns, core errors to the
//! `himcore.HimError` hierarchy ([`errors`]). Every rule lives in the core.

use pyo3::prelude::*;

mod arrow;
mod audit;
mod codes;
mod consent;
mod convert;
mod deid;
mod errors;
mod fhir;
mod hl7;
mod retention;

/// The native module. Submodules are attached here and exposed as
/// `himcore.<area>` by the Python package.
#[pymodule]
fn _himcore(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_class::<arrow::ArrowExport>()?;
    audit::register(m)?;
    codes::register(m)?;
    consent::register(m)?;
    deid::register(m)?;
    fhir::register(m)?;
    hl7::register(m)?;
    retention::register(m)?;
    Ok(())
}
