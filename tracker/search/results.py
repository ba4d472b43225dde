"""What a search returns: documents with their hits, commitments with theirs."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from tracker.domain.model import DocType


@dataclass(frozen=True)
class SearchFilter:
    """Restricts results by the document's region (with everything beneath it), date
    range (inclusive) and type. A commitment is filtered by its own region, or by its
    document's when it has none, and by its document's date and type."""

    region_code: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    doc_type: DocType | None = None


@dataclass(frozen=True)
class Hit:
    """One place a searched term occurs: [start, end) in code points of the searched text
    (the document's text, or the commitment field named by `field`), with ~30 characters
    of context on either side (`cut_after`: the text goes on past it) and every term occurrence inside that context (`marks`,
    offsets relative to `context`) for highlighting."""

    start: int
    end: int
    context: str
    context_start: int
    marks: tuple[tuple[int, int], ...]
    field: str = "text"
    cut_after: bool = False  # the searched text goes on after the context

    def to_json(self) -> dict:
        return {"start": self.start, "end": self.end, "field": self.field,
                "context": self.context, "context_start": self.context_start,
                "marks": [list(m) for m in self.marks]}


@dataclass(frozen=True)
class DocumentResult:
    doc_id: int
    title: str
    doc_date: date | None
    doc_type: DocType
    region_code: str | None
    region_name: str | None
    hit_count: int
    hits: tuple[Hit, ...]   # the first few (see `max_hits`), in text order

    def to_json(self) -> dict:
        return {"id": self.doc_id, "title": self.title,
                "date": self.doc_date.isoformat() if self.doc_date else None,
                "type": self.doc_type.value, "region_code": self.region_code,
                "region": self.region_name, "hit_count": self.hit_count,
                "hits": [h.to_json() for h in self.hits]}


@dataclass(frozen=True)
class CommitmentResult:
    commitment_id: int
    document_id: int | None
    document_title: str | None
    quote: str
    hit_count: int
    hits: tuple[Hit, ...]

    def to_json(self) -> dict:
        return {"id": self.commitment_id, "document_id": self.document_id,
                "document": self.document_title, "quote": self.quote,
                "hit_count": self.hit_count, "hits": [h.to_json() for h in self.hits]}


@dataclass(frozen=True)
class SearchResults:
    query: str
    terms: tuple[str, ...]          # the terms highlighted (not the excluded ones)
    total_documents: int            # all matching documents (the list holds one page)
    documents: tuple[DocumentResult, ...]
    total_commitments: int
    commitments: tuple[CommitmentResult, ...]
    offset: int = 0
    elapsed_ms: float = field(default=0.0, compare=False)

    @property
    def empty(self) -> bool:
        return self.total_documents == 0 and self.total_commitments == 0

    def to_json(self) -> dict:
        return {"query": self.query, "terms": list(self.terms),
                "total_documents": self.total_documents, "offset": self.offset,
                "documents": [d.to_json() for d in self.documents],
                "total_commitments": self.total_commitments,
                "commitments": [c.to_json() for c in self.commitments]}
