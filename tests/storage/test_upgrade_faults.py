"""Upgrades under faults: an error or a kill -9 at any point of a migration leaves the
library on its old schema or the new one, with nothing lost, and it opens afterwards."""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest
import sqlean

import tracker.storage.migrate as migrate
from tracker.storage.errors import BackupFailedError, UpgradeFailedError
from tests.storage import faults

ROOT = Path(__file__).resolve().parents[2]
STARTS = ("0001", "0002", "0003_search", "0004_register")


@pytest.fixture(scope="module")
def templates(tmp_path_factory) -> dict[str, tuple[Path, set]]:
    """A seeded library at each old revision, and the schema objects of each revision."""
    folder = tmp_path_factory.mktemp("templates")
    out = {}
    for rev in faults.SCHEMAS:
        path = folder / f"{rev}.db"
        faults.seed(path, rev)
        out[rev] = (path, faults.schema(path)[1])
    return out


def _counts(path: Path) -> tuple[int, int]:
    with closing(sqlean.connect(str(path))) as conn:
        return (conn.execute("SELECT count(*) FROM document").fetchone()[0],
                conn.execute("SELECT count(*) FROM commitment").fetchone()[0])


def _check_after_fault(path: Path, start: str, templates) -> str:
    rev, objects = faults.schema(path)
    assert rev in (start, migrate.SCHEMA_HEAD), rev
    assert objects == templates[rev][1], f"half-applied schema at {rev}"
    assert _counts(path) == (3, 3)
    db = migrate.open_database(path)  # opens, upgrading what was left at the old schema
    try:
        assert migrate.current_revision(db.engine) == migrate.SCHEMA_HEAD
    finally:
        db.close()
    assert faults.schema(path)[1] == templates[migrate.SCHEMA_HEAD][1]
    assert _counts(path) == (3, 3)
    leftovers = [p.name for p in path.parent.glob("*.bak*")]
    assert leftovers == [], leftovers
    return rev


@pytest.mark.parametrize("start", STARTS)
def test_an_error_in_the_middle_of_an_upgrade_leaves_the_old_schema(
        start, templates, tmp_path, monkeypatch):
    path = tmp_path / "count" / "lib.db"
    path.parent.mkdir()
    shutil.copy(templates[start][0], path)
    counter = [0]
    real = migrate.make_engine
    faults.install(-1, counter=counter)  # count the statements of the whole upgrade
    try:
        migrate.open_database(path).close()
    finally:
        migrate.make_engine = real
    total = counter[0]
    assert total > 3
    for at in sorted({2, total // 2, total - 1, total}):
        path = tmp_path / f"at{at}" / "lib.db"
        path.parent.mkdir()
        shutil.copy(templates[start][0], path)
        faults.install(at)
        try:
            with pytest.raises(UpgradeFailedError) as err:
                migrate.open_database(path)
        finally:
            migrate.make_engine = real
        message = str(err.value)
        assert "upgrading the library" in message and "SELECT" not in message
        assert "INSERT" not in message and "CREATE" not in message
        assert err.value.backup is not None and err.value.backup.is_file()
        assert faults.schema(path)[0] == start
        assert faults.schema(path)[1] == templates[start][1]
        # the copy made before can be put back, and the library still opens afterwards
        migrate.restore_backup(path, err.value.backup)
        assert faults.schema(path)[0] == start
        err.value.backup.unlink()
        _check_after_fault(path, start, templates)


def test_a_failed_backup_changes_nothing_and_leaves_no_file(templates, tmp_path, monkeypatch):
    path = tmp_path / "lib.db"
    shutil.copy(templates["0003_search"][0], path)

    def broken(_target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(migrate, "_verify_copy", broken)
    for _ in range(3):
        with pytest.raises(BackupFailedError, match="Nothing was changed"):
            migrate.open_database(path)
    assert list(tmp_path.glob("*.bak*")) == []
    assert faults.schema(path)[0] == "0003_search"


def _child(path: Path, at: int) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tests.storage.faults", str(path), str(at)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("start", STARTS)
def test_kill_9_at_each_step_of_an_upgrade(start, templates, tmp_path):
    """The kill -9 drill: the child upgrades the library and is killed with SIGKILL at a
    few statements of the upgrade (first, middle, last, the version stamp) and at a few
    random moments; each time the library opens afterwards, nothing lost."""
    path = tmp_path / "count" / "lib.db"
    path.parent.mkdir()
    shutil.copy(templates[start][0], path)
    counted = _child(path, -1)
    assert counted.returncode == 0, counted.stderr
    total = int(counted.stdout.split()[-1])
    outcomes: dict[str, int] = {}
    points = sorted({1, 2, total // 3, total // 2, total - 1, total})
    for at in points:
        path = tmp_path / f"at{at}" / "lib.db"
        path.parent.mkdir()
        shutil.copy(templates[start][0], path)
        run = _child(path, at)
        assert run.returncode == -9, (at, run.returncode, run.stderr[-500:])
        rev = _check_after_fault(path, start, templates)
        outcomes[rev] = outcomes.get(rev, 0) + 1
    # and a few kills at random moments of a whole open-and-upgrade
    rng = random.Random(13)
    for n in range(3):
        path = tmp_path / f"random{n}" / "lib.db"
        path.parent.mkdir()
        shutil.copy(templates[start][0], path)
        proc = subprocess.Popen([sys.executable, "-m", "tests.storage.faults", str(path),
                                 "-1"], cwd=ROOT, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, 1.5))
        proc.kill()
        proc.wait()
        rev = _check_after_fault(path, start, templates)
        outcomes[rev] = outcomes.get(rev, 0) + 1
    print(f"kill -9 drill from {start}: {total} statements, {len(points) + 3} kills, "
          f"left at {outcomes}")
    assert outcomes.get(start, 0) >= len(points) - 1  # the kills in the upgrade kept the old


def test_cli_says_the_upgrade_failed_and_restores_the_copy(templates, tmp_path):
    path = tmp_path / "lib.db"
    shutil.copy(templates["0003_search"][0], path)
    code = ("import sys; from tests.storage import faults; faults.install(4)\n"
            "from tracker.cli import main; sys.exit(main(sys.argv[1:]))\n")
    run = subprocess.run([sys.executable, "-c", code, "--db", str(path), "docs"], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 3, run.stderr[-1500:]
    assert "upgrading the library" in run.stderr and "Traceback" not in run.stderr
    assert "CREATE" not in run.stderr and "INSERT" not in run.stderr
    hint = next(line for line in run.stderr.splitlines() if "restore-backup" in line)
    backup = hint.split("restore-backup ", 1)[1].strip()
    assert Path(backup).is_file()
    restored = subprocess.run([sys.executable, "-m", "tracker", "--db", str(path),
                               "restore-backup", backup], cwd=ROOT, capture_output=True,
                              text=True, timeout=120)
    assert restored.returncode == 0 and "restored" in restored.stderr
    assert faults.schema(path)[0] == "0003_search"
    docs = subprocess.run([sys.executable, "-m", "tracker", "--db", str(path), "docs"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert docs.returncode == 0 and "文件0" in docs.stdout


def test_a_copy_left_by_a_kill_after_the_upgrade_is_removed_on_the_next_open(templates,
                                                                             tmp_path):
    path = tmp_path / "lib.db"
    shutil.copy(templates[migrate.SCHEMA_HEAD][0], path)
    left = tmp_path / f"lib.db.before-{migrate.SCHEMA_HEAD}.bak"
    shutil.copy(templates["0004_register"][0], left)
    migrate.open_database(path).close()
    assert not left.exists()
