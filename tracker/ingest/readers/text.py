"""Plain-text files in any of the encodings Chinese offices use."""

from __future__ import annotations

from tracker.ingest.encoding import decode_bytes
from tracker.ingest.result import Extracted


def read_text(data: bytes) -> Extracted:
    """Decode a ``.txt`` file (raises ``UndecodableError`` when it is not text)."""
    text, encoding = decode_bytes(data)
    return Extracted(text=text, encoding=encoding)
