"""Hard-wrapped text: paragraphs cut into lines of one width, and page numbers between them.

Text copied out of a PDF (or saved by a tool that wraps) reaches us as a .txt whose
paragraphs are cut every 30–40 characters, anywhere in a sentence, sometimes with the
page's number (第 3 页, - 3 -) on a line of its own between two halves of a sentence.
The document's text is one paragraph a line (normalise_text), so such lines are joined
back, as the PDF reader does for the pages it reads itself (readers/pdf.rejoin_lines).

Ordinary text is never touched: a document counts as wrapped only when most of its long
lines share one width and hardly any line is longer (a paragraph a line gives lines of
every length), and a line is continued only when it is about that width, does not end
with sentence-final punctuation and the next line opens no new item (一、 （二） 3. ①…).
A page-number line is dropped wherever it stands; the line before it is continued after
it when it is cut mid-sentence (it holds a sentence's end or a comma, and ends with none).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

# Sentence-final punctuation and closers: a line ending with one ends its sentence.
_FINAL = "。！？；：”’」』）)…!?;:】》"
# What opens a new item or part (the PDF reader's list, with bullets and 一是 added).
_NEW_ITEM = re.compile(
    r"^(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|[0-9０-９]+[.、．)）]\D"
    r"|第[一二三四五六七八九十百\d]+[章节条款部分]|[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，,]"
    r"|[①-⑳]|[•●▪◦‣∙■◆▲△□☆★○◇►\-—]|附件|[A-Za-z][.、]\s|【)"
)
# A page number on a line of its own: 第 3 页 / 第3页 共12页 / - 3 - / — 3 — / 3/12.
PAGE_NUMBER = re.compile(
    r"^[\s\u3000]*(?:第\s*[0-9０-９]+\s*页(?:\s*[,，/]?\s*共\s*[0-9０-９]+\s*页)?"
    r"|[-—－–~]+\s*[0-9０-９]+\s*[-—－–~]+"
    r"|[0-9０-９]+\s*/\s*[0-9０-９]+"
    r"|共\s*[0-9０-９]+\s*页\s*第\s*[0-9０-９]+\s*页)[\s\u3000]*$"
)
# A wrapped document: its long lines (at least this wide, in columns) ...
MIN_WRAP = 40
# ... share one width, within this many columns (a wide character that would not fit,
# or a closing mark hung in the margin, moves a line's end by a column or two) ...
SLACK = 4
# ... this share of them at least, and at least this many lines ...
MIN_SHARE = 0.5
MIN_LINES = 3
# ... and hardly any line is wider.
MAX_WIDER = 0.05
# A line cut before a page number: at least this wide.
MIN_CUT = 30
_INSIDE = re.compile(r"[。！？；，,、]")
# A table's row (cells apart by tabs, runs of spaces, ideographic spaces or bars) is no
# wrapped line, however wide: it is neither joined nor continued.
_ROW = re.compile(r"\t| {2,}|\u3000|[|｜]")


def width(line: str) -> int:
    """Columns the line takes: two for a wide character, one for others."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


def wrap_width(lines: list[str]) -> int | None:
    """The width a wrapped document's full lines share, or None for ordinary text."""
    # (cheap first: a wrapped document has lines cut without final punctuation at all)
    if sum(1 for line in lines if len(line) >= MIN_WRAP // 2 and line[-1] not in _FINAL) < MIN_LINES:
        return None
    widths = [width(line) for line in lines if line and not _ROW.search(line)]
    long = [w for w in widths if w >= MIN_WRAP]
    if len(long) < MIN_LINES:
        return None
    counts = Counter(long)
    best, best_n = None, 0
    for w in counts:
        n = sum(c for v, c in counts.items() if w - SLACK <= v <= w)
        if n > best_n or (n == best_n and best is not None and w > best):
            best, best_n = w, n
    if best is None or best_n < MIN_LINES or best_n < MIN_SHARE * len(long):
        return None
    wider = sum(1 for w in widths if w > best + SLACK // 2)
    return best if wider <= MAX_WIDER * len(widths) else None


def _join(previous: str, line: str) -> str:
    if previous[-1:].isascii() and previous[-1:].isalnum() and line[:1].isascii() and line[:1].isalpha():
        return f"{previous} {line}"
    return previous + line


def _cut(line: str, wrap: int | None) -> bool:
    """The line stops mid-sentence: no final punctuation at its end, and either a full
    line of a wrapped document or a line holding a sentence's inner marks."""
    if not line or line[-1] in _FINAL or _ROW.search(line):
        return False
    if wrap is not None and width(line) >= wrap - SLACK:
        return True
    return width(line) >= MIN_CUT and _INSIDE.search(line) is not None


def rejoin_wrapped(lines: list[str]) -> list[str]:
    """Lines (tidied, blanks kept) with hard-wrapped paragraphs joined back and page
    numbers dropped. Ordinary documents come back unchanged, but for page-number lines."""
    if not any(PAGE_NUMBER.match(line) for line in lines if line):
        wrap = wrap_width(lines)
        if wrap is None:
            return lines
    else:
        wrap = wrap_width([line for line in lines if not PAGE_NUMBER.match(line)])
    out: list[str] = []
    last = ""  # the last physical line kept (its width shows a cut, not the joined one's)
    after_page = False  # a page number stood between the last kept line and this one
    for line in lines:
        if line and PAGE_NUMBER.match(line):
            while out and not out[-1]:
                out.pop()  # the blank lines around a page number (dropped later anyway)
            after_page = True
            continue
        if after_page and not line:
            continue
        if out and line and out[-1] and not _NEW_ITEM.match(line) and not _ROW.search(line) \
                and (wrap is not None or after_page) and _cut(last, wrap):
            out[-1] = _join(out[-1], line)
        else:
            out.append(line)
        last = line or last  # (a blank line shows nothing; out[-1] then ends no paragraph)
        after_page = False
    return out
