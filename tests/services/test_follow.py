"""Lights and staleness through the register's SQL agree with the domain rules; the
reminders' counts are the table's filtered rows."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tracker.domain.filters import CommitmentFilter
from tracker.domain.lights import Light, LightSettings, is_stale, light_of
from tracker.domain.model import Status
from tracker.services import commitments, follow, register

from tests.services.follow_fixtures import TODAY, build_grid, set_registered


@pytest.fixture
def grid(ctx):
    return ctx, build_grid(ctx)


@pytest.mark.parametrize("window", [None, 7, 60])
def test_light_filter_is_the_domain_rule(grid, window):
    ctx, made = grid
    days = 30 if window is None else window
    expected = {light: {cid for cid, status, deadline in made
                        if light_of(status, deadline, TODAY, days) is light}
                for light in Light}
    assert all(expected.values())          # every light occurs in the grid
    for light in Light:
        got = register.ids(ctx, CommitmentFilter(lights=frozenset({light}),
                                                 light_window=window))
        assert set(got) == expected[light], light
    both = register.ids(ctx, CommitmentFilter(lights=frozenset({Light.RED, Light.YELLOW}),
                                              light_window=window))
    assert set(both) == expected[Light.RED] | expected[Light.YELLOW]


def test_rows_carry_the_light_with_the_saved_window(grid):
    ctx, made = grid
    follow.save_settings(ctx, LightSettings(due_window_days=7, stale_days=90))
    rows = {r.id: r for r in register.rows(ctx, [cid for cid, _s, _d in made])}
    for cid, status, deadline in made:
        assert rows[cid].light is light_of(status, deadline, TODAY, 7)


def test_sort_on_the_light_is_most_urgent_first(grid):
    ctx, made = grid
    order = register.ids(ctx, sort="light")
    rows = {r.id: r for r in register.rows(ctx, order)}
    ranks = [list(Light).index(rows[cid].light) for cid in order]
    assert ranks == sorted(ranks)
    assert register.ids(ctx, sort="light", descending=True)[0] in {
        cid for cid, r in rows.items() if r.light is Light.GREY}


def test_stale_filter_is_the_domain_rule(grid):
    ctx, made = grid
    ids = [cid for cid, _s, _d in made]
    set_registered(ctx, ids[::2], TODAY - timedelta(days=200))     # old, never reported
    set_registered(ctx, ids[1::2], TODAY - timedelta(days=20))     # new
    # reports: an old one on some, a recent one on others (status unchanged)
    open_ids = [cid for cid, s, _d in made if s not in (Status.ACHIEVED, Status.SUPERSEDED,
                                                        Status.MISSED)]
    for cid in open_ids[:6]:
        status = next(s for c, s, _d in made if c == cid)
        commitments.change_status(ctx, [cid], status, note="季度进展",
                                 on=TODAY - timedelta(days=100))
    for cid in open_ids[6:12]:
        status = next(s for c, s, _d in made if c == cid)
        commitments.change_status(ctx, [cid], status, note="本月进展",
                                 on=TODAY - timedelta(days=3))
    rows = {r.id: r for r in register.rows(ctx, ids)}
    registered = {cid: TODAY - timedelta(days=200 if n % 2 == 0 else 20)
                  for n, cid in enumerate(ids)}
    for days in (30, 90, 150):
        expected = {cid for cid, status, _d in made
                    if is_stale(status, rows[cid].record.last_update, registered[cid], TODAY,
                                days)}
        assert expected
        assert set(register.ids(ctx, CommitmentFilter(stale_days=days))) == expected
    # the rows say the same with the default (90 days)
    assert {cid for cid, r in rows.items() if r.stale} == set(
        register.ids(ctx, CommitmentFilter(stale_days=90)))
    assert rows[open_ids[6]].stale is False and rows[open_ids[0]].stale is True


def test_reminder_counts_are_the_tables_rows(grid):
    ctx, made = grid
    ids = [cid for cid, _s, _d in made]
    set_registered(ctx, ids[:20], TODAY - timedelta(days=365))
    visit = follow.now_utc() - timedelta(seconds=1)
    before = {r.key: r.count for r in follow.reminders(ctx, last_visit=visit)}
    assert before["achieved"] == 0
    opened = [cid for cid, s, d in made if s is Status.ON_TRACK and d is not None][:2]
    commitments.change_status(ctx, opened, Status.ACHIEVED, note="已完成")
    found = follow.reminders(ctx, last_visit=visit)
    assert [r.key for r in found] == list(follow.REMINDER_KEYS)
    for reminder in found:
        assert reminder.count == len(register.ids(ctx, reminder.filter)), reminder.key
    counts = {r.key: r.count for r in found}
    # the same numbers from the domain rules over the rows
    rows = register.rows(ctx, ids)
    open_rows = [r for r in rows if r.status not in (Status.ACHIEVED, Status.SUPERSEDED,
                                                      Status.MISSED)]
    assert counts["overdue"] == sum(r.overdue for r in rows) > 0
    assert counts["due7"] == sum(0 <= r.days_left <= 7 for r in open_rows
                                 if r.days_left is not None) > 0
    assert counts["due30"] == sum(0 <= r.days_left <= 30 for r in open_rows
                                  if r.days_left is not None) > counts["due7"]
    assert counts["stale"] == sum(r.stale for r in rows) > 0
    assert counts["achieved"] == 2
    assert set(register.ids(ctx, found[-1].filter)) == set(opened)
    # the filters survive the trip through settings / events (to_dict, from_dict)
    for reminder in found:
        again = CommitmentFilter.from_dict(reminder.filter.to_dict())
        assert again == reminder.filter


def test_first_visit_has_no_newly_achieved(grid):
    ctx, _made = grid
    counts = {r.key: r.count for r in follow.reminders(ctx, last_visit=None)}
    assert counts["achieved"] == 0


def test_settings_file(ctx):
    assert follow.load_settings(ctx) == LightSettings()
    follow.save_settings(ctx, LightSettings(14, 60))
    assert follow.load_settings(ctx) == LightSettings(14, 60)
    follow.settings_file(ctx).write_text('{"due_window_days": -3}', encoding="utf-8")
    with pytest.raises(follow.FollowSettingsError, match="follow.json"):
        follow.load_settings(ctx)
    follow.settings_file(ctx).write_text("not json", encoding="utf-8")
    with pytest.raises(follow.FollowSettingsError, match="follow.json"):
        follow.load_settings(ctx)


def test_exports_carry_the_light_in_chinese_first(grid, tmp_path):
    import csv

    from openpyxl import load_workbook

    from tracker.domain.lights import LIGHT_COLOURS, LIGHT_EN, LIGHT_ZH
    from tracker.services import ledger

    ctx, made = grid
    follow.save_settings(ctx, LightSettings(due_window_days=7))
    by_uuid = {}
    for cid, status, deadline in made:
        by_uuid[register.rows(ctx, [cid])[0].record.uuid] = light_of(status, deadline, TODAY, 7)
    out = tmp_path / "台账.csv"
    assert ledger.export_ledger(ctx, out, "csv") == len(made)
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    header = list(rows[0])
    assert header.index("灯") == header.index("当前状态") + 1
    assert {r["UUID"]: r["灯"] for r in rows} == {u: LIGHT_ZH[x] for u, x in by_uuid.items()}
    english = tmp_path / "ledger.csv"
    ledger.export_ledger(ctx, english, "csv", lang="en")
    rows = list(csv.DictReader(english.open(encoding="utf-8-sig")))
    assert {r["UUID"]: r["Light"] for r in rows} == {u: LIGHT_EN[x] for u, x in by_uuid.items()}
    # the light is display only: the ledger reads back without changes
    assert ledger.read_table(out) is not None

    book = tmp_path / "台账.xlsx"
    ledger.export_ledger(ctx, book, "xlsx")
    ws = load_workbook(book).active
    headers = [c.value for c in ws[1]]
    at, uuid_at = headers.index("灯"), headers.index("#uuid")
    seen = {}
    for row in ws.iter_rows(min_row=2):
        cell = row[at]
        light = by_uuid[row[uuid_at].value]
        seen[row[uuid_at].value] = cell.value
        assert cell.fill.start_color.rgb.endswith(LIGHT_COLOURS[light].lstrip("#").upper())
    assert seen == {u: LIGHT_ZH[x] for u, x in by_uuid.items()}


@pytest.mark.parametrize("window", [30, 7])
def test_overview_counts_lights_as_the_table_filters_them(grid, window):
    from tracker.services import drill, overview_csv
    from tracker.services import overview as ov

    ctx, made = grid
    follow.save_settings(ctx, LightSettings(due_window_days=window))
    o = ov.compute(ctx)
    assert o.light_window == window
    expected = {light: sum(light_of(s, d, TODAY, window) is light for _c, s, d in made)
                for light in Light}
    assert {x: o.total.light(x) for x in Light} == expected
    checked = 0
    for _depth, node in o.walk():
        for light in Light:
            f = drill.drill_filter(o.filter, region_code=node.code, light=light, window=window)
            assert node.counts.light(light) == len(register.ids(ctx, f)), (node.code, light)
            checked += node.counts.light(light)
    assert checked > len(made)     # provinces and their cities both counted
    header = overview_csv.csv_rows(o)[0]
    assert header[-4:] == ["红灯", "黄灯", "绿灯", "灰灯"]


def test_a_ledger_with_the_light_column_reads_back(grid, tmp_path):
    from tracker.services import ledger

    ctx, made = grid
    out = tmp_path / "台账.csv"
    ledger.export_ledger(ctx, out, "csv")
    result = ledger.import_ledger(ctx, out, dry_run=True)
    assert result.errors == [] and not result.created       # our own rows, by UUID
