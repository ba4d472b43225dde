"""The status overview: roll-up over a hand-built region tree, filters, drill-down filters
that select exactly a cell's set (services.drill), chart series (services.overview_series),
CSV (services.overview_csv). No display needed."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.domain.filters import CommitmentFilter
from tracker.domain.model import (
    BodyRef, Commitment, Deadline, Kind, Precision, Region, RegionLevel, Status,
)
from tracker.domain.spans import Span
from tracker.export import LedgerFileError
from tracker.geo import Gazetteer
from tracker.services import commitments
from tracker.services import overview as ov
from tracker.services import drill
from tracker.services import overview_series as ov_series
from tracker.services import overview_csv
from tracker.services import register as table
from tracker.storage.overview_queries import MonthCount, RegionCount, ThemeCount

TODAY = date(2026, 12, 4)
P, M, C = RegionLevel.PROVINCE, RegionLevel.PREFECTURE, RegionLevel.COUNTY


def tree() -> Gazetteer:
    """Two provinces with prefectures and counties, a municipality with districts right
    under it, and branches nobody has commitments in."""
    return Gazetteer.from_regions([
        Region("140000", "山西省", P),
        Region("140200", "大同市", M, "140000"),
        Region("140212", "新荣区", C, "140200"),
        Region("140221", "阳高县", C, "140200"),
        Region("140300", "阳泉市", M, "140000"),          # empty branch
        Region("140302", "城区", C, "140300"),
        Region("360000", "江西省", P),
        Region("360100", "南昌市", M, "360000"),
        Region("360102", "东湖区", C, "360100"),
        Region("500000", "重庆市", P),
        Region("500103", "渝中区", C, "500000"),
        Region("500104", "大渡口区", C, "500000"),
        Region("620000", "甘肃省", P),                     # empty province
    ])


def sc(code, status, n, overdue=0, due=0):
    return RegionCount(code, {status: n}, overdue, due)


# ---------------------------------------------------------------- pure roll-up

def test_a_county_counts_in_its_city_and_province_once():
    rows = [sc("140212", Status.ACHIEVED, 3), sc("140212", Status.AT_RISK, 2, overdue=1),
            sc("140221", Status.NOT_STARTED, 4, due=2), sc("140200", Status.ON_TRACK, 1),
            sc("140000", Status.MISSED, 5, overdue=5), sc("500103", Status.ACHIEVED, 7),
            sc(None, Status.UNKNOWN, 2), sc("999999", Status.ON_TRACK, 1)]
    roots, nodes, total, unplaced = ov.roll_up(rows, tree())
    assert [r.code for r in roots] == ["140000", "500000"]
    sx, dt = nodes["140000"], nodes["140200"]
    assert [c.code for c in sx.children] == ["140200"]           # 阳泉 hidden: nothing there
    assert [c.code for c in dt.children] == ["140212", "140221"]
    assert nodes["140212"].counts.total == 5
    assert dt.counts.total == 3 + 2 + 4 + 1 and dt.own == 1
    assert sx.counts.total == 10 + 5 and sx.own == 5               # not 10 + 10 + 5
    assert sx.counts.status(Status.ACHIEVED) == 3
    assert sx.counts.overdue == 6 and sx.counts.due_soon == 2
    assert sx.counts.achieved_share == pytest.approx(3 / 15)
    assert nodes["500000"].counts.total == 7 and nodes["500000"].own == 0
    assert [c.code for c in nodes["500000"].children] == ["500103"]
    assert "140300" not in nodes and "620000" not in nodes and "360000" not in nodes
    assert unplaced.total == 3
    assert total.total == sum(r.total for r in rows) == 25
    # the tree's roots plus the unplaced add up to the total, status by status
    for s in Status:
        assert sum(r.counts.status(s) for r in roots) + unplaced.status(s) == total.status(s)
    assert nodes["140212"].full_name == "山西省大同市新荣区"


def test_walk_is_depth_first_in_code_order():
    rows = [sc("140221", Status.ACHIEVED, 1), sc("140212", Status.ACHIEVED, 1),
            sc("360102", Status.ACHIEVED, 1)]
    roots, nodes, total, unplaced = ov.roll_up(rows, tree())
    o = ov.Overview(CommitmentFilter(), TODAY, roots, nodes, total, unplaced)
    assert [(d, n.code) for d, n in o.walk()] == [
        (0, "140000"), (1, "140200"), (2, "140212"), (2, "140221"),
        (0, "360000"), (1, "360100"), (2, "360102")]


def test_quarter_series_buckets_months_and_keeps_empty_quarters():
    rows = [MonthCount(2025, 3, 2, 1, 1), MonthCount(2025, 1, 1, 1, 0),
            MonthCount(2025, 12, 4, 0, 3), MonthCount(2026, 4, 5, 2, 0)]
    series = ov_series.quarter_series(rows)
    assert [p.label for p in series] == ["2025Q1", "2025Q2", "2025Q3", "2025Q4", "2026Q1",
                                         "2026Q2"]
    assert [(p.due, p.met, p.overdue) for p in series] == [
        (3, 2, 1), (0, 0, 0), (0, 0, 0), (4, 0, 3), (0, 0, 0), (5, 2, 0)]
    assert series[3].first_day == date(2025, 10, 1) and series[3].last_day == date(2025, 12, 31)
    assert series[0].last_day == date(2025, 3, 31)
    assert ov_series.quarter_series([]) == []


def test_series_picks_the_level_and_lets_a_municipality_stand_for_itself():
    gaz = tree()
    rows = [sc("140212", Status.ACHIEVED, 3), sc("140221", Status.AT_RISK, 2),
            sc("360102", Status.NOT_STARTED, 1), sc("500103", Status.ACHIEVED, 4),
            sc("500104", Status.MISSED, 6)]
    roots, nodes, total, unplaced = ov.roll_up(rows, gaz)
    o = ov.Overview(CommitmentFilter(), TODAY, roots, nodes, total, unplaced)
    provinces = ov_series.series_of(ov.regions_at(o, P, None, gaz))
    assert provinces.codes == ["140000", "360000", "500000"]
    achieved = ov_series.STATUSES.index(Status.ACHIEVED)
    assert [v[achieved] for v in provinces.values] == [3, 0, 4]
    assert provinces.totals() == [5, 1, 10]
    cities = ov_series.series_of(ov.regions_at(o, M, None, gaz))
    assert cities.names == ["大同市", "南昌市", "重庆市"]
    counties = ov_series.series_of(ov.regions_at(o, C, "140000", gaz))
    assert counties.names == ["新荣区", "阳高县"] and counties.totals() == [3, 2]
    top = ov_series.series_of(ov.regions_at(o, C, None, gaz), limit=2)
    assert top.codes == ["500103", "500104"] and top.hidden == 3     # biggest two, code order


def test_theme_cells_roll_up_and_a_commitment_counts_in_each_of_its_themes():
    rows = [ThemeCount("140212", "水", 2, 1, 1), ThemeCount("140212", "气", 2, 2, 0),
            ThemeCount("140221", "水", 3, 0, 3), ThemeCount(None, "水", 9, 0, 0)]
    themes, cells = ov.roll_up_themes(rows, tree())
    assert themes == ["水", "气"]
    assert cells[("140200", "水")] == ov.ThemeCell(5, 1, 4)
    assert cells[("140000", "气")] == ov.ThemeCell(2, 2, 0)
    assert cells[("140000", "水")].overdue_share == pytest.approx(0.8)
    assert ("140221", "气") not in cells


# ---------------------------------------------------------------- against the database

@pytest.fixture
def register(ctx):
    """A register on the hand-built tree; returns the context."""
    ctx.__dict__["gazetteer"] = tree()      # replaces the cached shipped gazetteer
    ctx.today = lambda: TODAY

    def add(region, status, deadline=None, kind=Kind.DELIVERABLE, themes=(), bodies=()):
        c = Commitment(document_id=None, span=Span(0, 4, "承诺事项"), kind=kind,
                       deadline=Deadline("", deadline, Precision.DAY) if deadline else None,
                       responsible=[BodyRef(b) for b in bodies], region_code=region,
                       status=status, themes=list(themes))
        commitments.create(ctx, c)

    add("140212", Status.ACHIEVED, date(2025, 12, 31), Kind.TARGET, ["水环境"], ["大同市生态环境局"])
    add("140212", Status.AT_RISK, date(2026, 6, 30), Kind.TARGET, ["水环境", "大气"])
    add("140221", Status.NOT_STARTED, date(2027, 1, 15), themes=["大气"])   # due in 42 days
    add("140221", Status.ACHIEVED, date(2027, 2, 1), themes=["大气"])       # due soon but done
    add("140200", Status.ON_TRACK, date(2026, 12, 31), bodies=["大同市生态环境局"])
    add("140000", Status.MISSED, date(2025, 12, 31), Kind.TARGET, ["水环境"])
    add("360102", Status.SUPERSEDED, date(2024, 12, 31))
    add("500103", Status.ON_TRACK, None, themes=["大气"])
    add("500104", Status.UNKNOWN, date(2026, 3, 31), Kind.DUTY, bodies=["重庆市委"])
    add(None, Status.NOT_STARTED, date(2026, 9, 30))
    return ctx


def test_compute_rolls_up_statuses_overdue_and_due_soon(register):
    o = ov.compute(register)
    assert o.total.total == 10 and o.unplaced.total == 1
    sx = o.nodes["140000"].counts
    assert sx.total == 6
    assert sx.status(Status.ACHIEVED) == 2 and sx.status(Status.MISSED) == 1
    # overdue: 140212 at risk (2026-06-30), 140000 missed (2025-12-31); achieved is not
    assert sx.overdue == 2
    # open and due within 90 days of 2026-12-04: 2026-12-31 and 2027-01-15 (2027-02-01
    # is achieved already)
    assert sx.due_soon == 2
    assert o.nodes["360000"].counts.overdue == 0        # superseded is closed
    assert o.total.overdue == 2 + 1 + 1                  # + 渝 unknown 2026-03-31, + unplaced
    assert [r.code for r in o.roots] == ["140000", "360000", "500000"]
    assert o.themes == ["大气", "水环境"]
    assert o.theme_cells[("140000", "大气")] == ov.ThemeCell(3, 1, 1)
    assert o.theme_cells[("140000", "水环境")] == ov.ThemeCell(3, 1, 2)


def test_quarters_count_due_met_and_overdue(register):
    o = ov.compute(register)
    by = {p.label: p for p in o.quarters}
    assert o.quarters[0].label == "2024Q4" and o.quarters[-1].label == "2027Q1"
    assert (by["2025Q4"].due, by["2025Q4"].met, by["2025Q4"].overdue) == (2, 1, 1)
    assert (by["2026Q2"].due, by["2026Q2"].overdue) == (1, 1)
    assert (by["2027Q1"].due, by["2027Q1"].met, by["2027Q1"].overdue) == (2, 1, 0)
    assert (by["2025Q2"].due, by["2024Q4"].met) == (0, 0)
    assert sum(p.due for p in o.quarters) == 9          # all with a deadline
    shanxi = ov_series.quarters(register, CommitmentFilter(region_code="140000"))
    assert sum(p.due for p in shanxi) == 6 and shanxi[0].label == "2025Q4"


def test_filters_kind_theme_body_and_period(register):
    kind = ov.compute(register, CommitmentFilter(kinds=frozenset({Kind.TARGET})))
    assert kind.total.total == 3 and kind.nodes["140000"].counts.total == 3
    theme = ov.compute(register, CommitmentFilter(theme="大气"))
    assert theme.total.total == 4 and theme.themes == ["大气"]     # other themes dropped
    assert theme.nodes["500000"].counts.total == 1
    body = ov.compute(register, CommitmentFilter(body="大同市生态环境局"))
    assert body.total.total == 2 and [r.code for r in body.roots] == ["140000"]
    year = ov.compute(register, drill.year_filter(CommitmentFilter(), 2026))
    assert year.total.total == 4                        # 06-30, 12-31, 03-31, 09-30
    assert "360000" not in year.nodes                    # its only commitment fell in 2024
    assert drill.year_filter(drill.year_filter(CommitmentFilter(), 2026), None) == CommitmentFilter()
    options = drill.options(register)
    assert options.years == [2024, 2025, 2026, 2027]
    assert options.themes == ["大气", "水环境"] and options.commitments == 10


@pytest.mark.parametrize("base", [
    CommitmentFilter(),
    CommitmentFilter(theme="大气"),
    CommitmentFilter(kinds=frozenset({Kind.TARGET, Kind.DUTY})),
    drill.year_filter(CommitmentFilter(), 2026),
    CommitmentFilter(region_code="140200"),
])
def test_every_drill_down_selects_exactly_the_cells_set(register, base):
    o = ov.compute(register, base)
    checked = 0
    for _depth, node in o.walk():
        cells = [(node.counts.total, {}), (node.counts.overdue, {"overdue": True}),
                 (node.counts.due_soon, {"due_soon": True})]
        cells += [(node.counts.status(s), {"status": s}) for s in Status]
        cells += [(o.theme_cells.get((node.code, t), ov.ThemeCell(0, 0, 0)).count, {"theme": t})
                  for t in o.themes]
        for expected, how in cells:
            f = drill.drill_filter(base, region_code=node.code, **how)
            got = 0 if f is None else drill.count_matching(register, f)
            assert got == expected, (node.code, how)
            # the commitments table, which the drill-down opens, shows exactly that set
            if f is not None:
                assert len(table.ids(register, f)) == expected, (node.code, how)
            checked += 1
    for p in o.quarters:
        f = drill.drill_filter(base, period=(p.first_day, p.last_day))
        assert drill.count_matching(register, f) == p.due
        assert len(table.ids(register, f)) == p.due
        met = drill.drill_filter(base, period=(p.first_day, p.last_day), status=Status.ACHIEVED)
        assert (0 if met is None else drill.count_matching(register, met)) == p.met
    assert checked > 20


def test_drill_filter_keeps_the_base_and_refuses_disjoint_sets():
    base = CommitmentFilter(kinds=frozenset({Kind.TARGET}), theme="水环境",
                            region_code="140200", deadline_from=date(2026, 1, 1),
                            deadline_to=date(2026, 12, 31))
    f = drill.drill_filter(base, region_code="140000", status=Status.AT_RISK)
    assert f.region_code == "140200"                       # the narrower of the two
    assert f.statuses == {Status.AT_RISK} and f.kinds == {Kind.TARGET} and f.theme == "水环境"
    assert drill.drill_filter(base, region_code="360000") is None
    assert drill.drill_filter(base, theme="大气") is None
    q = drill.drill_filter(base, period=(date(2026, 10, 1), date(2026, 12, 31)))
    assert (q.deadline_from, q.deadline_to) == (date(2026, 10, 1), date(2026, 12, 31))
    assert drill.drill_filter(base, period=(date(2025, 1, 1), date(2025, 3, 31))) is None
    soon = drill.drill_filter(base, due_soon=True)
    assert soon.due_within_days == ov.SOON_DAYS and Status.ACHIEVED not in soon.statuses
    assert CommitmentFilter.from_dict(f.to_dict()) == f     # what the event carries


# ---------------------------------------------------------------- CSV

def test_csv_has_a_bom_every_region_and_safe_cells(register, tmp_path):
    gaz = register.gazetteer
    register.__dict__["gazetteer"] = Gazetteer.from_regions(
        list(gaz) + [Region("140222", "=HYPERLINK(1)", C, "140200")])
    commitments.create(register, Commitment(None, Span(0, 1, "x"), region_code="140222",
                                            status=Status.ACHIEVED))
    o = ov.compute(register)
    out = tmp_path / "overview.csv"
    assert overview_csv.export_csv(o, out) == len(list(o.walk())) + 2      # + unplaced + total rows
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("区划代码,地区,层级,承诺总数,未启动,正常推进")
    assert lines[1].startswith("140000,山西省,省级,7,")
    # the full name does not start with '=', so it is written as it is
    assert any(line.startswith("140222,山西省大同市=HYPERLINK(1),县级,1,") for line in lines)
    assert lines[-1].startswith(",全部地区,,11,") and lines[-2].startswith(",未定地区,,1,")
    en = overview_csv.csv_rows(o, "en")
    assert en[0][:4] == ["Code", "Region", "Level", "Commitments"]


def test_csv_guards_a_formula_at_the_start_of_a_cell(tmp_path):
    rows = [sc("620000", Status.ACHIEVED, 1)]
    gaz = Gazetteer.from_regions([Region("620000", "=1+1", P)])
    roots, nodes, total, unplaced = ov.roll_up(rows, gaz)
    o = ov.Overview(CommitmentFilter(), TODAY, roots, nodes, total, unplaced)
    out = tmp_path / "o.csv"
    overview_csv.export_csv(o, out, "en")
    first = out.read_text(encoding="utf-8-sig").splitlines()[1]
    assert first.startswith("620000,'=1+1,Province,1,")


def test_csv_into_a_missing_folder_names_it_and_leaves_nothing(tmp_path):
    o = ov.Overview(CommitmentFilter(), TODAY, [], {}, ov.Counts(), ov.Counts())
    with pytest.raises(LedgerFileError, match="does not exist"):
        overview_csv.export_csv(o, tmp_path / "nowhere" / "o.csv")
    assert not (tmp_path / "nowhere").exists()


def test_themes_counted_later_give_the_same_matrix(register):
    full = ov.compute(register)
    lazy = ov.compute(register, with_themes=False)
    assert not lazy.themes_counted and lazy.themes == [] and lazy.theme_cells == {}
    assert lazy.total == full.total and lazy.quarters == full.quarters
    ov.add_themes(lazy, ov.theme_matrix(register, lazy))
    assert lazy.themes_counted
    assert (lazy.themes, lazy.theme_cells) == (full.themes, full.theme_cells)
