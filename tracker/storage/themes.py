"""Themes added to and taken from many commitments at once."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete
from sqlmodel import Session, col, select

from tracker.storage.changelog import note_links
from tracker.storage.repos import theme_id
from tracker.storage.tables import CommitmentRow, CommitmentThemeRow, ThemeRow, utcnow


def quotes_and_themes(session: Session, ids: Iterable[int] | None = None
                    ) -> list[tuple[int, str, set[str]]]:
    """(id, quote, its themes) of every commitment, or of those of `ids`."""
    stmt = select(col(CommitmentRow.id), col(CommitmentRow.quote))
    wanted = None if ids is None else list(ids)
    if wanted is not None:
        stmt = stmt.where(col(CommitmentRow.id).in_(wanted))
    rows = list(session.exec(stmt))
    themes: dict[int, set[str]] = {}
    theme_stmt = select(col(CommitmentThemeRow.commitment_id), col(ThemeRow.name)).join(
        ThemeRow, col(ThemeRow.id) == col(CommitmentThemeRow.theme_id))
    if wanted is not None:
        theme_stmt = theme_stmt.where(col(CommitmentThemeRow.commitment_id).in_(wanted))
    for cid, name in session.exec(theme_stmt):
        if cid is not None:
            themes.setdefault(cid, set()).add(name)
    return [(cid, quote, themes.get(cid, set())) for cid, quote in rows if cid is not None]


def add_themes(session: Session, pairs: Iterable[tuple[int, str]]) -> None:
    """Give each commitment the theme (pairs not already there)."""
    pairs = list(pairs)
    for cid, name in pairs:
        session.add(CommitmentThemeRow(commitment_id=cid, theme_id=theme_id(session, name)))
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
        now = {n for _cid, _q, themes in quotes_and_themes(session, [cid]) for n in themes}
        before = (now - set(names)) if added else (now | set(names))
        note_links(session, row, "themes", sorted(before), sorted(now))
        row.updated_at = utcnow()
        session.add(row)
    session.flush()


def remove_themes(session: Session, pairs: Iterable[tuple[int, str]]) -> None:
    pairs = list(pairs)
    for cid, name in pairs:
        tid = session.exec(select(col(ThemeRow.id)).where(col(ThemeRow.name) == name)).first()
        if tid is not None:
            session.exec(delete(CommitmentThemeRow).where(
                col(CommitmentThemeRow.commitment_id) == cid,
                col(CommitmentThemeRow.theme_id) == tid))
    session.flush()
    _log(session, pairs, added=False)
