"""Evaluating a query tree against the index of one source: the set of matching row ids.

Each term is looked up in the index that answers it exactly (see tokens.py); the sets
are then combined with AND/OR/NOT in Python. An AND subtracts its NOT parts from the
intersection of the others, so the set of all rows is only read for a query that needs
it ("A OR -B").
"""

from __future__ import annotations

import json
from collections.abc import Callable

from sqlalchemy import Connection

from tracker.search.fold import fold, spelling_pattern
from tracker.search.query import And, Node, Not, Or, Term
from tracker.search.sources import QUEUE_TABLE, Source
from tracker.search.tokens import TRIGRAM_MIN, fts_string, is_token_char, short_match


def term_ids(conn: Connection, source: Source, term: str) -> set[int]:
    """Ids of the rows of `source` whose folded text contains the folded `term`: the
    index's answer, and for the rows queued but not yet indexed (a library searched
    read-only, whose client cannot bring the index up to date) their text as it is now."""
    folded = fold(term)
    found = _indexed_ids(conn, source, folded)
    waiting = queued_texts(conn, source)
    if not waiting:
        return found
    return (found - waiting.keys()) | {
        rid for rid, texts in waiting.items() if any(folded in text for text in texts)}


def _indexed_ids(conn: Connection, source: Source, folded: str) -> set[int]:
    if conn.dialect.name == "postgresql":
        from tracker.search import pg

        return pg.term_ids(conn, source, folded)
    if len(folded) >= TRIGRAM_MIN:
        return _match(conn, source.tri, fts_string(folded))
    if all(map(is_token_char, folded)):
        return _match(conn, source.short, short_match(folded))
    return _scan_short(conn, source, folded)


def queued_texts(conn: Connection, source: Source) -> dict[int, list[str]]:
    """id → the folded column texts of the rows of `source` waiting in the queue (those
    that still exist); empty when the index is up to date."""
    rows = conn.exec_driver_sql(
        f"SELECT s.id, {', '.join(f's.{c}' for c in source.columns)} FROM {source.table} s"
        f" WHERE s.id IN (SELECT item_id FROM {QUEUE_TABLE} WHERE source = ?)",
        (source.name,)).all()
    return {r[0]: [fold(v or "") for v in r[1:]] for r in rows}


def id_set(conn: Connection, select: str, params: tuple = ()) -> set[int]:
    """The ids of a one-column SELECT, fetched as one JSON array: with thousands of rows
    this is several times faster than fetching them as rows."""
    found = conn.exec_driver_sql(
        f"SELECT json_group_array(id) FROM ({select}) AS q", params).scalar_one()
    return set(json.loads(found))


def _match(conn: Connection, table: str, expr: str) -> set[int]:
    return id_set(conn, f"SELECT rowid AS id FROM {table} WHERE {table} MATCH ?", (expr,))


def _scan_short(conn: Connection, source: Source, folded: str) -> set[int]:
    """One or two characters including ASCII space/punctuation ("%", "3%", ". ").

    Candidates come from a token character of the term when there is one; otherwise every
    row is checked with instr(), which is exact here because ASCII spaces and punctuation
    only ever fold from themselves."""
    token_chars = [ch for ch in folded if is_token_char(ch)]
    cols = source.columns
    if not token_chars:
        where = " OR ".join(f"instr({c}, ?) > 0" for c in cols)
        return id_set(conn, f"SELECT id FROM {source.table} WHERE {where}",
                      (folded,) * len(cols))
    candidates = _match(conn, source.short, short_match(token_chars[0]))
    pattern = spelling_pattern(folded)
    rows = conn.exec_driver_sql(
        f"SELECT id, {', '.join(cols)} FROM {source.table} "
        "WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(sorted(candidates)),))
    return {r[0] for r in rows if any(pattern.search(v or "") for v in r[1:])}


def all_ids(conn: Connection, source: Source) -> set[int]:
    return id_set(conn, f"SELECT id FROM {source.table}")


def evaluate(node: Node, lookup: Callable[[str], set[int]],
             universe: Callable[[], set[int]]) -> set[int]:
    """The ids matching `node`, given term lookups and (lazily) the set of all ids."""
    if isinstance(node, Term):
        return lookup(node.text)
    if isinstance(node, Not):
        return universe() - evaluate(node.child, lookup, universe)
    if isinstance(node, Or):
        out: set[int] = set()
        for child in node.children:
            out |= evaluate(child, lookup, universe)
        return out
    return _evaluate_and(node, lookup, universe)


def _evaluate_and(node: And, lookup: Callable[[str], set[int]],
                  universe: Callable[[], set[int]]) -> set[int]:
    positive = [c for c in node.children if not isinstance(c, Not)]
    negative = [c.child for c in node.children if isinstance(c, Not)]
    if positive:
        result = evaluate(positive[0], lookup, universe)
        for child in positive[1:]:
            if not result:
                return result
            result &= evaluate(child, lookup, universe)
    else:
        result = set(universe())
    for excluded in negative:
        if not result:
            break
        result -= evaluate(excluded, lookup, universe)
    return result


def candidates_sql(source: Source, term: str, conn: Connection | None = None
                   ) -> tuple[str, tuple] | None:
    """A SELECT of the ids of `source` whose text may contain `term` as it is written:
    every row whose folded text holds the folded term (the fold maps character by
    character, so a row holding the term holds its fold), and every row queued but not
    yet indexed. None when no index answers the term (ASCII space or punctuation in a
    term of one or two characters) or, on PostgreSQL (`conn`), when reading every row
    is the faster way (see pg.candidates_sql). The caller confirms the candidates on the
    text."""
    folded = fold(term)
    if conn is not None and conn.dialect.name == "postgresql":
        from tracker.search import pg

        return pg.candidates_sql(conn, source, folded) if folded else None
    if len(folded) >= TRIGRAM_MIN:
        table, expr = source.tri, fts_string(folded)
    elif folded and all(map(is_token_char, folded)):
        table, expr = source.short, short_match(folded)
    else:
        return None
    return (f"SELECT rowid FROM {table} WHERE {table} MATCH ? UNION ALL SELECT item_id"
            f" FROM {QUEUE_TABLE} WHERE source = ?", (expr, source.name))
