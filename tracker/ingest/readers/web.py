"""HTML pages: main text via trafilatura (from the string; nothing is fetched)."""

from __future__ import annotations

import re
from typing import Any

import trafilatura

from tracker.ingest.dates import parse_timestamp
from tracker.ingest.encoding import canonical_encoding, decode_bytes
from tracker.ingest.readers.htmlhead import PageHead, declared_charset, parse_head
from tracker.ingest.readers.word import CELL_SEPARATOR
from tracker.ingest.result import Extracted

# "标题_网站名", "标题 - 网站名", "标题|网站名": keep the part before the site name.
_HEADLINE_SEARCH_LINES = 5
_TITLE_SEPARATORS = re.compile(r"\s*(?:_|\||｜|\s-\s|—\s|－)\s*")


def page_title(raw_title: str | None) -> str | None:
    """The article part of a ``<title>`` (the first and usually longest segment)."""
    if not raw_title:
        return None
    parts = [p for p in _TITLE_SEPARATORS.split(raw_title) if p.strip()]
    return max(parts[:2], key=len).strip() if parts else None


def _table_rows_as_tabs(text: str) -> str:
    """trafilatura writes table rows as ``| a | b |``; use tabs like the DOCX reader."""
    lines = []
    for line in text.split("\n"):
        stripped = line.strip()
        if len(stripped) > 1 and stripped.startswith("|") and stripped.endswith("|"):
            cells = [c.strip() for c in stripped[1:-1].split("|")]
            if all(set(c) <= set("-: ") for c in cells):
                continue  # a markdown header rule such as | --- | --- |
            line = CELL_SEPARATOR.join(cells)
        lines.append(line)
    return "\n".join(lines)


def _choose_title(head: PageHead) -> str | None:
    """The ``<h1>`` when ``<title>`` confirms it (sites often put their own name in an
    ``<h1>``), else a title meta, else the article part of ``<title>``."""
    from_title = page_title(head.title)
    if head.headline and (
        not head.title or head.headline in head.title or (from_title and from_title in head.headline)
    ):
        return head.headline
    return head.meta_title() or from_title or head.headline


def _start_at_headline(text: str, title: str | None) -> str:
    """A page's article starts at its headline: lines above it (site name, breadcrumbs)
    are dropped; a headline the extractor left out is put back on top."""
    if not title or not text.strip():
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines[:_HEADLINE_SEARCH_LINES]):
        if line.strip() == title:
            return "\n".join(lines[i:])
    return f"{title}\n{text}"


def read_html(data: bytes) -> Extracted:
    """Decode a page (meta charset first), extract its main text, title and date."""
    warnings: list[str] = []
    declared = declared_charset(data)
    html, encoding = decode_bytes(data, declared)
    if declared and encoding != canonical_encoding(declared):
        warnings.append(f"page declares charset {declared} but decodes as {encoding}")
    head = parse_head(html)
    # a trafilatura Document (2.x; a dict only with as_dict=True): its attributes are read
    doc: Any = trafilatura.bare_extraction(
        html, include_tables=True, include_comments=False, with_metadata=True,
        favor_recall=True, deduplicate=False,
    )
    text = _table_rows_as_tabs((doc.text or "").strip() if doc is not None else "")
    if not text:
        warnings.append("main-text extraction found nothing; using all visible page text")
        text = head.plain_text
    title = _choose_title(head) or (doc.title if doc is not None else None)
    text = _start_at_headline(text, title)
    date_hint = parse_timestamp(head.meta_date() or "") or (
        parse_timestamp(doc.date or "") if doc is not None else None
    )
    return Extracted(text=text, encoding=encoding, title_hint=title, date_hint=date_hint,
                     warnings=warnings)
