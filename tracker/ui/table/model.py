"""The register table model: it holds commitment ids only and loads rows in blocks.

Like anki's browser table: filtering and sorting ask the services for an ordered list of
ids (SQL does the work); ``data()`` loads the block of rows around the one asked for and
keeps a bounded cache, so 100,000 commitments cost a list of ints plus a few blocks.

A large register is paged: a request asks for the first page of ids (and the row count
when the tallies know it: the whole register), so opening or sorting a million rows costs
a page, not the table. The view then asks for the pages it shows (the ids it has not got
are None), or, when the count is not known yet (a filter), for more rows as it scrolls
down (fetchMore). The whole list follows off the GUI thread and takes the pages' place
(``complete``): positions of any id, the selection kept across a refresh, the count.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import (
    QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from tracker.domain.filters import CommitmentFilter
from tracker.domain.model import Kind, Status
from tracker.services.breakdown import Folding
from tracker.services.ledger import TABLE_COLUMNS
from tracker.services.register import RegisterRow
from tracker.ui.labels import kind_label, status_label
from tracker.ui.widgets.lights import light_icon, light_text

ID_ROLE = Qt.ItemDataRole.UserRole + 21
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 22
DUE_SOON_ROLE = Qt.ItemDataRole.UserRole + 23
ROW_ROLE = Qt.ItemDataRole.UserRole + 24

# Column keys (also the services' sort keys and the ledger's column keys), in table order.
COLUMNS = TABLE_COLUMNS
BLOCK = 200
MAX_CACHED = 5000

OVERDUE_TEXT = QColor("#b3261e")
OVERDUE_BACKGROUND = QColor("#fde7e6")
DUE_SOON_BACKGROUND = QColor("#fff1c2")

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
IdsProvider = Callable[[str, bool], list[int]]
RowLoader = Callable[[Sequence[int]], list[RegisterRow]]
PAGE = 200          # ids asked at a time by a paged model
# A paged request's whole list is asked this long after its first page came (off the GUI
# thread only): a burst of keystrokes or header clicks does not start a million-id read
# for each request it replaces.
ALL_AFTER_MS = 400
# Runs a query off the GUI thread and hands its result to the callback there; False when
# the query is better answered at once (a small register). The third argument names the
# part of a request ("ids": what is shown first, "all": the whole list after a page).
Background = Callable[..., bool]


class Pages(Protocol):
    """The ids of one request a page at a time (tracker.services.register.IdPages)."""

    filter: CommitmentFilter
    sort: str
    descending: bool
    fold: bool

    def known_count(self) -> int | None: ...

    def count(self) -> int: ...

    def page(self, offset: int, limit: int) -> list[int]: ...

    def all(self) -> list[int]: ...


class RegisterModel(QAbstractTableModel):
    # The whole list of a paged request has taken the pages' place (every position known)
    completed = Signal()

    def __init__(self, ids_provider: IdsProvider, row_loader: RowLoader, parent=None,
                 background: Background | None = None,
                 request: Callable[[str, bool], Callable[[], list[int]]] | None = None,
                 pages: Callable[[str, bool], Pages | None] | None = None) -> None:
        """``request(sort, descending)`` reads the filter (on the GUI thread) and returns
        the query to run; with ``background`` that query may run off the GUI thread, and
        only the newest request's answer is shown. ``pages(sort, descending)``, when it
        gives a Pages (a large register), makes the request paged."""
        super().__init__(parent)
        self._request = request or (lambda sort, desc: lambda: ids_provider(sort, desc))
        self._pages_for = pages
        self._background = background
        self._generation = 0          # requests made
        self._shown_generation = 0    # the request whose answer is shown
        self._load = row_loader
        self.ids: list[int | None] = []   # None: a paged position not asked yet
        self.pages: Pages | None = None   # the shown request's, while it is paged
        self.complete = True          # every id of the shown request is in ids
        self.counted = True           # len(ids) is the shown request's row count
        self._cache: OrderedDict[int, RegisterRow] = OrderedDict()
        self._positions: dict[int, int] | None = None
        self._asked: set[int] = set()  # pages (their first rows) asked off the GUI thread
        self.sort_key = "deadline"
        self.descending = False
        self.loaded = False
        self._bold = QFont()
        self._bold.setBold(True)
        # breakdowns (责任分解): which rows are tasks of which parent, and the parents
        # whose tasks are shown (unfolded) below them; set by the page with the ids
        self.folding = Folding()
        self.expanded: set[int] = set()

    # ------------------------------------------------------------------ loading
    def refresh(self) -> None:
        """Ask for the ids again (filter or sort changed, or rows came and went)."""
        pages = self._pages_for(self.sort_key, self.descending) if self._pages_for else None
        if pages is not None:
            self._refresh_paged(pages)
            return
        query = self._request(self.sort_key, self.descending)
        self._generation += 1
        generation = self._generation

        def answered(ids: list[int]) -> None:
            if generation == self._generation:   # a newer request replaced this one
                self._show(ids)

        if self._background is None or not self._background(query, answered):
            self._show(query())

    def _run(self, query: Callable[[], object], answered: Callable[[object], None],
             part: str) -> bool:
        """Run a query (off the GUI thread when the background takes it: True)."""
        if self._background is None or not self._background(query, answered, part):
            answered(query())
            return False
        return True

    def _refresh_paged(self, pages: Pages) -> None:
        """The first page (and the count when known) first, the whole list after it."""
        self._generation += 1
        generation = self._generation
        off_gui: list[bool] = []   # set once the first page went off the GUI thread

        def first() -> tuple[int | None, list[int]]:
            return pages.known_count(), pages.page(0, PAGE)

        def answered(result: object) -> None:
            if generation != self._generation:
                return
            count, ids = result  # type: ignore[misc]
            self._show_page(pages, count, ids)
            if self.complete:
                return
            if off_gui:
                QTimer.singleShot(ALL_AFTER_MS, self, ask_all)
            else:
                ask_all()

        def ask_all() -> None:
            if generation == self._generation and self.pages is pages:
                self._run(pages.all, whole, "all")

        def whole(ids: object) -> None:
            if generation == self._generation and self.pages is pages:
                self._complete(ids)  # type: ignore[arg-type]

        if self._run(first, answered, "ids"):
            off_gui.append(True)

    @property
    def pending(self) -> bool:
        """True while a request runs off the GUI thread (the rows shown are older)."""
        return self._generation != self._shown_generation

    def _show(self, ids: list[int]) -> None:
        self._shown_generation = self._generation
        self.loaded = True
        self.beginResetModel()
        self.ids = list(ids)
        self.pages = None
        self._asked.clear()
        self.complete = self.counted = True
        self._cache.clear()
        self._positions = None
        self.endResetModel()

    def _show_page(self, pages: Pages, count: int | None, first: list[int]) -> None:
        self._shown_generation = self._generation
        self.loaded = True
        self.beginResetModel()
        self.pages = pages
        self._asked.clear()
        whole = len(first) < PAGE or count == len(first)
        self.complete = whole
        self.counted = whole or count is not None
        self.ids = list(first)
        if count is not None and count > len(first):
            self.ids += [None] * (count - len(first))
        self._cache.clear()
        self._positions = None if whole else {cid: n for n, cid in enumerate(first)}
        self.endResetModel()

    def _complete(self, ids: list[int]) -> None:
        """The whole list of the shown paged request: it takes the pages' place, quietly
        where it agrees with them (a reset where the register changed meanwhile)."""
        known = self._positions or {}
        if not all(at < len(ids) and ids[at] == cid for cid, at in known.items()) or (
                self.counted and len(ids) != len(self.ids)):
            self._show(ids)
            self.completed.emit()
            return
        more = len(ids) - len(self.ids)
        if more > 0:
            self.beginInsertRows(_ROOT, len(self.ids), len(ids) - 1)
        self.ids = list(ids)
        self.complete = self.counted = True
        self._positions = None
        self._asked.clear()
        if more > 0:
            self.endInsertRows()
        elif self.ids:   # the pages' holes now hold ids: their rows can be painted
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.ids) - 1, len(COLUMNS) - 1))
        self.completed.emit()

    def _fill(self, row: int) -> None:
        """Ask for the page holding this row (a paged model's hole): off the GUI thread
        when the background takes it (the rows stay blank until it comes: a jump deep
        into a million rows never freezes the window), else at once."""
        pages = self.pages
        assert pages is not None
        start = row - row % PAGE
        if start in self._asked:
            return

        def got(ids: object) -> None:
            if self.pages is not pages or self.complete:
                return   # another request is shown now, or the whole list came
            self._asked.discard(start)
            self._put(start, ids)  # type: ignore[arg-type]
            end = min(start + PAGE, len(self.ids)) - 1
            if end >= start:
                self.dataChanged.emit(self.index(start, 0), self.index(end, len(COLUMNS) - 1))

        self._asked.add(start)
        if self._background is None or not self._background(
                lambda: pages.page(start, PAGE), got, f"page {start}"):
            self._asked.discard(start)
            self._put(start, pages.page(start, PAGE))

    def _put(self, start: int, got: list[int]) -> None:
        positions = self._positions if self._positions is not None else {}
        for n, cid in enumerate(got, start):
            if n < len(self.ids):
                self.ids[n] = cid
                positions[cid] = n
        self._positions = positions

    # rows of a filter whose count is not known yet: more as the view scrolls down
    def canFetchMore(self, parent: Index = _ROOT) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and not self.counted and self.pages is not None

    def fetchMore(self, parent: Index = _ROOT) -> None:  # noqa: N802 - Qt API
        if not self.canFetchMore(parent):
            return
        assert self.pages is not None
        got = self.pages.page(len(self.ids), PAGE)
        if len(got) < PAGE:
            self.counted = True   # the end: every row is here (the whole list may follow)
        if not got:
            return
        start = len(self.ids)
        self.beginInsertRows(_ROOT, start, start + len(got) - 1)
        self.ids += got
        positions = self._positions if self._positions is not None else {}
        positions.update((cid, n) for n, cid in enumerate(got, start))
        self._positions = positions
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key, descending = COLUMNS[column], order == Qt.SortOrder.DescendingOrder
        if self.loaded and (key, descending) == (self.sort_key, self.descending):
            return  # QTableView asks twice per header click; the ids are in this order
        self.sort_key, self.descending = key, descending
        if not self.loaded:
            return  # the first refresh() will sort
        self.refresh()

    def position(self, commitment_id: int) -> int | None:
        """The row of a commitment (of a paged model: among the pages asked so far)."""
        if self._positions is None:
            self._positions = {cid: n for n, cid in enumerate(self.ids) if cid is not None}
        return self._positions.get(commitment_id)

    def row_at(self, row: int) -> RegisterRow | None:
        cid = self.id_at(row)
        if cid is None:
            return None
        found = self._cache.get(cid)
        if found is None:
            start = max(0, row - BLOCK // 4)
            block = [i for i in self.ids[start:start + BLOCK]
                     if i is not None and i not in self._cache]
            for loaded in self._load(block):
                self._cache[loaded.id] = loaded
            while len(self._cache) > MAX_CACHED:
                self._cache.popitem(last=False)
            found = self._cache.get(cid)
        return found

    def reload_rows(self, ids: Sequence[int]) -> None:
        """Rows whose content changed (a status, a note): load them again, repaint them."""
        fresh = {r.id: r for r in self._load([i for i in ids if self.position(i) is not None])}
        for cid in ids:
            at = self.position(cid)
            if at is None:
                continue
            if cid in fresh:
                self._cache[cid] = fresh[cid]
            else:
                self._cache.pop(cid, None)
            self.dataChanged.emit(self.index(at, 0), self.index(at, len(COLUMNS) - 1))

    def id_at(self, row: int, wait: bool = False) -> int | None:
        """The id at a row; a paged model's row not asked yet is asked (``wait``: at once,
        for what acts on the rows, such as the selection's ids)."""
        if not 0 <= row < len(self.ids):
            return None
        if self.ids[row] is None and self.pages is not None:
            if wait:
                start = row - row % PAGE
                self._put(start, self.pages.page(start, PAGE))
            else:
                self._fill(row)
        return self.ids[row]

    # ------------------------------------------------------------------ Qt model API
    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.header_text(COLUMNS[section])
        return None

    def header_text(self, key: str) -> str:
        return {
            "quote": self.tr("Commitment"), "kind": self.tr("Kind"), "region": self.tr("Region"),
            "lead": self.tr("Lead body"), "deadline": self.tr("Deadline"),
            "days_left": self.tr("Days left"), "status": self.tr("Status"),
            "last_update": self.tr("Last update"), "document": self.tr("Document"),
            "themes": self.tr("Themes"), "light": self.tr("Light"),
        }[key]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == ID_ROLE:
            return self.id_at(index.row())
        row = self.row_at(index.row())
        if row is None:
            if (role == Qt.ItemDataRole.DisplayRole and index.column() == 0
                    and self.pages is not None and index.row() < len(self.ids)):
                return "…"   # a page being read off the GUI thread
            return None
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, key)
        if role == OVERDUE_ROLE:
            return row.overdue
        if role == DUE_SOON_ROLE:
            return row.due_soon
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DecorationRole and key == "light":
            return light_icon(row.light)
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue:
            return QBrush(OVERDUE_TEXT)
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.overdue and key in ("deadline", "days_left", "status"):
                return QBrush(OVERDUE_BACKGROUND)
            if row.due_soon and key in ("deadline", "days_left"):
                return QBrush(DUE_SOON_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole and (
                (row.overdue and key in ("days_left", "status"))
                or (row.due_soon and key == "days_left")):
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "days_left":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def display(self, row: RegisterRow, key: str) -> str:
        r = row.record
        if key == "quote":
            return self._folded_label(row)
        if key == "kind":
            return kind_label(Kind(r.kind))
        if key == "region":
            return row.region_name
        if key == "lead":
            return "；".join(r.lead or r.support)
        if key == "deadline":
            return r.deadline.isoformat() if r.deadline else (r.deadline_text or "")
        if key == "days_left":
            return self.days_text(row)
        if key == "status":
            text = status_label(Status(r.status))
            return self.tr("%1 · overdue").replace("%1", text) if row.overdue else text
        if key == "last_update":
            return r.last_update.isoformat() if r.last_update else ""
        if key == "document":
            return r.document_title or ""
        if key == "themes":
            return "；".join(r.themes)
        if key == "light":
            return light_text(row.light, row.stale)
        return ""

    def _folded_label(self, row: RegisterRow) -> str:
        """▸ a parent with its tasks folded (▾ unfolded) and how many are achieved; a task
        shown under its parent is indented."""
        label = row.label.replace("\n", " ")
        f = self.folding
        if f.is_parent(row.id):
            done, total = f.progress.get(row.id, (0, 0))
            arrow = "▾" if row.id in self.expanded else "▸"
            tasks = self.tr("%1/%2 tasks achieved").replace("%1", str(done)) \
                .replace("%2", str(total))
            return f"{arrow} 〔{tasks}〕{label}"
        parent = f.parent.get(row.id)
        if parent is not None and parent in self.expanded:
            return f"　　└ {label}"
        return label

    def days_text(self, row: RegisterRow) -> str:
        left = row.days_left
        if left is None:
            return ""
        if row.status in (Status.ACHIEVED, Status.SUPERSEDED):
            return ""
        if left < 0:
            return self.tr("%1 days overdue").replace("%1", str(-left))
        if left == 0:
            return self.tr("due today")
        return self.tr("%1 days left").replace("%1", str(left))

    def _tooltip(self, row: RegisterRow, key: str) -> str | None:
        r = row.record
        if key == "quote":
            return r.quote
        if key == "deadline" and r.deadline_text:
            return r.deadline_text
        if key == "lead" and r.support:
            return self.tr("Lead: %1\nSupporting: %2").replace("%1", "；".join(r.lead)) \
                .replace("%2", "；".join(r.support))
        if key == "last_update" and r.latest_note:
            return r.latest_note
        if key == "light" and row.stale:
            return self.tr("No progress reported for a long time (see the reminders' "
                           "settings)")
        return None
