"""A read-only member on a real team server (issue 16): a PostgreSQL role granted SELECT
only (CREATE ROLE … LOGIN; GRANT SELECT ON ALL TABLES …). The window shows the 只读 banner
with its changing actions disabled; reading, searching and exporting work; a change that is
still attempted (the operation path, as any view would) is refused by the server's grants
and said in plain Chinese, naming the server, never as a traceback."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.pgcluster import PASSWORD
from tests.services.register_fixtures import build_register
from tests.ui.reader.conftest import open_window
from tracker.domain.model import Status
from tracker.services import commitments, ledger
from tracker.services import search as search_service
from tracker.services.context import AppContext
from tracker.services.operations import ChangeStatus
from tracker.ui import operations

_serial = iter(range(1, 10_000))


@pytest.fixture
def reader_url(pg_cluster, pg_url):
    """The register (built by its owner) and a URL for a role that may only read it."""
    owner = AppContext.open(pg_url)
    try:
        build_register(owner)
    finally:
        owner.close()
    role = f"reader_{os.getpid()}_{next(_serial)}"
    dbname = pg_url.rsplit("/", 1)[1]
    pg_cluster.admin(f"CREATE ROLE {role} LOGIN PASSWORD '{PASSWORD}'")
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:   # as the owner, in that database
        conn.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}")
    passfile = Path(os.environ["PGPASSFILE"])
    before = passfile.read_text()
    passfile.write_text(before + f"127.0.0.1:{pg_cluster.port}:{dbname}:{role}:{PASSWORD}\n")
    yield pg_cluster.url(dbname).replace(pg_url.split("//")[1].split("@")[0] + "@",
                                          f"{role}@")
    passfile.write_text(before)
    pg_cluster.admin(f"DROP DATABASE IF EXISTS {dbname} WITH (FORCE)")   # frees the role
    pg_cluster.admin(f"DROP ROLE IF EXISTS {role}")


@pytest.mark.gui
def test_a_select_only_role_gets_the_banner_reads_exports_and_is_told_why_not(
        qtbot, reader_url, tmp_path):
    win, translations = open_window(qtbot, reader_url)
    try:
        ctx = win.ui.services
        assert ctx.db.engine.dialect.name == "postgresql" and ctx.db.read_only
        banner = win.read_only_banner
        assert banner is not None and "只读" in banner.text()
        qtbot.waitUntil(banner.isVisible, timeout=2000)
        assert not win.act_import.isEnabled() and not win.act_themes_apply.isEnabled()
        table = next(p for p in win.pages if p.page_name == "table")
        assert table.model.rowCount() == 5 and not table.act_status.isEnabled()
        assert table.act_export.isEnabled()

        # reading, searching and exporting work with SELECT alone
        found = search_service.search(ctx, "水体")
        assert found.total_commitments > 0
        for fmt in ("csv", "xlsx"):
            out = tmp_path / f"台账.{fmt}"
            ledger.export_ledger(ctx, out, fmt)
            assert out.stat().st_size > 0
        assert "黑臭水体" in (tmp_path / "台账.csv").read_text(encoding="utf-8-sig")

        # a change attempted anyway: the server refuses it, the window says so in Chinese
        cid = table.model.id_at(0)
        before = commitments.get(ctx, cid)
        entries = len(commitments.progress(ctx, cid))
        said: list[str] = []
        made = operations.run(win.ui, ChangeStatus([cid], Status.AT_RISK, "滞后"), "改状态",
                              explain=said.append)
        assert not made and len(said) == 1
        assert "只读权限" in said[0] and "无权写入" in said[0], said[0]
        assert "permission denied" not in said[0] and "Traceback" not in said[0]
        assert reader_url.split("@")[1].split("/")[0] in said[0]   # names the server
        after = commitments.get(ctx, cid)
        assert (after.status, after.version) == (before.status, before.version)
        assert len(commitments.progress(ctx, cid)) == entries
    finally:
        win.tasks.wait(10000)
        translations.uninstall()
        QApplication.processEvents()
        win.close()
