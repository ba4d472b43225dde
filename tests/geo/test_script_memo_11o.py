"""to_simplified remembers the texts it converted lately (a document's head is converted
by the region guess and by the place finder): the same answer as converting anew, and a
memory that stays bounded."""

from __future__ import annotations

import pytest

from tracker.geo import script


@pytest.mark.parametrize("text", ["責任單位：縣交通運輸局", "到2025年，全市森林覆蓋率達到45%",
                                  "已经简体的句子", "乾隆年間的乾貨", "ascii only"])
def test_a_text_converted_again_gives_what_a_fresh_conversion_gives(text):
    first = script.to_simplified(text)
    assert script.to_simplified(text) == first
    assert first == (text if text.isascii() else script._convert(text))
    assert len(first) == len(text)


def test_the_memory_is_bounded():
    for i in range(script._DONE_MAX * 2 + 3):
        script.to_simplified(f"第{i}條規定")
    assert len(script._done) <= script._DONE_MAX
    assert script.to_simplified("第7條規定") == "第7条规定"
