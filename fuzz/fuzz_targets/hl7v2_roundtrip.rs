//! Writer round trip: whatever parses, written back and parsed again, gives
//! the same tree (parse(write(t)) == t).
#![no_main]

use himcore::hl7v2;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(m) = hl7v2::parse(text) {
        let tree = m.to_tree();
        match hl7v2::write(&tree) {
            Ok(er7) => {
                let again = hl7v2::parse(&er7).map(|m| m.to_tree());
                assert_eq!(again.as_ref(), Ok(&tree), "round trip changed the message");
            }
            // Refusing is allowed only for delimiters that collide with escapes.
            Err(e) => assert_eq!(himcore::ErrorCode::code(&e), "HL7_UNWRITABLE"),
        }
    }
});
