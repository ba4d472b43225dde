"""Document dating from the document's structure (issue 11, branch docdate15), for a text
given without a date (``tracker suggest`` without --date):

- the text's own file number (武政办〔2023〕1号, alone on its line in the opening) names the
  year it was issued in: a page's later byline (时间：2024-01-10) is a repost's date.

Each in several places, years, wordings, Simplified and Traditional, half- and full-width
digits."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tracker.extract.timing import guess_doc_date
from tracker.geo.script import to_simplified
from tracker.ingest import read_path
from tests.extract.sweep_kit import FULL_DIGITS, s2t


def _forms(text: str) -> list[tuple[str, str]]:
    return [("s", text), ("t", s2t().convert(text)), ("full", text.translate(FULL_DIGITS))]


NUMBERS = ("武政办〔{y}〕1号", "某政发[{y}]5號", "湘环发〔{y}〕12号", "某办字〔{y}〕第3号")
TITLES = ("关于印发{y}年市《政府工作报告》目标任务责任分解方案的通知",
          "关于印发{y}年大气污染防治工作要点的通知")


def _reposted(number: str, title: str, year: int, later: date) -> str:
    return (f"{title.format(y=year)}\n"
            f"浏览量： 时间：{later.isoformat()} 21:15:53\n"
            f"{number.format(y=year)}\n"
            "各区人民政府，市人民政府各部门：\n"
            "现将方案印发给你们，请认真贯彻执行。年底前完成全部任务。\n")


REPOSTS = [(f"{i}-{j}-{y}-{f}", text, y)
           for i, n in enumerate(NUMBERS) for j, t in enumerate(TITLES)
           for y, later in ((2023, date(2024, 1, 10)), (2021, date(2023, 5, 6)))
           for f, text in _forms(_reposted(n, t, y, later))]


@pytest.mark.parametrize(("name", "text", "year"), REPOSTS, ids=[c[0] for c in REPOSTS])
def test_a_file_number_names_the_year_a_reposted_text_was_issued(
        name: str, text: str, year: int, tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    assert read_path(path).doc_date == date(year, 1, 1)
    assert guess_doc_date(to_simplified(text)) == date(year, 1, 1)


@pytest.mark.parametrize("later", (date(2023, 3, 8), date(2023, 12, 30)))
def test_a_byline_in_the_numbers_year_or_a_cited_number_keeps_the_byline(
        later: date, tmp_path: Path) -> None:
    own = _reposted(NUMBERS[0], TITLES[0], 2023, later)
    cited = (f"关于印发某方案的通知\n时间：{later.isoformat()}\n"
             "根据《国务院关于印发…的通知》（国发〔2018〕22号）\n要求，现印发本方案。\n")
    for text in (own, cited):
        path = tmp_path / "doc.txt"
        path.write_text(text, encoding="utf-8")
        assert read_path(path).doc_date == later


# A progress report's opening counts to a month's end (截至6月底，2023年16件市办实事… /
# 截至2024年8月末，…): written in that year, dated at that day.
AS_OF_OPENINGS = ("截至{m}月底，{y}年16件市办实事总体进展良好。",
                  "截至{y}年{m}月底，全市{n}项整改任务已完成{k}项，其余正在推进中。",
                  "近日，从市政府办公厅获悉，截至{m}月末，{y}年民生实事项目进展顺利。",
                  "截至{y}年{m}月份末，督察反馈问题整改总体进展顺利。")
AS_OF = [(f"{i}-{y}-{m}-{f}", text, date(y, m, 1))
         for i, opening in enumerate(AS_OF_OPENINGS) for y, m in ((2023, 6), (2020, 7), (2025, 3))
         for f, text in _forms(opening.format(y=y, m=m, n=493, k=357)
                               + "\n下一步，将统筹协调，年底前全部完成。\n")]


@pytest.mark.parametrize(("name", "text", "first"), AS_OF, ids=[c[0] for c in AS_OF])
def test_a_progress_reports_as_of_month_end_dates_it(
        name: str, text: str, first: date, tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    end = (date(first.year + first.month // 12, first.month % 12 + 1, 1)).toordinal() - 1
    assert read_path(path).doc_date == date.fromordinal(end)
    assert guess_doc_date(to_simplified(text)) == date.fromordinal(end)


@pytest.mark.parametrize("text", (
    "截至12月底，2023年全市空气质量优良天数比例达到90%。\n",  # the year's end: written after it
    "截至6月底，全市16件民生实事总体进展良好。\n",  # no year written
    "要求各地截至目前全部完成整改。\n"))
def test_other_openings_give_no_as_of_date(text: str) -> None:
    assert guess_doc_date(to_simplified(text)) is None
