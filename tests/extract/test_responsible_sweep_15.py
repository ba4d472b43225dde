"""The responsible sweep of branch resp15 (tests/extract/responsible_sweep_15.py) read through
the public path, as ``tracker suggest`` reads a file; and the rules' parts alone."""

from __future__ import annotations

import pytest

from tests.extract.issuer_sweep import Case, outcome
from tests.extract.responsible_sweep_15 import cases
from tracker.domain import BodyRole
from tracker.extract.labels import Item, read_label
from tracker.extract.pipeline import suggest

ALL = list(cases())
# every structure and form passes whole (3968 of 3968; 1600 before the branch): a sample, the
# stride prime to the forms and the structures' sizes
CASES = ALL[::37]


@pytest.mark.parametrize("case", CASES, ids=[f"{c.name}-{i}" for i, c in enumerate(CASES)])
def test_who_answers(case: Case) -> None:
    ok, got = outcome(case)
    assert ok, (sorted(case.want), got)


def _bodies(text: str, words: str) -> list[str]:
    sug = next(s for s in suggest(text) if words in s.quote)
    return [b.name for b in sug.responsible]


@pytest.mark.parametrize(("line", "want"), [
    ("部门分工：省发展改革委牵头，各地、各部门配合。", [("省发展改革委", "lead"), ("各地", "support"),
                                                   ("各部门", "support")]),
    ("责任分工：市住建局负责", [("市住建局", "lead")]),
    ("任务分工:县水利局、县农业农村局", [("县水利局", "lead"), ("县农业农村局", "lead")]),
    ("职责分工：由区城管局牵头，区财政局配合", [("区城管局", "lead"), ("区财政局", "support")]),
    ("责任单位：★区发改委、统计局", [("区发改委", "lead"), ("统计局", "lead")]),
    ("牵头单位：☆市生态环境局", [("市生态环境局", "lead")]),
    # a leader's line names a person: a field, no body
    ("分管省领导：林某某", []), ("分管市领导:张三", []), ("牵头省领导：李四", []),
])
def test_field_lines(line: str, want: list[tuple[str, str]]) -> None:
    item = Item()
    assert read_label(line, None, item)
    roles = {BodyRole.LEAD: "lead", BodyRole.SUPPORT: "support"}
    assert [(b.name, roles[b.role]) for b in item.bodies] == want


@pytest.mark.parametrize(("text", "words", "want"), [
    # the field after a leader's line serves its numbered target, not the one after it
    ("关于印发重点任务分工方案的通知\n一、主要预期目标\n1.地区生产总值增长6%以上。\n分管省领导：林某\n"
     "部门分工：省发展改革委牵头，各地、各部门配合。\n2.地方一般公共预算收入增长5%左右。\n分管省领导：林某\n"
     "部门分工：省财政厅牵头，各地、各部门配合。\n", "地区生产总值", ["省发展改革委", "各地", "各部门"]),
    ("关于印发重点任务分工方案的通知\n一、主要预期目标\n1.地区生产总值增长6%以上。\n分管省领导：林某\n"
     "部门分工：省发展改革委牵头，各地、各部门配合。\n2.地方一般公共预算收入增长5%左右。\n分管省领导：林某\n"
     "部门分工：省财政厅牵头，各地、各部门配合。\n", "公共预算", ["省财政厅", "各地", "各部门"]),
])
def test_the_duty_field_serves_its_item(text: str, words: str, want: list[str]) -> None:
    assert _bodies(text, words) == want


@pytest.mark.parametrize(("opening", "want"), [
    ("1月31日，青海省水利工作会议在西宁市召开，安排2025年重点工作。", "青海省水利厅"),
    ("近日，召开福州市生态环境工作会议，部署2025年工作。", "福州市生态环境局"),
    ("记者从绵阳市林业工作会议上获悉，2025年将全力推进各项工作。", "绵阳市林业局"),
    ("江西全省生态环境工作会议近日在南昌召开。", "江西省生态环境厅"),
])
def test_a_named_division_s_sector_meeting(opening: str, want: str) -> None:
    text = f"{opening}\n会议要求，2025年6月底前完成60个行政村生活污水治理。\n"
    assert _bodies(text, "60个行政村") == [want]


@pytest.mark.parametrize(("opening", "issuer"), [
    # a meeting not said to be held, or a name no division bears: no department from it
    ("青海省水利工作会议精神要认真贯彻。", None),
    ("某某省水利工作会议在西宁召开。", None),
])
def test_no_department_from_words_that_hold_no_meeting(opening: str, issuer: str | None) -> None:
    from tracker.extract.issuer import _default_gazetteer, _sector_meeting

    assert _sector_meeting(opening, _default_gazetteer(), None) == issuer


NOTED = ("某某市人民政府办公室关于印发2025年工作计划的通知\n一、基础设施互联互通\n"
         "（一）道路畅通工程。加快建设都市圈快速通道。\n2025年建成典农河至沙湖旅游公路。\n"
         "进一步规范道路限高、限宽等交通设施。{note}\n{after}"
         "（二）城际公交工程。制定都市圈城际公交开通实施方案。\n")


@pytest.mark.parametrize(("note", "after", "words", "want"), [
    # a note closing the item's last line answers for all of its lines
    ("（市交通运输局牵头，市发展改革委配合）", "", "快速通道", ["市交通运输局", "市发展改革委"]),
    ("（市交通运输局牵头，市发展改革委配合）", "", "旅游公路", ["市交通运输局", "市发展改革委"]),
    ("由市交通运输局牵头，市发展改革委配合。", "", "旅游公路", ["市交通运输局", "市发展改革委"]),
    # …not the next item's
    ("（市交通运输局牵头，市发展改革委配合）", "", "公交开通", ["某某市人民政府办公室"]),
    # a note with more of the item after it closes a part of it only
    ("（市交通运输局牵头，市发展改革委配合）", "完成交通标志更新200处。\n", "旅游公路",
     ["某某市人民政府办公室"]),
])
def test_a_note_closing_an_item(note: str, after: str, words: str, want: list[str]) -> None:
    assert _bodies(NOTED.format(note=note, after=after), words) == want
