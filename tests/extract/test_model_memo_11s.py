"""What the judge reads of a clause and the unit model reads of the same words (its clause
signals) is read once: looks_past and is_exhortation are remembered for the words read
lately, and give what reading them afresh gives, asked once or again, in any order."""

from __future__ import annotations

import pytest

from tracker.extract import classify, confidence

QUOTES = [
    "到2025年，完成老旧小区改造100个", "持续改善生态环境质量", "去年全市累计完成造林1.2万亩",
    "加快金华市、衢州市生态环境保护", "科学治污、精准治污、依法治污", "扎实开展“四下基层”",
    "各级人民政府要高度重视", "严禁新建燃煤锅炉", "每季度开展一次排查", "提升生态环境治理能力",
    "已建成污水处理厂3座", "同比增长5%左右", "確保完成年度目標任務", "环(huán)境质量持续改善",
    " 建成区 ", "", "守牢安全底线", "明确任务",
]


@pytest.mark.parametrize("quote", QUOTES)
def test_remembered_judgements_are_those_read_afresh(quote):
    for _ in range(2):  # the second time from memory
        for ahead in (False, True):
            assert classify.looks_past(quote, ahead=ahead) == classify._looks_past.__wrapped__(quote, ahead)
        assert classify.is_exhortation(quote) == classify.is_exhortation.__wrapped__(quote)


@pytest.mark.parametrize("quote", QUOTES)
def test_the_model_reads_the_signals_the_judge_remembered_as_read_afresh(quote):
    signals = confidence._clause_signals(quote)
    text = quote.strip()
    assert signals["looks_past"] == float(classify._looks_past.__wrapped__(text, False))
    assert signals["exhortation"] == float(classify.is_exhortation.__wrapped__(text))


@pytest.mark.parametrize("quote", ["加快金华市、衢州市生态环境保护", "推进衢州生态建设", "完成改造", "建成区", ""])
def test_a_unit_naming_no_division_is_told_so_before_its_names_are_looked_for(quote):
    words = "^" + quote + "$"
    pairs = {words[i:i + 2] for i in range(len(words) - 1)}
    heads = confidence._names_by_head()
    expected = any(name in words for pair in heads.keys() & pairs for name in heads[pair])
    assert confidence._may_name(words, pairs) == expected
