"""The same search on SQLite (FTS5) and PostgreSQL (pg_trgm + the GIN array of one- and
two-character grams) gives the same rows, for every query length, both scripts, case and
full-width letters, punctuation and spaces (issue 16)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.search.conftest import Library
from tracker.search import SearchFilter
from tracker.storage.migrate import open_database

TEXTS = [
    "推进碳达峰碳中和，建设碳汇林10万亩。",
    "加強環境保護，推進碳達峰行動。",            # Traditional
    "到2025年，PM2.5浓度下降10%以上；GDP增长6.5%。",
    "ＡＢＣ公司与abc协会签订协议 (试点)。",       # full-width and ASCII letters
    "完善养老服务体系，发展普惠托育。",
    "a_b 与 a%b 不同；反斜杠\\也要能查。",
    "",
]
NOTES = ["督办", "", "重點", "", "林", "", "碳"]
QUERIES = [
    # one and two characters, both scripts, ASCII and full-width, punctuation, space
    "碳", "林", "環", "环", "a", "Ａ", "%", "_", "\\", "，", "。", "(", " ", "5", ".5",
    "碳达", "碳達", "10", "m2", "PM", "ab", "a_", "a%", "%以", "，推", "托育",
    # three and four characters
    "碳达峰", "碳達峰", "pm2", "2.5", "abc", "ＡＢＣ", "10%", "a_b", "a%b", "碳中和，",
    "养老服务", "環境保護", "不存在的", "协议 (",
    # combinations
    "碳 -林", "环境 OR 养老", "\"碳汇林\"", "林 -碳 -督办",
]


@pytest.fixture
def both(db_path, pg_url):
    libs = []
    for target in (db_path, pg_url):
        lib = Library(open_database(target))
        for i, text in enumerate(TEXTS):
            doc = lib.add_doc(text or "空", title=f"文件{i}")
            lib.add_commitment(doc, text or "空", notes=NOTES[i])
        libs.append(lib)
    yield libs
    for lib in libs:
        lib.db.close()


def test_every_query_finds_the_same_rows_on_both_backends(both):
    sqlite, postgres = both
    found_any = 0
    for query in QUERIES:
        docs = sqlite.doc_ids(query)
        cmts = sqlite.commitment_ids(query)
        assert postgres.doc_ids(query) == docs, query
        assert postgres.commitment_ids(query) == cmts, query
        found_any += bool(docs or cmts)
    assert found_any >= len(QUERIES) - 3   # the corpus answers almost every query


def test_an_edit_is_searchable_at_once_on_both(both):
    for lib in both:
        doc = lib.add_doc("新增的湿地保护条款")
        assert doc in lib.doc_ids("湿地")
        lib.execute("UPDATE document SET text = ? WHERE id = ?", ("改为草原保护", doc))
        assert doc not in lib.doc_ids("湿地") and doc in lib.doc_ids("草原")
        lib.execute("DELETE FROM document WHERE id = ?", (doc,))
        assert doc not in lib.doc_ids("草原")


# A register where a common word fills a page from the first documents: dated documents
# (newest first), commitments without a document, undated documents; several commitments
# per document at positions out of id order, some sharing a position.
_DATES = [date(2024, 3, 1), None, date(2025, 6, 30), None, date(2023, 1, 15), date(2025, 6, 30)]


@pytest.fixture
def paged(db_path, pg_url):
    libs = []
    for target in (db_path, pg_url):
        lib = Library(open_database(target))
        docs = []
        for i, day in enumerate(_DATES):
            doc = lib.add_doc(f"第{i}号文件：推进湿地保护", title=f"文件{i}", doc_date=day,
                              region="360000" if i % 2 else "110000")
            for j, start in enumerate((9, 3, 3, 0, 7, 1)):
                word = "湿地保护" if (i + j) % 3 else "水体治理"
                lib.add_commitment(doc, f"{word}第{i}-{j}项", start=start)
            docs.append(doc)
        for j in range(4):
            lib.add_commitment(None, f"无文件的湿地保护承诺{j}", start=5 - j)
        for j in range(10):   # a word of the last document only (undated, highest id)
            lib.add_commitment(docs[3], f"泥炭地第{j}项", start=20 - j)
        libs.append(lib)
    yield libs
    for lib in libs:
        lib.db.close()


def test_a_page_of_a_common_word_comes_in_the_same_order_on_both(paged, monkeypatch):
    """On PostgreSQL a word that many commitments hold fills the page by walking the
    documents in the result's order (run._commitment_walk), not by ordering every match:
    the same page, in the same order, as SQLite's, for every page length and filter."""
    from tracker.search import run

    walks = []
    walk = run._commitment_walk

    def spied(*args, **kw):
        walks.append(walk(*args, **kw))
        return walks[-1]

    monkeypatch.setattr(run, "_commitment_walk", spied)
    sqlite, postgres = paged
    filters = [SearchFilter(), SearchFilter(region_code="360000"),
               SearchFilter(date_from=date(2024, 1, 1))]
    for query in ("湿", "湿地", "湿地保护", "地保护第", "泥炭"):
        for f in filters:
            for limit in (1, 3, 7, 12, 17, 20, 24, 30):
                lite = sqlite.search(query, f, commitment_limit=limit)
                server = postgres.search(query, f, commitment_limit=limit)
                assert server.total_commitments == lite.total_commitments, (query, f, limit)
                assert [c.commitment_id for c in server.commitments] == \
                    [c.commitment_id for c in lite.commitments], (query, f, limit)
                assert server.commitments == lite.commitments
                if f.date_from is None:
                    assert lite.commitments   # a page to compare
    # the walk answered the pages it pays for, and gave up on the word of the last
    # document (the matches were ordered instead)
    assert any(w is not None for w in walks) and None in walks


def test_a_page_of_documents_comes_from_one_statement_on_the_server(paged):
    sqlite, postgres = paged
    for query in ("湿地", "号文件", "第3号"):
        for f in (SearchFilter(), SearchFilter(region_code="360000")):
            for offset in (0, 2, 5, 9):
                lite = sqlite.search(query, f, limit=2, offset=offset)
                server = postgres.search(query, f, limit=2, offset=offset)
                assert server.total_documents == lite.total_documents, (query, f, offset)
                assert server.documents == lite.documents, (query, f, offset)
