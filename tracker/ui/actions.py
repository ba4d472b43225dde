"""Every keyboard shortcut of the window in one table, and the one way to make its actions.

    self.act_tag = make_action(self, "reader.tag", self.tag_selection, on=(self.view,))
    ...
    retranslate(self.act_tag, ...)          # in the widget's retranslate()

An entry gives the action's id, its text (English source, translated in the context of the
widget that shows it, so the .ts keeps one entry per string), its key sequences, and where
the keys work (the widget holding the action and its children, or the whole window). The
README's key table is generated from SHORTCUTS (`python tools/shortcuts_table.py`) and
tests/ui/test_actions.py checks that they agree.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

StandardKey = QKeySequence.StandardKey
Key = str | QKeySequence.StandardKey
WIDGET = Qt.ShortcutContext.WidgetWithChildrenShortcut
WINDOW = Qt.ShortcutContext.WindowShortcut

# how the README writes the standard keys (as on Windows and Linux; Qt maps them to the
# platform's own, e.g. ⌘ on macOS)
STANDARD_LABELS: dict[QKeySequence.StandardKey, str] = {
    StandardKey.Open: "Ctrl+O", StandardKey.Quit: "Ctrl+Q", StandardKey.Undo: "Ctrl+Z",
    StandardKey.Redo: "Ctrl+Shift+Z", StandardKey.Find: "Ctrl+F", StandardKey.ZoomIn: "Ctrl++",
    StandardKey.ZoomOut: "Ctrl+-", StandardKey.Refresh: "F5", StandardKey.Delete: "Delete",
}


@dataclass(frozen=True)
class Shortcut:
    id: str
    where: str                 # the part of the window (README's "where" column)
    # (translation context: the class of the widget showing it, English source); None
    # when Qt names the action (undo, redo)
    text: tuple[str, str] | None
    keys: tuple[Key, ...]
    context: Qt.ShortcutContext = WIDGET
    tip: tuple[str, str] | None = None  # the tool tip, if any
    readme_text: str = ""      # the README's words when `text` is left to Qt

    def sequences(self) -> list[QKeySequence]:
        return [QKeySequence(k) for k in self.keys]

    def labels(self) -> list[str]:
        return [STANDARD_LABELS[k] if isinstance(k, QKeySequence.StandardKey) else k
                for k in self.keys]


def QT_TRANSLATE_NOOP(context: str, text: str) -> tuple[str, str]:  # noqa: N802 - lupdate's name
    """Marks a string for pyside6-lupdate; kept with its translation context."""
    return context, text


_S = Shortcut

SHORTCUTS: dict[str, Shortcut] = {s.id: s for s in (
    # the window's menus: the keys work anywhere in the window
    _S("window.import", "window", QT_TRANSLATE_NOOP("MainWindow", "&Import files…"),
       (StandardKey.Open,), WINDOW),
    _S("window.import_folder", "window", QT_TRANSLATE_NOOP("MainWindow", "Import &folder…"),
       ("Ctrl+Shift+O",), WINDOW),
    _S("window.quit", "window", QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
       (StandardKey.Quit,), WINDOW),
    _S("window.undo", "window", None, (StandardKey.Undo,), WINDOW, readme_text="Undo"),
    _S("window.redo", "window", None, (StandardKey.Redo, "Ctrl+Y"), WINDOW,
       readme_text="Redo"),
    _S("search.focus", "window", QT_TRANSLATE_NOOP("SearchPage", "&Search all documents…"),
       ("Ctrl+K",), WINDOW),
    # the library's document list
    _S("library.details", "library", QT_TRANSLATE_NOOP("LibraryPanel", "Details…"),
       ("F2", "Alt+Return"), tip=QT_TRANSLATE_NOOP(
           "LibraryPanel", "Correct the title, date, type, issuer, region (F2)")),
    _S("library.remove", "library",
       QT_TRANSLATE_NOOP("LibraryPanel", "Remove from the library…"), (StandardKey.Delete,)),
    # the reader page (span and delete keys only in the text and the list: in the editor
    # they are editing keys)
    _S("reader.tag", "reader", QT_TRANSLATE_NOOP("ReaderPage", "Tag as commitment"),
       ("Ctrl+T",), tip=QT_TRANSLATE_NOOP(
           "ReaderPage", "Tag the selected words as a commitment (Ctrl+T)")),
    _S("reader.span", "reader", QT_TRANSLATE_NOOP("ReaderPage", "Span to selection"),
       ("Ctrl+Shift+T",), tip=QT_TRANSLATE_NOOP(
           "ReaderPage", "Move the current commitment to the selected words "
           "(Ctrl+Shift+T); Alt+←/→ and Alt+Shift+←/→ move its start and end")),
    _S("reader.delete", "reader", QT_TRANSLATE_NOOP("ReaderPage", "Delete commitment"),
       ("Delete",)),
    _S("reader.previous", "reader", QT_TRANSLATE_NOOP("ReaderPage", "Previous commitment"),
       ("Alt+Up",)),
    _S("reader.next", "reader", QT_TRANSLATE_NOOP("ReaderPage", "Next commitment"),
       ("Alt+Down",)),
    _S("reader.start_earlier", "reader",
       QT_TRANSLATE_NOOP("ReaderPage", "Start one character earlier"), ("Alt+Left",)),
    _S("reader.start_later", "reader",
       QT_TRANSLATE_NOOP("ReaderPage", "Start one character later"), ("Alt+Right",)),
    _S("reader.end_earlier", "reader",
       QT_TRANSLATE_NOOP("ReaderPage", "End one character earlier"), ("Alt+Shift+Left",)),
    _S("reader.end_later", "reader",
       QT_TRANSLATE_NOOP("ReaderPage", "End one character later"), ("Alt+Shift+Right",)),
    _S("reader.zoom_in", "reader", QT_TRANSLATE_NOOP("ReaderPage", "Larger text"),
       ("Ctrl+=", StandardKey.ZoomIn)),
    _S("reader.zoom_out", "reader", QT_TRANSLATE_NOOP("ReaderPage", "Smaller text"),
       (StandardKey.ZoomOut,)),
    _S("reader.zoom_reset", "reader", QT_TRANSLATE_NOOP("ReaderPage", "Normal text size"),
       ("Ctrl+0",)),
    _S("reader.accept", "reader", QT_TRANSLATE_NOOP("ReaderPage", "Accept suggestion"),
       ("Ctrl+Return", "Ctrl+Enter")),
    _S("reader.reject", "reader", QT_TRANSLATE_NOOP("ReaderPage", "Reject suggestion"),
       ("Ctrl+Shift+Delete",)),
    _S("reader.review", "reader", QT_TRANSLATE_NOOP("ReaderPage", "Review suggestions"),
       ("Ctrl+R",)),
    # the table page has its own Ctrl+F: this one only works inside the reader page
    _S("reader.find", "reader", QT_TRANSLATE_NOOP("ReaderPage", "Find in document"),
       (StandardKey.Find,)),
    _S("reader.find_next", "reader", QT_TRANSLATE_NOOP("ReaderPage", "Find next"), ("F3",)),
    _S("reader.find_previous", "reader", QT_TRANSLATE_NOOP("ReaderPage", "Find previous"),
       ("Shift+F3",)),
    _S("find.close", "reader's find bar", QT_TRANSLATE_NOOP("FindBar", "Close the find bar"),
       ("Esc",)),
    _S("review.accept_above", "review queue",
       QT_TRANSLATE_NOOP("ReviewQueue", "Accept all shown with confidence ≥"),
       ("Ctrl+Shift+A",)),
    _S("review.filter", "review queue",  # not Ctrl+F: that finds in the text
       QT_TRANSLATE_NOOP("ReviewQueue", "Filter suggestions"), ("Ctrl+Shift+F",)),
    # the commitments table
    _S("table.status", "commitments table", QT_TRANSLATE_NOOP("TablePage", "Change &status…"),
       ("Ctrl+U",)),
    _S("table.export", "commitments table",
       QT_TRANSLATE_NOOP("TablePage", "&Export commitments…"), ("Ctrl+E",)),
    _S("table.import", "commitments table",
       QT_TRANSLATE_NOOP("TablePage", "Import a &ledger…"), ("Ctrl+Shift+L",)),
    _S("table.filter", "commitments table",
       QT_TRANSLATE_NOOP("TablePage", "Filter commitments"), ("Ctrl+F",)),
    _S("table.history", "commitments table",
       QT_TRANSLATE_NOOP("TablePage", "Change &history…"), ("Ctrl+Shift+H",)),
    # follow-up (督办): breakdowns folded in the table (+ and - on the table itself, not in
    # the filter bar where they are typed), progress rounds
    _S("table.unfold", "commitments table",
       QT_TRANSLATE_NOOP("TablePage", "Unfold tasks (+)"), ("+",),
       Qt.ShortcutContext.WidgetShortcut),
    _S("table.fold", "commitments table",
       QT_TRANSLATE_NOOP("TablePage", "Fold tasks (-)"), ("-",),
       Qt.ShortcutContext.WidgetShortcut),
    _S("table.breakdown", "commitments table",
       QT_TRANSLATE_NOOP("TablePage", "&Break down into tasks…"), ("Ctrl+Shift+B",)),
    _S("table.round", "commitments table",
       QT_TRANSLATE_NOOP("TablePage", "Progress &round (进度填报)…"), ("Ctrl+Shift+R",)),
    # the overview
    _S("overview.csv", "overview", QT_TRANSLATE_NOOP("OverviewPage", "Export &CSV…"),
       ("Ctrl+Shift+E",)),
    _S("overview.png", "overview", QT_TRANSLATE_NOOP("OverviewPage", "Export chart &PNG…"),
       ("Ctrl+Shift+G",)),
    _S("overview.refresh", "overview", QT_TRANSLATE_NOOP("OverviewPage", "Count again"),
       (StandardKey.Refresh,)),
)}


# Qt names the undo and redo actions (with what they undo); the README names them so
UNDO_REDO_ZH = {"Undo": "撤销", "Redo": "重做"}


def bind(action: QAction, action_id: str) -> QAction:
    """Give an action (made elsewhere, e.g. by the undo stack) its keys from the table."""
    spec = SHORTCUTS[action_id]
    action.setObjectName(action_id)
    action.setShortcuts(spec.sequences())
    action.setShortcutContext(spec.context)
    return action


def make_action(owner: QObject, action_id: str, slot: Callable[..., object] | None = None,
                on: Iterable[QWidget] | None = None) -> QAction:
    """The action `action_id` of SHORTCUTS, owned by `owner`, calling `slot`; its keys work
    where focus is in one of `on` (default: `owner`, when it is a widget)."""
    action = bind(QAction(owner), action_id)
    if slot is not None:
        action.triggered.connect(slot)
    widgets = list(on) if on is not None else [owner] if isinstance(owner, QWidget) else []
    for widget in widgets:
        widget.addAction(action)
    retranslate(action)
    return action


def retranslate(*actions: QAction) -> None:
    """Set each action's text (and tool tip) in the interface language."""
    for action in actions:
        spec = SHORTCUTS[action.objectName()]
        if spec.text:
            action.setText(QCoreApplication.translate(*spec.text))
        if spec.tip:
            action.setToolTip(QCoreApplication.translate(*spec.tip))


def readme_table(translate: Callable[[str, str], str]) -> str:
    """The README's key table: keys, 中文, English, where (`translate(context, text)` gives
    the Chinese)."""
    def plain(text: str) -> str:
        for mnemonic in ("(&", "（&"):
            if mnemonic in text:
                text = text[:text.index(mnemonic)]
        return text.replace("&", "").rstrip("…").strip()

    lines = ["| keys | 中文 | English | where |", "| --- | --- | --- | --- |"]
    for s in SHORTCUTS.values():
        english = s.text[1] if s.text else s.readme_text
        chinese = translate(*s.text) if s.text else UNDO_REDO_ZH[s.readme_text]
        keys = " / ".join(s.labels()).replace("|", "\\|")
        lines.append(f"| {keys} | {plain(chinese)} | {plain(english)} | {s.where} |")
    return "\n".join(lines) + "\n"


README_BEGIN = ("<!-- the key table is generated from tracker/ui/actions.py by "
                "tools/shortcuts_table.py; tests/ui/test_actions.py checks it -->")
README_END = "<!-- end of the generated key table -->"


def readme_section() -> str:
    """The README's key table between its markers, with the Chinese of the shipped .qm."""
    from PySide6.QtCore import QTranslator

    from tracker.ui.i18n import qm_path

    translator = QTranslator()
    if not translator.load(str(qm_path("zh_CN"))):
        raise FileNotFoundError(qm_path("zh_CN"))
    table = readme_table(lambda context, text: translator.translate(context, text) or text)
    return f"{README_BEGIN}\n{table}{README_END}\n"
