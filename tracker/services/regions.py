"""Region choices of the filter bars (the commitments table and search): the regions in
use, with their parents, as an indented tree."""

from __future__ import annotations

from collections.abc import Iterable

RegionRow = tuple[str, str, str | None]   # (code, name, parent code)


def region_tree(rows: Iterable[RegionRow]) -> list[tuple[str, str, int]]:
    """(code, name, depth) in tree order: children after their parent, siblings by code.
    A region whose parent is not among the rows is a root."""
    rows = list(rows)
    codes = {code for code, _n, _p in rows}
    children: dict[str | None, list[tuple[str, str]]] = {}
    for code, name, parent in rows:
        children.setdefault(parent if parent in codes else None, []).append((code, name))
    out: list[tuple[str, str, int]] = []

    def walk(parent: str | None, depth: int) -> None:
        for code, name in sorted(children.get(parent, [])):
            out.append((code, name, depth))
            walk(code, depth + 1)

    walk(None, 0)
    return out
