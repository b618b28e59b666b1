//! Crash safety of the audit log file: a real `him audit append` child
//! process is killed mid-append, many times; every entry whose receipt it
//! printed must be in the log, and the log must resume and verify.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use himcore::audit::{verify, AuditKey, AuditLog};
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const KEY_HEX: &str = "6b6579206f662074686520637261736820746573742c206e6f7420612073656372657421";

fn entry(i: usize) -> String {
    format!(
        "{{\"time\":\"2025-06-01T10:00:00Z\",\"action\":\"access\",\"actor\":{{\"reference\":\"Practitioner/{i}\"}},\"patient\":\"Patient/p{}\",\"resources\":[\"Observation/{i}\"],\"purpose\":\"TREAT\",\"outcome\":\"success\",\"description\":\"{}\"}}\n",
        i % 7,
        "x".repeat(i % 300)
    )
}

#[test]
fn acknowledged_entries_survive_a_killed_appender() {
    let dir = std::env::temp_dir().join(format!("himcore-crash-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let log = dir.join("audit.log");
    let key_file = dir.join("audit.key");
    std::fs::write(&key_file, KEY_HEX).unwrap();
    let mut acknowledged = 0u64;
    let rounds = 24;
    for round in 0..rounds {
        let mut child = Command::new(env!("CARGO_BIN_EXE_him"))
            .args(["audit", "append", "--log"])
            .arg(&log)
            .arg("--key-file")
            .arg(&key_file)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        let feeder = std::thread::spawn(move || {
            for i in 0..100_000 {
                if stdin.write_all(entry(i).as_bytes()).is_err() {
                    break;
                }
            }
        });
        // Read receipts until the kill moment, which moves from round to round.
        let kill_after = Duration::from_millis(20 + (round as u64 * 37) % 180);
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                let v: serde_json::Value = serde_json::from_str(&line).unwrap();
                if tx.send(v["seq"].as_u64().unwrap()).is_err() {
                    break;
                }
            }
        });
        let start = Instant::now();
        let mut last_seen = None;
        while start.elapsed() < kill_after {
            if let Ok(seq) = rx.recv_timeout(Duration::from_millis(2)) {
                last_seen = Some(seq);
            }
        }
        child.kill().unwrap();
        child.wait().unwrap();
        // Receipts already printed before the kill also count as acknowledged.
        while let Ok(seq) = rx.try_recv() {
            last_seen = Some(seq);
        }
        let _ = feeder.join();
        let _ = reader.join();
        if let Some(seq) = last_seen {
            assert!(seq >= acknowledged, "receipts go forward");
            acknowledged = seq;
        }
        let bytes = std::fs::read(&log).unwrap();
        let (_, recovery) = AuditLog::resume(&bytes, AuditKey::from_hex(KEY_HEX).unwrap(), None)
            .unwrap_or_else(|e| panic!("round {round}: the log does not resume: {e}"));
        assert!(
            recovery.last_seq >= acknowledged,
            "round {round}: entry {acknowledged} was acknowledged but the log ends at {}",
            recovery.last_seq
        );
        let kept = &bytes[..recovery.valid_len];
        let report = verify(kept, Some(&AuditKey::from_hex(KEY_HEX).unwrap()), &[]);
        assert!(report.ok, "round {round}: {:?}", report.problems);
    }
    assert!(
        acknowledged > 0,
        "the appender acknowledged nothing in {rounds} rounds"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_torn_tail_is_dropped_with_a_report_and_appending_goes_on() {
    let dir = std::env::temp_dir().join(format!("himcore-torn-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let log = dir.join("audit.log");
    let key_file = dir.join("audit.key");
    std::fs::write(&key_file, KEY_HEX).unwrap();
    let append = |input: String| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_him"))
            .args(["audit", "append", "--log"])
            .arg(&log)
            .arg("--key-file")
            .arg(&key_file)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    };
    let out = append(entry(1) + &entry(2));
    assert!(out.status.success());
    // Simulate a crash in the middle of writing a third line.
    let mut bytes = std::fs::read(&log).unwrap();
    let whole = bytes.len();
    bytes.extend_from_slice(b"{\"body\":{\"seq\":3,\"prev\":\"ab");
    std::fs::write(&log, &bytes).unwrap();
    let out = append(entry(3));
    assert!(out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("recovered from a torn last entry"),
        "{stderr}"
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("\"seq\":3"), "{stdout}");
    let bytes = std::fs::read(&log).unwrap();
    assert!(bytes.len() > whole);
    assert!(verify(&bytes, Some(&AuditKey::from_hex(KEY_HEX).unwrap()), &[]).ok);
    // A missing key is an error that names the ways to give one, never a default key.
    let out = Command::new(env!("CARGO_BIN_EXE_him"))
        .args(["audit", "append", "--log"])
        .arg(&log)
        .env_remove("HIMCORE_AUDIT_KEY")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("HIMCORE_AUDIT_KEY"));
    std::fs::remove_dir_all(&dir).unwrap();
}
