"""A task table's group label row (a merged row: one cell over the rows below it, the
other cells empty) does not end the table, whether its empty cells stay as tabs
(\\t强化科技创新支撑能力。\\t\\t\\t) or were lost (a line of one cell); and a row's one task
cell of one sentence, cut by a comma, is still the row's one record over the whole cell.

Sweep: header wordings × column orders × Simplified/Traditional × full/half-width row
numbers × with/without a 序号 column × label row kept with tabs / lost to a plain line,
through the ingest's cleanup as every document passes it."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from tracker.extract import suggest
from tracker.ingest.normalise import normalise_text

TASK_WORDS = ("重点工作", "重点任务", "工作任务", "主要任务")
LEAD_WORDS = ("牵头单位", "责任单位", "牵头部门")
SUPPORT_WORDS = ("配合单位", "协办单位", "参与单位")
ORDERS = ("task-lead-support", "task-support-lead")
SCRIPTS = ("simplified", "traditional")
NUMBERS = ("1", "１")
INDEX = (True, False)
LABELS = ("tabs", "plain")

_T2S = str.maketrans({"重": "重", "点": "點", "务": "務", "单": "單", "门": "門", "办": "辦",
                      "与": "與", "设": "設", "强": "強", "区": "區", "场": "場", "绿": "綠",
                      "态": "態", "环": "環", "境": "境", "质": "質", "级": "級", "体": "體",
                      "系": "系", "财": "財", "政": "政", "划": "劃", "资": "資", "规": "規"})

TASK = "加快建设以中新知识城、南沙科学城为极点，链接全市域科技创新关键节点的科技创新轴。"
LEAD = "市科技局"
SUPPORT = "市发展改革委、市财政局"


def _table(task_w: str, lead_w: str, support_w: str, order: str, number: str, index: bool,
           label: str) -> str:
    heads = [task_w, lead_w, support_w] if order == "task-lead-support" else [task_w, support_w, lead_w]
    cells = [TASK, LEAD, SUPPORT] if order == "task-lead-support" else [TASK, SUPPORT, LEAD]
    if index:
        heads, cells = ["序号", *heads], [number, *cells]
    width = len(heads)
    group = ("\t" + "强化科技创新支撑能力。" + "\t" * (width - 1) if label == "tabs"
             else "强化科技创新支撑能力。")
    return "\n".join(["2021年重点工作责任分工", "\t".join(heads), group, "\t".join(cells),
                      "\t".join([*(["２" if number == "１" else "2"] if index else []),
                                 "全力做好国家实验室筹建保障服务工作。", LEAD, SUPPORT]
                                if order == "task-lead-support" else
                                [*(["２" if number == "１" else "2"] if index else []),
                                 "全力做好国家实验室筹建保障服务工作。", SUPPORT, LEAD])])


CASES = list(itertools.product(TASK_WORDS, LEAD_WORDS, SUPPORT_WORDS, ORDERS, SCRIPTS, NUMBERS,
                               INDEX, LABELS))


def _found(text: str) -> list:
    return [s for s in suggest(normalise_text(text), date(2021, 2, 23))
            if s.kind.value != "indicator"]


@pytest.mark.parametrize("case", CASES, ids=["-".join(map(str, c)) for c in CASES])
def test_rows_under_a_group_label_keep_their_columns(case: tuple) -> None:
    task_w, lead_w, support_w, order, script, number, index, label = case
    text = _table(task_w, lead_w, support_w, order, number, index, label)
    if script == "traditional":
        text = text.translate(_T2S)
    found = _found(text)
    task = TASK if script == "simplified" else TASK.translate(_T2S)
    rows = [s for s in found if s.quote.startswith(task[:4])]
    assert rows, [s.quote for s in found]
    # the row is one record over its whole task cell (the clause after the comma too)
    assert rows[0].quote.rstrip("。").endswith(task.rstrip("。")[-6:]), rows[0].quote
    lead = LEAD if script == "simplified" else LEAD.translate(_T2S)
    assert lead in [b.name for b in rows[0].responsible]
    second = [s for s in found if "国家实验室" in s.quote or "國家實驗室" in s.quote]
    assert second and lead in [b.name for b in second[0].responsible]


def test_a_row_of_one_cell_amid_empty_cells_keeps_its_tabs() -> None:
    assert normalise_text("\t强化科技创新支撑能力。\t\t\t\n1\t任务\t市科技局").split("\n")[0] \
        == "\t强化科技创新支撑能力。"


def test_a_tab_indented_paragraph_stays_prose() -> None:
    assert normalise_text("\t各区、各部门要抓好落实。\n第二段。").split("\n")[0] == "各区、各部门要抓好落实。"


def test_prose_after_a_table_still_ends_it() -> None:
    text = ("序号\t重点任务\t牵头单位\t配合单位\n1\t建成县残疾人综合服务中心。\t县残联\t县民政局\n"
            "各单位要按照分工抓好落实，确保各项任务按期完成。\n"
            "县政府办公室要加强督查。")
    found = _found(text)
    last = [s for s in found if "督查" in s.quote]
    assert all("县残联" not in [b.name for b in s.responsible] for s in last)


def test_a_cell_of_two_sentences_stays_two_records() -> None:
    text = ("序号\t重点任务\t牵头单位\n"
            "1\t建成县残疾人综合服务中心，新增床位200张。完成县图书馆新馆建设，年底前投入使用。\t县残联\n")
    quotes = [s.quote for s in _found(text)]
    assert not any("床位" in q and "图书馆" in q for q in quotes), quotes


def test_the_group_label_in_an_html_table() -> None:
    from tracker.ingest.readers.web import read_html

    html = ("<html><body><table><tr><td>序号</td><td>重点工作</td><td>牵头单位</td><td>配合单位</td></tr>"
            "<tr><td></td><td>强化科技创新支撑能力。</td><td></td><td></td></tr>"
            f"<tr><td>1</td><td>{TASK}</td><td>{LEAD}</td><td>{SUPPORT}</td></tr>"
            "</table></body></html>").encode()
    text = normalise_text(read_html(html).text)
    found = [s for s in suggest(text, date(2021, 2, 23)) if s.quote.startswith("加快建设")]
    assert found and LEAD in [b.name for b in found[0].responsible]
    assert "科技创新轴" in found[0].quote
