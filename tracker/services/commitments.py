"""Use cases on commitments: tag, edit, delete/restore, change status with progress.

Each function is one transaction and returns what changed, so views refresh only that and
undo commands can call the inverse.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from sqlmodel import Session

from tracker.domain.model import (
    BodyRef, Commitment, Deadline, Evidence, EvidenceKind, Kind, Origin, ProgressEntry, Status,
    Target,
)
from tracker.domain.rules import (
    check_closing, check_status_change, rollup_progress, rollup_status, strongest_kind,
)
from tracker.domain.spans import Span
from tracker.extract.bodies import find_bodies
from tracker.extract.deadlines import parse_deadline
from tracker.extract.targets import parse_target
from tracker.services.context import AppContext
from tracker.services.links import quote_key
from tracker.storage import repos
from tracker.storage.errors import ConflictError as ConflictError  # raised to the window


def draft_from_selection(ctx: AppContext, doc_id: int, start: int, end: int) -> Commitment:
    """A new commitment for text[start:end], with the fields the words state pre-filled."""
    with ctx.db.session() as session:
        doc = repos.get_document(session, doc_id)
    span = Span.of(doc.text, start, end)
    deadline: Deadline | None = parse_deadline(span.quote, doc.doc_date)
    target: Target | None = parse_target(span.quote)
    bodies: list[BodyRef] = find_bodies(span.quote)
    if not bodies and doc.issuer:
        bodies = [BodyRef(doc.issuer)]
    anchors = []
    if target is not None:
        anchors.append(Kind.TARGET)
    if deadline is not None:
        anchors.append(Kind.DEADLINE)
    return Commitment(document_id=doc_id, span=span, kind=strongest_kind(anchors),
                      deadline=deadline, target=target, responsible=bodies,
                      region_code=doc.region_code, origin=Origin.MANUAL)


def create(ctx: AppContext, c: Commitment) -> Commitment:
    with ctx.db.session() as session:
        if c.region_code:
            repos.ensure_regions(session, ctx.gazetteer.path(c.region_code))
        return repos.add_commitment(session, c, quote_key(c.span.quote))


def update(ctx: AppContext, c: Commitment) -> Commitment:
    """Store an edited commitment. When `c.version` is set and the stored row has moved on
    since (someone else saved in between), nothing is written and ConflictError says so,
    with the stored version as `theirs` (None: deleted) and `c` as `mine`."""
    try:
        with ctx.db.session() as session:
            if c.region_code:
                repos.ensure_regions(session, ctx.gazetteer.path(c.region_code))
            return repos.update_commitment(session, c, quote_key(c.span.quote))
    except ConflictError as exc:
        if exc.theirs is not None:
            raise
        theirs = None
        try:
            theirs = get(ctx, c.id)  # type: ignore[arg-type]
        except repos.NotFoundError:
            pass
        raise ConflictError("commitment", c.id, mine=c, theirs=theirs,
                            who=theirs.updated_by if theirs else "",
                            what=(theirs.title or theirs.quote[:30]) if theirs else "") from exc


def versions(ctx: AppContext, ids: Sequence[int]) -> dict[int, int]:
    """The stored version of each of these commitments (those that exist)."""
    with ctx.db.session() as session:
        return repos.versions_of(session, list(ids))


def keep_mine(ctx: AppContext, mine: Commitment, theirs: Commitment) -> Commitment:
    """Resolve a conflict by saving my version over theirs (knowingly: theirs is in the
    change log). A third save in between is a new conflict."""
    return update(ctx, replace(mine, version=theirs.version))


def get(ctx: AppContext, commitment_id: int) -> Commitment:
    with ctx.db.session() as session:
        return repos.get_commitment(session, commitment_id)


def for_document(ctx: AppContext, doc_id: int) -> list[Commitment]:
    with ctx.db.session() as session:
        return repos.commitments_for_document(session, doc_id)


@dataclass(frozen=True)
class Removed:
    """What a delete took away, so that undo can put all of it back."""

    commitment: Commitment
    progress: tuple[ProgressEntry, ...]
    # a broken-down commitment's tasks (deleted with it), each with its progress
    tasks: tuple[Removed, ...] = ()
    # a task deleted: its parent's status rolled up again from the tasks left
    rollup: tuple[StatusChange, ...] = ()


def _take(session: Session, commitment_id: int) -> Removed:
    c = repos.get_commitment(session, commitment_id)
    entries = tuple(repos.progress_for(session, commitment_id))
    tasks = tuple(_take(session, repos.stored_id(t.id))
                  for t in repos.tasks_of(session, commitment_id))
    return Removed(c, entries, tasks)


def delete(ctx: AppContext, commitment_id: int) -> Removed:
    """Delete a commitment with its progress history (and its tasks, when broken down);
    a task's parent takes the status its remaining tasks give."""
    with ctx.db.session() as session:
        removed = _take(session, commitment_id)
        repos.delete_commitment(session, commitment_id)
        parent = removed.commitment.parent_id
        rest = repos.tasks_of(session, parent) if parent is not None else []
        if rest:
            rollup = roll_up(session, [repos.stored_id(rest[0].id)], ctx.today(), ctx.today())
            removed = replace(removed, rollup=tuple(rollup))
    return removed


def _put_back(session: Session, removed: Removed) -> Commitment:
    c = repos.add_commitment(session, removed.commitment,
                             quote_key(removed.commitment.span.quote))
    for e in removed.progress:
        repos.add_progress(session, e)
    for task in removed.tasks:
        _put_back(session, task)
    return c


def restore(ctx: AppContext, removed: Removed) -> Commitment:
    """Put a deleted commitment back with its id, UUID, progress history and tasks."""
    if removed.rollup:
        undo_status(ctx, removed.rollup)
    with ctx.db.session() as session:
        return _put_back(session, removed)


@dataclass(frozen=True)
class StatusChange:
    """One commitment's status change: enough to undo it."""

    commitment_id: int
    old: Status
    entry: ProgressEntry


def change_status(ctx: AppContext, ids: Sequence[int], status: Status, note: str = "",
                  evidence: Evidence | None = None, on: date | None = None,
                  require_evidence: bool = False,
                  expected: Mapping[int, int] | None = None) -> list[StatusChange]:
    """Set the status of one or more commitments, each with a dated progress entry: the one
    status-change service (the reader, the table and the demo all call it).

    All or nothing: one refused change (see domain.rules.check_status_change) leaves every
    commitment as it was. A commitment that already has `status` is left alone, unless there
    is a note or evidence: then it gets the entry anyway (a progress report without a change
    of status). The returned StatusChanges undo with `undo_status`, redo with `redo_status`.
    `require_evidence`: closing one (销号, → achieved) without evidence raises
    domain.rules.EvidenceNeededError.
    `expected`: the version of each commitment as the user saw it (id → version), as an
    edit expects its own: one that someone else changed since writes nothing and raises
    ConflictError (theirs: the commitment as stored; mine: theirs with my status).
    """
    evidence = evidence or Evidence()
    report = bool(note.strip()) or evidence.kind is not EvidenceKind.NONE
    day = on or ctx.today()
    changes: list[StatusChange] = []
    with ctx.db.session() as session:
        for cid in ids:
            c = repos.get_commitment(session, cid)
            _check_version(c, expected, status)
            if c.status == status and not report:
                continue
            if c.status != status:
                check_status_change(c.status, status, note)
                check_closing(c.status, status, evidence.kind is not EvidenceKind.NONE,
                              require_evidence)
            entry = repos.add_progress(session, ProgressEntry(
                commitment_id=cid, date=day, status=status, note=note, evidence=evidence))
            repos.set_status(session, cid, status)
            changes.append(StatusChange(cid, c.status, entry))
        changes += roll_up(session, [ch.commitment_id for ch in changes], day, ctx.today())
    return changes


def _moved_on(c: Commitment, seen: int, status: Status | None = None) -> ConflictError:
    """The conflict of a status change of `c` (as stored now) made on version `seen`: mine
    is theirs with my status (None: no "mine" to keep)."""
    return ConflictError("commitment", c.id,
                         mine=replace(c, status=status, version=seen) if status is not None else None,
                         theirs=c, who=c.updated_by, what=c.title or c.quote[:30])


def _check_version(c: Commitment, expected: Mapping[int, int] | None,
                   status: Status | None = None) -> None:
    """Raise the conflict when `c` (as stored) is not at the version expected of it."""
    seen = expected.get(c.id) if expected is not None and c.id is not None else None
    if seen is not None and c.version != seen:
        raise _moved_on(c, seen, status)


def _check_versions(session: Session, changes: Sequence[StatusChange],
                    expected: Mapping[int, int] | None, undoing: bool) -> None:
    """Raise the conflict of an undo (`undoing`) or a redo of `changes` when one of the
    commitments is not at the version expected: mine is theirs with the status the step
    would set (the old one, or the changed one again)."""
    for ch in changes:
        if expected is not None and ch.commitment_id in expected:
            _check_version(repos.get_commitment(session, ch.commitment_id), expected,
                           ch.old if undoing else ch.entry.status)


ROLLUP_NOTE = "按分解任务汇总：已完成 {done}/{total} 项"


def roll_up(session: Session, changed: Sequence[int], day: date, today: date) -> list[StatusChange]:
    """After tasks changed: each of their parents (not itself among ``changed``: a status
    set by hand stands) takes the status its tasks give (domain.rules.rollup_status),
    with a dated progress entry saying so. Returns those changes (undone like the
    others, after them: undo_status goes backwards)."""
    direct = set(changed)
    parents = sorted(set(repos.parents_of(session, changed).values()) - direct)
    out: list[StatusChange] = []
    for pid in parents:
        tasks = repos.tasks_of(session, pid)
        new = rollup_status([(t.status, t.deadline.date if t.deadline else None)
                             for t in tasks], today)
        parent = repos.get_commitment(session, pid)
        if new is None or new == parent.status:
            continue
        done, total = rollup_progress(t.status for t in tasks)
        entry = repos.add_progress(session, ProgressEntry(
            commitment_id=pid, date=day, status=new,
            note=ROLLUP_NOTE.format(done=done, total=total)))
        repos.set_status(session, pid, new)
        out.append(StatusChange(pid, parent.status, entry))
    return out


def undo_status(ctx: AppContext, changes: Sequence[StatusChange],
                expected: Mapping[int, int] | None = None) -> None:
    """Take status changes back; `expected` as for change_status (the versions this
    client's change left: a change by someone else since is a ConflictError)."""
    with ctx.db.session() as session:
        _check_versions(session, changes, expected, undoing=True)
        for ch in reversed(changes):   # a parent's roll-up after its tasks' changes
            # the entry by its UUID: a redo may have stored it under another id
            entry_id = repos.progress_id_of(session, ch.entry.uuid)
            repos.delete_progress(session, entry_id or repos.stored_id(ch.entry.id))
            repos.set_status(session, ch.commitment_id, ch.old)


def redo_status(ctx: AppContext, changes: Sequence[StatusChange],
                expected: Mapping[int, int] | None = None) -> None:
    with ctx.db.session() as session:
        _check_versions(session, changes, expected, undoing=False)
        for ch in changes:
            entry = ch.entry
            if entry.id is not None and repos.progress_id_taken(session, entry.id):
                # someone else's entry took its id meanwhile (SQLite gives a new row the
                # highest id + 1, the one the undo freed): the same entry under a new id
                entry = replace(entry, id=None)
            repos.add_progress(session, entry)
            repos.set_status(session, ch.commitment_id, ch.entry.status)


def progress(ctx: AppContext, commitment_id: int) -> list[ProgressEntry]:
    with ctx.db.session() as session:
        return repos.progress_for(session, commitment_id)


def known_bodies(ctx: AppContext) -> list[str]:
    with ctx.db.session() as session:
        return repos.body_names(session)


def known_tags(ctx: AppContext) -> list[str]:
    with ctx.db.session() as session:
        return repos.theme_names(session)


def with_span(c: Commitment, text: str, start: int, end: int) -> Commitment:
    """The same commitment over another span of the same text (span adjustment)."""
    return replace(c, span=Span.of(text, start, end))


def deadline_from_words(ctx: AppContext, doc_id: int | None, words: str) -> Deadline | None:
    """The deadline that time words (typed in the editor) state, read against the date of
    the commitment's document; None when they state none."""
    doc_date = None
    if doc_id is not None:
        with ctx.db.session() as session:
            doc_date = repos.get_document(session, doc_id).doc_date
    found = parse_deadline(words, doc_date)
    return None if found is None else Deadline(words, found.date, found.precision)


def get_many(ctx: AppContext, ids: Sequence[int]) -> list[Commitment]:
    """The commitments with these ids that still exist (a view refreshing what changed)."""
    with ctx.db.session() as session:
        return repos.commitments_by_ids(session, ids)
