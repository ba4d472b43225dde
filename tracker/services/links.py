"""The same commitment in several documents: a provincial decision quoted by a city's work
report, a web summary and the original. They share a quote key (extract.commitment_key:
NFKC, Simplified, without punctuation or white space), stored on each commitment as a
short digest so that a lookup is one indexed query even among 100,000 commitments.

Every service that writes a commitment passes the key of its quote (commitments.py,
suggesting.py, ledger.py); a repository leaves it NULL when a quote changes without one,
and `fill_missing_keys` fills those (and every row of a database older than the column) in
batches, once after the window opens the database. The lookups below run it too (one
indexed probe when nothing is missing), so they never miss a record whose key is NULL.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from tracker.domain.model import Status
from tracker.extract import commitment_key
from tracker.extract.dedup import MIN_KEY
from tracker.services.context import AppContext
from tracker.storage import repos

BATCH = 5000  # rows per back-fill transaction
PER_KEY = 20  # at most this many twins of one commitment are listed


@dataclass(frozen=True)
class LinkedCommitment:
    """A commitment of another document with the same words."""

    id: int
    document_id: int
    document_title: str
    quote: str
    status: Status


def quote_key(quote: str) -> str:
    """The stored key of a quote: a digest of its normalised key; "" for a quote too short
    to say it is the same commitment (三是, 完成)."""
    key = commitment_key(quote)
    if len(key) < MIN_KEY:
        return ""
    return hashlib.blake2b(key.encode("utf-8"), digest_size=16).hexdigest()


def fill_missing_keys(ctx: AppContext, batch: int = BATCH) -> int:
    """Compute the key of every commitment that has none yet, `batch` rows per
    transaction; returns how many were filled. Cheap when none is missing (one indexed
    probe), so it is run after the database is opened and before each lookup."""
    filled = 0
    while True:
        with ctx.db.session() as session:
            rows = repos.quotes_without_key(session, batch)
            repos.set_quote_keys(session, [(cid, quote_key(q)) for cid, q in rows])
        filled += len(rows)
        if len(rows) < batch:
            return filled


def same_elsewhere(ctx: AppContext, commitment_id: int) -> list[LinkedCommitment]:
    """The commitments of OTHER documents with the same quote key as this one (the first
    PER_KEY, oldest documents first)."""
    fill_missing_keys(ctx)
    with ctx.db.session() as session:
        key, doc_id = repos.quote_key_of(session, commitment_id)
        if not key:
            return []
        rows = repos.commitments_with_quote_keys(session, [key], exclude_document=doc_id,
                                                 per_key=PER_KEY)
    return [_linked(r) for r in rows if r.id != commitment_id]


def quote_seen_elsewhere(ctx: AppContext, doc_id: int | None, quote: str) -> list[LinkedCommitment]:
    """The commitments of documents other than `doc_id` with these words."""
    return quotes_seen_elsewhere(ctx, doc_id, [quote]).get(quote, [])


def quotes_seen_elsewhere(ctx: AppContext, doc_id: int | None,
                          quotes: Iterable[str]) -> dict[str, list[LinkedCommitment]]:
    """For many quotes at once (a whole review queue: one query per 500 quotes): each
    quote registered in another document, with those commitments."""
    keyed: dict[str, list[str]] = {}
    for q in quotes:
        k = quote_key(q)
        if k:
            keyed.setdefault(k, []).append(q)
    if not keyed:
        return {}
    fill_missing_keys(ctx)
    with ctx.db.session() as session:
        rows = repos.commitments_with_quote_keys(session, keyed, exclude_document=doc_id,
                                                 per_key=PER_KEY)
    out: dict[str, list[LinkedCommitment]] = {}
    for r in rows:
        for q in keyed[r.quote_key]:
            out.setdefault(q, []).append(_linked(r))
    return out


def _linked(r: repos.KeyedCommitmentRow) -> LinkedCommitment:
    return LinkedCommitment(r.id, r.document_id, r.document_title, r.quote, r.status)
