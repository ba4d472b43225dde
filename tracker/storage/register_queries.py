"""SQL behind the commitments table (the register): filtered and sorted ids, then the
rows for a block of ids, and the choices of the filter bar.

Built for 100,000 commitments: a filter or a sort asks SQLite for ids only (one column,
ordered in SQL); the table loads full rows for the few hundred ids it shows. Dates are
compared as ISO text, which is how SQLAlchemy stores them in SQLite.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import Session

from tracker.domain.filters import CommitmentFilter, subtree_prefix
from tracker.domain.model import Kind, Status
from tracker.domain.rules import CLOSED

CHUNK = 500  # ids per IN (…) list: under SQLite's bound-parameter limit

_LAST_UPDATE = "(SELECT MAX(p.date) FROM progress_entry p WHERE p.commitment_id = c.id)"
_LEAD = ("(SELECT b.name FROM commitment_body cb JOIN body b ON b.id = cb.body_id"
         " WHERE cb.commitment_id = c.id ORDER BY cb.role != 'lead', cb.position LIMIT 1)")
_THEME = ("(SELECT MIN(t.name) FROM commitment_tag ct JOIN tag t ON t.id = ct.tag_id"
          " WHERE ct.commitment_id = c.id)")


def _order_case(column: str, members: Sequence[str]) -> str:
    whens = " ".join(f"WHEN '{m}' THEN {n}" for n, m in enumerate(members))
    return f"(CASE {column} {whens} ELSE {len(members)} END)"


# Sort keys of the table's columns: an SQL expression over c (commitment), d (document).
SORT_KEYS: dict[str, str] = {
    "quote": "COALESCE(c.title, c.quote)",
    "kind": _order_case("c.kind", [k.value for k in Kind]),
    "region": "c.region_code",
    "lead": _LEAD,
    "deadline": "c.deadline_date",
    "days_left": "c.deadline_date",
    "status": _order_case("c.status", [s.value for s in Status]),
    "last_update": _LAST_UPDATE,
    "document": "d.title",
    "themes": _THEME,
}


@dataclass(frozen=True)
class RegisterRecord:
    """One commitment as the table and the ledgers show it (no document text)."""

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


def where_clause(f: CommitmentFilter, today: date) -> tuple[str, list[object]]:
    """The WHERE of a filter (over c = commitment), with its parameters."""
    parts: list[str] = []
    params: list[object] = []
    if f.region_code:
        prefix = subtree_prefix(f.region_code)
        parts.append("substr(c.region_code, 1, ?) = ?")
        params += [len(prefix), prefix]
    if f.statuses:
        parts.append(f"c.status IN ({','.join('?' * len(f.statuses))})")
        params += sorted(s.value for s in f.statuses)
    if f.kinds:
        parts.append(f"c.kind IN ({','.join('?' * len(f.kinds))})")
        params += sorted(k.value for k in f.kinds)
    if f.body:
        parts.append("EXISTS (SELECT 1 FROM commitment_body cb JOIN body b ON b.id = cb.body_id"
                     " WHERE cb.commitment_id = c.id AND b.name = ?)")
        params.append(f.body)
    if f.theme:
        parts.append("EXISTS (SELECT 1 FROM commitment_tag ct JOIN tag t ON t.id = ct.tag_id"
                     " WHERE ct.commitment_id = c.id AND t.name = ?)")
        params.append(f.theme)
    if f.deadline_from:
        parts.append("c.deadline_date >= ?")
        params.append(f.deadline_from.isoformat())
    if f.deadline_to:
        parts.append("c.deadline_date <= ?")
        params.append(f.deadline_to.isoformat())
    if f.overdue_only:
        parts.append(f"c.deadline_date < ? AND c.status NOT IN ({','.join('?' * len(CLOSED))})")
        params += [today.isoformat(), *sorted(s.value for s in CLOSED)]
    if f.due_within_days is not None:
        parts.append("c.deadline_date >= ? AND c.deadline_date <= ?")
        params += [today.isoformat(), (today + timedelta(days=f.due_within_days)).isoformat()]
    if f.text and f.text.strip():
        pattern = _like(f.text.strip())
        parts.append("(c.quote LIKE ? ESCAPE '\\' OR c.title LIKE ? ESCAPE '\\'"
                     " OR c.notes LIKE ? ESCAPE '\\')")
        params += [pattern, pattern, pattern]
    if f.document_id is not None:
        parts.append("c.document_id = ?")
        params.append(f.document_id)
    return (" AND ".join(parts) or "1"), params


def ids(session: Session, f: CommitmentFilter, today: date, sort: str = "deadline",
        descending: bool = False) -> list[int]:
    """Ids of the commitments the filter keeps, in the order of a table column."""
    if sort not in SORT_KEYS:
        raise ValueError(f"unknown sort column {sort!r}; known: {', '.join(SORT_KEYS)}")
    where, params = where_clause(f, today)
    direction = "DESC" if descending else "ASC"
    join = " LEFT JOIN document d ON d.id = c.document_id" if sort == "document" else ""
    sql = (f"SELECT c.id FROM commitment c{join} WHERE {where}"
           f" ORDER BY {SORT_KEYS[sort]} {direction} NULLS LAST, c.id {direction}")
    return [row[0] for row in session.connection().exec_driver_sql(sql, tuple(params))]


def count(session: Session) -> int:
    return session.connection().exec_driver_sql("SELECT COUNT(*) FROM commitment").scalar_one()


def _day(value: object) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _in(n: int) -> str:
    return ",".join("?" * n)


_RECORD_SQL = (
    "SELECT c.id, c.uuid, c.quote, c.title, c.kind, c.region_code, c.deadline_text,"
    " c.deadline_date, c.deadline_precision, c.metric, c.comparator, c.value, c.value_high,"
    " c.unit, c.status, c.notes, c.document_id, d.title"
    " FROM commitment c LEFT JOIN document d ON d.id = c.document_id WHERE c.id IN ({})")


def records(session: Session, wanted: Sequence[int]) -> list[RegisterRecord]:
    """The rows for these ids, in the order given (ids that no longer exist are left out)."""
    conn = session.connection()
    found: dict[int, RegisterRecord] = {}
    for at in range(0, len(wanted), CHUNK):
        chunk = tuple(wanted[at:at + CHUNK])
        marks = _in(len(chunk))
        bodies: dict[int, tuple[list[str], list[str]]] = {}
        for cid, name, role in conn.exec_driver_sql(
                "SELECT cb.commitment_id, b.name, cb.role FROM commitment_body cb"
                f" JOIN body b ON b.id = cb.body_id WHERE cb.commitment_id IN ({marks})"
                " ORDER BY cb.commitment_id, cb.position", chunk):
            lead, support = bodies.setdefault(cid, ([], []))
            (lead if role == "lead" else support).append(name)
        themes: dict[int, list[str]] = {}
        for cid, name in conn.exec_driver_sql(
                "SELECT ct.commitment_id, t.name FROM commitment_tag ct"
                f" JOIN tag t ON t.id = ct.tag_id WHERE ct.commitment_id IN ({marks})"
                " ORDER BY t.name", chunk):
            themes.setdefault(cid, []).append(name)
        latest: dict[int, tuple[object, str]] = {}
        for cid, day, note in conn.exec_driver_sql(
                "SELECT commitment_id, date, note FROM progress_entry"
                f" WHERE commitment_id IN ({marks}) ORDER BY commitment_id, date, id", chunk):
            latest[cid] = (day, note)
        for r in conn.exec_driver_sql(_RECORD_SQL.format(marks), chunk):
            cid = r[0]
            lead, support = bodies.get(cid, ([], []))
            day, note = latest.get(cid, (None, None))
            found[cid] = RegisterRecord(
                id=cid, uuid=r[1], quote=r[2], title=r[3], kind=r[4], region_code=r[5],
                deadline_text=r[6], deadline=_day(r[7]), deadline_precision=r[8], metric=r[9],
                comparator=r[10], value=r[11], value_high=r[12], unit=r[13], status=r[14],
                notes=r[15] or "", document_id=r[16], document_title=r[17],
                lead=tuple(lead), support=tuple(support), themes=tuple(themes.get(cid, ())),
                last_update=_day(day), latest_note=note or None)
    return [found[i] for i in wanted if i in found]


# ---------------------------------------------------------------- filter choices

def body_names_in_use(session: Session) -> list[str]:
    return [r[0] for r in session.connection().exec_driver_sql(
        "SELECT DISTINCT b.name FROM body b JOIN commitment_body cb ON cb.body_id = b.id"
        " ORDER BY b.name")]


def theme_names_in_use(session: Session) -> list[str]:
    return [r[0] for r in session.connection().exec_driver_sql(
        "SELECT DISTINCT t.name FROM tag t JOIN commitment_tag ct ON ct.tag_id = t.id"
        " ORDER BY t.name")]


def regions_in_use(session: Session) -> list[tuple[str, str, str | None]]:
    """(code, name, parent) of the regions commitments are filed under, with their parents."""
    return [tuple(r) for r in session.connection().exec_driver_sql(
        "WITH RECURSIVE used(code) AS ("
        " SELECT DISTINCT region_code FROM commitment WHERE region_code IS NOT NULL"
        " UNION SELECT r.parent_code FROM region r JOIN used u ON r.code = u.code"
        " WHERE r.parent_code IS NOT NULL) "
        "SELECT r.code, r.name, r.parent_code FROM region r JOIN used u ON u.code = r.code")]


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
