"""Render the overview page on the demo library to resources/screenshots/overview.png
(offscreen, Chinese interface).

The demo library is what File → 载入示例文档库 loads (tracker.services.demo.load_demo): the
five sample documents with their suggestions accepted, themes from the keyword list, and
deadlines and dated progress entries marked as demonstration data.

Run from the repository root:
    QT_QPA_PLATFORM=offscreen python tools/screenshot_overview.py
OVERVIEW_SCOPE=140000 selects a region first; OVERVIEW_MATRIX=/tmp/m.png also saves the
matrix tab; OVERVIEW_PNG=path writes the picture elsewhere.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

def make_demo(ctx) -> None:
    """The demo library, as File → 载入示例文档库 loads it (services.demo)."""
    from tracker.services import demo

    demo.load_demo(ctx)


def main() -> int:
    from shot import ShotWindow

    with ShotWindow(1500, 940) as shot:
        make_demo(shot.ctx)
        shot.attach(library_width=300)
        page = shot.page("overview")
        shot.settle(lambda: page.overview is not None)
        scope = os.environ.get("OVERVIEW_SCOPE", "")
        if scope:
            page.tree.setCurrentIndex(page.proxy.mapFromSource(page.model.index_of(scope)))
        shot.settle(lambda: True)
        shot.save(os.environ.get("OVERVIEW_PNG", "overview.png"))
        matrix_png = os.environ.get("OVERVIEW_MATRIX")     # a path: also the matrix tab
        if matrix_png:
            page.views.setCurrentIndex(1)
            shot.settle(lambda: page.overview.themes_counted)
            shot.save(Path(matrix_png).resolve())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
