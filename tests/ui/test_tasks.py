"""The task runner: explicit progress and cancellation, newest request wins by key."""

from __future__ import annotations

import threading

import pytest

from tracker.ui.tasks import TaskContext, TaskRunner


@pytest.fixture
def runner(qtbot):
    from PySide6.QtCore import QThreadPool

    pool = QThreadPool()
    r = TaskRunner(pool=pool)
    yield r
    r.wait(10000)


def test_a_function_with_a_local_named_report_gets_only_its_own_arguments(runner, qtbot):
    """The runner used to look for `report` among the function's variable names, locals
    included, and passed an argument the function does not take."""
    def work(a, b=0):
        report = [a, b]   # a local, not a parameter
        cancelled = False
        return report, cancelled

    got = []
    runner.start(work, 1, b=2, on_done=got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert got == [([1, 2], False)]


def test_the_import_service_runs_directly_on_the_runner(runner, qtbot, ctx, samples_dir):
    """services.importing.import_paths has a local named `report`: started without a
    context it is called with its own arguments only."""
    from tracker.services import importing

    sample = sorted(p for p in samples_dir.iterdir() if p.suffix == ".txt")[0]
    got, errors = [], []
    runner.start(importing.import_paths, ctx, [sample], on_done=got.append,
                 on_error=lambda exc, _tb: errors.append(exc))
    qtbot.waitUntil(lambda: bool(got or errors), timeout=20000)
    assert errors == [] and len(got[0].imported) == 1 and got[0].errors == []


def test_progress_is_reported_through_the_context(runner, qtbot):
    def work(context: TaskContext, total):
        for n in range(1, total + 1):
            context.report(n, total, f"item {n}")
        return "finished"

    progress, done = [], []
    runner.start(work, 3, with_context=True, on_progress=lambda *a: progress.append(a),
                 on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert done == ["finished"]
    assert progress == [(1, 3, "item 1"), (2, 3, "item 2"), (3, 3, "item 3")]


def test_cancelling_a_task_reaches_the_function(runner, qtbot):
    started = threading.Event()

    def work(context: TaskContext):
        started.set()
        while not context.cancelled():
            threading.Event().wait(0.005)
        return "stopped"

    done = []
    task = runner.start(work, with_context=True, on_done=done.append)
    assert started.wait(5)
    task.cancel()
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert done == ["stopped"]


def test_of_two_requests_with_one_key_only_the_newest_is_delivered(runner, qtbot):
    release = threading.Event()
    seen_cancel = []

    def slow(context: TaskContext, value):
        release.wait(5)
        seen_cancel.append((value, context.cancelled()))
        return value

    done, errors = [], []
    runner.start(slow, "old", key="k", with_context=True, on_done=done.append,
                 on_error=lambda exc, _tb: errors.append(exc))
    runner.start(slow, "new", key="k", with_context=True, on_done=done.append)
    release.set()
    qtbot.waitUntil(lambda: len(seen_cancel) == 2, timeout=5000)
    runner.wait(5000)
    qtbot.wait(50)   # let any late delivery of the old answer arrive
    assert done == ["new"] and errors == []
    assert sorted(seen_cancel) == [("new", False), ("old", True)]  # the old one was told


def test_other_keys_and_unkeyed_tasks_are_not_dropped(runner, qtbot):
    done = []
    runner.start(lambda: "a", key="k1", on_done=done.append)
    runner.start(lambda: "b", key="k2", on_done=done.append)
    runner.start(lambda: "c", on_done=done.append)
    runner.start(lambda: "d", on_done=done.append)
    qtbot.waitUntil(lambda: len(done) == 4, timeout=5000)
    assert sorted(done) == ["a", "b", "c", "d"]


def test_cancel_by_key_drops_the_answer(runner, qtbot):
    release = threading.Event()
    finished = []

    def slow(context: TaskContext):
        release.wait(5)
        finished.append(context.cancelled())
        return "late"

    done = []
    runner.start(slow, key="k", with_context=True, on_done=done.append)
    runner.cancel("k")
    release.set()
    qtbot.waitUntil(lambda: bool(finished), timeout=5000)
    runner.wait(5000)
    qtbot.wait(50)
    assert finished == [True] and done == []


def test_errors_arrive_as_before(runner, qtbot):
    def boom(x):
        raise ValueError(f"bad {x}")

    errors = []
    runner.start(boom, 7, key="k", on_error=lambda exc, trace: errors.append((exc, trace)))
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    exc, trace = errors[0]
    assert isinstance(exc, ValueError) and str(exc) == "bad 7"
    assert "Traceback" in trace and "boom" in trace

    defaults = []
    runner.default_error = lambda exc, _trace: defaults.append(exc)
    runner.start(boom, 8)
    qtbot.waitUntil(lambda: bool(defaults), timeout=5000)
    assert str(defaults[0]) == "bad 8"


def test_busy_follows_the_running_tasks(runner, qtbot):
    states = []
    runner.busy_changed.connect(states.append)
    done = []
    runner.start(lambda: 1, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert states[0] is True and states[-1] is False
