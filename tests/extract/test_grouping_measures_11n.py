"""Clause joining (grouping.py): two measures side by side, each opening with its own verb
of action and object, are two entries; a clause that only continues the measure before it
still joins it; verbs of delivery are read on folded (Traditional) text too."""

import pytest

from tracker.extract.pipeline import suggest


def _quotes(text):
    return [s.quote for s in suggest(text) if s.kind != "indicator"]


@pytest.mark.parametrize("text, first, second", [
    # two measures, verb and object each (with or without an adverb of manner)
    ("建立健全核算评估标准，扎实推进确权登记工作，加快建成全省统一的核算平台。",
     "建立健全核算评估标准", "扎实推进确权登记工作"),
    ("完善生态价值评价机制。推进全民所有自然资源调查，实施自然生态资源监测评价预警工程。",
     "推进全民所有自然资源调查", "实施自然生态资源监测评价预警工程"),
    ("推动出台生态补偿办法，开展生态环境保护督察整改成效考核。",
     "推动出台生态补偿办法", "开展生态环境保护督察整改成效考核"),
    ("推動出台生態補償辦法，實施自然生態資源監測評價預警工程。",  # Traditional
     "推動出台生態補償辦法", "實施自然生態資源監測評價預警工程"),
])
def test_two_measures_in_one_sentence_are_two_entries(text, first, second):
    quotes = _quotes(text)
    assert any(q.endswith(first) for q in quotes), quotes
    assert second in quotes, quotes


@pytest.mark.parametrize("text, whole", [
    # a verb of delivery after an adverb (全力争创 / 启动新建), or in Traditional script
    ("开展基础教育扩优提质行动，全力争创义务教育优质均衡发展区。", "全力争创义务教育优质均衡发展区"),
    ("加強河湖綜合治理，爭創國家和省級美麗河湖。", "爭創國家和省級美麗河湖"),
    ("完善学校布局，启动新建开放大学。", "启动新建开放大学"),
])
def test_a_clause_delivering_an_outcome_stands_alone(text, whole):
    assert whole in _quotes(text)


@pytest.mark.parametrize("text, joined", [
    # the second clause continues the first, not a measure with a verb of its own
    ("健全碳排放总量和强度双控配套制度，推动能耗双控逐步转向碳排放双控。",
     "健全碳排放总量和强度双控配套制度，推动能耗双控逐步转向碳排放双控"),
    ("完善管理制度，推动生态资源一二三产融合利用。", "完善管理制度，推动生态资源一二三产融合利用"),
    # too short an object after the verb: one measure in two halves
    ("加快推进，扎实开展。", None),
])
def test_a_clause_that_continues_the_measure_still_joins_it(text, joined):
    quotes = _quotes(text)
    if joined is not None:
        assert joined in quotes, quotes
    assert len(quotes) <= 1, quotes
