//! Node.js binding of himcore (napi-rs).
//!
//! The binding is a door, not a room: every rule lives in the `himcore` core
//! crate; this crate only converts JavaScript values to Rust arguments, core
//! results to plain JavaScript objects, and core errors to `HimError`s that
//! carry the core's stable code. Modules mirror the core's modules one to one
//! (`codes.rs` is the door of `himcore::codes`, `fhir.rs` of `himcore::model`),
//! and each is exposed as a JavaScript namespace of the same name.
//!
//! Calls that may be long (batches) also come as `...Async` variants that run
//! on the libuv thread pool and return a `Promise`, so a web server's event
//! loop stays responsive while they run.

// napi registers the exported functions only outside `cfg(test)`, so the unit
// test build sees them (and everything they call) as unused.
#![cfg_attr(test, allow(dead_code))]

mod args;
mod audit;
mod batch;
mod codes;
mod consent;
mod deid;
mod errors;
mod fhir;
mod hl7;
mod retention;

use napi_derive::napi;

/// The version of himcore this addon was built from (the workspace version).
#[napi]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
