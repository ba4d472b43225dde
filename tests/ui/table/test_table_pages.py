"""A large register's table is paged (tracker/ui/table/model.py): a request shows its first
page of ids at once (with the row count when the tallies know it), the view asks for the
pages it shows, a filter's rows come as the view scrolls down, and the whole list follows
off the GUI thread and takes the pages' place, keeping the selection. Here the register is
the small one, paged two ids at a time, and the tasks off the GUI thread are run by hand."""

from __future__ import annotations

import csv
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tracker.domain.filters import CommitmentFilter
from tracker.domain.model import Status
from tracker.services import commitments, ledger, register
from tracker.services.changes import Changes
from tracker.ui.table.model import COLUMNS

from tests.services.register_fixtures import build_register


@pytest.fixture
def paged(window, monkeypatch):
    """(page, tasks): the table page, paged; tasks started off the GUI thread wait in
    `tasks` as (part, function, on_done) until the test runs them."""
    from tracker.ui.table import model as model_module
    from tracker.ui.table import page as page_module

    monkeypatch.setattr(page_module, "PAGED_ABOVE", 0)
    monkeypatch.setattr(page_module, "BACKGROUND_ABOVE", 0)
    monkeypatch.setattr(model_module, "PAGE", 2)
    page = next(p for p in window.pages if p.page_name == "table")
    tasks: list = []
    real = page.ui.tasks.start

    def start(fn, *args, **kw):
        key = kw.get("key")
        if isinstance(key, tuple) and key[0] == id(page):
            # as the runner does: a newer task of a key drops the older one
            tasks[:] = [t for t in tasks if t[0] != key[1]]
            tasks.append((key[1], fn, kw["on_done"]))
        else:
            real(fn, *args, **kw)

    monkeypatch.setattr(page.ui.tasks, "start", start)
    page.ids_ = build_register(window.ui.services)
    window.ui.events.changed.emit(Changes.reload())
    page.bring_to_front()
    return page, tasks


def take(tasks: list, part: str):
    """The oldest waiting task of this part, taken off the list; a whole list is asked a
    moment after its first page (model.ALL_AFTER_MS): events are processed until then."""
    deadline = time.monotonic() + 5
    while not any(t[0] == part for t in tasks) and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    return tasks.pop(next(n for n, t in enumerate(tasks) if t[0] == part))


def run(tasks: list, part: str) -> None:
    """Run the oldest waiting task of this part."""
    _part, fn, done = take(tasks, part)
    done(fn())


def ids_of(page, sort: str, descending: bool = False, f=CommitmentFilter()) -> list[int]:
    return register.ids(page.services, f, sort, descending)


def test_a_sort_shows_its_first_page_then_the_whole_list_takes_its_place(paged):
    page, tasks = paged
    run(tasks, "ids")
    run(tasks, "all")
    page.select_ids([page.ids_[4]])
    page.view.sortByColumn(COLUMNS.index("quote"), Qt.SortOrder.AscendingOrder)
    want = ids_of(page, "quote")
    assert page.ids_[4] not in want[:2]
    assert page.model.pending and [t[0] for t in tasks if not t[0].startswith("page")] == [
        "ids"]
    run(tasks, "ids")
    model = page.model
    assert model.pages is not None and not model.complete and model.counted
    assert model.rowCount() == 5 and model.ids[:2] == want[:2]
    assert page.count.text() == "显示 5 条，共 5 条承诺"
    # the kept selection is beyond the first page: placed when the whole list comes
    run(tasks, "all")
    assert model.complete and model.ids == want
    assert page.selected_ids() == [page.ids_[4]]
    assert page.detail.row.id == page.ids_[4]


def test_the_rows_the_view_shows_are_asked_a_page_at_a_time(paged):
    page, tasks = paged
    run(tasks, "ids")
    run(tasks, "all")
    page.view.sortByColumn(COLUMNS.index("lead"), Qt.SortOrder.DescendingOrder)
    want = ids_of(page, "lead", True)
    run(tasks, "ids")
    model = page.model
    assert model.ids[2:] == [None] * 3
    # a row not asked yet: its page is read off the GUI thread, the row blank until it
    # comes (then repainted)
    assert model.index(4, 0).data(Qt.ItemDataRole.DisplayRole) == "…"
    assert model.index(4, 1).data(Qt.ItemDataRole.DisplayRole) is None
    assert model.id_at(4) is None and [t[0] for t in tasks].count("page 4") == 1
    changed = []
    model.dataChanged.connect(lambda a, b: changed.append((a.row(), b.row())))
    run(tasks, "page 4")
    assert changed == [(4, 4)] and model.ids[4] == want[4]
    assert model.index(4, 0).data(Qt.ItemDataRole.DisplayRole)
    page.view.selectRow(2)      # a row not asked yet, acted on: asked at once
    assert page.selected_ids() == [want[2]]
    assert model.id_at(3) == want[3] and model.position(want[3]) == 3


def test_the_newest_request_wins_also_over_an_older_whole_list(paged):
    page, tasks = paged
    run(tasks, "ids")
    page.view.sortByColumn(COLUMNS.index("status"), Qt.SortOrder.AscendingOrder)
    run(tasks, "ids")
    older = take(tasks, "all")
    page.view.sortByColumn(COLUMNS.index("status"), Qt.SortOrder.DescendingOrder)
    run(tasks, "ids")
    older[2](older[1]())          # the ascending whole list, late (not cancelled): dropped
    assert page.model.ids[:2] == ids_of(page, "status", True)[:2]
    assert not page.model.complete
    run(tasks, "all")
    assert page.model.ids == ids_of(page, "status", True)


def test_a_filters_rows_come_as_the_view_scrolls_then_are_counted(paged):
    page, tasks = paged
    run(tasks, "ids")
    run(tasks, "all")
    page.filters.text.setText("水")
    page.filters._now()
    run(tasks, "ids")
    want = ids_of(page, "deadline", f=CommitmentFilter(text="水"))
    model = page.model
    assert len(want) == 3
    assert not model.counted and model.ids == want[:2] and model.canFetchMore()
    assert page.count.text() == "显示至少 2 条，共 5 条承诺（正在计数…）"
    model.fetchMore()                            # less than a page: the end
    assert model.ids == want and model.counted and not model.canFetchMore()
    run(tasks, "all")
    assert model.complete and model.ids == want
    assert page.count.text() == "显示 3 条，共 5 条承诺"


def test_export_of_the_rows_shown_follows_the_paged_request(paged, tmp_path):
    page, tasks = paged
    run(tasks, "ids")
    run(tasks, "all")
    page.view.sortByColumn(COLUMNS.index("document"), Qt.SortOrder.DescendingOrder)
    page.filters.text.setText("水")
    page.filters._now()
    run(tasks, "ids")          # the whole list not come yet
    rows = page.shown_rows()
    assert rows["filter"] == CommitmentFilter(text="水") and rows["sort"] == "document"
    assert page.shown_ids() == ids_of(page, "document", True, CommitmentFilter(text="水"))
    assert page.shown_count() == 3
    out = tmp_path / "shown.csv"
    assert ledger.export_ledger(page.services, out, "csv", **rows) == 3
    with out.open(encoding="utf-8-sig") as handle:
        uuids = [r[0] for r in list(csv.reader(handle))[1:]]
    want = [commitments.get(page.services, cid).uuid for cid in page.shown_ids()]
    assert uuids == want


def test_a_change_elsewhere_refreshes_a_paged_table(paged, qtbot):
    page, tasks = paged
    run(tasks, "ids")
    run(tasks, "all")
    cid = page.ids_[3]
    commitments.change_status(page.services, [cid], Status.ACHIEVED, note="完成")
    page.ui.events.changed.emit(Changes.reload())
    run(tasks, "ids")
    run(tasks, "all")
    at = page.model.position(cid)
    assert page.model.row_at(at).status is Status.ACHIEVED
