"""Accepting a suggestion makes a commitment of its kind; an indicator is refused."""

from dataclasses import replace
from datetime import date

import pytest

from tracker.domain import Kind, SuggestionKind
from tracker.extract import suggest
from tracker.services.suggesting import commitment_from_suggestion

TEXT = "二、重点任务\n到2025年底，全市城市生活污水集中收集率达到70%以上。\n"


def test_a_suggestion_becomes_a_commitment_of_its_kind_and_an_indicator_does_not():
    s = next(x for x in suggest(TEXT, date(2024, 3, 1)) if "收集率" in x.quote)
    assert isinstance(s.kind, SuggestionKind)
    c = commitment_from_suggestion(1, TEXT, s)
    assert c.kind is Kind(s.kind.value) and c.span.quote == s.quote
    with pytest.raises(ValueError, match="indicator"):
        commitment_from_suggestion(1, TEXT, replace(s, kind=SuggestionKind.INDICATOR))
