"""Repeats of one commitment inside a document, and the key that links identical
commitments across documents.

A web page often carries a summary of a document before (or after) the document itself:
the summary quotes the original's measures, strung together differently. Each is
suggested once, at the original.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from tracker.extract.fold import INLINE_PINYIN
from tracker.extract.segment import LEAD_IN
from tracker.geo.script import to_simplified as simplified

if TYPE_CHECKING:
    from tracker.extract.pipeline import Suggestion


def mark_duplicates(out: list[Suggestion], numbered: list[bool], analysis: str) -> None:
    """Mark repeats of one commitment. A suggestion is a repeat when each of its clauses
    (once lead-in clauses and leading adverbs are set aside: 奋力打造X = 全力打造X) was
    already suggested — a web summary quotes the original's clauses but strings them
    together differently. The occurrences kept are those of the document's numbered
    body (the original) first, then in reading order. Two occurrences that carry
    different dates or different named bodies (two rows of a rectification list with the
    same measure) are two commitments, not a repeat."""
    owner: dict[str, int] = {}
    order = sorted(range(len(out)), key=lambda i: (not numbered[i], i))
    for i in order:
        keys = _clause_keys(analysis[out[i].start:out[i].end])
        if not keys:
            continue
        owners = [owner.get(k) for k in keys]
        if all(o is not None for o in owners) and all(
                _same_commitment(out[i], out[o]) for o in owners if o is not None):
            out[i].duplicate_of = owners[0]
            continue
        for k in keys:
            owner.setdefault(k, i)


_CLAUSE_SPLIT = re.compile(r"[，,；;]")
MIN_KEY = 4  # shorter clause keys (三是) say too little to call anything a repeat


def _clause_keys(words: str) -> list[str]:
    """The key of each clause of *words* (lead-in clauses such as 根据该文件 left out);
    none when a clause is too short to say anything."""
    keys = []
    for part in _CLAUSE_SPLIT.split(unicodedata.normalize("NFKC", words)):
        if LEAD_IN.match(part):
            continue
        adverbs = _ADVERBS.match(part)  # anchored at the start: only there can it match
        key = _KEY_DROP.sub("", part[adverbs.end():] if adverbs else part).lower()
        if key:
            if len(key) < MIN_KEY:
                return []
            keys.append(key)
    return keys


def _same_commitment(a: Suggestion, b: Suggestion) -> bool:
    da = a.deadline.date if a.deadline else None
    db = b.deadline.date if b.deadline else None
    if da is not None and db is not None and da != db:
        return False
    na, nb = {r.name for r in a.responsible}, {r.name for r in b.responsible}
    return not (na and nb and not na & nb)


# Adverbs a summary may swap when it quotes a measure (奋力打造X / 全力打造X); a short list
# keeps the key cheap (the full prefix grammar of classify is costly per clause).
_ADVERBS = re.compile(r"^(?:要|将|并|还要|奋力|全力|大力|加快|加速|持续|深入|扎实|全面|积极|着力|切实|努力|"
                      r"力争|进一步|不断|坚决|继续|稳步|有序|高质量|高水平|高标准|统筹|协同|聚力|全力以赴)+")


_KEY_DROP = re.compile(r"[\W_]+", re.UNICODE)


def commitment_key(quote: str) -> str:
    """Normalised key linking identical commitments across documents: NFKC, Simplified,
    without punctuation, white space or inline pinyin."""
    return _fold(simplified(INLINE_PINYIN.sub("", unicodedata.normalize("NFKC", quote))))


def _fold(words: str) -> str:
    return _KEY_DROP.sub("", unicodedata.normalize("NFKC", words)).lower()
