"""A register covering every status × deadline case of the lights, built through the
services, with a fixed today (shared by the follow-up, reminder and report tests)."""

from __future__ import annotations

from datetime import date, timedelta

from tracker.domain.model import (
    BodyRef, BodyRole, Commitment, Deadline, Document, Kind, Precision, Status,
)
from tracker.domain.spans import Span
from tracker.services import commitments
from tracker.storage import repos

TODAY = date(2026, 12, 6)
OFFSETS = (None, -40, -1, 0, 7, 8, 30, 31, 200)   # deadline = TODAY + offset days
REGIONS = ("360000", "360100", "360200", "140000")   # 江西省, 南昌市, 景德镇市, 山西省
BODIES = ("省生态环境厅", "南昌市住建局", "景德镇市水务局")


def build_grid(ctx, today: date = TODAY) -> list[tuple[int, Status, date | None]]:
    """One commitment per status × deadline offset from ``today``, spread over regions and
    bodies; returns (id, status, deadline) in creation order."""
    ctx.today = lambda: today
    quotes = [f"第{n}项：完成任务{n}" for n in range(len(Status) * len(OFFSETS))]
    text = "。".join(quotes) + "。"
    with ctx.db.session() as session:
        for code in REGIONS:
            repos.ensure_regions(session, ctx.gazetteer.path(code))
        doc = repos.add_document(session, Document(title="江西省重点任务清单", text=text,
                                                   doc_date=date(2026, 1, 5),
                                                   region_code="360000"), b"raw")
    out = []
    n = 0
    for status in Status:
        for offset in OFFSETS:
            quote = quotes[n]
            at = text.index(quote)
            deadline = None if offset is None else today + timedelta(days=offset)
            c = commitments.create(ctx, Commitment(
                document_id=doc.id, span=Span.of(text, at, at + len(quote)),
                kind=Kind.DEADLINE if deadline else Kind.DUTY,
                deadline=Deadline("年底前", deadline, Precision.DAY) if deadline else None,
                responsible=[BodyRef(BODIES[n % len(BODIES)], BodyRole.LEAD)],
                region_code=REGIONS[n % len(REGIONS)], status=status))
            out.append((c.id, status, deadline))
            n += 1
    return out


def set_registered(ctx, ids, day: date) -> None:
    """Backdate when these commitments were registered (created_at)."""
    from tracker.storage.dialect import driver_execute

    with ctx.db.session() as session:
        for cid in ids:   # through the dialect seam: the same statement on both backends
            driver_execute(session, "UPDATE commitment SET created_at = ? WHERE id = ?",
                           (f"{day.isoformat()} 09:00:00", cid))
