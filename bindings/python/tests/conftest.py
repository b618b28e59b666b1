"""Shared fixtures: where the repository's shared data lives."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Dict, List

import pytest

REPO = Path(__file__).resolve().parents[3]
VECTORS = REPO / "crates" / "himcore" / "tests" / "vectors"
EXAMPLES = REPO / "examples" / "data"


def vector_files() -> List[Path]:
    return sorted(VECTORS.glob("*.json"))


def load_vectors(path: Path) -> Dict[str, Any]:
    with path.open(encoding="utf-8") as f:
        doc: Dict[str, Any] = json.load(f)
    return doc


@pytest.fixture
def examples() -> Path:
    return EXAMPLES
