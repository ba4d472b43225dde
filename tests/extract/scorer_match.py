"""The scorer's pairing rule (../shared/tools/score_suggestions.py), for the sweeps that
ask whether a suggestion would be paired with a record: it covers at least 60 % of the
record, and the record is at least 25 % of it."""

from __future__ import annotations


def matches(s: tuple[int, int], g: tuple[int, int]) -> bool:
    """Whether the suggestion's span *s* would be paired with the record's span *g*."""
    ov = max(0, min(s[1], g[1]) - max(s[0], g[0]))
    return ov >= 0.6 * (g[1] - g[0]) and ov >= 0.25 * (s[1] - s[0])
