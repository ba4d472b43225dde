"""Use cases of full-text search: run a query, bring the index up to date, rebuild it."""

from __future__ import annotations

from collections.abc import Callable

from tracker.search import IndexStats, SearchFilter, SearchResults, run_search, stats
from tracker.search.index import (
    forget_index, needs_sync, pending, prepare, sync_step,
)
from tracker.search.index import skipped_documents as skipped_documents_of
from tracker.search.hits import find_spans
from tracker.services.context import AppContext
from tracker.services.regions import region_tree

ProgressFn = Callable[[int, int], None]


def search(ctx: AppContext, query: str, filters: SearchFilter = SearchFilter(), *,
           limit: int = 20, offset: int = 0, commitment_limit: int = 50) -> SearchResults:
    """Index whatever changed since the last query, then run `query` (read-only)."""
    refresh_index(ctx)
    with ctx.db.session() as session:
        return run_search(session.connection(), query, filters, limit=limit, offset=offset,
                          commitment_limit=commitment_limit)


def find_in_text(text: str, query: str) -> list[tuple[int, int]]:
    """Where `query` occurs in `text`, matched as the search index matches (Simplified =
    Traditional, case- and width-insensitive), taken literally (no query syntax): code-point
    spans, left to right, not overlapping. Pure, no database: safe on any thread."""
    if not query:
        return []
    return find_spans(text, (query,))


def refresh_index(ctx: AppContext, progress: ProgressFn | None = None) -> int:
    """Index the documents and commitments changed since the last time; returns how many.
    A library opened read-only is searched as its index stands."""
    if ctx.db.read_only:
        return 0
    with ctx.db.session() as session:
        conn = session.connection()
        if not needs_sync(conn):
            return 0
        prepare(conn)
        total = pending(conn)
    # one short transaction per batch: the write lock is let go between batches, so
    # another program's import or edit waits a fraction of a second, not the whole build
    done = 0
    while True:
        with ctx.db.session() as session:
            n, _skipped = sync_step(session.connection())
        if not n:
            return done
        done += n
        if progress is not None:
            progress(min(done, total), max(total, done))


def rebuild_index(ctx: AppContext, progress: ProgressFn | None = None) -> IndexStats:
    """Throw the index away and build it again from every document and commitment."""
    with ctx.db.session() as session:
        forget_index(session.connection())
    refresh_index(ctx, progress)
    return index_stats(ctx)


def skipped_documents(ctx: AppContext) -> list[tuple[int, int]]:
    """(id, characters) of the documents left out of the search index because their
    text is too long."""
    with ctx.db.session() as session:
        conn = session.connection()
        out = []
        for doc_id in skipped_documents_of(conn):
            chars = conn.exec_driver_sql("SELECT length(text) FROM document WHERE id = ?",
                                         (doc_id,)).scalar()
            if chars is not None:
                out.append((doc_id, chars))
        return out


def index_stats(ctx: AppContext) -> IndexStats:
    with ctx.db.session() as session:
        return stats(session.connection())


def region_choices(ctx: AppContext) -> list[tuple[str, str, int]]:
    """(code, name, depth) of the regions documents are filed under, with their parents,
    in tree order, for the region filter."""
    with ctx.db.session() as session:
        rows = session.connection().exec_driver_sql(
            "WITH RECURSIVE used(code) AS ("
            " SELECT DISTINCT CAST(region_code AS TEXT) FROM document"
            " WHERE region_code IS NOT NULL UNION SELECT CAST(r.parent_code AS TEXT)"
            " FROM region r JOIN used u ON r.code = u.code"
            " WHERE r.parent_code IS NOT NULL) "
            "SELECT r.code, r.name, r.parent_code FROM region r JOIN used u ON u.code = r.code"
        ).all()
    return region_tree(rows)


class UnknownRegionError(ValueError):
    pass


def resolve_region(ctx: AppContext, text: str) -> str:
    """A region code from a code (360100) or a name (南昌市, 南昌, 江西省南昌市)."""
    text = text.strip()
    if text.isdigit() and len(text) == 6:
        return text
    region = ctx.gazetteer.resolve(text)
    if region is None:
        raise UnknownRegionError(f"unknown region: {text!r} (give a name such as 江西省 or a "
                                 "six-digit division code)")
    return region.code
