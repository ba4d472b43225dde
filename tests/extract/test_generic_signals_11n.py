"""Signals of a generic aim for the unit model (classify.py, weighed in confidence.py): an
abstract head noun with nothing named, a state that changes without a measure, a quoted
slogan for the only object, a run of four-character formulas, verbs of stance, and a verb
with a bare noun. Each fires on the generic wording, in several wordings, and stays quiet
on the checkable one of the same shape (a figure, a title, a named project)."""

from __future__ import annotations

import pytest

from tracker.extract import classify, confidence

CASES = [
    # (signal, clause, fires)
    ("abstract_head", "加快构建新发展格局", True),
    ("abstract_head", "提升生态环境治理能力", True),
    ("abstract_head", "守牢粮食安全底线", True),
    ("abstract_head", "营造全社会共同参与的良好氛围", True),
    ("abstract_head", "构建服务全民终身学习的教育体系", True),
    ("abstract_head", "建成全省统一的GEP核算平台", False),         # a named thing
    ("abstract_head", "完善《生态补偿条例》配套机制", False),      # a title
    ("abstract_head", "到2025年基本形成现代环境治理体系", False),  # a figure
    ("abstract_head", "实施农村人居环境整治提升五年行动", False),
    ("state_change", "生态环境质量持续改善", True),
    ("state_change", "营商环境明显提升", True),
    ("state_change", "乡村面貌得到改善", True),
    ("state_change", "農村人居環境顯著改善", False),                 # 顯 is not 显: read folded upstream
    ("state_change", "优良天数比例提高到90%", False),
    ("state_change", "持续改善生态环境质量", False),                 # the verb first: a task
    ("slogan_only", "扎实开展“四下基层”", True),
    ("slogan_only", "打好生态治理“组合拳”", True),
    ("slogan_only", "要建设“大同清”", True),
    ("slogan_only", "持续开展黄河流域“清废行动”和“支流消劣行动”", False),
    ("slogan_only", "全力实施“四个三”重大生态工程", False),
    ("slogan_only", "完成“十四五”规划确定的38项任务", False),
    ("four_by_four", "科学治污、精准治污、依法治污", True),
    ("four_by_four", "补缺补差、扶弱助强", True),
    ("four_by_four", "坚持稳中求进、以进促稳、先立后破", True),
    ("four_by_four", "建成污水管网、垃圾中转站和公厕", False),
    ("four_by_four", "新建改建农村公路120公里、桥梁8座", False),
    ("stance", "守牢安全底线", True),
    ("stance", "筑牢长江上游生态屏障", True),
    ("stance", "聚力打造高品质休闲体验目的地", True),
    ("stance", "持续打造生态转化新地标", True),
    ("stance", "打造营商服务环境新标杆", True),
    ("stance", "打造省级数字经济产业园", False),
    ("stance", "建设国家生态文明试验区", False),
    ("bare_short", "明确任务", True),
    ("bare_short", "压实整改责任", True),
    ("bare_short", "进一步加强协调配合", True),
    ("bare_short", "科学整改", True),
    ("bare_short", "统筹兼顾", True),
    ("bare_short", "12月底前完工", False),                       # a date
    ("bare_short", "实施“三大工程”", False),                     # a quoted name
    ("bare_short", "建成区域应急中心", False),                   # a named thing
    ("bare_short", "制定整改工作方案并报市政府备案", False),      # longer than a bare pair
]

SIGNALS = {
    "abstract_head": classify.abstract_head,
    "state_change": lambda t: classify.STATE_CHANGE.match(t) is not None,
    "slogan_only": lambda t: classify.SLOGAN_ONLY.match(t) is not None,
    "four_by_four": lambda t: classify.FOUR_BY_FOUR.match(t) is not None,
    "stance": lambda t: classify.STANCE.search(t) is not None,
    "bare_short": classify.bare_short,
}


@pytest.mark.parametrize(("signal", "clause", "fires"), CASES)
def test_signal(signal: str, clause: str, fires: bool) -> None:
    assert bool(SIGNALS[signal](clause)) is fires


@pytest.mark.parametrize(("signal", "clause", "fires"), CASES)
def test_the_model_sees_the_same_signal(signal: str, clause: str, fires: bool) -> None:
    # the unit model's clause signals carry each of them, as 0 or 1
    assert confidence._clause_signals(clause)[signal] == float(fires)


@pytest.mark.parametrize("clause", ["构建服务全民终身学习的教育体系", "守牢粮食安全底线",
                                    "持续打造生态转化新地标", "压实整改责任"])
def test_generic_aims_carry_a_signal(clause: str) -> None:
    signals = confidence._clause_signals(clause)
    assert any(signals[k] for k in SIGNALS), clause
