"""Themes from keywords: the shipped list, the user's own, on accept and in bulk, undo."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.cli import main
from tracker.domain.model import Commitment, Document, Kind
from tracker.domain.spans import Span
from tracker.services import commitments, overview, suggesting, themes
from tracker.services.context import AppContext
from tracker.storage import repos

TEXT = ("到2025年底，全市黑臭水体基本消除。PM2.5平均浓度下降到30微克/立方米。"
        "推進老舊小區改造。县级人大常委会定期听取报告。")


@pytest.fixture
def ctx(tmp_path):
    c = AppContext.open(tmp_path / "t.db")
    yield c
    c.close()


def _doc(ctx, text=TEXT, region="360100"):
    with ctx.db.session() as session:
        repos.ensure_regions(session, ctx.gazetteer.path(region))
        return repos.add_document(session, Document(
            title="要点", text=text, doc_date=date(2025, 1, 1), region_code=region,
            text_sha256=str(hash(text))), b"x").id


def _commit(ctx, doc_id, quote, themes=()):
    start = TEXT.index(quote)
    return commitments.create(ctx, Commitment(
        document_id=doc_id, span=Span.of(TEXT, start, start + len(quote)), kind=Kind.TARGET,
        region_code="360100", themes=list(themes))).id


@pytest.mark.parametrize("text, expected", [
    ("全市黑臭水体基本消除", ["水"]),
    ("PM2.5平均浓度下降到30微克/立方米", ["大气"]),
    ("到2030年前实现碳达峰", ["碳达峰"]),
    ("完成中央生态环境保护督察反馈问题整改", ["督察整改"]),
    ("加強飲用水水源地保護", ["水"]),                  # traditional script
    ("县级人大常委会定期听取报告", []),
    ("推进垃圾分类和危险废物处置，修复污染地块", ["土壤", "固废"]),
])
def test_shipped_keywords(ctx, text, expected):
    assert themes.themes_for(text, themes.keywords(ctx)) == expected


def test_user_keywords_add_a_theme_and_bad_lines_name_the_file(ctx):
    themes.add_user_keywords(ctx, "城市更新", ["老旧小区", "城中村"])
    table = themes.keywords(ctx)
    assert table["城市更新"] == ["老旧小区", "城中村"] and "水" in table
    assert themes.themes_for("推進老舊小區改造", table) == ["城市更新"]
    themes.user_file(ctx).write_text("城市更新 老旧小区\n", encoding="utf-8")
    with pytest.raises(themes.ThemeFileError, match=r"themes\.tsv, line 1: expected a theme"):
        themes.keywords(ctx, strict=True)
    assert "城市更新" not in themes.keywords(ctx)  # skipped, the shipped list still works


def test_apply_in_bulk_keeps_given_themes_and_undo_takes_only_its_own(ctx):
    doc = _doc(ctx)
    water = _commit(ctx, doc, "到2025年底，全市黑臭水体基本消除", themes=["重点"])
    air = _commit(ctx, doc, "PM2.5平均浓度下降到30微克/立方米")
    duty = _commit(ctx, doc, "县级人大常委会定期听取报告")
    done = themes.apply_themes(ctx)
    assert sorted(done.added) == sorted([(water, "水"), (air, "大气")])
    assert sorted(commitments.get(ctx, water).themes) == ["水", "重点"]
    assert commitments.get(ctx, duty).themes == []
    assert themes.apply_themes(ctx).added == ()  # nothing twice
    themes.unapply_themes(ctx, done)
    assert commitments.get(ctx, water).themes == ["重点"] and commitments.get(ctx, air).themes == []


def test_accepting_suggestions_applies_themes_and_the_matrix_fills(ctx):
    doc = _doc(ctx)
    pending = suggesting.pending_suggestions(ctx, doc)
    made = suggesting.accept_suggestions(ctx, doc, pending)
    tagged = {c.quote: c.themes for c in made}
    assert any("水" in themes for q, themes in tagged.items() if "黑臭水体" in q)
    ov = overview.compute(ctx)
    assert "水" in ov.themes and ov.theme_cells[("360000", "水")].count >= 1


def test_cli_themes_list_add_apply(ctx, capsys):
    doc = _doc(ctx)
    _commit(ctx, doc, "推進老舊小區改造")
    db = str(ctx.db.url or ctx.db.path)
    assert main(["--db", db, "themes", "add", "城市更新", "老旧小区"]) == 0
    assert main(["--db", db, "themes", "apply"]) == 0
    assert "1 themes given to 1 commitments" in capsys.readouterr().out
    assert main(["--db", db, "themes"]) == 0
    assert "城市更新 老旧小区" in " ".join(capsys.readouterr().out.split())
