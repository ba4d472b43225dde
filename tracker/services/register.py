"""Use cases of the commitments table (the register): which ids a filter keeps in which
order, the rows for a block of ids, the filter bar's choices, evidence files.

Designed for 100,000 commitments: ``ids`` returns ids only (SQL does the filtering and
sorting); ``rows`` loads the few hundred rows on screen.
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tracker.domain.filters import CommitmentFilter
from tracker.domain.model import Kind, Status
from tracker.domain.rules import CLOSED, days_left, is_overdue
from tracker.domain.spans import Span
from tracker.services.context import AppContext
from tracker.services.regions import region_tree
from tracker.storage import register_queries as q
from tracker.storage.register_queries import RegisterRecord

# Deadlines this close are marked in the table ("due soon").
DUE_SOON_DAYS = 30
SORT_COLUMNS = tuple(q.SORT_KEYS)


@dataclass(frozen=True)
class RegisterRow:
    """A table row: the stored record plus what is computed for today."""

    record: RegisterRecord
    region_name: str
    overdue: bool
    days_left: int | None
    due_soon: bool

    @property
    def id(self) -> int:
        return self.record.id

    @property
    def status(self) -> Status:
        return Status(self.record.status)

    @property
    def kind(self) -> Kind:
        return Kind(self.record.kind)

    @property
    def label(self) -> str:
        return self.record.title or self.record.quote


def ids(ctx: AppContext, f: CommitmentFilter = CommitmentFilter(), sort: str = "deadline",
        descending: bool = False) -> list[int]:
    """Ids the filter keeps, ordered by a table column (see SORT_COLUMNS)."""
    with ctx.db.session() as session:
        return q.ids(session, f, ctx.today(), sort, descending, text_candidates(session, f))


def text_candidates(session, f: CommitmentFilter) -> q.TextCandidates | None:
    """The full-text index's candidates for the filter's words (None: no words, or no
    index that answers them, and the words are looked for in every row)."""
    words = (f.text or "").strip()
    if not words:
        return None
    from tracker.search import index, lookup
    from tracker.search.sources import COMMITMENTS

    if not index.is_current(session.connection()):
        return None
    return lookup.candidates_sql(COMMITMENTS, words, session.connection().dialect.name)


def total(ctx: AppContext) -> int:
    with ctx.db.session() as session:
        return q.count(session)


def make_row(ctx: AppContext, record: RegisterRecord, today: date,
             names: dict[str, str]) -> RegisterRow:
    """``names`` remembers the region names shown so far (code → name)."""
    code = record.region_code
    region = ""
    if code:
        region = names.get(code) or names.setdefault(code, ctx.gazetteer.display_name(code))
    status = Status(record.status)
    left = days_left(record.deadline, today)
    overdue = is_overdue(record.deadline, status, today)
    soon = (not overdue and left is not None and 0 <= left <= DUE_SOON_DAYS
            and status not in CLOSED)
    return RegisterRow(record, region, overdue, left, soon)


def rows(ctx: AppContext, wanted: Sequence[int]) -> list[RegisterRow]:
    """Rows for these ids in the given order (deleted ids are left out)."""
    with ctx.db.session() as session:
        found = q.records(session, wanted)
    today = ctx.today()
    names: dict[str, str] = {}
    return [make_row(ctx, r, today, names) for r in found]


@dataclass(frozen=True)
class FilterChoices:
    regions: list[tuple[str, str, int]]   # (code, name, depth) in tree order
    bodies: list[str]
    themes: list[str]


def filter_choices(ctx: AppContext) -> FilterChoices:
    with ctx.db.session() as session:
        regions = q.regions_in_use(session)
        bodies = q.body_names_in_use(session)
        themes = q.theme_names_in_use(session)
    return FilterChoices(region_tree(regions), bodies, themes)


class EvidenceFileError(OSError):
    pass


def store_evidence_file(ctx: AppContext, source: Path) -> str:
    """Copy a file into the library folder; return its path relative to that folder.

    A file of the same name already there is not overwritten: the copy gets a suffix.
    """
    source = Path(source)
    if not source.is_file():
        raise EvidenceFileError(f"{source}: no such file")
    folder = ctx.library_dir / "evidence"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / source.name
    n = 1
    while target.exists():
        target = folder / f"{source.stem}-{n}{source.suffix}"
        n += 1
    try:
        shutil.copy2(source, target)
    except OSError as exc:
        raise EvidenceFileError(f"{source}: cannot copy into the library ({exc.strerror})") \
            from None
    return str(target.relative_to(ctx.library_dir))


def evidence_path(ctx: AppContext, stored: str) -> Path:
    """The absolute path of an evidence file stored by ``store_evidence_file``."""
    return ctx.library_dir / stored


def first_span(text: str, words: str) -> Span | None:
    """The first place ``words`` stand in ``text``, as a Span (None if absent)."""
    at = text.find(words)
    return None if at < 0 else Span.of(text, at, at + len(words))


def evidence_span(ctx: AppContext, doc_id: int, words: str) -> Span | None:
    """The first place ``words`` stand in a library document, as a Span (None if absent)."""
    from tracker.storage import repos

    words = words.strip()
    if not words:
        return None
    with ctx.db.session() as session:
        text = repos.get_document(session, doc_id).text
    return first_span(text, words)


def document_choices(ctx: AppContext) -> list[tuple[int, str]]:
    """(id, title) of the library's documents, for choosing evidence."""
    from tracker.storage import repos

    with ctx.db.session() as session:
        return [(d.id, d.title) for d in repos.list_documents(session)]


def record_progress(ctx: AppContext, ids: Sequence[int], status: Status, note: str = "",
                    evidence=None, on: date | None = None):
    """A progress entry for each commitment; the status changes where it differs.

    Like ``commitments.change_status`` (all or nothing, the same rules), but a commitment
    that already has ``status`` still gets an entry when there is a note or evidence: a
    progress report without a change of status. The returned StatusChanges undo with
    ``commitments.undo_status`` and redo with ``commitments.redo_status``.
    """
    from tracker.domain.model import Evidence, EvidenceKind, ProgressEntry
    from tracker.domain.rules import check_status_change
    from tracker.services.commitments import StatusChange
    from tracker.storage import repos

    evidence = evidence or Evidence()
    report = bool(note.strip()) or evidence.kind is not EvidenceKind.NONE
    day = on or ctx.today()
    changes: list[StatusChange] = []
    with ctx.db.session() as session:
        for cid in ids:
            c = repos.get_commitment(session, cid)
            if c.status == status and not report:
                continue
            if c.status != status:
                check_status_change(c.status, status, note)
            entry = repos.add_progress(session, ProgressEntry(
                commitment_id=cid, date=day, status=status, note=note, evidence=evidence))
            repos.set_status(session, cid, status)
            changes.append(StatusChange(cid, c.status, entry))
    return changes
