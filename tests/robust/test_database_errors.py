"""Database errors are plain messages: not a database, damaged, a folder, read-only (opened
read-only, nothing switched), full disk, a newer schema left untouched."""

from __future__ import annotations

import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
import sqlean

import tracker.storage.migrate as migrate
from tracker.services.context import AppContext
from tracker.storage.errors import DiskFullError, LibraryError, SchemaTooNewError

ROOT = Path(__file__).resolve().parents[2]


def _cli(db: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tracker", "--db", str(db), *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def _library(path: Path) -> Path:
    ctx = AppContext.open(path)
    from tracker.services.importing import import_paths
    src = path.parent / "doc.txt"
    src.write_text("碳达峰行动方案\n到2025年底，全市完成老旧小区改造120个。\n", encoding="utf-8")
    import_paths(ctx, [src])
    ctx.close()
    return path


@pytest.mark.parametrize("case", ["not_sqlite", "truncated", "folder", "damaged_page"])
def test_unusable_files_are_plain_messages(tmp_path, case):
    db = tmp_path / "lib.db"
    if case == "not_sqlite":
        db.write_bytes(b"PK\x03\x04 this is a zip, not a library" * 50)
    elif case == "truncated":
        _library(db)
        data = db.read_bytes()
        db.write_bytes(data[:len(data) // 3])
    elif case == "folder":
        db.mkdir()
    else:
        _library(db)
        with closing(sqlean.connect(str(db))) as conn:
            conn.execute("PRAGMA journal_mode=DELETE")
            page = conn.execute("PRAGMA page_size").fetchone()[0]
            root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name='document'"
                                ).fetchone()[0]
        with open(db, "r+b") as fh:
            fh.seek((root - 1) * page)
            fh.write(b"\x0d" + b"\xff" * 64)
    before = db.read_bytes() if db.is_file() else None
    with pytest.raises(LibraryError) as err:
        AppContext.open(db)
    message = str(err.value)
    assert str(db) in message and "SELECT" not in message and "PRAGMA" not in message
    run = _cli(db, "docs")
    assert run.returncode == 3 and "Traceback" not in run.stderr, run.stderr[-800:]
    assert str(db) in run.stderr
    if before is not None:
        assert db.read_bytes() == before  # not changed


def test_read_only_library_opens_read_only_and_says_so(tmp_path, monkeypatch):
    db = _library(tmp_path / "lib.db")
    ctx = AppContext.open(db)
    from tracker.services import search
    search.refresh_index(ctx)  # (a read-only library is searched as its index stands)
    ctx.close()
    with closing(sqlean.connect(str(db))) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
    before = db.read_bytes()
    monkeypatch.setattr(migrate, "_writable", lambda _path: False)
    ctx = AppContext.open(db)
    try:
        assert ctx.db.read_only
        from tracker.services import library, search
        assert len(library.list_documents(ctx)) == 1
        assert search.search(ctx, "老旧小区").total_documents == 1
        with pytest.raises(LibraryError, match="read-only"):
            library.update_document(ctx, 1, title="改")
    finally:
        ctx.close()
    assert db.read_bytes() == before
    assert not Path(str(db) + "-wal").exists()


def test_newer_schema_in_rollback_journal_mode_is_left_untouched(tmp_path):
    db = _library(tmp_path / "lib.db")
    with closing(sqlean.connect(str(db))) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
        conn.commit()
    before = db.read_bytes()
    with pytest.raises(SchemaTooNewError):
        AppContext.open(db)
    assert db.read_bytes() == before  # not even switched to WAL
    run = _cli(db, "docs")
    assert run.returncode == 3 and "newer version" in run.stderr
    assert db.read_bytes() == before


def test_full_disk_is_a_message_and_nothing_half_written(tmp_path, monkeypatch):
    db = _library(tmp_path / "lib.db")
    ctx = AppContext.open(db)
    try:
        with ctx.db.session() as s:
            s.connection().exec_driver_sql(
                "PRAGMA max_page_count = " + str(s.connection().exec_driver_sql(
                    "PRAGMA page_count").scalar() + 2))
        from tracker.services.importing import import_paths
        src = tmp_path / "big.txt"
        src.write_text("城市更新专项规划\n" + "到2025年底完成老旧小区改造。" * 20000,
                       encoding="utf-8")
        with pytest.raises(DiskFullError) as err:
            import_paths(ctx, [src])
        assert "disk is full" in str(err.value) and "INSERT" not in str(err.value)
        from tracker.services import library
        assert len(library.list_documents(ctx)) == 1
    finally:
        ctx.close()


def test_cli_full_disk_message(tmp_path):
    """Through the CLI: a plain line, exit status 3."""
    db = _library(tmp_path / "lib.db")
    code = ("import sys; from sqlalchemy import event; import tracker.storage.migrate as m\n"
            "real = m.make_engine\n"
            "def mk(p, **k):\n"
            "    e = real(p, **k)\n"
            "    event.listen(e, 'connect', lambda c, r: c.execute('PRAGMA max_page_count=60'))\n"
            "    return e\n"
            "m.make_engine = mk\n"
            "from tracker.cli import main; sys.exit(main(sys.argv[1:]))\n")
    src = tmp_path / "big.txt"
    src.write_text("城市更新专项规划\n" + "到2025年底完成老旧小区改造。" * 20000, encoding="utf-8")
    run = subprocess.run([sys.executable, "-c", code, "--db", str(db), "import", "-q",
                          str(src)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 3, run.stderr[-1500:]
    assert "disk is full" in run.stderr and "Traceback" not in run.stderr
