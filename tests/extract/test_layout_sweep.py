"""The layout sweep (tests/extract/layout_sweep.py): 40 commitments of every kind, each
rendered in 59 layouts (paragraphs, lists with every marker, items numbered inside a line,
run-in items, role notes, labelled fields, ；-runs, task headings, lines
without 。, tables with tabs, spaces, bars and full-width spaces and with headers in any
order or none, Traditional (with inline pinyin), full-width digits, hard-wrapped PDF text, page numbers inside a sentence, HTML),
run through the public suggest path (suggest_file, as `tracker suggest --format jsonl`)
and judged as the scorer judges. Each layout keeps at least the passes it had when its
floor was set, and no layout makes furniture (headings, header rows, page numbers) into
suggestions.

Also the ingest step the sweep asked for (tracker/ingest/wrapped.py): hard-wrapped
paragraphs joined back, page numbers between two halves of a sentence dropped, and
ordinary documents (a paragraph a line, lists without 。, tables) left as they are.
"""

from __future__ import annotations

import pytest

from tests.extract import layout_sweep
from tracker.ingest.normalise import normalise_text
from tracker.ingest.wrapped import rejoin_wrapped, wrap_width

# passes of 40 by layout (floors; the sweep's table before/after is in the commits)
FLOOR = {name: 40 for name in layout_sweep.LAYOUTS}
FLOOR.update({
    "list 1.": 39, "list 1、": 39, "list （1）": 39, "list (1)": 39, "list ①": 39, "list 一是": 39,
    "list 第一，": 39, "list 一、": 37, "list （一）": 39, "list 1)": 39, "list •": 39, "list -": 39,
    "list ▲": 39, "list □": 39, "list 1. no stop": 39, "list （1） no stop": 39, "list ； stop": 39,
    "list １． full-width": 39, "semicolons": 39, "heading 二、": 35, "heading （二）": 35,
    "lines no stop": 39, "last line": 39, "last line numbered": 39, "table TAB": 39,
    "table spaces": 39, "table pipes": 39, "table full-width spaces": 39, "table no header": 38,
    "table 时限/单位/任务": 39, "traditional list （1）": 39, "traditional table": 39,
    "html list": 39, "html table": 39, "run-in （一）": 37, "run-in 一是": 37, "run-in 1.": 39,
    "pdf wrapped list": 39, "traditional pinyin list （1）": 39, "traditional table no header": 38,
    "full-width table": 39,
})


@pytest.mark.parametrize("layout", list(layout_sweep.LAYOUTS))
def test_layout_keeps_its_passes_and_no_furniture(layout: str) -> None:
    passes, n, alarms = layout_sweep.sweep([layout])[layout]
    assert passes >= FLOOR[layout], f"{layout}: {passes}/{n}"
    assert alarms == 0


PARAGRAPH = ("我们要坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大精神。今年，到2027年，全市城市"
             "生活污水集中收集率达到75%以上。抓紧制定2030年前二氧化碳排放达峰行动方案。要强化组织领导，形成工作合力。")


def _wrap(text: str, columns: int) -> list[str]:
    return layout_sweep._wrap(text, columns).split("\n")


@pytest.mark.parametrize("columns", [56, 60, 64, 70, 74, 80])
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_hard_wrapped_paragraph_is_one_line_again(columns: int, script: str) -> None:
    text = PARAGRAPH if script == "simplified" else layout_sweep._s2t(PARAGRAPH)
    lines = _wrap(text, columns) + [""] + _wrap(text, columns)
    assert rejoin_wrapped(lines) == [text, "", text]


@pytest.mark.parametrize("page", ["第 3 页", "第3页", "- 3 -", "— 12 —", "－3－", "3/12", "第 3 页 共 12 页"])
def test_a_page_number_inside_a_sentence_is_dropped_and_the_sentence_joined(page: str) -> None:
    head, tail = PARAGRAPH[:60], PARAGRAPH[60:]
    assert rejoin_wrapped([head, page, tail]) == [PARAGRAPH]
    assert rejoin_wrapped([head, "", page, "", tail]) == [PARAGRAPH]
    assert normalise_text(f"{head}\n\n{page}\n\n{tail}\n") == PARAGRAPH


@pytest.mark.parametrize("lines", [
    # a paragraph a line, of every length
    [PARAGRAPH, "森林覆盖率达到38%以上。", PARAGRAPH[:50] + "。", "要强化组织领导。"],
    # a list without final stops, items of one width
    ["1.年内新建改造农村公路120公里和乡村道路", "2.开工建设保障性租赁住房3000套及配套", "3.新增城镇就业岗位1.2万个和公益岗位"],
    ["一是年内新建改造农村公路120公里及乡村道路", "二是开工建设保障性租赁住房3000套及配套设施",
     "三是新增城镇就业岗位1.2万个和公益性岗位"],
    # task lines without 。 and no marker, of one width: only a page number would join them
    ["年内新建改造农村公路120公里及乡村道路网", "开工建设保障性租赁住房3000套及配套设施", "新增城镇就业岗位1.2万个和公益性岗位岗"],
    # tables: tabs, runs of spaces, bars, ideographic spaces
    ["1\t年内新建改造农村公路120公里\t市交通局\t2025年底前"] * 4,
    ["1    年内新建改造农村公路120公里    市交通局    2025年底前"] * 4,
    ["| 1 | 年内新建改造农村公路120公里 | 市交通局 | 2025年底前 |"] * 4,
    ["1\u3000\u3000年内新建改造农村公路120公里\u3000\u3000市交通局\u3000\u30002025年底前"] * 4,
    # headings over their paragraphs
    ["一、总体要求", PARAGRAPH, "二、年底前完成城区集中供热管网改造", PARAGRAPH],
])
def test_ordinary_text_is_left_as_it_is(lines: list[str]) -> None:
    assert rejoin_wrapped(lines) == lines


def test_a_short_line_before_a_page_number_is_no_cut_sentence() -> None:
    # a heading, a line ending with a stop, a line with no inner mark: kept apart
    for before in ["二、重点任务", PARAGRAPH, "年内新建改造农村公路120公里及乡村道路网建设"]:
        assert rejoin_wrapped([before, "第 3 页", "开工建设保障性租赁住房3000套"]) == \
            [before, "开工建设保障性租赁住房3000套"]


def test_wrap_width_is_none_for_ordinary_text() -> None:
    assert wrap_width([PARAGRAPH, PARAGRAPH[:30], PARAGRAPH[:45]]) is None
    assert wrap_width(_wrap(PARAGRAPH * 3, 60)) == 60


# A header-less task row whose time cell is a month or a year standing alone (2025年6月 /
# 6月份 / 2025.6 / 2025年): beside a body cell it is the row's time limit
@pytest.mark.parametrize("cells, kinds", [
    (["2", "加快推进全国碳排放权交易市场建设", "市生态环境局", "2025年6月"],
     ["index", "measure", "lead", "deadline"]),
    (["开工建设保障性租赁住房3000套", "县住建局", "6月份"], ["measure", "lead", "deadline"]),
    (["县住建局", "2025.9", "完成200户农村危房改造"], ["lead", "deadline", "measure"]),
    (["3", "建成縣級數據共享平臺", "縣大數據中心", "2025年"], ["index", "measure", "lead", "deadline"]),
    (["打通断头路8条", "县交通运输局、县住建局", "2025年 10月"], ["measure", "lead", "deadline"]),
])
def test_a_month_alone_beside_a_body_is_a_rows_time_limit(cells, kinds) -> None:
    from tracker.extract.table import content_kinds
    assert content_kinds(cells) == kinds


@pytest.mark.parametrize("cells", [
    ["城镇新增就业", "2025年6月", "8950"],                  # no body: figures by month
    ["地区生产总值增速", "2024年", "2025年"],                # a data table's years
    ["关于印发实施方案的通知", "县政府办公室", "2024年3月1日"],  # a date, not a time limit
])
def test_a_month_without_a_body_makes_no_task_row(cells) -> None:
    from tracker.extract.table import content_kinds
    assert content_kinds(cells) is None


def test_a_header_less_row_with_a_month_is_one_record_with_its_deadline() -> None:
    from datetime import date

    from tracker.extract import suggest
    for month, iso in [("2025年6月", date(2025, 6, 30)), ("6月份", date(2025, 6, 30)),
                       ("2025年", date(2025, 12, 31))]:
        text = f"附件\n2\t加快推进全国碳排放权交易市场建设\t市生态环境局\t{month}\n"
        (sug,) = [s for s in suggest(text, date(2025, 3, 1)) if s.kind != "indicator"]
        assert sug.quote == f"加快推进全国碳排放权交易市场建设\t市生态环境局\t{month}"
        assert [b.name for b in sug.responsible] == ["市生态环境局"]
        assert sug.deadline is not None and sug.deadline.date == iso


# Item markers: a number closed by a bracket alone (1) / 2）) and a hyphen (- / －)
# open a list item as 1. and • do; the marker is cut off the unit, and an item whose only
# anchor is its place in a list (a deliverable with no number or date) is kept as under 1.
@pytest.mark.parametrize("marker", ["1.", "1)", "1）", "- ", "-", "－", "• "])
@pytest.mark.parametrize("items", [
    ["推进虹桥商务区小学等8所学校建设", "对严重滞后的事项进行通报并挂牌督办", "实施招商引资“百千”行动"],
    ["年内新建改造农村公路120公里", "加快推进全国碳排放权交易市场建设", "出台农村生活垃圾分类实施方案"],
    ["年內新建改造農村公路120公里", "加快推進全國碳排放權交易市場建設", "出臺農村生活垃圾分類實施方案"],
])
def test_an_item_after_any_marker_is_a_unit_without_its_marker(marker: str, items: list[str]) -> None:
    from datetime import date

    from tracker.extract import suggest
    text = "一、重点任务\n" + "".join(f"{marker}{x}。\n" for x in items)
    quotes = {s.quote for s in suggest(text, date(2025, 3, 1)) if s.kind != "indicator"}
    assert set(items) <= quotes


@pytest.mark.parametrize("clause, marker, rest", [
    ("1)完成200户农村危房改造", "1)", "完成200户农村危房改造"),
    ("12）打通断头路8条", "12）", "打通断头路8条"),
    ("- 打通断头路8条", "-", "打通断头路8条"),
    ("－到2025年，森林覆盖率达到38%以上", "－", "到2025年"),
])
def test_the_marker_is_cut_off_the_clause(clause: str, marker: str, rest: str) -> None:
    from tracker.extract.segment import split_clauses
    first = split_clauses(clause, 0, len(clause))[0]
    assert (first.marker, first.text) == (marker, rest)


@pytest.mark.parametrize("text", [
    "增长5%)以上",          # a bracket closing a figure is no item
    "3-5年内完成改造",      # a range, no dash marker
    "5)%",
    "——2024年1月30日在县第十六届人民代表大会第四次会议上",  # a byline's dash
])
def test_no_marker_where_a_figure_goes_on(text: str) -> None:
    from tracker.extract.segment import LIST_MARKER
    m = LIST_MARKER.match(text)
    assert m is None


# A paragraph's short first sentence naming a programme in quotes (实施“百千”行动 / 开展
# “清河”专项行动 / 实施“三大”工程) is a measure to carry out, not the theme of the paragraph;
# a field of work (深入打好蓝天保卫战 / 推进乡村振兴) stays a theme.
@pytest.mark.parametrize("marker", ["（一）", "一是", "1.", ""])
@pytest.mark.parametrize("first, unit", [
    ("实施招商引资“百千”行动", True),
    ("开展“清河”专项行动", True),
    ("实施“強基”工程", True),
    ("启动“双十”计划", True),
    ("組織開展“送法下鄉”活动", True),
    ("深入打好蓝天保卫战", False),
    ("全面推进乡村振兴", False),
])
def test_a_programme_named_in_quotes_opens_no_theme(marker: str, first: str, unit: bool) -> None:
    from datetime import date

    from tracker.extract import suggest
    text = f"{marker}{first}。要强化组织领导，持续推进燃煤锅炉整治。\n"
    quotes = {s.quote for s in suggest(text, date(2025, 3, 1)) if s.kind != "indicator"}
    if unit:
        assert first in quotes
    elif marker != "1.":  # (a 1. item is a measure of its own already, as before)
        assert first not in quotes
