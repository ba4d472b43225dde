"""``normalise_text``: the cleanup applied to every document's text (pure functions)."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from tracker.domain import Script
from tracker.ingest.furniture import furniture_flags, trailing_block
from tracker.ingest.pinyin import strip_pinyin
from tracker.ingest.wrapped import rejoin_wrapped

_BULLETS = "•●▪◦‣∙"
# Leading/trailing blanks: ASCII, ideographic space, no-break spaces, tabs.
_EDGE = " \t\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff"


# A lone space between Chinese text and a figure (到 2025 年, 控制在 1%以内): a PDF or web
# layout artefact that splits the time words and targets. Spaces between Chinese words
# (记者 杨帆 张珺, 第一条 为了…) and runs of two or more (table cells) stay.
_CJK = "\u3400-\u9fff\uf900-\ufaff"
_STRAY_SPACE = re.compile(rf"(?<=[{_CJK}])[ \u00a0](?=[0-9])|(?<=[0-9%])[ \u00a0](?=[{_CJK}])")


def _clean_line(line: str) -> str:
    s = line.strip(_EDGE)
    if line.startswith("\t") and ("\t" in s or line.startswith("\t\t")
                                   or line.rstrip(" \u3000\r").endswith("\t")):
        # a table row opening with empty cells (merged with the row above): its tabs
        # keep each cell under its own column; so does a row of one cell amid empty ones
        # (\t强化科技创新支撑能力。\t\t\t: a group's label over the rows below it)
        s = "\t" * (len(line) - len(line.lstrip("\t"))) + s
    while s and s[0] in _BULLETS:
        s = s[1:].lstrip(_EDGE)
    return _STRAY_SPACE.sub("", s) if " " in s or "\u00a0" in s else s


def tidy_lines(text: str) -> list[str]:
    """NFC, pinyin annotations removed, each line trimmed and unbulleted (blanks kept)."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return [_clean_line(line) for line in strip_pinyin(text).split("\n")]


def drop_furniture(lines: list[str], script: Script | None = None) -> list[str]:
    """Remove furniture lines, the furniture run at the end, and blank lines.
    ``script`` is the document's script if known (detected otherwise)."""
    flags = furniture_flags(lines, script)
    end = trailing_block(lines, flags)
    return [line for line, furniture in zip(lines[:end], flags) if line and not furniture]


def normalise_text(text: str) -> str:
    """The text users see: one paragraph per line, no furniture, nothing else changed.

    Steps: line endings to ``\\n``; NFC; inline pinyin annotations removed; leading
    indentation (ideographic or ASCII spaces), bullets and trailing spaces removed (not
    the tabs of a table row's empty first cells); a lone
    space between Chinese text and a figure (到 2025 年) removed;
    whole furniture lines removed; blank lines removed, so paragraphs are separated by
    exactly one ``\\n``. Punctuation width and script are left as the document has them.
    """
    return "\n".join(drop_furniture(rejoin_wrapped(tidy_lines(text))))


def text_fingerprint(text: str, *, normalised: bool = False) -> str:
    """SHA-256 of the normalised text with all whitespace removed (finds duplicates).
    Pass ``normalised=True`` for text that already is (an IngestResult's), to skip
    normalising it again."""
    # str.split() cuts at exactly what \s matches (str.isspace), several times faster
    compact = "".join((text if normalised else normalise_text(text)).split())
    return hashlib.sha256(compact.encode("utf-8")).hexdigest()
