import codecs

import pytest

from tracker.ingest import read_bytes
from tracker.ingest.encoding import decode_bytes, plausibility

SHORT_SIMPLIFIED = "生态环境"
SHORT_TRADITIONAL = "綠色發展"
LONG_SIMPLIFIED = (
    "到2025年底前，全市优良天数比例达到85%以上，全面消除劣五类水体。"
    "加快建成全省统一的生态产品价值核算平台，深入推进污染防治攻坚战。\n"
) * 40
LONG_TRADITIONAL = (
    "到2025年底前，全市優良天數比例達到85%以上，全面消除劣五類水體。"
    "加快建成全省統一的生態產品價值核算平臺，深入推進污染防治攻堅戰。\n"
) * 40
MEDIUM = ["中文", "推进美丽江西建设。", "资料", "整改落实情况"]


@pytest.mark.parametrize("text", [SHORT_SIMPLIFIED, LONG_SIMPLIFIED, *MEDIUM])
@pytest.mark.parametrize("encoding", ["gb18030", "gbk", "gb2312"])
def test_gb_family_decodes_as_gb18030(text, encoding):
    assert decode_bytes(text.encode(encoding)) == (text, "gb18030")


@pytest.mark.parametrize("text", [SHORT_TRADITIONAL, LONG_TRADITIONAL, "臺灣"])
def test_traditional_text_in_gbk_is_not_taken_for_big5(text):
    assert decode_bytes(text.encode("gbk")) == (text, "gb18030")


def test_western_legacy_text_is_not_refused():
    # Out of scope to tell cp1252 from cp1250, but the file must still open.
    text = "Café crème, naïve façade — 2025 report.\n" * 5
    decoded, encoding = decode_bytes(text.encode("cp1252"))
    assert encoding not in ("gb18030", "big5")
    assert decoded.count("2025 report.") == 5


@pytest.mark.parametrize("text", [SHORT_TRADITIONAL, LONG_TRADITIONAL, "中文", "臺灣", "資料"])
def test_big5(text):
    assert decode_bytes(text.encode("big5")) == (text, "big5")


@pytest.mark.parametrize("text", [SHORT_SIMPLIFIED, LONG_TRADITIONAL, "A。"])
def test_utf8_with_and_without_bom(text):
    assert decode_bytes(text.encode("utf-8")) == (text, "utf-8")
    assert decode_bytes(codecs.BOM_UTF8 + text.encode("utf-8")) == (text, "utf-8")


@pytest.mark.parametrize("text", [SHORT_SIMPLIFIED, LONG_SIMPLIFIED, SHORT_TRADITIONAL])
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(text, codec):
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    assert decode_bytes(bom + text.encode(codec)) == (text, "utf-16")


@pytest.mark.parametrize("text", [SHORT_SIMPLIFIED, LONG_SIMPLIFIED, LONG_TRADITIONAL])
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(text, codec):
    assert decode_bytes(text.encode(codec)) == (text, codec)


def test_declared_charset_used_when_it_fits():
    data = "中文".encode("big5")
    assert decode_bytes(data, declared="big5")[1] == "big5"
    # A wrong declaration that cannot decode strictly falls back to detection.
    assert decode_bytes("整改落实情况".encode("gbk"), declared="utf-8") == ("整改落实情况", "gb18030")


def test_utf8_page_with_stale_gb2312_declaration():
    assert decode_bytes("整改落实情况".encode(), declared="gb2312") == ("整改落实情况", "utf-8")
    assert decode_bytes("整改落实情况".encode("gbk"), declared="no-such-charset")[1] == "gb18030"


def test_plausibility_separates_right_from_wrong_decoding():
    data = LONG_TRADITIONAL.encode("big5")
    assert plausibility(data.decode("big5")) > 0.95
    assert plausibility(data.decode("gb18030")) < 0.8


def test_read_bytes_reports_encoding_and_text():
    result = read_bytes(("通知\n" + LONG_SIMPLIFIED).encode("gbk"), "a.txt")
    assert result.encoding == "gb18030"
    assert result.text.startswith("通知\n到2025年底前")
    assert result.raw == ("通知\n" + LONG_SIMPLIFIED).encode("gbk")
