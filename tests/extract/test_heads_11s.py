"""People or households counted after an act done to them (session 11s): the count is how
many the act reaches, a level (`=`), wherever the act stands in the clause (after a subject
or a frame); a count stated flat (共有 / 涉及 / 参加 …) or of the people in need of an act
(需救助人口) stays no target."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract import suggest, to_json

DOC = date(2025, 3, 1)


def _target(text: str):
    recs = [to_json(s) for s in suggest(text, DOC) if s.kind != "indicator"]
    hits = [(r["comparator"], r["value"], r["unit"]) for r in recs if r["value"] is not None]
    return hits[0] if hits else None


@pytest.mark.parametrize("text, value, unit", [
    ("改善农牧民居住条件3万户", 3.0, "万户"),
    ("县住建局改善农村低收入群体住房条件450户", 450.0, "户"),
    ("城镇公益性岗位安置就业困难人员6100人。", 6100.0, "人"),
    ("走访慰问困难党员和老干部1200人", 1200.0, "人"),
    ("免费为城乡适龄妇女开展宫颈癌筛查1.5万人", 1.5, "万人"),
    ("为农村留守儿童提供关爱服务8000人次以上", 8000.0, "人次"),
    ("組織開展職業技能培訓2000人", 2000.0, "人"),
    ("全年帮助困难群众解决住房问题300户", 300.0, "户"),
])
def test_a_count_of_people_an_act_reaches_is_a_level(text, value, unit) -> None:
    got = _target(text)
    assert got is not None and got[1:] == (value, unit), got
    assert got[0] in ("=", ">=")


@pytest.mark.parametrize("text", [
    "全县共有农村低保对象3200人",
    "参加培训人员300人",
    "涉及群众1200户",
    "因旱饮水困难需救助人口53560人",
    "全市现有特困供养人员2100人",
])
def test_a_count_stated_flat_is_no_target(text) -> None:
    assert _target(text) is None


# A measure growing in step with another (trend._IN_STEP): an increase; a task done in step
# with another (同步建设) is none
@pytest.mark.parametrize("text, want", [
    ("农村常住居民人均可支配收入与全省同步增长", "increase"),
    ("地方一般公共预算收入、居民收入增长和经济增长基本同步", "increase"),
    ("污水管网与道路同步建设", None),
    ("生态环境保护与经济发展同步", None),
])
def test_growth_in_step(text, want) -> None:
    recs = [to_json(s) for s in suggest(text, DOC) if s.kind != "indicator"]
    assert [r["comparator"] for r in recs][:1] == [want]
