"""The responsible sweep of branch resp14 (tests/extract/responsible_sweep_14.py) read through
the public path, as ``tracker suggest`` reads a file; and the parts of the grammar alone."""

from __future__ import annotations

import pytest

from tests.extract.issuer_sweep import Case, outcome
from tests.extract.responsible_sweep_14 import cases
from tracker.extract.pipeline import suggest

# (every fourth case: the sweep's structures in each script and form, in a test run's time)
CASES = list(cases())[::4]


@pytest.mark.parametrize("case", CASES, ids=[f"{c.name}-{i}" for i, c in enumerate(CASES)])
def test_who_answers(case: Case) -> None:
    ok, got = outcome(case)
    assert ok, (sorted(case.want), got)


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
