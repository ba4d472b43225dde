"""The library list read with sqlite3 alone (the window's first seconds) matches the
repository's, and declines what it cannot read."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date

from tracker.domain import Commitment, Document, Kind, Region, RegionLevel, Span
from tracker.storage import repos
from tracker.storage.library_list import read_library
from tracker.storage.migrate import open_database


def _fill(db) -> None:
    with db.session() as s:
        repos.ensure_regions(s, [
            Region("140000", "山西省", RegionLevel.PROVINCE),
            Region("140200", "大同市", RegionLevel.PREFECTURE, "140000")])
        a = repos.add_document(s, Document(
            title="大同市生态环境保护大会召开", text="𠮷到2025年底前完成。", doc_date=date(2023, 11, 17),
            region_code="140200", text_sha256="a"), b"x")
        repos.add_document(s, Document(title="无日期", text="正文", text_sha256="b"), b"y")
        repos.add_document(s, Document(title="山西省方案", text="正文正文", doc_date=date(2024, 1, 2),
                                       region_code="140000", text_sha256="c"), b"z")
        for start in (0, 3):
            repos.add_commitment(s, Commitment(document_id=a.id, span=Span(start, start + 2, "到2"),
                                               kind=Kind.DELIVERABLE))


def test_same_rows_and_order_as_the_repository(db_path):
    db = open_database(db_path)
    _fill(db)
    with db.session() as s:
        expected = repos.list_documents(s)
    db.close()
    quick = read_library(db_path)
    assert quick is not None
    assert quick.documents == expected
    assert [d.title for d in quick.documents] == ["山西省方案", "大同市生态环境保护大会召开", "无日期"]
    assert [d.commitments for d in quick.documents] == [0, 2, 0]
    assert quick.region_names == {"140200": "山西省大同市", "140000": "山西省"}


def test_declines_what_it_cannot_read(tmp_path):
    assert read_library(tmp_path / "missing.db") is None
    assert not (tmp_path / "missing.db").exists()  # nothing created
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    assert read_library(other) is None
    (tmp_path / "junk.db").write_bytes(b"not a database at all" * 100)
    assert read_library(tmp_path / "junk.db") is None


def test_reading_the_list_imports_no_sqlalchemy(db_path):
    db = open_database(db_path)
    _fill(db)
    db.close()
    code = ("import sys; from tracker.storage.library_list import read_library; "
            "from tracker.storage.paths import resolve_db_path; "
            f"q = read_library(resolve_db_path({str(db_path)!r})); assert len(q.documents) == 3; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('sqlalchemy', 'sqlmodel', 'pydantic', 'openpyxl', 'alembic')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_value_this_version_does_not_know_declines(db_path):
    db = open_database(db_path)
    _fill(db)
    db.close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE document SET script = 'klingon' WHERE title = '无日期'")
    assert read_library(db_path) is None   # the context opens and says what is wrong



def test_the_first_rows_are_the_head_of_the_whole_list(db_path):
    db = open_database(db_path)
    _fill(db)
    db.close()
    whole = read_library(db_path)
    assert whole is not None and whole.complete
    head = read_library(db_path, first=2)
    assert head is not None and not head.complete   # more may follow
    assert head.documents == whole.documents[:2]
    assert head.region_names == {"140000": "山西省", "140200": "山西省大同市"}
    every = read_library(db_path, first=4)   # fewer than asked for: that is all of them
    assert every is not None and every.complete and every.documents == whole.documents
