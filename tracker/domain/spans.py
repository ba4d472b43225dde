"""Spans: code-point offsets into a document's normalised text, with quote and context.

Like the W3C Web Annotation TextQuoteSelector, the quote and a little context on either
side let a span be found again when a document's text changes. Qt counts UTF-16 code
units; the helpers here convert at that boundary (characters outside the BMP, such as 𠮷,
take two UTF-16 units but one code point).
"""

from __future__ import annotations

from dataclasses import dataclass

CONTEXT = 32


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    quote: str
    prefix: str = ""
    suffix: str = ""

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span {self.start}..{self.end}")

    @classmethod
    def of(cls, text: str, start: int, end: int, context: int = CONTEXT) -> Span:
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"span {start}..{end} outside text of length {len(text)}")
        return cls(start, end, text[start:end], text[max(0, start - context):start],
                   text[end:end + context])

    def matches(self, text: str) -> bool:
        return text[self.start:self.end] == self.quote


def utf16_len(s: str) -> int:
    return len(s) + sum(1 for ch in s if ord(ch) > 0xFFFF)


def to_utf16(text: str, offset: int) -> int:
    """Code-point offset → UTF-16 offset (what QTextCursor.position() counts)."""
    return offset + sum(1 for ch in text[:offset] if ord(ch) > 0xFFFF)


def from_utf16(text: str, offset16: int) -> int:
    """UTF-16 offset → code-point offset; a position inside a surrogate pair rounds down."""
    units = 0
    for i, ch in enumerate(text):
        width = 2 if ord(ch) > 0xFFFF else 1
        if units + width > offset16:
            return i
        units += width
    return len(text)


def reanchor(text: str, span: Span) -> Span | None:
    """Find a span again in a changed text: exact offsets, then quote with context, then quote.

    Among several occurrences of the quote, the one whose surroundings best match the stored
    prefix/suffix and that lies nearest the old position wins. None when the quote is gone.
    """
    if span.matches(text):
        return Span.of(text, span.start, span.end, max(len(span.prefix), len(span.suffix), 1))
    if not span.quote:
        return None
    best: tuple[int, int, int] | None = None  # (-score, distance, start)
    pos = text.find(span.quote)
    while pos != -1:
        end = pos + len(span.quote)
        score = _common_suffix(text[max(0, pos - len(span.prefix)):pos], span.prefix)
        score += _common_prefix(text[end:end + len(span.suffix)], span.suffix)
        cand = (-score, abs(pos - span.start), pos)
        if best is None or cand < best:
            best = cand
        pos = text.find(span.quote, pos + 1)
    if best is None:
        return None
    start = best[2]
    return Span.of(text, start, start + len(span.quote), CONTEXT)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])
