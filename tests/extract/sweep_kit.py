"""What the sweeps of wordings share: the Traditional and full-width forms of a wording, the
deadlines they want, and the tally a sweep prints when run as a script.

A sweep (``*_sweep*.py``) composes many wordings of one grammar, each also written in
Traditional script and with full-width digits, since real input comes in both; its test
file runs them through the public path and its ``__main__`` prints how many pass.
"""

from __future__ import annotations

import functools
import tempfile
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import opencc

Want = tuple[str, str] | None  # (ISO last day, precision) or no date

FULL_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


@functools.cache
def s2t() -> opencc.OpenCC:
    """The Simplified → Traditional converter (built once: it reads its dictionaries)."""
    return opencc.OpenCC("s2t")


def text_and_key_forms(text: str, key: str) -> Iterator[tuple[str, str, str]]:
    """A wording and the words its quote must hold, as written ("s"), in Traditional script
    ("t") and with full-width digits ("full")."""
    yield "s", text, key
    t = s2t().convert
    yield "t", t(text), t(key)
    yield "full", text.translate(FULL_DIGITS), key.translate(FULL_DIGITS)


def text_and_items_forms(text: str, items: tuple[tuple[str, Want], ...]
                         ) -> Iterator[tuple[str, str, tuple[tuple[str, Want], ...]]]:
    """A document and the words each item's quote holds (with the date it wants): as
    written, in Traditional script, with full-width digits, and without the final 。 of its
    lines (the key words as written)."""
    yield "s", text, items
    t = s2t().convert
    yield "t", t(text), tuple((t(k), w) for k, w in items)
    yield "full", text.translate(FULL_DIGITS), tuple((k.translate(FULL_DIGITS), w) for k, w in items)
    bare = "\n".join(line.rstrip("。") for line in text.split("\n"))
    yield "no-stop", bare, items


def cell_forms(text: str) -> Iterator[tuple[str, str]]:
    """A clause as a cell holds it: as written ("s"), in Traditional script ("t") and with
    full-width digits ("full"), each also with a final 。 (the form's name then ends in 。)."""
    for form, t in (("s", text), ("t", s2t().convert(text)), ("full", text.translate(FULL_DIGITS))):
        yield form, t
        yield form + "。", t + "。"


COMMITMENT_KINDS = frozenset({"target", "deliverable", "deadline", "duty"})


def keyed_commitment(text: str, key: str, commitment: bool, when: date | None = None) -> bool:
    """Whether a commitment is suggested on the words *key* of *text* (dated *when*) exactly
    when *commitment* says one should be."""
    from tracker.extract.pipeline import suggest

    found = any(s.kind in COMMITMENT_KINDS for s in suggest(text, when) if key in s.quote)
    return found == commitment


def print_keyed_tally(cases: list[tuple[str, str, str, str, bool]],
                      passes: Callable[[str, str, bool], bool]) -> None:
    """The tally of a sweep of (name, form, text, key, commitment) cases: each failure, then
    how many pass."""
    failed = [(c, f) for c, f, t, k, w in cases if not passes(t, k, w)]
    for c, f in failed:
        print("FAIL", f, c)
    print(f"{len(cases) - len(failed)}/{len(cases)} pass")


def day(y: int, m: int, d: int) -> Want:
    return (f"{y}-{m:02d}-{d:02d}", "day")


def year_end(y: int) -> Want:
    return (f"{y}-12-31", "year")


def report_file_sweep(cases: Iterable[Any], outcome: Callable[[Any, list[dict]], tuple[bool, object]],
                      *, date_of: Callable[[Any], date | None], commitments_only: bool,
                      shown: int = 60) -> None:
    """Print the tally of a sweep whose cases are whole documents, each read as
    ``tracker suggest --format jsonl`` reads a file (suggest_file), repeats left out and,
    with *commitments_only*, past results too; *outcome* judges a case by its records."""
    from tests.extract.scorer_match import report
    from tracker.extract import to_json
    from tracker.services.suggesting import suggest_file

    def rows() -> Iterator[tuple[str, bool, str, object]]:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "doc.txt"
            for case in cases:
                path.write_text(case.text, encoding="utf-8")
                recs = [to_json(s) for s in suggest_file(path, date_of(case))
                        if s.duplicate_of is None
                        and not (commitments_only and s.kind.value == "indicator")]
                ok, got = outcome(case, recs)
                yield case.group, ok, case.name + " " + case.text[:shown].replace("\n", "/"), got

    report(rows())
