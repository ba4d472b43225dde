"""Reading documents (txt, html, docx, pdf) into normalised text and guessed metadata.

The raw bytes are kept untouched in :class:`IngestResult`; ``text`` is the cleaned text
users see and spans point into. Nothing here touches storage or the network.
"""

from tracker.ingest.errors import IngestError
from tracker.ingest.normalise import normalise_text, text_fingerprint
from tracker.ingest.reader import (
    SUPPORTED_SUFFIXES, iter_candidates, read_bytes, read_path, scan_folder,
)
from tracker.ingest.result import IngestResult
from tracker.ingest.script import detect_script

__all__ = [
    "SUPPORTED_SUFFIXES", "IngestError", "IngestResult", "detect_script", "iter_candidates",
    "normalise_text", "read_bytes", "read_path", "scan_folder", "text_fingerprint",
]
