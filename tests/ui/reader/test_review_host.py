"""The review part needs of its page only what `ReviewHost` declares: it works over a
small stand-in host, with its widgets and look-ups passed in (no mixin, no patching)."""

from __future__ import annotations

from tracker.ui.reader.keys import RecordKey


class StandInHost:
    """Only the ReviewHost protocol: the open document, the current record, and calls."""

    def __init__(self, ui, doc) -> None:
        self.ui, self.doc = ui, doc
        self.current: RecordKey | None = None
        self.calls: list[str] = []
        self.failures: list[str] = []

    def show_current(self) -> None:
        self.calls.append("show_current")

    def update_actions(self) -> None:
        self.calls.append("update_actions")

    def select(self, key, scroll: bool = True) -> None:
        self.current = key
        self.calls.append("select")

    def notify(self, text: str) -> None:
        self.calls.append(f"notify:{text}")

    def run(self, op, text: str) -> bool:
        from tracker.ui import operations

        self.calls.append(f"run:{op.kind.value}")
        return operations.run(self.ui, op, text, explain=self.failures.append)


def test_the_review_part_works_over_a_stand_in_host(window, reader_doc, qtbot):
    from PySide6.QtWidgets import QTabWidget, QWidget

    from tracker.services import library
    from tracker.ui.reader.editor import CommitmentEditor
    from tracker.ui.reader.review import BUSY, ReviewQueue
    from tracker.ui.reader.reviewing import SuggestionReview

    doc_id, _text = reader_doc
    ui = window.ui
    host = StandInHost(ui, library.get_document(ui.services, doc_id))
    holder = QWidget()
    qtbot.addWidget(holder)
    asked: list[list[str]] = []
    queue = ReviewQueue(holder, seen_elsewhere=lambda quotes: asked.append(quotes) or {})
    editor = CommitmentEditor(ui.services.gazetteer, parent=holder,
                              twins=lambda _c, _draft: [])
    side = QTabWidget(holder)
    side.addTab(QWidget(), "")
    side.addTab(queue, "")
    review = SuggestionReview(ui, host, queue, editor, side)

    review.reload_suggestions()
    qtbot.waitUntil(lambda: queue._state != BUSY, timeout=20000)
    assert len(review.suggestions) >= 2
    assert queue.model.rowCount() == len(review.suggestions)
    assert asked and set(asked[0]) == {s.quote for s in review.suggestions}
    assert "show_current" in host.calls and "update_actions" in host.calls

    first = review.suggestions[0]
    host.current = RecordKey.suggestion(0)
    before = ui.undo.count()
    review.reject_suggestion()           # through the host: the one operation path
    assert "run:reject" in host.calls and ui.undo.count() == before + 1
    assert first.quote not in [s.quote for s in review.suggestions]
    assert host.current == RecordKey.suggestion(0) and host.failures == []
    qtbot.waitUntil(lambda: queue._state != BUSY, timeout=20000)
    assert first.quote not in [s.quote for s in review.suggestions]

    review.accept_above(1.01)            # nothing that high: a hint through the host
    assert any(c.startswith("notify:") for c in host.calls)
