"""Limits on what one file may cost to read: its size on disk, the size its ZIP container
unpacks to, the text it yields and the time its reader may take. A file beyond a limit is
refused with a message saying which limit, so a hostile or broken file costs seconds and
a bounded amount of memory instead of the whole machine."""

from __future__ import annotations

import io
import time
import zipfile

from tracker.domain import messages
from tracker.ingest.errors import UnreadableContent

MB = 1024 * 1024
# bytes on disk, per format
MAX_FILE_BYTES = {"txt": 32 * MB, "html": 32 * MB, "docx": 64 * MB, "pdf": 128 * MB}
# what a ZIP container (DOCX) may unpack to, in all and per member, and its member count
MAX_UNPACKED_BYTES = 256 * MB
MAX_ZIP_MEMBERS = 10_000
# characters of text a document may have (about 16 MB of Chinese UTF-8)
MAX_TEXT_CHARS = 8_000_000
# seconds a reader may spend on one file (checked between pages, parts and steps)
READ_SECONDS = 30.0
# a PDF page whose content stream is larger than this is skipped (with a warning)
MAX_PDF_PAGE_CONTENT = 4 * MB


def check_file_size(size: int, fmt: str) -> None:
    limit = MAX_FILE_BYTES.get(fmt)
    if limit is not None and size > limit:
        raise UnreadableContent(messages.TOO_LARGE.format(
            size=round(size / MB, 1), kind=fmt.upper(), limit=limit // MB))


def check_text(text: str) -> None:
    if len(text) > MAX_TEXT_CHARS:
        raise UnreadableContent(messages.TOO_MUCH_TEXT.format(
            chars=len(text), limit=MAX_TEXT_CHARS))


def check_zip(data: bytes) -> None:
    """Refuse a ZIP container whose members would unpack to more than the limits (the
    sizes its directory declares; zipfile stops a member that lies about its size)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except Exception:  # noqa: BLE001 - not a ZIP: the format's reader says so in its words
        return
    if len(infos) > MAX_ZIP_MEMBERS or sum(i.file_size for i in infos) > MAX_UNPACKED_BYTES:
        raise UnreadableContent(messages.UNPACKS_TOO_LARGE.format(
            limit=MAX_UNPACKED_BYTES // MB))


class Deadline:
    """A time budget: `check()` raises once it is spent."""

    def __init__(self, seconds: float = READ_SECONDS) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds

    def expired(self) -> bool:
        return time.monotonic() > self.end

    def check(self) -> None:
        if self.expired():
            raise UnreadableContent(messages.TOO_SLOW.format(seconds=int(self.seconds)))
