//! HL7 v2 targets (first written by the HL7 area as cargo-fuzz targets; their
//! logic now lives here): the parser and everything reading a parsed
//! message, the writer round trip, and the escape codec.

use himcore::hl7v2::{self, Delimiters};
use himcore::ErrorCode;

/// Any bytes through the HL7 v2 parser, batch parser, paths, ACK, FHIR
/// mapping and MLLP decoder: typed `HL7_` errors only, never a panic or a
/// hang; the bytes and text entry points agree.
pub fn hl7v2_parse(data: &[u8]) {
    let _ = hl7v2::mllp::decode(data);
    let by_bytes = hl7v2::parse_bytes(data);
    let Ok(text) = hl7v2::utf8(data) else {
        assert!(by_bytes.is_err(), "parse_bytes accepted invalid UTF-8");
        return;
    };
    let parsed = hl7v2::parse(text);
    assert_eq!(
        parsed.is_ok(),
        by_bytes.is_ok(),
        "parse and parse_bytes disagree"
    );
    match parsed {
        Ok(m) => {
            // Fixed paths, and the input's last line read as a path.
            let last = text.lines().last().unwrap_or_default();
            for p in ["MSH-9", "PID-3(2)-1", "OBX(2)-5", "PID-5-1-2", last] {
                if let Err(e) = m.get(p) {
                    assert!(e.code().starts_with("HL7_"), "{}", e.code());
                }
            }
            let _ = m.to_tree();
            let _ = hl7v2::to_fhir(&m, &hl7v2::MappingOptions::default());
        }
        Err(e) => assert!(e.code().starts_with("HL7_"), "{}", e.code()),
    }
    let _ = hl7v2::parse_batch(text);
    let _ = hl7v2::parse_many(text);
    let _ = hl7v2::ack_input(text, &hl7v2::AckOptions::default());
}

/// Writer round trip: whatever parses, written back and parsed again, gives
/// the same tree (`parse(write(t)) == t`); the writer may refuse only with
/// `HL7_UNWRITABLE` (delimiters that collide with escapes).
pub fn hl7v2_roundtrip(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(m) = hl7v2::parse(text) {
        let tree = m.to_tree();
        match hl7v2::write(&tree) {
            Ok(er7) => {
                let again = hl7v2::parse(&er7).map(|m| m.to_tree());
                assert_eq!(again.as_ref(), Ok(&tree), "round trip changed the message");
            }
            Err(e) => assert_eq!(e.code(), "HL7_UNWRITABLE"),
        }
    }
}

/// The escape codec: for the default delimiters or ones read from the
/// input (`field` char, then the encoding characters), any text survives
/// `decode(encode(s)) == s`, as `encode` documents (for delimiters that are
/// not letters, digits or `.`); decoding any raw value never panics.
pub fn hl7v2_escape(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut chars = text.chars();
    let d = match chars.next() {
        Some('#') => {
            // "#" + field char + encoding characters (4 or 5) + text.
            let field = chars.next().unwrap_or('|');
            let encoding: String = chars.by_ref().take(4).collect();
            match Delimiters::from_parts(field, &encoding) {
                Ok(d) if d.validate().is_ok() => d,
                _ => return,
            }
        }
        _ => Delimiters::default(),
    };
    let value = chars.as_str();
    let _ = hl7v2::decode(value, &d);
    // A letter, digit or '.' as delimiter can occur inside escape sequences:
    // `encode` promises the round trip only without them (the writer refuses
    // such content with HL7_UNWRITABLE; see `hl7v2_roundtrip`).
    let unusual = [d.field, d.component, d.repetition, d.escape, d.subcomponent]
        .into_iter()
        .chain(d.truncation)
        .any(|c| c.is_ascii_alphanumeric() || c == '.');
    if unusual {
        return;
    }
    let encoded = hl7v2::encode(value, &d);
    let decoded = hl7v2::decode(&encoded, &d);
    assert_eq!(
        decoded, value,
        "decode(encode(s)) != s, encoded as {encoded:?}"
    );
}
