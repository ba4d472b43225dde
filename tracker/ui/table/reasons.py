"""Row errors of a ledger import in the interface language.

The services and the export package explain a bad cell in English (also for the command
line); the import dialog shows the same reason translated.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

def translate_reason(reason: str) -> str:
    """The reason in the interface language (unchanged when it is not a known one)."""
    rules = (
        (r"“(.*)” is not a number or a range of numbers",
         QCoreApplication.translate("ImportReasons", "“%1” is not a number or a range of numbers")),
        (r"unknown status “(.*)”",
         QCoreApplication.translate("ImportReasons", "unknown status “%1”")),
        (r"unknown kind “(.*)”",
         QCoreApplication.translate("ImportReasons", "unknown kind “%1”")),
        (r"unknown comparator “(.*)”",
         QCoreApplication.translate("ImportReasons", "unknown comparator “%1”")),
        (r"unknown precision “(.*)”",
         QCoreApplication.translate("ImportReasons", "unknown deadline precision “%1”")),
        (r"“(.*)” is not a UUID",
         QCoreApplication.translate("ImportReasons", "“%1” is not a UUID")),
        (r"“(.*)” has no year.*",
         QCoreApplication.translate("ImportReasons", "“%1” has no year")),
        (r"“(.*)” is not a real date.*",
         QCoreApplication.translate("ImportReasons", "“%1” is not a real date")),
        (r"“(.*)” is not a date",
         QCoreApplication.translate("ImportReasons", "“%1” is not a date")),
        (r"unknown region “(.*)”",
         QCoreApplication.translate("ImportReasons", "unknown region “%1”")),
        (r"the commitment text \(承诺内容\) is empty",
         QCoreApplication.translate("ImportReasons", "the commitment text is empty")),
        (r"no column was recognised as the commitment text \(承诺内容\)",
         QCoreApplication.translate("ImportReasons", "no column is the commitment text: choose “承诺内容” above one column")),
        (r"the UUID (\S+) is also on row (\d+)",
         QCoreApplication.translate("ImportReasons", "the UUID %1 is also on row %2")),
    )
    for pattern, text in rules:
        found = re.fullmatch(pattern, reason)
        if found:
            for n, value in enumerate(found.groups(), 1):
                text = text.replace(f"%{n}", value)
            return text
    return reason
