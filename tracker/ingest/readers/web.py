"""HTML pages: main text via trafilatura (from the string; nothing is fetched)."""

from __future__ import annotations

import re

import trafilatura

from tracker.ingest.dates import parse_timestamp
from tracker.ingest.encoding import canonical_encoding, decode_bytes
from tracker.ingest.readers.htmlhead import declared_charset, parse_head
from tracker.ingest.readers.word import CELL_SEPARATOR
from tracker.ingest.result import Extracted

# "标题_网站名", "标题 - 网站名", "标题|网站名": keep the part before the site name.
_TITLE_SEPARATORS = re.compile(r"\s*(?:_|\||｜|\s-\s|—\s|－)\s*")


def _canonical_or_none(label: str) -> str | None:
    try:
        return canonical_encoding(label)
    except LookupError:
        return None


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


def read_html(data: bytes) -> Extracted:
    """Decode a page (meta charset first), extract its main text, title and date."""
    warnings: list[str] = []
    declared = declared_charset(data)
    html, encoding = decode_bytes(data, declared)
    if declared and encoding != _canonical_or_none(declared):
        warnings.append(f"page declares charset {declared} but decodes as {encoding}")
    head = parse_head(html)
    doc = trafilatura.bare_extraction(
        html, include_tables=True, include_comments=False, with_metadata=True,
        favor_recall=True, deduplicate=False,
    )
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    text = _table_rows_as_tabs(text)
    if not text:
        warnings.append("main-text extraction found nothing; using all visible page text")
        text = head.plain_text
    title = head.headline or head.meta_title() or page_title(head.title)
    if title is None and doc is not None:
        title = getattr(doc, "title", None)
    if head.headline and head.headline not in text[: len(head.headline) * 4]:
        text = f"{head.headline}\n{text}"
    date_hint = parse_timestamp(head.meta_date() or "") or (
        parse_timestamp(getattr(doc, "date", None) or "") if doc is not None else None
    )
    return Extracted(text=text, encoding=encoding, title_hint=title, date_hint=date_hint,
                     warnings=warnings)
