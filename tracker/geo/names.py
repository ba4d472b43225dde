"""The name index: every full and short name of every region, for lookup and scanning."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from tracker.domain import Region


@dataclass(frozen=True)
class NameEntry:
    region: Region
    full: bool  # the surface carries a division suffix: the full name, or 延边州 for 延边…自治州


def _suffixed_short(region: Region, short: str) -> bool:
    """延边州, 恩施州: the everyday short form of an autonomous prefecture keeps its 州."""
    return region.name.endswith("自治州") and short.endswith("州")


class NameIndex:
    """Maps a Simplified surface form to the regions it may name."""

    def __init__(self, regions: Iterable[Region]) -> None:
        table: dict[str, list[NameEntry]] = {}
        for region in regions:
            table.setdefault(region.name, []).append(NameEntry(region, True))
            for short in region.short_names:
                if len(short) >= 2 and short != region.name:
                    entry = NameEntry(region, _suffixed_short(region, short))
                    table.setdefault(short, []).append(entry)
        self._table = {k: tuple(v) for k, v in table.items()}
        self.heads = frozenset(k[:2] for k in self._table)
        lengths: dict[str, set[int]] = {}
        for k in self._table:
            lengths.setdefault(k[:2], set()).add(len(k))
        # the lengths of the names beginning with a head, longest first
        self.lengths = {h: tuple(sorted(v, reverse=True)) for h, v in lengths.items()}

    def lookup(self, surface: str) -> tuple[NameEntry, ...]:
        return self._table.get(surface, ())

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
