"""Search through the index, checked against a plain Python scan of the same texts."""

from __future__ import annotations

import random
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from tracker.domain.model import DocType
from tracker.search import QueryError, SearchFilter
from tracker.search.fold import fold

ALPHABET = "生态环境態環黑臭水体體碳汇匯林业業治理，。、 \nAaＢb1２%.-"
WORDS = ["生态环境", "黑臭水体", "碳汇", "林业", "治理", "水", "A", "1", "，", "%", "、"]


def occurrences(text: str, term: str) -> list[int]:
    """Plain scan: start offsets of the non-overlapping occurrences of `term`."""
    folded_text, folded_term = fold(text), fold(term)
    out, start = [], folded_text.find(folded_term)
    while start >= 0:
        out.append(start)
        start = folded_text.find(folded_term, start + len(folded_term))
    return out


def make_texts(seed: int, n: int = 30) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(n):
        parts = [rng.choice(WORDS) if rng.random() < 0.5 else rng.choice(ALPHABET)
                 for _ in range(rng.randint(0, 60))]
        texts.append("".join(parts))
    return texts


def check_against_scan(lib, ids: list[int], texts: list[str], term: str) -> None:
    res = lib.search(f'"{term}"', limit=10_000, commitment_limit=0)  # a phrase, as typed
    by_id = {d.doc_id: d for d in res.documents}
    expected = {i for i, t in zip(ids, texts) if occurrences(t, term)}
    assert set(by_id) == expected, term
    assert res.total_documents == len(expected)
    for doc_id, text in zip(ids, texts):
        if doc_id in by_id:
            d = by_id[doc_id]
            starts = occurrences(text, term)
            assert d.hit_count == len(starts)
            assert [h.start for h in d.hits] == starts[:len(d.hits)]
            for h in d.hits:
                assert fold(text[h.start:h.end]) == fold(term)
                assert h.context == text[h.context_start:h.context_start + len(h.context)] \
                    .replace("\n", " ")
                assert (h.start - h.context_start, h.end - h.context_start) in h.marks


@pytest.mark.parametrize("seed", range(3))
def test_every_term_length_matches_a_python_scan(lib, seed):
    texts = make_texts(seed)
    ids = [lib.add_doc(t) for t in texts]
    rng = random.Random(seed)
    for length in (1, 2, 3, 6):
        for _ in range(12):
            text = rng.choice([t for t in texts if len(t) >= length] or ["生态环境保护治理"])
            start = rng.randrange(0, len(text) - length + 1)
            term = text[start:start + length]
            check_against_scan(lib, ids, texts, term)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(st.text(alphabet=ALPHABET, max_size=50), min_size=1, max_size=8),
       term=st.text(alphabet=ALPHABET, min_size=1, max_size=6))
def test_hypothesis_texts_and_terms(lib, texts, term):
    lib.execute("DELETE FROM document")
    ids = [lib.add_doc(t) for t in texts]
    check_against_scan(lib, ids, texts, term)


def test_both_scripts_find_each_other(lib):
    simp = lib.add_doc("加强生态环境保护，推进黑臭水体治理，提升碳汇能力。")
    trad = lib.add_doc("加強生態環境保護，推進黑臭水體治理，提升碳匯能力。")
    for query in ("生态环境", "生態環境", "黑臭水体", "黑臭水體", "碳汇", "碳匯", "匯", "体"):
        assert lib.doc_ids(query) == {simp, trad}, query


def test_one_and_two_character_queries(lib):
    a = lib.add_doc("碳")                 # a text of one character
    b = lib.add_doc("推进碳汇，碳。")
    c = lib.add_doc("汇集")
    assert lib.doc_ids("碳") == {a, b}
    assert lib.doc_ids("汇") == {b, c}
    assert lib.doc_ids("碳汇") == {b}
    assert lib.doc_ids("汇，") == {b}      # Chinese punctuation is searchable
    assert lib.doc_ids("，碳") == {b}


def test_ascii_punctuation_and_latin_terms(lib):
    a = lib.add_doc("PM2.5浓度下降10%")
    b = lib.add_doc("ｐｍ２.５ and 5%")
    c = lib.add_doc("x.y")
    assert lib.doc_ids("pm2.5") == {a, b}
    assert lib.doc_ids("%") == {a, b}
    assert lib.doc_ids("0%") == {a}
    assert lib.doc_ids(".") == {a, b, c}
    assert lib.doc_ids("2.") == {a, b}
    assert lib.doc_ids("PM") == {a, b}


def test_phrases_keep_their_spaces(lib):
    a = lib.add_doc("生态 环境")
    b = lib.add_doc("生态环境")
    assert lib.doc_ids('"生态 环境"') == {a}
    assert lib.doc_ids("生态 环境") == {a, b}       # two words: both present


def test_boolean_queries(lib):
    d1 = lib.add_doc("碳汇 湿地")
    d2 = lib.add_doc("碳汇 林业")
    d3 = lib.add_doc("湿地 保护")
    d4 = lib.add_doc("无关")
    assert lib.doc_ids("碳汇 湿地") == {d1}
    assert lib.doc_ids("碳汇 OR 保护") == {d1, d2, d3}
    assert lib.doc_ids("碳汇 | 保护") == {d1, d2, d3}
    assert lib.doc_ids("碳汇 -湿地") == {d2}
    assert lib.doc_ids("湿地 NOT 碳汇") == {d3}
    assert lib.doc_ids("(林业 OR 保护) -碳") == {d3}
    assert lib.doc_ids("碳汇 OR -湿地") == {d1, d2, d4}
    assert lib.search("碳汇 -湿地").terms == ("碳汇",)
    with pytest.raises(QueryError):
        lib.search("-碳汇")


def test_blank_query_finds_nothing(lib):
    lib.add_doc("碳汇")
    res = lib.search("  ")
    assert res.empty and res.documents == ()


def test_filters_region_subtree_dates_and_type(lib):
    jx = lib.add_doc("碳汇", doc_date=date(2023, 5, 1), region="360000", doc_type=DocType.PLAN)
    nc = lib.add_doc("碳汇", doc_date=date(2024, 1, 1), region="360100")
    cq = lib.add_doc("碳汇", doc_date=date(2022, 1, 1), region="500000")
    undated = lib.add_doc("碳汇")
    assert lib.doc_ids("碳汇", filters=SearchFilter(region_code="360000")) == {jx, nc}
    assert lib.doc_ids("碳汇", filters=SearchFilter(region_code="360100")) == {nc}
    assert lib.doc_ids("碳汇", filters=SearchFilter(date_from=date(2023, 1, 1))) == {jx, nc}
    assert lib.doc_ids("碳汇", filters=SearchFilter(date_to=date(2023, 5, 1))) == {jx, cq}
    assert lib.doc_ids("碳汇", filters=SearchFilter(doc_type=DocType.PLAN)) == {jx}
    res = lib.search("碳汇", SearchFilter(region_code="360000"))
    assert res.total_documents == 2 and res.documents[0].region_name == "地区360100"
    # newest first, undated last
    assert [d.doc_id for d in lib.search("碳汇").documents] == [nc, jx, cq, undated]


def test_pages(lib):
    ids = [lib.add_doc("碳汇" * (i + 1), doc_date=date(2020, 1, 1 + i)) for i in range(7)]
    first = lib.search("碳汇", limit=3)
    second = lib.search("碳汇", limit=3, offset=3)
    assert first.total_documents == second.total_documents == 7
    assert [d.doc_id for d in first.documents] == ids[::-1][:3]
    assert [d.doc_id for d in second.documents] == ids[::-1][3:6]
    assert first.documents[0].hit_count == 7


def test_hits_are_capped_but_all_counted(lib):
    lib.add_doc("水" * 100)
    (doc,) = lib.search("水").documents
    assert doc.hit_count == 100 and len(doc.hits) == 20


def test_overlapping_terms_merge_into_one_hit(lib):
    lib.add_doc("加强生态环境保护")
    (doc,) = lib.search("生态环 环境保护").documents
    assert [(h.start, h.end) for h in doc.hits] == [(2, 8)]


# ------------------------------------------------------------ keeping in step

def test_index_follows_document_insert_edit_delete(lib):
    doc = lib.add_doc("推进碳汇能力建设")
    assert lib.doc_ids("碳汇") == {doc}
    lib.execute("UPDATE document SET text = '黑臭水体治理' WHERE id = ?", (doc,))
    assert lib.doc_ids("碳汇") == set()
    assert lib.doc_ids("黑臭水体") == {doc}
    assert lib.doc_ids("水") == {doc}
    lib.execute("DELETE FROM document WHERE id = ?", (doc,))
    assert lib.doc_ids("黑臭水体") == set()
    assert lib.doc_ids("水") == set()


def test_deleted_rows_vanish_even_before_the_next_sync(lib):
    from tracker.search import run_search
    from tracker.storage import repos

    doc = lib.add_doc("推进碳汇能力建设")
    lib.search("碳汇")
    with lib.db.session() as s:
        repos.delete_document(s, doc)
    with lib.db.session() as s:  # no sync: the trigger already removed the entries
        assert run_search(s.connection(), "碳汇能力").total_documents == 0
        assert run_search(s.connection(), "碳汇").total_documents == 0


def test_index_follows_commitment_insert_edit_delete(lib):
    from tracker.storage import repos

    doc = lib.add_doc("正文")
    cid = lib.add_commitment(doc, "到2025年完成黑臭水体整治", notes="市生态环境局牵头")
    assert lib.commitment_ids("黑臭水体") == {cid}
    assert lib.commitment_ids("牵头") == {cid}
    assert lib.commitment_ids("生態環境") == {cid}
    with lib.db.session() as s:
        c = repos.get_commitment(s, cid)
        c.notes = "林业局配合"
        repos.update_commitment(s, c)
    assert lib.commitment_ids("牵头") == set()
    assert lib.commitment_ids("林业") == {cid}
    res = lib.search("林业")
    (hit,) = res.commitments[0].hits
    assert (hit.field, hit.start, hit.end) == ("notes", 0, 2)
    with lib.db.session() as s:
        repos.delete_commitment(s, cid)
    assert lib.commitment_ids("林业") == set()
    assert lib.commitment_ids("黑臭水体") == set()


def test_rebuild_and_fold_change_reindex_everything(lib):
    from tracker.search import rebuild, stats

    doc = lib.add_doc("碳汇")
    lib.add_commitment(doc, "碳汇")
    lib.search("碳汇")
    with lib.db.session() as s:
        assert rebuild(s.connection()) == 2
    assert lib.doc_ids("碳汇") == {doc}
    lib.execute("UPDATE search_meta SET value = 'old' WHERE key = 'fold'")
    assert lib.doc_ids("碳汇") == {doc}  # a changed fold signature re-indexes on sync
    with lib.db.session() as s:
        st = stats(s.connection())
    assert (st.documents, st.commitments, st.pending) == (1, 1, 0)
    assert st.fts_bytes is None or st.fts_bytes > 0


def test_existing_rows_are_indexed_after_the_migration(db_path):
    """A database from before the search index gets its rows queued by the migration."""
    from tracker.storage.engine import make_engine
    from tracker.storage.migrate import open_database, upgrade
    from tests.search.conftest import Library, insert_raw_document

    engine = make_engine(db_path)
    upgrade(engine, db_path, "0002")
    with engine.begin() as conn:
        insert_raw_document(conn, "旧文档", "推進碳匯")
    engine.dispose()
    db = open_database(db_path)
    try:
        assert Library(db).doc_ids("碳汇") == {1}
    finally:
        db.close()


# ------------------------------------------------------------ facts the design rests on

@pytest.mark.sqlite_only
def test_sqlite_trigram_facts(lib):
    """SQLite 3.50's trigram tokenizer: MATCH finds nothing under three characters, and
    LIKE on a contentless trigram table silently returns no rows (so neither can serve
    short terms; the short index does)."""
    with lib.db.session() as s:
        c = s.connection()
        c.exec_driver_sql("CREATE VIRTUAL TABLE t_plain USING fts5(x, tokenize='trigram')")
        c.exec_driver_sql("CREATE VIRTUAL TABLE t_bare USING fts5(x, tokenize='trigram', "
                          "content='', contentless_delete=1)")
        for table in ("t_plain", "t_bare"):
            c.exec_driver_sql(f"INSERT INTO {table} (rowid, x) VALUES (1, '推进碳汇能力')")
        q = "SELECT count(*) FROM {} WHERE x {} ?"
        assert c.exec_driver_sql(q.format("t_plain", "MATCH"), ('"碳汇"',)).scalar() == 0
        assert c.exec_driver_sql(q.format("t_plain", "MATCH"), ('"碳汇能"',)).scalar() == 1
        assert c.exec_driver_sql(q.format("t_plain", "LIKE"), ("%碳汇%",)).scalar() == 1
        assert c.exec_driver_sql(q.format("t_bare", "LIKE"), ("%碳汇%",)).scalar() == 0
        assert c.exec_driver_sql(q.format("t_bare", "LIKE"), ("%碳汇能%",)).scalar() == 0
        s.rollback()


def test_migration_downgrade_removes_the_index(db_path):
    from alembic import command

    from tests.search.conftest import insert_raw_document
    from tracker.storage.engine import make_engine
    from tracker.storage.migrate import _config, upgrade

    engine = make_engine(db_path)
    upgrade(engine, db_path)
    command.downgrade(_config(engine), "0002")
    with engine.begin() as conn:
        left = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE name LIKE 'search%'").scalars().all()
        assert left == []
        insert_raw_document(conn, "文件", "正文")      # no trigger refers to missing tables
    engine.dispose()
