"""Shared fixtures. Every test gets its own database and never touches real user folders."""

from __future__ import annotations

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


@pytest.fixture
def ctx(db_path):
    from tracker.services.context import AppContext

    context = AppContext.open(db_path)
    yield context
    context.close()


@pytest.fixture
def samples_dir() -> Path:
    return SAMPLES
