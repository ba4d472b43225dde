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
        return None
    year = int(m.group("y"))
    if m.group("q"):
        month = 3 * ("一二三".find(m.group("q")) + 1 if not m.group("q").isdigit() else int(m.group("q")))
    elif m.group("q3"):
        month = 9
    elif m.group("h"):
        month = 6
    else:
        raw = m.group("m")
        month = int(raw) if raw.isdigit() else _CN_MONTH[raw]
    return date(year, month, calendar.monthrange(year, month)[1])


# A document is read on or before the day it is imported, and a plan or list is issued at
# most a year before the year it plans for: a year later than that is a goal's horizon
# (2035年远景目标 / 2035年國家公路網規模將超46萬公里), never the document's own
HORIZON_AHEAD = 1


def is_horizon(year: int, today: date | None = None) -> bool:
    """Whether *year* is too far ahead of *today* to be a document's own."""
    return year > (today or date.today()).year + HORIZON_AHEAD
