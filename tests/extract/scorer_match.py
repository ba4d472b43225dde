"""The scorer's pairing rule (../shared/tools/score_suggestions.py), for the sweeps that
ask whether a suggestion would be paired with a record: it covers at least 60 % of the
record, and the record is at least 25 % of it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable


def matches(s: tuple[int, int], g: tuple[int, int]) -> bool:
    """Whether the suggestion's span *s* would be paired with the record's span *g*."""
    ov = max(0, min(s[1], g[1]) - max(s[0], g[0]))
    return ov >= 0.6 * (g[1] - g[0]) and ov >= 0.25 * (s[1] - s[0])


def each_paired(spans: Iterable[tuple[int, int]], text: str, quotes: Iterable[str]) -> bool:
    """Whether every one of *quotes* (found in *text* by its first occurrence) would be
    paired with one of the suggested *spans*."""
    spans = list(spans)
    for q in quotes:
        at = text.find(q)
        if not any(matches(s, (at, at + len(q))) for s in spans):
            return False
    return True


def report(rows: Iterable[tuple[str, bool, str, object]], width: int = 10) -> None:
    """Print a sweep's tally when its test module is run as a script: each failing
    variant (its group, whether it passed, how to show it, what was suggested), then each
    group's and the whole sweep's count of variants passing."""
    fails: Counter[str] = Counter()
    per: Counter[str] = Counter()
    for group, ok, shown, got in rows:
        per[group] += 1
        if not ok:
            fails[group] += 1
            print("FAIL", shown, got)
    for g in sorted(per):
        print(f"{g:<{width}} {per[g] - fails[g]:>4}/{per[g]}")
    print(f"all {sum(per.values()) - sum(fails.values())}/{sum(per.values())}")
