"""The Python examples run as written (docs that run are docs that stay true)."""

from __future__ import annotations

import subprocess
import sys

from conftest import REPO


def test_quickstart_runs_on_the_example_data() -> None:
    done = subprocess.run(
        [sys.executable, str(REPO / "examples" / "python" / "quickstart.py")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "normalized='E11.9'" in out
    assert "FHIR_CODE_NOT_IN_VALUESET at Patient.gender" in out
    assert "ClaimReport(clean=False" in out
    assert "claim_diagnoses.csv:" in out
