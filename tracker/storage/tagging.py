"""Themes (tags) added to and taken from many commitments at once (bulk tagging)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete
from sqlmodel import Session, select

from tracker.storage.changelog import note_links
from tracker.storage.repos import tag_id
from tracker.storage.tables import CommitmentRow, CommitmentTagRow, TagRow, utcnow


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
    pairs = list(pairs)
    for cid, name in pairs:
        session.add(CommitmentTagRow(commitment_id=cid, tag_id=tag_id(session, name)))
    session.flush()
    _log(session, pairs, added=True)


def _log(session: Session, pairs: list[tuple[int, str]], added: bool) -> None:
    """One change-log entry per commitment whose themes changed (and a new version of the
    commitment, so an editor open on it sees a conflict rather than undoing the change)."""
    by_id: dict[int, list[str]] = {}
    for cid, name in pairs:
        by_id.setdefault(cid, []).append(name)
    for cid, names in by_id.items():
        row = session.get(CommitmentRow, cid)
        if row is None:
            continue
        now = {n for _cid, _q, tags in quotes_and_tags(session, [cid]) for n in tags}
        before = (now - set(names)) if added else (now | set(names))
        note_links(session, row, "tags", sorted(before), sorted(now))
        row.updated_at = utcnow()
        session.add(row)
    session.flush()


def remove_tags(session: Session, pairs: Iterable[tuple[int, str]]) -> None:
    pairs = list(pairs)
    for cid, name in pairs:
        tid = session.exec(select(TagRow.id).where(TagRow.name == name)).first()
        if tid is not None:
            session.exec(delete(CommitmentTagRow).where(
                CommitmentTagRow.commitment_id == cid, CommitmentTagRow.tag_id == tid))
    session.flush()
    _log(session, pairs, added=False)
