"""Helpers the extractor's tests share: what a suggestion read from a text."""

from __future__ import annotations

from datetime import date

from tracker.extract import suggest


def deadline_of(text: str, doc: date | None, words: str, *, candidates: bool = False
                ) -> str | None:
    """The deadline (ISO date, or None) of the first suggestion of *text* whose quote holds
    *words*; it must have one. *candidates*: the units the rules turned down count too (the
    deadline is read for every unit; whether the model takes one up moves with a refit)."""
    found = [s for s in suggest(text, doc, candidates=candidates) if words in s.quote]
    assert found, f"nothing suggested for {words!r}"
    d = found[0].deadline
    return d.date.isoformat() if d is not None and d.date is not None else None
