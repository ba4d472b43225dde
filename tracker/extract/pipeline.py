"""Suggest the trackable commitments of a Chinese policy document.

suggest() walks the document sentence by sentence (segment.py), judges each clause
(classify.py), joins the clauses that form one entry (grouping.py) and fills in the
fields: the deadline (the clause's own time words, else the sentence's lead-in time
words, else — for targets — the period of the section; timing.py), the target (metric,
comparator, value, unit), the responsible bodies (named in the clause or its sentence,
else the body a paragraph is about, else the document's issuer; issuer.py) and the region.
A commitment repeated in the same document (a web summary quoting the original) is
suggested once (dedup.py). The clauses the rules turn down are kept as candidates; a
logistic model fitted on the annotated corpus (confidence.py) gives every unit its
confidence, drops the rules' suggestions it finds likely wrong and takes up the candidates
it finds likely right.
"""

from __future__ import annotations

import bisect
import copy
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from tracker.domain import BodyRef, BodyRole, Comparator, Deadline, Precision, Target
from tracker.domain.model import SuggestionKind, format_number
from tracker.extract import classify, confidence
from tracker.extract.bodies import find_bodies, is_body_name, is_person
from tracker.extract.deadlines import (
    DeadlineMatch,
    deadline_cuts,
    find_deadlines,
    leading_time_words,
    names_which,
    section_period,
    trailing_time_words_folded,
)
from tracker.extract.dedup import mark_duplicates
from tracker.extract.classify import search_end
from tracker.extract.fold import fold, to_halfwidth
from tracker.extract.grouping import delivers, further, group, merge
from tracker.extract.indicator_table import IndicatorRow, indicator_rows
from tracker.extract.issuer import DocumentContext, document_context, government_name, usual_name
from tracker.extract.labels import (
    LABEL,
    FieldHead,
    field_bodies,
    field_heads,
    ROLE_HINT,
    ROLE_NOTE,
    Item,
    add_bodies,
    read_label,
    read_role_note,
    named_item,
    unique_bodies,
    read_trailing_roles,
    set_deadline,
)
from tracker.extract.screen import needing, needs, screened
from tracker.extract.segment import (
    HEADING_MARKER,
    Clause,
    LIST_MARKER,
    Sentence,
    bracket_spans,
    heading_level,
    iter_lines,
    marker_level,
    outline,
    segment,
    split_clauses,
)
from tracker.extract.table import COMMITMENT_CELLS, Cell, Row, column_kind, table_rows
from tracker.extract.targets import TargetMatch, find_targets, paired_targets, pick_target
from tracker.extract.units import UNIT_FORMS
from tracker.geo import Gazetteer
from tracker.extract.timing import (
    NEWS_FRAME,
    SAID,
    TURNING,
    Timing,
    TimingReader,
    clause_deadline,
    guess_doc_date,
    plan_says,
    report_period,
)
from tracker.extract.trend import ban_target, direction_or_end_state, rectified_in_full
from tracker.geo.script import to_simplified as simplified

KINDS = tuple(SuggestionKind)
SECTION_LEVEL = 3  # headings up to （一） open sections; 1. / ① / plain lines are items
MIN_HEADING_TASK = 8  # a section heading naming a deliverable (整改措施 is only a label)
MAX_DUTY = 64  # a named actor's duty runs on over the next clauses up to this length
# A quantity or end state needs one of these; without any, the target parser is skipped.
_QUANTISH = screened(
    r"[0-9０-９零〇一二两三四五六七八九十百千万亿半]|清零|归零|消除|消灭|覆盖|完成|达标|销号|到位|翻|倍增|"
    r"全部(?:淘汰|关停|取缔)|全面淘汰|(?<=[应能][\u4e00-\u9fff])尽")
# Words with a numeral that never state a quantity (进一步, 统一, 一体化 …).
_NOT_QUANTITY = re.compile(r"进一步|统一|一体|一批|一系列|一流|唯一|一岗双责|一带一路|一线|一把手|"
                           r"同一|一致|一起|一道|一律|一切|一般|一定|逐一|之一|万物|千万")


@dataclass
class Suggestion:
    """A proposed commitment (or, with kind "indicator", a past result) in a text."""

    start: int
    end: int
    quote: str
    kind: SuggestionKind
    deadline: Deadline | None
    target: Target | None
    responsible: list[BodyRef]
    region_code: str | None
    region: str | None
    confidence: float
    section: str | None
    duplicate_of: int | None = None
    why: str = ""  # the cue words or rule that made it a suggestion, for the reviewer
    # where it stood, for the confidence model: a heading's level, a table row, the
    # document's numbered body
    layout: tuple[int, bool, bool] = field(default=(0, False, False), repr=False, compare=False)
    # past results (kind "indicator") of the same document that measure this suggestion's
    # metric: the baselines stored with it when it is accepted (services/baselines.py)
    indicators: tuple[Suggestion, ...] = field(default=(), repr=False, compare=False)
    # a unit the rules turned down (classify / heading / actor), kept for the unit model
    rejected: str = field(default="", repr=False, compare=False)
    # whether its bodies are named in its own words (a subject carried from the clause
    # before, a paragraph's or the issuer's give way to an item's 责任单位)
    own_bodies: bool = field(default=False, repr=False, compare=False)
    # the place of its target in a list of measures with their values after 分别 (A、B分别
    # 达到X、Y): 0 for the first (and for any other suggestion), 1 for the second …; the
    # later ones quote the same words, each with its own measure and value
    pair: int = field(default=0, compare=False)


# A lone space between Chinese text and a figure (到 2025 年, 控制在 1%以内): a PDF's or
# web page's layout (the importer's rule, ingest/normalise.py); runs of spaces (cells) stay
_CJK_CHARS = "\u3400-\u9fff\uf900-\ufaff"
_STRAY_SPACE = screened(rf"(?<=[{_CJK_CHARS}])[ \u00a0](?=[0-9０-９])|(?<=[0-9%０-９％])[ \u00a0](?=[{_CJK_CHARS}])")


class _Kept:
    """Where each character of *text* without its stray spaces (_STRAY_SPACE) stands in
    *text*: the offset of the one at *i* is *i* plus the number of spaces dropped before it
    (found by bisection, without a list as long as the text)."""

    def __init__(self, text: str) -> None:
        # the offset, in the text without them, of the character after each space dropped
        self._after = [m.start() - k for k, m in enumerate(_STRAY_SPACE.finditer(text))]

    def __getitem__(self, i: int) -> int:
        return i + bisect.bisect_right(self._after, i)


def _placed(text: str, kept: _Kept, sug: Suggestion) -> Suggestion:
    """*sug*, found in the text of the characters *kept* of *text*, at its place in *text*."""
    start, end = kept[sug.start], kept[sug.end - 1] + 1 if sug.end > sug.start else kept[sug.start]
    return replace(sug, start=start, end=end, quote=text[start:end],
                   indicators=tuple(_placed(text, kept, i) for i in sug.indicators))


def suggest(text: str, doc_date: date | None = None, *, region_code: str | None = None,
            issuer: str | None = None, gazetteer: Gazetteer | None = None,
            keep_duplicates: bool = False, rules_only: bool = False,
            candidates: bool = False) -> list[Suggestion]:
    """Suggestions for *text* in reading order.

    *doc_date*, *region_code* and *issuer* are the document's when the caller knows
    them; otherwise they are guessed from its first lines. A commitment repeated in the
    document is suggested once; with *keep_duplicates* the repeats are returned too, each
    with ``duplicate_of`` set to the index of the occurrence that is kept. *rules_only*
    keeps the rules' own confidence (what the confidence model is trained on);
    *candidates* also returns the units the rules turned down (``rejected`` set), all
    with the rules' confidence — what the unit model is trained on.
    """
    if (" " in text or "\u00a0" in text) and _STRAY_SPACE.search(text) is not None:
        # 到 2025 年 / 85% 以上 / 6 月底前: a PDF's stray spaces, read as the importer
        # leaves the text (ingest/normalise.py drops them too), the offsets of the text given
        # (each match is the one space it drops: the spaces match() finds one by one)
        kept = _Kept(text)
        tight = _STRAY_SPACE.sub("", text)
        return [_placed(text, kept, sug) for sug in suggest(
            tight, doc_date, region_code=region_code, issuer=issuer, gazetteer=gazetteer,
            keep_duplicates=keep_duplicates, rules_only=rules_only, candidates=candidates)]
    analysis = simplified(text)
    doc_date = doc_date or guess_doc_date(analysis)
    ctx = document_context(text, analysis, region_code=region_code, issuer=issuer,
                           gazetteer=gazetteer)
    if ctx.region_code and _national(analysis, ctx):
        # a national document that names a province in passing (北京：… / 台湾): the State
        # Council's, for the whole country, unless a body was named as its issuer
        local = [r for r in ctx.issuer_refs if r.name.endswith("人民政府")]
        ctx.region_code = ctx.region_name = None
        if not ctx.issuer_refs or local == ctx.issuer_refs:
            ctx.issuer_refs = [BodyRef("国务院")]
    if not ctx.issuer_refs and ctx.region_name:
        # no issuer found: the commitments are the government's of the region bound
        own = ctx.gazetteer.get(ctx.region_code) if ctx.gazetteer and ctx.region_code else None
        ctx.issuer_refs = [BodyRef(usual_name(_government_of(own.name if own else ctx.region_name),
                                              ctx.analysis, ctx.gazetteer))]
    elif not ctx.issuer_refs and not ctx.region_code \
            and _NATIONAL_SCOPE.search(analysis[:NATIONAL_HEAD]):
        # a national document with no issuer named, and no place to bind (全国…比率控制在1%以内
        # / 国内生产总值增长5%左右 / 地级及以上城市…): the State Council's
        ctx.issuer_refs = [BodyRef("国务院")]
    sentences = segment(analysis)
    lone = _stands_alone(analysis)
    # units the rules turn down: kept for the unit model (or, with *candidates*, returned)
    cands: list[Suggestion] | None = [] if candidates or (
        not rules_only and confidence.weights() is not None) else None
    # the units turned down that the model cannot take up are not built (see _Unbuilt);
    # all are, for training (*candidates*), and in a clause standing alone (the unit most
    # likely right is taken up whatever its score)
    w = confidence.weights() if cands is not None and not candidates and not lone else None
    unbuilt = _Unbuilt(w) if w is not None else None
    unbuilt_id = -1  # the stand-in for an unbuilt unit in the members of its items
    unbuilt_fallback: list[tuple[int, int]] = []  # those that would name no bodies
    actors = paragraph_actors(text, sentences)
    timing = TimingReader(doc_date, report_period(analysis, doc_date), analysis)
    out: list[Suggestion] = []
    numbered: list[bool] = []  # whether each suggestion stands in the numbered body
    # Labelled fields (责任单位：…) on a line of their own serve the item under the same
    # heading; inside a paragraph of measures they serve that paragraph.
    items: dict[tuple[int, int, int], Item] = {}
    paragraphs: dict[int, Item] = {}
    para_done: list[Item] = []  # the items of run-in numbered items a paragraph closed
    sealed: set[int] = set()  # paragraphs whose measures so far a role note has closed
    lines = Counter(sent.paragraph for sent in sentences)
    rows = table_rows(analysis) if "\n" in analysis or "\t" in analysis else []
    row_starts = [row.start for row in rows]
    row_items: dict[int, Item] = {}
    chain: list[list[BodyRef] | None] = [None]
    item_seq: dict[tuple[int, int], int] = {}
    problem_para = -1
    row_members: dict[int, list[int]] = {}  # a table row's suggestions, by the row's start
    past_paragraphs = review_paragraphs(analysis, sentences)
    to_fix = problems_to_fix(analysis) if "整改" in analysis else set()
    lined = outline(analysis) if "\n" in analysis.strip() else None  # (lines and their levels)
    problem_text = problem_sections(analysis, lined) if lined is not None else []
    irows = indicator_rows(analysis)
    in_irow = _line_spans(analysis, irows)
    soft: set[int] = set()  # suggestions dated only by the period of their section
    by_marker: set[tuple[int, int, int]] = set()  # items opened by a listed task (（一）…)
    last: list[int] = []  # the suggestions of the sentence before
    last_unbuilt = False  # whether the sentence before had units turned down and not built
    fallback: set[int] = set()  # suggestions whose bodies are the paragraph's or issuer's
    fallen: dict[int, list[BodyRef]] = {}  # …and the bodies they were given so
    notes: list[tuple[int, int, list[BodyRef]]] = []  # bracketed role notes and their bodies
    heading_bodies: dict[tuple[int, int], list[BodyRef]] = {}
    last_para = -1  # the paragraph of the latest sentence read as text (not as labels)
    past_year_para = -1  # the paragraph a year gone by opened (2025年，… in a text of 2026)
    turned_para = -1  # the paragraph of results a sentence turned ahead in (…。下一步，将…)
    headlines = _headline_lines(analysis)
    # fields standing as headings (五、完成时限 / 2023年9月30日前): the heading and the value
    # of a time or bodies field are the field's, not text; a goals field heads what is set
    heads = field_heads(analysis, lined) if lined is not None else []
    # (a goal stated inline, 三、重点措施：…, is a sentence to read, its tense set)
    field_lines = sorted((h.start, h.end if h.kind == "goal" else h.value_end) for h in heads
                         if not (h.inline and h.kind == "goal"))
    goal_values = sorted((h.start, h.value_end) for h in heads if h.kind == "goal")
    title_period: list[Deadline | None] | None = None  # the period the title names (read once)
    for sent in sentences:
        if in_irow and _within(in_irow, sent.start):
            continue  # a row of an indicator table: read as a whole below
        if headlines and _within(headlines, sent.start):
            continue  # 原标题：… / 【…】: a news page's headline, repeating what the text says
        if field_lines and _within(field_lines, sent.start):
            continue  # 五、完成时限 / 2023年9月30日前: a field and its value (read below)
        row = _row_of(rows, row_starts, sent) if rows else None
        if row is not None:
            cell = row.cell_at(sent.start)
            if cell is None or cell.kind not in COMMITMENT_CELLS:
                continue  # the problem, the time limit, the bodies: context, not commitments
            if row.start not in row_items:
                row_items[row.start] = _row_item(text, analysis, row, doc_date)
            item = para = row_items[row.start]
            preamble = labelled = False
        else:
            labelled = bool(sent.heading) and _labels_follow(analysis, sent.end)
            # a heading whose labels follow it is the item they serve (it opens the section)
            key = (analysis.rfind("\n", 0, sent.start) + 1, sent.end) if labelled \
                else _item_key(sent)
            marker = LIST_MARKER.match(sent.text) or (
                None if sent.heading else _RUN_IN_NUMBER.match(sent.text))
            if PROBLEM_LINE.match(sent.text[marker.end():] if marker else sent.text):
                # 问题2：… opens the next item of a list under one heading; the problem
                # found is context, not a commitment (nor are the rest of its lines)
                item_seq[key] = item_seq.get(key, 0) + 1
                problem_para = sent.paragraph if lines[sent.paragraph] == 1 else -1
                last_para = sent.paragraph
                continue
            if sent.paragraph == problem_para:
                continue
            if sent.heading and _HEADING_LEAD.match(sent.text):
                last_para = sent.paragraph
                continue  # 一、X牵头工作（8项）: who leads the tasks below, no task itself
            item_key = (*key, item_seq.get(key, 0))
            open_item = items.get(item_key)
            opens = marker is not None and sent.index_in_paragraph == 0
            if opens and open_item is not None and open_item.members \
                    and (open_item.bodies or open_item.deadline) and item_key in by_marker:
                # （一）A。责任单位：X （二）B。…: the labels after a listed task are its own;
                # the next task of the list opens the next item
                item_seq[key] = item_seq.get(key, 0) + 1
                item_key, open_item = (*key, item_seq[key]), None
            if open_item is None:
                open_item = items[item_key] = Item()
                if opens:
                    by_marker.add(item_key)
            item = open_item
            para = paragraphs.get(sent.paragraph) or Item()
            if sent.index_in_paragraph > 0 and para.members \
                    and ((sent.paragraph in sealed and not LABEL.match(sent.text)
                          and not ROLE_NOTE.match(sent.text.strip()))
                         or _RUN_IN_ITEM.match(sent.text)):
                # 1.A。（责任单位：X）2.B。… / A。（X负责）B。（Y负责）: a numbered item run
                # into the paragraph, or the measures after a role note, start an item of
                # their own (the labels after them serve them alone)
                sealed.discard(sent.paragraph)
                para_done.append(para)
                para = Item()
            paragraphs[sent.paragraph] = para
            target_item = para if lines[sent.paragraph] > 1 else item
            above = paragraphs.get(last_para) if lines[sent.paragraph] == 1 else None
            if above is not None and above.members \
                    and not set(above.members) <= set(item.members):
                # （一）实施X。完成Y。 / 牵头单位：Z: the labels on the lines after a numbered
                # paragraph serve it, though its run-in heading's section closed with it
                target_item = above
            known = len(target_item.bodies)
            labelled_line = read_label(sent.text, doc_date, target_item)
            if labelled_line or read_role_note(sent.text, target_item, doc_date):
                if analysis is not text:  # 責任單位：縣交通運輸局 keeps its own script
                    target_item.bodies[known:] = _refs_as_written(
                        text, analysis, target_item.bodies[known:], sent.start, sent.end)
                if not labelled_line and len(target_item.bodies) > known:
                    notes.append((sent.start, sent.end, target_item.bodies[known:]))
                if target_item is para and para.members and len(para.bodies) > known:
                    sealed.add(sent.paragraph)  # the note closes the measures before it
                continue
            last_para = sent.paragraph
            preamble = search_end(classify.PREAMBLE, sent.text, classify.PREAMBLE_SPAN,
                                  classify.PREAMBLE_CUE) is not None
            if preamble and not _PREAMBLE_GOAL.search(sent.text):
                continue
            stated = read_trailing_roles(sent.text) \
                if (last or last_unbuilt) and ROLE_HINT.search(sent.text) else None
            if stated is None and sent.index_in_paragraph > 0 and ROLE_HINT.search(sent.text) \
                    and (closing := read_trailing_roles(sent.text)):
                # …设施。由X牵头，Y配合。 after a sentence that made no unit: it may still
                # close its numbered item (see _apply_closing_notes)
                notes.append((sent.start, sent.end,
                              _refs_as_written(text, analysis, closing, sent.start, sent.end)))
            if stated is not None:
                # 完成X。由Y牵头，Z配合。: who answers for the sentence before, no task itself
                bodies = _refs_as_written(text, analysis, stated, sent.start, sent.end)
                notes.append((sent.start, sent.end, bodies))
                # …and for the sentences of its paragraph before it (5.加快A。改造B。X牵头，
                # Y配合。), back to the paragraph's last role statement
                for i in sorted({*last, *para.members}):
                    if i < 0:
                        continue  # a unit turned down, not built
                    if i in fallback or not out[i].own_bodies:
                        out[i].responsible = list(bodies)
                        # stated for these tasks: no section's label replaces them
                        out[i].own_bodies = True
                        fallback.discard(i)
                if para.members:
                    sealed.add(sent.paragraph)
                last, last_unbuilt = [], False
                continue
        default = actors.get(sent.paragraph)
        # the parts of a semicolon chain (X牵头，…；…) share the actor named in the first
        chain = chain if sent.continues else [None]
        in_body = None
        when = timing.read(sent)
        past_year = _opens_with_past_year(sent.text, doc_date) or _news_of_results(sent.text)
        if past_year:
            past_year_para = sent.paragraph
        elif sent.paragraph == past_year_para:
            if when.lead is None and not when.ahead and not _looks_ahead(sent.text) \
                    and SAID.match(sent.text) is None:
                # 2025年，全市推动…转型。完成散煤治理1700万户…: the year gone by that opened
                # the paragraph frames the sentences after it, until one looks ahead or a
                # speaker's words begin (某官员表示，本次专项行动…督促地方加快…)
                past_year = True
            else:
                past_year_para = -1
        # a paragraph counted as a review for its words of change (同比 / 累计 …) states
        # goals when it stands under them (二、经济社会发展预期目标 / 预期目标是，…)
        if sent.paragraph in past_paragraphs and TURNING.match(sent.text):
            turned_para = sent.paragraph  # 一年多来，…。下一步，我省将…: the rest looks ahead
        if not when.past and ((sent.paragraph in past_paragraphs
                               and (not when.ahead or _part_frame(sent.text))
                               and sent.paragraph != turned_para
                               # (在公布的整改方案中，某省提出，…: the plan's words, in a
                               # report of progress around them)
                               and not plan_says(sent.text))
                              or reports_results(sent.text)
                              or _dated_event(when, doc_date, sent.text)
                              or _done_at(sent.text, doc_date)
                              or past_year
                              # 一、X的问题 / （一）2008年，…审批… / 整改目标：…: the problem
                              # found, a state of affairs reported, not a task
                              or (problem_text and _within(problem_text, sent.start))):
            when = when.with_past(True)
        if lone and when.past and when.lead is not None and when.lead.bygone \
                and not reports_results(sent.text) and _REVIEW_OPENER.match(sent.text) is None \
                and not past_year:
            # 到2023年，…达到45% / 2023年6月底前完成整改 alone, read after the bound passed
            # (a closeout notice's target): a bound set, past by its date alone
            when = when.with_past(False)
        if lone and not when.past and not classify.is_vague_gain(sent.text):
            # a clause standing alone (a cell, a list item pasted on its own): no section
            # around it sets its tense, so only the words that report the past wherever they
            # stand (已 / 去年 / 完成了 …) make it a result; those a target also holds
            # (同比增长7% / 累计完成 / 为0) state what is set, as under a heading of goals
            # (not a gain named only by a comparative, 城市能级得到新提升: no bound to check)
            when = when.with_ahead(True)
        if when.past and not classify.strong_past(sent.text) and (
                (row is not None and row.cells_of("progress"))
                or (analysis.find("\n", sent.end) >= 0 and _progress_follows(analysis, sent.end))
                or _role_note_closes(analysis, sent.end)):
            # the task cell of a progress table (任务 | 完成情况), or the line a progress
            # label's line reports on (1.改造老旧小区3200户。（责任单位：…）/ 推进情况：目前已
            # 完成…): the progress reports, the task states what was set, whatever the report
            # around it; with no period of its section, it is due at the end of the period
            # the report's title names (2024年十件民生实事1-6月推进情况 → 2024-12-31) or the
            # document's
            when = when.with_past(False)
            if when.period is None:
                if title_period is None:
                    title_period = [section_period(
                        analysis.lstrip()[:TITLE_SPAN].partition("\n")[0], doc_date)]
                period = title_period[0] or timing.default_period
                if period is not None:
                    when = Timing(when.lead, False, period, when.ahead)
        elif when.past and (_GOAL_LABEL.match(sent.text) is not None
                            or (goal_values and _within(goal_values, sent.start))) \
                and not classify.strong_past(sent.text):
            # 整改目标：2023年6月底前完成… (or under a heading 四、整改目标) in a report of what
            # was done: the target set, dated by its own bound (its 整改情况：已… line reports)
            when = when.with_past(False)
        last, last_unbuilt = [], False
        if unbuilt is not None:
            unbuilt.in_row = row is not None
            unbuilt.numbered = any(h.numbered for h in sent.sections)
        if preamble:
            # 为…，完成省下达的约束性目标任务，…，编制本计划: the purpose states the goals the
            # plan is held to; its other clauses frame it
            sent = replace(sent, clauses=tuple(c for c in sent.clauses
                                               if _PREAMBLE_GOAL.search(c.text)))
        shortest = MIN_CANDIDATE if candidates or lone else MIN_SCORED_CANDIDATE
        named = _named_item(text, analysis, sent, ctx, doc_date, when, timing.default_period) \
            if row is None and sent.index_in_paragraph == 0 \
            and _NAMED_HINT.search(_line_of(analysis, sent.start)) else None
        # (a quoted task follows 的“ and closes with ”: most sentences hold neither)
        quoted = _quoted_tasks(text, analysis, sent) \
            if "的“" in sent.text and "”" in sent.text and not named else []
        if not quoted and not named and "”" in sent.text \
                and _QUOTE_LEAD.search(sent.text) is not None:
            # 已经完成的指标任务共计19项。主要是“A”，“B”… (a report of progress): the tasks
            # as they were set, quoted one after another, each judged on its own words
            quoted = _listed_quotes(sent)
        if named:
            made = [named]
        elif quoted:
            # 县发改局负责的“…按时完成项目前期工作…” (in a report of progress): the task as it
            # was set, quoted, still ahead whatever the report around it states was done
            outside = tuple(c for c in sent.clauses
                            if not any(c.start < qe and qs < c.end for qs, qe, _ in quoted))
            made = _suggest_sentence(text, analysis, replace(sent, clauses=outside), ctx,
                                     doc_date, when, chain, cands, shortest=shortest,
                                     unbuilt=unbuilt)
            for qs, qe, bodies in quoted:
                task = replace(sent, start=qs, end=qe, text=analysis[qs:qe], continues=False,
                               clauses=tuple(split_clauses(analysis, qs, qe)))
                made += _suggest_sentence(text, analysis, task, ctx, doc_date,
                                          when.with_past(False), [bodies or None], cands,
                                          shortest=shortest, unbuilt=unbuilt)
            made.sort(key=lambda x: x.start)
        else:
            made = _suggest_sentence(text, analysis, sent, ctx, doc_date, when, chain, cands,
                                     shortest=shortest, unbuilt=unbuilt,
                                     labelled=labelled or (0 < sent.heading <= SECTION_LEVEL
                                                           and _no_section(analysis, sent)))
        if preamble:
            made = [m for m in made if m.kind == "target"]
        if to_fix and sent.start in to_fix and not made and not when.past:
            made = [_problem_to_fix(text, analysis, sent, ctx)]
            if cands:  # the clauses the rules turned down: the item stands whole instead
                cands[:] = [c for c in cands if not sent.start <= c.start < sent.end]
            if unbuilt is not None:
                unbuilt.units[:] = [u for u in unbuilt.units if not sent.start <= u[0] < sent.end]
        if cands:
            made = sorted([*made, *cands], key=lambda x: x.start)
            cands.clear()
        for sug in made:
            if in_body is None:
                in_body = any(h.numbered for h in sent.sections)
            last.append(len(out))
            if not sug.responsible:
                over = _heading_bodies(text, analysis, sent, heading_bodies)
                sug.responsible = over or (_actor_refs(default) if default
                                           else ctx.issuer_at(sent.start))
                fallback.add(len(out))
                fallen[len(out)] = sug.responsible
            if _from_period(sug.deadline, when):
                soft.add(len(out))
            sug.layout = (sent.heading, row is not None, bool(in_body))
            if sug.kind != "indicator":
                item.members.append(len(out))
                if para is not item:
                    para.members.append(len(out))
                if row is not None and not sug.rejected:
                    row_members.setdefault(row.start, []).append(len(out))
            out.append(sug)
            numbered.append(in_body)
        if unbuilt is not None and unbuilt.units:
            # the units turned down and not built stand in their items as they would have
            # (an item with members, a paragraph's measures before a role note …), and in
            # the sentence a role statement after it serves
            last_unbuilt = True
            for start, end, carried in unbuilt.units:
                item.members.append(unbuilt_id)
                if para is not item:
                    para.members.append(unbuilt_id)
                unbuilt_id -= 1
                if not carried:
                    unbuilt_fallback.append((start, end))
            unbuilt.units.clear()
    if heads:  # (first: an item's own labels, narrower, win over them)
        _apply_field_heads(text, analysis, heads, out, ctx, doc_date, soft)
    _apply_items(out, [*para_done, *paragraphs.values(), *items.values()], ctx, soft)
    _due_when_submitted(out, analysis, doc_date, soft)
    _item_heading_bound(out, analysis, doc_date, soft)
    _apply_items(out, row_items.values(), ctx, soft, columns=True)
    if notes and fallen:
        _apply_closing_notes(analysis, lined or outline(analysis), notes, out, fallen)
    if fallback and ("单位" in analysis or "部门" in analysis or "主体" in analysis):
        _apply_label_sections(text, analysis, sentences, out, fallback, ctx, unbuilt_fallback)
    if row_members:
        out, numbered = _merge_rows(text, rows, out, numbered, row_members, doc_date)
    if irows:  # last: the indices above are positions in out
        out, numbered = _add_indicator_rows(text, irows, out, numbered, ctx, doc_date,
                                            timing.default_period,
                                            _table_bodies(text, analysis, rows, irows, doc_date))
    if not candidates:
        out, numbered = _decide(out, numbered, text, rules_only, lone, _title_line(analysis))
    for sug in out:
        if sug.rejected:  # a candidate: its region is only sought now that it is kept
            sug.region_code, sug.region = ctx.region_of(analysis[sug.start:sug.end])
            if not candidates:
                sug.why = "；".join(filter(None, [sug.why, _model_says(sug)]))
                sug.rejected = ""
    if lone and len(out) == 1:
        _quote_whole(text, analysis, out[0])
    for sug in out:
        if any("政府" in r.name or r.name[:1] in "我本该此" for r in sug.responsible):
            sug.responsible = [ctx.official(r) for r in sug.responsible]
        _trim_blanks(text, sug)
    mark_duplicates(out, numbered, analysis)
    if ("分别" in analysis or "依次" in analysis) and not candidates:
        # (the units the models are trained on stay one a unit: a list's later measures
        # share the first one's words, features and confidence)
        out = _pair_companions(text, analysis, out, doc_date)
    return out if keep_duplicates else [s for s in out if s.duplicate_of is None]


def _pair_companions(text: str, analysis: str, out: list[Suggestion],
                     doc_date: date | None) -> list[Suggestion]:
    """Each measure of a list with its values after 分别 (生活垃圾无害化处理率、生活污水
    处理率分别达到97.8%、96.8%) a suggestion of its own: the suggestion made of the words
    keeps the first measure and its value; one more per later measure, on the same words,
    right after it, with that measure's value (and, for a list of years with its values,
    到2022年、2023年、2024年…分别达到40%、60%、80%, that year's bound)."""
    made: list[Suggestion] = []
    moved: dict[int, int] = {}
    for i, sug in enumerate(out):
        moved[i] = len(made)
        made.append(sug)
        words = analysis[sug.start:sug.end]
        said = _RESPECTIVELY.search(words) if sug.target is not None and sug.duplicate_of is None \
            else None
        pairs = paired_targets(words) if said is not None else None
        if said is None or not pairs or sug.target is None or sug.target.value != pairs[0].value:
            continue  # (the suggestion's own target is not the list's first)
        years = _listed_years(analysis, sug, words[:said.start()], doc_date)
        bounds = [Deadline(y.text, y.date, y.precision) for y in years] \
            if len(years) == len(pairs) and len({p.metric for p in pairs}) == 1 \
            else [sug.deadline] * len(pairs)
        pairs = [replace(p, metric=_written(text, analysis, sug, p.metric)) for p in pairs]
        whys = [_pair_why(sug, pair, bound, k) for k, (pair, bound) in enumerate(zip(pairs, bounds))]
        for k in range(1, len(pairs)):
            made.append(replace(sug, target=pairs[k], deadline=bounds[k], pair=k, why=whys[k]))
        sug.target, sug.deadline, sug.why = pairs[0], bounds[0], whys[0]
    if len(made) == len(out):
        return out
    for sug in made:
        if sug.duplicate_of is not None:
            sug.duplicate_of = moved[sug.duplicate_of]
    return made


def _listed_years(analysis: str, sug: Suggestion, before: str,
                  doc_date: date | None) -> list[DeadlineMatch]:
    """The dated time words before a list's 分别, in its quote or in a list of years leading
    the clause (到2022年、2023年、2024年，X分别达到…), whose words are then no quote's."""
    lead = _YEARS_BEFORE.search(analysis, max(0, sug.start - _YEARS_SPAN), sug.start)
    if lead is None:
        return [d for d in find_deadlines(before, doc_date) if d.date is not None]
    shift = lead.end() - lead.start()
    return [d if d.start >= shift else replace(d, text="")
            for d in find_deadlines(lead.group() + before, doc_date) if d.date is not None]


def _pair_why(sug: Suggestion, pair: Target, bound: Deadline | None, k: int) -> str:
    """The reviewer's words for the *k*-th measure of a list: the list's, with its own
    target (目标：达到96.8%) and bound in place of those of the unit read whole."""
    parts = sug.why.split("；") if sug.why else []
    said_target = _target_why(sug.target) if sug.target is not None else ""
    said_when = f"时限：{sug.deadline.text}" if sug.deadline and sug.deadline.text else ""
    own_when = f"时限：{bound.text}" if bound and bound.text else ""
    out = []
    for part in parts:
        if part == said_target:
            part = _target_why(pair)
        elif said_when and part == said_when:
            part = own_when
        if part:
            out.append(part)
    out.append(f"分别：第{k + 1}项（{pair.metric or ''}）")
    return "；".join(out)


_RESPECTIVELY = re.compile(r"分别|依次")
# a list of years leading the clause right before it (到2022年、2023年、2024年，)
_YEARS_BEFORE = re.compile(r"(?:到|至|在)?(?:19|20)\d{2}年(?:底|末)?(?:[、和及](?:19|20)\d{2}年(?:底|末)?)+[，,]\s*$")
_YEARS_SPAN = 40


def _written(text: str, analysis: str, sug: Suggestion, name: str | None) -> str | None:
    """A measure's name in the document's own script, when its words stand in the quote."""
    if not name or analysis is text:
        return name
    at = analysis.find(name, sug.start, sug.end)
    return text[at:at + len(name)] if at >= 0 else name


# A cheap test before _named_item: a label of who carries an item, or of its time limit
_NAMED_HINT = re.compile(r"单位|部门|主体|时限|时间|节点|期限")
NAMED_ITEM_CONFIDENCE = 0.8


def _named_item(text: str, analysis: str, sent: Sentence, ctx: DocumentContext,
                doc_date: date | None, when: Timing,
                own_period: Deadline | None) -> Suggestion | None:
    """A list item (or line) that names a programme or project and labels who carries it
    (1、农村道路畅通工程，牵头部门：市交通局 / （一）城乡供水一体化工程。牵头单位：X；配合单位：Y /
    老旧小区改造项目（责任单位：X，完成时限：2025年12月）): one deliverable quoted from the name
    through its labels, its bodies from the labels (the lead first), its deadline from the
    time label (else the section's period). A name opening with a verb (实施X工程) or holding
    a figure is read by the sentence rules instead."""
    line_start = analysis.rfind("\n", 0, sent.start) + 1
    if analysis[line_start:sent.start].strip():
        return None  # not the first words of its line
    marker = LIST_MARKER.match(analysis, sent.start)
    at = marker.end() if marker else sent.start
    line = _line_of(analysis, at)
    found = named_item(line, doc_date)
    if found is None:
        return None
    head = line[found.start:found.head_end]
    if classify.ACTION.match(head) or classify.LEADING.match(head) \
            or classify.VAGUE.search(head) or classify.is_problem(head) \
            or classify.strong_past(head):
        return None
    s, e = at + found.start, at + found.end
    if e > sent.end and "\t" in analysis[sent.start:e]:
        return None  # cells of a table row
    bodies = unique_bodies(_refs_as_written(text, analysis, found.item.bodies, s, e))
    bodies.sort(key=lambda b: b.role is not BodyRole.LEAD)  # the lead first
    deadline = found.item.deadline
    if deadline is not None and analysis.find(deadline.text, s, e) < 0:
        deadline = Deadline("", deadline.date, deadline.precision)
    dated = deadline is not None and deadline.date is not None
    period = when.period
    if when.past and own_period is not None:
        # under a heading of progress or review (部分项目进展情况): the name states no result,
        # the programme reported on is the document's own (its title's year), not the past
        # period the results of such a section are dated by
        period = own_period
    if (deadline is None or deadline.date is None) and period is not None:
        # the period of its section (a 2026年 programme's items): due at its end
        deadline = Deadline("", period.date, period.precision)
    region_code, region = ctx.region_of(analysis[s:e])
    return Suggestion(start=s, end=e, quote=text[s:e],
                      kind=SuggestionKind("deadline" if dated else "deliverable"),
                      deadline=deadline, target=None, responsible=bodies,
                      region_code=region_code, region=region,
                      confidence=NAMED_ITEM_CONFIDENCE,
                      section=sent.sections[-1].text if sent.sections else None,
                      why=f"具名事项：{head}；标签：{'、'.join(found.labels)}",
                      own_bodies=bool(bodies))


def _line_of(analysis: str, at: int) -> str:
    """The rest of the line from *at*."""
    end = analysis.find("\n", at)
    return analysis[at:end if end >= 0 else len(analysis)]


# A task quoted as it was set, after the bodies it was given to (县发改局负责的“…” /
# 县政府确定的“…” / 交办的“…”): in a report of progress, the words of the task
_QUOTED_TASK = re.compile(r"(?P<who>[^，,。；;：:“”]{0,40}?)(?:负责|牵头|承办|确定|部署|交办|安排)"
                          r"(?:落实|推进|办理)?的“(?P<task>[^“”\n]{8,300}?)”")


_EXAMPLE_LEAD = re.compile(r"^(?:例如|比如|诸如|其中|如)")
# A list of tasks quoted one after another, after the words that announce them (主要是“A”，
# “B” / 分别为“A”、“B” / 调整的项目是“A” / 包括：“A”)
_QUOTE_LEAD = re.compile(r"(?:是|为|有|包括)[:：]?(?=“)")
# (a quote standing as an item of the list: a stop, a comma or 等 after it, not a name inside
# a clause: 为“交通建设提升年”活动完成投资80亿元)
_ONE_QUOTE = re.compile(r"“(?P<task>[^“”\n]{6,300}?)”(?=[，、,；;。等]|$)")
_QUOTE_SEP = re.compile(r"[，、,]\s*(?=“)")


def _listed_quotes(sent: Sentence) -> list[tuple[int, int, list[BodyRef]]]:
    """The quoted tasks of a list in *sent* (_QUOTE_LEAD, then quotes apart by commas): each
    quote's span, without its closing stop (no bodies: the list names none)."""
    out: list[tuple[int, int, list[BodyRef]]] = []
    for lead in _QUOTE_LEAD.finditer(sent.text):
        pos = lead.end()
        while (q := _ONE_QUOTE.match(sent.text, pos)) is not None:
            qs, qe = sent.start + q.start("task"), sent.start + q.end("task")
            while qe > qs and sent.text[qe - sent.start - 1] in "。；;，, ":
                qe -= 1
            if not out or qs >= out[-1][1]:
                out.append((qs, qe, []))
            sep = _QUOTE_SEP.match(sent.text, q.end())
            if sep is None:
                break
            pos = sep.end()
    return out


def _quoted_tasks(text: str, analysis: str, sent: Sentence) -> list[tuple[int, int, list[BodyRef]]]:
    """The quoted tasks of *sent* (see _QUOTED_TASK): the quote's span, without its closing
    stop, and the bodies named before it, as written."""
    out = []
    for m in _QUOTED_TASK.finditer(sent.text):
        qs, qe = sent.start + m.start("task"), sent.start + m.end("task")
        while qe > qs and analysis[qe - 1] in "。；;，, ":
            qe -= 1
        ws = sent.start + m.start("who")
        bodies = _refs_as_written(text, analysis, find_bodies(_EXAMPLE_LEAD.sub("", m.group("who"))), ws, qs)
        out.append((qs, qe, bodies))
    return out


# The longest text read as one clause standing alone (a cell or list item on its own)
LONE_CLAUSE = 120


def _stands_alone(analysis: str) -> bool:
    """Whether the whole text is one short line: a cell, a list item or a clause pasted
    on its own, with no document around it."""
    body = analysis.strip()
    return 0 < len(body) <= LONE_CLAUSE and "\n" not in body


_PROSE_STOP = re.compile(r"[。！!？?；;]")
_ANNOUNCES = re.compile(r"提出|指出|印发|出台|强调|表示|认为|部署|要求[:：]")
_LONE_TRIM = " \t\r\n\u3000\u00a0，,。；;：:！!？?、|｜"


def _trim_blanks(text: str, sug: Suggestion) -> None:
    """A quote never starts or ends with blanks (a space before a ；, where a unit was cut,
    once stayed at its end): its span shrinks to the words."""
    s, e = sug.start, sug.end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if (s, e) != (sug.start, sug.end) and s < e:
        sug.start, sug.end, sug.quote = s, e, text[s:e]


def _quote_whole(text: str, analysis: str, sug: Suggestion) -> None:
    """The one suggestion of a cell or list item standing alone (no stop in it) quotes
    the whole item (its list marker, closing stop and role statement left out): the words
    around its unit (the body it opens with, the purpose before it) are part of what was
    given as one item."""
    s, e = 0, len(analysis)
    while s < e and analysis[s] in _LONE_TRIM:
        s += 1
    marker = LIST_MARKER.match(analysis, s, e)
    if marker is not None and marker.end() < e:
        s = marker.end()
    while e > s and analysis[e - 1] in _LONE_TRIM:
        e -= 1
    if not (s <= sug.start and sug.end <= e) or _PROSE_STOP.search(analysis):
        return  # (a sentence of prose, with its 。, keeps the quote its clauses give)
    # (who answers for it, 由X牵头 / 责任单位：X, is a field of its own, not its words)
    # (nor is the act that announces it: 省政府印发《方案》，提出到2027年…)
    if ROLE_HINT.search(analysis, s, sug.start) or _ANNOUNCES.search(analysis, s, sug.start):
        s = sug.start
    if ROLE_HINT.search(analysis, sug.end, e):
        e = sug.end
    if (s, e) != (sug.start, sug.end):
        sug.start, sug.end, sug.quote = s, e, text[s:e]


# A rectification list's problem section: a heading that names a problem found (一、X落实不到位
# 的问题 / （二）存在问题 / 问题描述), the lines under it stating the problem, then the labels of
# what is to be done about it (整改目标：/ 整改措施：/ 责任单位：/ 整改时限：). The lines between
# the heading and the first label are the problem found — a state of affairs, often dated in
# the past (2012年至2014年期间，共审批填海项目87宗) — context, not commitments (the definition
# page: a commitment is what a body undertakes to do; the problem is why). A heading that
# names a problem to solve (着力解决群众身边突出生态环境问题) is a task, not a problem found.
_PROBLEM_HEADING = re.compile(
    r"^(?:(?:[（(]?[一二三四五六七八九十\d]{1,3}[、）).．]\s*)?[^。；;：:]{0,60}?"
    r"(?:问题|存在问题|主要问题)(?:[（(][^）)]{1,10}[）)])?|(?:存在|主要|突出|反馈)?问题(?:描述|表现|清单)?)"
    r"\s*[:：]?\s*$")
_FIXES_PROBLEM = re.compile(r"^(?:[（(]?[一二三四五六七八九十\d]{1,3}[、）).．]\s*)?(?:着力|切实|加快|全面|坚决|"
                            r"集中|持续|深入|积极|有效|彻底|依法|推动|抓紧)?(?:解决|整治|整改|治理|处理|化解|破解|"
                            r"查处|处置|纠正|防范|防止|杜绝|减少|防控|应对)")
_FIX_SECTION_LABEL = re.compile(
    r"^\s*(?:(?:整改|工作|治理)?(?:目标|措施|要求|时限|期限|方案|任务|举措)"
    r"|(?:整改)?(?:责任单位|牵头单位|责任部门|主体责任|责任领导|责任人|完成时限|督导单位))\s*(?:[:：]|$)")
MAX_PROBLEM_LINES = 12  # lines between a problem heading and its first label


def problem_sections(analysis: str, lined: tuple[list[tuple[int, int]], list[int | None]] | None = None
                     ) -> list[tuple[int, int]]:
    """The spans of the lines stating a problem found in a rectification list: after a
    heading that names a problem (see _PROBLEM_HEADING), up to the first line labelling what
    is to be done (整改目标：…), within MAX_PROBLEM_LINES lines and before a heading of the
    same or a higher outline level. No label, no span: a problem heading over plain text is
    left as it is. *lined*: the text's outline (segment.outline) when the caller has it."""
    if "问题" not in analysis:
        return []
    spans, levels = lined if lined is not None else outline(analysis)
    out: list[tuple[int, int]] = []
    for k, (s, e) in enumerate(spans):
        line = analysis[s:e]
        if "问题" not in line or _PROBLEM_HEADING.match(line) is None \
                or _FIXES_PROBLEM.match(line) is not None:
            continue
        level = levels[k]
        for j in range(k + 1, min(len(spans), k + 2 + MAX_PROBLEM_LINES)):
            at, nxt_end = spans[j]
            nxt = analysis[at:nxt_end]
            if _FIX_SECTION_LABEL.match(nxt):
                if j > k + 1:
                    out.append((spans[k + 1][0], at))
                break
            nxt_level = levels[j]
            if j > k + 1 and (level is not None and nxt_level is not None
                              and nxt_level <= level or _PROBLEM_HEADING.match(nxt)):
                break  # the next section (or problem) opens: no label for this one
    return sorted(out)


# A problem list to rectify: numbered problems under a place or body, closed by the line
# that sets who fixes them and by when (问题整改责任单位：市科技馆 整改时限：3天). Each
# problem is a task to fix, quoted whole; the list's heading (1. 市科技馆) is not.
_FIX_LABEL = screened(r"整改(?:责任单位|责任部门|时限|期限)\s*[:：]|(?:^|\s)(?:整改)?(?:时限|期限)\s*[:：]")
_PROBLEM_MARK = re.compile(r"^\s*(?:[（(]\d{1,3}[）)]|[①-⑳]|\d{1,2}[.．、](?!\d))\s*")
MAX_PROBLEMS = 30  # lines looked back from a label for its problems
PROBLEM_CONFIDENCE = 0.75


def problems_to_fix(analysis: str) -> set[int]:
    """The starts of the lines that state a problem to fix: numbered lines ending in ；/。
    right before a line labelling the rectification (整改时限：/ 整改责任单位：), back to the
    group's heading (a numbered line without a stop) or the label before."""
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in analysis.split("\n"):
        if line.strip():
            lines.append((pos, line))
        pos += len(line) + 1
    out: set[int] = set()
    for k, (_, line) in enumerate(lines):
        if not _FIX_LABEL.search(line) or _PROBLEM_MARK.match(line):
            continue
        for start, prev in reversed(lines[max(0, k - MAX_PROBLEMS):k]):
            m = _PROBLEM_MARK.match(prev)
            body = prev.strip()
            if m is None or _FIX_LABEL.search(prev) or not body.endswith(("；", ";", "。")):
                break  # the group's heading (1. 市科技馆), prose, or the label before
            out.add(start + len(prev) - len(prev.lstrip()))
    return out


def _problem_to_fix(text: str, analysis: str, sent: Sentence, ctx: DocumentContext) -> Suggestion:
    s, e = (sent.clauses[0].start if sent.clauses else sent.start), sent.end
    while e > s and analysis[e - 1] in "；;。 ":
        e -= 1
    region_code, region = ctx.region_of(analysis[s:e])
    section = sent.sections[-1].text if sent.sections else None
    return Suggestion(start=s, end=e, quote=text[s:e], kind=SuggestionKind("deliverable"),
                      deadline=None, target=None, responsible=[], region_code=region_code,
                      region=region, confidence=PROBLEM_CONFIDENCE, section=section,
                      why="整改问题清单：问题待整改")


# A goal in the purpose of a preamble: a quota set from above or a standard to meet.
_PREAMBLE_GOAL = re.compile(r"下达的[^，,；;。]{0,20}(?:目标|任务|指标)|达标$")

# The floor of the rules' own suggestions in a whole document. With the model fitted by
# tools/train_confidence.py (L2_STEP 2e-3), 0.45 keeps recall on left-out sets (--cv-sets)
# where 0.4 kept it with the weaker pull of before, for precision 0.809 against 0.807
MIN_CONFIDENCE = 0.45
MIN_CANDIDATE_CONFIDENCE = 0.6  # a unit the rules turned down needs the model's word


_TALLY_CUE = re.compile(r"[有共计計]\s*[0-9０-９一二两三四五六七八九十]")


def _decide(out: list[Suggestion], numbered: list[bool], text: str,
            rules_only: bool, lone: bool = False, title: tuple[int, int] | None = None
            ) -> tuple[list[Suggestion], list[bool]]:
    """Which suggestions stay: the model's probability replaces the rules' confidence; a
    unit the rules turned down stays when the model finds it likely right and it lies in no
    suggestion kept; the rules' own stay above the floor (in a whole document). *lone*: the
    text is one clause standing alone (`_stands_alone`). A unit whose words, joined, are a
    progress report's tally by state (年底前能确保完成的指标任务，共计98项: a clause that commits
    and the count after it) is no suggestion, whoever judged its clauses; nor is a unit of
    the *title* over the text (`_title_line`: its span)."""
    if any(s.kind != "indicator" and _TALLY_CUE.search(s.quote) is not None for s in out):
        tallied = [i for i, s in enumerate(out) if s.kind != "indicator"
                   and classify.is_tally_by_state(simplified(s.quote))]
        if tallied:
            out = [s for i, s in enumerate(out) if i not in tallied]
            numbered = [n for i, n in enumerate(numbered) if i not in tallied]
    if title is not None:
        # the title over the text (_title_line) names or announces it: no record of its own
        # (the unit model is still fitted on its units, as on those of the filters above)
        kept = [i for i, s in enumerate(out) if not title[0] <= s.start < title[1]]
        if len(kept) < len(out):
            out, numbered = [out[i] for i in kept], [numbered[i] for i in kept]
    if "票" in text:
        polled = [i for i, s in enumerate(out) if s.kind != "indicator" and _polled(text, s.end)]
        if polled:
            out = [s for i, s in enumerate(out) if i not in polled]
            numbered = [n for i, n in enumerate(numbered) if i not in polled]
    if rules_only or not calibrate(out):
        kept = [i for i, s in enumerate(out) if not s.rejected]
        return [out[i] for i in kept], [numbered[i] for i in kept]
    whole = len(text) >= FLOOR_MIN_TEXT
    floor = MIN_CONFIDENCE if whole else 0.0
    kept = [i for i, s in enumerate(out) if not s.rejected and (
        s.kind == "indicator" or _sum_of_money(s) or (s.confidence >= floor and not (
            whole and s.confidence < ANCHORLESS_FLOOR and _anchorless(s))))]
    spans = sorted((out[i].start, out[i].end) for i in kept)
    starts = [a for a, _ in spans]
    for i, s in enumerate(out):
        if s.rejected and s.confidence >= MIN_CANDIDATE_CONFIDENCE and not _never_taken(s.quote) \
                and not (whole and s.confidence < ANCHORLESS_FLOOR and _anchorless(s)):
            k = bisect.bisect_right(starts, s.start) - 1
            inside = (k >= 0 and spans[k][1] > s.start) or (
                k + 1 < len(spans) and spans[k + 1][0] < s.end)
            if not inside:
                kept.append(i)
    if "\n" in text:
        kept.extend(_list_siblings(text, out, kept))
    if not kept and lone:
        # a clause standing alone was chosen by whoever gave it: the unit most likely right
        # is suggested with the model's (low) confidence rather than nothing at all (not
        # what the rules turned down for what it is: a problem, a count of tasks, a description)
        pool = [i for i, s in enumerate(out) if s.rejected and not _never_taken(s.quote)]
        if pool:
            kept = [max(pool, key=lambda i: (out[i].confidence, out[i].end - out[i].start))]
    kept.sort()
    return [out[i] for i in kept], [numbered[i] for i in kept]


MIN_LIST_ITEMS = 4  # a list of at least this many items, one a line, at one level
LIST_SHARE = 0.75  # of which at least this share hold a commitment kept
MAX_LIST_ITEM = 60  # an item of a list, not a paragraph
MIN_ITEM_COVER = 0.7  # the unit is (nearly) the whole item: it names the item's task
# A line's own number where marker_level reads none (8。 购买…: a stop typed for a dot).
_STOP_NUMBER = re.compile(r"^\s*[0-9０-９]{1,2}。\s*")


def _item_marker(line: str) -> tuple[int, int] | None:
    """The level of a list item's number (segment.marker_level, or 8。 as a 1. item) and
    where its words start in *line*, else None."""
    body = line.lstrip(" \u3000\t")
    level = marker_level(body)
    if level is not None:
        m = HEADING_MARKER.match(body) or LIST_MARKER.match(body)
        return (level, len(line) - len(body) + (m.end() if m else 0))
    m = _STOP_NUMBER.match(line)
    return (4, m.end()) if m else None


def _list_siblings(text: str, out: list[Suggestion], kept: list[int]) -> list[int]:
    """The units turned down that an item of a list is made of, when most of its siblings
    hold a commitment kept: a run of numbered lines at one level (1. … 2. … 3. …), each
    short and with nothing under it, is a list of like things — the tasks of a plan, the
    projects of a programme — and an item whose verb the rules do not know (8. 购买居家
    社区养老基础服务) is one of them. Not a unit turned down as past or for what it is
    (a problem, a count: _never_taken), nor a part of its item only."""
    held = sorted((out[i].start, out[i].end) for i in kept if out[i].kind != "indicator")
    taken = set(kept)
    runs: list[list[tuple[int, int, int]]] = []  # (line start, words start, line end)
    level_of_run = None
    for start, end in iter_lines(text):
        line = text[start:end]
        if not line.strip():
            continue
        mark = _item_marker(line)
        if mark is None or end - start > MAX_LIST_ITEM or "\t" in line.strip():
            level_of_run = None
            continue
        if level_of_run != mark[0]:
            runs.append([])
            level_of_run = mark[0]
        runs[-1].append((start, start + mark[1], end))
    extra: list[int] = []
    for run in runs:
        if len(run) < MIN_LIST_ITEMS:
            continue
        holds = [any(a < e and b > w for a, b in held) for _, w, e in run]
        if sum(holds) < LIST_SHARE * len(run):
            continue
        for (_, w, e), has in zip(run, holds):
            if has or any(out[i].start < e and out[i].end > w for i in kept):
                continue
            words = text[w:e].strip().rstrip("。；;，,")
            best = None
            for i, sug in enumerate(out):
                if i in taken or not sug.rejected or sug.rejected.endswith("-past") \
                        or sug.kind == "indicator" or not (w <= sug.start and sug.end <= e) \
                        or _never_taken(sug.quote):
                    continue
                if (sug.end - sug.start) >= MIN_ITEM_COVER * len(words) \
                        and (best is None or sug.end - sug.start > out[best].end - out[best].start):
                    best = i
            if best is not None:
                out[best].why = "；".join(filter(None, [out[best].why, "同一列表其余条目多为任务"]))
                extra.append(best)
    return extra


# The count of a satisfaction poll right after a name (X工程，满意95票，基本满意27票 /
# X項目：滿意票180票): the work polled, done and judged, not a task set (a vote that
# chooses the work, 得票215票 / 赞成票…, is not read here: the work chosen is to be done)
_POLL_AFTER = re.compile(rf"\s*[，,：:]?\s*(?:{classify.SATISFACTION})(?:票数?)?(?:为)?[0-9０-９]+票")


def _polled(text: str, end: int) -> bool:
    """Whether the count of a satisfaction poll follows *end* in *text* (_POLL_AFTER)."""
    return _POLL_AFTER.match(simplified(text[end:end + 16])) is not None


# The floor, in a whole document, of a unit with nothing to check (_anchorless): in the dev
# part such units the model puts between 0.45 and 0.85 are right 0.58 of the time, and
# nearly all of those right only as optional records (3 core of 123, by leaving one set out).
# Tried by leaving one set out: 0.8 gives precision 0.821 (recall 0.872), 0.85 0.822 (0.872),
# 0.9 0.821 (0.871); the same test as a feature of the unit model as well (confidence.py)
# 0.820 (0.871), a graded count of anchors with the verb's class as features no better than
# the floor alone (0.824 against 0.824 on the units), and the test widened to 体系 as no
# named thing, to a state that changes with no verb first (生态环境质量持续改善) or to the
# verbs 实现/确保/建设/打好/解决 …: each drops as many right units as wrong ones
ANCHORLESS_FLOOR = 0.85


def _anchorless(sug: Suggestion) -> bool:
    """A unit that only aims at a change (classify.unanchored_aim: 深化农村环境整治 / 持续提升
    城市治理现代化水平) with no target, no time words of its own and no place named: a generic
    exhortation by the definition page, whatever the model makes of its words."""
    if sug.target is not None or (sug.deadline is not None and sug.deadline.text):
        return False
    words = simplified(sug.quote)
    return classify.unanchored_aim(words) and not confidence.names_place(words)


# A description of what something is (江西是唯一兼具…的省份 / 这是…的重要举措): no task,
# unless a word commits (目标是 / 重点是 open what is to be done)
_DESCRIPTION = re.compile("".join(f"(?<!{w})" for w in (
    "目标", "重点", "任务", "要求", "关键", "核心", "根本", "特别", "尤其", "主要", "就", "还", "但",
    "总", "凡", "或", "一")) + "是(?!否|指)")


def _never_taken(quote: str) -> bool:
    """A unit the rules turned down for what it is — a problem stated, a count of the
    document's own tasks, a gain named only by a comparative, the state of progress of a
    count of tasks, the size of a project, a description — which the unit model may not
    take up."""
    words = simplified(quote)
    return classify.is_problem(words) or classify.is_meta_count(words) \
        or classify.is_vague_gain(words) or classify.is_status(words) \
        or classify.is_project_size(words) or classify.is_harm_count(words) \
        or classify.is_adopted(words) or classify.is_votes(words) or (
        _DESCRIPTION.search(words) is not None and classify.MODAL.search(words) is None)


def _sum_of_money(sug: Suggestion) -> bool:
    """A target the rules read as a sum of money to raise, invest or spend (完成投资4.31亿元 /
    拟安排中央预算内投资7550亿元 / 筹措资金60亿元以上): a quantity to check by the definition
    page, kept whatever the model's floor. The model's n-grams of money (投资, 亿元, 预算) weigh
    against it, learnt from the budgets the corpus quotes inside the measure they fund; by
    leaving one set out, the rules' targets with a value under the floor were right 7 of 8
    times when a sum of money, 2 of 39 otherwise (session 11s)."""
    t = sug.target
    return sug.kind == "target" and t is not None and t.value is not None \
        and (t.unit or "").endswith("元") and not classify.looks_past(simplified(sug.quote))


# A text this short (a cell, a list item, a clause pasted alone) is all signal: every
# suggestion stays, whatever the model learnt of headings and items in whole documents.
FLOOR_MIN_TEXT = 200


def _model_says(sug: Suggestion) -> str:
    """Why a unit the rules turned down is suggested: the model's strongest cues."""
    w = confidence.weights()
    heading, in_row, numbered = sug.layout
    found = confidence.cues(sug, w, heading=heading, in_row=in_row, numbered=numbered) \
        if w is not None else []
    return "规则未采纳，模型判定" + (f"（{'、'.join(found)}）" if found else "")


def calibrate(out: list[Suggestion]) -> bool:
    """Replace the rules' confidence by the fitted model's probability (confidence.py);
    False when there is no model."""
    w = confidence.weights()
    if w is None:
        return False
    for s in out:
        if s.rejected and s.end - s.start < MIN_SCORED_CANDIDATE:
            continue  # too short to be taken up: not worth the model's time
        heading, in_row, numbered = s.layout
        # a unit turned down is only taken up from MIN_CANDIDATE_CONFIDENCE: below it, its
        # score is not worked out in full (it keeps the rules' 0 and is dropped)
        p = confidence.score_at_least(
            s, w, MIN_CANDIDATE_CONFIDENCE if s.rejected else None,
            heading=heading, in_row=in_row, numbered=numbered)
        if p is not None:
            s.confidence = round(p, 2)
    return True


# Wording of results reached: a paragraph with several of these and no word looking
# forward reports the past (a work report's review, a progress notice), even without a
# heading that says so: 全市新改建道路59条 there is a result, not a plan.
REVIEW_CUE = re.compile(
    r"已经|已|成功|获批|获评|荣获|被评为|位居|首次|累计|同比|比上年|较上年|超额完成|"
    r"全线贯通|建成投用|彰显|持续增强|显著(?:提升|增强|改善)|不断(?:提升|增强|完善)|"
    r"明显(?:改善|提升)|取得.{0,6}(?:成效|进展|突破|成绩|成果)|获得.{0,10}肯定|以来|过去|去年|"
    r"圆满完成|顺利完成|[^\d]了[，,。；;]|"
    # the state of progress a report gives (7项提前完成 / 5项进展较快 / 3个项目进度偏慢)
    r"提前(?:完成|完工|竣工|建成|办结)|(?:进展|进度)(?:较快|很快|顺利|良好|偏慢|较慢|缓慢|滞后)|"
    r"超序时进度|达到序时进度")
MIN_REVIEW_CUES = 2
# The cues above that describe a state of change (明显改善 / 显著提升 / 取得重大进展 / 更加彰显):
# a plan's goals are worded so too (到2025年，…质量明显改善，…取得重要进展), so they count
# towards a review only beside a cue of tense or time (已 / 了 / 同比 / 去年 / 首次 …)
_STATE_CUE = re.compile(r"^(?:彰显|持续增强|显著(?:提升|增强|改善)|不断(?:提升|增强|完善)|"
                        r"明显(?:改善|提升)|取得.{0,6}(?:成效|进展|突破|成绩|成果))$")


# A verb of striving for what follows it in its clause (力促雄商高铁建成投用 / 力争…全线贯通 /
# 确保…顺利完成): the cue after it names the state sought, not a result (not 推动 / 促进,
# which a review writes too: 推动生态环境保护工作取得新进展)
_STRIVE = re.compile(r"(?:力促|力争|争取|确保)[^，,。；;：:！!？?]*$")


def _reviews(words: str) -> bool:
    """Whether a paragraph's words report results by their cues alone (REVIEW_CUE): two
    cues or more, one at least of tense or time, none sought by a verb of striving before
    it in its clause (力促…建成投用)."""
    plain = classify.plain_yi(words)
    cues = [m.group() for m in REVIEW_CUE.finditer(plain)
            if _STRIVE.search(plain, max(0, m.start() - 40), m.start()) is None]
    return len(cues) >= MIN_REVIEW_CUES and any(_STATE_CUE.match(c) is None for c in cues)


def review_paragraphs(analysis: str, sentences: list[Sentence]) -> set[int]:
    """The paragraphs that report results. A paragraph with cues of the past and none of
    the future does; so does every paragraph of a stretch of review — opened by 过去一年 /
    一年来 / 五年来 (or the whole document, when its title reports progress: 整改落实情况,
    工作总结) and closed by a paragraph or heading that opens looking ahead (今年 / 下一步 /
    2026年工作安排) — unless the paragraph itself looks ahead."""
    spans: dict[int, list[int]] = {}
    headings: set[int] = set()  # the paragraphs that are a heading line
    for sent in sentences:
        span = spans.setdefault(sent.paragraph, [sent.start, sent.end])
        span[1] = sent.end
        if sent.heading:
            headings.add(sent.paragraph)
    out = set()
    title, _, body = analysis.lstrip()[:TITLE_SPAN].partition("\n")
    review = bool(body.strip()) and _REPORT_TITLE.search(title) is not None  # a title over a body
    # (such a title's own words name what is reported on: 《2023年政府工作报告》主要目标任务
    # 一季度完成情况 does not turn ahead)
    titled = min(spans) if review and spans else -1
    # a work report opens with the review of the year past (各位代表：…过去一年…) and turns
    # to the plans under a heading that looks ahead (二、2026年工作安排 / 总体要求)
    head = analysis[:WORK_REPORT_HEAD]
    review = review or _WORK_REPORT_TITLE.match(title.strip()) is not None \
        or "各位代表" in head or _REPORT_DELIVERED.search(head) is not None
    for para, (start, end) in sorted(spans.items()):
        words = analysis[start:end]
        opening = words[:OPENING_WORDS]
        if _REVIEW_OPENER.match(words):
            review = True
            out.add(para)
            continue
        if para in headings and _REVIEW_HEADING.search(words) \
                and _looks_ahead_words(words) is None and _turns_ahead(words) is None:
            # 一、2023年计划执行情况 / （二）主要成效 / 工作回顾: the section reports results
            review = True
            out.add(para)
            continue
        if _PROGRESS_LABEL.match(words):
            out.add(para)  # 完成情况：… / 整改进展：…: this paragraph reports, not the next
            continue
        if (_turns_ahead(opening) and _REVIEW_WORDS.search(opening) is None
                and para != titled) or (para in headings and para != titled
                                        and _PLAN_HEADING.search(words)):
            # (not the title: …2024年工作总结和2025年工作思路 names both parts of the text,
            # and the review comes first)
            review = False
        # inside a review, 预计 gives the estimate of the year just past (预计地区生产总值
        # 增长5%), not a plan
        ahead = _LOOKS_AHEAD.search(_ESTIMATE.sub("", words) if review else words) is not None
        if (review and not ahead) or (not ahead and _reviews(words)):
            out.add(para)
    return out


MAX_LABEL_LINES = 3  # the labels between a task and its progress (责任单位：/ 完成时限：)


def _progress_follows(analysis: str, end: int) -> bool:
    """Whether the next line after *end* but the task's labels (责任单位：…) opens with the
    label of its progress (推进情况：/ 进展情况：/ 完成情况：)."""
    at = analysis.find("\n", end)
    for _ in range(MAX_LABEL_LINES + 1):
        if at < 0:
            return False
        nxt = analysis.find("\n", at + 1)
        line = analysis[at + 1:nxt if nxt >= 0 else len(analysis)].strip()
        if _PROGRESS_LABEL.match(line):
            return True
        if line and not LABEL.match(line) and not ROLE_NOTE.match(line):
            return False
        at = nxt
    return False


def _role_note_closes(analysis: str, end: int) -> bool:
    """Whether the rest of the line after *end* is a role note (5.实施危桥改造40座。（责任单位：
    州交通运输局）): the line names a task and who answers for it, the task as it was set; a
    result is reported in a line of its own, with no body to answer for it."""
    nxt = analysis.find("\n", end)
    rest = analysis[end:nxt if nxt >= 0 else len(analysis)].strip().lstrip("。；;，, ")
    return bool(rest) and rest[0] in "（(〔【" and ROLE_NOTE.match(rest) is not None


def reports_results(sentence: str) -> bool:
    """A sentence that reports what was done: words of the past (已 / 完成了 / 以来) in it,
    or the opening of news (日前，/ 近日，), and no word looking ahead anywhere in it (经统计，我县共排查企业212家，已完成整改210家，
    完成率99%: every clause is a result, also those without a past word of their own)."""
    if not classify.strong_past(sentence) and _NEWS_OPENER.match(sentence) is None:
        return False
    return not _looks_ahead(sentence)


def _looks_ahead(sentence: str) -> bool:
    """Any word in *sentence* that looks forward (要 / 将 / 确保 / 尽快 / 要求其…)."""
    # 已按照要求将设备拆除: 将 after 已 marks the object, it does not look ahead
    sentence = _DONE_OBJECT.sub("", sentence)
    if "的" in sentence:
        # 为年计划的44% / 占年度目标任务的52%: the plan is the base of a share reached
        sentence = _SHARE_OF_PLAN.sub("", sentence)
    if "完成" in sentence:
        # 年度各项目标任务圆满完成 / 超额完成全年目标: the goals reported reached
        sentence = _GOAL_REACHED.sub("", sentence)
    return _LOOKS_AHEAD.search(sentence) is not None or classify.FORWARD.search(sentence) is not None \
        or _SOON.search(sentence) is not None


# A plan or a goal as the base of a share reached (为年计划的44% / 占年度计划的52.4% /
# 完成全年目标任务的60% / 為年計劃的13.9%): a progress report's measure, nothing set ahead
_SHARE_OF_PLAN = re.compile(r"(?:全?年度?|全年|季度|月度|半年)?(?:投资)?(?:计划|計劃|目标|目標)(?:任务|任務|投资|投資)?"
                            r"的[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]")
# Goals reported reached (年度各项目标任务圆满完成 / 超额完成全年目标任务): 目标 there names what
# was set, the words of completion (圆满 / 顺利 / 超额 完成, REVIEW_CUE) report it met.
_GOAL_REACHED = re.compile(r"目标(?:任务)?(?:均已|已|均|全部)?(?:圆满|顺利|超额)完成|"
                           r"(?:圆满|顺利|超额)完成[^，,。；;要将]{0,10}?目标(?:任务)?")
_DONE_OBJECT = screened(r"已[^，,。；;将]{0,12}将|(?<!并)要求(?!其)")
_SOON = re.compile(r"尽快|限期|及早|抓紧")


def _dated_event(when: Timing, doc_date: date | None, sentence: str) -> bool:
    """A sentence opened by the day something happened (3月24日，…开展…), a day before the
    document's own, with no word looking forward: it reports an event, it sets no deadline
    (6月30日前 is a bound)."""
    lead = when.lead
    return lead is not None and doc_date is not None and lead.date is not None \
        and lead.precision is Precision.DAY and lead.date < doc_date \
        and _BOUND_WORD.search(lead.text) is None and not _looks_ahead(sentence)


_BOUND_WORD = re.compile(r"前|底|末|内|止|到|至")
# A month or day an act took place (于2018年10月完成督察反馈 / 在2021年7月反馈…): 于/在 and
# the date, no word that bounds it (2018年10月底前 / 到2018年10月 set a deadline)
_AT_DATE = re.compile(r"(?<![截])(?:于|在)((?:19|20)\d{2})年(\d{1,2})月(?:(\d{1,2})日)?"
                      r"(?![底末]|前|以前|之前|内|止|起|以来|份?(?:前|底))")


def _done_at(sentence: str, doc_date: date | None) -> bool:
    """A sentence that says in which month an act took place, a month over before the
    document's date (并于2018年10月完成督察反馈, in a notice of 2019), with no word looking
    forward: it reports an event, it sets no deadline."""
    if doc_date is None or "月" not in sentence:
        return False
    for m in _AT_DATE.finditer(sentence):
        year, month = int(m.group(1)), int(m.group(2))
        if 1 <= month <= 12 and (year, month) < (doc_date.year, doc_date.month):
            return not _looks_ahead(sentence)
    return False
_AS_OF = re.compile(r"^(?:截至|截止)(?:到|至)?")


# The year named in time words: a number, or the year counted from the document's date
_YEAR_NAMED = re.compile(r"\d{4}\s*年|[〇零一二三四五六七八九]{4}年|今年|明年|后年|本年")


def _bound_ahead(words: str, doc_date: date | None) -> bool:
    """Time words that set a bound after the document's date (到2025年 / 今年6月底前 in a
    report of March), none of them past. A part of a year with no year named (上半年，/
    一季度，) names no bound ahead: in a review it is the period of the results."""
    if doc_date is None or _YEAR_NAMED.search(words) is None:
        return False
    found = find_deadlines(words, doc_date)
    return bool(found) and all(not d.past for d in found) \
        and any(d.date is not None and d.date > doc_date for d in found)


def _as_of_past(words: str, doc_date: date | None) -> bool:
    """Time words of a status (截至2020年底) on a day before the document's date."""
    if doc_date is None or _AS_OF.match(words) is None:
        return False
    return any(d.date is not None and d.date < doc_date for d in find_deadlines(words, doc_date))


# A short label before the sentence proper (保护与发展双赢: …)
_LABEL_OPENING = re.compile(r"^[^，,。；;：:“”]{2,12}[:：]\s*")
_YEAR_OPENING = needing(r"^(?:在|于)?(?P<who>[^\W\d_较比与和同从由自到至截止对在于前]{2,8}?)?((?:19|20)[0-9]{2})年(?:全年|上半年|前三季度)?(?![底末]?(?:前|以前|之前|内)|起|以来|的?基础上)")
# (the subject a year may follow: 全市2025年… / 山西临汾2025年…, not a verb or aim)
_ANY_VERB_OR_AIM = re.compile(classify.VERB + r"|" + classify.FORWARD.pattern)
_PERIOD_OPENING = needing(r"^(?:在|于)?“?(十[一二三四五])五”?(?:时期|期间)")
# A part of a year that opens a sentence (今年一季度，… / 2026年上半年，… / 1—10月，… / 前三季度…):
# over before the document's date, it frames that part's results. A quarter or half alone
# needs its year (上半年完成… under a heading of next year's work is that year's bound); the
# months counted from January (1—10月 / 前三季度 / 前10个月) are a period of statistics.
_PART_OPENING = re.compile(
    r"^(?:(?P<y>(?:19|20)[0-9]{2})年|(?P<this>今年))?(?:(?P<q>第?[一二三四1-4])季度|(?P<h>上)半年|"
    r"前(?P<p>[一二三])季度|(?:1|一)月?(?:份)?[—–\-－~～至到](?P<m>1[0-2]|[1-9]|十[一二]?|[二三四五六七八九])月份?"
    r"|前(?P<n>[1-9]|1[01]|[二三四五六七八九]|十[一]?)个月)(?:以来|期间)?(?![前内底末止]|以前|之前)(?:[，,]|(?=[^\d年月]))")
_ZH_NUM = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
           "十": 10, "十一": 11, "十二": 12}
_PLANS = {"十一": 2010, "十二": 2015, "十三": 2020, "十四": 2025, "十五": 2030}


def _opens_with_past_year(sentence: str, doc_date: date | None) -> bool:
    """A sentence opened by a year, or a five-year period, over before the document's own
    year (2025年上海GDP增长5.4% / “十四五”期间，全国PM2.5平均浓度下降20%, in a text of 2026),
    with no word looking forward: it reports that year's results."""
    sentence = to_halfwidth(sentence)  # (２０２４年 / １-８月份: the same words)
    words = sentence[_m.end():] if (_m := _LABEL_OPENING.match(sentence)) else sentence
    if (said := SAID.match(words) or NEWS_FRAME.match(words)) is not None:
        words = words[said.end():]  # 龚正指，2025年… / 报告称，… / 记者从X获悉，今年1—6月，…
    if doc_date is None:
        # no date to tell a year gone by: the months counted from January (1-8月份，/
        # 前三季度，/ 前10个月，) with a change against last year (同比下降1.7%) are a
        # period of statistics, reported whenever the text was written
        # (距完成年度目标还差7.7个百分点: the gap to a goal, measured now, sets nothing)
        m = _PART_OPENING.match(words)
        return m is not None and bool(m.group("m") or m.group("n") or m.group("p")) \
            and _AGAINST_LAST_YEAR.search(words, m.end()) is not None \
            and not _looks_ahead(_GAP_TO_GOAL.sub("", words[m.end():]))
    if (m := _PART_OPENING.match(words)) is not None:
        return _part_over(m, doc_date) and not _looks_ahead(words[m.end():])
    if (m := _YEAR_OPENING.match(words)) is not None:
        if m.group("who") and _ANY_VERB_OR_AIM.search(m.group("who")):
            return False  # 巩固2024年…成果 / 力争2025年…: a year naming which, or a goal's
        year = int(m.group(2))
    elif (m := _PERIOD_OPENING.match(words)) is not None:
        year = _PLANS[m.group(1)]
    else:
        return False
    # (2021年预计地区生产总值增长8%, in a text of 2022: the estimate of a year gone by, as a
    # review gives it before the year's figures are final; 预计到2025年 / 预计…将 still look
    # ahead)
    return year < doc_date.year and not _looks_ahead(_ESTIMATE.sub("", words[m.end():]))


# A change against last year's figure (同比下降1.7% / 比去年同期提高3个百分点 / 较上年增长8%)
_AGAINST_LAST_YEAR = re.compile(r"同比|环比|(?:比|较)(?:去年|上年)")
_GAP_TO_GOAL = re.compile(r"距(?:离)?(?:完成)?[^，,。；;]{0,12}?目标[^，,。；;]{0,12}?(?:还差|尚差|仍差|相差)")


def _part_frame(sentence: str) -> bool:
    """A sentence opened by a part of a year with no bound word (上半年，… / 一季度，… /
    1—10月，…) or by the whole year (全年实现… / 全年，…) and no word looking ahead after
    it: in a paragraph of review it is the part of the year reviewed, the frame of its
    results (上半年完成… / 6月底前… / 全年力争… are bounds)."""
    m = _PART_OPENING.match(sentence) or _WHOLE_YEAR_OPENING.match(sentence)
    return m is not None and not _looks_ahead(sentence[m.end():])


# The whole year opening a sentence, no bound word after it (全年实现地区生产总值60亿元 /
# 全年，…): the year a review reports on, as under a heading of goals the year set
_WHOLE_YEAR_OPENING = re.compile(r"^(?:全年|当年)(?![前内底末止]|以前|之前)[，,]?")


def _month(word: str) -> int:
    return int(word) if word.isdigit() else _ZH_NUM[word]


def _part_over(m: re.Match[str], doc_date: date) -> bool:
    """Whether the part of a year an opening names (_PART_OPENING) ended before *doc_date*:
    its last month is over (a quarter, the first half, the first N months)."""
    year = int(m.group("y")) if m.group("y") else doc_date.year
    if (m.group("q") or m.group("h")) and not (m.group("y") or m.group("this")):
        return False
    if m.group("q"):
        last = 3 * _month(m.group("q")[-1])
    elif m.group("h"):
        last = 6
    elif m.group("p"):
        last = 3 * _month(m.group("p"))
    else:
        last = _month(m.group("m") or m.group("n"))
    return (year, last) < (doc_date.year, doc_date.month)


# The label of what was set, in a list or report of rectification (整改目标：/ 目标任务：)
_GOAL_LABEL = re.compile(r"^\s*(?:整改目标|整改要求|整改任务|目标任务|工作目标|任务目标)\s*[:：]")


# News of an act done (日前，省政府召开… / 近日，县生态环境局开展…专项督查)
_NEWS_OPENER = re.compile(r"^\s*(?:日前|近日|前不久|此前|近期|今天|昨天|昨日)[，,]")
# A status as of a day (截至6月底 / 截至目前 / 截止到9月18日), anywhere in the sentence
_AS_OF_ANY = re.compile(r"(?:截至|截止)(?:到|至)?(?:目前|当前|发稿|今年|去年|上年|本月|[0-9０-９]|"
                        r"[一二三四五六七八九十])")


def _news_of_results(sentence: str) -> bool:
    """A sentence of news that reports results as of a day (近日，从X获悉，截至6月底，16件实事
    总体进展良好 / 截至9月18日，已办结23件), nothing looking ahead: the sentences after it in
    its paragraph report on, until one looks ahead (市区7台燃煤锅炉“煤改气”全部开工；…。
    下一步，…将…)."""
    return (_NEWS_OPENER.match(sentence) is not None or _AS_OF_ANY.search(sentence) is not None) \
        and reports_results(sentence)


TITLE_SPAN = 120
WORK_REPORT_HEAD = 300
# News of a congress session at which the work report is delivered (…作政府工作报告).
_REPORT_DELIVERED = re.compile(r"[作做]政府工作报告(?![:：]|提出|明确|部署)")
# The title of a work report itself (not a text about one: 《政府工作报告》提出… / …报告：…).
_WORK_REPORT_TITLE = re.compile(r"^[^《》:：，,。]{0,30}政府工作报告(?:[—\-－]*全文)?\s*(?:[（(][^）)]*[）)])?$")
OPENING_WORDS = 16
# A paragraph that opens a review: 过去的一年，… / 一年来，… / 2024年，全市上下…
_REVIEW_OPENER = re.compile(r"^(?:[（(]?[一二三四五六七八九十]+[、）)])?\s*(?:过去(?:的)?[一二三四五两]?年|这[一二三四五两]?年|"
                            # (一年多来 / 半年来 / 两年多来: the time since the act reported)
                            r"[一二三四五两半]年多?来|近[一二三四五两]年来|去年|上一年)")
# A paragraph opened by the label of what was done (完成情况：/ 进展情况：/ 整改落实情况：/
# 取得成效：), as progress tables and close-out notices write them: it reports results.
_PROGRESS_LABEL = re.compile(
    r"^(?:[（(]?[一二三四五六七八九十\d]+[、）).．]\s*)?"
    r"(?:(?:工作|目标|任务|整改|项目|工程)?(?:完成|进展|进度|落实|推进|办理|实施|执行|整改)"
    r"(?:落实)?(?:情况|进展|进度|成效|结果)|(?:工作|项目|整改|工程)(?:进展|进度)"
    r"|(?:取得|主要|工作|整改)成效|目前进展|截至目前)\s*[:：]")
# A paragraph or heading that opens looking ahead closes the review.
_TURNS_AHEAD = screened(r"今年|明年|下一步|今后|未来|展望|目标任务|总体要求|工作安排|重点工作|"
                          r"主要目标|工作打算|工作计划|工作思路|[一二三四五]五”?(?:时期|期间)|"
                          # (2024年，我们将重点做好以下工作 / 做好2024年工作)
                          r"\d{4}年[，,]?[^，,。；;]{0,8}?(?:将|要)(?![求素点])|做好\d{4}年")
# A heading over the tasks to do (二、重点任务 / 三、主要任务 / 2026年工作思路 / 主要举措),
# said last: it closes a review like 工作安排 does (not 重点任务完成情况, a review heading).
_PLAN_HEADING = re.compile(r"(?:重点|主要|工作)(?:任务|举措|措施)$|工作思路$|思路(?:和|与|及)?举措$")
# Words of a review in a heading that also names a period (“十四五”时期重大成就 /
# “十三五”以来工作回顾): it does not turn ahead.
_REVIEW_WORDS = re.compile(r"成就|成效|成绩|回顾|以来|总结")
_ESTIMATE = re.compile(r"预计(?![到至]\d{4}年|[^，,。；;]{0,12}?(?:将|要|明年|今年|下一步))")
# A heading over a section that reports results (一、2023年国民经济和社会发展计划执行情况 /
# （一）主要成效 / 工作回顾), not over the tasks it names (巩固整改成效 is a task).
_REVIEW_HEADING = screened(r"(?:执行|完成|落实|进展|推进|实施|整改|开展)(?:工作)?情况$|回顾$|工作总结$|"
                             r"(?:工作|做法)(?:及|和|与)(?:主要)?成效$|"
                             r"^(?:[（(]?[一二三四五六七八九十\d]+[、）).．]\s*)?"
                             r"(?:主要|取得的?|所取得的)(?:成绩|成效|成就|进展)")
# A document whose title reports what was done (…整改落实情况 / 工作总结 / 销号公示).
_REPORT_TITLE = screened(r"(?:整改|落实|完成|进展|推进|实施|执行)(?:工作)?情况|工作总结|工作回顾|成效|销号|"
                           r"(?<!计划)完成率")
_TURNS_AHEAD_CUE = needs(_TURNS_AHEAD)


def _turns_ahead(text: str) -> re.Match[str] | None:
    """_TURNS_AHEAD.search(text), after a quick test for the characters one of its words
    holds (most paragraphs' words hold none: the screened scan is dearer than the test)."""
    return _TURNS_AHEAD.search(text) if _TURNS_AHEAD_CUE.search(text) is not None else None



# Words that look forward (要 as a modal verb, not in 主要/重要/要求).
_LOOKS_AHEAD = screened(
    r"(?<![主重纲必需只])要(?![求素点闻件])|(?<!即)将(?!军|士)|确保|力争|务必|必须|应当|拟|计划(?:于|在|到)|"
    r"预计|下一步|今后|明年|目标是|目标为|目标[:：]|(?:规划|纲要|方案|草案|计划)》?(?:明确|提出)|到\d{4}年|\d{4}年(?:底|年底)?前|年底前|年内|"
    rf"{classify.PLAN_PERIOD}|期末|未来|"
    r"禁止|严禁|不得|不再|长期坚持")
_LOOKS_AHEAD_CUE = needs(_LOOKS_AHEAD)


def _looks_ahead_words(text: str) -> re.Match[str] | None:
    """_LOOKS_AHEAD.search(text), after a quick test for its characters (as _turns_ahead)."""
    return _LOOKS_AHEAD.search(text) if _LOOKS_AHEAD_CUE.search(text) is not None else None



_NATIONAL = re.compile(r"国务院|党中央|中共中央|全国人大|十[四五]届全国人大")
NATIONAL_HEAD = 600
# Words of a national scope, read when no region was found at all.
_NATIONAL_SCOPE = re.compile(
    r"国务院|党中央|中共中央|全国|国内生产总值|中国式现代化|各省[（(]区、市[）)]|地级及以上城市|京津冀")
_NATIONAL_WORDS = re.compile(r"国务院|党中央|中共中央|全国|生态环境部|国家发展改革委|中央生态环境保护督察办公室")
_SUFFIX = re.compile(r"(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)$")


def _national(analysis: str, ctx: DocumentContext) -> bool:
    """Whether a document placed in a province speaks for the whole country: national
    words twice or more in its opening, while the province's name is not in its title and stands there
    at most once."""
    head = analysis[:NATIONAL_HEAD]
    own = ctx.gazetteer.get(ctx.region_code) if ctx.gazetteer and ctx.region_code else None
    if own is None or str(own.level) != "province" or len(_NATIONAL_WORDS.findall(head)) < 2:
        return False  # a city or county named is the jurisdiction; only a province can be
        # a passing mention in a national text
    short = _SUFFIX.sub("", own.name) or own.name
    title = head.lstrip().split("\n", 1)[0]
    return short not in title and head.count(short) <= 1


def _government_of(region: str) -> str:
    return "国务院" if region in ("全国", "中国", "中华人民共和国") else government_name(region)


# the commas of a list of bodies, not those inside a bracket (各县（市、区）人民政府)
_LIST_COMMA = re.compile(r"、(?![^（(〔]*[）)〕])")
# the bodies of one subject, each on its own (A、B / A或者B: either answers)
_SUBJECT_PARTS = re.compile(r"、(?![^（(〔]*[）)〕])|或者")


# what may join the bodies of one subject (A、B和C / A联合B / A会同B)
_SUBJECT_JOINER = re.compile(r"[、，,和及与]|联合|会同|协同|聯合|會同|協同")


def _actor_refs(actor: str) -> list[BodyRef]:
    """A paragraph's subject as bodies: a list of them (各地区、各部门) one by one, and
    bodies acting together (生态环境部联合住房和城乡建设部) each on its own."""
    parts = _LIST_COMMA.split(actor)
    if len(parts) > 1 and all(map(is_body_name, parts)):
        return [BodyRef(p) for p in parts]
    found, at = find_bodies(actor), 0
    for ref in found:
        pos = actor.find(ref.name, at)
        if pos < 0 or (pos > at and not _SUBJECT_JOINER.fullmatch(actor[at:pos])) \
                or (pos == at and at > 0):
            return [BodyRef(actor)]
        at = pos + len(ref.name)
    return list(found) if len(found) > 1 and at == len(actor) else [BodyRef(actor)]


# 市农业农村局：负责… / 各县（市、区）政府：落实…: a paragraph of a division of duties opens
# with the bodies it assigns, then a colon
_COLON_SUBJECT = needing(r"(?P<who>[^：:，,。；;\s]{2,40}?)[：:]")


def _colon_subject(clause: str) -> str | None:
    """The bodies a clause names before a colon, when they are nothing but bodies."""
    marker = LIST_MARKER.match(clause) or HEADING_MARKER.match(clause)
    m = _COLON_SUBJECT.match(clause, marker.end() if marker else 0)
    if m is None or LABEL.match(clause, m.start()):
        return None  # 责任单位：X is a label, read as one
    parts = _LIST_COMMA.split(m.group("who"))
    return m.group("who") if all(map(is_body_name, parts)) and not any(map(is_person, parts)) \
        else None


def _subject(clause: str) -> tuple[str, int] | None:
    """The body a clause opens with as its subject and where it starts in the clause:
    一、各地区、各部门要… → 各地区、各部门, not the item's number; 市农业农村局：负责… →
    市农业农村局."""
    who = _colon_subject(clause) or classify.subject_of(clause)
    marker = (LIST_MARKER.match(who) or HEADING_MARKER.match(who)) if who else None
    if who and marker:
        return (who[marker.end():], clause.find(who) + marker.end()) \
            if who[marker.end():] else None
    return (who, clause.find(who)) if who else None


# A meeting's or a leader's words that open a paragraph (会议要求，… / 市委书记X强调：…):
# the bodies the next clause opens with are those told, for the paragraph's sentences
_MEETING_SAYS = re.compile(r"(?:会议|大会|会上|[^，,。；;：:]{0,16}?(?:书记|省长|市长|县长|区长|主任|局长|厅长|部长))"
                           r"[^，,。；;：:]{0,6}?(?:要求|强调|指出|提出|明确|部署|号召)")


def paragraph_actors(text: str, sentences: list[Sentence]) -> dict[int, str]:
    """The body each paragraph is about, as written in *text*: the subject it opens with
    (市委要… / 省政府将…), when no other sentence of the paragraph names a different one."""
    first: dict[int, tuple[str, int] | None] = {}
    for sent in sentences:
        if sent.index_in_paragraph == 0 or sent.paragraph not in first:
            colon = _colon_subject(sent.text) if sent.index_in_paragraph == 0 else None
            opening = sent.clauses[0] if sent.clauses else None
            if opening is not None and len(sent.clauses) > 1 and not colon \
                    and _MEETING_SAYS.fullmatch(opening.text.rstrip("，,：: ")):
                opening = sent.clauses[1]  # 会议要求，各地各部门要…: the bodies told
            found = _subject(opening.text) if opening is not None and not colon else None
            first[sent.paragraph] = (colon, sent.start + sent.text.find(colon)) if colon else \
                (found[0], opening.start + found[1]) if found and opening else None
    # the other subjects are read only in the paragraphs that open with one, up to the
    # first that differs (most paragraphs open with none: their clauses need no reading)
    mixed = {p for p, opener in first.items() if opener and is_person(opener[0])}
    for sent in sentences:
        opener = first[sent.paragraph]
        if opener is None or sent.paragraph in mixed:
            continue
        if any((found := _subject(c.text)) and found[0] != opener[0] for c in sent.clauses):
            mixed.add(sent.paragraph)
    actors = {p: text[at:at + len(who)] for p, opener in first.items()
              if opener and p not in mixed for who, at in [opener]}
    _list_lead_actors(text, sentences, actors)
    return actors


# A line that leads a list of duties or tasks with the bodies that bear them (第四条 各级党委
# 和政府乡村振兴责任主要包括： / 各县（市、区）人民政府应当履行下列职责：), the list's items on
# the lines after it
_LIST_LEAD = re.compile(r"(?:第[一二三四五六七八九十百\d]+条\s*)?")
# …and what the line says of them after their names: the duties or tasks that follow
_LIST_LEAD_TAIL = re.compile(r"(?:的)?[^，,。；;：:]{0,16}?(?:责任|职责|任务|工作)?(?:主要)?"
                             r"(?:包括|是|如下|为|(?:应当|应|要)(?:履行|承担|做好|落实)?(?:下列|以下)"
                             r"[^，,。；;：:]{0,6}?)")


def _list_lead_actors(text: str, sentences: list[Sentence], actors: dict[int, str]) -> None:
    """The bodies a list's lead line names, for the items under it that name none."""
    lead: str | None = None
    for sent in sentences:
        if sent.index_in_paragraph == 0:
            if lead is not None and not LIST_MARKER.match(sent.text):
                lead = None  # the list has ended
            if lead is not None and sent.paragraph not in actors:
                actors[sent.paragraph] = lead
        ends_list = text[sent.end:sent.end + 1] in "：:" and sent.index_in_paragraph == 0
        if not ends_list or sent.end - sent.start > 60:
            continue
        marker = LIST_MARKER.match(sent.text)
        at = marker.end() if marker else 0
        article = _LIST_LEAD.match(sent.text, at)
        at = article.end() if article else at
        who = _leading_bodies(sent.text[at:])
        if who is not None and _LIST_LEAD_TAIL.fullmatch(sent.text, at + len(who)):
            lead = text[sent.start + at:sent.start + at + len(who)]


def _leading_bodies(words: str) -> str | None:
    """The bodies *words* open with (A、B / A和B), as one run, when they are bodies."""
    found, at = find_bodies(words), 0
    for ref in found:
        pos = words.find(ref.name, at)
        if pos != at and not (at and _JOINED.fullmatch(words[at:pos])):
            break
        at = pos + len(ref.name)
    if at and words[at:at + 2] in ("和政", "和人") and words.startswith("政府", at + 1):
        at += 3  # 各级党委和政府: the committee and the government together
    return words[:at] if at and not is_person(words[:at]) else None


SHORT_CELL = 30  # a row whose task and target cells are this short is one record
_SENTENCE_STOP = re.compile(r"[。；;！？，,]")


def _line_spans(text: str, rows: Sequence[IndicatorRow]) -> list[tuple[int, int]]:
    spans = []
    for row in rows:
        end = text.find("\n", row.start)
        spans.append((text.rfind("\n", 0, row.start) + 1, len(text) if end < 0 else end))
    return spans


# The lines of a news page that repeat its text as headlines: the original title
# (原标题：…) and subheads in black brackets standing alone on their line (【…】)
_HEADLINE = re.compile(r"^[ \t\u3000]*(?:原标题[:：][^\n]*|【[^】\n]{2,60}】[ \t\u3000]*)$", re.M)


def _headline_lines(analysis: str) -> list[tuple[int, int]]:
    if "原标题" not in analysis and "【" not in analysis:
        return []
    return [m.span() for m in _HEADLINE.finditer(analysis)]


# The title on a text's first line that names or announces the text below it (session 14):
# the name of a document (…行动计划 / …整改报告 / 关于…的通知 / …实施方案（2023—2025年）),
# a headline under a column's tag or after a headline's bar (创文进行时丨… / 【保民生】… /
# 政府工作报告｜…), or a report that a text was issued (某市发布… / 某县印发《…》 / 12部门联合
# 印发《…》 / 某省出台方案推进…). The text states the commitments itself (dev gold: such
# titles in 6 sets, none recorded). Not a name opened by the act of drawing it up (研究制定X
# 实施方案: a task), a numbered item, a sentence closed by 。, nor a line with no text under it.
# Dropped when suggesting (_decide), its units still read and fitted on as before.
_TITLE_DOC = re.compile(r"(?:通知|报告|方案|计划|意见|要点|纲要|规划|办法|决定|公告|通报|公示|细则|总结)"
                      r"(?:[（(][^（()）]{0,16}[）)])?》?$")
_TITLE_TAG = re.compile(r"^【[^】\n]{2,20}】(?=\S)|^[^丨｜|]{2,30}[丨｜|][^丨｜|]{4,}$")
_TITLE_ISSUED = re.compile(r"^[^，,。；;：:《》“”【】]{2,24}?(?:联合)?(?:(?:发布|公布)了?(?=\S)|(?:印发|出台)了?"
                           r"(?:《|“|关于|该|[^，,。；;]{0,12}?(?:方案|意见|规划|纲要|计划|办法|清单|措施)))")
_TITLE_DRAWN_UP = re.compile(r"^(?:研究)?(?:制定|编制|修订|起草|出台|印发|完善|健全)")
_LIST_NUMBER = re.compile(r"[0-9０-９]{1,2}\s*[.、．)）]|[（(]")  # 1.… / 2、… / （三）…: an item
MAX_TITLE = 80
MIN_TITLED_TEXT = 20  # the text under a title: a sentence at least


def _title_line(analysis: str) -> tuple[int, int] | None:
    """The span of the text's first line when it is a title naming or announcing the text
    below it (_TITLE_DOC, _TITLE_TAG, _TITLE_ISSUED), else None."""
    start = len(analysis) - len(analysis.lstrip())
    end = analysis.find("\n", start)
    if end < 0 or len(analysis) - end < MIN_TITLED_TEXT:
        return None
    line = analysis[start:end].strip()
    if not line or len(line) > MAX_TITLE or "\t" in line or line.endswith(("。", "；", ";")) \
            or len(analysis[end:].strip()) < MIN_TITLED_TEXT or _RUN_IN_NUMBER.match(line) \
            or _LIST_NUMBER.match(line):
        return None
    if _TITLE_TAG.search(line) or _TITLE_ISSUED.match(line) \
            or (_TITLE_DOC.search(line) and not _TITLE_DRAWN_UP.match(line)):
        return start, end
    return None


def _within(spans: list[tuple[int, int]], pos: int) -> bool:
    i = bisect.bisect_right(spans, (pos, len(spans) and 1 << 60)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _table_bodies(text: str, analysis: str, rows: Sequence[Row], irows: Sequence[IndicatorRow],
                  doc_date: date | None) -> dict[int, list[BodyRef]]:
    """The bodies of an indicator table's rows that have a body column (指标 | 2025年目标 |
    责任单位), by the start of the row's metric cell."""
    out: dict[int, list[BodyRef]] = {}
    if not irows or not ("单位" in analysis or "部门" in analysis or "主体" in analysis):
        return out
    starts = [row.start for row in rows]
    for irow in irows:
        i = bisect.bisect_right(starts, irow.start) - 1
        row = rows[i] if i >= 0 and irow.start < rows[i].end else None
        if row is not None and (row.cells_of("lead") or row.cells_of("support")):
            bodies = _row_item(text, analysis, row, doc_date).bodies
        else:
            bodies = _body_column(text, analysis, irow.start)
        if bodies:
            out[irow.start] = list(bodies)
    return out


HEADER_REACH = 60  # how many lines above a row its table's header may stand


def _body_column(text: str, analysis: str, at: int) -> list[BodyRef]:
    """The bodies of a row of tabs (its line holds *at*) under its table's body column
    (指标 | 2020年 | 2025年 | 牵头单位: a header the table reader does not take for one,
    its year columns being no kind it names)."""
    start = analysis.rfind("\n", 0, at) + 1
    end = analysis.find("\n", at)
    cells = analysis[start:end if end >= 0 else len(analysis)].split("\t")
    if len(cells) < MIN_ROW_CELLS:
        return []
    above = start - 1
    for _ in range(HEADER_REACH):
        if above <= 0:
            break
        head_start = analysis.rfind("\n", 0, above) + 1
        header = analysis[head_start:above].split("\t")
        above = head_start - 1
        if len(header) < MIN_ROW_CELLS:
            break  # prose: the table began below
        kinds = [column_kind(c) for c in header]
        if "lead" not in kinds and "support" not in kinds:
            continue
        item = Item()
        offset = start
        for col, cell in enumerate(cells):
            kind = kinds[col] if col < len(kinds) else None
            if kind in ("lead", "support") and cell.strip() and not _NO_BODY_CELL.search(cell):
                add_bodies(item, text[offset:offset + len(cell)].strip(),
                           BodyRole.LEAD if kind == "lead" else BodyRole.SUPPORT)
            offset += len(cell) + 1
        return item.bodies
    return []


MIN_ROW_CELLS = 3


def _add_indicator_rows(text: str, rows: Sequence[IndicatorRow], out: list[Suggestion],
                        numbered: list[bool], ctx: DocumentContext,
                        doc_date: date | None = None,
                        period: Deadline | None = None,
                        bodies: dict[int, list[BodyRef]] | None = None
                        ) -> tuple[list[Suggestion], list[bool]]:
    """The rows of indicator tables: the target as a commitment, the base year's value
    as a past result; merged into reading order. A target of the year's column (年度目标)
    falls due at the end of the document's year, or, when the document's date is not
    known, at the end of the year the document's title or opening names (*period*: 截至
    2024年9月底… / 2024年民生实事进展情况). A row's body cell (责任单位) names who answers
    for it, else the issuer does."""
    made = []
    for row in rows:
        # a progress table's row names its bodies (责任单位 / 备注 cells), as written; else
        # the body column of the table (责任单位 / 牵头单位), else the issuer
        cells = Item()
        for s, e in row.bodies:
            add_bodies(cells, text[s:e].strip(), BodyRole.LEAD)
        named = cells.bodies or (bodies or {}).get(row.start) or []
        if row.deadline is None and row.annual and doc_date is not None:
            row = replace(row, deadline=Deadline("", date(doc_date.year, 12, 31), Precision.YEAR))
        elif row.deadline is None and row.annual and period is not None \
                and period.precision is Precision.YEAR and period.date is not None:
            row = replace(row, deadline=Deadline("", period.date, period.precision))
        if row.base is not None and row.base_end is not None:
            made.append(Suggestion(
                start=row.start, end=row.base_end, quote=text[row.start:row.base_end],
                kind=SuggestionKind.INDICATOR, deadline=row.base_deadline, target=row.base,
                responsible=list(named or ctx.issuer_refs), region_code=ctx.region_code,
                region=ctx.region_name, confidence=0.7, section=None,
                why="指标表：基期值"))
        if row.done is not None and row.done_start is not None and row.done_end is not None:
            made.append(Suggestion(
                start=row.done_start, end=row.done_end, quote=text[row.done_start:row.done_end],
                kind=SuggestionKind.INDICATOR, deadline=None, target=row.done,
                responsible=named or list(ctx.issuer_refs), region_code=ctx.region_code,
                region=ctx.region_name, confidence=0.7, section=None,
                why="进度表：已完成数"))
        if row.target is not None:
            sug = Suggestion(
                start=row.start, end=row.target_end, quote=text[row.start:row.target_end],
                kind=SuggestionKind.TARGET, deadline=row.deadline, target=row.target,
                responsible=list(named or ctx.issuer_refs), region_code=ctx.region_code,
                region=ctx.region_name, confidence=0.9, section=None, why="",
                own_bodies=bool(named))
            sug.why = ("进度表：年度目标；" if row.done_start is not None or row.bodies else "指标表；") \
                + explain("", "target", row.target, row.deadline, classify.Verdict("target", 0.9), 0)
            sug.layout = (0, True, False)
            made.append(sug)
    merged = sorted([*zip(out, numbered), *((s, False) for s in made)], key=lambda x: x[0].start)
    return [s for s, _ in merged], [n for _, n in merged]


# A section of a notice headed by its bodies' label (三、整改责任单位 / 三、责任单位：县住建局 /
# 二、整改实施主体), the bodies on the heading's line or on the line under it
_LABEL_SECTION = re.compile(r"(?:问题)?(?:整改)?(?:责任单位|牵头单位|责任部门|牵头部门|责任主体|实施主体|"
                            r"实施单位|承办单位|主责单位|负责单位)"
                            r"\s*[:：]?\s*(?P<value>[^:：]*)")


def _label_sections(text: str, analysis: str,
                    sentences: list[Sentence]) -> list[tuple[int, list[BodyRef]]]:
    """Where each section headed by a bodies' label stands, and the bodies it names."""
    out: list[tuple[int, list[BodyRef]]] = []
    for n, sent in enumerate(sentences):
        if "单位" not in sent.text and "部门" not in sent.text and "主体" not in sent.text:
            continue
        # the heading's number stands before the sentence (a heading's text) or in it
        line = analysis[analysis.rfind("\n", 0, sent.start) + 1:sent.start]
        marker = HEADING_MARKER.match(sent.text) or LIST_MARKER.match(sent.text)
        if not (sent.heading and (HEADING_MARKER.match(line) or LIST_MARKER.match(line))) \
                and marker is None:
            continue  # 责任单位：X on a line of its own is a label of its item (read_label)
        m = _LABEL_SECTION.fullmatch(sent.text, marker.end() if marker else 0)
        if m is None:
            continue
        start, end = sent.start + m.start("value"), sent.start + m.end("value")
        if not m.group("value").strip() and n + 1 < len(sentences) \
                and sentences[n + 1].paragraph != sent.paragraph:
            start, end = sentences[n + 1].start, sentences[n + 1].end  # its value below it
        value = analysis[start:end].strip().rstrip("。；;")
        names = _LIST_COMMA.split(value)
        if names and all(map(is_body_name, names)):
            item = Item()
            add_bodies(item, text[start:end].strip().rstrip("。；;"), BodyRole.LEAD)
            out.append((sent.start, list(item.bodies)))
        elif stated := read_trailing_roles(value):
            # 二、责任单位 / 省自然资源厅牵头，省发展改革委、省林业局配合: the bodies with the
            # roles the value states, as written
            out.append((sent.start, _refs_as_written(text, analysis, stated, start, end)))
    return out


def _apply_label_sections(text: str, analysis: str, sentences: list[Sentence],
                          out: list[Suggestion], fallback: AbstractSet[int],
                          ctx: DocumentContext,
                          unbuilt: Sequence[tuple[int, int]] = ()) -> None:
    """The bodies of a notice's 责任单位 section for the suggestions that name none (they
    fell back on the issuer): one section serves the whole notice; several, each the
    problem it closes (or opens, when the first stands before every suggestion, counting
    the *unbuilt* units turned down that would have named no bodies of their own)."""
    sections = _label_sections(text, analysis, sentences)
    if not sections:
        return
    starts = [at for at, _ in sections]
    opens = min(out[i].start for i in fallback) > starts[0] if fallback else False
    if opens and any(s <= starts[0] and not _bodies(text, analysis, s, e, None)
                     for s, e in unbuilt):
        opens = False
    for i in fallback:
        sug = out[i]
        if sug.responsible and sug.responsible != ctx.issuer_at(sug.start):
            continue  # a paragraph's own subject, or bodies given since
        if len(sections) == 1:
            bodies = sections[0][1]
        else:
            k = bisect.bisect_right(starts, sug.start)
            k = k - 1 if opens else k
            if not 0 <= k < len(sections):
                continue
            bodies = sections[k][1]
        sug.responsible = list(bodies)


def _apply_field_heads(text: str, analysis: str, heads: Sequence[FieldHead],
                       out: list[Suggestion], ctx: DocumentContext, doc_date: date | None,
                       soft: AbstractSet[int]) -> None:
    """The deadline and the bodies that fields standing as headings (五、完成时限 /
    2023年9月30日前 · 二、整改实施主体 / 宿马园区党工委、管委会) give the tasks of the section
    they serve, as the labels 完成时限：… / 责任单位：… give those of their item: to the
    tasks with no time words or bodies of their own. A section with two fields of one
    kind (two problems' time limits under one heading) is left as it is."""
    scopes: dict[tuple[int, int], list[FieldHead]] = {}
    for head in heads:
        if head.kind in ("time", "body", "support"):
            scopes.setdefault(head.scope, []).append(head)
    for (begin, stop), fields in scopes.items():
        # (a support field counts with the bodies: two of them make the section ambiguous too)
        kinds = Counter("time" if h.kind == "time" else "body" for h in fields)
        item = Item()
        for head in fields:
            if head.kind == "time":
                if kinds["time"] > 1:
                    continue
                line_end = analysis.find("\n", head.value_start, head.value_end)
                value = analysis[head.value_start:line_end if line_end >= 0 else head.value_end]
                # (the bound the field sets, whether or not it had passed by the notice's date)
                set_deadline(item, value.strip().rstrip("。；;，,"), doc_date, bygone=True)
            elif kinds["body"] == 1:
                for ls, le in iter_lines(analysis, head.value_start, head.value_end):
                    item.bodies.extend(  # (as written: 宿馬園區黨工委)
                        BodyRef(_as_written(text, analysis, b.name, ls, le),
                                BodyRole.SUPPORT if head.kind == "support" else b.role)
                        for b in field_bodies(analysis[ls:le]))
        if item.deadline is None and not item.bodies:
            continue
        for i, sug in enumerate(out):
            if not begin <= sug.start < stop or sug.kind == "indicator":
                continue
            if item.deadline is not None and item.deadline.date is not None \
                    and (sug.deadline is None or i in soft):
                _rebound(sug, Deadline("", item.deadline.date, item.deadline.precision),
                         f"时限（字段标题）：{item.deadline.text}")
            elif item.deadline is not None and item.deadline.date is None and i in soft \
                    and _ONGOING.fullmatch(item.deadline.text.strip()) is not None:
                _rebound(sug, None, f"时限（字段标题）：{item.deadline.text}")
            if item.bodies and (not sug.own_bodies or sug.responsible == ctx.issuer_refs):
                sug.responsible = unique_bodies(item.bodies)


def _merge_rows(text: str, rows: Sequence[Row], out: list[Suggestion], numbered: list[bool],
                row_members: dict[int, list[int]],
                doc_date: date | None = None) -> tuple[list[Suggestion], list[bool]]:
    """A table row is one record: the suggestions of its task, goal and measure cells
    become one, spanning them, of the strongest kind, with the first target found."""
    drop: set[int] = set()
    by_start = {row.start: row for row in rows}
    for row_start, members in row_members.items():
        row_cells = by_start[row_start].cells
        done_at = next((c.start for c in row_cells if c.kind == "progress"), None)
        # (任务 | 实际已完成 | 进度 | 预计年底完成: a column the header does not name after
        # what was done belongs to the progress, not to the task; so do the next steps)
        cells = [c for c in row_cells if c.kind in COMMITMENT_CELLS
                 and not (c.kind in ("other", "next") and done_at is not None and c.start > done_at)]
        if any(c.end - c.start > SHORT_CELL or _SENTENCE_STOP.search(text, c.start, c.end - 1)
               for c in cells):
            # long cells of measures (a rectification list): each sentence its own; but a
            # row's one cell of one sentence that gave one record is that record (加快建设以
            # A为极点，链接B的科技创新轴。: the clause cut at its comma is still the row's task)
            if len(members) == 1 and len(cells) == 1:
                _whole_cell(text, out, members[0], cells[0])
            continue
        parts = [out[i] for i in members]
        first = parts[0]
        for other in parts[1:]:
            first = merge(text, first, other)
            if first.target is None or first.target.comparator is None:
                first.target = other.target or first.target
        if cells and first is parts[0]:
            first = copy.copy(first)
        if cells:
            first.start = min(first.start, cells[0].start)
            first.end = max(first.end, _row_end(by_start[row_start], cells[-1]))
            first.quote = text[first.start:first.end]
            _quoted_time_cell(text, by_start[row_start], first, doc_date)
        first.responsible = next((p.responsible for p in parts if p.responsible), [])
        if cells and (first.target is None or first.target.value is None) and first.kind != "indicator":
            valued = _goal_cell_target(text, first.start, by_start[row_start])
            if valued is not None:
                # 新增城镇就业 | 人社局 | 8950: the goal cell's bare value is the row's target
                first.target, first.kind = valued, SuggestionKind.TARGET
                kept = [w for w in (first.why or "").split("；")
                        if w and not w.startswith(("举措：", "目标："))]
                first.why = "；".join([_target_why(valued), *kept])  # (a target: no act cited)
        if cells:
            first.why = "；".join(filter(None, ["表格行", first.why]))
        out[members[0]] = first
        drop.update(members[1:])
    if not drop:
        return out, numbered
    keep = [i for i in range(len(out)) if i not in drop]
    return [out[i] for i in keep], [numbered[i] for i in keep]


_FULL_STOP = re.compile(r"[。；;！!？?]")


def _whole_cell(text: str, out: list[Suggestion], i: int, cell: Cell) -> None:
    """The record of a row's one task cell, when the cell is one sentence: its quote runs
    over the whole cell (its final stop left out), as the row is one record."""
    sug = out[i]
    end = cell.end
    while end > cell.start and text[end - 1] in "。；;！!？?，, \u3000":
        end -= 1
    if not (cell.start <= sug.start and sug.end <= cell.end) or end <= cell.start \
            or _FULL_STOP.search(text, cell.start, end) or (sug.start, sug.end) == (cell.start, end):
        return
    whole = copy.copy(sug)
    whole.start, whole.end = cell.start, end
    whole.quote = text[cell.start:end]
    out[i] = whole


#: The cells that say who answers for a row's task and by when: a row's quote runs on over
#: those right after its task (任务 | 责任单位 | 责任人 | 完成时限, the row as one record)
_ROW_TAIL = frozenset({"lead", "support", "person", "deadline"})


def _row_end(row: Row, last: Cell) -> int:
    """The end of a row's record: its last task cell, and the body, people and time-limit
    cells right after it (not a progress or note cell, nor one past another kind)."""
    end = last.end
    for cell in row.cells:
        if cell.start < last.end:
            continue
        if cell.kind not in _ROW_TAIL:
            break
        end = cell.end
    return end


def _quoted_time_cell(text: str, row: Row, sug: Suggestion, doc_date: date | None) -> None:
    """A row's record that now quotes its time-limit cell (粮食产量100亿斤以上。	市农技中心	卢伯瑛
    	2024年底前) keeps the cell's words as its deadline's text, when they gave its date."""
    if sug.deadline is None or sug.deadline.text or sug.deadline.date is None:
        return
    for cell in row.cells_of("deadline"):
        if sug.start <= cell.start and cell.end <= sug.end:
            words = text[cell.start:cell.end].strip()
            read = Item()
            set_deadline(read, simplified(words), doc_date)
            if read.deadline is not None and read.deadline.date == sug.deadline.date:
                sug.deadline = Deadline(words, sug.deadline.date, sug.deadline.precision)
            return


# A goal cell holding a value and nothing else (8950 / 2所 / 71個 / 1300人 / ≥95%)
_BARE_GOAL = re.compile(r"\s*[≥≤>=<＞＜]?\s*[0-9][0-9.,]*\s*(?:[万亿])?[^\s0-9，,。；;]{0,4}\s*")


def _goal_cell_target(text: str, start: int, row: Row) -> Target | None:
    """The target of a row whose goal cell is a bare value: read from the row's cells from
    the task to that cell, so that the task or its note names the unit (（所） / 就业 → 人)."""
    goals = row.cells_of("goal")
    if not goals or goals[-1].start <= start or not _BARE_GOAL.fullmatch(text, goals[-1].start, goals[-1].end):
        return None
    found = pick_target([t for t in find_targets(text[start:goals[-1].end])
                         if t.end > goals[-1].start - start])
    return found if found is not None and found.value is not None else None


def _target_why(target: Target) -> str:
    """The reviewer's words for a target (as explain() writes them)."""
    value = (f"{format_number(target.value[0])}–{format_number(target.value[1])}"
             if isinstance(target.value, tuple)
             else format_number(target.value) if target.value is not None else "")
    cmp = _COMPARATOR_WORDS.get(str(target.comparator), "") if target.comparator else ""
    return f"目标：{cmp}{value}{target.unit or ''}"


def _row_of(rows: Sequence[Row], starts: list[int], sent: Sentence) -> Row | None:
    """The table row a sentence stands in (sentences of a row never leave its line)."""
    i = bisect.bisect_right(starts, sent.start) - 1
    return rows[i] if i >= 0 and sent.start < rows[i].end else None


def _row_item(text: str, analysis: str, row: Row, doc_date: date | None) -> Item:
    """A table row's deadline and bodies, from its time and body cells (bodies as written)."""
    item = Item()
    for cell in row.cells_of("deadline")[:1]:
        set_deadline(item, analysis[cell.start:cell.end].strip(), doc_date)
    for kind, role in (("lead", BodyRole.LEAD), ("support", BodyRole.SUPPORT)):
        for cell in row.cells_of(kind):
            if not _NO_BODY_CELL.search(analysis[cell.start:cell.end]):
                add_bodies(item, text[cell.start:cell.end], role)
    if not item.bodies and row.cells_of("lead"):
        # a row with a cell more than its header (名称 | 目标 | 区人社局 | 6300人 under
        # 名称 | 责任单位 | 目标任务 | …): its body cell stands shifted, under another column
        for cell in row.cells:
            if cell.kind in ("goal", "measure", "other") \
                    and is_body_name(words := analysis[cell.start:cell.end].strip()) \
                    and not is_person(words):
                add_bodies(item, text[cell.start:cell.end], BodyRole.LEAD)
                break
    return item


# A cell under the body column that holds a number (完成在职参保人数6300人, 85%): the row's
# cells stand shifted, the number is its target, no body
_NO_BODY_CELL = re.compile(r"[0-9０-９%％]")


# 一、县示范区管委会牵头工作（8项） / （二）市生态环境局负责的任务: a heading of a task
# list that names who leads the tasks under it
_HEADING_LEAD = needing(
    r"(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．])?\s*"
    r"(?:由)?(?P<who>[^，,。；;：:]{2,40}?)(?:牵头|负责|承办|主办)(?:的|完成的|落实的)?"
    r"(?:工作|任务|事项|项目|重点工作|重点任务|民生实事)")


# 2.提升… / 2 .提升… / （二）… / 二、…: a numbered item (not 一是…, a point of one item)
_RUN_IN_ITEM = re.compile(r"(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]{1,3}[）)]|"
                          r"\d{1,2}\s?[.．、](?!\d))")


def _heading_bodies(text: str, analysis: str, sent: Sentence,
                    memo: dict[tuple[int, int], list[BodyRef]]) -> list[BodyRef]:
    """The bodies the innermost heading over *sent* says lead its tasks, as written."""
    for head in reversed(sent.sections):
        key = (head.start, head.end)
        if key not in memo:
            memo[key] = []
            m = _HEADING_LEAD.match(analysis, head.start, head.end)
            note = _TRAILING_NOTE.search(analysis[head.start:head.end].rstrip("。；; ")) \
                if m is None else None
            if m:
                at = m.start("who")
                found = find_bodies(m.group("who"))
                if found and m.group("who").endswith(found[-1].name):
                    memo[key] = [BodyRef(_as_written(text, analysis, b.name, at, m.end("who")))
                                 for b in found]
            elif note is not None and note.start() >= 4:
                # 一、推进教育科技人才一体发展（由市科技局牵头）: the note serves the section
                read = Item()
                if read_role_note(note.group(), read):
                    memo[key] = [BodyRef(_as_written(text, analysis, b.name, head.start, head.end),
                                         b.role) for b in read.bodies]
            elif (named := _heading_of_bodies(analysis[head.start:head.end])) is not None:
                # 一、市发展改革委 / 1.… 2.…: a task list by body, each section its body's
                at = head.start + analysis[head.start:head.end].find(named)
                memo[key] = [BodyRef(text[at + a:at + b]) for a, b in _name_spans(named)]
        if memo[key]:
            return memo[key]
    return []


def _heading_of_bodies(heading: str) -> str | None:
    """The names of a heading that is nothing but bodies (（二）市水务局、市农业农村局),
    without its number, else None."""
    marker = HEADING_MARKER.match(heading) or LIST_MARKER.match(heading)
    named = heading[marker.end():] if marker else heading
    named = named.strip().rstrip("：:。；; ")
    parts = _LIST_COMMA.split(named)
    if not named or not all(map(is_body_name, parts)) or any(map(is_person, parts)):
        return None
    return named


def _name_spans(names: str) -> list[tuple[int, int]]:
    """Where each name of a list of names (A、B) stands in it."""
    out, at = [], 0
    for part in _LIST_COMMA.split(names):
        out.append((at, at + len(part)))
        at += len(part) + 1
    return out


def _item_key(sent: Sentence) -> tuple[int, int]:
    head = sent.sections[-1] if sent.sections else None
    return (head.start, head.end) if head else (-1, -1)


def _from_period(deadline: Deadline | None, when: Timing) -> bool:
    """Whether *deadline* has no words in the quote and is the period of the section or
    document (a default that an item's own time field overrides)."""
    return deadline is not None and not deadline.text and when.period is not None \
        and deadline.date == when.period.date


# 制定细化方案，… 。各牵头单位于2月29日前将细化方案报送…: a plan to draw up is due when the
# paragraph asks for it to be handed in
_DRAFT = re.compile(r"(?:制定|制订|编制|起草|拟定|研究制定)[^，,。；;]{0,16}?(?P<doc>方案|计划|清单|办法|细则|台账)")
_HAND_IN = r"将[^。；;]{{0,30}}?{doc}[^。；;]{{0,40}}?(?:报送|上报|报|提交|送)"
HAND_IN_SPAN = 240  # how far after the task the paragraph's request to hand it in may stand


def _due_when_submitted(out: list[Suggestion], analysis: str, doc_date: date | None,
                        soft: AbstractSet[int]) -> None:
    """A task to draw up a plan (方案 / 计划 / 清单 …) without time words of its own takes the
    bound by which a later sentence of its paragraph asks for that plan to be handed in
    (…于2月29日前将细化方案报送…): the plan is due when it is due to be handed in."""
    for i, sug in enumerate(out):
        if sug.kind == "indicator" or (sug.deadline is not None and i not in soft):
            continue
        m = _DRAFT.search(analysis, sug.start, sug.end)
        if m is None:
            continue
        stop = analysis.find("\n", sug.end)
        stop = min(stop if stop >= 0 else len(analysis), sug.end + HAND_IN_SPAN)
        begin = analysis.find("。", sug.end, stop)
        if begin < 0:
            continue
        hand = re.compile(_HAND_IN.format(doc=m.group("doc"))).search(analysis, begin + 1, stop)
        if hand is None:
            continue
        lead = analysis[analysis.rfind("。", 0, hand.start()) + 1:hand.start()]
        bounds = [d for d in find_deadlines(lead, doc_date) if d.date is not None and not d.past]
        if not bounds:
            continue
        bound = bounds[-1]
        _rebound(sug, Deadline("", bound.date, bound.precision), f"时限（报送）：{bound.text}")


MAX_ITEM_HEADING = 30  # a numbered item's run-in heading (2.排查整治“散乱污”工业企业。)
_ITEM_HEAD_MARKER = re.compile(r"\s*(?:\d{1,2}[.．、]|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[）)])\s*")


def _item_heading_bound(out: list[Suggestion], analysis: str, doc_date: date | None,
                        soft: AbstractSet[int]) -> None:
    """The run-in heading of a numbered item (2.排查整治“散乱污”工业企业。…2019年9月底前，基本
    完成全市整治任务。) takes the one bound its item's body sets, when it has no time words
    of its own: the item's task falls due when its body says it does."""
    for i, sug in enumerate(out):
        if sug.kind == "indicator" or (sug.deadline is not None and i not in soft) \
                or sug.end - sug.start > MAX_ITEM_HEADING or analysis[sug.end:sug.end + 1] != "。":
            continue
        line_start = analysis.rfind("\n", 0, sug.start) + 1
        marker = _ITEM_HEAD_MARKER.match(analysis, line_start)
        if marker is None or marker.end() < sug.start and analysis[marker.end():sug.start].strip() \
                or marker.end() > sug.start + 4 or "，" in sug.quote or "," in sug.quote:
            continue
        line_end = analysis.find("\n", sug.end)
        body = analysis[sug.end + 1:line_end if line_end >= 0 else len(analysis)]
        bounds = {(d.date, d.precision) for d in find_deadlines(body, doc_date)
                  if d.date is not None and not d.past}
        if len(bounds) != 1:
            continue  # none, or a bound for each of its tasks (3季度前…、4季度前…)
        when, precision = bounds.pop()
        _rebound(sug, Deadline("", when, precision), "时限（所在条目）")


def _noted_why(why: str, note_bound: Deadline | None) -> str:
    """*why* with a bound read from the task's bracketed note said as such."""
    if note_bound is None:
        return why
    kept = [w for w in why.split("；") if w and not w.startswith("时限（随上下文）")]
    return "；".join([*kept, f"时限（括注）：{note_bound.text}"])


def _rebound(sug: Suggestion, deadline: Deadline | None, why: str) -> None:
    """Give *sug* the bound its item or paragraph sets in place of the one its context
    gave (that reason leaves its why for *why*); a task with a date is a deadline."""
    sug.deadline = deadline
    kept = [w for w in sug.why.split("；") if w and not w.startswith("时限（随上下文）")]
    sug.why = "；".join([*kept, why])
    if deadline is not None and sug.kind in ("deliverable", "duty"):
        sug.kind = SuggestionKind.DEADLINE


def _apply_items(out: list[Suggestion], items: Iterable[Item], ctx: DocumentContext,
                 soft: AbstractSet[int] = frozenset(), columns: bool = False) -> None:
    """Give an item's labelled deadline and bodies to the suggestions standing in it; the
    item's own time field (a row's 完成时限 cell, 整改时限：…) wins over a section's or the
    document's period; with *columns* (table rows) the item's bodies win over any. The
    items come narrowest first (a paragraph's before its section's): bodies an item gave
    stand against a wider one's (1.A。（牵头单位：X） 2.B。 牵头单位：Y: A stays X's)."""
    given: set[int] = set()
    for item in items:
        for i in item.members:
            if i < 0:
                continue  # a unit turned down, not built
            sug = out[i]
            if item.deadline is not None and item.deadline.date is not None \
                    and (sug.deadline is None or i in soft):
                # the label's words stand outside the quote: keep the date, not the words
                sug.deadline = Deadline("", item.deadline.date, item.deadline.precision)
                sug.why = "；".join(filter(None, [sug.why, f"时限（所在条目）：{item.deadline.text}"]))
                if sug.kind in ("deliverable", "duty"):
                    sug.kind = SuggestionKind.DEADLINE
            elif item.deadline is not None and item.deadline.date is None and i in soft \
                    and _ONGOING.fullmatch(item.deadline.text.strip()) is not None:
                # 完成时限：长期坚持 / 持续推进 / 常态化: the item says it has no date; the
                # section's or the document's period is no deadline of it
                _rebound(sug, None, f"时限（所在条目）：{item.deadline.text}")
            if item.bodies and (columns or not sug.responsible or not sug.own_bodies
                                or sug.responsible == ctx.issuer_refs) \
                    and (columns or i not in given):
                # a table row's 责任单位 column answers for the row, whatever body its
                # task cell opens with (区政府民生实事项目 | 区住建局)
                sug.responsible = list(item.bodies)
                given.add(i)


def _apply_closing_notes(analysis: str, lined: tuple[list[tuple[int, int]], list[int | None]],
                         notes: list[tuple[int, int, list[BodyRef]]],
                         out: list[Suggestion], fallen: dict[int, list[BodyRef]]) -> None:
    """A role note that closes a numbered item's last line ((一)道路畅通工程。加快… / 全面规划…
    / 进一步规范…。（自治区交通运输厅牵头，…配合） / (二)…) answers for the whole item: each
    suggestion in it, from its numbered line on, whose bodies are still the paragraph's or
    the issuer's takes the note's bodies."""
    lines, levels = lined  # (segment.outline)
    starts = [s for s, _ in lines]
    for start, end, bodies in notes:
        at = bisect.bisect_right(starts, start) - 1
        if at < 0 or analysis[end:lines[at][1]].strip("。；;，, \t\u3000"):
            continue  # a note inside its line, not the line's close
        head = next((k for k in range(at, -1, -1) if levels[k] is not None), None)
        if head is None:
            continue
        level = levels[head]
        after = next((k for k in range(at + 1, len(lines)) if lines[k][1] > lines[k][0]), None)
        if level is None or (after is not None and ((below := levels[after]) is None or below > level)):
            continue  # more of the item after the note: it closes a part, not the item
        for i, refs in fallen.items():
            sug = out[i]
            if lines[head][0] <= sug.start < start and sug.responsible == refs and not sug.own_bodies:
                sug.responsible = list(bodies)
                sug.why = "；".join(filter(None, [sug.why, "责任单位（条目末注）"]))



_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")


def _plan_year_over(words: str, before: str, doc_date: date | None) -> bool:
    """Whether the year a planned figure is for — named in its clause, else the last year
    named before it in its sentence — ended before the document's date."""
    if doc_date is None:
        return False
    words, before = to_halfwidth(words), to_halfwidth(before)
    m = _YEAR.search(words) or next(reversed(list(_YEAR.finditer(before))), None)
    return m is not None and int(m.group(1)) < doc_date.year

# A clause stating the figure planned for a period (2024年度计划投资24.3亿元 / 年计划完成造林
# 5万亩 / 全年计划新建学校5所 / 计划总投资3.2亿元): 计划 as the plan's figure, after at most
# a subject, not the base of a share (完成年度计划投资比例52.99% / 占年计划的60%).
_PLANNED_FIGURE = re.compile(
    r"^(?:[^，,。；;：:完占比超达为已实]{0,14}?[，,]?)"
    r"(?:\d{4}年度?|年度|全年|年|当年|本年度?|今年)?计划(?:总|年度)?"
    r"(?:投资|完成|开工|新建|建设|实施|改造|新增|安排|种植|造林|引进|招引|培训|发放|筹集|争取)"
    r"[^，,。；;%％]{0,12}?\d[\d.]*\s*(?:亿|万|千|百)?[^\d\s%％，,。；;比率例]")

def _units(sent: Sentence) -> list[tuple[int, int]]:
    """Spans to judge: each clause, except that a clause naming an actor with 要/应当
    (各级人民政府要…) carries the next clauses with it as one duty, up to MAX_DUTY
    characters or the next named actor, unless the actor's own clause is exhortation."""
    spans: list[tuple[int, int]] = []
    clauses = sent.clauses
    k = 0
    while k < len(clauses):
        start, end = clauses[k].start, clauses[k].end
        if k + 1 < len(clauses) and clauses[k + 1].text[:2] in _OBLIGED_OPEN \
                and _names_subject_alone(clauses[k].text, clauses[k + 1].text):
            # “一府两院”及相关部门和单位，应当协助…: the bodies stand as a clause of their
            # own before the modal; the subject and its duty are one unit
            k += 1
            end = clauses[k].end
            if not classify.is_exhortation(clauses[k].text):
                k, end = _carried(clauses, k, start, end)
            spans.append((start, end))
            k += 1
            continue
        # an actor whose own clause is only exhortation (各单位要高度重视) does not carry
        # the next clauses: they are judged each on its own words, still in its name
        if classify.subject_of(clauses[k].text) and not classify.is_exhortation(clauses[k].text):
            k, end = _carried(clauses, k, start, end)
        spans.append((start, end))
        k += 1
    return spans


def _carried(clauses: Sequence[Clause], k: int, start: int, end: int) -> tuple[int, int]:
    """The clauses after clause *k* that its actor carries (up to MAX_DUTY characters from
    *start*, until a clause names an actor of its own or opens a further commitment of its
    own, grouping.further): the last one's index and end."""
    while k + 1 < len(clauses) and clauses[k + 1].end - start <= MAX_DUTY \
            and not classify.subject_of(clauses[k + 1].text) \
            and not further(clauses[k + 1].text) \
            and not _outcome_of_its_own(clauses[k + 1].text):  # …，并报X备案 / …，确保Y / …，新建Z3个
        k += 1
        end = clauses[k].end
    return k, end


def _outcome_of_its_own(words: str) -> bool:
    """Whether a clause after an actor's names an outcome of its own (郑州要全面完成A，完成
    B，基本完成C / X要新建公园3个，改造老旧小区120个): it opens with a verb of delivery and
    names what it delivers (grouping.delivers), or it states a figure of its own; a record
    of its own, as without the actor."""
    words = words.strip().rstrip("。；;，,")
    if delivers(words):
        return True
    return _DIGIT.search(words) is not None and any(
        t.value is not None for t in find_targets(words))


_DIGIT = re.compile(r"\d")


_OBLIGED_OPEN = frozenset({"应当", "必须"})


def _names_subject_alone(first: str, then: str) -> bool:
    """Whether clause *first* is nothing but the bodies that *then* (应当… / 必须…) binds."""
    who = first.strip().rstrip("，,")
    if not who or len(who) > 30 or classify.subject_of(first) is not None:
        return False
    return classify.subject_of(who + then.strip()) == who


# 一、反馈问题：… / 二、加快…。: a numbered line of prose (no heading), an item of a list
_RUN_IN_NUMBER = re.compile(r"[一二三四五六七八九十]{1,3}[、.．]")


# A line stating a problem found (问题1：… / 存在问题：… / 反馈问题（二）：…): it opens an
# item of a rectification list.
PROBLEM_LINE = needing(
    r"^(?:存在|反馈|督察|突出|主要|发现)?问题\s*(?:[0-9一二三四五六七八九十]+|[（(][0-9一二三四五六七八九十]+[）)]"
    r"|描述|清单|表现|情况)?\s*[:：]")

def _split_deadlines(analysis: str, units: list[tuple[int, int]],
                     doc_date: date | None) -> list[tuple[int, int]]:
    """Split a unit that holds two bounds (3季度前完成设计、4季度前完成改造) into one unit
    per bound, each with its own deadline (see deadlines.deadline_cuts)."""
    out = []
    for s, e in units:
        base = s  # the cuts are offsets into the whole unit, not into what is left of it
        cuts = deadline_cuts(analysis[s:e], doc_date) if _TWO_TIMES.search(analysis, s, e) else []
        for cut in cuts:
            out.append((s, base + cut))
            s = base + cut + 1
        out.append((s, e))
    return out


_LABEL_BEFORE = re.compile(r"(?:责任|牵头|配合|参与|协办|主责|主办)(?:单位|部门)\s*[:：]\s*$")
_TWO_TIMES = re.compile(r"[、，,；;和及并][^、，,；;]{0,6}?[年月季节旦]")
# A list of named programmes (能源绿色低碳转型行动、节能降碳增效行动、工业领域碳达峰行动…):
# each is a deliverable of its own.
_NAMED_ITEM = re.compile(r"(?:行动|工程|计划|项目|攻坚战|保卫战|专项行动|示范区|试点)$")
MAX_NAMED_ITEM = 24
NAMED_ITEM_CONFIDENCE = 0.75  # a named deliverable: an entry of its own (grouping.NAMED)
# The words a list of named programmes follows (…清单包括： / 谋划实施好 / 重点推进).
_LIST_LEAD_IN = re.compile(r"(?:包括|即|分别是|主要有|实施|开展|推进|推动|抓好|办好)好?[:：]?|[:：]")
# X建设 as an item of such a list (万达开森林城市群建设), named like the programmes beside it.
_BUILT_ITEM = re.compile(r"[^\W\d_]{4,}建设$")
_BUILT_ITEM_CUE = needs(_BUILT_ITEM)
# The 等 that closes a list (…C建设等一系列重大工程 / …C项目等).
_LIST_CLOSE = screened(r"(?<![高中初平同对均相优上次超特])等(?![级次])")
_LIST_CLOSE_CUE = needs(_LIST_CLOSE)
MIN_NAMED_ITEMS = 3
# The count that closes a list after its 等 (…C建设等九大行动 / 等7大专项行动 / 等5项重点工程): the
# list is the set one act covers, checked by its count; the corpus quotes it whole (dev gold
# N_09, P_03), not one record per programme (session 11s). The counted noun may carry words
# of its own between the count and the noun, but no mark of a clause (等十项人代会票决产生的
# 重点民生实事项目 / 等5个市级重点惠民工程 / 等8个方面主要任务: dev gold U_14, O_05 whole)
# (the words only after a measure word: 等一系列重大工程 counts nothing)
_COUNTED_CLOSE = re.compile(r"(?:[0-9]+|[一二两三四五六七八九十]{1,3})"
                            r"(?:(?:大|项|个|类)[^，,。；;：:、（(“”\s]{0,16}?|(?:重点|重大|专项)?)"
                            r"(?:行动|工程|计划|项目|任务|战役|攻坚战|专项行动|示范工程)")


def _split_named_list(analysis: str, units: list[tuple[int, int]],
                      named: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each programme of a list of named ones its own unit (added to *named*). The list
    may stand inside a longer unit (谋划实施好A工程、B项目、C建设等一系列重大工程 /
    清单包括：A项目、B项目、C项目): the words before its first item stay a unit of their
    own, those after the 等 that closes it are only its summary."""
    if all(analysis.count("、", s, e) + 1 < MIN_NAMED_ITEMS for s, e in units):
        return units  # the common case: no list of three in any unit
    out = []
    for s, e in units:
        if analysis.count("、", s, e) + 1 < MIN_NAMED_ITEMS:
            out.append((s, e))
            continue
        found = _named_run(analysis, s, e)
        if found is None:
            out.append((s, e))
            continue
        around, items = found
        out.extend(sorted([*around, *items]))
        named.update(items)
    return out


def _list_parts(analysis: str, s: int, e: int) -> list[tuple[int, int]]:
    """The pieces of text[s:e] between the 、 outside brackets and quotes."""
    protected = bracket_spans(analysis, s, e)
    parts, pos = [], s
    for i in range(s, e):
        if analysis[i] == "、" and not (protected and any(a <= i < b for a, b in protected)):
            parts.append((pos, i))
            pos = i + 1
    parts.append((pos, e))
    return parts


def _is_named_item(analysis: str, a: int, b: int) -> bool:
    words = analysis[a:b].strip("。；; “”\"‘’")
    return 0 < len(words) <= MAX_NAMED_ITEM and (
        _NAMED_ITEM.search(words) is not None
        or (_BUILT_ITEM_CUE.search(words) is not None and _BUILT_ITEM.search(words) is not None))


def _named_run(analysis: str, s: int, e: int
               ) -> tuple[list[tuple[int, int]], list[tuple[int, int]]] | None:
    """The items of the list of named programmes in text[s:e], and the units of the words
    around it, or None. The list's first item follows its lead word (包括：/ 实施好) or a
    、; the piece with 等 closes it; all items are short, nearly all of them named."""
    parts = [_trim_item(analysis, a, b) for a, b in _list_parts(analysis, s, e)]
    for k in range(len(parts) - MIN_NAMED_ITEMS + 1):
        a, b = parts[k]
        lead = max(_LIST_LEAD_IN.finditer(analysis, a, b), key=lambda m: m.start(), default=None)
        head = lead.start() if lead is not None and lead.end() < b else a
        if lead is not None and lead.end() < b:
            a = lead.end()
        items: list[tuple[int, int]] = []
        closed = False
        for j in range(k, len(parts)):
            if j > k:
                a, b = parts[j]
            closing = _LIST_CLOSE.search(analysis, a, b) if _LIST_CLOSE_CUE.search(analysis, a, b) else None
            if closing is not None and _COUNTED_CLOSE.match(analysis, closing.end(), e):
                return None  # …C建设等九大行动: one act over the set the text counts
            if closing is not None:
                b = closing.start()
            a, b = _trim(analysis, a, b)
            if b - a > MAX_NAMED_ITEM or b <= a:
                break
            items.append((a, b))
            if closing is not None:
                closed = True
                break  # A、B、C等一系列重大工程、重大行动: the rest sums the list up
        count = sum(_is_named_item(analysis, x, y) for x, y in items)
        if len(items) < MIN_NAMED_ITEMS or count < MIN_NAMED_ITEMS or count + 1 < len(items):
            continue
        around = []
        before = _trim(analysis, s, head)
        if before[0] < before[1]:
            around.append(before)
        last = k + len(items)
        if not closed and last < len(parts):
            after = _trim(analysis, parts[last][0], e)
            if after[0] < after[1]:
                around.append(after)
        return around, items
    return None


def _trim(analysis: str, a: int, b: int) -> tuple[int, int]:
    while a < b and analysis[a] in " ，,：:":
        a += 1
    while b > a and analysis[b - 1] in " ，,：:":
        b -= 1
    return a, b


_ITEM_TAIL = screened(r"等+[。；;，,]?$|[。；;，,]$")
_ITEM_TAIL_CUE = needs(_ITEM_TAIL)


def _trim_item(analysis: str, a: int, b: int) -> tuple[int, int]:
    """An item of a list without the spaces around it and the 等 that closes the list
    (…、制造业强基提质行动等 → 制造业强基提质行动)."""
    while a < b and analysis[a].isspace():
        a += 1
    while b > a and analysis[b - 1].isspace():
        b -= 1
    tail = _ITEM_TAIL.search(analysis, a, b) if _ITEM_TAIL_CUE.search(analysis, a, b) else None
    return (a, tail.start()) if tail and "等" in tail.group() else (a, b)


# A number in Chinese numerals (一百 / 两 / 三十五; not a bare 一: 一个问题一套方案 is no count)
_CN_NUMBER = r"(?:一(?=[十百千万])|[二两三四五六七八九十百千])[一二两三四五六七八九十百千万]*"
_COUNT = re.compile(r"[0-9０-９](?![0-9０-９.．]*(?:年|月|日|季度|号))"  # not a date
                    # a count in Chinese numerals with its measure word (一百处 / 两所 / 三座)
                    # (a space may stand between them in text taken from a PDF: 一百 处)
                    r"|" + _CN_NUMBER +
                    r"[ \u00a0]?(?:个|處|处|座|条|條|家|所|项|項|户|戶|公里|亩|畝|辆|輛|张|張|名|套|台|臺|间|間|栋|棟|批)")
# The list of counted things is the object of a coverb (与14所X、7所Y实施Z / 对50个X、77名Y实施
# Z): one act over them all, one record; the coverb stands right before the first count.
_COVERB_BEFORE = re.compile(r"(?:与|與|对|對|同|跟|向|为|為|给|給|把|将|將)$")
# An action noun closing the list (完成20个河段、1959个排污口整治 / 完成12个小区、3条街巷改造):
# the act takes the whole list as its object, one record, when the first item names none.
# (…改扩建项目 / …改造提升工程 / …建设项目: the project the act makes, after the act)
_SHARED_ACT = re.compile(r"(?:整治|整改|改造|治理|建设|建設|修复|修復|提升|清理|提标|提標|改建|扩建|擴建|新建|"
                         r"维修|維修)(?:项目|項目|工程)?$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_OPENERS, _CLOSERS = "“‘（(《〈[【", "”’）)》〉]】"
MIN_COUNTED_WORDS = 2  # each item of a counted list names its thing (氨氮≤15mg/L: 氨氮)


def _split_counted(analysis: str, units: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A list whose every item carries its own quantity (建设示范县5个、示范村200个 /
    透明度≥25cm、溶解氧≥2mg/L): each item is a record of its own. 分别下降10%、8% (the
    second item names nothing) stays whole."""
    out = []
    for s, e in units:
        if analysis.find("、", s, e) < 0 or not _COUNT.search(analysis, s, e):
            out.append((s, e))
            continue
        parts, depth, start = [], 0, s
        for i in range(s, e):
            ch = analysis[i]
            if ch in _OPENERS:
                depth += 1
            elif ch in _CLOSERS:
                depth = max(0, depth - 1)
            elif ch == "、" and depth == 0:
                parts.append((start, i))
                start = i + 1
        parts.append((start, e))
        first = _COUNT.search(analysis, *parts[0])
        if first is not None and (_COVERB_BEFORE.search(analysis, parts[0][0], first.start())
                                  or (_SHARED_ACT.search(analysis[parts[-1][0]:parts[-1][1]].rstrip("。；;，, "))
                                      and not _SHARED_ACT.search(analysis[parts[0][0]:parts[0][1]].rstrip()))):
            out.append((s, e))
            continue
        if len(parts) >= 2 and all(
                _COUNT.search(analysis, a, b)
                and len(_CJK.findall(_COUNT_FREE.sub("", analysis[a:b]))) >= MIN_COUNTED_WORDS
                for a, b in parts):
            out.extend(parts)
        else:
            out.append((s, e))
    return out


# the words of a quantity itself (5个 / 200公里 / 30%以上), left out when an item is
# asked whether it names a thing of its own
# (35微克/立方米以下 / 1.2万吨以内: a unit of measure names no thing either)
_COUNT_FREE = re.compile(r"(?:[0-9０-９.．%％]+|" + _CN_NUMBER + ")"
                         r"\s*(?:" + "|".join(re.escape(u) for u in UNIT_FORMS if len(u) > 1)
                         + r"|[个項项座条家所处亩公里吨万亿千百米元辆台户人村镇次/]"
                         r"|以上|以下|左右|以内)*")


_CONJ = "和及与"
_CONJ_CHAR = re.compile(f"[{_CONJ}]")
MIN_TARGET_PART = 6


def _split_targets(analysis: str, units: list[tuple[int, int]],
                   found_in: dict[tuple[int, int], list[TargetMatch]] | None = None) -> list[tuple[int, int]]:
    """Split a unit holding two targets joined by 和/及 (实现A创建全覆盖和B创建全覆盖)
    into one unit per target; 分别下降10%和8% (one metric, two values) stays whole.
    The targets found in a unit kept whole go into *found_in*, not to be sought twice."""
    out = []
    for s, e in units:
        words = analysis[s:e]
        joined = _CONJ_CHAR.search(words) is not None and _QUANTISH.search(words)
        found = find_targets(words) if joined else []
        cut = next((t.end for t in found[:-1] if t.end < len(words) and words[t.end] in _CONJ
                    and len(words) - t.end > MIN_TARGET_PART
                    and not words[t.end + 1].isdigit()), None)
        if cut is None:
            out.append((s, e))
            if joined and found_in is not None:
                found_in[(s, e)] = found
        else:
            out.extend([(s, s + cut), (s + cut + 1, e)])
    return out


# The modal after a subject (各县要 / 市政府将 / 各单位应当) and the connective that opens a
# further commitment (并 / 并且 / 同时 / 並), for grouping.further's clauses to be judged
# with the subject named before them.
_MODAL_AFTER = re.compile(r"要|将|將|应当|應當|应|應|须|須|必须|必須|需")
_CONNECTIVE = re.compile(r"^(?:并且|並且|同时|同時|并|並)")


# A unit that reports how far the task before it has got (正在开展招标 / 已完成60% / 预计9月底
# 完工 / 已开工建设 / 完成率60% / 序时推进 / 尚未启动): progress, not a result of its own
_PROGRESS_NEXT = re.compile(
    r"(?:目前|现)?(?:正在|正按|正着手|正加快|按序时|序时推进|已开工|已启动|尚未|未启动|"
    r"预计[^，,。；;]{0,8}?(?:完工|完成|建成|竣工|投用|投运|开工)|"
    r"已完成[^，,。；;\d]{0,6}?\d+(?:\.\d+)?[%％]|完成率\d|(?:完成|工程|形象)进度)")


# A count closing a unit (正在整改1项 / 正在建设11家): a tally of its own beside the one before
# (完成整改4项、正在整改1项), not the progress of it
_TALLY_END = re.compile(r"\d+(?:\.\d+)?(?:项|个|件|家|条|处|所|座|户|宗|批)$")


# The modal and aspect words that set what is to be (要 / 将 / 拟 / 需 / 确保 / 力争 …), not
# 主要 / 重要 / 要求 / 需求 / 必需, nor the verbs 拟定 / 拟订 (区政府拟定的候选项目: drawn up)
# (the text judged is the Simplified analysis copy)
_AHEAD_MODAL = re.compile(r"(?<![主重纲必需只])要(?![求素点闻件])|将|拟(?![定订])|(?<![必])需(?![求要])|"
                          r"确保|力争|争取|务必|必须|应当")
_AHEAD_MODAL_CUE = needs(_AHEAD_MODAL)  # (a quick test first: most clauses hold none)


# Inside a clause of a report, the words that say how far its task has got when it is not
# done yet (实施X改造工程正在开展招标 / X建设尚未启动 / X项目预计9月份开始施工), or how many of a
# counted task were begun or done so far (10个示范工程已开工8个): the task named before them
# is the task as it was set, still ahead; a task reported done (X工程已竣工) is a result.
_UNFINISHED_AT = re.compile(
    r"(?:目前|现)?(?:正在|正着手|正按|正加快|尚未|未启动|未开工|"
    r"预计[^，,。；;]{0,8}?(?:完工|完成|建成|竣工|投用|投运|开工|开始))"
    r"|(?P<part>已(?:开工|完工|完成|建成|竣工))(?=[0-9０-９一二三四五六七八九十两]+[个项座条处所家户套])")
# what a task's name ends with: the work (工程 / 项目 / 建设 / 改造 …) or its number in a list
# of tasks ((第三项))
_TASK_END = re.compile(r"(?:工程|项目|建设|改造|试点|示范点|行动|整治|治理|提升|修复|"
                       r"[（(]第[^（()）]{1,5}[项件个条][）)])$")
_COUNTED_TASK = re.compile(r"^[0-9０-９一二三四五六七八九十两]+[0-9０-９.]*(?:个|项|座|条|处|所|家|户|套)")
_UNFINISHED_CUE = re.compile(r"[正未计已]")
# a task named only by a word of which (其他项目 / 其余工程 / 部分项目正在推进): no task of its own
_WHICH_TASK = re.compile(r"^(?:其他|其它|其余|部分|个别|所有|全部|剩余|多数|大部分|少数|各类?|相关|有关|上述|以上)")
# a list's opening before the task (一是 / 其中 / 2. / 1-3月份项目进展： / 全区)
_TASK_OPENING = re.compile(r"^(?:[^，,。；;：:]{2,12}[：:])?(?:[一二三四五六七八九十]+是|其中|[0-9]+[.、．])?"
                           r"(?:全[省市县区州盟旗镇乡])?")
MIN_TASK_NAME = 4


def _split_progress(analysis: str, units: list[tuple[int, int]],
                    progress_at: set[int]) -> list[tuple[int, int]]:
    """A unit naming a task and, right after it, how far the task has got (_UNFINISHED_AT) is
    two: the task as it was set and its progress, whose start goes into *progress_at*."""
    out = []
    for s, e in units:
        words = analysis[s:e]
        m = _UNFINISHED_AT.search(words, MIN_TASK_NAME)
        if m is None:
            out.append((s, e))
            continue
        task = words[:m.start()]
        opening = _TASK_OPENING.match(task)
        at = opening.end() if opening else 0
        bare = task[at:]
        counted = _COUNTED_TASK.match(bare)
        named = counted is not None if m.group("part") else _TASK_END.search(bare) is not None
        # (246个项目正在紧张建设: a count and a word of work, no name, is a tally by state)
        if not named or len(bare) - (counted.end() if counted else 0) < MIN_TASK_NAME \
                or _WHICH_TASK.match(bare) is not None \
                or classify.strong_past(task) \
                or classify.subject_of(bare) is not None or not words[m.end():].strip("。；;，, "):
            out.append((s, e))
            continue
        # (the list's opening, 一是 / 其中 / 1-3月份项目进展：, stays out of the task's quote)
        out.extend([(s + at, s + m.start()), (s + m.start(), e)])
        progress_at.add(s + m.start())
    return out


def _progress_of(words: str) -> bool:
    """Whether the unit *words* reports the progress of the unit before it (_PROGRESS_NEXT),
    not a tally of its own (_TALLY_END)."""
    return _PROGRESS_NEXT.match(words) is not None \
        and _TALLY_END.search(words.rstrip("。；;，,、 ")) is None


# A clause opening with the notice's word for its addressees (请你们 / 你们要 / 希望你局 /
# 望你单位), the subject of what follows (read in the analysis's Simplified script)
_ADDRESSED = re.compile(r"^(?:[请望]|希望|要求)?你(?:们|[省市州县区局厅委办]|单位)(?![的之])")


def _suggest_sentence(text: str, analysis: str, sent: Sentence, ctx: DocumentContext,
                      doc_date: date | None, timing: Timing,
                      chain: list[list[BodyRef] | None] | None = None,
                      cands: list[Suggestion] | None = None,
                      shortest: int = 0, labelled: bool = False,
                      unbuilt: _Unbuilt | None = None) -> list[Suggestion]:
    """Suggestions of one sentence. *labelled*: a heading whose next line labels who answers
    for it or by when (（三）开展背街小巷整治 / 责任单位：… / 完成时限：…): a task, not a theme. *chain* holds the bodies last named as subject in the
    semicolon chain the sentence continues; it is read and updated. The units the rules
    turn down go to *cands* (when given), for the unit model to judge (unitmodel.py),
    those spanning at least *shortest* characters (the shorter are never taken up)."""
    out: list[tuple[Suggestion, float]] = []
    section = sent.sections[-1].text if sent.sections else None
    chain = chain if chain is not None else [None]
    actor: list[BodyRef] | None = chain[0]  # the latest bodies named as subject
    found_in: dict[tuple[int, int], list[TargetMatch]] = {}
    carried: Deadline | None = None  # the latest time words of the sentence's own clauses
    own: list[bool] = []  # whether each suggestion names its bodies in its own words
    roles: list[BodyRef] | None = None  # the bodies of the run of role clauses being read
    run_start = 0  # the first suggestion a role clause may serve
    named_items: set[tuple[int, int]] = set()
    time_start: int | None = None  # a clause of time words only, waiting for its entry
    time_free = False  # its time words count from an event, not from the document's date
    time_end = 0
    subject_head = ""  # the words naming the sentence's latest subject, with its modal (X要)
    units = _split_targets(analysis, _split_counted(analysis, _split_named_list(
        analysis, _split_deadlines(analysis, _units(sent), doc_date), named_items)), found_in)
    progress_at: set[int] = set()  # the starts of units split off as the progress of a task
    if _UNFINISHED_CUE.search(sent.text) is not None:
        units = _split_progress(analysis, units, progress_at)
        # a work named as the subject of its progress (城乡福道建设正在推进征迁) is a task
        # of its own, as an item of a list of named programmes is
        named_items.update(u for u, nxt in zip(units, units[1:]) if nxt[0] in progress_at)
    reported: Timing | None = None  # the sentence's timing, while one unit is read ahead
    absorbed = -1  # the last unit read into the record before it (a meeting's purpose)
    closing_note: list[BodyRef] = []  # the bodies of a role note closing the sentence
    modal_before = False  # whether a clause before in the sentence holds a modal looking ahead
    for at_unit, (s, e) in enumerate(units):
        if at_unit <= absorbed:
            continue
        words = analysis[s:e]
        if reported is not None:
            timing, reported = reported, None
        if timing.past and at_unit + 1 < len(units) and not classify.strong_past(words) \
                and (units[at_unit + 1][0] in progress_at
                     or _progress_of(analysis[units[at_unit + 1][0]:units[at_unit + 1][1]])):
            # 新建污水管网120公里，正在开展招标 / 改造老旧小区90个，已完成60%: in a report
            # of progress, the unit the next one reports the progress of is the task as it
            # was set (a target restated), not a result
            reported, timing = timing, timing.with_past(False)
            if units[at_unit + 1][0] in progress_at and timing.period is None:
                # (a task named as the subject of its progress, with no period of its
                # section, is due at the end of the period the report's title names: 2022年为民
                # 办实事项目1-8月进展情况 → 2022-12-31)
                period = section_period(analysis.lstrip()[:TITLE_SPAN].partition("\n")[0], doc_date)
                if period is not None:
                    timing = Timing(timing.lead, False, period, timing.ahead)
        elif timing.past and _PLANNED_FIGURE.match(words) is not None \
                and not _plan_year_over(words, analysis[sent.start:s], doc_date):
            # 2024年度计划投资24.3亿元 / 全年计划新建学校5所 in a report of progress: the
            # figure planned for the period is the target as it was set, not a result, though
            # the clauses around it report what was done (1-6月累计完成投资12.88亿元) — while
            # the year planned for is not over at the document's date (a review of 2020 dated
            # 2021 gives the year's plan as the base of its results)
            reported, timing = timing, timing.with_past(False)
        # 责任单位：A、B in a sentence (the label stands as a clause of its own before)
        label = _LABEL_BEFORE.search(analysis, max(0, s - 8), s) \
            if s and analysis[s - 1] in "：: " else None
        stated = read_trailing_roles(analysis[label.start():e] if label else words) \
            if label or ROLE_HINT.search(words) else None
        if stated is not None:
            # 由X牵头，Y配合 / X负责: who answers for the task before it, not a task itself
            stated = _refs_as_written(text, analysis, stated, s, e)
            if roles is not None:
                roles.extend(stated)  # …，由X牵头，Y配合: one run of role clauses
            elif len(out) > run_start:
                roles = stated
                for (sug, _), named_own in zip(out[run_start:], own[run_start:]):
                    if not named_own:
                        sug.responsible = roles
                        sug.own_bodies = True  # stated for it: no section's label replaces them
            else:  # 由X牵头，完成…: the bodies of what follows
                roles = None
                actor = chain[0] = stated
            continue
        if roles is not None:
            roles, run_start = None, len(out)
        if time_start is not None and analysis[time_end:s].strip("，,：: "):
            time_start, time_free = None, False  # the bound was not right before this unit
        if e - s <= MAX_TIME_CLAUSE and leading_time_words(words) >= len(words.rstrip("，, ")):
            time_start, time_end, time_free = s, e, False  # 2019年9月底前，基本完成…: it opens the next entry
            continue
        if _HENCEFORTH_HINT.match(words) and (ahead := _HENCEFORTH.match(words)) is not None:
            # 今年以来，…作出制度性安排：今后每年4月，市人大常委会将听取…: henceforth turns the
            # clause and the rest of the sentence ahead, whatever the sentence opened with
            timing = timing.with_past(False)
            if ahead.end() >= len(words.rstrip("，, ")) and at_unit + 1 < len(units):
                # (the words alone, a recurring time and no bound, open the next entry)
                time_start, time_end, time_free = s, e, True
                continue
        framed = _after_frame(words) if at_unit + 1 < len(units) and e - s > MAX_SCENE // 4 \
            and _FRAME_OPENING.match(words) else 0
        if at_unit + 1 < len(units) and e - s - framed <= MAX_SCENE \
                and (scene := _scene(words[framed:])) is not None:
            # 省政府安委会自即日起至5月底，在全省开展… / 各工作机构根据主任会议决定，制定… /
            # 在举行常委会会议二十五日前，由…送交…: the scene of the next clause opens its
            # record; the body it names is that clause's subject (a frame of basis joined before
            # it, 按照…部署，省政府安委会自即日起…，stays out of the record, as the corpus quotes it)
            scene_body, timed = scene
            time_start, time_end, time_free = s + framed, e, not timed
            if scene_body:
                actor = chain[0] = [BodyRef(_as_written(text, analysis, name, s, e))
                                    for name in _scene_bodies(scene_body)]
            continue
        if e - s <= MAX_TIME_CLAUSE + MAX_RUN_IN and (at := _item_time_words(words)) is not None:
            # 三、整改措施 (一)2019年6月至8月，开展…: a run-in heading, an item's number, and the
            # time words that open the item
            time_start, time_end, time_free = s + at, e, False
            continue
        lead = _SAYS.match(words) if e - s <= MAX_TIME_CLAUSE + MAX_SAYS \
            and _SAYS_HINT.search(words) else None
        rest = words[lead.end():].lstrip("，, ") if lead else ""
        if rest and leading_time_words(rest) >= len(rest.rstrip("，, ")):
            # 《方案》提出，到2025年，…: the text's own words report what it sets; the
            # time words open the next entry
            time_start, time_end, time_free = e - len(words) + words.index(rest), e, False
            continue
        if timing.past and _demand_laid(words):
            # 22家单位收到整改清单，被要求从速落实整改并限期销号 / 要求被审计单位逐条落实，
            # 在规定时间内回报整改结果: in a report of what was done, the demand is an act
            # reported, what it lays on the body is still ahead (and so are the clauses after
            # it in the sentence); a tally of the bodies ordered (责令25个单位作出检查) stays
            # a result
            timing = timing.with_past(False)
        if (who := _demanded_of(words)) is not None:
            # 要求被审计单位按清单逐条落实，在规定时间内回报…: the body the demand is laid on
            # answers for it and for the clauses after it in the sentence
            at = s + words.index(who)
            actor = chain[0] = [BodyRef(_as_written(text, analysis, who, at, at + len(who)),
                                        BodyRole.LEAD)]
        if time_start is not None and not timing.past and not time_free \
                and _as_of_past(analysis[time_start:time_end], doc_date):
            # 截至2020年底，普及率达到68%以上: a status as of a day gone by, a result (and so
            # is the rest of the sentence)
            timing = timing.with_past(True)
        elif time_start is not None and timing.past and not time_free \
                and _bound_ahead(analysis[time_start:time_end], doc_date):
            # 2024年，全市完成造林10万亩，2026年底前，再完成造林15万亩 / 去年…，今年6月底前…:
            # time words opening the clause set a bound still ahead of the document's date;
            # the clause (and the rest of the sentence) looks ahead, whatever the sentence
            # opened with
            timing = timing.with_past(False)
        found = found_in.get((s, e))
        noted: list[BodyRef] = []
        note_bound: Deadline | None = None
        note = _TRAILING_NOTE.search(words) if words.endswith(("）", ")", "】")) else None
        if note is not None and note.start() >= 4:
            # 建成X平台（市生态环境局负责）: the note names the bodies and stays out of the quote
            read = Item()
            if read_role_note(note.group(), read, doc_date):
                at = s + note.start()
                noted = [BodyRef(_as_written(text, analysis, b.name, at, e), b.role)
                         for b in read.bodies]
                if at_unit == len(units) - 1:
                    closing_note = noted
                note_bound = read.deadline if read.deadline and read.deadline.date else None
                e = at
                words = analysis[s:e]
                found = None
        node = _NODE_OF.search(words) if words.endswith(_NODE_ENDS) else None
        if node is not None and node.start() >= 4 \
                and search_end(classify.ACTION_END, words[:node.start()], classify.ACTION_END_SPAN,
                               classify.ACTION_END_CUE):
            # 12月底前完工的时间节点 / 年底前全部销号的目标: the act with its bound, named as
            # the node to keep (紧盯…开工、…完工的时间节点), is the entry
            e = s + node.start()
            words = analysis[s:e]
            found = None
        quantish = _QUANTISH.search(words) is not None \
            and _QUANTISH.search(_NOT_QUANTITY.sub("", words)) is not None
        if quantish:
            target = pick_target(found if found is not None else find_targets(words))
        else:
            target = None
        banned = ban_target(words) if not timing.past else None
        if banned is not None:
            target = banned
        elif not _checkable(target):
            # a direction without a number (推动…质量持续改善) binds a plan; in a report
            # of results it measures nothing, so it makes no indicator
            target = direction_or_end_state(words) if not timing.past else None
        # a modal looking ahead in a clause before (赤字率拟按4%左右安排，赤字规模比上年增加
        # 2300亿元 / 9-12月，PM2.5浓度需控制在69以内，比去年同期下降8%以上): the sentence sets
        # what is to be, and the words of change against last year in the clauses after it
        # (比上年 / 同比 / 累计) state the target, as under a heading of goals
        set_ahead = timing.ahead or (modal_before and not timing.past)
        verdict = classify.judge(words, past_context=timing.past, has_target=target is not None,
                                 ahead=set_ahead, bound=time_start is not None)
        if not modal_before and _AHEAD_MODAL_CUE.search(words) is not None \
                and _AHEAD_MODAL.search(words) is not None:
            modal_before = True
        if verdict.kind is None and subject_head and further(words):
            # 县政府督查室将紧盯…，并视其情况实行…督办: the clause opened by 并/同时/确保 is a
            # commitment of its own, and its subject is the one named before it in the sentence
            # (S V1 O1，并 V2 O2): judged with that subject's words, its bodies from the chain
            again = classify.judge(subject_head + _CONNECTIVE.sub("", words), past_context=timing.past,
                                   has_target=target is not None, ahead=set_ahead,
                                   bound=time_start is not None)
            if again.kind is not None:
                verdict = classify.Verdict(again.kind, again.confidence)
        if (who := classify.subject_of(words)) is not None and (named_at := words.find(who)) >= 0:
            modal = _MODAL_AFTER.match(words, named_at + len(who))
            subject_head = words[:modal.end() if modal else named_at + len(who)]
        if ctx.addressees and _ADDRESSED.match(words) is not None:
            # 请你们继续加强后续监管，防止… / 你们要… / 希望你局…: the notice speaks to the bodies
            # it is addressed to; they answer for the clause and those after it
            actor = chain[0] = list(ctx.addressees)
        elif not verdict.actor:
            subject = _subject_bodies(text, analysis, s, e)
            if subject:
                # 市政府办公室将加强督办，定期通报结果: a body opening a clause as its
                # subject answers for the clauses after it, to the next subject named
                actor = chain[0] = subject
        if (s, e) in named_items and not timing.past \
                and (verdict.kind is None or verdict.confidence < NAMED_ITEM_CONFIDENCE):
            # an item of a list of named programmes is an entry of its own (grouping.NAMED)
            verdict = classify.Verdict(verdict.kind or "deliverable", NAMED_ITEM_CONFIDENCE,
                                       verdict.actor)
        elif verdict.kind is None and sent.heading > SECTION_LEVEL and not timing.past \
                and (sent.paragraph > 0 or "\n" not in analysis.strip()) \
                and len(words) <= MAX_NAMED_ITEM and len(_units(sent)) == 1 \
                and _NAMED_ITEM.search(words.rstrip("。；; ")) and not classify.is_count_frame(words) \
                and not classify.is_adopted(words):
            # 3.工业领域碳达峰行动 / a cell naming a programme: a list item that is
            # nothing but a named programme is a deliverable of its own
            verdict = classify.Verdict("deliverable", NAMED_ITEM_CONFIDENCE)
        elif verdict.kind is None and not timing.past and not classify.is_tally_by_state(words) \
                and _bound_to_act(
                analysis[time_start:e] if time_start is not None and not time_free else words,
                doc_date):
            # 各牵头单位于2月7日前报送市政府 / 方案务于3月底前报备 / 3月底前，召开金融联席会议:
            # a dated bound and an act, whatever the clause opens with (the bound may stand as
            # a clause of its own before it)
            verdict = classify.Verdict("deliverable", BOUND_ACT_CONFIDENCE, verdict.actor)
        if verdict.kind is not None and not timing.past \
                and (purpose := _meeting_purpose(analysis, units, at_unit)) is not None \
                and _bound_to_act(analysis[time_start:e] if time_start is not None
                                  and not time_free else words, doc_date):
            # 3月底前，召开专题会议，分解下达2025年目标任务: a meeting held by a bound and what
            # it is held to do, the clause right after it, are one entry under the bound (its
            # fields are read from the meeting's words: 部署全年工作 sets no bound)
            e, absorbed = purpose, at_unit + 1
        if verdict.kind is None and not verdict.actor:
            if cands is not None and e - s >= shortest:
                _candidate(text, analysis, s, e, target, timing, doc_date, section, cands,
                           "classify", sent.heading, actor, unbuilt)
            continue
        if 0 < sent.heading <= SECTION_LEVEL and not noted and not labelled \
                and not _anchored(words, target, verdict, doc_date):
            if cands is not None and e - s >= shortest:
                _candidate(text, analysis, s, e, target, timing, doc_date, section, cands,
                           "heading", sent.heading, actor, unbuilt)
            continue  # 二、在生态环境质量提升上走前列: the theme of a section, not a task
        named = _bodies(text, analysis, s, e, verdict.actor)
        if verdict.actor:
            actor = chain[0] = named
        if verdict.kind is None:
            if cands is not None and e - s >= shortest:
                _candidate(text, analysis, s, e, target, timing, doc_date, section, cands,
                           "actor", sent.heading, actor, unbuilt)
            continue
        deadline = clause_deadline(words, doc_date, timing, carried)
        if deadline is not None and deadline.text and deadline.date is not None:
            at = words.find(deadline.text)
            if at < 0 or not names_which(words, at + len(deadline.text)):
                carried = deadline  # (巩固2024年16个示范村成果: a year naming which, not a bound)
        elif deadline is None and carried is not None and not timing.past:
            # 2025年底前基本实现A，力争完成B，C达到93%: the time words scope over the
            # clauses after them in the sentence (their words stay out of these quotes)
            deadline = Deadline("", carried.date, carried.precision)
        if note_bound is not None and not timing.past and (deadline is None or not deadline.text):
            # 完成X（市住建局牵头，2025年底前完成）: the note's bound is the task's own, over
            # a bound carried from the clause before or the section's period (its words stay
            # out of the quote with the note)
            deadline = Deadline("", note_bound.date, note_bound.precision)
        if deadline is not None and deadline.text and analysis is not text:
            # the time words as the document writes them (於6月底前, not 于6月底前)
            at = words.find(deadline.text)
            if at >= 0:
                deadline = replace(deadline, text=text[s + at:s + at + len(deadline.text)])
        if target is not None and target.metric and analysis is not text:
            at = words.find(target.metric)  # the metric as written (農村公路, not 农村公路)
            if at >= 0:
                target = replace(target, metric=text[s + at:s + at + len(target.metric)])
        kind = _strongest(verdict.kind, target, deadline, timing)
        if kind == "target" and target is not None and target.value is None \
                and target.comparator is Comparator.FULL and rectified_in_full(words):
            # 确保如期整改到位: done in full (full), anchored by its time words or its act
            kind = _strongest(verdict.kind, None, deadline, timing)
        if kind in ("target", "deliverable", "duty") and deadline is None and timing.period is not None:
            # the period of its section (今年工作安排, a 2026年 plan): due at its end
            deadline = Deadline("", timing.period.date, timing.period.precision)
        region_code, region = ctx.region_of(words)
        own.append(bool(noted or named))
        if time_start is not None:
            s, time_start = time_start, None
            if (deadline is None or deadline.date is None or not deadline.text) \
                    and not timing.past:
                # 方案提出，到2025年，…: the time words stood after the text's own verb,
                # not at the sentence's start where the timing reads them (they win over a
                # bound carried from the clause before, the section's period or a note:
                # 2015年至2020年，…，到2025年，…)
                bounds = [d for d in (find_deadlines(analysis[s:time_end], doc_date)
                                      if not time_free else ())
                          if d.date is not None and (not d.past or d.bygone)]
                # one still ahead, else one that had passed (a closeout notice's 2019年6月至8月)
                bound = next((d for d in bounds if not d.past), bounds[0] if bounds else None)
                if bound is not None:
                    deadline = carried = Deadline("", bound.date, bound.precision)
                    if kind in ("deliverable", "duty"):
                        kind = "deadline"
            if deadline is not None and deadline.date is not None and not deadline.text:
                deadline = _own_words(text, analysis, s, deadline, doc_date, time_end)
        out.append((Suggestion(
            start=s, end=e, quote=text[s:e], kind=SuggestionKind(kind), deadline=deadline,
            target=target,
            responsible=list(noted or named or actor or []), region_code=region_code,
            region=region, confidence=_confidence(verdict.confidence, kind, deadline),
            section=section, why=_noted_why(explain(words, kind, target, deadline, verdict, sent.heading),
                                            note_bound if deadline is not None and note_bound is not None
                                            and deadline.date == note_bound.date else None),
            own_bodies=bool(noted or named)), verdict.confidence))
    if closing_note:
        # 1.稳定就业，新增城镇就业4.3万人，…达到60%（牵头单位：市人社局）: the note closing
        # an item names who answers for all of it, the clauses before it that name no
        # bodies of their own too
        for (sug, _), named_own in zip(out, own):
            if not named_own:
                sug.responsible, sug.own_bodies = closing_note, True
    for sug, _ in out:
        sug.responsible = list(sug.responsible)  # a run of role clauses shared one list
        if sug.deadline is None or not sug.deadline.text:
            _report_by(analysis, sug, doc_date)
    alone = {n for n, (sug, _) in enumerate(out) if (sug.start, sug.end) in named_items}
    return _inherit_metrics(group(text, out, alone))


BOUND_ACT_CONFIDENCE = 0.6
# A demand laid on a body at a clause's start (要求X… / 被要求… / 责令… / 责成…), not the
# noun (要求高 / 要求的 / 要求是), nor what the demand was done to (已要求: reported as done)
_DEMAND = re.compile(r"^(?:并|同时|还|且)?[，,]?被?(?:要求|责令|责成)(?![的是高严不了过])")
# A count of bodies, people or cases: the demand tallied (责令整改3家 / 责令25个单位…)
_TALLY = re.compile(r"\d+(?:\.\d+)?\s*(?:家|户|名|人|起|宗|个(?:单位|企业|部门|项目|问题)|处)")


# The body a demand is laid on, right after the verb (要求被审计单位按… / 责令相关企业限期…)
_DEMANDED = re.compile(
    r"^(?:并|同时|还|且)?[，,]?(?:要求|责令|责成)(?P<who>[^，,。；;：:按在于对将把从]{0,14}?"
    r"(?:单位|部门|政府|企业|局|厅|委|办|街道|县区|区县|县市区|镇|乡|公司))"
    r"(?=按|在|于|对|将|把|从|立即|尽快|逐|限期|及时|切实|认真|严格|抓紧|进一步|要|[，,]|$)")


def _demanded_of(words: str) -> str | None:
    """The body a clause lays a demand on (要求各县区… → 各县区), or None."""
    m = _DEMANDED.match(words) if _demand_laid(words) else None
    return m.group("who") if m is not None else None


def _demand_laid(words: str) -> bool:
    """Whether a clause lays a demand on a body (要求X按清单逐条落实 / 被要求限期销号 /
    责令其限期整改), no tally of the bodies or cases it was laid on."""
    return _DEMAND.match(words) is not None and _TALLY.search(words) is None


_NODE_OF = re.compile(r"的(?:时间节点|节点|时限|目标要求|目标)$")
_NODE_ENDS = ("节点", "时限", "目标要求", "目标")
# Time words that bind (前 / 以前 / 之前 / 底前 / 为止), before the act they bound
_BOUND_THEN_ACT = re.compile(
    r"(?:前|以前|之前|为止|上半年|下半年|年内|^[一二三四]季度)[，,]?[^，,。；;]{0,16}?(?:报送|报|提交|上报|备案|完成|印发|出台|"
    r"制定|建立|公开|公布|公示|反馈|启动|开展|召开|举办|举行|部署|验收|销号|到位|整改|送审|审议)")


# A meeting to hold (召开专题会议 / 组织召开河长制工作推进会 / 举行签约仪式), ending its clause
_MEETING = re.compile(r"(?:召开|举办|举行)[^，,。；;：:]{0,24}?(?:会议|会|论坛|仪式)$")
MAX_PURPOSE = 30  # the clause a meeting is held for (分解下达2025年目标任务) is short


def _meeting_purpose(analysis: str, units: Sequence[tuple[int, int]], at: int) -> int | None:
    """Where the clause a bound meeting is held for ends (3月底前，召开专题会议，分解下达
    2025年目标任务 / 明确2023年金融指标增长目标), or None: the next unit, after a comma only,
    with no time words, subject, bodies' roles or checkable target of its own."""
    s, e = units[at]
    if at + 1 >= len(units) or _MEETING.search(analysis[s:e].rstrip("，, ")) is None:
        return None
    s2, e2 = units[at + 1]
    purpose = analysis[s2:e2].rstrip("，, ")
    if analysis[e:s2].strip() not in ("，", ",") or not 4 <= len(purpose) <= MAX_PURPOSE \
            or leading_time_words(purpose) or classify.subject_of(purpose) is not None \
            or ROLE_HINT.search(purpose) or _MEETING.search(purpose) \
            or _checkable(pick_target(find_targets(purpose))):
        return None
    return e2


def _bound_to_act(words: str, doc_date: date | None) -> bool:
    """A clause with a dated bound (X月X日前 / 年底前) followed by an act that can be
    checked as done (报送 / 备案 / 完成 / 印发 …)."""
    if _BOUND_THEN_ACT.search(words) is None:
        return False
    return any(d.date is not None and not d.past for d in find_deadlines(words, doc_date))


@dataclass
class _Unbuilt:
    """The units turned down that the model is sure not to take up, whatever fields they
    would be given (confidence.may_reach): they are not built, only noted (where they
    stand, and whether a subject named before them would answer for them), for the
    members of their items. *in_row*, *numbered*: the layout of the sentence read."""

    w: dict[str, float]
    in_row: bool = False
    numbered: bool = False
    units: list[tuple[int, int, bool]] = field(default_factory=list)


# A candidate shorter than this is not scored when suggesting (the model is still fitted on
# those from MIN_CANDIDATE up: they teach it what is no entry; on the dev part 1 in 150 of
# them was taken up)
MIN_SCORED_CANDIDATE = 10
MIN_CANDIDATE = 6  # a unit turned down this short (加强领导) is no entry of a register


def _candidate(text: str, analysis: str, s: int, e: int, target: Target | None,
               timing: Timing, doc_date: date | None, section: str | None,
               cands: list[Suggestion], rejected: str, heading: int,
               actor: list[BodyRef] | None = None, unbuilt: _Unbuilt | None = None) -> None:
    """A unit the rules turned down, kept for the unit model: its own fields only (no
    time words carried from the clauses before); its bodies are those it opens with
    (省督察办对整改情况实施季调度), else the *actor* its sentence named as subject."""
    words = analysis[s:e]
    if len(words.strip("，,。；;：: ")) < MIN_CANDIDATE:
        return
    if timing.past:
        # read as a report of results: the model may still find a commitment in it (a
        # target of a rectification notice dated before the notice)
        rejected += "-past"
        timing = timing.with_past(False)
    # (a numbered item standing as a line of its own is built whatever the model makes of
    # it: the items of its list may take it up, _list_siblings)
    if unbuilt is not None and heading <= SECTION_LEVEL and not confidence.may_reach(
            text[s:e], target, rejected, unbuilt.w, MIN_CANDIDATE_CONFIDENCE,
            heading=heading, in_row=unbuilt.in_row, numbered=unbuilt.numbered):
        unbuilt.units.append((s, e, bool(actor)))
        return
    deadline = clause_deadline(words, doc_date, timing)
    if deadline is not None and deadline.text and analysis is not text:
        at = words.find(deadline.text)
        if at >= 0:
            deadline = replace(deadline, text=text[s + at:s + at + len(deadline.text)])
    kind = _strongest("duty", target, deadline, timing)
    if kind in ("target", "deliverable", "duty") and deadline is None and timing.period is not None:
        # (as for the units the rules take: the model may take this one up)
        deadline = Deadline("", timing.period.date, timing.period.precision)
    verdict = classify.Verdict(kind, 0.0)
    named = _bodies(text, analysis, s, e, None)
    cands.append(Suggestion(
        start=s, end=e, quote=text[s:e], kind=SuggestionKind(kind), deadline=deadline,
        target=target, responsible=named or list(actor or []),
        region_code=None, region=None, confidence=0.0,
        section=section, why=explain(words, kind, target, deadline, verdict, heading),
        rejected=rejected, own_bodies=bool(named)))


_CHANGE = re.compile(r"^(?:同比|环比|比上年|较上年|比去年|较去年|较\d{4}年|比\d{4}年)")


def _inherit_metrics(out: list[Suggestion]) -> list[Suggestion]:
    """A change reported after a level (PM2.5平均浓度25微克/立方米，同比下降1微克) is a
    change of the same metric: it takes the metric of the target before it."""
    metric = None
    for sug in out:
        t = sug.target
        if t is not None and t.metric is None and metric and _CHANGE.match(sug.quote):
            sug.target = Target(metric, t.comparator, t.value, t.unit)
        elif t is not None and t.metric:
            metric = t.metric
    return out


# A clause of the basis a unit opens with (按照排查整改方案，/ 根据工作安排，), or of the topic
# fronted before its subject (对重点问题整改落实情况，/ 针对督察反馈的问题，/ 围绕…目标，)
_JOINED = re.compile(r"[、和及与]")
_BASIS = re.compile(r"(?:按照|根据|依据|依照|对照|针对|对于|围绕|对(?![照标接外口象比])"
                    r")[^，,。；;]{1,30}[，,]\s*")
# …or a frame naming the body that guides, leads or backs the one acting (在市水利局统筹规划指导
# 下，编制… / 在市委市政府的坚强领导下，区住建局将… / 在省生态环境厅支持下完成…): no body doing it
_UNDER = re.compile(r"在[^，,。；;下]{2,40}?(?:领导|指导|指挥|支持|帮助|协调|关心|带领|部署|推动|督导|统筹|监督)"
                    r"(?:和[^，,。；;下]{1,8}?)?下[，,]?\s*")
# A body after 为 (for) opening the phrase: the one served (为全市各类用人单位及灵活就业人员减负 /
# 为基层单位配备…), not the one acting; not 为民服务中心, a body of that name
_FOR_WHOM = re.compile(r"为(?!民服务)[\u4e00-\u9fff]")
_TRAILING_NOTE = re.compile(r"[（(【][^（）()【】]{2,80}[）)】]$")
OPENING_BODY = 24  # a body a clause opens with (市住建局牵头…) ends within this many characters
_LEAD_SUPPORT = re.compile(r"牵头.{0,40}(?:配合|参与|协助)")
_ROLE_WORDS = screened(r"牵头|负责|配合|会同|协同|协助|^由")
_ROLE_WORDS_CUE = needs(_ROLE_WORDS)
# a word joining the clause to the one before, no part of its subject (特别是牵头单位要…)
_DISCOURSE = re.compile(r"^(?:特别是|尤其是|同时|此外|另外|其中)[，,]?")


def _bodies(text: str, analysis: str, start: int, end: int,
            subject: str | None) -> list[BodyRef]:
    """Bodies a unit names, spelled as in *text*: those of its subject (各乡镇、各部门要…
    → both), else those it gives a role (由X牵头，Y配合 / X负责) or opens with."""
    words = analysis[start:end]
    if subject and _LEAD_SUPPORT.search(words):
        subject = None  # 由X牵头，Y配合 / X牵头，Y配合: the body finder reads the roles
    if subject:
        found = []
        for part in _SUBJECT_PARTS.split(_DISCOURSE.sub("", subject)):
            named = find_bodies(part)
            if named and part.endswith(named[-1].name):
                found.extend(named)
            elif is_person(part):  # 市政府主要领导 → the body they lead; 党政主要负责同志 → none
                found.extend(named)
            elif len(part) >= 2:  # the subject as written (市委督查室, not just 市委)
                found.append(BodyRef(part))
    else:
        roles = _ROLE_WORDS_CUE.search(words) is not None and _ROLE_WORDS.search(words) is not None
        # 按照整改方案，各地环保部门将… / 根据省政府部署，市住建局负责… / 对重点问题整改落实情况，
        # 省整改办将…: after the basis or the topic (the body that set the task there, or the
        # one it is about, is no body doing it)
        basis = _BASIS.match(words) or (_UNDER.match(words) if words.startswith("在") else None)
        opens = basis.end() if basis else 0
        rest = words[opens:] if opens else words
        if not roles and (classify.LEADING.match(rest) or classify.ACTION.match(rest)):
            return []  # opens with its verb: it names no body of its own
        found, end = [], -1
        for ref in find_bodies(words[opens:] if roles else words[opens:opens + 2 * OPENING_BODY]):
            at = words.find(ref.name, max(end, 0))
            if classify.LEADING.match(ref.name) or classify.ACTION.match(ref.name):
                continue
            if _FOR_WHOM.match(ref.name) or (at > 0 and words[at - 1] == "为" and (
                    at - 1 <= opens or words[at - 2] in "，,；;。 ")):
                continue  # 为全市各类用人单位减负 / 为企业提供…: whom the act serves, no body doing it
            if roles or at <= opens + 1 or (end >= 0 and _JOINED.fullmatch(words[end:at])):
                found.append(ref)  # the opening body, and those joined to it (A和B将…)
                end = at + len(ref.name)
            elif not roles:
                break
    out = []
    for ref in found:
        at = words.find(ref.name)
        name = text[start + at:start + at + len(ref.name)] if at >= 0 else ref.name
        out.append(BodyRef(name, ref.role))
    return out


# What follows a body standing as its clause's subject: a modal word, an adverb or a verb
# (市政府办公室将加强… / 各整改责任单位对照问题制定…), not a noun it qualifies (各乡镇污水…)
# nor a list or a possessive (市生态环境局的… / 市生态环境局和…)
_AFTER_SUBJECT = re.compile(r"要|将|应|须|需|必须|负责|牵头|配合|协助|于|对|把|按|依|结合|围绕|在|以|会同|联合|"
                            # an adverb of aspect or scope before the verb (X正在加快… / X仍在… /
                            # X也要… / X均已…)
                            r"共同|分别|已|正在|正|仍|还|也|均|都")
# 市发改委、市财政局等部门要…: the list's close before what they do
_SUBJECT_LIST_CLOSE = re.compile(r"等(?:有关|相关)?(?:单位|部门)?")
_SUBJECT_LEAD = screened(r"(?:[，,\s]|要(?!求)|并|同时|此外|另外|下一步|下阶段|下步|今后|特别是|尤其是)+")
# a frame of time or source before the body (自X反馈后 / 从X获悉 / 经X审核后 / 在X领导下)
_NOT_SUBJECT_START = re.compile(r"自(?!治|然)|从|经(?!济)|待|当|随着|据|在")
# A verb handing a task to the bodies after it, which then act (要求X…/ 请X… / 责成X…)
_PIVOT = re.compile(r"(?:请(?![示求])|要求|责成)(?=[\u4e00-\u9fff])")
_NOT_PIVOT_OBJECT = "的之，,。；;、和与及"  # 要求X的… / 要求X，…: X names no one asked to act
# the body qualifies a noun (县卫健局负责的第17件 / 市水务局牵头的项目): no subject
_QUALIFIES = re.compile(r"(?:负责|牵头|承办|主办|承担|分管|管理|办理|组织|实施|推进)(?:完成)?的")
# the bodies of a role named by the role (牵头单位 / 各责任单位), and what makes it a subject
_ROLE_TERM = re.compile(r"(?:各|相关|有关)?(?:牵头|责任|配合|协办|参与|主办|承办)(?:单位|部门)")
_ROLE_TERM_ACTS = re.compile(r"要|应|须|必须|负责|将")
# 各责任单位（包括牵头单位、责任单位，下同）要…: a note defining the subject it follows
_SUBJECT_NOTE = needing(r"[（(][^（）()]{2,40}(?:下同|以下简称[^（）()]*)[）)]")
# 对因…推进缓慢的，X要…: the case a clause speaks of, before its subject
_FRAME = needing(r"(?:对于?|凡|针对|涉及|属于)[^，,；;。（）()]{1,40}?的[，,]\s*")


def _subject_bodies(text: str, analysis: str, start: int, end: int) -> list[BodyRef]:
    """The bodies a unit names as its subject, as written: those it opens with (after the
    basis, the case it speaks of or its time words), when a modal word, an adverb or a verb
    follows them; none when it opens otherwise."""
    words = analysis[start:end]
    opens = 0
    for frame in (_BASIS, _FRAME):
        m = frame.match(words, opens)
        if m is not None:
            opens = m.end()
    opens += leading_time_words(words[opens:])
    lead = _SUBJECT_LEAD.match(words, opens)
    opens = lead.end() if lead else opens
    pivot = _PIVOT.match(words, opens)
    if pivot is not None:
        # 要求各乡镇人民政府高度重视…，于6月底前完成… / 请各责任单位认真研究，确保…: the
        # bodies the task is handed to act in the clauses after them
        opens = pivot.end()
    head = words[opens:opens + 2 * OPENING_BODY]
    if _NOT_SUBJECT_START.match(head):
        return []  # 自中央督察组反馈意见后: a frame of time or source, not a subject
    term = _ROLE_TERM.match(head)
    if term is not None and (_SUBJECT_NOTE.match(head, term.end()) or pivot is not None
                             or _ROLE_TERM_ACTS.match(head, term.end())):
        # 牵头单位（…，下同）要统筹… / 责任单位要…: the bodies of a role, as the text calls them
        return [BodyRef(_as_written(text, analysis, term.group(), start, end))]
    found = find_bodies(head)
    out: list[BodyRef] = []
    at = 0
    for ref in found:
        pos = head.find(ref.name, at)
        if pos != at and not (out and _JOINED.fullmatch(head[at:pos])):
            break
        if is_person(ref.name):
            return []
        out.append(ref)
        at = pos + len(ref.name)
    if out and (close := _SUBJECT_LIST_CLOSE.match(head, at)) is not None:
        at = close.end()
    note = _SUBJECT_NOTE.match(words, opens + at)
    rest = head[at:]
    acts = note or _AFTER_SUBJECT.match(rest) or classify.ACTION.match(rest) \
        or (pivot is not None and rest[:1] not in _NOT_PIVOT_OBJECT)
    if not out or not acts or classify.ACTION.match(out[0].name) or _QUALIFIES.match(rest):
        return []  # 报市安办备案: the body is the verb's object; 县卫健局负责的第17件: a qualifier
    return [BodyRef(_as_written(text, analysis, b.name, start, end), b.role) for b in out]


def _as_written(text: str, analysis: str, name: str, start: int, end: int) -> str:
    """*name* (found in the Simplified analysis text) spelled as *text* writes it."""
    pos = analysis.find(name, start, end)
    return text[pos:pos + len(name)] if pos >= 0 else name


def _refs_as_written(text: str, analysis: str, refs: Iterable[BodyRef], start: int,
                     end: int) -> list[BodyRef]:
    """*refs* (found in analysis[start:end]) with their names spelled as *text* writes them,
    each keeping its role."""
    return [BodyRef(_as_written(text, analysis, b.name, start, end), b.role) for b in refs]


def _strongest(kind: str, target: Target | None, deadline: Deadline | None,
               timing: Timing) -> str:
    """target > deadline > deliverable > duty; past results stay indicators."""
    if kind == "indicator" or timing.past:
        return "indicator"
    if target is not None:
        return "target"
    if deadline is not None:
        return "deadline"
    return kind


_COMPARATOR_WORDS = {">=": "不低于", "<=": "不高于", "=": "达到", "increase": "提高",
                     "decrease": "降低", "zero": "清零", "full": "全面完成"}
_VERB_WORD = re.compile(classify.VERB)


def explain(words: str, kind: str, target: Target | None, deadline: Deadline | None,
            verdict: classify.Verdict, heading: int) -> str:
    """Why a unit was suggested, in the reviewer's words: the cues that fired."""
    parts = []
    if kind == "indicator":
        parts.append("已取得的结果（基线）")
    if target is not None and (target.comparator or target.value is not None):
        parts.append(_target_why(target))
    if deadline is not None and deadline.date is not None:
        parts.append(f"时限：{deadline.text}" if deadline.text
                     else f"时限（随上下文）：{deadline.date.isoformat()}")
    elif deadline is not None and deadline.text:
        parts.append(f"时限：{deadline.text}（无具体日期）")
    if verdict.actor:
        parts.append(f"责任主体：{verdict.actor}")
    elif kind in ("deliverable", "deadline", "duty") and (verb := _VERB_WORD.search(words)):
        parts.append(f"举措：{verb.group()}")
    if heading:
        parts.append("独立成行的条目" if heading > SECTION_LEVEL else "标题即任务")
    return "；".join(parts)


# A time field that sets no date: work that goes on (长期坚持, 持续推进, 常态化开展, 每年)
_ONGOING = re.compile(r"(?:长期|持续|常态化|常年|每年|每季度|每月|定期|动态)(?:坚持|推进|开展|实施|落实|管理|进行)?"
                      r"|立行立改|长期坚持、持续推进|持续推进、长期坚持")
MAX_TIME_CLAUSE = 14  # 到2025年年底 / 2019年9月底前: time words standing as a clause
# A clause that only sets the scene of the clause after it, with no verb of its own (session
# 11s): a body and the time its work runs (省政府安委会自即日起至2025年5月底，在全省开展…), a
# body and the basis it acts on (各工作机构根据主任会议决定，制定…), time words too long
# for MAX_TIME_CLAUSE (自即日起至2025年12月31日，…), a time counted from an event (在举行
# 常委会会议二十五日前，由…送交…). The corpus quotes it with the clause it serves (dev gold
# M_22, N_24): cut off, that clause loses its subject and its bound.
MAX_SCENE = 40
# Henceforth (今后 / 此后 / 今后每年4月 / 以后每年年初): what follows is arranged from now on
_HENCEFORTH_HINT = re.compile(r"今后|此后|以后|从今|自此")
_HENCEFORTH = re.compile(r"(?:今后|此后|以后|从今以后|从今往后|自此以后)(?:一个时期|一段时期|每(?:年|半年|季度|季|月|周)"
                         r"(?:[0-9一二三四五六七八九十]{1,2}月份?|年初|年底|年末|初|底|末)?)?")
_SCENE_BODY = re.compile(rf"^(?P<who>[^，,。；;：:（）()“”]{{2,30}}?{classify.ACTOR_END})"
                         r"(?=根据|按照|依据|依照|遵照|自|从|在|于|到|至|截至|[0-9]|[今明本]年|年内|年底)")
_SCENE_BASIS = re.compile(r"^(?:根据|按照|依据|依照|遵照)[^，,。；;：:]{2,24}$")
_SCENE_EVENT = re.compile(r"^(?:在|于)[^，,。；;：:]{2,24}?(?:前|之前|以前)$")
_SCENE_TITLE = re.compile(r"《[^《》]{1,40}》")
_SCENE_JOIN = re.compile(r"或者|以及|和|及|与|、")


def _scene(words: str) -> tuple[str, bool] | None:
    """(the body a clause that only sets the scene names, '' when none; whether its time
    words are a bound of their own, not counted from an event), or None when the clause is
    no scene (MAX_SCENE above)."""
    w = words.rstrip("，, ")
    who, rest = "", w
    m = _SCENE_BODY.match(w) if w[:1] not in "在于根按依遵自从到至截" else None
    if m is not None:
        who, rest = m.group("who"), w[m.end():]
        if classify.NOT_ACTOR.match(who) or classify.ACTION.match(who):
            return None
    if not rest:
        return None
    if leading_time_words(rest) >= len(rest):
        return who, True
    if _SCENE_BASIS.match(rest) and not classify.has_verb(_SCENE_TITLE.sub("", rest)[2:]):
        return who, False
    if _SCENE_EVENT.match(rest) and not any(d.date for d in find_deadlines(rest)):
        # (二十五日前 there counts from the meeting, not from the document's date)
        return who, False
    return None


# A clause opened by a frame of basis or purpose that segment.LEAD_IN joined to the clause
# after it (按照…的部署，省政府安委会自即日起…)
_FRAME_OPENING = re.compile(r"按照|根据|依据|依照|遵照|为了?|围绕")


def _after_frame(words: str) -> int:
    """Where the words after the frame's last comma (outside brackets) begin, or 0."""
    depth, cut = 0, 0
    for i, ch in enumerate(words.rstrip("，, ")):
        if ch in "（(《“〔[【":
            depth += 1
        elif ch in "）)》”〕]】":
            depth = max(0, depth - 1)
        elif ch in "，," and depth == 0:
            cut = i + 1
    return cut


def _scene_bodies(who: str) -> list[str]:
    """The bodies a scene names (相关的专门委员会或者常委会工作机构 → two), or it whole."""
    parts = [p for p in _SCENE_JOIN.split(who) if p]
    ok = len(parts) > 1 and all(re.search(classify.ACTOR_END + "$", p) for p in parts)
    return parts if ok else [who]
# …制定工作方案，于2024年3月15日前报市安办备案: what is to be sent in by a date is due then
_REPORT_BY = re.compile(r"[，,]\s*(?:并|且)?\s*(?P<by>(?:于|在)?[^，,。；;]{2,14}?(?:前|以前|之前))"
                        r"(?:报|上报|报送|提交|送|交)")


def _report_by(analysis: str, sug: Suggestion, doc_date: date | None) -> None:
    """The date of a report-by clause right after *sug* (…方案，于3月15日前报…) as its deadline,
    when it has no time words of its own."""
    m = _REPORT_BY.match(analysis, sug.end)
    if m is None:
        return
    bound = next((d for d in find_deadlines(m.group("by"), doc_date)
                  if d.date is not None and not d.past), None)
    if bound is not None and bound.end == len(m.group("by")):
        sug.deadline = Deadline("", bound.date, bound.precision)
MAX_RUN_IN = 16  # a run-in heading and an item's number before them (三、整改措施 (一))
_ITEM_NUMBER = screened(r"[（(][一二三四五六七八九十0-9]{1,3}[)）]|[0-9]{1,2}[.、．]|[一二三四五六七八九十]{1,3}、")
_ITEM_NUMBER_CUE = needs(_ITEM_NUMBER)
_ITEM_NUMBER_END = re.compile(
    r"(?:[（(][一二三四五六七八九十0-9]{1,3}[)）]|[0-9]{1,2}[.、．]|[一二三四五六七八九十]{1,3}、)\s*$")


def _item_time_words(words: str) -> int | None:
    """Where the time words closing *words* begin when an item's number stands right before
    them (…整改措施 (一)2019年6月至8月，), else None."""
    norm = words.rstrip("，, ")
    if _ITEM_NUMBER_CUE.search(norm) is None or _ITEM_NUMBER.search(norm) is None:
        return None
    at = trailing_time_words_folded(fold(norm))
    if 0 < at < len(norm) and _ITEM_NUMBER_END.search(norm, 0, at) is not None:
        return at
    return None
# 方案提出 / 《意见》指出 / 目标是：before the time words of what a text sets out
_SAYS = re.compile(r"^[^，,。；;]{0,16}?(?:提出|指出|目标是|目标为)[:：]?")
MAX_SAYS = 18
_SAYS_HINT = re.compile(r"提出|指出|目标")  # a cheap test before _SAYS


def _own_words(text: str, analysis: str, start: int, deadline: Deadline,
               doc_date: date | None, scene_end: int | None = None) -> Deadline:
    """The deadline with the time words now inside its quote, as the document writes them:
    those the quote opens with, or those of the scene it opens with up to *scene_end* (省政府
    安委会自即日起至5月底，…: after the body)."""
    n = leading_time_words(analysis[start:start + MAX_TIME_CLAUSE + 2])
    if n == 0 and scene_end is not None:
        found = next((d for d in find_deadlines(analysis[start:scene_end], doc_date)
                      if d.date == deadline.date), None)
        if found is not None:
            return Deadline(text[start + found.start:start + found.end], deadline.date,
                            deadline.precision)
    if n == 0:
        return deadline
    return Deadline(text[start:start + n], deadline.date, deadline.precision)


def _labels_follow(analysis: str, end: int) -> bool:
    """Whether the next line after *end* labels bodies or a time limit (责任单位：…)."""
    nl = analysis.find("\n", end)
    if nl < 0:
        return False
    stop = analysis.find("\n", nl + 1)
    line = analysis[nl + 1:stop if stop >= 0 else len(analysis)].strip()
    return bool(line) and LABEL.match(line) is not None


# A character str.strip() keeps (\s and str.isspace() agree): sought from a place on, in
# place of stripping a copy of the rest of the text, once for each heading of a long text
_NOT_SPACE = re.compile(r"\S")


def _no_section(analysis: str, sent: Sentence) -> bool:
    """Whether the heading *sent* has nothing under it: the next line is a heading of a
    higher level (四、目标任务 / （一）完成对X的清理工作 / 五、完成时限), or the text ends. It
    opens no section: it is an item of its parent's list, its task a task, not a theme."""
    nl = analysis.find("\n", sent.end)
    while nl >= 0 and analysis.startswith("\n", nl + 1):
        nl += 1
    if nl < 0 or _NOT_SPACE.search(analysis, nl + 1) is None:  # (nothing but spaces after)
        return "\n" in analysis.strip()  # (a line standing alone: a cell, read as before)
    stop = analysis.find("\n", nl + 1)
    level = heading_level(analysis[nl + 1:stop if stop >= 0 else len(analysis)].strip())
    return level is not None and level < sent.heading


def _anchored(words: str, target: Target | None, verdict: classify.Verdict,
              doc_date: date | None) -> bool:
    """A section heading states a task only with something to check: a target, time
    words or a named deliverable (二、年底前完成城区集中供热管网改造)."""
    named = verdict.confidence >= 0.75 and len(words) >= MIN_HEADING_TASK \
        and classify.ACTION.match(words) is not None
    return _checkable(target) or named \
        or any(d.date is not None for d in find_deadlines(words, doc_date))


def _checkable(target: Target | None) -> bool:
    return target is not None and (target.comparator is not None or target.value is not None)


_KIND_BONUS = {"target": 0.15, "deadline": 0.1}


def _confidence(base: float, kind: str, deadline: Deadline | None) -> float:
    bonus = _KIND_BONUS.get(kind, 0.0)
    if deadline is not None and deadline.date is not None:
        bonus += 0.05
    return round(min(1.0, base + bonus), 2)


def to_json(s: Suggestion) -> dict[str, Any]:
    """The suggestion as the flat JSON record the CLI and the scorer read."""
    t = s.target or Target()
    d = s.deadline
    value = list(t.value) if isinstance(t.value, tuple) else t.value
    return {
        "start": s.start, "end": s.end, "quote": s.quote, "kind": s.kind,
        "deadline_text": (d.text or None) if d else None,
        "deadline": d.date.isoformat() if d and d.date else None,
        "deadline_precision": str(d.precision) if d and d.precision else None,
        "metric": t.metric, "comparator": str(t.comparator) if t.comparator else None,
        "value": value, "unit": t.unit,
        "responsible": [b.name for b in s.responsible],
        "region": s.region, "confidence": s.confidence, "why": s.why,
    }
