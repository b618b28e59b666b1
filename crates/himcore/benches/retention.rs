//! Records evaluated per second with the federal pack plus one state pack.
//!
//! `cargo bench -p himcore --bench retention`

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use chrono::{Days, NaiveDate};
use criterion::{black_box, criterion_group, Criterion, Throughput};
use himcore::retention::{DecisionBuf, LegalHold, RetentionEngine, RetentionRecord};

/// Deterministic synthetic records: a mix of adults and minors, Medicare,
/// Medicare Advantage and no program, some deceased, a few on hold.
fn records(n: usize) -> Vec<RetentionRecord> {
    let base = NaiveDate::from_ymd_opt(1930, 1, 1).unwrap();
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    (0..n)
        .map(|i| {
            let birth = base.checked_add_days(Days::new(next() % 30_000)).unwrap();
            let created = birth.checked_add_days(Days::new(next() % 25_000)).unwrap();
            let discharged = created.checked_add_days(Days::new(next() % 30)).unwrap();
            let programs = match next() % 4 {
                0 => vec![],
                1 => vec!["medicare".to_string()],
                2 => vec!["medicare".to_string(), "medicare_advantage".to_string()],
                _ => vec!["medicaid".to_string()],
            };
            let death = (next() % 10 == 0).then(|| {
                discharged
                    .checked_add_days(Days::new(next() % 3000))
                    .unwrap()
            });
            let legal_holds = if next() % 100 == 0 {
                vec![LegalHold {
                    id: "H".into(),
                    start: Some(created),
                    released: None,
                    matter: None,
                }]
            } else {
                vec![]
            };
            RetentionRecord {
                id: format!("R{i}"),
                record_type: "medical_record".into(),
                jurisdiction: "US-CA".into(),
                facility_type: Some("hospital".into()),
                patient_birth_date: Some(birth),
                patient_death_date: death,
                created: Some(created),
                discharged: Some(discharged),
                last_encounter: Some(discharged),
                programs: Some(programs),
                legal_holds,
                ..Default::default()
            }
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let engine = RetentionEngine::from_shipped(&["us-federal", "us-ca"]).unwrap();
    let recs = records(100_000);
    let as_of = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let mut g = c.benchmark_group("retention");
    g.sample_size(20);
    g.throughput(Throughput::Elements(recs.len() as u64));
    g.bench_function("evaluate_into federal+us-ca (100k records)", |b| {
        let mut buf = DecisionBuf::new();
        b.iter(|| {
            let mut eligible = 0usize;
            for r in &recs {
                engine.evaluate_into(black_box(r), as_of, &mut buf).unwrap();
                eligible += usize::from(
                    buf.status()
                        == Some(himcore::retention::RetentionStatus::EligibleForDestruction),
                );
            }
            eligible
        })
    });
    g.bench_function("evaluate (materialised decisions, 100k records)", |b| {
        b.iter(|| {
            engine
                .evaluate_iter(black_box(&recs), as_of)
                .filter(|d| d.is_ok())
                .count()
        })
    });
    g.finish();
}

/// This thread's CPU time in nanoseconds (Linux `/proc/thread-self/schedstat`),
/// to report throughput per core on a shared, oversubscribed machine where
/// wall-clock figures mostly measure the neighbours.
fn thread_cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

fn cpu_time_throughput() {
    let engine = RetentionEngine::from_shipped(&["us-federal", "us-ca"]).unwrap();
    let recs = records(100_000);
    let as_of = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let mut buf = DecisionBuf::new();
    let rounds = 30u64;
    let (Some(c0), t0) = (thread_cpu_ns(), std::time::Instant::now()) else {
        return;
    };
    for _ in 0..rounds {
        for r in &recs {
            engine.evaluate_into(black_box(r), as_of, &mut buf).unwrap();
        }
    }
    let wall = t0.elapsed().as_secs_f64();
    let Some(c1) = thread_cpu_ns() else { return };
    let n = (rounds * recs.len() as u64) as f64;
    let cpu = (c1 - c0) as f64 / 1e9;
    println!(
        "retention/evaluate_into federal+us-ca: {:.2} M records/s per core of CPU time ({:.2} M/s wall), {} records",
        n / cpu / 1e6,
        n / wall / 1e6,
        n
    );
}

criterion_group!(benches, bench);

fn main() {
    cpu_time_throughput();
    benches();
    Criterion::default().configure_from_args().final_summary();
}
