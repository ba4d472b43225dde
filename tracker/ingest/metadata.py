"""Guessing title, date, document type and issuer from a document's first lines.

Everything here is a suggestion the user can edit. The rules read the lines *before*
furniture removal, because bylines (时间：2023-11-23 来源：…) carry the dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from tracker.domain import DocType
from tracker.domain.docnumber import DOC_NUMBER_LINE
from tracker.domain.periods import HALF_DIGITS, WIDE_DIGIT, is_horizon, issued_year, reported_part_end
from tracker.ingest.dates import (
    event_years,
    first_full_date,
    full_date_spans,
    full_dates,
    month_days,
    parse_timestamp,
    resolve_month_day,
)
from tracker.ingest.furniture import is_furniture
from tracker.ingest.normalise import drop_furniture
from tracker.ingest.script import to_simplified

_HEAD_LINES = 12
_TAIL_LINES = 6
_TITLE_MAX = 80
_LEDE_WINDOW = 120
_DATE_LINE_MAX = 13  # 二〇二四年十二月三十一日: a line that is nothing but a date
_NOT_TITLE_END = "。；;，,：:！!？?"
_HAS_CJK = re.compile(r"[\u3400-\u9fff]")
_SENTENCE = re.compile(r"[。！？!?]")

# Keywords, matched on the simplified form of the title; the match ending furthest
# right wins (Chinese titles end with their head noun: …的决定, …的讲话, …会议召开).
_TYPE_KEYWORDS: tuple[tuple[DocType, str], ...] = (
    (DocType.RECTIFICATION, r"整改(?:工作)?方案|整改清单|整改(?:落实)?情况|整改报告|整改任务"),
    (DocType.WORK_REPORT, r"工作报告"),
    (DocType.DECISION, r"决定|决议"),
    (DocType.PLAN, r"规划(?:纲要)?|方案|计划|实施意见|指导意见|工作要点|实施细则|意见$"),
    (DocType.SPEECH, r"讲话|发言|致辞|讲稿"),
    (DocType.MEETING_REPORT, r"召开|举行|会上|开幕|闭幕|会议$|大会$"),
)

_BODY = (
    r"(?:人民代表大会常务委员会|人民代表大会|人大常委会|人民政府办公厅|人民政府办公室|人民政府"
    r"|委员会|办公厅|办公室|生态环境厅|生态环境局|[厅局]|(?:省|市|县|区|州|自治区)委"
    # a government by its short name (来源：丽水市政府), the site (某市政府网) excepted
    r"|[省市县区州盟旗]政府)"
)
_TITLE_ISSUER = re.compile(rf"^(.{{2,24}}?{_BODY})(?:关于|召开|印发|发布|举行)")
_BYLINE_ISSUER = re.compile(r"^(?:发布机构|发文机关|发文单位|发布单位)\s*[:：]\s*(\S{4,30})")
# 来源：某县生态环境局: a page's source line names the issuer when it is a body, not a site
# or a paper that reposted the text (来源：某某日报 / 某市人民政府网); it may follow the
# page's date with no space left between (发布时间：2025-03-05来源：…)
_SOURCE_ISSUER = re.compile(
    rf"(?:^|\s|(?<=\d))(?:来\s*源|信息来源|文章来源|稿件来源)\s*[:：]\s*([\u4e00-\u9fff]{{2,24}}?{_BODY})(?=\s|$)")
# The place name must start after punctuation or at the line start, so that a verb
# before it (…指出重庆市委书记) is not taken as part of the name.
_SECRETARY = re.compile(
    r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,10}?(?:省|市|县|区|州|自治区)委)(?:书记|副书记)"
)
_HEAD_OF_GOVERNMENT = re.compile(r"(?<=副书记)、(?:代)?[省市县区州]长")
# Characters found in reporting verbs (指出, 强调, 要求, 出席, 主持…) and in 由 (成立由X任组长的…)
# but not in place names.
_NOT_IN_PLACE_NAMES = frozenset("的了是指说讲强调求示席持在由")
_SIGNATURE = re.compile(rf"^[\u4e00-\u9fff]{{2,24}}{_BODY}$")


@dataclass
class Metadata:
    title: str | None
    doc_date: date | None
    doc_type: DocType
    issuer: str | None


def _title_like(line: str) -> bool:
    return (
        4 <= len(line) <= _TITLE_MAX
        and _HAS_CJK.search(line) is not None
        and line[-1] not in _NOT_TITLE_END
        and first_full_date(line) is None
        and DOC_NUMBER_LINE.match(line.strip()) is None
    )


def guess_title(content: list[str], hint: str | None) -> str | None:
    """The container's title when the text shows it near the top, else the first
    title-like line (short, no closing punctuation), else the container's title."""
    head = content[:5]
    if hint and any(hint.strip() in line or line in hint for line in head if len(line) >= 4):
        return hint.strip()
    line = next((line for line in head if _title_like(line)), None)
    return line or (hint.strip() if hint and hint.strip() else None)


def _lede(content: list[str], title: str | None) -> str | None:
    """First sentence-bearing paragraph after the title, cut to its first sentence."""
    for line in content[:_HEAD_LINES]:
        if line == title or not (_SENTENCE.search(line) or len(line) > 60):
            continue
        end = _SENTENCE.search(line)
        return line[: min(end.end() if end else len(line), _LEDE_WINDOW)]
    return None


# A labelled byline: 时间：, 发布日期：, 发文日期：, 成文日期：, 日期：.
_DATE_LABEL = re.compile(
    r"(?:发布|发文|成文|印发|更新|公开|签发)?(?:时间|日期)\s*[:：]")
# Words that make a date on the same line a time limit, not the date of the document.
_DEADLINE_WORDS = re.compile(
    r"时限|期限|完成时间|完成日期|截止|截至|到期|前完成|之前|以前|节点|计划完成|整改时间")
# A lede's date counts when it opens the lede (2024年1月26日，…) or dates an event.
_LEDE_DATE_START = 8
_EVENT_AFTER = re.compile(r"\s*(?:[，,、]|上午|下午|晚上|召开|举行|通过|印发|发布|讯)")
_SIGNATURE_MAX = 40  # 某市人民政府办公室  2026年2月10日


def _is_table_row(line: str) -> bool:
    return "\t" in line


def _labelled_date(lines: list[str]) -> date | None:
    """A full date in a byline near the top: 时间：2023-11-23, 发布日期：2023年11月23日, or
    a furniture line that carries a timestamp."""
    for line in lines[:_HEAD_LINES]:
        if not line or _is_table_row(line):
            continue
        m = _DATE_LABEL.search(line)
        if m is not None:
            found = parse_timestamp(line[m.end():])
            if found is not None:
                return found
        if is_furniture(line) and not _DEADLINE_WORDS.search(line):
            found = parse_timestamp(line)
            if found is not None:
                return found
    return None


def _bare_date_line(lines: list[str]) -> date | None:
    """A line near the top that is nothing but a date (2023/11/23, （2024年1月26日）)."""
    for line in lines[:_HEAD_LINES]:
        bare = line.strip("（()） ")
        if not bare or _is_table_row(line) or len(bare) > _DATE_LINE_MAX + 6:
            continue
        dates = full_dates(bare, skip_deadlines=True)
        if len(dates) == 1 and not _DEADLINE_WORDS.search(bare):
            return dates[0][1]
    return None


def _signature_date(lines: list[str]) -> date | None:
    """The date closing an official document: a last line that is a date, or that ends
    with one after the issuing body (江西省人民政府 / 2024年1月26日). Only the last dated
    line counts, and never a table row or a line naming a time limit."""
    tail = [line for line in lines if line.strip()][-_TAIL_LINES:]
    for line in reversed(tail):
        bare = line.strip("（()） 　")
        if _is_table_row(line) or len(bare) > _SIGNATURE_MAX or _DEADLINE_WORDS.search(bare):
            continue
        dates = full_date_spans(bare)
        if not dates:
            continue
        start, end, found = dates[-1]
        if found is not None and not bare[end:].strip("（()） 　印发"):
            return found
        return None  # the last dated line is not a signature
    return None


def _title_date(title: str | None) -> date | None:
    """A date written in the title: …的通知（2026年2月10日）, 2024年1月26日在…上的讲话."""
    if not title:
        return None
    dates = full_dates(title, skip_deadlines=True)
    return dates[0][1] if len(dates) == 1 and not _DEADLINE_WORDS.search(title) else None


def _dates_event(lede: str, start: int) -> bool:
    """The month-day at `start` opens the lede or is followed by a comma or event verb."""
    end = next((i + 1 for i in range(start, min(len(lede), start + 8)) if lede[i] in "日号"),
               start)
    return start <= _LEDE_DATE_START or _EVENT_AFTER.match(lede, end) is not None


# A date that opens a period (2022年9月16日至10月18日): when something earlier went on,
# not the day the text reports
_PERIOD_AFTER = re.compile(r"\s*(?:至|到|—|－|-|~|～)")
_LEDE_LAG = 31  # a lede's full date this many days before the byline's recounts the past


def _lede_full_date(lede: str) -> tuple[int, date] | None:
    """The lede's first full date when it dates the event: at the start of the lede, or
    followed by a comma or an event verb; never a time limit nor the start of a period."""
    not_limits = {start for start, _ in full_dates(lede, skip_deadlines=True)}
    for start, end, found in full_date_spans(lede):
        if found is None or start not in not_limits \
                or _DEADLINE_WORDS.search(lede[max(0, start - 6): start]) \
                or _PERIOD_AFTER.match(lede, end):
            continue
        if start <= _LEDE_DATE_START or _EVENT_AFTER.match(lede, end):
            return start, found
    return None


def guess_date(lines: list[str], content: list[str], title: str | None,
               hint: date | None) -> date | None:
    """Meeting/publication date of the content (see _guess_date), unless the text is a
    report of progress over part of a year (关于2016年…三季度的落实情况 / 2023年度…1-3月推进
    情况) and that date is in a later year: a page reposting the report dated it, the report
    was written within the year it covers (its 年底前 / 全年 are that year's). Such a
    report is then dated at the end of the part it covers, as it is when nothing else
    dates it or the date is before that end (no report is written before what it covers)."""
    if WIDE_DIGIT.search("\n".join(lines[:_HEAD_LINES] + lines[-_TAIL_LINES:])) is not None:
        # ２０２５年３月２７日 (a document typed in full-width digits) reads as 2025年3月27日
        lines = [line.translate(HALF_DIGITS) for line in lines]
        content = [line.translate(HALF_DIGITS) for line in content]
        title = title.translate(HALF_DIGITS) if title else title
    found = issued_year(_guess_date(lines, content, title, hint),
                        to_simplified("\n".join(lines[:_HEAD_LINES])))
    if found is not None and is_horizon(found.year):
        found = None  # (2035年國家公路網規模將超46萬公里 / 7月26日消息: a goal's year, no date)
    head = to_simplified("\n".join([title or "", *content[:_REPORT_HEAD_LINES]]))[:_REPORT_HEAD]
    part = reported_part_end(head)
    if part is not None and (found is None or found.year > part.year or found < part):
        return part
    return found


_REPORT_HEAD_LINES = 4
_REPORT_HEAD = 300


def _guess_date(lines: list[str], content: list[str], title: str | None,
                hint: date | None) -> date | None:
    """Meeting/publication date of the content, never a deadline written in the text.

    In order: the lede's event date (11月17日，会议召开 — its year from the byline, the
    container date or a year in the title), a labelled byline (时间：, 发布日期：), the
    closing signature (…人民政府 / 2026年2月10日), a date in the title, a line near the
    top that is nothing but a date, the container's date; else None. Table rows and lines
    naming a time limit (时限, 截止, …前完成) are never read for the date.
    """
    byline = _labelled_date(lines)
    signature = _signature_date(lines) or _signature_date(content)
    anchor = byline or signature or hint
    lede = _lede(content, title)
    if lede and not _is_table_row(lede):
        # a lede's date well before the byline's recounts an earlier event (成文日期：
        # 2023-05-04 … 2022年9月16日至10月18日，巡察组对…进行了巡察): not the text's own
        def recent(day: date) -> bool:
            return byline is None or (byline - day).days <= _LEDE_LAG
        full = _lede_full_date(lede)
        md = [m for m in month_days(lede) if _dates_event(lede, m[0])]
        if full and recent(full[1]) and (not md or full[0] <= md[0][0]):
            return full[1]
        if md:
            _, month, day = md[0]
            if byline is None and signature is not None:
                # 4月14日，某省人民政府发布关于印发…的通知 over a text signed 2025年3月27日:
                # the news of a document comes after its signing as often as before, so
                # the month-day is the one nearest the signature (2025-04-14, not 2024's)
                resolved = _nearest_month_day(month, day, signature)
            else:
                resolved = resolve_month_day(month, day, anchor,
                                             _year_of(f"{title or ''}\n{lede}", content))
            if resolved is not None and recent(resolved):
                return resolved
    return byline or signature or _title_date(title) or _bare_date_line(lines) \
        or _container_date(hint, title)


def _nearest_month_day(month: int, day: int, anchor: date) -> date | None:
    """The date of a month-day nearest *anchor* (in its year, the year before or after)."""
    days = [d for d in (resolve_month_day(month, day, None, anchor.year + k) for k in (-1, 0, 1))
            if d is not None]
    return min(days, key=lambda d: abs((d - anchor).days)) if days else None


# A year under review (2025年计划执行情况 / 2022年度环境状况…的报告 / 2025年工作总结):
# the review is written in the year after it
_REVIEWED = re.compile(r"((?:19|20)\d{2})年度?[^。；;，,\n]{0,24}?"
                       r"(?:执行情况|完成情况|工作总结|环境状况|情况的报告|情况报告)")
_REVIEW_SPAN = 300  # the opening paragraph, where a news item names the report it covers


def _year_of(head: str, content: list[str]) -> int | None:
    """The year of a lede's month-day: the first year it writes (2023年…), unless the
    opening names a year under review (…2025年计划执行情况与2026年计划草案的报告): then the
    year after the one reviewed, or a later one it plans for."""
    years = [y for y in event_years(head) if not is_horizon(y)]
    opening = to_simplified(head + "\n" + "\n".join(content[:3]))[:_REVIEW_SPAN]
    reviewed = [int(y) + 1 for y in _REVIEWED.findall(opening)]
    if reviewed:
        return max([*reviewed, *(y for y in event_years(opening) if y <= max(reviewed))])
    return years[0] if years else None


# A plan's or list's year in its title (2026年大气污染防治重点任务清单).
_TITLE_YEAR = re.compile(r"((?:19|20)\d{2})年(?![底末前内以起])")


def _container_date(hint: date | None, title: str | None) -> date | None:
    """The file's own date (a DOCX's creation date, a page's meta date), unless the title
    names another year: a document made from an old template (python-docx's is dated 2013)
    is dated by the year its title plans for, from that year's first day."""
    years = {int(y) for y in _TITLE_YEAR.findall(title or "")}
    if hint is not None and len(years) == 1 and hint.year not in years:
        return date(years.pop(), 1, 1)
    return hint


def guess_doc_type(title: str | None, content: list[str]) -> DocType:
    """Type from the title's head noun, else from the first lines."""
    for text in ([title] if title else []) + content[:3]:
        simple = to_simplified(text)
        best: tuple[int, int, DocType] | None = None
        for doc_type, pattern in _TYPE_KEYWORDS:
            for m in re.finditer(pattern, simple):
                key = (m.end(), m.end() - m.start(), doc_type)
                if best is None or key[:2] > best[:2]:
                    best = key
        if best is not None:
            return best[2]
    return DocType.OTHER


def _in_original(original: str, simple: str, match: re.Match[str], group: int) -> str:
    """The matched words in the document's own script (t2s keeps lengths here)."""
    if len(original) == len(simple):
        return original[match.start(group): match.end(group)]
    return match.group(group)


def guess_issuer(title: str | None, lines: list[str], content: list[str]) -> str | None:
    """The issuing body named in the title, byline, lede or closing signature."""
    if title:
        simple = to_simplified(title)
        m = _TITLE_ISSUER.search(simple)
        if m:
            return _in_original(title, simple, m, 1)
    for line in lines[:_HEAD_LINES]:
        m = _BYLINE_ISSUER.search(line)
        if m:
            return m.group(1)
    for line in lines[:_HEAD_LINES]:
        m = _SOURCE_ISSUER.search(to_simplified(line))
        if m and len(line) == len(to_simplified(line)):
            return line[m.start(1):m.end(1)]
        if m:
            return m.group(1)
    for line in content[:4]:
        simple = to_simplified(line)
        for m in _SECRETARY.finditer(simple):
            if not _NOT_IN_PLACE_NAMES.intersection(m.group(1)):
                if _HEAD_OF_GOVERNMENT.match(simple, m.end()):
                    # 省委副书记、省长: the deputy secretary speaks as head of government
                    return _in_original(line, simple, m, 1)[:-1] + "人民政府"
                return _in_original(line, simple, m, 1)
    for line in reversed(content[-_TAIL_LINES:]):
        if _SIGNATURE.match(to_simplified(line)):
            return line
    return None


def guess_metadata(lines: list[str], content: list[str] | None = None,
                   title_hint: str | None = None, date_hint: date | None = None) -> Metadata:
    """All four guesses from tidied lines (before furniture removal), the content lines
    (after it; computed when not given) and the container's hints."""
    if content is None:
        content = drop_furniture(lines)
    title = guess_title(content, title_hint)
    return Metadata(
        title=title,
        doc_date=guess_date(lines, content, title, date_hint),
        doc_type=guess_doc_type(title, content),
        issuer=guess_issuer(title, lines, content),
    )
