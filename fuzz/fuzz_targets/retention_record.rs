//! Any bytes as a retention record, evaluated against every shipped pack:
//! never a panic, and an active legal hold never yields "eligible".
#![no_main]

use himcore::retention::{
    parse_date, shipped_pack, shipped_pack_names, RetentionEngine, RetentionRecord, RetentionStatus,
};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn engine() -> &'static RetentionEngine {
    static ENGINE: OnceLock<RetentionEngine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        let packs: Vec<_> = shipped_pack_names()
            .map(|n| shipped_pack(n).expect("shipped pack"))
            .collect();
        RetentionEngine::new(&packs).expect("shipped packs compile together")
    })
}

fuzz_target!(|data: &[u8]| {
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
});
