"""The region tree and name lookup: the public face of tracker.geo."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

from tracker.domain import Region
from tracker.geo import guess
from tracker.geo.loader import shipped_regions
from tracker.geo.matcher import LEVEL_RANK, RegionMatch, find_matches
from tracker.geo.names import NameEntry, NameIndex
from tracker.geo.script import to_simplified


class Gazetteer:
    """Administrative divisions as a tree, with name lookup and place recognition."""

    def __init__(self, regions: Iterable[Region]) -> None:
        self._regions: dict[str, Region] = {}
        for region in regions:
            if region.code in self._regions:
                raise ValueError(f"duplicate region code {region.code}")
            self._regions[region.code] = region
        self._children: dict[str, list[Region]] = {}
        for region in self._regions.values():
            if region.parent_code is not None:
                if region.parent_code not in self._regions:
                    raise ValueError(f"region {region.code} {region.name}: unknown parent "
                                     f"{region.parent_code}")
                self._children.setdefault(region.parent_code, []).append(region)
        self._names = NameIndex(self._regions.values())
        self._lineage: dict[str, tuple[str, ...]] = {}
        for code in self._regions:
            self._lineage[code] = self._walk_up(code)

    def _walk_up(self, code: str) -> tuple[str, ...]:
        chain: list[str] = []
        current: str | None = code
        while current is not None:
            if current in chain:
                raise ValueError(f"region {code}: its parents form a cycle")
            chain.append(current)
            current = self._regions[current].parent_code
        return tuple(reversed(chain))

    def lineage(self, code: str) -> tuple[str, ...]:
        """Codes from the province down to `code` itself; empty for an unknown code."""
        return self._lineage.get(code, ())

    @classmethod
    def default(cls) -> Gazetteer:
        """The shipped divisions, built once per process (a Gazetteer never changes)."""
        return _shipped_gazetteer()

    @classmethod
    def from_regions(cls, regions: Iterable[Region]) -> Gazetteer:
        return cls(regions)

    def __iter__(self) -> Iterator[Region]:
        return iter(self._regions.values())

    def __len__(self) -> int:
        return len(self._regions)

    # --- tree -------------------------------------------------------------------------
    def get(self, code: str) -> Region | None:
        return self._regions.get(code)

    def parent(self, code: str) -> Region | None:
        region = self._regions.get(code)
        return None if region is None or region.parent_code is None \
            else self._regions[region.parent_code]

    def path(self, code: str) -> list[Region]:
        """Province first, ending with the region itself."""
        return [self._regions[c] for c in self.lineage(code)]

    def children(self, code: str) -> list[Region]:
        return sorted(self._children.get(code, []), key=lambda r: r.code)

    def descendants(self, code: str) -> list[Region]:
        """Everything below `code`, depth first in code order."""
        out: list[Region] = []
        for child in self.children(code):
            out.append(child)
            out.extend(self.descendants(child.code))
        return out

    def is_within(self, code: str, ancestor_code: str) -> bool:
        """True when `code` is `ancestor_code` or lies below it."""
        return ancestor_code in self.lineage(code)

    def display_name(self, code: str) -> str:
        """Full names from the province down: 山西省大同市, 重庆市, 江西省南昌市东湖区."""
        return "".join(r.name for r in self.path(code))

    # --- names ------------------------------------------------------------------------
    def names(self) -> frozenset[str]:
        """Every full, short and everyday name of the divisions (Simplified, two
        characters or more), as by_name() and find() know them."""
        return self._names.surfaces()

    def by_name(self, name: str) -> list[Region]:
        """Regions with this full or short name (Simplified or Traditional)."""
        entries = self._names.lookup(to_simplified(name.strip()))
        return sorted({e.region for e in entries},
                      key=lambda r: (LEVEL_RANK[r.level], r.code))

    def find(self, text: str, scoped: frozenset[str] = frozenset()) -> list[RegionMatch]:
        """All place mentions in `text`, non-overlapping, offsets into `text` itself;
        *scoped*: division suffixes (市, 县 …) whose bare short names count as they stand."""
        return find_matches(text, self._names, self.lineage, scoped)

    def may_name_within(self, text: str, last: int) -> bool:
        """False when no place mention found in `text` can begin at an offset up to `last`
        (no name opens there): a caller that wants only such a mention can skip find()."""
        simple = to_simplified(text)
        heads = self._names.heads
        return any(simple[i:i + 2] in heads for i in range(min(last + 1, len(simple))))

    def resolve(self, name: str, context_code: str | None = None) -> Region | None:
        """One name → the best region.

        Among several regions of that name, prefer one inside `context_code`, then the one
        sharing the deepest ancestor with it, then full-name over short-name, then the
        higher level. A compound name (江西省南昌市东湖区) resolves to its last part, read
        inside the parts before it.
        """
        simple = to_simplified(name.strip())
        entries = self._names.lookup(simple)
        if not entries:
            matches = self.find(simple)
            if not matches:
                return None
            return matches[-1].region
        context = self.path(context_code) if context_code else []

        def key(entry: NameEntry) -> tuple[int, bool, int, str]:
            shared = sum(1 for r in context if self.is_within(entry.region.code, r.code))
            return (-shared, not entry.full, LEVEL_RANK[entry.region.level],
                    entry.region.code)
        return min(entries, key=key).region

    def guess_document_region(self, text: str, title: str | None = None,
                              issuer: str | None = None) -> Region | None:
        """The jurisdiction a document speaks for (see tracker.geo.guess).

        Documents name it in their title, byline and first lines, so only the first
        GUESS_CHARS characters are read: a long plan gets the same answer in a fraction
        of the time."""
        return guess.guess_region(self, text[:GUESS_CHARS], title, issuer)


GUESS_CHARS = 20_000


@functools.cache
def _shipped_gazetteer() -> Gazetteer:
    return Gazetteer(shipped_regions())
