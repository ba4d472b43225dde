"""SQL behind the commitments table (the register): filtered and sorted ids, then the
rows for a block of ids, and the choices of the filter bar.

Built for 100,000 commitments: a filter or a sort asks SQLite for ids only (one column,
ordered in SQL); the table loads full rows for the few hundred ids it shows. Dates are
compared as ISO text, which is how SQLAlchemy stores them in SQLite.
"""

from __future__ import annotations

import gc
import json
import queue
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import partial
from itertools import chain, islice
from typing import Any, NamedTuple

from sqlmodel import Session

from tracker.domain.filters import CommitmentFilter, subtree_prefix
from tracker.domain.lights import DEFAULT_DUE_WINDOW_DAYS, FINAL, LIGHT_ORDER
from tracker.domain.model import Kind, Status
from tracker.domain.rules import CLOSED
from tracker.storage.dialect import OverBudget, driver_execute, driver_stream, within

CHUNK = 500  # ids per IN (…) list: under SQLite's bound-parameter limit

def _order_case(column: str, members: Sequence[str]) -> str:
    whens = " ".join(f"WHEN '{m}' THEN {n}" for n, m in enumerate(members))
    return f"(CASE {column} {whens} ELSE {len(members)} END)"


# Sort keys of the table's columns: an SQL expression over c (commitment), d (document).
# The lead body, the first theme and the latest progress entry's date live in other
# tables: triggers keep them on the commitment (c.sort_*, migration 0009_perf18c), each
# under an index with the id, so a sort on them walks that index.
SORT_KEYS: dict[str, str] = {
    "quote": "coalesce(c.title, c.quote)",   # as ix_commitment_label (0006) is written
    "kind": _order_case("c.kind", [k.value for k in Kind]),
    "region": "c.region_code",
    "lead": "c.sort_lead",          # the name of its lead body of the lowest position
    "deadline": "c.deadline_date",
    "days_left": "c.deadline_date",
    "status": _order_case("c.status", [s.value for s in Status]),
    "last_update": "c.sort_update",   # the date of its latest progress entry
    "document": "c.sort_document",   # its document's title (0011_paged18d)
    "themes": "c.sort_theme",        # its first theme name
    "light": "",   # depends on today and the window: light_rank_sql, in _ids_sql
}


@dataclass(slots=True)
class RegisterRecord:
    """One commitment as the table and the ledgers show it (no document text).

    Not frozen: a frozen dataclass sets each field through object.__setattr__, which
    doubles the cost of reading 100,000 of them for an export. Treat it as read-only."""

    id: int
    uuid: str
    quote: str
    title: str | None
    kind: str
    region_code: str | None
    deadline_text: str | None
    deadline: date | None
    deadline_precision: str | None
    metric: str | None
    comparator: str | None
    value: float | None
    value_high: float | None
    unit: str | None
    status: str
    notes: str
    document_id: int | None
    document_title: str | None
    lead: tuple[str, ...] = ()
    support: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    last_update: date | None = None
    latest_note: str | None = None


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _contains(words: str) -> tuple[Callable[[str], str], str]:
    """The text filter's test of one column, and its parameter: LIKE '%words%' (SQLite's
    LIKE ignores the case of ASCII letters only); for words without an ASCII letter, where
    that case has nothing to do, the same test written instr() > 0, which PostgreSQL
    (strpos) runs three times faster than ILIKE, the seam's LIKE."""
    if any("a" <= ch <= "z" for ch in words.lower()):
        return (lambda column: f"{column} LIKE ? ESCAPE '\\'"), _like(words)
    return (lambda column: f"instr({column}, ?) > 0"), words


def overdue_sql(today: date) -> tuple[str, list[object]]:
    """tracker.domain.rules.is_overdue in SQL (over c): deadline passed and not closed."""
    return (f"c.deadline_date < ? AND c.status NOT IN ({_in(len(CLOSED))})",
            [today.isoformat(), *sorted(s.value for s in CLOSED)])


def due_sql(today: date, days: int) -> tuple[str, list[object]]:
    """Deadline from today to today + days (inclusive), whatever the status (over c)."""
    return ("c.deadline_date >= ? AND c.deadline_date <= ?",
            [today.isoformat(), (today + timedelta(days=days)).isoformat()])


def light_sql(today: date, window: int | None = None) -> tuple[str, list[object]]:
    """tracker.domain.lights.light_of in SQL (over c): the light's code, 'red' … 'grey'."""
    days = DEFAULT_DUE_WINDOW_DAYS if window is None else window
    closed = sorted(s.value for s in CLOSED)
    return ((f"(CASE WHEN c.status IN ({_in(len(closed))}) THEN 'grey'"
             " WHEN c.status = 'missed' OR c.deadline_date < ? THEN 'red'"
             " WHEN c.status = 'at_risk' OR c.deadline_date <= ? THEN 'yellow'"
             " ELSE 'green' END)"),
            [*closed, today.isoformat(), (today + timedelta(days=days)).isoformat()])


def light_rank_sql(today: date, window: int | None = None) -> tuple[str, list[object]]:
    """The light as its rank in LIGHT_ORDER (red 0 … grey 3): the light column's sort."""
    sql, params = light_sql(today, window)
    ranks = " ".join(f"WHEN '{light.value}' THEN {n}" for n, light in enumerate(LIGHT_ORDER))
    return f"(CASE {sql} {ranks} END)", params


def stale_sql(today: date, days: int) -> tuple[str, list[object]]:
    """tracker.domain.lights.is_stale in SQL (over c): open, and the latest progress entry
    (else the day it was registered) ``days`` or more days before today. The latest
    entry's date is the one the triggers keep on the commitment (c.sort_update)."""
    final = sorted(s.value for s in FINAL)
    return (f"c.status NOT IN ({_in(len(final))}) AND coalesce(CAST(c.sort_update AS TEXT),"
            " substr(c.created_at, 1, 10)) <= ?",
            [*final, (today - timedelta(days=days)).isoformat()])


def achieved_since_sql(since: datetime) -> tuple[str, list[object]]:
    """Achieved now, with a progress entry to achieved recorded at or after ``since``
    (a naive UTC datetime, as the entries' created_at are stored)."""
    return ("c.status = 'achieved' AND c.id IN (SELECT p.commitment_id FROM progress_entry p"
            " WHERE p.status = 'achieved' AND p.created_at >= ?)",
            [since.strftime("%Y-%m-%d %H:%M:%S.%f")])


# A SELECT of candidate commitment ids for the text filter, with its parameters: every
# commitment whose quote or notes may hold the words (tracker.search.lookup.candidates_sql
# over the full-text index); the filter confirms them with LIKE.
TextCandidates = tuple[str, Sequence[object]]


def where_clause(f: CommitmentFilter, today: date, region_range: bool = False,
                 text_candidates: TextCandidates | None = None) -> tuple[str, list[object]]:
    """The WHERE of a filter (over c = commitment), with its parameters: the one
    translation of a CommitmentFilter into SQL (the table, the ledgers and, as text
    fragments, the overview's counts all use it).

    ``region_range`` writes the region's subtree as a range of codes (the same rows), which
    the (region_code, deadline_date) index answers without reading the table: the form
    for rows in deadline order. In another order every row of a large region is read from
    the table anyway, and scanning the table in order is then the faster way.

    ``text_candidates`` narrows the text filter to the candidates of the full-text index
    (with the commitments that have a title, whose titles the index does not hold) before
    the LIKE test: the same rows, without reading every quote.
    """
    parts: list[str] = []
    params: list[object] = []
    if f.region_code:
        prefix = subtree_prefix(f.region_code)
        if region_range and prefix.isascii() and prefix.isdigit():
            # Codes starting with the prefix: from the prefix up to the prefix with its
            # last character raised by one (binary collation).
            parts.append("c.region_code >= ? AND c.region_code < ?")
            params += [prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)]
        else:
            parts.append("substr(c.region_code, 1, ?) = ?")
            params += [len(prefix), prefix]
    if f.statuses:
        parts.append(f"c.status IN ({','.join('?' * len(f.statuses))})")
        params += sorted(s.value for s in f.statuses)
    if f.kinds:
        parts.append(f"c.kind IN ({','.join('?' * len(f.kinds))})")
        params += sorted(k.value for k in f.kinds)
    # body and theme: IN (uncorrelated subquery), so the matching ids are looked up once
    # rather than once per commitment
    if f.body:
        parts.append("c.id IN (SELECT cb.commitment_id FROM commitment_body cb"
                     " JOIN body b ON b.id = cb.body_id WHERE b.name = ?)")
        params.append(f.body)
    if f.theme:
        parts.append("c.id IN (SELECT ct.commitment_id FROM commitment_tag ct"
                     " JOIN tag t ON t.id = ct.tag_id WHERE t.name = ?)")
        params.append(f.theme)
    if f.deadline_from:
        parts.append("c.deadline_date >= ?")
        params.append(f.deadline_from.isoformat())
    if f.deadline_to:
        parts.append("c.deadline_date <= ?")
        params.append(f.deadline_to.isoformat())
    if f.overdue_only:
        sql, more = overdue_sql(today)
        parts.append(sql)
        params += more
    if f.due_within_days is not None:
        sql, more = due_sql(today, f.due_within_days)
        parts.append(sql)
        params += more
    if f.lights:
        sql, more = light_sql(today, f.light_window)
        parts.append(f"{sql} IN ({_in(len(f.lights))})")
        params += [*more, *sorted(light.value for light in f.lights)]
    if f.stale_days is not None:
        sql, more = stale_sql(today, f.stale_days)
        parts.append(sql)
        params += more
    if f.achieved_since is not None:
        sql, more = achieved_since_sql(f.achieved_since)
        parts.append(sql)
        params += more
    if f.text and f.text.strip():
        contains, pattern = _contains(f.text.strip())
        if text_candidates is not None:
            candidates, candidate_params = text_candidates
            parts.append(f"c.id IN ({candidates} UNION ALL SELECT id FROM commitment"
                         f" WHERE title IS NOT NULL AND {contains('title')})")
            params += [*candidate_params, pattern]
        parts.append(f"({contains('c.quote')} OR {contains('c.title')}"
                     f" OR {contains('c.notes')})")
        params += [pattern, pattern, pattern]
    if f.document_id is not None:
        parts.append("c.document_id = ?")
        params.append(f.document_id)
    return (" AND ".join(parts) or "1"), params


def _rows(session: Session, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
    """All rows of a query through the DB-API cursor (no per-row wrapping: 100,000 ids)."""
    rows: list[tuple[Any, ...]] = driver_execute(session, sql, params).fetchall()
    return rows


_INDEXED_ORDER = ("deadline", "days_left")   # sorts the region index (0004) also covers


def ids(session: Session, f: CommitmentFilter, today: date, sort: str = "deadline",
        descending: bool = False, text_candidates: TextCandidates | None = None,
        fold: bool = False) -> list[int]:
    """Ids of the commitments the filter keeps, in the order of a table column.

    Rows without a value in the column come last either way; ties go by id. ``fold``
    leaves out the tasks whose parent the filter keeps (the table shows them folded under
    it: tracker.services.breakdown.fold without unfolded parents).
    """
    found: list[int] = []
    for sql, params in _ids_sql(f, today, sort, descending, text_candidates, fold):
        found += _id_list(session, sql, params)   # extended in C, not id by id
    return found


class IdPages:
    """The ids of a filter in a column's order (as ``ids`` gives them), a page at a time.

    A page is read with LIMIT/OFFSET from the same SELECTs ``ids`` runs one after the
    other (for an unfiltered sort, index walks), so the first page of a million rows
    costs a page, not the table; the row count of one of those SELECTs is asked only when
    a page starts after it (and kept: an object answers one state of the register)."""

    # How long a page may walk the sort's index testing the filter's rows before the
    # filter's own plan (its rows found first, then ordered) is taken instead.
    WALK_BUDGET = 0.04

    def __init__(self, f: CommitmentFilter, today: date, sort: str = "deadline",
                 descending: bool = False, text_candidates: TextCandidates | None = None,
                 fold: bool = False, sqlite: bool = True) -> None:
        self.queries = _ids_sql(f, today, sort, descending, text_candidates, fold)
        self.filtered = where_clause(f, today)[0] != "1"
        # a filter's pages on SQLite: the sort's index walked, each row tested, which finds
        # a page at once when the filter keeps many rows (and gives up when it keeps few);
        # PostgreSQL's planner weighs the two ways itself
        self.walks = _ids_sql(f, today, sort, descending, text_candidates, fold, walk=True) \
            if self.filtered and sqlite else None
        self._candidates = text_candidates
        self._sizes: dict[tuple[int, int], int] = {}

    # Fewer full-text candidates than this: the filter's own plan (its rows from the
    # index, then ordered) is quicker than any walk.
    FEW = 4000

    def _few_candidates(self, session: Session) -> bool:
        """Whether the full-text index holds few candidates for the words (counted up to
        FEW: as quick for common words as for rare ones)."""
        if self._candidates is None:
            return False
        sql, params = self._candidates
        n = _rows(session, f"SELECT count(*) FROM (SELECT 1 FROM ({sql}) AS k LIMIT ?) AS n",
                  [*params, self.FEW])[0][0]
        return int(n) < self.FEW

    def page(self, session: Session, offset: int, limit: int) -> list[int]:
        """The ids at positions offset … offset + limit - 1 (fewer at the end)."""
        if self.walks is not None and self._few_candidates(session):
            self.walks = None
        if self.walks is not None:
            try:
                with within(session, self.WALK_BUDGET):
                    return self._page(session, 1, self.walks, offset, limit)
            except OverBudget:
                self.walks = None   # this filter keeps few rows: its own plan from now on
        return self._page(session, 0, self.queries, offset, limit)

    def _page(self, session: Session, plan: int, queries: list[tuple[str, list[object]]],
              offset: int, limit: int) -> list[int]:
        out: list[int] = []
        last = len(queries) - 1
        for n, (sql, params) in enumerate(queries):
            if len(out) >= limit:
                break
            if offset and n < last:
                size = self._size(session, plan, n, sql, params)
                if offset >= size:
                    offset -= size
                    continue
            out += [r[0] for r in _rows(
                session, f"{sql} LIMIT {int(limit - len(out))} OFFSET {int(offset)}", params)]
            offset = 0
        return out

    def _size(self, session: Session, plan: int, n: int, sql: str,
              params: list[object]) -> int:
        if (plan, n) not in self._sizes:
            self._sizes[plan, n] = int(_rows(session, f"SELECT count(*) FROM ({sql}) AS q",
                                             params)[0][0])
        return self._sizes[plan, n]


def count_ids(session: Session, f: CommitmentFilter, today: date,
              text_candidates: TextCandidates | None = None, fold: bool = False) -> int:
    """How many ids ``ids`` gives for the filter: for the whole register the sum of the
    tallies the triggers keep (0009_perf18c) less the tasks when folded (each task's
    parent is then kept), else a COUNT of the filter's rows."""
    where, params = where_clause(f, today, region_range=True, text_candidates=text_candidates)
    if where == "1":
        n = int(_rows(session, "SELECT coalesce(sum(n), 0) FROM tally_status"
                      " WHERE period = ''")[0][0])
        if fold:
            n -= int(_rows(session, "SELECT count(*) FROM commitment"
                           " WHERE parent_id IS NOT NULL")[0][0])
        return n
    if fold:
        also, more = _fold_sql(where, params)
        where, params = f"{where} AND {also}", [*params, *more]
    return count_where(session, where, params)


def _fold_sql(where: str, params: list[object]) -> tuple[str, list[object]]:
    """The condition leaving out the tasks whose parent the filter (``where``) keeps. The
    unary + keeps SQLite from answering it by the parent index (every row has no parent)
    instead of walking the sort's index."""
    if where == "1":
        return "+c.parent_id IS NULL", []
    return (f"(+c.parent_id IS NULL OR c.parent_id NOT IN (SELECT c.id FROM commitment c"
            " WHERE c.id IN (SELECT parent_id FROM commitment WHERE parent_id IS NOT NULL)"
            f" AND {where}))", list(params))


def _id_list(session: Session, sql: str, params: Sequence[object]) -> list[int]:
    """The ids of a one-column SELECT ``id``, in its order, fetched as one JSON array: for
    a million ids half the time of fetching them as rows. (An aggregate takes the rows of
    a subquery in the subquery's order; SQLite does not flatten an ordered subquery into
    an aggregate.)"""
    found = _rows(session, f"SELECT json_group_array(id) FROM ({sql}) AS q", params)[0][0]
    ids: list[int] = json.loads(found)
    return ids


def _ids_sql(f: CommitmentFilter, today: date, sort: str, descending: bool,
             text_candidates: TextCandidates | None = None, fold: bool = False,
             walk: bool = False) -> list[tuple[str, list[object]]]:
    """The SELECTs of ``ids``: their rows, one query after the other, are the ids in
    order. ``walk``: with a filter too, walk the sort's index and test each row (the way
    to the first rows of a filter that keeps many; see IdPages)."""
    if sort not in SORT_KEYS:
        raise ValueError(f"unknown sort column {sort!r}; known: {', '.join(SORT_KEYS)}")
    where, params = where_clause(f, today, region_range=sort in _INDEXED_ORDER,
                                 text_candidates=None if walk else text_candidates)
    direction = "DESC" if descending else "ASC"
    also, more_also = _fold_sql(where, params) if fold else ("", [])
    if walk and where != "1":   # SQLite: INDEXED BY, lest the filter's index be taken
        cond = f"{where} AND {also}" if also else where
        table = f"commitment c INDEXED BY {_WALK_INDEX[sort]}"
        if sort == "light":
            return _light_walks(today, f.light_window, direction, cond, [*params, *more_also],
                                table)
        return _walks(sort, direction, cond, [*params, *more_also], table)
    if sort == "light":
        key, more = light_rank_sql(today, f.light_window)
        if where == "1":
            return _light_walks(today, f.light_window, direction, also)
        cond = f"{where} AND {also}" if also else where
        return [(f"SELECT c.id FROM commitment c WHERE {cond}"
                 f" ORDER BY {key} {direction}, c.deadline_date ASC NULLS LAST,"
                 f" c.id {direction}", [*params, *more_also, *more])]
    if where == "1" and sort in _WALKED:
        return _walks(sort, direction, also)
    # With a filter, walking a column's index in order and testing every row is slower
    # than filtering first and sorting what is left: the unary + keeps the index unused.
    key = SORT_KEYS[sort] if where == "1" else f"+{SORT_KEYS[sort]}"
    cond = f"{where} AND {also}" if also else where
    return [(f"SELECT c.id FROM commitment c WHERE {cond}"
             f" ORDER BY {key} {direction} NULLS LAST, c.id {direction}",
             [*params, *more_also])]


# Unfiltered sorts answered by walking an index in order (no sort of every row): a
# column's index holds (value, id) in that order, so the rows with a value come from one
# walk and the rows without one (last, both ways) from another; a column of a few codes
# (status, kind) is walked one code at a time, in the table's order of the codes.
_WALKED_COLUMNS = {"deadline": "c.deadline_date", "days_left": "c.deadline_date",
                   "region": "c.region_code", "lead": "c.sort_lead",
                   "themes": "c.sort_theme", "last_update": "c.sort_update",
                   "document": "c.sort_document"}
_WALKED_CODES = {"status": ("c.status", [s.value for s in Status]),
                 "kind": ("c.kind", [k.value for k in Kind])}
# never NULL (the quote is not): one walk of the expression's index (ix_commitment_label)
_WALKED_EXPRESSIONS = {"quote": "coalesce(c.title, c.quote)"}
_WALKED = (*_WALKED_COLUMNS, *_WALKED_CODES, *_WALKED_EXPRESSIONS)
# The index each sort walks (SQLite's names), for a filter's walk (IdPages)
_WALK_INDEX = {"quote": "ix_commitment_label", "kind": "ix_commitment_kind",
               "region": "ix_commitment_region_code", "lead": "ix_commitment_sort_lead",
               "deadline": "ix_commitment_deadline_status",
               "days_left": "ix_commitment_deadline_status", "status": "ix_commitment_status",
               "last_update": "ix_commitment_sort_update",
               "document": "ix_commitment_sort_document",
               "themes": "ix_commitment_sort_theme", "light": "ix_commitment_deadline_status"}


def _walks(sort: str, direction: str, also: str = "", more: Sequence[object] = (),
           table: str = "commitment c") -> list[tuple[str, list[object]]]:
    """``also``: a further condition (a filter, the folded tasks left out) with its
    parameters ``more``; ``table``: the FROM (an index named on SQLite)."""
    extra, more = (f" AND {also}" if also else ""), list(more)
    if sort in _WALKED_EXPRESSIONS:
        key = _WALKED_EXPRESSIONS[sort]
        return [(f"SELECT c.id FROM {table}{' WHERE ' + also if also else ''}"
                 f" ORDER BY {key} {direction}, c.id {direction}", more)]
    if sort in _WALKED_COLUMNS:
        column = _WALKED_COLUMNS[sort]
        return [(f"SELECT c.id FROM {table} WHERE {column} IS NOT NULL{extra}"
                 f" ORDER BY {column} {direction}, c.id {direction}", more),
                (f"SELECT c.id FROM {table} WHERE {column} IS NULL{extra}"
                 f" ORDER BY c.id {direction}", more)]
    column, codes = _WALKED_CODES[sort]
    ordered = codes[::-1] if direction == "DESC" else codes
    # codes outside the known ones (none are written) rank after them, as in SORT_KEYS:
    # the ranges between the known codes, which the column's index answers at once
    known = sorted(codes)
    gaps = " OR ".join([f"{column} < ?", *(f"({column} > ? AND {column} < ?)"
                                           for _ in known[1:]), f"{column} > ?"])
    bounds: list[object] = [known[0], *(b for pair in zip(known, known[1:]) for b in pair),
                            known[-1]]
    rest: tuple[str, list[object]] = (
        f"SELECT c.id FROM {table} WHERE ({gaps}){extra} ORDER BY c.id {direction}",
        [*bounds, *more])
    walks: list[tuple[str, list[object]]] = [
        (f"SELECT c.id FROM {table} WHERE {column} = ?{extra} ORDER BY c.id {direction}",
         [code, *more]) for code in ordered]
    return [rest, *walks] if direction == "DESC" else [*walks, rest]


def _light_walks(today: date, window: int | None, direction: str, also: str = "",
                 also_params: Sequence[object] = (), table: str = "commitment c"
                 ) -> list[tuple[str, list[object]]]:
    """The light sort of the whole register (light_rank_sql's order: the light, then the
    deadline, earliest first and none last, then the id) as index walks: each light is
    a few ranges of the deadline index (ix_commitment_deadline_status, which also holds
    the status) in deadline order, and the rows without a deadline by id."""
    days = DEFAULT_DUE_WINDOW_DAYS if window is None else window
    day, near = today.isoformat(), (today + timedelta(days=days)).isoformat()
    closed = sorted(s.value for s in CLOSED)
    missed, at_risk = Status.MISSED.value, Status.AT_RISK.value
    more = f" AND {also}" if also else ""
    dated = f" ORDER BY c.deadline_date ASC, c.id {direction}"
    undated = f" ORDER BY c.id {direction}"

    def walk(cond: str, params: Sequence[object], order: str) -> tuple[str, list[object]]:
        return (f"SELECT c.id FROM {table} WHERE {cond}{more}{order}",
                [*params, *also_params])

    not_closed = f"c.status NOT IN ({_in(len(closed))})"
    quiet = f"c.status NOT IN ({_in(len(closed) + 2)})"   # neither closed, missed nor at risk
    lights = [
        [walk(f"c.deadline_date < ? AND {not_closed}", [day, *closed], dated),
         walk("c.status = ? AND c.deadline_date >= ?", [missed, day], dated),
         walk("c.status = ? AND c.deadline_date IS NULL", [missed], undated)],
        [walk(f"c.deadline_date >= ? AND c.deadline_date <= ? AND c.status NOT IN"
              f" ({_in(len(closed) + 1)})", [day, near, *closed, missed], dated),
         walk("c.status = ? AND c.deadline_date > ?", [at_risk, near], dated),
         walk("c.status = ? AND c.deadline_date IS NULL", [at_risk], undated)],
        [walk(f"c.deadline_date > ? AND {quiet}", [near, *closed, missed, at_risk], dated),
         walk(f"c.deadline_date IS NULL AND {quiet}", [*closed, missed, at_risk], undated)],
        [walk(f"c.deadline_date IS NOT NULL AND c.status IN ({_in(len(closed))})", closed,
              dated),
         walk(f"c.deadline_date IS NULL AND c.status IN ({_in(len(closed))})", closed,
              undated)],
    ]
    if direction == "DESC":
        lights.reverse()
    return [w for light in lights for w in light]


def _day(value: object, _parse: Callable[[str], date] = date.fromisoformat) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value
    return _parse(str(value)[:10])


def _in(n: int) -> str:
    return ",".join("?" * n)


# The commitment's own columns of a RawRecord, in its order (both reads select them).
_COLUMNS = (
    "c.id, c.uuid, c.quote, c.title, c.kind, c.region_code, c.deadline_text,"
    " c.deadline_date, c.deadline_precision, c.metric, c.comparator, c.value, c.value_high,"
    " c.unit, c.status, c.notes, c.document_id")
# Names per commitment, joined with the separator ?1: lead bodies, then the others, each in
# position order (then name); themes in name order. {where} narrows to some commitments.
_BODIES_SQL = (
    "SELECT cb.commitment_id AS cid,"
    " group_concat(CASE WHEN cb.role = 'lead' THEN b.name END, ?1"
    "  ORDER BY cb.position, b.name) AS lead,"
    " group_concat(CASE WHEN cb.role != 'lead' THEN b.name END, ?1"
    "  ORDER BY cb.position, b.name, cb.role) AS support"
    " FROM commitment_body cb JOIN body b ON b.id = cb.body_id {where}"
    " GROUP BY cb.commitment_id")
_THEMES_SQL = (
    "SELECT ct.commitment_id AS cid, group_concat(t.name, ?1 ORDER BY t.name) AS names"
    " FROM commitment_tag ct JOIN tag t ON t.id = ct.tag_id {where}"
    " GROUP BY ct.commitment_id")
_RECORD_SQL = (f"SELECT {_COLUMNS}, d.title"
               " FROM commitment c LEFT JOIN document d ON d.id = c.document_id")
_LATEST_SQL = "SELECT commitment_id, date, note FROM progress_entry"
# Above this many ids, one pass over whole tables beats IN (…) lists (an export of all).
BULK = 20_000


class RawRecord(NamedTuple):
    """One commitment as read: the _RECORD_SQL columns (the commitment's, then its
    document's title), its lead and supporting bodies and themes, the date and note of its
    latest progress entry. Stored codes stay codes (the ledger maps them to enums).

    A tuple for the bulk path of an export: made with ``_make_raw`` (tuple.__new__, no
    per-field Python call), read by name (a C-level getter, as cheap as an index)."""

    id: int
    uuid: str
    quote: str
    title: str | None
    kind: str
    region_code: str | None
    deadline_text: str | None
    deadline: date | str | None  # SQLite hands back ISO text; _day() reads it
    deadline_precision: str | None
    metric: str | None
    comparator: str | None
    value: float | None
    value_high: float | None
    unit: str | None
    status: str
    notes: str | None
    document_id: int | None
    document_title: str | None
    lead: Sequence[str]  # a tuple (shared by the rows with the same names)
    support: Sequence[str]
    themes: Sequence[str]
    last_update: date | None
    latest_note: str | None


def _make_raw(values: tuple[object, ...]) -> RawRecord:
    return _tuple_new(RawRecord, values)


_tuple_new: Callable[[type[RawRecord], tuple[object, ...]], RawRecord] = tuple.__new__
_RAW: Callable[[tuple[object, ...]], RawRecord] = partial(_tuple_new, RawRecord)


@contextmanager
def quiet_gc() -> Iterator[None]:
    """No cyclic garbage collection while reading whole tables: the rows are tuples
    (no cycles), and collections that scan the growing dicts again and again cost a third
    of the read. The collector is restored afterwards (also used around a whole export)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _separator(session: Session) -> str:
    """A separator for group_concat that no body or theme name contains."""
    names = [r[0] for r in _rows(session, "SELECT name FROM body UNION ALL SELECT name FROM tag")]
    sep = "\x1f"
    while any(sep in name for name in names):
        sep += "\x1f"
    return sep


def _split(text: str | None, sep: str) -> tuple[str, ...]:
    return () if text is None else tuple(text.split(sep))   # NULL: no name in the group


class _Parts:
    """Bodies, themes and the latest progress entry per commitment id, read set-wise:
    the names are joined per commitment in SQL (group_concat), so Python sees one row
    per commitment and table instead of one per link."""

    def __init__(self) -> None:
        self.bodies: dict[int, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        self.themes: dict[int, tuple[str, ...]] = {}
        self.latest: dict[int, tuple[object, str]] = {}

    def read(self, session: Session, ids: Sequence[int] | None) -> None:
        """Read the parts of these commitments (None: of every commitment)."""
        chosen = ids is not None
        wanted = tuple(ids) if ids is not None else ()

        def where(column: str) -> str:
            return f"WHERE {column} IN ({_in(len(wanted))})" if chosen else ""

        sep = _separator(session)
        split = _split
        # The ids' "?" follow ?1 (the separator) and so take the parameters after it.
        self.bodies = {cid: (split(lead, sep), split(support, sep))
                       for cid, lead, support in _rows(
            session, _BODIES_SQL.format(where=where("cb.commitment_id")), (sep, *wanted))}
        self.themes = {cid: tuple(names.split(sep)) for cid, names in _rows(
            session, _THEMES_SQL.format(where=where("ct.commitment_id")), (sep, *wanted))}
        # Ordered by date: the last entry of each commitment is the one kept.
        self.latest = {cid: (day, note) for cid, day, note in _rows(
            session, f"{_LATEST_SQL} {where('commitment_id')} ORDER BY commitment_id, date, id",
            wanted)}

    def raw(self, r: tuple[Any, ...]) -> RawRecord:
        cid = r[0]
        lead, support = self.bodies.get(cid, _NO_BODIES)
        day, note = self.latest.get(cid, _NO_ENTRY)
        return _make_raw((*r, lead, support, self.themes.get(cid, ()), _day(day), note or None))


_NO_BODIES: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
_NO_ENTRY: tuple[object, str | None] = (None, None)


def _record(x: RawRecord) -> RegisterRecord:
    return RegisterRecord(
        id=x.id, uuid=x.uuid, quote=x.quote, title=x.title, kind=x.kind,
        region_code=x.region_code, deadline_text=x.deadline_text, deadline=_day(x.deadline),
        deadline_precision=x.deadline_precision, metric=x.metric, comparator=x.comparator,
        value=x.value, value_high=x.value_high, unit=x.unit, status=x.status,
        notes=x.notes or "", document_id=x.document_id, document_title=x.document_title,
        lead=tuple(x.lead), support=tuple(x.support), themes=tuple(x.themes),
        last_update=x.last_update, latest_note=x.latest_note)


def records(session: Session, wanted: Sequence[int]) -> list[RegisterRecord]:
    """The rows for these ids, in the order given (ids that no longer exist are left out)."""
    return [_record(x) for x in iter_raw(session, wanted)]


def iter_raw(session: Session, wanted: Sequence[int]) -> Iterator[RawRecord]:
    """RawRecords for these ids in order; many ids are read in one pass over the tables."""
    if len(wanted) > BULK:
        yield from _iter_bulk(session, wanted)
        return
    for at in range(0, len(wanted), CHUNK):
        chunk = tuple(wanted[at:at + CHUNK])
        parts = _Parts()
        parts.read(session, chunk)
        found = {r[0]: r for r in _rows(
            session, f"{_RECORD_SQL} WHERE c.id IN ({_in(len(chunk))})", chunk)}
        for cid in chunk:
            if cid in found:
                yield parts.raw(found[cid])


# Many commitments with their parts, streamed (the bulk read of an export): the wanted ids
# go, in their order, into a temporary table keyed by position, and one statement walks it
# in that order, each row joined with its bodies and themes (group_concat per commitment,
# grouped once over the link tables and kept by SQLite in its temporary storage, which
# spills to disk) and its latest progress entry (by the progress index). Rows are fetched
# a block at a time, so Python's memory does not grow with the number of rows. The
# document's title is looked up in Python (a few hundred titles, not a copy per row).
_ORDER_TABLE = "temp.register_export_order"
_STREAM_SQL = (
    f"SELECT {_COLUMNS}, bb.lead, bb.support, tt.names,"
    " (SELECT p.date || ?1 || p.note FROM progress_entry p WHERE p.commitment_id = c.id"
    "  ORDER BY p.date DESC, p.id DESC LIMIT 1)"
    f" FROM {_ORDER_TABLE} o CROSS JOIN commitment c ON c.id = o.id"
    f" LEFT JOIN ({_BODIES_SQL.format(where='')}) bb ON bb.cid = c.id"
    f" LEFT JOIN ({_THEMES_SQL.format(where='')}) tt ON tt.cid = c.id ORDER BY o.pos")
# PostgreSQL's export stream: the filter ({where}) and the sort ({order}) in the statement
# itself, every part joined set-wise (the latest progress entry of each commitment by one
# DISTINCT ON pass over the entries: a subquery per row probes the index a million
# times); the latest entry's day and note come as two columns.
# The names are aggregated from rows sorted once (bodies by commitment, position, name,
# role; themes by commitment, name), not by an ORDER BY in each aggregate: PostgreSQL 15
# sorts an ordered aggregate's input group by group (two sorts per commitment, a third of
# the statement's time). A plain aggregate takes its rows in the order the subquery gives
# them when the plan is not parallel, and a cursor's never is (driver_stream).
_SERVER_BODIES_SQL = (
    "SELECT cid, string_agg(CASE WHEN role = 'lead' THEN name END, ?1) AS lead,"
    " string_agg(CASE WHEN role != 'lead' THEN name END, ?1) AS support"
    " FROM (SELECT cb.commitment_id AS cid, cb.role, b.name"
    "  FROM commitment_body cb JOIN body b ON b.id = cb.body_id"
    "  ORDER BY cb.commitment_id, cb.position, b.name, cb.role) s GROUP BY cid")
_SERVER_THEMES_SQL = (
    "SELECT cid, string_agg(name, ?1) AS names"
    " FROM (SELECT ct.commitment_id AS cid, t.name"
    "  FROM commitment_tag ct JOIN tag t ON t.id = ct.tag_id"
    "  ORDER BY ct.commitment_id, t.name) s GROUP BY cid")
_SERVER_STREAM_SQL = (
    f"SELECT {_COLUMNS}, bb.lead, bb.support, tt.names, lp.date, lp.note"
    " FROM commitment c"
    f" LEFT JOIN ({_SERVER_BODIES_SQL}) bb ON bb.cid = c.id"
    f" LEFT JOIN ({_SERVER_THEMES_SQL}) tt ON tt.cid = c.id"
    " LEFT JOIN (SELECT DISTINCT ON (commitment_id) commitment_id AS cid, date, note"
    "  FROM progress_entry ORDER BY commitment_id, date DESC, id DESC) lp ON lp.cid = c.id"
    " WHERE {where} ORDER BY {order}")
_FETCH = 2000   # rows per fetch of the stream
_FILL = 50_000  # ids per statement filling the order table


def count_where(session: Session, where: str, params: Sequence[object]) -> int:
    """How many commitments (``c``) match a where clause of `where_clause`."""
    row = driver_execute(session, f"SELECT COUNT(*) FROM commitment c WHERE {where}",
                         tuple(params)).fetchone()
    return int(row[0])


def _fill_order(session: Session, wanted: Iterable[int]) -> None:
    """The order table, filled with ``wanted`` in their order (blocks of ids as JSON)."""
    driver_execute(session, f"DROP TABLE IF EXISTS {_ORDER_TABLE}")
    driver_execute(session, f"CREATE TABLE {_ORDER_TABLE} (pos INTEGER PRIMARY KEY, "
                   "id INTEGER NOT NULL)")
    source = iter(wanted)
    while block := list(islice(source, _FILL)):
        driver_execute(session, f"INSERT INTO {_ORDER_TABLE} (id) SELECT value FROM "
                       "json_each(?) ORDER BY key", (json.dumps(block),))


def _fill_order_sql(session: Session, queries: list[tuple[str, list[object]]]) -> None:
    """The order table, filled by queries of ids (their ORDER BY gives the positions)."""
    driver_execute(session, f"DROP TABLE IF EXISTS {_ORDER_TABLE}")
    driver_execute(session, f"CREATE TABLE {_ORDER_TABLE} (pos INTEGER PRIMARY KEY, "
                   "id INTEGER NOT NULL)")
    for sql, params in queries:
        driver_execute(session, f"INSERT INTO {_ORDER_TABLE} (id) {sql}", tuple(params))


def _stream(session: Session) -> Iterator[RawRecord]:
    """RawRecords of the ids in the order table, in its order; drops the table after."""
    return chain.from_iterable(_stream_blocks(session))


def _stream_blocks(session: Session) -> Iterator[list[RawRecord]]:
    """_stream a fetched block at a time (the generator resumes once a block)."""
    for columns in _stream_columns(session):
        yield list(map(_RAW, zip(*columns)))


def _stream_columns(session: Session,
                    statement: tuple[str, Sequence[object]] | None = None
                    ) -> Iterator[RecordColumns]:
    """The order table's records in its order, or those of ``statement`` (a
    _SERVER_STREAM_SQL with its parameters), a fetched block at a time, as columns (the
    RawRecord fields, each a sequence over the block's rows); the order table is dropped
    after."""
    sep = _separator(session)
    titles = dict(_rows(session, "SELECT id, title FROM document"))
    days, splits = Days(), Splits(sep)
    sql, params = statement or (_STREAM_SQL, ())
    latest = _latest_joined if statement is None else _latest_apart
    cursor = driver_stream(session, sql, (sep, *params))
    server = session.connection().dialect.name == "postgresql"
    try:
        for block in read_ahead(cursor, _FETCH) if server else iter(
                partial(cursor.fetchmany, _FETCH), []):
            yield _record_columns(block, sep, titles, days, latest, splits)
    finally:
        cursor.close()
        if statement is None:
            driver_execute(session, f"DROP TABLE IF EXISTS {_ORDER_TABLE}")


def read_ahead(cursor: Any, size: int) -> Iterator[list[Any]]:
    """``cursor.fetchmany(size)`` blocks until the first empty one, the next block fetched
    by a thread while the caller works on the current one: the driver waits for the
    server without holding the GIL, so the server's work and the network overlap the
    caller's (the formatting of an export). At most two blocks wait; the thread uses the
    cursor alone until it ends, and is ended (and joined) however the caller stops."""
    blocks: queue.Queue[tuple[bool, Any]] = queue.Queue(maxsize=1)
    stop = threading.Event()

    def fetch() -> None:
        try:
            while not stop.is_set():
                block = cursor.fetchmany(size)
                blocks.put((True, block))
                if not block:
                    return
        except Exception as error:  # noqa: BLE001 - handed to the caller, raised there
            blocks.put((False, error))

    thread = threading.Thread(target=fetch, name="tracker-read-ahead", daemon=True)
    thread.start()
    try:
        while True:
            ok, block = blocks.get()
            if not ok:
                raise block
            if not block:
                return
            yield block
    finally:
        stop.set()
        while thread.is_alive():   # a thread waiting to put a block is let go
            try:
                blocks.get(timeout=0.05)
            except queue.Empty:
                pass
        thread.join()


class Days(dict[object, "date | None"]):
    """Dates as the database hands them back (ISO text on SQLite, dates on PostgreSQL) to
    dates, each read once: a few thousand distinct days among a million rows."""

    def __init__(self) -> None:
        super().__init__({None: None})

    def __missing__(self, value: object) -> date | None:
        day = self[value] = _day(value)
        return day


class Splits(dict[object, tuple[str, ...]]):
    """Names joined by group_concat (with ``sep``) to tuples of names, each distinct
    text split once: a few thousand lists of bodies or themes among a million rows (the
    memo starts again past _SPLITS_BOUND texts, so memory stays bounded)."""

    def __init__(self, sep: str) -> None:
        super().__init__({None: ()})
        self._sep = sep

    def __missing__(self, text: object) -> tuple[str, ...]:
        if len(self) > _SPLITS_BOUND:
            self.clear()
            self[None] = ()
        names = self[text] = tuple(str(text).split(self._sep))
        return names


_SPLITS_BOUND = 100_000


# A block of records as columns, in RawRecord's field order: what an export formats column
# by column, so the rows need not be made and taken apart again.
RecordColumns = tuple[Sequence[Any], ...]


def _latest_joined(columns: list[tuple[Any, ...]], sep: str, days: Days
                   ) -> tuple[list[date | None], list[str | None]]:
    """The latest entry's day and note from one column of "day<sep>note" (_STREAM_SQL)."""
    parts = [None if x is None else x.partition(sep) for x in columns[20]]
    return (list(map(days.__getitem__, [None if x is None else x[0] for x in parts])),
            [None if x is None else x[2] or None for x in parts])


def _latest_apart(columns: list[tuple[Any, ...]], sep: str, days: Days
                  ) -> tuple[list[date | None], list[str | None]]:
    """The latest entry's day and note from two columns (_SERVER_STREAM_SQL)."""
    return list(map(days.__getitem__, columns[20])), [x or None for x in columns[21]]


def _record_columns(block: list[Any], sep: str, titles: dict[int, str | None],
                    days: Days, latest: Callable[..., tuple[list[date | None],
                                                            list[str | None]]],
                    splits: Splits) -> RecordColumns:
    """The RawRecord fields of fetched rows, column by column: one C loop (a map, a zip)
    or one comprehension per column instead of Python code per row. Lists of names as
    tuples shared by the rows that have the same names (``splits``); () for none."""
    columns = list(zip(*block))
    split = splits.__getitem__
    return (*columns[:17], list(map(titles.get, columns[16])),
            *(list(map(split, names)) for names in columns[17:20]),
            *latest(columns, sep, days))


def _order_of(f: CommitmentFilter, today: date, sort: str, descending: bool,
              text_candidates: TextCandidates | None, fold: bool
              ) -> tuple[str, list[object], str, list[object]]:
    """A filter's condition and a sort's ORDER BY as one statement writes them: the rows
    and order of ``_ids_sql``'s queries read one after the other (the walks are that
    order, taken a range of an index at a time)."""
    if sort not in SORT_KEYS:
        raise ValueError(f"unknown sort column {sort!r}; known: {', '.join(SORT_KEYS)}")
    where, params = where_clause(f, today, region_range=sort in _INDEXED_ORDER,
                                 text_candidates=text_candidates)
    direction = "DESC" if descending else "ASC"
    also, more_also = _fold_sql(where, params) if fold else ("", [])
    cond = f"{where} AND {also}" if also else where
    if sort == "light":
        key, more = light_rank_sql(today, f.light_window)
        return (cond, [*params, *more_also],
                f"{key} {direction}, c.deadline_date ASC NULLS LAST, c.id {direction}",
                list(more))
    return (cond, [*params, *more_also],
            f"{SORT_KEYS[sort]} {direction} NULLS LAST, c.id {direction}", [])


def stream_columns_filtered(session: Session, f: CommitmentFilter, today: date,
                            sort: str = "deadline", descending: bool = False,
                            text_candidates: TextCandidates | None = None, fold: bool = False
                            ) -> Iterator[RecordColumns]:
    """iter_raw_filtered's records, a block of rows at a time as columns (an export's
    read: the RawRecord fields, each a sequence over the block).

    On PostgreSQL one statement filters, joins and sorts (_SERVER_STREAM_SQL): filling
    the order table with a million ids first cost it a fifth of the export. SQLite
    walks the sort's index into the order table, its fastest way."""
    if session.connection().dialect.name == "postgresql":
        cond, params, order, more = _order_of(f, today, sort, descending, text_candidates,
                                              fold)
        sql = _SERVER_STREAM_SQL.replace("{where}", cond).replace("{order}", order)
        # no JIT compilation for the stream (until the transaction ends): compiling its
        # plan costs the server more than the compiled code saves, and the first block
        # waits for it
        driver_execute(session, "SET LOCAL jit = off")
        yield from _stream_columns(session, (sql, (*params, *more)))
        return
    _fill_order_sql(session, _ids_sql(f, today, sort, descending, text_candidates, fold))
    yield from _stream_columns(session)


def _iter_bulk(session: Session, wanted: Sequence[int]) -> Iterator[RawRecord]:
    _fill_order(session, wanted)
    yield from _stream(session)


def iter_raw_filtered(session: Session, f: CommitmentFilter, today: date,
                      sort: str = "deadline", descending: bool = False,
                      text_candidates: TextCandidates | None = None, fold: bool = False
                      ) -> Iterator[RawRecord]:
    """RawRecords of a filter in a column's order (as ``ids`` orders them), streamed: the
    ids stay in the database when SQL can order them."""
    for columns in stream_columns_filtered(session, f, today, sort, descending,
                                           text_candidates, fold):
        yield from map(_RAW, zip(*columns))


# ---------------------------------------------------------------- filter choices

def body_names_in_use(session: Session) -> list[str]:
    return [r[0] for r in session.connection().exec_driver_sql(
        "SELECT b.name FROM body b WHERE EXISTS (SELECT 1 FROM commitment_body cb"
        " WHERE cb.body_id = b.id) ORDER BY b.name")]   # one index probe per body


def theme_names_in_use(session: Session) -> list[str]:
    return [r[0] for r in session.connection().exec_driver_sql(
        "SELECT t.name FROM tag t WHERE EXISTS (SELECT 1 FROM commitment_tag ct"
        " WHERE ct.tag_id = t.id) ORDER BY t.name")]


def regions_in_use(session: Session) -> list[tuple[str, str, str | None]]:
    """(code, name, parent) of the regions commitments are filed under, with their parents."""
    return [tuple(r) for r in session.connection().exec_driver_sql(
        "WITH RECURSIVE used(code) AS ("
        # the regions (a few thousand at most; commitments' codes reference them) that
        # some commitment is filed under: one index probe each, not a pass over all rows
        " SELECT CAST(r.code AS TEXT) FROM region r WHERE EXISTS"
        " (SELECT 1 FROM commitment c WHERE c.region_code = r.code)"
        " UNION SELECT CAST(r.parent_code AS TEXT) FROM region r JOIN used u ON r.code = u.code"
        " WHERE r.parent_code IS NOT NULL) "
        "SELECT r.code, r.name, r.parent_code FROM region r JOIN used u ON u.code = r.code")]


def registered_days(session: Session, wanted: Sequence[int]) -> dict[int, date]:
    """id → the day each of these commitments was registered (its created_at)."""
    out: dict[int, date] = {}
    for at in range(0, len(wanted), CHUNK):
        chunk = tuple(wanted[at:at + CHUNK])
        for cid, created in _rows(session, "SELECT id, substr(created_at, 1, 10) FROM"
                                  f" commitment WHERE id IN ({_in(len(chunk))})", chunk):
            if created:
                out[cid] = date.fromisoformat(created)
    return out


def uuids_of(session: Session, uuids: Sequence[str]) -> dict[str, int]:
    """uuid → id of the commitments among ``uuids`` that exist."""
    out: dict[str, int] = {}
    for at in range(0, len(uuids), CHUNK):
        chunk = tuple(uuids[at:at + CHUNK])
        for cid, uid in session.connection().exec_driver_sql(
                f"SELECT id, uuid FROM commitment WHERE uuid IN ({_in(len(chunk))})", chunk):
            out[uid] = cid
    return out


def ids_by_quote(session: Session, quotes: Sequence[str]) -> dict[str, list[int]]:
    """quote → ids of the commitments with exactly that quote."""
    out: dict[str, list[int]] = {}
    for at in range(0, len(quotes), CHUNK):
        chunk = tuple(quotes[at:at + CHUNK])
        for cid, quote in session.connection().exec_driver_sql(
                f"SELECT id, quote FROM commitment WHERE quote IN ({_in(len(chunk))})", chunk):
            out.setdefault(quote, []).append(cid)
    return out


def documents_by_title(session: Session) -> dict[str, int]:
    return {title: did for did, title in session.connection().exec_driver_sql(
        "SELECT id, title FROM document ORDER BY id DESC")}
