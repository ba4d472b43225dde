"""Shared fixtures. Every test gets its own database and never touches real user folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parents[1] / "tracker" / "resources" / "samples"


@pytest.fixture(autouse=True)
def _isolate_user_folders(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("APPDATA", str(home / "appdata"))
    monkeypatch.setenv("LOCALAPPDATA", str(home / "localappdata"))
    monkeypatch.setenv("TRACKER_DB", str(home / "tracker.db"))
    monkeypatch.setenv("TRACKER_LANG", "en")  # the command line's language, whatever the locale
    yield


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "library.db"


# --- both backends (issue 16) -----------------------------------------------------------
# Tests under these folders that use `ctx`, `db_target` or `backend` run twice: on a SQLite
# file and on a database of a throwaway PostgreSQL cluster (one per session, UTF-8). A
# test that is about the file itself is marked @pytest.mark.sqlite_only.
BOTH_BACKENDS = ("services", "search", "storage")
_PG_MISSING = ("PostgreSQL tests SKIPPED: no PostgreSQL server binaries (initdb, pg_ctl) "
               "were found. Install Debian's postgresql package (bash packaging/"
               "linux-deps.sh --ci does) or set TRACKER_PG_BIN to their folder.")


def pytest_configure(config):
    config.addinivalue_line("markers", "sqlite_only: about the SQLite file; one backend")


def pytest_generate_tests(metafunc):
    if "backend" not in metafunc.fixturenames:
        return
    area = Path(str(metafunc.definition.fspath)).parent.name
    both = area in BOTH_BACKENDS and metafunc.definition.get_closest_marker("sqlite_only") is None
    metafunc.parametrize("backend", ["sqlite", "postgresql"] if both else ["sqlite"],
                         indirect=True)


@pytest.fixture
def backend(request) -> str:
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def pg_cluster():
    """A PostgreSQL cluster for the whole run, with a template database at the schema
    head (each test's database is a copy: CREATE DATABASE … TEMPLATE)."""
    from tests.pgcluster import Cluster, find_bin_dir

    bin_dir = find_bin_dir()
    if bin_dir is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(_PG_MISSING + " Under CI=true this is a failure.", pytrace=False)
        import warnings

        warnings.warn(_PG_MISSING, stacklevel=1)
        pytest.skip(_PG_MISSING)
    cluster = Cluster(bin_dir).start()
    before = os.environ.get("PGPASSFILE")
    os.environ["PGPASSFILE"] = str(cluster.passfile)
    try:
        from tracker.storage.migrate import upgrade_server

        cluster.admin("CREATE DATABASE tracker_template")
        upgrade_server(cluster.url("tracker_template"))
        yield cluster
    finally:
        if before is None:
            os.environ.pop("PGPASSFILE", None)
        else:
            os.environ["PGPASSFILE"] = before
        cluster.stop()


_pg_serial = iter(range(1, 1_000_000))


@pytest.fixture
def pg_url(pg_cluster):
    """A fresh database at the schema head on the test cluster; dropped afterwards."""
    name = f"t{os.getpid()}_{next(_pg_serial)}"
    pg_cluster.admin(f"CREATE DATABASE {name} TEMPLATE tracker_template")
    yield pg_cluster.url(name)
    pg_cluster.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def db_target(request, backend, db_path):
    """What `open_database` / `AppContext.open` take: the file, or the server's URL."""
    if backend == "postgresql":
        return request.getfixturevalue("pg_url")
    return db_path


@pytest.fixture
def ctx(db_target):
    from tracker.services.context import AppContext

    context = AppContext.open(db_target)
    yield context
    context.close()


@pytest.fixture
def samples_dir() -> Path:
    return SAMPLES
