"""Table rows in the reader (DOCX tables arrive as tab-separated lines): each run of such
lines gets shared tab stops, one per column, so the cells line up as columns instead of
ragged tabs. Only the block formats change — the text, and every offset into it, stay."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF, QTextBlockFormat, QTextCursor, QTextDocument
from PySide6.QtGui import QTextOption

GAP_EM = 1.2       # between two columns
MAX_COLUMN_EM = 14  # a longer cell overruns its column rather than push the table far right


def table_runs(text: str) -> list[tuple[int, list[str]]]:
    """(first line number, lines) of each run of consecutive lines holding a tab."""
    runs: list[tuple[int, list[str]]] = []
    for n, line in enumerate(text.split("\n")):
        if "\t" not in line:
            continue
        if runs and runs[-1][0] + len(runs[-1][1]) == n:
            runs[-1][1].append(line)
        else:
            runs.append((n, [line]))
    return runs


def column_stops(lines: list[str], font: QFont) -> list[float]:
    """Tab positions (px from the block's left edge) that fit the widest cell of each
    column, up to MAX_COLUMN_EM."""
    metrics = QFontMetricsF(font)
    em = metrics.horizontalAdvance("国")
    widths: list[float] = []
    for line in lines:
        for i, cell in enumerate(line.split("\t")[:-1]):  # the last cell needs no stop
            w = min(metrics.horizontalAdvance(cell), MAX_COLUMN_EM * em)
            if i == len(widths):
                widths.append(w)
            else:
                widths[i] = max(widths[i], w)
    stops, x = [], 0.0
    for w in widths:
        x += w + GAP_EM * em
        stops.append(x)
    return stops


def align_tables(doc: QTextDocument, text: str, font: QFont) -> int:
    """Give every table row of `doc` (whose plain text is `text`) its run's tab stops;
    returns how many rows were aligned."""
    done = 0
    cursor = QTextCursor(doc)
    for first, lines in table_runs(text):
        tabs = [QTextOption.Tab(x, QTextOption.TabType.LeftTab) for x in column_stops(lines, font)]
        for n in range(first, first + len(lines)):
            block = doc.findBlockByNumber(n)
            if not block.isValid():
                continue
            fmt = QTextBlockFormat()
            fmt.setTabPositions(tabs)
            fmt.setNonBreakableLines(True)  # a row stays one line (the view scrolls sideways)
            cursor.setPosition(block.position())
            cursor.mergeBlockFormat(fmt)
            done += 1
    return done
