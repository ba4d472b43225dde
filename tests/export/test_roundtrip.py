"""Writing rows and reading them back gives the same rows, for CSV and XLSX."""

from __future__ import annotations

from pathlib import Path
import tempfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.export.columns import LOSSLESS_KEYS
from tracker.export.csv_io import read_csv, write_csv
from tracker.export.ledger import guess_mapping, parse_ledger
from tracker.export.rows import LedgerRow
from tracker.export.xlsx_io import read_xlsx, write_xlsx

from tests.export.strategies import ledger_rows

ROWS = st.lists(ledger_rows(), min_size=1, max_size=5)
SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def _read_back(table) -> list[LedgerRow]:
    parsed = parse_ledger(table, guess_mapping(table.headers))
    assert parsed.errors == []
    return parsed.rows


@SETTINGS
@given(rows=ROWS, encoding=st.sampled_from(["utf-8-sig", "gb18030"]),
       lang=st.sampled_from(["zh", "en"]))
def test_csv_round_trip_is_lossless(rows, encoding, lang):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ledger.csv"
        write_csv(rows, path, LOSSLESS_KEYS, lang=lang, encoding=encoding)
        assert _read_back(read_csv(path)) == rows


@SETTINGS
@given(rows=ROWS, lang=st.sampled_from(["zh", "en"]), title=st.none() | st.just("台账"))
def test_xlsx_round_trip_is_lossless(rows, lang, title):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ledger.xlsx"
        write_xlsx(rows, path, lang=lang, title=title)
        assert _read_back(read_xlsx(path)) == rows


def test_csv_round_trip_with_display_columns_too(tmp_path):
    """Display-only columns (目标值, 剩余天数) are ignored when reading back."""
    row = LedgerRow(uuid=None, quote="散煤清零", lead=["市发展改革委"], value=-5.0, unit="%")
    path = tmp_path / "l.csv"
    write_csv([row], path, LOSSLESS_KEYS + ("target", "days_left"))
    assert _read_back(read_csv(path)) == [row]
