//! cargo-fuzz target `roi_request`: the logic and its properties are
//! `himcore_fuzz_harness::audit::roi_request` (replayed on stable by its tests).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| himcore_fuzz_harness::audit::roi_request(data));
