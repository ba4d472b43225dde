"""Refresh the translation catalogue from the code and compile it.

The one source of the interface's Chinese is tracker/resources/i18n/tracker_zh_CN.ts (Qt's
own format; edit it with Qt Linguist, `pyside6-linguist`, or by hand). This script

1. runs Qt's `lupdate` over the code that marks strings (tr()/translate() in tracker/ui,
   QT_TRANSLATE_NOOP in tracker/messages.py, tracker/cli.py, tracker/services/selftest.py,
   tracker/domain/messages.py): strings new in the code arrive as "unfinished", translations
   already in the .ts are kept, strings gone from the code are dropped;
2. compiles tracker/resources/i18n/tracker_zh_CN.qm with `lrelease` (both files are
   committed; the app never compiles at run time);
3. lists what is still untranslated (tests/ui/test_i18n.py fails on any, on a string of the
   code the .ts lacks, and on a .qm that no longer matches the .ts).

Run from the repository root:

    python tools/update_translations.py           # refresh, compile, list what is left
    python tools/update_translations.py --check   # change nothing; exit 1 if out of date
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "tracker" / "resources" / "i18n" / "tracker_zh_CN.ts"
# the Qt-free modules whose strings the command line and the window share
SHARED = ("tracker/messages.py", "tracker/cli.py", "tracker/services/selftest.py",
          "tracker/domain/messages.py")


def sources() -> list[str]:
    files = [*(ROOT / "tracker" / "ui").rglob("*.py"), *(ROOT / p for p in SHARED)]
    return sorted(str(p) for p in files)


def lupdate(ts: Path) -> None:
    import PySide6

    exe = Path(PySide6.__file__).parent / ("lupdate.exe" if sys.platform == "win32" else "lupdate")
    subprocess.run([str(exe), "-silent", "-no-obsolete", "-target-language", "zh_CN",
                    *sources(), "-ts", str(ts)], check=True)


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, English) → Chinese, None where unfinished or empty."""
    out: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for msg in context.iter("message"):
            tr = msg.find("translation")
            done = tr is not None and tr.get("type") != "unfinished" and (tr.text or "").strip()
            out[(name, msg.findtext("source") or "")] = (tr.text if done and tr is not None
                                                          else None)
    return out


def stale(ts: Path = TS) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """What lupdate would change: strings of the code the .ts lacks, and strings of the .ts
    the code no longer has. Runs lupdate on a copy; the .ts is left alone."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / ts.name
        shutil.copyfile(ts, copy)
        lupdate(copy)
        fresh, now = messages(copy), messages(ts)
    return sorted(fresh.keys() - now.keys()), sorted(now.keys() - fresh.keys())


def untranslated(ts: Path = TS) -> list[tuple[str, str]]:
    return sorted(key for key, zh in messages(ts).items() if zh is None)


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    from tracker.ui.i18n import compile_translations, qm_mismatches

    if "--check" in argv:
        new, gone = stale()
        problems = ([f"not in the .ts yet: {c}\t{s!r}" for c, s in new]
                    + [f"no longer in the code: {c}\t{s!r}" for c, s in gone]
                    + [f"untranslated: {c}\t{s!r}" for c, s in untranslated()]
                    + [f"the .qm is behind the .ts: {m}" for m in qm_mismatches("zh_CN")])
        print("\n".join(problems) or f"{TS.relative_to(ROOT)}: up to date")
        return 1 if problems else 0
    lupdate(TS)
    compile_translations(force=True)
    left = untranslated()
    for ctx, src in left:
        print(f"untranslated: {ctx}\t{src!r}")
    print(f"{TS.relative_to(ROOT)}: {len(left)} untranslated"
          + (" (add the Chinese in the .ts with pyside6-linguist or by hand, then run this again)"
             if left else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
