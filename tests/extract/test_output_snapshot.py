"""The extractor's output on the fixtures and seeds is exactly what was recorded in
tests/extract/snapshots.json (speed work must not change a byte; re-record with
`tests/extract/output_snapshot.py save` only for an intended change of behaviour)."""

from __future__ import annotations

import json

import pytest

from tests.extract import output_snapshot as snap

SAVED = json.loads(snap.SNAPSHOTS.read_text(encoding="utf-8"))
CASES = list(snap.inputs(bench=False))


@pytest.mark.parametrize("name,fn", CASES, ids=[n for n, _ in CASES])
def test_output_unchanged(name, fn):
    lines = fn()
    assert {"records": len(lines), "sha256": snap.digest(lines)} == SAVED[name]
