"""screen.needed_chars tells characters one of which every match of a pattern holds, and
screen.needing puts a look ahead for them before a pattern tried at one place (match /
fullmatch): the patterns so screened answer as the plain ones do, tried from every offset
of real corpus text and of hand-written clauses (none of their characters, some of them,
matches at the start, in the middle and at the end)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tracker.extract import classify, confidence, grouping, pipeline, segment, targets, timing, trend
from tracker.extract.screen import needed_chars, needing, needs

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
NEEDING = [
    (classify, "ACTION_LATE"), (classify, "PLACE_WILL"), (classify, "SLOGAN_ONLY"),
    (classify, "STATE_CHANGE"), (classify, "ABSTRACT_HEAD"), (classify, "FOUR_BY_FOUR"),
    (classify, "TALLY_HEADING"), (classify, "TALLY"), (classify, "GROWTH"),
    (trend, "_STANDARD"), (trend, "_EVERY_DONE"), (trend, "_MET"), (trend, "_QUOTA"),
    (trend, "_HELD_UNDER"), (trend, "_BUILT"), (trend, "_EQUIPPED"), (trend, "_FALL"),
    (trend, "_IN_FULL"), (trend, "_ROLE_FIRST"), (trend, "_SETTLED"), (trend, "_SIGNED_GROWTH"),
    (trend, "_FALL_AFTER"), (trend, "_LEVEL_WITH"), (trend, "_RANGE_HOLD"), (trend, "_BAN"),
    (pipeline, "PROBLEM_LINE"), (pipeline, "_FRAME"), (pipeline, "_PERIOD_OPENING"),
    (pipeline, "_SUBJECT_NOTE"), (pipeline, "_HEADING_LEAD"), (pipeline, "_COLON_SUBJECT"),
    (pipeline, "_YEAR_OPENING"),
    (timing, "_GOAL_OPEN"), (timing, "SAID"), (timing, "_COLON_LEAD"),
    (grouping, "_BUDGET"), (grouping, "_EVERY"),
]
CLAUSES = [
    "环境空气质量稳定达到国家二级标准", "空气质量稳定达标", "全市所有乡镇都将具备污水处理能力",
    "各地均完成省下达的目标任务", "基本建成美丽城市", "钢铁企业基本完成超低排放改造",
    "化肥使用量零增长", "固定资产投资与上年基本持平", "用水总量控制在省下达指标以内",
    "碳排放控制在合理区间", "降低单位GDP能耗", "PM2.5浓度、重污染天数力争继续下降",
    "环境风险得到有效管控", "由市发展改革委牵头，确保总磷浓度持续下降",
    "依托省级平台开展监测", "要求各单位限期整改", "海口市将推进试点建设", "扎实开展“四下基层”",
    "生态环境质量持续改善", "提升生态环境治理能力", "科学治污、精准治污、依法治污",
    "一、科教惠民工程（项目6个，其中基建工程类5个）", "其中项目12个", "发展壮大战略性新兴产业",
    "问题2：整改不到位", "对因故推进缓慢的，县住建局要", "“十四五”时期", "2024年全年",
    "牵头单位（包括牵头单位、责任单位，下同）要", "一、市发展改革委牵头工作（8项）",
    "市政府办公室：加强督办", "他强调，要加快推进", "主要目标：力争到2028年",
    "明确了27项重点举措，包括：2020年底前", "计划投资1300万元", "并于每季度末向市政府报告",
    "", "的", "：", "“", "（", "全", "将", "达标", "控制在", "没有任何所需字符的一句话",
    "完成１２个小区改造", "到２０２５年，", "整改时限： 2023年底", "序号\t任务\t时限",
    "水质稳定达到Ⅲ类", "达到或优于III类", "确保年度目标任务圆满完成", "完成省下达的年度减排目标任务",
    "明确133项具体任务", "涉及34个牵头单位", "实行秸秆全域禁烧", "全面禁止围填海", "除应急外，全域禁止燃放烟花爆竹",
    "1\t空气质量稳定达到国家二级标准\t市生态环境局", "任务 | 责任单位", "重点  工作", "一\u3000\u3000二",
]
# The patterns searched for behind a quick test for their needed characters (screen.needs)
CUED = [(trend._CLASS, trend._CLASS_CUE), (trend._TASK_DONE, trend._TASK_DONE_CUE),
        (trend._PIECES, trend._PIECES_CUE), (classify.META_COUNT, classify._META_COUNT_CUE),
        (classify.STRONG_PAST, classify._STRONG_PAST_CUE), (classify.PROBLEM, classify._PROBLEM_CUE),
        (classify.LIST_INTRO, classify._LIST_INTRO_CUE), (classify.ABSTRACT_END, classify._ABSTRACT_END_CUE),
        (classify.ACTION_END, classify.ACTION_END_CUE), (classify.PREAMBLE, classify.PREAMBLE_CUE),
        (classify.STANCE, confidence._STANCE_CUE), (confidence._DIGIT, confidence._DIGIT_CUE),
        (pipeline._BUILT_ITEM, pipeline._BUILT_ITEM_CUE), (pipeline._LIST_CLOSE, pipeline._LIST_CLOSE_CUE),
        (pipeline._ITEM_TAIL, pipeline._ITEM_TAIL_CUE), (pipeline._ROLE_WORDS, pipeline._ROLE_WORDS_CUE),
        (pipeline._ITEM_NUMBER, pipeline._ITEM_NUMBER_CUE), (segment.LEAD_IN, segment._LEAD_IN_CUE),
        (targets._DONE_IN_FULL, targets._DONE_IN_FULL_CUE), (targets._CELL_HINT, targets._CELL_CUE),
        (targets._END_STATE, targets._END_STATE_CUE), (timing._TIMEISH, timing._TIMEISH_CUE)]


def _texts() -> list[str]:
    docs = sorted(CORPUS.glob("*/docs/*.txt"))[::60]
    return CLAUSES + [p.read_text(encoding="utf-8")[:1500] for p in docs]


def _plain(rx: re.Pattern[str]) -> re.Pattern[str]:
    m = re.fullmatch(r"\(\?=\[\^([^\]]*)\](?:\*|\{0,\d+\})\[\1\]\)\(\?:(.*)\)", rx.pattern, re.S)
    assert m is not None, rx.pattern  # each of these is screened
    return re.compile(m.group(2), rx.flags)


@pytest.mark.parametrize(("module", "name"), NEEDING, ids=[n for _, n in NEEDING])
def test_the_screened_pattern_matches_where_the_plain_one_matches(module, name):
    rx = getattr(module, name)
    plain = _plain(rx)
    for text in _texts():
        # (every offset of the clauses; every 5th of the documents' openings)
        for pos in range(0, len(text) + 1, 1 if len(text) < 80 else 7):
            for end in (len(text), min(len(text), pos + 12)):
                a, b = rx.match(text, pos, end), plain.match(text, pos, end)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))
                a, b = rx.fullmatch(text, pos, end), plain.fullmatch(text, pos, end)
                assert (a and a.span()) == (b and b.span())


@pytest.mark.parametrize(("pattern", "needed"), [
    ("完成", {"完"}), ("完成|建成", {"完", "建"}), ("[年月]底", {"底"}), ("[年月季]前?", {"年", "月", "季"}),
    ("(?:到|在)?\\d{4}年", {"年"}), ("a+b?", {"a"}), ("(?:ab){2,}", {"a"}),
    ("(?P<x>甲|乙)丙?", {"甲", "乙"}), ("(?=完成)建", {"建"}), ("(?<!已)完成", {"完"}),
])
def test_needed_chars_are_those_every_match_holds(pattern, needed):
    assert needed_chars(pattern) == frozenset(needed)


@pytest.mark.parametrize("pattern", [
    "完?成?|建", "\\d+", ".", "[^，]+", "(?:完成)?", "a*", "(?i:ab)", "完成|\\d", "^$", "x{0,3}",
])
def test_needed_chars_tell_nothing_of_what_no_part_requires(pattern):
    assert needed_chars(pattern) is None


def test_a_pattern_whose_needed_chars_cannot_be_told_is_left_as_it_is():
    rx = re.compile(r"\d+(?:\.\d+)?")
    assert needing(rx) is rx
    assert needing(r"^\d+$").pattern == r"^\d+$"


@pytest.mark.parametrize("text", ["空气质量稳定达标", "空气质量稳定达", "达标", "质量达标。", "x达标"])
def test_a_needing_pattern_gives_the_groups_the_plain_one_gives(text):
    plain = re.compile(r"^(?P<metric>[^，]{0,20}?(?:质量|水质)?)(?:稳定)?达标$")
    rx = needing(plain)
    a, b = rx.match(text), plain.match(text)
    assert (a and a.groupdict()) == (b and b.groupdict())


@pytest.mark.parametrize(("rx", "quick"), CUED, ids=[q.pattern[:12] for _, q in CUED])
def test_where_the_cue_finds_nothing_the_pattern_finds_nothing(rx, quick):
    assert quick.pattern == needs(rx).pattern
    for text in _texts():
        for pos in range(0, len(text) + 1, 1 if len(text) < 80 else 7):
            for end in (len(text), min(len(text), pos + 12)):
                if quick.search(text, pos, end) is None:
                    assert rx.search(text, pos, end) is None


@pytest.mark.parametrize(("rx", "quick", "span"), [
    (classify.LIST_INTRO, classify._LIST_INTRO_CUE, classify.LIST_INTRO_SPAN),
    (classify.ABSTRACT_END, classify._ABSTRACT_END_CUE, classify.ABSTRACT_END_SPAN),
    (classify.ACTION_END, classify.ACTION_END_CUE, classify.ACTION_END_SPAN),
    (classify.PREAMBLE, classify.PREAMBLE_CUE, classify.PREAMBLE_SPAN),
])
def test_a_search_of_the_tail_with_its_cue_finds_what_it_finds_without(rx, quick, span):
    for text in CLAUSES + ["我们将重点抓好以下几项工作：", "推动绿色低碳转型发展", "2024年10月底前完工",
                           "为加快建设，制定本实施方案", "现提出如下意见", "结合本市实际"]:
        a, b = classify.search_end(rx, text, span, quick), classify.search_end(rx, text, span)
        assert (a and a.span()) == (b and b.span())


def test_the_ban_pattern_matched_finds_what_it_finds_searched():
    plain = _plain(trend._BAN)
    for text in _texts():
        a, b = trend._BAN.match(text), plain.search(text)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


def test_a_pattern_with_no_needed_characters_has_no_cue():
    with pytest.raises(ValueError):
        needs(re.compile(r"\d+"))


@pytest.mark.parametrize(("pattern", "ahead"), [
    ("[^，]{0,6}?(?:目标|任务)[:：]\\s*", "(?=[^任目]{0,6}[任目])"),  # after at most 6
    ("^[^，]{2,30}?牵头[，,]", "(?=[^牵]{0,30}[牵])"),
    ("(?:完成|建成)[^，]*", "(?=[^完建]{0,0}[完建])"),  # the first character
    ("[^，]*?达标", "(?=[^达]*[达])"),  # anywhere
])
def test_the_look_ahead_reaches_as_far_as_a_match_can_hold_its_needed_character(pattern, ahead):
    assert needing(pattern).pattern == ahead + "(?:" + pattern + ")"
