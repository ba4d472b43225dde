"""A task list's heading that names who leads the tasks under it (一、X牵头工作（8项）)
gives them their bodies and is no task itself; a table row's lead column answers for the
row whatever body its task cell opens with."""

from datetime import date

from tracker.extract.pipeline import suggest
from tracker.ingest.normalise import normalise_text


def test_heading_names_the_lead_of_its_items():
    text = ("某县人民政府办公室关于印发2025年重点任务分解的通知\n"
            "一、县示范区管委会牵头工作（3项）\n"
            "1.投资3000万元建设对虾养殖基地。\n"
            "2.建设3个劳动密集型产业园。\n"
            "二、县水利局牵头工作（1项）\n"
            "1.完成5座病险水库除险加固。\n")
    out = suggest(text, rules_only=True)
    by_quote = {s.quote: [b.name for b in s.responsible] for s in out}
    assert by_quote["投资3000万元建设对虾养殖基地"] == ["县示范区管委会"]
    assert by_quote["建设3个劳动密集型产业园"] == ["县示范区管委会"]
    assert by_quote["完成5座病险水库除险加固"] == ["县水利局"]
    assert not any("牵头工作" in s.quote for s in out)


def test_row_lead_column_wins_over_a_body_in_the_task_cell():
    text = ("2024年民生实事项目进度表\n"
            "序号\t牵头单位\t项目名称\t本月进展情况\n"
            "一\t区住建局\t区政府民生实事项目：新建停车位300个\t正在施工\n")
    out = [s for s in suggest(text, rules_only=True) if s.kind != "indicator"]
    assert out and all([b.name for b in s.responsible] == ["区住建局"] for s in out)


def test_normalising_keeps_the_tabs_of_empty_first_cells():
    text = "序号\t牵头单位\t子项目\n一\t区住建局\t1.文化中心北路\n\t\t2.乐业路\n　　正文。"
    assert normalise_text(text).split("\n")[2:] == ["\t\t2.乐业路", "正文。"]


def test_a_table_drawn_with_bars_gives_each_row_its_bodies_and_time():
    text = ("某市2026年重点工作任务分解表\n"
            "| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |\n"
            "| 1 | 完成城区集中供热管网改造20公里 | 市住建局 | 市发改委 | 2026年10月底 |\n"
            "| 2 | 建成区黑臭水体动态清零 | 市住建局 | 市生态环境局 | 2026年12月 |\n")
    out = suggest(text)
    got = [(s.quote, [b.name for b in s.responsible], s.deadline.date.isoformat()) for s in out]
    # each row one record: its task and the body and time cells after it (recall11o)
    assert got == [("完成城区集中供热管网改造20公里 | 市住建局 | 市发改委 | 2026年10月底",
                    ["市住建局", "市发改委"], "2026-10-31"),
                   ("建成区黑臭水体动态清零 | 市住建局 | 市生态环境局 | 2026年12月",
                    ["市住建局", "市生态环境局"], "2026-12-31")]


def test_a_merged_row_shares_the_lead_and_keeps_its_own_time():
    text = ("序号\t民生实事\t责任单位\t完成时限\n"
            "5\t开工建设县老年养护楼。\t县民政局\t5月底前动工\n"
            "\t开工建设老年大学。\t\t12月底前\n")
    out = suggest(text, date(2026, 2, 1))
    assert [(s.quote, [b.name for b in s.responsible]) for s in out] == [
        ("开工建设县老年养护楼。\t县民政局\t5月底前动工", ["县民政局"]),
        ("开工建设老年大学。\t\t12月底前", ["县民政局"])]
    assert out[1].deadline.date == date(2026, 12, 31)


def test_a_heading_naming_who_leads_it_is_a_task():
    text = ("某市农业农村污染治理方案\n"
            "（四）深化农业面源污染治理（市农业农村局牵头，市生态环境局配合）\n"
            "（五）坚持绿色发展理念\n")
    out = suggest(text)
    assert [(s.quote, [b.name for b in s.responsible]) for s in out] == [
        ("深化农业面源污染治理", ["市农业农村局", "市生态环境局"])]


def test_a_list_item_naming_a_programme_is_a_deliverable():
    text = "碳达峰十大行动\n1.能源绿色低碳转型行动\n2.节能降碳增效行动\n（一）大气污染防治攻坚行动\n完成10台锅炉淘汰。"
    assert [(s.quote, s.kind) for s in suggest(text)] == [
        ("能源绿色低碳转型行动", "deliverable"), ("节能降碳增效行动", "deliverable"),
        ("完成10台锅炉淘汰", "target")]  # the section's theme and the title stay out
