"""A sweep of the tense of a clause in a sentence or report (issue 11, branch rec14b), each
way written in several wordings, places and figures, in Simplified and Traditional script,
with half- and full-width digits, inside a document (a cell standing alone has no section to
set its tense, and the rules below are about the words around a clause):

- "modal": a modal looking ahead in a clause before (拟 / 要 / 需 / 将 / 确保 / 力争) makes the
  words of change against last year in the clauses after it (比上年 / 同比 / 较去年同期 /
  累计) state a target (赤字率拟按4%左右安排，赤字规模比上年增加2300亿元): a commitment,
  not a result;
- "unfinished": in a report of progress, a task named as the subject of words saying it
  is not done yet (正在 / 正着手 / 尚未 / 未启动 / 预计…) is the task as it was set, still
  ahead (实施X改造工程正在开展招标): a commitment, its progress an indicator; so is a
  counted task with a count of it begun or done after it (10个示范工程已开工8个);
- "role-note": a task line closed by its role note (5.实施危桥改造40座。（责任单位：州交通
  运输局）) in a report of progress is the task as it was set, whatever the report's heading.

And their limits ("limits"): the same words in a review with no modal before them
(2025年，全市地区生产总值比上年增长5.2%), a task reported done (X工程已竣工 / 已完成X改造
（责任单位：…）), a place or body as the subject of 正在 (全市正在开展…) stay results or
nothing to suggest.

``cases()`` yields them; tests/extract/test_tense_sweep_14b.py runs them through the public
path. Run this module as a script for the tally of variants passing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from tests.extract.sweep_kit import text_and_key_forms


DOC_DATE = date(2026, 3, 5)


@dataclass(frozen=True)
class Case:
    group: str
    name: str
    text: str
    key: str  # words only the clause's quote holds
    want: bool  # True: a commitment holds the key; False: none does


PLACES = ("", "全县", "全市", "全区")

# a clause with a modal looking ahead ({p}: a place)
MODALS = (
    "{p}赤字率拟按3%左右安排",
    "{p}一般公共预算收入要保持平稳增长",
    "9—12月，{p}PM2.5平均浓度需控制在40微克/立方米以内",
    "{p}将继续加大民生投入",
    "{p}确保粮食产量稳定在80万吨以上",
    "{p}力争外贸进出口保持增长",
)
# a clause of change against last year that a target also holds (key: the words it holds)
WEAK = (
    ("赤字规模比上年增加2300亿元", "赤字规模"),
    ("比去年同期下降8%以上", "比去年同期"),
    ("一般公共预算支出同比增长5%", "预算支出"),
    ("民生支出较上年增加1200万元", "民生支出"),
    ("城乡居民收入比上年增长6%", "居民收入"),
)
PLAN_FRAMES = (
    "某县2026年政府工作报告\n二、2026年主要工作安排\n{s}。\n同时加强监督管理。",
    "2026年财政工作要点\n（一）财政政策\n{s}。\n（二）预算管理\n严格预算执行。",
    "今年工作的总体要求是稳中求进。{s}。",
)
REVIEW_FRAMES = (
    "一、2025年工作回顾\n2025年，{p}地区生产总值达到800亿元，{w}。",
    "过去一年，{p}经济运行稳中向好，{w}。",
)

# a task named as the subject of its unfinished progress (key: its words)
TASKS = (
    ("实施近视防控教室照明改造工程", "照明改造"),
    ("城乡福道建设", "城乡福道"),
    ("新建污水处理厂二期项目", "污水处理厂"),
    ("实施老旧小区改造工程", "老旧小区"),
    ("开展农村饮水安全提升工程", "饮水安全"),
)
UNFINISHED = (
    "正在开展编制招标文件",
    "正着手准备招标工作",
    "预计9月份开始施工",
    "尚未启动",
    "正在加快推进征迁",
)
PROGRESS_FRAMES = (
    "2025年为民办实事项目1-8月进展情况\n滞后项目：一是{t}{u}；二是其他项目正按序时推进。",
    "关于重点项目推进情况的通报\n{p}重点项目进展总体顺利，其中{t}{u}。",
)
# a counted task and a count of it begun or done (key: the task's words)
COUNTED = (
    ("10个全民健身示范工程", "已开工8个", "全民健身"),
    ("12个美丽乡村示范点", "已完工5个", "美丽乡村"),
    ("20座农村公路危桥改造", "已开工15座", "公路危桥"),
)
# task lines closed by a role note, in a report of progress (key: the task's words)
NOTED = (
    ("实施普通公路危桥改造40座", "危桥改造"),
    ("新建城市公园5个", "城市公园"),
    ("改造城镇供排水管网265公里", "供排水管网"),
    ("实施农村人居环境整治提升行动", "人居环境"),
)
NOTES = ("（责任单位：州交通运输局）", "（牵头单位：市住建局）")
NOTED_FRAME = ("某州2025年度十件民生实事1-3月推进情况\n（二）已开工建设任务共15项\n"
               "1.新开工棚户区改造1666套。（责任单位：州住建局）\n推进情况：目前已完成改造1200套。\n"
               "2.{t}。{n}")
DONE_NOTED = (
    ("已完成城市公园改造5个", "城市公园"),
    ("全市建成了污水处理厂3座", "污水处理厂"),
)
DONE_TASKS = (  # reported done, in a report of progress: a result
    ("第一实验幼儿园建设工程已竣工", "实验幼儿园"),
    ("城区生活垃圾分类项目已全部完工", "垃圾分类"),
)
PLACE_BUSY = (  # a place or a body as the subject of 正在: nothing set
    ("{p}正在开展全面排查", "全面排查"),
    ("其他项目正按序时推进", "其他项目"),
    ("其余工程正在开展前期工作", "其余工程"),
    ("{p}246个项目正在紧张建设", "246个项目"),
    ("27个项目正在进行前期工作", "27个项目"),
)

SET_BY_OTHERS = (  # 拟定 / 拟订 are verbs of drawing up, no modal: the clauses after it report
    ("一、2022年工作回顾\n会议还从区政府拟定的20项民生实事候选项目中，现场投票表决，"
     "确定15项作为2022年民生实事正式项目。", "确定15项"),
    ("一、2022年工作回顾\n各部门拟订了年度计划，全年完成投资比上年增长8%。", "完成投资"),
)


def cases() -> Iterator[Case]:
    for i, modal in enumerate(MODALS):
        for j, (weak, key) in enumerate(WEAK):
            for k, frame in enumerate(PLAN_FRAMES):
                if (i + j + k) % 2:
                    continue  # every modal with every weak clause, in turn of frame
                sentence = modal.format(p=PLACES[(i + j) % len(PLACES)]) + "，" + weak
                for v, text, kk in text_and_key_forms(frame.format(s=sentence), key):
                    yield Case("modal", f"modal-{i}{j}{k}-{v}", text, kk, True)
    for j, (weak, key) in enumerate(WEAK):
        for k, frame in enumerate(REVIEW_FRAMES):
            text = frame.format(p=PLACES[(j + k) % len(PLACES)], w=weak)
            for v, t, kk in text_and_key_forms(text, key):
                yield Case("limits", f"review-{j}{k}-{v}", t, kk, False)
    for i, (task, key) in enumerate(TASKS):
        for j, words in enumerate(UNFINISHED):
            frame = PROGRESS_FRAMES[(i + j) % len(PROGRESS_FRAMES)]
            text = frame.format(p=PLACES[(i + j) % len(PLACES)], t=task, u=words)
            for v, t, kk in text_and_key_forms(text, key):
                yield Case("unfinished", f"unf-{i}{j}-{v}", t, kk, True)
    for i, (task, count, key) in enumerate(COUNTED):
        for k, frame in enumerate(("1-3月份项目进展：{t}{c}、开工率80%，完成投资248万元。",
                                   "一季度推进情况\n{t}{c}，其余正在开展前期工作。")):
            text = frame.format(t=task, c=count)
            for v, t, kk in text_and_key_forms(text, key):
                yield Case("unfinished", f"cnt-{i}{k}-{v}", t, kk, True)
    for i, (task, key) in enumerate(DONE_TASKS):
        text = PROGRESS_FRAMES[i % 2].format(p="全区", t=task, u="")
        for v, t, kk in text_and_key_forms(text, key):
            yield Case("limits", f"done-{i}-{v}", t, kk, False)
    for i, (words, key) in enumerate(PLACE_BUSY):
        for k, p in enumerate(PLACES[1:]):
            text = PROGRESS_FRAMES[k % 2].format(p=p, t="", u=words.format(p=p))
            for v, t, kk in text_and_key_forms(text, key):
                yield Case("limits", f"busy-{i}{k}-{v}", t, kk, False)
    for i, (text, key) in enumerate(SET_BY_OTHERS):
        for v, t, kk in text_and_key_forms(text, key):
            yield Case("limits", f"others-{i}-{v}", t, kk, False)
    for i, (task, key) in enumerate(NOTED):
        for k, note in enumerate(NOTES):
            text = NOTED_FRAME.format(t=task, n=note)
            for v, t, kk in text_and_key_forms(text, key):
                yield Case("role-note", f"note-{i}{k}-{v}", t, kk, True)
    for i, (task, key) in enumerate(DONE_NOTED):
        text = NOTED_FRAME.format(t=task, n=NOTES[i % 2])
        for v, t, kk in text_and_key_forms(text, key):
            yield Case("limits", f"donenote-{i}-{v}", t, kk, False)


def outcome(case: Case, recs: list[dict]) -> tuple[bool, object]:
    """Whether a commitment (any kind but indicator) holds the case's key, as wanted."""
    hits = [r for r in recs if case.key in r["quote"] and r["kind"] != "indicator"]
    got = [(r["kind"], r["quote"]) for r in hits] or None
    return bool(hits) == case.want, got


def records(text: str) -> list[dict]:
    from tracker.extract import suggest, to_json

    return [to_json(s) for s in suggest(text, DOC_DATE) if s.duplicate_of is None]


if __name__ == "__main__":
    from tests.extract.scorer_match import report

    def rows() -> Iterator[tuple[str, bool, str, object]]:
        for case in cases():
            ok, got = outcome(case, records(case.text))
            yield case.group, ok, case.name + " " + case.text[-60:].replace("\n", "/"), got

    report(rows(), width=12)
