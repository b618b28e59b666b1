//! Behaviour of `himcore::codes`: normalisation, dating, hierarchy, claim
//! checks, and robustness on arbitrary input.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use chrono::NaiveDate;
use himcore::codes::{
    check_claim, is_valid, lookup, normalize, validate, validate_coding, validate_many, CodeSystem,
    ALL_SYSTEMS,
};
use himcore::ErrorCode;
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, day)
}

fn err(system: CodeSystem, code: &str, date: Option<NaiveDate>) -> &'static str {
    validate(system, code, date)
        .error
        .map_or("OK", |e| e.code())
}

#[test]
fn system_names_and_uris_round_trip() {
    for s in ALL_SYSTEMS {
        assert_eq!(CodeSystem::from_name(s.name()).unwrap(), s);
        assert_eq!(CodeSystem::from_uri(s.uri()).unwrap(), s);
    }
    assert_eq!(
        CodeSystem::from_name(" ICD10CM ").unwrap(),
        CodeSystem::Icd10Cm
    );
    assert_eq!(
        CodeSystem::from_uri("http://loinc.org").unwrap(),
        CodeSystem::Loinc
    );
    assert_eq!(
        CodeSystem::from_name("icd9").unwrap_err().code(),
        "CODE_UNKNOWN_SYSTEM"
    );
    assert_eq!(
        validate_coding("http://example.org/x", "1", None)
            .unwrap_err()
            .code(),
        "CODE_UNKNOWN_SYSTEM"
    );
    let v = validate_coding("http://hl7.org/fhir/sid/icd-10-cm", "E11.9", None).unwrap();
    assert!(v.valid);
}

#[test]
fn validation_serialises_as_the_cli_json_line() {
    let v = validate(CodeSystem::Icd10Cm, "e119", None);
    let j = serde_json::to_string(&v).unwrap();
    assert_eq!(
        j,
        r#"{"system":"icd10cm","code":"e119","normalized":"E11.9","valid":true,"billable":true,"display":"Type 2 diabetes mellitus without complications","error":null}"#
    );
    let bad = serde_json::to_value(validate(CodeSystem::Npi, "1234567890", None)).unwrap();
    assert_eq!(bad["error"]["code"], "CODE_CHECK_DIGIT");
    assert!(bad["error"]["message"]
        .as_str()
        .unwrap()
        .contains("expected 3"));
}

#[test]
fn icd10cm_normalisation_accepts_case_whitespace_and_the_dot_only() {
    assert_eq!(
        normalize(CodeSystem::Icd10Cm, " s72001a\t").unwrap(),
        "S72.001A"
    );
    assert_eq!(normalize(CodeSystem::Icd10Cm, "E11").unwrap(), "E11");
    for bad in [
        "E11.", "E1.19", "E11..9", "E11 9", "E-11.9", "E11.9é", "", "E1",
    ] {
        assert_eq!(
            normalize(CodeSystem::Icd10Cm, bad).unwrap_err().code(),
            "CODE_INVALID_FORMAT",
            "{bad:?}"
        );
    }
}

#[test]
fn qa0_and_letters_in_position_three_are_codes() {
    for c in [
        "QA0", "QA0.0101", "C4A.0", "D3A.00", "O9A.111", "Z3A.20", "U07.1",
    ] {
        assert!(is_valid(CodeSystem::Icd10Cm, c, None), "{c}");
    }
    assert_eq!(
        validate(CodeSystem::Icd10Cm, "QA0", None).billable,
        Some(false)
    );
}

#[test]
fn seventh_characters_follow_inherited_definitions_and_placeholders() {
    assert!(is_valid(CodeSystem::Icd10Cm, "S72.001A", None));
    assert!(is_valid(CodeSystem::Icd10Cm, "S02.0XXA", None));
    assert!(is_valid(CodeSystem::Icd10Cm, "T36.0X1A", None));
    assert_eq!(err(CodeSystem::Icd10Cm, "S02.0A", None), "CODE_UNKNOWN");
    let hint = validate(CodeSystem::Icd10Cm, "S02.0A", None).error.unwrap();
    assert!(hint.to_string().contains("placeholder X"), "{hint}");
    let no_hint = validate(CodeSystem::Icd10Cm, "S72.00A", None)
        .error
        .unwrap();
    assert!(!no_hint.to_string().contains("placeholder"), "{no_hint}");
    assert_eq!(err(CodeSystem::Icd10Cm, "S72.001Z", None), "CODE_UNKNOWN");
    // The code the 7th character completes is a header.
    assert_eq!(
        validate(CodeSystem::Icd10Cm, "S72.001", None).billable,
        Some(false)
    );
    // S06 note: D and S do not apply with 6th character 7 or 8.
    assert!(is_valid(CodeSystem::Icd10Cm, "S06.1X7A", None));
    assert_eq!(err(CodeSystem::Icd10Cm, "S06.1X7D", None), "CODE_UNKNOWN");
    assert!(is_valid(CodeSystem::Icd10Cm, "S06.1X6D", None));
    let t = validate(CodeSystem::Icd10Cm, "S72.001A", None)
        .display
        .unwrap();
    assert!(
        t.ends_with(", initial encounter for closed fracture"),
        "{t}"
    );
}

#[test]
fn icd10cm_dates_switch_on_1_october_and_1_april() {
    let cm = CodeSystem::Icd10Cm;
    // QA0 arrives with the April 2026 update.
    assert_eq!(err(cm, "QA0.0101", d(2026, 4, 1)), "OK");
    assert_eq!(err(cm, "QA0.0101", d(2025, 9, 30)), "CODE_NOT_YET_VALID");
    // 31 March 2026 is in the FY2026 October release, not shipped: the
    // neighbours disagree, so no guess.
    assert_eq!(
        err(cm, "QA0.0101", d(2026, 3, 31)),
        "CODE_RELEASE_UNAVAILABLE"
    );
    // 30 September vs 1 October: FY2024 starts on 1 October 2023.
    assert_eq!(err(cm, "E11.9", d(2023, 9, 30)), "CODE_RELEASE_UNAVAILABLE");
    assert_eq!(err(cm, "E11.9", d(2023, 10, 1)), "OK");
    // Codes the neighbouring releases agree on are answered in between.
    assert_eq!(err(cm, "E11.9", d(2025, 10, 1)), "OK");
    assert_eq!(err(cm, "E11.9", d(2024, 9, 30)), "OK");
    // Deleted for FY2025: valid in FY2024, no longer valid later.
    assert_eq!(err(cm, "T81.32XA", d(2024, 3, 31)), "OK");
    assert_eq!(err(cm, "T81.32XA", d(2025, 4, 1)), "CODE_NO_LONGER_VALID");
    let e = validate(cm, "T81.32XA", d(2025, 4, 1)).error.unwrap();
    assert!(e.to_string().contains("ICD-10-CM FY2024"), "{e}");
    let e = validate(cm, "C50.A0", d(2024, 1, 15)).error.unwrap();
    assert!(e.to_string().contains("FY2026 April 1 update"), "{e}");
    // Billable changes with the release.
    assert_eq!(validate(cm, "C83.39", d(2024, 1, 15)).billable, Some(true));
    assert_eq!(validate(cm, "C83.39", d(2025, 5, 1)).billable, Some(false));
}

#[test]
fn pcs_codes_are_dated_and_their_section_decoded() {
    let pcs = CodeSystem::Icd10Pcs;
    assert_eq!(err(pcs, "0DTJ4ZZ", d(2024, 10, 1)), "OK");
    assert_eq!(err(pcs, "0DTJ4ZI", None), "CODE_INVALID_FORMAT");
    assert_eq!(
        err(pcs, "0DTJ4ZZ", d(2023, 9, 30)),
        "CODE_RELEASE_UNAVAILABLE"
    );
    // 00503Z4 was added for FY2025 (1 October 2024).
    assert_eq!(err(pcs, "00503Z4", d(2024, 3, 31)), "CODE_NOT_YET_VALID");
    assert_eq!(
        err(pcs, "00503Z4", d(2024, 9, 30)),
        "CODE_RELEASE_UNAVAILABLE"
    );
    assert_eq!(err(pcs, "00503Z4", d(2024, 10, 1)), "OK");
    let info = lookup(pcs, "0dtj4zz", None).unwrap();
    assert_eq!(info.block.unwrap().title, "Medical and Surgical");
    assert_eq!(
        info.title.unwrap(),
        "Resection of Appendix, Percutaneous Endoscopic Approach"
    );
}

#[test]
fn lookup_gives_hierarchy_notes_and_seventh_characters() {
    let e11 = lookup(CodeSystem::Icd10Cm, "E11", None).unwrap();
    assert_eq!(e11.chapter.as_ref().unwrap().id, "4");
    assert_eq!(e11.block.as_ref().unwrap().id, "E08-E13");
    assert!(e11.children.contains(&"E11.9".to_string()));
    assert!(e11
        .notes
        .iter()
        .any(|n| n.kind == "excludes1" && n.text.contains("E10")));
    let a15 = lookup(CodeSystem::Icd10Cm, "A15.0", None).unwrap();
    assert!(a15
        .block_notes
        .iter()
        .any(|n| n.kind == "excludes1" && n.text.contains("P37.0")));
    assert!(!a15.chapter_notes.is_empty());
    let s = lookup(CodeSystem::Icd10Cm, "S72.001A", None).unwrap();
    assert_eq!(s.parent.as_deref(), Some("S72.001"));
    assert!(s.seventh_characters.iter().any(|c| c.character == 'A'));
    let h = lookup(CodeSystem::Icd10Cm, "S02.0XXA", None).unwrap();
    assert_eq!(h.parent.as_deref(), Some("S02.0"));
    assert_eq!(
        lookup(CodeSystem::Icd10Cm, "E11.99", None)
            .unwrap_err()
            .code(),
        "CODE_UNKNOWN"
    );
}

#[test]
fn claim_check_reports_excludes1_manifestation_header_and_duplicate() {
    let r = check_claim(&["E11.9", "E10.9"], None);
    assert!(r.findings.iter().any(|f| f.code == "CODE_EXCLUDES1_PAIR"));
    // A block-level Excludes1 (A15-A19 excludes congenital tuberculosis).
    let r = check_claim(&["A15.0", "P37.0"], None);
    assert!(r.findings.iter().any(|f| f.code == "CODE_EXCLUDES1_PAIR"));
    let r = check_claim(&["G63"], None);
    assert!(r
        .findings
        .iter()
        .any(|f| f.code == "CODE_MANIFESTATION_WITHOUT_ETIOLOGY"));
    let r = check_claim(&["E11.42", "G63"], None);
    // G63 Excludes1 "diabetes mellitus (E08-E13 with .42)": a qualified reference.
    assert!(r.findings.iter().any(|f| f.code == "CODE_EXCLUDES1_PAIR"));
    assert!(check_claim(&["E11.9", "G63"], None)
        .findings
        .iter()
        .all(|f| f.code != "CODE_EXCLUDES1_PAIR"));
    assert!(!r
        .findings
        .iter()
        .any(|f| f.code == "CODE_MANIFESTATION_WITHOUT_ETIOLOGY"));
    let r = check_claim(&["E11", "I10", "i10", "E11.99"], None);
    let codes: Vec<&str> = r.findings.iter().map(|f| f.code.as_str()).collect();
    assert!(codes.contains(&"CODE_NOT_BILLABLE"));
    assert!(codes.contains(&"CODE_DUPLICATE"));
    assert!(codes.contains(&"CODE_UNKNOWN"));
    assert!(!r.clean);
    assert!(check_claim(&["I10", "E11.9"], None).clean);
}

#[test]
fn batch_validation_keeps_order() {
    let v = validate_many(CodeSystem::Loinc, &["2160-0", "2160-1", "718-7"], None);
    let valid: Vec<bool> = v.iter().map(|x| x.valid).collect();
    assert_eq!(valid, [true, false, true]);
    let l = himcore::codes::lookup_many(CodeSystem::Icd10Cm, &["E11", "E11.99"], None);
    assert!(l[0].is_ok() && l[1].is_err());
}

#[test]
fn check_digit_systems_reject_one_digit_changes() {
    for (s, good) in [
        (CodeSystem::Loinc, "4548-4"),
        (CodeSystem::Snomed, "404684003"),
        (CodeSystem::Npi, "1234567893"),
        (CodeSystem::Dea, "AB1234563"),
    ] {
        assert!(is_valid(s, good, None), "{good}");
        let mut b = good.as_bytes().to_vec();
        let last = b.len() - 1;
        b[last] = if b[last] == b'9' { b'0' } else { b[last] + 1 };
        let bad = String::from_utf8(b).unwrap();
        assert_eq!(err(s, &bad, None), "CODE_CHECK_DIGIT", "{bad}");
    }
    // A description id (partition 01) with a correct check digit is not a
    // concept: of the ten possible last digits exactly one passes the check
    // digit, and that one is refused for its partition.
    let errs: Vec<&str> = (0..10)
        .map(|c| err(CodeSystem::Snomed, &format!("2229801{c}"), None))
        .collect();
    assert_eq!(errs.iter().filter(|e| **e == "CODE_CHECK_DIGIT").count(), 9);
    assert_eq!(
        errs.iter().filter(|e| **e == "CODE_INVALID_FORMAT").count(),
        1
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn normalise_is_idempotent(code in "[ a-zA-Z0-9.\\-]{0,16}", si in 0usize..12) {
        let s = ALL_SYSTEMS[si];
        if let Ok(n) = normalize(s, &code) {
            prop_assert_eq!(normalize(s, &n).unwrap(), n);
        }
    }

    #[test]
    fn no_input_panics(code in "\\PC{0,24}", si in 0usize..12, days in 0i64..2000) {
        let s = ALL_SYSTEMS[si];
        let date = NaiveDate::from_ymd_opt(2022, 1, 1).and_then(|d| d.checked_add_signed(chrono::Duration::days(days)));
        let v = validate(s, &code, date);
        prop_assert_eq!(v.valid, v.error.is_none());
        let _ = lookup(s, &code, date);
        let _ = check_claim(&[code.as_str(), "E11.9"], date);
    }

    #[test]
    fn icd_shaped_inputs_never_panic(code in "[A-Z][0-9A-Z]{2}\\.?[0-9A-Z]{0,4}") {
        let v = validate(CodeSystem::Icd10Cm, &code, None);
        if v.valid {
            prop_assert!(v.display.is_some());
            prop_assert!(lookup(CodeSystem::Icd10Cm, &code, None).is_ok());
        }
    }
}

#[test]
fn a_claim_longer_than_the_limit_gets_one_finding_instead_of_quadratic_work() {
    // Found while building the fuzz suite: the pair checks are quadratic; a
    // list of 4,000 codes took 15 s and gave 4 million findings, 40,000 would
    // exhaust memory. Real claims carry a few dozen diagnoses at most.
    let many: Vec<&str> = (0..50_000)
        .map(|i| if i % 2 == 0 { "E11.9" } else { "E10.9" })
        .collect();
    let report = himcore::codes::check_claim(&many, None);
    assert!(!report.clean);
    assert_eq!(report.findings.len(), 1);
    assert_eq!(report.findings[0].code, "CODE_CLAIM_TOO_LARGE");
    // At the limit, every check still runs.
    let at_limit = &many[..himcore::codes::MAX_CLAIM_CODES];
    let report = himcore::codes::check_claim(at_limit, None);
    assert_eq!(report.codes.len(), himcore::codes::MAX_CLAIM_CODES);
    assert!(report
        .findings
        .iter()
        .any(|f| f.code == "CODE_EXCLUDES1_PAIR"));
}
