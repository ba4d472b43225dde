"""Running a query: index lookups, filters, ordering, one page of results with hits."""

from __future__ import annotations

import json
import time
from datetime import date

from sqlalchemy import Connection

from tracker.domain.filters import subtree_prefix
from tracker.domain.model import DocType
from tracker.search.fold import fold
from tracker.search.hits import find_spans, make_hits
from tracker.search.lookup import all_ids, evaluate, term_ids
from tracker.search.query import Node, Term, parse_query, positive_terms
from tracker.search.results import (
    CommitmentResult, DocumentResult, Hit, SearchFilter, SearchResults,
)
from tracker.search.sources import COMMITMENTS, DOCUMENTS, QUEUE_TABLE, Source

MAX_HITS = 20  # hits with context returned per document (all are counted)


def run_search(conn: Connection, query: str, filters: SearchFilter = SearchFilter(), *,
               limit: int = 20, offset: int = 0, commitment_limit: int = 50,
               max_hits: int = MAX_HITS) -> SearchResults:
    """Documents (newest first, undated last; one page: `offset`, `limit`) and commitments matching
    `query`. Raises QueryError for a query that only excludes. The index must be in
    sync (index.sync) for the result to include the latest changes."""
    began = time.perf_counter()
    node = parse_query(query)
    if node is None:
        return SearchResults(query, (), 0, (), 0, ())
    terms = tuple(positive_terms(node))
    term = _server_term(conn, node)
    if term is not None:
        total, page = _server_document_page(conn, term, filters, limit, offset)
    else:
        total, page = _document_page(conn, _matching(conn, DOCUMENTS, node), filters, limit,
                                     offset)
    texts = _texts(conn, [r[0] for r in page])
    documents = []
    for doc_id, title, doc_date, doc_type, region_code, region_name in page:
        text = texts[doc_id]
        spans = find_spans(text, terms)
        documents.append(DocumentResult(
            doc_id, title, _date(doc_date), DocType(doc_type), region_code, region_name,
            len(spans), make_hits(text, spans, max_hits)))
    cmt_total, cmt_rows = _commitment_page(conn, _commitment_selection(conn, node, term),
                                           filters,
                                           commitment_limit)
    commitments = tuple(_commitment_result(row, terms, max_hits) for row in cmt_rows)
    elapsed = (time.perf_counter() - began) * 1000
    return SearchResults(query, terms, total, tuple(documents), cmt_total,
                         commitments, offset, elapsed)


def _server_term(conn: Connection, node: Node) -> str | None:
    """On PostgreSQL, the folded word of a query of one word when the index is up to date
    (None otherwise): such a query is answered in the database, its pages cut there
    (LIMIT/OFFSET), with no id list going to Python and back. (With rows queued, as in a
    library searched read-only, the queued rows' texts are read: lookup.term_ids.)"""
    if conn.dialect.name != "postgresql" or not isinstance(node, Term):
        return None
    folded = fold(node.text)
    if not folded or conn.exec_driver_sql(
            f"SELECT EXISTS (SELECT 1 FROM {QUEUE_TABLE})").scalar_one():
        return None
    return folded


def _matching(conn: Connection, source: Source, node: Node) -> set[int]:
    cache: dict[str, set[int]] = {}

    def lookup(term: str) -> set[int]:
        if term not in cache:
            cache[term] = term_ids(conn, source, term)
        return cache[term]

    return evaluate(node, lookup, lambda: all_ids(conn, source))


def _filter_sql(filters: SearchFilter, region_expr: str) -> tuple[str, list[object]]:
    where: list[str] = []
    params: list[object] = []
    if filters.region_code:
        where.append(f"{region_expr} LIKE ?")
        params.append(subtree_prefix(filters.region_code) + "%")
    if filters.date_from:
        where.append("d.doc_date >= ?")
        params.append(filters.date_from.isoformat())
    if filters.date_to:
        where.append("d.doc_date <= ?")
        params.append(filters.date_to.isoformat())
    if filters.doc_type:
        where.append("d.doc_type = ?")
        params.append(filters.doc_type.value)
    return "".join(f" AND {w}" for w in where), params


def _document_page(conn: Connection, ids: set[int], filters: SearchFilter, limit: int,
                   offset: int) -> tuple[int, list[tuple]]:
    """(number of matching documents after filtering, the rows of one page).

    The ids of all documents passing the filters come newest first (undated last) from
    the covering index search_doc_meta as one JSON array, without reading any text; the
    matching ones are picked in Python, and only the page's rows are read."""
    if not ids:
        return 0, []
    extra, params = _filter_sql(filters, "d.region_code")
    # Aggregating over an ordered subquery keeps the index order (0.7 ms for 10,000
    # documents); an ORDER BY inside the aggregate would sort again (25 ms).
    # (SQLite sorts NULL as the least value: undated last when descending; PostgreSQL is
    # told so, its default being the other way)
    nulls = " NULLS LAST" if conn.dialect.name == "postgresql" else ""
    ordered = json.loads(conn.exec_driver_sql(
        "SELECT json_group_array(id) FROM (SELECT d.id FROM document d INDEXED BY "
        f"search_doc_meta WHERE 1{extra} ORDER BY d.doc_date DESC{nulls}, d.id DESC) AS q",
        tuple(params)).scalar_one())
    matching = [doc_id for doc_id in ordered if doc_id in ids]
    page = matching[offset:offset + limit]
    rows = {r[0]: tuple(r) for r in conn.exec_driver_sql(
        "SELECT d.id, d.title, d.doc_date, d.doc_type, d.region_code, r.name "
        "FROM document d LEFT JOIN region r ON r.code = d.region_code "
        "WHERE d.id IN (SELECT value FROM json_each(?))", (json.dumps(page),))}
    return len(matching), [rows[doc_id] for doc_id in page]


def _server_document_page(conn: Connection, folded: str, filters: SearchFilter, limit: int,
                          offset: int) -> tuple[int, list[tuple]]:
    """_document_page of a one-word query on PostgreSQL, in one statement: the index
    lookup, the filters, the order and the page, with the number of matching documents
    counted over all of them (a window count, computed before LIMIT cuts the page)."""
    from tracker.search import pg

    select, params = pg.term_select(DOCUMENTS, folded)
    extra, more = _filter_sql(filters, "d.region_code")
    where = f" WHERE d.id IN ({select}){extra}"
    rows = conn.exec_driver_sql(
        "SELECT d.id, d.title, d.doc_date, d.doc_type, d.region_code, r.name, count(*) OVER ()"
        f" FROM document d LEFT JOIN region r ON r.code = d.region_code{where}"
        " ORDER BY d.doc_date DESC NULLS LAST, d.id DESC LIMIT ? OFFSET ?",
        (*params, *more, limit, offset)).all()
    if rows:
        return int(rows[0][-1]), [tuple(r)[:-1] for r in rows]
    if not offset:
        return 0, []
    # a page past the end: counted on its own
    return int(conn.exec_driver_sql(f"SELECT count(*) FROM document d{where}",
                                    (*params, *more)).scalar_one()), []


def _texts(conn: Connection, ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = conn.exec_driver_sql(
        "SELECT id, text FROM document WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(ids),))
    return {r[0]: r[1] for r in rows}


# The matching commitments as a condition over c with its parameters, how many match
# before any filter (a number, or a SELECT count(*) with its parameters), and on
# PostgreSQL for a query of one word the same test on one row (pg.row_test), else None.
Selection = tuple[str, tuple, int | tuple[str, tuple], tuple[str, tuple] | None]


def _commitment_selection(conn: Connection, node: Node,
                          folded: str | None = None) -> Selection | None:
    """The matching commitments (None: none).

    On PostgreSQL a query of one word (`folded`, see _server_term) stays in the database
    (`c.id IN (the index lookup)`, counted on the index alone): the planner knows from its statistics how many
    rows the lookup gives and joins accordingly, and no id list goes to Python and back.
    Otherwise the ids are worked out here and sent as one parameter of any length: a JSON
    array (SQLite), an array (PostgreSQL, whose planner then knows how many there are).
    Either way the index holds existing rows only (a delete takes its entries out at once,
    and a query of one word on PostgreSQL is only answered so when no row is queued)."""
    if conn.dialect.name == "postgresql":
        from tracker.search import pg

        if folded is not None:   # (_server_term: one word, the index up to date)
            select, params = pg.term_select(COMMITMENTS, folded)
            return f"c.id IN ({select})", params, (f"SELECT count(*) FROM ({select}) AS q",
                                                   params), pg.row_test(COMMITMENTS, folded)
        ids = _matching(conn, COMMITMENTS, node)
        return ("c.id = ANY(CAST(? AS bigint[]))", (sorted(ids),), len(ids),
                None) if ids else None
    ids = _matching(conn, COMMITMENTS, node)
    return ("c.id IN (SELECT value FROM json_each(?))", (json.dumps(sorted(ids)),),
            len(ids), None) if ids else None


def _commitment_page(conn: Connection, selection: Selection | None,
                     filters: SearchFilter, limit: int) -> tuple[int, list[tuple]]:
    """(number of matching commitments after filtering, the rows of the first `limit` in
    the order of their documents, newest first): a count, and the page's rows alone."""
    if selection is None:
        return 0, []
    among, among_params, unfiltered, row_test = selection
    extra, params = _filter_sql(filters, "coalesce(c.region_code, d.region_code)")
    where = (f" FROM commitment c LEFT JOIN document d ON d.id = c.document_id"
             f" WHERE {among}{extra}")
    args = (*among_params, *params)
    if extra:
        total = int(conn.exec_driver_sql(f"SELECT count(*){where}", args).scalar_one())
    elif isinstance(unfiltered, int):
        total = unfiltered
    else:
        total = int(conn.exec_driver_sql(*unfiltered).scalar_one())
    if not total:
        return 0, []
    walked = _commitment_walk(conn, row_test, extra, params, limit, total) \
        if row_test is not None else None
    if walked is not None:
        return total, walked
    # the page's ids first (the order over narrow rows), then their texts
    # (SQLite sorts NULL first: the commitments without a document come before those of
    # undated documents; PostgreSQL is told so)
    nulls = " NULLS FIRST" if conn.dialect.name == "postgresql" else ""
    page = [r[0] for r in conn.exec_driver_sql(
        f"SELECT c.id{where}"
        f" ORDER BY d.doc_date IS NULL, d.doc_date DESC, c.document_id{nulls}, c.start,"
        " c.id LIMIT ?", (*args, limit))]
    rows = {r[0]: tuple(r) for r in conn.exec_driver_sql(
        "SELECT c.id, c.document_id, d.title, c.quote, c.notes"
        " FROM commitment c LEFT JOIN document d ON d.id = c.document_id"
        " WHERE c.id IN (SELECT value FROM json_each(?))", (json.dumps(page),))}
    return total, [rows[cid] for cid in page]


def _commitment_walk(conn: Connection, row_test: tuple[str, tuple], extra: str,
                     params: list[object], limit: int, total: int) -> list[tuple] | None:
    """The rows (id, document, title, quote, notes) of the first `limit` matching
    commitments in the result's order (documents newest first, then the commitments
    without a document, then those of undated documents; within a document by
    position), found by testing the commitments of the documents in that order, a few
    documents at a time (as many as the page should take if `total` were spread evenly,
    then twice as many each time), each commitment tested on its own index entry.

    None (order the matches instead) when the walk does not pay: about limit / share rows
    tested, one index probe each, against one probe for each of the `total` matches to
    order them (share = total / rows: the walk pays when total² > limit · rows, above
    2,200 matches of 100,000 for 50); or when four times the documents the page should
    take have not filled it (a word of old documents only, say)."""
    rows_now, dated_ids, undated_ids = conn.exec_driver_sql(
        "SELECT (SELECT reltuples FROM pg_class WHERE oid = CAST('commitment' AS regclass)),"
        " (SELECT json_group_array(id) FROM (SELECT d.id FROM document d"
        " WHERE d.doc_date IS NOT NULL ORDER BY d.doc_date DESC, d.id) AS a),"
        " (SELECT json_group_array(id) FROM (SELECT d.id FROM document d"
        " WHERE d.doc_date IS NULL ORDER BY d.id) AS b)").one()
    # (reltuples: the planner's estimate of the rows, -1 before the first statistics)
    if total * total <= limit * max(float(rows_now), total):
        return None
    dated, undated = json.loads(dated_ids), json.loads(undated_ids)
    slots: list[int | None] = [*dated, None, *undated]   # None: without a document
    test, test_params = row_test
    found: list[tuple[int, int, int, tuple]] = []   # (slot, start, id, row)
    share = limit * len(slots) / total   # the documents a page takes, spread evenly
    at, size, budget = 0, max(1, round(1.5 * share)), 4 * share
    while at < len(slots) and len(found) < limit:
        if at >= budget:
            return None
        chunk = slots[at:at + size]
        slot_of = {doc: at + i for i, doc in enumerate(chunk)}
        docs = [doc for doc in chunk if doc is not None]
        # (an array: the planner knows how many, and does not expect a hundred)
        among = ["c.document_id = ANY(CAST(? AS bigint[]))"] if docs else []
        if None in slot_of:
            among.append("c.document_id IS NULL")
        rows = conn.exec_driver_sql(
            "SELECT c.id, c.document_id, d.title, c.quote, c.notes, c.start FROM commitment c"
            " LEFT JOIN document d ON d.id = c.document_id"
            f" WHERE ({' OR '.join(among)}) AND {test}{extra}",
            (*([docs] if docs else []), *test_params, *params))
        found += [(slot_of[r[1]], r[5], r[0], tuple(r[:5])) for r in rows]
        at, size = at + size, size * 2
    found.sort(key=lambda f: f[:3])
    return [row for *_key, row in found[:limit]]


def _commitment_result(row: tuple, terms: tuple[str, ...], max_hits: int) -> CommitmentResult:
    cid, doc_id, title, quote, notes = row
    hits: list[Hit] = []
    count = 0
    for field, text in (("quote", quote), ("notes", notes or "")):
        spans = find_spans(text, terms)
        count += len(spans)
        hits.extend(make_hits(text, spans, max_hits - len(hits), field))
    return CommitmentResult(cid, doc_id, title, quote, count, tuple(hits))


def _date(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
