//! Criterion benchmarks for de-identification: MB/s of clinical free text
//! (detection and tag replacement) and resources/s for FHIR safe-harbor.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    missing_docs
)]

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use himcore::deid::{DeidPolicy, ErrorMode, FhirDeidentifier, TextDeidentifier, TextPolicy};
use std::hint::black_box;

static NOTES: &str = include_str!("../../../examples/data/notes.jsonl");
// 120 hand-written notes of many kinds (tests/data/deid): text that varies the
// way real notes do, where the six example notes repeated flatter the CPU's
// branch predictors.
static CLINICIAN_NOTES: &str = include_str!("../tests/data/deid/clinician_notes_dev.jsonl");
static BUNDLE: &str = include_str!("../../../examples/data/deid_bundle.json");

/// ~1 MB of the notes, repeated (no PHI of real people): the notes one by
/// one, and joined as one text.
fn corpus(notes: &str) -> (Vec<String>, String) {
    let texts: Vec<String> = notes
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            v["text"].as_str().unwrap().to_string()
        })
        .collect();
    let mut docs = Vec::new();
    let mut len = 0;
    while len < 1_000_000 {
        for t in &texts {
            len += t.len() + 2;
            docs.push(t.clone());
        }
    }
    let text = docs.join("\n\n");
    (docs, text)
}

fn bench_text(c: &mut Criterion) {
    let engine = TextDeidentifier::new().unwrap();
    let policy = TextPolicy::default();
    let mut g = c.benchmark_group("deid_text");
    g.sample_size(10);
    for (name, notes) in [("", NOTES), ("clinician_notes_", CLINICIAN_NOTES)] {
        let (docs, text) = corpus(notes);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(format!("{name}detect_1MB"), |b| {
            b.iter(|| black_box(engine.detect(black_box(&text))))
        });
        g.bench_function(format!("{name}deidentify_batch_tag_1MB"), |b| {
            b.iter(|| {
                black_box(
                    engine
                        .deidentify_batch(black_box(&docs), &[], &policy, None)
                        .unwrap(),
                )
            })
        });
    }
    g.throughput(Throughput::Elements(1));
    g.bench_function("engine_new", |b| {
        b.iter(|| black_box(TextDeidentifier::new().unwrap()))
    });
    g.finish();
}

fn bench_fhir(c: &mut Criterion) {
    let bundle: serde_json::Value = serde_json::from_str(BUNDLE).unwrap();
    let resources: Vec<serde_json::Value> = bundle["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["resource"].clone())
        .collect();
    let batch: Vec<serde_json::Value> = resources.iter().cycle().take(1000).cloned().collect();
    let engine = FhirDeidentifier::new(DeidPolicy::preset("safe-harbor").unwrap(), None).unwrap();
    let mut g = c.benchmark_group("deid_fhir");
    g.throughput(Throughput::Elements(batch.len() as u64));
    g.sample_size(10);
    g.bench_function("safe_harbor_1000_resources", |b| {
        b.iter(|| black_box(engine.deidentify_batch(batch.clone(), ErrorMode::Stop)))
    });
    g.finish();
}

criterion_group!(benches, bench_text, bench_fhir);
criterion_main!(benches);
