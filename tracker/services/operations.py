"""Every change the window makes, as a reversible operation: a pair of service calls.

An `Operation` is made with its arguments, then `do(ctx)` makes the change (the first
time, and again on redo: the same rows, ids and UUIDs come back) and `undo(ctx)` takes it
back. Each call is one transaction and returns a `Changes` naming what it touched; the
undo returns the inverse. The window runs them through one helper (tracker.ui.operations);
nothing here knows about Qt, so the same operations can be run, logged or tested headless.

    op = DeleteCommitment(42)
    changes = op.do(ctx)      # Changes(kind=DELETE, commitments=Delta(deleted={42}))
    op.undo(ctx)              # the commitment and its progress history are back

`do` raising leaves the library as it was (each service call is all or nothing).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from tracker.domain.model import Commitment, Evidence, Status
from tracker.export import ColumnMapping, LedgerTable
from tracker.extract import Suggestion
from tracker.services import breakdown, commitments, ledger, library, rounds, suggesting, themes
from tracker.services.changes import ChangeKind, Changes, Delta
from tracker.services.context import AppContext


def _stored(c: Commitment) -> int:
    assert c.id is not None, "an edit of a stored commitment"
    return c.id


class Operation:
    """A reversible change. Subclasses set `kind` and define `_do`; `undo` by default
    calls `_undo` and returns the inverse of what `do` returned."""

    kind: ChangeKind
    # True: the window runs `do` off the GUI thread the first time (it may take seconds)
    slow: bool = False

    def __init__(self) -> None:
        self.changes: Changes | None = None   # what the last `do` changed

    def do(self, ctx: AppContext) -> Changes:
        before = _own_versions(ctx)
        self.changes = self._do(ctx)
        _follow_own_versions(ctx, before, self.changes)
        return self.changes

    def undo(self, ctx: AppContext) -> Changes:
        before = _own_versions(ctx)
        self._undo(ctx)
        assert self.changes is not None, "undo before do"
        undone = self.changes.inverse()
        _follow_own_versions(ctx, before, undone)
        return undone

    def _do(self, ctx: AppContext) -> Changes:
        raise NotImplementedError

    def _undo(self, ctx: AppContext) -> None:
        raise NotImplementedError

    def _changes(self, **parts: object) -> Changes:
        return Changes(self.kind, **parts)  # type: ignore[arg-type]


def _own_versions(ctx: AppContext) -> dict[int, int]:
    """The stored versions, now, of the commitments this client has saved (a small set)."""
    return commitments.versions(ctx, list(ctx.saved_versions)) if ctx.saved_versions else {}


def _follow_own_versions(ctx: AppContext, before: dict[int, int], changes: Changes) -> None:
    """A change of ours moved the version of commitments we had saved (a status change, a
    theme, the undo of one): where nobody else had saved since our last save, the new
    version is ours too, so a later undo of an edit is no conflict with ourselves; where
    somebody else had, it stays a conflict."""
    mine = [cid for cid in changes.commitments.ids if cid in ctx.saved_versions
            and (cid not in before   # put back by this change (the undo of a delete)
                 or before[cid] == ctx.saved_versions[cid])]
    if mine:
        ctx.saved_versions.update(commitments.versions(ctx, mine))


# ------------------------------------------------------------------ commitments

class TagCommitment(Operation):
    """Tag a span: the first `do` creates the commitment; after an undo, `do` puts back
    the same row (same id, UUID)."""

    kind = ChangeKind.TAG

    def __init__(self, draft: Commitment) -> None:
        super().__init__()
        self.draft = draft
        self.stored: Commitment | None = None
        self._removed: commitments.Removed | None = None

    def _do(self, ctx: AppContext) -> Changes:
        if self._removed is None:
            self.stored = commitments.create(ctx, self.draft)
        else:
            self.stored = commitments.restore(ctx, self._removed)
        return self._changes(commitments=Delta.of(created=[self.stored.id]))

    def _undo(self, ctx: AppContext) -> None:
        assert self.stored is not None and self.stored.id is not None
        self._removed = commitments.delete(ctx, self.stored.id)


class EditCommitment(Operation):
    """An edit of one commitment's fields or span: the values before and after."""

    kind = ChangeKind.EDIT

    def __init__(self, old: Commitment, new: Commitment) -> None:
        super().__init__()
        self.old, self.new = old, new
        self.saved = False

    def _save(self, ctx: AppContext, c: Commitment) -> None:
        """Store `c` expecting the stored version the edit was made on (the first save) or
        the one this client's last save of it left (undo, redo): a save by someone else
        in between raises ConflictError and nothing is written."""
        cid = _stored(c)
        expected = ctx.saved_versions.get(cid, self.new.version) if self.saved \
            else self.new.version
        stored = commitments.update(ctx, replace(c, version=expected))
        if stored.version is not None:
            ctx.saved_versions[cid] = stored.version
        self.saved = True

    def _do(self, ctx: AppContext) -> Changes:
        self._save(ctx, self.new)
        return self._changes(commitments=Delta.of(updated=[self.new.id]))

    def _undo(self, ctx: AppContext) -> None:
        self._save(ctx, self.old)


class DeleteCommitment(Operation):
    """Delete a commitment; undo puts it back with its progress history."""

    kind = ChangeKind.DELETE

    def __init__(self, commitment_id: int) -> None:
        super().__init__()
        self.commitment_id = commitment_id
        self._removed: commitments.Removed | None = None

    def _do(self, ctx: AppContext) -> Changes:
        self._removed = commitments.delete(ctx, self.commitment_id)
        return self._changes(commitments=Delta.of(deleted=[self.commitment_id]))

    def _undo(self, ctx: AppContext) -> None:
        assert self._removed is not None
        commitments.restore(ctx, self._removed)


class ChangeStatus(Operation):
    """A status change (or a progress report) of one or more commitments, each with its
    dated progress entry; undo removes the entries and puts the old statuses back. An
    empty `Changes` from the first `do`: nothing to record.

    `expected` (id → version as the user saw it) detects a change by someone else in
    between, as an edit does: the first `do` then raises ConflictError with `retry`, the
    same change at their version (the conflict dialog's "keep mine"). Undo and redo
    expect the versions this client's change left."""

    kind = ChangeKind.STATUS

    def __init__(self, ids: Sequence[int], status: Status, note: str = "",
                 evidence: Evidence | None = None, on: date | None = None,
                 require_evidence: bool = False,
                 expected: Mapping[int, int] | None = None) -> None:
        super().__init__()
        self.ids, self.status, self.note = list(ids), status, note
        self.evidence, self.on, self.require_evidence = evidence, on, require_evidence
        self.expected = dict(expected) if expected is not None else None
        self.done: list[commitments.StatusChange] | None = None

    def _do(self, ctx: AppContext) -> Changes:
        if self.done is None:
            try:
                self.done = commitments.change_status(
                    ctx, self.ids, self.status, self.note, self.evidence, self.on,
                    require_evidence=self.require_evidence, expected=self.expected)
            except commitments.ConflictError as exc:
                theirs = exc.theirs
                if isinstance(theirs, Commitment) and exc.row_id is not None \
                        and self.expected is not None and theirs.version is not None:
                    exc.retry = ChangeStatus(
                        self.ids, self.status, self.note, self.evidence, self.on,
                        self.require_evidence, {**self.expected, exc.row_id: theirs.version})
                raise
            if self.expected is not None:   # the versions this change left are ours
                ctx.saved_versions.update(commitments.versions(
                    ctx, [ch.commitment_id for ch in self.done]))
        else:
            self._step(ctx, undoing=False)
        return self._changes(commitments=Delta.of(
            updated=[ch.commitment_id for ch in self.done]))

    def _undo(self, ctx: AppContext) -> None:
        self._step(ctx, undoing=True)

    def _step(self, ctx: AppContext, undoing: bool) -> None:
        """Undo or redo, expecting our own versions: over someone else's newer change the
        ConflictError carries `retry`, the same step at their version ("keep mine")."""
        try:
            _status_step(ctx, self.done or [], undoing, self.ours(ctx))
        except commitments.ConflictError as exc:
            exc.retry = RepeatStatusStep.after(exc, self, undoing, {})
            raise

    def ours(self, ctx: AppContext) -> dict[int, int] | None:
        """The versions our last change of these commitments left (None: not checked)."""
        if self.expected is None:
            return None
        return {ch.commitment_id: ctx.saved_versions[ch.commitment_id]
                for ch in self.done or [] if ch.commitment_id in ctx.saved_versions}


def _status_step(ctx: AppContext, changes: Sequence[commitments.StatusChange], undoing: bool,
                 expected: Mapping[int, int] | None) -> None:
    if undoing:
        commitments.undo_status(ctx, changes, expected)
    else:
        commitments.redo_status(ctx, changes, expected)


class RepeatStatusStep(Operation):
    """"Keep mine" for the undo or the redo of a status change that met someone else's
    newer change: the same step at their version (an undo takes my progress entries out
    and puts the old statuses back; a redo puts them in again); undoing it is the other
    step. Their progress entries stay in the history."""

    kind = ChangeKind.STATUS

    def __init__(self, op: ChangeStatus, undoing: bool, theirs: Mapping[int, int]) -> None:
        super().__init__()
        self.op, self.undoing, self.theirs = op, undoing, dict(theirs)

    @classmethod
    def after(cls, exc: commitments.ConflictError, op: ChangeStatus, undoing: bool,
              theirs: Mapping[int, int]) -> RepeatStatusStep | None:
        """The retry of a step that raised `exc` (None: the commitment is gone)."""
        stored = exc.theirs
        if not isinstance(stored, Commitment) or exc.row_id is None or stored.version is None:
            return None
        return cls(op, undoing, {**theirs, exc.row_id: stored.version})

    def _ids(self) -> list[int]:
        return [ch.commitment_id for ch in self.op.done or []]

    def _do(self, ctx: AppContext) -> Changes:
        try:
            _status_step(ctx, self.op.done or [], self.undoing,
                         {**(self.op.ours(ctx) or {}), **self.theirs})
        except commitments.ConflictError as exc:   # another one moved on meanwhile
            exc.retry = RepeatStatusStep.after(exc, self.op, self.undoing, self.theirs)
            raise
        ctx.saved_versions.update(commitments.versions(ctx, self._ids()))
        return self._changes(commitments=Delta.of(updated=self._ids()))

    def _undo(self, ctx: AppContext) -> None:
        _status_step(ctx, self.op.done or [], not self.undoing, self.op.ours(ctx))


# ------------------------------------------------------------------ suggestions

class AcceptSuggestions(Operation):
    """One or more suggestions of a document become commitments (origin `suggested`), in
    one transaction; `drafts` are the user's edits (None: as suggested). Undo puts them
    back in the queue; redo stores the same rows again."""

    kind = ChangeKind.ACCEPT

    def __init__(self, doc_id: int, suggestions: Sequence[Suggestion],
                 drafts: Sequence[Commitment | None] | None = None) -> None:
        super().__init__()
        self.doc_id, self.suggestions = doc_id, list(suggestions)
        self.drafts = list(drafts) if drafts is not None else None
        self.stored: list[Commitment] | None = None
        # ~11 ms a commitment: several at once are stored off the GUI thread
        self.slow = len(self.suggestions) > 1

    def _do(self, ctx: AppContext) -> Changes:
        self.stored = suggesting.accept_suggestions(ctx, self.doc_id, self.suggestions,
                                                    self.stored or self.drafts)
        return self._changes(commitments=Delta.of(created=[c.id for c in self.stored]),
                             reviews=frozenset({self.doc_id}))

    def _undo(self, ctx: AppContext) -> None:
        assert self.stored is not None
        suggesting.unaccept_suggestions(ctx, self.doc_id, self.suggestions, self.stored)


class RejectSuggestions(Operation):
    """One or more suggestions of a document rejected; undo puts them back in the queue."""

    kind = ChangeKind.REJECT

    def __init__(self, doc_id: int, suggestions: Sequence[Suggestion]) -> None:
        super().__init__()
        self.doc_id, self.suggestions = doc_id, list(suggestions)

    def _do(self, ctx: AppContext) -> Changes:
        suggesting.reject_suggestions(ctx, self.doc_id, self.suggestions)
        return self._changes(reviews=frozenset({self.doc_id}))

    def _undo(self, ctx: AppContext) -> None:
        suggesting.unreview_suggestions(ctx, self.doc_id, self.suggestions)


# ------------------------------------------------------------------ themes

class ApplyThemes(Operation):
    """Give every commitment (or those of `ids`) the themes its words suggest; undo takes
    exactly those away."""

    kind = ChangeKind.THEMES
    slow = True

    def __init__(self, ids: Sequence[int] | None = None) -> None:
        super().__init__()
        self.ids = list(ids) if ids is not None else None
        self.applied: themes.ThemesApplied | None = None

    def _do(self, ctx: AppContext) -> Changes:
        if self.applied is None:
            self.applied = themes.apply_themes(ctx, self.ids)
        else:
            themes.reapply_themes(ctx, self.applied)
        return self._changes(commitments=Delta.of(updated=self.applied.commitments),
                             themes=frozenset(t for _, t in self.applied.added))

    def _undo(self, ctx: AppContext) -> None:
        assert self.applied is not None
        themes.unapply_themes(ctx, self.applied)


# ------------------------------------------------------------------ documents

class EditDocument(Operation):
    """An edit of a document's details; a new date moves the deadlines that follow it
    (unless `move_deadlines` is False). Undo restores both."""

    kind = ChangeKind.DOCUMENT_EDIT

    def __init__(self, doc_id: int, fields: dict[str, object],
                 move_deadlines: bool = True) -> None:
        super().__init__()
        self.doc_id, self.fields, self.move_deadlines = doc_id, dict(fields), move_deadlines
        self.edit: library.DocumentEdit | None = None

    def _do(self, ctx: AppContext) -> Changes:
        if self.edit is None:
            self.edit = library.edit_document(ctx, self.doc_id, self.move_deadlines,
                                              **self.fields)
        else:
            library.redo_edit(ctx, self.edit)
        if not self.edit.after:
            return self._changes()
        return self._changes(documents=Delta.of(updated=[self.doc_id]),
                             commitments=Delta.of(
                                 updated=[m.commitment_id for m in self.edit.moved]))

    def _undo(self, ctx: AppContext) -> None:
        assert self.edit is not None
        library.undo_edit(ctx, self.edit)


class RemoveDocument(Operation):
    """Remove a document, its commitments kept on their own (`library.KEEP`) or removed
    with their progress (`library.REMOVE`); undo puts everything back."""

    kind = ChangeKind.DOCUMENT_REMOVE

    def __init__(self, doc_id: int, mode: str = library.KEEP) -> None:
        super().__init__()
        self.doc_id, self.mode = doc_id, mode
        self.gone: library.RemovedDocument | None = None

    def _do(self, ctx: AppContext) -> Changes:
        self.gone = library.remove_document(ctx, self.doc_id, self.mode)
        ids = self.gone.snapshot.commitment_ids
        kept = self.mode == library.KEEP
        return self._changes(documents=Delta.of(deleted=[self.doc_id]),
                             commitments=Delta.of(updated=ids if kept else (),
                                                  deleted=() if kept else ids))

    def _undo(self, ctx: AppContext) -> None:
        assert self.gone is not None
        library.restore_document(ctx, self.gone)


# ------------------------------------------------------------------ ledger

class ImportLedger(Operation):
    """Import a ledger (CSV/XLSX) into the register: new commitments, edits, progress
    entries. A ledger with row errors writes nothing (empty Changes; `result` says why).
    Undo takes the import back out; redo puts the same rows back."""

    kind = ChangeKind.LEDGER_IMPORT

    def __init__(self, path: Path, mapping: ColumnMapping | None = None,
                 table: LedgerTable | None = None) -> None:
        super().__init__()
        self.path, self.mapping, self.table = Path(path), mapping, table
        self.result: ledger.ImportResult | None = None

    def _do(self, ctx: AppContext) -> Changes:
        if self.result is None:
            self.result = ledger.import_ledger(ctx, self.path, self.mapping, table=self.table)
        else:
            ledger.redo_import(ctx, self.result)
        r = self.result
        if not r.ok:
            return self._changes()
        return self._changes(commitments=Delta.of(
            created=[c.id for c in r.created],
            updated=[after.id for _before, after in r.updated] + [e.commitment_id
                                                                  for e in r.progress]))

    def _undo(self, ctx: AppContext) -> None:
        assert self.result is not None
        ledger.undo_import(ctx, self.result)


# ------------------------------------------------------------------ follow-up (督办)

class AddTasks(Operation):
    """Break a commitment down into tasks (责任分解), its status rolled up from them; undo
    removes the tasks and the roll-up, redo puts back the same rows."""

    kind = ChangeKind.BREAKDOWN

    def __init__(self, parent_id: int, specs: Sequence[breakdown.TaskSpec]) -> None:
        super().__init__()
        self.parent_id, self.specs = parent_id, list(specs)
        self.added: breakdown.TasksAdded | None = None

    def _do(self, ctx: AppContext) -> Changes:
        if self.added is None:
            self.added = breakdown.add_tasks(ctx, self.parent_id, self.specs)
        else:
            breakdown.redo_add_tasks(ctx, self.added)
        return self._changes(commitments=Delta.of(
            created=[t.id for t in self.added.tasks],
            updated=[self.parent_id, *(ch.commitment_id for ch in self.added.rollup)]))

    def _undo(self, ctx: AppContext) -> None:
        if self.added is not None:
            breakdown.undo_add_tasks(ctx, self.added)


class ApplyRound(Operation):
    """A progress round's returned files (the plan the user confirmed): a dated progress
    entry per filled row and the status changes, all in one transaction."""

    kind = ChangeKind.ROUND

    def __init__(self, plan: rounds.RoundPlan, skip_problems: bool = False) -> None:
        super().__init__()
        self.plan, self.skip_problems = plan, skip_problems
        self.applied: rounds.RoundApplied | None = None

    def _do(self, ctx: AppContext) -> Changes:
        if self.applied is None:
            self.applied = rounds.apply(ctx, self.plan, self.skip_problems)
        else:
            rounds.redo(ctx, self.applied)
        return self._changes(commitments=Delta.of(updated=self.applied.ids))

    def _undo(self, ctx: AppContext) -> None:
        if self.applied is not None:
            rounds.undo(ctx, self.applied)
