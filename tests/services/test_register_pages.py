"""The table of a large register asks its ids a page at a time (services.register.IdPages):
the pages, one after the other, are exactly the ids the whole query gives, in every sort,
both ways, with and without a filter, tasks folded under their parents; the light sort
walked by index ranges orders as the lights do; the document sort key the triggers keep
(migration 0011_paged18d) follows renames, moves and deletions. On SQLite and PostgreSQL."""

from __future__ import annotations

import random
from datetime import date, timedelta

from tracker.domain.filters import CommitmentFilter
from tracker.domain.lights import LIGHT_ORDER, light_of
from tracker.domain.model import Commitment, Deadline, Document, Precision, Status
from tracker.domain.spans import Span
from tracker.services import breakdown, commitments, register
from tracker.storage import repos

TODAY = date(2026, 12, 4)
REGIONS = (None, "140000", "140200", "360102")
TITLES = ("乙规划", "甲方案", "乙规划", "丙通知")   # two documents share a title


def _build(ctx, rnd: random.Random, n: int = 70) -> list[int]:
    ctx.today = lambda: TODAY
    with ctx.db.session() as session:
        for code in ("140200", "360102"):
            repos.ensure_regions(session, ctx.gazetteer.path(code))
        docs = [repos.add_document(session, Document(title=t, text="承诺事项" * 3), b"raw").id
                for t in TITLES]
    made: list[int] = []
    for k in range(n):
        day = None if rnd.random() < 0.25 else TODAY + timedelta(days=rnd.randint(-300, 300))
        c = Commitment(document_id=rnd.choice([None, *docs]), span=Span(0, 4, "承诺事项"),
                       deadline=Deadline("", day, Precision.DAY) if day else None,
                       region_code=rnd.choice(REGIONS), status=rnd.choice(list(Status)))
        if made and k % 9 == 0:   # a task of an earlier commitment
            c.parent_id = rnd.choice(made)
            c.document_id = None
        made.append(commitments.create(ctx, c).id)
    return made


def _folded(ctx, f: CommitmentFilter, sort: str, descending: bool) -> list[int]:
    """What the table showed before pages: every id, then tasks folded in Python."""
    return breakdown.fold(register.ids(ctx, f, sort, descending), breakdown.folding(ctx))


FILTERS = (CommitmentFilter(),
           CommitmentFilter(statuses=frozenset({Status.NOT_STARTED, Status.MISSED,
                                                Status.AT_RISK})),
           CommitmentFilter(region_code="140000"),
           CommitmentFilter(text="承诺"),          # every row: the walk's way
           CommitmentFilter(text="承诺事", statuses=frozenset({Status.MISSED})))


def test_pages_one_after_the_other_are_the_whole_query_in_every_sort(ctx):
    _build(ctx, random.Random(3))
    for f in FILTERS:
        for sort in register.SORT_COLUMNS:
            for descending in (False, True):
                pages = register.IdPages(ctx, f, sort, descending)
                every = pages.all()
                assert every == _folded(ctx, f, sort, descending), (f, sort, descending)
                assert pages.count() == len(every)
                joined: list[int] = []
                for offset in range(0, len(every) + 7, 7):
                    joined += pages.page(offset, 7)
                assert joined == every, (f, sort, descending)
                assert pages.page(len(every) - 3, 10) == every[-3:]


def _light_rank(ctx, cid: int) -> tuple:
    c = commitments.get(ctx, cid)
    day = c.deadline.date if c.deadline else None
    return LIGHT_ORDER.index(light_of(c.status, day, TODAY)), day


def test_the_light_sort_walked_by_ranges_orders_as_the_lights(ctx):
    made = _build(ctx, random.Random(5), 60)
    ranks = {cid: _light_rank(ctx, cid) for cid in made}
    for descending in (False, True):
        sign = -1 if descending else 1

        def key(cid: int, sign: int = sign) -> tuple:
            rank, day = ranks[cid]
            return (sign * rank, day is None, day or TODAY, sign * cid)

        want = sorted(made, key=key)
        assert register.ids(ctx, CommitmentFilter(), "light", descending) == want


def _by_title(ctx, way: str = "ASC") -> list[int]:
    with ctx.db.engine.connect() as conn:
        return [r[0] for r in conn.exec_driver_sql(
            "SELECT c.id FROM commitment c LEFT JOIN document d ON d.id = c.document_id"
            f" ORDER BY d.title {way} NULLS LAST, c.id {way}")]


def test_the_document_sort_key_follows_renames_moves_and_deletions(ctx):
    made = _build(ctx, random.Random(7), 40)
    assert register.ids(ctx, CommitmentFilter(), "document") == _by_title(ctx)
    with ctx.db.engine.begin() as conn:
        docs = [r[0] for r in conn.exec_driver_sql("SELECT id FROM document ORDER BY id")]
        conn.exec_driver_sql("UPDATE document SET title = '丁报告' WHERE id = ?", (docs[1],))
        conn.exec_driver_sql("UPDATE commitment SET document_id = ? WHERE id = ?",
                             (docs[3], made[0]))
        conn.exec_driver_sql("UPDATE commitment SET document_id = NULL WHERE id = ?",
                             (made[1],))
    assert register.ids(ctx, CommitmentFilter(), "document") == _by_title(ctx)
    with ctx.db.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM document WHERE id = ?", (docs[0],))
    assert register.ids(ctx, CommitmentFilter(), "document") == _by_title(ctx)
    assert register.ids(ctx, CommitmentFilter(), "document", True) == _by_title(ctx, "DESC")
    with ctx.db.engine.connect() as conn:
        keys = list(conn.exec_driver_sql(
            "SELECT c.sort_document, d.title FROM commitment c"
            " LEFT JOIN document d ON d.id = c.document_id"))
    assert all(key == title for key, title in keys)
