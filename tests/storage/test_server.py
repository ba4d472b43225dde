"""A register on a team server (issue 16): migrations on PostgreSQL, the connection test's
named problems, no silent upgrade by a client, and `tracker --db URL db …`."""

from __future__ import annotations

import uuid

import pytest

from tracker.cli import main
from tracker.services import team
from tracker.storage import server
from tracker.storage.errors import LibraryError
from tracker.storage.migrate import (
    SCHEMA_HEAD,
    _config,
    head_revision,
    known_revisions,
    open_database,
    upgrade_server,
)


@pytest.fixture
def empty_db(pg_cluster):
    """A new, empty UTF-8 database on the test cluster (no register yet)."""
    name = "empty_" + uuid.uuid4().hex[:12]
    pg_cluster.admin(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' "
                     "LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'")
    yield pg_cluster.url(name)
    pg_cluster.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _revision(url: str) -> str | None:
    engine = server.make_server_engine(url)
    try:
        return server.status(engine, url).revision
    finally:
        engine.dispose()


def test_migrations_go_up_and_down_on_postgresql(empty_db):
    from alembic import command

    assert upgrade_server(empty_db) == (None, head_revision())
    assert _revision(empty_db) == SCHEMA_HEAD
    engine = server.make_server_engine(empty_db)
    try:
        command.downgrade(_config(engine), "base")
        with engine.connect() as conn:
            left = conn.exec_driver_sql(
                "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
                " AND tablename <> 'alembic_version'").scalar_one()
        assert left == 0
    finally:
        engine.dispose()
    # and up again, then a second upgrade has nothing to do
    assert upgrade_server(empty_db)[1] == SCHEMA_HEAD
    assert upgrade_server(empty_db) == (SCHEMA_HEAD, SCHEMA_HEAD)


def test_a_client_never_upgrades_a_server(empty_db):
    from alembic import command

    engine = server.make_server_engine(empty_db)
    try:
        command.upgrade(_config(engine), "0005_quote_key")
    finally:
        engine.dispose()
    with pytest.raises(server.ServerError) as err:
        open_database(empty_db)
    assert err.value.problem is server.ServerProblem.TOO_OLD
    assert "db upgrade" in str(err.value)
    assert _revision(empty_db) == "0005_quote_key"   # untouched by the client
    report = team.check_connection(empty_db)
    assert not report.ok and report.problem == "too_old"


def test_connection_test_names_each_problem(pg_cluster, empty_db):
    cases = {
        "unreachable": "postgresql://nobody@127.0.0.1:1/x",
        "auth": f"postgresql://{pg_cluster.url().split('//')[1].split('@')[0]}:wrong@"
                f"127.0.0.1:{pg_cluster.port}/postgres",
        "no_database": pg_cluster.url("no_such_database"),
        "empty": empty_db,
    }
    for problem, url in cases.items():
        report = team.check_connection(url)
        assert (report.ok, report.problem) == (False, problem), report.message
        assert ":wrong@" not in report.message   # a password is never repeated
    pg_cluster.admin("CREATE DATABASE ascii_db TEMPLATE template0 ENCODING 'SQL_ASCII' "
                     "LC_COLLATE 'C' LC_CTYPE 'C'")
    try:
        report = team.check_connection(pg_cluster.url("ascii_db"))
        assert report.problem == "locale" and "UTF-8" in report.message
        with pytest.raises(server.ServerError):
            upgrade_server(pg_cluster.url("ascii_db"))   # no register that cannot search
    finally:
        pg_cluster.admin("DROP DATABASE ascii_db WITH (FORCE)")


def test_schema_too_new_is_refused(pg_url):
    engine = server.make_server_engine(pg_url)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    finally:
        engine.dispose()
    report = team.check_connection(pg_url)
    assert (report.ok, report.problem) == (False, "too_new")
    with pytest.raises(LibraryError):
        open_database(pg_url)
    with pytest.raises(LibraryError):
        upgrade_server(pg_url)
    assert "9999_future" not in known_revisions()


def test_cli_db_upgrade_and_check(empty_db, capsys):
    assert main(["--db", empty_db, "db", "check"]) == 3
    assert "db upgrade" in capsys.readouterr().err
    assert main(["--db", empty_db, "db", "upgrade"]) == 0
    assert SCHEMA_HEAD in capsys.readouterr().err
    assert main(["--db", empty_db, "db", "check"]) == 0
    assert "connected" in capsys.readouterr().err
    assert main(["--db", empty_db, "import", "--samples"]) == 0
    capsys.readouterr()
    assert main(["--db", empty_db, "search", "碳达峰"]) == 0
    assert "碳达峰" in capsys.readouterr().out


def test_db_upgrade_refuses_a_file(tmp_path, capsys):
    assert main(["--db", str(tmp_path / "x.db"), "db", "upgrade"]) == 3
    assert "team server" in capsys.readouterr().err


def test_display_url_drops_the_password():
    assert server.display_url("postgresql://ann:secret@db.example:5433/reg") == \
        "postgresql://ann@db.example:5433/reg"
    assert server.build_url("db.example", 5433, "reg", "ann") == \
        "postgresql://ann@db.example:5433/reg"
