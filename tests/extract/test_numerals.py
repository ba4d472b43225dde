"""Reading Arabic and Chinese numerals."""

import pytest

from tracker.extract.fold import fold, to_halfwidth
from tracker.extract.numerals import cn_int, parse_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("三", 3), ("十", 10), ("十二", 12), ("二十五", 25), ("一百零五", 105), ("两", 2),
        ("两百", 200), ("三千零五", 3005), ("两万三千", 23000), ("一亿二千万", 120_000_000),
        ("二〇二五", 2025), ("一九九八", 1998), ("零", 0),
    ],
)
def test_cn_int(text: str, expected: int) -> None:
    assert cn_int(text) == expected


@pytest.mark.parametrize("text", ["", "abc", "三四", "十四五x", "百分"])
def test_cn_int_rejects(text: str) -> None:
    assert cn_int(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("80", 80), ("93.5", 93.5), ("1,200", 1200), ("三", 3), ("十二", 12), ("二十五", 25),
        ("一百零五", 105), ("两", 2), ("1.2万", 12000), ("3亿", 300_000_000), ("８０", 80),
        ("９３．５", 93.5), ("三成", 30), ("1.5成", 15), (" 12 ", 12), ("两万", 20000),
    ],
)
def test_parse_number(text: str, expected: float) -> None:
    assert parse_number(text) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["", "abc", "12a", "1..2", "成", "%"])
def test_parse_number_rejects(text: str) -> None:
    assert parse_number(text) is None


def test_halfwidth_keeps_length() -> None:
    text = "２０２５年ＰＭ２．５"
    assert to_halfwidth(text) == "2025年PM2.5"
    assert len(to_halfwidth(text)) == len(text)


def test_fold_traditional_keeps_length() -> None:
    text = "市生態環境局牽頭，兩個百分點"
    folded = fold(text)
    assert folded == "市生态环境局牵头,两个百分点"
    assert len(folded) == len(text)


def test_traditional_numerals() -> None:
    assert parse_number("兩萬") == 20000


def test_numerals_of_any_length_do_not_raise():
    from tracker.extract.numerals import cn_int

    for n in (31, 4301, 20000):  # (int() refuses strings over 4,300 digits)
        assert cn_int("三" * n) is None
        cn_int("二〇" * n)  # no ValueError
    assert cn_int("二〇二五") == 2025
