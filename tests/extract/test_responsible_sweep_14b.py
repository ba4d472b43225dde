"""The responsible sweep of branch resp14b (tests/extract/responsible_sweep_14b.py) read
through the public path, as ``tracker suggest`` reads a file; and the rule's parts alone."""

from __future__ import annotations

import pytest

from tests.extract.issuer_sweep import Case, outcome
from tests.extract.responsible_sweep_14b import cases
from tracker.extract.pipeline import suggest

ALL = list(cases())
CASES = ALL[::41]  # (every script and form: the stride is prime to the four forms)


@pytest.mark.parametrize("case", CASES, ids=[f"{c.name}-{i}" for i, c in enumerate(CASES)])
def test_who_answers(case: Case) -> None:
    ok, got = outcome(case)
    assert ok, (sorted(case.want), got)


def _bodies(text: str, words: str) -> list[str]:
    sug = next(s for s in suggest(text) if words in s.quote)
    return [b.name for b in sug.responsible]


@pytest.mark.parametrize(("text", "want"), [
    # a body the title names by its level: as the title writes it
    ("区水利局2025年工作计划\n为推动通州区水利高质量发展，制定本计划。\n"
     "一、重点任务\n2025年6月底前完成60个行政村生活污水治理。\n", ["区水利局"]),
    ("市科技局关于印发2025年工作要点的通知\n为推进福州市科技创新，制定本要点。\n"
     "一、重点任务\n年内新建污水处理厂3座。\n", ["市科技局"]),
    ("湖州市人民政府办公室转发\n市发展改革委关于湖州市2024年国民经济和社会发展计划的通知\n"
     "各区县人民政府：\n现予转发，请认真组织实施。\n一、主要任务\n年内新建污水处理厂3座。\n",
     ["市发展改革委"]),
    # a body a paragraph names (no title): filled out with the division's name
    ("记者2日从市科技局获悉，福州市“十四五”科技创新发展朝四大目标发力。"
     "力争到2025年，全社会研究与试验发展经费投入年均增长18%以上。\n", ["福州市科技局"]),
    # a government named by its level in the title stays the division's, in full
    ("市政府关于2025年重点工作的通知\n为推进福州市高质量发展，现通知如下。\n"
     "一、重点任务\n年内新建污水处理厂3座。\n", ["福州市人民政府"]),
    # a body named in full keeps its name
    ("福州市科技局2025年工作计划\n一、重点任务\n年内新建污水处理厂3座。\n", ["福州市科技局"]),
])
def test_the_issuer_as_the_title_spells_it(text: str, want: list[str]) -> None:
    words = "18%" if "18%" in text else "污水" if "污水" in text else "60个行政村"
    assert _bodies(text, words) == want

