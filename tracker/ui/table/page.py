"""The commitments table page: every commitment across all documents, filtered and
sorted in SQL (ids only), a detail pane with the progress timeline, status changes with
evidence for one row or several, undo, export and ledger import.

The filter, the sort and the column layout are kept in the settings (table/…), so they
survive a restart. The overview page's drill-down arrives as ``show_commitments``.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication, QEvent, QItemSelection, QItemSelectionModel, QModelIndex, Qt, QUrl,
)
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton, QSplitter,
    QStackedWidget, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from tracker.ui.actions import make_action
from tracker.ui.actions import retranslate as retranslate_actions
from tracker.domain.filters import CommitmentFilter
from tracker.domain.model import Evidence, EvidenceKind, Status
from tracker.services import baselines, breakdown, commitments, register
from tracker.services.changes import Changes
from tracker.services.operations import AddTasks, ChangeStatus
from tracker.services.register import EvidenceFileError, RegisterRow
from tracker.ui.context import UiContext
from tracker.ui import operations
from tracker.ui.table.commands import status_text
from tracker.ui.table.detail import DetailPane
from tracker.ui.table.filters import RegisterFilters
from tracker.ui.table.followup import CLOSING_KEY, closing_needs_evidence
from tracker.ui.table.model import COLUMNS, PAGE, RegisterModel
from tracker.ui.table.status_dialog import StatusDialog, StatusRequest

FILTER_KEY = "table/filter"
SORT_KEY = "table/sort"
HEADER_KEY = "table/header"
SPLITTER_KEY = "table/splitter"
KEEP_SELECTED = 1000  # selected rows kept selected across a filter or sort change
# Registers of at least this many commitments are queried off the GUI thread.
BACKGROUND_ABOVE = 50_000
# ... and asked a page of ids at a time (the model's paged requests)
PAGED_ABOVE = 50_000
WIDTHS = {"quote": 420, "kind": 50, "region": 110, "lead": 130, "deadline": 90,
          "days_left": 90, "status": 130, "last_update": 90, "document": 220, "themes": 80,
          "light": 124}


class TablePage(QWidget):
    page_name = "table"

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.services = ui.services
        self.read_only = False  # a read-only member (tracker/ui/team/readonly.py)
        gaz = ui.services.gazetteer
        self.filters = RegisterFilters(lambda code: gaz.display_name(code) if code else "", self)
        self.model = RegisterModel(self._ids, lambda ids: register.rows(self.services, ids), self,
                                   background=self._in_background, request=self._request,
                                   pages=self._pages)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(
            self.view.fontMetrics().height() + 10)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        for n, key in enumerate(COLUMNS):
            self.view.setColumnWidth(n, WIDTHS[key])
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.column_actions: list[QAction] = []
        for n, _key in enumerate(COLUMNS):
            action = QAction(header)
            action.setCheckable(True)
            action.setChecked(True)
            action.setEnabled(n != 0)          # the commitment itself always shows
            action.toggled.connect(lambda on, n=n: self._show_column(n, on))
            header.addAction(action)
            self.column_actions.append(action)
        self.view.activated.connect(self._activated)
        self.view.doubleClicked.connect(self._activated)

        self.detail = DetailPane(self)
        self.detail.open_span.connect(self.ui.events.open_document.emit)
        self.detail.open_file.connect(self._open_evidence_file)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)   # the table gets the width
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([600, 200])

        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.empty)

        self.count = QLabel(self)
        self.status_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.import_button = QPushButton(self)
        self.history_button = QPushButton(self)
        bar = QHBoxLayout()
        bar.addWidget(self.count, 1)
        bar.addWidget(self.history_button)
        bar.addWidget(self.status_button)
        bar.addWidget(self.export_button)
        bar.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

        self.act_status = make_action(self, "table.status", self.change_status)
        self.act_export = make_action(self, "table.export", self.export)
        self.act_import = make_action(self, "table.import", self.import_ledger)
        self.act_filter = make_action(self, "table.filter", self.focus_filter)
        # follow-up (issue 17): breakdowns folded in the table, progress rounds, 销号
        self.act_expand = make_action(self.view, "table.unfold",
                                      lambda: self.fold_current(open_=True))
        self.act_collapse = make_action(self.view, "table.fold",
                                        lambda: self.fold_current(open_=False))
        self.act_breakdown = make_action(self, "table.breakdown", self.break_down)
        self.act_round = make_action(self, "table.round", self.progress_round)
        self.act_closing = QAction(self)
        self.act_closing.setCheckable(True)
        self.act_closing.setChecked(closing_needs_evidence(ui))
        self.act_closing.toggled.connect(lambda on: ui.settings.setValue(CLOSING_KEY, on))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (self.act_status, self.act_breakdown):
            self.view.addAction(action)
        self.act_history = make_action(self, "table.history", self.show_history)
        self.history_button.clicked.connect(self.show_history)
        self.status_button.clicked.connect(self.change_status)
        self.export_button.clicked.connect(self.export)
        self.import_button.clicked.connect(self.import_ledger)

        self._restore_settings()
        self.view.horizontalHeader().setSortIndicator(
            COLUMNS.index(self.model.sort_key),
            Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.model.completed.connect(self._completed)
        self.model.dataChanged.connect(self._rows_came)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.filters.changed.connect(self._filter_changed)
        header.sortIndicatorChanged.connect(lambda *_: self._save_sort())

        ev = ui.events
        ev.changed.connect(self._changed)
        ev.show_commitments.connect(self.show_filter)
        ev.language_changed.connect(self._language_changed)
        self.retranslate()
        self._reload_all()

    # ------------------------------------------------------------------ page protocol
    def page_title(self) -> str:
        return self.tr("Commitments")

    def menu_actions(self) -> list[QAction]:
        return [self.act_status, self.act_history, self.act_export, self.act_import,
                self.act_breakdown, self.act_round, self.act_closing]

    def bring_to_front(self) -> None:
        widget = self.parentWidget()
        while widget is not None and not isinstance(widget, QTabWidget):
            widget = widget.parentWidget()
        if widget is not None:
            widget.setCurrentWidget(self)

    def focus_filter(self) -> None:
        self.bring_to_front()
        self.filters.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.text.selectAll()

    # ------------------------------------------------------------------ loading
    def _ids(self, sort: str, descending: bool) -> list[int]:
        return self._request(sort, descending)()

    def _request(self, sort: str, descending: bool):
        """The query of ids for the filter as it is now (read here, on the GUI thread),
        with the tasks of broken-down commitments folded under their parents."""
        f = self.filters.value()
        folding = breakdown.folding(self.services)   # the tasks only (an index range)
        self.model.folding = folding
        self.model.expanded &= set(folding.children)
        expanded = frozenset(self.model.expanded)
        return lambda: breakdown.fold(register.ids(self.services, f, sort, descending), folding,
                                      expanded)

    def _pages(self, sort: str, descending: bool) -> register.IdPages | None:
        """A large register's request, asked a page at a time (None: the whole list at
        once, for a small register or with a breakdown unfolded)."""
        if getattr(self, "_total", 0) < PAGED_ABOVE:
            return None
        folding = breakdown.folding(self.services)   # the tasks only (an index range)
        self.model.folding = folding
        self.model.expanded &= set(folding.children)
        if self.model.expanded:   # unfolded tasks follow their parent: the whole list
            return None
        return register.IdPages(self.services, self.filters.value(), sort, descending,
                                fold=bool(folding.parent))

    def _in_background(self, query, answered, part: str = "ids") -> bool:
        """Large registers are asked off the GUI thread (typing stays fluid; the newest
        request's answer is shown); small ones answer at once, without a repaint later.
        A paged request's whole list ("all") follows its first page ("ids"); a new
        request drops the older one's."""
        if getattr(self, "_total", 0) < BACKGROUND_ABOVE:
            return False
        if part == "ids":
            self.ui.tasks.cancel((id(self), "all"))
        self.ui.tasks.start(query, key=(id(self), part), on_done=answered)
        return True

    def refresh(self) -> None:
        """Ask for the ids again (the selection is kept where its rows stay)."""
        self.model.refresh()

    def _remember_selection(self) -> None:
        self._kept = (self.selected_ids()[:KEEP_SELECTED], self.current_id())

    def _restore_selection(self) -> None:
        kept, current = getattr(self, "_kept", ([], None))
        self._unplaced: tuple[list[int], int | None, list[int]] | None = None
        if kept:
            self.select_ids(kept, current)
            placed = self.selected_ids()
            if not self.model.complete and (len(placed) < len(kept) or (
                    current is not None and self.current_id() != current)):
                # rows beyond the pages asked so far: selected when the whole list comes
                self._unplaced = (kept, current, placed)
        self._update_count()
        self._selection_changed()

    def _rows_came(self, top: QModelIndex, bottom: QModelIndex) -> None:
        """A page of a paged model came: the detail of a row selected on it, blank until
        then, is shown."""
        if self.model.pages is None or self.model.complete:
            return
        current = self.view.currentIndex()
        if current.isValid() and top.row() <= current.row() <= bottom.row():
            self._selection_changed()

    def _completed(self) -> None:
        """A paged request's whole list came: the count, and the kept selection's rows
        that were not among the first pages (unless the user has chosen others since)."""
        unplaced, self._unplaced = getattr(self, "_unplaced", None), None
        if unplaced is not None and self.selected_ids() == unplaced[2]:
            self.select_ids(unplaced[0], unplaced[1])
        self._update_count()

    def _reload_all(self) -> None:
        self.filters.set_choices(register.filter_choices(self.services))
        self._total = register.total(self.services)
        self.refresh()

    def _filter_changed(self) -> None:
        self.ui.settings.setValue(FILTER_KEY, json.dumps(self.filters.value().to_dict(),
                                                         ensure_ascii=False))
        self.refresh()

    def show_filter(self, data: dict) -> None:
        """The overview's drill-down: show the commitments of this filter."""
        self.filters.set_value(CommitmentFilter.from_dict(data))
        self.bring_to_front()

    def _changed(self, changes: Changes) -> None:
        if changes.concerns_documents():   # titles, or a document gone: reload all
            self._reload_all()
        elif changes.concerns_commitments():
            self._commitments_changed(sorted(changes.commitments.ids))

    def _commitments_changed(self, ids: list) -> None:
        if not ids or any(self.model.position(i) is None for i in ids):
            self._reload_all()
            return
        self.model.reload_rows(ids)
        if any(self.model.row_at(self.model.position(i)) is None for i in ids):
            self._reload_all()  # some were deleted
            return
        self._selection_changed()

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        total = getattr(self, "_total", shown)
        if total == 0:
            self.empty.setText(self.tr(
                "No commitments yet.\n\nTag them in the reader, accept suggestions there, or "
                "import a ledger (Ctrl+Shift+L)."))
            self.stack.setCurrentWidget(self.empty)
        elif shown == 0:
            self.empty.setText(self.tr("No commitment matches these filters.\n\nClear a "
                                       "filter to see more."))
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentWidget(self.splitter)
        text = (self.tr("%1 of %2 commitments") if self.model.counted else
                self.tr("At least %1 of %2 commitments (counting…)"))
        self.count.setText(text.replace("%1", str(shown)).replace("%2", str(total)))

    # ------------------------------------------------------------------ selection
    def selected_ids(self) -> list[int]:
        """The selected rows' ids (of a paged model's rows not asked yet: asked now; many
        of them, as with everything selected: the whole list at once)."""
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        model = self.model
        if model.pages is not None and not model.complete and \
                sum(model.ids[r] is None for r in rows) > 10 * PAGE:
            every = model.pages.all()
            return [every[r] for r in rows if r < len(every)]
        return [cid for cid in (model.id_at(r, wait=True) for r in rows) if cid is not None]

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.id_at(index.row(), wait=True) if index.isValid() else None

    def select_ids(self, ids: list[int], current: int | None = None) -> None:
        """Select these commitments' rows (one selection change) and show the first."""
        rows = sorted(at for at in (self.model.position(cid) for cid in ids) if at is not None)
        selection = QItemSelection()
        last = len(COLUMNS) - 1
        for at in rows:
            selection.select(self.model.index(at, 0), self.model.index(at, last))
        sm = self.view.selectionModel()
        sm.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        focus = self.model.position(current) if current is not None else None
        if focus is None and rows:
            focus = rows[0]
        if focus is not None:
            sm.setCurrentIndex(self.model.index(focus, 0),
                               QItemSelectionModel.SelectionFlag.NoUpdate)
            self.view.scrollTo(self.model.index(focus, 0))

    def _selection_changed(self) -> None:
        ids = self.selected_ids()
        self.act_status.setEnabled(bool(ids) and not self.read_only)
        self.status_button.setEnabled(bool(ids) and not self.read_only)
        self.act_history.setEnabled(len(ids) == 1)
        self.history_button.setEnabled(len(ids) == 1)
        if len(ids) != 1:
            self.detail.show_row(None, [], len(ids))
            return
        at = self.model.position(ids[0])
        row: RegisterRow | None = self.model.row_at(at) if at is not None else None
        extra = []
        if row is not None:
            from tracker.ui.i18n import saved_language

            lang = "en" if saved_language(self.ui.settings) == "en" else "zh"
            base = baselines.baseline_text(self.services, ids[0], lang)
            if base:
                extra.append((self.tr("Baseline → target"), base))
            f = self.model.folding
            if f.is_parent(ids[0]):
                done, total = f.progress.get(ids[0], (0, 0))
                extra.append((self.tr("Tasks"), self.tr("%1/%2 tasks achieved (+ to unfold)")
                              .replace("%1", str(done)).replace("%2", str(total))))
        self.detail.show_row(row, commitments.progress(self.services, ids[0]) if row else [],
                             extra=extra)

    def _activated(self, index: QModelIndex) -> None:
        cid = self.model.id_at(index.row())
        if cid is not None:
            self.ui.events.open_commitment.emit(cid)

    def _open_evidence_file(self, stored: str) -> None:
        path = register.evidence_path(self.services, stored)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    # ------------------------------------------------------------------ breakdowns
    def fold_current(self, open_: bool) -> None:
        """Unfold (+) or fold (-) the tasks of the current row's commitment (or of the
        parent of the current task)."""
        cid = self.current_id()
        if cid is None:
            return
        f = self.model.folding
        parent = cid if f.is_parent(cid) else f.parent.get(cid)
        if parent is None or (parent in self.model.expanded) == open_:
            return
        if open_:
            self.model.expanded.add(parent)
        else:
            self.model.expanded.discard(parent)
        self.refresh()
        self.select_ids([parent])

    def break_down(self) -> None:
        from tracker.ui.table.followup import BreakdownDialog

        cid = self.current_id()
        if cid is None:
            return
        if self.model.folding.parent.get(cid) is not None:
            self.message(self.tr("Break down into tasks"),
                         self.tr("This is a task of a broken-down commitment; break down "
                                 "the commitment itself."))
            return
        row = self.model.row_at(self.model.position(cid) or 0)
        label = row.label if row is not None else ""
        dialog = BreakdownDialog(label, commitments.known_bodies(self.services),
                                 lambda specs: self.add_tasks(cid, specs), self)
        self.breakdown_dialog = dialog   # reachable from tests
        dialog.open()

    def add_tasks(self, parent_id: int, specs) -> str | None:
        failure: list[str] = []
        op = AddTasks(parent_id, list(specs))
        text = QCoreApplication.translate("Followup", "break down into %1 tasks")
        made = operations.run(self.ui, op, text.replace("%1", str(len(op.specs))),
                              parent=self, explain=failure.append)
        if not made or op.added is None:
            return failure[0] if failure else self.tr("No task was added.")
        self.model.expanded.add(parent_id)
        self.refresh()
        self.select_ids([parent_id])
        return None

    def progress_round(self) -> None:
        from tracker.ui.table.followup import RoundDialog

        self.round_dialog = RoundDialog(self.ui, self)   # reachable from tests
        self.round_dialog.open()

    # ------------------------------------------------------------------ status changes
    def change_status(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        first = self.model.row_at(self.model.position(ids[0]) or 0)
        current = first.status if first is not None and len(ids) == 1 else None
        # the versions as the dialog opens: a change by someone else before it is saved
        # is a conflict (the conflict dialog), not silently overwritten
        seen = commitments.versions(self.services, ids)
        dialog = StatusDialog(len(ids), current, self.services.today(),
                              register.document_choices(self.services),
                              lambda req: self.apply_status(ids, req, seen), self)
        self.status_dialog = dialog   # reachable from tests
        dialog.open()

    def apply_status(self, ids: list[int], req: StatusRequest,
                     seen: dict[int, int] | None = None) -> str | None:
        """Make the change (with its evidence) and put it on the undo stack; or say why not."""
        try:
            evidence = self._evidence(req)
        except (EvidenceFileError, ValueError) as exc:
            return str(exc)
        needs = self.act_closing.isChecked()
        if (needs and req.status is Status.ACHIEVED
                and evidence.kind is EvidenceKind.NONE):
            return self._closing_needs_evidence()
        op = ChangeStatus(ids, req.status, req.note, evidence, on=req.day,
                          require_evidence=needs, expected=seen)
        refused: list[str] = []   # a refusal, a commitment deleted meanwhile, a locked library
        made = operations.run(self.ui, op, lambda: status_text(op.done or []),
                              explain=lambda text: refused.append(self._refusal(text)))
        if not made:
            return refused[0] if refused else None
        if not op.done:
            return self.tr("Nothing to record: choose another status, or write a note.")
        return None

    def _closing_needs_evidence(self) -> str:
        return self.tr("Closing a commitment (marking it achieved, 销号) needs evidence: "
                       "a link, a file or words in a document. (Turn this off in the "
                       "Edit menu: “Closing asks for evidence”.)")

    def _refusal(self, text: str) -> str:
        if "note is needed" in text:
            return self.tr("Write a note saying why: it is needed to mark a commitment missed "
                           "or to re-open a closed one.")
        return text

    def _evidence(self, req: StatusRequest) -> Evidence:
        if req.evidence is EvidenceKind.LINK:
            if not req.link:
                raise ValueError(self.tr("Give the link of the evidence."))
            return Evidence(EvidenceKind.LINK, link=req.link)
        if req.evidence is EvidenceKind.FILE:
            if not req.file:
                raise ValueError(self.tr("Choose the evidence file."))
            return Evidence(EvidenceKind.FILE,
                            file_path=register.store_evidence_file(self.services, Path(req.file)))
        if req.evidence is EvidenceKind.SPAN:
            if req.document_id is None:
                raise ValueError(self.tr("Choose the document with the evidence."))
            span = register.evidence_span(self.services, req.document_id, req.words)
            if span is None:
                raise ValueError(self.tr("These words are not in that document: “%1”")
                                 .replace("%1", req.words))
            return Evidence(EvidenceKind.SPAN, document_id=req.document_id, span=span)
        return Evidence()

    # ------------------------------------------------------------------ export / import
    def export(self) -> None:
        from tracker.ui.table.ledger_dialogs import ExportDialog

        self.export_dialog = ExportDialog(self, self)
        self.export_dialog.open()

    def show_history(self) -> None:
        """The selected commitment's 修改记录 (who changed what, when)."""
        from tracker.ui.team.history import HistoryDialog

        ids = self.selected_ids()
        if len(ids) != 1:
            return
        row = self.model.row_at(self.model.position(ids[0]) or 0)
        self.history_dialog = HistoryDialog(self.services, ids[0], row.label if row else "", self)
        self.history_dialog.open()

    def import_ledger(self) -> None:
        from tracker.ui.table.ledger_dialogs import start_import

        start_import(self)

    def shown_ids(self) -> list[int]:
        """Every row's id in the table's order (of a paged model: asked for the rest)."""
        if self.model.complete or self.model.pages is None:
            return [cid for cid in self.model.ids if cid is not None]
        return self.model.pages.all()

    def shown_count(self) -> int:
        if self.model.counted or self.model.pages is None:
            return self.model.rowCount()
        return self.model.pages.count()

    def shown_rows(self) -> dict:
        """The rows shown, as export_ledger takes them: a paged model's request (its rows
        streamed from the database in its order), else the ids."""
        pages = self.model.pages
        if pages is None:
            return {"ids": self.shown_ids()}
        return {"filter": pages.filter, "sort": pages.sort, "descending": pages.descending,
                "fold": pages.fold}

    def shown_columns(self) -> list[str]:
        header = self.view.horizontalHeader()
        order = sorted((header.visualIndex(n), key) for n, key in enumerate(COLUMNS)
                       if not header.isSectionHidden(n))
        return [key for _v, key in order]

    def message(self, title: str, text: str, error: bool = False) -> None:
        box = QMessageBox.critical if error else QMessageBox.information
        box(self, title, text)

    # ------------------------------------------------------------------ settings
    def _restore_settings(self) -> None:
        s = self.ui.settings
        raw = s.value(FILTER_KEY)
        if raw:
            try:
                f = CommitmentFilter.from_dict(json.loads(raw))
            except (ValueError, TypeError):
                f = CommitmentFilter()
            self.filters.blockSignals(True)
            self.filters.set_value(f)
            self.filters.blockSignals(False)
        sort = str(s.value(SORT_KEY) or "")
        key, _, desc = sort.partition(",")
        if key in COLUMNS:
            self.model.sort_key, self.model.descending = key, desc == "desc"
        header_state = s.value(HEADER_KEY)
        if header_state is not None:
            self.view.horizontalHeader().restoreState(header_state)
        else:   # the light beside the commitment (it is the model's last column)
            self.view.horizontalHeader().moveSection(COLUMNS.index("light"), 1)
        for n, action in enumerate(self.column_actions):
            action.blockSignals(True)
            action.setChecked(not self.view.horizontalHeader().isSectionHidden(n))
            action.blockSignals(False)
        splitter = s.value(SPLITTER_KEY)
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def _show_column(self, n: int, shown: bool) -> None:
        self.view.horizontalHeader().setSectionHidden(n, not shown)
        self.ui.settings.setValue(HEADER_KEY, self.view.horizontalHeader().saveState())

    def _save_sort(self) -> None:
        self.ui.settings.setValue(SORT_KEY, f"{self.model.sort_key},"
                                  f"{'desc' if self.model.descending else 'asc'}")
        self.ui.settings.setValue(HEADER_KEY, self.view.horizontalHeader().saveState())

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.ui.settings.setValue(HEADER_KEY, self.view.horizontalHeader().saveState())
        self.ui.settings.setValue(SPLITTER_KEY, self.splitter.saveState())
        super().hideEvent(event)

    # ------------------------------------------------------------------ language
    def retranslate(self) -> None:
        retranslate_actions(self.act_status, self.act_history, self.act_export, self.act_import,
                            self.act_filter, self.act_expand, self.act_collapse,
                            self.act_breakdown, self.act_round)
        self.act_closing.setText(self.tr("Closing asks for evidence (销号)"))
        self.status_button.setText(self.tr("Change status… (Ctrl+U)"))
        self.export_button.setText(self.tr("Export… (Ctrl+E)"))
        self.import_button.setText(self.tr("Import ledger…"))
        self.history_button.setText(self.tr("Change history…"))
        for n, action in enumerate(self.column_actions):
            action.setText(self.model.header_text(COLUMNS[n]))
        self._update_count()

    def _language_changed(self) -> None:
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.model.rowCount():
            self.model.dataChanged.emit(self.model.index(0, 0),
                                        self.model.index(self.model.rowCount() - 1,
                                                         len(COLUMNS) - 1))
        self._selection_changed()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

