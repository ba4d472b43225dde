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
from typing import TYPE_CHECKING

from sqlmodel import Session

from tracker.domain.filters import CommitmentFilter
from tracker.domain.lights import Light, LightSettings, is_stale, light_of
from tracker.domain.model import Kind, Status
from tracker.domain.rules import CLOSED, days_left, is_overdue
from tracker.domain.spans import Span
from tracker.services.context import AppContext
from tracker.services.regions import region_tree
from tracker.storage import register_queries as q
from tracker.storage.register_queries import RegisterRecord

if TYPE_CHECKING:
    pass

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
    light: Light = Light.GREEN
    stale: bool = False

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
        descending: bool = False, fold: bool = False) -> list[int]:
    """Ids the filter keeps, ordered by a table column (see SORT_COLUMNS); ``fold``
    leaves out the tasks whose parent the filter keeps."""
    with ctx.db.session() as session:
        return q.ids(session, f, ctx.today(), sort, descending, text_candidates(session, f),
                     fold)


class IdPages:
    """The ids of a filter in a column's order, asked a page at a time (the table of a
    large register): ``count`` and ``page`` cost a page, not the register; ``all`` is
    ``ids``. Tasks are folded (left out where their parent is kept), as the table shows
    them with no parent unfolded. One object answers for one request: safe to ask from
    one thread at a time (the table asks its first page off the GUI thread, then the
    pages it scrolls to on it)."""

    def __init__(self, ctx: AppContext, f: CommitmentFilter, sort: str = "deadline",
                 descending: bool = False, fold: bool = True) -> None:
        """``fold``: False when the register has no tasks (nothing to leave out, and the
        pages then read the sort's index alone)."""
        self.ctx, self.filter, self.sort, self.descending = ctx, f, sort, descending
        self.fold = fold
        self.today = ctx.today()
        self._pages: q.IdPages | None = None
        self._count: int | None = None

    def _ready(self, session: Session) -> q.IdPages:
        if self._pages is None:
            self._candidates = text_candidates(session, self.filter)
            self._pages = q.IdPages(self.filter, self.today, self.sort, self.descending,
                                    self._candidates, fold=self.fold,
                                    sqlite=session.get_bind().dialect.name == "sqlite")
        return self._pages

    def known_count(self) -> int | None:
        """The row count when the tallies give it at once (the whole register); None for
        a filter (its rows are counted as the whole list is read)."""
        with self.ctx.db.session() as session:
            filtered = self._ready(session).filtered
        return None if filtered else self.count()

    def count(self) -> int:
        if self._count is None:
            with self.ctx.db.session() as session:
                self._ready(session)
                self._count = q.count_ids(session, self.filter, self.today, self._candidates,
                                          fold=self.fold)
        return self._count

    def page(self, offset: int, limit: int) -> list[int]:
        with self.ctx.db.session() as session:
            return self._ready(session).page(session, offset, limit)

    def all(self) -> list[int]:
        with self.ctx.db.session() as session:
            self._ready(session)
            return q.ids(session, self.filter, self.today, self.sort, self.descending,
                         self._candidates, fold=self.fold)


def text_candidates(session: Session, f: CommitmentFilter) -> q.TextCandidates | None:
    """The full-text index's candidates for the filter's words (None: no words, or no
    index that answers them, and the words are looked for in every row)."""
    words = (f.text or "").strip()
    if not words:
        return None
    from tracker.search import index, lookup
    from tracker.search.sources import COMMITMENTS

    if not index.is_current(session.connection()):
        return None
    return lookup.candidates_sql(COMMITMENTS, words, session.connection())


def total(ctx: AppContext) -> int:
    """Commitments in the register (from the tallies the triggers keep)."""
    with ctx.db.session() as session:
        return q.count_ids(session, CommitmentFilter(), ctx.today())


_DEFAULT_LIGHTS = LightSettings()


def make_row(ctx: AppContext, record: RegisterRecord, today: date,
             names: dict[str, str], settings: LightSettings = _DEFAULT_LIGHTS,
             registered: date | None = None) -> RegisterRow:
    """``names`` remembers the region names shown so far (code → name); ``registered`` is
    the day the commitment was registered (for staleness when it has no progress entry)."""
    code = record.region_code
    region = ""
    if code:
        region = names.get(code) or names.setdefault(code, ctx.gazetteer.display_name(code))
    status = Status(record.status)
    left = days_left(record.deadline, today)
    overdue = is_overdue(record.deadline, status, today)
    soon = (not overdue and left is not None and 0 <= left <= DUE_SOON_DAYS
            and status not in CLOSED)
    light = light_of(status, record.deadline, today, settings.due_window_days)
    stale = is_stale(status, record.last_update, registered, today, settings.stale_days)
    return RegisterRow(record, region, overdue, left, soon, light, stale)


def rows(ctx: AppContext, wanted: Sequence[int]) -> list[RegisterRow]:
    """Rows for these ids in the given order (deleted ids are left out)."""
    from tracker.services.follow import current_settings

    with ctx.db.session() as session:
        found = q.records(session, wanted)
        registered = q.registered_days(session, [r.id for r in found if r.last_update is None])
    today = ctx.today()
    names: dict[str, str] = {}
    settings = current_settings(ctx)
    return [make_row(ctx, r, today, names, settings, registered.get(r.id)) for r in found]


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
