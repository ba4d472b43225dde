"""Read-only members: a banner across the window and every changing action disabled.

The database is what enforces it (a file opened read-only; on a server the role's grants);
the window only says so up front instead of failing on the first save.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

BANNER_STYLE = ("QLabel { background: #fdecc8; color: #5c3c00; border-bottom: 1px solid "
                "#e0b050; padding: 6px 10px; font-weight: bold; }")

# the actions of the window and its pages that change the register
WINDOW_ACTIONS = ("act_import", "act_import_folder", "act_samples", "act_undo", "act_redo",
                  "act_themes_apply", "act_themes_edit")
PAGE_ACTIONS = ("act_tag", "act_span", "act_delete", "act_accept", "act_reject",
                "act_start_left", "act_start_right", "act_end_left", "act_end_right",
                "act_status", "act_import")
PAGE_BUTTONS = ("status_button", "import_button")


def banner_text() -> str:
    return QCoreApplication.translate(
        "ReadOnly", "Read-only: you can read, search and export this register, but not "
                    "change it.")


def make_banner(parent: QWidget) -> QLabel:
    banner = QLabel(banner_text(), parent)
    banner.setObjectName("read_only_banner")
    banner.setStyleSheet(BANNER_STYLE)
    banner.setWordWrap(True)
    banner.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return banner


def disable_changes(window) -> None:
    """Disable every changing action of the window and its pages (the reader's editor
    shows its fields without letting them change)."""
    for name in WINDOW_ACTIONS:
        action = getattr(window, name, None)
        if action is not None:
            action.setEnabled(False)
    for page in getattr(window, "pages", []):
        for name in PAGE_ACTIONS:
            action = getattr(page, name, None)
            if action is not None:
                action.setEnabled(False)
        for name in PAGE_BUTTONS:
            button = getattr(page, name, None)
            if button is not None:
                button.setEnabled(False)
        editor = getattr(page, "editor", None)
        if editor is not None and hasattr(editor, "set_read_only"):
            editor.set_read_only(True)
        if hasattr(page, "read_only"):
            page.read_only = True
    library = getattr(window, "library", None)
    for name in ("act_remove", "import_button", "samples_button"):
        widget = getattr(library, name, None)
        if widget is not None:
            widget.setEnabled(False)
