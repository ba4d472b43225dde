from datetime import date

from tracker.domain import Kind, Status
from tracker.domain.filters import CommitmentFilter, subtree_prefix


def test_filter_dict_round_trip():
    f = CommitmentFilter(region_code="140200", statuses=frozenset({Status.AT_RISK, Status.MISSED}),
                         kinds=frozenset({Kind.TARGET}), deadline_from=date(2025, 1, 1),
                         overdue_only=True, text="黑臭水体")
    d = f.to_dict()
    assert d["statuses"] == ["at_risk", "missed"] and d["deadline_from"] == "2025-01-01"
    assert CommitmentFilter.from_dict(d) == f
    assert CommitmentFilter.from_dict({}) == CommitmentFilter() and f != CommitmentFilter()


def test_subtree_prefix():
    assert subtree_prefix("140000") == "14"
    assert subtree_prefix("140200") == "1402"
    assert subtree_prefix("140212") == "140212"
    assert subtree_prefix("500000") == "50"
