"""A task list's heading that names who leads the tasks under it (一、X牵头工作（8项）)
gives them their bodies and is no task itself; a table row's lead column answers for the
row whatever body its task cell opens with."""

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
