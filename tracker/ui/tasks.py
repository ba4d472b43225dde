"""Run slow work off the GUI thread and hand results back on it."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Signals(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(object, str)


class Task(QRunnable):
    """A callable run on the thread pool. It receives `report(n, total, text)` and
    `cancelled()` as keyword arguments when it declares them."""

    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals = _Signals()
        self._cancel = False
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel = True

    def is_cancelled(self) -> bool:
        return self._cancel

    @Slot()
    def run(self) -> None:
        names = self.fn.__code__.co_varnames if hasattr(self.fn, "__code__") else ()
        kwargs = dict(self.kwargs)
        if "report" in names:
            kwargs["report"] = lambda n, total, text="": self.signals.progress.emit(n, total, text)
        if "cancelled" in names:
            kwargs["cancelled"] = self.is_cancelled
        try:
            result = self.fn(*self.args, **kwargs)
        except BaseException as exc:  # noqa: BLE001 - reported to the GUI thread
            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.signals.done.emit(result)


class TaskRunner(QObject):
    """Starts tasks and keeps them alive until they finish."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._running: set[Task] = set()
        # called for a failure when the caller gave no on_error (the window shows a message)
        self.default_error: Callable[[BaseException, str], None] | None = None

    def start(self, fn: Callable[..., Any], *args: Any,
              on_done: Callable[[Any], None] | None = None,
              on_error: Callable[[BaseException, str], None] | None = None,
              on_progress: Callable[[int, int, str], None] | None = None,
              **kwargs: Any) -> Task:
        task = Task(fn, *args, **kwargs)
        if on_progress:
            task.signals.progress.connect(on_progress)

        def finished(result: Any) -> None:
            self._forget(task)
            if on_done:
                on_done(result)

        def failed(exc: BaseException, trace: str) -> None:
            self._forget(task)
            if on_error:
                on_error(exc, trace)
            elif self.default_error is not None:
                self.default_error(exc, trace)
            else:
                raise exc

        task.signals.done.connect(finished)
        task.signals.failed.connect(failed)
        self._running.add(task)
        self.busy_changed.emit(True)
        self.pool.start(task)
        return task

    def _forget(self, task: Task) -> None:
        self._running.discard(task)
        if not self._running:
            self.busy_changed.emit(False)

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)
