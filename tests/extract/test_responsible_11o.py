"""Responsible bodies on text never seen (session 11o).

- The preamble of a plan or notice (为…，X结合…，编制形成《…》，现解读如下 / 为…，X自即日起在全省
  开展…。制定实施方案如下) names the body that drew the text up as the subject of one of its
  clauses: that body is the issuer; a body after a lead-in (按照X《…》要求) is its basis.
- The people's organisations (妇联, 残联, 科协, 总工会 …) are bodies, named alone in a
  table's body cell or a list.

Invented texts in the style of the corpus, in several wordings."""

import pytest

from tracker.extract import suggest
from tracker.extract.bodies import find_bodies, is_body_name
from tracker.extract.issuer import _preamble_drafter, document_context
from tracker.geo import Gazetteer

@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


DRAFTERS = [
    ("compiled_plan",
     "为全面落实省委省政府关于生态建设的重大部署，推动全县林业发展，县林业局结合新的形势和任务，"
     "多方征求意见，编制形成《某某林业发展“十四五”规划》，现解读如下：\n一、出台背景\n",
     "县林业局"),
    ("campaign_then_plan",
     "为深入贯彻安全生产重要指示精神，按照国务院安全生产委员会《关于印发工作方案的通知》要求，"
     "省政府安全生产委员会自即日起到2020年5月底，在全省开展安全生产集中整治。制定实施方案如下：\n",
     "省政府安全生产委员会"),
    ("drew_up_this_plan",
     "根据《中华人民共和国水污染防治法》，市生态环境局会同市水务局制定本方案。\n一、总体要求\n",
     "市生态环境局"),
    ("after_a_title",
     "某某区2024年大气污染防治工作方案\n为持续改善空气质量，区大气污染防治领导小组办公室研究制定了本方案。\n",
     "区大气污染防治领导小组办公室"),
    ("notice",
     "为做好今年防汛工作，县水利局结合我县实际，现将有关事项通知如下：\n",
     "县水利局"),
]

NO_DRAFTER = [
    # no body opens a clause: the preamble names none
    "为深入打好污染防治攻坚战，根据《某某省实施方案》，结合我市实际，制定本方案。\n",
    # bodies only as the basis (按照X要求) or inside a phrase (落实X关于…)
    "为全面落实省委省政府关于生态建设的部署，按照省生态环境厅要求，制定本方案。\n",
    # several bodies together (市委、市政府): none drew it up alone
    "为加快推进绿色发展，市委、市政府决定开展专项行动，制定本方案。\n",
    # no preamble: a body acting in a report is no drafter of a plan
    "今年以来，县林业局完成造林1万亩，制定了森林防火方案。\n",
    # a preamble that does not say the text was drawn up
    "为加快推进绿色发展，县林业局开展了专项行动。\n",
]


@pytest.mark.parametrize(("name", "text", "want"), DRAFTERS, ids=[c[0] for c in DRAFTERS])
def test_preamble_names_the_drafter(name: str, text: str, want: str) -> None:
    assert _preamble_drafter(text, text) == want


@pytest.mark.parametrize("text", NO_DRAFTER)
def test_preamble_without_a_drafter(text: str) -> None:
    assert _preamble_drafter(text, text) is None


def test_drafter_answers_for_the_plan(gaz: Gazetteer) -> None:
    text = ("为推动全县林业发展迈向新阶段，县林业局结合新的形势和任务，编制形成《旺苍林业发展规划》，现解读如下：\n"
            "到2025年，全县森林覆盖率达到67%以上。\n")
    region = gaz.guess_document_region(text, None, None)
    ctx = document_context(text, text, region_code=region.code if region else None, gazetteer=gaz)
    # named by its level alone, qualified by the document's county as every issuer so named
    assert [r.name for r in ctx.issuer_refs] == ["旺苍县林业局"]
    got = {r.name for s in suggest(text, region_code=ctx.region_code, gazetteer=gaz)
           for r in s.responsible}
    assert got == {"旺苍县林业局"}


ORGANISATIONS = [
    ("妇联", ["妇联"]),
    ("县妇联", ["县妇联"]),
    ("市总工会", ["市总工会"]),
    ("区残联、区科协", ["区残联", "区科协"]),
    ("县教体局、妇联", ["县教体局", "妇联"]),
    ("由县妇联牵头，县卫健局配合", ["县妇联", "县卫健局"]),
    ("市妇女联合会负责", ["市妇女联合会"]),
    ("市工商联合会", ["市工商联合会"]),
    # a verb's object, or a word that is no organisation
    ("加强科协组织建设", []),
    ("推动工商联合发展", []),
    ("关联交易", []),
]


@pytest.mark.parametrize(("text", "names"), ORGANISATIONS)
def test_peoples_organisations_are_bodies(text: str, names: list[str]) -> None:
    assert [b.name for b in find_bodies(text)] == names


@pytest.mark.parametrize("name", ["妇联", "县残联", "市总工会", "省科协", "区侨联", "市文联"])
def test_peoples_organisation_alone_is_a_body_name(name: str) -> None:
    assert is_body_name(name)


# 应急 opens the emergency-management bodies' names: its 应 is no modal verb there (县应急
# 管理局 was cut to 急管理局); the modal stays a boundary elsewhere, and a facility is no body
EMERGENCY = [
    ("县应急管理局牵头，年底前完成50家企业安全检查", ["县应急管理局"]),
    ("省应急管理厅、省消防救援总队负责", ["省应急管理厅", "省消防救援总队"]),
    ("应急管理部牵头", ["应急管理部"]),
    ("区应急局负责", ["区应急局"]),
    ("各县应急管理局负责", ["各县应急管理局"]),
    ("市政府应急管理办公室负责", ["市政府应急管理办公室"]),
    ("市生态环境局应加强监管", ["市生态环境局"]),
    ("各地应加强监管", ["各地"]),
]


@pytest.mark.parametrize(("text", "want"), EMERGENCY, ids=[w[0] for _, w in EMERGENCY])
def test_emergency_bodies_keep_their_name(text: str, want: list[str]) -> None:
    assert [b.name for b in find_bodies(text)] == want
