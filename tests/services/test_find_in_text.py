"""find_in_text: the reader's Ctrl+F matching, folded like the search index. No display."""

from __future__ import annotations

from tracker.search.fold import fold
from tracker.services.search import find_in_text

TEXT = "𠮷𠮷生态环境局：生態環境保護；ＰＭ２.５与pm2.5；生态环境生态环境。"


def test_spans_are_code_points_and_match_the_folded_count():
    spans = find_in_text(TEXT, "生态环境")
    assert len(spans) == fold(TEXT).count(fold("生态环境")) == 4
    assert spans[0] == (2, 6)          # the two astral characters count one each
    assert [TEXT[s:e] for s, e in spans] == ["生态环境", "生態環境", "生态环境", "生态环境"]


def test_traditional_query_and_full_width_letters():
    assert [TEXT[s:e] for s, e in find_in_text(TEXT, "環境保護")] == ["環境保護"]
    assert [TEXT[s:e] for s, e in find_in_text(TEXT, "pm2.5")] == ["ＰＭ２.５", "pm2.5"]


def test_query_is_literal_and_empty_finds_nothing():
    assert find_in_text(TEXT, "") == []
    assert find_in_text(TEXT, "生态 OR 局") == []
    assert find_in_text("a.b axb", ".") == [(1, 2)]
    assert find_in_text(TEXT, "𠮷") == [(0, 1), (1, 2)]
