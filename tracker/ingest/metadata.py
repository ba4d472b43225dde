"""Guessing title, date, document type and issuer from a document's first lines.

Everything here is a suggestion the user can edit. The rules read the lines *before*
furniture removal, because bylines (时间：2023-11-23 来源：…) carry the dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from tracker.domain import DocType
from tracker.ingest.dates import (
    event_years,
    first_full_date,
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
    r"|委员会|办公厅|办公室|生态环境厅|生态环境局|[厅局]|(?:省|市|县|区|州|自治区)委)"
)
_TITLE_ISSUER = re.compile(rf"^(.{{2,24}}?{_BODY})(?:关于|召开|印发|发布|举行)")
_BYLINE_ISSUER = re.compile(r"^(?:发布机构|发文机关|发文单位|发布单位)\s*[:：]\s*(\S{4,30})")
# The place name must start after punctuation or at the line start, so that a verb
# before it (…指出重庆市委书记) is not taken as part of the name.
_SECRETARY = re.compile(
    r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,10}?(?:省|市|县|区|州|自治区)委)(?:书记|副书记)"
)
# Characters found in reporting verbs (指出, 强调, 要求, 出席, 主持…) but not in place names.
_NOT_IN_PLACE_NAMES = frozenset("的了是指说讲强调求示席持在")
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


def _byline_date(lines: list[str]) -> date | None:
    """A full date in a furniture/byline line or a short dated line near the top."""
    for line in lines[:_HEAD_LINES]:
        if line and (is_furniture(line) or len(line) <= 60):
            if is_furniture(line):
                found = parse_timestamp(line)
            else:
                events = full_dates(line, skip_deadlines=True)
                found = events[0][1] if events else None
            if found is not None:
                return found
    return None


def _signature_date(content: list[str]) -> date | None:
    """A date line closing an official document (江西省人民政府 / 2024年1月26日)."""
    for line in reversed(content[-_TAIL_LINES:]):
        bare = line.strip("（()） ")
        dates = full_dates(bare)
        if len(dates) == 1 and len(bare) <= _DATE_LINE_MAX:
            return dates[0][1]
    return None


def guess_date(lines: list[str], content: list[str], title: str | None,
               hint: date | None) -> date | None:
    """Meeting/publication date of the content.

    The lede's first date wins when it is full or its year can be supplied (by a byline
    date, the container date, or a year written in the title or lede); otherwise the
    byline date, the container date, a closing signature date, or None.
    """
    byline = _byline_date(lines)
    anchor = byline or hint
    lede = _lede(content, title)
    if lede:
        full = full_dates(lede, skip_deadlines=True)
        md = month_days(lede)
        if full and (not md or full[0][0] <= md[0][0]):
            return full[0][1]
        if md:
            years = event_years(f"{title or ''}\n{lede}")
            _, month, day = md[0]
            resolved = resolve_month_day(month, day, anchor, years[0] if years else None)
            if resolved is not None:
                return resolved
    return anchor or _signature_date(content)


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
    for line in content[:4]:
        simple = to_simplified(line)
        for m in _SECRETARY.finditer(simple):
            if not _NOT_IN_PLACE_NAMES.intersection(m.group(1)):
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
