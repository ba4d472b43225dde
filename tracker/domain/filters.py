"""The filter over the commitment register, shared by the table, the overview and the CLI."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, datetime
from typing import Any

from tracker.domain.lights import Light
from tracker.domain.model import Kind, Status


@dataclass(frozen=True)
class CommitmentFilter:
    """All set fields must hold (AND). Empty sets / None mean "any"."""

    region_code: str | None = None          # this region and everything beneath it
    statuses: frozenset[Status] = field(default_factory=frozenset)
    kinds: frozenset[Kind] = field(default_factory=frozenset)
    body: str | None = None                 # a responsible body (lead or support), exact name
    theme: str | None = None                # a tag/theme, exact name
    deadline_from: date | None = None       # inclusive
    deadline_to: date | None = None         # inclusive
    overdue_only: bool = False              # deadline passed and not achieved/superseded
    due_within_days: int | None = None      # deadline from today to today + N days
    text: str | None = None                 # substring of quote, title or notes
    document_id: int | None = None
    # Follow-up (督办): the lights kept (with the warning window they are computed with;
    # None: the default), open commitments without a progress report for N days, and
    # those marked achieved (a progress entry recorded) at or after a moment (UTC).
    lights: frozenset[Light] = field(default_factory=frozenset)
    light_window: int | None = None
    stale_days: int | None = None
    achieved_since: datetime | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-friendly form (for settings, events and drill-down)."""
        out = {}
        for f in fields(self):
            v = getattr(self, f.name)
            if isinstance(v, frozenset):
                v = sorted(x.value for x in v)
            elif isinstance(v, date):
                v = v.isoformat()
            out[f.name] = v
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CommitmentFilter:
        known = {f.name for f in fields(cls)}
        kw = {k: v for k, v in data.items() if k in known and v not in (None, "", [])}
        if "statuses" in kw:
            kw["statuses"] = frozenset(Status(s) for s in kw["statuses"])
        if "kinds" in kw:
            kw["kinds"] = frozenset(Kind(s) for s in kw["kinds"])
        if "lights" in kw:
            kw["lights"] = frozenset(Light(s) for s in kw["lights"])
        if "achieved_since" in kw and isinstance(kw["achieved_since"], str):
            kw["achieved_since"] = datetime.fromisoformat(kw["achieved_since"])
        for key in ("deadline_from", "deadline_to"):
            if key in kw and isinstance(kw[key], str):
                kw[key] = date.fromisoformat(kw[key])
        return cls(**kw)


def subtree_prefix(region_code: str) -> str:
    """Code prefix shared by a division and all divisions beneath it (GB/T 2260 codes):
    province 140000 → "14", prefecture 140200 → "1402", county 140212 → "140212"."""
    code = region_code.strip()
    if len(code) != 6 or not code.isdigit():
        return code
    if code.endswith("0000"):
        return code[:2]
    if code.endswith("00"):
        return code[:4]
    return code


__all__ = ["CommitmentFilter", "subtree_prefix"]
