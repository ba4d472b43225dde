"""Session 11o (precision on unseen text): a news page's headlines repeat its text."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract.pipeline import suggest

DAY = date(2021, 11, 18)


# 原标题：… and a subhead 【…】 on its own line repeat what the text below says: no record of
# their own (the body's sentence is the record), in several wordings and scripts
@pytest.mark.parametrize("headline", [
    "原标题：全省体育发展规划出台 实现人均体育场地面积3.6平方米",
    "原標題:江蘇體育發展規劃出臺 實現人均體育場地面積3.6平方米",
    "【实现人均体育场地面积3.6平方米】",
    "【到2025年人均体育场地面积达到3.6平方米】",
    "　　【體育產業總規模超過7200億元】",
])
def test_a_headline_line_gives_no_record(headline: str) -> None:
    text = ("全省体育发展规划出台\n2021年11月18日 来源：新闻中心\n" + headline + "\n"
            "《规划》提出，到2025年，全省人均体育场地面积要达到3.6平方米，"
            "体育产业总规模要超过7200亿元。\n")
    start = text.index(headline)
    found = suggest(text, DAY)
    assert found, "the body's targets stay"
    assert not [s for s in found if start <= s.start < start + len(headline)]
    assert any(s.start > start + len(headline) and "3.6平方米" in s.quote for s in found)


@pytest.mark.parametrize("line", [
    "【全国】到2025年，地级及以上城市PM2.5浓度下降10%。",   # a tag opening a sentence
    "全面完成【重点任务】清单中的各项整改。",                 # brackets inside a sentence
])
def test_brackets_inside_a_sentence_keep_it(line: str) -> None:
    found = suggest("工作方案\n" + line + "\n", DAY)
    assert [s for s in found if s.kind != "indicator"]
