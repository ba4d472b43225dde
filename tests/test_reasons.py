"""Every reason the app shows is in Chinese too, with one wording for the window and the
command line (tracker.messages over the .ts the window's .qm is compiled from)."""

from __future__ import annotations


import pytest

from tracker import messages
from tracker.ingest import IngestError, read_bytes

ZH = messages.lookup_for("zh_CN")


def _ingest_reason(data: bytes, name: str) -> str:
    with pytest.raises(IngestError) as info:
        read_bytes(data, name)
    return info.value.reason


def test_every_reason_form_and_phrase_has_a_chinese_wording():
    table = messages.catalogue("zh_CN")
    missing = [(ctx, t) for _p, ctx, t in messages.REASONS if (ctx, t) not in table]
    missing += [p for p in messages.PHRASES if (messages.R, p) not in table]
    assert missing == []


@pytest.mark.parametrize(("data", "name", "expected"), [
    (b"", "a.txt", "空文件"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "a.txt", "二进制文件：内容是PNG 图片，不是文本"),
    (b"%PDF-1.4\n1 0 obj\n<<", "a.pdf", "PDF 已损坏或不完整（"),
    (b"hello", "a.doc", "不支持的文件类型“.doc”"),
])
def test_reasons_of_real_ingest_failures_come_out_in_chinese(data, name, expected):
    english = _ingest_reason(data, name)
    chinese = messages.reason(english, ZH)
    assert expected in chinese
    assert chinese != english


def test_the_ledger_encoding_reason_in_chinese(tmp_path):
    from tracker.export import LedgerFileError, read_csv

    path = tmp_path / "bad.csv"
    path.write_bytes(b"\x81\x30\xff\xfe\x00 quote\n\xff\xff\xff")
    with pytest.raises(LedgerFileError) as info:
        read_csv(path)
    text = messages.reason(str(info.value), ZH)
    assert text == f"{path}：文本编码既不是 UTF-8、UTF-16，也不是 GB18030"


def test_row_reasons_and_unknown_ones():
    assert messages.reason("unknown status “done”", ZH) == "无法识别的状态“done”"
    assert messages.reason("something nobody foresaw", ZH) == "something nobody foresaw"
    en = messages.lookup_for("en")
    assert messages.reason("empty file", en) == "empty file"


def test_placeholders_fill_from_the_highest():
    assert messages.fill("%1 and %10", *range(1, 11)) == "1 and 10"


def test_the_self_test_speaks_chinese(tmp_path):
    from tracker.services.selftest import run_self_test

    def blank(_db, _folder) -> str:
        raise RuntimeError("the window painted a blank picture")

    lines: list[str] = []
    report = run_self_test(window_check=blank, folder=tmp_path / "st", out=lines.append,
                           messages=messages.Messages("zh_CN"))
    assert not report.ok
    assert lines[1] == f"临时文件夹：{tmp_path / 'st'}"
    assert any(line.startswith("  OK    创建数据库") for line in lines)
    window = next(line for line in lines if "打开主窗口" in line)
    assert window.startswith("  FAIL") and "RuntimeError: 窗口画面是空白的" in window
    assert lines[-1].startswith("自检失败（打开主窗口），用时 ")
