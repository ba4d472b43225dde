"""Generic suggestions of the rules are no commitments (issue 11). A gain named only by a
comparative, with no measure and no time (民生福祉达到更高水平 / 城市能级得到新提升 / 改革
取得重要进展): nothing to check. Under a bound that opens it, or with a number or a period
of its own, the same words state a plan's end state (到2030年…取得重大进展) and stay (not
further on in the bound's chain or under a heading of goals: session 11q). The work itself as the object (认真抓好贯彻落实 / 确保完成目标任务) says how
the document is carried out, nothing of its own. Invented clauses."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract import suggest
from tracker.extract.classify import is_vague_gain, judge

VAGUE = [
    "民生福祉达到更高水平",
    "乡村振兴实现新跨越",
    "城市能级得到新提升",
    "重点领域改革取得重要进展",
    "高水平全面建成小康社会取得决定性成就",
    "在政务公开、政策解读等各环节实现新突破",
    "区域协调发展迈上新台阶",
]


@pytest.mark.parametrize("clause", VAGUE)
def test_a_vague_gain_is_no_commitment(clause: str) -> None:
    assert is_vague_gain(clause)
    assert judge(clause).kind is None


@pytest.mark.parametrize("clause", [
    "“十五五”期间，产业结构优化升级取得重大进展",   # a period of its own
    "到2030年生态环境质量实现根本好转",              # a year
    "实现更加充分更高质量就业",                      # the gain is named (就业)
    "建成新污水处理厂",                               # a thing to build
    "推动《湿地公约》缔约方大会取得积极成果",          # a named act or event
    "年底前污水收集率达到新的水平",                   # a time of its own
])
def test_a_gain_with_a_measure_or_a_time_is_not_vague(clause: str) -> None:
    assert not is_vague_gain(clause)


@pytest.mark.parametrize("text", [
    "到2025年，民生福祉达到更高水平。",
    "到2030年，乡村振兴实现新跨越。",
    "“十五五”期间，改革取得重大进展。",
])
def test_under_a_bound_that_opens_it_the_end_state_stays(text: str) -> None:
    # 到2025年，… right before it: the plan's end state, its quote holding the time words
    quotes = [s.quote for s in suggest(text, date(2024, 3, 1))]
    assert quotes == [text.rstrip("。")]


def test_further_on_in_the_chain_the_comparative_is_no_record() -> None:
    # (session 11q) a comparative further on in the bound's chain states no quantity nor end
    # state of its own, and its quote would hold no time words: the plans of the dev part
    # keep 到2025年，人均预期寿命达到83岁 and not the 乡村振兴实现新跨越 after it
    quotes = [s.quote for s in suggest("到2025年，全市生态环境质量得到明显改善，民生福祉达到更高水平。",
                                       date(2024, 3, 1))]
    assert "民生福祉达到更高水平" not in quotes
    assert quotes == ["到2025年，全市生态环境质量得到明显改善"]


def test_alone_it_is_not_suggested() -> None:
    text = "要推动乡村振兴实现新跨越，城市能级得到新提升。"
    assert [s.quote for s in suggest(text, date(2024, 3, 1))] == []


@pytest.mark.parametrize("clause", [
    "认真抓好贯彻落实",
    "确保各项任务落地落细落实",
    "全力推进工作落实",
    "推动政府工作全面有效落实",
    "确保完成目标任务",
    "要抓好落实",
])
def test_the_work_itself_as_object_is_no_commitment(clause: str) -> None:
    assert judge(clause).kind is None


@pytest.mark.parametrize("clause", [
    "推动第七航权开放试点落地",        # a named pilot
    "确保完成省下达的目标任务",        # a quota set from above
    "确保散乱污企业整治工作落实到位",  # a named campaign
])
def test_a_named_object_keeps_the_clause(clause: str) -> None:
    assert judge(clause).kind is not None
