"""Use case: import files and folders into the library."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
import os
from typing import TYPE_CHECKING, Any

from tracker.domain import messages
from tracker.domain.model import Document
from tracker.ingest import IngestError, IngestResult, read_path, scan_folder, text_fingerprint
from tracker.resources import samples_dir
from tracker.services.context import AppContext
from tracker.storage import repos

if TYPE_CHECKING:
    from sqlmodel import Session

ProgressFn = Callable[[int, int, Path], None]


@dataclass
class ImportedDoc:
    id: int
    path: str
    title: str
    region_code: str | None
    chars: int


@dataclass
class ImportReport:
    imported: list[ImportedDoc] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (path, existing title)
    errors: list[tuple[str, str]] = field(default_factory=list)      # (path, reason)

    def to_json(self) -> dict[str, Any]:
        return {
            "imported": [vars(d) for d in self.imported],
            "duplicates": [{"path": p, "existing": t} for p, t in self.duplicates],
            "errors": [{"path": p, "reason": r} for p, r in self.errors],
        }


def display_path(path: Path | str) -> str:
    """A path as text that can be stored and shown whatever its bytes: a name that is not
    valid UTF-8 (GBK names from a Windows ZIP archive) is read as GB18030 when it is valid
    GB18030, else its odd bytes are written as \\xNN. Both can be told from a plain name
    and turned back into the same bytes."""
    text = os.fspath(path)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        raw = os.fsencode(text)
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError:
        return raw.decode("utf-8", "backslashreplace")


def expand(paths: Iterable[Path], follow_links: bool = False) -> list[tuple[Path, str | None]]:
    """Files as given, folders replaced by the entries they contain (recursively), each
    with None or the reason it is skipped (see tracker.ingest.scan_folder)."""
    out: list[tuple[Path, str | None]] = []
    for p in paths:
        if p.is_dir() and p.suffix.lower() not in (".txt", ".html", ".htm", ".docx", ".pdf"):
            out.extend(scan_folder(p, follow_links))
        else:
            out.append((p, None))
    return out


# Files are read one by one and stored in batches: one transaction (and one index write)
# per batch is cheaper than one per file, and the write lock is held only while a batch
# is written, never while a file is read.
BATCH_FILES = 50
BATCH_BYTES = 32_000_000   # raw bytes plus four per character of text, held at once


@dataclass
class _Read:
    """One file of a batch: what its reader gave, or why it is skipped (an error line)."""

    path: Path
    result: IngestResult | None = None
    error: str | None = None


def import_paths(ctx: AppContext, paths: Iterable[Path], progress: ProgressFn | None = None,
                 cancelled: Callable[[], bool] | None = None, *,
                 follow_links: bool = False) -> ImportReport:
    """Import files: a bad file never leaves anything behind, and never stops the others.
    Whatever goes wrong with one file (any exception of a reader's library, a name that
    is not UTF-8, text a library cannot handle) is an error line naming that file. Only a
    library that cannot take any more writes (read-only, a full disk) stops the import,
    with what was imported until then kept. The report lists the files in their order.

    Files are stored in batches, each in one transaction with a savepoint per file, and
    indexed for search in the same transaction (tracker.search.index.index_now)."""
    files = expand(paths, follow_links)
    report = ImportReport()
    batch: list[_Read] = []
    held = 0
    for n, (path, skipped) in enumerate(files, 1):
        if cancelled is not None and cancelled():
            break
        if progress is not None:
            progress(n, len(files), path)
        if skipped is not None:
            batch.append(_Read(path, error=skipped))
            continue
        item = _read(ctx, path)
        batch.append(item)
        if item.result is not None:
            held += len(item.result.raw) + 4 * len(item.result.text)
            if held >= BATCH_BYTES or sum(r.result is not None for r in batch) >= BATCH_FILES:
                _store_batch(ctx, batch, report)
                batch, held = [], 0
    _store_batch(ctx, batch, report)
    return report


def _read(ctx: AppContext, path: Path) -> _Read:
    try:
        return _Read(path, read_path(path))
    except IngestError as exc:
        return _Read(path, error=exc.reason)
    except MemoryError:
        return _Read(path, error=_too_large(path))
    except Exception as exc:  # noqa: BLE001 - one file's failure is that file's error line
        return _Read(path, error=_unexpected(ctx, exc))


def _too_large(path: Path) -> str:
    return messages.TOO_LARGE.format(size="?", kind=path.suffix.lstrip(".").upper(), limit="?")


def _unexpected(ctx: AppContext, exc: BaseException) -> str:
    from tracker.services.errors import plain_message

    return messages.UNEXPECTED.format(reason=plain_message(exc, ctx.db.where))


def import_samples(ctx: AppContext, progress: ProgressFn | None = None) -> ImportReport:
    return import_paths(ctx, [samples_dir()], progress)


def document_from(ctx: AppContext, result: IngestResult) -> Document:
    """A Document from an ingest result, with the region guessed from its text."""
    region = ctx.gazetteer.guess_document_region(result.text, result.title, result.issuer)
    return Document(
        title=result.title or display_path(result.path.stem), text=result.text,
        source_path=display_path(result.path), source_format=result.source_format,
        encoding=result.encoding, sha256=hashlib.sha256(result.raw).hexdigest(),
        text_sha256=text_fingerprint(result.text, normalised=True), doc_date=result.doc_date,
        doc_type=result.doc_type, issuer=result.issuer,
        region_code=region.code if region else None, script=result.script)


def _store_batch(ctx: AppContext, batch: list[_Read], report: ImportReport) -> None:
    """Store the batch's documents in one transaction, each in its own savepoint (a file
    that fails leaves nothing behind), index them, and report every file in order."""
    from tracker.search import index as search_index
    from tracker.search.sources import DOCUMENTS

    docs: dict[int, Document] = {}
    for n, item in enumerate(batch):
        if item.result is None:
            continue
        try:
            docs[n] = document_from(ctx, item.result)
        except MemoryError:
            item.error = _too_large(item.path)
        except Exception as exc:  # noqa: BLE001 - that file's error line
            item.error = _unexpected(ctx, exc)
    outcome: dict[int, ImportedDoc | tuple[str, str]] = {}
    stop: BaseException | None = None
    if docs:
        with ctx.db.session() as session:
            search_index.prepare(session.connection())   # the write lock, taken first
            stored: list[tuple[int, str]] = []
            for n, doc in docs.items():
                item = batch[n]
                try:
                    with session.begin_nested():
                        outcome[n] = _store_one(ctx, session, item, doc)
                except Exception as exc:  # noqa: BLE001 - that file's error line, or the end
                    session.info.pop("ensured_regions", None)   # rolled back with the file
                    stop = _library_full(exc, ctx.db.where)
                    if stop is not None:   # the library takes no more
                        break
                    item.error = (_too_large(item.path) if isinstance(exc, MemoryError)
                                  else _unexpected(ctx, exc))
                else:
                    new = outcome[n]
                    if isinstance(new, ImportedDoc):
                        stored.append((new.id, doc.text))
            if stored:
                search_index.index_now(session.connection(), DOCUMENTS,
                                       [(doc_id, [text]) for doc_id, text in stored])
    if stop is not None:
        raise stop
    for n, item in enumerate(batch):
        done = outcome.get(n)
        if isinstance(done, ImportedDoc):
            report.imported.append(done)
        elif done is not None:
            report.duplicates.append(done)
        elif item.error is not None:
            report.errors.append((display_path(item.path), item.error))


def _library_full(exc: Exception, where: Path | str) -> Exception | None:
    """The error that stops an import (a read-only or full library), else None."""
    from sqlalchemy.exc import DBAPIError

    from tracker.storage.errors import DiskFullError, ReadOnlyError, as_library_error

    if isinstance(exc, DBAPIError):
        exc = as_library_error(exc, where) or exc
    return exc if isinstance(exc, (DiskFullError, ReadOnlyError)) else None


def _store_one(ctx: AppContext, session: Session, item: _Read,
               doc: Document) -> ImportedDoc | tuple[str, str]:
    """The stored document, or (path, title of the document that has the same text)."""
    result = item.result
    assert result is not None
    existing = repos.find_document_by_text_hash(session, doc.text_sha256)
    if existing is not None:
        return display_path(result.path), existing.title
    if doc.region_code:
        repos.ensure_regions(session, ctx.gazetteer.path(doc.region_code))
    stored = repos.add_document(session, doc, result.raw)
    return ImportedDoc(repos.stored_id(stored.id), display_path(result.path), stored.title,
                       stored.region_code, len(stored.text))
