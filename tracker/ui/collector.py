"""Python's cycle collector, run on the GUI thread only.

The collector runs in whichever thread happens to allocate when its counts pass their
thresholds. In this app that is often a worker of the thread pool (an import, a query, a
context being opened), and the garbage it finds then includes Qt wrappers left by the GUI
thread: a task's signal object, the pages of a library just closed, their lambdas. Their
C++ objects were then deleted on the worker while the GUI thread could still be
delivering their queued events, and the process died with a segmentation fault
("Garbage-collecting" in the trace, seen once in CI while a team server was opened).

So the automatic collection is turned off, and a timer on the GUI thread collects the
generation whose count passed its threshold, as Python itself would, only on this thread.
Objects without cycles are still freed at once by reference counting, on any thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 250


class GuiThreadCollector(QObject):
    """Collects cyclic garbage on the thread of `parent` (the application's), by the
    thresholds Python had when it was made."""

    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        """Collect the oldest generation whose count is past its threshold, if any."""
        counts = gc.get_count()
        generation = -1
        for gen, (count, threshold) in enumerate(zip(counts, self.thresholds)):
            if threshold and count > threshold:
                generation = gen
        if generation >= 0:
            gc.collect(generation)

    def stop(self) -> None:
        """Give the collection back to Python (automatic, on any thread)."""
        self.timer.stop()
        gc.enable()


def install(app: QCoreApplication) -> GuiThreadCollector:
    """The application's collector, made on first call (idempotent)."""
    found = app.findChild(GuiThreadCollector)
    if isinstance(found, GuiThreadCollector):
        if not found.timer.isActive():   # stopped by stop(): collecting here again
            found.timer.start()
        gc.disable()
        return found
    return GuiThreadCollector(app)
