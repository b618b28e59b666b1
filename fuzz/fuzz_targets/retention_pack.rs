//! Any bytes as a retention rule pack: parsing and compiling never panic, and
//! a pack that compiles evaluates a record to a decision or a typed error.
#![no_main]

use himcore::retention::{parse_date, RetentionEngine, RetentionRecord, RulePack};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
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
});
