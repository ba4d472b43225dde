"""Use case: import files and folders into the library."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tracker.domain.model import Document
import os

from tracker.domain import messages
from tracker.ingest import IngestError, IngestResult, read_path, scan_folder, text_fingerprint
from tracker.resources import samples_dir
from tracker.services.context import AppContext
from tracker.storage import repos

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


def import_paths(ctx: AppContext, paths: Iterable[Path], progress: ProgressFn | None = None,
                 cancelled: Callable[[], bool] | None = None, *,
                 follow_links: bool = False) -> ImportReport:
    """Import each file in its own transaction: a bad file never leaves anything behind,
    and never stops the others. Whatever goes wrong with one file (any exception of a
    reader's library, a name that is not UTF-8, text a library cannot handle) is an error
    line naming that file. Only a library that cannot take any more writes (read-only, a
    full disk) stops the import, with what was imported until then kept."""
    from tracker.storage.errors import DiskFullError, ReadOnlyError

    files = expand(paths, follow_links)
    report = ImportReport()
    for n, (path, skipped) in enumerate(files, 1):
        if cancelled is not None and cancelled():
            break
        if progress is not None:
            progress(n, len(files), path)
        if skipped is not None:
            report.errors.append((display_path(path), skipped))
            continue
        try:
            result = read_path(path)
            _store(ctx, result, report)
        except IngestError as exc:
            report.errors.append((display_path(path), exc.reason))
        except (DiskFullError, ReadOnlyError):
            raise
        except MemoryError:
            report.errors.append((display_path(path), messages.TOO_LARGE.format(
                size="?", kind=path.suffix.lstrip(".").upper(), limit="?")))
        except Exception as exc:  # noqa: BLE001 - one file's failure is that file's error line
            from tracker.services.errors import plain_message

            report.errors.append((display_path(path), messages.UNEXPECTED.format(
                reason=plain_message(exc, ctx.db.where))))
    return report


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


def _store(ctx: AppContext, result: IngestResult, report: ImportReport) -> None:
    doc = document_from(ctx, result)
    with ctx.db.session() as session:
        existing = repos.find_document_by_text_hash(session, doc.text_sha256)
        if existing is not None:
            report.duplicates.append((display_path(result.path), existing.title))
            return
        if doc.region_code:
            repos.ensure_regions(session, ctx.gazetteer.path(doc.region_code))
        stored = repos.add_document(session, doc, result.raw)
    report.imported.append(ImportedDoc(repos.stored_id(stored.id), display_path(result.path), stored.title,
                                       stored.region_code, len(stored.text)))
