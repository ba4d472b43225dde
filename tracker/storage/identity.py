"""Who is working: the identity written into created_by / updated_by and the change log.

By default the operating-system user name; a display name chosen in the settings is shown
beside it ("张三 (zhangsan)"). On a PostgreSQL server the database role is the identity
(the server knows who connected, a client cannot pretend otherwise): ``database_identity``
reads ``current_user`` there and answers None on SQLite.

Whether this person may change the register: on SQLite the file decides (opened read-only,
or the read-only setting); on PostgreSQL the role's grants (``may_write``).
"""

from __future__ import annotations

import getpass
import os

from sqlalchemy import Engine, text


def os_user() -> str:
    """The operating-system user name ("" when the system cannot tell)."""
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in the environment or passwd
        return os.environ.get("USERNAME", "") or os.environ.get("USER", "")


def identity(login: str, display_name: str = "") -> str:
    """The name stored for a person: the display name with the login in brackets, or
    the login alone."""
    login, display_name = login.strip(), display_name.strip()
    if display_name and login and display_name != login:
        return f"{display_name} ({login})"
    return display_name or login


def database_identity(engine: Engine) -> str | None:
    """The database role on a server (PostgreSQL's current_user); None on SQLite."""
    if engine.dialect.name != "postgresql":
        return None
    with engine.connect() as conn:
        return str(conn.execute(text("SELECT current_user")).scalar() or "")


def may_write(engine: Engine, table: str = "commitment") -> bool:
    """Whether this connection's role may change the register. On PostgreSQL a role
    without UPDATE on the table is a read-only member (the server's grants enforce it;
    this only lets the window say so up front). SQLite: True (the file's own mode and the
    read-only setting decide, see engine.Database.read_only)."""
    if engine.dialect.name != "postgresql":
        return True
    with engine.connect() as conn:
        return bool(conn.execute(text("SELECT has_table_privilege(current_user, :t, 'UPDATE')"),
                                 {"t": table}).scalar())
