//! `him hl7 parse | to-fhir | ack` on the example messages.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::io::Write;
use std::process::{Command, Stdio};

fn him(args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_him"))
        .args(args)
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

const FILES: [&str; 2] = ["examples/data/adt_a01.hl7", "examples/data/oru_r01.hl7"];

#[test]
fn parse_prints_one_json_tree_per_message() {
    let (code, out, _) = him(&["hl7", "parse", FILES[0], FILES[1]], b"");
    assert_eq!(code, 0);
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["segments"][2]["name"], "PID");
    // PID-5, repetition 1, component 1, sub-component 1.
    assert_eq!(lines[0]["segments"][2]["fields"][4][0][0][0], "TESTPATIENT");
    assert_eq!(lines[1]["segment_terminator"], "CR");
}

#[test]
fn to_fhir_prints_bundles_and_reports_what_is_unmapped() {
    let (code, out, err) = him(&["hl7", "to-fhir", FILES[0], FILES[1]], b"");
    assert_eq!(code, 0);
    let bundles: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(bundles.len(), 2);
    assert!(bundles.iter().all(|b| b["resourceType"] == "Bundle"));
    assert!(err.contains("\"EVN-2\""), "{err}");
}

#[test]
fn ack_answers_each_message_and_exits_1_on_errors() {
    let (code, out, _) = him(
        &["hl7", "ack", "--control-id", "C"],
        b"MSH|^~\\&|A|B|C|D|2025||ADT^A01|X1|P|2.5\rPID|1\rbad|\r",
    );
    assert_eq!(code, 1);
    assert!(out.contains("MSA|AE|X1\r"), "{out:?}");
    assert!(out.contains("|ACK^A01^ACK|C-1|"), "{out:?}");
    let (code, out, _) = him(&["hl7", "ack", "--lf", FILES[0]], b"");
    assert_eq!(code, 0);
    assert!(out.contains("\nMSA|AA|MSG00001\n"), "{out:?}");
}

#[test]
fn parse_reports_bad_input_with_exit_1() {
    let (code, out, _) = him(&["hl7", "parse"], b"MSH|^~|x\r");
    assert_eq!(code, 1);
    assert!(out.contains("HL7_BAD_ENCODING_CHARACTERS"), "{out}");
    let (code, out, _) = him(&["hl7", "parse"], b"\xff");
    assert_eq!(code, 1);
    assert!(out.contains("HL7_INVALID_UTF8"), "{out}");
}
