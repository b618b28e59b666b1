//! Free-text detection one note at a time, for profiling and for machines
//! where criterion's wall clock is noisy (docs/benchmarks.md,
//! "De-identification"). Reads JSON lines `{"id","text"}`, runs
//! `TextDeidentifier::detect` on each note `REPS` times (default 60) and
//! prints the best pass in MiB/s.
//!
//! Instructions per pass, deterministic on any machine: run it under
//! callgrind with `REPS=1` and `REPS=6` and divide the difference by 5 (the
//! engine build and file reading cancel out):
//!
//! ```text
//! cargo build --release -p himcore --example deid_per_note
//! REPS=6 valgrind --tool=callgrind target/release/examples/deid_per_note \
//!     crates/himcore/tests/data/deid/clinician_notes_dev.jsonl \
//!     crates/himcore/tests/data/deid/clinician_notes_holdout.jsonl
//! ```
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;

fn main() {
    let mut texts: Vec<String> = Vec::new();
    for path in std::env::args().skip(1) {
        let notes = std::fs::read_to_string(&path).expect("a JSON lines file");
        for line in notes.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).expect("a JSON object per line");
            let text = v
                .get("text")
                .and_then(|t| t.as_str())
                .expect("a \"text\" string");
            texts.push(text.to_string());
        }
    }
    let engine = himcore::deid::TextDeidentifier::new().unwrap();
    let reps: usize = std::env::var("REPS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(60);
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut best = f64::MAX;
    let mut spans = 0usize;
    for _ in 0..reps {
        let start = std::time::Instant::now();
        for text in &texts {
            spans += black_box(engine.detect(black_box(text))).len();
        }
        best = best.min(start.elapsed().as_secs_f64());
    }
    println!(
        "{} notes, {bytes} bytes, {spans} spans over {reps} passes; best pass {:.2} MiB/s",
        texts.len(),
        bytes as f64 / 1_048_576.0 / best
    );
}
