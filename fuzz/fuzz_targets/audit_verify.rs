//! cargo-fuzz target `audit_verify`: the logic and its properties are
//! `himcore_fuzz_harness::audit::audit_verify` (replayed on stable by its tests).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| himcore_fuzz_harness::audit::audit_verify(data));
