"""script.to_simplified skips OpenCC for a text holding no character t2s can change
(tracker/geo/t2s_changing.py, written by tools/gen_t2s_changing.py): the skip must give
what the converter gives."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tracker.geo import script

ROOT = Path(__file__).resolve().parents[2]


def test_the_skip_is_in_use() -> None:
    assert script._CHANGING is not None  # the stored set is OpenCC's own version's


def test_stored_characters_are_those_of_the_dictionaries() -> None:
    proc = subprocess.run([sys.executable, str(ROOT / "tools" / "gen_t2s_changing.py"), "--check"],
                          capture_output=True, text=True, check=False)
    if "opencc_dict" in proc.stderr and proc.returncode != 0 and "differs" not in proc.stdout:
        pytest.skip("OpenCC's opencc_dict tool cannot be run here")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_every_character_outside_the_set_is_left_alone() -> None:
    chars = set(script.t2s_changing.CHARS)
    for lo, hi in ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00), (0x3000, 0x3040),
                   (0xFF00, 0xFFF0)):
        run = "".join(chr(c) for c in range(lo, hi) if chr(c) not in chars)
        assert script._convert(run) == run


@pytest.mark.parametrize("text", [
    "到2025年，全市新建污水管网120公里",  # Simplified: skipped
    "到2025年，全市新建污水管網120公里",  # one Traditional character
    "於6月底前完成整改", "乾隆年間", "慰藉群眾", "憑藉優勢", "深沈", "責任單位：縣交通運輸局",
    "加快建设现代化产业体系，推进新型工业化", "著力提升", "后续监管", "里程碑",
])
def test_same_as_the_converter(text: str) -> None:
    assert script.to_simplified(text) == script._convert(text)


def test_same_as_the_converter_over_the_corpus() -> None:
    for path in sorted((ROOT / "tests" / "corpus").glob("*/docs/*.txt"))[::7]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                assert script.to_simplified(line) == script._convert(line), line
