"""Folding text so that a search ignores script (Traditional/Simplified), letter case and
full-width letters and digits.

The fold is a per-character mapping: every character maps to exactly one character, so a
folded text has the same length as the original and every offset found in the folded copy
is an offset into the original. OpenCC's t2s conversion works on phrases (乾 alone becomes
干, but 乾隆 stays), which would let a query fold differently from the same characters in a
sentence; converting each character on its own keeps query and text consistent.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

_FIRST, _LAST = 0x80, 0x2FFFF          # everything OpenCC could touch, BMP and SIP
_SURROGATES = range(0xD800, 0xE000)


def _keeps_ascii_punctuation(target: str) -> bool:
    """A mapping may not produce ASCII punctuation or spaces: those separate tokens in the
    short index and must only ever come from themselves."""
    return not (target.isascii() and not target.isalnum())


@lru_cache(maxsize=1)
def fold_table() -> dict[int, str]:
    """Code point → folded character, for the characters the fold changes."""
    import opencc  # imported lazily: it loads its dictionaries on first use

    chars = [chr(c) for c in range(_FIRST, _LAST + 1) if c not in _SURROGATES]
    converted = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):  # a mapping swallowed or produced a separator
        converted = [opencc.OpenCC("t2s").convert(c) for c in chars]
    table: dict[int, str] = {}
    for ch in map(chr, range(0x41, 0x5B)):
        table[ord(ch)] = ch.lower()
    for ch, simp in zip(chars, converted):
        target = simp if len(simp) == 1 else ch
        target = _width_fold(target)
        low = target.lower()
        if len(low) == 1:
            target = low
        if target != ch and _keeps_ascii_punctuation(target):
            table[ord(ch)] = target
    return _to_fixed_point(table)


def _to_fixed_point(table: dict[int, str]) -> dict[int, str]:
    """Follow chains (A→B, B→C becomes A→C, B→C) so folding a folded text changes nothing;
    a query typed in folded form then finds every spelling that folds to it."""
    out: dict[int, str] = {}
    for code, target in table.items():
        seen = {code}
        while ord(target) in table and ord(target) not in seen:
            seen.add(ord(target))
            target = table[ord(target)]
        if ord(target) != code:
            out[code] = target
    return out


@lru_cache(maxsize=1)
def _variants() -> dict[str, frozenset[str]]:
    """Folded character → every character that folds to it (itself included)."""
    groups: dict[str, set[str]] = {}
    for code, target in fold_table().items():
        groups.setdefault(target, {target}).add(chr(code))
    return {k: frozenset(v) for k, v in groups.items()}


@lru_cache(maxsize=256)
def spelling_pattern(folded: str) -> re.Pattern[str]:
    """A regex matching, in unfolded text, exactly the substrings whose fold is `folded`.

    Scanning the original text this way runs at C speed and yields offsets into it
    directly, without folding whole documents at query time.
    """
    variants = _variants()
    parts = []
    for ch in folded:
        alts = variants.get(ch)
        if alts is None:
            parts.append(re.escape(ch))
        else:
            parts.append("[" + "".join(re.escape(a) for a in sorted(alts)) + "]")
    return re.compile("".join(parts))


def _width_fold(ch: str) -> str:
    """Full-width Latin letters and digits (Ａ, ２) → ASCII; other characters unchanged."""
    code = ord(ch)
    if 0xFF10 <= code <= 0xFF19 or 0xFF21 <= code <= 0xFF3A or 0xFF41 <= code <= 0xFF5A:
        return chr(code - 0xFEE0)
    return ch


def fold(text: str) -> str:
    """The folded form of `text`; always the same length as `text`.

    str.translate looks every character up in the table from Python objects (about 0.1 µs
    each); in Simplified text few characters change, so they are found with a regex (in
    C) and only those runs translated. Text where many change (Traditional) is translated
    whole: both give text.translate(fold_table()).
    """
    if len(_changing().findall(text, 0, _PROBE)) > _PROBE // 20:
        return text.translate(fold_table())
    return fold_sparse(text)


_PROBE = 2000   # characters looked at to choose; more than 1 in 20 changing: translate


def fold_sparse(text: str) -> str:
    """fold() translating only the runs of characters the table holds."""
    table = fold_table()
    return _changing().sub(lambda m: m.group().translate(table), text)


@lru_cache(maxsize=1)
def _changing() -> re.Pattern[str]:
    """Runs of characters fold() may change: the table's BMP characters, and everything
    above the BMP (rare; the table decides there, leaving the others as they are)."""
    bmp = "".join(chr(c) for c in sorted(fold_table()) if c <= 0xFFFF)
    return re.compile(f"[{re.escape(bmp)}\U00010000-\U0010FFFF]+")


@lru_cache(maxsize=1)
def fold_signature() -> str:
    """A short fingerprint of the mapping; the index is rebuilt when it changes (for
    example after an OpenCC upgrade changed its dictionaries)."""
    items = sorted(fold_table().items())
    digest = hashlib.sha256(repr(items).encode("utf-8")).hexdigest()
    return digest[:16]
