"""Cell text conventions shared by the CSV and XLSX files: lists, numbers, formula guard."""

from __future__ import annotations

import re

from tracker.export.rows import Value

LIST_JOIN = "；"
# A list cell is split on full- and half-width semicolons, 、 and commas.
_LIST_SPLIT = re.compile(r"[；;、,，]")

# Characters that make a spreadsheet treat a cell as a formula (OWASP "CSV injection").
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_GUARD = "'"

_NUMBER = r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?"
_SINGLE = re.compile(rf"\s*({_NUMBER})\s*%?\s*")
_RANGE = re.compile(rf"\s*({_NUMBER})\s*%?\s*(?:——|-|–|—|~|～|至|到)\s*({_NUMBER})\s*%?\s*")


def join_list(items: list[str]) -> str:
    return LIST_JOIN.join(items)


def split_list(text: str) -> list[str]:
    """Items of a list cell, blanks dropped: '省生态环境厅；省水利厅、省住建厅'."""
    return [item.strip() for item in _LIST_SPLIT.split(text) if item.strip()]


# First characters that need a look from ``guard_formula`` (anything else is safe).
RISKY_START = frozenset(FORMULA_TRIGGERS) | {_GUARD}


def guard_formula(text: str) -> str:
    """Prefix ' to text a spreadsheet would run as a formula.

    Text that already starts with guards followed by a trigger gets one more, so that
    ``unguard_formula`` can always remove exactly one and round trips stay lossless.
    A negative number in a CSV cell ('-5) is guarded too; the reader removes the guard.
    """
    if not text or text[0] not in RISKY_START:  # the common case, kept cheap
        return text
    bare = text.lstrip(_GUARD)
    return _GUARD + text if bare.startswith(FORMULA_TRIGGERS) else text


def unguard_formula(text: str) -> str:
    """Inverse of ``guard_formula``: drop one ' before a formula trigger."""
    if text.startswith(_GUARD) and text.lstrip(_GUARD).startswith(FORMULA_TRIGGERS):
        return text[1:]
    return text


def parse_value(text: str) -> Value:
    """A target value: '80', '-5', '5-5.5' or '5%—5.5%' (a range). ValueError otherwise."""
    single = _SINGLE.fullmatch(text)
    if single:
        return float(single.group(1))
    pair = _RANGE.fullmatch(text)
    if pair:
        return float(pair.group(1)), float(pair.group(2))
    raise ValueError(f"“{text}” is not a number or a range of numbers")
