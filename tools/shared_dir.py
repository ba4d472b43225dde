"""Where the shared folder (seeds, gold records, the scorer) is: beside the repository.

In CI and in a plain clone the repository sits beside shared/. A git worktree can sit
elsewhere; then shared/ is beside the repository's main working tree, which git names
(`git rev-parse --git-common-dir`). TRACKER_SHARED, when set, is taken as it is.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

MARKER = Path("tools") / "score_suggestions.py"


def candidates(root: Path) -> list[Path]:
    """The places looked at, in order."""
    if os.environ.get("TRACKER_SHARED"):
        return [Path(os.environ["TRACKER_SHARED"])]
    places = [root.parent / "shared"]
    try:
        common = subprocess.run(["git", "rev-parse", "--path-format=absolute", "--git-common-dir"],
                                cwd=root, capture_output=True, text=True, timeout=10, check=True)
    except (OSError, subprocess.SubprocessError):
        return places
    main_tree = Path(common.stdout.strip()).parent  # <main working tree>/.git
    if main_tree.parent / "shared" not in places:
        places.append(main_tree.parent / "shared")
    return places


def find_shared(root: Path) -> Path | None:
    """The shared folder for the repository at `root`, or None when it is in none of the
    candidates' places."""
    return next((p for p in candidates(root) if (p / MARKER).is_file()), None)


def not_found(root: Path) -> str:
    """Why the shared folder was not found: the places looked at."""
    return ("shared/ (seeds, gold records, scorer) not found; looked at "
            + ", ".join(str(p) for p in candidates(root))
            + " (set TRACKER_SHARED to its path)")
