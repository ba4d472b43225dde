"""The lights (红黄绿灯) and staleness, with a fixed today."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tracker.domain.lights import Light, LightSettings, is_stale, light_of
from tracker.domain.model import Status

TODAY = date(2026, 12, 6)
D = timedelta


@pytest.mark.parametrize("status, deadline, expected", [
    # closed: grey whatever the deadline
    (Status.ACHIEVED, TODAY - D(100), Light.GREY),
    (Status.ACHIEVED, None, Light.GREY),
    (Status.SUPERSEDED, TODAY + D(3), Light.GREY),
    # missed: red even before the deadline or without one
    (Status.MISSED, TODAY + D(200), Light.RED),
    (Status.MISSED, None, Light.RED),
    # overdue: red for every open status
    (Status.ON_TRACK, TODAY - D(1), Light.RED),
    (Status.NOT_STARTED, TODAY - D(400), Light.RED),
    (Status.AT_RISK, TODAY - D(1), Light.RED),
    (Status.UNKNOWN, TODAY - D(1), Light.RED),
    # within the window (today and its last day included): yellow
    (Status.ON_TRACK, TODAY, Light.YELLOW),
    (Status.NOT_STARTED, TODAY + D(30), Light.YELLOW),
    (Status.UNKNOWN, TODAY + D(7), Light.YELLOW),
    # at risk: yellow with time left or no deadline
    (Status.AT_RISK, TODAY + D(365), Light.YELLOW),
    (Status.AT_RISK, None, Light.YELLOW),
    # on track beyond the window, or without a deadline: green
    (Status.ON_TRACK, TODAY + D(31), Light.GREEN),
    (Status.NOT_STARTED, None, Light.GREEN),
    (Status.UNKNOWN, TODAY + D(90), Light.GREEN),
])
def test_light_of_each_case(status, deadline, expected):
    assert light_of(status, deadline, TODAY) is expected


def test_window_is_configurable():
    deadline = TODAY + D(45)
    assert light_of(Status.ON_TRACK, deadline, TODAY) is Light.GREEN
    assert light_of(Status.ON_TRACK, deadline, TODAY, window=60) is Light.YELLOW
    assert light_of(Status.ON_TRACK, TODAY + D(1), TODAY, window=0) is Light.GREEN
    assert light_of(Status.ON_TRACK, TODAY, TODAY, window=0) is Light.YELLOW


def test_the_same_commitment_changes_light_as_today_moves():
    deadline = date(2026, 12, 31)
    seen = [light_of(Status.ON_TRACK, deadline, day)
            for day in (date(2026, 11, 1), date(2026, 12, 1), date(2026, 12, 31),
                        date(2027, 1, 1))]
    assert seen == [Light.GREEN, Light.YELLOW, Light.YELLOW, Light.RED]


@pytest.mark.parametrize("status, last, registered, expected", [
    (Status.ON_TRACK, TODAY - D(90), None, True),            # exactly 90 days: stale
    (Status.ON_TRACK, TODAY - D(89), None, False),
    (Status.NOT_STARTED, None, TODAY - D(120), True),        # never reported, old
    (Status.NOT_STARTED, None, TODAY - D(10), False),        # never reported, new
    (Status.AT_RISK, TODAY - D(5), TODAY - D(400), False),   # a recent report counts
    (Status.UNKNOWN, None, None, False),                     # nothing known: not stale
    (Status.ACHIEVED, TODAY - D(400), None, False),          # closed: never stale
    (Status.SUPERSEDED, None, TODAY - D(400), False),
    (Status.MISSED, TODAY - D(400), None, False),
])
def test_stale(status, last, registered, expected):
    assert is_stale(status, last, registered, TODAY) is expected


def test_stale_threshold_is_configurable():
    assert is_stale(Status.ON_TRACK, TODAY - D(31), None, TODAY, stale_days=30)
    assert not is_stale(Status.ON_TRACK, TODAY - D(31), None, TODAY, stale_days=60)


def test_settings_refuse_nonsense():
    assert LightSettings() == LightSettings(30, 90)
    for bad in (-1, 5000, 1.5, "30", True):
        with pytest.raises(ValueError, match="due_window_days"):
            LightSettings(due_window_days=bad)
