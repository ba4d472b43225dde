"""Finding the hits of the searched terms in a text, with context for display."""

from __future__ import annotations

from bisect import bisect_left
from itertools import islice

from tracker.search.fold import fold, spelling_pattern
from tracker.search.results import Hit

CONTEXT = 30
_BLANKS = str.maketrans({"\n": " ", "\r": " ", "\t": " ", "\u2028": " ", "\u2029": " "})


def find_spans(text: str, terms: tuple[str, ...]) -> list[tuple[int, int]]:
    """Every occurrence of any term (script- and case-insensitive, non-overlapping per
    term, left to right), merged where occurrences of different terms overlap."""
    spans: list[tuple[int, int]] = []
    for term in terms:
        pattern = spelling_pattern(fold(term))
        spans.extend(m.span() for m in pattern.finditer(text))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def make_hits(text: str, spans: list[tuple[int, int]], limit: int, field: str = "text",
              context: int = CONTEXT) -> tuple[Hit, ...]:
    """The first `limit` spans as hits with context; line breaks in the context become
    spaces (same length, so the marks stay valid)."""
    starts = [s for s, _ in spans]
    hits = []
    for start, end in spans[:limit]:
        c0, c1 = max(0, start - context), min(len(text), end + context)
        marks = []
        for s, e in islice(spans, max(0, bisect_left(starts, c0) - 1), None):
            if s >= c1:
                break
            if e > c0:
                marks.append((max(s, c0) - c0, min(e, c1) - c0))
        hits.append(Hit(start, end, text[c0:c1].translate(_BLANKS), c0, tuple(marks), field,
                        c1 < len(text)))
    return tuple(hits)
