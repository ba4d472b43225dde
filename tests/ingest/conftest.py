"""Shared fixtures: the dev-set seed documents (skipped where they are not present)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from shared_dir import find_shared, not_found  # noqa: E402 - after the path is set

_SHARED = find_shared(ROOT)


@pytest.fixture
def seed():
    """Return a function giving the path of the seed whose name starts with a prefix."""
    if _SHARED is None:
        pytest.skip(not_found(ROOT))
    seeds = _SHARED / "seeds"

    def find(prefix: str) -> Path:
        return next(seeds.glob(f"{prefix}_*.txt"))

    return find
