"""CSV ledgers: UTF-8 with BOM (or GB18030) for Excel on Chinese Windows, and back.

Cells a spreadsheet would run as a formula (= + - @ tab CR at the start, including a
negative number such as -5) are written with a leading ' (OWASP); ``read_csv`` removes
that guard again, so our own files round-trip exactly. See ``cells.guard_formula``.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date
from itertools import islice
from pathlib import Path
from typing import TextIO

from tracker.export.atomic import write_atomically
from tracker.export.cells import guard_formula, unguard_formula
from tracker.export.columns import Cell, FormatContext, columns_for
from tracker.export.errors import (
    MAX_LEDGER_BYTES, MAX_LEDGER_ROWS, LedgerFileError, damaged, too_many_rows,
)
from tracker.export.labels import check_lang
from tracker.export.ledger import LedgerTable, table_from_rows
from tracker.export.rows import Row

ENCODINGS = ("utf-8-sig", "gb18030")
_DELIMITERS = (",", "\t", ";")
_SNIFF_LINES = 10
_TITLE_ROWS = 5  # title and header rows above the ledger's rows


# Rows formatted at a time: column by column (list comprehensions, C loops) and written
# with one writerows call; bounded, so an export of any size streams.
_CHUNK = 2048


def write_csv(rows: Iterable[Row], path: Path, columns: Sequence[str], *,
              lang: str = "zh", encoding: str = "utf-8-sig",
              today: date | None = None, due_window: int | None = None) -> int:
    """Write rows with the given column keys and headers in ``lang``; return rows written.

    Lists are joined with ；, dates are ISO, codes are words in ``lang``. ``today`` is
    the reference day of the days_left and light columns (default: the current date);
    ``due_window`` the light's warning window (default 30 days).
    """
    source = iter(rows)
    return write_csv_blocks(iter(lambda: list(islice(source, _CHUNK)), []), path, columns,
                            lang=lang, encoding=encoding, today=today, due_window=due_window)


def write_csv_blocks(blocks: Iterable[Sequence[Row]], path: Path, columns: Sequence[str], *,
                     lang: str = "zh", encoding: str = "utf-8-sig",
                     today: date | None = None, due_window: int | None = None) -> int:
    """``write_csv`` of rows that come in blocks (lists of rows, or LineBlocks whose columns
    are written as they are); each block is formatted column by column and written with
    one call."""
    check_lang(lang)
    if encoding not in ENCODINGS:
        raise ValueError(f"unsupported encoding {encoding!r}: use one of {ENCODINGS}")
    chosen = columns_for(columns)
    ctx = FormatContext(lang=lang, today=today or date.today())
    if due_window is not None:
        ctx = FormatContext(lang, ctx.today, due_window)
    formatters = [column.csv_texts() for column in chosen]

    def write(temp: Path) -> int:
        count = 0
        with _open_csv(temp, encoding) as handle:
            # straight into the file's buffered text stream: a sixth cheaper than
            # gathering each block in a StringIO and writing that
            writer = csv.writer(handle)
            writer.writerow([guard_formula(column.header(lang)) for column in chosen])
            for chunk in blocks:
                if not chunk:
                    continue
                cells = [texts(chunk, ctx) for texts in formatters]
                writer.writerows(zip(*cells))
                count += len(chunk)
        return count

    return write_atomically(Path(path), write)


def write_text_csv(rows: Iterable[Sequence[str]], path: Path) -> int:
    """Write rows of ready-made text cells (a header first, if any) as UTF-8 with BOM,
    formula-safe, through a temporary file; return the rows written, header included."""
    table = [[guard_formula(cell) for cell in row] for row in rows]

    def write(temp: Path) -> int:
        with _open_csv(temp, "utf-8-sig") as handle:
            csv.writer(handle).writerows(table)
        return len(table)

    return write_atomically(Path(path), write)


def _open_csv(temp: Path, encoding: str) -> TextIO:
    """``temp`` open for CSV text in ``encoding``. utf-8-sig's encoder is written in Python
    (a call per write): its BOM is written by hand instead and the text goes through the
    C UTF-8 encoder."""
    bom = encoding == "utf-8-sig"
    handle = temp.open("w", encoding="utf-8" if bom else encoding, newline="")
    if bom:
        handle.write("\ufeff")
    return handle


def decode(data: bytes, path: Path) -> str:
    """Text of a CSV file: a BOM decides; otherwise UTF-8 if valid, else GB18030."""
    try:
        if data.startswith(codecs.BOM_UTF8):
            return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="strict")
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return data.decode("utf-16")
    except UnicodeDecodeError as error:
        mark = "UTF-8" if data.startswith(codecs.BOM_UTF8) else "UTF-16"
        raise damaged(path, f"it starts with a {mark} mark, but byte {error.start + 1} "
                      f"is not {mark}") from None
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise LedgerFileError(f"{path}: the text is neither UTF-8, UTF-16 nor GB18030")


def sniff_delimiter(text: str) -> str:
    """The delimiter among , tab ; that splits some early record (the header, after any
    title lines) into the most fields."""

    def widest(delimiter: str) -> int:
        records = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        try:
            return max((len(fields) for fields in islice(records, _SNIFF_LINES)), default=0)
        except csv.Error:
            return 0

    return max(_DELIMITERS, key=widest)


def _clean(cell: str) -> Cell:
    return unguard_formula(cell) if cell else None


def read_csv(path: Path) -> LedgerTable:
    """Read a CSV ledger: encoding (BOM UTF-8 / UTF-16, UTF-8, GB18030) and delimiter
    (comma, tab, semicolon) are detected; formula guards are removed."""
    path = Path(path)
    try:
        if not path.is_file():
            raise LedgerFileError(f"{path}: not a regular file")
        if path.stat().st_size > MAX_LEDGER_BYTES:
            raise LedgerFileError(f"{path}: too large ({path.stat().st_size // 2**20} MB; "
                                  f"the limit is {MAX_LEDGER_BYTES // 2**20} MB)")
        data = path.read_bytes()
    except OSError as error:
        raise LedgerFileError(f"{path}: cannot read the file ({error.strerror})") from None
    text = decode(data, path)
    del data
    delimiter = sniff_delimiter(text)
    raw: list[list[Cell]] = []
    try:
        for record in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            raw.append([_clean(cell) for cell in record])
            if len(raw) > MAX_LEDGER_ROWS + _TITLE_ROWS:
                raise too_many_rows(path, MAX_LEDGER_ROWS)
    except csv.Error as error:
        raise LedgerFileError(f"{path}: not a readable CSV file ({error})") from None
    return table_from_rows(raw, path)
