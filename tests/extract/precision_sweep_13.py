"""Sweeps of false alarms on unseen text and of the commitments worded like them (issue 11,
branch prec13).

The dev halves of sets R and S (fresh verdicts until the last session) show three general
causes of false alarms that the rules did not know; each is swept here over wordings written
for the sweep (none copied from a corpus document): a grammar of the phrase × frames of
several genres × place prefixes, Simplified and Traditional script, full-width digits, with
and without final punctuation, and the clause standing alone as a table cell. Every cause has
a counter-sweep of true commitments of like wording that must stay suggested.

- TALLY: a progress report's count of tasks by their state (已完成的有19项 / 进展滞后的有3个 /
  出现调整的有3项): how many are in that state, nothing to deliver.
- COUNT_FRAME: a count that only frames the items under it — the stages a campaign runs in
  (整改分3个阶段推进 / 行动分为三个阶段) and a heading naming a count of tasks with no act
  before it (2022年10项民生实事 / “十四五”时期8个重点建设任务 / 15项民生实事出炉).
- ADOPTED: what a meeting adopted, reported in the news of its session (会议表决通过…等6项
  决议 / 决定批准这6个报告 / 大会票决通过10项民生实事项目): the meeting's act, done, whatever
  count it names; an act still to be laid before a meeting (提请…审议通过) stays.
- HARM: the toll of a disaster or accident in figures (农作物受灾面积3.2万公顷 / 直接经济损失
  1.8亿元 / 因灾需救助人口5300人): a problem stated, kept as an indicator; a bound on it
  (因灾死亡人数控制在10人以内) is a target.

``cases()`` yields Case(cause, kind, label, text, clause, doc_date): kind "alarm" — no
commitment may be suggested over the clause; kind "kept" — a commitment must match it as
the shared scorer pairs them.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from tests.extract.precision_sweep_11s import Case, _variants, cases_of, run

_PLACES = ("某县", "东城区", "临江市", "青山镇")
_ENDS = ("。", "；", "")

# ---------------------------------------------------------------- TALLY
_TALLIES = (  # a count of tasks by state, as a progress report states it
    "已经完成或基本完成的有{n}项",
    "目前进展顺利、年底前能够完成的有{n}项",
    "完成有一定困难，但通过努力年底前能够完成的有{n}项",
    "因客观原因需要调整的有{n}项",
    "进度滞后的有{n}个",
    "尚未启动的有{n}件",
    "指标项目出现调整的有{n}项",
    "目前进展良好，年底前能确保完成的指标任务，共计{n}项",
    "已经完成的重点任务，共{n}项",
)
_TASKS = (  # tasks set, in like words (counts of things to deliver, a word that commits)
    "年底前完成{n}项民生实事",
    "确保{n}个重点项目年底前建成投用",
    "新建农村公路{n}公里",
    "力争新开工项目{n}个",
    "全年实施重点项目{n}个",
)


def _tally_frames(place: str, x: str, end: str) -> Iterator[tuple[str, str, date]]:
    yield "report", (
        f"关于{place}2023年重点工作任务落实情况的报告\n"
        f"今年以来，各责任单位对照年度目标任务，扎实推进各项工作。总体看，各项任务推进有序。\n"
        f"一、总体情况\n年初确定的重点工作任务共45项，{x}{end}\n"
        f"二、下一步工作\n各责任单位要加快进度，确保年底前全面完成。\n"), date(2023, 10, 8)
    yield "numbered", (
        f"{place}政府工作报告目标任务三季度落实情况\n"
        f"市政府督查室对各单位完成目标任务情况进行了调度。具体情况分为以下几个方面：\n"
        f"一、{x}{end}\n二、其余任务均在有序推进中。\n"), date(2023, 10, 8)
    yield "cell", (f"{x}{end}\n"), date(2023, 10, 8)


def _task_frames(place: str, y: str, end: str) -> Iterator[tuple[str, str, date]]:
    yield "plan", (
        f"{place}2023年重点工作安排\n一、主要目标\n{y}{end}\n"
        f"二、工作措施\n各责任单位要倒排工期、挂图作战。\n"), date(2023, 2, 8)
    yield "cell", (f"{y}{end}\n"), date(2023, 2, 8)


def _tally() -> Iterator[Case]:
    for place in _PLACES:
        for words in _TALLIES:
            x = words.format(n=3)
            for end in _ENDS:
                for label, text, day in _tally_frames(place, x, end):
                    parts = x.split("，")
                    # (a count after its own clause: the two clauses are the unit)
                    clause = "，".join(parts[-2:]) if parts[-1].startswith("共") else parts[-1]
                    for script, t, c in _variants(text, clause):
                        yield Case("tally", "alarm", f"{label}/{script}/{end}", t, c, day)
        for words in _TASKS:
            y = words.format(n=3)
            for end in _ENDS:
                for label, text, day in _task_frames(place, y, end):
                    for script, t, c in _variants(text, y):
                        yield Case("tally", "kept", f"{label}/{script}/{end}", t, c, day)


# ---------------------------------------------------------------- COUNT_FRAME
_FRAMES = (  # stages and count headings: the items under them are the records
    "整改将分{c}个阶段推进",
    "专项行动分为{c}个阶段",
    "此次攻坚行动分{c}个阶段进行",
    "{y}年{n}项民生实事",
    "“十四五”时期{n}个具体建设任务",
    "{n}项民生实事出炉",
    "{y}年{n}项重点任务",
)
_KEPT_COUNTS = (  # counts of things to deliver, with their verb
    "实施{n}个重点项目",
    "分两批完成{n}户农村危房改造",
    "{y}年新建{n}所学校",
    "完成{n}项重点工程建设",
    "力争新增{n}个省级重点项目",
    "{n}个村卫生室改扩建项目",
    "{n}个农村饮水提升工程",
    "{y}年{n}个城乡公园建设项目",
)


def _frame_docs(place: str, x: str, end: str, items: str) -> Iterator[tuple[str, str, date]]:
    yield "plan", (
        f"{place}关于开展生态环境问题整治专项行动的实施方案\n为切实解决突出环境问题，制定本方案。\n"
        f"一、工作安排\n{x}{end}\n（一）动员部署阶段（2023年5月底前）。制定整治方案。\n"
        f"（二）集中整治阶段（2023年6月至10月）。{items}\n"), date(2023, 5, 10)
    yield "news", (
        f"{place}人大会议闭幕\n发布时间：2023-02-20\n"
        f"本次会议票决产生了年度民生实事项目。\n{x}{end}\n1.{items}\n2.新建口袋公园5个。\n"), \
        date(2023, 2, 20)
    yield "cell", (f"{x}{end}\n"), date(2023, 2, 20)


def _count_frame() -> Iterator[Case]:
    items = "完成120个问题整改。"
    for place in _PLACES:
        for words in _FRAMES:
            for c, n in (("3", "15"), ("三", "十")):
                x = words.format(c=c, n=n, y="2023")
                for end in _ENDS:
                    for label, text, day in _frame_docs(place, x, end, items):
                        for script, t, cl in _variants(text, x):
                            yield Case("count_frame", "alarm", f"{label}/{script}/{end}", t, cl, day)
        for words in _KEPT_COUNTS:
            y = words.format(n="15", y="2023")
            for end in _ENDS:
                for label, text, day in _frame_docs(place, y, end, items):
                    if label == "news" and end == "":
                        continue  # (run into the list under it, a unit of its own is not asked)
                    for script, t, cl in _variants(text, y):
                        yield Case("count_frame", "kept", f"{label}/{script}/{end}", t, cl, day)


# ---------------------------------------------------------------- HARM
_TOLLS = (  # a disaster's or accident's toll, reported
    "农作物受灾面积{a}公顷",
    "成灾面积{a}公顷",
    "绝收面积{a}公顷",
    "直接经济损失{b}万元",
    "因旱饮水困难需救助人口{n}人",
    "倒塌房屋{n}间",
    "全年发生交通事故{n}起、死亡{n}人",
)
_BOUNDS = (  # bounds on the toll: targets
    "因灾死亡人数控制在{n}人以内",
    "年均因灾直接经济损失占地区生产总值的比例控制在1%以内",
    "生产安全事故死亡人数下降{p}%",
    "较大以上事故起数控制在{n}起以下",
)
_NUMS = {"a": "3069.13", "b": "1843.78", "n": "53", "p": "10"}


def _harm_docs(place: str, x: str, end: str) -> Iterator[tuple[str, str, date]]:
    yield "summary", (
        f"{place}应急管理局2023年工作总结\n一、全年灾情形势\n"
        f"今年我{place[-1]}遭受干旱灾害，全{place[-1]}共有3400人受灾，{x}{end}\n"
        f"全年未发生因灾死亡和失踪事件。\n二、2024年工作思路\n全力防范化解重大安全风险。\n"), date(2023, 12, 10)
    yield "news", (
        f"{place}召开防汛救灾工作会议\n发布时间：2023-08-02\n"
        f"据统计，此次强降雨过程造成{place}多个乡镇受灾，{x}{end}\n"
        f"会议要求，各地要全力做好灾后恢复重建工作。\n"), date(2023, 8, 2)
    yield "cell", (f"{x}{end}\n"), date(2023, 8, 2)


def _bound_docs(place: str, y: str, end: str) -> Iterator[tuple[str, str, date]]:
    yield "plan", (
        f"{place}“十四五”应急体系规划\n一、主要目标\n到2025年，{y}{end}\n"
        f"二、主要任务\n健全应急指挥体系。\n"), date(2022, 3, 1)
    yield "cell", (f"{y}{end}\n"), date(2022, 3, 1)


def _harm() -> Iterator[Case]:
    for place in _PLACES:
        for words in _TOLLS:
            x = words.format(**_NUMS)
            for end in _ENDS:
                for label, text, day in _harm_docs(place, x, end):
                    for script, t, c in _variants(text, x):
                        yield Case("harm", "alarm", f"{label}/{script}/{end}", t, c, day)
        for words in _BOUNDS:
            y = words.format(**_NUMS)
            for end in _ENDS:
                for label, text, day in _bound_docs(place, y, end):
                    for script, t, c in _variants(text, y):
                        yield Case("harm", "kept", f"{label}/{script}/{end}", t, c, day)


# ---------------------------------------------------------------- ADOPTED
_ADOPTED = (  # what a meeting adopted, reported in the news of its session
    "会议表决通过{p}人民政府工作报告等{n}项决议",
    "本次大会票决通过2023年{n}项民生实事项目",
    "决定批准这{n}个报告",
    "全会审议通过了《中共{p}委员会关于加快推进生态文明建设的决定》",
    "大会以举手表决方式通过了{p}2023年{n}项民生实事项目",
)
_LAID = (  # acts still to be laid before a meeting: deliverables
    "年内提请{p}人大常委会审议通过《{p}生态环境保护条例》",
    "6月底前完成《{p}国土空间总体规划》编制并报上级审议通过",
    "确保《{p}城市更新实施方案》于9月底前经政府常务会议审议通过",
)


def _adopted_docs(place: str, x: str, end: str) -> Iterator[tuple[str, str, date]]:
    yield "news", (
        f"{place}第七届人民代表大会第二次会议闭幕\n发布时间：2023-02-20\n"
        f"2月20日上午，历时三天的{place}第七届人民代表大会第二次会议圆满完成各项议程后闭幕。"
        f"{x}{end}\n会议号召，全{place[-1]}上下要团结一心，为实现全年目标任务而努力奋斗。\n"), date(2023, 2, 20)
    yield "item", (
        f"{place}人大常委会2023年工作要点\n一、立法工作\n1.{x}{end}\n2.加强备案审查工作。\n"), \
        date(2023, 2, 20)
    yield "cell", (f"{x}{end}\n"), date(2023, 2, 20)


def _adopted() -> Iterator[Case]:
    for place in ("某县", "东城区", "临江市", "青山区"):
        for words in _ADOPTED:
            x = words.format(p=place, n="6")
            for end in _ENDS:
                for label, text, day in _adopted_docs(place, x, end):
                    if label == "item":
                        continue  # (a work plan lists acts to come, not reports)
                    for script, t, c in _variants(text, x):
                        yield Case("adopted", "alarm", f"{label}/{script}/{end}", t, c, day)
        for words in _LAID:
            y = words.format(p=place)
            for end in _ENDS:
                for label, text, day in _adopted_docs(place, y, end):
                    for script, t, c in _variants(text, y):
                        yield Case("adopted", "kept", f"{label}/{script}/{end}", t, c, day)


CAUSES = {"tally": _tally, "count_frame": _count_frame, "harm": _harm, "adopted": _adopted}


def cases(cause: str | None = None) -> Iterator[Case]:
    return cases_of(CAUSES, cause)


if __name__ == "__main__":
    import sys

    run(CAUSES, sys.argv)
