"""Invariants of find() over generated text mixing names, Traditional text and filler."""

from hypothesis import given, settings
from hypothesis import strategies as st

PIECES = ["江西省", "南昌市", "大同", "市场", "吉林", "重慶市", "兩江新區", "合作", "美丽",
          "县级", "区域", "人民政府", "𠮷", "和县", "丽江", "，", "\n", "abc", "全市", "的"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_matches_are_ordered_disjoint_and_quote_the_text(gaz, pieces):
    text = "".join(pieces)
    matches = gaz.find(text)
    last_end = 0
    for m in matches:
        assert last_end <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.surface
        assert m.region in gaz.by_name(m.surface)
        last_end = m.end
