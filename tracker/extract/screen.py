"""A compiled pattern made quicker to search: a look ahead for the characters its matches
can begin with, worked out from the pattern itself.

Python's regular expressions skip ahead by such a set only when every alternative opens
with a plain character; a long alternation of words whose alternatives open with a group
(``(?:健全|建立)长效机制``) or an optional mark (``“?放管服``) is tried alternative by
alternative at every character of the text. ``screened(rx)`` finds the same matches at
the same places (the look ahead holds wherever a match can begin), and gives *rx* back
unchanged when it cannot tell the characters (a class such as ``\\d`` or ``.`` first,
an empty match possible, a case-blind pattern) or when the engine skips by them itself.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

_MAX_RANGE = 4096  # a range of characters wider than this is not spelt out


class _Unknown(Exception):
    pass


# Classes of their own kind a match may begin with (\d: any decimal digit, of any script),
# kept in the look ahead as the pattern writes them, under the same flags
_ESCAPES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
            "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}


def _parser() -> tuple[Any, Any]:
    try:  # Python 3.11+
        return importlib.import_module("re._parser"), importlib.import_module("re._constants")
    except ImportError:  # Python 3.10
        return importlib.import_module("sre_parse"), importlib.import_module("sre_constants")


def _parse(pattern: str, flags: int) -> Any:
    """The parsed pattern, or None when it is case-blind or does not parse."""
    if flags & re.IGNORECASE:
        return None
    try:
        parsed = _parser()[0].parse(pattern, flags)
    except re.error:
        return None
    return None if parsed.state.flags & re.IGNORECASE else parsed


def first_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """The characters a match of *pattern* can begin with; None when that cannot be told
    (or a match may be empty, or may begin with a class of its own kind such as ``\\d``)."""
    parsed = _parse(pattern, flags)
    found = None if parsed is None else _first_chars(parsed)
    return None if found is None or any(len(c) > 1 for c in found) else found


def _first_chars(parsed: Any) -> frozenset[str] | None:
    const = _parser()[1]

    def seq(items: Any) -> tuple[set[str], bool]:
        out: set[str] = set()
        for op, av in items:
            chars, empty = item(op, av)
            out |= chars
            if not empty:
                return out, False
        return out, True

    def item(op: Any, av: Any) -> tuple[set[str], bool]:
        if op is const.LITERAL:
            return {chr(av)}, False
        if op is const.IN:
            chars: set[str] = set()
            for kind, value in av:
                if kind is const.LITERAL:
                    chars.add(chr(value))
                elif kind is const.RANGE and value[1] - value[0] < _MAX_RANGE:
                    chars.update(map(chr, range(value[0], value[1] + 1)))
                elif kind is const.CATEGORY and str(value) in _ESCAPES:
                    chars.add(_ESCAPES[str(value)])  # (\d: kept as the pattern spells it)
                else:
                    raise _Unknown
            return chars, False
        if op is const.BRANCH:
            chars, empty = set(), False
            for alt in av[1]:
                c, e = seq(alt)
                chars |= c
                empty = empty or e
            return chars, empty
        if op is const.SUBPATTERN:
            return seq(av[-1])
        if op in (const.MAX_REPEAT, const.MIN_REPEAT):
            c, e = seq(av[2])
            return c, e or av[0] == 0
        if op in (const.AT, const.ASSERT, const.ASSERT_NOT):
            return set(), True  # zero width
        raise _Unknown

    try:
        chars, empty = seq(parsed)
    except _Unknown:
        return None
    return None if empty or not chars else frozenset(chars)


_MAX_NEEDED = 64  # a set of needed characters larger than this screens too little


def needed_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Characters one of which every match of *pattern* holds (a text without any of them
    holds no match), the fewest the pattern's parts can tell: a character it must match, a
    class it must match once at least (``[年月]``), the characters of each alternative
    (``完成|建成`` → 完 or 建); None when no part tells (every part optional, a class such as
    ``.``, ``\\d`` or ``[^，]``, a case-blind part). Look-arounds and anchors tell nothing."""
    found = _needed(pattern, flags)
    return None if found is None else found[0]


_FAR_REACH = 1 << 30  # a reach this long or longer: anywhere in the text


def _needed(pattern: str, flags: int) -> tuple[frozenset[str], int] | None:
    """needed_chars, and how far into a match one of them stands at the latest (the
    widest the parts before it can be, and it): a match has one within its first *reach*
    characters (_FAR_REACH or more: anywhere)."""
    parsed = _parse(pattern, flags)
    if parsed is None:
        return None
    sre, const = _parser()

    def width(op: Any, av: Any) -> int:
        return int(sre.SubPattern(parsed.state, [(op, av)]).getwidth()[1])

    def seq(items: Any) -> tuple[frozenset[str], int] | None:
        best: tuple[frozenset[str], int] | None = None
        before = 0  # the widest the parts before this one can be
        for op, av in items:
            got = item(op, av)
            if got is not None:
                got = (got[0], min(_FAR_REACH, before + got[1]))
                if best is None or (len(got[0]), got[1]) < (len(best[0]), best[1]):
                    best = got
            before = min(_FAR_REACH, before + width(op, av))
        return best

    def item(op: Any, av: Any) -> tuple[frozenset[str], int] | None:
        if op is const.LITERAL:
            return frozenset(chr(av)), 1
        if op is const.IN:
            chars: set[str] = set()
            for kind, value in av:
                if kind is const.LITERAL:
                    chars.add(chr(value))
                elif kind is const.RANGE and value[1] - value[0] < _MAX_NEEDED:
                    chars.update(map(chr, range(value[0], value[1] + 1)))
                else:
                    return None  # a negated class, a category (\\d), a wide range
            return (frozenset(chars), 1) if len(chars) <= _MAX_NEEDED else None
        if op is const.BRANCH:
            out: set[str] = set()
            reach = 0
            for alt in av[1]:
                got = seq(alt)
                if got is None:
                    return None  # an alternative that tells nothing
                out |= got[0]
                reach = max(reach, got[1])
            return (frozenset(out), reach) if len(out) <= _MAX_NEEDED else None
        if op is const.SUBPATTERN:
            # (a case-blind group (?i:…) matches other characters than it spells)
            return None if av[1] & re.IGNORECASE else seq(av[-1])
        if op is getattr(const, "ATOMIC_GROUP", None):  # (Python 3.11+)
            return seq(av)
        if op in (const.MAX_REPEAT, const.MIN_REPEAT, getattr(const, "POSSESSIVE_REPEAT", None)):
            return seq(av[2]) if av[0] >= 1 else None  # (in its first round)
        return None  # anchors, look-arounds, ., negated characters, references

    return seq(parsed.data)


def needing(rx: re.Pattern[str] | str, flags: int = 0) -> re.Pattern[str]:
    """*rx*, for match() and fullmatch() only, behind a look ahead for the characters one
    of which each of its matches holds (needed_chars), as far into the text as a match
    holds one at the latest: where none stands there, the match fails after that one pass
    instead of after every way the pattern has to start (a word of 2-30 characters, then a
    verb …) is tried. The same matches: the look ahead holds wherever a match can be found.
    (Not for search(): there the look ahead would be tried again at each place.) *rx*
    unchanged when the characters cannot be told."""
    pattern, flags = (rx, flags) if isinstance(rx, str) else (rx.pattern, rx.flags)
    found = _needed(pattern, flags)
    if found is None:
        return re.compile(rx, flags) if isinstance(rx, str) else rx
    chars, reach = found
    cls = "".join(re.escape(c) for c in sorted(chars))
    upto = "*" if reach >= _FAR_REACH else f"{{0,{reach - 1}}}"
    return re.compile(f"(?=[^{cls}]{upto}[{cls}])(?:{pattern})", flags)


def needs(rx: re.Pattern[str]) -> re.Pattern[str]:
    """A pattern of the characters one of which every match of *rx* holds (needed_chars):
    where a search for it finds nothing, a search for *rx* finds nothing either. For a
    pattern searched for (where needing() would not serve), tried first at the caller:
    one quick pass over a text that holds none of them, instead of every way *rx* has to
    start tried at each place. ValueError when the characters cannot be told."""
    chars = needed_chars(rx.pattern, rx.flags)
    if chars is None:
        raise ValueError(f"no characters every match holds: {rx.pattern[:60]}")
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")


def _skips_already(parsed: Any) -> bool:
    """Whether the engine itself skips ahead by the first characters (it does when the
    pattern opens with a character, a class, or alternatives that each open with a
    character): a look ahead would only slow it down."""
    const = _parser()[1]
    data = parsed.data
    while data and data[0][0] is const.SUBPATTERN:
        data = data[0][1][-1].data
    if not data:
        return False
    op, av = data[0]
    if op in (const.LITERAL, const.IN):
        return True
    return op is const.BRANCH and all(alt.data and alt.data[0][0] is const.LITERAL
                                      for alt in av[1])


def screened(rx: re.Pattern[str] | str, flags: int = 0) -> re.Pattern[str]:
    """*rx* with a look ahead for the characters its matches begin with (see the module).
    Given as a string (with *flags*), the pattern is compiled once, screened or not: a
    long pattern costs tens of milliseconds to compile when the package is imported."""
    pattern, flags = (rx, flags) if isinstance(rx, str) else (rx.pattern, rx.flags)
    parsed = _parse(pattern, flags)
    chars = None if parsed is None or _skips_already(parsed) else _first_chars(parsed)
    if chars is None:
        return re.compile(rx, flags) if isinstance(rx, str) else rx
    ahead = "".join(re.escape(c) if len(c) == 1 else c for c in sorted(chars))
    return re.compile(f"(?=[{ahead}])(?:{pattern})", flags)


def _top_alternatives(body: str) -> list[str]:
    """The alternatives of *body* at its top level (a ``|`` inside no group or class)."""
    out: list[str] = []
    depth, in_class, start, i = 0, False, 0, 0
    while i < len(body):
        ch = body[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(body[start:i])
            start = i + 1
        i += 1
    out.append(body[start:])
    return out


_SPECIAL = frozenset("\\()[].^$|?*+{}")


def _plain_first(alternative: str) -> bool:
    return bool(alternative) and alternative[0] not in _SPECIAL \
        and alternative[1:2] not in ("?", "*", "+", "{")


def by_first_char(group: str) -> str:
    """``(?:A|B|…)`` with each run of alternatives that open with a plain character written
    as one alternative per first character (``(?:实(?:施|现)|推(?:进|动))``), in the same
    order within each: the same matches, as only the alternatives of a run that open with
    the character at hand can match there, tried in the order written (an alternative that
    opens otherwise, ``[高分]…`` or ``(?:到|在)?…``, stays where it is, between runs); the
    engine tries each first character once instead of each word. (ValueError for a
    pattern with capturing groups: moving one would change the numbers of the groups.)"""
    if not (group.startswith("(?:") and group.endswith(")")):
        raise ValueError("not a group (?:…)")
    if re.compile(group).groups:
        raise ValueError("a capturing group: moved, its number would change")
    alternatives = _top_alternatives(group[3:-1])
    parts: list[str] = []
    run: dict[str, list[str]] = {}

    def close_run() -> None:
        parts.extend(c + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")")
                     for c, rests in run.items())
        run.clear()

    for alt in alternatives:
        if _plain_first(alt):
            run.setdefault(alt[0], []).append(alt[1:])
        else:
            close_run()
            parts.append(alt)
    close_run()
    return "(?:" + "|".join(parts) + ")"


def looked_ahead(group: str) -> str:
    """*group* (a group ``(?:…)`` that never matches empty) behind a look ahead for the
    characters its matches can begin with: the same matches, but where the character at
    hand opens none of them the engine fails at once instead of trying each alternative.
    (For a group inside a pattern: a pattern opening with it loses the engine's own skip
    ahead by its first characters.) *group* unchanged when they cannot be told."""
    parsed = _parse(group, 0)
    chars = None if parsed is None else _first_chars(parsed)
    if chars is None:
        return group
    ahead = "".join(re.escape(c) if len(c) == 1 else c for c in sorted(chars))
    return f"(?:(?=[{ahead}]){group})"


def each_looked_ahead(alternatives: list[str]) -> str:
    """The *alternatives* (each a group, named ones too) joined as one alternation, each
    behind its own look ahead (looked_ahead): the same matches and the same groups, but at
    a character that opens only a few of them the engine tries those few, not every one in
    turn (a long alternation of groups, which by_first_char cannot regroup without moving
    the numbers of their captures)."""
    return "|".join(looked_ahead(alt) for alt in alternatives)

