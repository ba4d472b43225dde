"""Responsible bodies that failed on documents the extractor had never seen (issue 11,
class 8): trailing role clauses, 责任单位 lines, people taken for bodies, a web page's
publisher taken for the issuer. Invented sentences of each class."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.domain import BodyRole
from tracker.extract import suggest
from tracker.extract.bodies import is_person
from tracker.extract.issuer import document_context, is_publisher, title_line
from tracker.extract.labels import read_trailing_roles

DOC = date(2026, 2, 10)
L, S = BodyRole.LEAD, BodyRole.SUPPORT

ROLE_CLAUSES = [
    ("由县农业农村局牵头", [("县农业农村局", L)]),
    ("由县农业农村局牵头，县财政局配合", [("县农业农村局", L), ("县财政局", S)]),
    ("区水利局牵头，区住建局、区城管局参与", [("区水利局", L), ("区住建局", S), ("区城管局", S)]),
    ("县交通运输局负责", [("县交通运输局", L)]),
    ("县发展改革局、县工信局按职责分工负责", [("县发展改革局", L), ("县工信局", L)]),
    ("责任单位：区自然资源局、区林业局", [("区自然资源局", L), ("区林业局", L)]),
    ("牵头单位：市商务局；配合单位：市市场监管局", [("市商务局", L), ("市市场监管局", S)]),
    ("（市卫生健康委牵头）", [("市卫生健康委", L)]),
    ("由某某开发区管委会牵头，各相关部门配合", [("某某开发区管委会", L), ("相关部门", S)]),
]


@pytest.mark.parametrize(("clause", "expected"), ROLE_CLAUSES, ids=[c[0] for c in ROLE_CLAUSES])
def test_read_trailing_roles(clause: str, expected) -> None:
    got = read_trailing_roles(clause)
    assert got is not None
    assert [(b.name, b.role) for b in got] == expected


@pytest.mark.parametrize("clause", [
    "由县农业农村局牵头完成高标准农田建设", "县交通运输局负责新建农村公路80公里",
    "年底前完成农村公路提档升级", "加强部门协作配合", "压实各方责任", "",
])
def test_a_clause_with_a_task_is_no_role_statement(clause: str) -> None:
    assert read_trailing_roles(clause) is None


# (text, {quote: [bodies]}): the role statement gives the task its bodies and is no
# suggestion of its own
TASKS = [
    ("6月底前完成全县畜禽粪污资源化利用设施改造，由县农业农村局牵头，县生态环境局配合。",
     {"6月底前完成全县畜禽粪污资源化利用设施改造": ["县农业农村局", "县生态环境局"]}),
    ("年底前建成农村公路120公里，县交通运输局负责。", {"年底前建成农村公路120公里": ["县交通运输局"]}),
    ("年底前建成农村公路120公里；县交通运输局牵头，县财政局配合。",
     {"年底前建成农村公路120公里": ["县交通运输局", "县财政局"]}),
    ("年底前建成农村公路120公里。由县交通运输局负责。", {"年底前建成农村公路120公里": ["县交通运输局"]}),
    ("年底前建成农村公路120公里，责任单位：县交通运输局、县财政局。",
     {"年底前建成农村公路120公里": ["县交通运输局", "县财政局"]}),
    ("年底前建成农村公路120公里（责任单位：县交通运输局）。",
     {"年底前建成农村公路120公里": ["县交通运输局"]}),
    ("某县工作方案\n（一）年底前建成农村公路120公里。\n责任单位：县交通运输局\n"
     "（二）6月底前完成城区停车场建设。\n责任单位：县城管局、县住建局\n",
     {"年底前建成农村公路120公里": ["县交通运输局"],
      "6月底前完成城区停车场建设": ["县城管局", "县住建局"]}),
]


@pytest.mark.parametrize(("text", "expected"), TASKS, ids=[t[0][:20] for t in TASKS])
def test_role_statements_serve_their_task(text: str, expected) -> None:
    got = {s.quote: [b.name for b in s.responsible] for s in suggest(text, DOC)}
    assert got == expected


def test_roles_as_written_in_traditional() -> None:
    (sug,) = suggest("年底前建成農村公路120公里，由縣交通運輸局牽頭，縣財政局配合。", DOC)
    assert [(b.name, b.role) for b in sug.responsible] == [("縣交通運輸局", L), ("縣財政局", S)]


@pytest.mark.parametrize(("name", "person"), [
    ("党政主要负责同志", True), ("各县区主要负责人", True), ("各级领导干部", True),
    ("村级河长", True), ("县委书记", True),
    ("各级人大和政协", False), ("县河长办", False), ("县生态环境保护委员会", False),
    ("乡村振兴领导小组", False), ("县人民政府", False),
])
def test_people_are_not_bodies(name: str, person: bool) -> None:
    assert is_person(name) is person


def test_a_person_subject_leaves_the_task_to_the_issuer() -> None:
    text = "某县人民政府关于印发某方案的通知\n党政主要负责同志要亲自部署，确保年底前完成整改任务。\n"
    # (…，确保X: a record of its own, test_unit_boundary_sweep.py)
    sug = next(s for s in suggest(text, DOC) if "完成整改任务" in s.quote)
    assert [b.name for b in sug.responsible] == ["某县人民政府"]
    text = "某县人民政府关于印发某方案的通知\n各级人大和政协要加强监督，年底前完成专项检查。\n"
    # (…，年底前完成X: an outcome of its own, a record of its own, test_subject_list_rec13.py;
    # the bodies named as subject before it answer for it)
    sugs = suggest(text, DOC)
    assert [[b.name for b in s.responsible] for s in sugs] == [["各级人大和政协"]] * len(sugs)
    assert any("完成专项检查" in s.quote for s in sugs)


@pytest.mark.parametrize(("name", "publisher"), [
    ("某某市人民政府网", True), ("某某日报", True), ("某区融媒体中心", True), ("某某新闻网", True),
    ("某市生态环境局", False), ("某市人民政府", False), ("某市人民政府办公室", False),
])
def test_publishers(name: str, publisher: bool) -> None:
    assert is_publisher(name) is publisher


PAGES = [
    # the title below the page furniture names the issuer
    ("某某新闻网\n首页 > 要闻\n某某县生态环境局召开2026年工作会议\n来源：某某日报 责任编辑：王某\n"
     "会议要求，6月底前完成排查。", "某某县生态环境局召开2026年工作会议", "某某县生态环境局"),
    ("某市人民政府网\n当前位置：首页 > 政务公开\n某市人民政府办公室关于印发某方案的通知\n"
     "来源：某市人民政府网\n各县要在年底前完成。", "某市人民政府办公室关于印发某方案的通知", "某市人民政府办公室"),
    # nothing but the site names a body: no issuer rather than the site
    ("某市人民政府网\n首页 > 政务公开\n关于加强秸秆禁烧的通知\n来源：某市人民政府网 发布时间：2026-01-10\n"
     "各区要在6月底前完成。", "关于加强秸秆禁烧的通知", None),
]


@pytest.mark.parametrize(("page", "title", "issuer"), PAGES, ids=[p[1] for p in PAGES])
def test_a_web_pages_publisher_is_not_the_issuer(page: str, title: str, issuer) -> None:
    assert title_line(page) == title
    ctx = document_context(page, page, issuer="某某日报" if "日报" in page else "某市人民政府网",
                           gazetteer=None)
    assert [b.name for b in ctx.issuer_refs] == ([issuer] if issuer else [])


def test_traditional_fields_as_written() -> None:
    text = ("某縣工作方案\n（一）年底前建成農村公路120公里。\n責任單位：縣交通運輸局、縣財政局\n"
            "（二）6月底前完成城區停車場建設。\n責任單位：縣城管局\n")
    got = {s.quote: ([b.name for b in s.responsible], s.target.metric if s.target else None)
           for s in suggest(text, DOC)}
    assert got == {"年底前建成農村公路120公里": (["縣交通運輸局", "縣財政局"], "建成農村公路"),
                   "6月底前完成城區停車場建設": (["縣城管局"], None)}
    assert is_publisher("某某市人民政府網") and is_publisher("某某日報")


def test_the_leaders_of_a_body_stand_for_the_body() -> None:
    (sug,) = suggest("县生态环境局主要负责同志要牵头抓总，6月底前完成排查。", DOC)
    assert [b.name for b in sug.responsible] == ["县生态环境局"]
