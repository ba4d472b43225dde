"""A sweep of end states stated by a word of "all" or by a ban, each clause standing alone
as a table cell or list item does (issue 11, branch clause15):

- 全部 before a verb of doing (反馈问题全部解决到位 / 车辆全部执行国Ⅳ标准 / 存量项目全部纳入
  监管): every one of them dealt with, an end state reached in full (README R2: a word of
  "all" makes the act `full`, whatever verb of doing follows);
- a word of "all" opening a scope bounded by a figure (覆盖所有城区人口10万以上的市县 /
  所有日处理能力500吨以上的污水处理厂全部完成提标改造): the bound says which things, not
  how many, and the end state is the target (full, no value); 覆盖所有/全部 X is full
  coverage (the definition page's 全覆盖);
- 防止/严防 with 出现/发生 before an event (坚决防止出现整村整乡返贫现象): none of it, `zero`
  as 确保不发生 / 杜绝 are;
- 停止 before building, adding or approving (全面停止新增围填海审批 / 停止新建燃煤锅炉):
  nothing more of it, a ban, `zero` as 禁止新建 is.

Counter-cases: a result already reached (已全部整改到位), a pause (暂停审批), 全部 as a
noun's determiner in a comparison (增速高于全部投资增速), a verb of removal (全部关停, left
to the zero end states).

Each wording is composed from subjects × verbs × objects, and written as is, in
Traditional script, with full-width digits, each with and without a final 。.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from tests.extract.sweep_kit import cell_forms

DOC_DATE = date(2024, 3, 1)


@dataclass(frozen=True)
class Case:
    group: str
    name: str
    text: str
    want: str | None  # the comparator wanted; None: none of full / zero


# subjects of "all" (a scope, with or without a count and a lead word)
ALL_SUBJECTS = (
    "确保反馈问题",
    "移交的问责清单",
    "政府采购车辆",
    "第二轮督察反馈的36个问题",
    "全市12家重点排污单位",
    "存量违建项目",
    "力争全市5个点位",
)
# 全部 + a verb of doing + what follows it
ALL_ACTS = (
    "全部解决到位",
    "全部处理到位",
    "全部执行国Ⅳ标准",
    "全部纳入监管",
    "全部整改到位",
    "全部完成销号",
    "全部落实到位",
    "全部按期办结",
    "全部接入在线监控平台",
    "全部实施清洁化改造",
    "全部达到一级A排放标准",
)
# a ban: (lead, 停止, what is stopped)
BAN_LEADS = ("", "全面", "除国家重大战略项目外,全面", "2025年起", "各县区一律")
BAN_ACTS = (
    "停止新增围填海审批",
    "停止新建燃煤锅炉",
    "停止审批高耗能高排放项目",
    "停止扩建化工园区",
    "停止新上小水电项目",
)
# every one of a scope bounded by a figure (所有城区人口10万以上的市县): the bound says which
# things, not how many; the clause's end state is the target (full, no value)
SCOPED_FRAMES = (
    "高速公路将覆盖所有{scope}{noun}",
    "公交线路覆盖全部{scope}{noun}",
    "实现所有{scope}{noun}通天然气",
    "所有{scope}{noun}全部完成提标改造",
    "力争所有{scope}{noun}全部接入在线监控平台",
)
SCOPES = ("城区人口10万以上的", "日处理能力500吨以上的", "20蒸吨及以上的", "年综合能耗1万吨标准煤以上的",
          "常住人口5000人以下的")
NOUNS = ("市县", "乡镇", "企业", "污水处理厂")
# none of an event guarded against (坚决防止出现整村整乡返贫现象 / 严防发生重特大安全事故):
# zero of it, as 确保不发生 / 杜绝 are
GUARD_LEADS = ("", "坚决", "确保", "全力")
GUARDS = ("防止出现", "防止发生", "严防发生", "严防出现")
EVENTS = ("规模性返贫", "整村整乡返贫现象", "重特大安全生产事故", "重大环境污染事件", "黑臭水体反弹")
COUNTER = (
    ("past", "存量问题已全部整改到位"),
    ("past", "反馈问题已全部解决"),
    ("pause", "暂停审批新增产能项目"),
    ("pause", "暂停新建燃煤锅炉"),
    ("noun", "项目投资增速高于全部投资增速"),
    ("past", "已覆盖所有乡镇"),
    ("duty", "防止水土流失"),
    ("duty", "防止返贫致贫"),
)
# a bound that is the target itself: a floor on how many, or on the reach (not a scope)
FLOORS = (
    ("建设10个以上的示范村", ">="),
    ("覆盖人口超过10万", ">="),
)


def cases() -> Iterator[Case]:
    for subj in ALL_SUBJECTS:
        for act in ALL_ACTS:
            for form, text in cell_forms(subj + act):
                yield Case("all-" + form, subj + act, text, "full")
    for lead in BAN_LEADS:
        for act in BAN_ACTS:
            for form, text in cell_forms(lead + act):
                yield Case("ban-" + form, lead + act, text, "zero")
    for frame in SCOPED_FRAMES:
        for scope in SCOPES:
            for noun in NOUNS:
                words = frame.format(scope=scope, noun=noun)
                for form, text in cell_forms(words):
                    yield Case("scope-" + form, words, text, "full")
    for lead in GUARD_LEADS:
        for guard in GUARDS:
            for event in EVENTS:
                words = lead + guard + event
                for form, text in cell_forms(words):
                    yield Case("guard-" + form, words, text, "zero")
    for words, want in FLOORS:
        for _form, text in cell_forms(words):
            yield Case("floor", words, text, want)
    for group, words in COUNTER:
        for _form, text in cell_forms(words):
            yield Case("not-" + group, words, text, None)


def comparator_of(text: str) -> str | None:
    """The comparator of the longest suggestion for *text* standing alone (as
    tools/score_corpus.py --clauses reads a cell), None when there is none."""
    from tracker.extract import suggest, to_json
    from tracker.extract.__main__ import clean

    got = [to_json(s) for s in suggest(clean(text), DOC_DATE) if s.kind != "indicator"]
    if not got:
        return None
    return max(got, key=lambda x: x["end"] - x["start"]).get("comparator")


def passes(case: Case) -> tuple[bool, str | None]:
    got = comparator_of(case.text)
    if case.want is None:
        return got not in ("full", "zero"), got
    return got == case.want, got


if __name__ == "__main__":
    from tests.extract.scorer_match import report

    report((c.group, *passes(c)[:1], c.text, passes(c)[1]) for c in cases())
