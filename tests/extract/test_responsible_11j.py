"""Who answers for a document's commitments when the page never names its issuer in full:
the city or county it speaks for named by its short or everyday name (常州, 美丽泰州, 管城区),
a sector's own programme (全市生态环境工作要点 is the city's bureau's), a government named
by a place's short name. Invented texts in the style of the corpus, one per rule; the
responsible field of the suggestions is what is checked."""

import pytest

from tracker.extract import suggest
from tracker.extract.bodies import find_bodies


def _bodies(text: str) -> set[tuple[str, ...]]:
    return {tuple(r.name for r in s.responsible) for s in suggest(text)}


CASES = [
    # a news title labelled by the city's short name: the government by its full name,
    # not 常州人民政府
    ("short_name_label",
     "常州：今年地区生产总值预期增长5%左右\n来源：常州日报  2025-01-12\n"
     "1月11日，常州市第十七届人民代表大会第四次会议开幕。报告提出，今年全市地区生产总值增长5%左右，"
     "城镇调查失业率控制在5%以内。\n",
     {("常州市人民政府",)}),
    # a sector's programme for the whole city, the city named only as 美丽泰州
    ("sector_programme_title",
     "2025年全市生态环境工作要点\n2025年是“十四五”规划收官之年。全市生态环境系统要坚持稳中求进，"
     "奋力建设美丽泰州。\n一、主要目标\nPM2.5平均浓度控制在30微克/立方米以内，空气质量优良天数比率达到82%以上。\n",
     {("泰州市生态环境局",)}),
    # a county's sector speaking of itself at the opening, by the county's short name
    ("sector_subject_by_short_name",
     "“十四五”时期，绵阳林业主动服从服务于全市发展大局，努力开好局、起好步。\n主要目标\n"
     "到2025年，全市森林覆盖率达到56%，森林蓄积量达到8000万立方米。\n",
     {("绵阳市林业局",)}),
    # the sector's work as the opening's subject (X市生态环境工作坚持…): the bureau's plan
    ("sector_work_as_subject",
     "2023年，宜春市生态环境工作坚持以改善生态环境质量为核心，统筹推进各项工作。\n主要目标\n"
     "全市PM2.5平均浓度控制在30微克/立方米以下，空气质量优良天数比率达到92%以上。\n",
     {("宜春市生态环境局",)}),
    # the whole county's water sector reviewed and planned: the county's bureau
    ("sector_review_of_a_county",
     "全县水利工作总结和2026年工作计划\n2025年，修水县水利系统扎实推进各项工作。\n"
     "2026年，完成12座病险水库除险加固，新建农村供水工程5处。\n",
     {("修水县水利局",)}),
    # a notice naming its city only in a development zone's name (无锡经开区)
    ("city_in_development_zone",
     "关于印发2025年重点任务分解落实方案的通知\n各市（县）、区人民政府，无锡经开区管委会，市各委办局：\n"
     "现将方案印发给你们，请认真抓好落实。\n一、全年新增高新技术企业500家。\n"
     "二、PM2.5平均浓度控制在29微克/立方米以内。\n",
     {("无锡市人民政府",)}),
    # an autonomous district by its everyday name (管城区 for 管城回族区), in a news item
    ("autonomous_district_everyday_name",
     "【两会聚焦】管城区：围绕目标 八个方面发力\n2025-02-20 09:10 来源：某某网\n"
     "2月19日，为期三天的2025管城区两会闭幕。记者从大会上了解到，今年，管城区地区生产总值增长7%以上，"
     "固定资产投资增长8%以上。\n",
     {("管城回族区人民政府",)}),
    # an autonomous county by its everyday name (大厂县 for 大厂回族自治县)
    ("autonomous_county_everyday_name",
     "大厂县2025年重点工作安排\n今年全县将着力做好五个方面工作。\n"
     "年底前新建污水管网30公里，城市生活垃圾无害化处理率保持100%。\n",
     {("大厂回族自治县人民政府",)}),
]


@pytest.mark.parametrize(("name", "text", "want"), CASES, ids=[c[0] for c in CASES])
def test_issuer_of_a_page_that_names_its_place_briefly(name: str, text: str,
                                                      want: set[tuple[str, ...]]) -> None:
    assert _bodies(text) == want


def test_sector_programme_of_a_province_is_its_department():
    text = ("2026年全省生态环境工作要点\n江西省生态环境系统要坚持以习近平生态文明思想为指导。\n"
            "全省PM2.5平均浓度控制在28微克/立方米以内。\n")
    assert _bodies(text) == {("江西省生态环境厅",)}


def test_sector_named_in_passing_is_no_issuer():
    # a government's plan that mentions the sector's system deep in the text stays the
    # government's: only the title and the opening name the sector as the document's own
    text = ("宜春市2026年民生实事实施方案\n为切实办好民生实事，现制定本方案。\n"
            + "一、新建城市公园3个，改造老旧小区20个。\n" * 12
            + "全市生态环境系统要加强督查。\n")
    assert _bodies(text) == {("宜春市人民政府",)}


def test_short_name_once_in_the_body_places_nothing():
    # 全市 points to a city, but a short name that stands once, deep in the body, inside a
    # set phrase (幸福安康) names no city for the document
    text = ("重点工作任务清单\n" + "全市年底前新建污水管网30公里。\n" * 8
            + "让人民群众生活更加幸福安康。\n")
    assert not any(r.name.startswith("安康") for s in suggest(text) for r in s.responsible)


def _by_quote(text: str) -> dict[str, tuple[str, ...]]:
    return {s.quote: tuple(r.name for r in s.responsible) for s in suggest(text)}


LABELLED_ITEMS = [
    # a task's own note in brackets, then a task whose label stands on the next line: the
    # label serves its task, not the one that named its bodies already
    ("bracket_note_then_label_line",
     "一、重点任务\n1.开展背街小巷整治，年底前完成整治120条。（牵头单位：市城管局）\n"
     "2.整治城市黑臭水体，实现动态清零。\n牵头单位：市水利局\n",
     {"年底前完成整治120条": ("市城管局",), "实现动态清零": ("市水利局",)}),
    # a note of two labels (牵头单位：X；责任单位：Y) holds against the label line below
    ("two_label_note_then_label_line",
     "一、重点任务\n1.开展背街小巷整治，年底前完成整治120条。（牵头单位：市城管局；责任单位：各县（市、区）人民政府）\n"
     "2.整治城市黑臭水体，实现动态清零。\n牵头单位：市水利局\n",
     {"年底前完成整治120条": ("市城管局", "各县（市、区）人民政府"), "实现动态清零": ("市水利局",)}),
    # a role sentence (X牵头，Y配合) after its task holds against the label line below
    ("role_sentence_then_label_line",
     "（一）重点任务\n1.推进农贸市场改造提升，完成改造20个。市商务局牵头，市市场监管局配合。\n"
     "2.新建停车泊位5000个。\n责任单位：市城管局\n",
     {"完成改造20个": ("市商务局", "市市场监管局"), "新建停车泊位5000个": ("市城管局",)}),
    # with no task labelled on its own, the label line after the list serves all of them
    ("label_line_serves_an_unlabelled_list",
     "一、重点任务\n1.开展背街小巷整治，年底前完成整治120条。\n2.整治城市黑臭水体，实现动态清零。\n"
     "牵头单位：市水利局\n",
     {"年底前完成整治120条": ("市水利局",), "实现动态清零": ("市水利局",)}),
]


@pytest.mark.parametrize(("name", "text", "want"), LABELLED_ITEMS, ids=[c[0] for c in LABELLED_ITEMS])
def test_bodies_stated_for_a_task_hold_against_a_wider_label(
        name: str, text: str, want: dict[str, tuple[str, ...]]) -> None:
    got = _by_quote(text)
    assert {q: got.get(q) for q in want} == want


def test_province_named_before_its_district_places_the_district():
    # 重庆荣昌区: the municipality qualifies the district, which the text speaks for
    text = ("2016-11-29 来源：某某网\n本网重庆11月29日消息，重庆荣昌区政府今天通报：该区年底前完成26个环境突出问题整改，"
            "城市污水处理率达到95%以上。\n")
    assert _bodies(text) == {("荣昌区人民政府",)}


OFFICIAL_NAMES = [
    # a news item reporting the issue by the government's office, named the short way: the
    # bodies as written (the definition page; the corpus's gold keeps the text's own form)
    ("office_named_short",
     "某省印发乡村建设行动实施方案\n河南省政府办公厅近日印发《河南省乡村建设行动实施方案》。\n"
     "方案明确，2025年年底前农村自来水普及率达到93%。\n",
     {("河南省政府办公厅",)}),
    # a head of government delivering the work report: the report's government by its
    # official name, as the corpus names every work report's (the 代表 sentence is a byline)
    ("post_with_short_form_in_text",
     "1月8日上午，九江市第十七届人民代表大会第三次会议开幕。九江市市长张某某代表九江市政府作政府工作报告。\n"
     "报告提出，今年全市地区生产总值增长6%左右，一般公共预算收入增长3%。\n",
     {("九江市人民政府",)}),
    ("short_form_in_traditional_news",
     "浙江公布整改方案\n日前，浙江省政府發布了《整改方案》。方案明確，到2020年近岸海域水質優良比例達到50%以上。\n",
     {("浙江省政府",)}),
]


@pytest.mark.parametrize(("name", "text", "want"), OFFICIAL_NAMES, ids=[c[0] for c in OFFICIAL_NAMES])
def test_issuing_government_named_as_the_text_writes_it(name: str, text: str,
                                                      want: set[tuple[str, ...]]) -> None:
    assert _bodies(text) == want


def test_government_named_by_its_level_is_the_documents_own():
    # 市政府将…: the clause names the government by its level alone; it is the document's
    # city's, by its official name
    text = "宜春市2025年重点工作安排\n市政府将于年中对重点工作进展情况开展专项督查。\n"
    assert {r.name for s in suggest(text) for r in s.responsible} == {"宜春市人民政府"}


def test_government_office_named_in_the_clause_stays_as_written():
    # an office of the government is a body of its own: kept as the clause writes it
    text = "宜春市2025年重点工作安排\n市政府办公室要定期通报结果，每季度开展一次督查。\n"
    assert {r.name for s in suggest(text) for r in s.responsible} == {"市政府办公室"}


@pytest.mark.parametrize("clause", ["结合政府重点工作的推进落实", "要结合政府重点工作，抓紧排出任务表"],
                         ids=["at_start", "after_modal"])
def test_verb_before_government_is_no_part_of_its_name(clause: str) -> None:
    # 结合政府重点工作: 结合 is the verb, 政府 alone names no body here
    assert find_bodies(clause) == []


def test_body_the_reporter_learned_the_plan_from_answers_for_it():
    # 记者从市科技局获悉: the bureau announced the plan; named by the document's city
    text = ("宁波：“十四五”科技创新朝四大目标发力\n来源：宁波日报  发布时间：2021-11-03\n"
            "记者2日从市科技局获悉，宁波市“十四五”科技创新发展朝四大目标发力。\n"
            "力争到2025年，全社会研发经费投入年均增长15%以上，高新技术企业数量突破6000家。\n")
    assert _bodies(text) == {("宁波市科技局",)}


def test_meeting_the_reporter_attended_is_no_informant():
    # 记者从大会上了解到: a meeting informs nobody's plan; the district's government answers
    text = ("【两会聚焦】南湖区：围绕目标 五个方面发力\n来源：嘉兴在线\n"
            "2月19日，2025南湖区两会闭幕。记者从大会上了解到，今年，南湖区地区生产总值增长6%以上。\n")
    assert _bodies(text) == {("南湖区人民政府",)}


def test_discourse_word_is_no_part_of_the_subject():
    text = ("某区2025年重点工作实施方案\n各责任单位要逐项谋划所承办的责任事项，"
            "特别是牵头单位要统筹相关责任单位制定细化方案，年底前全面完成。\n")
    got = _by_quote(text)
    assert got["特别是牵头单位要统筹相关责任单位制定细化方案，年底前全面完成"] == ("牵头单位",)


BODIES_NOTES = [
    ("own_sentence", "某区2025年重点工作任务\n1.完成老旧小区改造30个。（区住建局）\n",
     "完成老旧小区改造30个", ("区住建局",)),
    ("list_of_two", "某区2025年重点工作任务\n2.新建学校3所，年底前投入使用。（区教体局、区发改局）\n",
     # (投入使用 ends a unit as 投用 / 完工 do, cls11r: the bound joins the task's quote)
     "新建学校3所，年底前投入使用", ("区教体局", "区发改局")),
    ("square_brackets_in_the_clause", "某区2025年重点工作任务\n4.新增城镇就业2000人【区人社局】\n",
     "新增城镇就业2000人", ("区人社局",)),
]


@pytest.mark.parametrize(("name", "text", "quote", "want"), BODIES_NOTES,
                         ids=[c[0] for c in BODIES_NOTES])
def test_bracket_of_bodies_after_a_task_names_who_leads_it(name: str, text: str, quote: str,
                                                           want: tuple[str, ...]) -> None:
    assert _by_quote(text).get(quote) == want


def test_bracket_of_other_words_names_no_body():
    # （以下简称“方案”） / （2025—2027年）: no bodies, the issuer answers
    text = "宜春市2025年重点工作任务\n1.完成老旧小区改造30个（试点先行）。\n"
    assert {r.name for s in suggest(text) for r in s.responsible} == {"宜春市人民政府"}
