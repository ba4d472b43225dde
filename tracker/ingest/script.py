"""Simplified or Traditional: which script the document is written in."""

from __future__ import annotations

from functools import cache

import opencc

from tracker.domain import Script
from tracker.geo.script import shared_converter

_SAMPLE_CHARS = 50_000


@cache
def converter(config: str) -> opencc.OpenCC:
    """A shared OpenCC converter (``t2s`` or ``s2t``); building one reads its tables (the
    t2s one is the extractor's own: one set of tables in a process, not two)."""
    return shared_converter() if config == "t2s" else opencc.OpenCC(config)


def to_simplified(text: str) -> str:
    """Simplified form of ``text`` (for matching keywords in either script)."""
    return converter("t2s").convert(text)


def detect_script(text: str) -> Script:
    """Traditional when more characters change under t2s than under s2t.

    Each distinct CJK character is converted on its own and weighted by its count, so
    phrase-level conversions cannot shift offsets.
    """
    # The distinct characters are found in C (a set of the sample); only those that one
    # conversion changes are counted, each with str.count: no Python step per position.
    sample = text[:_SAMPLE_CHARS]
    chars = [ch for ch in set(sample) if "\u3400" <= ch <= "\u9fff"]
    if not chars:
        return Script.SIMPLIFIED
    joined = "\n".join(chars)
    as_simp = converter("t2s").convert(joined).split("\n")
    traditional = sum(sample.count(c) for c, s in zip(chars, as_simp) if s != c)
    if not traditional:
        return Script.SIMPLIFIED  # nothing to outweigh: the s2t tables need not be read
    as_trad = converter("s2t").convert(joined).split("\n")
    simplified = sum(sample.count(c) for c, t in zip(chars, as_trad) if t != c)
    return Script.TRADITIONAL if traditional > simplified else Script.SIMPLIFIED
