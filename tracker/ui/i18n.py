"""Interface language: zh_CN first, English second; switchable and remembered.

Source strings in the code are English; `tracker/resources/i18n/tracker_zh_CN.ts` holds
the Chinese, and its compiled `.qm` is committed beside it (tools/update_translations.py
rebuilds it; tests/ui/test_i18n.py fails when it no longer matches the .ts). Nothing is
compiled or written at run time: the install folder may be read-only.

    python -m tracker.ui.i18n            # rebuild the .qm in the source tree (development)
    python -m tracker.ui.i18n --check    # exit 1 if a .qm is missing or does not match its .ts
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator,
)

from tracker.resources import resource_path

LANGUAGES = {"zh_CN": "中文（简体）", "en": "English"}
DEFAULT_LANGUAGE = "zh_CN"
SETTINGS_KEY = "ui/language"
# Qt's own Chinese (qtbase_zh_CN.qm) lacks these sources of its file dialog (its catalogue
# has "Look in:", the dialog asks for "&Look in:"); our catalogue fills the gaps
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def ts_path(lang: str) -> Path:
    return resource_path("i18n", f"tracker_{lang}.ts")


def qm_path(lang: str) -> Path:
    return resource_path("i18n", f"tracker_{lang}.qm")


def _lrelease() -> list[str]:
    import PySide6

    exe = Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
    return [str(exe)]


def compile_translations(force: bool = False) -> list[Path]:
    """Development only: build each .qm whose .ts is newer (or whose .qm is missing) in the
    source tree. Returns the built files."""
    import subprocess

    built = []
    for ts in sorted(resource_path("i18n").glob("tracker_*.ts")):
        qm = ts.with_suffix(".qm")
        if force or not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([*_lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
            built.append(qm)
    return built


def saved_language(settings: QSettings) -> str:
    lang = str(settings.value(SETTINGS_KEY, DEFAULT_LANGUAGE))
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


class Translations:
    """Installs the app's and Qt's own translators; switching sends LanguageChange events."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.current = "en"
        self._ours = QTranslator(app)
        self._qt = QTranslator(app)

    def uninstall(self) -> None:
        self.app.removeTranslator(self._ours)
        self.app.removeTranslator(self._qt)

    def apply(self, lang: str) -> bool:
        self.uninstall()
        self.current = lang
        if lang == "en":
            QLocale.setDefault(QLocale(QLocale.Language.English))
            return True
        ok = self._ours.load(str(qm_path(lang)))
        if ok:
            self.app.installTranslator(self._ours)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if self._qt.load(f"qtbase_{lang}", qt_dir):
            self.app.installTranslator(self._qt)
        QLocale.setDefault(QLocale(lang))
        return ok


def qm_mismatches(lang: str) -> list[str]:
    """Where the committed .qm differs from its .ts: every finished message of the .ts must
    come out of the .qm with the same translation. Empty when they match."""
    import xml.etree.ElementTree as ET

    translator = QTranslator()
    if not translator.load(str(qm_path(lang))):
        return [f"{qm_path(lang)}: missing or unreadable"]
    wrong = []
    for context in ET.parse(ts_path(lang)).getroot().iter("context"):
        name = context.findtext("name") or ""
        for msg in context.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            source = msg.findtext("source") or ""
            got = translator.translate(name, source)
            if got != (tr.text or ""):
                wrong.append(f"{name}: {source!r} -> {got!r}, the .ts says {tr.text!r}")
    return wrong


if __name__ == "__main__":
    if sys.argv[1:] == ["--check"]:
        wrong = [w for lang in LANGUAGES if lang != "en" for w in qm_mismatches(lang)]
        for line in wrong:
            print(line, file=sys.stderr)
        if wrong:
            print("the .qm does not match its .ts: run python tools/update_translations.py",
                  file=sys.stderr)
        raise SystemExit(1 if wrong else 0)
    for path in compile_translations(force=True):
        print(path)
