"""Reviewing suggestions of a stored document: pending = suggested − reviewed − tagged."""

from __future__ import annotations

from tracker.domain.model import Commitment, Origin
from tracker.domain.spans import Span
from tracker.services import commitments as svc
from tracker.services import importing, library, suggesting


def _doc(ctx):
    importing.import_samples(ctx)
    return next(d for d in library.list_documents(ctx) if "大同" in d.title).id


def test_pending_leaves_out_reviewed_and_tagged(ctx):
    doc_id = _doc(ctx)
    raw = suggesting.document_suggestions(ctx, doc_id)
    pending = suggesting.pending_suggestions(ctx, doc_id)
    assert pending == suggesting.still_pending(ctx, doc_id, raw) == raw
    assert len(raw) >= 5 and all(s.kind != "indicator" for s in raw)

    first, second, third = raw[:3]
    suggesting.reject_suggestion(ctx, doc_id, first)
    stored = suggesting.accept_suggestion(ctx, doc_id, second)
    assert stored.origin is Origin.SUGGESTED and stored.quote == second.quote
    text = library.get_document(ctx, doc_id).text
    svc.create(ctx, Commitment(document_id=doc_id, span=Span.of(text, third.start, third.end)))

    left = suggesting.still_pending(ctx, doc_id, raw)
    assert [s.quote for s in left] == [s.quote for s in raw[3:]]
    assert [s.quote for s in suggesting.pending_suggestions(ctx, doc_id)] == \
        [s.quote for s in left]

    suggesting.unreview_suggestions(ctx, doc_id, [first])      # an undone reject
    assert suggesting.still_pending(ctx, doc_id, raw)[0].quote == first.quote
