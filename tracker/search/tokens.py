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

_RUN = re.compile(r"[^\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+")  # not ASCII non-alphanumeric
TRIGRAM_MIN = 3


def is_token_char(ch: str) -> bool:
    """True for characters the `ascii` tokenizer keeps inside tokens."""
    return not ch.isascii() or ch.isalnum()


def short_tokens(folded: str) -> str:
    """Space-separated bigram tokens (and each run's last character) of a folded text."""
    out: list[str] = []
    for match in _RUN.finditer(folded):
        run = match.group()
        if len(run) > 1:
            out.append(" ".join(map(str.__add__, run, run[1:])))
        out.append(run[-1])
    return " ".join(out)


def fts_string(term: str) -> str:
    """An FTS5 string literal (double quotes doubled)."""
    return '"' + term.replace('"', '""') + '"'


def short_match(term: str) -> str:
    """The MATCH expression for a one- or two-character term made of token characters."""
    return fts_string(term) + ("*" if len(term) == 1 else "")
