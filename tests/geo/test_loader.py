"""Reading the division table; bad data names the file and the row."""

from pathlib import Path

import pytest

from tracker.domain import RegionLevel
from tracker.geo.loader import DivisionDataError, read_tsv
from tracker.geo.script import to_simplified

HEADER = "code\tname\tlevel\tparent\tshort_names\n"


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "div.tsv"
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def test_reads_rows(tmp_path):
    path = write(tmp_path, "140000\t山西省\tprovince\t\t山西\n140200\t大同市\tprefecture\t140000\t大同\n")
    regions = read_tsv(path)
    assert [(r.code, r.level, r.parent_code, r.short_names) for r in regions] == [
        ("140000", RegionLevel.PROVINCE, None, ("山西",)),
        ("140200", RegionLevel.PREFECTURE, "140000", ("大同",)),
    ]


@pytest.mark.parametrize("body, problem", [
    ("14000\t山西省\tprovince\t\t\n", "bad code '14000'"),
    ("140000\t山西省\tstate\t\t\n", "bad level 'state'"),
    ("140000\t山西省\tprovince\n", "3 columns"),
])
def test_bad_rows_name_file_and_line(tmp_path, body, problem):
    path = write(tmp_path, body)
    with pytest.raises(DivisionDataError) as info:
        read_tsv(path)
    assert str(path) + ":2" in str(info.value) and problem in str(info.value)


def test_bad_header(tmp_path):
    path = tmp_path / "div.tsv"
    path.write_text("a\tb\n", encoding="utf-8")
    with pytest.raises(DivisionDataError, match="header"):
        read_tsv(path)


def test_shipped_table_is_sorted_small_and_well_formed():
    path = Path(__file__).parents[2] / "tracker" / "geo" / "data" / "divisions.tsv"
    assert path.stat().st_size < 400_000
    codes = [r.code for r in read_tsv(path)]
    assert codes == sorted(codes) and len(set(codes)) == len(codes)


def test_to_simplified_keeps_length():
    for text in ["重慶日報訊", "臺灣", "乾隆皇帝", "頭髮與發展", "abc 江西"]:
        out = to_simplified(text)
        assert len(out) == len(text)
    assert to_simplified("重慶市兩江新區") == "重庆市两江新区"
