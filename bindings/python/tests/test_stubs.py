"""The type stubs tell the truth: mypy's stubtest compares them with the module."""

from __future__ import annotations

import subprocess
import sys
import tempfile


def test_stubtest_finds_no_difference_between_stubs_and_runtime() -> None:
    # Run from an empty directory so the installed package is what is checked.
    with tempfile.TemporaryDirectory() as cwd:
        done = subprocess.run(
            [sys.executable, "-m", "mypy.stubtest", "himcore"],
            cwd=cwd,
            capture_output=True,
            text=True,
        )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_quickstart_type_checks_strictly_against_the_stubs() -> None:
    from conftest import REPO

    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--ignore-missing-imports",  # pyarrow ships no type information
            "--cache-dir",
            str(REPO / "target" / "mypy-cache"),
            str(REPO / "examples" / "python" / "quickstart.py"),
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
