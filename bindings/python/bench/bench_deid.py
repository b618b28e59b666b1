#!/usr/bin/env python3
"""Benchmark himcore.deid text de-identification from Python next to the
pure-Rust core, on the same notes, in one run.

    python3 bindings/python/bench/bench_deid.py [--mb 4]

What it does:
1. uses the bench virtualenv of bench_codes.py (target/bench-python/venv),
   installs a release wheel of himcore and pyarrow there, and builds the
   pure-Rust baseline (example `bench_core_deid`) in release mode;
2. repeats the hand-written clinician notes
   (crates/himcore/tests/data/deid/clinician_notes_dev.jsonl) to about
   --mb megabytes and writes them to target/bench-python/notes.jsonl;
3. measures MB/s of tag replacement over those notes: the Rust core
   (`deidentify_batch`), and Python `TextDeidentifier.deidentify_many` on a
   list of str (results as dicts) and on a pyarrow array (results as a
   RecordBatch), sequential and `parallel=True`.

Timings are best-of-N wall clock; on a shared machine they are noisy.
Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
from typing import Any, Dict, List

from benchenv import REPO, WORK, best_of, install_release_wheel, run, rust_baseline, venv_python

NOTES_FILE = WORK / "notes.jsonl"
SOURCE = REPO / "crates/himcore/tests/data/deid/clinician_notes_dev.jsonl"
PINS = ["pyarrow==20.0.0", "maturin==1.15.0"]






def make_notes(mb: float) -> None:
    texts = [json.loads(line)["text"] for line in SOURCE.read_text().splitlines() if line.strip()]
    out: List[str] = []
    size = 0
    while size < mb * 1e6:
        for t in texts:
            out.append(json.dumps({"text": t}))
            size += len(t.encode())
    NOTES_FILE.write_text("\n".join(out) + "\n")


def setup(mb: float) -> Dict[str, Any]:
    install_release_wheel(PINS)
    make_notes(mb)
    return rust_baseline("bench_core_deid", NOTES_FILE)




def measure(rust: Dict[str, Any]) -> Dict[str, Any]:
    import pyarrow as pa

    import himcore

    notes = [json.loads(line)["text"] for line in NOTES_FILE.read_text().splitlines()]
    nbytes = sum(len(t.encode()) for t in notes)
    engine = himcore.deid.TextDeidentifier()
    column = pa.array(notes, type=pa.string())
    # Same answers both ways before timing anything.
    listed = engine.deidentify_many(notes[:50])
    batch = engine.deidentify_many(column.slice(0, 50))
    assert [r["text"] for r in listed] == batch.column("text").to_pylist()

    def mb_s(seconds: float) -> float:
        return nbytes / seconds / 1e6

    results: Dict[str, Any] = {"notes": len(notes), "bytes": nbytes,
                               "himcore": himcore.__version__, "rust": rust,
                               "cpus": os.cpu_count()}
    py: Dict[str, float] = {}
    py["list_sequential"] = mb_s(best_of(5, lambda: engine.deidentify_many(notes)))
    py["arrow_sequential"] = mb_s(best_of(5, lambda: engine.deidentify_many(column)))
    py["list_parallel"] = mb_s(best_of(5, lambda: engine.deidentify_many(notes, parallel=True)))
    py["arrow_parallel"] = mb_s(best_of(5, lambda: engine.deidentify_many(column, parallel=True)))
    results["python_mb_per_s"] = py
    rust_mb = float(rust["mb_per_s"])
    results["python_sequential_over_rust"] = {
        k: round(v / rust_mb, 3) for k, v in py.items() if k.endswith("sequential")
    }
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=4.0, help="megabytes of notes (default 4)")
    ap.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--rust", default="{}", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure:
        print(json.dumps(measure(json.loads(args.rust)), indent=2))
        return
    rust = setup(args.mb)
    run([str(venv_python()), __file__, "--measure", "--rust", json.dumps(rust)])


if __name__ == "__main__":
    main()
