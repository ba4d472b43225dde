"""Repositories: functions that take a session and speak in domain objects.

Services open the session (one transaction per use case); repositories never commit.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import bindparam, delete, func, text
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from tracker.domain.model import (
    BodyRef, BodyRole, Commitment, Comparator, Deadline, DocType, Document, Evidence,
    EvidenceKind, Indicator, Kind, Origin, Precision, ProgressEntry, Region, Script, Status,
    Target,
)
from tracker.domain.spans import Span
from tracker.storage.library_list import DocumentSummary
from tracker.storage.changelog import note_links
from tracker.storage.errors import ConflictError
from tracker.storage.tables import (
    BodyRow, CommitmentBodyRow, CommitmentRow, CommitmentThemeRow, DocumentBlobRow, DocumentRow,
    IndicatorRow, ProgressEntryRow, RegionRow, SuggestionReviewRow, ThemeRow, utcnow,
)

_COMMITMENT_TABLE = CommitmentRow.metadata.tables["commitment"]


def stored_id(value: int | None) -> int:
    """The id of a row read from (or flushed to) the database: never None there."""
    assert value is not None, "a stored row without an id"
    return value


class NotFoundError(LookupError):
    pass


# ---------------------------------------------------------------- regions

def ensure_regions(session: Session, chain: Sequence[Region]) -> None:
    """Make sure each region of a province→…→self chain has a row (parents first).
    Codes already ensured in this unit of work are not looked up again (a 3,000-row
    ledger names the same few regions over and over)."""
    ensured = session.info.setdefault("ensured_regions", set())
    for region in chain:
        if region.code in ensured:
            continue
        ensured.add(region.code)
        if session.get(RegionRow, region.code) is None:
            session.add(RegionRow(code=region.code, name=region.name, level=region.level.value,
                                  parent_code=region.parent_code))
            session.flush()


# ---------------------------------------------------------------- documents

def _doc_from_row(row: DocumentRow) -> Document:
    return Document(
        id=row.id, uuid=row.uuid, title=row.title, text=row.text, source_path=row.source_path,
        source_format=row.source_format, encoding=row.encoding, sha256=row.sha256,
        text_sha256=row.text_sha256, doc_date=row.doc_date, doc_type=DocType(row.doc_type),
        issuer=row.issuer, region_code=row.region_code, script=Script(row.script),
        imported_at=row.imported_at)


def add_document(session: Session, doc: Document, raw: bytes) -> Document:
    row = DocumentRow(
        uuid=doc.uuid, title=doc.title, text=doc.text, source_path=doc.source_path,
        source_format=doc.source_format, encoding=doc.encoding, sha256=doc.sha256,
        text_sha256=doc.text_sha256, doc_date=doc.doc_date, doc_type=doc.doc_type.value,
        issuer=doc.issuer, region_code=doc.region_code, script=doc.script.value)
    session.add(row)
    session.flush()
    session.add(DocumentBlobRow(document_id=row.id, raw=raw))
    session.flush()
    return _doc_from_row(row)


def get_document(session: Session, doc_id: int) -> Document:
    row = session.get(DocumentRow, doc_id)
    if row is None:
        raise NotFoundError(f"no document {doc_id}")
    return _doc_from_row(row)


def document_raw(session: Session, doc_id: int) -> bytes:
    blob = session.get(DocumentBlobRow, doc_id)
    if blob is None:
        raise NotFoundError(f"no original bytes for document {doc_id}")
    return blob.raw


def find_document_by_text_hash(session: Session, text_sha256: str) -> Document | None:
    row = session.exec(select(DocumentRow).where(col(DocumentRow.text_sha256) == text_sha256)).first()
    return None if row is None else _doc_from_row(row)



def list_documents(session: Session) -> list[DocumentSummary]:
    counts = (select(col(CommitmentRow.document_id), func.count(col(CommitmentRow.id)).label("n"))
              .group_by(col(CommitmentRow.document_id)).subquery())
    d = DocumentRow.metadata.tables["document"].c  # twelve columns: past sqlmodel's select
    stmt = (sa_select(d.id, d.uuid, d.title, d.doc_date, d.doc_type, d.region_code, d.script,
                      d.source_format, d.source_path, d.issuer, func.length(d.text),
                      func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.document_id == d.id)
            .order_by(d.doc_date.desc(), d.id))
    return [DocumentSummary(r[0], r[1], r[2], r[3], DocType(r[4]), r[5], Script(r[6]), r[7],
                            r[8], r[9], r[10], r[11]) for r in session.execute(stmt)]


EDITABLE_DOCUMENT_FIELDS = ("title", "doc_date", "doc_type", "issuer", "region_code", "script")


def update_document(session: Session, doc_id: int, **changes: object) -> Document:
    row = session.get(DocumentRow, doc_id)
    if row is None:
        raise NotFoundError(f"no document {doc_id}")
    for key, value in changes.items():
        if key not in EDITABLE_DOCUMENT_FIELDS:
            raise ValueError(f"document field {key!r} cannot be edited")
        setattr(row, key, value.value if isinstance(value, (DocType, Script)) else value)
    row.updated_at = utcnow()
    session.add(row)
    session.flush()
    return _doc_from_row(row)


def delete_document(session: Session, doc_id: int) -> None:
    row = session.get(DocumentRow, doc_id)
    if row is None:
        raise NotFoundError(f"no document {doc_id}")
    session.delete(row)
    session.flush()


# ---------------------------------------------------------------- bodies and themes

def _named_id(session: Session, table: type[BodyRow] | type[ThemeRow], name: str) -> int:
    """The id of the row with this name, created on first use (remembered for the rest of
    this unit of work: bodies and themes are never deleted)."""
    name = name.strip()
    known: dict[tuple[str, str], int] = session.info.setdefault("named_ids", {})
    key = (table.__name__, name)
    if key in known:
        return known[key]
    row = session.exec(select(table).where(col(table.name) == name)).first()
    if row is None:
        row = table(name=name)
        session.add(row)
        session.flush()
    known[key] = stored_id(row.id)
    return known[key]


def body_id(session: Session, name: str) -> int:
    return _named_id(session, BodyRow, name)


def body_names(session: Session) -> list[str]:
    return list(session.exec(select(col(BodyRow.name)).order_by(col(BodyRow.name))))


def theme_id(session: Session, name: str) -> int:
    return _named_id(session, ThemeRow, name)


def theme_names(session: Session) -> list[str]:
    return list(session.exec(select(col(ThemeRow.name)).order_by(col(ThemeRow.name))))


# ---------------------------------------------------------------- commitments

def _value_columns(value: float | tuple[float, float] | None) -> tuple[float | None, float | None]:
    if isinstance(value, tuple):
        return float(value[0]), float(value[1])
    return (None if value is None else float(value)), None


def _fill_row(row: CommitmentRow, c: Commitment) -> None:
    row.document_id = c.document_id
    row.start, row.end = c.span.start, c.span.end
    row.quote, row.prefix, row.suffix = c.span.quote, c.span.prefix, c.span.suffix
    row.title = c.title
    row.kind = c.kind.value
    d = c.deadline
    row.deadline_text = d.text if d else None
    row.deadline_date = d.date if d else None
    row.deadline_precision = d.precision.value if d and d.precision else None
    t = c.target
    row.metric = t.metric if t else None
    row.comparator = t.comparator.value if t and t.comparator else None
    row.value, row.value_high = _value_columns(t.value if t else None)
    row.unit = t.unit if t else None
    row.region_code = c.region_code
    row.origin = c.origin.value
    row.confidence = c.confidence
    row.status = c.status.value
    row.notes = c.notes
    row.parent_id = c.parent_id


def _link_names(session: Session, commitment_id: int) -> tuple[list[str], list[str]]:
    """The commitment's bodies ("name/role" in order) and themes (sorted) as stored."""
    bodies = [f"{name}/{role}" for name, role in session.exec(
        select(col(BodyRow.name), col(CommitmentBodyRow.role))
        .join(BodyRow, col(BodyRow.id) == col(CommitmentBodyRow.body_id))
        .where(col(CommitmentBodyRow.commitment_id) == commitment_id)
        .order_by(col(CommitmentBodyRow.position)))]
    themes = sorted(session.exec(select(col(ThemeRow.name)).join(
        CommitmentThemeRow, col(CommitmentThemeRow.theme_id) == col(ThemeRow.id))
        .where(col(CommitmentThemeRow.commitment_id) == commitment_id)))
    return bodies, themes


def _note_link_changes(session: Session, row: CommitmentRow,
                       before: tuple[list[str], list[str]] | None,
                       c: Commitment | None = None) -> None:
    """Log the commitment's bodies and themes that changed (before None: a new one, whose
    links are those of `c`, as _set_links stored them: no query)."""
    if before is None and c is not None:
        seen: set[str] = set()
        bodies = []
        for b in c.responsible:
            if b.name.strip() not in seen:
                seen.add(b.name.strip())
                bodies.append(f"{b.name.strip()}/{b.role.value}")
        after = (bodies, sorted({n.strip() for n in c.themes if n.strip()}))
    else:
        after = _link_names(session, stored_id(row.id))
    action = "insert" if before is None else "update"
    before = before or ([], [])
    note_links(session, row, "responsible", before[0], after[0], action)
    note_links(session, row, "themes", before[1], after[1], action)


def _set_links(session: Session, commitment_id: int, c: Commitment) -> None:
    session.exec(delete(CommitmentBodyRow).where(col(CommitmentBodyRow.commitment_id) == commitment_id))
    session.exec(delete(CommitmentThemeRow).where(col(CommitmentThemeRow.commitment_id) == commitment_id))
    seen: set[int] = set()
    for pos, body in enumerate(c.responsible):
        bid = body_id(session, body.name)
        if bid not in seen:
            seen.add(bid)
            session.add(CommitmentBodyRow(commitment_id=commitment_id, body_id=bid,
                                          role=body.role.value, position=pos))
    wanted = {theme_id(session, name) for name in c.themes if name.strip()}
    for tid in wanted:
        session.add(CommitmentThemeRow(commitment_id=commitment_id, theme_id=tid))
    session.flush()


def add_commitment(session: Session, c: Commitment, quote_key: str | None = None) -> Commitment:
    """Insert a commitment. An id already set (an undone delete coming back) is kept.
    `quote_key` is the services' key of the quote (left NULL when not given)."""
    row = CommitmentRow(id=c.id, uuid=c.uuid, quote=c.span.quote, quote_key=quote_key)
    if c.created_at is not None:
        row.created_at = c.created_at
    if c.created_by:
        row.created_by = c.created_by
    _fill_row(row, c)
    session.add(row)
    session.flush()
    _set_links(session, stored_id(row.id), c)
    _note_link_changes(session, row, None, c)
    return _commitments_from_rows(session, [row])[0]


def update_commitment(session: Session, c: Commitment,
                      quote_key: str | None = None) -> Commitment:
    """Store a changed commitment. A new quote without its `quote_key` leaves the key NULL
    (the services fill it in again), so a stale key never links the wrong records."""
    if c.id is None:
        raise ValueError("update_commitment needs a commitment with an id")
    row = session.get(CommitmentRow, c.id)
    if row is None:
        raise NotFoundError(f"no commitment {c.id}")
    if c.version is not None and row.version != c.version:
        theirs = _commitments_from_rows(session, [row])[0]
        raise ConflictError("commitment", c.id, mine=c, theirs=theirs, who=row.updated_by,
                            what=row.title or row.quote[:30])
    if quote_key is not None:
        row.quote_key = quote_key
    elif row.quote != c.span.quote:
        row.quote_key = None
    links_before = _link_names(session, row.id)  # type: ignore[arg-type]
    _fill_row(row, c)
    row.updated_at = utcnow()
    session.add(row)
    session.flush()
    _set_links(session, stored_id(row.id), c)
    _note_link_changes(session, row, links_before)
    return _commitments_from_rows(session, [row])[0]


@dataclass(frozen=True)
class KeyedCommitmentRow:
    """A commitment found by its quote key, with its document's title."""

    quote_key: str
    id: int
    document_id: int
    document_title: str
    quote: str
    status: Status


_TWINS = text(
    "SELECT c.id, c.document_id, d.title, c.quote, c.status FROM commitment AS c "
    "JOIN document AS d ON d.id = c.document_id "
    "WHERE c.quote_key = :qk AND c.document_id != :doc ORDER BY c.quote_key, c.id LIMIT :n")


def commitments_with_quote_keys(session: Session, keys: Iterable[str],
                                exclude_document: int | None = None,
                                per_key: int = 20) -> list[KeyedCommitmentRow]:
    """Commitments (in a document) whose quote_key is one of `keys`, those of
    `exclude_document` left out: at most `per_key` for each key, first registered first
    (a sentence every document repeats must not flood a view). One indexed range per key,
    read in index order and stopped at `per_key` (plain SQL: this loop runs for a whole
    review queue, and building an ORM statement per key cost more than the query)."""
    conn = session.connection()
    doc = -1 if exclude_document is None else exclude_document
    out: list[KeyedCommitmentRow] = []
    for key in _keys_in_use(session, keys):
        for cid, doc_id, title, quote, status in conn.execute(
                _TWINS, {"qk": key, "doc": doc, "n": per_key}):
            out.append(KeyedCommitmentRow(key, cid, doc_id, title, quote, Status(status)))
    return out


def _keys_in_use(session: Session, keys: Iterable[str]) -> list[str]:
    """Those of `keys` some commitment has (the index alone answers; most keys of a
    review queue have none)."""
    wanted = sorted({k for k in keys if k})
    if len(wanted) <= 1:
        return wanted
    found: list[str] = []
    for i in range(0, len(wanted), 500):  # stay under SQLite's bound-parameter limit
        found.extend(session.exec(select(col(CommitmentRow.quote_key)).distinct()
                                  .where(col(CommitmentRow.quote_key).in_(wanted[i:i + 500]))))
    return sorted(found)


def quote_key_of(session: Session, commitment_id: int) -> tuple[str | None, int | None]:
    """(quote_key, document id) of one commitment."""
    row = session.exec(select(col(CommitmentRow.quote_key), col(CommitmentRow.document_id))
                       .where(col(CommitmentRow.id) == commitment_id)).first()
    if row is None:
        raise NotFoundError(f"no commitment {commitment_id}")
    return row[0], row[1]


def quotes_without_key(session: Session, limit: int) -> list[tuple[int, str]]:
    """Up to `limit` (id, quote) of commitments whose quote_key is not filled in yet."""
    return [(cid, quote) for cid, quote in session.exec(
        select(col(CommitmentRow.id), col(CommitmentRow.quote)).where(col(CommitmentRow.quote_key).is_(None))
        .order_by(col(CommitmentRow.id)).limit(limit))]


def set_quote_keys(session: Session, keys: Sequence[tuple[int, str]]) -> None:
    """Set the quote_key of commitments: (id, key) pairs (updated_at left alone)."""
    if keys:
        session.connection().execute(
            _COMMITMENT_TABLE.update()
            .where(_COMMITMENT_TABLE.c.id == bindparam("cid"))
            .values(quote_key=bindparam("key")),
            [{"cid": cid, "key": key} for cid, key in keys])


def delete_commitment(session: Session, commitment_id: int) -> None:
    row = session.get(CommitmentRow, commitment_id)
    if row is None:
        raise NotFoundError(f"no commitment {commitment_id}")
    session.delete(row)
    session.flush()


def get_commitment(session: Session, commitment_id: int) -> Commitment:
    row = session.get(CommitmentRow, commitment_id)
    if row is None:
        raise NotFoundError(f"no commitment {commitment_id}")
    return _commitments_from_rows(session, [row])[0]


def commitments_for_document(session: Session, doc_id: int) -> list[Commitment]:
    rows = session.exec(select(CommitmentRow).where(col(CommitmentRow.document_id) == doc_id)
                        .order_by(col(CommitmentRow.start), col(CommitmentRow.end), col(CommitmentRow.id)))
    return _commitments_from_rows(session, list(rows))


def commitments_by_ids(session: Session, ids: Iterable[int]) -> list[Commitment]:
    ids = list(ids)
    out: list[Commitment] = []
    for i in range(0, len(ids), 500):  # stay under SQLite's bound-parameter limit
        chunk = ids[i:i + 500]
        rows = list(session.exec(select(CommitmentRow).where(col(CommitmentRow.id).in_(chunk))))
        out.extend(_commitments_from_rows(session, rows))
    order = {cid: n for n, cid in enumerate(ids)}
    out.sort(key=lambda c: order[stored_id(c.id)])
    return out


def _commitments_from_rows(session: Session, rows: list[CommitmentRow]) -> list[Commitment]:
    if not rows:
        return []
    ids = [stored_id(r.id) for r in rows]
    bodies: dict[int, list[BodyRef]] = {i: [] for i in ids}
    for cid, name, role in session.exec(
            select(col(CommitmentBodyRow.commitment_id), col(BodyRow.name), col(CommitmentBodyRow.role))
            .join(BodyRow, col(BodyRow.id) == col(CommitmentBodyRow.body_id))
            .where(col(CommitmentBodyRow.commitment_id).in_(ids))
            .order_by(col(CommitmentBodyRow.position))):
        bodies[cid].append(BodyRef(name, BodyRole(role)))
    themes: dict[int, list[str]] = {i: [] for i in ids}
    for cid, name in session.exec(
            select(col(CommitmentThemeRow.commitment_id), col(ThemeRow.name))
            .join(ThemeRow, col(ThemeRow.id) == col(CommitmentThemeRow.theme_id))
            .where(col(CommitmentThemeRow.commitment_id).in_(ids)).order_by(col(ThemeRow.name))):
        themes[cid].append(name)
    return [_commitment(r, bodies[i], themes[i]) for r, i in zip(rows, ids)]


def _commitment(r: CommitmentRow, bodies: list[BodyRef], themes: list[str]) -> Commitment:
    deadline = None
    if r.deadline_text or r.deadline_date:
        deadline = Deadline(r.deadline_text or "", r.deadline_date,
                            Precision(r.deadline_precision) if r.deadline_precision else None)
    target = None
    if r.metric or r.comparator or r.value is not None or r.unit:
        value: float | tuple[float, float] | None = r.value
        if r.value is not None and r.value_high is not None:
            value = (r.value, r.value_high)
        target = Target(r.metric, Comparator(r.comparator) if r.comparator else None, value,
                        r.unit)
    return Commitment(
        id=r.id, uuid=r.uuid, document_id=r.document_id,
        span=Span(r.start, r.end, r.quote, r.prefix, r.suffix), kind=Kind(r.kind),
        deadline=deadline, target=target, responsible=bodies, region_code=r.region_code,
        origin=Origin(r.origin), confidence=r.confidence, status=Status(r.status),
        notes=r.notes, themes=themes, title=r.title, parent_id=r.parent_id,
        created_at=r.created_at, updated_at=r.updated_at, created_by=r.created_by,
        updated_by=r.updated_by, version=r.version)


def tasks_of(session: Session, parent_id: int) -> list[Commitment]:
    """The tasks of a broken-down commitment (责任分解), by deadline (none last), then id."""
    rows = session.exec(select(CommitmentRow).where(col(CommitmentRow.parent_id) == parent_id)
                        .order_by(col(CommitmentRow.deadline_date).is_(None),
                                  col(CommitmentRow.deadline_date), col(CommitmentRow.id)))
    return _commitments_from_rows(session, list(rows))


def parents_of(session: Session, ids: Iterable[int]) -> dict[int, int]:
    """{task id: parent id} for those of ``ids`` that are tasks."""
    ids = list(ids)
    out: dict[int, int] = {}
    for i in range(0, len(ids), 500):
        out.update((cid, pid) for cid, pid in session.exec(
            select(col(CommitmentRow.id), col(CommitmentRow.parent_id))
            .where(col(CommitmentRow.id).in_(ids[i:i + 500]),
                   col(CommitmentRow.parent_id).is_not(None))))
    return out


def task_links(session: Session) -> list[tuple[int, int, str]]:
    """(task id, parent id, task status) of every task, parents' tasks in deadline order
    (the parent_id index answers; registers have few tasks)."""
    return [tuple(r) for r in session.connection().exec_driver_sql(
        "SELECT id, parent_id, status FROM commitment WHERE parent_id IS NOT NULL"
        " ORDER BY parent_id, deadline_date IS NULL, deadline_date, id")]


def set_status(session: Session, commitment_id: int, status: Status) -> None:
    row = session.get(CommitmentRow, commitment_id)
    if row is None:
        raise NotFoundError(f"no commitment {commitment_id}")
    row.status = status.value
    row.updated_at = utcnow()
    session.add(row)
    session.flush()


# ---------------------------------------------------------------- progress

def _progress_from_row(r: ProgressEntryRow) -> ProgressEntry:
    span = None
    if r.evidence_start is not None and r.evidence_end is not None:
        span = Span(r.evidence_start, r.evidence_end, r.evidence_quote or "")
    ev = Evidence(EvidenceKind(r.evidence_kind), r.evidence_link, r.evidence_file,
                  r.evidence_document_id, span)
    return ProgressEntry(id=r.id, uuid=r.uuid, commitment_id=stored_id(r.commitment_id), date=r.date,
                         status=Status(r.status), note=r.note, evidence=ev,
                         created_at=r.created_at)


def add_progress(session: Session, e: ProgressEntry) -> ProgressEntry:
    ev = e.evidence
    row = ProgressEntryRow(
        id=e.id, uuid=e.uuid, commitment_id=e.commitment_id, date=e.date, status=e.status.value,
        note=e.note, evidence_kind=ev.kind.value, evidence_link=ev.link,
        evidence_file=ev.file_path, evidence_document_id=ev.document_id,
        evidence_start=ev.span.start if ev.span else None,
        evidence_end=ev.span.end if ev.span else None,
        evidence_quote=ev.span.quote if ev.span else None)
    if e.created_at is not None:
        row.created_at = e.created_at
    session.add(row)
    session.flush()
    return _progress_from_row(row)


def progress_for(session: Session, commitment_id: int) -> list[ProgressEntry]:
    rows = session.exec(select(ProgressEntryRow)
                        .where(col(ProgressEntryRow.commitment_id) == commitment_id)
                        .order_by(col(ProgressEntryRow.date), col(ProgressEntryRow.id)))
    return [_progress_from_row(r) for r in rows]


def delete_progress(session: Session, entry_id: int) -> None:
    row = session.get(ProgressEntryRow, entry_id)
    if row is None:
        raise NotFoundError(f"no progress entry {entry_id}")
    session.delete(row)
    session.flush()


def progress_id_of(session: Session, uuid: str) -> int | None:
    """The id of the progress entry with this UUID now (None: there is none)."""
    found: int | None = session.exec(select(ProgressEntryRow.id).where(
        col(ProgressEntryRow.uuid) == uuid)).first()
    return found


def progress_id_taken(session: Session, entry_id: int) -> bool:
    return session.get(ProgressEntryRow, entry_id) is not None


# ---------------------------------------------------------------- suggestion review

def record_review(session: Session, doc_id: int, key: str, decision: str,
                  commitment_id: int | None = None) -> None:
    if decision not in ("accepted", "rejected"):
        raise ValueError(f"unknown decision {decision!r}")
    row = session.exec(select(SuggestionReviewRow).where(
        col(SuggestionReviewRow.document_id) == doc_id, col(SuggestionReviewRow.key) == key)).first()
    if row is None:
        row = SuggestionReviewRow(document_id=doc_id, key=key, decision=decision)
    row.decision, row.commitment_id, row.decided_at = decision, commitment_id, utcnow()
    session.add(row)
    session.flush()


def forget_review(session: Session, doc_id: int, key: str) -> None:
    session.exec(delete(SuggestionReviewRow).where(col(SuggestionReviewRow.document_id) == doc_id,
                                                   col(SuggestionReviewRow.key) == key))
    session.flush()


def reviewed_keys(session: Session, doc_id: int) -> dict[str, str]:
    rows = session.exec(select(col(SuggestionReviewRow.key), col(SuggestionReviewRow.decision))
                        .where(col(SuggestionReviewRow.document_id) == doc_id))
    return dict(rows.all())


# ---------------------------------------------------------------- progress rounds (bulk)

def add_progress_many(session: Session, entries: Sequence[ProgressEntry]) -> list[ProgressEntry]:
    """Insert many progress entries in one statement (a round of thousands of rows: no ORM
    object per row); ids kept when set (a redo), else the new ids in order."""
    if not entries:
        return []
    table = ProgressEntryRow.metadata.tables["progress_entry"]
    now = utcnow()
    rows = []
    for e in entries:
        ev = e.evidence
        rows.append({
            "id": e.id, "uuid": e.uuid, "commitment_id": e.commitment_id, "date": e.date,
            "status": e.status.value, "note": e.note, "evidence_kind": ev.kind.value,
            "evidence_link": ev.link, "evidence_file": ev.file_path,
            "evidence_document_id": ev.document_id,
            "evidence_start": ev.span.start if ev.span else None,
            "evidence_end": ev.span.end if ev.span else None,
            "evidence_quote": ev.span.quote if ev.span else None,
            "created_at": e.created_at or now})
    made = session.connection().execute(
        table.insert().returning(table.c.id, sort_by_parameter_order=True), rows)
    ids = [r[0] for r in made]
    return [replace(e, id=i, created_at=e.created_at or now) for e, i in zip(entries, ids)]


def delete_progress_many(session: Session, entry_ids: Sequence[int]) -> None:
    for i in range(0, len(entry_ids), 500):
        session.exec(delete(ProgressEntryRow).where(
            col(ProgressEntryRow.id).in_(entry_ids[i:i + 500])))
    session.flush()


def set_statuses(session: Session, changes: Sequence[tuple[int, Status]]) -> None:
    """Set many statuses, in order (a commitment named twice ends with its last one)."""
    if changes:
        now = utcnow()
        session.connection().execute(
            _COMMITMENT_TABLE.update()
            .where(_COMMITMENT_TABLE.c.id == bindparam("cid"))
            .values(status=bindparam("st"), updated_at=bindparam("now")),
            [{"cid": cid, "st": st.value, "now": now} for cid, st in changes])


@dataclass(frozen=True)
class RoundRecord:
    """A commitment as a progress round needs it: its first lead body (the first body
    when none is marked lead) and whether it has tasks (its status rolls up)."""

    id: int
    uuid: str
    label: str
    deadline: date | None
    deadline_text: str | None
    status: Status
    document: str | None
    body: str | None
    has_tasks: bool


_ROUND_SQL = (
    "SELECT c.id, c.uuid, coalesce(c.title, c.quote), c.deadline_date, c.deadline_text,"
    " c.status, d.title,"
    " (SELECT b.name FROM commitment_body cb JOIN body b ON b.id = cb.body_id"
    "  WHERE cb.commitment_id = c.id ORDER BY cb.role != 'lead', cb.position LIMIT 1),"
    " EXISTS (SELECT 1 FROM commitment t WHERE t.parent_id = c.id)"
    " FROM commitment c LEFT JOIN document d ON d.id = c.document_id")


def _round_record(r: Sequence[Any]) -> RoundRecord:
    day = r[3]
    if day is not None and not isinstance(day, date):
        day = date.fromisoformat(str(day)[:10])
    return RoundRecord(r[0], r[1], r[2], day, r[4], Status(r[5]), r[6], r[7], bool(r[8]))


def open_for_round(session: Session, closed: Iterable[Status]) -> list[RoundRecord]:
    """Every commitment not closed and without tasks, by body, deadline (none last), id."""
    values = sorted(s.value for s in closed)
    marks = ",".join("?" * len(values))
    rows = session.connection().exec_driver_sql(
        f"{_ROUND_SQL} WHERE c.status NOT IN ({marks}) ORDER BY c.deadline_date IS NULL,"
        " c.deadline_date, c.id", tuple(values))
    return [rec for rec in map(_round_record, rows) if not rec.has_tasks]


def round_records(session: Session, uuids: Sequence[str]) -> dict[str, RoundRecord]:
    out: dict[str, RoundRecord] = {}
    for i in range(0, len(uuids), 500):
        chunk = tuple(uuids[i:i + 500])
        for r in session.connection().exec_driver_sql(
                f"{_ROUND_SQL} WHERE c.uuid IN ({','.join('?' * len(chunk))})", chunk):
            rec = _round_record(r)
            out[rec.uuid] = rec
    return out


def closings(session: Session) -> dict[int, tuple[date, str, str | None, str | None, str]]:
    """For each achieved commitment, its closing (销号): the last progress entry that set
    it achieved, as {id: (date, evidence kind, link or file, document title, quote or
    note)}."""
    out: dict[int, tuple[date, str, str | None, str | None, str]] = {}
    for cid, day, kind, link, file, title, quote, note in session.connection().exec_driver_sql(
            "SELECT p.commitment_id, p.date, p.evidence_kind, p.evidence_link,"
            " p.evidence_file, d.title, p.evidence_quote, p.note FROM progress_entry p"
            " JOIN commitment c ON c.id = p.commitment_id"
            " LEFT JOIN document d ON d.id = p.evidence_document_id"
            " WHERE c.status = 'achieved' AND p.status = 'achieved'"
            " ORDER BY p.commitment_id, p.date, p.id"):
        if not isinstance(day, date):
            day = date.fromisoformat(str(day)[:10])
        out[cid] = (day, kind, link or file, title, quote or note or "")
    return out


def add_indicator(session: Session, ind: Indicator) -> Indicator:
    """Store a past result (a baseline) read in a document."""
    low, high = _value_columns(ind.value)
    row = IndicatorRow(uuid=ind.uuid, document_id=ind.document_id, metric=ind.metric,
                       value=low, value_high=high, unit=ind.unit, year=ind.year,
                       region_code=ind.region_code,
                       start=ind.span.start if ind.span else None,
                       end=ind.span.end if ind.span else None,
                       quote=ind.span.quote if ind.span else None)
    session.add(row)
    session.flush()
    ind.id = row.id
    return ind


def _indicator(r: IndicatorRow) -> Indicator:
    value: float | tuple[float, float] | None = r.value
    if r.value is not None and r.value_high is not None:
        value = (r.value, r.value_high)
    span = Span(r.start, r.end, r.quote or "") if r.start is not None and r.end is not None \
        else None
    return Indicator(r.metric, value, r.unit, r.year, r.region_code, r.document_id, span,
                     r.id, r.uuid)


def indicators_for_document(session: Session, doc_id: int) -> list[Indicator]:
    rows = session.exec(select(IndicatorRow).where(col(IndicatorRow.document_id) == doc_id)
                        .order_by(col(IndicatorRow.start)))
    return [_indicator(r) for r in rows]


def indicators_for_metric(session: Session, metric_key: str,
                          region_code: str | None) -> list[Indicator]:
    """Stored indicators whose metric (spaces removed) is ``metric_key`` in this region."""
    region = col(IndicatorRow.region_code)
    rows = session.exec(select(IndicatorRow).where(
        func.replace(col(IndicatorRow.metric), " ", "") == metric_key,
        region.is_(None) if region_code is None else region == region_code))
    return [_indicator(r) for r in rows]


def _column_of(session: Session, column: str, ids: Sequence[int]) -> dict[int, Any]:
    """{id: the commitment's `column`} of those of ``ids`` that exist (500 ids a query)."""
    out: dict[int, Any] = {}
    for i in range(0, len(ids), 500):
        chunk = tuple(ids[i:i + 500])
        out.update(session.connection().exec_driver_sql(
            f"SELECT id, {column} FROM commitment WHERE id IN ({','.join('?' * len(chunk))})",
            chunk).all())
    return out


def versions_of(session: Session, ids: Sequence[int]) -> dict[int, int]:
    """{id: the row's version} of those of ``ids`` that exist."""
    return {cid: int(v) for cid, v in _column_of(session, "version", ids).items()}


def statuses_of(session: Session, ids: Sequence[int]) -> dict[int, Status]:
    """{id: status} of those of ``ids`` that exist."""
    return {cid: Status(s) for cid, s in _column_of(session, "status", ids).items()}
