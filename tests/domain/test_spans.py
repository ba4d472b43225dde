import pytest

from tracker.domain.spans import Span, from_utf16, reanchor, to_utf16, utf16_len

TEXT = "前言𠮷𠮷，到2025年底前建成平台。"


def test_utf16_round_trip_with_astral_characters():
    for cp in range(len(TEXT) + 1):
        assert from_utf16(TEXT, to_utf16(TEXT, cp)) == cp
    assert utf16_len(TEXT) == len(TEXT) + 2
    assert to_utf16(TEXT, 4) == 6  # two astral characters before offset 4


def test_utf16_inside_surrogate_pair_rounds_down():
    assert from_utf16(TEXT, 3) == 2


def test_span_of_keeps_quote_and_context():
    s = Span.of(TEXT, 5, 15, context=3)
    assert s.quote == "到2025年底前建成"
    assert s.prefix == "𠮷𠮷，" and s.suffix == "平台。"
    with pytest.raises(ValueError):
        Span.of(TEXT, 3, 200)


def test_reanchor_after_text_moved():
    s = Span.of(TEXT, 5, 14)
    moved = "新增一段。" + TEXT
    found = reanchor(moved, s)
    assert found is not None and found.quote == s.quote and found.start == 5 + 5


def test_reanchor_prefers_matching_context_among_repeats():
    text = "甲说：建成平台。乙说：建成平台。"
    s = Span.of(text, 11, 15)  # the second one, after 乙说：
    changed = "前文。" + text
    found = reanchor(changed, s)
    assert found.start == 14 and changed[found.start - 3:found.start] == "乙说："


def test_reanchor_gone():
    assert reanchor("完全不同", Span.of(TEXT, 5, 14)) is None
