"""suggest() on arbitrary text: never fails, quotes always exact, reading order kept."""

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.extract import suggest

PIECES = ["要", "建成", "平台", "，", "。", "；", "“", "”", "《", "》", "（", "）", "\n", "一、",
          "（二）", "1.", "到2027年", "年底前", "达到", "85%", "以上", "同比", "下降", "市生态环境局",
          "责任单位：", "整改时限：", "𠮷", "各级人民政府", "严禁", "实施", "行动", " ", "\u3000", "如期"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=60), st.booleans())
def test_any_text_gives_exact_quotes_in_reading_order(pieces, dated):
    text = "".join(pieces)
    out = suggest(text, date(2025, 6, 1) if dated else None)
    assert [s.start for s in out] == sorted(s.start for s in out)
    for s in out:
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start:s.end] == s.quote
        assert s.quote == s.quote.strip()


def test_a_bracket_after_a_measure_that_names_no_role_keeps_the_clause_targets():
    """A closing bracket that is not a role note (it read nothing) once left the note's
    scratch record where the clause's targets were expected, and suggest() raised."""
    text = "要" * 21 + "建成" * 10 + "（到2027年市生态环境局市生态环境局）"
    out = suggest(text, None)
    for s in out:
        assert text[s.start:s.end] == s.quote


def test_a_blank_before_a_semicolon_is_no_part_of_the_quote():
    """Found by the random test above: a unit cut at ；after a blank kept the blank."""
    for text in ("（到2027年 ；到2027年）", "（到2027年\u3000；到2027年）", "到2027年 ；建成平台 "):
        for s in suggest(text):
            assert s.quote == s.quote.strip() and text[s.start:s.end] == s.quote
