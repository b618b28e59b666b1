//! Validations per CPU-second, for a shared machine where wall-clock
//! benchmarks are noisy: run under `/usr/bin/time -v` and divide the count
//! printed by the user CPU time (docs/benchmarks.md, "Codes").
//!
//! `cargo run --release -p himcore --example codes_throughput -- icd10cm 20000000 [CODE]`
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use himcore::codes::{is_valid, CodeSystem};
use std::hint::black_box;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let system = CodeSystem::from_name(args.get(1).map_or("icd10cm", String::as_str)).unwrap();
    let n: usize = args.get(2).map_or(20_000_000, |s| s.parse().unwrap());
    // Two thirds valid, one third malformed or unknown.
    let mix: &[&str] = match system {
        CodeSystem::Icd10Cm => &[
            "E11.9", "I10", "S72.001A", "Z3A.20", "QA0.0101", "J45.909", "E11", "e119", "E11.99",
            "S02.0A", "1E1.9", "M54.50",
        ],
        CodeSystem::Icd10Pcs => &[
            "0DTJ4ZZ", "0016070", "X2A5312", "0DTJ4ZY", "0I00000", "02HV33Z",
        ],
        CodeSystem::Npi => &["1234567893", "1234567890", "1245319599"],
        _ => &["99213", "3074F", "9921"],
    };
    // An optional third argument replaces the mix by that one code.
    let one = args.get(3).map(|c| [c.as_str()]);
    let mix: &[&str] = one.as_ref().map_or(mix, |o| &o[..]);
    let mut valid = 0usize;
    for i in 0..n {
        valid += usize::from(is_valid(system, black_box(mix[i % mix.len()]), None));
    }
    println!("system={} validations={n} valid={valid}", system.name());
}
