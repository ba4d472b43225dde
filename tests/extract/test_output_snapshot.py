"""The extractor's output on the fixtures and seeds is exactly what was recorded in
tests/extract/snapshots/ (re-record with `python tests/extract/output_snapshot.py save`
only for an intended change of behaviour; the diff of the snapshot files shows it)."""

from __future__ import annotations

import pytest

from tests.extract import output_snapshot as snap

CASES = list(snap.inputs())


@pytest.mark.parametrize("name,fn", CASES, ids=[n for n, _ in CASES])
def test_output_unchanged(name, fn):
    lines = fn()
    assert snap.snapshot_path(name).is_file(), f"no snapshot recorded for {name}"
    assert lines == snap.saved(name), "output changed:\n" + snap.diff(name, lines)
