"""Let the page's background counts finish and deliver their answers before the window
of a test goes away (a late answer would otherwise arrive in the next test)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _drain_tasks(request):
    window = request.getfixturevalue("window") if "window" in request.fixturenames else None
    yield
    if window is not None:
        from PySide6.QtWidgets import QApplication

        for _ in range(3):
            window.tasks.wait(10000)
            QApplication.processEvents()
