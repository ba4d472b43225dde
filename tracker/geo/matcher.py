"""Find place mentions in text: longest match, with guards against names inside words.

Rules (general, not tied to any document):
1. Scan left to right; at each position the longest accepted name wins, and a match
   consumes its characters (so 江西省南昌市 gives 江西省 then 南昌市, and 浙江西部 never
   yields 江西).
2. A full name (with suffix: 丽江市, 合作市) is accepted unless its suffix glues with the
   next character into an ordinary word (合作市场 = 合作 + 市场); then the shorter forms are
   tried instead. Full names of prefectures or counties whose stem is one character (和县, 城区) are as risky as bare
   short names (各区和县) and follow rule 4.
3. A bare short name of a province (江西, 广西, 吉林) is accepted as it stands; bare 吉林
   stays the province because 吉林市 is found first as the longer full name.
4. A bare short name of a prefecture or county (丽江, 吴忠, 合作, 通化) is accepted only
   a) when followed by a governmental cue (市委, 政府, 人民政府, 生态环境局 …), or
   b) right after a match of one of its ancestors (山西大同, 江西南昌), or
   c) when the same region is also named elsewhere in the text by an accepted match
      (found in a first pass).
5. Traditional text is folded to Simplified first with offsets kept.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from tracker.domain import Region, RegionLevel
from tracker.geo.names import NameEntry, NameIndex
from tracker.geo.script import to_simplified
from tracker.geo.words import FOLLOW_CUES, GLUE

LEVEL_RANK = {RegionLevel.PROVINCE: 0, RegionLevel.PREFECTURE: 1, RegionLevel.COUNTY: 2}

IsWithin = Callable[[str, str], bool]


@dataclass(frozen=True)
class RegionMatch:
    start: int  # code-point offsets into the text given
    end: int
    surface: str  # the words as written
    region: Region


def find_matches(text: str, index: NameIndex, is_within: IsWithin) -> list[RegionMatch]:
    """All non-overlapping place mentions in `text` (see the module rules)."""
    simple = to_simplified(text)
    first = _scan(simple, index, is_within, known=frozenset())
    known = frozenset(m.region.code for m in first)
    final = _scan(simple, index, is_within, known) if known else first
    return [RegionMatch(m.start, m.end, text[m.start:m.end], m.region) for m in final]


def _scan(text: str, index: NameIndex, is_within: IsWithin,
          known: frozenset[str]) -> list[RegionMatch]:
    matches: list[RegionMatch] = []
    i, n = 0, len(text)
    while i < n - 1:
        if text[i:i + 2] not in index.heads:
            i += 1
            continue
        previous = matches[-1] if matches and matches[-1].end == i else None
        found = _longest_at(text, i, index, is_within, known, previous)
        if found is None:
            i += 1
        else:
            matches.append(found)
            i = found.end
    return matches


def _longest_at(text: str, i: int, index: NameIndex, is_within: IsWithin,
                known: frozenset[str], previous: RegionMatch | None) -> RegionMatch | None:
    for length in range(min(index.max_len, len(text) - i), 1, -1):
        surface = text[i:i + length]
        entries = index.lookup(surface)
        if not entries:
            continue
        region = _accept(text, i + length, entries, is_within, known, previous)
        if region is not None:
            return RegionMatch(i, i + length, surface, region)
    return None


def _accept(text: str, end: int, entries: Sequence[NameEntry], is_within: IsWithin,
            known: frozenset[str], previous: RegionMatch | None) -> Region | None:
    """The region this surface names here, or None when the context rejects it."""
    full = [e for e in entries if e.full]
    nxt = text[end:end + 1]
    if full and not _glued(full[0].region.name, nxt):
        sure = [e for e in full
                if len(e.region.name) > 2 or e.region.level is RegionLevel.PROVINCE]
        if sure:
            return _choose(sure, is_within, known, previous)
    provinces = [e for e in entries if not e.full and e.region.level is RegionLevel.PROVINCE]
    if provinces:
        return provinces[0].region
    gated = [e for e in entries if not (e.full and _glued(e.region.name, nxt))]
    if not gated:
        return None
    if text.startswith(FOLLOW_CUES, end):
        return _choose(gated, is_within, known, previous)
    if previous is not None:
        inside = [e for e in gated if is_within(e.region.code, previous.region.code)
                  and e.region.code != previous.region.code]
        if inside:
            return _choose(inside, is_within, known, previous)
    mentioned = [e for e in gated if e.region.code in known]
    return _choose(mentioned, is_within, known, previous) if mentioned else None


def _glued(name: str, next_char: str) -> bool:
    return next_char in GLUE.get(name[-1], frozenset())


def _choose(entries: Sequence[NameEntry], is_within: IsWithin, known: frozenset[str],
            previous: RegionMatch | None) -> Region:
    """Pick among same-surface regions: inside the preceding match, mentioned in the text,
    inside a mentioned region, full name, higher level, lower code."""
    def key(e: NameEntry) -> tuple[int, int, int, int, int, str]:
        code = e.region.code
        after = previous is not None and is_within(code, previous.region.code)
        context = sum(1 for k in known if k != code and is_within(code, k))
        return (not after, code not in known, -context, not e.full,
                LEVEL_RANK[e.region.level], code)
    return min(entries, key=key).region
