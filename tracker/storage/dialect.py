"""The one seam between SQLite and PostgreSQL for hand-written SQL (issue 16).

The storage and search code writes its fast paths in SQLite's SQL, sent through
``Connection.exec_driver_sql`` or the driver connection. On PostgreSQL every such statement
passes through `to_postgresql` first (a `before_cursor_execute` hook of the server engine,
and `driver_execute` for the driver-level reads), which rewrites exactly the SQLite idioms
this code base uses, each to its PostgreSQL equivalent:

| SQLite                                  | PostgreSQL                                         |
| --------------------------------------- | -------------------------------------------------- |
| `?` and numbered `?1` parameters        | psycopg's `%s` / `%(p1)s` (a literal `%` doubled)  |
| `SELECT value FROM json_each(?)`        | `jsonb_array_elements_text(…) WITH ORDINALITY`     |
| `json_group_array(x)`                   | `coalesce(json_agg(x)::text, '[]')`                |
| `group_concat(x, sep ORDER BY …)`       | `string_agg(x, sep ORDER BY …)`                    |
| `instr(a, b)`                           | `strpos(a, b)`                                     |
| `LIKE` (ASCII case-insensitive)         | `ILIKE`                                            |
| `ORDER BY +x` (keeps an index unused)   | `ORDER BY x`                                       |
| `CROSS JOIN t ON …` (a join order hint) | `JOIN t ON …`                                      |
| `temp.t`, `INTEGER PRIMARY KEY`         | `pg_temp.t`, `bigserial PRIMARY KEY`               |
| `INDEXED BY ix` (an index hint)         | (dropped)                                          |
| `WHERE 1`, `AND 1` (no filter)          | `WHERE true`, `AND true`                           |
| `substr(created_at, 1, 10)` (its day)   | `to_char(created_at, 'YYYY-MM-DD')`                |
| `ORDER BY` a label or a title (BINARY)  | the same `COLLATE "C"` (code-point order, as SQLite) |

Statements SQLAlchemy compiles itself (the ORM, `text()`) are not touched. What has no
one-line equivalent (the full-text index, the change notification, the schema checks)
has its own PostgreSQL path where it lives (tracker.search.pg, storage.watch, storage.server).
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

_NUMBERED = re.compile(r"\?(\d+)")
_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), repl) for pattern, repl in (
        (r"SELECT value FROM json_each\(\?\)",
         ("SELECT CAST(j.value AS bigint) FROM jsonb_array_elements_text(CAST(? AS jsonb))"
          " WITH ORDINALITY AS j(value, key)")),
        (r"json_group_array\(([^()]*)\)", r"coalesce(json_agg(\1)::text, '[]')"),
        (r"\bgroup_concat\(", "string_agg("),
        (r"\binstr\(", "strpos("),
        (r" LIKE ", " ILIKE "),
        (r"ORDER BY \+", "ORDER BY "),
        (r"\bCROSS JOIN\b", "JOIN"),
        (r"\btemp\.", "pg_temp."),
        (r"CREATE TABLE pg_temp\.", "CREATE TEMP TABLE "),
        (r"INTEGER PRIMARY KEY", "bigserial PRIMARY KEY"),
        (r" INDEXED BY \w+", ""),
        (r"\b(WHERE|AND) 1\b(?!\s*[=<>.0-9])", r"\1 true"),
        (r"\bsubstr\(((?:\w+\.)?created_at), 1, 10\)", r"to_char(\1, 'YYYY-MM-DD')"),
        # the table's text sorts in SQLite's order (BINARY: by code point), whatever the
        # server's collation (zh_CN would sort by pinyin), and without its cost: a "C"
        # sort compares bytes, a locale's calls strcoll for every comparison
        (r"(ORDER BY \+?)(coalesce\(c\.title, c\.quote\)|d\.title|c\.sort_document)(?= )",
         r'\1\2 COLLATE "C"'),
    ))


def to_postgresql(sql: str, params: Any) -> tuple[str, Any]:
    """The PostgreSQL form of one SQLite statement of this code base, and its parameters."""
    for pattern, repl in _RULES:
        sql = pattern.sub(repl, sql)
    sql = sql.replace("%", "%%")
    if _NUMBERED.search(sql):
        return _numbered(sql, params)
    return sql.replace("?", "%s"), params


def _numbered(sql: str, params: Any) -> tuple[str, Any]:
    """SQLite's rule: `?N` is parameter N; a plain `?` is one more than the largest so far."""
    out: list[str] = []
    top = 0
    pos = 0
    for m in re.finditer(r"\?(\d*)", sql):
        out.append(sql[pos:m.start()])
        n = int(m.group(1)) if m.group(1) else top + 1
        top = max(top, n)
        out.append(f"%(p{n})s")
        pos = m.end()
    out.append(sql[pos:])

    def as_dict(row: Sequence[Any]) -> dict[str, Any]:
        return {f"p{i}": v for i, v in enumerate(row, 1)}

    if isinstance(params, list) and params and isinstance(params[0], (tuple, list)):
        return "".join(out), [as_dict(r) for r in params]
    return "".join(out), as_dict(tuple(params or ()))


def driver_execute(session_or_conn: Any, sql: str, params: Sequence[Any] = ()) -> Any:
    """Run one statement on the DB-API connection under a Session or Connection (no
    per-row wrapping, for reads of 100,000 rows); the rows come from the cursor returned."""
    conn = session_or_conn.connection() if hasattr(session_or_conn, "connection") and \
        callable(session_or_conn.connection) else session_or_conn
    raw = conn.connection.driver_connection
    if conn.dialect.name == "postgresql":
        sql, params = to_postgresql(sql, tuple(params))
    return raw.execute(sql, params)


def driver_stream(session_or_conn: Any, sql: str, params: Sequence[Any] = ()) -> Any:
    """`driver_execute` for a read of many rows fetched a block at a time (fetchmany): on
    PostgreSQL a server-side cursor (inside the session's transaction), since libpq hands
    a plain cursor's whole result to the client at once (a million rows in memory); the
    caller closes it."""
    conn = session_or_conn.connection() if hasattr(session_or_conn, "connection") and \
        callable(session_or_conn.connection) else session_or_conn
    if conn.dialect.name != "postgresql":
        return driver_execute(conn, sql, params)
    sql, params = to_postgresql(sql, tuple(params))
    cursor = conn.connection.driver_connection.cursor(name="tracker_stream")
    cursor.execute(sql, params)
    return cursor


def install(engine: Any) -> None:
    """Translate the hand-written statements of a PostgreSQL engine (see the table above)."""
    from sqlalchemy import event

    @event.listens_for(engine, "before_cursor_execute", retval=True)
    def _translate(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any,
                   executemany: bool) -> tuple[str, Any]:
        if context is not None and getattr(context, "compiled", None) is not None:
            return statement, parameters
        return to_postgresql(statement, parameters)


class OverBudget(Exception):
    """A statement run under `within` took longer than its budget and was stopped."""


@contextmanager
def within(session_or_conn: Any, seconds: float) -> Iterator[None]:
    """Statements run inside stop with OverBudget once ``seconds`` have passed: on SQLite a
    progress handler interrupts them (a plan that turns out slow for these rows, tried
    before a plan that is sure); PostgreSQL, whose planner weighs the rows by its
    statistics, runs them unbounded."""
    conn = session_or_conn.connection() if hasattr(session_or_conn, "connection") and \
        callable(session_or_conn.connection) else session_or_conn
    if conn.dialect.name != "sqlite":
        yield
        return
    raw = conn.connection.driver_connection
    end = time.perf_counter() + seconds
    fired = False

    def tick() -> int:
        nonlocal fired
        fired = fired or time.perf_counter() > end
        return 1 if fired else 0

    raw.set_progress_handler(tick, 20_000)
    try:
        yield
    except Exception:
        if fired:
            raise OverBudget from None
        raise
    finally:
        raw.set_progress_handler(None, 20_000)
