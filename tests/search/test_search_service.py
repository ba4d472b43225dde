"""The search use cases: queries see every change at once, region choices form a tree."""

from __future__ import annotations

from tracker.domain.model import Document, Region, RegionLevel
from tracker.services import search
from tracker.storage import repos
from tests.search.conftest import insert_raw_document


def test_search_sees_a_document_added_by_any_path(ctx):
    with ctx.db.session() as s:
        insert_raw_document(s.connection(), "新文件", "推進濕地保護")
    res = search.search(ctx, "湿地")
    assert [d.title for d in res.documents] == ["新文件"]
    assert search.index_stats(ctx).pending == 0


def test_region_choices_are_a_tree_of_used_regions(ctx):
    with ctx.db.session() as s:
        repos.ensure_regions(s, [Region("360000", "江西省", RegionLevel.PROVINCE),
                                 Region("360100", "南昌市", RegionLevel.PREFECTURE, "360000"),
                                 Region("500000", "重庆市", RegionLevel.PROVINCE)])
        repos.add_document(s, Document(title="a", text="x", region_code="360100"), b"")
    assert search.region_choices(ctx) == [("360000", "江西省", 0), ("360100", "南昌市", 1)]


def test_resolve_region(ctx):
    assert search.resolve_region(ctx, "360100") == "360100"
    assert search.resolve_region(ctx, "江西省") == "360000"


def test_concurrent_refreshes_and_writes_do_not_fail(ctx):
    """Index refreshes on worker threads (page, import, query) while documents arrive."""
    import threading

    errors: list[BaseException] = []

    def guarded(fn):
        def run():
            try:
                fn()
            except BaseException as exc:  # noqa: BLE001 - collected for the assertion
                errors.append(exc)
        return run

    def write():
        for i in range(40):
            with ctx.db.session() as s:
                insert_raw_document(s.connection(), f"文件{i}", f"第{i}号文件：推进湿地保护")

    def refresh():
        for _ in range(15):
            search.refresh_index(ctx)

    threads = [threading.Thread(target=guarded(f)) for f in (write, refresh, refresh, refresh)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert search.search(ctx, "湿地", limit=100).total_documents == 40
