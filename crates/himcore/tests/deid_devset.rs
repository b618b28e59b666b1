#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
//! Regression guard on the synthetic development set (not a tuning target):
//! overall recall must not fall below the floor the engine reached when the
//! set was first scored. The set lives outside the repository; set
//! `HIM_DEID_DEV` to its path (default: the team's shared data directory).

use himcore::deid::{evaluate, GoldSpan, TextDeidentifier, TextPolicy};

#[derive(serde::Deserialize)]
struct Gold {
    text: String,
    spans: Vec<GoldSpan>,
}

#[test]
fn dev_set_recall_does_not_regress() {
    let path = std::env::var("HIM_DEID_DEV")
        .unwrap_or_else(|_| "/work/shared/data/deid-dev/synthetic_notes_200.jsonl".into());
    let Ok(data) = std::fs::read_to_string(&path) else {
        eprintln!("dev set {path} not present; set HIM_DEID_DEV to run this guard");
        return;
    };
    let engine = TextDeidentifier::new().unwrap();
    let policy = TextPolicy::default();
    let docs: Vec<_> = data
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let g: Gold = serde_json::from_str(l).unwrap();
            let pred = engine.deidentify(&g.text, &policy, None, "").unwrap().spans;
            if std::env::var("HIM_DEID_DUMP").is_ok() {
                // Print misses with their line for error analysis.
                let chars: Vec<char> = g.text.chars().collect();
                for s in &g.spans {
                    if !pred.iter().any(|p| p.start < s.end && p.end > s.start) {
                        let a = s.start.saturating_sub(30);
                        let b = (s.end + 20).min(chars.len());
                        let ctx: String = chars[a..b].iter().collect();
                        eprintln!("MISS {} {:?}", s.phi_type, ctx);
                    }
                }
                for p in &pred {
                    if !g.spans.iter().any(|s| p.start < s.end && p.end > s.start) {
                        let ctx: String = chars
                            [p.start.saturating_sub(15)..(p.end + 10).min(chars.len())]
                            .iter()
                            .collect();
                        eprintln!("FP {} {:?}", p.phi_type.as_str(), ctx);
                    }
                }
            }
            (g.spans, pred)
        })
        .collect();
    let r = evaluate(&docs);
    for (t, s) in &r.per_type {
        eprintln!(
            "{t:<12} gold {:>4} recall {:.3} pred {:>4} precision {:.3}",
            s.gold, s.recall, s.predicted, s.precision
        );
    }
    eprintln!(
        "OVERALL recall {:.4} precision {:.4} F2 {:.4}",
        r.overall.recall, r.overall.precision, r.overall.f2
    );
    assert!(r.overall.recall >= 0.97, "recall {}", r.overall.recall);
    assert!(
        r.overall.precision >= 0.85,
        "precision {}",
        r.overall.precision
    );
}
