"""Removing a document and putting it back (undo): everything the removal takes away or
changes is captured first, so nothing is lost without the user asking for it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import update
from sqlmodel import Session, col, select

from tracker.domain.model import Document, Script
from tracker.storage.repos import (
    NotFoundError, _doc_from_row, document_raw, update_document,
)
from tracker.storage.tables import (
    CommitmentRow, DocumentBlobRow, DocumentRow, IndicatorRow, ProgressEntryRow,
    SuggestionReviewRow,
)

@dataclass(frozen=True)
class DocumentSnapshot:
    """A document row with its original bytes, review decisions and indicators, and the
    ids of what pointed at it (commitments, evidence in progress entries)."""

    document: Document
    raw: bytes
    reviews: tuple[tuple[str, str, int | None], ...]   # key, decision, commitment id
    indicators: tuple[dict[str, Any], ...]
    commitment_ids: tuple[int, ...]
    evidence_entry_ids: tuple[int, ...]


def set_document_fields(session: Session, doc_id: int, changes: dict[str, Any]) -> Document:
    """Set editable fields (title, doc_date, doc_type, issuer, region_code, script)."""
    return update_document(session, doc_id, **changes)


def snapshot_document(session: Session, doc_id: int) -> DocumentSnapshot:
    row = session.get(DocumentRow, doc_id)
    if row is None:
        raise NotFoundError(f"no document {doc_id}")
    try:
        raw = document_raw(session, doc_id)
    except NotFoundError:
        raw = b""
    reviews = tuple((r.key, r.decision, r.commitment_id) for r in session.exec(
        select(SuggestionReviewRow).where(col(SuggestionReviewRow.document_id) == doc_id)))
    indicators = tuple(r.model_dump() for r in session.exec(
        select(IndicatorRow).where(col(IndicatorRow.document_id) == doc_id)))
    commitments = tuple(session.exec(
        select(col(CommitmentRow.id)).where(col(CommitmentRow.document_id) == doc_id)))
    evidence = tuple(session.exec(
        select(col(ProgressEntryRow.id)).where(col(ProgressEntryRow.evidence_document_id) == doc_id)))
    return DocumentSnapshot(_doc_from_row(row), raw, reviews, indicators,
                            tuple(c for c in commitments if c is not None),
                            tuple(e for e in evidence if e is not None))


def remove_document_row(session: Session, doc_id: int) -> None:
    """Delete the document (the database detaches its commitments and evidence links and
    drops its blob, reviews and indicators)."""
    row = session.get(DocumentRow, doc_id)
    if row is None:
        raise NotFoundError(f"no document {doc_id}")
    session.delete(row)
    session.flush()


def restore_document(session: Session, snap: DocumentSnapshot,
                     commitment_ids: tuple[int, ...] | None = None) -> Document:
    """Put a removed document back with its id and UUID, reattach the commitments (those
    of `commitment_ids` still present; default: all it had) and the evidence links."""
    d = snap.document
    row = DocumentRow(
        id=d.id, uuid=d.uuid, title=d.title, text=d.text, source_path=d.source_path,
        source_format=d.source_format, encoding=d.encoding, sha256=d.sha256,
        text_sha256=d.text_sha256, doc_date=d.doc_date, doc_type=d.doc_type.value,
        issuer=d.issuer, region_code=d.region_code, script=Script(d.script).value)
    if d.imported_at is not None:
        row.imported_at = d.imported_at
    session.add(row)
    session.flush()
    session.add(DocumentBlobRow(document_id=row.id, raw=snap.raw))
    for values in snap.indicators:
        session.add(IndicatorRow(**values))
    session.flush()
    ids = snap.commitment_ids if commitment_ids is None else commitment_ids
    if ids:
        session.exec(update(CommitmentRow).where(col(CommitmentRow.id).in_(ids))
                     .values(document_id=row.id))
    if snap.evidence_entry_ids:
        session.exec(update(ProgressEntryRow)
                     .where(col(ProgressEntryRow.id).in_(snap.evidence_entry_ids))
                     .values(evidence_document_id=row.id))
    present = set(session.exec(select(col(CommitmentRow.id)).where(col(CommitmentRow.document_id) == row.id)))
    for key, decision, cid in snap.reviews:
        session.add(SuggestionReviewRow(document_id=row.id, key=key, decision=decision,
                                        commitment_id=cid if cid in present else None))
    session.flush()
    return _doc_from_row(row)

