"""Reading numbers as Chinese policy texts write them.

Arabic digits (half- or full-width, with thousands separators), Chinese numerals
(三, 十二, 一百零五, 两万三千, 二〇二五), and a trailing 万/亿 scale (1.2万 → 12000).
"""

from __future__ import annotations

import functools
import re

from tracker.extract.fold import fold


CN_DIGITS = {
    "零": 0, "〇": 0, "○": 0, "Ｏ": 0,
    "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3, "四": 4, "肆": 4,
    "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
}
CN_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CN_BIG_UNITS = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}

_BIG_DESC = sorted(CN_BIG_UNITS.items(), key=lambda kv: -kv[1])

#: Longer runs are no number a policy text states (the longest Chinese numeral below a
#: trillion, 九千九百九十九亿九千九百九十九万九千九百九十九, has 21 characters; 24 Arabic
#: characters hold any figure with separators and decimals): they are read as None, so a
#: run of thousands of numerals neither raises (int's digit limit) nor becomes infinity.
MAX_NUMERAL = 24

_ARABIC = re.compile(r"[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?|\.[0-9]+")


def _small_section(s: str) -> int | None:
    """A numeral below 10 000 (no 万/亿 inside), e.g. 三千零五, 十二, 两百; 三千五 / 两百五
    (a last digit right after 千/百 counts the next unit down: 3500, 250)."""
    total = 0
    digit: int | None = None
    if len(s) >= 3 and s[-2] in ("千", "仟", "百", "佰") and s[-1] in CN_DIGITS \
            and CN_DIGITS[s[-1]] != 0 and s[-3] in CN_DIGITS:
        head = _small_section(s[:-1])
        return None if head is None else head + CN_DIGITS[s[-1]] * CN_SMALL_UNITS[s[-2]] // 10
    for ch in s:
        if ch in CN_DIGITS:
            if digit is not None and CN_DIGITS[ch] != 0 and digit != 0:
                return None  # two digits in a row ("三四") is not a positional numeral here
            digit = CN_DIGITS[ch]
        elif ch in CN_SMALL_UNITS:
            unit = CN_SMALL_UNITS[ch]
            total += (1 if digit is None else digit) * unit
            digit = None
        else:
            return None
    return total + (digit or 0)


_MAX_DIGITS = 30


def _digit_string(s: str) -> int | None:
    """Digit-by-digit numerals such as 二〇二五 (years)."""
    if len(s) < 3 or len(s) > _MAX_DIGITS or any(ch not in CN_DIGITS or ch == "两" for ch in s):
        return None  # (longer than any quantity: and int() refuses over 4,300 digits)
    return int("".join(str(CN_DIGITS[ch]) for ch in s))


def cn_int(s: str) -> int | None:
    """Chinese numerals to int: 三 → 3, 十二 → 12, 一百零五 → 105, 两万三千 → 23000,
    二〇二五 → 2025. Returns None when *s* is not a Chinese numeral."""
    s = s.strip()
    if not s or len(s) > MAX_NUMERAL:
        return None
    as_digits = _digit_string(s)
    if as_digits is not None and not any(ch in CN_SMALL_UNITS for ch in s):
        return as_digits
    total = 0
    rest = s
    last_big = 1
    for big_char, big in _BIG_DESC:
        if big_char in rest:
            head, _, rest = rest.partition(big_char)
            if not head:
                head = "一"
            value = cn_int(head)
            if value is None:
                return None
            total += value * big
            last_big = big
    if len(rest) == 1 and rest in CN_DIGITS and CN_DIGITS[rest] != 0 and last_big > 1:
        return total + CN_DIGITS[rest] * last_big // 10  # 一万二: 12 000 (一万零二 is 10 002)
    if rest:
        section = _small_section(rest)
        if section is None:
            return None
        total += section
    return total


@functools.lru_cache(maxsize=4096)  # the same numbers recur through a document
def parse_number(s: str) -> float | None:
    """A number as written: "80", "93.5", "1,200", "８０", "三", "一百零五", "两",
    "1.2万" → 12000, "3亿" → 300000000.

    成 counts tenths and is read as a percentage: "三成" → 30 (the caller pairs it
    with the unit %). Decimals are read as written ("93.5" → 93.5); None for anything
    that is not a number.
    """
    s = fold(s).strip()
    if not s or len(s) > MAX_NUMERAL + s.endswith("成"):  # one more for a trailing 成
        return None
    if s.endswith("成") and len(s) > 1:
        tenths = parse_number(s[:-1])
        return None if tenths is None else tenths * 10
    if "点" in s:  # 五点五 / 零点五 / 十二点五: decimals read digit by digit
        integer, _, decimals = s.partition("点")
        scale = 1
        while decimals and decimals[-1] in CN_BIG_UNITS:  # 一点二万
            scale *= CN_BIG_UNITS[decimals[-1]]
            decimals = decimals[:-1]
        head = 0 if integer in ("零", "〇") else cn_int(integer)
        if head is None or not decimals or any(ch not in CN_DIGITS or ch == "两" for ch in decimals):
            return None
        return float(f"{head}.{''.join(str(CN_DIGITS[ch]) for ch in decimals)}") * scale
    whole = cn_int(s)
    if whole is not None:
        return float(whole)
    scale = 1
    while s and s[-1] in CN_BIG_UNITS and len(s) > 1:
        scale *= CN_BIG_UNITS[s[-1]]
        s = s[:-1]
    if _ARABIC.fullmatch(s):
        return float(s.replace(",", "")) * scale
    return None
