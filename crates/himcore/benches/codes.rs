//! Validations per second on a mix of valid and invalid codes, per system.
//!
//! `cargo bench -p himcore --bench codes`; figures in docs/benchmarks.md.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    missing_docs
)]

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use himcore::codes::{is_valid, validate, validate_many, CodeSystem};

/// About two thirds valid, one third malformed or unknown.
fn mix(system: CodeSystem) -> Vec<&'static str> {
    match system {
        CodeSystem::Icd10Cm => vec![
            "E11.9", "I10", "S72.001A", "Z3A.20", "QA0.0101", "J45.909", "E11", "e119", "E11.99",
            "S02.0A", "1E1.9", "M54.50", "F32.A", "O9A.111", "K21.9",
        ],
        CodeSystem::Icd10Pcs => vec![
            "0DTJ4ZZ", "0016070", "X2A5312", "0DTJ4ZY", "0I00000", "02HV33Z", "3E0234Z",
        ],
        CodeSystem::Hcpcs => vec!["J1100", "A0021", "LT", "A0000", "99213", "G0008", "E0114"],
        CodeSystem::Cpt => vec!["99213", "3074F", "0042T", "0001U", "9921", "ABCDE"],
        CodeSystem::Ndc => vec![
            "1234-5678-90",
            "12345-678-90",
            "12345678901",
            "1234567890",
            "123-4567-890",
        ],
        CodeSystem::Loinc => vec!["2160-0", "718-7", "4548-4", "2160-1", "21600"],
        CodeSystem::Snomed => vec!["22298006", "404684003", "22298005", "123"],
        CodeSystem::Npi => vec!["1234567893", "1234567890", "123456789"],
        CodeSystem::Dea => vec!["AB1234563", "AB1234564", "A12345678"],
        CodeSystem::Mbi => vec!["1EG4TE5MK73", "1EG4-TE5-MK73", "1SG4TE5MK73"],
        CodeSystem::Cvx => vec!["03", "3", "207", "555", "1000"],
        _ => vec!["207Q00000X", "261QM0801X", "207Q00000"],
    }
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("codes");
    for system in himcore::codes::ALL_SYSTEMS {
        let codes = mix(system);
        g.throughput(Throughput::Elements(codes.len() as u64));
        g.bench_function(format!("is_valid/{}", system.name()), |b| {
            b.iter(|| {
                let mut n = 0usize;
                for c in &codes {
                    n += usize::from(is_valid(system, black_box(c), None));
                }
                n
            })
        });
        g.bench_function(format!("validate/{}", system.name()), |b| {
            b.iter(|| validate_many(system, black_box(&codes), None))
        });
    }
    let date = chrono::NaiveDate::from_ymd_opt(2025, 5, 1);
    let codes = mix(CodeSystem::Icd10Cm);
    g.throughput(Throughput::Elements(codes.len() as u64));
    g.bench_function("validate/icd10cm-dated", |b| {
        b.iter(|| {
            codes
                .iter()
                .map(|c| validate(CodeSystem::Icd10Cm, black_box(c), date).valid)
                .filter(|v| *v)
                .count()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
