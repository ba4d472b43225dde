"""Spans: code-point offsets into a document's normalised text, with the quoted words and
a little context on either side, so a commitment keeps its words even without its document.
(Qt counts UTF-16 code units; the reader converts at that boundary, ui/reader/offsets.py.)
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
