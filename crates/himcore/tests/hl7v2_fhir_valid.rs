//! Every Bundle the HL7 v2 mapping produces validates against the FHIR R4
//! model (`himcore::model::validate_value`) with no errors.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use himcore::hl7v2::{self, MappingOptions};
use himcore::model::validate_value;

fn assert_valid(name: &str, er7: &str, opts: &MappingOptions) {
    for (i, m) in hl7v2::parse_many(er7).into_iter().enumerate() {
        let m = m.unwrap();
        let f = hl7v2::to_fhir(&m, opts).unwrap();
        let report = validate_value(&f.bundle);
        let errors: Vec<_> = report.errors().collect();
        assert!(errors.is_empty(), "{name} #{i}: {errors:#?}\n{}", f.bundle);
        for entry in f.bundle["entry"].as_array().unwrap() {
            let r = validate_value(&entry["resource"]);
            let errors: Vec<_> = r.errors().collect();
            assert!(errors.is_empty(), "{name} #{i}: {errors:#?}");
        }
    }
}

#[test]
fn bundles_from_the_example_messages_validate() {
    let adt = include_str!("../../../examples/data/adt_a01.hl7");
    let oru = include_str!("../../../examples/data/oru_r01.hl7");
    for opts in [
        MappingOptions::default(),
        MappingOptions {
            default_timezone: Some("+02:00".into()),
        },
    ] {
        assert_valid("adt_a01", adt, &opts);
        assert_valid("oru_r01", oru, &opts);
        for event in ["A03", "A04", "A08"] {
            assert_valid(
                event,
                &adt.replace("ADT^A01^ADT_A01", &format!("ADT^{event}")),
                &opts,
            );
        }
    }
}

#[test]
fn bundles_from_the_collected_suite_messages_validate() {
    // python-hl7's ORU sample and ADT^A04 batch, hl7apy's ADT^A01.
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/hl7");
    let opts = MappingOptions::default();
    for file in [
        "python-hl7/sample_hl7.hl7",
        "python-hl7/sample_batch1.hl7",
        "python-hl7/sample_msh.hl7",
    ] {
        let text = std::fs::read_to_string(format!("{dir}/{file}")).unwrap();
        assert_valid(file, &text, &opts);
    }
    let adt = "MSH|^~\\&|SEND APP|SEND FAC|REC APP|REC FAC|20080115153000||ADT^A01^ADT_A01|0123456789|P|2.5||||AL\rEVN||20080115153000||AAA|AAA|20080114003000\rPID|1||123-456-789^^^HOSPITAL^MR||SURNAME^NAME^A|||M|||1111 SOMEWHERE^^SOMEWHERE^^^USA||555~444|||M\rNK1|1|WOMAN^WIFE|SPO|1111 SOMEWHERE^^SOMEWHERE^^^USA\rPV1|1|I|PATIENT WARD|U||||^REFER^DOCTOR^^MD|^CONSUL^DOC|CAR||||2|A0|||||||||||||||||||||||||||||2013\r";
    assert_valid("hl7apy adt", adt, &opts);
}
