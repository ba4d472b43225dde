"""How folded text becomes FTS input and how a search term becomes an FTS query.

Terms of three or more characters go to the trigram index, which matches any substring
of three or more characters exactly (SQLite's trigram tokenizer finds nothing for shorter
MATCH strings, and LIKE/GLOB on a contentless trigram table silently return no rows).

Terms of one or two characters go to the *short* index. Its input is written here: every
run of characters between ASCII spaces/punctuation becomes the overlapping pairs of
adjacent characters plus the run's last character on its own ("碳汇林" → "碳汇 汇林 林").
The `ascii` tokenizer keeps every non-ASCII character inside a token, so Chinese
punctuation such as "，" stays searchable. A two-character term is one token; a
one-character term is a prefix query ("碳"*) served by the table's one-character prefix
index. Terms containing ASCII spaces or punctuation cannot be tokens and are checked
against the text instead (see lookup.py).
"""

from __future__ import annotations

import re
import sys
from array import array

TRIGRAM_MIN = 3


def is_token_char(ch: str) -> bool:
    """True for characters the `ascii` tokenizer keeps inside tokens."""
    return not ch.isascii() or ch.isalnum()


# short_tokens works on whole texts in C (codecs, bytes.translate, array slices, one regex)
# instead of a Python step per character pair: a document of 50,000 characters has
# thousands of runs (every figure such as 2.5 or 85% splits one).
_CODEC = "utf-32-le" if sys.byteorder == "little" else "utf-32-be"
_CODE = next(t for t in "IL" if array(t).itemsize == 4)   # one UTF-32 code unit
_SEPARATORS = bytes(b for b in range(128) if not is_token_char(chr(b)))
# In UTF-8 every byte below 0x80 is an ASCII character, so bytes.translate can map the
# separators without touching the bytes of other characters.
_MARK = bytes(1 if b in _SEPARATORS else b for b in range(256))    # separator → \x01
_KIND = bytes(1 if b in _SEPARATORS else 32 for b in range(256))   # one byte per character:
_CONTINUATION = bytes(range(0x80, 0xC0))                           # \x01 separator, else space
# A separator's group ("\x01", next character, "\x01") and the "\x01" a run's last
# character is paired with: removing them leaves each token followed by one space.
_NOT_TOKENS = re.compile("\x01(?:[^ ]\x01)?")


def _codes(text: str) -> array[int]:
    out = array(_CODE)
    out.frombytes(text.encode(_CODEC, "surrogatepass"))
    return out


def short_tokens(folded: str) -> str:
    """Space-separated bigram tokens (and each run's last character) of a folded text.

    Each character k is written as a group of three: itself, the character after it and a
    space ("ab " inside a run, "d\x01 " at a run's end); a separator's group is
    "\x01?\x01" and goes, with the \x01 after a run's end. What is left is what the
    definition above says: every run's pairs, then its last character, runs in order.
    """
    n = len(folded)
    if not n:
        return ""
    raw = folded.encode("utf-8", "surrogatepass")
    marked = _codes(raw.translate(_MARK).decode("utf-8", "surrogatepass") + "\x01")
    groups = array(_CODE, [32]) * (3 * n)
    groups[0::3] = marked[:-1]
    groups[1::3] = marked[1:]
    groups[2::3] = _codes(raw.translate(_KIND, _CONTINUATION).decode("latin-1"))
    return _NOT_TOKENS.sub("", groups.tobytes().decode(_CODEC, "surrogatepass")).rstrip(" ")


def fts_string(term: str) -> str:
    """An FTS5 string literal (double quotes doubled)."""
    return '"' + term.replace('"', '""') + '"'


def short_match(term: str) -> str:
    """The MATCH expression for a one- or two-character term made of token characters."""
    return fts_string(term) + ("*" if len(term) == 1 else "")
