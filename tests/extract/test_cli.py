"""The dev runner: python -m tracker.extract FILE [--date] [--format]."""

import json

from tracker.extract.__main__ import clean, main


def test_clean_drops_inline_pinyin_after_cjk_only():
    assert clean("生態(tài)環(huán)境 f(x)\r\n") == "生態環境 f(x)\n"


def test_jsonl_output_for_a_file(tmp_path, capsys):
    path = tmp_path / "doc.txt"
    path.write_text("到2027年，建成全市統一的生態(tài)環境监测平台。\n", encoding="utf-8")
    assert main([str(path), "--date", "2025-01-01"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    rec = json.loads(line)
    assert rec["quote"] == "到2027年，建成全市統一的生態環境监测平台"
    assert rec["deadline"] == "2027-12-31"


def test_table_output(tmp_path, capsys):
    path = tmp_path / "doc.txt"
    path.write_text("严禁在生态保护红线内新设采矿权。", encoding="utf-8")
    assert main([str(path), "--format", "table"]) == 0
    assert "严禁在生态保护红线内新设采矿权" in capsys.readouterr().out


def test_bad_input_names_the_file_and_the_problem(tmp_path, capsys):
    path = tmp_path / "gbk.txt"
    path.write_bytes("生态环境".encode("gbk"))
    assert main([str(path)]) == 2
    err = capsys.readouterr().err
    assert str(path) in err and "not UTF-8" in err
    assert main([str(tmp_path / "missing.txt")]) == 2
    assert "no such file" in capsys.readouterr().err
