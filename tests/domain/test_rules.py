from datetime import date

import pytest

from tracker.domain import Kind, Status, days_left, is_overdue, strongest_kind
from tracker.domain.rules import check_status_change

TODAY = date(2026, 11, 22)


@pytest.mark.parametrize("deadline,status,expected", [
    (date(2026, 11, 21), Status.ON_TRACK, True),
    (date(2026, 11, 21), Status.MISSED, True),
    (date(2026, 11, 21), Status.ACHIEVED, False),
    (date(2026, 11, 21), Status.SUPERSEDED, False),
    (date(2026, 11, 22), Status.NOT_STARTED, False),  # due today is not yet overdue
    (None, Status.NOT_STARTED, False),
])
def test_overdue(deadline, status, expected):
    assert is_overdue(deadline, status, TODAY) is expected


def test_days_left():
    assert days_left(date(2026, 12, 31), TODAY) == 39
    assert days_left(date(2026, 11, 1), TODAY) == -21
    assert days_left(None, TODAY) is None


def test_strongest_kind():
    assert strongest_kind([Kind.DUTY, Kind.DEADLINE]) is Kind.DEADLINE
    assert strongest_kind([Kind.DELIVERABLE, Kind.TARGET, Kind.DEADLINE]) is Kind.TARGET
    assert strongest_kind([]) is Kind.DELIVERABLE


def test_status_change_rules():
    check_status_change(Status.NOT_STARTED, Status.ON_TRACK, "")
    with pytest.raises(ValueError):
        check_status_change(Status.ON_TRACK, Status.ON_TRACK, "")
    with pytest.raises(ValueError, match="note"):
        check_status_change(Status.ON_TRACK, Status.MISSED, " ")
    with pytest.raises(ValueError, match="note"):
        check_status_change(Status.ACHIEVED, Status.ON_TRACK, "")
    check_status_change(Status.ACHIEVED, Status.ON_TRACK, "整改验收未通过，重新推进")
