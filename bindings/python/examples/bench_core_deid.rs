//! Pure-Rust baseline for `bench/bench_deid.py`: the same notes, de-identified
//! (tags) by the core directly, one note at a time as `deidentify_many` does.
//!
//! Usage: `cargo run --release -p himcore-python --example bench_core_deid -- NOTES_FILE`
//! (JSON lines with a "text" field). Prints one JSON object with MB/s.

use std::hint::black_box;

use common::{best_of, rate, read_input};
use himcore::deid::{TextDeidentifier, TextPolicy};

mod common;

fn main() {
    let data = read_input("bench_core_deid NOTES_FILE");
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
    let best = best_of(7, || {
        let out = engine.deidentify_batch(black_box(&notes), &[], &policy, None);
        black_box(&out);
    });
    let mb_s = rate(bytes as f64 / 1e6, best);
    println!(
        "{}",
        serde_json::json!({"notes": notes.len(), "bytes": bytes, "seconds": best, "mb_per_s": mb_s})
    );
}
