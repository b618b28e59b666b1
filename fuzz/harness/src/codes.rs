//! Code system targets: normalisation and validation for every
//! [`CodeSystem`], with differentials, and claim checks.

use chrono::NaiveDate;
use himcore::codes::{self, CodeSystem, ALL_SYSTEMS};
use himcore::ErrorCode;

/// A date of service from one selector byte and two more bytes: none (newest
/// release), release boundaries, or any day from 1990 to 2045.
fn date(sel: u8, a: u8, b: u8) -> Option<NaiveDate> {
    match sel % 8 {
        0 => None,
        1 => NaiveDate::from_ymd_opt(2025, 10, 1),
        2 => NaiveDate::from_ymd_opt(2025, 9, 30),
        3 => NaiveDate::from_ymd_opt(2026, 4, 1),
        4 => NaiveDate::from_ymd_opt(2015, 10, 1),
        _ => {
            let year = 1990 + i32::from(a % 56);
            let ordinal = 1 + (u32::from(a) << 8 | u32::from(b)) % 366;
            NaiveDate::from_yo_opt(year, ordinal)
        }
    }
}

/// Input: system byte, three date bytes, then the code (UTF-8). For the
/// system chosen (every system is reachable):
/// - `validate`, `is_valid` and `lookup` agree on validity;
/// - `normalize` is idempotent, and validating the normalised code gives the
///   same verdict and the same normalised form as validating the raw code;
/// - a valid code always normalises; every error has a `CODE_` code.
pub fn codes_validate(data: &[u8]) {
    let [s, d, a, b, rest @ ..] = data else {
        return;
    };
    let Ok(code) = std::str::from_utf8(rest) else {
        return;
    };
    let system = ALL_SYSTEMS[usize::from(*s) % ALL_SYSTEMS.len()];
    let date = date(*d, *a, *b);
    check_one(system, code, date);
    // The name and URI parsers take outside input too (CLI flags, Coding.system).
    if let Ok(sys) = CodeSystem::from_name(code) {
        assert_eq!(CodeSystem::from_name(sys.name()).ok(), Some(sys));
    }
    if let Ok(sys) = CodeSystem::from_uri(code) {
        assert_eq!(CodeSystem::from_uri(sys.uri()).ok(), Some(sys));
    }
    if let Err(e) = codes::validate_coding(code, code, date) {
        assert!(e.code().starts_with("CODE_"));
    }
}

fn check_one(system: CodeSystem, code: &str, date: Option<NaiveDate>) {
    let v = codes::validate(system, code, date);
    assert_eq!(
        v.valid,
        codes::is_valid(system, code, date),
        "is_valid disagrees"
    );
    assert_eq!(v.valid, v.error.is_none());
    if let Some(e) = &v.error {
        assert!(e.code().starts_with("CODE_"), "{}", e.code());
        let _ = e.to_string();
    }
    let looked = codes::lookup(system, code, date);
    assert_eq!(looked.is_ok(), v.valid, "lookup disagrees with validate");
    match codes::normalize(system, code) {
        Ok(n) => {
            let again = codes::normalize(system, &n);
            assert_eq!(again.as_ref().ok(), Some(&n), "normalize is not idempotent");
            let vn = codes::validate(system, &n, date);
            assert_eq!(
                vn.valid, v.valid,
                "validate(normalize(c)) disagrees for {code:?} -> {n:?}"
            );
            if v.valid {
                assert_eq!(v.normalized.as_deref(), Some(n.as_str()));
                assert_eq!(vn.normalized.as_deref(), Some(n.as_str()));
            }
        }
        Err(e) => {
            assert!(!v.valid, "a valid code failed to normalise: {e}");
            assert!(e.code().starts_with("CODE_"));
        }
    }
}

/// Input: date bytes, then codes separated by whitespace or commas (the
/// first is the principal diagnosis): `check_claim` never panics, gives one
/// report, and `check_claim_many` agrees with it.
pub fn codes_claim(data: &[u8]) {
    let [d, a, b, rest @ ..] = data else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let date = date(*d, *a, *b);
    let list: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|c| !c.is_empty())
        .collect();
    let one = codes::check_claim(&list, date);
    let many = codes::check_claim_many(std::slice::from_ref(&list), date);
    assert_eq!(many.len(), 1);
    assert_eq!(many.first(), Some(&one));
}
