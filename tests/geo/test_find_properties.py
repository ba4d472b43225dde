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


def _scan_every_position(scanner, text):
    """The scan as first written: a step per character, every length down to two."""
    from tracker.geo.matcher import RegionMatch

    matches: list[RegionMatch] = []
    i = 0
    while i < len(text) - 1:
        previous = matches[-1] if matches and matches[-1].end == i else None
        found = None
        for length in range(min(max(map(len, scanner.index._table)), len(text) - i), 1, -1):
            entries = scanner.index.lookup(text[i:i + length])
            region = entries and scanner._accept(text, i + length, text[i:i + length],
                                                 entries, previous)
            if region:
                found = RegionMatch(i, i + length, text[i:i + length], region)
                break
        if found is None:
            i += 1
        else:
            matches.append(found)
            i = found.end
    return matches


MORE = ["山西", "大同市", "太原", "浙江西部", "长江西岸", "延边州", "新城区", "老城区改造",
        "江西南昌", "市委", "政府", "广西", "内蒙古自治区", "阿拉善盟", "旗"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES + MORE), max_size=40),
       st.sets(st.sampled_from(["360000", "140200", "530700", "140000"]), max_size=3))
def test_jumping_between_heads_finds_what_every_position_finds(gaz, pieces, known):
    # the scanner visits only the offsets where a name may begin (head_positions) and the
    # lengths of the names there: the same matches as trying every offset and length
    from tracker.geo.matcher import _Scanner
    from tracker.geo.script import to_simplified

    text = to_simplified("".join(pieces))
    scanner = _Scanner(gaz._names, gaz.lineage, frozenset(known))
    assert scanner.scan(text, gaz._names.head_positions(text)) == _scan_every_position(
        scanner, text)
