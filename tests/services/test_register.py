"""The register services: filters, sorts, rows for ids, choices, evidence files."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.domain.filters import CommitmentFilter
from tracker.domain.model import Evidence, EvidenceKind, Kind, Status
from tracker.services import commitments, register

from tests.services.register_fixtures import TODAY, build_register


@pytest.fixture
def reg(ctx):
    return ctx, build_register(ctx)


def _q(ctx, ids, **kw):
    """Indexes (into the fixture's SPECS) of the ids a filter keeps, in order."""
    sort = kw.pop("sort", "deadline")
    desc = kw.pop("descending", False)
    got = register.ids(ctx, CommitmentFilter(**kw), sort, desc)
    return [ids.index(i) for i in got]


def test_filters_combine(reg):
    ctx, ids = reg
    assert _q(ctx, ids) == [4, 0, 1, 2, 3]               # deadline order, no deadline last
    assert sorted(_q(ctx, ids, region_code="140000")) == [0, 1, 2, 3]   # with sub-regions
    assert _q(ctx, ids, region_code="140200") == [2]
    assert _q(ctx, ids, statuses=frozenset({Status.ON_TRACK, Status.AT_RISK})) == [0, 2]
    assert _q(ctx, ids, kinds=frozenset({Kind.TARGET})) == [4, 0]
    assert _q(ctx, ids, kinds=frozenset({Kind.TARGET}), region_code="140000") == [0]
    assert _q(ctx, ids, body="省生态环境厅") == [4, 0]    # lead or supporting
    assert _q(ctx, ids, theme="水") == [4, 0, 1]
    assert _q(ctx, ids, deadline_from=date(2026, 1, 1), deadline_to=date(2026, 6, 30)) == [1]
    assert _q(ctx, ids, overdue_only=True) == [0]       # achieved is not overdue
    assert _q(ctx, ids, due_within_days=30) == [1]
    assert _q(ctx, ids, text="黑臭") == [1]
    assert _q(ctx, ids, text="%") == [0]                 # LIKE wildcards are plain text
    assert _q(ctx, ids, text="_") == []


def test_sorts_on_every_column(reg):
    ctx, ids = reg
    assert _q(ctx, ids, sort="deadline", descending=True) == [2, 1, 0, 4, 3]
    assert _q(ctx, ids, sort="status") == [1, 0, 2, 4, 3]   # enum order
    assert _q(ctx, ids, sort="kind") == [0, 4, 1, 2, 3]
    assert _q(ctx, ids, sort="region") == [0, 3, 1, 2, 4]   # codes: tree order
    leads = [register.rows(ctx, [i])[0].record.lead[0] for i in
             register.ids(ctx, CommitmentFilter(), "lead")]
    assert leads == sorted(leads)
    for column in register.SORT_COLUMNS:
        assert sorted(register.ids(ctx, CommitmentFilter(), column)) == sorted(ids)
    with pytest.raises(ValueError):
        register.ids(ctx, CommitmentFilter(), "nonsense")


def test_rows_for_ids_keep_order_and_compute_overdue(reg):
    ctx, ids = reg
    rows = register.rows(ctx, [ids[1], ids[0], 999999, ids[4]])
    assert [r.id for r in rows] == [ids[1], ids[0], ids[4]]
    soon, late, done = rows
    assert late.overdue and not late.due_soon and late.days_left == -152
    assert soon.due_soon and not soon.overdue and soon.days_left == 29
    assert not done.overdue                          # achieved
    assert late.region_name == "山西省" and soon.region_name == "山西省太原市"
    assert late.record.lead == ("省生态环境厅",) and late.record.support == ("省水利厅",)
    assert late.record.document_title == "山西省生态环境保护规划"
    assert soon.record.themes == ("城市", "水")


def test_status_change_shows_in_rows_and_overdue(reg):
    ctx, ids = reg
    commitments.change_status(ctx, [ids[0]], Status.ACHIEVED, "验收通过",
                              Evidence(EvidenceKind.LINK, link="https://example.org/a"))
    row = register.rows(ctx, [ids[0]])[0]
    assert row.status is Status.ACHIEVED and not row.overdue
    assert row.record.last_update == date(2026, 6, 1) and row.record.latest_note == "验收通过"
    assert register.ids(ctx, CommitmentFilter(overdue_only=True)) == []


def test_filter_choices(reg):
    ctx, _ids = reg
    choices = register.filter_choices(ctx)
    assert [(name, depth) for _c, name, depth in choices.regions] == [
        ("山西省", 0), ("太原市", 1), ("大同市", 1), ("江西省", 0), ("南昌市", 1)]
    assert "省水利厅" in choices.bodies and choices.themes == ["固废", "城市", "水"]
    assert register.total(ctx) == 5


def test_evidence_file_is_copied_without_overwriting(ctx, tmp_path):
    src = tmp_path / "验收报告.pdf"
    src.write_bytes(b"%PDF report")
    first = register.store_evidence_file(ctx, src)
    second = register.store_evidence_file(ctx, src)
    assert first != second
    assert register.evidence_path(ctx, first).read_bytes() == b"%PDF report"
    assert register.evidence_path(ctx, second).parent == ctx.library_dir / "evidence"
    with pytest.raises(register.EvidenceFileError, match="no such file"):
        register.store_evidence_file(ctx, tmp_path / "missing.pdf")


def test_bulk_read_gives_the_same_records_as_chunks(reg, monkeypatch):
    from tracker.storage import register_queries as q

    ctx, ids = reg
    commitments.change_status(ctx, [ids[2]], Status.ON_TRACK, "开工")
    order = [ids[3], ids[1], ids[4], ids[0], ids[2]]
    with ctx.db.session() as session:
        chunked = q.records(session, order)
        monkeypatch.setattr(q, "BULK", 2)
        bulk = q.records(session, order)
    assert bulk == chunked and [r.id for r in bulk] == order
    assert bulk[0].lead == ("省人大常委会",) and bulk[4].latest_note == "开工"


def test_sorts_by_other_tables_put_blanks_last_both_ways(reg):
    ctx, ids = reg
    commitments.change_status(ctx, [ids[2]], Status.ON_TRACK, "a", on=date(2026, 5, 1))
    commitments.change_status(ctx, [ids[0]], Status.ACHIEVED, "b", on=date(2026, 5, 20))
    assert _q(ctx, ids, sort="last_update") == [2, 0, 1, 3, 4]
    assert _q(ctx, ids, sort="last_update", descending=True) == [0, 2, 4, 3, 1]
    # themes: 固废 < 城市 < 水 (code-point order, as SQLite compares); no theme last
    assert _q(ctx, ids, sort="themes") == [2, 1, 0, 4, 3]
    assert _q(ctx, ids, sort="themes", descending=True)[-1] == 3


def test_bulk_read_keeps_names_and_notes_with_the_separator_and_the_latest_entry(reg,
                                                                                monkeypatch):
    """Names are joined in SQL with a separator none of them contains; the latest entry
    is the last by date, then by entry (two on one day)."""
    from tracker.storage import register_queries as q

    ctx, ids = reg
    commitments.change_status(ctx, [ids[1]], Status.ON_TRACK, "甲\x1f乙", on=date(2026, 5, 2))
    commitments.change_status(ctx, [ids[1]], Status.AT_RISK, "早", on=date(2026, 5, 1))
    commitments.change_status(ctx, [ids[2]], Status.ON_TRACK, "一", on=date(2026, 5, 3))
    commitments.change_status(ctx, [ids[2]], Status.AT_RISK, "二", on=date(2026, 5, 3))
    with ctx.db.session() as session:
        session.connection().exec_driver_sql(
            "UPDATE tag SET name = '城\x1f市' WHERE name = '城市'")
        session.connection().exec_driver_sql(
            "UPDATE body SET name = '省\x1f\x1f水利厅' WHERE name = '省水利厅'")
    with ctx.db.session() as session:
        chunked = q.records(session, ids)
        monkeypatch.setattr(q, "BULK", 2)
        bulk = q.records(session, ids)
    assert bulk == chunked
    assert bulk[1].themes == ("城\x1f市", "水")   # code-point order
    assert bulk[0].support == ("省\x1f\x1f水利厅",)
    assert (bulk[1].last_update, bulk[1].latest_note) == (date(2026, 5, 2), "甲\x1f乙")
    assert bulk[2].latest_note == "二"


def test_region_filter_keeps_the_same_rows_in_every_order(reg):
    """Deadline order reads the region as a code range (index 0004), other orders by
    prefix: the same commitments either way."""
    ctx, ids = reg
    for code, expected in (("140000", {0, 1, 2, 3}), ("140100", {1}), ("360000", {4}),
                           ("360100", {4}), ("140212", set())):
        for column in register.SORT_COLUMNS:
            for descending in (False, True):
                got = _q(ctx, ids, region_code=code, sort=column, descending=descending)
                assert set(got) == expected and len(got) == len(expected), (code, column)



def test_unfiltered_index_walks_give_the_filtered_order(reg):
    """Without a filter, deadline, region, status, kind and the commitment column are read
    by walking indexes (rows with a value, then those without; one code at a time; the
    label's expression index): the same order as
    the single sorted query of a filter that keeps every row."""
    from tracker.storage import register_queries as q

    ctx, _ids = reg
    every_kind = CommitmentFilter(kinds=frozenset(Kind))   # a WHERE that keeps all rows
    for column in ("deadline", "days_left", "region", "status", "kind", "quote"):
        assert len(q._ids_sql(CommitmentFilter(), TODAY, column, False)) > (column != "quote")
        assert len(q._ids_sql(every_kind, TODAY, column, False)) == 1
        for descending in (False, True):
            walked = register.ids(ctx, CommitmentFilter(), column, descending)
            assert walked == register.ids(ctx, every_kind, column, descending), \
                (column, descending)


def test_streamed_export_reads_a_filter_in_its_order_and_leaves_no_table(reg):
    """The export's stream: a filter's rows in the order of every column (both ways), and
    given ids in their order, with the same records as the chunked read; the temporary
    order table is gone afterwards."""
    from tracker.storage import register_queries as q

    ctx, ids = reg
    commitments.change_status(ctx, [ids[2]], Status.ON_TRACK, "开工")
    f = CommitmentFilter(region_code="140000")
    for column in register.SORT_COLUMNS:
        for descending in (False, True):
            order = register.ids(ctx, f, column, descending)
            with ctx.db.session() as session:
                streamed = [x[0] for x in q.iter_raw_filtered(session, f, TODAY, column,
                                                              descending)]
            assert streamed == order, (column, descending)
    order = [ids[3], ids[1], ids[4], ids[0], ids[2]]
    with ctx.db.session() as session:
        chunked = q.records(session, order)
        streamed = [q._record(x) for x in q._iter_bulk(session, order)]
        conn = session.connection()
        left = conn.exec_driver_sql(
            "SELECT count(*) FROM temp.sqlite_master WHERE name = 'register_export_order'"
            if conn.dialect.name == "sqlite" else
            "SELECT count(*) FROM pg_class WHERE relname = 'register_export_order'"
            " AND relpersistence = 't'").scalar_one()
    assert streamed == chunked and [r.id for r in streamed] == order
    assert streamed[4].latest_note == "开工"
    assert left == 0


def test_text_filter_from_the_index_keeps_exactly_the_rows_like_keeps(reg, monkeypatch):
    """The words box takes candidates from the full-text index (quotes and notes, folded),
    adds titled and not-yet-indexed commitments, and confirms with LIKE: the rows are those
    of the LIKE scan over every row, for long and short words, case and script, titles,
    notes, and rows changed since the index was last brought up to date."""
    from tracker.search import index
    from tracker.storage import register_queries as q

    from tracker.search import pg

    # on PostgreSQL the candidates are always taken here (not only for rarer words)
    monkeypatch.setattr(pg, "CANDIDATE_SHARE", float("inf"))
    ctx, ids = reg
    with ctx.db.session() as session:
        conn = session.connection()
        conn.exec_driver_sql("UPDATE commitment SET title = '重点工程ABC' WHERE id = ?",
                             (ids[3],))
        conn.exec_driver_sql("UPDATE commitment SET notes = '臺灣水體 note' WHERE id = ?",
                             (ids[2],))
        index.sync(conn)
        # changed after the sync: only in the queue until the next search
        conn.exec_driver_sql("UPDATE commitment SET notes = '新增碳汇' WHERE id = ?", (ids[4],))
    words = ("黑臭水体", "水体", "水", "重点工程", "abc", "ABC", "水體", "水体", "Note",
             "碳汇", "新增碳", "80%", "%", "_", "a", " ", "不存在的词", "到2025年底")
    for text in words:
        f = CommitmentFilter(text=text)
        with ctx.db.session() as session:
            by_index = register.text_candidates(session, f)
            assert by_index is not None or not text.strip() or text in ("%", "_", " "), text
            scanned = q.ids(session, f, TODAY)
        assert register.ids(ctx, f) == scanned, text
    assert _q(ctx, ids, text="重点工程") == [3]          # the title, not in the index
    assert _q(ctx, ids, text="新增碳") == [4]            # queued, not yet indexed
    assert _q(ctx, ids, text="臺灣水體") == [2]          # notes as written
    assert _q(ctx, ids, text="水体") == [4, 0, 1]        # not 水體: LIKE compares as written


def test_common_words_are_scanned_and_rare_ones_looked_up_with_the_same_rows(ctx, backend):
    """On PostgreSQL the planner's estimate decides: a word in most rows is tested on every
    row (no candidates), a word in a few rows comes from the index; on both backends the
    rows are those of the LIKE scan, for one, two and three characters."""
    from tracker.search import index
    from tracker.storage import register_queries as q

    rows = [(i, f"u-{i}", f"第{i}条：水{'体' if i % 2 else ''}治理" + ("碳达峰" if i % 97 == 0 else ""),
             "ongoing") for i in range(1, 1001)]
    with ctx.db.session() as session:
        conn = session.connection()
        conn.exec_driver_sql(
            "INSERT INTO commitment (id, uuid, quote, kind, status, origin, notes, start,"
            " \"end\", prefix, suffix, created_at, updated_at) VALUES (?, ?, ?, 'target', ?,"
            " 'manual', '', 0, 0, '', '', '2026-01-01', '2026-01-01')", rows)
        index.sync(conn)
        session.commit()
    if backend == "postgresql":
        with ctx.db.engine.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("ANALYZE")
    expected = {"水": 1000, "水体": 500, "碳达峰": 10, "第7条": 1}
    for words, n in expected.items():
        f = CommitmentFilter(text=words)
        with ctx.db.session() as session:
            candidates = register.text_candidates(session, f)
            scanned = q.ids(session, f, TODAY)
        if backend == "postgresql":
            assert (candidates is None) == (n > 100), words
        else:
            assert candidates is not None, words
        assert register.ids(ctx, f) == scanned and len(scanned) == n, words


def test_ids_keep_sql_order_for_thousands_of_rows(ctx):
    """Ids come back as one JSON array built over the ordered query: on a few thousand rows
    inserted in shuffled order, every SQL-ordered column gives Python's order (ties by id,
    rows without a value last both ways)."""
    import random

    rnd = random.Random(3)
    statuses = [s.value for s in Status]
    rows = []
    for i in range(1, 3001):
        day = (None if rnd.random() < 0.2
               else f"2026-{rnd.randrange(1, 13):02d}-{rnd.randrange(1, 29):02d}")
        rows.append((i, f"u-{i}", f"第{rnd.randrange(100)}条", rnd.choice(statuses), day))
    rnd.shuffle(rows)
    with ctx.db.session() as session:
        session.connection().exec_driver_sql(
            "INSERT INTO commitment (id, uuid, quote, kind, status, deadline_date, origin,"
            " notes, start, \"end\", prefix, suffix, created_at, updated_at) VALUES (?, ?, ?,"
            " 'target', ?, ?, 'manual', '', 0, 0, '', '', '2026-01-01', '2026-01-01')", rows)
    by_id = {r[0]: r for r in rows}
    rank = {s: n for n, s in enumerate(statuses)}
    for descending in (False, True):
        dated = sorted((r[4], r[0]) for r in rows if r[4] is not None)
        undated = sorted(r[0] for r in rows if r[4] is None)
        if descending:
            dated.reverse()
            undated.reverse()
        assert register.ids(ctx, CommitmentFilter(), "deadline", descending) == \
            [cid for _d, cid in dated] + undated
        expected = sorted(by_id, key=lambda i: (rank[by_id[i][3]], i), reverse=descending)
        assert register.ids(ctx, CommitmentFilter(), "status", descending) == expected
        expected = sorted(by_id, key=lambda i: (by_id[i][2], i), reverse=descending)
        assert register.ids(ctx, CommitmentFilter(), "quote", descending) == expected
