"""The library list read on a thread from the moment the app starts.

The window start imports Qt and builds the window (a few hundred milliseconds of the GUI
thread) before it asks for the list; the sqlite3 query behind the list runs without the
GIL, so started first it is mostly done by then. Light: nothing is imported here but
threading; the reading modules load on the thread.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tracker.storage.library_list import QuickLibrary


class LibraryPrefetch:
    """read_library(path) started now; read() gives its result for that path."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._result: QuickLibrary | None = None
        self._thread = threading.Thread(target=self._run, name="library-list", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        from tracker.storage.library_list import read_library

        self._result = read_library(self.path)

    def read(self, path: Path) -> QuickLibrary | None:
        """The list of the library at *path*: the one read on the thread when it is the
        same file, else read now (the window chose another library, e.g. a saved one)."""
        if path != self.path:
            from tracker.storage.library_list import read_library

            return read_library(path)
        self._thread.join()
        return self._result
