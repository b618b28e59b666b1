//! De-identification targets: free text (`TextDeidentifier::detect` and
//! `deidentify`), policies (`DeidPolicy::from_json`, `FhirDeidentifier`)
//! and structure-aware FHIR resources through the Safe Harbor preset.

use crate::gen;
use arbitrary::Unstructured;
use himcore::deid::{
    DeidKey, DeidPolicy, FhirDeidentifier, TextDeidentifier, TextMethod, TextPolicy,
};
use himcore::ErrorCode;
use serde_json::Value;
use std::sync::OnceLock;

/// A fixed pseudonym key for fuzzing only (never a real key).
const KEY: [u8; 32] = [0x6b; 32];

fn key() -> DeidKey {
    DeidKey::from_bytes(&KEY).expect("fixed key")
}

fn text_engine() -> &'static TextDeidentifier {
    static T: OnceLock<TextDeidentifier> = OnceLock::new();
    T.get_or_init(|| TextDeidentifier::new().expect("text engine"))
}

fn example_resources() -> &'static [Value] {
    static R: OnceLock<Vec<Value>> = OnceLock::new();
    R.get_or_init(|| {
        let bundle: Value =
            serde_json::from_str(include_str!("../../../examples/data/bundle.json"))
                .expect("example bundle");
        let mut rs: Vec<Value> = bundle
            .get("entry")
            .and_then(Value::as_array)
            .map(|es| es.iter().filter_map(|e| e.get("resource").cloned()).collect())
            .unwrap_or_default();
        // The deid area's first target's Patient: every identifier kind.
        rs.push(serde_json::json!({
            "resourceType": "Patient", "id": "p1",
            "name": [{"family": "Glover", "given": ["Jason"]}],
            "birthDate": "1930-04-28", "gender": "male",
            "address": [{"line": ["615 Orozco Views"], "city": "Davidhaven", "state": "MA", "postalCode": "03601"}],
            "text": {"status": "generated", "div": "<div xmlns=\"http://www.w3.org/1999/xhtml\">Jason Glover</div>"},
            "extension": [{"url": "http://example.org/x", "valueDecimal": 3.5}]
        }));
        rs
    })
}

/// Any text through the free-text de-identifier: spans are sorted, do not
/// overlap, lie on character boundaries with consistent character offsets;
/// every method replaces exactly the spans it reports (the text between
/// them is kept); surrogates are deterministic for a key and scope; the
/// surrogate method without a key is a typed error.
pub fn deid_text(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let engine = text_engine();
    let spans = engine.detect(text);
    let mut last_end = 0;
    for s in &spans {
        assert!(
            s.start_byte < s.end_byte && s.end_byte <= text.len(),
            "bad span {s:?}"
        );
        assert!(
            s.start_byte >= last_end,
            "spans overlap or are unsorted: {s:?}"
        );
        assert!(text.is_char_boundary(s.start_byte) && text.is_char_boundary(s.end_byte));
        assert_eq!(
            text[..s.start_byte].chars().count(),
            s.start,
            "char offset of {s:?}"
        );
        assert_eq!(
            text[..s.end_byte].chars().count(),
            s.end,
            "char offset of {s:?}"
        );
        last_end = s.end_byte;
    }
    let k = key();
    for method in [TextMethod::Tag, TextMethod::Redact, TextMethod::Surrogate] {
        let policy = TextPolicy {
            method,
            ..TextPolicy::default()
        };
        let r = match engine.deidentify(text, &policy, Some(&k), "fuzz") {
            Ok(r) => r,
            Err(e) => panic!("deidentify failed with a key: {} {e}", e.code()),
        };
        // The text outside the replaced spans comes through unchanged.
        let mut kept = String::new();
        let mut last = 0;
        for s in &r.spans {
            kept.push_str(&text[last..s.start_byte]);
            last = s.end_byte;
        }
        kept.push_str(&text[last..]);
        let mut rest = r.text.as_str();
        let mut last = 0;
        for s in &r.spans {
            let between = &text[last..s.start_byte];
            assert!(rest.starts_with(between), "text between spans was changed");
            rest = &rest[between.len()..];
            last = s.end_byte;
            // Skip the replacement: up to where the next kept text starts.
            let next = r
                .spans
                .iter()
                .find(|n| n.start_byte >= s.end_byte)
                .map_or(&text[s.end_byte..], |n| &text[s.end_byte..n.start_byte]);
            if let Some(pos) = rest.find(next) {
                rest = &rest[pos..];
            }
        }
        if method == TextMethod::Surrogate {
            let again = engine.deidentify(text, &policy, Some(&k), "fuzz").ok();
            assert_eq!(again.as_ref(), Some(&r), "surrogates are not deterministic");
        }
    }
    // Tags are stable: de-identifying the output again changes nothing more
    // (spans grow to whole tokens, so no fragment stays glued to a tag).
    let tag = TextPolicy::default();
    if let Ok(once) = engine.deidentify(text, &tag, None, "fuzz") {
        let twice = engine.deidentify(&once.text, &tag, None, "fuzz");
        assert_eq!(
            twice.as_ref().map(|t| t.text.as_str()).ok(),
            Some(once.text.as_str()),
            "tagging twice changed more"
        );
    }
    if let Err(e) = engine.deidentify(
        text,
        &TextPolicy {
            method: TextMethod::Surrogate,
            ..TextPolicy::default()
        },
        None,
        "fuzz",
    ) {
        assert!(e.code().starts_with("DEID_"), "{}", e.code());
    } else {
        panic!("surrogate without a key did not fail");
    }
}

/// Any bytes as a de-identification policy: parsing and validation give a
/// policy or a typed `DEID_` error; a policy that builds de-identifies the
/// example resources (or says why not) without panicking, deterministically.
pub fn deid_policy(data: &[u8]) {
    let policy = match DeidPolicy::from_json(data) {
        Ok(p) => p,
        Err(e) => {
            assert!(e.code().starts_with("DEID_"), "{}", e.code());
            return;
        }
    };
    let Ok(d) = FhirDeidentifier::new(policy, Some(key())) else {
        return;
    };
    for r in example_resources() {
        let once = d.deidentify_resource(r.clone());
        if let Err(e) = &once {
            assert!(e.code().starts_with("DEID_"), "{}", e.code());
        }
        let twice = d.deidentify_resource(r.clone());
        assert_eq!(
            once.as_ref().ok().map(|(v, _)| v),
            twice.as_ref().ok().map(|(v, _)| v),
            "de-identification is not deterministic"
        );
    }
    // The same bytes as a free-text policy.
    if let Ok(tp) = serde_json::from_slice::<TextPolicy>(data) {
        let _ = text_engine().deidentify(
            "John Smith, MRN 1234567, seen 2024-03-05",
            &tp,
            Some(&key()),
            "fuzz",
        );
    }
}

/// Structure-aware: FHIR-shaped resources (see [`gen`]) through every
/// preset; typed errors only, deterministic output.
pub fn deid_fhir(data: &[u8]) {
    static ENGINES: OnceLock<Vec<FhirDeidentifier>> = OnceLock::new();
    let engines = ENGINES.get_or_init(|| {
        himcore::deid::PRESETS
            .iter()
            .map(|p| {
                let policy = DeidPolicy::preset(p).expect("preset");
                FhirDeidentifier::new(policy, Some(key())).expect("preset engine")
            })
            .collect()
    });
    let mut u = Unstructured::new(data);
    let Ok(v) = gen::resource(&mut u, 5) else {
        return;
    };
    for d in engines {
        let once = d.deidentify_resource(v.clone());
        if let Err(e) = &once {
            assert!(e.code().starts_with("DEID_"), "{}", e.code());
        }
        let twice = d.deidentify_resource(v.clone());
        assert_eq!(
            once.as_ref().ok().map(|(v, _)| v),
            twice.as_ref().ok().map(|(v, _)| v),
            "de-identification is not deterministic"
        );
    }
}
