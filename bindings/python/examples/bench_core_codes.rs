//! Pure-Rust baseline for `bench/bench_codes.py`: the same codes, validated
//! by the core directly, so the Python figures can be put next to it.
//!
//! Usage: `cargo run --release -p himcore-python --example bench_core_codes -- CODES_FILE`
//! (one code per line). Prints one JSON object with validations per second.

use std::hint::black_box;
use std::time::Instant;

use himcore::codes::{self, CodeSystem};

fn rate(n: usize, seconds: f64) -> f64 {
    if seconds > 0.0 {
        n as f64 / seconds
    } else {
        0.0
    }
}

/// Best of `rounds` timings of `f`, in seconds.
fn best_of(rounds: usize, mut f: impl FnMut()) -> f64 {
    let mut best = f64::INFINITY;
    for _ in 0..rounds {
        let start = Instant::now();
        f();
        best = best.min(start.elapsed().as_secs_f64());
    }
    best
}

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: bench_core_codes CODES_FILE");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            std::process::exit(2);
        }
    };
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
        rate(n, is_valid),
        rate(n, validate),
        rate(n, validate_many)
    );
}
