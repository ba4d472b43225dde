"""The document date comes from the signature line, the byline, the title or the lede's
event — never from a time limit written in the text or in a table."""

from __future__ import annotations

import io
from datetime import date

import docx
import pytest

from tracker.ingest import read_bytes
from tracker.ingest.metadata import guess_metadata
from tracker.ingest.normalise import tidy_lines

PLAN_BODY = ("为深入推进整改工作，制定本方案。\n"
             "一、工作目标\n到2026年6月30日前，完成全部整改任务。\n")

CASES = [
    # (what, text, expected)
    ("signature after a deadline in the text",
     "关于印发整改方案的通知\n各有关单位：\n" + PLAN_BODY + "某市人民政府办公室\n2026年2月10日",
     date(2026, 2, 10)),
    ("signature on one line with the body",
     "关于印发整改方案的通知\n" + PLAN_BODY + "某市人民政府办公室 2026年2月10日",
     date(2026, 2, 10)),
    ("signature in Chinese numerals, in brackets",
     "关于印发整改方案的通知\n" + PLAN_BODY + "某市生态环境局\n（二〇二六年二月十日）",
     date(2026, 2, 10)),
    ("signature followed by a publication note",
     "关于印发整改方案的通知\n" + PLAN_BODY + "某市人民政府\n2026年2月10日\n（此件公开发布）",
     date(2026, 2, 10)),
    ("deadline table row is not the date",
     "整改任务清单\n序号\t整改任务\t完成时限\n1\t完成排查\t2026年6月30日\n"
     "某市人民政府\n2026年2月10日", date(2026, 2, 10)),
    ("table row alone gives no date",
     "整改任务清单\n序号\t整改任务\t完成时限\n1\t完成排查\t2026年6月30日\n请各单位抓好落实。",
     None),
    ("labelled byline 时间：",
     "某市召开会议\n时间：2026-02-10 09:30 来源：某市生态环境局\n会议强调要抓好落实。",
     date(2026, 2, 10)),
    ("labelled byline 发布日期：",
     "某市召开会议\n发布日期：2026年2月10日\n会议强调要抓好落实。", date(2026, 2, 10)),
    ("a time limit line near the top is not the date",
     "整改方案\n完成时限：2026年6月30日\n会议强调要抓好落实。", None),
    ("截止 before the date is not the date",
     "整改方案\n截止2026年6月30日，完成全部任务。", None),
    ("date in the title",
     "在全市生态环境保护大会上的讲话（2026年2月10日）\n同志们：今天召开大会。", date(2026, 2, 10)),
    ("lede's event date wins over a later byline",
     "某市会议召开\n发布时间：2026-02-12\n2月10日，全市会议召开。", date(2026, 2, 10)),
    ("a deadline in the lede is not the event date",
     "关于加快推进的意见\n为加快推进工作，各地要在2026年6月30日完成排查，逐项整改到位。",
     None),
    ("a deadline in the lede, signature at the end",
     "关于加快推进的意见\n为加快推进工作，各地要在2026年6月30日完成排查。\n"
     "某省人民政府\n2026年2月10日", date(2026, 2, 10)),
    ("the lede opens with the date",
     "某省人大会议通过决定\n2026年2月10日，省人大常委会会议通过决定，要求2026年6月30日前完成。",
     date(2026, 2, 10)),
]


@pytest.mark.parametrize(("what", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_document_date(what, text, expected):
    assert guess_metadata(tidy_lines(text)).doc_date == expected, what


def test_container_date_is_the_last_resort():
    text = "整改方案\n完成时限：2026年6月30日\n请抓好落实。"
    assert guess_metadata(tidy_lines(text), date_hint=date(2026, 1, 5)).doc_date == date(2026, 1, 5)


def _docx(paragraphs_before, table_rows, paragraphs_after) -> bytes:
    d = docx.Document()
    for p in paragraphs_before:
        d.add_paragraph(p)
    table = d.add_table(rows=len(table_rows), cols=len(table_rows[0]))
    for r, row in enumerate(table_rows):
        for c, cell in enumerate(row):
            table.cell(r, c).text = cell
    for p in paragraphs_after:
        d.add_paragraph(p)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_docx_signed_date_not_the_table_deadline():
    """The case from the issue: a DOCX signed 2026年2月10日 with a 2026年6月30日 deadline
    in its table."""
    data = _docx(
        ["某市生态环境问题整改工作方案", "为抓好整改落实，制定本方案。"],
        [["序号", "整改任务", "完成时限"], ["1", "完成污水管网排查", "2026年6月30日"]],
        ["某市人民政府办公室", "2026年2月10日"])
    result = read_bytes(data, "plan.docx")
    assert result.doc_date == date(2026, 2, 10)
