"""The full-text index on PostgreSQL (issue 16): the same folded text and the same
answers as the FTS5 index on SQLite, for terms of every length.

Migration 0003_search makes, per source, `<prefix>_tri` (the folded columns, pg_trgm GIN
indexes) and `<prefix>_short` (the distinct one- and two-character grams of the folded
columns, a GIN-indexed text[]). A term of three characters or more is
`LIKE '%term%'` on the folded columns (the trigram index finds the candidates, LIKE is
exact); a shorter one is `grams @> ARRAY[term]` (every one- and two-character substring
is a gram, punctuation and spaces included), confirmed by the same LIKE. Both are exact
substring tests on the folded text, as FTS5's trigram and bigram lookups are on SQLite.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection

from tracker.search.sources import QUEUE_TABLE, SOURCES, Source

TRIGRAM_MIN = 3



def _raw(conn: Connection) -> Any:
    """The psycopg connection under a SQLAlchemy Connection."""
    raw = conn.connection.driver_connection
    assert raw is not None, "a closed connection"
    return raw

def like_pattern(folded: str) -> str:
    """'%term%' with LIKE's own characters escaped (the default escape, a backslash)."""
    return "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def grams(texts: list[str]) -> list[str]:
    """The distinct one- and two-character substrings of the folded texts (each column on
    its own: no gram spans two columns)."""
    out: set[str] = set()
    for text in texts:
        out.update(text)
        out.update(map(str.__add__, text, text[1:]))
    return sorted(out)


def _ids(conn: Connection, select: str, params: tuple) -> set[int]:
    cur = _raw(conn).execute(select, params)
    return {r[0] for r in cur.fetchall()}


def _where_like(source: Source) -> str:
    return " OR ".join(f"t.{c} LIKE %s" for c in source.columns)


def term_ids(conn: Connection, source: Source, folded: str) -> set[int]:
    """Ids of the rows of `source` whose folded text holds the folded term."""
    if not folded:
        return set()
    pattern = like_pattern(folded)
    likes = (pattern,) * len(source.columns)
    if len(folded) >= TRIGRAM_MIN:
        return _ids(conn, f"SELECT t.rowid FROM {source.tri} t WHERE {_where_like(source)}",
                    likes)
    return _ids(conn, f"SELECT s.rowid FROM {source.short} s JOIN {source.tri} t"
                f" ON t.rowid = s.rowid WHERE s.grams @> ARRAY[%s]::text[]"
                f" AND ({_where_like(source)})", (folded, *likes))


def candidates_sql(source: Source, folded: str) -> tuple[str, tuple]:
    """The candidates SELECT of lookup.candidates_sql, in SQLite's parameter style (the
    dialect seam translates it): rows whose folded text holds the term, and every row
    queued but not yet indexed. `~~` is LIKE written as its operator, so the seam leaves
    it case-sensitive (its ILIKE, for SQLite's LIKE on the base tables, would cost a
    lower-casing of every candidate; the folded text is lower case already)."""
    pattern = like_pattern(folded)
    where = " OR ".join(f"t.{c} ~~ ?" for c in source.columns)
    likes = (pattern,) * len(source.columns)
    if len(folded) >= TRIGRAM_MIN:
        select = f"SELECT t.rowid FROM {source.tri} t WHERE {where}"
        params: tuple = likes
    else:
        select = (f"SELECT s.rowid FROM {source.short} s JOIN {source.tri} t"
                  f" ON t.rowid = s.rowid WHERE s.grams @> ARRAY[CAST(? AS text)]"
                  f" AND ({where})")
        params = (folded, *likes)
    return (f"{select} UNION ALL SELECT item_id FROM {QUEUE_TABLE} WHERE source = ?",
            (*params, source.name))


def index_rows(conn: Connection, source: Source, rows: list[tuple[int, list[str]]]) -> None:
    """(Re)write the index entries of these rows (id, folded column texts)."""
    raw = _raw(conn)
    ids = json.dumps([rid for rid, _texts in rows])
    for table in (source.tri, source.short):
        raw.execute(f"DELETE FROM {table} WHERE rowid IN (SELECT CAST(value AS bigint)"
                    " FROM jsonb_array_elements_text(CAST(%s AS jsonb)) AS value)", (ids,))
    cols = ", ".join(source.columns)
    marks = ", ".join(["%s"] * (len(source.columns) + 1))
    with raw.cursor() as cur:
        cur.executemany(f"INSERT INTO {source.tri} (rowid, {cols}) VALUES ({marks})",
                        [(rid, *texts) for rid, texts in rows])
        cur.executemany(f"INSERT INTO {source.short} (rowid, grams) VALUES (%s, %s)",
                        [(rid, grams(texts)) for rid, texts in rows])


def clear_and_queue_all(conn: Connection) -> None:
    raw = _raw(conn)
    for source in SOURCES:
        raw.execute(f"TRUNCATE {source.tri}, {source.short}")
        raw.execute(f"INSERT INTO {QUEUE_TABLE} (source, item_id) SELECT %s, id"
                    f" FROM {source.table} ON CONFLICT DO NOTHING", (source.name,))


def index_bytes(conn: Connection) -> int:
    names = [t for s in SOURCES for t in (s.tri, s.short)]
    return int(_raw(conn).execute(
        "SELECT coalesce(sum(pg_total_relation_size(CAST(n AS regclass))), 0)"
        " FROM unnest(CAST(%s AS text[])) AS n", (names,)).fetchone()[0])
