"""CSV and XLSX writers and readers for commitment lists (台账). Pure code on rows.

Writing: ``write_csv`` / ``write_xlsx`` take ``LedgerRow``s or ``LedgerLine``s
(``write_csv_blocks``: blocks of them, or ``LineBlock``s of columns). Reading: ``read_csv`` /
``read_xlsx`` give a ``LedgerTable``; ``guess_mapping`` maps its headers to column keys;
``parse_ledger`` returns rows and row errors — import all or nothing.
"""

from tracker.export.columns import COLUMNS, LOSSLESS_KEYS, Column
from tracker.export.csv_io import read_csv, write_csv, write_csv_blocks
from tracker.export.errors import LedgerFileError
from tracker.export.ledger import (
    ColumnMapping,
    LedgerParse,
    LedgerTable,
    RowError,
    SkippedRow,
    row_kinds,
    guess_mapping,
    parse_ledger,
)
from tracker.export.rows import LedgerLine, LedgerRow, LineBlock, Row, target_text
from tracker.export.xlsx_io import read_xlsx, write_xlsx

__all__ = [
    "COLUMNS", "LOSSLESS_KEYS", "Column", "ColumnMapping", "LedgerFileError", "LedgerLine", "LineBlock",
    "LedgerParse", "LedgerRow", "LedgerTable", "Row", "RowError", "SkippedRow", "row_kinds",
    "guess_mapping", "parse_ledger", "read_csv", "read_xlsx", "target_text", "write_csv", "write_csv_blocks",
    "write_xlsx",
]
