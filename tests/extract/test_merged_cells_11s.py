"""A sweep of tables copied from pages with merged cells and spaced labels (session 11s).

Two layouts of real tables that the readers lost rows of:

- an indicator table whose header spaces its labels out (指  标 / 单  位, a page's justified
  two-character cells) and whose rows under one group name leave the merged group cell empty
  (类别 | 指标 | 2020年 | 2025年 | 属性; 粮食供给保障 | 粮食综合生产能力 | … then | 小麦稻谷
  自给率(%) | …). By the corpus conventions each row is a record, quoted from its metric to the
  target it states (dev gold O_04: 小麥稻谷自給率(%	100	100, a core target, its group cell
  merged away and its header 指  標);
- a progress table of a year's programme whose item spans several rows, the later rows
  copied without the merged cells before them (序号 | 项目名称 | 责任单位 | 目标任务 | 实际完成
  | 完成率: 9 | 深化… | 区人社局 | … then 完成征缴基金10000万元 | 区人社局 | 10000万 | …). The
  cells of such a row stand under the header's last columns (dev gold M_04: two core targets).

The layouts, metrics, bodies and figures are written for the sweep; Simplified and
Traditional. A variant passes when every row's target is suggested (the scorer's rule on the
row's quote, the value read right).
"""

from __future__ import annotations

import functools
from datetime import date

import opencc
import pytest

from tracker.extract import suggest
from tracker.geo.script import to_simplified as simplified
from tests.extract.scorer_match import matches

DOC = date(2021, 3, 1)
_S2T = opencc.OpenCC("s2t")

METRIC_LABELS = ["指  标", "指　标", "指标", "指标名称", "主要指标"]
GROUPS = [("粮食供给保障", [("粮食综合生产能力(亿吨)", "5", "5.5"), ("小麦稻谷自给率(%)", "100", "100")]),
          ("农业结构调整", [("粮食作物种植面积(亿亩)", "17", "16.5"), ("畜牧业产值比重(%)", "28", "30")]),
          ("质量效益", [("农田灌溉水有效利用系数", "0.53", "0.55"), ("农产品质量安全监测合格率(%)", "97", "98")])]


def _indicator_table(label: str, years: tuple[str, str]) -> tuple[str, list[tuple[str, float, str]]]:
    lines = ["专栏1 “十四五”农业现代化主要指标", f"类别\t{label}\t{years[0]}\t{years[1]}\t属性"]
    records = []
    for group, rows in GROUPS:
        for k, (metric, base, target) in enumerate(rows):
            lines.append(f"{group if k == 0 else ''}\t{metric}\t{base}\t{target}\t约束性")
            records.append((f"{metric}\t{base}\t{target}", float(target), metric.split("(")[0]))
    return "\n".join(lines), records


PROGRESS_HEADS = ["序号\t项目名称\t责任单位\t目标任务\t1-8月实际完成情况\t完成率%\t备注",
                  "序  号\t实事项目\t责任单位\t年度目标\t实际完成\t完成率\t备  注"]
ITEMS = [("深化机关事业单位养老保险制度改革", "区人社局",
          [("完成在职参保人数6300人", "6300人", 6300), ("完成征缴基金10000万元", "10000万", 10000),
           ("新增参保单位120家", "120家", 120)]),
         ("实施城乡低保提标", "区民政局",
          [("城市低保补差水平月均达到300元/人", "300元", 300), ("农村低保补差水平月均达到140元/人", "140元", 140)])]


def _progress_table(head: str) -> tuple[str, list[tuple[str, float, str]]]:
    lines = ["区2017年1-8月省重点民生实事项目完成情况表", head]
    records = []
    for n, (name, body, rows) in enumerate(ITEMS, start=1):
        for k, (task, goal, value) in enumerate(rows):
            if k == 0:
                lines.append(f"{n}\t{name}\t{task}\t{body}\t{goal}\t{int(value * 0.8)}\t80%\t")
            else:  # the merged 序号 and name cells copied away
                lines.append(f"{task}\t{body}\t{goal}\t{int(value * 0.8)}\t80%\t")
                records.append((task, value, ""))
    return "\n".join(lines), records


@functools.cache
def variants() -> tuple[tuple[str, str, tuple[tuple[str, float, str], ...]], ...]:
    out = []
    for label in METRIC_LABELS:
        for years in (("2020年", "2025年"), ("2015基期值", "2020目标值")):
            text, recs = _indicator_table(label, years)
            out.append(("指标表", text, tuple(recs)))
            out.append(("指标表", _S2T.convert(text),
                        tuple((_S2T.convert(q), v, _S2T.convert(m)) for q, v, m in recs)))
    for head in PROGRESS_HEADS:
        text, recs = _progress_table(head)
        out.append(("进度表", text, tuple(recs)))
        out.append(("进度表", _S2T.convert(text),
                    tuple((_S2T.convert(q), v, _S2T.convert(m)) for q, v, m in recs)))
    return tuple(out)


def read(text: str, records: tuple[tuple[str, float, str], ...]) -> tuple[int, list[str]]:
    """(the rows whose target is suggested, the quotes suggested): matched by the scorer's
    rule, the value read right, and in an indicator table the metric the row's own (not the
    group's name)"""
    sugs = [s for s in suggest(text, DOC) if s.kind != "indicator"]
    found = 0
    for quote, value, metric in records:
        at = text.find(quote)
        found += any(matches((s.start, s.end), (at, at + len(quote))) and s.target is not None
                     and s.target.value == value
                     and simplified(s.target.metric or "").startswith(simplified(metric))
                     for s in sugs)
    return found, [s.quote for s in sugs]


@pytest.mark.parametrize("grammar", ["指标表", "进度表"])
def test_sweep(grammar: str) -> None:
    wrong = []
    for g, text, records in variants():
        if g == grammar:
            found, quotes = read(text, records)
            if found < len(records):
                wrong.append(f"{found}/{len(records)}: {text[:60]} -> {quotes}")
    assert not wrong, "\n".join(wrong[:10])


if __name__ == "__main__":
    from collections import Counter

    got, per = Counter(), Counter()
    for g, text, records in variants():
        found, quotes = read(text, records)
        per[g] += len(records)
        got[g] += found
        if found < len(records):
            print("FAIL", found, len(records), text.split("\n")[1], quotes)
    for g in sorted(per):
        print(f"{g:<6} {got[g]:>4}/{per[g]}")
    print(f"all {sum(got.values())}/{sum(per.values())}")
