//! Any bytes through the HL7 v2 parser, batch parser, paths, ACK and MLLP
//! decoder: typed errors only, never a panic or a hang.
#![no_main]

use himcore::hl7v2;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = hl7v2::mllp::decode(data);
    let Ok(text) = hl7v2::utf8(data) else {
        return;
    };
    if let Ok(m) = hl7v2::parse(text) {
        let _ = m.get("PID-3(2)-1");
        let _ = m.get("OBX(2)-5");
        let _ = m.to_tree();
        let _ = hl7v2::to_fhir(&m, &hl7v2::MappingOptions::default());
    }
    let _ = hl7v2::parse_batch(text);
    let _ = hl7v2::parse_many(text);
    let _ = hl7v2::ack_input(text, &hl7v2::AckOptions::default());
});
