"""The reader's strings follow the interface language."""

from __future__ import annotations

from tracker.domain.model import Kind


def test_language_switch_changes_the_reader(window, page, qtbot):
    assert page.act_tag.text() == "标记为承诺"
    assert page.editor.kind.itemText(page.editor.kind.findData(Kind.TARGET.value)) == "目标"
    window.set_language("en")
    qtbot.waitUntil(lambda: page.act_tag.text() == "Tag as commitment", timeout=5000)
    assert window.tabs.tabText(0) == "Reader"
    assert page.editor.labels["kind"].text() == "&Kind"
    assert page.editor.kind.itemText(page.editor.kind.findData(Kind.TARGET.value)) == "Target"
    assert page.review.accept_button.text() == "Accept"
    assert page.side.tabText(1).startswith("Suggestions")
    window.set_language("zh_CN")
    qtbot.waitUntil(lambda: page.act_tag.text() == "标记为承诺", timeout=5000)
    assert window.tabs.tabText(0) == "阅读"
    assert page.side.tabText(0).startswith("承诺")
