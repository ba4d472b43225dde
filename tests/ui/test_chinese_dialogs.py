"""The window's side of the shared wording: Qt's translator gives the same Chinese as the
command line's catalogue, and Qt's own dialogs and buttons are in Chinese."""

from __future__ import annotations

import re

import pytest

from tracker import messages

ZH = messages.lookup_for("zh_CN")


@pytest.mark.gui
def test_the_window_and_the_command_line_word_reasons_alike(qapp):
    """Through Qt's translator (the committed .qm) and through the catalogue (.ts): the
    same Chinese for every form."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from tracker.ui.i18n import qm_path
    from tracker.ui.table.reasons import translate_reason

    translator = QTranslator()
    assert translator.load(str(qm_path("zh_CN")))
    qapp.installTranslator(translator)
    try:
        samples = ["empty file", "binary file: the content is a PNG image, not text",
                   "x.csv: the text is neither UTF-8, UTF-16 nor GB18030",
                   "corrupt or truncated PDF (EOF marker not found)", "unknown kind “x”"]
        for text in samples:
            assert translate_reason(text) == messages.reason(text, ZH)
            assert re.search(r"[\u4e00-\u9fff]", translate_reason(text))
        assert QCoreApplication.translate("SelfTest", "create database") == "创建数据库"
    finally:
        qapp.removeTranslator(translator)


@pytest.mark.gui
def test_qt_dialogs_and_buttons_speak_chinese(qapp):
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QMessageBox

    from tracker.ui.i18n import Translations

    translations = Translations(qapp)
    assert translations.apply("zh_CN")
    try:
        box = QMessageBox()
        box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel
                               | QMessageBox.StandardButton.Save)
        texts = {box.button(b).text() for b in (QMessageBox.StandardButton.Ok,
                                                QMessageBox.StandardButton.Cancel,
                                                QMessageBox.StandardButton.Save)}
        assert texts == {"确定", "取消", "保存"} or texts == {"确定(&O)", "取消(&C)", "保存(&S)"}, texts
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open)
        assert "打开" in buttons.button(QDialogButtonBox.StandardButton.Open).text()
        dialog = QFileDialog(None, "x")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        labels = " ".join(w.text() for w in dialog.findChildren(QLabel))
        assert re.search(r"[\u4e00-\u9fff]", labels), labels
        assert "Look in" not in labels and "File name" not in labels
    finally:
        translations.apply("en")
        translations.uninstall()
