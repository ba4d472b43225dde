"""What is indexed: the searchable tables, their columns and their index tables.

The names match migration 0003_search (which is frozen and keeps its own copy).
"""

from __future__ import annotations

from dataclasses import dataclass

QUEUE_TABLE = "search_queue"
META_TABLE = "search_meta"


@dataclass(frozen=True)
class Source:
    name: str                  # the value in search_queue.source
    table: str                 # the base table (rows keyed by integer `id`)
    columns: tuple[str, ...]   # the text columns indexed
    prefix: str                # the FTS tables are <prefix>_tri and <prefix>_short

    @property
    def tri(self) -> str:
        return f"{self.prefix}_tri"

    @property
    def short(self) -> str:
        return f"{self.prefix}_short"


DOCUMENTS = Source("document", "document", ("text",), "search_doc")
COMMITMENTS = Source("commitment", "commitment", ("quote", "notes"), "search_cmt")
SOURCES: tuple[Source, ...] = (DOCUMENTS, COMMITMENTS)
