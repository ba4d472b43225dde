"""Interface language: zh_CN first, English second; switchable and remembered.

Source strings in the code are English; `resources/i18n/tracker_zh_CN.ts` holds the
Chinese. The compiled `.qm` is built by the project (`python -m tracker.ui.i18n`, also done
on first start when the .ts is newer than the .qm, and by the packaging build).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from tracker.resources import resource_path

LANGUAGES = {"zh_CN": "中文（简体）", "en": "English"}
DEFAULT_LANGUAGE = "zh_CN"
SETTINGS_KEY = "ui/language"


def ts_path(lang: str) -> Path:
    return resource_path("i18n", f"tracker_{lang}.ts")


def qm_path(lang: str) -> Path:
    return resource_path("i18n", f"tracker_{lang}.qm")


def _lrelease() -> list[str]:
    import PySide6

    exe = Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
    return [str(exe)]


def compile_translations(force: bool = False) -> list[Path]:
    """Build each .qm whose .ts is newer (or whose .qm is missing). Returns the built files."""
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
        if not qm_path(lang).exists() or (
                ts_path(lang).exists() and qm_path(lang).stat().st_mtime < ts_path(lang).stat().st_mtime):
            try:
                compile_translations()
            except (OSError, subprocess.CalledProcessError):
                pass  # fall back to whatever .qm exists
        ok = self._ours.load(str(qm_path(lang)))
        if ok:
            self.app.installTranslator(self._ours)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if self._qt.load(f"qtbase_{lang}", qt_dir):
            self.app.installTranslator(self._qt)
        QLocale.setDefault(QLocale(lang))
        return ok


if __name__ == "__main__":
    for path in compile_translations(force=True):
        print(path)
