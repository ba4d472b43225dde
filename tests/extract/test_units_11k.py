"""Which units become suggestions (issue 11, helper 11k): tense and genre decide whether a
clause is a commitment or a result. Generic sentences written for these tests, in the
style of work reports, progress notices and plans."""

from datetime import date

import pytest

from tracker.extract import classify
from tracker.extract.pipeline import suggest

# A paragraph before the one tested, so that the text is a document, not a lone clause.
OPENING = ("关于全县生态环境保护工作情况的通报\n"
           "为全面贯彻落实上级决策部署，现将有关情况通报如下，请各乡镇、各部门认真对照，"
           "结合实际抓好落实，推动全县生态环境保护工作取得实效。\n")


def _kinds(text: str, when: date) -> dict[str, str]:
    return {s.quote: s.kind for s in suggest(text, when, rules_only=True)}


# (paragraph, the document's date, a quote, the kind it must have)
TENSE = [
    # a paragraph opened by a five-year period over before the document: what follows
    # in it reports that period's results, also after a full stop
    ("结构调整：“十四五”期间，全县推动产业结构绿色转型。完成散煤治理1.7万户，"
     "建成污水处理厂12座。\n", date(2026, 3, 1), "建成污水处理厂12座", "indicator"),
    ("“十三五”时期，全市大力推进污染防治。新增城市绿地面积320公顷，"
     "淘汰燃煤小锅炉85台。\n", date(2021, 2, 1), "淘汰燃煤小锅炉85台", "indicator"),
    # a year gone by opens the paragraph the same way
    ("2025年，全县持续深化生态文明建设。完成农村改厕2000户，"
     "新建污水管网36公里。\n", date(2026, 2, 10), "新建污水管网36公里", "indicator"),
    # a speaker or a report named before the year (…指，/ …称，/ 据介绍，), as news reposts write
    ("县长指，2025年全县经济运行稳中有进，地区生产总值增长5.6%。一般公共预算收入达18亿元，"
     "年增2.1%。\n", date(2026, 2, 3), "一般公共预算收入达18亿元", "indicator"),
    ("据介绍，2025年全县生态环境质量持续改善。新建污水管网36公里，完成农村改厕2000户。\n",
     date(2026, 2, 3), "新建污水管网36公里", "indicator"),
    # …until a sentence looks ahead again: its targets are the plan's
    ("“十四五”期间，全县推动产业结构绿色转型。下一步，要完成散煤治理1.5万户，"
     "建成污水处理厂8座。\n", date(2026, 3, 1), "建成污水处理厂8座", "target"),
    # a period still running sets targets
    ("“十五五”期间，全县推动产业结构绿色转型。完成散煤治理1.5万户，"
     "建成污水处理厂8座。\n", date(2026, 3, 1), "建成污水处理厂8座", "target"),
]


@pytest.mark.parametrize(("paragraph", "when", "quote", "kind"), TENSE)
def test_the_tense_a_paragraph_opens_with_runs_on(paragraph, when, quote, kind):
    assert _kinds(OPENING + paragraph, when).get(quote) == kind


# (paragraph, the document's date, a quote, whether it is a commitment)
LEFT_TO_DO = [
    # the part of a plan still to do, bound by a date with a word that commits
    ("省级方案共涉及我县15项整改任务，其中6项整改任务需在2026年底前完成，"
     "截至5月底已完成整改4项。\n", date(2026, 6, 10), "其中6项整改任务需在2026年底前完成", True),
    ("全县排查问题42个，剩余5个问题将于9月底前完成整改。\n", date(2026, 6, 10),
     "剩余5个问题将于9月底前完成整改", True),
    # the share reported stays a result
    ("全县排查问题42个，其中37个已完成整改。\n", date(2026, 6, 10), "其中37个已完成整改", False),
]


@pytest.mark.parametrize(("paragraph", "when", "quote", "commitment"), LEFT_TO_DO)
def test_what_is_left_of_a_plan_is_a_commitment(paragraph, when, quote, commitment):
    kinds = _kinds(OPENING + paragraph, when)
    assert quote in kinds or not commitment, kinds
    assert (kinds.get(quote, "indicator") != "indicator") is commitment, kinds


# (clause, whether the clause rules take it as a measure)
LIGHT_VERBS = [
    # a light verb before the verb of the measure
    ("组织实施《某市生态环境保护规划》及水、土壤等专项规划", True),
    ("组织开展饮用水水源地环境问题专项排查", True),
    ("牵头制定全县农村生活污水治理方案", True),
    # a verb joined to the known one after it
    ("要进一步补充和完善整改台账资料", True),
    ("梳理并公布县级权责清单", True),
    # 对X进行V with a long object named first
    ("对各乡镇上报的问题台账、现场照片及相关佐证材料等进行补充和完善", True),
    # two nouns joined stay no measure
    ("城市和农村建设", False),
    # 组织 as a noun stays what it was
    ("组织领导", False),
    ("组织保障", False),
]


@pytest.mark.parametrize(("clause", "measure"), LIGHT_VERBS)
def test_a_light_verb_opens_a_measure(clause, measure):
    assert (classify.judge(clause).kind is not None) is measure


# (sentence, the quotes it must give, each an entry of its own)
RECURRING = [
    ("三年行动期间，每季度报送一次工作进展情况，每半年报送一次阶段性工作总结。\n",
     ["每季度报送一次工作进展情况", "每半年报送一次阶段性工作总结"]),
    ("各乡镇每月开展一次河道巡查，每季度向县河长办报告巡查结果。\n",
     ["每季度向县河长办报告巡查结果"]),
]


@pytest.mark.parametrize(("sentence", "quotes"), RECURRING)
def test_a_clause_with_its_own_frequency_is_an_entry_of_its_own(sentence, quotes):
    got = _kinds(OPENING + sentence, date(2026, 3, 1))
    for quote in quotes:
        assert quote in got, got
