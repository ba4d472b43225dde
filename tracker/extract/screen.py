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
