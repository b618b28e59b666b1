//! # himcore
//!
//! The embeddable core of Health Information Management (HIM): the engine that
//! collects, codes, protects, retains, releases and audits patient records.
//!
//! The crate is pure Rust with no I/O of its own, no global mutable state and no
//! `unsafe`. Bindings for Python, Node and Swift/Kotlin live under `bindings/`
//! and only convert types and errors at their door.
//!
//! ## Example
//!
//! The same example as the README (kept in step by this doctest):
//!
//! ```
//! use himcore::codes::{validate, CodeSystem};
//! use himcore::model::validate_json;
//!
//! let v = validate(CodeSystem::Icd10Cm, "E11.9", None);
//! assert!(v.valid && v.billable == Some(true));
//!
//! let report = validate_json(r#"{"resourceType":"Patient","gender":"mail"}"#);
//! assert_eq!(report.issues[0].code, "FHIR_CODE_NOT_IN_VALUESET"); // at Patient.gender
//! ```
//!
//! ## Errors
//!
//! Each area has its own error type; every variant carries a stable machine
//! code (see [`ErrorCode`] and `docs/errors.md`). The codes are part of the
//! public contract: bindings surface them unchanged (`.code` in Python and
//! JavaScript, the exception's code in Kotlin and Swift).

pub mod audit;
pub mod codes;
pub mod consent;
pub mod deid;
pub mod error;
pub mod hl7v2;
pub mod model;
pub mod retention;
pub mod roi;

pub use error::{Error, ErrorCode};
