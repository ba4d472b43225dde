"""Generic bodies read whole (session 11n2): the departments of every place or of one level
(各地各有关部门, 区直相关单位, 市级有关部门, 省各有关部门), every division of a level with
its kinds listed (各县(市、区), 县(市、区)人民政府, 各镇(街道), 各区、县级市人民政府,
各市、县人民政府) or written as one word (各盟市, 各旗县市区, 各州市, 各园区), the Party
committees and governments as one pair (各级党委和政府), and departments named after their
owner, a body or a place (当地人民政府有关部门, 攸县相关部门). The gold writes each of these
as one name; cut (有关部门, 县级市人民政府) it matches none.

Invented texts in the style of the corpus, in several wordings."""

from datetime import date

import pytest

from tracker.extract import suggest
from tracker.extract.bodies import find_bodies
from tracker.geo import Gazetteer

WHOLE = [
    # departments of every place, of one level, of one level's organs
    ("各地各有关部门要在年底前完成排查", ["各地各有关部门"]),
    ("各地各单位要抓好落实", ["各地各单位"]),
    ("各地区各相关部门要加快推进", ["各地区各相关部门"]),
    ("各级各有关单位要加强协作", ["各级各有关单位"]),
    ("市直各有关部门要在年底前完成排查", ["市直各有关部门"]),
    ("区直相关单位要按时报送进展", ["区直相关单位"]),
    ("县直有关单位要抓好落实", ["县直有关单位"]),
    ("省直有关单位要加快推进", ["省直有关单位"]),
    ("市级有关部门要加快推进", ["市级有关部门"]),
    ("区级各部门要加强配合", ["区级各部门"]),
    ("省各有关部门要加强指导", ["省各有关部门"]),
    # every division of a level, its kinds listed
    ("各县（市、区）人民政府要在2025年底前完成排查", ["各县（市、区）人民政府"]),
    ("各县(市、区)要加快推进", ["各县(市、区)"]),
    ("县（市、区）人民政府负责组织实施", ["县（市、区）人民政府"]),
    ("县(市、区)政府负责组织实施", ["县(市、区)政府"]),
    ("各镇（街道）要加快推进", ["各镇（街道）"]),
    ("各乡（镇）人民政府要做好配合", ["各乡（镇）人民政府"]),
    ("各市（州）人民政府要加快推进", ["各市（州）人民政府"]),
    ("各区、县级市人民政府要加快推进", ["各区、县级市人民政府"]),
    ("各市、县人民政府要加强监管", ["各市、县人民政府"]),
    ("各市、县（区）要于年底前完成", ["各市、县（区）"]),
    # written as one word
    ("各盟市要在年底前完成", ["各盟市"]),
    ("各旗县市区要加快推进", ["各旗县市区"]),
    ("各州市要加快推进", ["各州市"]),
    ("各地市要加快推进", ["各地市"]),
    ("各园区要落实主体责任", ["各园区"]),
    ("各市要加快推进", ["各市"]),
    ("各区要加快推进", ["各区"]),
    ("各区县政府要加快推进", ["各区县政府"]),
    ("各市州要加快推进", ["各市州"]),
    ("各县市区政府要加快推进", ["各县市区政府"]),
    # committees and governments as one pair
    ("各级党委和政府要强化责任", ["各级党委和政府"]),
    ("各级党委政府要强化责任", ["各级党委政府"]),
    ("各县市党委和政府要扛起责任", ["各县市党委和政府"]),
    ("各地党委和政府要扛起责任", ["各地党委和政府"]),
    # departments after their owner
    ("当地人民政府有关部门要加强监管", ["当地人民政府有关部门"]),
    ("省政府有关部门要加强指导", ["省政府有关部门"]),
    ("攸县相关部门要加快整改", ["攸县相关部门"]),
    ("要求炎陵县有关部门限期整改", ["炎陵县有关部门"]),
    ("责成市有关部门限期整改", ["市有关部门"]),
    # a list: each whole
    ("各县（市、区）政府、市直各有关部门要加强配合", ["各县（市、区）政府", "市直各有关部门"]),
    ("责任单位：市农业农村局、各县(市、区)政府", ["市农业农村局", "各县(市、区)政府"]),
]


@pytest.mark.parametrize(("text", "names"), WHOLE)
def test_generic_bodies_whole(text: str, names: list[str]) -> None:
    assert [b.name for b in find_bodies(text)] == names


NOT_BODIES = [
    ("各市场主体要依法经营", []),
    ("各区域要协调发展", []),
    ("部分县(区)和部门负责同志作了发言", []),
    # a scope or a kind of place, not an owner: the departments alone
    ("全市有关部门要加强配合", ["有关部门"]),
    ("城市有关部门要加强管理", ["有关部门"]),
    ("推动城区有关部门加强配合", ["有关部门"]),
    # people of the bodies
    ("各级各部门负责同志要带头", []),
]


@pytest.mark.parametrize(("text", "names"), NOT_BODIES)
def test_generic_bodies_not_widened(text: str, names: list[str]) -> None:
    assert [b.name for b in find_bodies(text)] == names


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


IN_DOCUMENTS = [
    ("湖州市人民政府关于加强水环境治理的意见\n"
     "各县（市、区）人民政府要在2025年底前完成入河排污口排查。市直各有关部门要加快建设污水管网50公里。\n",
     {"各县（市、区）人民政府", "市直各有关部门"}),
    ("某某市召开生态环境保护大会\n会议要求，各地各有关部门要切实扛起责任，2025年底前完成全市入河排污口排查。\n",
     {"各地各有关部门"}),
    ("关于印发水污染防治工作方案的通知\n各盟市要在2025年底前完成黑臭水体整治。\n", {"各盟市"}),
]


@pytest.mark.parametrize(("text", "names"), IN_DOCUMENTS)
def test_generic_bodies_answer_for_the_clause(text: str, names: set[str], gaz: Gazetteer) -> None:
    region = gaz.guess_document_region(text, None, None)
    got = {r.name for s in suggest(text, region_code=region.code if region else None, gazetteer=gaz)
           if s.kind != "indicator" for r in s.responsible}
    assert names <= got


# A notice forwarding another body's document: its text and tasks are that body's.
# (A body the title names by its level alone keeps the title's spelling, 市发展改革委, as
# the corpus spells an issuer as its title writes it, R4: resp14b.)
FORWARDED = [
    ("title_broken_across_lines",
     "湖州市人民政府办公室转发\n市发展改革委关于湖州市2024年国民经济和\n社会发展计划的通知\n"
     "各区县人民政府,市政府直属各单位:\n现予转发，请认真组织实施。\n2024年全年新建污水管网50公里。\n",
     {("市发展改革委",)}),
    ("national_one_line",
     "国务院办公厅转发国家发展改革委关于进一步做好节能减排工作意见的通知\n各省、自治区、直辖市人民政府：\n"
     "到2025年，全国单位GDP能耗比2020年下降13.5%。\n",
     {("国家发展改革委",)}),
    ("forwarded_in_book_title_marks",
     "某某市人民政府关于转发《省生态环境厅关于加强大气污染防治工作的通知》的通知\n"
     "年内PM2.5浓度控制在30微克/立方米以内。\n",
     {("省生态环境厅",)}),
    ("forwarded_plan_without_guanyu",
     "某某县人民政府办公室关于转发县住建局城镇老旧小区改造实施方案的通知\n年内完成老旧小区改造12个。\n",
     {("县住建局",)}),
    # no title: a sentence that forwards letters names no issuer of the text
    ("a_sentence_not_a_title",
     "湖州市人民政府关于加强信访办理工作的通知\n今年中央督察组共向我市转发信访件300件。年内新建污水管网50公里。\n",
     {("湖州市人民政府",)}),
]


@pytest.mark.parametrize(("name", "text", "want"), FORWARDED, ids=[c[0] for c in FORWARDED])
def test_forwarded_documents_answer_for_their_tasks(name: str, text: str, want: set, gaz: Gazetteer) -> None:
    region = gaz.guess_document_region(text, None, None)
    got = {tuple(r.name for r in s.responsible)
           for s in suggest(text, region_code=region.code if region else None, gazetteer=gaz)
           if s.kind != "indicator"}
    assert got == want


# A clause or sentence that only says who carries out the task before it, in the words of
# carrying out (具体由X组织实施 / 由X负责督促落实) or pointing at the task (此项工作由X牵头):
# its bodies answer for that task, which it is no task of its own.
TRAILING_ROLES = [
    ("carried_out_by", "年内新建污水管网50公里，具体由市建设局组织实施。", {("市建设局",)}),
    ("carried_out_by_plain", "年内新建污水管网50公里，由市建设局组织实施。", {("市建设局",)}),
    ("implemented_by", "年内完成老旧小区改造12个，由市住建局具体实施。", {("市住建局",)}),
    ("supervised_by", "责令该企业于2024年6月30日前完成整改，由市生态环境局负责督促落实。",
     {("市生态环境局",)}),
    ("this_work_led_by", "年内新建污水管网50公里。此项工作由市建设局牵头，各区县政府配合。",
     {("市建设局", "各区县政府")}),
    ("the_above_tasks_led_by", "年内新建污水管网50公里。上述任务由市建设局负责。", {("市建设局",)}),
]


@pytest.mark.parametrize(("name", "body", "want"), TRAILING_ROLES, ids=[c[0] for c in TRAILING_ROLES])
def test_trailing_roles_answer_for_the_task_before(name: str, body: str, want: set,
                                                   gaz: Gazetteer) -> None:
    text = "湖州市人民政府关于印发某某方案的通知\n" + body + "\n"
    region = gaz.guess_document_region(text, None, None)
    got = {tuple(r.name for r in s.responsible)
           for s in suggest(text, region_code=region.code if region else None, gazetteer=gaz)
           if s.kind != "indicator"}
    assert got == want


def test_a_body_with_a_task_of_its_own_leaves_the_task_before_to_the_issuer(gaz: Gazetteer) -> None:
    # a body that carries out a task of its own words is that task's subject, no note on
    # the task before, which keeps the issuer (whether the body's own task reaches the
    # floor is the model's call; when it does, the body answers for it)
    text = "湖州市人民政府关于印发某某方案的通知\n年内新建污水管网50公里，市建设局组织实施城镇燃气管道改造。\n"
    region = gaz.guess_document_region(text, None, None)
    found = [s for s in suggest(text, region_code=region.code if region else None, gazetteer=gaz)
             if s.kind != "indicator"]
    before = [s for s in found if "污水管网" in s.quote]
    assert before and all(tuple(r.name for r in s.responsible) == ("湖州市人民政府",) for s in before)
    assert all(tuple(r.name for r in s.responsible) == ("市建设局",)
               for s in found if "燃气" in s.quote and "污水" not in s.quote)


# A meeting's or a leader's words opening a paragraph (会议要求，各地各部门要…): the bodies
# told answer for the paragraph's sentences that name none, as a subject opening the
# paragraph does.
MEETINGS = [
    ("meeting_requires",
     "会议要求，各地各部门要切实扛起生态环保政治责任。要在2025年底前完成全市入河排污口排查。"
     "要年内新建污水管网50公里。",
     {("各地各部门",)}),
    ("meeting_stresses_a_list",
     "会议强调，各县区、各部门要扛起责任。2025年底前完成全市入河排污口排查。",
     {("各县区", "各部门")}),
    ("leader_stresses",
     "市委书记王某强调：各级党委和政府要扛起责任。年内新建污水管网50公里。",
     {("各级党委和政府",)}),
    # no bodies told: the issuer's, as before
    ("meeting_without_bodies",
     "会议要求，要切实扛起生态环保政治责任。年内新建污水管网50公里。",
     {("湖州市人民政府",)}),
]


@pytest.mark.parametrize(("name", "body", "want"), MEETINGS, ids=[c[0] for c in MEETINGS])
def test_meeting_tells_bodies(name: str, body: str, want: set, gaz: Gazetteer) -> None:
    text = "湖州市召开生态环境保护大会\n" + body + "\n"
    region = gaz.guess_document_region(text, None, None)
    got = {tuple(r.name for r in s.responsible)
           for s in suggest(text, region_code=region.code if region else None, gazetteer=gaz)
           if s.kind != "indicator"}
    assert got == want


def test_meeting_paragraph_of_several_subjects(gaz: Gazetteer) -> None:
    """Another subject later in the paragraph: no one actor for it, the bodies told serve
    their own sentence only."""
    text = ("湖州市召开生态环境保护大会\n会议要求，各地各部门要扛起责任。"
            "市生态环境局要在年底前完成入河排污口排查。年内新建污水管网50公里。\n")
    region = gaz.guess_document_region(text, None, None)
    last = [s for s in suggest(text, region_code=region.code if region else None, gazetteer=gaz)
            if s.quote.startswith("年内新建")]
    assert len(last) == 1 and [r.name for r in last[0].responsible] != ["各地各部门"]


@pytest.mark.parametrize("title, government", [
    ("(山西省)晋中市人民政府工作报告(2024年)", "晋中市人民政府"),
    ("（河北省）石家庄市政府工作报告", "石家庄市人民政府"),
    ("(广东省)广州市2025年政府工作报告", "广州市人民政府"),
])
def test_a_province_noted_before_a_reports_title_is_no_part_of_its_government(title, government):
    """Portals list reports with their province in brackets first; the government that
    reports is the one the title names after it."""
    out = suggest(title + "\n今年要完成造林面积10万亩。\n", date(2025, 1, 20))
    assert out and all(government in [r.name for r in s.responsible] for s in out)
