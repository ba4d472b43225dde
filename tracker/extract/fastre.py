"""Faster searching for long alternations of words.

Python's re tries every alternative of ``A|B|C…`` at every position of the text. When the
characters a match can start with are known, a lookahead of them (``(?=[甲乙丙])``) lets
the scan skip the other positions at once; on the word lists of classify.py that makes a
search several times faster. :func:`compile_fast` works the first characters out from the
parsed pattern and adds the lookahead; where it cannot tell, the pattern is left as is.
"""

from __future__ import annotations

import re

try:  # Python 3.11+
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

_DIGITS = "0123456789０１２３４５６７８９"
MAX_FIRST = 400  # past this many first characters the lookahead would not pay


def _first(items, k: int = 0) -> set[str] | None:
    """First characters of the sequence items[k:], None when unknown or possibly empty."""
    while k < len(items):
        op, av = items[k]
        if op is _c.AT or op in (_c.ASSERT, _c.ASSERT_NOT):
            k += 1  # anchors and lookarounds consume nothing
            continue
        if op is _c.LITERAL:
            return {chr(av)}
        if op is _c.IN:
            out: set[str] = set()
            for iop, iav in av:
                if iop is _c.LITERAL:
                    out.add(chr(iav))
                elif iop is _c.RANGE and iav[1] - iav[0] < 64:
                    out.update(chr(x) for x in range(iav[0], iav[1] + 1))
                elif iop is _c.CATEGORY and iav is _c.CATEGORY_DIGIT:
                    out.update(_DIGITS)  # the digits policy texts use
                else:
                    return None
            return out
        if op is _c.BRANCH:  # each alternative, then what follows the branch
            out = set()
            for alt in av[1]:
                got = _first([*alt, *items[k + 1:]])
                if got is None:
                    return None
                out |= got
            return out
        if op is _c.SUBPATTERN:  # the group's content, then what follows it (it may be empty)
            return _first([*av[-1], *items[k + 1:]])
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            lo, _hi, item = av
            got = _first(list(item))
            if got is None:
                return None
            if lo >= 1:
                return got
            rest = _first(items, k + 1)  # the repeat may be skipped
            return None if rest is None else got | rest
        return None
    return None


def search_end(pattern: re.Pattern[str], text: str, span: int) -> re.Match[str] | None:
    """``pattern.search(text)`` for a pattern anchored at the end (``…$``) whose matches
    are at most *span* - 2 characters long (room for ``$`` before a final line break):
    only the tail of *text* is tried, instead of every position of it."""
    return pattern.search(text, max(0, len(text) - span))


def compile_fast(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """*pattern* compiled with a lookahead of its first characters when they are known."""
    try:
        first = _first(list(_p.parse(pattern, flags)))
    except Exception:  # noqa: BLE001 - any parser surprise: fall back to the plain pattern
        first = None
    if not first or len(first) > MAX_FIRST:
        return re.compile(pattern, flags)
    chars = "".join(sorted(re.escape(ch) for ch in first))
    return re.compile(f"(?=[{chars}])(?:{pattern})", flags)
