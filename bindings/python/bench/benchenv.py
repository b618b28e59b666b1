"""What the benchmark scripts share: the bench virtualenv
(target/bench-python/venv), a release wheel of himcore installed there (not
`maturin develop`, which would replace the extension in the source tree that
the test venv uses), a logged subprocess runner and the pure-Rust baselines
(release examples of himcore-python)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import venv
from pathlib import Path
from typing import Any, Callable, Dict, List

REPO = Path(__file__).resolve().parents[3]
WORK = REPO / "target" / "bench-python"
VENV = WORK / "venv"


def venv_python() -> Path:
    return VENV / "bin" / "python"


def run(cmd: List[str], **kw: Any) -> subprocess.CompletedProcess:  # type: ignore[type-arg]
    print("+", " ".join(str(c) for c in cmd), file=sys.stderr)
    return subprocess.run(cmd, check=True, **kw)


def install_release_wheel(pins: List[str]) -> str:
    """Creates the bench venv if needed, installs `pins` and a fresh release
    wheel of himcore into it; returns the venv's python."""
    WORK.mkdir(parents=True, exist_ok=True)
    if not venv_python().exists():
        venv.create(VENV, with_pip=True)
    py = str(venv_python())
    run([py, "-m", "pip", "install", "-q", "--disable-pip-version-check", *pins])
    wheels = WORK / "wheels"
    for old in wheels.glob("himcore-*.whl"):
        old.unlink()
    run([py, "-m", "maturin", "build", "--release", "--quiet", "--out", str(wheels),
         "--manifest-path", str(REPO / "bindings/python/Cargo.toml")])
    run([py, "-m", "pip", "install", "-q", "--disable-pip-version-check",
         "--force-reinstall", "--no-deps", *map(str, wheels.glob("himcore-*.whl"))])
    return py


def best_of(rounds: int, f: Callable[[], Any]) -> float:
    """The shortest of `rounds` wall-clock timings of `f`, in seconds."""
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        f()
        best = min(best, time.perf_counter() - start)
    return best


def rust_baseline(example: str, input_file: Path) -> Dict[str, Any]:
    """Builds the release example `example` of himcore-python, runs it on
    `input_file` and returns the JSON object it prints."""
    run(["cargo", "build", "--release", "--quiet", "-p", "himcore-python",
         "--example", example], cwd=REPO)
    target = Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target"))
    out = subprocess.run(
        [str(target / "release/examples" / example), str(input_file)],
        check=True, capture_output=True, text=True,
    ).stdout
    result: Dict[str, Any] = json.loads(out)
    return result
