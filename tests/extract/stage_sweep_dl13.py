"""A sweep of three ways a text dates the work that follows it without a heading (issue 11,
branch dl13), each written in several wordings, places and years, in Simplified and
Traditional script, with half- and full-width digits, with and without the final 。:

- a stage of a campaign, named with its span of days (2019年5月6日至6月14日，为动员部署阶段。
  / （一）动员部署阶段（2019年5月6日—6月14日） / 第一阶段：2024年3月1日至4月30日，…):
  the stage's own sentence is due on its last day, and so are the tasks that follow it in
  its paragraph or under it (definition page: "A target with no time words of its own takes
  the period of the section it stands in");
- a label that dates the list after its colon (本次大会票决通过2023年15项民生实事项目，包括：
  / 2023年重点任务如下：): the numbered items on the lines after it fall due at the end of
  that year (tests/corpus/README.md: "a plan's or annual programme's tasks without time
  words of their own take the period of their section or title");
- a sentence that states a year's goals (今年…的具体目标是…。A，B。 / 据了解，今年…目标是…):
  the goals run on to the paragraph's end, each sentence of them due at that year's end.

``cases()`` yields them; tests/extract/test_stage_sweep_dl13.py runs them through the
public path (tracker.services.suggesting.suggest_file, as ``tracker suggest --format jsonl
--date D`` reads a file). Run this module as a script for the tally of variants passing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from tests.extract.sweep_kit import day, report_file_sweep, text_and_items_forms, year_end


Want = tuple[str, str] | None  # (ISO last day, precision) or no date


@dataclass(frozen=True)
class Case:
    group: str
    name: str
    text: str
    doc_date: date
    items: tuple[tuple[str, Want], ...]  # (words only that item's quote holds, wanted)


PLACES = ("", "全省", "市", "县")
TASKS = (  # (task, key: words only its quote holds) — no time words of their own
    ("全面梳理{p}突出生态环境问题，建立整改台账", "整改台账"),
    ("对问题整改情况进行挂牌督办", "挂牌督办"),
    ("启动5个责任追究问题的调查问责程序", "调查问责"),
    ("完成散乱污企业集中整治", "散乱污企业"),
)
STAGES = ("动员部署", "集中整治", "全面推进整改", "巩固提升")
SEPARATORS = ("至", "—", "到", "－")


def _spans(y: int) -> list[tuple[str, Want]]:
    """Spans of days of a stage and the day each is due on."""
    return [
        (f"{y}年5月6日{{sep}}6月14日", day(y, 6, 14)),
        (f"{y}年6月中旬{{sep}}12月31日", day(y, 12, 31)),
        (f"{y}年3月1日{{sep}}4月30日", day(y, 4, 30)),
        (f"{y}年11月20日{{sep}}{y + 1}年1月31日", day(y + 1, 1, 31)),
    ]


def _stage_cases() -> Iterator[Case]:
    y = 2019
    for i, (span, due) in enumerate(_spans(y)):
        for j, sep in enumerate(SEPARATORS):
            s = span.format(sep=sep)
            stage = STAGES[(i + j) % len(STAGES)]
            place = PLACES[(i + j) % len(PLACES)]
            t1, k1 = TASKS[(i + j) % len(TASKS)]
            t2, k2 = TASKS[(i + j + 1) % len(TASKS)]
            t1 = t1.format(p=place)
            t2 = t2.format(p=place)
            frames = (
                # the stage's sentence opens its paragraph, its tasks follow
                (f"整改工作分三个阶段推进。{s}，为{stage}阶段。{t1}。{t2}。",
                 ((k1, due), (k2, due))),
                # a heading of the stage over its tasks' lines
                (f"整改工作分三个阶段推进。\n（一）{stage}阶段（{s}）\n{t1}。\n{t2}。",
                 ((k1, due), (k2, due))),
                # 第一阶段：… opening the paragraph
                (f"行动分三个阶段。\n第一阶段：{s}，{stage}。{t1}。{t2}。",
                 ((k1, due), (k2, due))),
            )
            for f, (text, items) in enumerate(frames):
                for v, vtext, vitems in text_and_items_forms(text, items):
                    yield Case("stage", f"stage-{i}{j}-{f}-{v}", vtext, date(y, 5, 16), vitems)


LABELS = (  # a label dating the list after its colon
    "本次大会票决通过{y}年{n}项民生实事项目，包括：",
    "{p}{y}年重点任务如下：",
    "会议确定了{y}年十件民生实事：",
    "{p}{y}年民生实事项目主要包括：",
    # (relative years: the document's date in the December before, so 明年 is the label's
    # year, and in the label's own year for 今年)
    "明年{p}要重点抓好以下工作：",
    "今年{p}将实施以下十项重点项目：",
)
ITEMS = (
    ("新增公办学位{n}个", "公办学位"),
    ("实施优质饮用水入户工程", "饮用水入户"),
    ("开展青少年生命安全教育", "生命安全教育"),
    ("完成3家社区医院选址", "社区医院"),
)
MARKS = ("{i}、", "{i}.", "（{c}）", "{i}）")


def _list_cases() -> Iterator[Case]:
    cn = "一二三四五六七八九十"
    for i, label in enumerate(LABELS):
        for j, mark in enumerate(MARKS):
            y = 2021 + (i + j) % 4
            place = PLACES[(i + j) % len(PLACES)]
            head = label.format(y=y, n=10 + j, p=place)
            lines = []
            items = []
            for k in range(3):
                words, key = ITEMS[(i + j + k) % len(ITEMS)]
                lines.append(mark.format(i=k + 1, c=cn[k]) + words.format(n=2000 + 100 * k) + "；")
                items.append((key, year_end(y)))
            # the document's date in the December before: its own year is another (for
            # 今年, the label's year itself, in its spring)
            text = "会议听取并审议了政府工作报告。\n" + head + "\n" + "\n".join(lines)
            doc = date(y, 3, 20) if label.startswith("今年") else date(y - 1, 12, 20)
            for v, vtext, vitems in text_and_items_forms(text, tuple(items)):
                yield Case("list", f"list-{i}{j}-{v}", vtext, doc, vitems)


GOAL_FRAMES = ("", "据了解，", "据悉，", "记者从省水利厅获悉，")
GOAL_SUBJECTS = ("今年{p}农田水利基本建设工作的具体目标是", "今年{p}水利建设的主要目标是",
                 "明年{p}高标准农田建设的目标任务是", "今年{p}林业生态建设的工作目标为")
GOALS = (
    ("力争完成总投资49.1亿元", "总投资"),
    ("新增和恢复灌溉面积34万亩", "恢复灌溉面积"),
    ("改善灌溉面积130万亩", "改善灌溉面积"),
    ("改造中低产田15万亩", "中低产田"),
    ("新增节水灌溉工程面积15万亩", "节水灌溉"),
)


def _goal_cases() -> Iterator[Case]:
    doc = date(2016, 10, 19)
    for i, frame in enumerate(GOAL_FRAMES):
        for j, subject in enumerate(GOAL_SUBJECTS):
            place = PLACES[(i + j) % len(PLACES)]
            year = 2017 if subject.startswith("明年") else 2016
            g = [GOALS[(i + j + k) % len(GOALS)] for k in range(3)]
            text = ("农田水利基本建设事关农业丰收。" + frame + subject.format(p=place) + g[0][0]
                    + "。" + g[1][0] + "，" + g[2][0] + "。")
            items = tuple((key, year_end(year)) for _, key in g)
            for v, vtext, vitems in text_and_items_forms(text, items):
                yield Case("goals", f"goals-{i}{j}-{v}", vtext, doc, vitems)


def cases() -> Iterator[Case]:
    yield from _stage_cases()
    yield from _list_cases()
    yield from _goal_cases()


def outcome(case: Case, recs: list[dict]) -> tuple[bool, list]:
    """Whether each item's suggestion is due as wanted, and what was got."""
    got = []
    for key, _ in case.items:
        hit = next((r for r in recs if key in r["quote"]), None)
        got.append(None if hit is None else
                   ((hit["deadline"], hit["deadline_precision"]) if hit["deadline"] else None))
    return got == [w for _, w in case.items], got


if __name__ == "__main__":
    report_file_sweep(cases(), outcome, date_of=lambda c: c.doc_date, commitments_only=True)
