"""Every interface string has a Chinese translation, and the .qm builds and loads."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from tracker.resources import resource_path


def test_every_string_is_translated():
    tree = ET.parse(resource_path("i18n", "tracker_zh_CN.ts"))
    missing = [(ctx.findtext("name"), m.findtext("source"))
               for ctx in tree.getroot().iter("context") for m in ctx.iter("message")
               if m.find("translation").get("type") == "unfinished"
               or not (m.findtext("translation") or "").strip()]
    assert missing == []


def test_translation_compiles_and_loads(tmp_path, qapp):
    import subprocess

    from PySide6.QtCore import QCoreApplication, QTranslator

    from tracker.ui import i18n

    qm = tmp_path / "tracker_zh_CN.qm"
    subprocess.run([*i18n._lrelease(), "-silent", str(i18n.ts_path("zh_CN")), "-qm", str(qm)],
                   check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("labels", "Achieved") == "已完成"
        assert QCoreApplication.translate("MainWindow", "&File") == "文件(&F)"
    finally:
        qapp.removeTranslator(translator)
