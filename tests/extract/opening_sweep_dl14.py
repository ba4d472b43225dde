"""A sweep of two ways a text's opening sentence dates the list of work that follows it,
with no title, heading or label of its own to do it (issue 11, branch dl14), each written in
several wordings, places, years and list layouts, in Simplified and Traditional script, with
half- and full-width digits, with and without the final 。 of the lines:

- an opening that announces a year's programme of 实事 (在…人大会议上，代表们对2023年民生实事
  候选项目进行票决，最终产生10项民生实事项目。 / 市政府研究确定了今年的十二项民生实事工程。 /
  日前，某县公布了2024年十件惠民实事。): the items listed after it are that year's, due at
  its end (definition page: "年内 / 今年 → 12-31 of the document's year"; "A target with no
  time words of its own takes the period of the section it stands in"; tests/corpus/README.md:
  "a plan's or annual programme's tasks without time words of their own take the period of
  their section or title");
- an opening that sets the programme a span counted from the document (…的城乡建设，未来4年内
  将投入1372亿元。 / 今后三年，某市将实施以下重点工程。 / 某市计划用三年时间，…): the items
  listed after it fall due at the span's end, the document's date plus the span (definition
  page: "三年内 / 通过三年努力 → three years after the document date (day precision)"); with
  no date known, no date.

And their limits ("limits"): an opening that reports a year's programme done or in progress
(2023年十件民生实事全部完成 / 今年的民生实事进展顺利), and a span that looks back (过去4年内 /
近三年来), date nothing that follows them.

``cases()`` yields them; tests/extract/test_opening_sweep_dl14.py runs them through the
public path (tracker.services.suggesting.suggest_file, as ``tracker suggest --format jsonl
--date D`` reads a file). Run this module as a script for the tally of variants passing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from tests.extract.sweep_kit import day, report_file_sweep, text_and_items_forms, year_end


Want = tuple[str, str] | None  # (ISO last day, precision) or no date
NOT_DATED_BY_OPENING = ("not", "dated")  # limits: anything but the date the opening would give


@dataclass(frozen=True)
class Case:
    group: str
    name: str
    text: str
    doc_date: date | None
    items: tuple[tuple[str, Want], ...]  # (words only that item's quote holds, wanted)
    wrong: Want = None  # for limits: the date the rule must not give


PLACES = ("", "县", "市", "全区")
TASKS = (  # (task, key: words only its quote holds) — no time words of their own
    ("在城区新建{n}个公厕", "公厕"),
    ("对约{n}个农村公路平交道口进行提升改造", "平交道口"),
    ("增设汽车充电桩约{n}个", "充电桩"),
    ("建设{n}个“口袋公园”", "口袋公园"),
    ("新增公办学位{n}个", "公办学位"),
    ("完成{n}个老旧小区改造", "老旧小区"),
)
NAMES = ("中小学“清凉工程”", "城区公厕建设工程", "充电桩建设工程", "幸福老年助餐工程")


def _layout(k: int, tasks: list[str]) -> str:
    """Three tasks listed after the opening in one of three layouts."""
    if k == 0:  # an item's name on its line, its work on the next
        return "\n".join(f"{i}、{NAMES[i - 1]}\n{t}。" for i, t in enumerate(tasks, 1))
    if k == 1:  # items run into one paragraph
        return "（一）" + NAMES[0] + "。" + tasks[0] + "；" + tasks[1] + "。（二）" + NAMES[1] \
            + "。" + tasks[2] + "。"
    return "\n".join(f"{i}.{t}。" for i, t in enumerate(tasks, 1))  # one task a line


PROGRAMMES = (  # an opening announcing a year's 实事 ({y}: 2023年 or 今年)
    "在2月1日召开的{p}十九届人大二次会议第二次全体会议上，代表们对{y}民生实事候选项目（共13项）"
    "进行票决，最终产生10项民生实事项目。",
    "{p}政府研究确定了{y}的十二项民生实事工程。",
    "日前，{p}公布了{y}十件惠民实事。",
    "记者从{p}政府获悉，{y}{p}将重点办好12件民生实事。",
    "经人大代表票决，{y}{p}为民办实事项目确定为8项。",
    "{p}{y}民生实事项目日前正式确定。",
)


def _programme_cases() -> Iterator[Case]:
    for i, opening in enumerate(PROGRAMMES):
        for j in range(3):  # layouts
            y = 2021 + (i + j) % 4
            place = PLACES[(i + j) % len(PLACES)]
            tasks = [TASKS[(i + j + k) % len(TASKS)] for k in range(3)]
            body = _layout(j, [t.format(n=20 + 10 * k) for k, (t, _) in enumerate(tasks)])
            for named in (True, False):
                head = opening.format(p=place, y=f"{y}年" if named else "今年")
                text = head + "\n" + body
                dates: tuple[date | None, ...] = (date(y, 2, 1), None) if named else (date(y, 2, 1),)
                for doc in dates:
                    items = tuple((key, year_end(y)) for _, key in tasks)
                    for v, vtext, vitems in text_and_items_forms(text, items):
                        yield Case("programme", f"prog-{i}{j}-{'y' if named else 'rel'}-"
                                   f"{'d' if doc else 'n'}-{v}", vtext, doc, vitems)


HORIZONS = (  # an opening setting a span from the document ({n}: the years; its words)
    ("{p}的城乡建设，未来{n}年内将投入1372亿元，共选出10类建设工程。", 4, "4"),
    ("今后三年，{p}将集中实施一批重点民生工程。", 3, "三"),
    ("{p}计划用三年时间，全面改善城乡人居环境。", 3, "三"),
    ("未来五年，{p}将集中力量建设十大民生工程。", 5, "五"),
    ("{p}提出，通过两年努力，补齐公共服务短板。", 2, "两"),
)


def _horizon_cases() -> Iterator[Case]:
    doc = date(2017, 3, 23)
    for i, (opening, n, _) in enumerate(HORIZONS):
        for j in range(3):
            place = PLACES[(i + j) % len(PLACES)]
            tasks = [TASKS[(i + j + k) % len(TASKS)] for k in range(3)]
            body = _layout(j, [t.format(n=20 + 10 * k) for k, (t, _) in enumerate(tasks)])
            text = opening.format(p=place or "我市", n=n) + "\n" + body
            due = day(doc.year + n, doc.month, doc.day)
            for dated in (True, False):
                items = tuple((key, due if dated else None) for _, key in tasks)
                for v, vtext, vitems in text_and_items_forms(text, items):
                    yield Case("horizon", f"hor-{i}{j}-{'d' if dated else 'n'}-{v}", vtext,
                               doc if dated else None, vitems)


LIMITS = (  # (opening, the document's year offset from {y}, the date it must not give)
    "{y}年十件民生实事项目全部完成。",
    "{p}{y}年民生实事项目完成情况。",
    "今年的十二项民生实事进展顺利，已完成年度任务的80%。",
    "过去4年内，{p}累计投入1372亿元。",
    "近三年来，{p}城乡人居环境明显改善。",
)


def _limit_cases() -> Iterator[Case]:
    done = ("已在城区新建{n}个公厕", "公厕"), ("已完成{n}个老旧小区改造", "老旧小区")
    for i, opening in enumerate(LIMITS):
        y = 2022 + i % 3
        place = PLACES[i % len(PLACES)]
        doc = date(y, 12, 20) if "今年" in opening else date(y + 1, 1, 20)
        text = opening.format(y=y, p=place) + "\n" + "\n".join(
            f"{k}.{t.format(n=20 + k)}。" for k, (t, _) in enumerate(done, 1))
        wrong = year_end(doc.year) if "年" in opening[:6] or "今年" in opening \
            else day(doc.year + 4, doc.month, doc.day)
        if "近三年" in opening:
            wrong = day(doc.year + 3, doc.month, doc.day)
        items = tuple((key, NOT_DATED_BY_OPENING) for _, key in done)
        for v, vtext, vitems in text_and_items_forms(text, items):
            yield Case("limits", f"lim-{i}-{v}", vtext, doc, vitems, wrong)


def cases() -> Iterator[Case]:
    yield from _programme_cases()
    yield from _horizon_cases()
    yield from _limit_cases()


def outcome(case: Case, recs: list[dict]) -> tuple[bool, list]:
    """Whether each item's suggestion is due as wanted (for limits: not on the date the
    opening would give), and what was got."""
    got = []
    for key, _ in case.items:
        hit = next((r for r in recs if key in r["quote"]), None)
        got.append(None if hit is None else
                   ((hit["deadline"], hit["deadline_precision"]) if hit["deadline"] else None))
    if case.group == "limits":
        return all(g != case.wrong for g in got), got
    return got == [w for _, w in case.items], got


if __name__ == "__main__":
    report_file_sweep(cases(), outcome, date_of=lambda c: c.doc_date, commitments_only=True)
