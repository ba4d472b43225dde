"""The full-text index on PostgreSQL (issue 16): the same folded text and the same
answers as the FTS5 index on SQLite, for terms of every length.

Migration 0003_search makes, per source, `<prefix>_tri` (the folded columns, pg_trgm GIN
indexes) and `<prefix>_short` (the distinct one- and two-character grams of the folded
columns, a GIN-indexed text[]). A term of three characters or more is
`LIKE '%term%'` on the folded columns (the trigram index finds the candidates, LIKE is
exact); a shorter one is `grams @> ARRAY[term]`, exact by itself: every one- and
two-character substring of each folded column is a gram (punctuation and spaces included,
no gram spanning two columns), so a row's grams hold the term exactly when its folded
text does, and the GIN index answers it without reading the text. Both are exact
substring tests on the folded text, as FTS5's trigram and bigram lookups are on SQLite.
Ids come back as one JSON array (a few milliseconds for 30,000 ids, not one row each).
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection

from tracker.search.sources import QUEUE_TABLE, SOURCES, Source
from tracker.storage.dialect import to_postgresql

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
    found = _raw(conn).execute(f"SELECT coalesce(json_agg(q.rowid), '[]')::text FROM ({select})"
                               " AS q", params).fetchone()[0]
    return set(json.loads(found))


def term_select(source: Source, folded: str) -> tuple[str, tuple]:
    """A SELECT of the rowids of `source` whose folded text holds the (non-empty) folded
    term, in SQLite's parameter style (the dialect seam translates it): LIKE written as
    its operator `~~`, so the seam leaves it case-sensitive (the folded text is lower
    case already; its ILIKE would lower-case every candidate again)."""
    if len(folded) >= TRIGRAM_MIN:
        where = " OR ".join(f"t.{c} ~~ ?" for c in source.columns)
        return (f"SELECT t.rowid FROM {source.tri} t WHERE {where}",
                (like_pattern(folded),) * len(source.columns))
    return (f"SELECT s.rowid FROM {source.short} s WHERE s.grams @> ARRAY[CAST(? AS text)]",
            (folded,))


def row_test(source: Source, folded: str, alias: str = "c") -> tuple[str, tuple]:
    """A condition on one row `alias` of `source`: its folded text holds the (non-empty)
    folded term, the test of term_select on that row's index entry alone. Written as a
    scalar subquery, which PostgreSQL runs row by row (one primary-key probe) and never
    turns into a join over every row the index holds: the form for walking rows in the
    result's order until a page is full (run._commitment_walk)."""
    if len(folded) >= TRIGRAM_MIN:
        test = " OR ".join(f"t.{c} ~~ ?" for c in source.columns)
        return (f"coalesce((SELECT {test} FROM {source.tri} t WHERE t.rowid = {alias}.id),"
                " false)", (like_pattern(folded),) * len(source.columns))
    return (f"coalesce((SELECT s.grams @> ARRAY[CAST(? AS text)] FROM {source.short} s"
            f" WHERE s.rowid = {alias}.id), false)", (folded,))


def term_ids(conn: Connection, source: Source, folded: str) -> set[int]:
    """Ids of the rows of `source` whose folded text holds the folded term."""
    if not folded:
        return set()
    select, params = to_postgresql(*term_select(source, folded))
    return _ids(conn, select, params)


# Above this share of a source's rows, the candidates are not worth it: reading every row
# with its LIKE test (one sequential scan) beats fetching that many rows one by one by id.
CANDIDATE_SHARE = 0.1


def candidates_sql(conn: Connection, source: Source, folded: str) -> tuple[str, tuple] | None:
    """The candidates SELECT of lookup.candidates_sql (term_select), with the rows queued
    but not yet indexed.

    None (read every row) when the planner expects the term in more than CANDIDATE_SHARE
    of the rows: its estimate of the index lookup (array statistics for the grams,
    pg_trgm's for trigrams) costs a millisecond, and the plan it picks for `id IN
    (candidates UNION …)` cannot see that number (it guesses 200 rows and probes the
    table by id, 30,000 times for a one-character word)."""
    select, params = term_select(source, folded)
    if _estimated_share(conn, source, select, params) > CANDIDATE_SHARE:
        return None
    return (f"{select} UNION ALL SELECT item_id FROM {QUEUE_TABLE} WHERE source = ?",
            (*params, source.name))


def _estimated_share(conn: Connection, source: Source, select: str, params: tuple) -> float:
    """The planner's estimate of the share of the source's rows a SELECT returns."""
    raw = _raw(conn)
    sql, args = to_postgresql(f"EXPLAIN (FORMAT JSON) {select}", params)
    plan = raw.execute(sql, args).fetchone()[0]
    rows = float(plan[0]["Plan"]["Plan Rows"])
    total = raw.execute("SELECT reltuples FROM pg_class WHERE oid = CAST(%s AS regclass)",
                        (source.table,)).fetchone()[0]
    return rows / max(float(total), 1.0)


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
