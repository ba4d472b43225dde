"""Cell text conventions shared by the CSV and XLSX files: lists, numbers, formula guard."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tracker.export.rows import Value

LIST_JOIN = "；"
# A list cell is split on full- and half-width semicolons, 、 and commas.
_LIST_SPLIT = re.compile(r"[；;、,，]")

# Characters that make a spreadsheet treat a cell as a formula (OWASP "CSV injection"),
# and their full-width forms (IMEs type them; some spreadsheets convert them).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")
_GUARD = "'"
# What spreadsheets skip before a formula's first character: spaces of every kind, the
# zero-width space, a BOM, a double quote.
_FILLERS = " \u3000\u00a0\u2007\u202f\u200b\ufeff\""
_PLAIN_NUMBER = re.compile(r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?%?|[-+]")

_NUMBER = r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?"
_SINGLE = re.compile(rf"\s*({_NUMBER})\s*%?\s*")
_RANGE = re.compile(rf"\s*({_NUMBER})\s*%?\s*(?:——|-|–|—|~|～|至|到)\s*({_NUMBER})\s*%?\s*")


_SEPARATORS = "；;、,，"
_QUOTE = '"'
# an item in double quotes ("" inside for one "), then a separator or the end
_QUOTED_ITEM = re.compile(r'\s*"((?:[^"]|"")*)"\s*(?:[；;、,，]|$)')


# what makes an item need quotes: a separator, a quote, or white space at either end (the
# engine's \s is str.isspace, so this is ``item != item.strip()``); one search in C
# instead of a test per character (a million-row export lists ~2.4 million items)
_NEEDS_QUOTES = re.compile(rf'[{_SEPARATORS}{_QUOTE}]|\A\s|\s\Z')


def _list_item(item: str) -> str:
    """An item as written in a list cell: in double quotes when it holds a separator, a
    quote, or spaces at either end (so it reads back whole); as it is otherwise."""
    if not item or _NEEDS_QUOTES.search(item):
        return _QUOTE + item.replace(_QUOTE, _QUOTE * 2) + _QUOTE
    return item


def join_list(items: Sequence[str]) -> str:
    if len(items) == 1:   # most cells: one body, one theme
        return _list_item(items[0])
    return LIST_JOIN.join(map(_list_item, items)) if items else ""


def split_list(text: str) -> list[str]:
    """Items of a list cell, blanks dropped: '省生态环境厅；省水利厅、省住建厅'. An item in
    double quotes is taken whole, separators and spaces included ('"甲，乙联合办"；丙')."""
    if _QUOTE not in text:  # the common case
        return [item.strip() for item in _LIST_SPLIT.split(text) if item.strip()]
    items: list[str] = []
    pos = 0
    while pos < len(text):
        quoted = _QUOTED_ITEM.match(text, pos)
        if quoted:
            items.append(quoted.group(1).replace(_QUOTE * 2, _QUOTE))
            pos = quoted.end()
            continue
        found = _LIST_SPLIT.search(text, pos)
        end = found.start() if found else len(text)
        item = text[pos:end].strip()
        if item:
            items.append(item)
        pos = found.end() if found else len(text)
    return items


# First characters that need a look from ``guard_formula`` (anything else is safe).
RISKY_START = frozenset(FORMULA_TRIGGERS) | frozenset(_FILLERS) | {_GUARD}


def _runs_as_formula(text: str) -> bool:
    """Whether a spreadsheet would evaluate the cell: it starts (after spaces, a BOM, a
    zero-width space or a quote) with = + - @ or their full-width forms, or with a tab
    or line break; a plain number (-159, +5, 1e3, -5%) or a lone - or + is a value."""
    if text[:1] in ("\t", "\r", "\n"):
        return True
    bare = text.lstrip(_FILLERS)
    if not bare.startswith(FORMULA_TRIGGERS):
        return False
    return bare is not text or not _PLAIN_NUMBER.fullmatch(text)


def guard_formula(text: str) -> str:
    """Prefix ' to text a spreadsheet would run as a formula.

    Text that already starts with guards followed by such text (or by a plain number)
    gets one more, so that ``unguard_formula`` can always remove exactly one and round
    trips stay lossless (older files wrote '-5 for -5: they read back as -5).
    """
    if not text or text[0] not in RISKY_START:  # the common case, kept cheap
        return text
    bare = text.lstrip(_GUARD)
    if _runs_as_formula(bare) if bare else False:
        return _GUARD + text
    if bare is not text and bare and _PLAIN_NUMBER.fullmatch(bare):
        return _GUARD + text
    return text


def unguard_formula(text: str) -> str:
    """Inverse of ``guard_formula``: drop one ' before formula text or a number."""
    if text.startswith(_GUARD):
        bare = text.lstrip(_GUARD)
        if bare and (_runs_as_formula(bare) or _PLAIN_NUMBER.fullmatch(bare)):
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
