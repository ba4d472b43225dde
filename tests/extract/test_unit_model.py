"""The unit model: the units the rules turn down are kept as candidates, and the fitted
model (confidence.py, weights from tools/train_confidence.py) decides which of them are
suggested; a list whose every item carries its own quantity gives one unit per item.
Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract import confidence
from tracker.extract.pipeline import MIN_CANDIDATE_CONFIDENCE, suggest

DAY = date(2026, 3, 1)


@pytest.fixture
def weights():
    """Score with a given table of weights instead of the stored ones."""
    yield confidence.use_weights
    confidence.use_weights(None)


# (text, a unit the rules turn down, why the rules turned it down)
TURNED_DOWN = [
    ("全市上下要以更加饱满的热情投入工作。加强领导。", "全市上下要以更加饱满的热情投入工作", "classify"),
    ("二、在生态环境质量提升上走前列\n1.完成10座污水处理厂提标改造。\n",
     "在生态环境质量提升上走前列", "heading"),
]


@pytest.mark.parametrize(("text", "quote", "reason"), TURNED_DOWN)
def test_a_unit_the_rules_turn_down_is_a_candidate_with_its_reason(text, quote, reason):
    every = suggest(text, DAY, candidates=True)
    cand = next(s for s in every if quote in s.quote)
    assert cand.rejected == reason
    assert all(quote not in s.quote for s in suggest(text, DAY, rules_only=True))


def test_a_unit_too_short_is_no_candidate():
    text = "加强领导。强化保障。"
    assert [s.quote for s in suggest(text, DAY, candidates=True) if s.rejected] == []


def test_a_candidate_in_a_review_says_so():
    text = "过去一年，全市生态环境持续改善。全市上下凝心聚力推动生态环境保护工作。"
    cands = [s for s in suggest(text, DAY, candidates=True) if s.rejected]
    assert cands and all(s.rejected.endswith("-past") for s in cands)
    assert all(s.kind != "indicator" for s in cands)  # the model weighs it as a commitment


# (weights, whether the candidate is suggested)
DECISIONS = [
    ({"bias": 6.0}, True),      # the model finds it likely right
    ({"bias": -6.0}, False),    # likely wrong
    ({"bias": 6.0, "rejected=classify": -12.0}, False),  # a unit turned down stays so
]


@pytest.mark.parametrize(("table", "kept"), DECISIONS)
def test_the_model_decides_which_candidates_are_suggested(weights, table, kept):
    weights(table)
    text = "到2027年，全市PM2.5平均浓度控制在30微克/立方米以下。全市上下要以更加饱满的热情投入工作。"
    out = suggest(text, DAY)
    cand = [s for s in out if "饱满的热情" in s.quote]
    assert bool(cand) is kept
    if kept:
        assert cand[0].confidence >= MIN_CANDIDATE_CONFIDENCE and not cand[0].rejected
        assert cand[0].why  # still says what it saw


def test_without_a_model_no_candidate_is_suggested(monkeypatch):
    monkeypatch.setattr(confidence, "weights", lambda: None)
    text = "全市上下要以更加饱满的热情投入工作。"
    assert suggest(text, DAY, candidates=True)  # the rules turned it down …
    assert suggest(text, DAY) == []             # … and no model takes it up


def test_a_candidate_inside_a_suggestion_kept_is_not_suggested_twice(weights):
    weights({"bias": 6.0})
    text = "加快推进城市更新，年底前完成老旧小区改造120个。"
    out = suggest(text, DAY)
    spans = sorted((s.start, s.end) for s in out)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


# (text, the quotes expected, in order)
COUNTED_LISTS = [
    ("打造美丽乡村建设示范县5个、高标准美丽乡村示范村200个。",
     ["打造美丽乡村建设示范县5个", "高标准美丽乡村示范村200个"]),
    ("水质达到透明度≥25cm、溶解氧≥2mg/L、氨氮≤15mg/L。",
     ["水质达到透明度≥25cm", "溶解氧≥2mg/L", "氨氮≤15mg/L"]),
    ("30%以上的行政村达到“四美乡村”建设标准、50%以上的乡镇达到“美丽小镇”建设标准。",
     ["30%以上的行政村达到“四美乡村”建设标准", "50%以上的乡镇达到“美丽小镇”建设标准"]),
    # one metric, two values: the second item names nothing of its own
    ("单位GDP能耗和二氧化碳排放分别下降10%、8%。", ["单位GDP能耗和二氧化碳排放分别下降10%、8%"]),
    # years are no quantities of an item
    ("完成2024年、2025年两批项目建设。", ["完成2024年、2025年两批项目建设"]),
    # a list in quotation marks stays one item
    ("建成“一中心、两平台、三体系”框架。", ["建成“一中心、两平台、三体系”框架"]),
]


@pytest.mark.parametrize(("text", "quotes"), COUNTED_LISTS)
def test_a_list_whose_items_each_carry_a_quantity_gives_one_unit_per_item(text, quotes):
    # (a list after 分别 is one unit: its later measures are suggestions of their own on the
    # same quote, pipeline._pair_companions)
    out = list(dict.fromkeys(s.quote for s in suggest(text, DAY, rules_only=True)))
    assert out == quotes


def test_the_fast_score_is_the_model_probability():
    w = confidence.weights()
    assert w is not None
    text = "到2027年，全市PM2.5平均浓度控制在30微克/立方米以下。全市上下要以更加饱满的热情投入工作。"
    for s in suggest(text, DAY, candidates=True):
        heading, in_row, numbered = s.layout
        f = confidence.features(s, heading=heading, in_row=in_row, numbered=numbered)
        fast = confidence.score(s, w, heading=heading, in_row=in_row, numbered=numbered)
        assert abs(fast - confidence.probability(f, w)) < 1e-9


def test_a_candidate_suggested_says_the_model_took_it_up_and_why(weights):
    weights({"bias": 1.0, "c:热情": 4.0})
    out = suggest("全市上下要以更加饱满的热情投入工作。", DAY)
    assert len(out) == 1
    assert "规则未采纳，模型判定" in out[0].why and "「热情」" in out[0].why
