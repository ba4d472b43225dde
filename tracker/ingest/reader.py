"""The public entry points: read a file or bytes into an :class:`IngestResult`."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterator
from importlib import import_module
from pathlib import Path

from tracker.domain import messages
from tracker.ingest import limits

from tracker.ingest.errors import IngestError, UnreadableContent
from tracker.ingest.metadata import guess_metadata
from tracker.ingest.normalise import drop_furniture, tidy_lines
from tracker.ingest.result import Extracted, IngestResult
from tracker.ingest.script import detect_script
from tracker.ingest.wrapped import rejoin_wrapped

SUPPORTED_SUFFIXES = frozenset({".txt", ".html", ".htm", ".docx", ".pdf"})

_FORMATS: dict[str, str] = {
    ".txt": "txt", ".html": "html", ".htm": "html", ".docx": "docx", ".pdf": "pdf",
}
# (module, function) of each reader, imported on first use: trafilatura, pypdf and
# python-docx together take most of a second to import, which the window's start-up and
# plain-text imports should not pay.
_READERS: dict[str, tuple[str, str]] = {
    "txt": ("tracker.ingest.readers.text", "read_text"),
    "html": ("tracker.ingest.readers.web", "read_html"),
    "docx": ("tracker.ingest.readers.word", "read_docx"),
    "pdf": ("tracker.ingest.readers.pdf", "read_pdf"),
}
# Signatures of binary formats, for a clear message when one arrives under a text name.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or Office file)"),
    (b"\xd0\xcf\x11\xe0", "an old binary Office file (.doc/.xls): save it as .docx"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program"),
)
_EXPECTED_MAGIC = {"pdf": b"%PDF", "docx": b"PK\x03\x04"}


def _binary_kind(data: bytes) -> str | None:
    return next((kind for magic, kind in _MAGIC if data.startswith(magic)), None)


def _check_content(data: bytes, fmt: str) -> None:
    """Refuse empty files and files whose bytes are another format than their name."""
    if not data.strip():
        raise UnreadableContent("empty file")
    kind = _binary_kind(data)
    expected = _EXPECTED_MAGIC.get(fmt)
    if expected is not None:
        # PDF readers accept junk before the header; ZIP packages must start with it.
        found = expected in data[:1024] if fmt == "pdf" else data.startswith(expected)
        if not found:
            raise UnreadableContent(
                f"not a {fmt.upper()} file: the content is {kind or 'something else'}"
            )
        return
    if kind is not None:
        raise UnreadableContent(f"binary file: the content is {kind}, not text")


_SURROGATES = re.compile("[\ud800-\udfff]")


def _clean(text: str | None) -> str | None:
    """Lone surrogates (from a broken PDF text layer, say) cannot be stored or folded:
    each becomes U+FFFD."""
    return _SURROGATES.sub("\ufffd", text) if text else text


def _extract(data: bytes, fmt: str) -> Extracted:
    """The format's reader on `data`, within the limits; whatever a reader's library
    raises on a damaged file becomes UnreadableContent with a short reason."""
    limits.check_file_size(len(data), fmt)
    if fmt == "docx":
        limits.check_zip(data)
    try:
        module, name = _READERS[fmt]
        extracted = getattr(import_module(module), name)(data)
    except UnreadableContent as exc:
        if fmt in ("txt", "html") and b"\x00" in data:
            raise UnreadableContent("binary data (NUL bytes), not text") from exc
        raise
    except MemoryError as exc:
        raise UnreadableContent(messages.TOO_LARGE.format(
            size=round(len(data) / limits.MB, 1), kind=fmt.upper(),
            limit=round(len(data) / limits.MB, 1))) from exc
    except Exception as exc:
        reason = str(exc).strip().splitlines()[0][:160] if str(exc).strip() else ""
        raise UnreadableContent(messages.DAMAGED_FILE.format(
            reason=f"{type(exc).__name__}: {reason}" if reason else type(exc).__name__)) from exc
    extracted.text = _clean(extracted.text) or ""
    extracted.title_hint = _clean(extracted.title_hint)
    limits.check_text(extracted.text)
    return extracted


def _format_of(path: Path) -> str:
    suffix = path.suffix.lower()
    fmt = _FORMATS.get(suffix)
    if fmt is None:
        supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
        raise IngestError(path, f"unsupported file type '{suffix or '(none)'}' (supported: {supported})")
    return fmt


def _ingest(path: Path, data: bytes) -> IngestResult:
    fmt = _format_of(path)
    try:
        _check_content(data, fmt)
        extracted = _extract(data, fmt)
    except UnreadableContent as exc:
        raise IngestError(path, str(exc)) from exc
    lines = tidy_lines(extracted.text)
    script = detect_script("\n".join(lines))
    content = drop_furniture(rejoin_wrapped(lines), script)
    text = "\n".join(content)
    if not text:
        raise IngestError(path, "no document text found (empty, or only page furniture)")
    meta = guess_metadata(lines, content, extracted.title_hint, extracted.date_hint)
    return IngestResult(
        path=path, raw=data, source_format=fmt, encoding=extracted.encoding, text=text,
        title=meta.title, doc_date=meta.doc_date, doc_type=meta.doc_type,
        issuer=meta.issuer, script=script, warnings=list(extracted.warnings),
    )


def read_bytes(data: bytes, name: str) -> IngestResult:
    """Read in-memory ``data``; the format comes from the suffix of ``name``."""
    return _ingest(Path(name), data)


def _read_regular(path: Path, fmt: str) -> bytes:
    """The bytes of a regular file, at most its format's size limit: a device, a FIFO or
    a socket is refused before it is opened (a FIFO would block, /dev/zero never ends)."""
    st = path.stat()
    if stat.S_ISDIR(st.st_mode):
        raise IsADirectoryError(path)
    if not stat.S_ISREG(st.st_mode):
        raise IngestError(path, messages.NOT_A_REGULAR_FILE)
    try:
        limits.check_file_size(st.st_size, fmt)
    except UnreadableContent as exc:
        raise IngestError(path, str(exc)) from None
    data = path.read_bytes()
    try:
        limits.check_file_size(len(data), fmt)  # it may have grown since the stat
    except UnreadableContent as exc:
        raise IngestError(path, str(exc)) from None
    return data


def read_path(path: Path) -> IngestResult:
    """Read one file; raises :class:`IngestError` naming the file and the problem."""
    path = Path(path)
    if path.is_dir():
        if path.suffix.lower() in SUPPORTED_SUFFIXES:
            raise IngestError(path, messages.FOLDER_WITH_SUFFIX.format(suffix=path.suffix))
    else:
        _format_of(path)  # an unsupported type is reported without reading the file
    try:
        data = _read_regular(path, _FORMATS.get(path.suffix.lower(), ""))
    except FileNotFoundError:
        raise IngestError(path, "file not found") from None
    except IsADirectoryError:
        raise IngestError(path, "is a folder, not a file") from None
    except PermissionError:
        raise IngestError(path, "permission denied: the file cannot be read") from None
    except OSError as exc:
        raise IngestError(path, f"cannot be read ({exc.strerror or exc})") from None
    return _ingest(path, data)


def scan_folder(folder: Path, follow_links: bool = False) -> list[tuple[Path, str | None]]:
    """Every entry under ``folder`` with a supported suffix, recursively, sorted, each with
    None (to be read) or the reason it is skipped: a folder named like a document, a link
    leading outside ``folder`` (unless `follow_links`), something that is not a regular
    file. Hidden files and folders (names starting with '.') are left out, and linked
    folders are not entered (no loops, nothing outside the chosen folder)."""
    folder = Path(folder)
    root = folder.resolve()
    out: list[tuple[Path, str | None]] = []
    for here, dirs, files in os.walk(folder, followlinks=False):
        base = Path(here)
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in dirs:
            if Path(name).suffix.lower() in SUPPORTED_SUFFIXES:
                out.append((base / name, messages.FOLDER_WITH_SUFFIX.format(
                    suffix=Path(name).suffix)))
        for name in files:
            if name.startswith(".") or Path(name).suffix.lower() not in SUPPORTED_SUFFIXES:
                continue
            path = base / name
            reason = None
            try:
                if path.is_symlink() and not follow_links:
                    target = path.resolve()
                    if target != root and root not in target.parents:
                        reason = messages.LINK_OUTSIDE
                if reason is None:
                    mode = path.stat().st_mode
                    if stat.S_ISDIR(mode):
                        reason = messages.FOLDER_WITH_SUFFIX.format(suffix=path.suffix)
                    elif not stat.S_ISREG(mode):
                        reason = messages.NOT_A_REGULAR_FILE
            except OSError as exc:
                reason = f"cannot be read ({exc.strerror or type(exc).__name__})"
            out.append((path, reason))
    return sorted(out, key=lambda item: str(item[0]))


def iter_candidates(folder: Path) -> Iterator[Path]:
    """Supported files under ``folder``, recursively, sorted; hidden files and folders
    (names starting with '.') are skipped, and so is whatever scan_folder refuses."""
    yield from (p for p, reason in scan_folder(folder) if reason is None)
