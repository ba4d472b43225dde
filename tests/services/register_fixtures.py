"""A small register with known fields, built through the services (shared by the register,
ledger and table tests)."""

from __future__ import annotations

from datetime import date

from tracker.domain.model import (
    BodyRef, BodyRole, Commitment, Comparator, Deadline, Document, Kind, Precision, Status,
    Target,
)
from tracker.domain.spans import Span
from tracker.services import commitments
from tracker.storage import repos

TODAY = date(2026, 6, 1)

TEXT = ("到2025年底，全省优良水体比例达到80%以上。2026年6月底前，完成太原市黑臭水体整治。"
        "大同市年内建成垃圾焚烧发电项目。县级以上人大常委会定期听取生态文明建设报告。"
        "南昌市全面消除劣五类水体。")

# quote, kind, region, lead, support, deadline, status, themes
SPECS = [
    ("到2025年底，全省优良水体比例达到80%以上", Kind.TARGET, "140000", "省生态环境厅",
     ["省水利厅"], date(2025, 12, 31), Status.ON_TRACK, ["水"]),
    ("2026年6月底前，完成太原市黑臭水体整治", Kind.DEADLINE, "140100", "太原市住建局", [],
     date(2026, 6, 30), Status.NOT_STARTED, ["水", "城市"]),
    ("大同市年内建成垃圾焚烧发电项目", Kind.DELIVERABLE, "140200", "大同市城管局", [],
     date(2026, 12, 31), Status.AT_RISK, ["固废"]),
    ("县级以上人大常委会定期听取生态文明建设报告", Kind.DUTY, "140000", "省人大常委会", [],
     None, Status.UNKNOWN, []),
    ("南昌市全面消除劣五类水体", Kind.TARGET, "360100", "南昌市生态环境局", ["省生态环境厅"],
     date(2025, 6, 30), Status.ACHIEVED, ["水"]),
]


def build_register(ctx) -> list[int]:
    """Five commitments in one document; returns their ids in SPECS order."""
    ctx.today = lambda: TODAY
    with ctx.db.session() as session:
        repos.ensure_regions(session, ctx.gazetteer.path("140000"))
        doc = repos.add_document(session, Document(title="山西省生态环境保护规划", text=TEXT,
                                                   doc_date=date(2024, 1, 1),
                                                   region_code="140000"), b"raw")
    ids = []
    for quote, kind, region, lead, support, deadline, status, themes in SPECS:
        at = TEXT.index(quote)
        target = (Target("优良水体比例", Comparator.GE, 80.0, "%") if kind is Kind.TARGET
                  and "80%" in quote else None)
        c = commitments.create(ctx, Commitment(
            document_id=doc.id, span=Span.of(TEXT, at, at + len(quote)), kind=kind,
            deadline=Deadline("年底前", deadline, Precision.DAY) if deadline else None,
            target=target,
            responsible=[BodyRef(lead, BodyRole.LEAD)] + [BodyRef(s, BodyRole.SUPPORT)
                                                           for s in support],
            region_code=region, status=status, themes=themes))
        ids.append(c.id)
    return ids


def two_clients(target):
    """Two clients (own engine, own identity: alice and bob) on one register built by
    build_register at `target` (a file or a server URL); yields (a, b, ids), closes both."""
    from tracker.services.context import AppContext

    a = AppContext.open(target)
    a.db.actor = "alice"
    ids = build_register(a)
    b = AppContext.open(target)
    b.db.actor = "bob"
    b.today = a.today
    try:
        yield a, b, ids
    finally:
        a.close()
        b.close()
