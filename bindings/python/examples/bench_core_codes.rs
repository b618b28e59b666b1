//! Pure-Rust baseline for `bench/bench_codes.py`: the same codes, validated
//! by the core directly, so the Python figures can be put next to it.
//!
//! Usage: `cargo run --release -p himcore-python --example bench_core_codes -- CODES_FILE`
//! (one code per line). Prints one JSON object with validations per second.

use std::hint::black_box;

use common::{best_of, rate, read_input};
use himcore::codes::{self, CodeSystem};

mod common;

fn main() {
    let text = read_input("bench_core_codes CODES_FILE");
    let input: Vec<&str> = text.lines().collect();
    let n = input.len();
    let system = CodeSystem::Icd10Cm;

    let is_valid = best_of(5, || {
        for c in &input {
            black_box(codes::is_valid(system, black_box(c), None));
        }
    });
    let validate = best_of(5, || {
        for c in &input {
            black_box(codes::validate(system, black_box(c), None));
        }
    });
    let validate_many = best_of(5, || {
        black_box(codes::validate_many(system, black_box(&input), None));
    });
    println!(
        "{{\"codes\": {n}, \"is_valid_per_s\": {:.0}, \"validate_per_s\": {:.0}, \"validate_many_per_s\": {:.0}}}",
        rate(n as f64, is_valid),
        rate(n as f64, validate),
        rate(n as f64, validate_many)
    );
}
