//! `him codes`: JSON lines out, exit 0 all valid / 1 any invalid / 2 usage.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::io::Write;
use std::process::{Command, Stdio};

fn him(args: &[&str], stdin: &str) -> (i32, String) {
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
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
    )
}

#[test]
fn validate_prints_one_json_line_per_code_and_exits_by_validity() {
    let (rc, out) = him(
        &["codes", "validate", "--system", "icd10cm", "E11.9", "e119"],
        "",
    );
    assert_eq!(rc, 0);
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[1]["normalized"], "E11.9");
    assert!(lines[0]["error"].is_null());
    let (rc, out) = him(
        &["codes", "validate", "--system", "ndc"],
        "1234-5678-90\n\n1234567890\n",
    );
    assert_eq!(rc, 1);
    assert_eq!(out.lines().count(), 2);
    assert!(out.contains("CODE_NDC_AMBIGUOUS"));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(
        him(&["codes", "validate", "--system", "icd9", "X"], "").0,
        2
    );
    assert_eq!(
        him(
            &[
                "codes",
                "validate",
                "--system",
                "icd10cm",
                "--date",
                "2026-02-30",
                "E11.9"
            ],
            ""
        )
        .0,
        2
    );
}

#[test]
fn lookup_and_check_claim_report_findings_by_exit_code() {
    let (rc, out) = him(&["codes", "lookup", "E11"], "");
    assert_eq!(rc, 0);
    assert!(out.contains("\"children\""));
    let (rc, out) = him(
        &["codes", "check-claim"],
        r#"{"date": "2026-05-04", "diagnoses": ["E11.9", "E10.9"]}"#,
    );
    assert_eq!(rc, 1);
    assert!(out.contains("CODE_EXCLUDES1_PAIR"));
    let (rc, _) = him(
        &["codes", "check-claim"],
        r#"[{"diagnoses": ["I10", "E11.9"]}]"#,
    );
    assert_eq!(rc, 0);
    let (rc, _) = him(&["codes", "check-claim"], r#"{"codes": []}"#);
    assert_eq!(rc, 2);
}
