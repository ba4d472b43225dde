"""Fields standing as numbered headings, their value on the lines under them (五、完成时限 /
2023年9月30日前 · 二、整改实施主体 / 宿马园区党工委、管委会) or after their colon on the same
line (五、完成时限：2023年9月30日前): the heading names read, the sections they serve, and
the sweep of composed notices and plans (tests/extract/form_sweep_14.py)."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from tests.extract.form_sweep_14 import DOC_DATE, Case, cases, clean, run
from tracker.extract import suggest, to_json
from tracker.extract.labels import field_heads, field_name
from tracker.extract.segment import marker_level

NAMES = [
    ("五、完成时限", "time"),
    ("（一）整改时限：", "time"),
    ("(二)整改期限", "time"),
    ("1.时限要求", "time"),
    ("２．完成时间:", "time"),
    ("（3）计划完成时间", "time"),
    ("二、整改实施主体", "body"),
    ("三、责任单位", "body"),
    ("1、牵头单位：", "body"),
    ("（二）整改责任单位", "body"),
    ("4.责任主体", "body"),
    ("五、配合单位", "support"),
    ("（四）责任领导", "other"),
    ("六、督办单位", "other"),
    ("三、验收单位", "other"),
    ("四、整改目标", "goal"),
    ("三、重点措施", "goal"),
    ("2.目标任务", "goal"),
    ("（一）整改措施：", "goal"),
    ("四、整改任务", "goal"),
    # ordinary section headings: no field
    ("三、主要任务", None),
    ("二、整改目标完成情况", None),
    ("一、总体要求", None),
    ("四、保障措施", None),
    ("五、公示期限", None),
    ("六、整改完成情况", None),
    ("一、整改问题", None),
    ("二、工作目标", None),
    ("（三）时间安排", None),
    ("完成时限", None),  # (no number: a label line, read by read_label)
    ("五、完成时限：2023年9月30日前", None),  # (its value inline: read as a label)
    ("三、责任单位要加强督导", None),
]


@pytest.mark.parametrize(("line", "kind"), NAMES, ids=[n for n, _ in NAMES])
def test_a_numbered_heading_names_a_field_or_not(line: str, kind: str | None) -> None:
    assert field_name(line) == kind


LEVELS = [
    ("第一章 总则", 1), ("一、整改目标", 2), ("二．整改时限", 2), ("（一）整改时限", 3),
    ("(二)责任单位", 3), ("1.责任单位", 4), ("1、整改目标", 4), ("１．完成时限", 4),
    ("（1）责任单位", 5), ("2）完成时限", 5), ("①责任单位", 6), ("2023年9月30日前", None),
    ("12.5%的企业", None), ("宿马园区党工委、管委会", None),
]


@pytest.mark.parametrize(("line", "level"), LEVELS, ids=[n for n, _ in LEVELS])
def test_the_number_of_a_line_gives_its_level_in_the_order_of_official_documents(
        line: str, level: int | None) -> None:
    assert marker_level(line) == level


PLAN = ("某县整改方案\n"
        "（一）问题一\n1.整改目标\n完成城区黑臭水体整治。\n2.整改时限\n2021年6月\n3.责任单位\n县住建局\n"
        "（二）问题二\n1.责任单位\n县水利局、县农业农村局\n2.整改目标\n建立长效管护机制。\n3.完成时限\n2024年底前\n")


def test_a_field_serves_the_section_of_its_parent_heading() -> None:
    heads = field_heads(PLAN)
    assert [h.kind for h in heads] == ["goal", "time", "body", "body", "goal", "time"]
    first, second = PLAN.index("（一）"), PLAN.index("（二）")
    assert {h.scope for h in heads[:3]} == {(first, second)}
    assert {h.scope for h in heads[3:]} == {(second, len(PLAN))}
    time = heads[1]
    assert PLAN[time.value_start:time.value_end] == "2021年6月"


def test_a_field_with_no_parent_serves_the_whole_notice() -> None:
    text = "公示\n一、整改目标\n完成整治。\n二、完成时限\n2023年9月30日前\n三、整改完成情况\n已完成。\n"
    heads = field_heads(text)
    assert [h.kind for h in heads] == ["goal", "time"]
    assert all(h.scope == (0, len(text)) for h in heads)


@pytest.mark.parametrize("under", [
    "2023年9月30日前完成整治，各地要建立台账，逐一销号，确保问题整改到位，并将整改情况及时报送县整改办，"
    "县整改办将对整改情况开展抽查，发现问题及时督促整改。",  # a paragraph, no value
    "2023年9月30日前\n各地要建立台账。\n逐一销号。\n确保整改到位。",  # more lines than a value
    "",  # nothing under it
])
def test_a_heading_with_text_under_it_or_nothing_is_no_time_field(under: str) -> None:
    text = f"公示\n一、完成时限\n{under}\n二、其他\n无。\n"
    assert [h for h in field_heads(text) if h.kind == "time"] == []


INLINE = [
    ("五、完成时限：2023年9月30日前", "time", "2023年9月30日前"),
    ("（一）整改时限:2021年6月", "time", "2021年6月"),
    ("1.责任单位：县住建局、县城管局", "body", "县住建局、县城管局"),
    ("二、整改实施主体：宿马园区党工委、管委会", "body", "宿马园区党工委、管委会"),
    ("（2）牵头单位：省自然资源厅牵头，省林业局配合。", "body", "省自然资源厅牵头，省林业局配合。"),
    ("三、重点措施：现场施工裸土全覆盖。", "goal", "现场施工裸土全覆盖。"),
    # no field: a sentence about the bodies, a long text after a time label, no number
    ("三、责任单位：要加强督导，确保整改到位", None, None),
    ("五、完成时限：各地要在2023年9月30日前完成整改并将整改情况报送县整改办", None, None),
    ("完成时限：2023年9月30日前", None, None),
    ("二、工作目标：到2025年完成整治", None, None),
]


@pytest.mark.parametrize(("line", "kind", "value"), INLINE, ids=[n for n, _, _ in INLINE])
def test_a_numbered_line_states_a_field_with_its_value_after_its_colon(
        line: str, kind: str | None, value: str | None) -> None:
    text = f"公示\n{line}\n"
    heads = field_heads(text)
    if kind is None:
        assert heads == []
        return
    (head,) = heads
    assert (head.kind, head.inline, text[head.value_start:head.value_end]) == (kind, True, value)
    assert head.scope == (0, len(text))


def test_two_time_fields_in_one_section_give_none_of_them() -> None:
    # two problems' fields side by side at the top level: which serves which is not said
    text = ("公示\n一、整改目标\n完成城区黑臭水体整治。\n二、整改时限\n2021年6月\n"
            "三、整改目标\n建立长效管护机制。\n四、整改时限\n2024年底前\n")
    found = [to_json(s) for s in suggest(text, DOC_DATE)]
    assert found and all(s["deadline"] is None for s in found)


def test_the_time_field_is_the_tasks_bound_and_says_so() -> None:
    text = ("突出生态环境问题整改验收销号公示\n一、整改问题\n施工场地裸土未覆盖。\n二、整改实施主体\n"
            "宿马园区党工委、管委会\n三、重点措施\n现场施工裸土全覆盖。\n四、完成时限\n2023年9月30日前\n"
            "五、整改完成情况\n经现场核查，现场施工裸土已全覆盖。\n")
    found = [to_json(s) for s in suggest(text, date(2023, 10, 9)) if s.kind.value != "indicator"]
    task = next(s for s in found if s["quote"] == "现场施工裸土全覆盖")
    assert task["deadline"] == "2023-09-30"
    assert "时限（字段标题）：2023年9月30日前" in task["why"]
    assert task["responsible"] == ["宿马园区党工委", "管委会"]
    # the field's value is the field's: no suggestion of its own
    assert not any("2023年9月30日前" == s["quote"] for s in found)


def test_a_task_with_its_own_bound_keeps_it() -> None:
    text = ("公示\n一、整改目标\n2022年底前完成城区12条黑臭水体整治。\n完成老旧管网改造。\n"
            "二、整改时限\n2024年12月底\n")
    found = {s["quote"]: s for s in (to_json(x) for x in suggest(text, DOC_DATE))}
    own = next(s for q, s in found.items() if q.startswith("2022年底前"))
    assert own["deadline"] == "2022-12-31"
    assert found["完成老旧管网改造"]["deadline"] == "2024-12-31"


def test_an_ongoing_time_field_gives_no_date() -> None:
    text = "公示\n一、整改目标\n建立黑臭水体长效管护机制。\n二、整改时限\n长期坚持\n"
    found = [to_json(s) for s in suggest(text, DOC_DATE)]
    assert found and all(s["deadline"] is None for s in found)


CASES = list(cases())
# the counter-cases that fail for a reason of another rule: a body named as the subject of
# a sentence in another section (县住建局要加强督导…) is read as the actor of the whole text
KNOWN_FAILING = {"plain-simp": 4, "plain-trad": 2, "plain-pinyin": 2}


def test_the_sweep_counts() -> None:
    failing = Counter(c.group for c in CASES if run(c))
    assert dict(failing) == KNOWN_FAILING
    assert len(CASES) == 257


@pytest.mark.parametrize("case", [c for c in CASES if not c.group.startswith("plain")],
                         ids=lambda c: c.group)
def test_a_field_heading_gives_its_section_its_deadline_and_bodies(case: Case) -> None:
    assert run(case) == []


def test_the_cleanup_drops_inline_pinyin() -> None:
    assert clean("整(zhěng)改時(shí)限") == "整改時限"
