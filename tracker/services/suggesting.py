"""Use cases around automatic suggestions: for a file, for a stored document, review."""

from __future__ import annotations

import time
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tracker.domain.model import Commitment, Origin, SuggestionKind
from tracker.domain.spans import Span
from tracker.extract import Suggestion, commitment_key, suggest
from tracker.geo import Gazetteer
from tracker.ingest import read_path

if TYPE_CHECKING:
    from tracker.services.context import AppContext

# The database's modules (storage, baselines, themes, links) are imported by the functions
# that use them: `tracker suggest FILE` reads no database and need not load SQLAlchemy.


# The time suggestions may take for one document. A text longer than PIECE_CHARS is read
# in pieces (cut at line ends, else after a full stop), the budget checked between them:
# a 10 MB single line gives the suggestions of its first pieces in seconds, not a minute's
# wait for everything. (The budget lives here, not in tracker.extract.)
SUGGEST_SECONDS = 20.0
PIECE_CHARS = 100_000


class SuggestionList(list[Suggestion]):
    """Suggestions, and whether the time budget stopped the reading before the end
    (`complete` False, `read_chars` how far it got)."""

    complete: bool = True
    read_chars: int = 0


def _pieces(text: str, size: int) -> list[tuple[int, str]]:
    out, start = [], 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n", start + size // 2, end)
            if cut == -1:
                cut = max(text.rfind(mark, start + size // 2, end) for mark in "。；！？")
            if cut != -1:
                end = cut + 1
        out.append((start, text[start:end]))
        start = end
    return out


def suggest_within(text: str, doc_date: date | None = None, *,
                   seconds: float = SUGGEST_SECONDS, **kwargs: Any) -> SuggestionList:
    """tracker.extract.suggest within a time budget (see SUGGEST_SECONDS)."""
    found = SuggestionList()
    if len(text) <= PIECE_CHARS:
        found.extend(suggest(text, doc_date, **kwargs))
        found.read_chars = len(text)
        return found
    deadline = time.monotonic() + seconds
    for offset, piece in _pieces(text, PIECE_CHARS):
        if time.monotonic() > deadline:
            found.complete = False
            return found
        base = len(found)
        for s in suggest(piece, doc_date, **kwargs):
            found.append(replace(s, start=s.start + offset, end=s.end + offset,
                                 duplicate_of=None if s.duplicate_of is None
                                 else s.duplicate_of + base))
        found.read_chars = offset + len(piece)
    return found


def suggest_file(path: Path, doc_date: date | None = None, gazetteer: Gazetteer | None = None,
                 seconds: float = SUGGEST_SECONDS) -> SuggestionList:
    """Suggestions for any file, without a database: read, normalise, suggest (within
    the time budget: see SuggestionList.complete)."""
    result = read_path(path)
    gaz = gazetteer or Gazetteer.default()
    region = gaz.guess_document_region(result.text, result.title, result.issuer)
    return suggest_within(result.text, doc_date or result.doc_date, seconds=seconds,
                          region_code=region.code if region else None, issuer=result.issuer,
                          gazetteer=gaz)


def pending_suggestions(ctx: AppContext, doc_id: int) -> list[Suggestion]:
    """The document's suggestions minus those already accepted, rejected or tagged by hand."""
    return still_pending(ctx, doc_id, document_suggestions(ctx, doc_id))


def document_suggestions(ctx: AppContext, doc_id: int) -> list[Suggestion]:
    """Every commitment suggested for a stored document, reviewed or not (the slow part:
    a view may keep it and call still_pending after each review)."""
    from tracker.services import baselines
    from tracker.storage import repos
    with ctx.db.session() as session:
        doc = repos.get_document(session, doc_id)
    found = suggest_within(doc.text, doc.doc_date, region_code=doc.region_code,
                           issuer=doc.issuer, gazetteer=ctx.gazetteer)
    kept = [s for s in found
            if s.kind is not SuggestionKind.INDICATOR and s.duplicate_of is None]
    baselines.attach(kept, [s for s in found if s.kind is SuggestionKind.INDICATOR])
    return kept


def review_key(s: Suggestion) -> str:
    """The key a review of *s* is kept under: its quote's (commitment_key), and for a later
    measure of a list with its values after 分别 (a suggestion on the same words as the
    first, ``pair`` > 0) its place in the list, so that each measure is reviewed alone."""
    key = commitment_key(s.quote)
    return f"{key}#{s.pair}" if s.pair else key


def still_pending(ctx: AppContext, doc_id: int, suggestions: list[Suggestion]) -> list[Suggestion]:
    """Those of `suggestions` not yet accepted or rejected and not under a commitment (a
    commitment on the very same words with another target's value is another measure of a
    list after 分别, not this one)."""
    from tracker.storage import repos
    with ctx.db.session() as session:
        reviewed = repos.reviewed_keys(session, doc_id)
        existing = repos.commitments_for_document(session, doc_id)
    spans = sorted((c.span.start, c.span.end) for c in existing)
    values: dict[tuple[int, int], list[object]] = {}
    for c in existing:
        values.setdefault((c.span.start, c.span.end), []).append(c.target.value if c.target else None)
    longest = max((b - a for a, b in spans), default=0)
    out = []
    for s in suggestions:
        if review_key(s) in reviewed:
            continue
        # only the spans starting within `longest` before it can overlap it
        near = spans[bisect_left(spans, (s.start - longest, -1)):bisect_left(spans, (s.end, -1))]
        if any(_overlaps(s, a, b) and not _another_measure(s, values.get((a, b), []), a, b)
               for a, b in near):
            continue
        out.append(s)
    return out


def _another_measure(s: Suggestion, stored: list[object], start: int, end: int) -> bool:
    """Whether the commitments stored on start..end are other measures of the list *s* is
    one of: the same words, each with a value, none of them *s*'s."""
    mine = s.target.value if s.target else None
    return (s.start, s.end) == (start, end) and mine is not None \
        and all(v is not None and v != mine for v in stored)


def _overlaps(s: Suggestion, start: int, end: int) -> bool:
    """The suggestion and start..end share more than half of the shorter one."""
    inter = min(s.end, end) - max(s.start, start)
    return inter > 0.5 * min(s.end - s.start, end - start)


def commitment_from_suggestion(doc_id: int, text: str, s: Suggestion) -> Commitment:
    kind = s.kind.commitment_kind()
    if kind is None:
        raise ValueError(f"an indicator is not a commitment: {s.quote!r}")
    return Commitment(
        document_id=doc_id, span=Span.of(text, s.start, s.end), kind=kind,
        deadline=s.deadline, target=s.target, responsible=list(s.responsible),
        region_code=s.region_code, origin=Origin.SUGGESTED, confidence=s.confidence)


def accept_suggestion(ctx: AppContext, doc_id: int, s: Suggestion,
                      edited: Commitment | None = None) -> Commitment:
    """Store a suggestion (as edited by the user, if given) as a commitment."""
    from tracker.services import baselines, themes
    from tracker.services.links import quote_key
    from tracker.storage import repos
    with ctx.db.session() as session:
        doc = repos.get_document(session, doc_id)
        c = edited or commitment_from_suggestion(doc_id, doc.text, s)
        c = replace(c, origin=Origin.SUGGESTED,
                    themes=themes.with_themes(ctx, c.themes, c.span.quote))
        if c.region_code:
            repos.ensure_regions(session, ctx.gazetteer.path(c.region_code))
        stored = repos.add_commitment(session, c, quote_key(c.span.quote))
        repos.record_review(session, doc_id, review_key(s), "accepted", stored.id)
        baselines.store(session, ctx.gazetteer, doc_id, doc.text, [s])
        return stored


def reject_suggestion(ctx: AppContext, doc_id: int, s: Suggestion) -> None:
    from tracker.storage import repos
    with ctx.db.session() as session:
        repos.record_review(session, doc_id, review_key(s), "rejected")


# ---------------------------------------------------------------- many at once

def accept_suggestions(ctx: AppContext, doc_id: int, suggestions: Sequence[Suggestion],
                       stored: Sequence[Commitment | None] | None = None) -> list[Commitment]:
    """Store several suggestions as commitments in one transaction (all or none). With
    `stored` (the commitments an earlier call returned), the same rows come back: redo."""
    from tracker.services import baselines, themes
    from tracker.services.links import quote_key
    from tracker.storage import repos
    again = list(stored) if stored is not None else [None] * len(suggestions)
    table = themes.keywords(ctx)
    out: list[Commitment] = []
    with ctx.db.session() as session:
        doc = repos.get_document(session, doc_id)
        for s, prior in zip(suggestions, again):
            c = prior or commitment_from_suggestion(doc_id, doc.text, s)
            c = replace(c, origin=Origin.SUGGESTED,
                        themes=themes.with_themes(ctx, c.themes, c.span.quote, table))
            if c.region_code:
                repos.ensure_regions(session, ctx.gazetteer.path(c.region_code))
            made = repos.add_commitment(session, c, quote_key(c.span.quote))
            repos.record_review(session, doc_id, review_key(s), "accepted", made.id)
            out.append(made)
        baselines.store(session, ctx.gazetteer, doc_id, doc.text, suggestions)
    return out


def unaccept_suggestions(ctx: AppContext, doc_id: int, suggestions: Sequence[Suggestion],
                         stored: Sequence[Commitment]) -> None:
    """Undo of accept_suggestions: the commitments go, the suggestions are pending again."""
    from tracker.storage import repos
    with ctx.db.session() as session:
        for s, c in zip(suggestions, stored):
            if c.id is not None:
                repos.delete_commitment(session, c.id)
            repos.forget_review(session, doc_id, review_key(s))


def reject_suggestions(ctx: AppContext, doc_id: int, suggestions: Sequence[Suggestion]) -> None:
    from tracker.storage import repos
    with ctx.db.session() as session:
        for s in suggestions:
            repos.record_review(session, doc_id, review_key(s), "rejected")


def unreview_suggestions(ctx: AppContext, doc_id: int, suggestions: Sequence[Suggestion]) -> None:
    from tracker.storage import repos
    with ctx.db.session() as session:
        for s in suggestions:
            repos.forget_review(session, doc_id, review_key(s))


def at_or_above(suggestions: Sequence[Suggestion], min_confidence: float) -> list[Suggestion]:
    """Those with a confidence of at least `min_confidence` (0…1)."""
    return [s for s in suggestions if s.confidence >= min_confidence - 1e-9]


def reason(s: Suggestion) -> str:
    """Why the extractor suggested it (its `why`, when the extractor gives one)."""
    return str(getattr(s, "why", "") or "")
