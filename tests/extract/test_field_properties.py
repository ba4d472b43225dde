"""Properties over arbitrary text: the finders never fail and their offsets are true."""

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.extract.bodies import find_bodies
from tracker.extract.deadlines import find_deadlines
from tracker.extract.targets import find_targets

# Characters the rules care about, so the generated text exercises them.
_ALPHABET = st.sampled_from(list(
    "0123456789０１２.%-—年月日底前内以来上下半季度第一二三两十百千万亿〇今明去十四五“”"
    "达到不低于超过控制在左右以上以下增长下降提高降至清零全覆盖消除翻番减半成个百分点亩"
    "市省县区局委办部厅政府人民委员会牵头配合会同、，。；：（）由各级有关部门格布中心𠮷 ")
)
_TEXT = st.text(alphabet=_ALPHABET, max_size=80)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_deadline_offsets_are_true(text: str) -> None:
    for m in find_deadlines(text, date(2024, 3, 5)):
        assert text[m.start:m.end] == m.text


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_target_spans_hold_their_metric(text: str) -> None:
    for t in find_targets(text):
        assert 0 <= t.start <= t.end <= len(text)
        if t.metric:
            assert t.metric in text[t.start:t.end]


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_bodies_are_substrings(text: str) -> None:
    for body in find_bodies(text):
        assert body.name and body.name in text
