"""Following changes made elsewhere (the command line, a second window)."""

from __future__ import annotations

from tracker.services.context import AppContext
from tracker.storage.watch import ChangeWatcher

POLL_MS = 1000  # a change made elsewhere shows within two polls at most


def watch(ctx: AppContext) -> ChangeWatcher:
    """A watcher whose `poll()` tells whether another process changed the database."""
    return ChangeWatcher(ctx.db)
