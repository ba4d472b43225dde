"""Sweeps of false alarms on unseen text and of the commitments worded like them (issue 11,
branch prec11s).

The dev halves of the sets annotated last (M–Q) show what a false alarm on fresh text looks
like; each general cause found there is swept here over wordings written for the sweep (none
copied from a corpus document): a grammar of the phrase × frames of several genres × place
prefixes, Simplified and Traditional script, with and without final punctuation. Every
cause has a counter-sweep of true commitments of like wording that must stay suggested.

- REVIEW_YEAR: a sentence opening with 全年 (the whole year) inside a review of the year gone
  by (过去一年，… / 一、2024年工作回顾 / …工作总结) states that year's result, not a bound
  still ahead; under the year's goals or work to do (今年 / 2025年工作安排 / 主要目标) the
  same words set a target.
- PROGRESS: the state of progress of a count of tasks (有7项提前完成，占比40% / 5项进展较快 /
  3个项目进度偏慢) reports how far they went, in a progress report or news; the tasks set
  and the measures for the slow ones stay commitments.
- ORG_COUNT: the counts of a working body's own make-up (下设4个工作组 / 涉及牵头单位12家 /
  成员单位43家 / 共梳理整改问题31个) describe how the work is organised, nothing to deliver;
  counts of things to deliver in like words stay targets.
- FRAME: a clause that only names what the measures rest on (以X为牵引 / 以X为载体 /
  以X为突破口): the frame of the clause after it, which carries the act.
- PAST_MAIN: a clause that reports a result and holds 主要 / 重要 (提出了十四项主要任务 /
  主要指标已全部完成): 要 inside those words is no modal that would look ahead.

``cases()`` yields (cause, kind, label, text, clause, doc_date): kind "alarm" — no
commitment may be suggested over the clause; kind "kept" — a commitment must match it as
the shared scorer pairs them (it covers 60 % of the clause, the clause 25 % of it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from tests.extract.sweep_kit import FULL_DIGITS, s2t


@dataclass(frozen=True)
class Case:
    cause: str
    kind: str  # "alarm" (no commitment over the clause) or "kept" (a commitment matches it)
    label: str
    text: str
    clause: str
    doc_date: date | None


def _variants(text: str, clause: str) -> Iterator[tuple[str, str, str]]:
    """(script label, text, clause): Simplified, Traditional, and full-width digits when the
    clause has digits."""
    yield "s", text, clause
    t = s2t().convert
    yield "t", t(text), t(clause)
    if any(c.isascii() and c.isdigit() for c in clause):
        yield "fw", text.translate(FULL_DIGITS), clause.translate(FULL_DIGITS)


# ---------------------------------------------------------------- REVIEW_YEAR
_RESULTS = (  # results a review states, opening with 全年
    "全年实现地区生产总值{a}亿元",
    "全年地区生产总值增长{p}%",
    "全年完成固定资产投资{a}亿元",
    "全年新增城镇就业{n}人",
    "全年一般公共预算收入完成{b}亿元",
    "全年空气质量优良天数比例达到{q}%",
    "全年共引进企业{n}家",
    "全年完成植树造林{m}万亩",
)
_AIMS = (  # the year's targets, in like words
    "全年地区生产总值增长{p}%左右",
    "全年完成固定资产投资{a}亿元以上",
    "全年新增城镇就业{n}人以上",
    "全年一般公共预算收入增长{p}%",
    "全年空气质量优良天数比例达到{q}%以上",
    "全年引进企业{n}家以上",
    "全年完成植树造林{m}万亩",
)
_NUMS = {"a": "60.3", "p": "5.2", "n": "1380", "b": "8.6", "q": "92.5", "m": "1.5"}
_PLACES = (("某县", "县"), ("东城区", "区"), ("青山街道", "街道"), ("临江市", "市"))


def _review_frames(place: str, level: str, x: str, end: str) -> Iterator[tuple[str, str, date]]:
    yield "report-review", (
        f"{place}人民政府工作报告\n各位代表：\n现在，我代表{place}人民政府，向大会报告工作，请予审议。\n"
        f"一、2024年工作回顾\n过去一年，我们坚持稳中求进工作总基调，全{level}经济社会发展取得新成效。"
        f"{x}{end}\n规上工业增加值增长8.1%，城乡居民收入稳步增长。\n"
        f"二、2025年工作安排\n今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n"), date(2025, 1, 20)
    yield "summary-runin", (
        f"{place}2024年工作总结和2025年工作思路\n"
        f"一、2024年工作回顾 2024年是实施“十四五”规划的关键之年。一年来，在上级的坚强领导下，"
        f"我们全力推进各项重点工作，较好完成了年度目标任务。{x}{end}"
        f"（一）坚持项目为王，全力提振经济活力。\n二、2025年工作思路\n"
        f"2025年，我们将围绕高质量发展，重点抓好以下工作。\n"), date(2025, 1, 15)
    yield "progress-title", (
        f"关于{place}2024年重点工作完成情况的报告\n"
        f"2024年，在上级的坚强领导下，全{level}上下团结一心、攻坚克难，各项工作稳步推进。"
        f"{x}{end}城乡面貌持续改善，民生保障有力有效。\n"), date(2025, 2, 5)
    yield "summary-title", (
        f"{place}2024年工作总结及2025年工作思路\n一、2024年主要工作\n"
        f"围绕年度目标任务，我们坚持项目为王，全力以赴稳增长、促发展。{x}{end}"
        f"新建农村公路12公里，改造老旧小区8个。\n二、2025年工作思路\n"
        f"2025年，我们将围绕高质量发展，重点抓好以下工作。\n"), date(2025, 1, 15)
    yield "review-items", (
        f"{place}2024年工作总结\n一、主要工作成效\n1.{x}{end}\n2.新建农村公路12公里\n"
        f"3.改造老旧小区8个\n二、存在的问题\n产业结构不优，发展后劲不足。\n"), date(2025, 1, 10)


def _aim_frames(place: str, level: str, y: str, end: str) -> Iterator[tuple[str, str, date]]:
    yield "report-plan", (
        f"{place}人民政府工作报告\n各位代表：\n一、2024年工作回顾\n过去一年，全{level}经济运行稳中向好。\n"
        f"二、2025年工作安排\n（一）全力稳定经济增长。{y}{end}"
        f"实施重点项目30个，年底前全部开工。\n"), date(2025, 1, 20)
    yield "summary-plan", (
        f"{place}2024年工作总结和2025年工作思路\n一、2024年工作回顾\n一年来，各项工作取得新成效。\n"
        f"二、2025年工作思路 2025年，我们将围绕高质量发展，重点抓好以下工作。{y}{end}"
        f"新建口袋公园3个。\n"), date(2025, 1, 15)
    yield "plan-goals", (
        f"{place}2025年工作要点\n为做好2025年各项工作，制定本要点。\n一、主要目标\n{y}{end}\n"
        f"二、重点任务\n（一）实施城市更新行动，改造老旧小区20个。\n"), date(2025, 2, 1)
    yield "report-noheading", (
        f"{place}人民政府工作报告\n过去一年，全{level}上下团结奋斗，经济社会发展取得新成效。\n"
        f"今年是“十四五”规划收官之年。今年，我们要坚持稳中求进。{y}{end}"
        f"新建学校2所，改造提升农村公路50公里。\n"), date(2025, 1, 20)


def _review_year() -> Iterator[Case]:
    for place, level in _PLACES:
        for words in _RESULTS:
            x = words.format(**_NUMS)
            for end in ("。", "；"):
                for label, text, day in _review_frames(place, level, x, end):
                    for script, t, c in _variants(text, x):
                        yield Case("review_year", "alarm", f"{label}/{script}/{end}", t, c, day)
        for words in _AIMS:
            y = words.format(**_NUMS)
            for end in ("。", "；"):
                for label, text, day in _aim_frames(place, level, y, end):
                    for script, t, c in _variants(text, y):
                        yield Case("review_year", "kept", f"{label}/{script}/{end}", t, c, day)


# ---------------------------------------------------------------- PROGRESS
_STATES = (  # how far a count of tasks went, as a progress report states it
    "有{n}项提前完成任务，占比{p}%",
    "{n}项进展较快，占比{p}%",
    "{n}项进展偏慢，占比{p}%",
    "{n}个项目进度较慢",
    "{n}件实事进展顺利",
    "{n}个项目超序时进度推进",
    "{n}项达到序时进度要求",
    "有{n}个项目提前完工",
)
_GROUPS = ("市级民生实事12项中，", "全县20个重点项目中，", "省定实事11件15项中，", "")
_MEASURES = (  # what is to be done of them, in like words
    "确保{n}项民生实事提前完成",
    "力争提前完成全年目标任务",
    "对进展较慢的{n}个项目实行挂牌督办",
    "督促进度滞后的项目加快推进，确保年底前全部完工",
    "加快推进进展偏慢的{n}项实事，确保按期完成",
    "{n}个项目要在9月底前完成竣工验收",
)


def _progress_frames(place: str, x: str, end: str) -> Iterator[tuple[str, str, date]]:
    yield "news", (
        f"{place}召开2024年民生实事项目推进会\n发布时间：2024-10-12\n"
        f"近日，{place}召开民生实事项目调度会。截至9月30日，{place}民生实事总体推进有序。\n"
        f"{x}{end}\n其余项目均按计划推进。\n"
        f"会议要求，各责任单位要倒排工期、挂图作战，确保年底前全面完成。\n"), date(2024, 10, 12)
    yield "report", (
        f"关于{place}2024年民生实事进展情况的通报\n各乡镇、各部门：\n"
        f"今年以来，各责任单位按照年初确定的目标任务，扎实推进民生实事项目建设。\n"
        f"一、总体进展\n{x}{end}\n二、存在的问题\n部分项目前期手续办理较慢。\n"
        f"三、下一步工作\n各责任单位要加快进度，确保10月底前全部完工。\n"), date(2024, 9, 5)
    yield "paragraph", (
        f"{place}重点项目建设推进情况\n"
        f"今年以来，{place}坚持项目为王，全力推进重点项目建设，新开工项目8个。\n"
        f"{x}{end}\n"
        f"下一步，{place}将进一步强化要素保障，推动项目早建成、早见效。\n"), date(2024, 8, 20)


_SLOW = ("新建农村公办幼儿园、城区老旧小区改造、农村中小学防雷工程改造",
         "农村户用厕所改造、乡镇污水处理设施建设、城区停车场建设",
         "新建社区养老服务中心、农村公路提质改造")


def _slow_frames(place: str, items: str, end: str) -> Iterator[tuple[str, str, date]]:
    yield "news-list", (
        f"{place}召开2024年民生实事项目推进会\n发布时间：2024-10-12\n"
        f"近日，{place}召开民生实事项目调度会。截至9月30日，{place}民生实事总体推进有序。\n"
        f"市级实事10件17项中，有7项提前完成任务；5项进展较快；5项进展偏慢。"
        f"其中，进展偏慢的项目分别是：{items}{end}\n"
        f"会议要求，各责任单位要倒排工期、挂图作战，确保年底前全面完成。\n"), date(2024, 10, 12)


def _measure_frames(place: str, y: str, end: str) -> Iterator[tuple[str, str, date]]:
    yield "news-next", (
        f"{place}召开2024年民生实事项目推进会\n发布时间：2024-10-12\n"
        f"近日，{place}召开民生实事项目调度会，通报了项目推进情况。\n"
        f"会议要求，下阶段各责任单位要倒排工期、挂图作战，{y}{end}\n"), date(2024, 10, 12)
    yield "plan", (
        f"{place}2024年民生实事项目推进工作方案\n为确保民生实事项目按期完成，制定本方案。\n"
        f"一、工作目标\n2024年底前全面完成12项民生实事。\n二、工作措施\n（一）加强调度。{y}{end}"
        f"每月通报一次项目进展情况。\n"), date(2024, 3, 1)


def _progress() -> Iterator[Case]:
    for place, _ in _PLACES:
        for group in _GROUPS:
            for words in _STATES:
                x = group + words.format(n=5, p=29)
                clause = words.format(n=5, p=29)
                for end in ("。", "；", ""):
                    for label, text, day in _progress_frames(place, x, end):
                        for script, t, c in _variants(text, clause):
                            yield Case("progress", "alarm", f"{label}/{script}/{end}", t, c, day)
        for items in _SLOW:
            for end in ("。", ""):
                for label, text, day in _slow_frames(place, items, end):
                    for script, t, c in _variants(text, items):
                        yield Case("progress", "alarm", f"{label}/{script}/{end}", t, c, day)
        for words in _MEASURES:
            y = words.format(n=5)
            for end in ("。", "；"):
                for label, text, day in _measure_frames(place, y, end):
                    clause = y.split("，")[0]
                    for script, t, c in _variants(text, clause):
                        yield Case("progress", "kept", f"{label}/{script}/{end}", t, c, day)


# ---------------------------------------------------------------- ORG_COUNT
_MAKEUP = (  # the counts of a working body's own make-up
    "下设综合协调组、督查督办组、宣传报道组{n}个工作组",
    "下设{n}个专项工作组",
    "下设{c}个攻坚组",
    "涉及牵头单位{n}家",
    "成员单位{m}个",
    "牵头部门{n}家、配合部门{m}家",
    "责任单位共{m}家",
    "共梳理整改问题{m}个",
    "全县共梳理出整改问题{m}个",
)
_DELIVER = (  # counts of things to deliver, in like words
    "新增规上工业企业{n}家",
    "培育国家级专精特新企业{n}家",
    "组建{n}个专业技术服务团队",
    "年底前完成剩余{n}个问题整改",
    "引进科技型企业{m}家以上",
    "设立{n}个乡镇便民服务中心",
    "新建社区卫生服务站{m}个",
)


def _makeup_frames(place: str, x: str, end: str) -> Iterator[tuple[str, str, date]]:
    yield "report", (
        f"{place}扎实推进省生态环境保护督察反馈问题整改\n"
        f"截至8月底，省级督察交办{place}的信访件已办结28件。\n"
        f"{place}高度重视督察整改工作，成立以党委书记、主要负责人为双组长的整改工作领导小组，"
        f"{x}{end}对照整改方案，逐一明确责任领导、责任单位和完成时限。\n"), date(2024, 9, 10)
    yield "plan", (
        f"{place}生态环境保护督察反馈问题整改方案\n一、整改目标\n2024年底前完成全部整改任务。\n"
        f"二、保障措施\n（一）加强组织领导。成立{place}督察整改工作领导小组，{x}{end}"
        f"领导小组办公室设在生态环境分局，负责日常调度。\n"), date(2024, 3, 1)
    yield "line", (
        f"{place}督察整改工作领导小组组成情况\n组长：主要负责同志\n副组长：分管负责同志\n"
        f"{x}{end}\n领导小组办公室设在生态环境分局，负责日常调度和督办。\n"), date(2024, 3, 1)


def _deliver_frames(place: str, y: str, end: str) -> Iterator[tuple[str, str, date]]:
    yield "plan", (
        f"{place}2024年工作要点\n为做好2024年各项工作，制定本要点。\n一、重点任务\n"
        f"（一）壮大市场主体。{y}{end}年底前完成企业技术改造项目30个。\n"
        f"（二）优化公共服务。实施城乡供水一体化工程，年底前全部完工。\n"), date(2024, 2, 1)
    yield "item", (
        f"{place}2024年工作要点\n为做好2024年各项工作，制定本要点。\n一、重点任务\n"
        f"1.{y}{end}\n2.实施城乡供水一体化工程，年底前全部完工。\n"), date(2024, 2, 1)


def _org_count() -> Iterator[Case]:
    for place, _ in _PLACES:
        for words in _MAKEUP:
            x = words.format(n=4, m=43, c="三")
            for end in ("，", "。", ""):
                for label, text, day in _makeup_frames(place, x, end):
                    if end == "" and label != "line":
                        continue
                    for script, t, c in _variants(text, x):
                        yield Case("org_count", "alarm", f"{label}/{script}/{end}", t, c, day)
        for words in _DELIVER:
            y = words.format(n=4, m=43)
            for end in ("，", "。", ""):
                for label, text, day in _deliver_frames(place, y, end):
                    if end == "" and label != "item":
                        continue
                    for script, t, c in _variants(text, y):
                        yield Case("org_count", "kept", f"{label}/{script}/{end}", t, c, day)


# ---------------------------------------------------------------- FRAME
_FRAMES = (  # what the measures rest on, as a clause of its own
    "以{x}为牵引", "以{x}为总牵引", "以{x}为重要载体", "以{x}为突破口", "以{x}为强大动力",
    "以{x}为关键", "以{x}为依托", "以{x}为纽带", "以{x}为支点", "以{x}为根本遵循",
    "以{x}为重点对象", "以{x}为单位",
)
_RESTS = ("数字化改革", "共同富裕示范区建设和数字化改革", "“三个一批”项目建设", "重点行业企业")
_AFTER = (  # the measure after the frame, which must stay
    "建设全市统一的政务服务平台，2025年底前上线运行",
    "新建5G基站300个",
    "实施城乡供水一体化工程",
)
_OPEN_YI = (  # clauses opening with 以 that are measures themselves
    "以奖代补支持村级污水处理设施建设",
    "以县为单位开展一次全覆盖排查",
    "以旧换新补贴新能源汽车1万辆",
)


def _frame_docs(place: str, sentence: str, end: str) -> Iterator[tuple[str, str, date]]:
    yield "plan", (
        f"{place}2025年数字政府建设工作方案\n为加快数字政府建设，制定本方案。\n一、重点任务\n"
        f"（一）推进政务服务一网通办。{sentence}{end}\n"
        f"（二）完善基础设施。年底前实现乡镇5G网络全覆盖。\n"), date(2025, 2, 1)
    yield "report", (
        f"{place}人民政府工作报告\n各位代表：\n一、2024年工作回顾\n过去一年，经济运行稳中向好。\n"
        f"二、2025年工作安排\n（一）加快数字化转型。{sentence}{end}"
        f"培育数字经济核心企业20家。\n"), date(2025, 1, 20)
    yield "item", (
        f"{place}2025年数字政府建设工作方案\n为加快数字政府建设，制定本方案。\n一、重点任务\n"
        f"1.{sentence}{end}\n2.年底前实现乡镇5G网络全覆盖。\n"), date(2025, 2, 1)


def _frame() -> Iterator[Case]:
    for place, _ in _PLACES[:2]:
        for frame in _FRAMES:
            for rest in _RESTS:
                head = frame.format(x=rest)
                for after in _AFTER:
                    sentence = f"{head}，{after}"
                    for end in ("。", ""):
                        for label, text, day in _frame_docs(place, sentence, end):
                            for script, t, c in _variants(text, head):
                                yield Case("frame", "alarm", f"{label}/{script}/{end}", t, c, day)
                            measure = after.split("，")[0]
                            for script, t, c in _variants(text, measure):
                                yield Case("frame", "kept", f"{label}/{script}/{end}", t, c, day)
        for words in _OPEN_YI:
            for end in ("。", ""):
                for label, text, day in _frame_docs(place, words, end):
                    for script, t, c in _variants(text, words):
                        yield Case("frame", "kept", f"{label}/{script}/{end}", t, c, day)


# ---------------------------------------------------------------- PAST_MAIN
_DONE_MAIN = (  # results reported, holding 主要 / 重要 (要 inside a word, no modal)
    "提出了加强生态空间管控、保护森林生态系统、推进重点领域改革等十四项主要建设任务",
    "主要污染物排放总量减少了12%",
    "已完成主要工程建设任务的85%",
    "重要生态功能区保护率已达到95%",
    "完成了重要河湖岸线整治120公里",
    "主要河流断面水质已全部达到Ⅲ类",
)
_MODAL_MAIN = (  # the modal 要 beside words of the past, and 主要 / 重要 in a target
    "要巩固已取得的整改成果，年底前完成12个问题整改",
    "各地要确保主要污染物排放总量减少12%",
    "重要生态功能区保护率要达到95%以上",
    "主要河流断面水质全部达到Ⅲ类",
    "重要节点工程要在年底前全部完工",
)


_AHEAD_IN_REPORT = (  # in a report of results, what it still asks or bans stays set
    ("整改任务已完成20项，请交通局按照整改要求尽快销号", "请交通局按照整改要求尽快销号"),
    ("已制定产业准入负面清单，禁止在主要河流岸线1公里范围内新建化工项目",
     "禁止在主要河流岸线1公里范围内新建化工项目"),
    ("主要负责同志已作出批示，要求各责任单位限期整改到位", "要求各责任单位限期整改到位"),
)


def _past_main_docs(place: str, x: str, end: str) -> Iterator[tuple[str, str, date]]:
    yield "news-plan", (
        f"{place}生态保护与建设规划正式印发\n发布时间：2024-04-26\n"
        f"近日，{place}人民政府办公室印发《{place}生态保护与建设规划》。"
        f"《规划》明确了规划期内生态保护的指导思想和总体布局，{x}{end}\n"
        f"《规划》指出，到2025年，森林覆盖率达到40%。\n"), date(2024, 4, 26)
    yield "report", (
        f"{place}生态环境保护工作情况\n"
        f"{place}扎实推进生态环境保护工作，生态环境质量持续改善。{x}{end}\n"
        f"城市空气质量优良天数比例稳定在90%以上。\n"), date(2024, 12, 20)


def _modal_main_docs(place: str, y: str, end: str) -> Iterator[tuple[str, str, date]]:
    yield "plan", (
        f"{place}2024年生态环境保护工作要点\n为做好2024年生态环境保护工作，制定本要点。\n"
        f"一、重点任务\n（一）深入打好污染防治攻坚战。{y}{end}\n"
        f"（二）加强生态保护修复。完成营造林1.2万亩。\n"), date(2024, 2, 1)
    yield "speech", (
        f"在{place}生态环境保护大会上的讲话\n同志们：\n"
        f"今年以来，全{place[-1]}生态环境质量持续改善。下一步，{y}{end}\n"), date(2024, 6, 5)


def _past_main() -> Iterator[Case]:
    for place, _ in _PLACES:
        for x in _DONE_MAIN:
            for end in ("。", "；"):
                for label, text, day in _past_main_docs(place, x, end):
                    for script, t, c in _variants(text, x):
                        yield Case("past_main", "alarm", f"{label}/{script}/{end}", t, c, day)
        for sentence, clause in _AHEAD_IN_REPORT:
            for end in ("。", "；"):
                for label, text, day in _past_main_docs(place, sentence, end):
                    for script, t, c in _variants(text, clause):
                        yield Case("past_main", "kept", f"{label}/{script}/{end}", t, c, day)
        for y in _MODAL_MAIN:
            clause = y.split("，")[-1]
            for end in ("。", "；"):
                for label, text, day in _modal_main_docs(place, y, end):
                    for script, t, c in _variants(text, clause):
                        yield Case("past_main", "kept", f"{label}/{script}/{end}", t, c, day)


# ---------------------------------------------------------------- PROJECT_SIZE
_SIZES = (  # the size of a project and how it is funded, stated of it
    ("{p}总投资{a}万元，其中中央预算内资金{b}万元，地方配套{c}万元",
     ("{p}总投资{a}万元", "其中中央预算内资金{b}万元", "地方配套{c}万元")),
    ("{p}总投资约{a}亿元", ("{p}总投资约{a}亿元",)),
    ("{p}总投资为{a}万元，其中省级补助资金{b}万元", ("{p}总投资为{a}万元", "其中省级补助资金{b}万元")),
    ("{p}总投资{a}亿元，县级自筹资金{c}万元", ("{p}总投资{a}亿元", "县级自筹资金{c}万元")),
)
_PROJECTS = ("41项农村饮水安全工程", "城区污水管网改造项目", "该项目", "一期工程")
_FUNDED = (  # measures and funds set, in like words
    ("年度完成总投资{a}亿元以上", "年度完成总投资{a}亿元以上"),
    ("今年拟安排中央预算内投资{a}亿元", "今年拟安排中央预算内投资{a}亿元"),
    ("争取上级补助资金{b}万元以上", "争取上级补助资金{b}万元以上"),
    ("计划投资{a}万元，建设分水水库除险加固工程", "建设分水水库除险加固工程"),
)
_AMOUNTS = {"a": "1903.88", "b": "1436", "c": "467.88"}


def _size_docs(place: str, x: str, end: str) -> Iterator[tuple[str, str, date]]:
    yield "plan-section", (
        f"{place}水利局2024年下半年工作计划\n一、下半年工作计划\n"
        f"（一）继续夯实水利基础设施。续建灌区节水改造工程。\n"
        f"（二）抓好民生工程，完成农村饮水安全项目建设。\n{x}{end}\n"
        f"工程计划于9月底前全部完成。\n"), date(2024, 7, 10)
    yield "progress", (
        f"{place}重点项目建设进展情况\n今年以来，{place}全力推进重点项目建设。\n"
        f"{x}{end}目前已完成投资85万元，完成年度计划的60%。\n"), date(2024, 8, 20)


def _funded_docs(place: str, y: str, end: str) -> Iterator[tuple[str, str, date]]:
    yield "plan", (
        f"{place}水利局2024年工作要点\n为做好2024年水利工作，制定本要点。\n一、重点任务\n"
        f"（一）加快水利工程建设。{y}{end}\n（二）抓好民生工程，年底前完成农村饮水安全项目41项。\n"),\
        date(2024, 2, 1)


def _project_size() -> Iterator[Case]:
    for place, _ in _PLACES:
        for sentence, clauses in _SIZES:
            for project in _PROJECTS:
                x = sentence.format(p=project, **_AMOUNTS)
                for end in ("。", "；"):
                    for label, text, day in _size_docs(place, x, end):
                        for clause in clauses:
                            c0 = clause.format(p=project, **_AMOUNTS)
                            for script, t, c in _variants(text, c0):
                                yield Case("project_size", "alarm", f"{label}/{script}/{end}", t, c,
                                           day)
        for sentence, clause in _FUNDED:
            y, c0 = sentence.format(**_AMOUNTS), clause.format(**_AMOUNTS)
            for end in ("。", "；", ""):
                for label, text, day in _funded_docs(place, y, end):
                    for script, t, c in _variants(text, c0):
                        yield Case("project_size", "kept", f"{label}/{script}/{end}", t, c, day)


# ---------------------------------------------------------------- NEWS_ON
_NEWS_LEADS = (  # a sentence of news reporting results as of a day
    "近日，从{place}人民政府办公室获悉，截至6月底，{place}2023年民生实事总体进展良好",
    "截至9月18日，{place}督察交办信访件已办结23件，余下7件正在办理中",
    "日前，记者从{place}住建局了解到，{place}城市更新工作成效明显",
)
_DONE_ON = (  # results the sentences after it state, no past word of their own
    "市区7台供热燃煤锅炉“煤改气”全部开工",
    "新建城市口袋公园5处",
    "完成老旧小区改造32个，惠及居民4500户",
    "新增公共停车泊位1200个",
)
_NEXT_ON = (  # what the paragraph goes on to set, looking ahead
    "下一步，{place}将加快推进，确保年底前全面完成改造任务",
    "剩余项目年底前全部完工",
    "力争9月底前完成全部改造任务",
)


def _news_docs(place: str, lead: str, x: str, then: str) -> Iterator[tuple[str, str, date]]:
    yield "news", (f"{place}民生实事推进情况\n{lead}。{x}。{then}\n"
                   f"信息来源：{place}人民政府网站\n"), date(2023, 10, 8)
    yield "news-semicolon", (f"{place}民生实事推进情况\n{lead}。{x}；{then}\n"), date(2023, 10, 8)
    yield "headline", (f"{place}民生实事项目建设跑出“加速度”\n发布时间：2023-10-08\n"
                       f"{lead}。{x}。{then}\n责任编辑：王明\n"), date(2023, 10, 8)
    yield "headline-nodate", (f"{place}民生实事项目建设跑出“加速度”\n"
                              f"{lead}。{x}；{then}\n"), None


def _news_on() -> Iterator[Case]:
    for place, _ in _PLACES:
        for lead in _NEWS_LEADS:
            lead = lead.format(place=place)
            for x in _DONE_ON:
                for then in _NEXT_ON:
                    then = then.format(place=place) + "。"
                    for label, text, day in _news_docs(place, lead, x, then):
                        for script, t, c in _variants(text, x):
                            yield Case("news_on", "alarm", f"{label}/{script}", t, c, day)
                        clause = then.rsplit("，", 1)[-1].rstrip("。")
                        for script, t, c in _variants(text, clause):
                            yield Case("news_on", "kept", f"{label}/{script}", t, c, day)


# ---------------------------------------------------------------- MONTHS_NODATE
_MONTH_STATS = (  # the months counted from January, and a change against last year
    ("1-8月份，全市PM2.5平均浓度60微克/立方米，同比下降1.7%", "全市PM2.5平均浓度60微克/立方米"),
    ("1—9月，全县PM10平均浓度68微克/立方米，同比上升2.1%，距年度目标还差5个百分点",
     "全县PM10平均浓度68微克/立方米"),
    ("1—10月，全县规上工业增加值增长6.2%，增速同比提高1.2个百分点", "全县规上工业增加值增长6.2%"),
    ("前三季度，全市地区生产总值完成356亿元，同比增长5.1%", "全市地区生产总值完成356亿元"),
    ("1至6月，全市空气质量优良天数比例82.5%，比去年同期提高3个百分点",
     "全市空气质量优良天数比例82.5%"),
    ("前10个月，全区固定资产投资完成128亿元，较上年同期增长8%", "全区固定资产投资完成128亿元"),
)
_MONTH_AIMS = (  # what a schedule or a speech sets for months, in like words
    ("1—6月，完成固定资产投资15亿元以上", "完成固定资产投资15亿元以上"),
    ("1-8月份，PM2.5平均浓度控制在45微克/立方米以内", "PM2.5平均浓度控制在45微克/立方米以内"),
    ("前三季度，力争地区生产总值同比增长6%", "力争地区生产总值同比增长6%"),
    ("9-12月，PM2.5平均浓度需控制在69微克/立方米以内，比去年同期下降8%以上",
     "PM2.5平均浓度需控制在69微克/立方米以内"),
)


def _month_docs(place: str, x: str) -> Iterator[tuple[str, str, date | None]]:
    yield "speech", (f"在{place}大气污染防治工作会议上的讲话\n同志们：\n"
                     f"今天召开这次会议，主要任务是分析形势、部署工作。\n{x}。\n"
                     f"各级各部门要认清形势，坚决打赢蓝天保卫战。\n"), None
    yield "news", (f"{place}经济运行情况\n{x}。\n{place}统计局有关负责人介绍，"
                   f"全{place[-1]}经济运行总体平稳。\n"), None


def _months_nodate() -> Iterator[Case]:
    for place, _ in _PLACES:
        for sentence, clause in _MONTH_STATS:
            for label, text, day in _month_docs(place, sentence):
                for script, t, c in _variants(text, clause):
                    yield Case("months_nodate", "alarm", f"{label}/{script}", t, c, day)
        for sentence, clause in _MONTH_AIMS:
            for label, text, day in _month_docs(place, sentence):
                for script, t, c in _variants(text, clause):
                    yield Case("months_nodate", "kept", f"{label}/{script}", t, c, day)


CAUSES = {"review_year": _review_year, "progress": _progress, "org_count": _org_count,
          "frame": _frame, "past_main": _past_main, "project_size": _project_size,
          "news_on": _news_on, "months_nodate": _months_nodate}


def cases_of(causes: dict[str, Callable[[], Iterator[Case]]], cause: str | None = None) -> Iterator[Case]:
    """The cases of one cause of *causes* (its name → the maker of its cases), or of all."""
    for name, make in causes.items():
        if cause is None or cause == name:
            yield from make()


def cases(cause: str | None = None) -> Iterator[Case]:
    return cases_of(CAUSES, cause)


def judged(case: Case) -> bool:
    """Whether the extractor does as the case wants (see the module's docstring)."""
    from tracker.extract import suggest

    at = case.text.index(case.clause)
    cs, ce = at, at + len(case.clause)
    sugs = [s for s in suggest(case.text, case.doc_date) if s.kind != "indicator"]
    if case.kind == "alarm":
        return not any(min(ce, s.end) - max(cs, s.start) >= 0.5 * min(ce - cs, s.end - s.start)
                       for s in sugs)
    return any((ov := min(ce, s.end) - max(cs, s.start)) >= 0.6 * (ce - cs)
               and ov >= 0.25 * (s.end - s.start) for s in sugs)


def run(causes: dict[str, Callable[[], Iterator[Case]]], argv: list[str]) -> None:
    """A sweep module run as a script: each (cause, kind)'s count of cases the extractor
    gets right; with -v, each case it gets wrong."""
    out: dict[tuple[str, str], list[int]] = {}
    for case in cases_of(causes):
        got = out.setdefault((case.cause, case.kind), [0, 0])
        got[0] += judged(case)
        got[1] += 1
    for (cause, kind), (ok, n) in sorted(out.items()):
        print(f"{cause:<16} {kind:<6} {ok:>5}/{n}")
    if "-v" in argv:
        for case in cases_of(causes):
            if not judged(case):
                print(f"WRONG {case.cause} {case.kind} {case.label} {case.clause}")


if __name__ == "__main__":
    import sys

    run(CAUSES, sys.argv)
