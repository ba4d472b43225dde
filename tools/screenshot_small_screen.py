"""Every page on a 1366×768 office-laptop screen, in Chinese and in English, as the user
sees it: the real window on a real X server (run it under Xvfb), at the size it chooses
for the screen, with the demo register of screenshot_table.py.

Run from the repository root (needs xvfb and fonts-noto-cjk: bash packaging/linux-deps.sh --ci):

    xvfb-run -a -s "-screen 0 1366x768x24" python tools/screenshot_small_screen.py

Writes resources/screenshots/1366x768/{reader,table,overview,search}_{zh_CN,en}.png: the
whole screen when the platform is xcb (so the window's edges show), else the window.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

OUT = ROOT / "resources" / "screenshots" / "1366x768"
PAGES = ("reader", "table", "overview", "search")
QUERY = "碳汇 OR 黑臭水体"


def main() -> int:
    if not os.environ.get("DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
        print('run it under Xvfb: xvfb-run -a -s "-screen 0 1366x768x24" python '
              "tools/screenshot_small_screen.py", file=sys.stderr)
        return 1
    if os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "xcb")  # (shot.py defaults to offscreen)
    from screenshot_table import build_demo
    from shot import ShotWindow

    from tracker.services import library

    OUT.mkdir(parents=True, exist_ok=True)
    with ShotWindow(None, None) as shot:
        build_demo(shot.ctx)
        shot.attach()
        screen = shot.window.screen().availableGeometry()
        print(f"{shot.app.platformName()}: screen {screen.width()}×{screen.height()}, window "
              f"{shot.window.frameGeometry().width()}×{shot.window.frameGeometry().height()}")
        doc = next(d for d in library.list_documents(shot.ctx) if "大同" in d.title)
        for lang in ("zh_CN", "en"):
            shot.window.set_language(lang)
            shot.pump(10)
            for name in PAGES:
                page = shot.page(name)
                if name == "reader":
                    shot.window.library.select_document(doc.id)
                    shot.settle(lambda p=page: p.loaded)
                    if page.commitments:
                        from tracker.ui.reader.keys import RecordKey

                        page.select(RecordKey.commitment(page.commitments[0].id))
                elif name == "search":
                    page.query.setText(QUERY)
                    page.run()
                    shot.settle(lambda p=page: bool(p.model.results))
                elif name == "overview":
                    shot.settle(lambda p=page: p.overview is not None)
                shot.settle(lambda: True)
                out = OUT / f"{name}_{lang}.png"
                if shot.app.platformName() == "xcb":
                    shot.app.primaryScreen().grabWindow(0).save(str(out))
                else:
                    shot.window.grab().save(str(out))
                print(out.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
