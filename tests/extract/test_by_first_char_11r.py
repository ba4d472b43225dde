"""screen.by_first_char: an alternation of words written as one alternative per first
character finds the same matches, group for group, as the alternation written out."""

from __future__ import annotations

import re

import pytest

from tracker.extract.screen import by_first_char

GROUPS = [
    r"(?:实施|推进|推动|实现|推广)",
    r"(?:需|需要|必须|需求)",            # a word and a longer one: the order written decides
    r"(?:需要|需|必须)",
    r"(?:建成(?!区)|建设|建立)",         # a look ahead after the first characters
    r"(?:报(?=[省市])|报送|向[^，]{1,4}?报告)",
    r"(?:今年|[高分]\w{1,3}、|今后|(?:到|在)?\d{4}年|今年内)",  # runs apart from the rest
]
TEXTS = [
    "实施方案", "推进落实", "推广应用", "需要的", "需求", "必须", "建成区", "建成投运", "建设",
    "报省", "报送材料", "向市政府报告", "今年内完成", "今后", "高质量、", "到2025年", "2025年",
    "实现", "", "其他", "需", "报", "向上级机关部门报告",
]


@pytest.mark.parametrize("group", GROUPS)
def test_the_same_matches_as_written_out(group):
    plain, grouped = re.compile(group), re.compile(by_first_char(group))
    for text in TEXTS:
        for a, b in ((plain.match(text), grouped.match(text)),
                     (plain.search(text), grouped.search(text))):
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), text
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in grouped.finditer(text)]
    # and inside a pattern that backtracks into it
    for text in TEXTS:
        p = re.compile(rf"^.{{0,3}}?{group}(?:送|年|后)?$")
        q = re.compile(rf"^.{{0,3}}?{by_first_char(group)}(?:送|年|后)?$")
        assert (m := p.match(text)) is None and q.match(text) is None \
            or m is not None and (n := q.match(text)) is not None and m.span() == n.span()


def test_words_are_grouped_by_their_first_character():
    assert by_first_char("(?:实施|推进|实现)") == "(?:实(?:施|现)|推进)"
    assert by_first_char("(?:今年|[，,]|今后)") == "(?:今年|[，,]|今后)"


@pytest.mark.parametrize("pattern", ["实施|推进", "(?:实(施)|推进)", "(?:实施|推(?P<v>进))"])
def test_refused(pattern):
    with pytest.raises(ValueError):
        by_first_char(pattern)


@pytest.mark.parametrize("group", GROUPS[:-1] + [r"(?:(?:到|在)?\d{4}年|[高分]\w{1,3}、|今年)"])
def test_a_look_ahead_changes_no_match(group):
    from tracker.extract.screen import looked_ahead

    ahead = looked_ahead(by_first_char(group))
    assert ahead.startswith("(?:(?=[")
    for body in ("^.{0,3}?{}(?:送|年|后)?$", "^(?:{})*后?$", "{}"):
        p = re.compile(body.replace("{}", group))
        q = re.compile(body.replace("{}", ahead))
        for text in TEXTS:
            a, b = p.match(text), q.match(text)
            assert (a and a.span()) == (b and b.span()), (body, text)
            assert [m.span() for m in p.finditer(text)] == [m.span() for m in q.finditer(text)]


def test_no_look_ahead_when_the_first_characters_are_unknown():
    from tracker.extract.screen import looked_ahead

    assert looked_ahead(r"(?:.实施|推进)") == r"(?:.实施|推进)"
    assert looked_ahead(r"(?:实施)?") == r"(?:实施)?"  # (may match empty)
