"""The one exception the readers raise for input they cannot turn into text."""

from __future__ import annotations

from pathlib import Path


class IngestError(Exception):
    """A document could not be read; ``str()`` names the file and the reason."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class UnreadableContent(ValueError):
    """Raised by a format reader when the bytes cannot be read; the message is the
    reason shown to the user. :func:`tracker.ingest.read_bytes` adds the file name."""
