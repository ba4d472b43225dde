"""An undo command that is a pair of service calls: on failure it says so through
*on_error* and marks itself obsolete (the stack drops it); on success it tells the views
what changed (`changed`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand


class ServiceCommand(QUndoCommand):
    def __init__(self, text: str, on_error: Callable[[BaseException], None] | None = None):
        super().__init__(text)
        self.on_error = on_error

    def changed(self) -> None:
        """Emit the events for what the service call changed (subclasses)."""

    def _run(self, fn: Callable[[], None]) -> None:
        try:
            fn()
        except Exception as exc:  # noqa: BLE001 - shown to the user by on_error
            self.setObsolete(True)
            if self.on_error is not None:
                self.on_error(exc)
            return
        self.changed()
