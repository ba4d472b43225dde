"""Work-around for a reference-counting bug of PySide6 6.12.0 on Python ≤ 3.11.

Every call of a PySide method that returns nothing (QLabel.setText, QTextCursor.setPosition,
QTextEdit.setExtraSelections, …) takes one reference from `None` without having given it
one. Python 3.12 and later made `None` immortal, so nothing happens there; on 3.10 and 3.11
`None`'s count (a few thousand at start) reaches zero after a few thousand such calls and
the interpreter aborts with "none_dealloc: deallocating None" (bench/bench_reader.py hit it
after a few hundred highlight refreshes).

`keep_none_alive()` checks whether this build has the bug and, if so, gives `None` a count
no session can use up — what Python 3.12 does for every interpreter (PEP 683). `None` is
never freed anyway, so the extra count costs nothing.
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 40


def leaks_none() -> bool:
    """True when a void PySide call takes a reference from None (measured, not assumed)."""
    if sys.version_info >= (3, 12):
        return False  # None is immortal
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(10):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before


def keep_none_alive() -> bool:
    """Give None a huge reference count when this PySide build leaks it; True if done."""
    if not leaks_none():
        return False
    if sys.implementation.name != "cpython" or hasattr(sys, "getobjects"):
        return False  # another object layout (Py_TRACE_REFS builds put two pointers first)
    # CPython ≤ 3.11: ob_refcnt is the first field of every object, at its address
    before = sys.getrefcount(None)
    ctypes.c_ssize_t.from_address(id(None)).value += RESERVE
    return sys.getrefcount(None) - before == RESERVE
