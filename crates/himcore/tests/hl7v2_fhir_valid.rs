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

mod generated {
    use super::*;
    use proptest::prelude::*;

    fn value() -> impl Strategy<Value = String> {
        prop_oneof![
            "[A-Za-z0-9 .:/+-]{0,12}",
            "(19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9])([01][0-9][0-5][0-9]([+-]0[0-9]00)?)?",
            "[MFOUAN]",
            "-?[0-9]{0,4}(\\.[0-9]{0,3})?",
        ]
    }

    fn coded() -> impl Strategy<Value = String> {
        (
            value(),
            value(),
            prop_oneof![Just("LN"), Just("I10C"), Just("SCT"), Just("XYZ"), Just("")],
        )
            .prop_map(|(c, d, s)| format!("{c}^{d}^{s}"))
    }

    fn message() -> impl Strategy<Value = String> {
        (
            prop_oneof![
                Just("ADT^A01"),
                Just("ADT^A03"),
                Just("ADT^A04"),
                Just("ADT^A08"),
                Just("ORU^R01")
            ],
            prop::collection::vec(value(), 12),
            prop::collection::vec(coded(), 3),
            prop_oneof![
                Just("NM"),
                Just("ST"),
                Just("CWE"),
                Just("SN"),
                Just("TS"),
                Just("ED")
            ],
        )
            .prop_map(|(kind, v, c, vt)| {
                format!(
                    "MSH|^~\\&|A|B|C|D|{}||{kind}|1|P|2.5\r\
                     PID|1||{}^^^H&1.2.3&ISO^MR||{}^{}||{}|{}|||{}^^{}||{}\r\
                     PV1|1|{}|W^1^A||||9^DOC^A|||||||||||{}|||||||||||||||||||||||||{}\r\
                     DG1|1||{}|{}|{}|A\r\
                     AL1|1|DA|{}|SV|{}\r\
                     NK1|1|{}^{}|{}|{}^^{}||^PRN^PH^^^{}\r\
                     OBR|1|P1|F1|{}|||{}|||||||||||||||{}\r\
                     OBX|1|{vt}|{}||{}|mg^mg^UCUM|1-2|H|||{}|||{}\r",
                    v[0],
                    v[1],
                    v[2],
                    v[3],
                    v[4],
                    v[5],
                    v[6],
                    v[7],
                    v[8],
                    v[9],
                    v[10],
                    v[11],
                    c[0],
                    v[2],
                    v[4],
                    v[7],
                    v[8],
                    c[2],
                    v[9],
                    v[10],
                    v[11],
                    c[1],
                    v[3],
                    c[2],
                    v[4],
                    v[5],
                    c[0],
                    v[6],
                    v[9],
                    v[10],
                )
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]

        #[test]
        fn bundles_from_generated_messages_validate(er7 in message()) {
            let m = hl7v2::parse(&er7).unwrap();
            if let Ok(f) = hl7v2::to_fhir(&m, &MappingOptions::default()) {
                let report = validate_value(&f.bundle);
                let errors: Vec<_> = report.errors().collect();
                prop_assert!(errors.is_empty(), "{:#?}\n{}\n{}", errors, er7.replace('\r', "\n"), f.bundle);
            }
        }
    }
}
