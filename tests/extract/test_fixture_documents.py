"""Whole invented documents with their expected suggestions, to guard the rules' generality:
a county government work report (a review of last year, this year's targets, measures,
exhortation and a web summary repeating one measure) and a rectification list laid out
as a table (问题 / 整改目标 / 整改时限 / 责任单位 / 整改措施 columns).

A suggestion matches an expected record the way the project's scorer lines them up: it
covers at least 60% of the record, and the record is at least 25% of the suggestion.
Every commitment suggested must match an expected record (precision), every record must
be found (recall), and the fields a record states must come out as stated.
"""

import json
from datetime import date
from pathlib import Path

import pytest

from tracker.extract import suggest, to_json

FIXTURES = Path(__file__).parent / "fixtures"
DOCS = {
    "county_work_report.txt": date(2026, 2, 10),
    "rectification_table.txt": date(2025, 3, 12),
}
TRAPS = {
    "county_work_report.txt": ["深入学习贯彻", "牢固树立", "提高政治站位", "强化责任落实", "强大合力",
                               "实现上述目标", "请予审议", "团结奋斗", "取得新成效"],
    "rectification_table.txt": ["超负荷运行", "未完成生态修复", "收运体系不健全", "管控不到位",
                                "提高政治站位", "加强组织领导", "印发给你们"],
}
FIELDS = ("kind", "deadline_text", "deadline", "deadline_precision", "metric", "comparator",
          "value", "unit", "responsible")


def _expected(name: str) -> list[dict]:
    path = FIXTURES / name.replace(".txt", ".expected.jsonl")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _matches(sug: dict, start: int, end: int) -> bool:
    overlap = max(0, min(sug["end"], end) - max(sug["start"], start))
    return overlap >= 0.6 * (end - start) and overlap >= 0.25 * (sug["end"] - sug["start"])


def _run(name: str) -> tuple[str, list[dict]]:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    return text, [to_json(s) for s in suggest(text, DOCS[name])]


@pytest.mark.parametrize("name", sorted(DOCS))
def test_every_expected_record_is_found_with_its_fields(name):
    text, out = _run(name)
    for rec in _expected(name):
        start = text.index(rec["quote"])
        end = start + len(rec["quote"])
        hits = [s for s in out if _matches(s, start, end)]
        if rec.get("optional"):
            continue
        assert hits, f"{name}: nothing suggested for {rec['quote']!r}"
        got = hits[0]
        for key in FIELDS:
            if key in rec:
                want = rec[key]
                have = got[key]
                if isinstance(want, (int, float)) and isinstance(have, (int, float)):
                    assert abs(have - want) < 1e-9, (rec["quote"], key, have, want)
                else:
                    assert have == want, (rec["quote"], key, have, want)


@pytest.mark.parametrize("name", sorted(DOCS))
def test_every_commitment_suggested_is_expected(name):
    text, out = _run(name)
    spans = [(text.index(r["quote"]), text.index(r["quote"]) + len(r["quote"]))
             for r in _expected(name)]
    stray = [s["quote"] for s in out if s["kind"] != "indicator"
             and not any(_matches(s, a, b) for a, b in spans)]
    assert stray == []


@pytest.mark.parametrize("name", sorted(DOCS))
def test_exhortation_problems_and_logistics_are_not_suggested(name):
    _, out = _run(name)
    for trap in TRAPS[name]:
        assert not any(trap in s["quote"] for s in out if s["kind"] != "indicator"), trap


def test_the_web_summary_repeating_a_measure_does_not_suggest_it_again():
    text, out = _run("county_work_report.txt")
    summary = text.index("附：县政府网站新闻摘要")
    repeats = [s for s in out if "雨污分流改造40公里" in s["quote"]]
    assert len(repeats) == 1 and repeats[0]["start"] < summary


def test_table_rows_take_their_time_and_body_cells_and_skip_the_problem_cell():
    text, out = _run("rectification_table.txt")
    assert all("\t" not in s["quote"] for s in out)  # no suggestion runs across cells
    assert not any(s["quote"] in ("1", "2", "3", "4", "长期坚持") for s in out)
    dust = next(s for s in out if "PM10年均浓度下降5%" in s["quote"])
    assert dust["deadline"] is None  # 长期坚持: no date of its own
