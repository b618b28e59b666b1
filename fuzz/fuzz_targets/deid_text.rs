//! Any UTF-8 text: detection never panics, spans are in order, inside the
//! text, on character boundaries, and tag replacement is idempotent.
#![no_main]
use himcore::deid::{TextDeidentifier, TextPolicy};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static ENGINE: OnceLock<TextDeidentifier> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let engine = ENGINE.get_or_init(|| TextDeidentifier::new().expect("engine"));
    let spans = engine.detect(text);
    let chars = text.chars().count();
    let mut last = 0;
    for s in &spans {
        assert!(s.start < s.end && s.end <= chars && s.start >= last);
        assert!(text.is_char_boundary(s.start_byte) && text.is_char_boundary(s.end_byte));
        last = s.end;
    }
    let p = TextPolicy::default();
    let once = engine.deidentify(text, &p, None, "").expect("tag needs no key").text;
    let twice = engine.deidentify(&once, &p, None, "").expect("tag needs no key").text;
    assert_eq!(once, twice);
});
