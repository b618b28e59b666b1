//! Any bytes as a policy, applied to a fixed Patient: parsing either fails
//! with a typed error or gives a policy that never panics when applied.
#![no_main]
use himcore::deid::{DeidKey, DeidPolicy, ErrorMode, FhirDeidentifier};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(policy) = DeidPolicy::from_json(data) else { return };
    let key = DeidKey::from_bytes(b"fuzz-key-0123456789abcdef").expect("key");
    let Ok(engine) = FhirDeidentifier::new(policy, Some(key)) else { return };
    let patient = serde_json::json!({
        "resourceType": "Patient", "id": "p1",
        "name": [{"family": "Glover", "given": ["Jason"]}],
        "birthDate": "1930-04-28", "gender": "male",
        "address": [{"line": ["615 Orozco Views"], "city": "Davidhaven", "state": "MA", "postalCode": "03601"}],
        "text": {"status": "generated", "div": "<div xmlns=\"http://www.w3.org/1999/xhtml\">Jason Glover</div>"},
        "extension": [{"url": "http://example.org/x", "valueDecimal": 3.5}]
    });
    let _ = engine.deidentify_batch(vec![patient], ErrorMode::Skip);
});
