"""The demo library looks like real work, and says it is a demonstration."""

from __future__ import annotations

from datetime import date

from tracker.domain.model import Status
from tracker.services import commitments, demo, overview
from tracker.services.context import AppContext

TODAY = date(2026, 3, 15)


def test_demo_register_has_deadlines_themes_statuses_and_marked_progress(tmp_path):
    ctx = AppContext.open(tmp_path / "demo.db")
    ctx.today = lambda: TODAY
    try:
        r = demo.load_demo(ctx)
        assert len(r.imported.imported) == 5 and len(r.commitments) > 150
        o = overview.compute(ctx)
        statuses = {s for s, n in o.total.by_status.items() if n}
        assert {Status.NOT_STARTED, Status.ON_TRACK, Status.AT_RISK, Status.ACHIEVED,
                Status.MISSED} <= statuses
        assert o.total.overdue > 0 and o.total.due_soon > 0
        years = {q.year for q in o.quarters}
        assert len(years) >= 4 and min(years) < TODAY.year < max(years)
        assert len(o.themes) >= 5
        made = commitments.get_many(ctx, r.commitments)
        assert all(c.deadline and c.deadline.date for c in made)
        invented = [c for c in made if c.deadline.text.startswith("演示时限")]
        assert invented and all(demo.DEMO_NOTE in c.notes for c in invented)
        entries = [e for cid in r.commitments for e in commitments.progress(ctx, cid)]
        assert len(entries) == r.progress_entries > 100
        assert all(e.note.startswith(demo.DEMO_MARK) and e.date <= TODAY for e in entries)
        again = demo.load_demo(ctx)                  # twice: nothing new
        assert again.commitments == [] and again.imported.imported == []
    finally:
        ctx.close()


def test_demo_fills_the_overview_and_a_second_load_adds_nothing(ctx):
    made = demo.load_demo(ctx).commitments
    o = overview.compute(ctx)
    assert o.total.total == len(made) > 50
    assert {"360000", "500000", "220000", "140200"} <= set(o.nodes)
    assert o.nodes["140000"].counts.total == o.nodes["140200"].counts.total
    assert demo.load_demo(ctx).commitments == []        # already reviewed: nothing new
