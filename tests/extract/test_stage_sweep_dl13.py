"""The stage, dated-list and stated-goals sweep (tests/extract/stage_sweep_dl13.py) read
through the public path, as ``tracker suggest --format jsonl --date D`` reads a file, and
the limits of the three rules: what follows a list, a paragraph or a label of results is
not dated by them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.extract.stage_sweep_dl13 import Case, cases, day, outcome
from tracker.extract import to_json
from tracker.extract.deadlines import find_deadlines
from tracker.services.suggesting import suggest_file

CASES = list(cases())


def _suggest(text: str, doc_date: date, tmp_path: Path) -> list[dict]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return [to_json(s) for s in suggest_file(path, doc_date)
            if s.duplicate_of is None and s.kind.value != "indicator"]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_work_after_a_stage_a_dated_label_or_stated_goals_takes_their_time(
        case: Case, tmp_path: Path) -> None:
    ok, got = outcome(case, _suggest(case.text, case.doc_date, tmp_path))
    assert ok, (got, [w for _, w in case.items])


@pytest.mark.parametrize(("words", "want"), [
    ("2019年5月6日至6月14日", date(2019, 6, 14)),
    ("2024年3月1日—4月30日", date(2024, 4, 30)),
    ("２０２４年３月１日－４月３０日", date(2024, 4, 30)),
    ("2019年6月中旬至12月31日", date(2019, 12, 31)),
    ("2019年5月至6月14日", date(2019, 6, 14)),
    ("2023年12月20日至1月31日", date(2024, 1, 31)),
    ("2023年12月20日至2024年1月31日", date(2024, 1, 31)),
    ("2024年3月1日至4月30日前", date(2024, 4, 30)),
    ("2019年6月1日到6月底", date(2019, 6, 30)),
])
def test_a_span_of_days_is_one_bound_due_on_its_last_day_in_the_year_it_opens_in(
        words: str, want: date) -> None:
    found = [d for d in find_deadlines(words, date(2019, 5, 16)) if d.date is not None]
    assert [(d.text, d.date) for d in found] == [(words, want)]


def test_a_span_of_months_is_read_as_before() -> None:
    found = find_deadlines("2019年6月至8月", date(2019, 5, 16))
    assert [(d.date, d.precision.value if d.precision else None) for d in found] \
        == [(date(2019, 8, 31), "month")]


def test_the_lines_after_a_dated_list_keep_their_own_period(tmp_path: Path) -> None:
    text = ("会议听取并审议了政府工作报告。\n2022年重点任务如下：\n1、实施优质饮用水入户工程；\n"
            "2、开展青少年生命安全教育；\n会议要求，各级各部门要加强领导。\n建立健全督查考核机制。")
    recs = _suggest(text, date(2021, 12, 20), tmp_path)
    due = {k: next(r["deadline"] for r in recs if k in r["quote"])
           for k in ("饮用水", "生命安全", "加强领导", "督查考核")}
    assert due == {"饮用水": "2022-12-31", "生命安全": "2022-12-31",
                   "加强领导": "2021-12-31", "督查考核": "2021-12-31"}


def test_a_label_of_results_dates_no_list(tmp_path: Path) -> None:
    # (a label of the next year's results, so that nothing else gives its year's end)
    text = "2022年民生实事完成情况如下：\n1、实施优质饮用水入户工程；\n2、开展青少年生命安全教育；"
    recs = _suggest(text, date(2021, 12, 20), tmp_path)
    assert not any(r["deadline"] == "2022-12-31" for r in recs
                   if "饮用水" in r["quote"] or "生命安全" in r["quote"])


def test_stated_goals_run_to_their_paragraphs_end_only(tmp_path: Path) -> None:
    text = ("今年全省水利建设的主要目标是新增灌溉面积34万亩。改善灌溉面积130万亩。\n"
            "加快推进水库除险加固。")
    recs = _suggest(text, date(2021, 12, 20), tmp_path)
    due = {k: next(r["deadline"] for r in recs if k in r["quote"])
           for k in ("新增灌溉", "改善灌溉", "除险加固")}
    assert due == {"新增灌溉": "2021-12-31", "改善灌溉": "2021-12-31", "除险加固": None}


def test_a_stage_dates_only_its_own_paragraph(tmp_path: Path) -> None:
    text = ("2019年5月6日至6月14日，为动员部署阶段。建立整改台账。\n"
            "各地要加强组织领导，确保整改取得实效。")
    recs = _suggest(text, date(2019, 5, 16), tmp_path)
    due = {k: next((r["deadline"] for r in recs if k in r["quote"]), "none")
           for k in ("整改台账", "组织领导")}
    assert due["整改台账"] == day(2019, 6, 14)[0]
    assert due["组织领导"] != day(2019, 6, 14)[0]
