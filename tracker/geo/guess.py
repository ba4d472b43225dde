"""Guess the jurisdiction a document speaks for.

Scoring rule:
1. Weigh the sources: title and issuer 4 (without a title, the first line is taken as
   one), the next five body lines 2, later lines 1.
   Page furniture (source lines, bylines, breadcrumbs: 来源:…, 时间:…, 当前所在:…) weighs
   nothing, so a region named only there is ignored.
2. Every place mention adds its line's weight to its region ("own" weight), except one
   that only qualifies the division named right after it (重庆荣昌区: 荣昌区's). Scope words
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
   down. Ties go to the region mentioned first.
5. A document that names no place below a province in full while its scope words point
   below it (全市, 市委, 全县 …) speaks of its own division by the short name (美丽泰州,
   绵阳林业, 无锡经开区): the steps above are taken again with the bare short names of the
   divisions those words point to, and the division found stands when it is named in the
   title, or twice, or in an opening line where the name closes a phrase (美丽泰州。): a
   bare two-character name inside running words is often a piece of a longer word
   (线上党支部). A province found in the first steps outside that division stands only
   when its title names it or the text names it more often than the division (宣城 three
   times and 全市 beat 上海 named once in passing; 海南 with 全州 is 海南州).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterator
from itertools import accumulate
from typing import TYPE_CHECKING

from tracker.domain import Region, RegionLevel
from tracker.geo.script import to_simplified
from tracker.geo.words import FURNITURE_INSIDE, FURNITURE_STARTS, SCOPE_CUES

if TYPE_CHECKING:
    from tracker.geo.gazetteer import Gazetteer

TITLE_WEIGHT = 4.0
LEAD_WEIGHT = 2.0
BODY_WEIGHT = 1.0
LEAD_LINES = 5
DESCEND_SHARE = 0.5

_SCOPE_SUFFIX = {word: suffix for suffix, words in SCOPE_CUES.items() for word in words}
_SCOPE_RE = re.compile("|".join(sorted(_SCOPE_SUFFIX, key=len, reverse=True)))
_BULLETS = " \t\u3000•·*-—>|"


def is_furniture(line: str) -> bool:
    """A source line, byline or breadcrumb rather than content."""
    head = line.strip(_BULLETS).replace(" ", "").replace("\u3000", "").lower()
    return head.startswith(FURNITURE_STARTS) or any(w in head for w in FURNITURE_INSIDE)


# A news item's dateline (本报北京8月20日电（记者…）/ 新华社上海3月5日电 / 5月18日讯 / 本报讯 /
# 央广网北京7月26日消息): where the reporter filed from, not the place the text speaks for
DATELINE_WORDS = (r"(?:本[报刊台网]讯|[\u4e00-\u9fff]{0,10}?\d{1,2}月\d{1,2}日(?:电|讯|消息))"
                  r"(?:[ \t\u3000]*[（(][^）)\n]{0,24}[）)])?")
DATELINE = re.compile(r"^[ \t\u3000]*" + DATELINE_WORDS)


def _undated(line: str) -> str:
    """*line* without the dateline it opens with, if any."""
    if "电" in line[:24] or "讯" in line[:24] or "消息" in line[:26]:
        dateline = DATELINE.match(line)
        if dateline is not None:
            return line[dateline.end():]
    return line


def weighted_segments(text: str, title: str | None,
                      issuer: str | None) -> Iterator[tuple[str, float]]:
    """(Simplified segment, weight) for the title, the issuer and each content line (a
    news item's dateline left out)."""
    for extra in (title, issuer):
        if extra:
            yield _undated(to_simplified(extra)), TITLE_WEIGHT
    lead = 0
    for line in to_simplified(text).splitlines():
        if not line.strip() or is_furniture(line):
            continue
        line = _undated(line)
        if lead == 0 and not title:
            yield line, TITLE_WEIGHT  # with no title given, the first line is the title
        else:
            yield line, LEAD_WEIGHT if lead <= LEAD_LINES else BODY_WEIGHT
        lead += 1


def _is_han(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


def scope_tally(segment: str, weight: float, tally: dict[str, float]) -> None:
    """Add `weight` per scope word (全省, 市委 …) not glued to a preceding name."""
    for m in _SCOPE_RE.finditer(segment):
        word = m.group()
        before = segment[m.start() - 1:m.start()]
        if word.startswith("全") or not ("\u4e00" <= before <= "\u9fff"):
            tally[_SCOPE_SUFFIX[word]] += weight


def mention_weights(gaz: Gazetteer, segments: list[tuple[str, float]],
                    scoped: frozenset[str] = frozenset(),
                    ) -> tuple[dict[str, float], dict[str, int], dict[str, int]]:
    """Own weight and first mention offset per region code. The segments are matched as
    one document so that a short name can lean on a full name given in another line;
    *scoped*: the suffixes whose bare short names count (rule 5). Also the number of
    mentions per region code (a mention that closes a phrase, followed by no Chinese
    character, counts twice)."""
    document = "\n".join(seg for seg, _ in segments)
    starts = list(accumulate((len(seg) + 1 for seg, _ in segments), initial=0))
    own: dict[str, float] = defaultdict(float)
    first: dict[str, int] = {}
    count: dict[str, int] = defaultdict(int)
    found = gaz.find(document, scoped)
    for i, match in enumerate(found):
        first.setdefault(match.region.code, match.start)
        after = document[match.end:match.end + 1]
        count[match.region.code] += 1 if after and _is_han(after) else 2
        nxt = found[i + 1] if i + 1 < len(found) else None
        if nxt is not None and nxt.start == match.end \
                and match.region.code in gaz.lineage(nxt.region.code)[:-1]:
            continue  # 重庆荣昌区 / 江西省九江市: the division qualifies the one it holds
        own[match.region.code] += segments[bisect_right(starts, match.start) - 1][1]
    return own, first, count


def suffix_of(region: Region) -> str:
    return region.name[-1]


# A person named after the post held (市长尚朝阳主持 / 市委书记王长春出席 / 局长李建华介绍：)
# and then by name alone (尚朝阳指出): a personal name holds no place, though it may spell
# one (朝阳, 长春, 建华, 和平, 延安)
_PERSON_AFTER_POST = re.compile(
    r"(?:书记|[省市州县区旗盟镇乡]长|主席|部长|厅长|局长|主任|署长|司长)"
    r"(?P<name>[\u4e00-\u9fff]{2,3}?)"
    r"(?=主持|出席|指出|强调|在|作|讲话|表示|介绍|参加|通报|调研|带队|率队|深入|会见|要求|说|"
    r"[、，,。：:（(\s])")
_UNNAMED = "某"


def without_persons(text: str, *more: str | None) -> tuple[str, ...]:
    """*text* (and *more*) with the personal names *text* gives after a post blanked out,
    each character by 某 (offsets kept)."""
    names = {m.group("name") for m in _PERSON_AFTER_POST.finditer(text)} if "长" in text \
        or "书记" in text or "主" in text else set()
    out = []
    for words in (text, *more):
        if words:
            for name in names:
                if name in words:
                    words = words.replace(name, _UNNAMED * len(name))
        out.append(words or "")
    return tuple(out)


def guess_region(gaz: Gazetteer, text: str, title: str | None,
                 issuer: str | None) -> Region | None:
    text, blank_title, blank_issuer = without_persons(to_simplified(text), title and to_simplified(title),
                                                      issuer and to_simplified(issuer))
    title, issuer = (blank_title or None) if title else None, (blank_issuer or None) if issuer else None
    segments = list(weighted_segments(text, title, issuer))
    scope: dict[str, float] = defaultdict(float)
    for segment, weight in segments:
        scope_tally(segment, weight, scope)
    found, first_tree, first_count = _descend(gaz, segments, scope, frozenset())
    if found is not None and found.level is not RegionLevel.PROVINCE:
        return found
    local = frozenset(suffix for suffix, weight in scope.items() if weight > 0 and suffix != "省")
    if not local:
        return found
    deeper, tree, count = _descend(gaz, segments, scope, local)  # rule 5
    if deeper is None or deeper.level is RegionLevel.PROVINCE \
            or (tree[deeper.code] < TITLE_WEIGHT and count[deeper.code] < 2):
        return found
    if found is not None and not gaz.is_within(deeper.code, found.code) \
            and (first_tree[found.code] >= TITLE_WEIGHT or first_count[found.code] > count[deeper.code]):
        return found  # a province named in the title, or more often than the division
    return deeper


def _descend(gaz: Gazetteer, segments: list[tuple[str, float]], scope: dict[str, float],
             scoped: frozenset[str]) -> tuple[Region | None, dict[str, float], dict[str, int]]:
    """The region the weights point to (rules 2-4), the tree weights and the number of
    mentions per region."""
    own, first, count = mention_weights(gaz, segments, scoped)
    tree: dict[str, float] = defaultdict(float)
    earliest: dict[str, int] = {}
    for code, weight in own.items():
        for region in gaz.path(code):
            tree[region.code] += weight
            earliest[region.code] = min(earliest.get(region.code, first[code]), first[code])

    def score(region: Region) -> float:
        return tree[region.code] + scope[suffix_of(region)]

    def rank(region: Region) -> tuple[float, float, int]:
        return score(region), own[region.code], -earliest[region.code]

    provinces = [r for r in map(gaz.get, tree) if r is not None and r.parent_code is None]
    if not provinces:
        return None, tree, count
    # the scope words a province answers to: its own suffix's, or those of the divisions named
    # in it (全市 speaks for 宣城市 as much as for 上海市, a municipality: no advantage to it)
    reach: dict[str, set[str]] = defaultdict(set)
    for code in own:
        path = gaz.path(code)
        reach[path[0].code].update(suffix_of(r) for r in path)

    def province_rank(region: Region) -> tuple[float, float, int]:
        best = max((scope[sfx] for sfx in reach[region.code] | {suffix_of(region)}), default=0.0)
        return tree[region.code] + best, own[region.code], -earliest[region.code]

    node = max(provinces, key=province_rank)
    while True:
        children = [c for c in gaz.children(node.code) if tree[c.code] > 0]
        if not children:
            return node, tree, count
        best = max(children, key=rank)
        total = own[node.code] + scope[suffix_of(node)] + sum(score(c) for c in children)
        if score(best) < DESCEND_SHARE * total:
            return node, tree, count
        node = best
