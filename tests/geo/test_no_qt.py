"""tracker.geo is core: importing and using it must not pull in Qt."""

import subprocess
import sys


def test_geo_does_not_import_qt():
    code = ("import sys, tracker.geo as g; g.Gazetteer.default().find('江西省'); "
            "assert not any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules)")
    subprocess.run([sys.executable, "-c", code], check=True)
