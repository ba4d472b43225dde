"""Sweeps of two readings (issue 11, branch dl13b), each in several wordings, places,
Simplified and Traditional script, half- and full-width digits, with and without the
final 。:

- a bound after a bracketed aside that names what is counted (为农民放映电影2.5万场(次)以上 /
  新建200个（标准桩）以上充电桩): the aside does not cut the figure from its 以上 / 以下
  (definition page, comparator: 以上 → >=);
- a title that names a year's programme of 民生实事 (2025年度40件民生实事票决出炉 / 2025年十大
  民生实事 / 2025年度为民办实事项目清单): its items without time words of their own fall due
  at that year's end, as a 实事项目 list's do (tests/corpus/README.md: an annual programme's
  tasks take the period of their title).
"""

from __future__ import annotations

import functools
import itertools
from datetime import date

import opencc
import pytest

from tracker.extract import suggest, to_json
from tracker.extract.__main__ import clean

_FULL = str.maketrans("0123456789.", "０１２３４５６７８９．")


@functools.cache
def _s2t() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


def _variant(text: str, trad: bool, full: bool) -> str:
    if full:
        text = text.translate(_FULL)
    return _s2t().convert(text) if trad else text


def _main(text: str, when: date) -> dict | None:
    got = [to_json(s) for s in suggest(text, when) if s.kind != "indicator"]
    return max(got, key=lambda s: s["end"] - s["start"]) if got else None


_FRAMES = ("{p}新建{n}{u}{a}{s}充电桩", "{p}为农民放映电影{n}{u}{a}{s}", "{p}培训{n}{u}{a}{s}",
           "{p}建成{n}{u}{a}{s}停车场")
_ASIDES = ("(次)", "（标准桩）", "(处)", "（座）")
_BOUNDS = (("以上", ">="), ("及以上", ">="))
_ASIDE_CASES = [
    (f.format(p=p, n=n, u=u, a=a, s=s) + stop, cmp, value, trad, full)
    for f, (n, value), u, a, (s, cmp), p, stop, (trad, full) in itertools.product(
        _FRAMES, (("200", 200.0), ("2.5万", 25000.0)), ("个", "场"), _ASIDES, _BOUNDS,
        ("", "我县2025年拟"), ("", "。"), ((False, False), (True, False), (False, True)))
][::10]


@pytest.mark.parametrize(("text", "cmp", "value", "trad", "full"), _ASIDE_CASES)
def test_bound_after_an_aside(text: str, cmp: str, value: float, trad: bool, full: bool) -> None:
    got = _main(clean(_variant(text, trad, full)), date(2025, 3, 1))
    assert got is not None
    assert got["comparator"] == cmp
    assert got["value"] in (value, value / 10000)  # (2.5万场: the figure as written, or its count)


def test_an_aside_with_a_figure_is_no_bound() -> None:
    # 10所(其中4所)以上 is not written; an aside holding a figure never joins a bound to it
    got = _main("建设品质县中10所(其中浏阳4所)", date(2025, 3, 1))
    assert got is not None and got["comparator"] != ">="


_TITLES = ("{y}年度{n}件民生实事票决出炉", "{y}年{n}件民生实事项目公布", "{pl}{y}年民生实事项目",
           "{y}年度为民办实事项目清单", "{pl}公布{y}年十大民生实事", "{pl}{y}年惠民实事")
_LEDES = ("1月16日举行的人代会上，经人大代表票决，民生实事项目出炉。\n{y0}年9月，我市启动候选项目征集工作。\n",
          "近日，{pl}人民政府公布了民生实事项目。\n")
_ITEMS = ("其中，开设100个公益暑托服务班点、建设100间儿童“梦想小屋”等2件实事；新增公办学位2000个。",
          "1.新建城市书房20个\n2.改造老旧小区30个\n3.新增停车泊位3000个")


@pytest.mark.parametrize(("title", "lede", "items", "trad", "full", "year"), [
    (t, le, it, trad, full, y) for t, le, it, (trad, full), y in itertools.product(
        _TITLES, _LEDES, _ITEMS, ((False, False), (True, False), (False, True)), (2025, 2026))])
def test_a_years_programme_of_shishi_dates_its_items(title: str, lede: str, items: str,
                                                     trad: bool, full: bool, year: int) -> None:
    text = title.format(y=year, n="40", pl="镇江市") + "\n" + lede.format(y0=year - 1, pl="我市") + items
    got = [to_json(s) for s in suggest(_variant(text, trad, full), date(year, 1, 17))
           if s.kind != "indicator"]
    counted = [s for s in got if s.get("value")]
    assert counted
    assert all(s["deadline"] == f"{year}-12-31" for s in counted), [
        (s["quote"], s["deadline"]) for s in counted]


def test_a_review_of_shishi_sets_no_period() -> None:
    # 2024年民生实事完成情况: a review of a year, not a programme (is_review_heading)
    text = "2024年十大民生实事完成情况\n近日，我市公布了民生实事项目。\n1.新建城市书房20个\n"
    got = [to_json(s) for s in suggest(text, date(2025, 1, 17)) if s.kind != "indicator"]
    assert all(s.get("deadline") != "2025-12-31" for s in got)


_SIZE_FRAMES = ("{p}完成{c}{s}社区医院选址", "{p}新建{c}{s}的城市书房", "{p}改造{c}{s}老旧厂房",
                "{p}建成{c}{s}标准化厂房")
_SIZE_CASES = [
    (f.format(p=p, c=c, s=s) + stop, v, u, trad, full)
    for f, (c, v, u), s, p, stop, (trad, full) in itertools.product(
        _SIZE_FRAMES, (("3家", 3.0, "家"), ("12个", 12.0, "个"), ("5所", 5.0, "所")),
        ("4500平方米", "2.3万平方米", "1200亩"), ("", "全市", "我县2025年"), ("", "。"),
        ((False, False), (True, False), (False, True)))
][::6]


@pytest.mark.parametrize(("text", "value", "unit", "trad", "full"), _SIZE_CASES)
def test_a_count_then_its_size(text: str, value: float, unit: str, trad: bool, full: bool) -> None:
    # 完成3家4500平方米社区医院选址: the count is the target, the size written at once after
    # it says how large the things counted are
    got = _main(clean(_variant(text, trad, full)), date(2025, 3, 1))
    assert got is not None
    assert (got["value"], got["unit"]) == (value, unit)


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("对3个街道33个行政村开展整治", 33.0, "个"),  # where, then how many
    ("整治2500余公里3460个入河排污口", 3460.0, "个"),  # a size, then the count
])
def test_counts_that_say_where_or_which(text: str, value: float, unit: str) -> None:
    got = _main(text, date(2025, 3, 1))
    assert got is not None
    assert (got["value"], got["unit"]) == (value, unit)


_PLAN_TITLES = ("{pl}推进乡村建设行动实施方案", "{pl}关于加快农村供水保障的工作方案", "{pl}人居环境整治提升行动方案")
_GOAL_LABELS = ("行动目标", "工作目标", "一、主要目标", "（二）总体目标")
_PRINCIPLES = ("坚持农业农村优先发展，把乡村建设摆在重要位置，因地制宜、分类指导。",
               "以改善农村人居环境为重点，坚持为民而建。统筹推进，分步实施。", "")
_PLAN_TASKS = ("重点任务\n（一）加强乡村规划建设管理。严格落实管控要求，新建农村公路300公里。\n"
               "（二）实施农村供水保障工程。改造提升农村供水工程50处。",
               "二、重点任务\n1.做实县域村庄体系规划\n2.新建农村公路300公里\n3.改造提升农村供水工程50处")


@pytest.mark.parametrize(("title", "label", "principles", "tasks", "trad", "full", "end"), [
    case for i, case in enumerate(itertools.product(
        _PLAN_TITLES, _GOAL_LABELS, _PRINCIPLES, _PLAN_TASKS,
        (False, True), (False, True), ("", "底"))) if i % 4 == 0])
def test_a_goals_paragraph_sets_the_plans_horizon(title: str, label: str, principles: str,
                                                  tasks: str, trad: bool, full: bool,
                                                  end: str) -> None:
    # 行动目标 / 坚持…，因地制宜。到2025年，…: the horizon a later sentence of the goals'
    # paragraph opens with is the plan's, for its tasks without time words of their own
    text = (title.format(pl="大理州") + "\n为深入贯彻落实党中央决策部署，结合实际，制定本方案。\n"
            + label + "\n" + principles + f"到2027年{end}，乡村建设取得实质性进展。\n" + tasks)
    got = [to_json(s) for s in suggest(_variant(text, trad, full), None) if s.kind != "indicator"]
    counted = [s for s in got if "公里" in s["quote"] or "50" in s["quote"] or "５０" in s["quote"]]
    assert counted
    assert all(s["deadline"] == "2027-12-31" for s in counted)


def test_a_horizon_in_another_paragraph_is_not_the_plans() -> None:
    # the goals' label, then a paragraph without a horizon: a year named further down is
    # a single task's, not the plan's
    text = ("推进乡村建设行动实施方案\n工作目标\n坚持农业农村优先发展，因地制宜、分类指导。\n"
            "重点任务\n1.新建农村公路300公里\n2.到2027年，改造提升农村供水工程50处\n")
    got = [to_json(s) for s in suggest(text, None) if s.kind != "indicator"]
    road = [s for s in got if "公里" in s["quote"]]
    assert road and road[0]["deadline"] is None


_HEAD_FRAMES = ("{p}{v}{n}名{w}{t}", "{p}{v}{w}{n}人", "{p}{v}{n}名{w}实现{t}")
_HEAD_CASES = [
    (f.format(p=p, v=v, n=n, w=w, t=t) + stop, value, trad, full)
    for f, v, w, t, (n, value), p, stop, (trad, full) in itertools.product(
        _HEAD_FRAMES, ("促进", "援助", "帮助"), ("登记失业青年", "就业困难人员", "高校毕业生"),
        ("高质量就业", "就业"), (("2500", 2500.0), ("1.2万", 12000.0)), ("", "全市", "今年"), ("", "。"),
        ((False, False), (True, False), (False, True)))
    if "{t}" in f or t == "就业"][::12]


@pytest.mark.parametrize(("text", "value", "trad", "full"), _HEAD_CASES)
def test_a_headcount_an_act_on_people_reaches(text: str, value: float, trad: bool,
                                              full: bool) -> None:
    # 促进2500名登记失业青年高质量就业 / 援助就业困难人员6000人: how many people the act
    # reaches, the people named after the count when the verb names none
    got = _main(clean(_variant(text, trad, full)), date(2025, 3, 1))
    assert got is not None
    assert got["value"] in (value, value / 10000) and got["unit"] in ("人", "万人")


def test_criticism_counts_no_people_helped() -> None:
    # 批评帮助5人 (a meeting's criticism of five members): no headcount aimed at
    got = [to_json(s) for s in suggest("在专题民主生活会上批评帮助5人", date(2025, 3, 1))]
    assert all(s.get("value") != 5.0 for s in got)
