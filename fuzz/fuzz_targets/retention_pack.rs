//! cargo-fuzz target `retention_pack`: the logic and its properties are
//! `himcore_fuzz_harness::retention::retention_pack` (replayed on stable by its tests).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| himcore_fuzz_harness::retention::retention_pack(data));
