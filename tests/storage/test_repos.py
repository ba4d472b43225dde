"""Repositories round-trip domain objects through the database."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.domain import (
    BodyRef, BodyRole, Commitment, Comparator, Deadline, Document, Evidence, EvidenceKind,
    Kind, Precision, ProgressEntry, Region, RegionLevel, Span, Status, Target,
)
from tracker.storage import repos
from tracker.storage.migrate import open_database

TEXT = "𠮷序言。到2025年底前，全市PM2.5平均浓度下降到30微克/立方米以下。"


@pytest.fixture
def db(db_path):
    database = open_database(db_path)
    yield database
    database.close()


def _doc(session) -> Document:
    repos.ensure_regions(session, [
        Region("140000", "山西省", RegionLevel.PROVINCE),
        Region("140200", "大同市", RegionLevel.PREFECTURE, "140000")])
    return repos.add_document(session, Document(
        title="大同市生态环境保护大会召开", text=TEXT, doc_date=date(2023, 11, 17),
        region_code="140200", text_sha256="abc"), b"\xef\xbb\xbfraw")


def test_document_round_trip_and_summary(db):
    with db.session() as s:
        doc = _doc(s)
    with db.session() as s:
        got = repos.get_document(s, doc.id)
        assert got.text == TEXT and got.region_code == "140200" and got.uuid == doc.uuid
        assert repos.document_raw(s, doc.id) == b"\xef\xbb\xbfraw"
        assert repos.find_document_by_text_hash(s, "abc").id == doc.id
        (summary,) = repos.list_documents(s)
        assert summary.chars == len(TEXT) and summary.commitments == 0


def test_commitment_round_trip_with_range_bodies_tags(db):
    with db.session() as s:
        doc = _doc(s)
        c = repos.add_commitment(s, Commitment(
            document_id=doc.id, span=Span.of(TEXT, 4, 38), kind=Kind.TARGET,
            deadline=Deadline("2025年底前", date(2025, 12, 31), Precision.YEAR),
            target=Target("PM2.5平均浓度", Comparator.LE, (25.0, 30.0), "微克/立方米"),
            responsible=[BodyRef("市生态环境局"), BodyRef("市发展改革委", BodyRole.SUPPORT)],
            region_code="140200", themes=["大气", "蓝天保卫战"], confidence=0.8))
    with db.session() as s:
        got = repos.get_commitment(s, c.id)
    assert got.span.quote == TEXT[4:38] and got.span.start == 4
    assert got.target.value == (25.0, 30.0) and got.target.comparator is Comparator.LE
    assert got.deadline.date == date(2025, 12, 31) and got.deadline.precision is Precision.YEAR
    assert [(b.name, b.role) for b in got.responsible] == [
        ("市生态环境局", BodyRole.LEAD), ("市发展改革委", BodyRole.SUPPORT)]
    assert got.themes == ["大气", "蓝天保卫战"] and got.lead == "市生态环境局"
    with db.session() as s:
        assert repos.list_documents(s)[0].commitments == 1
        assert repos.body_names(s) == ["市发展改革委", "市生态环境局"]


def test_delete_and_restore_keep_id_uuid_and_progress(db):
    with db.session() as s:
        doc = _doc(s)
        c = repos.add_commitment(s, Commitment(document_id=doc.id, span=Span.of(TEXT, 4, 12)))
        e = repos.add_progress(s, ProgressEntry(
            c.id, date(2024, 3, 1), Status.ON_TRACK, "已启动",
            Evidence(EvidenceKind.SPAN, document_id=doc.id, span=Span.of(TEXT, 0, 3))))
    with db.session() as s:
        entries = repos.progress_for(s, c.id)
        repos.delete_commitment(s, c.id)
    with db.session() as s:
        assert repos.progress_for(s, c.id) == []  # cascaded
        back = repos.add_commitment(s, c)
        for entry in entries:
            repos.add_progress(s, entry)
    with db.session() as s:
        assert back.id == c.id and back.uuid == c.uuid
        (again,) = repos.progress_for(s, c.id)
        assert again.uuid == e.uuid and again.evidence.span.quote == TEXT[0:3]


def test_failed_unit_of_work_leaves_nothing(db):
    with pytest.raises(RuntimeError):
        with db.session() as s:
            _doc(s)
            raise RuntimeError("disk full")
    with db.session() as s:
        assert repos.list_documents(s) == []


def test_reviews(db):
    with db.session() as s:
        doc = _doc(s)
        repos.record_review(s, doc.id, "建成平台", "rejected")
        repos.record_review(s, doc.id, "建成平台", "accepted")
    with db.session() as s:
        assert repos.reviewed_keys(s, doc.id) == {"建成平台": "accepted"}
        repos.forget_review(s, doc.id, "建成平台")
        assert repos.reviewed_keys(s, doc.id) == {}
        with pytest.raises(ValueError):
            repos.record_review(s, doc.id, "x", "maybe")


def test_editing_document_metadata(db):
    with db.session() as s:
        doc = _doc(s)
        repos.update_document(s, doc.id, title="新标题", doc_date=date(2023, 11, 18))
        with pytest.raises(ValueError):
            repos.update_document(s, doc.id, text="不可改")
    with db.session() as s:
        got = repos.get_document(s, doc.id)
        assert got.title == "新标题" and got.doc_date == date(2023, 11, 18)
