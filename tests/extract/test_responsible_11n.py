"""Who answers for a commitment, read by the grammar of the text (session 11n):

- a work report speaks for the government that delivers it: 现在，我代表县人民政府，向大会
  报告工作 — by its name when it gives one, else the division the congress or the byline
  names at that level (在三圳镇第十七届人民代表大会…上 / 某某县某某镇人民政府镇长 X), else
  the document's own division at that level, else the level alone (县人民政府), never a
  higher level's government (a town's report is not its county's);
- a congress or byline may name a town (镇 / 乡), which the gazetteer does not hold, and the
  congress's name may break across lines (第十七届\\n人民代表大会);
- a title with the year before the level alone (2024年区政府工作报告) names that level's
  government, not a 年区 of nowhere; a title's chain of divisions ending in a town
  (宣州区周王镇2025年政府工作报告) names the town;
- time and discourse words before a subject (下阶段市政府办公厅将… / 同时县财政局要…) are no
  part of the body's name;
- a page's source line naming a government's general office (来源：某区政府办公室, page
  furniture, not the text's words) names the government, whose work the page reports.

Invented texts in the style of the corpus; the responsible field is what is checked."""

import pytest

from tracker.extract import classify, suggest
from tracker.extract.bodies import find_bodies
from tracker.extract.issuer import document_context
from tracker.extract.pipeline import simplified
from tracker.geo import Gazetteer

_BODY = "\n今年主要预期目标是：地区生产总值增长6%左右。全年完成污水管网改造20公里。\n"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def _issuer(head: str, gaz: Gazetteer, issuer: str | None = None) -> list[str]:
    text = head + _BODY
    region = gaz.guess_document_region(text, None, issuer)
    ctx = document_context(text, simplified(text), region_code=region.code if region else None,
                           issuer=issuer, gazetteer=gaz)
    return [r.name for r in ctx.issuer_refs]


def _responsible(head: str, gaz: Gazetteer, issuer: str | None = None) -> set[tuple[str, ...]]:
    text = head + _BODY
    region = gaz.guess_document_region(text, None, issuer)
    return {tuple(r.name for r in s.responsible)
            for s in suggest(text, region_code=region.code if region else None, issuer=issuer,
                             gazetteer=gaz)
            if s.kind != "indicator"}


WORK_REPORTS = [
    # the town's congress, its name broken across lines, and the town's head in the byline
    ("town_congress_and_byline",
     "2025年度政府工作报告\n政府工作报告\n——2025年6月6日在三圳镇第十七届\n人民代表大会第八次会议上\n"
     "蕉岭县三圳镇人民政府镇长 黄某某\n各位代表:\n现在,我代表镇人民政府,向大会报告工作,请予审议。",
     ["三圳镇人民政府"]),
    ("town_congress_one_line",
     "政府工作报告\n——2024年1月10日在周王镇第十八届人民代表大会第四次会议上",
     ["周王镇人民政府"]),
    ("township_congress",
     "政府工作报告\n——2023年12月在木塔乡第九届人民代表大会第三次会议上\n各位代表：",
     ["木塔乡人民政府"]),
    # the delegate sentence alone, the place blanked (文库 templates) or not named
    ("delegate_blanked_county",
     "在**县第十八届人民代表大会第三次会议上的政府工作报告\n各位代表:\n现在,我代表县人民政府向大会报告工作",
     ["县人民政府"]),
    ("delegate_bare_town",
     "各位代表：\n现在，我代表XX镇人民政府，向大会报告工作，请予审议。",
     ["镇人民政府"]),
    ("delegate_named_town",
     "各位代表：\n现在，我代表三圳镇人民政府，向大会报告工作，请予审议。",
     ["三圳镇人民政府"]),
    ("delegate_short_district",
     "各位代表：\n现在，我代表区政府，向大会报告工作，请予审议。",
     ["区人民政府"]),
    ("delegate_autonomous_region_unplaced",
     "各位代表：\n现在，我代表自治区人民政府，向大会报告工作，请予审议。",
     ["自治区人民政府"]),
    ("delegate_autonomous_region_placed",
     "政府工作报告\n——2024年1月在内蒙古自治区第十四届人民代表大会第二次会议上\n各位代表：\n"
     "现在，我代表自治区人民政府，向大会报告工作，请予审议。",
     ["内蒙古自治区人民政府"]),
    # titles: the year before the level alone, a chain ending in a town
    ("title_year_then_district", "2024年区政府工作报告", ["区人民政府"]),
    ("title_year_then_county", "2024年县政府工作报告-10篇(第3/21页)", ["县人民政府"]),
    ("title_year_then_town", "2025年度镇政府工作报告", ["镇人民政府"]),
    ("title_chain_to_town", "宣州区周王镇2025年政府工作报告", ["周王镇人民政府"]),
    ("title_year_then_town_named", "2025年周王镇政府工作报告", ["周王镇人民政府"]),
    ("title_chain_to_district", "2023年十堰市张湾区政府工作报告", ["张湾区人民政府"]),
    # a word ending like a township is no place
    ("title_no_town", "2024年城乡政府工作报告", []),
]


@pytest.mark.parametrize(("name", "head", "want"), WORK_REPORTS, ids=[c[0] for c in WORK_REPORTS])
def test_work_report_government(name: str, head: str, want: list[str], gaz: Gazetteer) -> None:
    assert _issuer(head, gaz) == want


def test_town_report_binds_the_town_not_the_county(gaz: Gazetteer) -> None:
    head = ("政府工作报告\n——2025年6月6日在三圳镇第十七届人民代表大会第八次会议上\n"
            "蕉岭县三圳镇人民政府镇长 黄某某\n各位代表:\n现在,我代表镇人民政府,向大会报告工作。")
    assert _responsible(head, gaz) == {("三圳镇人民政府",)}


TIME_WORDS = [
    ("下阶段市政府办公厅将进一步加大督查考核力度", "市政府办公厅"),
    ("下一步市生态环境局将加强执法监管", "市生态环境局"),
    ("下一阶段县住建局要加快推进改造", "县住建局"),
    ("今后县政府将继续加大投入", "县政府"),
    ("同时市财政局要保障资金到位", "市财政局"),
    ("今年县交通局要完成农村公路改造", "县交通局"),
    ("此外区农业农村局要抓好秸秆禁烧", "区农业农村局"),
]


@pytest.mark.parametrize(("clause", "body"), TIME_WORDS)
def test_time_words_are_no_part_of_the_body(clause: str, body: str) -> None:
    assert [b.name for b in find_bodies(clause)] == [body]
    assert classify.judge(clause).actor == body


@pytest.mark.parametrize("clause", ["今年全县要完成植树造林5万亩", "同时要加强督查考核"])
def test_time_words_before_no_body(clause: str) -> None:
    assert classify.judge(clause).actor is None


def test_time_words_subject_binds_the_clauses_after(gaz: Gazetteer) -> None:
    text = ("现将实事项目1—6月份进展情况予以公示，接受社会监督。下阶段市政府办公厅将进一步加大督查考核"
            "力度，确保民生实事项目各项目标任务圆满完成。")
    got = {tuple(r.name for r in s.responsible) for s in suggest(text, gazetteer=gaz)}
    assert got == {("市政府办公厅",)}


PORTAL = [
    # the office is named only by the page's furniture (dropped by the reader)
    ("source_office_short", "《2023年政府工作报告》主要目标任务一季度完成情况\n"
     "近期，区政府督查室对2023年政府工作报告主要目标任务一季度完成情况进行了跟踪督办。",
     "涪陵区政府办公室", ["涪陵区人民政府"]),
    ("source_office_full", "2024年第五次县政府常务会议确定事项落实情况的通报\n"
     "按照相关规定，县政府督查室对2024年第五次县政府常务会议确定事项落实情况开展了专项督查。",
     "紫阳县人民政府办公室", ["紫阳县人民政府"]),
    ("source_office_province", "全省重点工作推进情况\n省政府督查室近日对重点工作进行了督查。",
     "浙江省人民政府办公厅", ["浙江省人民政府"]),
    # a source line naming the government the short way: furniture, not the text's words,
    # so the government by its official name
    ("source_government_short", "市政府工作报告重点工作责任分解(2023年)\n时间:2023-07-11 17:01 信息来源: 丽水市政府\n"
     "一、全年地区生产总值增长7%左右。",
     "丽水市政府", ["丽水市人民政府"]),
    ("source_government_short_county", "2024年重点项目推进情况\n来源：紫阳县政府\n"
     "一、新建道路20公里。",
     "紫阳县政府", ["紫阳县人民政府"]),
    # the office issuing its own notice in its title keeps it
    ("title_office_keeps", "宁波市江北区人民政府办公室关于印发《江北区城镇老旧小区改造三年行动方案》的通知\n"
     "各街道办事处，区政府各部门：",
     "宁波市江北区人民政府办公室", ["宁波市江北区人民政府办公室"]),
]


@pytest.mark.parametrize(("name", "head", "issuer", "want"), PORTAL, ids=[c[0] for c in PORTAL])
def test_source_office_names_the_government(name: str, head: str, issuer: str, want: list[str],
                                            gaz: Gazetteer) -> None:
    assert _issuer(head, gaz, issuer) == want


TABLES = [
    # an indicator table with a body column: each row's body answers for its target
    ("indicator_table_tabs",
     "序号\t指标名称\t单位\t2025年目标\t责任单位\n1\t森林覆盖率\t%\t45\t县林业局\n"
     "2\t城镇新增就业\t人\t3000\t县人社局、县财政局\n",
     {("县林业局",), ("县人社局", "县财政局")}),
    ("indicator_table_lead_column",
     "指标\t2020年\t2025年\t牵头单位\n地表水优良水体比例（%）\t80\t85\t市生态环境局\n"
     "单位GDP能耗下降（%）\t—\t〔14〕\t市发展改革委\n",
     {("市生态环境局",), ("市发展改革委",)}),
    # a list drawn with bars, the body column named 责任主体
    ("bar_table_owner_column",
     "某市2024年民生实事项目表\n| 序号 | 项目名称 | 目标任务 | 责任主体 |\n"
     "| 1 | 老旧小区改造 | 改造老旧小区50个 | 市住建局 |\n| 2 | 学校建设 | 新建幼儿园3所 | 市教育局 |\n",
     {("市住建局",), ("市教育局",)}),
    # a row with one cell too many: the number under 责任单位 is no body, the body stands
    # one column on
    ("shifted_row",
     "序号\t项目名称\t责任单位\t目标任务\t1-8月完成情况\n1\t新增城镇就业\t区人社局\t8950人\t7356\n"
     "2\t深化养老保险制度改革\t完成在职参保人数6300人\t区人社局\t6300人\t7558\n",
     {("区人社局",)}),
]


@pytest.mark.parametrize(("name", "text", "want"), TABLES, ids=[c[0] for c in TABLES])
def test_table_body_cells(name: str, text: str, want: set[tuple[str, ...]], gaz: Gazetteer) -> None:
    got = {tuple(r.name for r in s.responsible)
           for s in suggest(text, gazetteer=gaz) if s.kind != "indicator"}
    assert got == want


def test_leader_column_is_no_task_cell(gaz: Gazetteer) -> None:
    text = ("序号\t重点任务\t牵头县领导\t牵头单位\t配合单位\t完成时限\n"
            "1\t新建污水管网20公里\t张某\t县住建局\t县财政局\t2025年12月底\n")
    sugs = [s for s in suggest(text, gazetteer=gaz) if s.kind != "indicator"]
    # the row's record runs over its people, body and time cells (recall11o), no task of
    # its own in the leader's cell
    assert [s.quote for s in sugs] == ["新建污水管网20公里\t张某\t县住建局\t县财政局\t2025年12月底"]
    assert [(b.name, b.role.value) for b in sugs[0].responsible] == \
        [("县住建局", "lead"), ("县财政局", "support")]


ZONES = [
    ("2024年金华经济技术开发区工作要点", ["金华经济技术开发区"]),
    ("金华开发区2024年目标任务", ["金华开发区"]),
    ("某某高新区管委会2025年工作计划", ["某某高新区管委会"]),
    ("2025年某某工业园区工作总结", ["某某工业园区"]),
    # a zone's kind, not a zone; a city's own programme stays the city's
    ("国家级新区实施方案", []),
    ("金华市2024年工作要点", ["金华市人民政府"]),
]


@pytest.mark.parametrize(("title", "want"), ZONES)
def test_development_zone_title(title: str, want: list[str], gaz: Gazetteer) -> None:
    assert _issuer(title, gaz) == want
