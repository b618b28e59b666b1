//! cargo-fuzz target `fhir_typed`: the logic and its properties are
//! `himcore_fuzz_harness::fhir::fhir_typed` (replayed on stable by its tests).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| himcore_fuzz_harness::fhir::fhir_typed(data));
