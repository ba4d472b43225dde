"""Tables as text: header columns typed by their labels, rows read by them."""

from tracker.extract.table import column_kind, table_rows


def test_column_kinds_from_header_labels():
    kinds = [column_kind(x) for x in
             ["序号", "问题描述", "整改目标", "整改时限", "责任单位", "配合单位", "责任领导", "整改措施",
              "整改进展", "备注"]]
    assert kinds == ["index", "problem", "goal", "deadline", "lead", "support", "person", "measure",
                     "progress", "progress"]
    assert column_kind("这一列写的是一段很长的说明文字而不是列名") is None


def test_rows_follow_their_header_until_prose_resumes():
    text = ("清单\n序号\t问题\t整改时限\t责任单位\n1\t污水直排\t2025年6月底前\t市住建局\n"
            "　　各单位要按时报送整改进展。\n2\t不是表格\t2025年\t某局\n")
    rows = table_rows(text)
    assert len(rows) == 1
    (row,) = rows
    assert [c.kind for c in row.cells] == ["index", "problem", "deadline", "lead"]
    assert text[row.cells[2].start:row.cells[2].end] == "2025年6月底前"


def test_cells_apart_by_bars_or_runs_of_spaces():
    text = "序号 | 整改目标 | 完成时限 | 牵头单位\n1 | 收集率达到90% | 2025年底前 | 县水利局\n"
    (row,) = table_rows(text)
    assert [text[c.start:c.end] for c in row.cells] == ["1", "收集率达到90%", "2025年底前", "县水利局"]


def test_text_without_separators_has_no_table():
    assert table_rows("整改时限：2025年底前\n责任单位：县水利局\n") == ()


def test_merged_rows_keep_their_columns_and_share_the_lead_above():
    # a progress table copied from a page: the lead cell spans the rows under it
    text = ("序号\t牵头单位\t项目名称\t子项目\t进展情况\n"
            "一\t区住建局\t打通断头路攻坚行动\t1.文化中心北路\t已完工\n"
            "\t\t\t2.乐业路\t已完工\n"
            "二\t区城管局\t井盖整治项目\t\t正在施工\n")
    rows = table_rows(text)
    kinds = [[(c.kind, text[c.start:c.end]) for c in row.cells] for row in rows]
    assert kinds[1] == [("other", "2.乐业路"), ("progress", "已完工"), ("lead", "区住建局")]
    assert ("lead", "区城管局") in kinds[2]
    assert ("lead", "区住建局") not in kinds[2]
