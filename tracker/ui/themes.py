"""Theme keywords in the window: the list (shipped and the user's own, editable) and
applying it to every commitment as one undoable step."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QMessageBox, QPlainTextEdit, QVBoxLayout, QWidget,
)

from tracker.services import themes
from tracker.services.changes import Changes
from tracker.services.operations import ApplyThemes
from tracker.ui import operations
from tracker.ui.context import UiContext


class ThemeKeywordsDialog(QDialog):
    """The shipped keywords (read only) and the user's own (edited here, saved on OK)."""

    def __init__(self, shipped: dict[str, list[str]], own_text: str, path: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Theme keywords"))
        self.resize(720, 560)
        intro = QLabel(self.tr(
            "A commitment whose words contain a keyword gets the theme when it is accepted, "
            "and when the keywords are applied to all commitments (Edit menu)."), self)
        intro.setWordWrap(True)
        self.shipped = QPlainTextEdit(self)
        self.shipped.setReadOnly(True)
        self.shipped.setPlainText("\n".join(f"{t}\t{'、'.join(k)}" for t, k in shipped.items()))
        self.own = QPlainTextEdit(self)
        self.own.setPlainText(own_text)
        self.own.setPlaceholderText(self.tr("One theme a line: the theme, a tab, keywords "
                                            "separated by 、 (城市更新 ⇥ 老旧小区、城中村)"))
        where = QLabel(self.tr("Saved in %1").replace("%1", path), self)
        where.setWordWrap(True)
        where.setStyleSheet("color: palette(dark)")
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b3261e")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addWidget(QLabel(self.tr("Shipped with the app:"), self))
        box.addWidget(self.shipped, 2)
        box.addWidget(QLabel(self.tr("Your own (added to the above):"), self))
        box.addWidget(self.own, 1)
        box.addWidget(where)
        box.addWidget(self.error)
        box.addWidget(buttons)
        self.save: Callable[[str], object] | None = None

    def accept(self) -> None:
        if self.save is not None:
            try:
                self.save(self.own.toPlainText())
            except (themes.ThemeFileError, OSError) as exc:
                self.error.setText(str(exc))
                self.error.show()
                return
        super().accept()


class ThemeActions(QObject):
    def __init__(self, ui: UiContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ui = ui
        self.parent_widget = parent
        self.exec_dialog: Callable[[QDialog], int] = lambda d: d.exec()

    def _error(self, exc: BaseException) -> None:
        title = QCoreApplication.translate("ThemeKeywords", "Theme keywords")
        QMessageBox.warning(self.parent_widget, title, str(exc))

    def apply_all(self) -> None:
        """Apply the keywords to every commitment (in the background); the status bar
        says how many themes were given."""
        op = ApplyThemes()

        def done(_changes: Changes) -> None:
            applied = op.applied
            bar = getattr(self.parent_widget, "statusBar", None)
            if bar is not None and applied is not None:
                text = QCoreApplication.translate("ThemeKeywords",
                                                  "%1 themes given to %2 commitments")
                bar().showMessage(text.replace("%1", str(len(applied.added)))
                                  .replace("%2", str(len(applied.commitments))), 8000)

        operations.run(self.ui, op, QCoreApplication.translate(
            "ThemeKeywords", "Apply theme keywords"), parent=self.parent_widget, on_done=done)

    def edit(self) -> None:
        path = themes.user_file(self.ui.services)
        try:
            own = path.read_text(encoding="utf-8") if path.exists() else ""
        except (OSError, UnicodeDecodeError) as exc:
            self._error(exc)
            return
        dialog = ThemeKeywordsDialog(themes.shipped_keywords(), own, str(path),
                                     self.parent_widget)
        dialog.save = lambda text: themes.save_user_text(self.ui.services, text)
        self.exec_dialog(dialog)
