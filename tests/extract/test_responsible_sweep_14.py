"""The responsible sweep of branch resp14 (tests/extract/responsible_sweep_14.py) read through
the public path, as ``tracker suggest`` reads a file; and the parts of the grammar alone."""

from __future__ import annotations

import pytest

from tests.extract.issuer_sweep import Case, outcome
from tests.extract.responsible_sweep_14 import cases
from tracker.extract.pipeline import suggest

ALL = list(cases())
# (every fourth case of the structures that pass whole: each script and form, in a test run's time)
CASES = [c for c in ALL if c.name.split("/")[0] in ("closing-note", "label-section")][::4]
# the structures with cases still failing (some role clauses and some
# joint teams' clauses before any body is read): their Simplified cases, each kept at its count
FLOORS = {"role-before-name": 388, "joint-team": 57}


@pytest.mark.parametrize("case", CASES, ids=[f"{c.name}-{i}" for i, c in enumerate(CASES)])
def test_who_answers(case: Case) -> None:
    ok, got = outcome(case)
    assert ok, (sorted(case.want), got)


@pytest.mark.parametrize(("name", "floor"), FLOORS.items())
def test_who_answers_at_least(name: str, floor: int) -> None:
    assert sum(outcome(c)[0] for c in ALL if c.name == name) >= floor


@pytest.mark.parametrize(("item", "want"), [
    # the note closing an item serves each of its clauses that names no body
    ("1.促进就业，新增城镇就业4.3万人，零就业家庭动态清零(牵头单位:市人社局)",
     {"新增城镇就业4.3万人": ["市人社局"], "零就业家庭动态清零": ["市人社局"]}),
    ("2.完成60个行政村管网改造，普及率达到99%以上（县水利局牵头，县财政局配合）",
     {"完成60个行政村管网改造": ["县水利局", "县财政局"], "普及率达到99%以上": ["县水利局", "县财政局"]}),
    ("3.改造老旧小区35个，年底前全面完成【责任单位：区住建局】",
     {"改造老旧小区35个": ["区住建局"]}),
    # a clause naming its own body keeps it
    ("4.县民政局新建养老服务中心15所，建成区域医疗中心1个（县卫生健康委负责）",
     {"县民政局新建养老服务中心15所": ["县民政局"], "建成区域医疗中心1个": ["县卫生健康委"]}),
])
def test_a_closing_note_serves_the_whole_item(item: str, want: dict[str, list[str]]) -> None:
    text = "某县人民政府关于2025年民生实事的通知\n一、民生保障\n" + item + "\n"
    got = {s.quote: [b.name for b in s.responsible] for s in suggest(text)}
    for words, bodies in want.items():
        quote = next((q for q in got if words in q), None)
        assert quote is not None and got[quote] == bodies, (words, got)


@pytest.mark.parametrize(("words", "want"), [
    # the word of a role right before a body's name: the name
    ("由包片单位县文广局督促住户移走晾晒的衣物", ["县文广局"]),
    ("由责任单位市住建局负责整改", ["市住建局"]),
    ("由属地政府某某镇人民政府牵头整治", ["某某镇人民政府"]),
    ("由主管部门县农业农村局督促企业整改", ["县农业农村局"]),
    ("挂钩单位区城管局要加强巡查", ["区城管局"]),
    # the role's word alone stays a body (of the notice's addressees); a list keeps both
    ("各责任单位要抓好落实", ["各责任单位"]),
    ("属地政府、县住建局负责整改", ["属地政府", "县住建局"]),
    # 联合 inside a joint team's name, and as the lead-in before another body
    ("由市容环境综合整治联合执法工作组负责整治", ["市容环境综合整治联合执法工作组"]),
    ("由县联合执法大队负责清理", ["县联合执法大队"]),
    ("区联合调查组要在年底前查清原因", ["区联合调查组"]),
    ("市住建局联合市公安局开展检查", ["市住建局", "市公安局"]),
])
def test_the_body_named_after_its_role(words: str, want: list[str]) -> None:
    from tracker.extract.bodies import find_bodies
    assert [b.name for b in find_bodies(words)] == want


@pytest.mark.parametrize(("words", "want"), [
    ("由包片单位县文广局督促住户整改", "县文广局"),
    ("由属地政府某某镇人民政府牵头整治", "某某镇人民政府"),
    ("由县住建局督促商户更换", "县住建局"),
    ("由责任单位负责整改", "责任单位"),  # no name after the role: the role's word
])
def test_by_body_reads_the_name_after_the_role(words: str, want: str) -> None:
    from tracker.extract.classify import by_body
    assert by_body(words) == want
