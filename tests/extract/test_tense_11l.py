"""Tense of Chinese policy text (issue 11, helper 11l): what grammar marks a clause as a
result already reached, and what leaves it a commitment still ahead. Generic sentences
written for these tests, in the style of work reports, plans and progress notices."""

from datetime import date

import pytest

from tracker.extract import classify
from tracker.extract.pipeline import suggest

WHEN = date(2026, 3, 1)


def _kinds(text: str, when: date | None = WHEN) -> dict[str, str]:
    return {s.quote: s.kind for s in suggest(text, when, rules_only=True)}


# 了 after a verb is the perfective aspect, whatever the verb: the act is done
PERFECTIVE = [
    "随后约谈了3家排污企业",
    "组织了一次全县污染源大排查",
    "基本消除了城市黑臭水体",
    "新建了污水管网12公里",
    "成为了全省首个国家生态文明示范县",
    "督促整改了问题18个",
]
# 了 in a word of its own (为了 / 除了 / 了解 / 了结 / 明了) is no aspect
NOT_PERFECTIVE = [
    "为了完成年度目标，加快推进污水管网建设",
    "除了城区以外，全面推进农村污水治理",
    "深入了解企业诉求",
    "及时了结信访积案",
    "简单明了公开办事流程",
    "全面完成整改",
    "确保年底前完成",
]


@pytest.mark.parametrize("clause", PERFECTIVE)
def test_a_verb_with_perfective_le_reports_the_past(clause):
    assert classify.strong_past(clause)
    assert classify.looks_past(clause, ahead=True)  # also under a heading of goals


@pytest.mark.parametrize("clause", NOT_PERFECTIVE)
def test_le_in_a_word_of_its_own_is_no_past(clause):
    assert not classify.strong_past(clause)


def test_a_perfective_clause_beside_a_commitment_stays_a_result():
    # the sentence looks ahead (确保), the clause with 了 still reports what was done
    text = "确保按时完成今年500亩茶园基地建设任务，组织了一次产业发展大检查，约谈了3个后进村。\n"
    kinds = _kinds(text)
    assert kinds.get("确保按时完成今年500亩茶园基地建设任务") in ("target", "deadline")
    assert kinds.get("约谈了3个后进村") in (None, "indicator")
    assert kinds.get("组织了一次产业发展大检查") in (None, "indicator")
