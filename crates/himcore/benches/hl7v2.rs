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

/// CPU time of this thread in seconds (utime + stime from
/// /proc/thread-self/stat, USER_HZ = 100): on a shared, overloaded machine
/// wall-clock throughput measures the neighbours, CPU time measures us.
fn thread_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    // Fields after the ")" closing the command name; utime and stime are
    // fields 14 and 15 of the whole line, 12 and 13 after it.
    let rest = stat.rsplit_once(')')?.1;
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

/// Messages per CPU-second of parse + three field reads, over >= 5 CPU s.
fn cpu_time_throughput(msg: &str) {
    let Some(start) = thread_cpu_seconds() else {
        return;
    };
    let [p1, p2, p3] = ["PID-5-1", "PID-3-1", "PV1-44"].map(|p| Path::parse(p).unwrap());
    let mut n = 0u64;
    let mut used = 0.0;
    while used < 5.0 {
        for _ in 0..10_000 {
            let m = hl7v2::parse(black_box(msg)).unwrap();
            black_box((m.query(&p1), m.query(&p2), m.query(&p3)));
        }
        n += 10_000;
        used = thread_cpu_seconds().unwrap_or(start) - start;
    }
    eprintln!(
        "parse + 3 fields per CPU-second: {:.0} messages/s, {:.1} MB/s ({} messages of {} bytes in {:.2} CPU s)",
        n as f64 / used,
        (n as f64 * msg.len() as f64) / used / 1e6,
        n,
        msg.len(),
        used
    );
}

/// Messages per CPU-second of the FHIR mapping (message already parsed).
fn cpu_time_to_fhir(msg: &str) {
    let Some(start) = thread_cpu_seconds() else {
        return;
    };
    let m = hl7v2::parse(msg).unwrap();
    let opts = MappingOptions::default();
    let mut n = 0u64;
    let mut used = 0.0;
    while used < 3.0 {
        for _ in 0..1_000 {
            black_box(hl7v2::to_fhir(black_box(&m), &opts).unwrap());
        }
        n += 1_000;
        used = thread_cpu_seconds().unwrap_or(start) - start;
    }
    eprintln!(
        "to_fhir per CPU-second: {:.0} messages/s ({n} in {used:.2} CPU s)",
        n as f64 / used
    );
}

fn bench(c: &mut Criterion) {
    let msg = adt();
    cpu_time_throughput(&msg);
    cpu_time_to_fhir(&msg);
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
