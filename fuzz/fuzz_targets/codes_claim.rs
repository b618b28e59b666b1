//! cargo-fuzz target `codes_claim`: the logic and its properties are
//! `himcore_fuzz_harness::codes::codes_claim` (replayed on stable by its tests).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| himcore_fuzz_harness::codes::codes_claim(data));
