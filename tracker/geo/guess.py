"""Guess the jurisdiction a document speaks for.

Scoring rule:
1. Weigh the sources: title and issuer 4, the first five body lines 2, later lines 1.
   Page furniture (source lines, bylines, breadcrumbs: 来源:…, 时间:…, 当前所在:…) weighs
   nothing, so a region named only there is ignored.
2. Every place mention adds its line's weight to its region ("own" weight). Scope words
   that name the issuer's jurisdiction without naming it (全省, 省委, 全市, 市长 …, not
   preceded by another Chinese character except 全) add their weight to a "scope" tally per
   division suffix (省, 市, 州, 县, 区 …).
3. A region's tree weight is its own weight plus that of everything below it; a region's
   score is its tree weight plus the scope tally of its suffix (全市 helps 大同市 and 重庆市,
   全省 helps 江西省).
4. Start at the province with the highest score; step down to its best-scoring child
   while that child holds at least half of the weight there (the node's own weight and
   scope plus all its children's scores). So a city named in the title beats its province
   named in passing, and scattered cities in the body do not pull a provincial document
   down.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from typing import TYPE_CHECKING

from tracker.domain import Region
from tracker.geo.script import to_simplified
from tracker.geo.words import FURNITURE_INSIDE, FURNITURE_STARTS, SCOPE_CUES

if TYPE_CHECKING:
    from tracker.geo.gazetteer import Gazetteer

TITLE_WEIGHT = 4.0
LEAD_WEIGHT = 2.0
BODY_WEIGHT = 1.0
LEAD_LINES = 5
DESCEND_SHARE = 0.5

_SCOPE_RE = re.compile(
    "|".join(f"(?P<{_k}>{'|'.join(_v)})" for _k, _v in
             (("s" + str(i), words) for i, words in enumerate(SCOPE_CUES.values()))))
_SCOPE_KEYS = {"s" + str(i): suffix for i, suffix in enumerate(SCOPE_CUES)}
_BULLETS = " \t\u3000•·*-—>|"


def is_furniture(line: str) -> bool:
    """A source line, byline or breadcrumb rather than content."""
    head = line.strip(_BULLETS).lower()
    return head.startswith(FURNITURE_STARTS) or any(w in head for w in FURNITURE_INSIDE)


def weighted_segments(text: str, title: str | None,
                      issuer: str | None) -> Iterator[tuple[str, float]]:
    for extra in (title, issuer):
        if extra:
            yield extra, TITLE_WEIGHT
    lead = 0
    for line in to_simplified(text).splitlines():
        if not line.strip() or is_furniture(line):
            continue
        yield line, LEAD_WEIGHT if lead < LEAD_LINES else BODY_WEIGHT
        lead += 1


def scope_tally(segment: str, weight: float, tally: dict[str, float]) -> None:
    for m in _SCOPE_RE.finditer(segment):
        word = m.group()
        before = segment[m.start() - 1:m.start()]
        if word.startswith("全") or not ("\u4e00" <= before <= "\u9fff"):
            tally[_SCOPE_KEYS[m.lastgroup or ""]] += weight


def suffix_of(region: Region) -> str:
    return region.name[-1]


def guess_region(gaz: Gazetteer, text: str, title: str | None,
                 issuer: str | None) -> Region | None:
    own: dict[str, float] = defaultdict(float)
    scope: dict[str, float] = defaultdict(float)
    for segment, weight in weighted_segments(text, title, issuer):
        simple = to_simplified(segment)
        scope_tally(simple, weight, scope)
        for match in gaz.find(simple):
            own[match.region.code] += weight
    tree: dict[str, float] = defaultdict(float)
    for code, weight in own.items():
        for region in gaz.path(code):
            tree[region.code] += weight

    def score(region: Region) -> float:
        return tree[region.code] + scope[suffix_of(region)]

    provinces = [gaz.get(code) for code in tree]
    candidates = [r for r in provinces if r is not None and r.parent_code is None]
    if not candidates:
        return None
    node = max(candidates, key=lambda r: (score(r), own[r.code], r.code))
    while True:
        children = [c for c in gaz.children(node.code) if tree[c.code] > 0]
        if not children:
            return node
        best = max(children, key=lambda r: (score(r), own[r.code], r.code))
        total = own[node.code] + scope[suffix_of(node)] + sum(score(c) for c in children)
        if score(best) < DESCEND_SHARE * total:
            return node
        node = best
