"""A register shared by a team: who this person is, and whether they may change it.

The identity stamped on every change (storage/identity.py): the database role on a
PostgreSQL server, else the operating-system user; a display name from the settings is
shown beside it. A read-only member: a library opened read-only (the file, or the setting),
or on a server a role without UPDATE on the register (the grants enforce it).
"""

from __future__ import annotations

from tracker.services.context import AppContext
from tracker.storage.identity import database_identity, identity, may_write, os_user


def identify(ctx: AppContext, display_name: str = "") -> str:
    """Set and return the identity this context writes with."""
    login = database_identity(ctx.db.engine) or os_user()
    ctx.db.actor = identity(login, display_name)
    return ctx.db.actor


def is_read_only(ctx: AppContext) -> bool:
    """Whether this person can only read (and export); remembered on the context."""
    if not ctx.db.read_only:
        import contextlib

        # cannot tell (the server did not answer): its grants still decide on each write
        with contextlib.suppress(Exception):
            ctx.db.read_only = not may_write(ctx.db.engine)
    return ctx.db.read_only
