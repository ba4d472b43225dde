"""Use case: import files and folders into the library."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from tracker.domain.model import Document
from tracker.ingest import IngestError, IngestResult, iter_candidates, read_path, text_fingerprint
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

    def to_json(self) -> dict:
        return {
            "imported": [vars(d) for d in self.imported],
            "duplicates": [{"path": p, "existing": t} for p, t in self.duplicates],
            "errors": [{"path": p, "reason": r} for p, r in self.errors],
        }


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given, folders replaced by the files they contain (recursively)."""
    out: list[Path] = []
    for p in paths:
        out.extend(iter_candidates(p) if p.is_dir() else [p])
    return out


def import_paths(ctx: AppContext, paths: Iterable[Path], progress: ProgressFn | None = None,
                 cancelled: Callable[[], bool] | None = None) -> ImportReport:
    """Import each file in its own transaction: a bad file never leaves anything behind."""
    files = expand_paths(paths)
    report = ImportReport()
    for n, path in enumerate(files, 1):
        if cancelled is not None and cancelled():
            break
        if progress is not None:
            progress(n, len(files), path)
        try:
            result = read_path(path)
        except IngestError as exc:
            report.errors.append((str(path), exc.reason))
            continue
        _store(ctx, result, report)
    return report


def import_samples(ctx: AppContext, progress: ProgressFn | None = None) -> ImportReport:
    return import_paths(ctx, [samples_dir()], progress)


def document_from(ctx: AppContext, result: IngestResult) -> Document:
    """A Document from an ingest result, with the region guessed from its text."""
    region = ctx.gazetteer.guess_document_region(result.text, result.title, result.issuer)
    return Document(
        title=result.title or result.path.stem, text=result.text,
        source_path=str(result.path), source_format=result.source_format,
        encoding=result.encoding, sha256=hashlib.sha256(result.raw).hexdigest(),
        text_sha256=text_fingerprint(result.text, normalised=True), doc_date=result.doc_date,
        doc_type=result.doc_type, issuer=result.issuer,
        region_code=region.code if region else None, script=result.script)


def _store(ctx: AppContext, result: IngestResult, report: ImportReport) -> None:
    doc = document_from(ctx, result)
    with ctx.db.session() as session:
        existing = repos.find_document_by_text_hash(session, doc.text_sha256)
        if existing is not None:
            report.duplicates.append((str(result.path), existing.title))
            return
        if doc.region_code:
            repos.ensure_regions(session, ctx.gazetteer.path(doc.region_code))
        stored = repos.add_document(session, doc, result.raw)
    report.imported.append(ImportedDoc(stored.id, str(result.path), stored.title,
                                       stored.region_code, len(stored.text)))
