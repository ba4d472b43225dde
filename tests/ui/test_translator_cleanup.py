"""A test that stops before uninstalling its translator does not leave the next test's
texts in Chinese (the conftest uninstalls every Translations after its test). The two
tests run in this order: the first leaves the Chinese translator installed on purpose."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

pytestmark = pytest.mark.gui

_SOURCE = ("OverviewPage", "Export &CSV…")


def test_a_test_that_leaves_chinese_installed(qapp):
    from tracker.ui.i18n import Translations

    Translations(qapp).apply("zh_CN")   # and no uninstall(), as when a test fails midway
    assert QCoreApplication.translate(*_SOURCE) == "导出 CSV(&C)…"


def test_the_next_test_starts_without_it(qapp):
    assert QCoreApplication.translate(*_SOURCE) == "Export &CSV…"
