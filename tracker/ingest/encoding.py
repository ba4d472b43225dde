"""Turning the bytes of a plain-text or HTML file into ``str``.

Order: byte-order marks; strict UTF-8; then every plausible legacy decoding (GB18030,
Big5, BOM-less UTF-16 and charset-normalizer's own guess) is tried strictly and the
decodings are scored by the share of characters a Chinese text is made of. GB18030 is
used instead of GBK/GB2312 because it is their superset. Scoring settles the GBK/Big5
ambiguity that charset-normalizer often gets wrong on short texts.
"""

from __future__ import annotations

import codecs
from functools import cache

import charset_normalizer
import opencc

from tracker.ingest.errors import UnreadableContent

# A decoding is accepted only when at least this share of its characters is common.
MIN_SCORE = 0.6
_SAMPLE_CHARS = 20_000
_CJK_PUNCT = "，。、；：？！“”‘’（）《》〈〉【】—…·「」『』〔〕％．～　"
_ALIASES = {
    "gbk": "gb18030", "gb2312": "gb18030", "cp936": "gb18030", "gb18030": "gb18030",
    "big5": "big5", "big5hkscs": "big5hkscs", "cp950": "cp950",
    "utf_8": "utf-8", "utf-8": "utf-8", "ascii": "utf-8",
    "utf_16_le": "utf-16-le", "utf_16_be": "utf-16-be",
}
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16"),
)



def canonical_encoding(label: str) -> str | None:
    """The decoder we use for an encoding label (``GB2312``, ``gbk``, ``UTF8``);
    None for a label Python does not know."""
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return _ALIASES.get(name.replace("-", "_"), name)


@cache
def common_characters() -> frozenset[str]:
    """Characters typical of Chinese text, in both scripts.

    The 3,755 level-1 hanzi of GB2312 (the most frequent simplified characters), their
    traditional forms via OpenCC, and the common CJK punctuation.
    """
    level1 = []
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            try:
                level1.append(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    simplified = "".join(level1)
    traditional = opencc.OpenCC("s2t").convert("\n".join(level1)).replace("\n", "")
    return frozenset(simplified + traditional + _CJK_PUNCT)


def plausibility(text: str) -> float:
    """Share of characters that are printable ASCII, whitespace or common Chinese."""
    sample = text[:_SAMPLE_CHARS]
    if not sample:
        return 0.0
    common = common_characters()
    good = sum(1 for ch in sample if ch in common or (" " <= ch <= "~") or ch in "\n\r\t")
    return good / len(sample)


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _candidates(data: bytes) -> list[str]:
    names = ["gb18030", "big5"]
    if len(data) % 2 == 0:
        names += ["utf-16-le", "utf-16-be"]
    guess = charset_normalizer.from_bytes(data[:_SAMPLE_CHARS * 2]).best()
    if guess is not None:
        name = canonical_encoding(guess.encoding)
        if name and name not in names:
            names.append(name)
    return names


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data``; return ``(text, encoding name)``.

    Order: byte-order mark, strict UTF-8, ``declared`` (an HTML meta charset) when it
    decodes strictly, then the scored candidates. Raises :class:`UnreadableContent` when nothing fits.
    """
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            text = _strict(data, codec)
            if text is not None:
                return text, label
    # Strict UTF-8 goes before a declared charset: legacy bytes almost never pass it,
    # while pages saved as UTF-8 often keep their old "gb2312" declaration.
    text = _strict(data, "utf-8")
    if text is not None:
        return text, "utf-8"
    name = canonical_encoding(declared) if declared else None
    text = _strict(data, name) if name else None
    if text is not None and name:
        return text, name
    best: tuple[float, str, str] | None = None
    for name in _candidates(data):
        decoded = _strict(data, name)
        if decoded is None:
            continue
        score = plausibility(decoded)
        if best is None or score > best[0]:
            best = (score, decoded, name)
    if best is None or best[0] < MIN_SCORE:
        raise UnreadableContent("not text in any supported encoding (UTF-8/16, GB18030, Big5)")
    return best[1], best[2]
