"""Cyclic garbage is collected on the GUI thread only (tracker.ui.collector): a worker that
allocates a lot never runs the collector, so Qt wrappers left in cycles by the GUI thread
are never deleted on a worker (a CI run died with a segmentation fault that way)."""

from __future__ import annotations

import gc
import threading

from tracker.ui import collector
from tracker.ui.app import make_app


class _Cycle:
    """Garbage only the cycle collector frees; says on which thread it was freed."""

    def __init__(self, seen: list[int]) -> None:
        self.me = self
        self.seen = seen

    def __del__(self) -> None:
        self.seen.append(threading.get_ident())


def _allocate_on_a_worker(seen: list[int]) -> tuple[list[int], list[list[int]]]:
    """A worker thread drops a cycle, then allocates far past the youngest threshold
    (returns the count it reached and what it allocated, kept alive)."""
    kept: list[list[int]] = []
    counts: list[int] = []

    def work() -> None:
        _Cycle(seen)
        for i in range(50 * gc.get_threshold()[0]):
            kept.append([i])
        counts.append(gc.get_count()[0])

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    return counts, kept


def test_the_app_collects_cycles_on_its_own_thread_never_on_a_worker(qtbot):
    app = make_app([])
    found = collector.install(app)
    assert found is collector.install(app)       # one per application
    assert not gc.isenabled()
    gc.collect()
    seen: list[int] = []
    counts, _kept = _allocate_on_a_worker(seen)
    assert seen == []                             # the worker never collected
    assert counts[0] > gc.get_threshold()[0]      # although it went far past the threshold
    qtbot.waitUntil(lambda: seen != [], timeout=5000)
    assert seen == [threading.get_ident()]        # freed on this (the GUI) thread


def test_without_it_the_worker_would_have_collected(qtbot):
    """The check above can fail: with Python's own collection the worker frees the cycle."""
    app = make_app([])
    found = collector.install(app)
    found.stop()
    try:
        assert gc.isenabled()
        seen: list[int] = []
        _allocate_on_a_worker(seen)
        assert seen and seen[0] != threading.get_ident()
    finally:
        collector.install(app)
    assert not gc.isenabled() and found.timer.isActive()
