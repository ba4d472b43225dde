"""The main window: menus, the library dock, and the pages (reader, table, overview, search).

The window paints before the database is open; `attach()` builds the pages once the
services context is ready (opening it imports SQLModel and may run migrations).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRect, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction, QActionGroup, QCloseEvent, QGuiApplication, QUndoStack,
)
from PySide6.QtWidgets import (
    QDockWidget, QFileDialog, QLabel, QMainWindow, QMessageBox, QProgressBar, QSplitter,
    QTabWidget, QVBoxLayout, QWidget,
)

from tracker import __version__
from tracker.ui.actions import bind, make_action
from tracker.ui.actions import retranslate as retranslate_actions
from tracker.ui.i18n import LANGUAGES, SETTINGS_KEY, Translations
from tracker.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from tracker.services.changes import Changes

DISPLAY_NAME_KEY = "team/display_name"  # shown beside the login in the change log
READ_ONLY_KEY = "team/read_only"        # open the library read-only (a member who reads)
FILE_FILTER = "%1 (*.txt *.html *.htm *.docx *.pdf);;%2 (*)"  # names in the interface language
PREFERRED_SIZE = QSize(1400, 880)
# room left on the screen for the window frame (title bar, borders) and a little air
FRAME_ALLOWANCE = QSize(24, 48)


def _by_id(row) -> int:
    return row.id


def library_width(window_width: int) -> int:
    """The library's first width: 380 px on a large window, a fifth of a small one (a
    1366×768 laptop keeps room for the pages' filter rows)."""
    return max(250, min(380, window_width // 5))


def first_geometry(available: QRect, preferred: QSize = PREFERRED_SIZE) -> QRect:
    """The window's first geometry (client area) on a screen whose available area is
    `available`: the preferred size, shrunk to fit with its frame, centred."""
    width = max(640, min(preferred.width(), available.width() - FRAME_ALLOWANCE.width()))
    height = max(480, min(preferred.height(), available.height() - FRAME_ALLOWANCE.height()))
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    # keep the title bar on the screen: the frame's top edge goes below the available top
    rect.moveTop(max(rect.top(), available.top() + FRAME_ALLOWANCE.height() - 8))
    return rect


class MainWindow(QMainWindow):
    first_painted = Signal()
    library_shown = Signal()  # the library list painted (perhaps before the pages exist)
    ready = Signal()
    lock_wait = Signal(bool)  # from any thread: a write waits for another program's lock

    def __init__(self, settings: QSettings, translations: Translations) -> None:
        super().__init__()
        self.settings = settings
        self.translations = translations
        self.undo = QUndoStack(self)
        self.tasks = TaskRunner(self)
        self.ui = None  # UiContext once attached
        self.pages: list[QWidget] = []
        self._painted = False
        self.library = None  # the LibraryPanel, once shown
        self._quick_names: dict[str, str] = {}  # region names of the list read at start
        self._pending_document: int | None = None  # chosen in the library before attach
        self._attaching = False  # between attach()'s first step and its last
        self._steps_left: Iterator[None] = iter(())
        self._closed = False
        # replaceable in tests: (parent, caption, dir, filter) -> (files, selected filter)
        self.get_open_files = QFileDialog.getOpenFileNames
        self.get_folder = QFileDialog.getExistingDirectory

        self.setAcceptDrops(True)
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            self.setGeometry(first_geometry(screen.availableGeometry()))
        else:
            self.resize(PREFERRED_SIZE)
        self.loading = QLabel(self)
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(self.loading)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.hide()
        self.statusBar().addPermanentWidget(self.busy)
        self.tasks.busy_changed.connect(self.busy.setVisible)
        self.tasks.default_error = self.report_error
        self.waiting = QLabel(self)
        self.waiting.hide()
        self.statusBar().addPermanentWidget(self.waiting)
        self.lock_wait.connect(self._show_lock_wait)
        self.db_path = None  # the library asked for (None: the default)
        self.local_db_path = None  # the file to go back to from a team server
        self._make_actions()
        self._make_menus()
        self.retranslate()
        geometry = settings.value("ui/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)  # Qt moves it back onto a screen that shrank

    # ------------------------------------------------------------------ actions and menus
    def _make_actions(self) -> None:
        def act(action_id: str | None = None, slot=None, enabled=True) -> QAction:
            """An action of the menus (with its keys, when SHORTCUTS has `action_id`)."""
            a = make_action(self, action_id, slot, on=()) if action_id else QAction(self)
            if slot is not None and not action_id:
                a.triggered.connect(slot)
            a.setEnabled(enabled)
            return a

        self.act_import = act("window.import", self.choose_files, False)
        self.act_import_folder = act("window.import_folder", self.choose_folder, False)
        self.act_samples = act(None, self.load_samples, False)
        self.act_quit = act("window.quit", self.close)
        self.act_undo = bind(self.undo.createUndoAction(self), "window.undo")
        self.act_redo = bind(self.undo.createRedoAction(self), "window.redo")
        self.act_about = act(None, self.about)
        self.act_team_server = act(None, self.team_server)
        self.act_display_name = act(None, self.set_display_name)
        self.act_themes_apply = act(None, None, False)
        self.act_themes_edit = act(None, None, False)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            a = QAction(name, self.language_group)
            a.setCheckable(True)
            a.setChecked(code == self.translations.current)
            a.triggered.connect(lambda _=False, c=code: self.set_language(c))
            self.language_actions[code] = a

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_file.addActions([self.act_import, self.act_import_folder, self.act_samples])
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_edit = bar.addMenu("")
        self.menu_edit.addActions([self.act_undo, self.act_redo])
        self.menu_edit.addSeparator()
        self.menu_edit.addActions([self.act_themes_apply, self.act_themes_edit])
        self.menu_edit.addSeparator()
        self.menu_view = bar.addMenu("")
        self.menu_language = self.menu_view.addMenu("")
        self.menu_language.addActions(list(self.language_actions.values()))
        self.menu_view.addAction(self.act_team_server)
        self.menu_view.addAction(self.act_display_name)
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act_about)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Policy Commitment Tracker"))
        self.loading.setText(self.tr("Opening the library…"))
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_language.setTitle(self.tr("Language"))
        self.menu_help.setTitle(self.tr("&Help"))
        retranslate_actions(self.act_import, self.act_import_folder, self.act_quit)
        self.act_samples.setText(self.tr("Load the &demo library"))
        self.act_about.setText(self.tr("&About"))
        self.act_team_server.setText(self.tr("Team server…"))
        self.act_display_name.setText(self.tr("Your name in the change history…"))
        self.act_themes_apply.setText(self.tr("Apply theme keywords to all commitments"))
        self.act_themes_edit.setText(self.tr("Theme keywords…"))
        if self.library is not None:
            self.library_dock.setWindowTitle(self.tr("Library"))
        if self.ui is not None:
            for i, page in enumerate(self.pages):
                self.tabs.setTabText(i, page.page_title())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, code: str) -> None:
        self.translations.apply(code)
        self.settings.setValue(SETTINGS_KEY, code)
        self.language_actions[code].setChecked(True)
        if self.ui is not None:
            self.ui.events.language_changed.emit()

    # ------------------------------------------------------------------ attaching services
    def attach(self, app_ctx, stepwise: bool = False) -> None:
        """Build the pages on an opened services context (called on the GUI thread).
        *stepwise* (the window's start): one page at a time, each in its own turn of the
        event loop, so that the list painted meanwhile scrolls and repaints in between
        (all at once held the GUI thread ~0.2 s CPU, more under load); the pages show
        together at the end, and `ready` is emitted then as always."""
        steps = self._attach_steps(app_ctx)
        if not stepwise:
            for _ in steps:
                pass
            return
        self._steps_left = steps  # detach() finishes them first

        def step() -> None:
            if self._closed or self.ui is not ui:
                return  # closed, or another library attached meanwhile
            if next(steps, True) is None:
                QTimer.singleShot(0, self, step)

        next(steps)   # sets self.ui
        ui = self.ui
        QTimer.singleShot(0, self, step)

    def _attach_steps(self, app_ctx) -> Iterator[None]:
        from tracker.ui.context import UiContext
        from tracker.ui.events import Events
        from tracker.ui.importer import ImportController
        from tracker.ui.pages import iter_pages

        self._attaching = True
        self.ui = UiContext(app_ctx, self.undo, self.tasks, Events(self), self.settings)
        yield None
        app_ctx.db.watch.listeners.append(lambda waiting, _s: self.lock_wait.emit(waiting))
        if app_ctx.db.read_only:
            self.statusBar().showMessage(self.tr(
                "This library is read-only: you can read and search it, but changes cannot "
                "be saved."))
        self.importer = ImportController(self.ui, self)
        gaz = app_ctx.gazetteer
        shown_early = self.library is not None
        if not shown_early:
            self.show_library(None)
        self.library.model.set_region_name(lambda code: gaz.display_name(code) if code else "")
        for button in (self.library.import_button, self.library.samples_button):
            button.setEnabled(True)
        from tracker.ui.documents import DocumentActions

        self.documents = DocumentActions(self.ui, self)
        self.library.edit_requested.connect(self.documents.edit)
        self.library.remove_requested.connect(self.documents.remove)
        from tracker.ui.themes import ThemeActions

        self.themes = ThemeActions(self.ui, self)
        self.act_themes_apply.triggered.connect(self.themes.apply_all)
        self.act_themes_edit.triggered.connect(self.themes.edit)
        for a in (self.act_themes_apply, self.act_themes_edit):
            a.setEnabled(True)
        yield None
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.pages = []
        for page in iter_pages(self.ui, self):
            yield None   # the page's import and construction were one step
            self.pages.append(page)
            self.tabs.addTab(page, page.page_title())
            for action in getattr(page, "menu_actions", lambda: [])():
                self.menu_edit.addAction(action)
        self._team(app_ctx)
        self.loading = QLabel(self)  # keep retranslate() simple
        self.loading.hide()

        ev = self.ui.events
        ev.changed.connect(self._changed)
        ev.open_document.connect(self._show_page_for_document)
        ev.open_commitment.connect(lambda _cid: self._show_page("reader"))
        ev.show_commitments.connect(lambda _f: self._show_page("table"))
        for a in (self.act_import, self.act_import_folder, self.act_samples):
            a.setEnabled(True)
        self._restore_splitters()
        # once laid out (before that the library's size hint wins): leave room to read
        self._restore_layout(later=True)
        self.retranslate()
        yield None
        # a list painted from the file at start is checked against the services' in the
        # background (~0.4 s at 10,000 documents); one shown empty is filled now
        self.refresh_library(background=shown_early)
        self._start_watching(app_ctx)
        self._attaching = False
        if self._pending_document is not None:
            ev.open_document.emit(self._pending_document, -1, -1)
            self._pending_document = None
        self._remind_at_start()
        if self.read_only_banner is not None:  # a read-only member: nothing that changes
            from tracker.ui.team.readonly import disable_changes

            disable_changes(self)
        self.ready.emit()

    def detach(self) -> None:
        """Take the pages off the open library and close it (before another is opened in
        this window): background work finished, the change follower stopped, the undo
        stack emptied (its commands belong to that library), the pages and what attach()
        connected gone; the library list stays, emptied."""
        if self.ui is None:
            return
        if self._attaching:  # the rest of a stepwise attach(), so that all it built goes
            for _ in self._steps_left:
                pass
        self.tasks.cancel((id(self), "library"))  # that library's list: not for the next
        self.tasks.wait(10000)
        if getattr(self, "watch_timer", None) is not None:
            self.watch_timer.stop()
            self.watch_timer.deleteLater()
            self.watch_timer = None
        if getattr(self, "watcher", None) is not None:
            self.watcher.close()
            self.watcher = None
        self.undo.clear()
        for page in self.pages:
            for action in getattr(page, "menu_actions", lambda: [])():
                self.menu_edit.removeAction(action)
        for signal in (self.library.edit_requested, self.library.remove_requested,
                       self.act_themes_apply.triggered, self.act_themes_edit.triggered):
            signal.disconnect()
        for a in (self.act_import, self.act_import_folder, self.act_samples,
                  self.act_themes_apply, self.act_themes_edit,
                  self.library.import_button, self.library.samples_button):
            a.setEnabled(False)
        for helper in (self.importer, self.documents, self.themes, self.ui.events):
            helper.deleteLater()
        self.pages = []
        self.read_only_banner = None
        self.loading = QLabel(self)
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(self.loading)   # the pages go with the old central widget
        self.library.set_documents([])
        self.statusBar().clearMessage()
        services, self.ui = self.ui.services, None
        services.close()
        self.retranslate()

    def switch_library(self, target) -> None:
        """Open another library in this window (a team server's address, or a file; None:
        the file on this computer), without a restart; `ready` is emitted once it shows."""
        from tracker.ui.app import open_context_in_background

        self.detach()
        open_context_in_background(self, target)

    def _remind_at_start(self) -> None:
        """今日提醒: its page in front when there is something to chase; the tray note."""
        page = next((p for p in self.pages if getattr(p, "page_name", "") == "reminders"),
                    None)
        if page is None:
            return
        if page.wants_to_open_at_start():
            self._show_page("reminders")
        page.notify_tray()

    def show_library(self, quick) -> None:
        """The library dock, before the pages: filled from *quick* (a
        storage.library_list.QuickLibrary read with sqlite3 alone) or left for attach()
        to fill. A document chosen before the pages exist opens once they do."""
        from tracker.ui.library import LibraryPanel

        names = self._quick_names = dict(quick.region_names) if quick is not None else {}
        self.library = LibraryPanel(lambda code: names.get(code, code) if code else "", self)
        self.library.document_activated.connect(self._document_chosen)
        self.library.import_files_requested.connect(self.choose_files)
        self.library.import_samples_requested.connect(self.load_samples)
        if self.ui is None:  # the importer comes with the services
            for button in (self.library.import_button, self.library.samples_button):
                button.setEnabled(False)
        self.library_dock = QDockWidget(self)
        self.library_dock.setObjectName("library")
        self.library_dock.setWidget(self.library)
        self.library_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                                      | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.library_dock)
        self.library_dock.setWindowTitle(self.tr("Library"))
        if quick is not None:
            self.library.set_documents(quick.documents)
        self._restore_layout()   # the width attach() gives it, from its first paint on
        for widget in (self.library.table.viewport(), self.library.empty):
            widget.installEventFilter(self)

    def _restore_layout(self, later: bool = False) -> None:
        """The saved window layout, or with none the library's first width (``later``: at
        the next turn of the event loop, once the pages are laid out)."""
        state = self.settings.value("ui/state")
        if state is not None:
            self.restoreState(state)
            return

        def widen() -> None:
            self.resizeDocks([self.library_dock], [library_width(self.width())],
                             Qt.Orientation.Horizontal)
        if later:
            QTimer.singleShot(0, widen)
        else:
            widen()

    def complete_library(self, quick) -> None:
        """The whole list (a QuickLibrary, or None when it could not be read) below the
        first rows show_library() painted; the pages' list supersedes it once attached."""
        if quick is None or self.library is None or (self.ui is not None
                                                     and not self._attaching):
            return
        self._quick_names.update(quick.region_names)
        self.library.set_documents(quick.documents)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint and self.library is not None and watched in (
                self.library.table.viewport(), self.library.empty):
            for widget in (self.library.table.viewport(), self.library.empty):
                widget.removeEventFilter(self)
            QTimer.singleShot(0, self.library_shown.emit)  # after this paint completes
        return super().eventFilter(watched, event)

    def _document_chosen(self, doc_id: int) -> None:
        if self.ui is None or self._attaching:
            self._pending_document = doc_id
            return
        self.ui.events.open_document.emit(doc_id, -1, -1)

    def _splitters(self) -> dict[str, QSplitter]:
        """Every splitter of the pages, by a key stable across runs (page name, order)."""
        found = {}
        for page in self.pages:
            name = getattr(page, "page_name", type(page).__name__)
            for i, splitter in enumerate(page.findChildren(QSplitter)):
                found[f"ui/splitters/{name}/{i}"] = splitter
        return found

    def _restore_splitters(self) -> None:
        for key, splitter in self._splitters().items():
            state = self.settings.value(key)
            if state is not None:
                splitter.restoreState(state)

    def _start_watching(self, app_ctx) -> None:
        """Follow changes made by another process: a cheap pragma read every second."""
        from tracker.services import watching

        try:
            self.watcher = watching.watch(app_ctx)
        except Exception:  # noqa: BLE001 - the window works without it
            self.watcher = None
            return
        self.watch_timer = QTimer(self)
        self.watch_timer.setInterval(watching.POLL_MS)
        self.watch_timer.timeout.connect(self.check_external_changes)
        self.watch_timer.start()

    def _team(self, app_ctx) -> None:
        """Who writes (the identity in the change log), and a read-only member's window:
        a banner above the pages and every changing action disabled."""
        from tracker.services import team

        team.identify(app_ctx, str(self.settings.value(DISPLAY_NAME_KEY, "") or ""))
        self.read_only_banner = None
        if not team.is_read_only(app_ctx):
            self.setCentralWidget(self.tabs)
            return
        from tracker.ui.team.readonly import make_banner

        central = QWidget(self)
        box = QVBoxLayout(central)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        self.read_only_banner = make_banner(central)
        box.addWidget(self.read_only_banner)
        box.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

    def set_display_name(self) -> None:
        """The name shown beside the login in the change log (修改记录)."""
        from PySide6.QtWidgets import QInputDialog

        name, ok = QInputDialog.getText(
            self, self.tr("Your name"), self.tr("The name shown in the change history "
                                                 "beside your login:"),
            text=str(self.settings.value(DISPLAY_NAME_KEY, "") or ""))
        if not ok:
            return
        self.settings.setValue(DISPLAY_NAME_KEY, name.strip())
        if self.ui is not None:
            from tracker.services import team

            team.identify(self.ui.services, name)

    def check_external_changes(self) -> bool:
        """Reload what the views show when another process changed the database (the
        views keep their selection); True when it had."""
        if self.watcher is None:
            return False
        try:
            changed = self.watcher.poll()
        except Exception:  # noqa: BLE001 - a locked or vanished file: try again next time
            return False
        if changed:
            from tracker.services.changes import Changes

            ev = self.ui.events
            ev.changed.emit(Changes.reload())
            ev.external_change.emit()
        return changed

    def open_failed(self, exc: BaseException, _trace: str = "") -> None:
        """Say in plain words why the library did not open; after a failed upgrade, offer
        to put back the copy made just before it."""
        from tracker.services.errors import UpgradeFailedError, plain_message
        from tracker.ui.table.reasons import translate_reason

        text = translate_reason(plain_message(exc, self.db_path))
        self.loading.setText(self.tr("The library could not be opened:\n%1").replace("%1", text))
        backup = getattr(exc, "backup", None) if isinstance(exc, UpgradeFailedError) else None
        if backup is None:
            QMessageBox.critical(self, self.tr("Cannot open the library"), text)
            return
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Cannot open the library"),
                          self.tr("The library could not be upgraded to this version of the "
                                  "app. It was left as it was.\n\n%1").replace("%1", text),
                          QMessageBox.StandardButton.Close, self)
        restore = box.addButton(self.tr("Restore the copy made before the upgrade"),
                                QMessageBox.ButtonRole.AcceptRole)
        self.upgrade_failed_box = box  # reachable from tests
        box.exec()
        if box.clickedButton() is restore:
            self.restore_backup(exc.path, backup)

    def restore_backup(self, path, backup) -> None:
        from tracker.services.context import restore_library
        from tracker.services.errors import plain_message
        from tracker.ui.table.reasons import translate_reason

        try:
            restore_library(path, backup)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            QMessageBox.critical(self, self.tr("Cannot restore the copy"),
                                 translate_reason(plain_message(exc)))
            return
        QMessageBox.information(self, self.tr("Copy restored"), self.tr(
            "The library was restored from %1.").replace("%1", str(backup)))

    def report_error(self, exc: BaseException, _trace: str = "") -> None:
        """Any failure of a window action that no page handled: a message, not silence."""
        from tracker.services.errors import plain_message
        from tracker.ui.table.reasons import translate_reason

        path = self.ui.services.db.where if self.ui is not None else self.db_path
        QMessageBox.warning(self, self.tr("Something went wrong"),
                            translate_reason(plain_message(exc, path)))

    def _show_lock_wait(self, waiting: bool) -> None:
        from tracker.domain import messages
        from tracker.ui.table.reasons import say

        self.waiting.setText(say(messages.WAITING) if waiting else "")
        self.waiting.setVisible(waiting)

    def _changed(self, changes: Changes) -> None:
        if changes.concerns_commitments() or changes.concerns_documents():
            # off the GUI thread: a status set on one commitment does not hold the window
            # while the library is read again (~0.15 s of CPU at 10,000 documents); a
            # newer change's read supersedes an older one
            self.refresh_library(background=True)

    def refresh_library(self, background: bool = False) -> None:
        """The library list read again through the services; in *background*, off the GUI
        thread (a refresh started after it supersedes it)."""
        from tracker.services import library

        key = (id(self), "library")
        if background:
            self.tasks.start(library.list_documents, self.ui.services, key=key,
                             on_done=self._library_rows)
            return
        self.tasks.cancel(key)
        self._library_rows(library.list_documents(self.ui.services))

    def _library_rows(self, rows) -> None:
        if sorted(rows, key=_by_id) != sorted(self.library.model.rows(), key=_by_id):
            self.library.set_documents(rows)  # unchanged (as painted at start): no reset

    def _show_page(self, name: str) -> None:
        for i, page in enumerate(self.pages):
            if getattr(page, "page_name", "") == name:
                self.tabs.setCurrentIndex(i)
                return

    def _show_page_for_document(self, doc_id: int, _start: int, _end: int) -> None:
        self._show_page("reader")
        self.library.select_document(doc_id, emit=False)

    # ------------------------------------------------------------------ import
    def choose_files(self) -> None:
        names = FILE_FILTER.replace("%1", self.tr("Documents")).replace("%2", self.tr("All files"))
        files, _ = self.get_open_files(self, self.tr("Import documents"), "", names)
        if files:
            self.importer.import_paths([Path(f) for f in files])

    def choose_folder(self) -> None:
        folder = self.get_folder(self, self.tr("Import a folder"))
        if folder:
            self.importer.import_paths([Path(folder)])

    def load_samples(self) -> None:
        self.importer.import_samples()

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.ui is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt API
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.importer.import_paths(paths)
            event.acceptProposedAction()

    # ------------------------------------------------------------------ misc
    def team_server(self) -> None:
        """Settings: the team server (tracker.ui.team_server). Saved with "open this
        server" ticked, the window switches to the server (once the connection test
        passes); unticked, back to the file on this computer."""
        from tracker.ui.team_server import TeamServerDialog

        dialog = TeamServerDialog(self.settings, self)
        if not dialog.exec():
            return
        target = dialog.chosen_target(self.local_db_path)
        if target == self.db_path:
            return
        if dialog.use.isChecked() and not dialog.run_test():   # no answer: stay where we are
            QMessageBox.warning(self, self.tr("Team server"), dialog.result.text())
            return
        self.switch_library(target)

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About"), self.tr(
            "Policy Commitment Tracker %1\nRegister and follow the commitments of Chinese "
            "policy documents, offline.").replace("%1", __version__))

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self._closed = True
        self.settings.setValue("ui/geometry", self.saveGeometry())
        self.settings.setValue("ui/state", self.saveState())
        for key, splitter in self._splitters().items():
            self.settings.setValue(key, splitter.saveState())
        self.tasks.wait(10000)
        if getattr(self, "watch_timer", None) is not None:
            self.watch_timer.stop()
        if getattr(self, "watcher", None) is not None:
            self.watcher.close()
        if self.ui is not None:
            self.ui.services.close()
        super().closeEvent(event)
