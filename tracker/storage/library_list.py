"""The library list read with the sqlite3 module alone, for the window's first seconds.

The window paints the library from here before SQLAlchemy and SQLModel are imported (they
cost about a second); the full services context opens afterwards and takes over. Nothing
here writes: the file is opened read-only and a file that is missing, locked or not (yet) of
this schema gives None, and the caller waits for the context instead.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tracker.domain.model import DocType, Script


@dataclass(frozen=True)
class DocumentSummary:
    """A document without its text, for library lists."""

    id: int
    uuid: str
    title: str
    doc_date: date | None
    doc_type: DocType
    region_code: str | None
    script: Script
    source_format: str
    source_path: str | None
    issuer: str | None
    chars: int
    commitments: int


# the rows and order of repos.list_documents; the count through the commitment index.
# NOT INDEXED: one pass over the table and a sort of the rows is cheaper than walking the
# (doc_date, id, …) index and fetching each row from the table in that order.
_COLUMNS = (
    "SELECT d.id, d.uuid, d.title, d.doc_date, d.doc_type, d.region_code, d.script,"
    " d.source_format, d.source_path, d.issuer, length(d.text),"
    " (SELECT count(*) FROM commitment WHERE commitment.document_id = d.id)")
LIST_SQL = _COLUMNS + " FROM document AS d NOT INDEXED ORDER BY d.doc_date DESC, d.id"
# the first rows of that order: their ids from the (doc_date, id, …) index of the search
# (a walk of small index entries), then those rows alone: ~1 ms at 10,000 documents, where
# the whole list takes ~100 ms
FIRST_SQL = (_COLUMNS + " FROM (SELECT id, doc_date FROM document"
             " ORDER BY doc_date DESC, id LIMIT ?) AS p JOIN document AS d ON d.id = p.id"
             " ORDER BY p.doc_date DESC, p.id")

# value → member: a dict lookup instead of an Enum call for each of the rows
_DOC_TYPES = {t.value: t for t in DocType}
_SCRIPTS = {s.value: s for s in Script}


@dataclass(frozen=True)
class QuickLibrary:
    documents: list[DocumentSummary]
    region_names: dict[str, str]  # code -> full name from the province down (山西省大同市)
    complete: bool = True  # False: the first rows of the list only (read_library's first)


def read_library(path: Path | str, first: int | None = None) -> QuickLibrary | None:
    """The documents of the library at *path* and the names of the regions they use, or
    None when the file cannot be read this way (missing, locked, another schema). With
    *first*, only the first *first* documents of the list (in its order), for a window
    that paints them while the rest is read."""
    path = Path(path)
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0.2)
    except sqlite3.Error:
        return None
    try:
        rows = (conn.execute(LIST_SQL) if first is None
                else conn.execute(FIRST_SQL, (first,))).fetchall()
        regions = {code: (name, parent) for code, name, parent in
                   conn.execute("SELECT code, name, parent_code FROM region")}
        documents = [DocumentSummary(
            r[0], r[1], r[2], date.fromisoformat(r[3]) if r[3] else None, _DOC_TYPES[r[4]],
            r[5], _SCRIPTS[r[6]], r[7], r[8], r[9], r[10], r[11]) for r in rows]
    except (sqlite3.Error, ValueError, KeyError):
        return None  # not this schema (an upgrade is due), or a value this version does not know
    finally:
        conn.close()
    return QuickLibrary(documents, {code: _full_name(code, regions)
                                    for code in {d.region_code for d in documents} if code},
                        complete=first is None or len(documents) < first)


def _full_name(code: str, regions: dict[str, tuple[str, str | None]]) -> str:
    names: list[str] = []
    seen: set[str] = set()
    at: str | None = code
    while at is not None and at in regions and at not in seen:
        seen.add(at)
        name, at = regions[at]
        names.append(name)
    return "".join(reversed(names))
