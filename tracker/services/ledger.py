"""Use cases of ledgers (台账): export commitments to CSV/XLSX, import a ledger back.

Export writes the rows of a filter (or given ids, in that order) with the chosen columns.
Import is all or nothing: rows that cannot be read are reported (row number, column,
reason) and nothing is written. Our own exports come back matched by UUID and change only
what was edited in the file; a foreign ledger's rows become new commitments (or update
the one commitment with exactly the same text). ``undo_import`` / ``redo_import`` take the
result of an import back out and put it in again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import chain, islice
from pathlib import Path
from typing import Any

from sqlmodel import Session

from tracker.domain.filters import CommitmentFilter
from tracker.domain.model import (
    BodyRef, BodyRole, Commitment, Comparator, Deadline, Kind, Origin, Precision,
    ProgressEntry, Status, Target,
)
from tracker.domain.rules import strongest_kind
from tracker.domain.spans import Span
from tracker.export.columns import DEFAULT_CSV_KEYS
from tracker.export import (
    ColumnMapping, LedgerFileError, LedgerRow, LedgerTable, LineBlock, RowError,
    SkippedRow, guess_mapping, parse_ledger, read_csv, read_xlsx, row_kinds, write_csv_blocks,
    write_xlsx,
)
from tracker.services.context import AppContext
from tracker.services.links import quote_key
from tracker.services.register import first_span, text_candidates
from tracker.storage import register_queries as q
from tracker.storage import repos

FORMATS = ("csv", "xlsx")
# The columns of the table page, in its order (a CSV "of the columns shown"). Status and
# time come first: they are what a weekly review chases.
TABLE_COLUMNS = ("quote", "status", "deadline", "days_left", "lead", "region", "kind",
                 "last_update", "document", "themes", "light")


# Stored codes → enum members (a dict lookup is much cheaper than Enum(value) per cell).
_KINDS = {k.value: k for k in Kind}
_STATUSES = {s.value: s for s in Status}
_PRECISIONS = {p.value: p for p in Precision}
_COMPARATORS = {c.value: c for c in Comparator}


class _Names(dict[str, "str | None"]):
    """Region codes to display names, each looked up once (None: no region)."""

    def __init__(self, display: Callable[[str], str]) -> None:
        super().__init__({None: None, "": None})   # type: ignore[dict-item]
        self._display = display

    def __missing__(self, code: str) -> str | None:
        name = self[code] = self._display(code) or None
        return name


def _codes(vocabulary: dict[str, Any]) -> dict[object, Any]:
    """A code-to-member map that also reads no code (None, '') as None."""
    out: dict[object, Any] = {None: None, "": None}
    out.update(vocabulary)
    return out


_KIND_OF, _STATUS_OF = _codes(_KINDS), _codes(_STATUSES)
_PRECISION_OF, _COMPARATOR_OF = _codes(_PRECISIONS), _codes(_COMPARATORS)
_BLOCK = 2000   # rows converted at a time


def _lines(columns: q.RecordColumns, names: _Names, days: q.Days,
           closed: dict[int, tuple[date, str | None]]) -> LineBlock:
    """Ledger lines of a block of records given as columns (RawRecord's fields), column by
    column: each column is one C loop (a map over a dict, a zip), so no Python code runs
    per row but the few comprehensions below."""
    (ids, uuid, quote, _title, kind, region, deadline_text, deadline, precision, metric,
     comparator, value, value_high, unit, status, notes, _document_id, document, lead,
     support, themes, last_update, latest_note) = columns
    closing = list(map(closed.get, ids))
    none = (None,) * len(ids)
    closed_on = none if not any(closing) else [c and c[0] for c in closing]
    evidence = none if not any(closing) else [c and c[1] for c in closing]
    values = value if not any(value_high) else [
        v if h is None or v is None else (v, h) for v, h in zip(value, value_high)]
    return LineBlock((
        uuid, quote, list(map(_KIND_OF.__getitem__, kind)), lead, support,
        list(map(names.__getitem__, region)), [t or None for t in deadline_text],
        list(map(days.__getitem__, deadline)), list(map(_PRECISION_OF.__getitem__, precision)),
        metric, list(map(_COMPARATOR_OF.__getitem__, comparator)), values, unit,
        list(map(_STATUS_OF.__getitem__, status)), latest_note, last_update, document, themes,
        [n or None for n in notes], closed_on, evidence))


def _blocks(ctx: AppContext, wanted: Sequence[int] | None, filter: CommitmentFilter,
            sort: str, descending: bool, fold: bool) -> Iterator[LineBlock]:
    """Ledger lines of these ids (None: of the filter in the sort's order), streamed a
    block at a time as columns (the generator resumes once a block, not once a row)."""
    names, days = _Names(ctx.gazetteer.display_name), q.Days()
    with ctx.db.session() as session:
        closed = {cid: (day, evidence_text(kind, where, title, words))
                  for cid, (day, kind, where, title, words) in repos.closings(session).items()}
        blocks: Iterator[q.RecordColumns]
        if wanted is None:
            blocks = q.stream_columns_filtered(session, filter, ctx.today(), sort,
                                               descending, text_candidates(session, filter),
                                               fold)
        else:
            raws = q.iter_raw(session, wanted)
            blocks = (tuple(zip(*block))
                      for block in iter(lambda: list(islice(raws, _BLOCK)), []))
        for columns in blocks:
            yield _lines(columns, names, days, closed)


def evidence_text(kind: str, where: str | None, title: str | None, words: str) -> str | None:
    """The 佐证材料 cell of a closing: the link, the file (as stored in the library
    folder), 《document》“words”; without recorded evidence, the 佐证材料 line of the
    entry's note (a progress round's returned text), else nothing."""
    if kind in ("link", "file") and where:
        return where
    if kind == "span":
        return f"《{title or ''}》“{words}”"
    for line in words.splitlines():
        if line.startswith("佐证材料："):
            return line.removeprefix("佐证材料：").strip() or None
    return None


def export_ledger(ctx: AppContext, path: Path, fmt: str = "csv", *,
                  ids: Sequence[int] | None = None,
                  filter: CommitmentFilter = CommitmentFilter(), sort: str = "deadline",
                  descending: bool = False, columns: Sequence[str] | None = None,
                  lang: str = "zh", encoding: str = "utf-8-sig",
                  title: str | None = None, fold: bool = False) -> int:
    """Write a ledger; return the rows written. ``ids`` (in order) beat ``filter``;
    ``fold`` leaves out the tasks whose parent the filter keeps (the table's rows).

    CSV: ``columns`` (default: every column that reads back losslessly, UUID first).
    XLSX: the 台账 layout with hidden machine columns (``columns`` is not used).
    Written through a temporary file: a failure leaves no half-written ledger.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: use csv or xlsx")
    # Rows are read, formatted and written a block at a time: memory does not grow with
    # the number of rows (the ids of a filter stay in the database).
    blocks = _blocks(ctx, None if ids is None else list(ids), filter, sort, descending, fold)
    # The rows hold no reference cycles: collections during a large export only scan the
    # rows read so far again and again (a fifth of the time of 100,000 rows).
    from tracker.services.follow import current_settings

    window = current_settings(ctx).due_window_days
    with q.quiet_gc():
        if fmt == "csv":
            return write_csv_blocks(blocks, Path(path), tuple(columns or DEFAULT_CSV_KEYS),
                                    lang=lang, encoding=encoding, today=ctx.today(),
                                    due_window=window)
        return write_xlsx(chain.from_iterable(blocks), Path(path), lang=lang, title=title, today=ctx.today(),
                          due_window=window)


# ---------------------------------------------------------------- import

def read_table(path: Path) -> LedgerTable:
    """A ledger file as a table (.csv/.tsv/.txt or .xlsx); LedgerFileError names problems."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return read_xlsx(path)
    if suffix in (".csv", ".tsv", ".txt"):
        return read_csv(path)
    raise LedgerFileError(f"{path}: not a ledger file (use .csv or .xlsx)")


@dataclass
class ImportResult:
    """What an import did (or, with errors, why it did nothing)."""

    source: Path
    rows: int = 0
    errors: list[RowError] = field(default_factory=list)
    skipped: list[SkippedRow] = field(default_factory=list)   # totals, notes, instructions
    created: list[Commitment] = field(default_factory=list)
    updated: list[tuple[Commitment, Commitment]] = field(default_factory=list)  # before, after
    progress: list[ProgressEntry] = field(default_factory=list)
    unchanged: int = 0
    written: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors

    def to_json(self) -> dict[str, Any]:
        return {
            "file": str(self.source), "rows": self.rows, "written": self.written,
            "created": len(self.created), "updated": len(self.updated),
            "unchanged": self.unchanged, "progress_entries": len(self.progress),
            "errors": [{"row": e.row_number, "column": e.column, "reason": e.reason}
                       for e in self.errors],
            "skipped": [{"row": s.row_number, "kind": s.kind, "text": s.text}
                        for s in self.skipped],
        }


def _row_numbers(table: LedgerTable) -> list[int]:
    """Spreadsheet row numbers of the rows parse_ledger reads (not blank, not a total,
    note or instructions row)."""
    return [table.first_row + n for n, kind in enumerate(row_kinds(table)) if kind is None]


def _bodies(c: Commitment | None, row: LedgerRow, mapped: set[str]) -> list[BodyRef]:
    old_lead = [b.name for b in c.responsible if b.role is BodyRole.LEAD] if c else []
    old_support = [b.name for b in c.responsible if b.role is BodyRole.SUPPORT] if c else []
    lead = row.lead if "lead" in mapped else old_lead
    support = row.support if "support" in mapped else old_support
    return ([BodyRef(n, BodyRole.LEAD) for n in lead]
            + [BodyRef(n, BodyRole.SUPPORT) for n in support if n not in lead])


def _same_bodies(a: list[BodyRef], b: list[BodyRef]) -> bool:
    def split(refs: list[BodyRef]) -> tuple[list[str], list[str]]:
        return ([r.name for r in refs if r.role is BodyRole.LEAD],
                [r.name for r in refs if r.role is BodyRole.SUPPORT])
    return split(a) == split(b)


def _deadline(c: Commitment | None, row: LedgerRow, mapped: set[str]) -> Deadline | None:
    old = c.deadline if c else None
    if not mapped & {"deadline", "deadline_text", "deadline_precision"}:
        return old
    if (old is not None and old.date == row.deadline and "deadline_text" not in mapped
            and "deadline_precision" not in mapped):
        return old  # the same day, shown without its words: nothing was changed
    text = row.deadline_text if "deadline_text" in mapped or c is None else (
        old.text if old else None)
    if not text and not row.deadline:
        return None
    return Deadline(text or "", row.deadline, row.deadline_precision)


def _target(c: Commitment | None, row: LedgerRow, mapped: set[str]) -> Target | None:
    old = c.target if c and c.target else Target()
    fields = {k: getattr(row, k) if k in mapped else getattr(old, k)
              for k in ("metric", "comparator", "value", "unit")}
    new = Target(**fields)
    return None if new == Target() else new


def _document(session: Session, row: LedgerRow, titles: dict[str, int]) -> tuple[int | None, Span]:
    """The library document a foreign row names, and the row's text found in it."""
    doc_id = titles.get(row.document or "")
    if doc_id is not None:
        span = first_span(repos.get_document(session, doc_id).text, row.quote)
        if span is not None:
            return doc_id, span
    return None, Span(0, len(row.quote), row.quote)


@dataclass
class _Plan:
    number: int
    row: LedgerRow
    existing_id: int | None
    region_code: str | None
    latest_note: str | None = None
    latest_day: date | None = None


def _resolve_region(ctx: AppContext, text: str | None, old: str | None) -> str | None:
    if not text:
        return None
    if old and ctx.gazetteer.display_name(old) == text:
        return old
    region = ctx.gazetteer.resolve(text)
    return region.code if region else ""


def plan_import(ctx: AppContext, table: LedgerTable,
                mapping: ColumnMapping | None = None) -> tuple[list[_Plan], ImportResult]:
    mapping = mapping or guess_mapping(table.headers)
    result = ImportResult(table.source)
    parsed = parse_ledger(table, mapping, default_year=ctx.today().year)
    result.rows = len(parsed.rows) + len({e.row_number for e in parsed.errors})
    result.errors = list(parsed.errors)
    result.skipped = list(parsed.skipped)
    if "quote" not in mapping.by_key:
        return [], result
    failed = {e.row_number for e in parsed.errors}
    numbers = [n for n in _row_numbers(table) if n not in failed]
    region_header = (table.headers[mapping.by_key["region"]]
                     if "region" in mapping.by_key else None)
    with ctx.db.session() as session:
        by_uuid = q.uuids_of(session, [r.uuid for r in parsed.rows if r.uuid])
        by_quote = q.ids_by_quote(session, [r.quote for r in parsed.rows if not r.uuid])
        known = list(by_uuid.values()) + [v[0] for v in by_quote.values() if len(v) == 1]
        old = {rec.id: rec for rec in q.records(session, known)}
    plans: list[_Plan] = []
    seen: dict[str, int] = {}
    for number, row in zip(numbers, parsed.rows):
        if row.uuid:
            if row.uuid in seen:
                result.errors.append(RowError(number, None, f"the UUID {row.uuid} is also on "
                                              f"row {seen[row.uuid]}"))
                continue
            seen[row.uuid] = number
            existing = by_uuid.get(row.uuid)
        else:
            matches = by_quote.get(row.quote, [])
            existing = matches[0] if len(matches) == 1 else None
        known_rec = old.get(existing) if existing is not None else None
        region = None
        if "region" in mapping.by_key:
            region = _resolve_region(ctx, row.region,
                                     known_rec.region_code if known_rec else None)
            if region == "":
                result.errors.append(RowError(number, region_header,
                                              f"unknown region “{row.region}”"))
                continue
        plans.append(_Plan(number, row, existing, region,
                           known_rec.latest_note if known_rec else None,
                           known_rec.last_update if known_rec else None))
    result.errors.sort(key=lambda e: e.row_number)   # every row's problems, in file order
    return ([] if result.errors else plans), result


def import_ledger(ctx: AppContext, path: Path, mapping: ColumnMapping | None = None, *,
                  table: LedgerTable | None = None, dry_run: bool = False) -> ImportResult:
    """Read a ledger and apply it in one transaction (nothing when any row has an error)."""
    table = table if table is not None else read_table(Path(path))
    mapping = mapping or guess_mapping(table.headers)
    plans, result = plan_import(ctx, table, mapping)
    if result.errors:
        return result
    mapped = set(mapping.by_key)
    day = ctx.today()
    # A dry run only reads (it never takes the write lock, so it never makes another
    # program wait); the import itself is one transaction, all rows or none.
    with ctx.db.session() as session:
        titles = q.documents_by_title(session)
        for plan in plans:
            _apply(ctx, session, plan, mapped, titles, day, result, write=not dry_run)
        if dry_run:
            session.rollback()
            return result
    result.written = True
    return result


_SPACES = " \u3000"


def _keep_spaces(row: LedgerRow, old: Commitment) -> LedgerRow:
    """Cells are read without the spaces around them (foreign ledgers are full of stray
    ones): where the file's text is the stored text without its spaces, the stored text
    stands, so an unedited export comes back unchanged."""
    changes: dict[str, str] = {}
    if old.quote != row.quote and old.quote.strip(_SPACES) == row.quote:
        changes["quote"] = old.quote
    if (row.notes or "") != old.notes and old.notes.strip(_SPACES) == (row.notes or ""):
        changes["notes"] = old.notes
    if not changes:
        return row
    return replace(row, quote=changes.get("quote", row.quote), notes=changes.get("notes", row.notes))


def _apply(ctx: AppContext, session: Session, plan: _Plan, mapped: set[str],
           titles: dict[str, int], day: date, result: ImportResult, write: bool = True) -> None:
    row = plan.row
    old = repos.get_commitment(session, plan.existing_id) if plan.existing_id else None
    if old is not None:
        row = _keep_spaces(row, old)
    when = row.last_update or day
    if old is None:
        doc_id, span = _document(session, row, titles)
        deadline, target = _deadline(None, row, mapped), _target(None, row, mapped)
        anchors = ([Kind.TARGET] if target else []) + ([Kind.DEADLINE] if deadline else [])
        notes = row.notes or ""
        if doc_id is None and row.document:
            notes = "\n".join(x for x in (notes, f"来源文件：{row.document}") if x)
        c = Commitment(document_id=doc_id, span=span, kind=row.kind or strongest_kind(anchors),
                       deadline=deadline, target=target, responsible=_bodies(None, row, mapped),
                       region_code=plan.region_code, origin=Origin.IMPORTED,
                       status=row.status if "status" in mapped else Status.NOT_STARTED,
                       notes=notes, themes=list(row.themes))
        if row.uuid:
            c.uuid = row.uuid
        if not write:
            result.created.append(c)
            if row.latest_progress or row.last_update:
                result.progress.append(ProgressEntry(commitment_id=None, date=when,
                                                     status=c.status,
                                                     note=row.latest_progress or ""))
            return
        if c.region_code:
            repos.ensure_regions(session, ctx.gazetteer.path(c.region_code))
        stored = repos.add_commitment(session, c, quote_key(c.span.quote))
        result.created.append(stored)
        if row.latest_progress or row.last_update:
            result.progress.append(repos.add_progress(session, ProgressEntry(
                commitment_id=stored.id, date=when, status=stored.status,
                note=row.latest_progress or "")))
        return
    new = replace(old, responsible=_bodies(old, row, mapped), deadline=_deadline(old, row, mapped),
                  target=_target(old, row, mapped))
    if "kind" in mapped and row.kind is not None:
        new.kind = row.kind
    if "region" in mapped:
        new.region_code = plan.region_code
    if "notes" in mapped:
        new.notes = row.notes or ""
    if "themes" in mapped:
        new.themes = sorted(row.themes)
    if "quote" in mapped and old.document_id is None and row.quote != old.quote:
        new.span = Span(0, len(row.quote), row.quote)
    if row.last_update is None or (plan.latest_day and row.last_update <= plan.latest_day):
        when = day   # the sheet's 更新日期 was not moved on: the change is dated today
    status_changed = "status" in mapped and row.status != old.status
    if status_changed:
        new.status = row.status
    note = row.latest_progress if "latest_progress" in mapped else None
    new_note = bool(note) and note != plan.latest_note
    edited = (new.kind != old.kind or not _same_bodies(new.responsible, old.responsible)
              or new.deadline != old.deadline or new.target != old.target
              or new.region_code != old.region_code or new.notes != old.notes
              or sorted(new.themes) != sorted(old.themes) or new.span != old.span or status_changed)
    if edited:
        if not write:
            result.updated.append((old, new))
        else:
            if new.region_code:
                repos.ensure_regions(session, ctx.gazetteer.path(new.region_code))
            after = repos.update_commitment(session, new, quote_key(new.span.quote))
            result.updated.append((old, after))
    if status_changed or new_note:
        entry = ProgressEntry(commitment_id=old.id, date=when,
                              status=new.status,
                              note=(note if new_note else "") or "")
        result.progress.append(repos.add_progress(session, entry) if write else entry)
    if not edited and not new_note:
        result.unchanged += 1


def undo_import(ctx: AppContext, result: ImportResult) -> None:
    """Take an import back out: its progress entries, its new commitments, its edits."""
    with ctx.db.session() as session:
        for entry in result.progress:
            repos.delete_progress(session, repos.stored_id(entry.id))
        for c in result.created:
            repos.delete_commitment(session, repos.stored_id(c.id))
        # each undo/redo expects the version its counterpart left (a change by someone
        # else in between is a ConflictError, not overwritten)
        for i, (before, after) in enumerate(result.updated):
            stored = repos.update_commitment(session, replace(before, version=after.version),
                                             quote_key(before.span.quote))
            result.updated[i] = (before, replace(after, version=stored.version))


def redo_import(ctx: AppContext, result: ImportResult) -> None:
    with ctx.db.session() as session:
        for c in result.created:
            repos.add_commitment(session, c, quote_key(c.span.quote))
        for i, (before, after) in enumerate(result.updated):
            result.updated[i] = (before, repos.update_commitment(
                session, after, quote_key(after.span.quote)))
        for entry in result.progress:
            repos.add_progress(session, entry)
