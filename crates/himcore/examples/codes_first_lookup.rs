//! First answer from a fresh process: validates and looks up one ICD-10-CM
//! code, printing the time from `main` to the answer. Run under
//! `/usr/bin/time -v` for wall time from exec and resident memory
//! (docs/benchmarks.md, "Codes").
#![allow(clippy::unwrap_used, clippy::expect_used)]

use himcore::codes::{lookup, validate, CodeSystem};

fn main() {
    let start = std::time::Instant::now();
    let v = validate(CodeSystem::Icd10Cm, "S72.001A", None);
    let first = start.elapsed();
    let info = lookup(CodeSystem::Icd10Cm, "E11", None).unwrap();
    let second = start.elapsed();
    println!(
        "valid={} display={:?} first_validate_us={} lookup_children={} first_lookup_us={}",
        v.valid,
        v.display.unwrap_or_default(),
        first.as_micros(),
        info.children.len(),
        second.as_micros()
    );
}
