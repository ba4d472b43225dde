"""Code-point ↔ UTF-16 offsets for one text, in O(log n) per conversion.

Scanning the text per offset is too slow for a reader showing 2,000 highlights on a 1 MB
document, so this keeps the sorted positions of the characters outside the BMP (each takes
two UTF-16 units in Qt) and bisects.
"""

from __future__ import annotations

import re
from bisect import bisect_left

ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class OffsetMap:
    def __init__(self, text: str) -> None:
        self.text = text
        # code-point positions of astral characters, and their UTF-16 positions
        self._astral = [m.start() for m in ASTRAL.finditer(text)]
        self._astral16 = [p + n for n, p in enumerate(self._astral)]

    def to_utf16(self, offset: int) -> int:
        """Code-point offset → UTF-16 offset."""
        offset = min(offset, len(self.text))
        return offset + bisect_left(self._astral, offset)

    def from_utf16(self, offset16: int) -> int:
        """UTF-16 offset → code-point offset (inside a surrogate pair rounds down)."""
        # each astral character starting before offset16 took one extra unit (when
        # offset16 points into its middle, the subtraction lands on the character itself)
        n = bisect_left(self._astral16, offset16)
        return min(offset16 - n, len(self.text))

    def __len__(self) -> int:
        return len(self.text)
