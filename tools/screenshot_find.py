"""Render the reader's find bar (Ctrl+F) over a demo document to resources/screenshots/find.png
(offscreen, Chinese interface); the query is Traditional, the text Simplified.

Run from the repository root:  QT_QPA_PLATFORM=offscreen python tools/screenshot_find.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

QUERY = "生態環境"


def main() -> int:
    from screenshot_reader import open_demo
    from shot import ShotWindow

    with ShotWindow(1500, 900) as shot:
        page = open_demo(shot)
        page.act_find.trigger()
        page.find.field.setText(QUERY)
        page.find.run()
        shot.settle(lambda: not page.find.busy)
        page.find.next()
        page.find.next()
        shot.dock_width(360)
        shot.save("find.png")
        print(page.find.count.text())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
