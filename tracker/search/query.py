"""The search-box language, the way people already type it into web search engines.

    碳汇 林业            both words (AND)
    碳汇 OR 碳汇 | 林业    either (OR, also `|`)
    -煤炭  NOT 煤炭        without (exclude)
    "生态 环境"  “碳达峰”   a phrase: exactly these characters, spaces included
    (碳汇 OR 林业) 湿地     grouping; parentheses are optional and forgiving

Every word and phrase matches as a substring (Chinese has no spaces between words). The
parser never fails on odd input: an unclosed quote runs to the end, an unclosed
parenthesis closes at the end, a stray one is ignored. Precedence: NOT > AND > OR.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Union

OPEN_QUOTES = {'"': '"', "“": "”", "”": "“", "「": "」", "『": "』", "＂": "＂"}
OPEN_PARENS = "(（"
CLOSE_PARENS = ")）"
BARS = "|｜"
MINUS = "-－"


class QueryError(ValueError):
    """A query that cannot be run (for example one that only excludes)."""


@dataclass(frozen=True)
class Term:
    text: str


@dataclass(frozen=True)
class Not:
    child: Node


@dataclass(frozen=True)
class And:
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    children: tuple[Node, ...]


Node = Union[Term, Not, And, Or]  # noqa: UP007 - a runtime alias of forward references


@dataclass(frozen=True)
class _Tok:
    kind: str  # "term" | "or" | "and" | "not" | "(" | ")"
    text: str = ""


def _lex(query: str) -> list[_Tok]:
    toks: list[_Tok] = []
    i, n = 0, len(query)
    while i < n:
        ch = query[i]
        if ch.isspace():
            i += 1
        elif ch in OPEN_PARENS:
            toks.append(_Tok("("))
            i += 1
        elif ch in CLOSE_PARENS:
            toks.append(_Tok(")"))
            i += 1
        elif ch in BARS:
            toks.append(_Tok("or"))
            i += 1
        elif ch in MINUS and i + 1 < n and not query[i + 1].isspace():
            toks.append(_Tok("not"))
            i += 1
        elif ch in OPEN_QUOTES:
            close = query.find(OPEN_QUOTES[ch], i + 1)
            end = n if close < 0 else close
            if query[i + 1:end]:
                toks.append(_Tok("term", query[i + 1:end]))
            i = end + 1
        else:
            j = i
            while j < n and not (query[j].isspace() or query[j] in OPEN_PARENS
                                 or query[j] in CLOSE_PARENS or query[j] in BARS
                                 or query[j] in OPEN_QUOTES):
                j += 1
            word = query[i:j]
            kind = {"OR": "or", "AND": "and", "NOT": "not"}.get(word, "term")
            toks.append(_Tok(kind, word))
            i = j
    return toks


class _Parser:
    def __init__(self, toks: list[_Tok]) -> None:
        self.toks, self.pos = toks, 0

    def peek(self) -> _Tok | None:
        return self.toks[self.pos] if self.pos < len(self.toks) else None

    def take(self) -> _Tok:
        tok = self.toks[self.pos]
        self.pos += 1
        return tok

    def parse(self) -> Node | None:
        node = None
        while self.peek() is not None:
            part = self.or_expr()
            if part is not None:
                node = part if node is None else _and([node, part])
            elif self.peek() is not None:
                self.take()  # a stray ")" or operator with nothing to bind
        return node

    def or_expr(self) -> Node | None:
        parts = [self.and_expr()]
        while (tok := self.peek()) is not None and tok.kind == "or":
            self.take()
            parts.append(self.and_expr())
        kept = [p for p in parts if p is not None]
        if not kept:
            return None
        return kept[0] if len(kept) == 1 else Or(tuple(kept))

    def and_expr(self) -> Node | None:
        parts: list[Node] = []
        while (tok := self.peek()) is not None and tok.kind not in ("or", ")"):
            if tok.kind == "and":
                self.take()
                continue
            unary = self.unary()
            if unary is not None:
                parts.append(unary)
        return _and(parts) if parts else None

    def unary(self) -> Node | None:
        tok = self.take()
        if tok.kind == "not":
            nxt = self.peek()
            if nxt is None or nxt.kind in ("or", ")"):
                return None
            child = self.unary()
            return None if child is None else Not(child)
        if tok.kind == "(":
            inner = self.or_expr()
            if (nxt := self.peek()) is not None and nxt.kind == ")":
                self.take()
            return inner
        return Term(tok.text)


def _and(parts: list[Node]) -> Node:
    return parts[0] if len(parts) == 1 else And(tuple(parts))


def parse_query(query: str) -> Node | None:
    """The query tree, or None when the query has nothing to look for (blank)."""
    node = _Parser(_lex(query)).parse()
    if node is not None and not positive_terms(node):
        raise QueryError("The query only excludes words; add a word to look for.")
    return node


def positive_terms(node: Node, negated: bool = False) -> list[str]:
    """The terms a matching text contains (not under a NOT), in query order, unique."""
    found: list[str] = []
    if isinstance(node, Term):
        if not negated:
            found.append(node.text)
    elif isinstance(node, Not):
        found.extend(positive_terms(node.child, not negated))
    else:
        for child in node.children:
            found.extend(positive_terms(child, negated))
    return list(dict.fromkeys(found))
