//! cargo-fuzz target `hl7v2_escape`: the logic and its properties are
//! `himcore_fuzz_harness::hl7v2::hl7v2_escape` (replayed on stable by its tests).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| himcore_fuzz_harness::hl7v2::hl7v2_escape(data));
