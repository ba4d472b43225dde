"""A suggestion's kind: one of the commitment Kinds, or an indicator (no commitment)."""

from tracker.domain import Kind, SuggestionKind


def test_every_commitment_kind_is_a_suggestion_kind_of_the_same_value():
    assert {k.value for k in Kind} == {s.value for s in SuggestionKind} - {"indicator"}
    for kind in Kind:
        assert SuggestionKind(kind.value).commitment_kind() is kind


def test_an_indicator_proposes_no_commitment():
    assert SuggestionKind.INDICATOR.commitment_kind() is None
    assert str(SuggestionKind.INDICATOR) == "indicator"  # as the JSON records write it
