//! cargo-fuzz target `retention_record`: the logic and its properties are
//! `himcore_fuzz_harness::retention::retention_record` (replayed on stable by its tests).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| himcore_fuzz_harness::retention::retention_record(data));
