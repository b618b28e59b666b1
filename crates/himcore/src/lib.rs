//! # himcore
//!
//! The embeddable core of Health Information Management (HIM): the engine that
//! collects, codes, protects, retains, releases and audits patient records.
//!
//! The crate is pure Rust with no I/O of its own, no global mutable state and no
//! `unsafe`. Bindings for Python, Node and Swift/Kotlin live under `bindings/`
//! and only convert types and errors at their door.
//!
//! ## Errors
//!
//! Each area has its own error type; every variant carries a stable machine
//! code (see [`ErrorCode`] and `docs/errors.md`). The codes are part of the
//! public contract: bindings surface them unchanged (`.code` in Python and
//! JavaScript, the exception's code in Kotlin and Swift).

pub mod deid;
pub mod error;

pub use error::{Error, ErrorCode};
