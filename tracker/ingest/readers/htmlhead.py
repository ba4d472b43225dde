"""What the page itself says about its title, date and charset (stdlib parser)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_DATE_META_NAMES = (
    "publishdate", "pubdate", "publish_date", "publishtime", "firstpublishedtime",
    "article:published_time", "og:release_date", "dc.date", "dc.date.issued", "date",
    "created", "lastmodifiedtime",
)
_TITLE_META_NAMES = ("articletitle", "og:title", "dc.title")
_BLOCKS = {
    "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section",
    "article", "blockquote", "pre", "td", "th", "dd", "dt", "ul", "ol", "header", "footer",
}
_SKIP = {"script", "style", "noscript", "template", "head"}


def declared_charset(data: bytes) -> str | None:
    """The ``<meta charset>``/``http-equiv`` label in the first bytes of a page."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


@dataclass
class PageHead:
    """Title, headline, date metas and a tag-stripped fallback text of a page."""

    title: str | None = None
    headline: str | None = None
    metas: dict[str, str] = field(default_factory=dict)
    plain_text: str = ""

    def meta_title(self) -> str | None:
        return next((self.metas[n] for n in _TITLE_META_NAMES if self.metas.get(n)), None)

    def meta_date(self) -> str | None:
        return next((self.metas[n] for n in _DATE_META_NAMES if self.metas.get(n)), None)


class _HeadParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.head = PageHead()
        self._stack: list[str] = []
        self._parts: list[str] = []
        self._title: list[str] = []
        self._h1: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            values = {k.lower(): (v or "") for k, v in attrs}
            name = (values.get("name") or values.get("property") or "").lower()
            if name and values.get("content"):
                self.head.metas.setdefault(name, values["content"].strip())
            return
        if tag in _BLOCKS:
            self._parts.append("\n")
        if tag == "h1" and self.head.headline is None:
            self._h1 = []
        if tag not in ("br", "img", "hr", "input", "link"):
            self._stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self._stack:
            while self._stack and self._stack.pop() != tag:
                pass
        if tag in _BLOCKS:
            self._parts.append("\n")
        if tag == "h1" and self._h1 is not None:
            self.head.headline = "".join(self._h1).strip() or None
            self._h1 = None

    def handle_data(self, data: str) -> None:
        if "title" in self._stack:
            self._title.append(data)
            return
        if any(t in _SKIP for t in self._stack):
            return
        self._parts.append(data)
        if self._h1 is not None:
            self._h1.append(data)

    def result(self) -> PageHead:
        self.head.title = " ".join("".join(self._title).split()) or None
        self.head.plain_text = "".join(self._parts)
        return self.head


def parse_head(html: str) -> PageHead:
    """Parse a page with the standard library (never fails on bad markup)."""
    parser = _HeadParser()
    parser.feed(html)
    parser.close()
    return parser.result()
