"""A plain (non-editable) install carries its runtime assets and never writes into itself.

The package is built the way `pip install .` builds it (setuptools' build_py with the
pyproject's package data) into a temporary folder, made read-only, and the command line is
run from there, away from the source checkout.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _chmod_tree(root: Path, writable: bool) -> None:
    for path in [root, *root.rglob("*")]:
        mode = path.stat().st_mode
        mode = mode | stat.S_IWUSR if writable else mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
        path.chmod(mode)


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    lib = tmp_path_factory.mktemp("site")
    egg = tmp_path_factory.mktemp("egg")
    subprocess.run([sys.executable, "-c", "from setuptools import setup; setup()", "-q",
                    "egg_info", "--egg-base", str(egg), "build_py", "--build-lib", str(lib)],
                   cwd=ROOT, check=True, capture_output=True)
    _chmod_tree(lib, writable=False)
    yield lib
    _chmod_tree(lib, writable=True)


def _tracker(installed: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(installed), TRACKER_DB=str(tmp_path / "t.db"),
               PYTHONDONTWRITEBYTECODE="1")
    return subprocess.run([sys.executable, "-m", "tracker", *args], cwd=tmp_path, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def test_the_package_carries_its_assets_and_no_dev_tools(installed):
    files = {p.relative_to(installed).as_posix() for p in installed.rglob("*") if p.is_file()}
    assert {"tracker/resources/i18n/tracker_zh_CN.qm", "tracker/resources/i18n/tracker_zh_CN.ts",
            "tracker/resources/icons/tracker.svg", "tracker/resources/icons/tracker-small.svg",
            "tracker/geo/data/divisions.tsv"} <= files
    assert len([f for f in files if f.startswith("tracker/resources/samples/")]) == 5
    assert not [f for f in files if "screenshot" in f or "update_translations" in f]


def test_samples_import_from_a_read_only_install(installed, tmp_path):
    probe = _tracker(installed, tmp_path, "--version")
    assert probe.returncode == 0, probe.stderr
    where = subprocess.run([sys.executable, "-c", "import tracker.resources as r; print(r.samples_dir())"],
                           cwd=tmp_path, env=dict(os.environ, PYTHONPATH=str(installed)),
                           capture_output=True, text=True, check=True).stdout.strip()
    assert Path(where).is_relative_to(installed)   # not the source checkout
    done = _tracker(installed, tmp_path, "import", "--samples")
    assert done.returncode == 0, done.stdout + done.stderr
    docs = _tracker(installed, tmp_path, "docs", "--json")
    assert docs.returncode == 0, docs.stderr
    assert len(json.loads(docs.stdout)) == 5
    written = [p for p in installed.rglob("*") if p.stat().st_mode & stat.S_IWUSR]
    assert written == []
