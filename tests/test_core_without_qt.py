"""The core (everything below tracker/ui) imports and works with PySide6 unavailable."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SCRIPT = textwrap.dedent("""
    import importlib, pkgutil, sys
    sys.modules["PySide6"] = None      # any import of PySide6 now raises ImportError
    sys.modules["shiboken6"] = None
    import tracker
    for pkg in ("domain", "geo", "storage", "ingest", "extract", "search", "export", "services"):
        mod = importlib.import_module(f"tracker.{pkg}")
        for info in pkgutil.walk_packages(mod.__path__, f"tracker.{pkg}."):
            if ".migrations" in info.name:
                continue
            importlib.import_module(info.name)
    from tracker.cli import main
    db = sys.argv[1]
    assert main(["--db", db, "import", "--samples", "-q"]) == 0
    assert main(["--db", db, "docs"]) == 0
    print("CORE-OK")
""")


def test_core_runs_without_qt(tmp_path):
    proc = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "noqt.db")], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "CORE-OK" in proc.stdout
