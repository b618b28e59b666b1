//! Pure-Rust baseline for `bench/bench_deid.py`: the same notes, de-identified
//! (tags) by the core directly, one note at a time as `deidentify_many` does.
//!
//! Usage: `cargo run --release -p himcore-python --example bench_core_deid -- NOTES_FILE`
//! (JSON lines with a "text" field). Prints one JSON object with MB/s.

use std::hint::black_box;
use std::time::Instant;

use himcore::deid::{TextDeidentifier, TextPolicy};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: bench_core_deid NOTES_FILE");
        std::process::exit(2);
    };
    let data = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            std::process::exit(2);
        }
    };
    let mut notes: Vec<String> = Vec::new();
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        match serde_json::from_str::<serde_json::Value>(line) {
            Ok(v) => match v.get("text").and_then(|t| t.as_str()) {
                Some(t) => notes.push(t.to_string()),
                None => {
                    eprintln!("a line without a \"text\" string");
                    std::process::exit(2);
                }
            },
            Err(e) => {
                eprintln!("bad JSON line: {e}");
                std::process::exit(2);
            }
        }
    }
    let bytes: usize = notes.iter().map(String::len).sum();
    let engine = match TextDeidentifier::new() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    let policy = TextPolicy::default();
    let mut best = f64::INFINITY;
    for _ in 0..7 {
        let start = Instant::now();
        let out = engine.deidentify_batch(black_box(&notes), &[], &policy, None);
        black_box(&out);
        best = best.min(start.elapsed().as_secs_f64());
    }
    let mb_s = if best > 0.0 {
        bytes as f64 / best / 1e6
    } else {
        0.0
    };
    println!(
        "{}",
        serde_json::json!({"notes": notes.len(), "bytes": bytes, "seconds": best, "mb_per_s": mb_s})
    );
}
