"""The periodic report (通报): periods, and the DOCX read back with python-docx — its
headings, tables, picture and numbers, which are the overview's."""

from __future__ import annotations

import re
import zipfile
from datetime import date

import pytest
from docx import Document
from lxml import etree

from tracker.cli import main
from tracker.domain.filters import CommitmentFilter
from tracker.domain.lights import LIGHT_ORDER, LIGHT_ZH, Light, LightSettings
from tracker.domain.model import Status
from tracker.export.labels import STATUS
from tracker.export.report_docx import ANNEX_HEADERS, SECTION_TITLES, chinese_ordinal
from tracker.services import commitments, follow, register, report
from tracker.services import overview as ov
from tracker.services.context import AppContext

from tests.services.follow_fixtures import TODAY, build_grid

JX = "360000"


@pytest.mark.parametrize("text, first, last, label", [
    ("2026-11", date(2026, 11, 1), date(2026, 11, 30), "2026年11月"),
    ("2024-2", date(2024, 2, 1), date(2024, 2, 29), "2024年2月"),
    ("2026Q4", date(2026, 10, 1), date(2026, 12, 31), "2026年第四季度"),
    ("2026q1", date(2026, 1, 1), date(2026, 3, 31), "2026年第一季度"),
    ("2026", date(2026, 1, 1), date(2026, 12, 31), "2026年"),
])
def test_periods(text, first, last, label):
    assert report.Period.parse(text) == report.Period(first, last, label)


@pytest.mark.parametrize("bad", ["2026-13", "2026Q5", "26Q1", "", "去年", "2026-11-01"])
def test_a_wrong_period_is_named(bad):
    with pytest.raises(report.PeriodError, match="2026Q4"):
        report.Period.parse(bad)


def test_chinese_ordinals():
    assert [chinese_ordinal(n) for n in (1, 9, 10, 11, 20, 23, 99, 100)] == [
        "一", "九", "十", "十一", "二十", "二十三", "九十九", "100"]


@pytest.fixture
def written(ctx, tmp_path):
    made = build_grid(ctx)
    # achieved within 2026Q4 (two), before it (one): only the two are 本期办结
    on_track = [cid for cid, s, d in made if s is Status.ON_TRACK]
    commitments.change_status(ctx, on_track[:2], Status.ACHIEVED, note="已办结",
                             on=date(2026, 11, 20))
    commitments.change_status(ctx, on_track[2:3], Status.ACHIEVED, note="已办结",
                             on=date(2026, 9, 30))
    out = tmp_path / "通报.docx"
    done = report.write_report(ctx, out, JX, report.Period.parse("2026Q4"), pdf=False)
    return ctx, made, done, Document(str(out)), out


def _numbers(text: str, word: str) -> int:
    found = re.search(rf"{word}(\d+)项", text)
    assert found, (word, text)
    return int(found[1])


def test_the_layout(written):
    ctx, _made, done, doc, _out = written
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == "江西省政策承诺事项落实情况通报（2026年第四季度）"
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert headings == list(SECTION_TITLES)
    assert "附件：承诺事项清单" in texts
    # the title's runs carry an East Asian font (w:eastAsia), as do the headings'
    title_fonts = doc.paragraphs[0].runs[0]._r.rPr.rFonts
    assert title_fonts.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
                           "eastAsia") == "宋体"
    heading_run = next(p for p in doc.paragraphs if p.style.name == "Heading 1").runs[0]
    assert heading_run._r.rPr.rFonts.get(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia") == "黑体"
    # one picture: the status chart, a real PNG
    assert len(doc.inline_shapes) == 1
    blobs = [rel.target_part.blob for rel in doc.part.rels.values()
             if "image" in rel.reltype]
    assert len(blobs) == 1 and blobs[0].startswith(b"\x89PNG\r\n\x1a\n")
    # two tables: the chart's legend and the annex
    assert len(doc.tables) == 2
    annex = doc.tables[1]
    assert [c.text for c in annex.rows[0].cells] == list(ANNEX_HEADERS)
    assert len(annex.rows) - 1 == done.commitments


def test_numbers_equal_the_overview(written):
    ctx, made, done, doc, _out = written
    o = ov.compute(ctx, CommitmentFilter(region_code=JX), TODAY)
    body = "\n".join(p.text for p in doc.paragraphs)
    assert _numbers(body, "共登记政策承诺事项") == o.total.total == done.commitments
    for light in LIGHT_ORDER:
        assert _numbers(body, f"{LIGHT_ZH[light]}灯") == o.total.light(light)
    assert _numbers(body, "尚未办结（逾期）") == o.total.overdue > 0
    share = f"完成率{o.total.achieved_share * 100:.1f}%"
    assert share in body
    # the legend table: one row per status with the overview's count, then the total
    legend = doc.tables[0]
    rows = {r.cells[1].text: r.cells[2].text for r in legend.rows[1:]}
    for status in Status:
        assert rows[STATUS.label(status, "zh")] == str(o.total.status(status))
    assert rows["合计"] == str(o.total.total)
    # 二: items grouped by lead body, as many as the overview's overdue
    start = body.index("二、逾期未完成事项")
    section = body[start:body.index("三、临近到期事项")]
    groups = re.findall(r"（[一二三四五六七八九十]+）(\S+?)（(\d+)项）", section)
    assert groups and sum(int(n) for _b, n in groups) == o.total.overdue
    assert len(re.findall(r"^\d+\. ", section, re.M)) == o.total.overdue
    # 三: the table's rows for "due within the window" (open ones)
    window = follow.current_settings(ctx).due_window_days
    upcoming = register.ids(ctx, CommitmentFilter(region_code=JX, due_within_days=window,
                                                  statuses=follow.OPEN))
    third = body[body.index("三、临近到期事项"):body.index("四、本期办结事项")]
    assert len(re.findall(r"^\d+\. ", third, re.M)) == len(upcoming) > 0
    assert f"{window}天内到期{len(upcoming)}项" in body
    # 四: achieved during 2026Q4 in 江西省 (the grid's regions alternate: count them)
    fourth = body[body.index("四、本期办结事项"):body.index("附件")]
    assert "办结日期：2026年11月20日" in fourth
    achieved = len(re.findall(r"^\d+\. ", fourth, re.M))
    assert achieved == _numbers(body, "本期（2026年第四季度）办结")
    assert achieved <= 2 and "2026年9月30日" not in fourth
    # the annex's lights: each row's 灯 is its light, coloured
    annex = doc.tables[1]
    lights = [r.cells[6].text for r in annex.rows[1:]]
    assert {w: lights.count(w) for w in set(lights)} == {
        LIGHT_ZH[x]: o.total.light(x) for x in Light if o.total.light(x)}


def test_the_package_is_plain_valid_ooxml(written):
    *_rest, out = written
    with zipfile.ZipFile(out) as z:
        assert z.testzip() is None
        names = z.namelist()
        assert "[Content_Types].xml" in names and "word/document.xml" in names
        for name in names:
            if name.endswith(".xml") or name.endswith(".rels"):
                etree.fromstring(z.read(name))          # every part is well-formed XML
        xml = z.read("word/document.xml").decode("utf-8")
    assert "@@REPORT-" not in xml                        # every marker was replaced
    assert "mc:AlternateContent" not in xml and "w14:" not in xml


def test_the_window_of_the_lights_comes_from_the_settings(ctx, tmp_path):
    build_grid(ctx)
    follow.save_settings(ctx, LightSettings(due_window_days=7))
    out = tmp_path / "r.docx"
    report.write_report(ctx, out, None, report.Period.parse("2026-11"), pdf=False)
    body = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "全部地区" in body and "7天内到期" in body and "2026年11月" in body


def test_an_empty_register_gives_a_report_that_says_so(ctx, tmp_path):
    out = tmp_path / "空.docx"
    done = report.write_report(ctx, out, None, report.Period.parse("2026"), pdf=False)
    doc = Document(str(out))
    body = "\n".join(p.text for p in doc.paragraphs)
    assert done.commitments == 0 and "共登记政策承诺事项0项" in body
    assert "本期无逾期未完成事项。" in body and "本期无办结事项。" in body
    assert len(doc.tables[1].rows) == 1                  # the annex's header only


def test_pdf_is_skipped_with_a_reason_without_libreoffice(ctx, tmp_path, monkeypatch):
    monkeypatch.setattr(report.shutil, "which", lambda _name: None)
    done = report.write_report(ctx, tmp_path / "r.docx", None, report.Period.parse("2026"))
    assert done.pdf is None and "LibreOffice" in done.pdf_skipped
    assert (tmp_path / "r.docx").exists() and not (tmp_path / "r.pdf").exists()


def test_command_line(tmp_path, capsys):
    db = tmp_path / "cli.db"
    ctx = AppContext.open(db)
    today = date.today()
    build_grid(ctx, today)
    ctx.close()
    out = tmp_path / "通报.docx"
    assert main(["--db", str(db), "report", "--region", "江西省", "--period", "2026Q4",
                 "--no-pdf", str(out)]) == 0
    err = capsys.readouterr().err
    assert str(out) in err
    ctx = AppContext.open(db)
    try:
        o = ov.compute(ctx, CommitmentFilter(region_code=JX), today)
    finally:
        ctx.close()
    body = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert _numbers(body, "共登记政策承诺事项") == o.total.total
    assert _numbers(body, "尚未办结（逾期）") == o.total.overdue


@pytest.mark.parametrize("args, words", [
    (["--region", "江西省", "--period", "2026Q5"], "2026Q5"),
    (["--region", "火星省", "--period", "2026Q4"], "火星省"),
])
def test_command_line_names_bad_input(tmp_path, capsys, args, words):
    out = tmp_path / "r.docx"
    assert main(["--db", str(tmp_path / "x.db"), "report", *args, str(out)]) == 2
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err
    assert not out.exists()


def test_command_line_wants_a_docx_name(tmp_path, capsys):
    assert main(["--db", str(tmp_path / "x.db"), "report", "--period", "2026",
                 str(tmp_path / "r.pdf")]) == 2
    assert ".docx" in capsys.readouterr().err
