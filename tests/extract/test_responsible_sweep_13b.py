"""The responsible sweep of branch resp13b (tests/extract/responsible_sweep_13b.py) read through
the public path, as ``tracker suggest`` reads a file; and the parts of the grammar alone."""

from __future__ import annotations

import pytest

from tests.extract.issuer_sweep import Case, outcome
from tests.extract.responsible_sweep_13b import cases
from tracker.extract.issuer import _default_gazetteer, _own_place

CASES = list(cases())


@pytest.mark.parametrize("case", CASES, ids=[f"{c.name}-{i}" for i, c in enumerate(CASES)])
def test_who_answers(case: Case) -> None:
    ok, got = outcome(case)
    assert ok, (sorted(case.want), got)


@pytest.mark.parametrize(("words", "region", "want"), [
    ("开创中国式现代化建设荥阳实践新局面", "410100", "410182"),  # below the city guessed
    ("奋力谱写中国式现代化黄梅新篇章", "421100", "421127"),
    ("为全市大局贡献更多正定力量", None, "130123"),  # none guessed: a name of one division
    ("奋力谱写中国式现代化河南篇章", "410100", "410100"),  # the province above: kept
    ("贡献更大力量", "410100", "410100"),  # no place
    ("奋力谱写中国式现代化郑州篇章", "410100", "410100"),  # the division itself
    ("开创中国式现(xiàn)代化建设荥陽實(shí)踐新局面", "410100", "410182"),  # pinyin kept inline
])
def test_the_own_place_of_the_closing_words(words: str, region: str | None, want: str | None) -> None:
    from tracker.geo.script import to_simplified
    assert _own_place(to_simplified(words), _default_gazetteer(), region) == want

