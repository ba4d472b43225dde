"""Identical commitments in different documents are linked through the stored quote key."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import text as sql

from tracker.domain.model import Commitment, Document, Status
from tracker.domain.spans import Span
from tracker.extract import suggest
from tracker.services import commitments as svc
from tracker.services import links, suggesting
from tracker.storage import repos

MEASURE = "到2025年底，全市城市生活污水集中收集率达到70%以上。"
# the same words as a web page prints them: Traditional, full-width, other spacing
MEASURE_WEB = "到２０２５年底， 全市城市生活污水集中收集率達到70％以上。"
OTHER = "加快推进城镇污水管网全覆盖，消除管网空白区。"


def _doc(ctx, title: str, body: str, day: date = date(2024, 3, 1)) -> int:
    with ctx.db.session() as session:
        return repos.add_document(session, Document(title=title, text=body, doc_date=day),
                                  body.encode()).id


def _tag(ctx, doc_id: int, body: str, words: str) -> Commitment:
    start = body.index(words)
    return svc.create(ctx, Commitment(document_id=doc_id,
                                      span=Span.of(body, start, start + len(words))))


def _keys(ctx) -> dict[int, str | None]:
    with ctx.db.engine.connect() as conn:
        return dict(conn.execute(sql("SELECT id, quote_key FROM commitment")).all())


def test_same_commitment_in_two_documents_is_linked_both_ways(ctx):
    province_text = "一、目标\n" + MEASURE + OTHER
    city_text = "市政府工作报告\n" + MEASURE_WEB + "另一句话不相干的内容。"
    province = _doc(ctx, "省治污攻坚方案", province_text, date(2023, 5, 1))
    city = _doc(ctx, "市政府工作报告", city_text)
    a = _tag(ctx, province, province_text, MEASURE)
    other = _tag(ctx, province, province_text, OTHER)
    b = _tag(ctx, city, city_text, MEASURE_WEB)
    svc.change_status(ctx, [a.id], Status.ON_TRACK)

    from_city = links.same_elsewhere(ctx, b.id)
    assert [(x.id, x.document_id, x.document_title, x.status) for x in from_city] == \
        [(a.id, province, "省治污攻坚方案", Status.ON_TRACK)]
    assert from_city[0].quote == MEASURE
    assert [x.id for x in links.same_elsewhere(ctx, a.id)] == [b.id]
    assert links.same_elsewhere(ctx, other.id) == []


def test_repeat_within_one_document_is_not_a_link(ctx):
    body = MEASURE + "（摘要）" + MEASURE
    doc = _doc(ctx, "含摘要的网页", body)
    first = _tag(ctx, doc, body, MEASURE)
    second_start = body.rindex(MEASURE)
    second = svc.create(ctx, Commitment(document_id=doc, span=Span.of(
        body, second_start, second_start + len(MEASURE))))
    assert links.same_elsewhere(ctx, first.id) == []
    assert links.same_elsewhere(ctx, second.id) == []
    # …but a third document does see both
    other = _doc(ctx, "转载", MEASURE)
    third = _tag(ctx, other, MEASURE, MEASURE)
    assert sorted(x.id for x in links.same_elsewhere(ctx, third.id)) == [first.id, second.id]


def test_key_follows_a_quote_edit_and_undo_of_delete(ctx):
    body_a = MEASURE + OTHER
    doc_a, doc_b = _doc(ctx, "甲", body_a), _doc(ctx, "乙", OTHER)
    a = _tag(ctx, doc_a, body_a, MEASURE)
    b = _tag(ctx, doc_b, OTHER, OTHER)
    assert links.same_elsewhere(ctx, b.id) == []

    start = body_a.index(OTHER)
    moved = svc.update(ctx, replace(a, span=Span.of(body_a, start, start + len(OTHER))))
    assert [x.id for x in links.same_elsewhere(ctx, b.id)] == [moved.id]
    assert _keys(ctx)[a.id] == links.quote_key(OTHER)

    removed = svc.delete(ctx, a.id)
    assert links.same_elsewhere(ctx, b.id) == []
    svc.restore(ctx, removed)
    assert [x.id for x in links.same_elsewhere(ctx, b.id)] == [a.id]


def test_quote_changed_without_a_key_is_refilled_before_lookup(ctx):
    """A writer that does not know the key (the ledger import, an undo) leaves it NULL;
    the lookup fills it first, so it is never stale."""
    body_a = MEASURE + OTHER
    doc_a, doc_b = _doc(ctx, "甲", body_a), _doc(ctx, "乙", OTHER)
    a = _tag(ctx, doc_a, body_a, MEASURE)
    b = _tag(ctx, doc_b, OTHER, OTHER)
    start = body_a.index(OTHER)
    with ctx.db.session() as session:
        repos.update_commitment(session, replace(a, span=Span.of(body_a, start,
                                                                 start + len(OTHER))))
    assert _keys(ctx)[a.id] is None
    assert [x.id for x in links.same_elsewhere(ctx, b.id)] == [a.id]
    assert _keys(ctx)[a.id] == links.quote_key(OTHER)


def test_short_quotes_are_not_linked(ctx):
    d1, d2 = _doc(ctx, "甲", "三是完成。"), _doc(ctx, "乙", "三是完成。")
    a = _tag(ctx, d1, "三是完成。", "完成")
    _tag(ctx, d2, "三是完成。", "完成")
    assert links.quote_key("完成") == ""
    assert links.same_elsewhere(ctx, a.id) == []


def test_back_fill_of_rows_without_key_in_batches(ctx):
    docs = [_doc(ctx, f"文件{i}", MEASURE) for i in range(7)]
    ids = [_tag(ctx, d, MEASURE, MEASURE).id for d in docs]
    with ctx.db.engine.begin() as conn:  # as a database migrated from 0003 has them
        conn.execute(sql("UPDATE commitment SET quote_key = NULL"))
    assert set(_keys(ctx).values()) == {None}
    assert links.fill_missing_keys(ctx, batch=3) == 7
    assert set(_keys(ctx).values()) == {links.quote_key(MEASURE)}
    assert links.fill_missing_keys(ctx) == 0
    assert len(links.same_elsewhere(ctx, ids[0])) == 6


def _measure_suggestion(body: str):
    return next(s for s in suggest(body, date(2024, 3, 1)) if "收集率" in s.quote)


def test_quote_seen_elsewhere_names_the_document_and_status(ctx):
    province_text = "二、重点任务\n" + MEASURE + OTHER
    province = _doc(ctx, "省治污攻坚方案", province_text)
    a = suggesting.accept_suggestion(ctx, province, _measure_suggestion(province_text))
    svc.change_status(ctx, [a.id], Status.ACHIEVED, note="已完成")
    city_text = "二、重点任务\n" + MEASURE_WEB
    city = _doc(ctx, "市政府工作报告", city_text)
    s = _measure_suggestion(city_text)
    assert s.quote != a.quote  # Traditional, full-width: other characters, same words
    seen = links.quote_seen_elsewhere(ctx, city, s.quote)
    assert [(x.id, x.document_title, x.status) for x in seen] == \
        [(a.id, "省治污攻坚方案", Status.ACHIEVED)]
    # …but not in the document it is registered in
    assert links.quote_seen_elsewhere(ctx, province, s.quote) == []
    many = links.quotes_seen_elsewhere(ctx, city, [s.quote, OTHER + "另起", "短"])
    assert list(many) == [s.quote]


def test_accepted_suggestion_gets_its_key(ctx):
    body = "二、重点任务\n" + MEASURE
    doc = _doc(ctx, "甲", body)
    s = next(s for s in suggest(body, date(2024, 3, 1)) if "收集率" in s.quote)
    stored = suggesting.accept_suggestion(ctx, doc, s)
    assert _keys(ctx)[stored.id] == links.quote_key(s.quote) != ""
