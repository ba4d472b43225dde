"""Baselines beside targets: the past results the extractor reads (indicators: metric,
value, unit, year, region) are stored when a suggestion measuring the same metric is
accepted, and shown next to the target they measure — the same metric and region:
“2025年 27.4 微克/立方米 → 目标 ≤ 25”.

The baseline of a target is the latest stored level (not a change such as “提高4.2个百分
点”) of its metric and region from before the target's deadline year, in the target's
unit when one is stored in it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlmodel import Session

from tracker.domain.model import Commitment, Comparator, Indicator, format_number
from tracker.domain.spans import Span
from tracker.extract import Suggestion
from tracker.geo import Gazetteer
from tracker.services.context import AppContext
from tracker.storage import repos

# comparators of an indicator that state a change, not a level: no baseline
_CHANGES = {Comparator.INCREASE, Comparator.DECREASE}
_TARGET_WORDS = {
    "zh": {Comparator.GE: "≥ {v}", Comparator.LE: "≤ {v}", Comparator.EQ: "= {v}",
           Comparator.INCREASE: "提高 {v}", Comparator.DECREASE: "下降 {v}",
           Comparator.ZERO: "清零", Comparator.FULL: "全覆盖"},
    "en": {Comparator.GE: "≥ {v}", Comparator.LE: "≤ {v}", Comparator.EQ: "= {v}",
           Comparator.INCREASE: "up {v}", Comparator.DECREASE: "down {v}",
           Comparator.ZERO: "to zero", Comparator.FULL: "full coverage"},
}


def metric_key(metric: str | None) -> str:
    return "".join((metric or "").split())


def attach(suggestions: Sequence[Suggestion], indicators: Sequence[Suggestion]) -> None:
    """Give each suggestion with a target metric the document's indicators of that metric
    (and region): they are stored when it is accepted."""
    by_metric: dict[tuple[str, str | None], list[Suggestion]] = {}
    for ind in indicators:
        t = ind.target
        if t is None or not t.metric or t.value is None or t.comparator in _CHANGES:
            continue
        by_metric.setdefault((metric_key(t.metric), ind.region_code), []).append(ind)
    for s in suggestions:
        t = s.target
        if t is not None and t.metric:
            found = by_metric.get((metric_key(t.metric), s.region_code))
            if found:
                s.indicators = tuple(found)


def store(session: Session, gazetteer: Gazetteer, doc_id: int, text: str,
          suggestions: Sequence[Suggestion]) -> int:
    """Store the indicators the accepted ``suggestions`` carry (each once per document
    and span); returns how many were new."""
    stored = {(i.span.start, i.span.end) for i in repos.indicators_for_document(session, doc_id)
              if i.span is not None}
    new = 0
    for s in suggestions:
        for ind in s.indicators:
            if (ind.start, ind.end) in stored:
                continue
            stored.add((ind.start, ind.end))
            t = ind.target
            if t is None or not t.metric:
                continue
            year = ind.deadline.date.year if ind.deadline and ind.deadline.date else None
            if ind.region_code:
                repos.ensure_regions(session, gazetteer.path(ind.region_code))
            repos.add_indicator(session, Indicator(
                metric=t.metric, value=t.value, unit=t.unit, year=year,
                region_code=ind.region_code, document_id=doc_id,
                span=Span.of(text, ind.start, ind.end)))
            new += 1
    return new


@dataclass(frozen=True)
class Baseline:
    year: int | None
    value: float | tuple[float, float]
    unit: str | None
    target: Commitment

    def text(self, lang: str = "zh") -> str:
        """2025年 27.4 微克/立方米 → 目标 ≤ 25 (the target's unit only when it differs)."""
        en = lang == "en"
        value = _number(self.value)
        past = " ".join(x for x in (
            (f"{self.year}" if en else f"{self.year}年") if self.year else "",
            value + (" " + self.unit if self.unit else "")) if x)
        t = self.target.target
        goal = ""
        if t is not None and t.comparator is not None:
            amount = _number(t.value) if t.value is not None else ""
            if amount and t.unit and t.unit != self.unit:
                amount += " " + t.unit
            goal = _TARGET_WORDS["en" if en else "zh"][t.comparator].format(v=amount).strip()
        elif t is not None and t.value is not None:
            goal = _number(t.value)
        word = "target" if en else "目标"
        return f"{past} → {word} {goal}".rstrip() if goal else past


def _number(value: float | tuple[float, float]) -> str:
    if isinstance(value, tuple):
        return f"{format_number(value[0])}–{format_number(value[1])}"
    return format_number(value)


def for_commitment(session: Session, c: Commitment) -> Baseline | None:
    t = c.target
    if t is None or not t.metric:
        return None
    limit = c.deadline.date.year if c.deadline and c.deadline.date else None
    found = repos.indicators_for_metric(session, metric_key(t.metric), c.region_code)
    levels = [i for i in found if i.value is not None and (limit is None or i.year is None
                                                           or i.year < limit)]
    if not levels:
        return None
    same_unit = [i for i in levels if i.unit == t.unit]
    best = max(same_unit or levels, key=lambda i: (i.year or 0, i.id or 0))
    assert best.value is not None   # levels have a value
    return Baseline(best.year, best.value, best.unit, c)


def baseline_text(ctx: AppContext, commitment_id: int, lang: str = "zh") -> str | None:
    """The baseline beside a commitment's target, as text; None without one."""
    with ctx.db.session() as session:
        c = repos.get_commitment(session, commitment_id)
        found = for_commitment(session, c)
    return None if found is None else found.text(lang)
