//! Audit log: appends per second (in memory, and to a file with and without
//! fsync after each entry) and verification throughput.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use himcore::audit::{verify, AuditActor, AuditEntry, AuditKey, AuditLog, AuditOutcome};
use std::io::Write;

fn entry(i: u64) -> AuditEntry {
    AuditEntry {
        time: "2025-06-01T10:00:00Z".into(),
        action: "access".into(),
        actor: AuditActor {
            reference: format!("Practitioner/{}", i % 50),
            ..AuditActor::default()
        },
        patient: Some(format!("Patient/{}", i % 1000)),
        resources: vec![format!("Observation/{i}")],
        purpose: Some("TREAT".into()),
        outcome: AuditOutcome::Success,
        recipient: None,
        description: None,
        authorization: None,
        exempt_basis: None,
        consent: None,
    }
}

fn key() -> AuditKey {
    AuditKey::from_bytes(&[7u8; 32]).unwrap()
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("audit");
    g.throughput(Throughput::Elements(1));
    g.bench_function("append_in_memory", |b| {
        let mut log = AuditLog::new(key(), None);
        let mut out = Vec::with_capacity(1 << 20);
        let e = entry(1);
        b.iter(|| {
            if out.len() > 64 << 20 {
                out.clear();
            }
            log.append(&mut out, black_box(&e)).unwrap()
        })
    });
    let dir = std::env::temp_dir().join(format!("himcore-audit-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (name, sync) in [
        ("append_file_no_fsync", false),
        ("append_file_fsync_each", true),
    ] {
        let path = dir.join(name);
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
            .unwrap();
        let mut log = AuditLog::new(key(), None);
        let e = entry(2);
        g.bench_function(name, |b| {
            b.iter(|| {
                log.append(&mut file, &e).unwrap();
                if sync {
                    file.sync_data().unwrap();
                }
            })
        });
        file.flush().unwrap();
    }
    g.finish();

    let mut log = AuditLog::new(key(), None);
    let mut bytes = Vec::new();
    for i in 0..10_000 {
        log.append(&mut bytes, &entry(i)).unwrap();
    }
    let mut g = c.benchmark_group("audit_verify");
    g.throughput(Throughput::Bytes(bytes.len() as u64));
    g.bench_function("verify_10k_entries_with_key", |b| {
        b.iter(|| assert!(verify(black_box(&bytes), Some(&key()), &[]).ok))
    });
    g.bench_function("verify_10k_entries_chain_only", |b| {
        b.iter(|| assert!(verify(black_box(&bytes), None, &[]).ok))
    });
    g.finish();
    let _ = std::fs::remove_dir_all(&dir);
}

criterion_group!(benches, bench);
criterion_main!(benches);
