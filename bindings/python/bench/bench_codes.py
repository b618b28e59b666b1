#!/usr/bin/env python3
"""Benchmark himcore.codes from Python next to simple_icd_10_cm, in one run.

    python3 bindings/python/bench/bench_codes.py [--n 200000]

What it does:
1. makes its own virtualenv (target/bench-python/venv) with simple_icd_10_cm,
   pyarrow and maturin, installs a release wheel of himcore there, and builds the
   pure-Rust baseline (example `bench_core_codes`) in release mode;
2. takes every ICD-10-CM code simple_icd_10_cm knows (chapters and blocks
   excluded), adds as many variants with a digit appended (mostly invalid),
   shuffles them
   with a fixed seed, and writes them to target/bench-python/codes.txt;
3. measures, on those same codes: import time and first answer, per-call
   validations/s (himcore ``is_valid`` and ``validate``, simple_icd_10_cm
   ``is_valid_item``), batch validations/s (``validate_many`` on a list and
   on a pyarrow array, sequential and ``parallel=True``), the pure-Rust core
   on the same file, and how often the two libraries agree.

Timings are best-of-N wall clock; on a shared machine they are noisy.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
from typing import Any, Dict

from benchenv import WORK, best_of, install_release_wheel, run, rust_baseline, venv_python

CODES_FILE = WORK / "codes.txt"
PINS = ["simple_icd_10_cm==1.5.0", "pyarrow==20.0.0", "maturin==1.15.0"]






def setup() -> Dict[str, Any]:
    py = install_release_wheel(PINS)
    run([py, __file__, "--make-codes"])
    return rust_baseline("bench_core_codes", CODES_FILE)


def make_codes() -> None:
    import simple_icd_10_cm as cm

    valid = [c for c in cm.get_all_codes(True) if not cm.is_chapter_or_block(c)]
    invalid = [c + "9" for c in valid]
    mixed = valid + invalid
    random.Random(20261125).shuffle(mixed)
    CODES_FILE.write_text("\n".join(mixed) + "\n")




def _subprocess_seconds(code: str, rounds: int = 7) -> float:
    """Median of what `code` prints (a number), each in a fresh interpreter,
    after one warm-up run (page cache)."""
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
    runs = []
    for _ in range(rounds):
        out = subprocess.run([sys.executable, "-c", code], check=True,
                             capture_output=True, text=True).stdout
        runs.append(float(out.strip()))
    return statistics.median(runs)


def measure(n: int, rust: Dict[str, Any]) -> Dict[str, Any]:
    import pyarrow as pa

    import himcore
    import simple_icd_10_cm as cm

    codes = CODES_FILE.read_text().split()
    codes = (codes * (n // len(codes) + 1))[:n] if n > len(codes) else codes[:n]
    results: Dict[str, Any] = {"codes": len(codes), "himcore": himcore.__version__,
                               "simple_icd_10_cm": "1.5.0", "rust": rust}

    timer = "import time, resource; t = time.perf_counter(); {body}; print(time.perf_counter() - t)"
    results["import_s"] = {
        "himcore": _subprocess_seconds(timer.format(body="import himcore")),
        "simple_icd_10_cm": _subprocess_seconds(timer.format(body="import simple_icd_10_cm")),
    }
    results["first_answer_s"] = {
        "himcore": _subprocess_seconds(timer.format(
            body="import himcore; himcore.codes.validate('icd10cm', 'E11.9')")),
        "simple_icd_10_cm": _subprocess_seconds(timer.format(
            body="import simple_icd_10_cm as cm; cm.is_valid_item('E11.9')")),
    }
    # Peak resident memory of the fresh process (VmHWM; ru_maxrss would carry
    # over the parent's peak across exec).
    rss = ("{body}; print([int(l.split()[1]) for l in open('/proc/self/status') "
           "if l.startswith('VmHWM')][0] / 1024)")
    results["max_rss_mib"] = {
        "python_alone": _subprocess_seconds(rss.format(body="pass"), 1),
        "himcore": _subprocess_seconds(rss.format(
            body="import himcore; himcore.codes.validate('icd10cm', 'E11.9')"), 1),
        "simple_icd_10_cm": _subprocess_seconds(rss.format(
            body="import simple_icd_10_cm as cm; cm.is_valid_item('E11.9')"), 1),
    }

    is_valid = himcore.codes.is_valid
    validate = himcore.codes.validate
    validate_many = himcore.codes.validate_many
    cm_valid = cm.is_valid_item
    column = pa.array(codes)
    rate: Dict[str, float] = {}
    rate["himcore.codes.is_valid (per call)"] = len(codes) / best_of(
        3, lambda: [is_valid("icd10cm", c) for c in codes])
    rate["himcore.codes.validate (per call)"] = len(codes) / best_of(
        3, lambda: [validate("icd10cm", c) for c in codes])
    rate["simple_icd_10_cm.is_valid_item (per call)"] = len(codes) / best_of(
        3, lambda: [cm_valid(c) for c in codes])
    rate["validate_many(list) -> objects"] = len(codes) / best_of(
        3, lambda: validate_many("icd10cm", codes))
    rate["validate_many(list, parallel) -> objects"] = len(codes) / best_of(
        3, lambda: validate_many("icd10cm", codes, parallel=True))
    rate["validate_many(pyarrow) -> RecordBatch"] = len(codes) / best_of(
        5, lambda: validate_many("icd10cm", column))
    rate["validate_many(pyarrow, parallel) -> RecordBatch"] = len(codes) / best_of(
        5, lambda: validate_many("icd10cm", column, parallel=True))
    results["validations_per_s"] = rate
    # How many times the pure-Rust time the Python Arrow batch takes, against
    # the faster of the two Rust ways of producing full answers.
    rust_best = max(rust["validate_per_s"], rust["validate_many_per_s"])
    results["arrow_batch_time_vs_rust"] = rust_best / rate["validate_many(pyarrow) -> RecordBatch"]

    ours = [is_valid("icd10cm", c) for c in codes]
    theirs = [cm_valid(c) for c in codes]
    disagree = [c for c, a, b in zip(codes, ours, theirs) if a != b]
    results["agreement"] = {
        "same_answer": 1 - len(disagree) / len(codes),
        "examples_of_disagreement": sorted(set(disagree))[:10],
        "himcore_valid": sum(ours),
        "simple_icd_10_cm_valid": sum(theirs),
    }
    return results


def report(r: Dict[str, Any]) -> str:
    rust = r["rust"]
    lines = [
        f"{r['codes']:,} ICD-10-CM inputs (codes and variants with a digit appended), "
        f"himcore {r['himcore']} (release build) vs simple_icd_10_cm {r['simple_icd_10_cm']}",
        "",
        "| measure | himcore | simple_icd_10_cm |",
        "|---|---:|---:|",
        f"| import | {r['import_s']['himcore'] * 1e3:.1f} ms | "
        f"{r['import_s']['simple_icd_10_cm'] * 1e3:.0f} ms |",
        f"| import + first answer | {r['first_answer_s']['himcore'] * 1e3:.1f} ms | "
        f"{r['first_answer_s']['simple_icd_10_cm'] * 1e3:.0f} ms |",
        f"| max RSS of the process (python alone: {r['max_rss_mib']['python_alone']:.0f} MiB) | "
        f"{r['max_rss_mib']['himcore']:.0f} MiB | {r['max_rss_mib']['simple_icd_10_cm']:.0f} MiB |",
        "",
        "| validations/s | rate | ns per code |",
        "|---|---:|---:|",
    ]
    for name, value in r["validations_per_s"].items():
        lines.append(f"| {name} | {value:,.0f} | {1e9 / value:,.0f} |")
    for key, label in (("is_valid_per_s", "Rust core is_valid (loop)"),
                       ("validate_per_s", "Rust core validate (loop)"),
                       ("validate_many_per_s", "Rust core validate_many")):
        lines.append(f"| {label} | {rust[key]:,.0f} | {1e9 / rust[key]:,.0f} |")
    a = r["agreement"]
    lines += [
        "",
        "Time of the Python Arrow batch relative to the pure-Rust core producing the same "
        f"answers: {r['arrow_batch_time_vs_rust']:.2f}x",
        f"Same answer on {a['same_answer']:.2%} of inputs (himcore valid: {a['himcore_valid']:,}, "
        f"simple_icd_10_cm valid: {a['simple_icd_10_cm_valid']:,}); "
        f"e.g. {', '.join(a['examples_of_disagreement'][:5])}",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200_000, help="inputs per timing")
    parser.add_argument("--make-codes", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--measure", metavar="RUST_JSON", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.make_codes:
        make_codes()
        return
    if args.measure:
        results = measure(args.n, json.loads(args.measure))
        (WORK / "results.json").write_text(json.dumps(results, indent=2))
        print(report(results))
        return
    rust = setup()
    subprocess.run([str(venv_python()), __file__, "--n", str(args.n),
                    "--measure", json.dumps(rust)], check=True)


if __name__ == "__main__":
    main()
