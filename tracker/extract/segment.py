"""Split normalised document text into headings, sentences and clauses.

Every unit carries code-point offsets into the text it was cut from, so that
``text[unit.start:unit.end]`` is always its exact wording. Nothing here judges whether a
clause is a commitment; it only gives the pipeline the pieces and their section context.

Units:
- a *line* is the text between line breaks; a short line without sentence-final
  punctuation (or one opening with a chapter/heading marker) is a heading;
- a *sentence* ends at 。！？；… (or the line end) outside brackets and quotation marks;
- a *clause* ends at ，,：: outside brackets; 、 does not split (Chinese policy prose lists
  verb phrases with 、 inside one commitment, e.g. 改善空气质量、提升水质量).
A lead-in clause without a main verb of its own (围绕…, 按照…, 除…外) is joined to the
clause it introduces.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from tracker.extract.screen import needs, screened
from tracker.extract.table import is_header, table_rows

OPENERS = "“‘《（(【〔［[「『〈"
CLOSERS = "”’》）)】〕］]」』〉"
_PAIR = dict(zip(OPENERS, CLOSERS))
#: A bracket that does not close within this many characters on its line is taken as
#: stray punctuation, so that one unbalanced quote cannot swallow a whole paragraph.
MAX_BRACKET = 160

SENTENCE_END = re.compile(r"[。！？；!?;…](?![ \u3000]*\t)|(?<=[。！？!?])[”」』](?![ \u3000]*\t)"
                          # (a cell's full stop before the row's next cell ends no sentence:
                          # 粮食产量100亿斤以上。<TAB>市农技中心<TAB>2024年底前 is one row)
                          # a PDF's text may give 。 as an ASCII full stop between words
                          # (…达到38%以上.主要污染物…); not after a numeral (1. / 一. number items)
                          r"|\.(?<=[\u4e00-\u9fff%）)”]\.)(?<![一二三四五六七八九十百〇零]\.)"
                          r"(?!左右|以上|以下|以内)(?=[ \t]*(?:[\u4e00-\u9fff“（(—―]|\n|$))"
                          # （责任单位：X）2.Y: a note closes its item before the next one
                          r"|(?<=[)）])(?=\s*(?:\d{1,2}\s*[.．、](?!\d)|[（(][一二三四五六七八九十]{1,3}[）)]))")
CLAUSE_END = re.compile(r"[，,：:]")
_OPENER = re.compile("[" + re.escape(OPENERS) + '"]')
#: Trailing characters trimmed off any unit (space of all kinds and stray punctuation).
_TRIM = " \t\r\n\u3000\u00a0\u200b\ufeff、，,：:。！？；!?;…·"

# List markers that open an item: 一是 / （一） / (1) / 1. / 1、 / ① / 第一， / 首先，
# The group that matched tells the kind of list, so siblings can be told from nesting.
# (screened: a clause that opens with none of the characters a marker opens with, most of
# them, fails at once instead of after each kind of marker is tried)
LIST_MARKER = screened(  # used with match(text, pos): anchored at pos, so no ^
    r"(?:(?P<shi>[一二三四五六七八九十]+是)"
    r"|(?P<paren_cn>[（(][一二三四五六七八九十]{1,3}[）)])"
    r"|(?P<paren_num>[（(]\d{1,3}[）)])"
    r"|(?P<num>\d{1,2}(?:[.．](?!\d)|、))"
    # 1) / 2）: an item's number closed by a bracket alone
    r"|(?P<num_paren>\d{1,2}[)）](?![%％]))"
    r"|(?P<circled>[①-⑳])"
    # (a hyphen opens an item as a bullet does: - / －; not the dash ——, which opens a
    # byline or a review's run-in highlight as often as an item)
    r"|(?P<bullet>[●▲■◆★☆○◇□▪►•]|[-－](?=\s*[\u4e00-\u9fff“]))"
    r"|(?P<ordinal>第[一二三四五六七八九十]+[，,、]|(?:首先|其次|再次|最后)[，,]))\s*"
)
ORDINAL_ONLY = re.compile(r"第[一二三四五六七八九十]+|首先|其次|再次|最后")
# Heading markers: 第X章/节/部分/篇, 一、, 【…】, 专栏.
HEADING_MARKER = re.compile(
    r"^(?:第[一二三四五六七八九十百\d]+[章节部分篇]"
    r"|[一二三四五六七八九十]+[、.．]"
    r"|【[^】]{1,30}】"
    r"|专栏\s*\d*)"
)
# The numbers of official documents (GB/T 9704: 第一章 → 一、 → （一） → 1. → （1）), and ①
_CHAPTER = r"^第[一二三四五六七八九十百\d]+[章部分篇]"
_SECTION = r"^第[一二三四五六七八九十百\d]+节"
_FIRST = r"^[一二三四五六七八九十]+[、.．]"
_SECOND = r"^[（(][一二三四五六七八九十]{1,3}[）)]"
_THIRD = r"^\d{1,2}(?:[.．](?!\d)|、)"
_FOURTH = r"^[（(]\d{1,2}[）)]"
_CIRCLED = r"^[①-⑳]"
# The depth a heading's number gives it in a text's outline: 1. / （1） / ① all count as items
_LEVELS = (
    (re.compile(_CHAPTER), 1),
    (re.compile(_SECTION), 2),
    (re.compile(_FIRST), 2),
    (re.compile(r"^【"), 2),
    (re.compile(_SECOND), 3),
    (re.compile(f"{_THIRD}|{_FOURTH}|{_CIRCLED}"), 4),
)
MAX_HEADING = 60
# The number of a heading (一、 / 第三章 / 【…】 is kept: it names the item): cut off the unit.
_HEADING_NUMBER = re.compile(r"^(?:第[一二三四五六七八九十百\d]+[章节部分篇]\s*|[一二三四五六七八九十]+[、.．]\s*)")
LABEL_CLAUSE = re.compile(r"^.{2,6}$|(?:是|为|如下|以下|包括)$")
# A value right after a label's colon: a number, maybe after a comparator word (≥ / 不低于 /
# 控制在 …) — what makes the label the name of a metric (森林覆盖率：≥45%)
VALUE_NEXT = re.compile(r"\s*(?:[≥≤≧≦<>＜＞=]|不低于|不高于|不少于|不超过|不大于|不小于|控制在|保持在|稳定在|"
                        r"达到|超过|约|力争|确保)?\s*(?:[0-9０-９]|百分之)")
# Labels of time, bodies or numbering (完成时限：2025年底 / 序号：3): no metric
NOT_METRIC_LABEL = re.compile(r"时限|期限|时间|日期|时序|年度|单位|部门|责任|牵头|配合|联系|电话|序号|编号|"
                              r"文号|目标值|^目标$|^指标$")
MAX_METRIC_LABEL = 24
# Field labels of a goal or task (整改目标：2023年底前… / 年度任务：…): what follows is a
# clause of its own, not the value of a metric so named
GOAL_FIELD_LABEL = re.compile(r"(?:目标|任务|要求|措施|举措|情况)$")
LABELLED = re.compile(r"^[^，,。]{2,8}[:：]|[:：]$")
# A stage of a campaign or plan named with its months and nothing else (2.集中整治阶段：2024年5月—
# 10月 / 第二阶段：5月至10月底): the heading of the tasks below it, whose colon announces the
# stage's time, not a value labelled
_STAGE_MONTH = (r"(?:(?:19|20)[0-9０-９]{2}\s*年\s*)?[0-9０-９]{1,2}\s*月(?:\s*[0-9０-９]{1,2}\s*[日号])?"
                r"(?:上旬|中旬|下旬|底|末|初)?")
STAGE_LINE = re.compile(
    r"^\s*(?:[（(]?[一二三四五六七八九十0-9０-９]{1,3}[、.．）)]\s*)?[^，,。；;：:\s]{1,12}?阶段\s*[:：]\s*"
    + _STAGE_MONTH + r"(?:\s*[—–\-－~～至到]\s*" + _STAGE_MONTH + r")?\s*$")
MAX_RUN_IN = 24  # a short first sentence of a paragraph that states its theme
RUN_IN_NOT = re.compile(r"[要将须0-9０-９]|应(?![对用急])|建成|新建|制定|出台|编制|完成|创建|启动|印发|实现"
                        # a programme named in quotes (实施“百千”行动 / 开展“清河”专项行动): a
                        # measure to carry out, not a field of work
                        r"|[“\"][^”\"]{1,12}[”\"](?:专项)?(?:行动|工程|计划|活动)")

# Clauses that only set the frame for the next one (no main verb of their own).
LEAD_IN = screened(
    r"^(?:围绕|按照|根据|依据|依照|结合|针对|对照|立足|着眼|聚焦|面向|紧扣|紧紧围绕|通过|随着)"
    r"|^除.{1,40}外$"
    r"|^对.{1,30}的$"
    r"|^(?:在|以|为|对).{1,30}(?:中|(?<!以)上|(?<!以)下|为引领|为统领|为抓手|为重点|为目标|方面)$"
)
_LEAD_IN_CUE = needs(LEAD_IN)  # (a quick test first: most clauses hold none of its words)

NUMBERED = re.compile(r"^(?:第[一二三四五六七八九十百\d]+[章节部分篇]|[一二三四五六七八九十]+[、.．]"
                      r"|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、](?!\d))")


@dataclass(frozen=True)
class Heading:
    start: int
    end: int
    text: str
    level: int

    @property
    def numbered(self) -> bool:
        """Part of the document's own numbered structure (一、 / （二） / 第三章 / 1.)."""
        return NUMBERED.match(self.text) is not None


@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    text: str
    marker: str = ""  # list marker that opened it, if any


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int
    index_in_paragraph: int
    sections: tuple[Heading, ...]  # headings it stands under, outermost first
    clauses: tuple[Clause, ...] = field(default=())
    continues: bool = False  # the sentence before it ended with a semicolon (；)
    heading: int = 0  # a line without a full stop, also a heading of this level (1 outermost)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def bracket_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Interiors (open+1, close) of the closed bracket pairs in text[start:end].

    Only pairs that close on the same line within MAX_BRACKET characters count; ASCII
    double quotes pair up among themselves. Nested pairs lie inside their outer pair.
    """
    spans: list[tuple[int, int]] = []
    for m in _OPENER.finditer(text, start, end):
        i = m.start()
        if spans and i <= spans[-1][1]:
            continue  # nested inside the previous pair, or the ASCII quote that closed it
        ch = text[i]
        close = _PAIR.get(ch, '"')
        j = _find_close(text, i, min(end, i + MAX_BRACKET), ch, close)
        if j is not None:
            spans.append((i + 1, j))
    return spans


def _inside(spans: list[tuple[int, int]], i: int) -> bool:
    # the spans are in order and apart (bracket_spans): only the last opened by i can hold
    # it (a line of thousands of pairs is searched, not scanned, for each of its stops)
    k = bisect.bisect_right(spans, (i, _FAR)) - 1
    return k >= 0 and i < spans[k][1]


_FAR = 1 << 62  # past any offset: (i, _FAR) sorts after every span opened at i


def _find_close(text: str, i: int, limit: int, opener: str, closer: str) -> int | None:
    depth = 0
    for j in range(i + 1, limit):
        ch = text[j]
        if ch == "\n":
            return None
        if ch == closer and (opener != closer or depth == 0):
            if depth == 0:
                return j
            depth -= 1
        elif ch == opener and opener != closer:
            depth += 1
    return None


def _split(text: str, start: int, end: int, stops: re.Pattern[str]) -> list[tuple[int, int]]:
    """Cut text[start:end] at stop characters outside brackets; trimmed, non-empty pieces."""
    protected = bracket_spans(text, start, end)
    pieces, begin = [], start
    for m in stops.finditer(text, start, end):
        i = m.start()
        if i < begin or (protected and _inside(protected, i)):
            continue
        ch = text[i]
        if ch in ",，" and _between_digits(text, i):
            continue
        if m.end() == i:  # a stop between characters (after a note, before an item)
            pieces.append((begin, i))
            begin = i
            continue
        if ch in "”」』":  # “…千年大计。” closes a sentence after its quote
            pieces.append((begin, i + 1))
        else:
            pieces.append((begin, i))
        begin = i + 1
    pieces.append((begin, end))
    out = []
    for s, e in pieces:
        s, e = _trim(text, s, e)
        if s < e:
            out.append((s, e))
    return out


def _between_digits(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans in text[start:end]; a line break always ends a sentence."""
    end = len(text) if end is None else end
    out = []
    for ls, le in iter_lines(text, start, end):
        for s, e in _split(text, ls, le, SENTENCE_END):
            note = _OPENING_NOTE.match(text, s, e)
            if note is not None and note.end() < e:
                # 。（区水利局按职责落实）大力推进…: the note closes the sentence before;
                # the words after it are a sentence of their own
                out.append((s, note.end()))
                s = _trim(text, note.end(), e)[0]
            out.append((s, e))
    return out


# A bracketed role note a sentence opens with (it follows the 。 of the measures it serves)
_OPENING_NOTE = re.compile(r"[（(][^（）()\n]{2,80}?(?:牵头|负责|落实|配合|责任单位|责任部门)"
                           r"[^（）()\n]{0,20}[）)]")


def split_clauses(text: str, start: int, end: int) -> list[Clause]:
    """Clauses of one sentence, list markers split off, lead-in clauses joined forward."""
    spans = _split(text, start, end, CLAUSE_END)
    clauses: list[Clause] = []
    pending: int | None = None  # start of a lead-in waiting for its clause
    carried = ""  # a marker standing as a clause of its own (第一，…)
    for s, e in spans:
        marker, carried = carried, ""
        if ORDINAL_ONLY.fullmatch(text, s, e):
            carried = text[s:e + 1].strip()
            continue
        m = LIST_MARKER.match(text, s, e)
        if m and m.end() < e:
            marker = m.group(0).strip()
            s = m.end()
        body = text[s:e]
        if e < end and text[e] in "：:" and (s, e) != spans[-1] and len(body) <= MAX_METRIC_LABEL \
                and VALUE_NEXT.match(text, e + 1, end) and not NOT_METRIC_LABEL.search(body) \
                and not GOAL_FIELD_LABEL.search(body):
            # 森林覆盖率：45% / PM2.5平均浓度：控制在30微克/立方米以下: a metric named as the
            # label of its value is one clause with it
            if pending is None:
                pending = s
            continue
        if e < end and text[e] in "：:" and LABEL_CLAUSE.search(body):
            continue  # 整改目标： / 主要预期目标是： labels what follows
        if pending is None and _LEAD_IN_CUE.search(body) and LEAD_IN.search(body) and (s, e) != spans[-1]:
            pending = s
            continue
        if pending is not None:
            s, pending = pending, None
        clauses.append(Clause(s, e, text[s:e], marker))
    if pending is not None:
        s, e = pending, spans[-1][1]
        clauses.append(Clause(s, e, text[s:e]))
    return clauses


def iter_lines(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Trimmed, non-empty line spans of text[start:end]."""
    end = len(text) if end is None else end
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl == -1 else nl
        s, e = _trim_space(text, pos, stop)
        if s < e:
            yield s, e
        pos = stop + 1


def _trim_space(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in "\u200b\ufeff•·"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def heading_level(line: str) -> int | None:
    """The level of a heading line (1 outermost), or None when the line is body text.

    A line that introduces what follows (重点抓好以下工作：) or labels a value
    (责任单位：县生态环境局) is not a heading. A short line without a numbering marker
    nests below the numbered headings (level 7).
    """
    if len(line) > MAX_HEADING or (LABELLED.search(line) and not STAGE_LINE.match(line)):
        return None
    if _has_sentence_end(line):
        # 一、2023年重点工作任务完成情况。: a numbered part's title closed by a stop, no
        # sentence (nothing but its words before the stop) is still the part's heading
        bare = line.rstrip()
        if not (len(bare) <= MAX_STOPPED_HEADING and bare.endswith("。") and _PART_MARKER.match(bare)
                and not _has_sentence_end(bare[:-1]) and not _CLAUSE_MARK.search(bare)
                and _PART_NOUN.search(bare[:-1]) and not _MODAL.search(bare)):
            return None
    for pattern, level in _LEVELS:
        if pattern.match(line):
            return level
    return 5 if HEADING_MARKER.match(line) else 7


MAX_STOPPED_HEADING = 30
_PART_MARKER = re.compile(r"^(?:第[一二三四五六七八九十百\d]+[章部分篇]|[一二三四五六七八九十]+、)")
_CLAUSE_MARK = re.compile(r"[，,：:；;]")
# …what a part's title names (完成情况 / 工作计划 / 保障措施), not a task (建立…台账)
_PART_NOUN = re.compile(r"(?:情况|计划|安排|打算|回顾|总结|成效|思路|要点|成绩|进展|设想)$")
# …and opens with no act (制定年度工作计划。 / 落实工作安排。 state tasks)
_MODAL = re.compile(r"要|将|应|须|确保|力争|^(?:第[^章部分篇]+[章部分篇]|[一二三四五六七八九十]+、)\s*"
                    r"(?:制定|编制|完成|建立|落实|推进|开展|实施|加强|做好|抓好|全面|深入|认真|研究|印发|出台|报送)")


# The same numbers each at its own rank (1. above （1）, ① last)
_MARKER_LEVELS = (
    (re.compile(_CHAPTER), 1),
    (re.compile(f"{_SECTION}|{_FIRST}"), 2),
    (re.compile(_SECOND), 3),
    (re.compile(_THIRD), 4),
    (re.compile(rf"{_FOURTH}|^\d{{1,2}}[)）]"), 5),
    (re.compile(_CIRCLED), 6),
)


def marker_level(line: str) -> int | None:
    """The level its number gives a line in the order of official documents (一、 2,
    （一） 3, 1. 4, （1） 5, ① 6), a heading or an item of a list alike (（一）各地建立…机制。
    is a level-3 item), else None."""
    if not line or line[0] not in _MARKER_FIRST:
        return None  # (most lines: no number, no pattern tried)
    for pattern, level in _MARKER_LEVELS:
        if pattern.match(line):
            return level
    return None


_MARKER_FIRST = frozenset("第一二三四五六七八九十（(①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳0123456789０１２３４５６７８９")


def outline(text: str) -> tuple[list[tuple[int, int]], list[int | None]]:
    """The trimmed lines of *text* (iter_lines) and the level its number gives each one
    (marker_level, None for a line with no number): the outline the field headings, the
    closing role notes and the problem sections are read from."""
    lines = list(iter_lines(text))
    return lines, [marker_level(text[s:e]) for s, e in lines]


def _has_sentence_end(line: str) -> bool:
    if SENTENCE_END.search(line) is None:
        return False  # the common case: no bracket needs to be looked at
    protected = bracket_spans(line, 0, len(line))
    return any(not _inside(protected, m.start()) for m in SENTENCE_END.finditer(line))


def segment(text: str) -> list[Sentence]:
    """Sentences of a document with their clauses and the headings they stand under.

    A heading line opens a section; a short first sentence of a multi-sentence paragraph
    (持续深入推进污染防治攻坚。… / 一是深入打好蓝天保卫战。…) is a run-in heading: it is
    kept as the innermost section of the rest of its paragraph and yields no clauses.
    """
    sentences: list[Sentence] = []
    stack: list[Heading] = []
    # one tuple per state of the stack, shared by the sentences under it (callers that
    # remember something per section then find it by identity, without hashing headings)
    current: tuple[Heading, ...] = ()
    # (a row pasted alone, its cells apart by tabs, is a table's row as well)
    rows = {row.start: row for row in table_rows(text)} if "\n" in text or "\t" in text else {}
    for para, (ls, le) in enumerate(iter_lines(text)):
        line = text[ls:le]
        row = rows.get(ls)
        if row is not None or (rows and is_header(line)):
            # a table row: each cell is read on its own; the header row is no heading
            for k, cell in enumerate(row.cells if row else ()):
                for s, e in split_sentences(text, cell.start, cell.end):
                    sentences.append(Sentence(s, e, text[s:e], para, k, current,
                                              tuple(split_clauses(text, s, e))))
            continue
        level = heading_level(line)
        if level is not None:
            while stack and stack[-1].level >= level:
                stack.pop()
            # a line without a full stop is a unit of its own as well (a list item, a
            # cell, a heading that states a task: 二、年底前完成城区集中供热管网改造);
            # the classifier decides whether it commits to anything
            marker = _HEADING_NUMBER.match(line)
            us = _trim(text, ls + marker.end(), le)[0] if marker else ls
            if us < le:
                sentences.append(Sentence(us, le, text[us:le], para, 0, tuple(stack),
                                          tuple(split_clauses(text, us, le)), heading=level))
            stack.append(Heading(ls, le, line, level))
            current = tuple(stack)
            continue
        spans = split_sentences(text, ls, le)
        sections = current
        for k, (s, e) in enumerate(spans):
            if k + 1 < len(spans) and _opens_theme(text, spans, k) and _is_run_in(text, s, e) \
                    and not _role_note_only(text, spans[k + 1:]):
                sections = current + (Heading(s, e, text[s:e], 6),)
                sentences.append(Sentence(s, e, text[s:e], para, k, current))
                continue
            continues = k > 0 and text[spans[k - 1][1]:s].lstrip()[:1] in ("；", ";")
            sentences.append(Sentence(s, e, text[s:e], para, k, sections,
                                      tuple(split_clauses(text, s, e)), continues))
    return sentences


def _opens_theme(text: str, spans: list[tuple[int, int]], k: int) -> bool:
    """The sentence opens its paragraph, or opens a list item (（一）… / 一是…) whose next
    sentence is no sibling item of the same list: （1）… （2）… are measures, not themes;
    （一）主题。一是… opens a nested list under its theme."""
    this = LIST_MARKER.match(text, *spans[k])
    nxt = LIST_MARKER.match(text, *spans[k + 1])
    if this and nxt and this.lastgroup == nxt.lastgroup:
        return False  # （1）… （2）…: siblings in one list
    return k == 0 or this is not None


# A sentence that only names who answers for the one before (（牵头单位：X；配合单位：Y）
# / 责任单位：X): what it follows is a measure, not a theme.
_ROLE_LABEL = re.compile(r"[（(]?\s*(?:牵头|责任|配合|主责|协办|参与)(?:单位|部门)\s*[:：]")


def _role_note_only(text: str, spans: list[tuple[int, int]]) -> bool:
    """The rest of a paragraph holds only role notes (after a measure, not a theme)."""
    return all(_ROLE_LABEL.match(text, s, e) is not None
               or ((m := _OPENING_NOTE.match(text, s, e)) is not None and m.end() >= e)
               for s, e in spans)


def _is_run_in(text: str, s: int, e: int) -> bool:
    """A paragraph's first sentence that only names its theme (one short clause)."""
    if e - s > MAX_RUN_IN or len(_split(text, s, e, CLAUSE_END)) > 1:
        return False
    if e < len(text) and text[e] not in "。.":
        return False  # a theme sentence ends with a full stop, not a semicolon
    # a theme names a field of work; a sentence with a modal verb, a number or a verb of
    # delivery (建成, 制定, 完成 …) is a measure
    return RUN_IN_NOT.search(text, s, e) is None
