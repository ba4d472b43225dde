"""CSV writer and reader: encodings, headers, lists, formula guard, atomic write."""

from __future__ import annotations

import codecs
import dataclasses
import csv
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.export.cells import FORMULA_TRIGGERS, guard_formula
from tracker.export.columns import CODES, COLUMNS, LOSSLESS_KEYS, FormatContext, value_text
from tracker.export.csv_io import _CHUNK, read_csv, write_csv, write_csv_blocks
from tracker.export.errors import LedgerFileError
from tracker.export.rows import LedgerLine, LedgerRow, LineBlock
from tracker.export.ledger import guess_mapping, parse_ledger

from tests.export.samples import formula_like, water_target
from tests.export.strategies import ledger_rows

SHOWN = ("quote", "kind", "lead", "support", "deadline", "target", "status", "days_left")


def _records(path, encoding="utf-8-sig"):
    with path.open(encoding=encoding, newline="") as handle:
        return list(csv.reader(handle))


def test_utf8_file_starts_with_bom_and_decodes(tmp_path):
    path = tmp_path / "l.csv"
    assert write_csv([water_target()], path, SHOWN) == 1
    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    assert "优良水体比例" in data[3:].decode("utf-8")
    assert b"\r\n" in data


def test_gb18030_option_writes_gb18030_without_bom(tmp_path):
    path = tmp_path / "l.csv"
    row = water_target()
    row.quote = "𠮷字也能写入"  # outside the BMP, still encodable in GB18030
    write_csv([row], path, SHOWN, encoding="gb18030")
    data = path.read_bytes()
    assert not data.startswith(codecs.BOM_UTF8)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert _records(path, "gb18030")[1][0] == "𠮷字也能写入"
    assert read_csv(path).rows[0][0] == "𠮷字也能写入"


def test_unknown_encoding_and_column_are_refused(tmp_path):
    with pytest.raises(ValueError, match="encoding"):
        write_csv([], tmp_path / "l.csv", SHOWN, encoding="latin-1")
    with pytest.raises(ValueError, match="nonsense"):
        write_csv([], tmp_path / "l.csv", ("quote", "nonsense"))
    with pytest.raises(ValueError, match="language"):
        write_csv([], tmp_path / "l.csv", SHOWN, lang="fr")


def test_headers_and_words_follow_the_language(tmp_path):
    zh, en = tmp_path / "zh.csv", tmp_path / "en.csv"
    write_csv([water_target()], zh, SHOWN, lang="zh", today=date(2025, 12, 1))
    write_csv([water_target()], en, SHOWN, lang="en", today=date(2025, 12, 1))
    assert _records(zh) == [
        ["承诺内容", "类型", "牵头单位", "配合单位", "完成时限", "目标值", "当前状态", "剩余天数"],
        ["到2025年底，全省优良水体比例达到80%以上", "目标", "省生态环境厅",
         "省水利厅；省住房城乡建设厅", "2025-12-31", "优良水体比例 ≥ 80%", "正常推进", "30"],
    ]
    header, row = _records(en)
    assert header == ["Commitment", "Kind", "Lead body", "Supporting bodies", "Deadline",
                      "Target", "Status", "Days left"]
    assert row[1] == "Target" and row[6] == "On track"


def test_formula_cells_are_guarded_and_read_back_clean(tmp_path):
    path = tmp_path / "l.csv"
    write_csv([formula_like()], path, ("quote", "lead", "support", "metric", "value", "notes"))
    raw = _records(path)[1]
    # a plain number (-5) is a value in every spreadsheet: it is left as it is
    assert raw == ["'=HYPERLINK(\"http://x\")", "'+省直单位", "'@各市", "'-PM2.5", "-5",
                   "'\t备注"]
    assert all(not cell.startswith(FORMULA_TRIGGERS) for cell in raw if cell != "-5")
    table = read_csv(path)
    assert table.rows[0] == ["=HYPERLINK(\"http://x\")", "+省直单位", "@各市", "-PM2.5",
                             "-5", "\t备注"]
    parsed = parse_ledger(table, guess_mapping(table.headers))
    assert parsed.rows[0].value == -5.0 and parsed.rows[0].notes == "\t备注"


def test_lists_are_joined_with_fullwidth_semicolon_and_split_on_others(tmp_path):
    path = tmp_path / "l.csv"
    path.write_text("承诺内容,牵头单位,配合单位\n建成平台,甲厅;乙厅,丙局、丁局，戊局\n",
                    encoding="utf-8")
    parsed = parse_ledger(read_csv(path), guess_mapping(read_csv(path).headers))
    assert parsed.rows[0].lead == ["甲厅", "乙厅"]
    assert parsed.rows[0].support == ["丙局", "丁局", "戊局"]


@pytest.mark.parametrize(("encoding", "delimiter"), [
    ("utf-16", "\t"), ("gb18030", ";"), ("utf-8", ","), ("gb18030", "\t"),
])
def test_reader_detects_encoding_and_delimiter(tmp_path, encoding, delimiter):
    path = tmp_path / "l.csv"
    lines = [["序号", "工作任务", "完成时限"], ["1", "制定实施方案，报省政府", "2025年6月底"]]
    path.write_bytes("\r\n".join(delimiter.join(f'"{c}"' for c in line)
                                 for line in lines).encode(encoding))
    table = read_csv(path)
    assert table.headers == lines[0]
    assert table.rows == [["1", "制定实施方案，报省政府", "2025年6月底"]]


def test_unreadable_files_name_the_file(tmp_path):
    missing = tmp_path / "missing.csv"
    with pytest.raises(LedgerFileError, match="missing.csv"):
        read_csv(missing)
    garbage = tmp_path / "bad.csv"
    garbage.write_bytes(bytes([0x81, 0x30, 0x20, 0xff]))  # neither UTF-8 nor GB18030
    with pytest.raises(LedgerFileError, match="bad.csv"):
        read_csv(garbage)


def test_failed_write_leaves_the_old_file_and_no_temp(tmp_path):
    path = tmp_path / "l.csv"
    path.write_text("old", encoding="utf-8")

    def rows():
        yield water_target()
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_csv(rows(), path, SHOWN)
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["l.csv"]


def test_own_file_round_trips_all_fields(tmp_path):
    path = tmp_path / "l.csv"
    write_csv([water_target(), formula_like()], path, LOSSLESS_KEYS, encoding="gb18030")
    table = read_csv(path)
    parsed = parse_ledger(table, guess_mapping(table.headers))
    assert parsed.errors == []
    assert parsed.rows == [water_target(), formula_like()]


@settings(max_examples=60, deadline=None)
@given(st.lists(ledger_rows(), max_size=6), st.sampled_from(["zh", "en", CODES]))
def test_column_wise_texts_equal_the_per_row_cell_texts(rows, lang):
    """The column-wise formatters write exactly the guarded cell text of each row."""
    ctx = FormatContext(lang=lang, today=date(2026, 1, 1))
    for column in COLUMNS.values():
        cells = [cell or "" for cell in column.csv_texts()(rows, ctx)]
        assert cells == [guard_formula(value_text(column.show(r, ctx))) for r in rows]


def test_rows_beyond_one_chunk_are_all_written_in_order(tmp_path):
    rows = [water_target() for _ in range(_CHUNK * 2 + 3)]
    for n, row in enumerate(rows):
        row.quote = f"=第{n}项"
    out = tmp_path / "many.csv"
    assert write_csv(rows, out, ["quote"]) == len(rows)
    lines = out.read_bytes().decode("utf-8-sig").split("\r\n")
    assert lines[0] == "承诺内容" and lines[-1] == ""
    assert lines[1:-1] == [f"'=第{n}项" for n in range(len(rows))]


def test_ledger_lines_have_the_fields_of_ledger_rows_in_order():
    assert LedgerLine._fields == tuple(f.name for f in dataclasses.fields(LedgerRow))


@given(st.lists(ledger_rows(), max_size=6), st.sampled_from(["zh", "en", CODES]))
def test_a_ledger_line_is_written_as_its_ledger_row(rows, lang):
    """The export's read-only tuples (lists as tuples) give the same cells as the rows."""
    lines = [LedgerLine(*(tuple(v) if isinstance(v, list) else v
                          for v in dataclasses.astuple(r))) for r in rows]
    ctx = FormatContext(lang=lang, today=date(2026, 1, 1))
    for column in COLUMNS.values():
        assert column.csv_texts()(lines, ctx) == column.csv_texts()(rows, ctx)
        assert [column.show(x, ctx) for x in lines] == [column.show(r, ctx) for r in rows]


def _lines_of(rows):
    return [LedgerLine(*(tuple(v) if isinstance(v, list) else v
                         for v in dataclasses.astuple(r))) for r in rows]


@given(st.lists(ledger_rows(), min_size=1, max_size=6), st.sampled_from(["zh", "en", CODES]))
def test_a_line_block_is_written_as_its_lines(rows, lang):
    """A block held as columns (the export's) gives every column's cells of its rows."""
    lines = _lines_of(rows)
    block = LineBlock([list(column) for column in zip(*lines)])
    assert len(block) == len(lines) and list(block) == lines and block[-1] == lines[-1]
    ctx = FormatContext(lang=lang, today=date(2026, 1, 1))
    for column in COLUMNS.values():
        assert column.csv_texts()(block, ctx) == column.csv_texts()(lines, ctx)


def test_blocks_of_columns_write_the_file_rows_write(tmp_path):
    rows = [water_target(), formula_like()] * 3
    for n, row in enumerate(rows):
        row.quote = f"第{n}项"
    lines = _lines_of(rows)
    blocks = [LineBlock([list(c) for c in zip(*lines[:4])]), [],
              LineBlock([list(c) for c in zip(*lines[4:])])]
    by_rows, by_blocks = tmp_path / "rows.csv", tmp_path / "blocks.csv"
    assert write_csv(rows, by_rows, LOSSLESS_KEYS) == 6
    assert write_csv_blocks(blocks, by_blocks, LOSSLESS_KEYS) == 6
    assert by_blocks.read_bytes() == by_rows.read_bytes()


def test_a_line_block_needs_every_field():
    with pytest.raises(ValueError, match="columns"):
        LineBlock([[1], [2]])
