"""SQL behind the periodic report (通报): commitments achieved within a period."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session

from tracker.domain.filters import CommitmentFilter
from tracker.storage.dialect import driver_execute
from tracker.storage.register_queries import where_clause


def achieved_in(session: Session, f: CommitmentFilter, today: date, first: date,
                last: date) -> dict[int, date]:
    """id → the day it was marked achieved (its latest progress entry to achieved within
    the period), for the commitments of ``f`` that are achieved now and were marked so
    between ``first`` and ``last`` (inclusive)."""
    where, params = where_clause(f, today)
    sql = ("SELECT p.commitment_id, MAX(p.date) FROM progress_entry p"
           " WHERE p.status = 'achieved' AND p.date >= ? AND p.date <= ?"
           f" AND p.commitment_id IN (SELECT c.id FROM commitment c WHERE c.status = 'achieved'"
           f" AND {where}) GROUP BY p.commitment_id")
    rows = driver_execute(session, sql, (first.isoformat(), last.isoformat(), *params)).fetchall()
    return {cid: date.fromisoformat(str(day)[:10]) for cid, day in rows}
