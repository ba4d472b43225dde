"""Conventions of rectification plans and implementation plans, on invented text:
framing clauses before lead-in time words, role notes after body names, conditional
lead-ins, actors carried along a semicolon chain, and the issuer a title names."""

from datetime import date

import pytest

from tracker.domain import BodyRole
from tracker.extract import suggest
from tracker.extract.labels import Item, read_label


def _by(out, words):
    hits = [s for s in out if words in s.quote]
    assert hits, [s.quote for s in out]
    return hits[0]


def test_framing_clause_before_lead_in_time_words():
    text = "通过整改，到2026年底，全县农村生活污水治理率达到60%以上，黑臭水体动态清零。"
    out = suggest(text, date(2025, 4, 1))
    assert _by(out, "治理率").deadline.date == date(2026, 12, 31)
    assert _by(out, "动态清零").deadline.date == date(2026, 12, 31)


def test_role_notes_after_body_names_give_the_role():
    item = Item()
    read_label("责任单位：县林业局（牵头）、县水利局（配合），各乡镇人民政府", None, item)
    assert [(b.name, b.role) for b in item.bodies] == [
        ("县林业局", BodyRole.LEAD), ("县水利局", BodyRole.SUPPORT), ("各乡镇人民政府", BodyRole.LEAD)]


def test_a_conditional_lead_in_joins_the_clause_it_conditions():
    out = suggest("对拒不整改、屡查屡犯的企业，依法依规从严处罚。", date(2025, 4, 1))
    assert len(out) == 1 and out[0].quote.startswith("对拒不整改")


def test_actor_named_at_the_head_of_a_semicolon_chain_answers_for_its_parts():
    text = ("县交通运输局牵头，2025年9月底前完成国省道沿线扬尘治理；"
            "年底前淘汰国三及以下排放标准营运柴油货车200辆。")
    out = suggest(text, date(2025, 4, 1), issuer="某县人民政府")
    trucks = _by(out, "柴油货车")
    assert [b.name for b in trucks.responsible] == ["县交通运输局"]
    assert trucks.deadline.date == date(2025, 12, 31)


def test_a_title_opening_with_a_division_names_its_government_as_issuer():
    text = "九江市贯彻落实省级生态环境保护督察反馈意见整改方案\n到2025年，建成区黑臭水体全面消除。"
    out = suggest(text, date(2024, 3, 1))
    assert [b.name for b in out[0].responsible] == ["九江市人民政府"]
    assert out[0].region == "江西省九江市"


def test_work_report_review_is_dated_at_the_end_of_the_year_it_reviews():
    text = ("政府工作报告\n一、2024年工作回顾\n过去一年，全省地区生产总值增长5.1%，"
            "PM2.5平均浓度降至28微克/立方米，同比下降2微克。\n二、2025年主要目标任务\n"
            "全年实施省大中型项目3000个以上，完成投资1.5万亿元，力争沿江高铁年内开工。")
    out = suggest(text, date(2025, 1, 15))
    gdp = _by(out, "增长5.1%")
    assert gdp.kind == "indicator" and gdp.deadline.date == date(2024, 12, 31)
    change = _by(out, "同比下降2微克")
    assert change.target.metric == "PM2.5平均浓度" and change.target.unit == "微克/立方米"
    invest = _by(out, "1.5万亿元")
    assert invest.kind == "target" and invest.target.unit == "万亿元"
    assert invest.deadline.date == date(2025, 12, 31)
    rail = _by(out, "年内开工")
    assert rail.kind == "deadline" and rail.deadline.text == "年内"


@pytest.mark.parametrize("clause", ["力争沿江高铁年内开工", "确保城市快速路二期年底前建成通车",
                                    "6月底前风电项目全容量并网", "年内新馆建成开馆"])
def test_a_verb_of_completion_at_the_end_makes_a_commitment(clause):
    from tracker.extract.classify import judge
    assert judge(clause).kind is not None


def test_targets_of_a_next_five_years_section_fall_due_at_the_fifth_years_end():
    # a 2026 report's 今后五年 are the years 2026–2030 it opens (as the corpus's gold reads
    # them), not five years counted from its day
    text = ("政府工作报告\n二、今后五年目标任务\n主要目标是：地区生产总值年均增长5.5%左右，"
            "PM2.5平均浓度降至25微克/立方米以下。")
    out = suggest(text, date(2026, 1, 20))
    assert _by(out, "年均增长5.5%").deadline.date == date(2030, 12, 31)
    assert _by(out, "25微克").deadline.date == date(2030, 12, 31)


def test_a_summary_that_strings_the_original_clauses_together_differently_is_a_repeat():
    original = ("一、重点任务\n（一）实施城区雨污分流改造三年行动。\n"
                "（二）建成全市统一的生态环境智慧监测平台。\n")
    summary = "新闻摘要\n方案提出，要实施城区雨污分流改造三年行动，建成全市统一的生态环境智慧监测平台。\n"
    text = summary + original
    out = suggest(text, date(2025, 3, 1))
    assert len([s for s in out if "雨污分流" in s.quote]) == 1
    assert len([s for s in out if "监测平台" in s.quote]) == 1
    assert all(s.start > len(summary) for s in out)  # the original's are kept


def test_the_same_measure_in_two_rows_with_their_own_dates_is_two_commitments():
    text = ("整改清单\n序号\t问题\t整改时限\t责任单位\t整改措施\n"
            "1\t城东片区污水直排\t2025年6月底前\t城东街道办事处\t建立问题整改台账\n"
            "2\t城西片区垃圾堆放\t2025年9月底前\t城西街道办事处\t建立问题整改台账\n")
    out = suggest(text, date(2025, 3, 1))
    ledgers = [s for s in out if s.quote == "建立问题整改台账"]
    assert [s.deadline.date for s in ledgers] == [date(2025, 6, 30), date(2025, 9, 30)]
    assert [[b.name for b in s.responsible] for s in ledgers] == [["城东街道办事处"], ["城西街道办事处"]]


def test_problem_lines_open_the_items_of_a_list_under_one_heading():
    text = ("整改方案\n二、整改任务\n"
            "问题1：乡镇污水处理设施未按期完成建设，部分设施闲置。\n"
            "整改措施：完成12座乡镇污水处理设施提标改造。\n责任单位：县住建局\n整改时限：2025年12月底前\n"
            "问题2：部分河段存在非法采砂。\n"
            "整改措施：开展河道非法采砂专项整治行动。\n责任单位：县水利局\n整改时限：2025年6月底前\n")
    out = suggest(text, date(2024, 10, 1))
    assert not any("未按期完成" in s.quote or "非法采砂。" in s.quote for s in out)
    plants, sand = _by(out, "提标改造"), _by(out, "专项整治行动")
    assert plants.deadline.date == date(2025, 12, 31)
    assert [b.name for b in plants.responsible] == ["县住建局"]
    assert sand.deadline.date == date(2025, 6, 30)
    assert [b.name for b in sand.responsible] == ["县水利局"]


def test_a_work_reports_plans_fall_due_at_the_end_of_its_year_without_a_dated_heading():
    text = ("政府工作报告\n一、过去一年工作回顾\n全市新建污水管网120公里。\n"
            "二、加强政府自身建设\n认真办理人大代表建议和政协提案，办复率保持100%。")
    out = suggest(text, date(2025, 1, 10))
    assert _by(out, "120公里").deadline.date == date(2024, 12, 31)
    assert _by(out, "办复率").deadline.date == date(2025, 12, 31)


def test_bracketed_role_notes_give_the_bodies_of_the_measures_before_them():
    text = ("某市大气污染防治行动方案\n二、重点任务\n"
            "（一）推进水泥行业超低排放改造。2025年底前，全市水泥熟料企业基本完成超低排放改造。"
            "（市生态环境局牵头，市发展改革委、市工业和信息化局按职责分工负责）\n"
            "（二）强化移动源污染防治。城市建成区基本淘汰国三及以下排放标准柴油货车，每年更新非道路移动机械编码登记清单。"
            "（市交通运输局、市公安局负责）\n")
    out = suggest(text, date(2024, 3, 1), issuer="某市人民政府")
    cement = _by(out, "水泥熟料企业")
    assert cement.deadline.date == date(2025, 12, 31)
    assert [b.name for b in cement.responsible] == ["市生态环境局", "市发展改革委", "市工业和信息化局"]
    trucks = _by(out, "柴油货车")
    assert [b.name for b in trucks.responsible] == ["市交通运输局", "市公安局"]
    assert not any(s.quote.startswith("（") for s in out)  # the notes are no commitments
    assert not any(s.quote == "强化移动源污染防治" for s in out)  # a run-in theme (应 of 应对 aside)


@pytest.mark.parametrize("clause", ["全县规模以上工业企业基本完成清洁生产审核",
                                    "城市建成区全面淘汰10蒸吨以下燃煤锅炉",
                                    "各乡镇均建成垃圾转运站"])
def test_a_subject_before_the_verb_of_delivery_is_a_measure(clause):
    from tracker.extract.classify import judge
    assert judge(clause).kind is not None


@pytest.mark.parametrize("clause", ["各县区完成率低于全省平均水平", "建成区面积持续扩大"])
def test_nouns_made_of_a_verb_of_delivery_are_no_measure(clause):
    from tracker.extract.classify import judge
    assert judge(clause).kind is None


@pytest.mark.parametrize("note,bodies,deadline", [
    ("（牵头单位：市生态环境局；配合单位：市住建局、市水务局）",
     [("市生态环境局", "lead"), ("市住建局", "support"), ("市水务局", "support")], None),
    ("（责任单位：各县区人民政府，完成时限：年底前）", [("各县区人民政府", "lead")], date(2025, 12, 31)),
    ("（省生态环境厅牵头，省发展改革委按职责分工负责）",
     [("省生态环境厅", "lead"), ("省发展改革委", "lead")], None),
])
def test_role_notes_in_brackets(note, bodies, deadline):
    from tracker.extract.labels import read_role_note
    item = Item()
    assert read_role_note(note, item, date(2025, 3, 1))
    assert [(b.name, b.role.value) for b in item.bodies] == bodies
    assert (item.deadline.date if item.deadline else None) == deadline


@pytest.mark.parametrize("aside", ["（含30个行政村）", "（以下简称“方案”）", "（2024—2026年）"])
def test_other_brackets_are_no_role_notes(aside):
    from tracker.extract.labels import read_role_note
    assert not read_role_note(aside, Item())


def test_a_role_note_closing_a_clause_names_its_bodies_and_stays_out_of_the_quote():
    text = ("某市方案\n（一）工业污染治理。2025年底前，全市钢铁企业完成超低排放改造（市生態環境局牽頭，市工信局配合）。"
            "建成重点排污单位在线监控平台（市生态环境局负责）。\n")
    out = suggest(text, date(2024, 3, 1), issuer="某市人民政府")
    steel = _by(out, "超低排放改造")
    assert steel.quote == "2025年底前，全市钢铁企业完成超低排放改造"
    assert [(b.name, b.role.value) for b in steel.responsible] == [
        ("市生態環境局", "lead"), ("市工信局", "support")]
    platform = _by(out, "在线监控平台")
    assert platform.quote == "建成重点排污单位在线监控平台"
    assert [b.name for b in platform.responsible] == ["市生态环境局"]


def test_an_item_written_as_one_paragraph_keeps_its_measures_and_drops_its_problem():
    text = ("整改方案\n三、整改任务\n"
            "（一）问题：城区部分路段餐饮油烟直排，群众投诉较多。整改目标：城区餐饮油烟净化设施安装率达到100%。"
            "整改措施：开展餐饮油烟专项整治。责任单位：区城管局。整改时限：2025年10月底前。\n"
            "（二）问题：工业园区未建成集中污水处理设施。整改措施：建成园区污水集中处理厂。"
            "责任单位：园区管委会。整改时限：2026年6月底前。\n")
    out = suggest(text, date(2025, 3, 1))
    assert not any("投诉" in s.quote or "未建成" in s.quote for s in out)
    fumes = _by(out, "安装率达到100%")
    assert fumes.deadline.date == date(2025, 10, 31)
    assert [b.name for b in fumes.responsible] == ["区城管局"]
    plant = _by(out, "建成园区污水集中处理厂")
    assert plant.deadline.date == date(2026, 6, 30)
    assert [b.name for b in plant.responsible] == ["园区管委会"]


def test_a_progress_report_gives_indicators_and_only_what_is_left_to_do():
    text = ("关于督察整改落实情况的公示\n二、典型问题整改情况\n"
            "（一）黑臭水体治理问题。县住建局牵头，完成8条黑臭水体综合整治，新建截污管网21公里。"
            "督察期间交办的312件信访件已全部办结。\n"
            "（二）矿山生态修复问题。累计完成废弃矿山生态修复面积260公顷，剩余部分正在有序推进，"
            "计划于2025年12月底前完成。\n三、下一步工作\n我们将持续巩固整改成效，坚决防止问题反弹回潮。\n")
    out = suggest(text, date(2025, 7, 1))
    commitments = [s for s in out if s.kind != "indicator"]
    assert [s.quote for s in commitments] == ["计划于2025年12月底前完成"]
    assert commitments[0].deadline.date == date(2025, 12, 31)
    assert _by(out, "21公里").kind == "indicator"
    assert all("交办" not in b.name for s in out for b in s.responsible)


def test_a_bracket_inside_a_listed_body_name_is_kept_whole():
    item = Item()
    read_label("责任单位：各县（市、区）人民政府，市直有关部门", None, item)
    assert [b.name for b in item.bodies] == ["各县（市、区）人民政府", "市直有关部门"]


def test_a_heading_dated_to_a_bygone_year_reports_that_year():
    text = ("政府工作报告\n一、2024年主要工作\n新建污水管网120公里，完成老旧小区改造56个。\n"
            "二、2025年主要目标任务\n新建污水管网100公里。")
    out = suggest(text, date(2025, 1, 10))
    past = [s for s in out if s.kind == "indicator"]
    assert [s.quote for s in past] == ["新建污水管网120公里", "完成老旧小区改造56个"]
    assert all(s.deadline.date == date(2024, 12, 31) for s in past)
    assert _by(out, "100公里").kind == "target"


def test_a_work_report_reviews_the_past_year_until_it_turns_to_this_years_plans():
    text = ("政府工作报告\n各位代表：\n现在，我代表市人民政府向大会报告工作。\n"
            "一、2025年工作回顾\n全市新改建道路59条，改造老旧小区175个，新增口袋公园22个。\n"
            "二、2026年工作安排\n新改建道路60条，改造老旧小区200个。\n")
    out = suggest(text, date(2026, 1, 20))
    kinds = {s.quote: s.kind for s in out}
    assert kinds["全市新改建道路59条"] == "indicator"
    assert kinds["改造老旧小区175个"] == "indicator"
    plans = [s for s in out if s.kind == "target"]
    assert [s.quote for s in plans] == ["新改建道路60条", "改造老旧小区200个"]
    assert all(s.deadline.date == date(2026, 12, 31) for s in plans)


def test_news_of_a_congress_session_reviews_until_the_year_to_come():
    text = ("某县第十届人民代表大会第二次会议开幕\n县长代表县人民政府作政府工作报告。\n"
            "过去一年，完成营造林1.04万亩，新增新能源汽车充电桩46个。\n"
            "2026年县政府将新建充电桩100个。\n")
    out = suggest(text, date(2026, 2, 23))
    kinds = {s.quote: s.kind for s in out}
    assert kinds["完成营造林1.04万亩"] == "indicator"
    assert any(s.kind == "target" and "100个" in s.quote for s in out)
