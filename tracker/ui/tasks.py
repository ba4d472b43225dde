"""Run slow work off the GUI thread and hand results back on it.

    tasks.start(fn, *args, on_done=…, on_error=…)            # fn(*args)
    tasks.start(fn, *args, with_context=True, on_progress=…)  # fn(TaskContext, *args)
    tasks.start(fn, *args, key=(id(self), "find"), on_done=…)  # newest of the key wins

A function that reports progress or stops when cancelled asks for a `TaskContext` with
`with_context=True` and gets it as its first argument; the runner never guesses from the
function's signature. With a `key`, starting a task makes any older task of the same key
cancelled (its context says so) and dropped: its answer or error is never delivered. A
key is any hashable value; a widget makes it its own with its id() as the first part, so
two widgets on one runner never drop each other's requests (the id, not the widget: the
runner must not keep a widget alive).
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Signals(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(object, str)


class TaskContext:
    """What a running task may use: `report(n, total, text)` to show progress and
    `cancelled()` to learn that the user (or a newer request of its key) stopped it."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = False

    def report(self, n: int, total: int, text: str = "") -> None:
        self._signals.progress.emit(n, total, text)

    def cancelled(self) -> bool:
        return self._cancel

    def cancel(self) -> None:
        self._cancel = True


class Task(QRunnable):
    """A callable run on the thread pool; with `with_context` it gets the task's
    `TaskContext` as its first argument."""

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any],
                 *, with_context: bool = False, key: Hashable | None = None) -> None:
        super().__init__()
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.key = key
        self.signals = _Signals()
        self.context = TaskContext(self.signals)
        self.with_context = with_context
        self.dropped = False  # a newer task of the same key replaced it: say nothing
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self.context.cancel()

    @Slot()
    def run(self) -> None:
        args = (self.context, *self.args) if self.with_context else self.args
        try:
            result = self.fn(*args, **self.kwargs)
        except BaseException as exc:  # noqa: BLE001 - reported to the GUI thread
            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.signals.done.emit(result)


class TaskRunner(QObject):
    """Starts tasks, keeps them alive until they finish, and knows the newest task of
    each key."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._running: set[Task] = set()
        self._newest: dict[Hashable, Task] = {}
        # called for a failure when the caller gave no on_error (the window shows a message)
        self.default_error: Callable[[BaseException, str], None] | None = None

    def start(self, fn: Callable[..., Any], *args: Any,
              on_done: Callable[[Any], None] | None = None,
              on_error: Callable[[BaseException, str], None] | None = None,
              on_progress: Callable[[int, int, str], None] | None = None,
              key: Hashable | None = None, with_context: bool = False,
              **kwargs: Any) -> Task:
        """Run `fn(*args, **kwargs)` (`fn(context, *args, **kwargs)` with `with_context`)
        on the pool; `on_done(result)` or `on_error(exc, trace)` is called on this thread.
        With a `key`, an older task of that key is cancelled and its outcome dropped."""
        if key is not None:
            self.cancel(key)
        task = Task(fn, args, kwargs, with_context=with_context, key=key)
        if on_progress:
            task.signals.progress.connect(
                lambda n, total, text: None if task.dropped else on_progress(n, total, text))

        def finished(result: Any) -> None:
            self._forget(task)
            if on_done and not task.dropped:
                on_done(result)

        def failed(exc: BaseException, trace: str) -> None:
            self._forget(task)
            if task.dropped:
                return
            if on_error:
                on_error(exc, trace)
            elif self.default_error is not None:
                self.default_error(exc, trace)
            else:
                raise exc

        task.signals.done.connect(finished)
        task.signals.failed.connect(failed)
        self._running.add(task)
        if key is not None:
            self._newest[key] = task
        self.busy_changed.emit(True)
        self.pool.start(task)
        return task

    def cancel(self, key: Hashable) -> None:
        """Cancel the task of `key` still running, if any, and drop its outcome (the
        request it answered no longer stands)."""
        task = self._newest.pop(key, None)
        if task is not None:
            task.dropped = True
            task.cancel()

    def _forget(self, task: Task) -> None:
        self._running.discard(task)
        if task.key is not None and self._newest.get(task.key) is task:
            del self._newest[task.key]
        if not self._running:
            self.busy_changed.emit(False)

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)
