"""Word (.docx) files: paragraphs and tables in document order (python-docx)."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime

import docx
from docx.document import Document as DocxDocument
from docx.table import Table
from docx.text.paragraph import Paragraph

from tracker.ingest.errors import UnreadableContent
from tracker.ingest.result import Extracted

CELL_SEPARATOR = "\t"



def _table_lines(table: Table) -> list[str]:
    """One line per row; a merged cell, which python-docx repeats, is written once."""
    lines = []
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(p.text.strip() for p in cell.paragraphs if p.text.strip()))
        if any(cells):
            lines.append(CELL_SEPARATOR.join(cells))
    return lines


def _body_lines(document: DocxDocument) -> list[str]:
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            lines.extend(_table_lines(block))
    return lines


def _open(data: bytes) -> DocxDocument:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
    except zipfile.BadZipFile as exc:
        raise UnreadableContent(f"corrupt Word document (not a valid ZIP package: {exc})") from exc
    if "word/document.xml" not in names:
        raise UnreadableContent("ZIP archive without word/document.xml: not a Word document")
    try:
        return docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds for damaged parts
        raise UnreadableContent(f"corrupt Word document ({type(exc).__name__}: {exc})") from exc


def read_docx(data: bytes) -> Extracted:
    """Paragraph and table text; core title and creation date as metadata hints."""
    document = _open(data)
    try:
        lines = _body_lines(document)
        props = document.core_properties
        title, created = props.title, props.created
    except Exception as exc:
        raise UnreadableContent(f"corrupt Word document ({type(exc).__name__}: {exc})") from exc
    return Extracted(
        text="\n".join(lines),
        title_hint=title.strip() if title and title.strip() else None,
        date_hint=created.date() if isinstance(created, datetime) else None,
    )
