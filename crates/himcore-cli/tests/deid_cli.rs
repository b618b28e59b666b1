#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
//! `him deid` end to end: JSON lines in and out, exit codes, key handling.

use std::io::Write;
use std::process::{Command, Stdio};

fn him(args: &[&str], stdin: &str, env_key: Option<&str>) -> (i32, String, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_him"));
    cmd.args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .env_remove("HIMCORE_DEID_KEY");
    if let Some(k) = env_key {
        cmd.env("HIMCORE_DEID_KEY", k);
    }
    let mut child = cmd.spawn().unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn deid_text_writes_id_text_and_spans_per_line() {
    let (code, out, _) = him(
        &["deid", "text"],
        "{\"id\":7,\"text\":\"Seen by Dr. Okonkwo on 04/28/2020.\"}\n",
        None,
    );
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(v["id"], 7);
    assert_eq!(v["text"], "Seen by Dr. [NAME] on [DATE].");
    assert_eq!(
        v["spans"][0],
        serde_json::json!({"start": 12, "end": 19, "type": "NAME"})
    );
}

#[test]
fn spans_only_omits_the_text() {
    let (code, out, _) = him(
        &["deid", "text", "--spans-only"],
        "{\"id\":\"a\",\"text\":\"MRN: 1234567\"}\n",
        None,
    );
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert!(v.get("text").is_none());
    assert_eq!(v["spans"][0]["type"], "MRN");
}

#[test]
fn keyed_preset_without_key_exits_2_with_code_and_never_echoes_a_key() {
    let (code, _, err) = him(
        &["deid", "fhir", "--policy", "pseudonymized-research"],
        "{\"resourceType\":\"Patient\",\"id\":\"1\"}",
        None,
    );
    assert_eq!(code, 2);
    assert!(err.contains("DEID_KEY_MISSING"));
    let (code, out, err) = him(
        &["deid", "fhir", "--policy", "pseudonymized-research"],
        "{\"resourceType\":\"Patient\",\"id\":\"1\"}",
        Some("a-secret-key-for-the-test-only"),
    );
    assert_eq!(code, 0);
    assert!(!out.contains("\"1\"") && !err.contains("a-secret-key"));
}

#[test]
fn skip_mode_reports_bad_resources_and_exits_1() {
    let (code, out, err) = him(
        &[
            "deid",
            "fhir",
            "--policy",
            "safe-harbor",
            "--on-error",
            "skip",
        ],
        "{\"resourceType\":\"Patient\",\"gender\":\"male\"}\n[1]\n",
        None,
    );
    assert_eq!(code, 1);
    assert_eq!(out.lines().count(), 1);
    assert!(err.contains("DEID_NOT_A_RESOURCE"));
}

#[test]
fn eval_scores_kept_types_as_not_predicted() {
    // Gold that does not annotate states: with the default policy the
    // removed state counts against precision, with it kept it does not.
    let gold = "{\"id\":1,\"text\":\"lives in Dorchester, MA 02124\",\"spans\":[{\"start\":9,\"end\":19,\"type\":\"CITY\"},{\"start\":24,\"end\":29,\"type\":\"ZIP\"}]}\n";
    let dir = std::env::temp_dir().join(format!("him-eval-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let policy = dir.join("keep_states.json");
    std::fs::write(&policy, "{\"keep_types\": [\"STATE\"]}").unwrap();
    let overall = |out: &str| -> String {
        out.lines()
            .find(|l| l.starts_with("OVERALL"))
            .unwrap()
            .split_whitespace()
            .skip(1)
            .collect::<Vec<_>>()
            .join(" ")
    };
    let (code, out, _) = him(&["deid", "eval", "-q", "-"], gold, None);
    assert_eq!(code, 0);
    // gold, found, predicted, correct, recall, precision, F2
    assert!(overall(&out).starts_with("2 2 3 2 1.0000 0.6667"), "{out}");
    let (code, out, _) = him(
        &[
            "deid",
            "eval",
            "-q",
            "--policy",
            policy.to_str().unwrap(),
            "-",
        ],
        gold,
        None,
    );
    assert_eq!(code, 0);
    assert!(overall(&out).starts_with("2 2 2 2 1.0000 1.0000"), "{out}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn eval_into_a_closed_pipe_reports_an_error_instead_of_panicking() {
    // `him deid eval gold | head -1` closes standard output early: the
    // table writer reports the closed pipe (exit 2) and never panics.
    let gold = "{\"id\":1,\"text\":\"lives in Dorchester, MA 02124\",\"spans\":[{\"start\":9,\"end\":19,\"type\":\"CITY\"}]}\n";
    let mut child = Command::new(env!("CARGO_BIN_EXE_him"))
        .args(["deid", "eval", "-q", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Close the reading end before the table is written.
    drop(child.stdout.take());
    child
        .stdin
        .take()
        .unwrap()
        .write_all(gold.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("writing output"), "{err}");
}
