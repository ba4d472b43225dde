"""The sweep of count_close_sweep_b15: a list of named programmes closed by a count whose
noun carries words of its own (等十项人代会票决产生的重点民生实事项目) is one record, quoted
whole; closed without a count (等一系列重大工程 / 等重点民生工程 / 等) it is still one record
per programme. Frames × lists of 3 to 5 × closers × Simplified / Traditional × with and
without the final 。 (648 counted and 162 uncounted variants, all passing; before the rule
0/648 and 162/162)."""

from __future__ import annotations

import pytest

from tests.extract.count_close_sweep_b15 import (
    counted_variants,
    read_counted,
    read_uncounted,
    uncounted_variants,
)

COUNTED = sorted({(v[0], v[1]) for v in counted_variants()})
UNCOUNTED = sorted({(v[0], v[1]) for v in uncounted_variants()})


@pytest.mark.parametrize(("grammar", "form"), COUNTED)
def test_counted_list_is_one_record(grammar: str, form: str) -> None:
    wrong = [f"{text} -> {got}" for g, f, text, act, items in counted_variants()
             if (g, f) == (grammar, form)
             for ok, got in [read_counted(text, act, items)] if not ok]
    assert not wrong, "\n".join(wrong[:10])


@pytest.mark.parametrize(("grammar", "form"), UNCOUNTED)
def test_uncounted_list_is_one_record_per_programme(grammar: str, form: str) -> None:
    wrong = [f"{text} -> {got}" for g, f, text, items in uncounted_variants()
             if (g, f) == (grammar, form)
             for ok, got in [read_uncounted(text, items)] if not ok]
    assert not wrong, "\n".join(wrong[:10])


@pytest.mark.parametrize(("text", "whole"), [
    # the count's noun with words of its own: one act
    ("今年全面推进A区宜居环境更新工程、B区医疗设施提升工程、C区供水设施改造工程等3个市级重点民生工程。", True),
    ("實施數字化轉型示範行動、新興產業創新發展行動、未來產業培育發展行動等三大年度攻堅行動。", True),
    ("提出加大全民健身场地设施供给、推动体育产业高质量发展、推进体教融合等8个方面主要任务。", True),
    # no count: one record per programme
    ("实施数字化转型示范行动、新兴产业创新发展行动、未来产业培育发展行动等一系列重大行动。", False),
])
def test_written_cases(text: str, whole: bool) -> None:
    from datetime import date

    from tracker.extract import suggest
    doc = "某市2025年工作要点\n" + text
    quotes = [s.quote for s in suggest(doc, date(2025, 3, 1)) if s.kind != "indicator"]
    body = text.rstrip("。")
    one = any(len(q) >= 0.8 * len(body) for q in quotes)
    assert one == whole, quotes
