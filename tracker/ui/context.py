"""What every view gets: the services context, the undo stack, tasks, events, settings."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack

from tracker.services.context import AppContext
from tracker.ui.events import Events
from tracker.ui.tasks import TaskRunner


@dataclass
class UiContext:
    app: AppContext
    undo: QUndoStack
    tasks: TaskRunner
    events: Events
    settings: QSettings
