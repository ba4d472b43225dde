"""Shared fixtures: the dev-set seed documents (skipped where they are not present)."""

from __future__ import annotations

from pathlib import Path

import pytest

SEEDS = Path("/work/shared/seeds")


@pytest.fixture
def seed():
    """Return a function giving the path of the seed whose name starts with a prefix."""
    if not SEEDS.is_dir():
        pytest.skip("seed documents not available on this machine")

    def find(prefix: str) -> Path:
        return next(SEEDS.glob(f"{prefix}_*.txt"))

    return find
