//! cargo-fuzz target `deid_fhir`: the logic and its properties are
//! `himcore_fuzz_harness::deid::deid_fhir` (replayed on stable by its tests).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| himcore_fuzz_harness::deid::deid_fhir(data));
