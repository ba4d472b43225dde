"""Read the shipped division table (data/divisions.tsv) into domain Regions."""

from __future__ import annotations

import csv
import functools
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from tracker.domain import Region, RegionLevel

HEADER = ("code", "name", "level", "parent", "short_names")


class DivisionDataError(ValueError):
    """The division table is malformed; the message names the file and the row."""


def parse_rows(rows: Iterable[list[str]], source: str) -> list[Region]:
    """Turn TSV rows (header first) into Regions, checking each one."""
    it = iter(rows)
    header = tuple(next(it, ()))
    if header != HEADER:
        raise DivisionDataError(f"{source}: header {header!r}, expected {HEADER!r}")
    regions: list[Region] = []
    for line_no, row in enumerate(it, start=2):
        if len(row) != len(HEADER):
            raise DivisionDataError(f"{source}:{line_no}: {len(row)} columns, expected 5")
        code, name, level, parent, shorts = row
        if len(code) != 6 or not code.isdigit():
            raise DivisionDataError(f"{source}:{line_no}: bad code {code!r}")
        try:
            region_level = RegionLevel(level)
        except ValueError:
            raise DivisionDataError(f"{source}:{line_no}: bad level {level!r}") from None
        regions.append(Region(code=code, name=name, level=region_level,
                              parent_code=parent or None,
                              short_names=tuple(s for s in shorts.split(",") if s)))
    return regions


def read_tsv(path: Path) -> list[Region]:
    with path.open(encoding="utf-8", newline="") as fh:
        return parse_rows(csv.reader(fh, delimiter="\t"), str(path))


@functools.cache
def shipped_regions() -> tuple[Region, ...]:
    """The divisions shipped with the package, read once per process."""
    ref = resources.files("tracker.geo.data") / "divisions.tsv"
    with resources.as_file(ref) as path:
        return tuple(read_tsv(Path(path)))
