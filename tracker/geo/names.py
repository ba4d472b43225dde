"""The name index: every full and short name of every region, for lookup and scanning."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from tracker.domain import Region, RegionLevel


@dataclass(frozen=True)
class NameEntry:
    region: Region
    full: bool  # the surface carries a division suffix: the full name, or 延边州 for 延边…自治州


# An autonomous county, district or banner (管城回族区, 青龙满族自治县): everyday text names
# it by its stem and its suffix (管城区, 青龙县), the peoples left out.
_AUTONOMOUS = re.compile(r"(?:族|自治)(?P<suffix>[县区旗])$")
_PEOPLE = (
    "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家",
    "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "拉祜", "水", "东乡", "纳西", "景颇",
    "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌",
    "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔",
    "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺", "各")
_PEOPLES = re.compile("(?:(?:" + "|".join(sorted(_PEOPLE, key=len, reverse=True)) + ")族?)+$")


def _everyday_names(region: Region) -> set[str]:
    """The stem-and-suffix names of an autonomous county (管城回族区 → 管城区)."""
    m = _AUTONOMOUS.search(region.name)
    if m is None or region.level is not RegionLevel.COUNTY:
        return set()
    out = set()
    for short in region.short_names:
        stem = _PEOPLES.sub("", short)
        if len(stem) >= 2 and region.name.startswith(stem):
            out.add(stem + m.group("suffix"))
    return out


def _suffixed_short(region: Region, short: str) -> bool:
    """延边州, 恩施州: the everyday short form of an autonomous prefecture keeps its 州."""
    return region.name.endswith("自治州") and short.endswith("州")


class NameIndex:
    """Maps a Simplified surface form to the regions it may name."""

    def __init__(self, regions: Iterable[Region]) -> None:
        regions = tuple(regions)
        table: dict[str, list[NameEntry]] = {}
        for region in regions:
            table.setdefault(region.name, []).append(NameEntry(region, True))
            for short in region.short_names:
                if len(short) >= 2 and short != region.name:
                    entry = NameEntry(region, _suffixed_short(region, short))
                    table.setdefault(short, []).append(entry)
        for region in regions:
            for everyday in _everyday_names(region):
                # not when the stem names another division too (河南县 is no county of
                # 河南 the province): 河南县城 stays the province's county towns
                if all(e.region == region for e in table.get(everyday[:-1], ())) \
                        and everyday not in table:
                    table[everyday] = [NameEntry(region, True)]
        self._table = {k: tuple(v) for k, v in table.items()}
        self.heads = frozenset(k[:2] for k in self._table)
        lengths: dict[str, set[int]] = {}
        for k in self._table:
            lengths.setdefault(k[:2], set()).add(len(k))
        # the lengths of the names beginning with a head, longest first
        self.lengths = {h: tuple(sorted(v, reverse=True)) for h, v in lengths.items()}

    def lookup(self, surface: str) -> tuple[NameEntry, ...]:
        return self._table.get(surface, ())

    def surfaces(self) -> frozenset[str]:
        """Every surface form the index knows."""
        return frozenset(self._table)

    def _head_classes(self, template: str) -> str:
        firsts = "".join(sorted({h[0] for h in self.heads}))
        seconds = "".join(sorted({h[1] for h in self.heads if len(h) > 1}))
        if not firsts or not seconds:
            return "(?!)"
        return template.format(re.escape(firsts), re.escape(seconds))

    @cached_property
    def _pair_pattern(self) -> re.Pattern[str]:
        """A character that starts some name followed by one that is second in some name
        (a superset of ``heads``), captured in a lookahead so that findall gives every
        such pair, overlapping ones too, as one string each."""
        return re.compile(self._head_classes("(?=([{}][{}]))"))

    def head_positions(self, text: str) -> list[int]:
        """Every offset where a name may begin (text[i:i + 2] in ``heads``), ascending.

        The distinct candidate pairs come from one findall in C; each pair that is a head
        is then located with str.find, so Python steps only where a name may begin."""
        present = self.heads.intersection(self._pair_pattern.findall(text))
        positions: list[int] = []
        find = text.find
        for head in present:
            i = find(head)
            while i >= 0:
                positions.append(i)
                i = find(head, i + 1)
        positions.sort()
        return positions
