"""Progress rounds (进度填报): write one workbook per lead body with its open
commitments, read the returned workbooks into a plan (the entries they make and the
problems found, each named by file and row), apply the plan in one transaction, undo it.

A row counts when any of 进展情况, 完成情况 or 佐证材料 is filled. It becomes one dated
progress entry: its status the 完成情况 word (blank: the status stays, a progress report),
its date the 填报日期 (blank: the round's date), its note the 进展情况 with the evidence
(a text; a web address becomes a link) and the reporter. Problems (a file that is not
ours, a changed header, a row without or with an unknown key, wording changed, a row of
another body, a status not in the list, a date that is not one, a change that needs a
note, 已完成 without evidence when closing asks for it, a commitment filled twice) keep
their row out; the plan is applied only when there are none, or when the caller chooses
to leave those rows out. Roll-up: a task's parent follows (commitments.roll_up).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from tracker.domain import messages
from tracker.domain.model import Evidence, EvidenceKind, ProgressEntry, Status
from tracker.domain.rules import CLOSED, check_status_change
from tracker.export.errors import LedgerFileError
from tracker.export.progress_round import (
    RoundItem, clean_text, parse_status, read_round_file, write_round,
)
from tracker.services.commitments import StatusChange, roll_up
from tracker.services.context import AppContext
from tracker.storage import repos

_URL = re.compile(r"https?://\S+$", re.IGNORECASE)


@dataclass(frozen=True)
class WrittenFile:
    body: str
    path: Path
    rows: int


@dataclass(frozen=True)
class RoundWritten:
    files: tuple[WrittenFile, ...]
    without_body: int        # open commitments with no responsible body (in no file)


def write(ctx: AppContext, folder: Path, on: date,
          bodies: Sequence[str] | None = None) -> RoundWritten:
    """One workbook per lead body (or only ``bodies``) in ``folder``: the body's open
    commitments (not achieved or superseded; a broken-down commitment's tasks rather
    than the commitment itself), by deadline."""
    folder = Path(folder)
    if not folder.is_dir():
        raise LedgerFileError(f"{folder}: no such folder")
    with ctx.db.session() as session:
        records = repos.open_for_round(session, CLOSED)
    grouped: dict[str, list[RoundItem]] = defaultdict(list)
    orphans = 0
    wanted = set(bodies) if bodies is not None else None
    for r in records:
        if r.body is None:
            orphans += 1
            continue
        if wanted is not None and r.body not in wanted:
            continue
        grouped[r.body].append(RoundItem(r.uuid, r.label, r.deadline, r.deadline_text,
                                         r.status, r.document))
    made = write_round(folder, on, sorted(grouped.items()))
    return RoundWritten(tuple(WrittenFile(b, p, n) for b, p, n in made), orphans)


@dataclass(frozen=True)
class RoundProblem:
    """A problem in a returned file: a template of tracker.domain.messages and its values
    (the file's name and the row among them)."""

    file: Path
    row: int | None
    template: str
    values: dict[str, object] = field(default_factory=dict)

    def text(self, say: Callable[..., str] | None = None) -> str:
        """The message; ``say(template, **values)`` gives it in the interface language."""
        values = {"file": self.file.name, "row": self.row, **self.values}
        return say(self.template, **values) if say else self.template.format(**values)


@dataclass(frozen=True)
class PlannedEntry:
    file: Path
    row: int
    commitment_id: int
    label: str
    body: str
    old: Status
    new: Status
    day: date
    note: str
    evidence: Evidence


@dataclass(frozen=True)
class RoundPlan:
    entries: tuple[PlannedEntry, ...]
    problems: tuple[RoundProblem, ...]
    files: tuple[Path, ...]
    blank_rows: int           # rows left empty (nothing reported)

    @property
    def status_changes(self) -> int:
        return sum(e.old != e.new for e in self.entries)


def _evidence(text: str) -> Evidence:
    if _URL.match(text):
        return Evidence(EvidenceKind.LINK, link=text)
    return Evidence()


def _note(progress: str, evidence: str, reporter: str, body: str) -> str:
    parts = [progress] if progress else []
    if evidence and not _URL.match(evidence):
        parts.append(f"佐证材料：{evidence}")
    who = f"{reporter}（{body}）" if reporter else body
    parts.append(f"填报：{who}")
    return "\n".join(parts)


def read(ctx: AppContext, files: Sequence[Path], require_evidence: bool = False,
         on: date | None = None) -> RoundPlan:
    """Read returned workbooks into a plan; nothing is written."""
    entries: list[PlannedEntry] = []
    problems: list[RoundProblem] = []
    blank = 0
    seen: dict[str, str] = {}          # uuid → "file, row" where first filled
    returned = []
    for path in files:
        path = Path(path)
        try:
            got = read_round_file(path)
        except LedgerFileError as exc:
            problems.append(RoundProblem(path, None, messages.ROUND_UNREADABLE,
                                         {"reason": str(exc).removeprefix(f"{path}: ")}))
            continue
        if got.body is None:
            problems.append(RoundProblem(path, None, messages.ROUND_NOT_OURS))
            continue
        if not got.header_ok:
            problems.append(RoundProblem(path, None, messages.ROUND_HEADER_CHANGED))
            continue
        returned.append(got)
    keys = [r.key for f in returned for r in f.rows if r.key]
    with ctx.db.session() as session:
        known = repos.round_records(session, keys)
    for got in returned:
        body = got.body or ""
        day_default = on or got.round_date or ctx.today()
        for r in got.rows:
            if not r.filled:
                blank += 1
                continue

            def problem(template: str, _at: tuple[Path, int | None] = (got.path, r.row),
                        **values: object) -> None:
                problems.append(RoundProblem(_at[0], _at[1], template, values))

            if r.key is None:
                problem(messages.ROUND_NO_KEY)
                continue
            rec = known.get(r.key)
            if rec is None:
                problem(messages.ROUND_UNKNOWN_KEY)
                continue
            if rec.body != body:
                problem(messages.ROUND_OTHER_BODY, owner=rec.body or "—", body=body)
                continue
            if (r.label or "").split() != clean_text(rec.label).split():
                problem(messages.ROUND_LABEL_CHANGED, label=_short(r.label or ""))
                continue
            new = rec.status
            if r.status_text:
                found = parse_status(r.status_text)
                if found is None:
                    problem(messages.ROUND_BAD_STATUS, value=_short(r.status_text))
                    continue
                new = found
            if r.reported_on_text:
                problem(messages.ROUND_BAD_DATE, value=_short(r.reported_on_text))
                continue
            if new != rec.status:
                try:
                    check_status_change(rec.status, new, r.progress)
                except ValueError:
                    problem(messages.ROUND_NOTE_NEEDED, status=r.status_text)
                    continue
            if require_evidence and new is Status.ACHIEVED and rec.status is not new \
                    and not r.evidence:
                problem(messages.ROUND_EVIDENCE_NEEDED)
                continue
            where = f"{got.path.name} {r.row}"
            if r.key in seen:
                problem(messages.ROUND_TWICE, first=seen[r.key])
                continue
            seen[r.key] = where
            entries.append(PlannedEntry(
                got.path, r.row, rec.id, rec.label, body, rec.status, new,
                r.reported_on or day_default, _note(r.progress, r.evidence, r.reporter, body),
                _evidence(r.evidence)))
    return RoundPlan(tuple(entries), tuple(problems), tuple(Path(p) for p in files), blank)


def _short(text: str, n: int = 30) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n - 1] + "…"


class RoundRefusedError(ValueError):
    """The plan has problems and the caller did not choose to leave their rows out."""


@dataclass(frozen=True)
class RoundApplied:
    changes: tuple[StatusChange, ...]     # one per entry, then the parents' roll-ups

    @property
    def ids(self) -> list[int]:
        return sorted({ch.commitment_id for ch in self.changes})


def apply(ctx: AppContext, plan: RoundPlan, skip_problems: bool = False) -> RoundApplied:
    """Write the plan's entries and status changes: all in one transaction, or none (a
    commitment whose status changed since the plan was read is checked again)."""
    if plan.problems and not skip_problems:
        raise RoundRefusedError(f"{len(plan.problems)} problem(s) in the returned files")
    with ctx.db.session() as session:
        ids = sorted({e.commitment_id for e in plan.entries})
        current = repos.statuses_of(session, ids)
        olds: list[Status] = []
        for e in plan.entries:
            if e.commitment_id not in current:
                raise RoundRefusedError(f"commitment {e.commitment_id} was deleted meanwhile")
            old = current[e.commitment_id]
            if old != e.new:
                check_status_change(old, e.new, e.note)
            olds.append(old)
            current[e.commitment_id] = e.new
        made = repos.add_progress_many(session, [
            ProgressEntry(commitment_id=e.commitment_id, date=e.day, status=e.new,
                          note=e.note, evidence=e.evidence) for e in plan.entries])
        repos.set_statuses(session, [(e.commitment_id, e.new) for e in plan.entries])
        changes = [StatusChange(e.commitment_id, old, entry)
                   for e, old, entry in zip(plan.entries, olds, made)]
        day = max((e.day for e in plan.entries), default=ctx.today())
        changes += roll_up(session, ids, day, ctx.today())
    return RoundApplied(tuple(changes))


def undo(ctx: AppContext, applied: RoundApplied) -> None:
    with ctx.db.session() as session:
        repos.delete_progress_many(session, [repos.stored_id(ch.entry.id)
                                             for ch in applied.changes])
        # backwards: a commitment changed twice ends with its first change's old status
        repos.set_statuses(session, [(ch.commitment_id, ch.old)
                                     for ch in reversed(applied.changes)])


def redo(ctx: AppContext, applied: RoundApplied) -> None:
    with ctx.db.session() as session:
        repos.add_progress_many(session, [ch.entry for ch in applied.changes])
        repos.set_statuses(session, [(ch.commitment_id, ch.entry.status)
                                     for ch in applied.changes])
