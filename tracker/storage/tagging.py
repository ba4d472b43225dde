"""Themes (tags) added to and taken from many commitments at once (bulk tagging)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete
from sqlmodel import Session, select

from tracker.storage.repos import tag_id
from tracker.storage.tables import CommitmentRow, CommitmentTagRow, TagRow


def quotes_and_tags(session: Session, ids: Iterable[int] | None = None
                    ) -> list[tuple[int, str, set[str]]]:
    """(id, quote, its tags) of every commitment, or of those of `ids`."""
    stmt = select(CommitmentRow.id, CommitmentRow.quote)
    wanted = None if ids is None else list(ids)
    if wanted is not None:
        stmt = stmt.where(CommitmentRow.id.in_(wanted))  # type: ignore[union-attr]
    rows = list(session.exec(stmt))
    tags: dict[int, set[str]] = {}
    tag_stmt = select(CommitmentTagRow.commitment_id, TagRow.name).join(
        TagRow, TagRow.id == CommitmentTagRow.tag_id)  # type: ignore[arg-type]
    if wanted is not None:
        tag_stmt = tag_stmt.where(CommitmentTagRow.commitment_id.in_(wanted))  # type: ignore[union-attr]
    for cid, name in session.exec(tag_stmt):
        tags.setdefault(cid, set()).add(name)
    return [(cid, quote, tags.get(cid, set())) for cid, quote in rows]


def add_tags(session: Session, pairs: Iterable[tuple[int, str]]) -> None:
    """Tag each commitment with the theme (pairs not already there)."""
    for cid, name in pairs:
        session.add(CommitmentTagRow(commitment_id=cid, tag_id=tag_id(session, name)))
    session.flush()


def remove_tags(session: Session, pairs: Iterable[tuple[int, str]]) -> None:
    for cid, name in pairs:
        tid = session.exec(select(TagRow.id).where(TagRow.name == name)).first()
        if tid is not None:
            session.exec(delete(CommitmentTagRow).where(
                CommitmentTagRow.commitment_id == cid, CommitmentTagRow.tag_id == tid))
    session.flush()
