//! FHIR JSON targets: the generic entry points (`validate_json`,
//! `Resource::from_json`, `normalize_json`, `split_resources`), a
//! structure-aware target per resource type, and the round trip.

use crate::gen;
use arbitrary::Unstructured;
use himcore::model::{self, Resource};
use himcore::ErrorCode;
use serde_json::Value;

/// Any bytes through the generic entry points: never a panic; the report,
/// `Resource::from_json` and `normalize_json` agree on accept/reject; the
/// text path and the `serde_json::Value` path give the same verdict.
pub fn fhir_json(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let report = model::validate_json(text);
    assert_eq!(
        report.valid,
        report.errors().next().is_none(),
        "valid means no error"
    );
    let parsed = Resource::from_json(text);
    match &parsed {
        Ok(_) => assert!(
            report.valid,
            "from_json accepted what validate_json rejects"
        ),
        Err(e) => {
            assert!(!report.valid, "from_json rejected a valid resource: {e}");
            assert!(e.code().starts_with("FHIR_"));
            let _ = e.to_string();
        }
    }
    assert_eq!(model::normalize_json(text).is_ok(), parsed.is_ok());
    if let Ok(v) = serde_json::from_str::<Value>(text) {
        // serde_json keeps the last of duplicate keys where the text path
        // reports them, so only inputs without duplicates must agree.
        if !has_duplicate_keys(text, &v) {
            let by_value = model::validate_value(&v);
            assert_eq!(
                by_value.valid, report.valid,
                "text and Value paths disagree"
            );
        }
    }
}

/// Accepted => written => parsed again gives the same resource, and writing
/// it again gives the same text (the write is canonical and lossless).
pub fn fhir_roundtrip(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(r) = Resource::from_json(text) else {
        return;
    };
    let written = r.to_json();
    let again = match Resource::from_json(&written) {
        Ok(again) => again,
        Err(e) => panic!("written resource no longer parses: {e}\n{written}"),
    };
    assert_eq!(again, r, "parse(write(x)) != x");
    assert_eq!(again.to_json(), written, "write is not stable");
    assert_eq!(
        model::normalize_json(text).ok().as_deref(),
        Some(written.as_str())
    );
    let by_value = match Resource::from_value(r.to_value()) {
        Ok(v) => v,
        Err(e) => panic!("Value path rejects an accepted resource: {e}"),
    };
    assert_eq!(by_value, r);
    assert_eq!(
        r.resource_type(),
        r.json()
            .get("resourceType")
            .and_then(Value::as_str)
            .unwrap_or("")
    );
}

/// Structure-aware, per resource type: the fuzzer's bytes choose a resource
/// type and FHIR-shaped members (see [`gen`]); the text and Value paths
/// agree, and an accepted resource round-trips.
pub fn fhir_typed(data: &[u8]) {
    let mut u = Unstructured::new(data);
    let Ok(v) = gen::resource(&mut u, 6) else {
        return;
    };
    let Ok(text) = serde_json::to_string(&v) else {
        return;
    };
    let by_text = model::validate_json(&text);
    let by_value = model::validate_value(&v);
    assert_eq!(
        by_text.valid, by_value.valid,
        "text and Value paths disagree on {text}"
    );
    assert_eq!(
        by_text.issues.len(),
        by_value.issues.len(),
        "issue counts differ on {text}"
    );
    match Resource::from_value(v.clone()) {
        Ok(r) => {
            assert!(by_text.valid);
            let written = r.to_json();
            assert_eq!(written, text, "write changed an accepted resource");
            match Resource::from_json(&written) {
                Ok(again) => assert_eq!(again, r, "parse(write(x)) != x"),
                Err(e) => panic!("written resource no longer parses: {e}"),
            }
            typed_accessors(&r);
        }
        Err(e) => {
            assert!(!by_text.valid, "from_value rejected a valid resource: {e}");
            assert!(Resource::from_json(&text).is_err());
        }
    }
}

/// The typed accessors never panic on an accepted resource.
fn typed_accessors(r: &Resource) {
    let _ = (r.resource_type(), r.id());
    match r {
        Resource::Patient(p) => {
            let _ = (p.gender(), p.birth_date(), p.active());
        }
        Resource::Bundle(b) => {
            let _ = (b.bundle_type(), b.resources());
        }
        _ => {}
    }
}

/// NDJSON or Bundle input split into resources (the CLI's and bindings'
/// reader): never a panic; every item validates to a report, a syntax error
/// to an invalid one; `validate_document` gives one report per item; an
/// item converts to a `Value` or a typed error.
pub fn fhir_split(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let items = model::split_resources(text);
    for item in &items {
        let report = model::validate_split_item(item);
        if item.json_error().is_some() {
            assert!(
                !report.valid,
                "a syntax error validated at {}",
                item.location
            );
        }
        if let Err(e) = item.to_value() {
            assert!(e.code().starts_with("FHIR_"));
        }
    }
    assert_eq!(model::validate_document(text).len(), items.len());
    let _ = model::split_documents(text);
}

/// True when some JSON object in `text` repeats a key: the parsed value
/// (duplicates merged) has fewer members than the text has `"key":` pairs.
fn has_duplicate_keys(text: &str, v: &Value) -> bool {
    count_members(v) != count_raw_members(text)
}

fn count_members(v: &Value) -> usize {
    match v {
        Value::Object(m) => m.len() + m.values().map(count_members).sum::<usize>(),
        Value::Array(a) => a.iter().map(count_members).sum(),
        _ => 0,
    }
}

/// Counts `"key":` members in JSON text by scanning strings followed by a colon.
fn count_raw_members(text: &str) -> usize {
    let b = text.as_bytes();
    let (mut i, mut n) = (0, 0);
    while i < b.len() {
        if b[i] == b'"' {
            i += 1;
            while i < b.len() && b[i] != b'"' {
                if b[i] == b'\\' {
                    i += 1;
                }
                i += 1;
            }
            i += 1;
            let mut j = i;
            while j < b.len() && (b[j] as char).is_ascii_whitespace() {
                j += 1;
            }
            if j < b.len() && b[j] == b':' {
                n += 1;
            }
        } else {
            i += 1;
        }
    }
    n
}
