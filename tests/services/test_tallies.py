"""The counts and sort keys the triggers keep (migrations 0009_perf18c, 0012_ovf18k) stay exact: after
random changes through the services (create, edit, themes, bodies, status with progress,
delete and its undo, tasks) and by plain SQL (renames, a theme deleted), the tallies equal
a fresh count of the tables, the overview read from them equals the overview counted by
GROUP BY for several days (the whole register, a region, a theme, both), and the sort keys equal the values they stand for. On SQLite
and PostgreSQL."""

from __future__ import annotations

import importlib.util
import random
from collections import Counter
from datetime import date, timedelta

import pytest

from tracker.domain.filters import CommitmentFilter
from tracker.domain.model import BodyRef, BodyRole, Commitment, Deadline, Precision, Status
from tracker.domain.rules import CLOSED
from tracker.domain.spans import Span
from tracker.services import commitments
from tracker.services import overview as ov
from tracker.storage import overview_queries as q
from tracker.storage import register_queries, tallies

REGIONS = (None, "140000", "140200", "140212", "360102", "500103")
THEMES = ("水", "大气", "土壤", "双碳")
BODIES = ("甲局", "乙委", "丙办")
TODAY = date(2026, 12, 4)
DAYS = (TODAY, date(2026, 1, 1), date(2026, 12, 31), date(2027, 3, 1), date(2025, 6, 15))


def _deadline(rnd: random.Random) -> Deadline | None:
    if rnd.random() < 0.2:
        return None
    # around today (the days counted exactly) and years away (the tallies' periods)
    day = (TODAY + timedelta(days=rnd.randint(-40, 120)) if rnd.random() < 0.5
           else date(rnd.randint(2023, 2029), rnd.randint(1, 12), rnd.randint(1, 28)))
    return Deadline("", day, Precision.DAY)


# The sorts on values kept in other tables, as plain SQL defines them.
DEFINED = {
    "lead": ("(SELECT b.name FROM commitment_body cb JOIN body b ON b.id = cb.body_id"
             " WHERE cb.commitment_id = c.id AND cb.role = 'lead'"
             " ORDER BY cb.position, b.name LIMIT 1)"),
    "themes": ("(SELECT MIN(t.name) FROM commitment_tag ct JOIN tag t ON t.id = ct.tag_id"
               " WHERE ct.commitment_id = c.id)"),
    "last_update": "(SELECT MAX(p.date) FROM progress_entry p WHERE p.commitment_id = c.id)",
    "document": "(SELECT d.title FROM document d WHERE d.id = c.document_id)",   # 0011_paged18d
}


def _commitment(rnd: random.Random) -> Commitment:
    bodies = [BodyRef(b, rnd.choice((BodyRole.LEAD, BodyRole.SUPPORT)))
              for b in rnd.sample(BODIES, rnd.randint(0, 3))]
    return Commitment(document_id=None, span=Span(0, 4, "承诺事项"), deadline=_deadline(rnd),
                      responsible=bodies, region_code=rnd.choice(REGIONS),
                      status=rnd.choice(list(Status)),
                      themes=rnd.sample(THEMES, rnd.randint(0, 3)))


def _rows(ctx, sql: str) -> list[tuple]:
    with ctx.db.engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(sql)]


def _day(value) -> date | None:
    return None if value is None else date.fromisoformat(str(value)[:10])


def _expected(ctx) -> tuple[Counter, Counter, Counter]:
    """The tallies counted afresh from the tables, in Python."""
    closed = {s.value for s in CLOSED}
    rows = {cid: (region or "", status, _day(day)) for cid, region, status, day in _rows(
        ctx, "SELECT id, region_code, status, deadline_date FROM commitment")}
    status: Counter = Counter()
    theme: Counter = Counter()
    month: Counter = Counter()
    for region, st, day in rows.values():
        status[("", region, st)] += 1
        if day is not None:
            status[(f"A{day:%Y-%m}", "*", st)] += 1
            month[(0, region, f"{day:%Y-%m}", st)] += 1
            if st not in closed:
                status[(f"Y{day:%Y}", region, st)] += 1
                status[(f"M{day:%Y-%m}", region, st)] += 1
    for cid, tag in _rows(ctx, "SELECT commitment_id, tag_id FROM commitment_tag"):
        region, st, day = rows[cid]
        theme[("", region, tag, st)] += 1
        if day is not None:
            month[(tag, region, f"{day:%Y-%m}", st)] += 1
        if day is not None and st not in closed:
            theme[(f"Y{day:%Y}", region, tag, "")] += 1
            theme[(f"M{day:%Y-%m}", region, tag, "")] += 1
    return status, theme, month


def _kept(ctx) -> tuple[Counter, Counter, Counter]:
    status = Counter({tuple(r[:3]): r[3] for r in _rows(
        ctx, "SELECT period, region_code, status, n FROM tally_status") if r[3]})
    theme = Counter({tuple(r[:4]): r[4] for r in _rows(
        ctx, "SELECT period, region_code, tag_id, status, n FROM tally_theme") if r[4]})
    month = Counter({tuple(r[:4]): r[4] for r in _rows(
        ctx, "SELECT tag_id, region_code, month, status, n FROM tally_month") if r[4]})
    return status, theme, month


def _check(ctx) -> None:
    assert _kept(ctx) == _expected(ctx)
    assert all(n >= 0 for *_k, n in _rows(ctx, "SELECT period, n FROM tally_status"))
    assert all(n >= 0 for n, in _rows(ctx, "SELECT n FROM tally_month"))
    keys = _rows(ctx, "SELECT c.id, c.sort_lead, c.sort_theme, c.sort_update,"
                 " (SELECT b.name FROM commitment_body cb JOIN body b ON b.id = cb.body_id"
                 "  WHERE cb.commitment_id = c.id AND cb.role = 'lead'"
                 "  ORDER BY cb.position, b.name LIMIT 1),"
                 " (SELECT MIN(t.name) FROM commitment_tag ct JOIN tag t ON t.id = ct.tag_id"
                 "  WHERE ct.commitment_id = c.id),"
                 " (SELECT MAX(p.date) FROM progress_entry p WHERE p.commitment_id = c.id)"
                 " FROM commitment c")
    for cid, lead, theme, update, want_lead, want_theme, want_update in keys:
        assert (lead, theme, _day(update)) == (want_lead, want_theme, _day(want_update)), cid
    whole = CommitmentFilter()
    some = CommitmentFilter(statuses=frozenset({Status.NOT_STARTED, Status.ON_TRACK}))
    with ctx.db.session() as s:
        for sort, key in DEFINED.items():
            for descending in (False, True):
                way = "DESC" if descending else "ASC"
                for f, where in ((whole, ""), (some, " WHERE c.status IN ('not_started',"
                                                     " 'on_track')")):
                    want = [r[0] for r in s.connection().exec_driver_sql(
                        f"SELECT c.id FROM commitment c{where} ORDER BY {key} {way} NULLS LAST,"
                        f" c.id {way}")]
                    assert register_queries.ids(s, f, TODAY, sort, descending) == want, \
                        (sort, way, where)
        for day in DAYS:
            for soon, window in ((90, 30), (7, 60)):
                assert sorted(tallies.region_counts(s, day, soon, window), key=repr) == \
                    sorted(q.region_counts(s, whole, day, soon, window), key=repr), day
            assert sorted(tallies.theme_counts(s, day), key=repr) == \
                sorted(q.theme_counts(s, whole, day), key=repr), day
            assert tallies.month_counts(s, day) == q.month_counts(s, whole, day), day
            for region in ("140000", "140200", "360102", "500000"):   # a region's subtree
                one = CommitmentFilter(region_code=region)
                assert sorted(tallies.region_counts(s, day, 90, 30, region), key=repr) == \
                    sorted(q.region_counts(s, one, day, 90, 30), key=repr), (day, region)
                assert sorted(tallies.theme_counts(s, day, region), key=repr) == \
                    sorted(q.theme_counts(s, one, day), key=repr), (day, region)
                assert tallies.month_counts(s, day, region) == q.month_counts(s, one, day), \
                    (day, region)
            # a theme's, alone and within a region's subtree
            for theme in THEMES:
                tag = tallies.tag_id(s, theme)
                if tag is None:
                    continue
                for region in (None, "140000", "360102"):
                    f = CommitmentFilter(theme=theme, region_code=region)
                    for soon, window in ((90, 30), (7, 60)):
                        assert sorted(tallies.region_counts(s, day, soon, window, region, tag),
                                      key=repr) == \
                            sorted(q.region_counts(s, f, day, soon, window), key=repr), \
                            (day, theme, region)
                    assert sorted(tallies.theme_counts(s, day, region, tag), key=repr) == \
                        sorted(q.theme_counts(s, f, day), key=repr), (day, theme, region)
                    assert tallies.month_counts(s, day, region, tag) == \
                        q.month_counts(s, f, day), (day, theme, region)


def _step(ctx, rnd: random.Random) -> None:
    ids = [cid for cid, in _rows(ctx, "SELECT id FROM commitment ORDER BY id")]
    action = rnd.random()
    if action < 0.3 or not ids:
        commitments.create(ctx, _commitment(rnd))
    elif action < 0.55:
        c = commitments.get(ctx, rnd.choice(ids))
        fresh = _commitment(rnd)
        # some fields at a time: region, deadline, themes, bodies
        if rnd.random() < 0.5:
            c.region_code = fresh.region_code
        if rnd.random() < 0.5:
            c.deadline = fresh.deadline
        if rnd.random() < 0.5:
            c.themes = fresh.themes
        if rnd.random() < 0.5:
            c.responsible = fresh.responsible
        c.version = None
        commitments.update(ctx, c)
    elif action < 0.7:
        picked = rnd.sample(ids, min(len(ids), rnd.randint(1, 3)))
        try:
            commitments.change_status(ctx, picked, rnd.choice(list(Status)), note="进展",
                                      on=TODAY - timedelta(days=rnd.randint(0, 400)))
        except ValueError:
            pass   # a change the rules refuse: nothing changed
    elif action < 0.87:
        gone = commitments.delete(ctx, rnd.choice(ids))
        if rnd.random() < 0.4:   # its undo (before anything else, as the undo stack does)
            commitments.restore(ctx, gone)
    elif action < 0.92:
        parent = commitments.get(ctx, rnd.choice(ids))
        task = _commitment(rnd)
        task.parent_id = parent.id
        commitments.create(ctx, task)
    elif action < 0.96:   # plain SQL, beside the services: a rename of a theme or a body
        table, names = rnd.choice((("tag", THEMES), ("body", BODIES)))
        old = rnd.choice(names)
        with ctx.db.engine.begin() as conn:
            conn.exec_driver_sql(f"UPDATE {table} SET name = name || '2' WHERE name = ?", (old,))
            conn.exec_driver_sql(f"UPDATE {table} SET name = ? WHERE name = ?", (old, old + "2"))
            conn.exec_driver_sql(f"UPDATE {table} SET name = name || '1' WHERE name = ?", (old,))
            conn.exec_driver_sql(f"UPDATE {table} SET name = ? WHERE name = ?", (old, old + "1"))
    else:   # a theme deleted outright: its links go by the cascade
        with ctx.db.engine.begin() as conn:
            conn.exec_driver_sql("DELETE FROM tag WHERE name = ?", (rnd.choice(THEMES),))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_tallies_and_sort_keys_stay_exact_under_random_changes(ctx, seed):
    rnd = random.Random(seed)
    for n in range(1, 61):
        _step(ctx, rnd)
        if n % 15 == 0:
            _check(ctx)
    assert _rows(ctx, "SELECT count(*) FROM commitment")[0][0] > 5


def test_the_whole_register_overview_reads_the_tallies_and_a_filter_counts(ctx, monkeypatch):
    rnd = random.Random(9)
    for _ in range(12):
        commitments.create(ctx, _commitment(rnd))
    ctx.today = lambda: TODAY
    whole = ov.compute(ctx)
    with ctx.db.engine.begin() as conn:   # tallies made wrong on purpose: they are what is read
        conn.exec_driver_sql("UPDATE tally_status SET n = n + 100 WHERE period = ''")
    assert ov.compute(ctx).total.total == whole.total.total + 100 * len(
        _rows(ctx, "SELECT 1 FROM tally_status WHERE period = '' AND n > 100"))
    # a region alone: its rows of the tallies (made wrong above: what is read)
    province = ov.compute(ctx, CommitmentFilter(region_code="140000"))
    tallied = sum(n for n, in _rows(ctx, "SELECT n FROM tally_status WHERE period = ''"
                                    " AND region_code >= '14' AND region_code < '15'"))
    really = _rows(ctx, "SELECT count(*) FROM commitment WHERE region_code LIKE '14%'")[0][0]
    assert really and province.total.total == tallied != really
    # a theme alone: its rows of the tallies (made wrong here: what is read)
    with ctx.db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE tally_theme SET n = n + 1000 WHERE period = ''")
    themed = [t for t in THEMES if _rows(ctx, "SELECT 1 FROM tag WHERE name = '" + t + "'")]
    water = ov.compute(ctx, CommitmentFilter(theme=themed[0]))
    assert water.total.total >= 1000
    # a theme no commitment carries: counted (nothing)
    assert ov.compute(ctx, CommitmentFilter(theme="没有的主题")).total.total == 0
    body = rnd.choice(BODIES)
    counted = ov.compute(ctx, CommitmentFilter(body=body))   # a filter: counted by GROUP BY
    with_body = _rows(ctx, "SELECT count(DISTINCT cb.commitment_id) FROM commitment_body cb"
                      " JOIN body b ON b.id = cb.body_id WHERE b.name = '" + body + "'")[0][0]
    assert counted.total.total == with_body


def test_the_migration_knows_the_closed_statuses():
    from tracker.storage.migrate import MIGRATIONS

    path = MIGRATIONS / "versions" / "0010_perf18c_tallies.py"
    spec = importlib.util.spec_from_file_location("migration_0009_perf18c", path)
    assert spec is not None and spec.loader is not None
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    assert set(migration.CLOSED) == {s.value for s in CLOSED}


def test_an_existing_register_gets_its_tallies_and_sort_keys_from_the_migration(ctx):
    """Down to 0007_team16 (tallies, keys and triggers gone) with the rows kept, then up
    again: the upgrade counts the existing rows, and the triggers work after it."""
    from alembic import command

    from tracker.storage.migrate import SCHEMA_HEAD, _config, current_revision

    rnd = random.Random(4)
    for _ in range(25):
        _step(ctx, rnd)
    before = _rows(ctx, "SELECT count(*) FROM commitment")[0][0]
    command.downgrade(_config(ctx.db.engine), "0007_team16")
    assert current_revision(ctx.db.engine) == "0007_team16"
    for _ in range(10):   # changes the old schema's triggers no longer follow
        commitments.create(ctx, _commitment(rnd))
    command.upgrade(_config(ctx.db.engine), "head")
    assert current_revision(ctx.db.engine) == SCHEMA_HEAD
    assert _rows(ctx, "SELECT count(*) FROM commitment")[0][0] == before + 10
    _check(ctx)
    for _ in range(15):
        _step(ctx, rnd)
    _check(ctx)
