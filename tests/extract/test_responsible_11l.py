"""Who answers for a commitment, read by the grammar of the text (session 8, 11l):

- the head of a banner or league government (旗长 / 盟长) speaks for its government
  (旗人民政府, 盟行政公署), as a 市长 or 县长 does, not for its party committee;
- a page's source line naming a government by its short name (信息来源：某市政府) names the
  issuer;
- a verb handing a task to bodies (要求X… / 请X… / 责成X…) makes them the actors of the
  clauses after it; 要求 is no modal 要 after a subject (省政府要求，… is no 省政府要…);
- the body of a basis clause (按照省政府要求，/ 根据省政府部署，) set the task and does not do it;
- a title naming its town by the level alone (镇2025年度工作计划, XX街道…) is that level's
  government, unnamed, as 我镇 is; joint issuers of a headline may stand apart by spaces
  (A办公厅 B办公厅 印发《…》); a body alone on the line above the title of what it issues
  (X委员会 / 2025年工作要点) is the issuer;
- 市委组织部 is one body (组织 is also a lead-in verb), 各村（社区） a generic one;
- a label in lenticular brackets (【责任单位】X) or with a qualifier (主要责任单位：X) labels
  the bodies as 责任单位： does.

Invented texts in the style of the corpus; the responsible field is what is checked."""

import pytest

from tracker.extract import suggest
from tracker.extract.bodies import find_bodies
from tracker.extract.labels import Item, read_label
from tracker.geo import Gazetteer
from tracker.ingest.metadata import guess_metadata
from tracker.ingest.normalise import tidy_lines


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def _bodies(text: str, gaz: Gazetteer) -> set[tuple[str, ...]]:
    """The responsible bodies of each suggestion, the region guessed as the app does."""
    region = gaz.guess_document_region(text)
    return {tuple(r.name for r in s.responsible)
            for s in suggest(text, region_code=region.code if region else None, gazetteer=gaz)
            if s.kind != "indicator"}


CASES = [
    # a banner's congress hears the report its head (旗长) delivers for the government
    ("banner_head_speaks_for_the_government",
     "1月8日上午，某某旗第十七届人民代表大会第二次会议开幕。\n"
     "大会听取了旗长王某代表旗人民政府所作的工作报告。报告提出，今年地区生产总值增长6%左右，"
     "一般公共预算收入增长5%左右。\n",
     {("旗人民政府",)}),
    # a league's head (盟长) speaks for the league's government, its 行政公署
    ("league_head_speaks_for_the_commissioner_office",
     "2月3日，某某盟第五届人民代表大会第三次会议开幕。盟长李某代表盟行政公署作工作报告。"
     "报告提出，今年地区生产总值增长6%左右。\n",
     {("盟行政公署",)}),
    # an audit bureau's letter asks the towns to act: the towns answer for the deadline
    ("bodies_asked_to_act",
     "近日，永修县审计局发出督办函，要求各乡镇人民政府高度重视整改工作，"
     "对未整改到位的问题务必于2025年6月底前整改到位。\n",
     {("各乡镇人民政府",)}),
    # a notice asking the responsible units (请各责任单位…): they answer for 确保…
    ("units_asked_by_please",
     "关于下达2025年民生实事目标任务的通知\n各乡镇人民政府，县级各部门：\n"
     "现将2025年民生实事目标任务分解下达。请各责任单位认真研究、强化责任、细化措施，"
     "确保全年目标任务顺利完成。\n",
     {("各责任单位",)}),
    # 要求X会同Y: X leads, not a body named 求X
    ("asked_body_not_cut_after_the_modal",
     "某某县人民政府关于加强秸秆禁烧工作的通知\n"
     "要求县农业农村局会同各乡镇，于2025年10月底前完成秸秆综合利用台账建设。\n",
     {("县农业农村局",)}),
    # the province set the task (按照省政府要求): the bureau does it
    ("basis_body_is_no_actor",
     "某某市人民政府关于加强扬尘治理的通知\n"
     "按照省政府要求，市住建局要于2025年6月底前完成全部工地围挡改造。\n",
     {("市住建局",)}),
    ("basis_body_is_no_actor_with_a_role_word",
     "某某市人民政府关于加强扬尘治理的通知\n"
     "根据省政府部署，市住建局负责于2025年6月底前完成全部工地围挡改造。\n",
     {("市住建局",)}),
    # 市政府要求，各县区…: the counties act; the government's 要求 is no modal 要
    ("government_asks_counties",
     "某某市人民政府关于加强扬尘治理的通知\n"
     "市政府要求，各县区于2025年6月底前完成全部工地围挡改造。\n",
     {("各县区",)}),
    # a template page's title names the town by its level alone (镇2025年度工作计划)
    ("town_named_by_its_level_in_the_title",
     "镇2025年度工作计划\n2025年全镇工作的总体要求是：地区生产总值增长6%，固定资产投资增长10%以上。\n",
     {("镇人民政府",)}),
    ("street_blanked_in_the_title",
     "XX街道2025年工作总结和2026年工作计划\n2026年，新增城镇就业300人，完成老旧小区改造2个。\n",
     {("街道办事处",)}),
    # a headline naming joint issuers apart by a space before 印发
    ("joint_issuers_apart_by_spaces",
     "中共中央办公厅 国务院办公厅 印发《农村人居环境整治提升五年行动方案》\n"
     "到2025年，农村卫生厕所普及率稳步提高。\n",
     {("中共中央办公厅", "国务院办公厅")}),
    # the body on a line of its own above the title of what it issues
    ("body_on_the_line_above_its_title",
     "某某县乡村振兴领导小组办公室\n2025年工作要点\n2025年，完成农村改厕3000户，新建农村公路50公里。\n",
     {("某某县乡村振兴领导小组办公室",)}),
    # a label in lenticular brackets, and a qualified label, after a numbered task
    ("bracketed_and_qualified_labels",
     "某某市2025年大气污染防治实施方案\n"
     "1.新建充电桩500个。【责任单位】市发展改革委\n"
     "2.改造老旧小区30个。主要责任单位：市住建局\n",
     {("市发展改革委",), ("市住建局",)}),
]


@pytest.mark.parametrize(("name", "text", "want"), CASES, ids=[c[0] for c in CASES])
def test_responsible_by_the_grammar_of_the_text(name: str, text: str,
                                                want: set[tuple[str, ...]],
                                                gaz: Gazetteer) -> None:
    assert _bodies(text, gaz) == want


LABELS = [
    ("【牵头单位】市农业农村局【配合单位】市财政局", ["市农业农村局", "市财政局"], ["lead", "support"]),
    ("〔责任单位〕县水利局、县生态环境局", ["县水利局", "县生态环境局"], ["lead", "lead"]),
    ("主要责任单位：区住建局", ["区住建局"], ["lead"]),
    ("协同单位：市公安局", ["市公安局"], ["support"]),
]


@pytest.mark.parametrize(("line", "names", "roles"), LABELS)
def test_label_forms(line: str, names: list[str], roles: list[str]) -> None:
    item = Item()
    assert read_label(line, None, item)
    assert [b.name for b in item.bodies] == names
    assert [b.role.value for b in item.bodies] == roles


def test_a_word_in_brackets_is_no_label() -> None:
    assert not read_label("【典型案例】某县建成污水处理厂一座", None, Item())


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("工作分解\n时间：2023-07-11 信息来源：某某市政府\n正文。", "某某市政府"),
        ("工作分解\n来源：某某县政府办公室\n正文。", "某某县政府办公室"),
        ("工作分解\n来源：某某市政府网\n正文。", None),  # the site, not the issuer
    ],
)
def test_source_line_with_a_short_government_name(text: str, issuer: str | None) -> None:
    assert guess_metadata(tidy_lines(text)).issuer == issuer


SPLITS = [
    # 组织 is a lead-in verb (组织X开展…) and the stem of the party's organisation department
    ("市委组织部和市人社局负责", ["市委组织部", "市人社局"]),
    ("县委组织部牵头，县财政局配合", ["县委组织部", "县财政局"]),
    ("组织各县区开展排查", ["各县区"]),
    # 各村（社区） is the addressee of a township's tasks; 各村民小组 is no 各村
    ("各村（社区）负责", ["各村（社区）"]),
    ("各村民小组要召开会议", []),
    # a service centre named after a verb of service is a facility, not a body
    ("建成社区嵌入式服务中心", []),
]


@pytest.mark.parametrize(("text", "names"), SPLITS)
def test_body_names_in_lists(text: str, names: list[str]) -> None:
    assert [b.name for b in find_bodies(text)] == names
