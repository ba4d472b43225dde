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


def test_the_committed_qm_matches_the_ts(qapp):
    """The .qm is committed (nothing is compiled at run time): it must carry the .ts."""
    from tracker.ui import i18n

    assert i18n.qm_mismatches("zh_CN") == []


def test_a_qm_behind_its_ts_is_caught(tmp_path, qapp, monkeypatch):
    from tracker.ui import i18n

    ts = i18n.ts_path("zh_CN").read_text(encoding="utf-8")
    changed = ts.replace("<translation>文件(&amp;F)</translation>", "<translation>档案(&amp;F)</translation>")
    assert changed != ts
    (tmp_path / "tracker_zh_CN.ts").write_text(changed, encoding="utf-8")
    monkeypatch.setattr(i18n, "ts_path", lambda lang: tmp_path / f"tracker_{lang}.ts")
    wrong = i18n.qm_mismatches("zh_CN")
    assert len(wrong) == 1 and "档案(&F)" in wrong[0]


def test_the_ts_carries_every_string_of_the_code_and_no_other():
    """The .ts is the one source of the Chinese: lupdate run over the code now (on a copy)
    would neither add a string nor drop one (tools/update_translations.py --check)."""
    import sys

    from tracker.resources import resource_path

    root = resource_path("i18n", "tracker_zh_CN.ts").parents[3]
    if not (root / "tools" / "update_translations.py").exists():
        import pytest

        pytest.skip(f"no source tree with tools/ at {root} (an installed package)")
    sys.path.insert(0, str(root / "tools"))
    try:
        import update_translations
    finally:
        sys.path.remove(str(root / "tools"))
    new, gone = update_translations.stale()
    assert (new, gone) == ([], [])
