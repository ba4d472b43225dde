"""Baselines beside targets: a document's past result (an indicator) is stored when a
target of the same metric is accepted, and shown beside that target — and beside a target
of the same metric and region in another document."""

from __future__ import annotations

from datetime import date

from tracker.domain.model import Commitment, Comparator, Deadline, Precision, Target
from tracker.domain.spans import Span
from tracker.services import baselines, commitments, importing, suggesting
from tracker.services.context import AppContext
from tracker.storage import repos

TEXT = ("南昌市2026年政府工作报告\n"
        "南昌市人民政府\n"
        "2026年1月10日\n"
        "一、2025年工作回顾\n"
        "2025年，全市PM2.5平均浓度为27.4微克/立方米。\n"
        "二、2026年工作安排\n"
        "到2027年，全市PM2.5平均浓度控制在25微克/立方米以下。\n")


def test_baseline_stored_on_accept_and_shown_beside_the_target(tmp_path):
    source = tmp_path / "南昌市2026年政府工作报告.txt"
    source.write_text(TEXT, encoding="utf-8")
    ctx = AppContext.open(tmp_path / "b.db")
    try:
        report = importing.import_paths(ctx, [source])
        doc_id = report.imported[0].id
        pending = suggesting.pending_suggestions(ctx, doc_id)
        target = next(s for s in pending if s.target and s.target.metric
                      and "PM2.5" in s.target.metric)
        assert target.indicators, "the 2025 result travels with the target"
        with ctx.db.session() as session:
            assert repos.indicators_for_document(session, doc_id) == []
        made = suggesting.accept_suggestion(ctx, doc_id, target)
        with ctx.db.session() as session:
            stored = repos.indicators_for_document(session, doc_id)
        assert [(i.year, i.value, i.unit) for i in stored] == [(2025, 27.4, "微克/立方米")]
        assert baselines.baseline_text(ctx, made.id) == "2025年 27.4 微克/立方米 → 目标 ≤ 25"
        assert baselines.baseline_text(ctx, made.id, "en") == \
            "2025 27.4 微克/立方米 → target ≤ 25"

        # the same metric and region in another commitment: the same baseline; another
        # region or a target due by 2025: none
        def other(region, year):
            return commitments.create(ctx, Commitment(
                document_id=None, span=Span(0, 0, "PM2.5浓度再降"),
                target=Target(made.target.metric, Comparator.LE, 24.0, "微克/立方米"),
                deadline=Deadline(f"{year}年", date(year, 12, 31), Precision.YEAR),
                region_code=region)).id
        assert baselines.baseline_text(ctx, other(made.region_code, 2028)) == \
            "2025年 27.4 微克/立方米 → 目标 ≤ 24"
        assert baselines.baseline_text(ctx, other(made.region_code, 2025)) is None
        assert baselines.baseline_text(ctx, other("110000", 2028)) is None
        # accepting again (undo, accept) does not store it twice
        suggesting.accept_suggestions(ctx, doc_id, [target])
        with ctx.db.session() as session:
            assert len(repos.indicators_for_document(session, doc_id)) == 1
    finally:
        ctx.close()
