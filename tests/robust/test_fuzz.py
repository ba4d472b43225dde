"""Fuzz: malformed files of every format (txt, HTML, DOCX, PDF as documents; CSV, XLSX as
ledgers). Each either reads or gives a message naming the file and the reason: never
another exception, never a hang, never a partial write. Bounded: bench/bench_hostile.py
runs the full drill (1,200 files and 300 ledgers)."""

from __future__ import annotations

import random
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.robust.fuzzing import malformed, seeds
from tracker.export import LedgerFileError
from tracker.ingest import IngestError, read_path
from tracker.services import ledger, register
from tracker.services.context import AppContext

SEEDS = seeds()
DOCS = (".txt", ".html", ".docx", ".pdf")
LEDGERS = (".csv", ".xlsx")
SLOWEST = 20.0  # seconds for one file, well inside the drill's 60


@settings(max_examples=120, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(suffix=st.sampled_from(DOCS), seed=st.integers(0, 2**32 - 1))
def test_malformed_documents_read_or_give_a_message(tmp_path_factory, suffix, seed):
    path = tmp_path_factory.mktemp("fuzz") / f"doc{suffix}"
    path.write_bytes(malformed(suffix, SEEDS[suffix], random.Random(seed)))
    t0 = time.monotonic()
    try:
        result = read_path(path)
    except IngestError as exc:
        assert exc.path == path and exc.reason and "Traceback" not in exc.reason
    else:
        result.text.encode("utf-8")  # storable: no lone surrogates
    assert time.monotonic() - t0 < SLOWEST


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(suffix=st.sampled_from(LEDGERS), seed=st.integers(0, 2**32 - 1))
def test_malformed_ledgers_import_or_give_a_message_and_write_nothing_partial(
        tmp_path_factory, suffix, seed):
    folder = tmp_path_factory.mktemp("fuzzl")
    path = folder / f"ledger{suffix}"
    path.write_bytes(malformed(suffix, SEEDS[suffix], random.Random(seed)))
    ctx = AppContext.open(folder / "lib.db")
    try:
        t0 = time.monotonic()
        try:
            result = ledger.import_ledger(ctx, path)
        except LedgerFileError as exc:
            assert str(path) in str(exc)
            assert register.total(ctx) == 0
        else:
            if result.errors:
                assert register.total(ctx) == 0 and not result.written
                assert all(e.reason for e in result.errors)
            else:
                assert register.total(ctx) == len(result.created)
        assert time.monotonic() - t0 < SLOWEST
    finally:
        ctx.close()
