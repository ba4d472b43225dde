"""Document dating (issue 11, branch dl13), through the reader (tracker.ingest.read_path)
as ``tracker suggest`` reads a file given without --date, and through the extractor's own
guess (a text given without a date):

- a news lede's month-day over a text that closes with its signature date (4月14日，某省人民
  政府发布关于印发…的通知 … 2025年3月27日): the news comes after the signing as often as
  before, so the lede's day is the one nearest the signature — in its year, not the year
  before (a byline's date, a publication date, still takes the latest such day before it);
- a year far ahead (2035年国家公路网规模将超46万公里 / 《…规划（2021―2035年）》) is a goal's
  horizon, never the document's year; a span of years written with a horizontal bar
  (2021―2035年) is read as with a dash.

Each in several places, months and years, Simplified and Traditional, half- and
full-width digits, with and without the final 。."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tracker.extract.deadlines import find_deadlines
from tracker.extract.timing import guess_doc_date
from tracker.ingest import read_path
from tests.extract.sweep_kit import FULL_DIGITS, s2t


def _variants(text: str) -> list[str]:
    return [text, s2t().convert(text), text.translate(FULL_DIGITS), text.replace("。\n", "\n")]


PLACES = (("广西壮族自治区", "美丽广西建设三年行动计划"), ("湖南省", "湖南省空气质量持续改善行动计划"),
          ("成都市", "成都市城市更新实施方案"), ("某县", "某县农村人居环境整治提升方案"))
# (signature, lede's month-day, the lede's date wanted)
SIGNED = ((date(2025, 3, 27), (4, 14), date(2025, 4, 14)),
          (date(2024, 12, 20), (1, 8), date(2025, 1, 8)),
          (date(2023, 6, 2), (6, 18), date(2023, 6, 18)),
          (date(2022, 9, 30), (9, 25), date(2022, 9, 25)))


def _signed_text(place: str, plan: str, signed: date, month: int, day: int) -> str:
    # (without the final 。 the lede is no sentence: the signature dates the text, in the
    # same year as the lede's day)
    return (f"{month}月{day}日，{place}人民政府发布关于印发《{plan}》的通知。\n"
            f"《{plan[len(place):] if plan.startswith(place) else plan}》指出，加快构建新型能源体系。"
            "推动产业绿色低碳转型。\n"
            f"为深入实施生态文明建设，制定本方案。\n{place}人民政府办公厅\n"
            f"{signed.year}年{signed.month}月{signed.day}日")


CASES = [(f"{i}-{j}-{v}", text, want if v != 3 else signed)
         for i, (place, plan) in enumerate(PLACES)
         for j, (signed, (m, d), want) in enumerate(SIGNED)
         for v, text in enumerate(_variants(_signed_text(place, plan, signed, m, d)))]


@pytest.mark.parametrize(("name", "text", "want"), CASES, ids=[c[0] for c in CASES])
def test_a_ledes_day_over_a_signature_is_the_one_nearest_it(
        name: str, text: str, want: date, tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    assert read_path(path).doc_date == want


def test_a_bylines_date_still_takes_the_latest_such_day_before_it(tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text("发布时间：2025-01-03\n12月30日，某市召开生态环境保护大会。\n会议强调，要深入打好污染防治攻坚战。",
                    encoding="utf-8")
    assert read_path(path).doc_date == date(2024, 12, 30)


HORIZONS = ("我国路网规模已位居世界前列 2035年国家公路网规模将超46万公里\n"
            "央广网北京7月26日消息(记者杜希萌)交通运输部25日召开新闻发布会。",
            "2035年全省森林覆盖率将达到70%\n本报讯 3月2日，省林业局召开新闻发布会。",
            "到2050年全面建成美丽中国\n新华社北京5月6日电 记者从生态环境部获悉。")


@pytest.mark.parametrize("text", [v for t in HORIZONS for v in _variants(t)])
def test_a_goals_year_far_ahead_never_dates_the_document(text: str, tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    got = read_path(path).doc_date
    assert got is None or got.year <= date.today().year + 1
    own = guess_doc_date(text)
    assert own is None or own.year <= date.today().year + 1


@pytest.mark.parametrize(("words", "want"), [
    ("河北省国土空间规划(2021―2035年)", date(2035, 12, 31)),
    ("三年行动计划（2025‒2027年）", date(2027, 12, 31)),
    ("2024年3月1日―4月30日", date(2024, 4, 30)),
    ("2019年6月―8月", date(2019, 8, 31)),
])
def test_a_horizontal_bar_joins_a_span_as_a_dash_does(words: str, want: date) -> None:
    found = [d for d in find_deadlines(words, date(2019, 5, 16)) if d.date is not None]
    assert [d.date for d in found] == [want]


def test_a_plans_span_with_a_horizontal_bar_dates_it_from_its_first_year() -> None:
    text = "国务院批复同意《河北省国土空间规划(2021―2035年)》\n证券时报网讯，国务院发布关于该规划的批复。"
    got = guess_doc_date(text)
    assert got is None or got.year < 2035
