//! cargo-fuzz target `consent_compile`: the logic and its properties are
//! `himcore_fuzz_harness::consent::consent_compile` (replayed on stable by its tests).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| himcore_fuzz_harness::consent::consent_compile(data));
