"""Refresh tracker/resources/i18n/tracker_zh_CN.ts from the sources, fill in translations and
compile the .qm beside it (both are committed; the app never compiles at run time).

1. pyside6-lupdate scans tracker/ui, tracker/messages.py, tracker/cli.py,
   tracker/services/selftest.py and tracker/domain/messages.py for tr()/translate()/QT_TRANSLATE_NOOP strings (it keeps
   translations already in the .ts and marks vanished strings obsolete, which we drop);
2. every resources/i18n/strings_*.tsv (context<TAB>English<TAB>中文) fills in or corrects
   translations;
3. compiles tracker/resources/i18n/tracker_zh_CN.qm with lrelease;
4. prints what is still untranslated (tests/ui/test_i18n.py fails on any, and on a .qm that
   no longer matches the .ts).

Run from the repository root:  python tools/update_translations.py
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"              # the strings_*.tsv tables (development only)
TS = ROOT / "tracker" / "resources" / "i18n" / "tracker_zh_CN.ts"


def lupdate() -> None:
    import PySide6

    exe = Path(PySide6.__file__).parent / ("lupdate.exe" if sys.platform == "win32" else "lupdate")
    # the window's strings, and the Qt-free ones the command line and the window share
    # (marked with QT_TRANSLATE_NOOP: reasons, command-line messages, the self-test, the
    # core's messages about the library and files)
    shared = [ROOT / "tracker" / "messages.py", ROOT / "tracker" / "cli.py",
              ROOT / "tracker" / "services" / "selftest.py",
              ROOT / "tracker" / "domain" / "messages.py"]
    sources = sorted(str(p) for p in [*(ROOT / "tracker" / "ui").rglob("*.py"), *shared])
    subprocess.run([str(exe), "-silent", "-no-obsolete", "-target-language", "zh_CN", *sources,
                    "-ts", str(TS)], check=True)


def load_tsv() -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    for tsv in sorted(I18N.glob("strings_*.tsv")):
        for n, line in enumerate(tsv.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                raise SystemExit(f"{tsv.name}:{n}: expected context<TAB>English<TAB>中文")
            ctx, en, zh = (p.replace("\\n", "\n") for p in parts)
            table[(ctx, en)] = zh
    return table


def fill(table: dict[tuple[str, str], str]) -> list[tuple[str, str]]:
    tree = ET.parse(TS)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for msg in context.iter("message"):
            source = msg.findtext("source") or ""
            tr = msg.find("translation")
            zh = table.get((name, source))
            if zh is not None:
                tr.text = zh
                tr.attrib.pop("type", None)
            elif tr.get("type") == "unfinished" or not (tr.text or "").strip():
                missing.append((name, source))
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    lupdate()
    missing = fill(load_tsv())
    sys.path.insert(0, str(ROOT))
    from tracker.ui.i18n import compile_translations

    compile_translations(force=True)
    for ctx, src in missing:
        print(f"untranslated: {ctx}\t{src!r}")
    print(f"{TS.relative_to(ROOT)}: {len(missing)} untranslated")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
