"""The scan for time words (deadlines._MASTER) is screened by the characters a run of
time words can begin with (_MASTER_FIRST): the screen must name every such character,
else runs would be lost. The characters are worked out here from the pattern itself."""

from __future__ import annotations

import re

import pytest

from tracker.extract import deadlines

try:  # Python 3.11+
    from re import _constants as const
    from re import _parser as sre
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as const
    import sre_parse as sre


class Unsupported(Exception):
    pass


def first_chars(seq) -> tuple[set[str], bool]:
    """The characters a match of *seq* can begin with, and whether it can match empty."""
    out: set[str] = set()
    for op, av in seq:
        chars, nullable = _first_item(op, av)
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _first_item(op, av) -> tuple[set[str], bool]:
    if op is const.LITERAL:
        return {chr(av)}, False
    if op is const.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is const.LITERAL:
                chars.add(chr(value))
            elif kind is const.RANGE:
                chars.update(map(chr, range(value[0], value[1] + 1)))
            else:
                raise Unsupported(kind)
        return chars, False
    if op is const.BRANCH:
        chars, nullable = set(), False
        for alt in av[1]:
            c, n = first_chars(alt)
            chars |= c
            nullable = nullable or n
        return chars, nullable
    if op is const.SUBPATTERN:
        return first_chars(av[-1])
    if op in (const.MAX_REPEAT, const.MIN_REPEAT):
        c, n = first_chars(av[2])
        return c, n or av[0] == 0
    if op in (const.AT, const.ASSERT, const.ASSERT_NOT):
        return set(), True  # zero width
    raise Unsupported(op)


def test_the_screen_names_every_character_a_run_of_time_words_begins_with():
    body = deadlines._MASTER.pattern
    assert body.startswith("(?=[")  # the screen is there
    chars, nullable = first_chars(sre.parse(body))
    assert not nullable
    assert chars <= set(deadlines._MASTER_FIRST), sorted(chars - set(deadlines._MASTER_FIRST))


def test_the_calculator_sees_every_alternative():
    chars, nullable = first_chars(sre.parse(r"(?:到|至)?本|(?<![0-9])[12]\d|第?[一二]"))
    assert (chars, nullable) == ({"到", "至", "本", "1", "2", "第", "一", "二"}, False)


@pytest.mark.parametrize("text", ["到2025年底前完成", "“十四五”期间", "第十四个五年规划期间",
                                  "今年底前", "通过三年努力", "如期完成", "到本世纪中叶",
                                  "2025-06-30前", "9月14日前", "年底前", "半年内"])
def test_the_screened_scan_finds_what_the_whole_pattern_finds(text):
    whole = re.compile(deadlines._MASTER.pattern.split("])(?:", 1)[1][:-1])
    assert [m.span() for m in deadlines._MASTER.finditer(text)] \
        == [m.span() for m in whole.finditer(text)] != []
