"""Sweeps of false alarms on unseen text and of the commitments worded like them (issue 11,
branch prec13b).

The dev half of set U (fresh this session) shows general causes of false alarms that the
rules did not know; each is swept here over wordings written for the sweep (none copied
from a corpus document): a grammar of the phrase × frames of several genres × place
prefixes, Simplified and Traditional script, full-width digits, with and without final
punctuation, and the clause standing alone. Every cause has a counter-sweep of true
commitments of like wording that must stay suggested.

- SHARE_OF_PLAN: a progress report's share of the year's plan reached (今年1—6月，全县重点
  项目完成投资32.5亿元，为年计划的46%): the plan is the base of the share, not a word
  looking ahead, and the period gone by frames the results.
- VOTES: the outcome of a vote or a satisfaction poll in figures (满意95票，基本满意27票，
  不满意0票 / 赞成120票，反对2票，弃权1票): what a meeting's members chose, nothing to deliver.

``cases()`` yields Case(cause, kind, label, text, clause, doc_date) as
tests/extract/precision_sweep_11s.py: kind "alarm" — no commitment may be suggested over the
clause; kind "kept" — a commitment must match it as the shared scorer pairs them.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from tests.extract.precision_sweep_11s import Case, _variants, cases_of, run

_PLACES = ("某县", "东城区", "临江市", "全省")
_ENDS = ("。", "；", "")

# ---------------------------------------------------------------- SHARE_OF_PLAN
_PERIODS = (  # a period gone by at the report's date (2023-08-10), opening the sentence
    "今年1—6月，", "1-7月，", "今年上半年，", "2023年1—6月份，", "前7个月，", "2023年上半年，",
)
_RESULTS = (  # results stated against the year's plan
    "{place}{n}个重点项目完成投资{a}亿元，为年计划的{p}%",
    "{place}{n}个省重点项目累计完成投资{a}亿元，占年度计划的{p}%",
    "{place}完成固定资产投资{a}亿元，完成全年目标任务的{p}%",
    "{place}新开工项目{n}个，完成投资{a}亿元，为年度投资计划的{p}%",
)
_SHARES = (  # the share alone after the results (its own clause)
    "分别占年计划的{p}%、{q}%",
)
_AIMS = (  # the year's aims, in like words (a plan, or a bound to reach a share)
    "力争上半年完成年度计划投资的{p}%以上",
    "确保全年完成投资{a}亿元",
    "{place}全年计划完成投资{a}亿元",
    "年底前完成年度投资计划的100%",
)


def _share_docs(period: str, x: str, end: str) -> Iterator[tuple[str, str, date]]:
    yield "progress", (
        f"2023年重点项目建设进展情况\n{period}{x}{end}\n"
        f"下一步，各地要加快项目建设进度，确保完成全年目标任务。\n"), date(2023, 8, 10)
    yield "news", (
        f"重点项目建设稳步推进\n记者从市发改委获悉，{period}{x}{end}"
        f"其中，产业项目完成投资12.3亿元。\n"), date(2023, 8, 10)


def _aim_docs(place: str, y: str, end: str) -> Iterator[tuple[str, str, date]]:
    yield "plan", (
        f"{place}2023年重点项目建设工作方案\n一、工作目标\n{y}{end}\n"
        f"二、工作措施\n各责任单位要倒排工期、挂图作战。\n"), date(2023, 2, 8)
    yield "plan-early", (
        f"{place}2023年重点项目建设工作要点\n今年1—6月，{y}{end}\n"), date(2023, 2, 8)
    yield "cell", (f"{y}{end}\n"), date(2023, 2, 8)


def _share_of_plan() -> Iterator[Case]:
    fill = {"n": 36, "a": 52.7, "p": 48.5, "q": 51.2}
    for place in _PLACES:
        for period in _PERIODS:
            for g in _RESULTS:
                for end in _ENDS:
                    x = g.format(place=place, **fill)
                    for label, text, day in _share_docs(period, x, end):
                        for script, t, c in _variants(text, x):
                            yield Case("share_of_plan", "alarm", f"{label}/{script}/{end}", t, c, day)
        for g in _AIMS:
            for end in _ENDS:
                y = g.format(place=place, **fill)
                for label, text, day in _aim_docs(place, y, end):
                    for script, t, c in _variants(text, y):
                        yield Case("share_of_plan", "kept", f"{label}/{script}/{end}", t, c, day)


# ---------------------------------------------------------------- VOTES
_POLLS = (  # the counts of a poll or a vote, as the news of a session reports them
    "满意{a}票，基本满意{b}票，不满意{c}票",
    "基本满意{b}票，不满意{c}票",
    "满意票{a}票",
    "以赞成{a}票、反对{c}票、弃权{b}票",
    "同意票为{a}票",
)
_POLLED = (  # the work a satisfaction poll judged, named before its counts
    "城西公园提升工程", "农村饮水安全巩固工程", "老年食堂建设项目",
)
_CHOSEN = (  # tasks in like words that stay: the work chosen, a share to reach
    "实施城西公园提升工程",
    "群众满意率达到{p}%以上",
    "新建老年食堂{n}个",
    "完成农村饮水安全巩固工程",
)


def _poll_docs(x: str, end: str, sep: str) -> Iterator[tuple[str, str, date]]:
    yield "poll", (
        f"某县人代会票决民生实事项目\n会议通报了去年民生实事项目满意度测评结果。"
        f"测评结果显示，{x}{sep}"
        f"农村公路提升工程，满意160票，基本满意50票，不满意2票。\n"), date(2023, 1, 20)
    yield "session", (
        f"会议表决情况\n本次会议应到代表230名，实到225名。{x}{sep}会议通过了关于民生实事项目的决定。\n"),\
        date(2023, 1, 20)


def _votes() -> Iterator[Case]:
    fill = {"a": 175, "b": 43, "c": 4, "n": 20, "p": 95}
    for g in _POLLS:
        for end in ("；", "，"):
            x = g.format(**fill)
            for label, text, day in _poll_docs(x, end, end):
                for script, t, c in _variants(text, x):
                    yield Case("votes", "alarm", f"{label}/{script}/{end}", t, c, day)
    for name in _POLLED:
        for end in ("；", "。"):
            x = name
            text = (f"2022年民生实事满意度测评结果\n测评结果显示，{name}，满意180票，基本满意40票，"
                    f"不满意3票{end}其余项目测评结果另行公布。\n")
            for script, t, c in _variants(text, x):
                yield Case("votes", "alarm", f"polled/{script}/{end}", t, c, date(2023, 1, 20))
    for g in _CHOSEN:
        for end in _ENDS:
            y = g.format(**fill)
            for label, text in (
                    ("plan", f"某县2023年民生实事项目\n经县人代会票决，今年将办好以下实事：\n{y}{end}\n"),
                    ("poll-doc", f"2023年民生实事\n大会以赞成210票通过了今年的民生实事项目。"
                                 f"今年，{y}{end}\n"),
                    ("cell", f"{y}{end}\n")):
                for script, t, c in _variants(text, y):
                    yield Case("votes", "kept", f"{label}/{script}/{end}", t, c, date(2023, 1, 20))


# ---------------------------------------------------------------- STATUS_GOAL
_REACHED = (  # how many projects reached the year's goal, a progress report's tally
    "其中{n}个项目完成年度目标",
    "{m}个项目基本完成年度目标",
    "{m}个项目未完成年度目标",
    "{m}项未完成全年任务",
    "{n}个重点项目已完成年度投资计划",
)
_SET = (  # the aims in like words
    "确保{n}个项目完成年度目标",
    "力争{n}个重点项目完成年度投资计划",
    "{n}个省重点项目年底前全部完成年度投资计划",
    "{n}个项目年内完成年度目标",
)


def _status_goal() -> Iterator[Case]:
    fill = {"n": 8, "m": 1}
    for place in _PLACES:
        for g in _REACHED:
            for end in _ENDS:
                x = g.format(**fill)
                for label, text in (
                        ("report", f"{place}2022年民生实事项目完成情况\n去年确定的10个民生实事项目总投资"
                                   f"3.5亿元，截至12月底完成投资3.4亿元。{x}{end}\n"),
                        ("list", f"{place}民生实事项目推进情况\n今年的10个民生实事项目中，{x}{end}"
                                 f"各单位正加紧推进。\n"),
                        ("cell", f"{x}{end}\n")):
                    for script, t, c in _variants(text, x):
                        yield Case("status_goal", "alarm", f"{label}/{script}/{end}", t, c, date(2023, 1, 20))
        for g in _SET:
            for end in _ENDS:
                y = g.format(**fill)
                for label, text in (
                        ("plan", f"{place}2023年重点项目建设工作方案\n一、工作目标\n{y}{end}\n"),
                        ("cell", f"{y}{end}\n")):
                    for script, t, c in _variants(text, y):
                        yield Case("status_goal", "kept", f"{label}/{script}/{end}", t, c, date(2023, 2, 8))


# ---------------------------------------------------------------- COUNT_HEADING
_HEADINGS = (  # a count of the year's projects naming the list under it, no act before it
    "这{n}项民生实事项目",
    "{y}年{n}项民生实事项目",
    "{y}年度{c}大类{n}件民生实事项目出炉",
    "{c}大类{n}项民生实事",
    "今年的{n}件民生实事项目",
    "{y}年{n}项民生实事项目名单正式出炉",
)
_KEPT_HEADINGS = (  # the same count with its verb: the work to do
    "实施{n}项民生实事项目",
    "办好{c}大类{n}件民生实事",
    "{y}年完成{n}项民生实事项目",
    "确保{n}件民生实事项目年底前全部完成",
    "人代会票选出{y}年度{c}大类{n}件重点民生实事",
)


def _count_heading() -> Iterator[Case]:
    from tests.extract.precision_sweep_13 import _frame_docs

    items = "完成120个问题整改。"
    for place in _PLACES:
        for words in _HEADINGS:
            for c, n in (("12", "40"), ("十二", "四十")):
                x = words.format(c=c, n=n, y="2023")
                for end in _ENDS:
                    for label, text, day in _frame_docs(place, x, end, items):
                        for script, t, cl in _variants(text, x):
                            yield Case("count_heading", "alarm", f"{label}/{script}/{end}", t, cl, day)
        for words in _KEPT_HEADINGS:
            y = words.format(c="12", n="40", y="2023")
            for end in _ENDS:
                for label, text, day in _frame_docs(place, y, end, items):
                    if label == "news" and end == "":
                        continue  # (run into the list under it, as precision_sweep_13)
                    for script, t, cl in _variants(text, y):
                        yield Case("count_heading", "kept", f"{label}/{script}/{end}", t, cl, day)


CAUSES = {
    "count_heading": _count_heading,
    "share_of_plan": _share_of_plan,
    "votes": _votes,
    "status_goal": _status_goal,
}


def cases(cause: str | None = None) -> Iterator[Case]:
    return cases_of(CAUSES, cause)


if __name__ == "__main__":
    import sys

    run(CAUSES, sys.argv)
