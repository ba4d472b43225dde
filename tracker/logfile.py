"""Libraries' warnings to the log file, for the window and the command line alike.

Kept apart from tracker.cli so that starting the window does not import the command line
(its parser, messages and commands) only for this.
"""

from __future__ import annotations

import logging
from pathlib import Path


def quiet_library_warnings() -> None:
    """Libraries' warnings (pypdf's "EOF marker not found", …) go to the log, not the
    terminal: the command says what matters in its own words."""
    import warnings

    logging.captureWarnings(True)
    warnings.simplefilter("default")
    for name in ("pypdf", "py.warnings", "trafilatura", "htmldate", "courlan", "charset_normalizer"):
        log = logging.getLogger(name)
        log.propagate = False
        if not log.handlers:
            log.addHandler(_log_handler())


def _log_handler() -> logging.Handler:
    """The log file in the user's data folder (tracker.log), or nowhere if it cannot be
    written."""
    try:
        from platformdirs import user_log_dir

        folder = Path(user_log_dir("PolicyTracker", appauthor=False))
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(folder / "tracker.log", encoding="utf-8",
                                                       delay=True)
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    except OSError:
        handler = logging.NullHandler()
    return handler
