"""The part of a year a progress report covers, as its title or opening names it (关于2016年
…指标任务三季度的落实情况 / 2023年度十件民生实事1-3月推进情况 / 2020年重点工作上半年推进情况):
such a report is written within that year, whatever later date a page reposting it carries.
Both the reader's metadata (the document's date) and the extractor (a text given without a
date) read it; neither may import the other, so it lives here."""

from __future__ import annotations

import calendar
import re
from datetime import date

_CN_MONTH = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
             "十": 10, "十一": 11}
# (the words of progress after the part: 落实情况 / 进展情况 / 推进情况 / 完成情况 / 执行情况)
REPORTED_PART = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*年度?[^。；;\n]{0,40}?"
    r"(?:第?(?P<q>[一二三1-3])季度|(?P<q3>前三季度)|(?P<h>上半年)"
    r"|(?:1|一)\s*[-—–~～至到]\s*(?P<m>1[01]|[2-9]|十一|[二三四五六七八九十])\s*月份?)"
    r"[^。；;\n]{0,12}?(?:落实|进展|推进|完成|执行|实施)(?:情况|进度)")


def reported_part_end(head: str) -> date | None:
    """The last day of the part of a year (before its last quarter ends) that the progress
    report opening with *head* (Simplified) covers, or None. A report on the whole year or
    its last quarter is written in the year after: it names no part here."""
    m = REPORTED_PART.search(head)
    if m is None:
        return _as_of_end(head)
    year = int(m.group("y"))
    if m.group("q"):
        month = 3 * ("一二三".find(m.group("q")) + 1 if not m.group("q").isdigit() else int(m.group("q")))
    elif m.group("q3"):
        month = 9
    elif m.group("h"):
        month = 6
    else:
        month = _month(m.group("m"))
    return _month_end(year, month)


def _month(raw: str) -> int:
    """A month as written (7 / 十一)."""
    return int(raw) if raw.isdigit() else _CN_MONTH[raw]


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


# The day a progress report's opening counts to (截至6月底，2023年16件市办实事总体进展良好 /
# 截至2024年8月末，…): a month before the year's last, with its year before or right after
# it. The report is written in that year (its 年底前 and 全年 are that year's).
_AS_OF = re.compile(
    r"截至\s*(?:(?P<y1>(?:19|20)\d{2})\s*年\s*)?(?P<m>1[01]|[1-9]|十一|[一二三四五六七八九十])"
    r"\s*月份?\s*(?:底|末)\s*[，,]?\s*(?:(?P<y2>(?:19|20)\d{2})\s*年)?")


def _as_of_end(head: str) -> date | None:
    m = _AS_OF.search(head)
    if m is None or not (m.group("y1") or m.group("y2")):
        return None
    return _month_end(int(m.group("y1") or m.group("y2")), _month(m.group("m")))


# A document is read on or before the day it is imported, and a plan or list is issued at
# most a year before the year it plans for: a year later than that is a goal's horizon
# (2035年远景目标 / 2035年國家公路網規模將超46萬公里), never the document's own
HORIZON_AHEAD = 1


def is_horizon(year: int, today: date | None = None) -> bool:
    """Whether *year* is too far ahead of *today* to be a document's own."""
    return year > (today or date.today()).year + HORIZON_AHEAD


HALF_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
WIDE_DIGIT = re.compile("[０-９]")


def half_digits(text: str) -> str:
    """*text* with full-width digits as ASCII ones (２０２４ → 2024); most texts have none and
    are returned as they are."""
    return text.translate(HALF_DIGITS) if WIDE_DIGIT.search(text) is not None else text

# A text's own file number, alone on its line or ending it in the opening lines
# (武政办〔2023〕1号 / 某政发[2024]5號): the year the text was issued in, whatever later date a
# page reposting it carries (时间：2024-01-10). A number cited inside a sentence
# (《…》（国发〔2018〕22号）) does not end a line and is not the text's.
_OWN_FILE_NUMBER = re.compile(
    r"[〔\[［【(（]\s*(?P<y>(?:19|20)\d{2})\s*[〕\]］】)）]\s*(?:第\s*)?\d{1,4}\s*[号號]"
    r"[ \t\u3000]*(?:\n|$)")
FILE_NUMBER_HEAD = 400


def issued_year(found: date | None, head: str) -> date | None:
    """*found* (a byline's, a page's date), unless the text's own file number in *head*
    (its opening) names an earlier year: the text was issued in that year (its first day,
    enough to read 今年 and 年底前), the later date is a repost's."""
    if found is None:
        return None
    m = _OWN_FILE_NUMBER.search(half_digits(head[:FILE_NUMBER_HEAD]))
    if m is None or int(m.group("y")) >= found.year:
        return found
    return date(int(m.group("y")), 1, 1)
