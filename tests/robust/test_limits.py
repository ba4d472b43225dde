"""Limits: a suggestion time budget per document, oversized documents left out of the
search index (and reported) instead of failing every search, read caps per reader."""

from __future__ import annotations

import time

import pytest

from tracker.services import search, suggesting
from tracker.services.importing import import_paths

CLAUSE = "到2025年底，全市完成老旧小区改造120个，由市住建局牵头负责。"


def test_suggestions_on_a_long_single_line_stop_at_the_budget():
    text = CLAUSE.replace("。", "，") * 40_000  # 1.3 M characters on one line
    t0 = time.monotonic()
    found = suggesting.suggest_within(text, None, seconds=1.0)
    assert time.monotonic() - t0 < 10
    assert not found.complete and 0 < found.read_chars < len(text)


def test_pieces_keep_offsets_right():
    text = (CLAUSE + "\n") * 4000  # longer than a piece: read in pieces
    found = suggesting.suggest_within(text, None, seconds=60)
    assert found.complete and len(found) > 1
    for s in found:
        assert text[s.start:s.end] == s.quote


def test_a_short_text_is_one_call(monkeypatch):
    short = suggesting.suggest_within(CLAUSE, None)
    assert short.complete and [s.quote for s in short] == [
        s.quote for s in suggesting.suggest(CLAUSE, None)]


def test_an_oversized_document_is_left_out_of_the_index_and_reported(ctx, tmp_path,
                                                                      monkeypatch):
    import tracker.search.index as index

    monkeypatch.setattr(index, "MAX_INDEX_CHARS", 5_000)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "small.txt").write_text("碳达峰行动方案\n" + CLAUSE, encoding="utf-8")
    (folder / "big.txt").write_text("城市更新专项规划\n" + CLAUSE * 200, encoding="utf-8")
    report = import_paths(ctx, [folder])
    assert len(report.imported) == 2
    big = next(d.id for d in report.imported if d.path.endswith("big.txt"))
    for _ in range(2):  # and the next search does not try again (and fail) forever
        res = search.search(ctx, "老旧小区")
        assert res.total_documents == 1
    assert search.skipped_documents(ctx) == [(big, len("城市更新专项规划\n" + CLAUSE * 200))]
    with ctx.db.session() as s:
        assert s.connection().exec_driver_sql("SELECT count(*) FROM search_queue").scalar() == 0


@pytest.mark.parametrize("fmt,limit_key", [("txt", "txt"), ("html", "html")])
def test_file_size_caps(ctx, tmp_path, monkeypatch, fmt, limit_key):
    import tracker.ingest.limits as limits

    monkeypatch.setitem(limits.MAX_FILE_BYTES, limit_key, 1000)
    path = tmp_path / f"big.{fmt}"
    path.write_text(CLAUSE * 100, encoding="utf-8")
    report = import_paths(ctx, [path])
    assert report.errors and "too large" in report.errors[0][1]


def test_text_cap(ctx, tmp_path, monkeypatch):
    import tracker.ingest.limits as limits

    monkeypatch.setattr(limits, "MAX_TEXT_CHARS", 500)
    path = tmp_path / "long.txt"
    path.write_text(CLAUSE * 100, encoding="utf-8")
    report = import_paths(ctx, [path])
    assert report.errors and "too much text" in report.errors[0][1]


def test_a_pdf_page_too_large_to_read_says_so(tmp_path, monkeypatch):
    import tracker.ingest.readers.pdf as pdf
    from tests.ingest.pdfmaker import make_pdf
    from tracker.ingest import IngestError, read_path

    monkeypatch.setattr(pdf, "MAX_PDF_PAGE_CONTENT", 2000)
    path = tmp_path / "ops.pdf"
    path.write_bytes(make_pdf([["到2025年底完成改造。"] * 400]))
    with pytest.raises(IngestError, match="too large to read"):
        read_path(path)
    path.write_bytes(make_pdf([["到2025年底完成改造。"] * 400, ["第二页：由市住建局牵头负责。"]]))
    result = read_path(path)  # the other pages are read
    assert "市住建局" in result.text and any("page 1" in w for w in result.warnings)


def test_the_index_is_built_in_short_transactions(ctx, tmp_path, monkeypatch):
    """Each batch is its own transaction: between two, another connection can write."""
    import tracker.search.index as index
    import tracker.services.search as svc

    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(4):
        (folder / f"d{i}.txt").write_text(f"第{i}号方案\n" + CLAUSE * 20, encoding="utf-8")
    import_paths(ctx, [folder])   # indexed as they are stored: index them all again
    with ctx.db.engine.begin() as conn:
        index.forget_index(conn)
    monkeypatch.setattr(index, "BATCH_CHARS", 500)
    real = svc.sync_step
    steps = []

    def step(conn, *a, **kw):
        # a write from another connection goes through between two batches
        with ctx.db.engine.connect() as other:
            other.exec_driver_sql("INSERT INTO search_meta (key, value) VALUES ('probe', ?) "
                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                                  (str(len(steps)),))
            other.commit()
        n, skipped = real(conn, max_chars=500)
        steps.append(n)
        return n, skipped

    monkeypatch.setattr(svc, "sync_step", step)
    search.refresh_index(ctx)
    assert len([n for n in steps if n]) >= 4 and max(steps) <= 2
    assert search.search(ctx, "老旧小区").total_documents == 4
