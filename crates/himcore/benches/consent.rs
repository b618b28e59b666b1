//! Consent decisions per second for a compiled consent of about ten provisions.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use himcore::consent::{ConsentEngine, ConsentPolicy, ConsentRequest};
use serde_json::json;

fn consent() -> serde_json::Value {
    let mut provisions = Vec::new();
    for (i, purpose) in ["TREAT", "HPAYMT", "HOPERAT", "HRESCH", "PATRQT"]
        .iter()
        .enumerate()
    {
        provisions.push(json!({
            "actor": [{"role": {"coding": [{"code": "PRCP"}]}, "reference": {"reference": format!("Organization/o{i}")}}],
            "purpose": [{"code": purpose}],
            "action": [{"coding": [{"code": "access"}]}, {"coding": [{"code": "use"}]}],
            "provision": [{
                "securityLabel": [{"code": "PSY"}],
                "action": [{"coding": [{"code": "access"}]}]
            }]
        }));
    }
    json!({"resourceType": "Consent", "id": "bench", "status": "active",
           "subject": {"reference": "Patient/p"}, "decision": "deny",
           "period": {"start": "2020-01-01", "end": "2030-12-31"},
           "provision": provisions})
}

fn bench(c: &mut Criterion) {
    let engine = ConsentEngine::compile(&[consent()], ConsentPolicy::default()).unwrap();
    let request: ConsentRequest = serde_json::from_value(json!({
        "actor": {"reference": "Practitioner/x", "organization": "Organization/o3", "roles": ["PRCP"]},
        "purpose": "HRESCH", "action": "use", "time": "2025-06-01T12:00:00Z",
        "data": {"patient": "Patient/p", "resource_types": ["Observation"],
                 "codes": [{"system": "http://loinc.org", "code": "718-7"}], "security_labels": []}
    }))
    .unwrap();
    assert!(engine.decide(&request).unwrap().permitted());
    let prepared = request.prepare().unwrap();
    let mut g = c.benchmark_group("consent");
    g.throughput(Throughput::Elements(1));
    g.bench_function("decide_prepared_10_provisions", |b| {
        b.iter(|| engine.decide_prepared(black_box(&prepared)))
    });
    g.bench_function("decide_with_prepare_10_provisions", |b| {
        b.iter(|| engine.decide(black_box(&request)).unwrap())
    });
    g.bench_function("compile_consent", |b| {
        let c = consent();
        b.iter(|| {
            ConsentEngine::compile(
                std::slice::from_ref(black_box(&c)),
                ConsentPolicy::default(),
            )
            .unwrap()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
