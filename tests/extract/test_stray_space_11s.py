"""A text with a PDF's stray spaces (到 2025 年) is read without them; where each character
of the text read stands in the text given (pipeline._Kept) is found by bisection over the
spaces dropped, as a list of every character kept would give it."""

from __future__ import annotations

import pytest

from tracker.extract import suggest
from tracker.extract.pipeline import _STRAY_SPACE, _Kept

TEXTS = [
    "到 2025 年，完成老旧小区改造 100 个。", "控制在 1%以内", "6 月底前 完成", "a 1 b 2", "到  2025年",
    " 2025 年 ", "全市 PM2.5 浓度下降 5% 以上，优良天数比例达到 85% 以上。", "无空格的句子",
    "到\u00a02025\u00a0年", "１２ 个 项目", "2025年 6 月 30 日前",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_kept_offsets_are_those_of_the_characters_not_dropped(text):
    listed = [i for i, ch in enumerate(text)
              if ch not in " \u00a0" or _STRAY_SPACE.match(text, i) is None]
    kept = _Kept(text)
    assert [kept[i] for i in range(len(listed))] == listed
    assert _STRAY_SPACE.sub("", text) == "".join(text[i] for i in listed)


@pytest.mark.parametrize("text", [t for t in TEXTS if _STRAY_SPACE.search(t)])
def test_a_quote_found_without_the_spaces_is_the_text_given_there(text):
    for sug in suggest(text, keep_duplicates=True):
        assert sug.quote == text[sug.start:sug.end]
