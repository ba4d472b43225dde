"""Fixtures for the search tests: a migrated database and helpers that write rows the way
the rest of the app does (repositories), so the index triggers see ordinary writes."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from tracker.domain.model import Commitment, DocType, Document, Region, RegionLevel
from tracker.domain.spans import Span
from tracker.search import SearchFilter, run_search, sync
from tracker.storage import repos
from tracker.storage.migrate import open_database


def insert_raw_document(conn, title: str, text: str) -> None:
    """A document written by plain SQL, as another tool or an old version might."""
    conn.exec_driver_sql(
        "INSERT INTO document (uuid, title, text, source_format, sha256, text_sha256, doc_type,"
        " script, imported_at, updated_at) VALUES (?, ?, ?, 'txt',"
        " '', '', 'other', 'simplified', '2024-01-01 00:00:00', '2024-01-01 00:00:00')",
        (uuid.uuid4().hex, title, text))


class Library:
    """A database plus shortcuts to add rows and query through the index."""

    def __init__(self, db) -> None:
        self.db = db

    def add_doc(self, text: str, title: str = "文件", doc_date: date | None = None,
                region: str | None = None, doc_type: DocType = DocType.OTHER) -> int:
        with self.db.session() as s:
            if region:
                repos.ensure_regions(s, [Region(region, f"地区{region}", RegionLevel.PROVINCE)])
            return repos.add_document(s, Document(title=title, text=text, doc_date=doc_date,
                                                  region_code=region, doc_type=doc_type),
                                      b"").id

    def add_commitment(self, doc_id: int | None, quote: str, notes: str = "",
                       start: int = 0) -> int:
        with self.db.session() as s:
            c = Commitment(document_id=doc_id, span=Span(start, start + len(quote), quote),
                           notes=notes)
            return repos.add_commitment(s, c).id

    def execute(self, sql: str, params: tuple = ()) -> None:
        with self.db.session() as s:
            s.connection().exec_driver_sql(sql, params)

    def search(self, query: str, filters: SearchFilter = SearchFilter(), **kw):
        with self.db.session() as s:
            sync(s.connection())
        with self.db.session() as s:
            return run_search(s.connection(), query, filters, **kw)

    def doc_ids(self, query: str, **kw) -> set[int]:
        res = self.search(query, limit=10_000, **kw)
        assert res.total_documents == len(res.documents)
        return {d.doc_id for d in res.documents}

    def commitment_ids(self, query: str) -> set[int]:
        return {c.commitment_id for c in self.search(query, commitment_limit=10_000).commitments}


@pytest.fixture
def lib(db_target):
    db = open_database(db_target)
    yield Library(db)
    db.close()
