"""Find place mentions in text: longest match, with guards against names inside words.

Rules (general, not tied to any document):
1. Scan left to right; at each position the longest accepted name wins, and a match
   consumes its characters (so 江西省南昌市 gives 江西省 then 南昌市, and 浙江西部 never
   yields 江西).
2. A full name (with suffix: 丽江市, 合作市, also 延边州) is accepted unless its suffix glues with the
   next character into an ordinary word (合作市场 = 合作 + 市场); then the shorter forms are
   tried instead. Full names of prefectures or counties whose stem is one character
   (和县, 城区) or an ordinary urban word (新城区, 老城区) are as risky as bare short names
   (各区和县, 老城区改造) and follow rule 4.
3. A bare short name of a province (江西, 广西, 吉林) is accepted as it stands, except
   before 岸/麓/畔/坡/侧 (长江西岸, 黄河北岸 are river banks); bare 吉林 stays the province
   because 吉林市 is found first as the longer full name; a short name the text also gives
   a division it names for sure (海南州 … 美丽海南) is that division's.
4. A bare short name of a prefecture or county (丽江, 吴忠, 合作, 通化) is accepted only
   a) when followed by a governmental cue (市委, 政府, 人民政府, 生态环境局 …), or
   b) right after a match of one of its ancestors (山西大同, 江西南昌; not an ordinary word,
      辽宁振兴发展), or
   c) when the same region is also named elsewhere in the text by an accepted match
      (found in a first pass), or a division under it is (惠济区 … 郑州企业家日: a text
      that names a district speaks of its city by the city's short name), or
   d) when it opens a line as its label (青岛|… / 青岛——… / 长沙：…: a news title's place),
   e) or, asked for when a document names no place in full (guess.py), when the division's
      full name ends in a suffix its own scope words point to (全市 … 美丽泰州: a city
      document speaks of its city by the short name), unless the short name is an ordinary
      word (新建, 振兴: words.ORDINARY_WORDS) or a province's name begins inside it (美丽江苏
      holds 丽江).
5. Traditional text is folded to Simplified first with offsets kept.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from tracker.domain import Region, RegionLevel
from tracker.geo.names import NameEntry, NameIndex
from tracker.geo.script import to_simplified
from tracker.geo.words import BANK_CHARS, FOLLOW_CUES, GENERIC_STEMS, GLUE, ORDINARY_WORDS

LABEL_MARKS = ("|", "丨", "｜", "——", "：", ":")  # after a place that labels a line (rule 4d)
LEVEL_RANK = {RegionLevel.PROVINCE: 0, RegionLevel.PREFECTURE: 1, RegionLevel.COUNTY: 2}

Lineage = Callable[[str], tuple[str, ...]]  # codes from the province down to the region


@dataclass(frozen=True)
class RegionMatch:
    start: int  # code-point offsets into the text given
    end: int
    surface: str  # the words as written
    region: Region


def find_matches(text: str, index: NameIndex, lineage: Lineage,
                 scoped: frozenset[str] = frozenset()) -> list[RegionMatch]:
    """All non-overlapping place mentions in `text` (see the module rules); *scoped*: the
    division suffixes whose bare short names are taken as they stand (rule 4e)."""
    simple = to_simplified(text)
    heads = index.head_positions(simple)
    first = _Scanner(index, lineage, frozenset(), scoped=scoped).scan(simple, heads)
    known = frozenset(m.region.code for m in first)
    above = frozenset(code for k in known for code in lineage(k)[:-1])
    final = _Scanner(index, lineage, known, above, scoped).scan(simple, heads) \
        if known else first
    return [RegionMatch(m.start, m.end, text[m.start:m.end], m.region) for m in final]


@dataclass(frozen=True)
class _Scanner:
    """One left-to-right pass; `known` holds the regions a first pass accepted and `above`
    the divisions they lie in (rule 4c)."""

    index: NameIndex
    lineage: Lineage
    known: frozenset[str]
    above: frozenset[str] = frozenset()
    scoped: frozenset[str] = frozenset()

    def scan(self, text: str, heads: list[int]) -> list[RegionMatch]:
        """Matches found at the offsets `heads` (where a name may begin, ascending): at
        each one not inside the previous match, the longest accepted name."""
        matches: list[RegionMatch] = []
        end = 0
        for i in heads:
            if i < end:
                continue
            previous = matches[-1] if matches and matches[-1].end == i else None
            found = self._longest_at(text, i, previous)
            if found is not None:
                matches.append(found)
                end = found.end
        return matches

    def _longest_at(self, text: str, i: int,
                    previous: RegionMatch | None) -> RegionMatch | None:
        room = len(text) - i
        for length in self.index.lengths[text[i:i + 2]]:   # longest first
            if length > room:
                continue
            surface = text[i:i + length]
            entries = self.index.lookup(surface)
            if entries:
                region = self._accept(text, i + length, surface, entries, previous)
                if region is not None:
                    return RegionMatch(i, i + length, surface, region)
        return None

    def _accept(self, text: str, end: int, surface: str, entries: Sequence[NameEntry],
                previous: RegionMatch | None) -> Region | None:
        """The region `surface` names here, or None when the context rejects it."""
        nxt = text[end:end + 1]
        glued = _glued(surface, nxt)
        free = [e for e in entries if not (e.full and glued)]
        sure = [e for e in free if e.full and _sure_full_name(surface, e.region)]
        if sure:  # rule 2
            return self._choose(sure, previous)
        provinces = [e for e in free if e.region.level is RegionLevel.PROVINCE]
        if provinces:  # rule 3
            if nxt in BANK_CHARS:
                return None
            # 海南州 … 美丽海南: the division the text names for sure, not the province alike
            named = [e for e in free if e.region.code in self.known
                     and e.region.level is not RegionLevel.PROVINCE]
            return self._choose(named, previous) if named else provinces[0].region
        if not free:
            return None
        if text.startswith(FOLLOW_CUES, end):  # rule 4a
            return self._choose(free, previous)
        start = end - len(surface)
        if (start == 0 or text[start - 1] == "\n") and text.startswith(LABEL_MARKS, end):
            return self._choose(free, previous)  # rule 4d
        if previous is not None and surface not in ORDINARY_WORDS:  # rule 4b (辽宁振兴: a word)
            inside = [e for e in free if previous.region.code in self.lineage(e.region.code)[:-1]]
            if inside:
                return self._choose(inside, previous)
        mentioned = [e for e in free  # rule 4c
                     if e.region.code in self.known or e.region.code in self.above]
        if not mentioned and self.scoped and not self._province_inside(text, start + 1, end):
            # a bare short name (泰州), not a full name too short to be sure (建成县 → 成县)
            # nor an ordinary word spelling one (新建 build, 振兴 revitalise), nor one a
            # province's name starts inside (美丽江苏 is no 丽江)
            scoped = [e for e in free if not e.full and e.region.name[-1:] in self.scoped
                      and surface not in ORDINARY_WORDS]
            # one division only: a short name shared by several (通州) names none for sure
            mentioned = scoped if len({e.region.code for e in scoped}) == 1 else []
        return self._choose(mentioned, previous) if mentioned else None

    def _province_inside(self, text: str, start: int, end: int) -> bool:
        """Whether a province's name begins at one of the offsets start..end-1."""
        for j in range(start, end):
            for length in self.index.lengths.get(text[j:j + 2], ()):
                entries = self.index.lookup(text[j:j + length]) if j + length <= len(text) else ()
                if any(e.region.level is RegionLevel.PROVINCE for e in entries):
                    return True
        return False

    def _choose(self, entries: Sequence[NameEntry], previous: RegionMatch | None) -> Region:
        """Pick among same-surface regions: inside the preceding match, mentioned in the
        text, inside more mentioned regions, full name, higher level, lower code."""
        def key(e: NameEntry) -> tuple[bool, bool, int, bool, int, str]:
            code = e.region.code
            above = self.lineage(code)[:-1]
            after = previous is not None and previous.region.code in above
            context = sum(1 for k in above if k in self.known)
            return (not after, code not in self.known, -context, not e.full,
                    LEVEL_RANK[e.region.level], code)
        return min(entries, key=key).region


def _sure_full_name(surface: str, region: Region) -> bool:
    """Suffixed names that need no context: provinces, and names whose stem is neither
    one character (和县) nor an ordinary urban word (新城区, 老城区)."""
    if region.level is RegionLevel.PROVINCE:
        return True
    stem = surface[:-1]
    return len(stem) >= 2 and stem not in GENERIC_STEMS


def _glued(surface: str, next_char: str) -> bool:
    return next_char in GLUE.get(surface[-1], frozenset())
