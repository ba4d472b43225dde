"""A sweep of two target wordings (issue 11, branch dl13), each clause standing alone as a
table cell or list item does, in Simplified and Traditional script, with half- and
full-width digits, with and without the final 。:

- a count of households or people after a subject and its modal (郑州要新改造农村卫生厕所
  3万户 / 各县区将搬迁安置困难群众1200户 / 今年年底前，全市计划培训农民工2万人): the count is
  the work to do, ``=`` the count (definition page: 达到 X … a level), as it is without the
  subject (改造农村危房1500户); a count stated flat (全县共有低保对象3200人 / 涉及群众1200户
  / 需要救助人口…) stays no target;
- 应X尽X / 能X尽X (应收尽收, 应划尽划, 应保尽保 …): every one that should be, is — an end
  state in full, ``full`` (tests/corpus/README.md R2 lists 应…尽… among the words of "all").

``cases()`` yields (group, clause, wanted comparator, value, unit); the test module runs
them through tracker.extract.suggest as tools/score_corpus.py --clauses does. Run this
module as a script for the tally of variants passing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from tests.extract.sweep_kit import FULL_DIGITS, s2t


@dataclass(frozen=True)
class Case:
    group: str
    text: str
    comparator: str | None
    value: float | None
    unit: str | None


SUBJECTS = ("郑州", "全市", "各县区", "市住建局", "我县")
MODALS = ("要", "将", "计划", "力争", "须")
ACTS = (  # (act and object before the count, count, unit as written, standard unit, value)
    ("新改造农村无害化卫生厕所", "3万户", "万户", 3.0),
    ("搬迁安置困难群众", "1200户", "户", 1200.0),
    ("培训农民工", "2万人", "万人", 2.0),
    ("改造农村危房", "1500户", "户", 1500.0),
    ("新增城镇就业", "6500人", "人", 6500.0),
)
OPENINGS = ("", "今年年底前，", "2025年，")


def _variants(text: str) -> Iterator[str]:
    yield text
    yield s2t().convert(text)
    yield text.translate(FULL_DIGITS)
    yield text + "。"


def _count_cases() -> Iterator[Case]:
    for i, subject in enumerate(SUBJECTS):
        for j, modal in enumerate(MODALS):
            act, count, unit, value = ACTS[(i + j) % len(ACTS)]
            opening = OPENINGS[(i + 2 * j) % len(OPENINGS)]
            for text in _variants(f"{opening}{subject}{modal}{act}{count}"):
                yield Case("count", text, "=", value, unit)


FLAT = (  # counts stated flat: no target of a level to reach
    "全县共有农村低保对象3200人",
    "涉及群众1200户",
    "需要救助人口53560人",
    "全市现有困难职工2000人",
)

EVERY = "收纳保改治划接享查清拆退"
EVERY_FRAMES = ("禁养区实现应{x}尽{x}", "确保符合条件的对象应{x}尽{x}", "做到应{x}尽{x}",
                "各类问题应{x}尽{x}", "{y}能{x}尽{x}")


def _every_cases() -> Iterator[Case]:
    for i, x in enumerate(EVERY):
        for j, frame in enumerate(EVERY_FRAMES):
            if (i + j) % 2:
                continue  # half of the pairs: enough wordings, half the run
            text = frame.format(x=x, y=SUBJECTS[i % len(SUBJECTS)])
            for v in _variants(text):
                yield Case("every", v, "full", None, None)


def cases() -> Iterator[Case]:
    yield from _count_cases()
    for text in FLAT:
        for v in _variants(text):
            yield Case("flat", v, None, None, None)
    yield from _every_cases()


def got(case: Case, suggestions: list[dict]) -> tuple[str | None, float | None, str | None]:
    """The fields of the suggestion that covers most of the clause (as --clauses reads)."""
    if not suggestions:
        return (None, None, None)
    s = max(suggestions, key=lambda x: x["end"] - x["start"])
    return (s.get("comparator"), s.get("value"), s.get("unit"))


def passes(case: Case, fields: tuple[str | None, float | None, str | None]) -> bool:
    if case.group == "flat":
        return fields[0] is None or fields[1] is None
    return fields == (case.comparator, case.value, case.unit)


if __name__ == "__main__":
    from datetime import date

    from tests.extract.scorer_match import report
    from tracker.extract import suggest, to_json

    def rows() -> Iterator[tuple[str, bool, str, object]]:
        for case in cases():
            found = [to_json(s) for s in suggest(case.text, date(2025, 3, 1))
                     if s.kind.value != "indicator"]
            fields = got(case, found)
            yield case.group, passes(case, fields), case.text, fields

    report(rows())
