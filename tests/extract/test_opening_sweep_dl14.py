"""The opening sweep (tests/extract/opening_sweep_dl14.py) read through the public path, as
``tracker suggest --format jsonl --date D`` reads a file, and the rules under it one by one:
the period the document as a whole takes from an opening that announces a year's 实事 or
sets a span of years ahead, and the spans that look back (no bound)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.extract.opening_sweep_dl14 import Case, cases, outcome
from tracker.extract import to_json
from tracker.extract.deadlines import find_deadlines
from tracker.extract.pipeline import simplified
from tracker.extract import timing
from tracker.services.suggesting import suggest_file

CASES = list(cases())


def _suggest(text: str, doc_date: date | None, tmp_path: Path) -> list[dict]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return [to_json(s) for s in suggest_file(path, doc_date)
            if s.duplicate_of is None and s.kind.value != "indicator"]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_work_listed_after_an_opening_takes_the_period_it_sets(
        case: Case, tmp_path: Path) -> None:
    ok, got = outcome(case, _suggest(case.text, case.doc_date, tmp_path))
    assert ok, (got, [w for _, w in case.items], case.wrong)


@pytest.mark.parametrize(("opening", "doc_date", "want"), [
    # a year's programme of 实事 announced in prose
    ("在2月1日召开的县人大会议上，代表们对2023年民生实事候选项目进行票决，最终产生10项民生实事项目。",
     date(2023, 2, 1), date(2023, 12, 31)),
    ("在2月1日召開的縣人大會議上，代表們對2023年民生實事候選項目進行票決，最終產生10項民生實事項目。",
     None, date(2023, 12, 31)),
    ("根据市委全会和市人代会精神，为扎实推进“民生关爱行动计划”，市政府研究确定了今年的十二项民生实事工程。",
     date(2010, 3, 13), date(2010, 12, 31)),
    ("根据市委全会和市人代会精神，为扎实推进“民生关爱行动计划”，市政府研究确定了今年的十二项民生实事工程。",
     None, None),  # (今年 with no date known: no year)
    ("记者从区政府获悉，经人大代表票决，２０２４年区为民办实事项目确定为以下8项，涉及教育、养老等领域。",
     date(2024, 1, 20), date(2024, 12, 31)),
    # …reported done or under way: none from this rule (report_period may still date such
    # a text by its other rules, as it did before)
    ("据区政府办公室消息，2023年十件民生实事项目全部完成，群众满意度持续提升，各项目均通过验收，现将有关情况通报如下。",
     date(2023, 12, 28), None),
    ("记者从市政府办公室获悉，今年的十二项民生实事进展顺利，截至11月底已完成年度任务的90%，现将具体情况通报如下。",
     date(2023, 12, 5), None),
    ("在县人大会议上，代表们听取了2023年民生实事项目完成情况的报告，并对下一步工作提出了意见和建议。",
     date(2023, 12, 20), None),
    # a span of years from the document
    ("前瞻基础建设特别条例的城乡建设部分昨日说明。针对城乡建设，政委指出，各县市的城乡建设，"
     "未来4年内将投入1372亿元。", date(2017, 3, 23), date(2021, 3, 23)),
    ("今后三年，全市将集中实施一批重点民生工程，具体如下。", date(2024, 5, 6), date(2027, 5, 6)),
    ("市政府计划用３年时间，全面改善城乡人居环境，具体项目如下。", date(2024, 5, 6), date(2027, 5, 6)),
    ("今后三年，全市将集中实施一批重点民生工程，具体如下。", None, None),
    # a span looking back, or of days: none
    ("过去4年内，全市累计投入1372亿元用于城乡建设，具体项目如下。", date(2017, 3, 23), None),
    ("近三年内，全市城乡人居环境明显改善，具体项目如下。", date(2017, 3, 23), None),
    ("请各单位于30日内将整改情况报送市政府办公室，具体要求如下。", date(2017, 3, 23), None),
])
def test_the_period_an_opening_sets_for_the_whole_document(
        opening: str, doc_date: date | None, want: date | None) -> None:
    text = simplified(opening + "\n1.在城区新建5个公厕。\n2.增设汽车充电桩约50个。")
    period = timing._this_years_work(text, doc_date) or timing._opening_span(text, doc_date)
    assert (period.date if period is not None else None) == want
    if want is not None:  # (the document's period, as the pipeline asks for it)
        whole = timing.report_period(text, doc_date)
        assert whole is not None and whole.date == want


@pytest.mark.parametrize(("words", "want"), [
    ("过去4年内", []),
    ("近三年内", []),
    ("最近3年内", []),
    ("以往两年内", []),
    ("此前5年内", []),
    ("未来4年内", [date(2021, 3, 23)]),
    ("三年内", [date(2020, 3, 23)]),
    ("今后三年", [date(2020, 3, 23)]),
    ("通过两年努力", [date(2019, 3, 23)]),
])
def test_a_span_of_years_looking_back_is_no_bound(words: str, want: list[date]) -> None:
    assert [d.date for d in find_deadlines(words, date(2017, 3, 23))] == want
