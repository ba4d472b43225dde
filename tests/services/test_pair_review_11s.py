"""Reviewing the measures of a list with its values after 分别: each is a suggestion of its
own on the same words (tracker.extract.pipeline._pair_companions), reviewed alone; accepting
one leaves the others pending, as rejecting one does."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.services import importing, suggesting

TEXT = ("某市2025年生态环境保护工作要点\n\n"
        "一、主要目标\n"
        "到2025年，全市城市生活垃圾无害化处理率、生活污水处理率分别达到98%、96%以上，"
        "森林覆盖率达到45%。\n")


def _doc(ctx, tmp_path: Path) -> int:
    path = tmp_path / "要点.txt"
    path.write_text(TEXT, encoding="utf-8")
    report = importing.import_paths(ctx, [path])
    return report.imported[0].id


def _pair(ctx, doc_id: int):
    found = suggesting.document_suggestions(ctx, doc_id)
    listed = [s for s in found if "分别" in s.quote]
    assert [(s.pair, s.target.value) for s in listed] == [(0, 98.0), (1, 96.0)]
    assert listed[0].quote == listed[1].quote
    return found, listed


@pytest.mark.parametrize("which", [0, 1])
def test_accepting_one_measure_leaves_the_other_pending(ctx, tmp_path, which) -> None:
    doc_id = _doc(ctx, tmp_path)
    found, listed = _pair(ctx, doc_id)
    stored = suggesting.accept_suggestion(ctx, doc_id, listed[which])
    assert stored.target.value == listed[which].target.value
    left = [s for s in suggesting.still_pending(ctx, doc_id, found) if "分别" in s.quote]
    assert [s.pair for s in left] == [1 - which]


def test_rejecting_one_measure_leaves_the_other_pending(ctx, tmp_path) -> None:
    doc_id = _doc(ctx, tmp_path)
    found, listed = _pair(ctx, doc_id)
    suggesting.reject_suggestion(ctx, doc_id, listed[1])
    left = [s for s in suggesting.still_pending(ctx, doc_id, found) if "分别" in s.quote]
    assert [s.pair for s in left] == [0]
    suggesting.unreview_suggestions(ctx, doc_id, [listed[1]])
    left = [s for s in suggesting.still_pending(ctx, doc_id, found) if "分别" in s.quote]
    assert [s.pair for s in left] == [0, 1]


def test_a_commitment_tagged_by_hand_on_the_words_covers_every_measure(ctx, tmp_path) -> None:
    from tracker.domain.model import Commitment
    from tracker.domain.spans import Span
    from tracker.services import commitments as svc
    from tracker.services import library

    doc_id = _doc(ctx, tmp_path)
    found, listed = _pair(ctx, doc_id)
    text = library.get_document(ctx, doc_id).text
    svc.create(ctx, Commitment(document_id=doc_id, span=Span.of(text, listed[0].start, listed[0].end)))
    assert not [s for s in suggesting.still_pending(ctx, doc_id, found) if "分别" in s.quote]
