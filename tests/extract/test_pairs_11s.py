"""A list of measures with a list of values after 分别 (session 11s): each measure its own
target on the same words, in order; a bound word after the last value holds for the values
before it; a list of years with its values gives each value its year; a list that only
names which things (5000万元、1亿元以上项目) takes no bound from it."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract import suggest, to_json
from tracker.extract.targets import paired_targets

DOC = date(2021, 3, 1)


def _listed(text: str) -> list[tuple]:
    return [(r["metric"], r["comparator"], r["value"], r["unit"], r["deadline"])
            for r in map(to_json, suggest(text, DOC))
            if any(w in r["quote"] for w in ("分别", "分別", "依次"))]


@pytest.mark.parametrize("text, want", [
    ("到2025年，城市生活垃圾无害化处理率、生活污水处理率分别达到98%、96%以上。",
     [("城市生活垃圾无害化处理率", ">=", 98.0, "%", "2025-12-31"),
      ("生活污水处理率", ">=", 96.0, "%", "2025-12-31")]),
    ("城镇和农村居民人均可支配收入分别增长6.5%和8%左右。",
     [("城镇居民人均可支配收入", "increase", 6.5, "%", None),
      ("农村居民人均可支配收入", "increase", 8.0, "%", None)]),
    ("PM10、PM2.5年均浓度分别控制在60、35微克/立方米以下",
     [("PM10", "<=", 60.0, "微克/立方米", None), ("PM2.5年均浓度", "<=", 35.0, "微克/立方米", None)]),
    ("化学需氧量、氨氮、总磷排放总量依次削减8%、9%、10%",
     [("化学需氧量", "decrease", 8.0, "%", None), ("氨氮", "decrease", 9.0, "%", None),
      ("总磷排放总量", "decrease", 10.0, "%", None)]),
    # a list of years with its values: each value its year's bound
    ("到2022年、2023年、2024年，县级城市黑臭水体消除比例分别达到40%、60%、80%。",
     [("县级城市黑臭水体消除比例", "=", 40.0, "%", "2022-12-31"),
      ("县级城市黑臭水体消除比例", "=", 60.0, "%", "2023-12-31"),
      ("县级城市黑臭水体消除比例", "=", 80.0, "%", "2024-12-31")]),
    # Traditional, full-width digits (a name put together from the list, 城镇 + 居民…收入,
    # stands in no quote: it is given in Simplified)
    ("城鎮和農村居民人均可支配收入分別增長６%、９%以上",
     [("城镇居民人均可支配收入", ">=", 6.0, "%", None), ("农村居民人均可支配收入", ">=", 9.0, "%", None)]),
])
def test_each_measure_of_a_list_is_a_target_of_its_own(text, want) -> None:
    got = _listed(text)
    assert [g[1:] for g in got] == [w[1:] for w in want]
    assert [g[0] for g in got][:1] == [want[0][0]]


@pytest.mark.parametrize("text", [
    "森林覆盖率达到45%，湿地保护率达到60%",        # each measure with its own verb
    "建设投资5000万元、1亿元以上项目20个",          # values naming which projects
    "城乡居民人均可支配收入增长6%",                 # one measure, one value
])
def test_no_list_of_measures(text) -> None:
    assert paired_targets(text) is None


def test_a_bound_word_after_a_list_that_names_things_stays_its_own() -> None:
    got = [(r["comparator"], r["value"]) for r in map(to_json, suggest("新建投资5000万元、1亿元以上项目20个", DOC))]
    assert (">=", 5000.0) not in got
