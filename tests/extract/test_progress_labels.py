"""A paragraph opened by the label of what was done (完成情况：/ 进展情况：/ 整改落实情况：)
reports results: its measures are past results (indicators), not new commitments; the
paragraphs before and after keep their own tense. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract.pipeline import suggest

DAY = date(2025, 3, 1)

LABELS = ["完成情况：", "进展情况：", "整改落实情况：", "工作进展：", "取得成效：",
          "（二）推进情况：", "目前进展：", "项目进度："]


@pytest.mark.parametrize("label", LABELS)
def test_a_labelled_progress_paragraph_reports_results(label):
    text = (f"目标任务：完成河道清淤75公里，建设生态浮岛200个。\n"
            f"{label}完成河道清淤182公里，建设人工生态浮岛1368个。\n"
            f"下一步：年底前建成污水处理池1500个。")
    kinds = {s.quote: s.kind for s in suggest(text, DAY, rules_only=True)}
    assert kinds["完成河道清淤75公里"] == "target"
    assert kinds["完成河道清淤182公里"] == "indicator"
    assert kinds["建设人工生态浮岛1368个"] == "indicator"
    assert kinds["年底前建成污水处理池1500个"] == "target"


NOT_LABELS = ["完成情况较好的地区要总结经验，年底前形成推广方案。",
              "进展缓慢的项目要在6月底前完成整改。"]


@pytest.mark.parametrize("text", NOT_LABELS)
def test_the_words_without_a_colon_are_no_label(text):
    assert any(s.kind != "indicator" for s in suggest(text, DAY, rules_only=True))
