"""Recall on text never seen (recall11o): grammar of tables and lists that holds for any
document of the genre, each rule tried in several wordings."""

import pytest

from tracker.extract import suggest
from tracker.extract.table import table_rows


# --- a task breakdown copied without its header row -----------------------------------------

@pytest.mark.parametrize("line, kinds", [
    # 序号 | 任务 | 责任单位 | 责任人 | 完成时限 | 电话
    ("2\t粮食产量100亿斤以上。\t市农技中心\t卢伯瑛\t2024年底前\t5555097",
     ["index", "measure", "lead", "person", "deadline", "index"]),
    # a group cell before the task, an empty person cell
    ("3\t二、加快新型工业化进程\t农产品加工业产值增长15%以上。\t产业科\t\t2024年底前",
     ["index", "index", "measure", "lead", "deadline"]),
    # no index, two body cells, a month as the limit
    ("完成老旧小区改造30个\t县住建局\t县财政局\t2025年6月底前",
     ["measure", "lead", "support", "deadline"]),
    # several people in one cell, a limit with 以前
    ("12\t建成县级数据共享平台\t县大数据中心\t王明 李华\t2025年9月30日以前",
     ["index", "measure", "lead", "person", "deadline"]),
    ("1\t开展河湖“清四乱”专项整治\t市水利局 各县区\t长期坚持",
     ["index", "measure", "lead", "deadline"]),
])
def test_a_row_without_header_is_typed_by_what_its_cells_hold(line, kinds):
    text = "一、重点任务\n" + line + "\n"
    (row,) = table_rows(text)
    assert [c.kind for c in row.cells] == kinds
    assert text[row.start] not in "\t "


@pytest.mark.parametrize("line", [
    "2025年\t某局\t其他",                              # no time limit (a year column)
    "1\t污水管网\t2024年底前",                          # nothing between task and limit
    "项目\t市住建局\t2024年6月止\t已完成",               # 止: as of, not a time limit
    "推进\t县水利局\t2024年底前",                       # no task (too short)
    "实施X工程，完成投资5亿元\t县发改局，县财政局，县住建局\t2024年底前",  # a body cell of prose
])
def test_lines_that_are_no_headerless_task_row(line):
    assert table_rows("说明\n" + line + "\n") == ()


@pytest.mark.parametrize("line, quote, body, deadline", [
    ("2\t粮食产量100亿斤以上。\t市农技中心\t卢伯瑛\t2024年底前\t5555097",
     "粮食产量100亿斤以上。\t市农技中心\t卢伯瑛\t2024年底前", "市农技中心", "2024-12-31"),
    ("3\t二、加快新型工业化进程\t农产品加工业产值增长15%以上。\t产业科\t\t2024年底前\t5555309",
     "农产品加工业产值增长15%以上。\t产业科\t\t2024年底前", "产业科", "2024-12-31"),
    ("7\t做好第三次全国土壤普查。\t市农发中心\t潘秀峰\t2024年6月底前",
     "做好第三次全国土壤普查。\t市农发中心\t潘秀峰\t2024年6月底前", "市农发中心", "2024-06-30"),
])
def test_a_headerless_row_is_one_record_with_its_body_and_time_limit(line, quote, body, deadline):
    from datetime import date

    text = "1\t农村居民人均可支配收入增长6%。\t法规科\t张三\t2024年底前\t5555309\n" + line + "\n"
    found = {s.quote: s for s in suggest(text, date(2024, 3, 1))}
    assert quote in found
    sug = found[quote]
    assert [b.name for b in sug.responsible][:1] == [body]
    assert sug.deadline is not None and sug.deadline.date.isoformat() == deadline


@pytest.mark.parametrize("header, row, quote", [
    ("序号\t任务\t责任单位\t完成时限\t进展情况", "1\t建成县残疾人综合服务中心。\t县残联\t12月底前\t已开工",
     "建成县残疾人综合服务中心。\t县残联\t12月底前"),
    ("序号\t工作任务\t牵头单位\t配合单位\t完成时限", "2\t新建2座人行天桥\t县住建局\t县交通局\t2024年9月底前",
     "新建2座人行天桥\t县住建局\t县交通局\t2024年9月底前"),
    ("序号\t项目名称\t责任单位\t备注", "3\t完成棚户区改造2836户\t县住建局\t续建",
     "完成棚户区改造2836户\t县住建局"),
])
def test_a_rows_quote_runs_over_its_body_and_time_cells_not_its_progress(header, row, quote):
    from datetime import date

    text = header + "\n" + row + "\n"
    assert quote in [s.quote for s in suggest(text, date(2024, 3, 1))]


# --- a measure and the money it puts in are one entry ---------------------------------------

@pytest.mark.parametrize("text, quote", [
    ("2.計畫投資1300萬元,建設分水水庫除險加固工程;", "計畫投資1300萬元,建設分水水庫除險加固工程"),
    ("今年计划投资1300万元，建设分水水库除险加固工程。", "今年计划投资1300万元，建设分水水库除险加固工程"),
    ("总投资5亿元，新建城南污水处理厂。", "总投资5亿元，新建城南污水处理厂"),
    ("加快新昌智造科创带建设，完成投资15亿元。", "加快新昌智造科创带建设，完成投资15亿元"),
    ("拟投资2.3亿元，实施老旧供水管网改造工程。", "拟投资2.3亿元，实施老旧供水管网改造工程"),
])
def test_a_budget_clause_joins_the_measure_it_funds(text, quote):
    from datetime import date

    assert quote in [s.quote for s in suggest(text, date(2024, 3, 1))]


@pytest.mark.parametrize("text, apart", [
    # a metric of investment is a target of its own, not a budget
    ("固定资产投资增长8%，完成投资15亿元。", "固定资产投资增长8%"),
    # a measure with a figure of its own keeps it
    ("总投资5亿元，新建污水管网20公里。", "新建污水管网20公里"),
])
def test_no_budget_join_with_a_figure_of_its_own(text, apart):
    from datetime import date

    assert apart in [s.quote for s in suggest(text, date(2024, 3, 1))]
