"""Use cases on the document library: list, open, edit metadata, delete."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from tracker.domain.model import Commitment, Deadline, DocType, Document, Script
from tracker.extract.deadlines import parse_deadline
from tracker.services.commitments import Removed
from tracker.services.context import AppContext
from tracker.services.links import quote_key
from tracker.storage import documents as doc_store
from tracker.storage import repos
from tracker.storage.library_list import DocumentSummary


def list_documents(ctx: AppContext) -> list[DocumentSummary]:
    with ctx.db.session() as session:
        return repos.list_documents(session)


def get_document(ctx: AppContext, doc_id: int) -> Document:
    with ctx.db.session() as session:
        return repos.get_document(session, doc_id)


def update_document(ctx: AppContext, doc_id: int, **changes: object) -> Document:
    with ctx.db.session() as session:
        region = changes.get("region_code")
        if isinstance(region, str):
            repos.ensure_regions(session, ctx.gazetteer.path(region))
        return repos.update_document(session, doc_id, **changes)


def delete_document(ctx: AppContext, doc_id: int) -> None:
    with ctx.db.session() as session:
        repos.delete_document(session, doc_id)


# ---------------------------------------------------------------- editing details

FIELDS = ("title", "doc_date", "doc_type", "issuer", "region_code", "script")


class DocumentEditError(ValueError):
    """A detail that cannot be stored (empty title, unknown region, …)."""


@dataclass(frozen=True)
class DeadlineMove:
    commitment_id: int
    old: Deadline
    new: Deadline


@dataclass(frozen=True)
class DocumentEdit:
    """What an edit changed: the fields before and after, and the deadlines that follow
    the document's date (三年内, 年底前) moved with it. Enough to undo and redo."""

    doc_id: int
    before: dict[str, Any]
    after: dict[str, Any]
    moved: tuple[DeadlineMove, ...] = ()


def _details(doc: Document) -> dict[str, Any]:
    return {"title": doc.title, "doc_date": doc.doc_date, "doc_type": doc.doc_type,
            "issuer": doc.issuer, "region_code": doc.region_code, "script": doc.script}


def _clean(ctx: AppContext, changes: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in changes.items():
        if key not in FIELDS:
            raise DocumentEditError(f"unknown document field {key!r}")
        if key == "title":
            value = (value or "").strip()
            if not value:
                raise DocumentEditError("the title cannot be empty")
        elif key == "doc_date" and value is not None and not isinstance(value, date):
            raise DocumentEditError(f"not a date: {value!r}")
        elif key == "doc_type":
            value = DocType(value)
        elif key == "script":
            value = Script(value)
        elif key in ("issuer", "region_code"):
            value = (value or "").strip() or None
            if key == "region_code" and value is not None and ctx.gazetteer.get(value) is None:
                raise DocumentEditError(f"unknown region code {value!r}")
        out[key] = value
    return out


def _following(c: Commitment, old_date: date | None, new_date: date | None) -> Deadline | None:
    """The commitment's deadline read against `new_date`, when it follows its words as read
    against `old_date` (a deadline typed in by hand stays as it is); None: unchanged."""
    d = c.deadline
    if d is None or not d.text:
        return None
    before = parse_deadline(d.text, old_date)
    if before is None or before.date != d.date:
        return None
    after = parse_deadline(d.text, new_date)
    if after is None or after.date == d.date:
        return None
    return Deadline(d.text, after.date, after.precision)


def edit_document(ctx: AppContext, doc_id: int, move_deadlines: bool = True,
                  **changes: object) -> DocumentEdit:
    """Change a document's details in one transaction. A new date moves the deadlines of
    its commitments that are relative to it (unless `move_deadlines` is False)."""
    clean = _clean(ctx, changes)
    with ctx.db.session() as session:
        doc = repos.get_document(session, doc_id)
        before = _details(doc)
        after = {k: v for k, v in clean.items() if before[k] != v}
        if not after:
            return DocumentEdit(doc_id, {}, {})
        region = after.get("region_code")
        if isinstance(region, str):
            repos.ensure_regions(session, ctx.gazetteer.path(region))
        doc_store.set_document_fields(session, doc_id, after)
        moved: list[DeadlineMove] = []
        if "doc_date" in after and move_deadlines:
            for c in repos.commitments_for_document(session, doc_id):
                new = _following(c, before["doc_date"], after["doc_date"])
                if new is not None and c.deadline is not None:
                    repos.update_commitment(session, replace(c, deadline=new))
                    moved.append(DeadlineMove(repos.stored_id(c.id), c.deadline, new))
    return DocumentEdit(doc_id, {k: before[k] for k in after}, after, tuple(moved))


def _apply(ctx: AppContext, doc_id: int, fields: dict[str, Any], deadlines: list[tuple[int, Deadline]]) -> None:
    with ctx.db.session() as session:
        region = fields.get("region_code")
        if isinstance(region, str):
            repos.ensure_regions(session, ctx.gazetteer.path(region))
        if fields:
            doc_store.set_document_fields(session, doc_id, fields)
        for cid, deadline in deadlines:
            c = repos.get_commitment(session, cid)
            repos.update_commitment(session, replace(c, deadline=deadline))


def undo_edit(ctx: AppContext, edit: DocumentEdit) -> None:
    _apply(ctx, edit.doc_id, edit.before, [(m.commitment_id, m.old) for m in edit.moved])


def redo_edit(ctx: AppContext, edit: DocumentEdit) -> None:
    _apply(ctx, edit.doc_id, edit.after, [(m.commitment_id, m.new) for m in edit.moved])


# ---------------------------------------------------------------- removing documents

KEEP, REMOVE = "keep", "remove"


@dataclass(frozen=True)
class RemovalImpact:
    """What removing a document touches, for the question asked before."""

    doc_id: int
    title: str
    commitments: int
    progress_entries: int


@dataclass(frozen=True)
class RemovedDocument:
    """Everything a removal took away, so that undo puts all of it back."""

    snapshot: doc_store.DocumentSnapshot
    mode: str
    removed: tuple[Removed, ...] = ()   # commitments removed with their progress history

    @property
    def doc_id(self) -> int:
        return repos.stored_id(self.snapshot.document.id)


def removal_impact(ctx: AppContext, doc_id: int) -> RemovalImpact:
    with ctx.db.session() as session:
        doc = repos.get_document(session, doc_id)
        cs = repos.commitments_for_document(session, doc_id)
        entries = sum(len(repos.progress_for(session, repos.stored_id(c.id))) for c in cs)
    return RemovalImpact(doc_id, doc.title, len(cs), entries)


def remove_document(ctx: AppContext, doc_id: int, commitments: str = KEEP) -> RemovedDocument:
    """Remove a document. Its commitments are kept on their own (KEEP: with their progress
    entries, no longer linked to a text) or removed with their progress entries (REMOVE);
    either way the result holds what undo needs to put everything back."""
    if commitments not in (KEEP, REMOVE):
        raise ValueError(f"commitments must be {KEEP!r} or {REMOVE!r}, not {commitments!r}")
    with ctx.db.session() as session:
        snap = doc_store.snapshot_document(session, doc_id)
        removed: list[Removed] = []
        if commitments == REMOVE:
            for c in repos.commitments_for_document(session, doc_id):
                removed.append(Removed(c, tuple(repos.progress_for(session, repos.stored_id(c.id)))))
                repos.delete_commitment(session, repos.stored_id(c.id))
        doc_store.remove_document_row(session, doc_id)
    return RemovedDocument(snap, commitments, tuple(removed))


def restore_document(ctx: AppContext, gone: RemovedDocument) -> Document:
    """Undo of remove_document: the document, its bytes, reviews and indicators, and its
    commitments (reattached, or put back with their progress history)."""
    with ctx.db.session() as session:
        for r in gone.removed:
            repos.add_commitment(session, replace(r.commitment, document_id=None),
                                 quote_key(r.commitment.span.quote))
            for e in r.progress:
                repos.add_progress(session, e)
        return doc_store.restore_document(session, gone.snapshot)


def region_choices(ctx: AppContext) -> list[tuple[str, str]]:
    """(code, full name) of every shipped division, provinces first (for completion)."""
    return sorted(((r.code, ctx.gazetteer.display_name(r.code)) for r in ctx.gazetteer),
                  key=lambda item: (len(ctx.gazetteer.lineage(item[0])), item[0]))


def resolve_region(ctx: AppContext, text: str) -> str | None:
    """A region code from a code or a name; None for empty text; DocumentEditError for a
    name that names no division."""
    text = text.strip()
    if not text:
        return None
    if ctx.gazetteer.get(text) is not None:
        return text
    for code, name in region_choices(ctx):
        if name == text:
            return code
    region = ctx.gazetteer.resolve(text)
    if region is None:
        raise DocumentEditError(f"unknown region: {text!r}")
    return region.code


def region_label(ctx: AppContext, code: str | None) -> str:
    return ctx.gazetteer.display_name(code) if code else ""


def document_json(ctx: AppContext, d: DocumentSummary) -> dict[str, Any]:
    return {
        "id": d.id, "uuid": d.uuid, "title": d.title,
        "date": d.doc_date.isoformat() if d.doc_date else None,
        "type": d.doc_type.value, "region_code": d.region_code,
        "region": region_label(ctx, d.region_code), "script": d.script.value,
        "format": d.source_format, "issuer": d.issuer, "chars": d.chars,
        "commitments": d.commitments, "source_path": d.source_path,
    }
