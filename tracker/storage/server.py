"""A register on a team server (PostgreSQL, issue 16): the address, the engine, the
connection test, and the explicit schema upgrade.

The address is a libpq URL, ``postgresql://user@host:port/dbname``; the password is never
part of what the app stores: libpq reads it from the user's password file (~/.pgpass, or
%APPDATA%\\postgresql\\pgpass.conf on Windows, or PGPASSFILE) or a service file
(``postgresql:///?service=NAME``, ~/.pg_service.conf). The driver is psycopg 3 (LGPL-3.0,
used as a library; its binary wheel carries libpq).

A client never changes the schema on a server: opening one that is not at this app's
revision names the problem (`ServerProblem`) and the command that fixes it,
``tracker --db URL db upgrade``, which runs every revision in one transaction (PostgreSQL
has transactional DDL), under an advisory lock so two upgrades cannot interleave.
"""

from __future__ import annotations

import enum
import urllib.parse
from collections.abc import Callable
from typing import Any
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine

from tracker.domain import messages
from tracker.storage import dialect
from tracker.storage.errors import LibraryError, SchemaTooNewError, short_reason

CONNECT_TIMEOUT_S = 5
_UPGRADE_LOCK = 0x7472_6163  # pg_advisory_xact_lock key of `db upgrade`


class ServerProblem(enum.Enum):
    UNREACHABLE = "unreachable"
    AUTH = "auth"
    NO_DATABASE = "no_database"
    LOCALE = "locale"
    EMPTY = "empty"            # no register yet: `db upgrade` sets it up
    TOO_OLD = "too_old"
    TOO_NEW = "too_new"


class ServerError(LibraryError):
    """A team server cannot be used as it is; `problem` says why."""

    def __init__(self, problem: ServerProblem, text: str) -> None:
        super().__init__(text)
        self.problem = problem


class ServerTooNewError(ServerError, SchemaTooNewError):
    pass


def display_url(url: str) -> str:
    """The address without a password (what messages and settings show)."""
    parts = urllib.parse.urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = (urllib.parse.quote(parts.username or "") + "@" if parts.username else "") + host
    if parts.port:
        netloc += f":{parts.port}"
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))


def build_url(host: str, port: int | None, dbname: str, user: str) -> str:
    """postgresql://user@host:port/dbname (no password: libpq's password file has it)."""
    q = urllib.parse.quote
    host = host.strip() or "localhost"
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"
    netloc = (q(user.strip()) + "@" if user.strip() else "") + host
    if port:
        netloc += f":{int(port)}"
    return f"postgresql://{netloc}/{q(dbname.strip())}"


def local_anchor(url: str, data_dir: Path) -> Path:
    """A per-server stand-in path in the user data folder (theme keywords, originals)."""
    parts = urllib.parse.urlsplit(url)
    name = f"{parts.hostname or 'local'}-{parts.port or 5432}-{parts.path.strip('/') or 'db'}"
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in name)
    anchor = data_dir / "servers" / f"{safe}.server"
    # its folder holds what stays on this machine (theme keywords, light thresholds)
    anchor.parent.mkdir(parents=True, exist_ok=True)
    return anchor


# Each session's own settings (no server configuration needed): sorts of the table's
# 100,000 ids stay in memory (the default 4 MB spills them to disk).
SESSION_OPTIONS = "-c work_mem=32MB"


def make_server_engine(url: str) -> Engine:
    """An engine on the server: psycopg 3, pooled, hand-written SQL translated (dialect)."""
    parts = urllib.parse.urlsplit(url)
    sa_url = urllib.parse.urlunsplit(("postgresql+psycopg", *parts[1:]))
    engine = create_engine(
        sa_url, pool_pre_ping=True, pool_size=5, max_overflow=10,
        connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "tracker",
                      "client_encoding": "utf8", "options": SESSION_OPTIONS})
    dialect.install(engine)
    return engine


@dataclass(frozen=True)
class ServerStatus:
    version: str          # the server's version, e.g. "15.18"
    revision: str | None  # the register's schema revision (None: no register yet)
    encoding: str
    ctype: str


def _classify(exc: BaseException) -> ServerProblem:
    text = str(getattr(exc, "orig", None) or exc).lower()
    if "does not exist" in text and "database" in text:
        return ServerProblem.NO_DATABASE
    if ("password" in text or "authentication" in text or "role" in text
            or "no pg_hba.conf entry" in text or "permission denied" in text):
        return ServerProblem.AUTH
    return ServerProblem.UNREACHABLE


def _reason(exc: BaseException) -> str:
    """The server's own line ("FATAL: …" without libpq's preamble), one line."""
    text = str(getattr(exc, "orig", None) or exc).replace("\n", " ")
    if "FATAL:" in text:
        text = text.split("FATAL:", 1)[1]
    elif "failed:" in text:
        text = text.rsplit("failed:", 1)[1]
    return " ".join(text.split())[:160] or short_reason(exc)


def connection_error(exc: BaseException, url: str) -> ServerError:
    """The plain message for a failed connection: unreachable, authentication, no such
    database."""
    where = display_url(url)
    problem = _classify(exc)
    if problem is ServerProblem.NO_DATABASE:
        text = messages.SERVER_NO_DATABASE.format(path=where)
    elif problem is ServerProblem.AUTH:
        text = messages.SERVER_AUTH.format(path=where, detail=_reason(exc))
    else:
        text = messages.SERVER_UNREACHABLE.format(path=where, detail=_reason(exc))
    return ServerError(problem, text)


def status(engine: Engine, url: str) -> ServerStatus:
    """Connect and read what the checks need; a failed connection is a ServerError."""
    from sqlalchemy.exc import DBAPIError

    try:
        with engine.connect() as conn:
            version = conn.exec_driver_sql("SHOW server_version").scalar_one()
            encoding, ctype = conn.exec_driver_sql(
                "SELECT pg_encoding_to_char(encoding), datctype FROM pg_database"
                " WHERE datname = current_database()").one()
            revision = None
            if conn.exec_driver_sql("SELECT to_regclass('alembic_version')").scalar():
                revision = conn.exec_driver_sql(
                    "SELECT version_num FROM alembic_version").scalar()
    except DBAPIError as exc:
        raise connection_error(exc, url) from exc
    return ServerStatus(str(version).split()[0], revision, str(encoding), str(ctype))


def utf8_ok(st: ServerStatus) -> bool:
    """UTF-8 encoding and a UTF-8 character type (pg_trgm makes no trigrams of Chinese
    under LC_CTYPE=C)."""
    ctype = st.ctype.lower().replace("-", "")
    return st.encoding.upper() == "UTF8" and ("utf8" in ctype)


def check(engine: Engine, url: str, head: str, known: set[str]) -> ServerStatus:
    """Everything a client needs before it uses the server; raises a ServerError naming
    the first problem (unreachable, authentication, no database, locale, schema)."""
    st = status(engine, url)
    where = display_url(url)
    if not utf8_ok(st):
        raise ServerError(ServerProblem.LOCALE, messages.SERVER_LOCALE.format(
            path=where, encoding=st.encoding, ctype=st.ctype))
    if st.revision is None:
        raise ServerError(ServerProblem.EMPTY, messages.SERVER_EMPTY.format(path=where))
    if st.revision != head:
        if st.revision in known:
            raise ServerError(ServerProblem.TOO_OLD, messages.SERVER_TOO_OLD.format(
                path=where, current=st.revision, head=head))
        raise ServerTooNewError(ServerProblem.TOO_NEW, messages.SERVER_TOO_NEW.format(
            path=where, current=st.revision, head=head))
    return st


def upgrade(url: str, config_for: Callable[[Any], Any], head: str, known: set[str]) -> tuple[str | None, str]:
    """`tracker db upgrade`: bring the server's register to `head` in one transaction.
    Returns (revision before, revision after). The locale is checked first (a register
    whose search cannot work is not set up)."""
    from alembic import command

    engine = make_server_engine(url)
    try:
        st = status(engine, url)
        where = display_url(url)
        if not utf8_ok(st):
            raise ServerError(ServerProblem.LOCALE, messages.SERVER_LOCALE.format(
                path=where, encoding=st.encoding, ctype=st.ctype))
        if st.revision is not None and st.revision not in known:
            raise ServerTooNewError(ServerProblem.TOO_NEW, messages.SERVER_TOO_NEW.format(
                path=where, current=st.revision, head=head))
        if st.revision == head:
            return st.revision, head
        from sqlalchemy import event

        @event.listens_for(engine, "begin")
        def _lock(conn: Any) -> None:
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_UPGRADE_LOCK})")

        try:
            command.upgrade(config_for(engine), "head")
        except ServerError:
            raise
        except Exception as exc:
            raise LibraryError(messages.UPGRADE_FAILED.format(
                path=where, detail=short_reason(exc), backup_note="")) from exc
        return st.revision, head
    finally:
        engine.dispose()


def password_file() -> Path:
    """libpq's password file: PGPASSFILE, else %APPDATA%\\postgresql\\pgpass.conf on
    Windows, else ~/.pgpass."""
    import os
    import sys

    if os.environ.get("PGPASSFILE"):
        return Path(os.environ["PGPASSFILE"])
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home())) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def _pgpass_field(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


def save_password(host: str, port: int, dbname: str, user: str, password: str) -> Path:
    """Keep the password where libpq looks for it (password_file(), readable by the user
    only; an entry for the same server, database and user is replaced). The app itself
    never stores it. Returns the file written."""
    import os

    path = password_file()
    key = ":".join(_pgpass_field(v) for v in (host or "localhost", str(port or 5432),
                                                dbname, user))
    lines = []
    if path.exists():
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines()
                 if not ln.startswith(key + ":")]
    lines.append(f"{key}:{_pgpass_field(password)}")
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(path.name + ".part")
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    os.chmod(part, 0o600)
    os.replace(part, path)
    return path
