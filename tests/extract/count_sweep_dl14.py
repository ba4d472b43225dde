"""A sweep of three ways a clause states how many people, households or how long the work
is to reach (issue 11, branch dl14), each written in several wordings, places and figures,
in Simplified and Traditional script, with half- and full-width digits, with and without the
final 。, as a clause standing alone (a cell or a list item) and after a heading of the
year's work:

- people counted by the outcome the work brings them to, the count right after it (失业人员
  再就业5800人 / 支持大学生创业240人 / 农村贫困人口脱贫3000人): `=` that many 人
  (definition page: R5 headcounts `人`/`万人`; R1 a count of things to deliver: `=`);
- people or households a service is for, counted after 为 with the act after them (为全区
  23000名老年人提供居家上门服务 / 为1万户家庭安装燃气报警器): `=` that many;
- a span lengthened or shortened by an amount (延长公交运营时间1至1.5小时 / 缩短审批时间5个
  工作日): `increase` / `decrease` by it, as 增长 X / 下降 X are (definition page:
  "增长 / 提高 / 提升 X (by an amount)"); set to a level (缩短至5个工作日): `=`.

And their limits ("limits"): counts stated flat (全县共有失业人员3000人 / 其中创业3000人 /
就业困难人员3000人) state no target.

``cases()`` yields them; tests/extract/test_count_sweep_dl14.py runs them through the public
path. Run this module as a script for the tally of variants passing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from tests.extract.sweep_kit import report_file_sweep, text_and_key_forms


Want = tuple[str | None, object, str | None]  # comparator, value, unit


@dataclass(frozen=True)
class Case:
    group: str
    name: str
    text: str
    key: str  # words only the clause's quote holds
    want: Want | None  # None: no target


PLACES = ("", "全县", "全市", "全区")

OUTCOMES = (  # ({p}: a place, {n}: the count)
    "{p}失业人员再就业{n}人",
    "{p}城镇登记失业人员实现再就业{n}人",
    "支持大学生创业{n}人",
    "扶持成功自主创业{n}人",
    "帮扶就业困难人员实现就业{n}人",
    "{p}农村贫困人口脱贫{n}人",
    "促进农村劳动力转移就业{n}人",
)
SERVICES = (  # ({p}: 全县 …, {n}: the count, {c}: 名 / 人 / 户)
    ("为{p}{n}名老年人提供居家上门服务", "人"),
    ("为{p}{n}名困难群众发放慰问金", "人"),
    ("为{p}{n}户家庭安装燃气报警器", "户"),
    ("为{p}{n}名适龄妇女免费开展两癌筛查", "人"),
    ("给{p}{n}名留守儿童配备爱心书包", "人"),
)
SPANS = (  # (words, comparator, value, unit)
    ("延长公交运营时间1至1.5小时", "increase", [1, 1.5], "小时"),
    ("延长图书馆开放时间2小时", "increase", 2, "小时"),
    ("{p}企业开办时间缩短3个工作日", "decrease", 3, "个工作日"),
    ("缩短工程建设项目审批时间10天", "decrease", 10, "天"),
    ("{p}工程建设项目审批时限缩短至50个工作日", "=", 50, "个工作日"),
    ("政务服务大厅服务时间延长至20时", None, None, None),  # (a clock time: no target asked)
)
FLAT = (
    "{p}共有失业人员{n}人",
    "其中创业{n}人",
    "就业困难人员{n}人",
    "涉及群众{n}户",
)
FRAMES = ("{c}", "{c}。", "2024年重点工作\n1.{c}；")


def cases() -> Iterator[Case]:
    counts = (240, 5800, 23000)
    for i, words in enumerate(OUTCOMES):
        for j, frame in enumerate(FRAMES):
            n = counts[(i + j) % len(counts)]
            clause = words.format(p=PLACES[(i + j) % len(PLACES)], n=n)
            key = clause[:-len(f"{n}人")][-4:]
            for v, text, k in text_and_key_forms(frame.format(c=clause), key):
                yield Case("outcome", f"out-{i}{j}-{v}", text, k, ("=", n, "人"))
    for i, (words, unit) in enumerate(SERVICES):
        for j, frame in enumerate(FRAMES):
            n = counts[(i + j) % len(counts)]
            clause = words.format(p=PLACES[(i + j) % len(PLACES)], n=n)
            key = clause[-4:]
            for v, text, k in text_and_key_forms(frame.format(c=clause), key):
                yield Case("service", f"svc-{i}{j}-{v}", text, k, ("=", n, unit))
    for i, (words, cmp, value, unit) in enumerate(SPANS):
        if cmp is None:
            continue
        for j, frame in enumerate(FRAMES):
            clause = words.format(p=PLACES[(i + j) % len(PLACES)])
            key = clause.split("时间")[0][-2:] + "时间" if "时间" in clause else clause[:4]
            for v, text, k in text_and_key_forms(frame.format(c=clause), key):
                yield Case("span", f"span-{i}{j}-{v}", text, k, (cmp, value, unit))
    for i, words in enumerate(FLAT):
        for j, frame in enumerate(FRAMES[:2]):
            clause = words.format(p=PLACES[(i + j) % len(PLACES)], n=3000)
            for v, text, k in text_and_key_forms(frame.format(c=clause), clause[:4]):
                yield Case("limits", f"flat-{i}{j}-{v}", text, k, None)


def outcome(case: Case, recs: list[dict]) -> tuple[bool, object]:
    """Whether the clause's suggestion states the target wanted (for limits: none, or no
    suggestion), and what was got."""
    hit = next((r for r in recs if case.key in r["quote"]), None)
    got = None if hit is None or hit["comparator"] is None and hit["value"] is None \
        else (hit["comparator"], hit["value"], hit["unit"])
    return got == case.want, got


if __name__ == "__main__":
    report_file_sweep(cases(), outcome, date_of=lambda c: None, commitments_only=False, shown=50)
