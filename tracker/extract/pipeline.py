"""Suggest the trackable commitments of a Chinese policy document.

suggest() walks the document sentence by sentence (see segment.py), judges each clause
(classify.py), and fills in the fields: the deadline (the clause's own time words, else
the sentence's lead-in time words, else — for targets — the period of the section), the
target (metric, comparator, value, unit), the responsible bodies (named in the clause or
sentence, else the subject of the paragraph, else the document's issuer) and the region.
A commitment repeated in the same document (a web summary quoting the original) is
suggested once.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date

from tracker.domain import BodyRef, Deadline, Precision, Target
from tracker.extract import classify
from tracker.extract.deadlines import find_deadlines, is_review_heading, parse_deadline, section_period
from tracker.extract.issuer import DocumentContext, document_context, simplified
from tracker.extract.segment import Clause, Heading, Sentence, segment

try:  # the target parser lands from the xfields branch
    from tracker.extract.targets import parse_target
except ImportError:  # pragma: no cover - until it does, no targets are read
    def parse_target(text: str) -> Target | None:
        return None

KINDS = ("target", "deadline", "deliverable", "duty", "indicator")

# Rectification lists label their fields: 整改时限：2024年12月底前 / 责任单位：市生态环境局.
LABEL = re.compile(
    r"^(?P<label>责任单位|牵头单位|责任部门|牵头部门|配合单位|协办单位|责任主体|责任领导|责任人|"
    r"整改时限|完成时限|时限要求|完成时间|整改期限|办结时限|时间节点)\s*[:：]\s*(?P<value>.+)$"
)
MAX_DUTY = 64  # a named actor's duty runs on over the next clauses up to this length
_BODY_SPLIT = re.compile(r"[、，,；;及和]|\s+")


@dataclass
class Suggestion:
    """A proposed commitment (or, with kind "indicator", a past result) in a text."""

    start: int
    end: int
    quote: str
    kind: str
    deadline: Deadline | None
    target: Target | None
    responsible: list[BodyRef]
    region_code: str | None
    region: str | None
    confidence: float
    section: str | None
    duplicate_of: int | None = None


@dataclass
class _Item:
    """Suggestions under one innermost heading, for the labelled fields of rectification lists."""

    members: list[int] = field(default_factory=list)
    deadline: Deadline | None = None
    bodies: list[BodyRef] = field(default_factory=list)


def suggest(text: str, doc_date: date | None = None, *, region_code: str | None = None,
            issuer: str | None = None, gazetteer=None,
            keep_duplicates: bool = False) -> list[Suggestion]:
    """Suggestions for *text* in reading order.

    *region_code* and *issuer* are the document's, when the caller knows them; otherwise
    they are guessed from the first lines. A commitment repeated in the document is
    suggested once; with *keep_duplicates* the repeats are returned too, each with
    ``duplicate_of`` set to the index of the occurrence that is kept.
    """
    analysis = simplified(text)
    ctx = document_context(text, analysis, region_code=region_code, issuer=issuer,
                           gazetteer=gazetteer)
    out: list[Suggestion] = []
    numbered: list[bool] = []  # whether each suggestion stands in the numbered body
    items: dict[tuple[int, int], _Item] = {}
    past_paragraph: int | None = None
    for sent in segment(analysis):
        item = items.setdefault(_item_key(sent), _Item())
        if _read_label(sent, text, doc_date, item):
            continue
        lead = _lead_deadline(sent, doc_date)
        past = _is_past(sent, lead, past_paragraph)
        past_paragraph = sent.paragraph if past else None
        period = _section_period(sent.sections, doc_date)
        paragraph_actor = ctx.paragraph_actor(sent.paragraph)
        for sug in _suggest_sentence(text, analysis, sent, ctx, doc_date, lead, past, period):
            if not sug.responsible:
                sug.responsible = [BodyRef(paragraph_actor)] if paragraph_actor \
                    else list(ctx.issuer_refs)
            if sug.kind != "indicator":
                item.members.append(len(out))
            out.append(sug)
            numbered.append(any(h.numbered for h in sent.sections))
        ctx.note_paragraph(sent, analysis)
    _apply_items(out, items.values(), ctx)
    _mark_duplicates(out, numbered)
    return out if keep_duplicates else [s for s in out if s.duplicate_of is None]


def _item_key(sent: Sentence) -> tuple[int, int]:
    head = sent.sections[-1] if sent.sections else None
    return (head.start, head.end) if head else (-1, -1)


def _read_label(sent: Sentence, text: str, doc_date: date | None, item: _Item) -> bool:
    m = LABEL.match(sent.text)
    if m is None:
        return False
    value_start = sent.start + m.start("value")
    value = text[value_start:sent.end]
    if m.group("label") in ("整改时限", "完成时限", "时限要求", "完成时间", "整改期限", "办结时限",
                            "时间节点"):
        item.deadline = parse_deadline(sent.text[m.start("value"):], doc_date) or item.deadline
        if item.deadline is not None and item.deadline.text not in value:
            item.deadline = replace(item.deadline, text=value.strip())
    else:
        role = "support" if m.group("label") in ("配合单位", "协办单位") else "lead"
        for name in _BODY_SPLIT.split(value):
            if len(name.strip()) >= 2:
                item.bodies.append(BodyRef(name.strip(), role))  # type: ignore[arg-type]
    return True


def _apply_items(out: list[Suggestion], items, ctx: DocumentContext) -> None:
    for item in items:
        for i in item.members:
            sug = out[i]
            if item.deadline is not None and sug.deadline is None:
                sug.deadline = item.deadline
                if sug.kind in ("deliverable", "duty"):
                    sug.kind = "deadline"
            if item.bodies and (not sug.responsible or sug.responsible == ctx.issuer_refs):
                sug.responsible = list(item.bodies)


# After lead-in time words: a comma, or a word that carries the sentence forward.
_LEAD_FOLLOW = re.compile(r"^(?:$|[要将前底内]|力争|争取|确保|全面|基本|实现|完成|建成|全市|全省|全县|我[市省县区])")


def _lead_deadline(sent: Sentence, doc_date: date | None):
    """Time words that open the sentence (到2027年，… / 今年要… / 2022年，…), not a
    copula about the year (今年是…之年)."""
    first = _first_content_clause(sent)
    if first is None:
        return None
    for m in find_deadlines(first.text[:24], doc_date):
        if m.start <= 3 and _LEAD_FOLLOW.match(first.text[m.end:]):
            return m
    return None


def _first_content_clause(sent: Sentence) -> Clause | None:
    """The first clause that is not a speech-reporting one (尹弘指出 / 他强调)."""
    for clause in sent.clauses:
        if not classify.REPORTING.search(clause.text) or len(clause.text) > 16:
            return clause
    return None


def _is_past(sent: Sentence, lead, past_paragraph: int | None) -> bool:
    if any(is_review_heading(h.text) for h in sent.sections):
        return True
    if lead is not None:
        return lead.past
    first = _first_content_clause(sent)
    text = first.text if first is not None else sent.text
    if text.endswith("以来") or text.startswith(("过去", "去年", "近年来", "近年", "近些年")):
        return True
    if past_paragraph == sent.paragraph and not classify.FORWARD.search(sent.text):
        return True
    return False


def _section_period(sections: tuple[Heading, ...], doc_date: date | None) -> Deadline | None:
    """The period set by the innermost heading that sets one (years only: a heading dated
    to the day is a byline, not a period)."""
    for head in reversed(sections):
        period = section_period(head.text, doc_date)
        if period is not None and period.precision in (Precision.YEAR, Precision.QUARTER):
            return period
    return None


def _units(sent: Sentence) -> list[tuple[int, int]]:
    """Spans to judge: each clause, except that a clause naming an actor with 要/应当
    (各级人民政府要…) carries the rest of the sentence with it as one duty."""
    spans: list[tuple[int, int]] = []
    clauses = list(sent.clauses)
    k = 0
    while k < len(clauses):
        start, end = clauses[k].start, clauses[k].end
        if classify.subject_of(clauses[k].text):
            while k + 1 < len(clauses) and clauses[k + 1].end - start <= MAX_DUTY \
                    and not classify.subject_of(clauses[k + 1].text):
                k += 1
                end = clauses[k].end
        spans.append((start, end))
        k += 1
    return spans


def _suggest_sentence(text: str, analysis: str, sent: Sentence, ctx: DocumentContext,
                      doc_date: date | None, lead, past: bool,
                      period: Deadline | None) -> list[Suggestion]:
    out = []
    section = sent.sections[-1].text if sent.sections else None
    sentence_actor = None
    for s, e in _units(sent):
        words = analysis[s:e]
        target = parse_target(words)
        verdict = classify.judge(words, past_context=past, has_target=_checkable(target))
        if verdict.actor:
            sentence_actor = verdict.actor
        if verdict.kind is None:
            continue
        deadline = _deadline_of(words, s, text, doc_date, lead, past)
        kind = verdict.kind
        if kind != "indicator":
            if _checkable(target):
                kind = "target"
                if deadline is None and period is not None:
                    deadline = Deadline("", period.date, period.precision)
            elif deadline is not None:
                kind = "deadline"
        responsible = ctx.bodies_in(text, s, e, analysis)
        if not responsible and verdict.actor:
            responsible = [BodyRef(text[s:s + len(verdict.actor)])]
        if not responsible and sentence_actor:
            responsible = [BodyRef(sentence_actor)]
        region_code, region = ctx.region_of(words)
        out.append(Suggestion(
            start=s, end=e, quote=text[s:e], kind=kind, deadline=deadline,
            target=target if _checkable(target) else None, responsible=responsible,
            region_code=region_code, region=region,
            confidence=_confidence(verdict.confidence, kind, deadline), section=section))
    for sug in out:
        if not sug.responsible:
            sug.responsible = [BodyRef(sentence_actor)] if sentence_actor else []
    return _group(text, out)


import os
POLICY = os.environ.get("XP", "none")
RANK = {"target": 0, "deadline": 1, "deliverable": 2, "duty": 3}


def _merge(text: str, a: Suggestion, b: Suggestion) -> Suggestion:
    kind = min(a.kind, b.kind, key=RANK.__getitem__)
    return replace(a, end=b.end, quote=text[a.start:b.end], kind=kind,
                   deadline=a.deadline or b.deadline, target=a.target or b.target,
                   confidence=max(a.confidence, b.confidence))


def _group(text: str, out: list[Suggestion]) -> list[Suggestion]:
    if POLICY == "none":
        return out
    weak_limit, pair_limit = (int(x) for x in POLICY.split(","))
    if weak_limit == 0:
        out = [s for s in out if s.confidence >= 0.5]
    res: list[Suggestion] = []
    merged: list[bool] = []
    for sug in out:
        prev = res[-1] if res else None
        ok = prev is not None and prev.kind != "indicator" and sug.kind != "indicator"
        weak = ok and (sug.confidence < 0.5 or prev.confidence < 0.5)
        if ok and weak and sug.end - prev.start <= weak_limit:
            res[-1] = _merge(text, prev, sug)
        elif ok and sug.end - prev.start <= pair_limit and not merged[-1]:
            res[-1] = _merge(text, prev, sug)
            merged[-1] = True
        else:
            res.append(sug)
            merged.append(False)
    return res


def _checkable(target: Target | None) -> bool:
    return target is not None and (target.comparator is not None or target.value is not None)


def _deadline_of(words: str, start: int, text: str, doc_date: date | None, lead,
                 past: bool) -> Deadline | None:
    """The clause's own deadline, else the sentence's lead-in time words (text kept only
    when those words are inside the quote)."""
    if past:
        if lead is not None and lead.date is not None:
            return Deadline("", lead.date, lead.precision)
        return None
    own = parse_deadline(words, doc_date)
    if own is not None:
        return own
    if lead is not None and not lead.past:
        return Deadline("", lead.date, lead.precision)
    return None


def _confidence(base: float, kind: str, deadline: Deadline | None) -> float:
    bonus = {"target": 0.15, "deadline": 0.1}.get(kind, 0.0)
    if deadline is not None and deadline.date is not None:
        bonus += 0.05
    return round(min(1.0, base + bonus), 2)


def _mark_duplicates(out: list[Suggestion], numbered: list[bool]) -> None:
    """Mark repeats of the same commitment; the occurrence kept is the one under a
    numbered heading (the original of a document that a web summary quotes first),
    else the first."""
    groups: dict[str, list[int]] = {}
    for i, sug in enumerate(out):
        groups.setdefault(commitment_key(classify.strip_leading(sug.quote)), []).append(i)
    for key, idx in groups.items():
        if len(idx) < 2 or len(key) < 4:
            continue
        keep = next((i for i in idx if numbered[i]), idx[0])
        for i in idx:
            if i != keep:
                out[i].duplicate_of = keep


_KEY_DROP = re.compile(r"[\W_]+", re.UNICODE)


def commitment_key(quote: str) -> str:
    """Normalised key linking identical commitments across documents: NFKC, Simplified,
    without punctuation, white space or inline pinyin."""
    folded = unicodedata.normalize("NFKC", quote)
    folded = re.sub(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹ]{1,7}\)", "", folded)
    return _KEY_DROP.sub("", simplified(folded)).lower()


def to_json(s: Suggestion) -> dict:
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
        "region": s.region, "confidence": s.confidence,
    }
