#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
//! `him retention` end to end on the example data.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn him(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_him"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

const EXAMPLES: &str = include_str!("../../../examples/data/retention_records.ndjson");
const PACKS: [&str; 4] = ["--pack", "us-federal", "--pack", "us-ca"];

#[test]
fn evaluate_writes_one_decision_per_record_line() {
    let out = him(
        &[
            &["retention", "evaluate", "--as-of", "2026-11-25"][..],
            &PACKS,
        ]
        .concat(),
        EXAMPLES,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), EXAMPLES.lines().count());
    assert_eq!(lines[3]["status"], "on_hold");
    assert_eq!(lines[1]["governing_rule"]["id"], "us-ca-hospital-minor");
}

#[test]
fn a_record_that_cannot_be_evaluated_is_reported_in_place_and_exits_1() {
    let input = format!(
        "{}\n{}\n",
        r#"{"id":"x","record_type":"medical_record","jurisdiction":"US-ZZ"}"#,
        EXAMPLES.lines().next().unwrap()
    );
    let out = him(
        &[
            &["retention", "evaluate", "--as-of", "2026-11-25"][..],
            &PACKS,
        ]
        .concat(),
        &input,
    );
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    let first: serde_json::Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    assert_eq!(first["error_code"], "RETENTION_UNKNOWN_JURISDICTION");
    assert_eq!(first["line"], 1);
    assert_eq!(text.lines().count(), 2);
}

#[test]
fn unknown_pack_and_bad_date_are_usage_errors() {
    let out = him(
        &[
            "retention",
            "evaluate",
            "--pack",
            "us-zz",
            "--as-of",
            "2026-11-25",
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(2));
    let out = him(
        &[
            "retention",
            "evaluate",
            "--pack",
            "us-ca",
            "--as-of",
            "2026-13-01",
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn certificate_lists_only_eligible_records_and_names_the_authoriser() {
    let out = him(
        &[
            &[
                "retention",
                "certificate",
                "--as-of",
                "2026-11-25",
                "--certificate-id",
                "CD-1",
                "--organisation",
                "Example",
                "--method",
                "shredding",
                "--authorized-by",
                "HIM Director",
            ][..],
            &PACKS,
        ]
        .concat(),
        EXAMPLES,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let cert: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<&str> = cert["records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert!(
        !ids.contains(&"CA-0004"),
        "held record must not be destroyed"
    );
    assert!(ids.contains(&"CA-0001"));
    assert_eq!(cert["signatures"][0]["name"], "HIM Director");
}

#[test]
fn explain_names_every_rule() {
    let out = him(
        &[
            &["retention", "explain", "--as-of", "2026-11-25"][..],
            &PACKS,
        ]
        .concat(),
        EXAMPLES.lines().next().unwrap(),
    );
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("+ us-ca-hospital"));
    assert!(text.contains("- us-fed-medicare-cop-cah"));
}
