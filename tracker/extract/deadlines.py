"""Time words in Chinese policy language, resolved to the last day they allow.

Conventions: a date without a year takes the document's
year; 年底前 / 年内 / 今年 → 12-31 of that year; 上半年 → 06-30; 一季度 → 03-31;
“十四五” → 2025-12-31; 三年内 → three years after the document date; 如期 / 按期 keep
their words and no date.

One compiled alternation scans the text once; alternatives are ordered so that at any
position the longest reading wins (年底前 inside 2025年底前 is never found on its own).
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from tracker.domain import Deadline, Precision
from tracker.extract.fold import fold
from tracker.extract.numerals import cn_int
from tracker.extract.screen import each_looked_ahead, screened


@dataclass(frozen=True)
class DeadlineMatch:
    """A run of time words found in a text."""

    start: int
    end: int
    text: str
    date: date | None
    precision: Precision | None
    relative: bool
    past: bool = False
    # a bound the text sets that had passed by the document's date (a closeout notice's
    # 2024年5月前完成…): past by its date alone, not by its words (以来, 去年) nor a baseline
    bygone: bool = False

    def as_deadline(self) -> Deadline:
        return Deadline(text=self.text, date=self.date, precision=self.precision)


_CN_D = "零〇○一二三四五六七八九"
# (XX年 / 20××年: a template's or a redacted copy's year, the document's own)
_YEAR_MASK = "XxＸｘ×"
_YEAR = rf"(?:(?:19|20)[0-9]{{2}}|[一二][{_CN_D}]{{3}}|(?:20)?[{_YEAR_MASK}]{{2}})"
_MONTH = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9]|三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])"
_N = r"(?:[0-9]+|[一二两三四五六七八九十]+|半)"
# 自即日起至2025年底 / 从即日起到9月30日: from now until the bound (due on it); 自2025年4月起: a
# start, read as time words, never a bound (自 only before a start: 自2020年以来 stays a past)
_SINCE_NOW = r"(?:自|从)即日起\s*(?:至|到)"
# The marks between the two ends of a span (2019年5月至6月 / 2025—2027年 / 5月6日―6月14日)
SPAN_DASH = r"[—–―‒\-－~～至到]"
_PRE = rf"(?:{_SINCE_NOW}|截至|截止到|截止至|截止|到|至|于|在|从|自(?=[^，,。；;]{{1,12}}?起))?"
_BEFORE = r"(?:前|以前|之前|为止|止|以来|起|开始)?"
_PRE_SPACED = rf"(?:(?:{_SINCE_NOW}|截至|截止到|截止至|截止|到|至|于|在|从|自(?=[^，,。；;]{{1,12}}?起)) ?)?"  # 到 2025 年 (a PDF's spacing)
# (第二、三季度 / 三四季度 / 2-3季度: a run of quarters, due at the end of the last)
_QUARTER = r"第?(?:[一二三四1-4](?:[、和及至到—\-~～]?第?[一二三四1-4])*)季度"
_TEN_DAYS = "上中旬|中下旬|上旬|中旬|下旬|初"  # 6月中下旬: the month's end; 5月初: that month
_SINCE_NOW_RX = re.compile(_SINCE_NOW)
_PRE_WORD = re.compile(rf"(?:{_SINCE_NOW}|截至|截止到|截止至|截止|到|至|于|在|从)?(?:(?:19|20)[0-9]{{2}}年|今年|明年)?")
_PAST_WORDS = ("以来", "去年", "上年", "上一年", "前年", "截至")
_START_ENDINGS = ("起", "开始")  # 2025年起, 从…开始: a start, not a bound
_NO_NUM_BEFORE = rf"(?<![0-9.{_CN_D}十两])"
# A span after a verb of level is a quantity (污染天数控制在3天以内 / 审批时间压缩至5个工作日内),
# not a bound counted from the document's date
_LEVEL_BEFORE = "".join(f"(?<!{w})" for w in (
    "控制在", "不超过", "压缩到", "压缩至", "缩短到", "缩短至", "缩短为", "压减到", "压减至", "降低到",
    "降低至", "减少到", "减少至", "低于", "少于", "不多于", "不高于", "保持在", "稳定在", "降至", "降到"))
# before a year, a dot may close a list item's number (1.2024年5月前 in a cell): a year is
# never the decimals of a number (11.5年 is)
_NO_NUM_BEFORE_YEAR = \
    rf"(?<![0-9{_CN_D}十两])(?:(?<!\.)|(?<=(?<![0-9.])[0-9]\.)|(?<=(?<![0-9.])[0-9]{{2}}\.))"

# before a month, a dot may close the number of a list item that opens the line
# (6.10月底前完成… / 12.9月底前…): a month is never a number's decimals
_NO_NUM_BEFORE_MONTH = (rf"(?:{_NO_NUM_BEFORE}|(?<=(?<![^\n])[0-9]\.)|(?<=(?<![^\n])[0-9]{{2}}\.))")

# (screened: a look ahead for the characters a run of time words can begin with spares
# trying each alternative at every other character; each alternative behind its own look
# ahead: at 在, 年 or a digit, which open a run often, only the alternatives that can open
# with it are tried, not all seventeen; screen.py)
_MASTER = screened(
    each_looked_ahead(
        [
            # 2019年6月至8月, 2026年3—5月: a span of months, due at the end of the last
            rf"(?P<mrng>{_PRE}{_NO_NUM_BEFORE_YEAR}(?P<mrng_y>{_YEAR})年(?P<mrng_a>{_MONTH})月?份?\s*"
            rf"{SPAN_DASH}{{1,2}}\s*(?P<mrng_m>{_MONTH})月份?(?:底|末)?{_BEFORE}"
            r"(?! ?[0-9一二三四五六七八九十]{1,3} ?[日号]))",  # (…至6月14日: a span of days, below)
            # 从4月至6月 / 5—8月: a span of months of the document's year, due at the end of
            # the last (1-6月 / 1至6月 opens with January: a report's period, left out)
            rf"(?P<mspan>{_PRE}(?:从|自)?{_NO_NUM_BEFORE_MONTH}(?P<mspan_a>1[0-2]|[2-9]|十[一二]?|[二三四五六七八九])(?:月份?)?"
            rf"\s*{SPAN_DASH}{{1,2}}\s*(?P<mspan_m>{_MONTH})月份?(?:底|末)?(?:前|以前|之前|为止|止)?"
            r"(?![0-9]*日))",
            # 2025年12月31日前, 2025年6月底前, 2025年6月
            # (2026 年 6 月底前: a PDF's spacing)
            # 2019年5月6日至6月14日 / 2024年3月1日—4月30日 / 2019年6月中旬至12月31日: a span of
            # days (a campaign's stage), due on its last day, in the year the span opens in
            rf"(?P<ymd>{_PRE_SPACED}{_NO_NUM_BEFORE_YEAR}(?P<ymd_y>{_YEAR}) ?年 ?(?P<ymd_m>{_MONTH}) ?月份?"
            rf"(?:(?P<ymd_d> ?{_DAY}) ?[日号]|(?P<ymd_e>底|末|{_TEN_DAYS}))?"
            rf"(?:\s*{SPAN_DASH}{{1,2}}\s*(?:(?P<ymd_y2>{_YEAR}) ?年 ?)?(?P<ymd_m2>{_MONTH}) ?月"
            rf"(?:(?P<ymd_d2> ?{_DAY}) ?[日号]|(?P<ymd_e2>底|末|{_TEN_DAYS}))?)?{_BEFORE})",
            # 2025-06-30, 2025.6.30, 2025/6/30; 2025.06, 2025-6前 (a table's time cell: that
            # month's end, never a decimal amount such as 2026.5亿元)
            rf"(?P<iso>{_PRE}(?<![0-9.])(?P<iso_y>(?:19|20)[0-9]{{2}})(?P<iso_s>[-./])"
            rf"(?P<iso_m>1[0-2]|0?[1-9])(?:(?P=iso_s)(?P<iso_d>3[01]|[12][0-9]|0?[1-9])(?![0-9])"
            rf"{_BEFORE}|(?![0-9]|\s*[万亿千百十元吨个%％倍])(?:前|以前|之前|底前|底|末)?))",
            # 2025—2027年, 2025年至2027年
            rf"(?P<rng>{_PRE}{_NO_NUM_BEFORE_YEAR}{_YEAR}年?\s*{SPAN_DASH}{{1,2}}\s*"
            # (三年行动计划（2025-2027）: a title's period without 年)
            rf"(?P<rng_y>{_YEAR})(?:年(?:底|末)?{_BEFORE}|(?=[）)])))",
            # a cell of years alone (建设年限 | 2023-2025): the span, due at its last year's end
            # (增长2025-2027 in running text is an amount)
            r"(?P<rngc>(?<![^\t\n])[ \t]*(?:19|20)[0-9]{2}\s*" + SPAN_DASH + r"\s*(?P<rngc_y>(?:19|20)[0-9]{2})"
            r"(?=[ \t]*(?:\t|\n|$)))",
            # 2025年上半年, 2025年一季度末
            rf"(?P<yq>{_PRE}{_NO_NUM_BEFORE_YEAR}(?P<yq_y>{_YEAR})年(?P<yq_p>上半年|下半年|年中|{_QUARTER})"
            rf"(?:末|底)?{_BEFORE})",
            # 2025年底前, 到2035年, 2025年以前
            rf"(?P<y>{_PRE_SPACED}{_NO_NUM_BEFORE_YEAR}(?P<y_y>{_YEAR}) ?年(?:年底|年末|年内|底|末|内|以内|度|前后)?"
            rf"(?:{_BEFORE}(?![一二三四两1-4]季度|[0-9一二三四五六七八九十两]+个月)))",
            # “十四五”期间, 十五五末
            # 第十四个五年规划: the same period written out
            r"(?P<fyp>(?:到|至|在)?(?:[“\"'‘「『]?(?P<fyp_n>十[一二三四五六七八九])五[”\"'’」』]?"
            r"|第(?P<fyp_w>十[一二三四五六七八九])个五年(?=规划|计划))"
            r"(?:规划期末|规划期内|时期内|期间|时期|期末|末期|末|内|以来)?)",
            # 今年底前, 明年上半年, 去年; 明年6月底前, 今年9月30日前 (a month of that year)
            rf"(?P<rel>{_PRE}(?P<rel_w>今年|明年|次年|后年|去年|上一年|上年|前年|本年度|本年|下一年度|下年度|下一年)"
            rf"(?:(?P<rel_m>{_MONTH})月份?(?:(?P<rel_d>{_DAY})[日号]|(?P<rel_e>底|末|{_TEN_DAYS}))?"
            rf"|(?P<rel_p>上半年|下半年|年中|{_QUARTER}|年底|年末|年内|底|末|内|以内|度))?(?:末|底)?{_BEFORE})",
            # 本月底前, 下月底前: the document's month, or the one after it
            # (月底前 alone: the document's month)
            rf"(?P<mon>{_PRE}(?:(?P<mon_w>本月|下月)(?:底|末)?|(?<![0-9{_CN_D}十两个每本下上当正年])月(?:底|末))"
            r"(?:前|以前|之前|为止|止))",
            # 年底前, 年内, 上半年, 一季度末
            rf"(?P<bare>{_PRE}(?<![0-9{_CN_D}十两今明后去上前本年当每安完健齐周])"
            rf"(?P<bare_p>年底|年末|年内|全年|上半年|下半年|{_QUARTER}|(?<!全)年中(?![央国华])"
            # 项目年度实现投资3800亿元: the document's year
            rf"|年度(?=实现|完成|达到|新增|累计|力争|确保)|年度内"
            # 岁末: the year's end (岁末年初 spans the turn of the year: no bound)
            r"|(?<![0-9年])岁末(?!年初)"
            # 当年开工当年建成 / 确保当年完成: the document's year (当年价 / 当年的 name no bound)
            r"|(?<![相适担恰妥充每])当年(?=[底末内]|[ \t]*(?:\t|\n|$)|(?:全面|基本|全部|即|必须|就|要|可|能)?"
            r"(?:完成|开工|建成|实现|投产|见效|达到|达标|启动|竣工|完工|销号|整改|落实|办结|投用|投入|收效)))"
            rf"(?:末|底)?{_BEFORE})",
            # 三年内, 通过三年努力, 用3年时间, 6个月内, 30日内
            # (8.3年内完成… opening a line: item 8's 3年内, as 6.10月底前 is item 6's 10月底前)
            # (过去4年内 / 近3年内 / 以往两年内: a span looking back, no bound)
            rf"(?P<dur>{_LEVEL_BEFORE}(?P<dur_v>通过|用|经过|利用|力争用|力争|花|今后|未来)?{_NO_NUM_BEFORE_MONTH}"
            r"(?<!过去)(?<!近)(?<!以往)(?<!此前)"
            # (力争2027年完成: a year after 力争, read by the year alternatives after it)
            rf"(?:{_N}\s*[-—~～至到]\s*)?(?!(?:19|20)[0-9]{{2}}\s*年)(?P<dur_n>{_N})\s*(?P<dur_u>年|个月|个工作日|天|日|周)"
            r"(?:左右)?的?(?P<dur_s>以内|之内|内|时间|努力|左右)?)",
            # 9月14日前, 10月底前
            # (12 月底前 / 6 月 30 日前: a PDF's spacing, never 月底前 of the document's month)
            rf"(?P<md>(?P<md_pre>{_PRE_SPACED}){_NO_NUM_BEFORE_MONTH}(?P<md_m>{_MONTH}) ?月份?"
            rf"(?: ?(?P<md_d>{_DAY}) ?[日号]|(?P<md_e>底|末|{_TEN_DAYS}))?(?P<md_s>{_BEFORE})"
            # 9月投入使用 (a 完成时限 cell), 6月完成: the month that work is done in; also
            # after a modal or a word of degree (预计11月能完成 / 10月可投用 / 9月全面建成)
            r"(?P<md_v>(?=(?:能够|可以|能|可|将|要|基本|全面|全部)?"
            r"(?:投入使用|投入运行|投用|建成|完工|竣工|完成|交付|上线)))?)",
            # 如期 / 按期 / 限期: a deadline set elsewhere
            r"(?P<ref>如期|按期|限期|按时|按计划|按节点|立行立改|长期坚持|自(?:公布|发布|印发|施行)之日起)",
            # 自即日起 / 从即日起 alone: the work starts now, a start and no bound
            r"(?P<now>(?:自|从)即日起(?:开始)?(?![至到]))",
            # 到本世纪中叶: the long-range goals' horizon, 2050
            r"(?P<mid>(?:到|至)?本世纪中叶)",
        ]
    )
)

# 春节前, 2026年国庆节前, 汛期前: a festival or season (see _festival_eve). Read apart from
# _MASTER, and only in texts that name one: their first characters (国, 冬, 秋 …) are
# common, and the master scan would try every alternative at each of them.
_FEST = re.compile(
    rf"(?P<fest>{_PRE}(?:(?P<fest_y>{_YEAR})年|(?P<fest_w>今年|明年))?"
    r"(?P<fest_n>春节|元旦|国庆节|国庆|“十一”|“五一”|五一|劳动节|汛期|汛|供暖季|采暖季|冬季|秋冬季)"
    r"(?:来临|到来)?(?:前|以前|之前)(?!后))"
)
_FEST_HINT = re.compile("春节|元旦|国庆|“?十一”|“?五一|劳动节|汛|暖季|冬季")  # (“十一”之前: the quote first)

_QUARTER_END = {1: 3, 2: 6, 3: 9, 4: 12}
_WHOLE_YEAR = ("全年", "岁末", "当年")  # (and 年底 / 年内 / 年度…: the year's end)
_SPAN_MARKS = "-—–~～至到－、"  # 1-6月 / 1至6月: a span of months (a report's period)

# 春节前 falls due on the eve of the Spring Festival (the lunar new year), the first one
# after the document's date unless a year is named; 元旦前 on 12-31, 国庆节前 on 09-30,
# 五一前 on 04-30. Seasons whose start differs by place and year (汛期前, 供暖季前) keep
# their words and no date, like 如期.
_SPRING_FESTIVAL = {
    2015: (2, 19), 2016: (2, 8), 2017: (1, 28), 2018: (2, 16), 2019: (2, 5), 2020: (1, 25),
    2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10), 2025: (1, 29), 2026: (2, 17),
    2027: (2, 6), 2028: (1, 26), 2029: (2, 13), 2030: (2, 3), 2031: (1, 23), 2032: (2, 11),
    2033: (1, 31), 2034: (2, 19), 2035: (2, 8),
}
_FIXED_FESTIVALS = {"元旦": (1, 1), "国庆节": (10, 1), "国庆": (10, 1), "“十一”": (10, 1), "“五一”": (5, 1),
                    "五一": (5, 1), "劳动节": (5, 1)}


def _festival_eve(name: str, year: int | None, doc_date: date | None) -> date | None:
    """The last day before festival *name*: in *year* when one is named, else the first
    one after *doc_date*; None for a season without a fixed date or without a year."""
    def day_of(y: int) -> date | None:
        if name == "春节":
            md = _SPRING_FESTIVAL.get(y)
        else:
            md = _FIXED_FESTIVALS.get(name)
        return date(y, *md) if md else None

    if name not in _FIXED_FESTIVALS and name != "春节":
        return None
    if year is None:
        if doc_date is None:
            return None
        for y in (doc_date.year, doc_date.year + 1):
            day = day_of(y)
            if day is not None and day > doc_date:
                return day - timedelta(days=1)
        return None
    day = day_of(year)
    return day - timedelta(days=1) if day else None
_REL_OFFSET = {"今年": 0, "本年度": 0, "本年": 0, "明年": 1, "次年": 1, "后年": 2,
               "下一年度": 1, "下年度": 1, "下一年": 1,
               "去年": -1, "上年": -1, "上一年": -1, "前年": -2}


def _num(s: str) -> int | None:
    s = s.strip()
    return int(s) if s.isdigit() else cn_int(s)


def _year(s: str, doc_year: int | None) -> int:
    """A year written out (2025, 二〇二五), or the document's for a masked one (XX年);
    0 (no date) when that is unknown."""
    if s.strip()[-1:] in _YEAR_MASK:
        return doc_year or 0
    return _num(s) or 0


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _part_of_year(year: int, part: str | None) -> tuple[date, Precision]:
    """The end of 上半年/下半年/一季度… in *year*; the whole year when *part* is empty."""
    if part in (None, "", "底", "末", "内", "以内", "度", "年底", "年末", "年内"):
        return date(year, 12, 31), Precision.YEAR
    if part in ("上半年", "年中"):  # (年中: mid-year, the half's end)
        return date(year, 6, 30), Precision.QUARTER
    if part == "下半年":
        return date(year, 12, 31), Precision.QUARTER
    q = max((_num(c) or 4 for c in part.removesuffix("季度") if c in "一二三四1234"), default=4)
    return _month_end(year, _QUARTER_END[min(q, 4)]), Precision.QUARTER


def _in_month(year: int, month: int, day: str | None, end: str | None) -> tuple[date, Precision]:
    if day:
        return date(year, month, _num(day) or 0), Precision.DAY
    if end in ("上旬", "中旬", "上中旬"):
        return date(year, month, 10 if end == "上旬" else 20), Precision.DAY
    return _month_end(year, month), Precision.MONTH


def _add(start: date, n: float, unit: str) -> date:
    """*start* moved on by *n* years/months/days (day clipped to the month's end)."""
    if unit in ("天", "日", "个工作日", "周"):
        days = n * (7 if unit == "周" else 1) * (7 / 5 if unit == "个工作日" else 1)
        return start + timedelta(days=round(days))
    months = round(n * 12) if unit == "年" else round(n)
    total = start.year * 12 + (start.month - 1) + months
    year, month = divmod(total, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(start.day, last))


def _resolve(m: re.Match[str], kind: str, doc_date: date | None,
             year: int | None = None) -> tuple[date | None, Precision | None, bool] | None:
    """(date, precision, relative) for one match, or None when it is not a deadline.
    *year*: the year a bare month or part of a year takes (one named earlier in the
    sentence), else the document's."""
    g = m.group
    doc_year = doc_date.year if doc_date else None
    if year is not None and kind in ("bare", "md", "mspan"):
        # 2024年6月底前完成A，年底前完成B: 年底 is that year's end, not the document's
        if kind == "bare":
            part = g("bare_p")
            whole = (part.startswith("年") and part != "年中") or part in _WHOLE_YEAR
            return (*_part_of_year(year, None if whole else part), False)
        resolved = _resolve(m, kind, doc_date or date(year, 1, 1))
        if resolved is None or resolved[0] is None:
            return resolved
        return resolved[0].replace(year=year), resolved[1], False
    if kind == "ymd" and g("ymd_m2"):
        first, last = _num(g("ymd_m")) or 0, _num(g("ymd_m2")) or 0
        if g("ymd_y2"):
            span_year = _year(g("ymd_y2"), doc_year)
        else:  # 12月20日至1月10日: the next year's
            span_year = _year(g("ymd_y"), doc_year) + (0 if first <= last else 1)
        return (*_in_month(span_year, last, g("ymd_d2"), g("ymd_e2")), False)
    if kind == "ymd":
        return (*_in_month(_year(g("ymd_y"), doc_year), _num(g("ymd_m")) or 0, g("ymd_d"), g("ymd_e")), False)
    if kind == "mrng":
        first, last = _num(g("mrng_a")) or 0, _num(g("mrng_m")) or 0
        span_year = _year(g("mrng_y"), doc_year) + (0 if first < last else 1)  # 12月至2月: the next year's
        return _month_end(span_year, last), Precision.MONTH, False
    if kind == "iso":
        if g("iso_d") is None:
            return _month_end(int(g("iso_y")), int(g("iso_m"))), Precision.MONTH, False
        return date(int(g("iso_y")), int(g("iso_m")), int(g("iso_d"))), Precision.DAY, False
    if kind == "rng":
        return date(_year(g("rng_y"), doc_year), 12, 31), Precision.YEAR, False
    if kind == "rngc":
        return date(int(g("rngc_y")), 12, 31), Precision.YEAR, False
    if kind == "yq":
        return (*_part_of_year(_year(g("yq_y"), doc_year), g("yq_p")), False)
    if kind == "y":
        return date(_year(g("y_y"), doc_year), 12, 31), Precision.YEAR, False
    if kind == "fyp":
        n = cn_int(g("fyp_n") or g("fyp_w")) or 0
        return date(1955 + 5 * n, 12, 31), Precision.YEAR, False
    if kind == "ref":
        return None, None, False
    if kind == "mid":
        return date(2050, 12, 31), Precision.YEAR, False
    if kind == "fest":
        year = _num(g("fest_y")) if g("fest_y") else None
        if g("fest_w") and doc_year is not None:
            year = doc_year + _REL_OFFSET[g("fest_w")]
        eve = _festival_eve(g("fest_n"), year, doc_date)
        return eve, (Precision.DAY if eve else None), year is None or bool(g("fest_w"))
    if doc_date is None or doc_year is None:
        return None, None, True
    if kind == "rel":
        year = doc_year + _REL_OFFSET[g("rel_w")]
        if g("rel_m"):
            return (*_in_month(year, _num(g("rel_m")) or 0, g("rel_d"), g("rel_e")), True)
        return (*_part_of_year(year, g("rel_p")), True)
    if kind == "mspan":
        first, last = _num(g("mspan_a")) or 0, _num(g("mspan_m")) or 0
        if first >= last:
            return None  # 12月至2月: a winter across two years, whose year the words leave open
        return _month_end(doc_year, last), Precision.MONTH, True
    if kind == "mon":
        month = doc_date.month + (1 if g("mon_w") == "下月" else 0)  # 本月底前 / 月底前: its own
        year, month = (doc_year + 1, 1) if month > 12 else (doc_year, month)
        return _month_end(year, month), Precision.MONTH, True
    if kind == "bare":
        part = g("bare_p")
        whole = (part.startswith("年") and part != "年中") or part in _WHOLE_YEAR  # (年度 too)
        return (*_part_of_year(doc_year, None if whole else part), True)
    if kind == "dur":
        if not (g("dur_v") or g("dur_s") in ("以内", "之内", "内")):
            return None  # "三年行动" names a span of work, not a bound
        if g("dur_s") is None and g("dur_v") == "力争":
            return None
        length = 0.5 if g("dur_n") == "半" else _num(g("dur_n"))
        if not length:
            return None
        if g("dur_v") in ("今后", "未来") and g("dur_u") == "年" and not g("dur_s") \
                and length == 5 and doc_year % 5 == 1:
            # 今后五年 in a 2026 report (未来五年 in a plan of 2006): the five-year plan's
            # period the document opens (“十五五” = 2026–2030), to its end. Any other span
            # of years ahead (未来五年 in 2023, 今后三年) counts from the document's day, as
            # 三年内 / 通过三年努力 do (definition page, "Reading dates")
            return date(doc_year + 4, 12, 31), Precision.YEAR, True
        return _add(doc_date, length, g("dur_u")), Precision.DAY, True
    if kind == "md":
        done_in = g("md_v") is not None and (m.start() == 0
                                             or m.string[m.start() - 1] not in _SPAN_MARKS)
        if not (g("md_pre") or g("md_d") or g("md_e") or g("md_s") or done_in):
            return None  # a bare "6月" is too loose to be a bound (1-6月完成投资: a span reported)
        return (*_in_month(doc_year, _num(g("md_m")) or 0, g("md_d"), g("md_e")), True)
    return None


def _is_past(text: str, when: date | None, doc_date: date | None, relative: bool = False) -> bool:
    if text.startswith(("截至", "截止")) and when is not None and doc_date is not None \
            and when > doc_date and not relative \
            and not any(w in text for w in _PAST_WORDS if w != "截至"):
        # 截至2026年底，累计建成… in a plan of 2025: the day by which, still ahead (截至4月底
        # takes its year from the document's date, too loose to turn a status into a bound)
        return False
    if any(w in text for w in _PAST_WORDS):
        return True
    return when is not None and doc_date is not None and when.year < doc_date.year


def find_deadlines(text: str, doc_date: date | None = None, *,
                   year: int | None = None) -> list[DeadlineMatch]:
    """Every run of time words in *text*, in order, with the date it resolves to.

    Start points (2025年起, 自…开始) are left out; past ones (2023年以来, 去年, a year
    before the document's) are kept with ``past=True`` so callers can treat them as
    baselines. Relative words need *doc_date*; without it their date is None.
    """
    return _find_deadlines(text, fold(text), doc_date, year)


def _find_deadlines(text: str, norm: str, doc_date: date | None,
                    year: int | None = None) -> list[DeadlineMatch]:
    """find_deadlines on *text* whose folded form *norm* (same length) is known."""
    return list(iter_deadlines(text, doc_date, norm, year))


def iter_deadlines(text: str, doc_date: date | None = None,
                   norm: str | None = None, year: int | None = None) -> Iterator[DeadlineMatch]:
    """find_deadlines one at a time, for a caller that may stop at the first few."""
    norm = fold(text) if norm is None else norm
    for m in _matches(norm):
        kind = m.lastgroup or ""  # each alternative is one named group, closed last
        words = text[m.start():m.end()]
        if kind != "ref" and (words.endswith(_START_ENDINGS)
                              or (words.startswith(("从", "自")) and kind != "mspan"
                                  and _SINCE_NOW_RX.match(words) is None)):
            continue  # (从4月至6月 is a span, bound by its end; 自即日起至X, by X)
        if _RECURRING.search(norm, max(0, m.start() - 6), m.start()) is not None:
            continue  # 每年6月底前报送 / 每季度末月底之前: a recurring date, no bound
        try:
            resolved = _resolve(m, kind, doc_date, year)
        except ValueError:  # 2025年2月30日 and the like
            continue
        if resolved is None:
            continue
        when, precision, relative = resolved
        # 比2020年下降14% / 较2015年 / 與2020年相比: the baseline, a past year whatever it is
        # (read in the folded text: 較 is 较)
        baseline = (m.start() > 0 and norm[m.start() - 1] in _BASELINE_BEFORE) \
            or _BASELINE_AFTER.match(norm, m.end()) is not None
        past = baseline or _is_past(words, when, doc_date, relative)
        bygone = past and not baseline and not relative and when is not None \
            and not any(w in words for w in _PAST_WORDS) \
            and _ATTRIBUTIVE.match(text, m.end()) is None \
            and (words.endswith(_BOUND_ENDINGS) or _OPENING.fullmatch(text, 0, m.start()) is not None
                 or _ACT_AFTER.match(text, m.end()) is not None)
        yield DeadlineMatch(m.start(), m.end(), words, when, precision, relative, past, bygone)


# 2024年16个示范村 / 2023年的成果: a year naming which things, not a bound
_ATTRIBUTIVE = re.compile(rf"[0-9{_CN_D}十两]|的")


def names_which(text: str, end: int) -> bool:
    """Whether the time words ending at *end* name which things (巩固2024年16个示范村…
    成果) rather than bound the clause."""
    return _ATTRIBUTIVE.match(text, end) is not None


# 完成2000年底前建成的老旧小区改造 / 2020年以前投运的机组: time words inside a relative
# clause name which things; they bound nothing the clause commits to
# (到2035年我国发展的目标 is a bound: 到 says so; so is a bound before a modal that opens
# the predicate: 各单位于2月10日前将制定的方案报送…, the bound is the submission's)
_RELATIVE_CLAUSE = re.compile(r"(?![将將要需须須应應务務])[^，,。；;、：:\s的“”\"（）()]{1,3}的")


# “十五五”生态环境领域规划 / “十四五”规划中期评估: a bare five-year period before the plan
# noun names the plan (its period is no bound of the act: 编制, 评估, 实施)
_PLAN_NAMED_AFTER = re.compile(r"[^，,。；;、：:（(）)《》\s]{0,12}?规划")
_FIVE_YEAR_BARE = re.compile(r"[“\"'‘「『]?十[一二三四五六七八九]五[”\"'’」』]?")


def names_plan(text: str, start: int, end: int) -> bool:
    """Whether the time words at *start*..*end* name a document rather than bound the
    clause: inside a title in 《…》 (《某市生态环境保护“十四五”规划》 / 《…（2014-2030年）》),
    or a bare five-year period right before 规划 (开展“十四五”规划中期评估)."""
    opened = text.rfind("《", 0, start)
    if opened >= 0 and text.find("》", opened, start) < 0 and text.find("》", end) >= 0:
        return True
    return _FIVE_YEAR_BARE.fullmatch(text, start, end) is not None \
        and _PLAN_NAMED_AFTER.match(text, end) is not None


# an act that starts or carries out a campaign, right before a bare year naming it; or one
# that drafts, issues or sets the year's plan, list or targets (6月底前，制定2025年重点项目清单
# / 3月底前，明确2025年金融指标增长目标: the year names what is made, the month bounds it)
_NAMES_CAMPAIGN = re.compile(r"(?:启动|开展|部署|组织|实施|召开|制定|制订|印发|编制|出台|明确|下达|分解|"
                             r"发布|拟定|修订|审定|报送|梳理|确定|谋划)$")
_BARE_YEAR = re.compile(r"(?:19|20)[0-9]{2}\s*年(?:度)?")
# a bare year that opens the name of a plan or list (2025年去产能计划 / 2024年重点项目清单的)
_PLAN_AFTER_YEAR = re.compile(r"[^，,。；;：:\s0-9]{0,10}?(?:计划|方案|规划|清单|名单|要点)(?:的|中|内|里)")


def year_names_made(text: str, start: int, end: int) -> bool:
    """Whether the time words at *start*..*end* are a bare year naming the campaign an act
    starts or the plan, list or targets it makes (启动2018年…行动 / 制定2025年重点项目清单 /
    列入2025年去产能计划的), not a bound of the act."""
    norm = fold(text)  # (２０２５年: full-width digits)
    return _BARE_YEAR.fullmatch(norm, start, end) is not None \
        and (_NAMES_CAMPAIGN.search(norm, 0, start) is not None
             or _PLAN_AFTER_YEAR.match(norm, end) is not None)


# A bound stated as one (…前 / …底 / …为止), or time words opening the clause (2018年完成…,
# 1.2019年6月至8月，开展…): what a passed bound of a commitment looks like; a year inside
# the clause (推动2024年省警示片问题整改 / 高于“十三五”时期) names which things
_BOUND_ENDINGS = ("前", "底", "末", "止", "内")
# …总人口2010年控制在300万人以内: the year before the verb it bounds
_ACT_AFTER = re.compile(r"[，,]|完成|实现|达到|达|控制|建成|基本|全面|力争|确保|在|要|将|前")
_OPENING = re.compile(r"[\s（(]*(?:[0-9一二三四五六七八九十]{1,3}[.、．)）]|[（(][0-9一二三四五六七八九十]{1,3}[)）])?\s*")


_BASELINE_BEFORE = frozenset("比较与同")
# 在2025年基础上 / 以2020年为基准: the base a change is counted from
_BASELINE_AFTER = re.compile(r"的?(?:基础上|水平上|为基准|为基数|为基期|基数上)")
# 每年 / 每季度末 / 每月 right before time words: they recur, they bound nothing
_RECURRING = re.compile(r"每(?:个)?(?:年度?|半年|季度?|月|周|旬)?(?:末|底|初)?$")


def _matches(norm: str) -> Iterable[re.Match[str]]:
    """The runs of time words in *norm*, in order: _MASTER's, and the festivals' where the
    text names one (2027年春节前 is one run, not 2027年)."""
    if "前" not in norm or _FEST_HINT.search(norm) is None:  # every festival bound ends in 前
        return _MASTER.finditer(norm)
    fests = list(_FEST.finditer(norm))
    if not fests:
        return _MASTER.finditer(norm)
    kept = [m for m in _MASTER.finditer(norm)
            if not any(f.start() < m.end() and m.start() < f.end() for f in fests)]
    return sorted(kept + fests, key=lambda m: m.start())


@functools.lru_cache(maxsize=4096)
def leading_time_words(text: str) -> int:
    """Length of the time words *text* opens with (到2025年 …), 0 when it opens otherwise.
    (Remembered: a unit's opening is read for its timing, its subject and its bodies; in a
    document 1 call in 3 repeats one before.)"""
    return leading_time_words_folded(fold(text))


def leading_time_words_folded(norm: str) -> int:
    """leading_time_words of a text already folded (fold() is idempotent)."""
    m = _MASTER.match(norm)
    pre = _PRE_WORD.match(norm)  # all optional: it always matches
    if _FEST_HINT.match(norm, pre.end() if pre else 0) is not None:
        m = _FEST.match(norm) or m  # 春节前…
    return m.end() if m else 0


_TIME_CHAR = re.compile("[年月季期节旦汛]|岁末")


def trailing_time_words_folded(norm: str) -> int:
    """Where the time words a folded text closes with begin (…问题于2025年底前), else
    len(norm)."""
    tail = norm[-8:]
    if not any(map(str.isdigit, tail)) and _TIME_CHAR.search(tail) is None:
        return len(norm)
    found = _find_deadlines(norm, norm, None)
    return found[-1].start if found and found[-1].end == len(norm) else len(norm)


_CUT_BEFORE = "、，,；;和及并"


def deadline_cuts(text: str, doc_date: date | None = None) -> list[int]:
    """Where *text* must be cut so that each part keeps its own deadline: before each
    forward-looking time word that follows a separator (、，；和及并) when the part before it
    has a deadline of its own (3季度前完成设计、4季度前完成改造 → two parts). The cut is
    the separator's position; [] when the text holds at most one bound."""
    found = [d for d in find_deadlines(text, doc_date) if not d.past]
    if len(found) < 2:
        return []
    cuts: list[int] = []
    prev_start = 0
    for d in found[1:]:
        at = d.start - 1
        while at > 0 and text[at] == " ":
            at -= 1
        if at <= 0 or text[at] not in _CUT_BEFORE:
            continue
        if any(prev_start <= e.start and e.end <= at for e in found) \
                and not any(e.end == at for e in found):
            # (于年中、年末对…进行督查: a list of times, one act after them, no cut)
            cuts.append(at)
            prev_start = at + 1
    return cuts


def parse_deadline(text: str, doc_date: date | None = None, *,
                   bygone: bool = False) -> Deadline | None:
    """The single deadline of a clause: its latest forward-looking bound.

    Falls back to undated words (如期, 按期) when there is no dated bound; past
    dates are never a deadline, so a clause with only those gives None — unless *bygone*:
    then a bound the clause sets that had passed by the document's date (2018年完成… /
    2024年5月前制定… in a later notice) is its deadline, when it has none ahead.
    """
    ahead, gone = clause_bounds(text, doc_date)
    return ahead if ahead is not None or not bygone else gone


def clause_bounds(text: str, doc_date: date | None = None, *,
                  year: int | None = None) -> tuple[Deadline | None, Deadline | None]:
    """(parse_deadline's bound ahead, the bound that had passed it falls back to with
    *bygone*), from one scan of *text*."""
    found = [d for d in find_deadlines(text, doc_date, year=year)
             if (d.text.startswith(("到", "至")) or _RELATIVE_CLAUSE.match(text, d.end) is None)
             and not names_plan(text, d.start, d.end)]
    if doc_date is None and year is None and any(d.date is None and d.relative for d in found):
        # 将于5月初启动2018年…行动 with the document's date unknown: a month without its
        # year is in the year the clause names
        named = {d.date.year for d in found if d.date is not None and _BARE_YEAR.fullmatch(d.text)}
        if len(named) == 1:
            return clause_bounds(text, doc_date, year=named.pop())
    ahead = [d for d in found if not d.past]
    dated = [d for d in ahead if d.date is not None]
    if len(dated) > 1:
        # 将于5月初启动2018年黑臭水体整治专项行动: the year after the act names the campaign
        # started; the clause's other time words bound it
        # (列入2025年去产能计划的生产设施9月底前停止排污: the year names the plan the
        # things are listed in, the month bounds the act)
        bounds = [d for d in dated if not year_names_made(text, d.start, d.end)]
        dated = bounds or dated
    if dated:
        return max(dated, key=lambda d: d.date or date.min).as_deadline(), None
    if ahead:
        return ahead[0].as_deadline(), None
    gone = [d for d in found if d.bygone]
    return None, (max(gone, key=lambda d: d.date or date.min).as_deadline() if gone else None)


_REVIEW = screened(
    r"回顾|过去[的一二三四五两0-9]*年|上一?年|去年|总结|取得的?(?:主要)?(?:成绩|成效|成就|进展)"
    r"|工作成效|主要成效|完成情况|进展情况|执行情况|(?:整改|落实|推进|实施)(?:工作)?情况|总体进展|工作进展"
)


def is_review_heading(heading: str) -> bool:
    """A heading over results already reached (过去一年工作回顾, 2023年工作总结)."""
    return _REVIEW.search(heading) is not None \
        and _AHEAD.search(_OF_GOALS.sub("", heading)) is None


# What was done of the goals (整改目标完成情况 / 目标任务落实情况 / 主要目标任务一季度完成情况 /
# 重点任务1-10月推进情况): a review of them, over the part of the year it names if any.
_OF_GOALS = re.compile(r"(?:目标|任务)+(?=(?:(?:(?:19|20)\d{2}年)?(?:第?[一二三四1-4]季度|[上下]半年|前[一二三]季度|"
                       r"(?:1|一)月?" + SPAN_DASH + r"(?:1[0-2]|[1-9]|十[一二]?|[二三四五六七八九])月份?|"
                       r"\d{1,2}月份?|年度|全年|阶段性))?(?:工作)?(?:完成|落实|推进|执行|进展)情况)")


# A heading that also names what lies ahead (工作总结和2025年工作计划 / 回顾…规划纲要) does
# not put its whole section in the past: its own sub-headings tell.
_AHEAD = re.compile(r"计划|安排|打算|规划|纲要|目标|任务|思路|展望|下一步")


# A report of progress on goals (完成情况 / 进展情况 / 推进情况 / 执行情况 / 进度)
PROGRESS_TITLE = screened(r"(?:完成|进展|推进|执行|執行|落实|办理)情[况況]|进度|进展")


def section_period(heading: str, doc_date: date | None = None) -> Deadline | None:
    """The period a section heading sets for the targets inside it.

    今年工作安排 / 2026年工作安排 → that year's 12-31; “十五五”时期主要目标 → 2030-12-31;
    到2035年远景目标 → 2035-12-31; 过去一年工作回顾 → the end of the year before the
    document's (see :func:`is_review_heading`). None when the heading sets no period.
    """
    dated = [d for d in find_deadlines(heading, doc_date) if d.date is not None]
    near = [d for d in dated if not heading.startswith("远景", d.end)]
    if near or dated:  # “十四五”规划和2035年远景目标纲要: the plan's period, not the vision's
        last = max(near or dated, key=lambda d: d.date or date.min).as_deadline()
        if last.date is not None and last.precision in (Precision.MONTH, Precision.QUARTER) \
                and PROGRESS_TITLE.search(fold(heading)) is not None:
            # 2017年1-8月民生实事完成情况表 / 上半年重点工作进展情况: the months say how far the
            # report runs; the goals it measures are the year's
            return Deadline(text=last.text, date=date(last.date.year, 12, 31), precision=Precision.YEAR)
        return last
    if doc_date is not None and is_review_heading(heading):
        return Deadline(text=heading.strip(), date=date(doc_date.year - 1, 12, 31),
                        precision=Precision.YEAR)
    return None
