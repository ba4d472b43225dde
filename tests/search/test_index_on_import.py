"""An import indexes what it stores in the same transaction: nothing is left queued, and
the index holds exactly what a rebuild from the stored texts gives."""

from __future__ import annotations

import pytest

from tracker.domain import messages
from tracker.search import index
from tracker.services import importing, library, search
from tracker.services.context import AppContext
from tracker.storage import repos

TEXTS = {
    "a.txt": ("江西省南昌市城市更新方案\n到2025年底，PM2.5浓度下降10%，完成老旧小区改造。", "utf-8"),
    "b.txt": ("關於印發臺北市生態環境保護規劃的通知\n全市優良天數比例達到85%以上。", "big5"),
    "c.txt": ("ＧＥＰ核算　平台\n碳汇林业，黑臭水体治理。\n" * 30, "gb18030"),
}


@pytest.fixture
def ctx(tmp_path):
    c = AppContext.open(tmp_path / "lib.db")
    yield c
    c.close()


def _folder(tmp_path, texts):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, (text, encoding) in texts.items():
        (folder / name).write_bytes(text.encode(encoding))
    return folder


def _contents(ctx) -> dict[str, list[tuple]]:
    """Every term of every index table with its documents and counts, and each row's
    token count (what a search and a rank can read)."""
    out: dict[str, list[tuple]] = {}
    with ctx.db.engine.begin() as conn:
        for table in ("search_doc_tri", "search_doc_short"):
            conn.exec_driver_sql(f"CREATE VIRTUAL TABLE temp.v_{table} USING fts5vocab("
                                 f"main, {table}, 'row')")
            out[table] = conn.exec_driver_sql(
                f"SELECT term, doc, cnt FROM temp.v_{table} ORDER BY term").all()
            out[table + "_docsize"] = conn.exec_driver_sql(
                f"SELECT id, sz FROM {table}_docsize ORDER BY id").all()
            conn.exec_driver_sql(f"DROP TABLE temp.v_{table}")
    return out


def test_imported_documents_are_indexed_as_a_rebuild_would_index_them(ctx, tmp_path):
    report = importing.import_paths(ctx, [_folder(tmp_path, TEXTS)])
    assert len(report.imported) == 3
    with ctx.db.engine.begin() as conn:
        assert index.pending(conn) == 0 and index.is_current(conn)
    assert search.search(ctx, "臺北").total_documents == 1   # folded: 台北
    assert search.search(ctx, "gep").total_documents == 1
    assert search.search(ctx, "汇").total_documents == 1     # the short index
    on_import = _contents(ctx)
    assert all(on_import.values())
    with ctx.db.engine.begin() as conn:
        assert index.rebuild(conn) == 3
    assert _contents(ctx) == on_import


def test_a_file_that_cannot_be_stored_leaves_nothing_and_stops_nothing(ctx, tmp_path,
                                                                        monkeypatch):
    # 2坏.txt is the first to name 大同市: its region row goes with it, 3.txt writes it again
    texts = {"1.txt": ("太原市城市更新方案\n全市推进。", "utf-8"),
             "2坏.txt": ("大同市老旧小区改造方案\n全市推进老旧小区改造。", "utf-8"),
             "3.txt": ("大同市生态环境保护方案\n全市优良天数比例达到85%。", "utf-8"),
             "4.txt": ("太原市城市更新方案\n全市推进。", "utf-8")}   # the text of 1.txt
    real = repos.add_document

    def add(session, doc, raw):
        stored = real(session, doc, raw)
        if "老旧" in doc.title:
            raise RuntimeError("盘面损坏")   # after the region and the row were written
        return stored

    monkeypatch.setattr(importing.repos, "add_document", add)
    report = importing.import_paths(ctx, [_folder(tmp_path, texts)])
    assert [d.path.rsplit("/", 1)[-1] for d in report.imported] == ["1.txt", "3.txt"]
    assert [(p.rsplit("/", 1)[-1], reason) for p, reason in report.errors] == [
        ("2坏.txt", messages.UNEXPECTED.format(reason="盘面损坏"))]
    assert [(p.rsplit("/", 1)[-1], t) for p, t in report.duplicates] == [("4.txt", "太原市城市更新方案")]
    docs = library.list_documents(ctx)
    assert sorted(d.title for d in docs) == ["大同市生态环境保护方案", "太原市城市更新方案"]
    regions = [ctx.gazetteer.display_name(d.region_code or "") for d in report.imported]
    assert regions == ["山西省太原市", "山西省大同市"]
    with ctx.db.engine.begin() as conn:
        assert index.pending(conn) == 0
    assert search.search(ctx, "老旧小区").total_documents == 0
    assert search.search(ctx, "优良天数").total_documents == 1


def test_a_full_disk_stops_the_import_keeping_the_files_before_it(ctx, tmp_path, monkeypatch):
    from tracker.storage.errors import DiskFullError

    real = importing._store_one

    def store(ctx_, session, item, doc):
        if item.path.name == "b.txt":
            raise DiskFullError("lib.db: the disk is full; the change was not saved")
        return real(ctx_, session, item, doc)

    monkeypatch.setattr(importing, "_store_one", store)
    with pytest.raises(DiskFullError):
        importing.import_paths(ctx, [_folder(tmp_path, TEXTS)])
    assert [d.title for d in library.list_documents(ctx)] == ["江西省南昌市城市更新方案"]
    assert search.search(ctx, "老旧小区").total_documents == 1   # indexed with it
