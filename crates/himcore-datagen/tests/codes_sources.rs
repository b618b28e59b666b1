//! The committed code tables match their sources, and every code of every
//! source validates through `himcore::codes` with the counts the sources
//! publish.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use chrono::NaiveDate;
use himcore::codes::{icd10cm, validate, CodeSystem};
use std::io::Read;

fn source(name: &str) -> String {
    let path = himcore_datagen::workspace_root()
        .join("data-sources/codes")
        .join(format!("{name}.gz"));
    let gz = std::fs::read(&path).unwrap();
    let mut s = String::new();
    flate2::read::GzDecoder::new(gz.as_slice())
        .read_to_string(&mut s)
        .unwrap();
    s
}

fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, day)
}

#[test]
fn committed_code_tables_are_regenerated_identically_from_sources() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_codes"))
        .arg("--check")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn icd10cm_release_counts_match_the_published_counts() {
    // PROVENANCE: FY2026 April 98,186 codes / 74,719 billable; FY2025 April
    // 97,584 / 74,260; FY2024 codes file 74,044 billable codes.
    assert_eq!(icd10cm::release_counts(2), (98_186, 74_719));
    assert_eq!(icd10cm::release_counts(1), (97_584, 74_260));
    assert_eq!(icd10cm::release_counts(0).1, 74_044);
}

fn tabular_names(xml: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(xml).unwrap();
    doc.descendants()
        .filter(|n| n.has_tag_name("diag"))
        .map(|n| {
            n.children()
                .find(|c| c.has_tag_name("name"))
                .and_then(|c| c.text())
                .unwrap()
                .trim()
                .to_string()
        })
        .collect()
}

#[test]
fn every_tabular_code_validates_in_its_release() {
    for (file, date, count) in [
        ("icd10c-tabular-April-1-2026.xml", d(2026, 5, 1), 46_881),
        ("icd10cm-tabular-April-2025.xml", d(2025, 5, 1), 0),
    ] {
        let names = tabular_names(&source(file));
        if count > 0 {
            assert_eq!(names.len(), count, "{file}");
        }
        for n in &names {
            let v = validate(CodeSystem::Icd10Cm, n, date);
            assert!(v.valid, "{file}: {n}: {:?}", v.error);
            assert_eq!(v.normalized.as_deref(), Some(n.as_str()));
            assert!(v.display.is_some(), "{n} has no title");
        }
    }
}

#[test]
fn every_fy2024_billable_code_validates_as_billable_in_fy2024() {
    let src = source("icd10cm-codes-2024.txt");
    let mut n = 0;
    for line in src.lines().filter(|l| !l.trim().is_empty()) {
        let code = line.split_whitespace().next().unwrap();
        let v = validate(CodeSystem::Icd10Cm, code, d(2024, 1, 15));
        assert!(v.valid, "{code}: {:?}", v.error);
        assert_eq!(v.billable, Some(true), "{code}");
        n += 1;
    }
    assert_eq!(n, 74_044);
}

#[test]
fn every_pcs_code_validates_with_its_title_in_its_release() {
    for (file, date, count) in [
        ("icd10pcs-codes-2024.txt", d(2024, 1, 15), 78_603),
        ("icd10pcs_codes_2025.txt", d(2025, 1, 15), 78_948),
    ] {
        let src = source(file);
        let mut n = 0;
        for line in src.lines().filter(|l| !l.trim().is_empty()) {
            let (code, title) = line.trim_end().split_once(' ').unwrap();
            let v = validate(CodeSystem::Icd10Pcs, code, date);
            assert!(v.valid, "{file}: {code}: {:?}", v.error);
            if file.contains("2025") {
                let want: Vec<&str> = title.split_whitespace().collect();
                assert_eq!(v.display.as_deref(), Some(want.join(" ").as_str()));
            }
            n += 1;
        }
        assert_eq!(n, count, "{file}");
    }
}

#[test]
fn every_hcpcs_code_and_modifier_and_cvx_code_validates() {
    let src = source("hcpcs_2025_oct_codes_and_modifiers.tsv");
    let (mut codes, mut mods) = (0, 0);
    for line in src.lines().skip(1) {
        let mut f = line.split('\t');
        let kind = f.next().unwrap();
        let code = f.next().unwrap();
        let v = validate(CodeSystem::Hcpcs, code, None);
        assert!(v.valid, "{code}: {:?}", v.error);
        if kind == "code" {
            codes += 1;
        } else {
            mods += 1;
        }
    }
    assert_eq!((codes, mods), (8_463, 383));
    let src = source("cvx.tsv");
    let mut n = 0;
    for line in src.lines().skip(1) {
        let mut f = line.split('\t');
        let code = f.next().unwrap();
        let name = f.next().unwrap();
        let v = validate(CodeSystem::Cvx, code, None);
        assert!(v.valid, "{code}: {:?}", v.error);
        assert_eq!(
            v.display.as_deref(),
            Some(
                name.split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .as_str()
            )
        );
        n += 1;
    }
    assert_eq!(n, 287);
}
