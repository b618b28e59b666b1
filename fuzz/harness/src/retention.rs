//! Retention targets: rule packs and records (first written by the
//! retention area as cargo-fuzz targets; their logic now lives here).

use himcore::retention::{
    parse_date, shipped_pack, shipped_pack_names, RetentionEngine, RetentionRecord,
    RetentionStatus, RulePack,
};
use std::sync::OnceLock;

/// Any bytes as a retention rule pack: parsing and compiling never panic, and
/// a pack that compiles evaluates a record to a decision or a typed error.
pub fn retention_pack(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(pack) = RulePack::from_json("fuzz", text) else {
        return;
    };
    let Ok(engine) = RetentionEngine::new(&[pack]) else {
        return;
    };
    let record = RetentionRecord {
        id: "fuzz".into(),
        record_type: "medical_record".into(),
        jurisdiction: "US-CA".into(),
        facility_type: Some("hospital".into()),
        patient_birth_date: parse_date("2008-02-29"),
        created: parse_date("2010-01-31"),
        discharged: parse_date("2010-02-01"),
        programs: Some(vec!["medicare".into()]),
        ..Default::default()
    };
    if let Some(as_of) = parse_date("2026-11-25") {
        let _ = engine.evaluate(&record, as_of);
        let _ = engine.explain(&record, as_of);
    }
}

fn engine() -> &'static RetentionEngine {
    static ENGINE: OnceLock<RetentionEngine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        let packs: Vec<_> = shipped_pack_names()
            .map(|n| shipped_pack(n).expect("shipped pack"))
            .collect();
        RetentionEngine::new(&packs).expect("shipped packs compile together")
    })
}

/// Any bytes as a retention record, evaluated against every shipped pack:
/// never a panic, and an active legal hold never yields "eligible".
pub fn retention_record(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(record) = RetentionRecord::from_json(text) else {
        return;
    };
    let Some(as_of) = parse_date("2026-11-25") else {
        return;
    };
    if let Ok(decision) = engine().evaluate(&record, as_of) {
        if record.legal_holds.iter().any(|h| h.is_active(as_of)) {
            assert_eq!(decision.status, RetentionStatus::OnHold);
        }
    }
}
