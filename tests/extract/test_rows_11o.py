"""Rows of a task table that came without its header row (rows11o): each cell is known by
what it holds, in any order and any layout (tabs, runs of spaces, bars, Traditional
script), and the row is one record quoted from its task over its body and time cells."""

from datetime import date

import pytest

from tracker.extract import suggest
from tracker.extract.table import content_kinds, table_rows

DOC_DATE = date(2024, 3, 1)


@pytest.mark.parametrize("cells, kinds", [
    # 序号 | 任务 | 责任单位 | 责任人 | 完成时限 | 电话
    (["2", "粮食产量100亿斤以上。", "市农技中心", "卢伯瑛", "2024年底前", "5555097"],
     ["index", "measure", "lead", "person", "deadline", "index"]),
    # the body first, no row number, a limit naming the act it bounds
    (["县住建局", "完成棚户区改造2836户", "12月底前"], ["lead", "measure", "deadline"]),
    (["建成县残疾人综合服务中心。", "县残联", "5月底前动工"], ["measure", "lead", "deadline"]),
    # sections of an office as bodies, several in one cell apart by spaces or 、
    (["做好第三次全国土壤普查。", "法规科 种植业管理科", "2024年6月底前"],
     ["measure", "lead", "deadline"]),
    (["（三）", "新建城区公厕12座", "县城管局、县住建局", "县财政局", "2024年9月底前"],
     ["index", "measure", "lead", "support", "deadline"]),
    # a body and its person, no time limit
    (["1", "启动县图书馆新馆建设。", "县文体广新局", "王明"], ["index", "measure", "lead", "person"]),
    # a time limit and no body
    (["3", "完成城区雨污分流改造。", "长期坚持"], ["index", "measure", "deadline"]),
    # the problem found, then the measure (问题 | 整改措施 | 责任单位 | 时限)
    (["1", "城区黑臭水体治理滞后。", "完成2条黑臭水体整治。", "市住建局", "2024年6月底前"],
     ["index", "problem", "measure", "lead", "deadline"]),
    # Traditional script, as the pipeline reads it (folded to Simplified)
    (["4", "建成縣級數據共享平臺", "縣大數據中心", "2025年底前"],
     ["index", "measure", "lead", "deadline"]),
])
def test_cells_are_known_by_what_they_hold(cells, kinds):
    assert content_kinds(cells) == kinds


@pytest.mark.parametrize("cells", [
    ["城镇新增就业", "人社局", "8950", "7356", "82%"],            # figures: a table of data
    ["关于印发实施方案的通知", "县政府办公室", "2024年3月1日"],     # a date, not a time limit
    ["污水直排问题突出", "管网建设滞后", "雨污混接", "市住建局"],   # three clause cells
    ["索引号", "MB1534522/2026-03520", "发文日期", "2026-01-04"],  # page furniture
    ["建成县残疾人综合服务中心", "已完工", "续建"],                # no body or time limit
    ["项目", "市住建局", "2024年6月止"],                         # 止: as of, and no task
])
def test_cells_that_make_no_task_row(cells):
    assert content_kinds(cells) is None


ROW = ("粮食产量100亿斤以上。", "市农技中心", "卢伯瑛", "2024年底前")


@pytest.mark.parametrize("line, quote", [
    ("2\t" + "\t".join(ROW) + "\t5555097", "\t".join(ROW)),
    ("\t".join(ROW), "\t".join(ROW)),
    ("2  " + "  ".join(ROW) + "  5555097", "  ".join(ROW)),
    ("| 2 | " + " | ".join(ROW) + " | 5555097 |", " | ".join(ROW)),
])
def test_a_row_in_any_layout_is_one_record_with_its_body_and_deadline(line, quote):
    text = "附件\n" + line + "\n"
    (row,) = table_rows(text)
    found = {s.quote: s for s in suggest(text, DOC_DATE)}
    assert quote in found
    sug = found[quote]
    assert [b.name for b in sug.responsible] == ["市农技中心"]
    assert sug.deadline is not None and sug.deadline.date == date(2024, 12, 31)
    assert sug.deadline.text == "2024年底前"  # quoted, the cell's words are the deadline's


def test_a_traditional_row_keeps_its_script():
    text = "附件\n2\t糧食產量100億斤以上。\t市農技中心\t盧伯瑛\t2024年底前\n"
    (sug,) = suggest(text, DOC_DATE)
    assert sug.quote == "糧食產量100億斤以上。\t市農技中心\t盧伯瑛\t2024年底前"
    assert [b.name for b in sug.responsible] == ["市農技中心"]
    assert sug.deadline is not None and sug.deadline.date == date(2024, 12, 31)


@pytest.mark.parametrize("task, body, deadline, clauses", [
    ("建成县级数据共享平台，实现部门数据互通。推进政务服务“一网通办”，办件网上可办率达到90%。",
     "县大数据中心", date(2025, 12, 31), 3),
    ("发展养生滋补预制菜产业，产值突破100亿元。实施肉牛振兴计划，实现肉牛产业产值70亿元。",
     "市畜牧中心", date(2024, 12, 31), 2),
])
def test_each_sentence_of_a_long_task_cell_keeps_the_rows_body_and_deadline(
        task, body, deadline, clauses):
    text = f"附件\n5\t{task}\t{body}\t张三\t{deadline.year}年底前\n"
    found = [s for s in suggest(text, DOC_DATE) if s.kind != "indicator"]
    assert len(found) >= clauses
    for sug in found:
        assert [b.name for b in sug.responsible] == [body]
        assert sug.deadline is not None and sug.deadline.date == deadline


def test_a_row_of_two_cells_goes_on_a_table_read_by_its_cells():
    text = ("附件\n1\t完成老旧小区改造30个。\t县住建局\t2024年6月底前\n"
            "新建城区公厕12座。\t2024年9月底前\n"
            "各单位要按时报送进展。\n新建城区公厕12座。\t2024年9月底前\n")
    rows = table_rows(text)
    assert len(rows) == 2  # the two-cell line after prose is no row
    assert [c.kind for c in rows[1].cells] == ["measure", "deadline"]
