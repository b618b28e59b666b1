//! HL7 v2 benchmarks: parse a ~1.1 KB ADT^A01 and read three fields; also
//! the writer, the FHIR mapping and a 100-message batch.
//!
//! `cargo bench -p himcore --bench hl7v2`
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use himcore::hl7v2::{self, MappingOptions, Path};

/// The example ADT^A01 without its NK1 segment: 1,162 bytes.
fn adt() -> String {
    include_str!("../../../examples/data/adt_a01.hl7")
        .split('\r')
        .filter(|s| !s.starts_with("NK1"))
        .collect::<Vec<_>>()
        .join("\r")
}

fn bench(c: &mut Criterion) {
    let msg = adt();
    let mut g = c.benchmark_group("hl7v2");
    g.throughput(Throughput::Elements(1));
    let [p1, p2, p3] = ["PID-5-1", "PID-3-1", "PV1-44"].map(|p| Path::parse(p).unwrap());
    g.bench_function("parse_adt_a01_read_3_fields", |b| {
        b.iter(|| {
            let m = hl7v2::parse(black_box(&msg)).unwrap();
            let a = m.query(&p1);
            let b2 = m.query(&p2);
            let c2 = m.query(&p3);
            black_box((a, b2, c2));
        })
    });
    g.bench_function("parse_adt_a01_read_3_fields_string_paths", |b| {
        b.iter(|| {
            let m = hl7v2::parse(black_box(&msg)).unwrap();
            black_box((
                m.get("PID-5-1").unwrap(),
                m.get("PID-3-1").unwrap(),
                m.get("PV1-44").unwrap(),
            ));
        })
    });
    let tree = hl7v2::parse(&msg).unwrap().to_tree();
    g.bench_function("write_adt_a01", |b| {
        b.iter(|| black_box(hl7v2::write(black_box(&tree)).unwrap()))
    });
    let parsed = hl7v2::parse(&msg).unwrap();
    g.bench_function("to_fhir_adt_a01", |b| {
        b.iter(|| {
            black_box(hl7v2::to_fhir(black_box(&parsed), &MappingOptions::default()).unwrap())
        })
    });
    g.finish();

    let batch: String = std::iter::repeat_n(format!("{msg}\r"), 100).collect();
    let mut g = c.benchmark_group("hl7v2_batch");
    g.throughput(Throughput::Elements(100));
    g.bench_function("parse_many_100_adt_a01", |b| {
        b.iter(|| black_box(hl7v2::parse_many(black_box(&batch))))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
