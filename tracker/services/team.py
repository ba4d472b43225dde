"""A register on a team server (issue 16): the connection test and the explicit schema
upgrade, for the command line (`tracker db check|upgrade`) and the settings page
"团队服务器". The messages are the core's (tracker.domain.messages), shown in the
interface language by the callers.

Who this person is, and whether they may change the register: the identity stamped on every change (storage/identity.py): the database role on a
PostgreSQL server, else the operating-system user; a display name from the settings is
shown beside it. A read-only member: a library opened read-only (the file, or the setting),
or on a server a role without UPDATE on the register (the grants enforce it).
"""

from __future__ import annotations

from dataclasses import dataclass

from tracker.domain import messages
from tracker.services.context import AppContext
from tracker.storage.engine import resolve_target
from tracker.storage.paths import is_server_url
from tracker.storage.errors import LibraryError
from tracker.storage.identity import database_identity, identity, may_write, os_user


@dataclass(frozen=True)
class ConnectionReport:
    ok: bool
    message: str             # a core message (English source; callers translate it)
    problem: str | None      # ServerProblem value when not ok ("unreachable", "auth", …)


def check_connection(url: str) -> ConnectionReport:
    """Connect to the server and check everything a client needs, naming the first
    problem: server unreachable, authentication failed, database missing, not UTF-8,
    schema too old (or none yet) or too new. Changes nothing."""
    from tracker.storage import server
    from tracker.storage.migrate import SCHEMA_HEAD, known_revisions

    engine = server.make_server_engine(url)
    try:
        st = server.check(engine, url, SCHEMA_HEAD, known_revisions())
    except server.ServerError as exc:
        return ConnectionReport(False, str(exc), exc.problem.value)
    finally:
        engine.dispose()
    return ConnectionReport(True, messages.SERVER_OK.format(
        path=server.display_url(url), version=st.version, revision=st.revision), None)


def upgrade_database(target: str | None) -> str:
    """`tracker db upgrade`: bring a team server's register to this app's schema (all or
    nothing). A file is refused: it is upgraded, backed up first, when it is opened."""
    from tracker.storage import server
    from tracker.storage.migrate import upgrade_server

    where = resolve_target(target)
    if not is_server_url(where):
        raise LibraryError(messages.SERVER_NOT_A_FILE.format(path=where))
    before, after = upgrade_server(str(where))
    shown = server.display_url(str(where))
    if before == after:
        return messages.SERVER_UP_TO_DATE.format(path=shown, revision=after)
    return messages.SERVER_UPGRADED.format(path=shown, revision=after, before=before or "-")


def server_url(host: str, port: int | None, dbname: str, user: str) -> str:
    """The address the settings page keeps (no password in it)."""
    from tracker.storage.server import build_url

    return build_url(host, port, dbname, user)


def save_password(host: str, port: int, dbname: str, user: str, password: str) -> str:
    """Write the password to libpq's password file (mode 0600); returns that file's path.
    The app's own settings never hold it."""
    from tracker.storage.server import save_password as save

    return str(save(host, port, dbname, user, password))


def password_file() -> str:
    from tracker.storage.server import password_file as where

    return str(where())




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
