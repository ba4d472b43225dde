"""One shortcut table (tracker/ui/actions.py): the window's actions take their keys from
it, the README's key table is generated from it, and the keys the README mentions exist."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence

from tracker.ui.actions import README_BEGIN, README_END, SHORTCUTS, readme_section

README = Path(__file__).resolve().parents[2] / "README.md"

# keys the README mentions that are not actions: handled by the widget they are typed in
WIDGET_KEYS = {
    "Shift+Enter",   # the find bar's field: previous match (Enter: next)
    "Ctrl+wheel",    # the reader's text: zoom
}


def test_the_readme_key_table_is_the_generated_one(qapp):
    text = README.read_text(encoding="utf-8")
    assert README_BEGIN in text and README_END in text, "run tools/shortcuts_table.py"
    start = text.index(README_BEGIN)
    end = text.index(README_END) + len(README_END) + 1
    assert text[start:end] == readme_section(), \
        "README.md's key table is out of date: run PYTHONPATH=. python tools/shortcuts_table.py"


def test_every_key_the_readme_mentions_is_in_the_table():
    text = README.read_text(encoding="utf-8")
    mentioned = set(re.findall(r"\b(?:(?:Ctrl|Alt|Shift)\+)+(?:[A-Z0-9]\b|F\d+|[=+-]|"
                               r"Enter|Return|Delete|Up|Down|Left|Right|wheel)", text))
    known = {label for s in SHORTCUTS.values() for label in s.labels()}
    # Alt+←/→ in the prose are the arrows of the table
    assert mentioned, "the pattern found no keys at all"
    assert sorted(mentioned - known - WIDGET_KEYS) == []


def test_the_window_actions_take_their_keys_from_the_table(window):
    actions = window.findChildren(QAction)
    made = {a.objectName(): a for a in actions if a.objectName() in SHORTCUTS}
    assert set(made) == set(SHORTCUTS), "every entry of the table is used"
    unlisted = [(a.objectName(), a.text()) for a in actions
                if a.shortcuts() and a.objectName() not in SHORTCUTS]
    assert unlisted == [], "every action with keys has them from the table"
    for action_id, action in made.items():
        spec = SHORTCUTS[action_id]
        assert action.shortcuts() == spec.sequences(), action_id
        assert action.shortcutContext() == spec.context, action_id
        if spec.text:
            assert action.text() and action.text() != spec.text[1], \
                f"{action_id}: shown in Chinese"


def test_no_two_actions_of_one_part_share_a_key():
    seen: dict[tuple[str, str], str] = {}
    for s in SHORTCUTS.values():
        for seq in s.sequences():
            key = (s.where, seq.toString(QKeySequence.SequenceFormat.PortableText))
            if not key[1]:
                continue   # a standard key this platform leaves unbound
            assert seen.get(key, s.id) == s.id, f"{s.id} and {seen[key]} share {key[1]}"
            seen[key] = s.id


def test_the_keys_are_those_the_pages_had(window):
    """The keys kept when the pages' own helpers gave way to the table."""
    keys = {a.objectName(): [k.toString() for k in a.shortcuts()]
            for a in window.findChildren(QAction) if a.objectName() in SHORTCUTS}
    assert keys["reader.tag"] == ["Ctrl+T"]
    assert keys["reader.reject"] == ["Ctrl+Shift+Del"]
    assert keys["reader.delete"] == ["Del"]
    assert keys["reader.accept"] == ["Ctrl+Return", "Ctrl+Enter"]
    assert keys["reader.zoom_in"][0] == "Ctrl+="
    assert keys["table.status"] == ["Ctrl+U"] and keys["table.import"] == ["Ctrl+Shift+L"]
    assert keys["overview.png"] == ["Ctrl+Shift+G"] and keys["search.focus"] == ["Ctrl+K"]
    assert keys["window.redo"][-1] == "Ctrl+Y"
    assert keys["library.details"] == ["F2", "Alt+Return"]
