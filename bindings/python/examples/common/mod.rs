//! What the pure-Rust baselines of `bench/*.py` share: reading the input
//! file named on the command line, and best-of-N timing.

use std::time::Instant;

/// The text of the file named by the first argument; exits with status 2
/// and a message when it is missing or unreadable.
pub fn read_input(usage: &str) -> String {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: {usage}");
        std::process::exit(2);
    };
    match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            std::process::exit(2);
        }
    }
}

/// Best of `rounds` timings of `f`, in seconds.
pub fn best_of(rounds: usize, mut f: impl FnMut()) -> f64 {
    let mut best = f64::INFINITY;
    for _ in 0..rounds {
        let start = Instant::now();
        f();
        best = best.min(start.elapsed().as_secs_f64());
    }
    best
}

/// `n` per second, or 0 for no time measured.
pub fn rate(n: f64, seconds: f64) -> f64 {
    if seconds > 0.0 {
        n / seconds
    } else {
        0.0
    }
}
