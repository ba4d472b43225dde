"""A sweep of the field readings that dropped on unseen text (issue 11, branch fld11s).

Each cause is a grammar of the phrase, written for the sweep (not taken from a document),
crossed with the frames a clause comes in: a sentence with its 。, a place or a time bound
before it, a list item ((三) / 3.) with and without its 。, a clause alone as a cell; in
Simplified and Traditional script (OpenCC), with half-width and full-width digits.
Expected fields follow /work/shared/docs/commitments.md ("Targets: comparator, value,
unit", "Reading dates the way the staff do") and the gold conventions of
tests/corpus/README.md (R1, R2, R6).

The causes:
- ``pairs``: a list of metrics with a list of values after 分别 (A、B分别达到X、Y): each
  metric its own value, a target per pair, in order; a bound word after the last value
  (以上 / 以下 / 左右) holds for the values before it.
- ``per``: a rate per so many people or households after the verb (达到每百户30平方米): the
  figure after the denominator is the value, not the 百 of 每百户.
- ``yearly``: a direction year by year (逐年提升 / 逐步下降) after a measured thing: a change
  (increase / decrease), not an end state.
- ``double``: 翻倍 / 翻了一番 / 实现翻番: an increase of 100 %.
- ``growth``: 实现X%(以上)(的)增长: the growth is the value (increase, or a floor with 以上).
- ``listed``: a long list of metrics before 全部达到 / 均达到 … 要求 (full).
- ``bound``: a bound opening the clause, then a year naming the plan, list or target the
  act makes (6月底前，制定2023年重点项目清单): the bound is the deadline.
- ``heads``: a count of people or households after an act on them (改善农牧民住房条件4万户
  / 安置就业困难人员600人): how many the act reaches, a level (`=`).
- ``instep``: a measure that grows in step with another (居民收入与经济增长同步 / 增长和…
  基本同步): an increase.
- ``docyear``: a progress report on part of a year (关于2016年…三季度落实情况) reposted by a
  page in a later year: its year-less time words are the year reported on.

``cases()`` yields them; ``python -m tests.extract.field_sweep_11s`` prints how many pass,
by cause (tests/extract/test_field_sweep_11s.py asserts them all).
"""

from __future__ import annotations

import functools
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import opencc

Want = tuple[str | None, object, str | None]  # (comparator, value, unit)

DOC = date(2025, 3, 1)


@dataclass(frozen=True)
class Case:
    cause: str
    name: str
    text: str
    key: str  # words only the quotes of the clause's suggestions hold
    want: tuple[Want, ...] | str | None  # targets in order; for dates the ISO deadline
    doc_date: date | None = DOC
    as_file: bool = False  # read through the importer (suggest_file), as a document


@functools.cache
def _s2t() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


_FULL = str.maketrans("0123456789%", "０１２３４５６７８９％")


def _variants(text: str) -> Iterator[tuple[str, str]]:
    """The text in Simplified and Traditional script, half-width and full-width digits."""
    trad = _s2t().convert(text)
    yield "s", text
    yield "t", trad
    if any(c.isdigit() for c in text):
        yield "s-full", text.translate(_FULL)
        yield "t-full", trad.translate(_FULL)


def _frames(clause: str) -> Iterator[tuple[str, str]]:
    """A clause in the frames it comes in."""
    yield "alone", clause
    yield "sentence", f"{clause}。"
    yield "place", f"全市{clause}。"
    yield "bound", f"到2027年，全县{clause}。"
    yield "item", f"（三）{clause}"
    yield "item-stop", f"3.{clause}。"
    yield "goals", f"二、主要目标\n{clause}；全面完成年度目标任务。"


def _cases_of(cause: str, clause: str, key: str, want, **kw) -> Iterator[Case]:
    for frame, text in _frames(clause):
        for script, variant in _variants(text):
            k = _s2t().convert(key) if script.startswith("t") else key
            if script.endswith("full"):
                k = k.translate(_FULL)
            yield Case(cause, f"{cause}:{frame}:{script}:{clause}", variant, k, want, **kw)


# -- pairs: 分别 -------------------------------------------------------------------------

_PAIR_SUBJECTS = [
    ("生活垃圾无害化处理率、生活污水处理率", 2),
    ("森林覆盖率和湿地保护率", 2),
    ("城镇和农村居民人均可支配收入", 2),
    ("化学需氧量、氨氮排放总量", 2),
    ("地表水国控、省控断面水质优良比例", 2),
    ("规上工业增加值、固定资产投资、社会消费品零售总额", 3),
    ("城市(县城)污水集中收集率、再生水利用率", 2),
]
_PAIR_PHRASES = [  # (phrase with {v} for the value list, comparator of each, unit, suffix)
    ("分别达到{v}", "=", "%", ""),
    ("分别达到{v}以上", ">=", "%", "以上"),
    ("分别增长{v}", "increase", "%", ""),
    ("分别增长{v}以上", ">=", "%", "以上"),
    ("分别增长{v}左右", "increase", "%", "左右"),
    ("分别下降{v}", "decrease", "%", ""),
    ("分别不低于{v}", ">=", "%", ""),
    ("分别提高到{v}", "=", "%", ""),
]
_PAIR_VALUES = [(97.8, 96.8, 92.5), (6, 9, 7.5), (45, 60, 38)]


def _value_list(values: tuple, unit: str, joiner: str) -> str:
    parts = [f"{v:g}{unit}" for v in values]
    if joiner == "和" and len(parts) > 1:
        return "、".join(parts[:-1]) + "和" + parts[-1]
    return "、".join(parts)


def _pairs() -> Iterator[Case]:
    for i, (subject, n) in enumerate(_PAIR_SUBJECTS):
        for j, (phrase, cmp, unit, _suffix) in enumerate(_PAIR_PHRASES):
            values = _PAIR_VALUES[(i + j) % len(_PAIR_VALUES)][:n]
            joiner = "和" if (i + j) % 2 else "、"
            clause = subject + phrase.format(v=_value_list(values, unit, joiner))
            want = tuple((cmp, float(v), unit) for v in values)
            yield from _cases_of("pairs", clause, "分别", want)
    # a shared unit after the last value (分别控制在60、35微克/立方米以下)
    for subject, values, unit, tail, cmp in [
        ("PM10和PM2.5年均浓度", (60, 35), "微克/立方米", "以下", "<="),
        ("化学需氧量、氨氮排放量", (1.2, 0.15), "万吨", "以内", "<="),
        ("一般公共预算收入和税收收入", (32, 25), "亿元", "", "="),
        ("粮食播种面积和产量", (120, 45), "万亩", "以上", ">="),
    ]:
        verb = {"<=": "分别控制在", ">=": "分别稳定在", "=": "分别达到"}[cmp]
        clause = f"{subject}{verb}{values[0]:g}、{values[1]:g}{unit}{tail}"
        want = tuple((cmp, float(v), unit) for v in values)
        yield from _cases_of("pairs", clause, "分别", want)


# -- per: 每百户 -------------------------------------------------------------------------

_PER = [  # (metric, denominator, value, unit written, unit standard)
    ("社区综合服务设施面积", "每百户", 30, "平方米", "平方米"),
    ("社区综合服务设施面积", "每百户", 30, "平米", "平方米"),
    ("养老机构床位数", "每千名老年人", 40, "张", "张"),
    ("执业(助理)医师数", "每千人口", 3.2, "人", "人"),
    ("全科医生数", "每万人口", 4, "名", "人"),
    ("人均体育场地面积", "每人", 2.6, "平方米", "平方米"),
    ("城市公厕数量", "每平方公里", 5, "座", "座"),
    ("公共图书馆藏书量", "每百人", 120, "册", "册"),
    ("婴幼儿托位数", "每千人口", 4.5, "个", "个"),
]
_PER_VERBS = [("达到{d}{v}{u}", "="), ("达到{d}{v}{u}以上", ">="), ("不低于{d}{v}{u}", ">="),
              ("提高到{d}{v}{u}", "=")]


def _per() -> Iterator[Case]:
    for metric, den, value, written, unit in _PER:
        for verb, cmp in _PER_VERBS:
            clause = metric + verb.format(d=den, v=f"{value:g}", u=written)
            yield from _cases_of("per", clause, metric[:4], ((cmp, float(value), unit),))


# -- yearly: 逐年提升 --------------------------------------------------------------------

_YEARLY_METRICS = ["高考本科上线率", "生活垃圾回收利用率", "森林覆盖率", "科技进步贡献率",
                   "城市空气质量优良天数比例", "单位地区生产总值能耗", "主要污染物排放总量",
                   "农村自来水普及率"]
_YEARLY_ADVERBS = ["逐年", "逐步", "年年", "逐年稳步"]
_YEARLY_VERBS = [("提升", "increase"), ("提高", "increase"), ("上升", "increase"),
                 ("下降", "decrease"), ("降低", "decrease"), ("减少", "decrease")]
_YEARLY_LEADS = ["", "确保", "力争", "推动"]


def _yearly() -> Iterator[Case]:
    k = 0
    for metric in _YEARLY_METRICS:
        for adverb in _YEARLY_ADVERBS:
            verb, cmp = _YEARLY_VERBS[k % len(_YEARLY_VERBS)]
            lead = _YEARLY_LEADS[k % len(_YEARLY_LEADS)]
            k += 1
            clause = f"{lead}{metric}{adverb}{verb}"
            yield from _cases_of("yearly", clause, metric, ((cmp, None, None),))


# -- double: 翻倍 ------------------------------------------------------------------------

_DOUBLE_METRICS = ["风电和太阳能发电量", "地区生产总值", "城乡居民人均收入", "高新技术企业数量",
                   "数字经济核心产业增加值", "村集体经济收入"]
_DOUBLE_WORDS = [("实现翻倍", 100), ("翻倍", 100), ("确保翻倍", 100), ("实现翻番", 100),
                 ("力争翻一番", 100), ("比2020年翻一番", 100), ("实现翻两番", 300)]


def _double() -> Iterator[Case]:
    for i, metric in enumerate(_DOUBLE_METRICS):
        for j, (words, value) in enumerate(_DOUBLE_WORDS):
            if (i + j) % 2:
                continue  # half the grid: every word with three metrics
            clause = f"{metric}{words}"
            yield from _cases_of("double", clause, metric, (("increase", float(value), "%"),))


# -- growth: 实现X%的增长 ----------------------------------------------------------------

_GROWTH_METRICS = ["规上工业增加值", "社会消费品零售总额", "一般公共预算收入", "外贸进出口总额",
                   "农村居民人均可支配收入"]
_GROWTH_FORMS = [("实现{v}%的增长", "increase"), ("实现{v}%以上的增长", ">="),
                 ("实现{v}%以上增长", ">="), ("保持{v}%左右的增长", "increase"),
                 ("实现{v}%左右的增长", "increase")]


def _growth() -> Iterator[Case]:
    for i, metric in enumerate(_GROWTH_METRICS):
        for j, (form, cmp) in enumerate(_GROWTH_FORMS):
            value = (6, 8.5, 10, 7, 12)[(i + j) % 5]
            clause = metric + form.format(v=f"{value:g}")
            yield from _cases_of("growth", clause, metric, ((cmp, float(value), "%"),))


# -- listed: 全部达到…要求 ---------------------------------------------------------------

_LISTED_METRICS = ["各项环境质量指标", "主要污染物减排指标", "单位地区生产总值二氧化碳排放下降比例",
                   "空气质量优良天数比例", "地表水国考断面水质优良比例", "受污染耕地安全利用率"]
_LISTED_ENDS = ["全部达到省定目标要求", "均达到国家考核要求", "全部完成省下达的目标任务",
                "均完成市下达的年度目标任务"]


def _listed() -> Iterator[Case]:
    for n in (1, 2, 3, 4):
        for j, end in enumerate(_LISTED_ENDS):
            names = [_LISTED_METRICS[(j + k) % len(_LISTED_METRICS)] for k in range(n)]
            clause = "确保" * (j % 2) + "、".join(names) + end
            yield from _cases_of("listed", clause, names[-1], (("full", None, None),))


# -- bound: 6月底前，制定2023年…清单 ------------------------------------------------------

_BOUNDS = [("3月底前", "03-31"), ("6月底前", "06-30"), ("上半年", "06-30"),
           ("4月30日前", "04-30"), ("一季度末前", "03-31"), ("9月底前", "09-30")]
_MADE = ["制定{y}年重点项目清单", "印发{y}年度考核方案", "明确{y}年金融指标增长目标",
         "编制{y}年工作要点", "分解下达{y}年目标任务", "出台{y}年实施方案"]


def _bound() -> Iterator[Case]:
    year = DOC.year
    for i, (bound, end) in enumerate(_BOUNDS):
        for j, made in enumerate(_MADE):
            if (i + j) % 2:
                continue
            act = made.format(y=year)
            for clause in (f"{bound}，{act}", f"{bound}{act}", f"{bound}，召开专题会议，{act}"):
                for frame, text in (("alone", clause), ("sentence", f"{clause}。"),
                                    ("item", f"（二）{clause}。")):
                    for script, variant in _variants(text):
                        k = act[:2] if script.startswith("s") else _s2t().convert(act[:2])
                        yield Case("bound", f"bound:{frame}:{script}:{clause}", variant, k,
                                   f"{year}-{end}")


# -- heads: 改善…4万户 -------------------------------------------------------------------

_HEADS = [  # (clause with {n}, value, unit)
    ("改善农牧民居住条件{n}万户", "万户"),
    ("改善农村困难群众住房条件{n}户", "户"),
    ("城镇公益性岗位安置就业困难人员{n}人", "人"),
    ("慰问困难职工{n}人", "人"),
    ("走访慰问退役军人{n}人", "人"),
    ("市人社局安置就业困难人员{n}人", "人"),
    ("免费为农村适龄妇女开展两癌筛查{n}万人", "万人"),
    ("开展职业技能培训{n}人", "人"),
    ("帮助困难群众解决住房问题{n}户", "户"),
    ("提供家政服务{n}户", "户"),
]
_HEAD_COUNTS = [4, 600, 1.2, 3500]


def _heads() -> Iterator[Case]:
    for i, (clause, unit) in enumerate(_HEADS):
        for k in range(2):
            n = _HEAD_COUNTS[(i + k) % len(_HEAD_COUNTS)]
            if unit.startswith("万") and n > 100:
                n = n / 1000
            text = clause.format(n=f"{n:g}")
            yield from _cases_of("heads", text, text[:4], (("=", float(n), unit),))


# -- docyear: a progress report on part of a year, reposted later -----------------------

_REPORT_TITLES = [  # (title with {y}, period end month-day)
    ("关于{y}年市《政府工作报告》确定的指标任务三季度的落实情况", "09-30"),
    ("{y}年《政府工作报告》重点任务上半年推进情况", "06-30"),
    ("关于{y}年民生实事项目第一季度进展情况的通报", "03-31"),
    ("{y}年重点工作前三季度完成情况", "09-30"),
    ("{y}年1-8月全县重点项目建设进展情况", "08-31"),
]
_BYLINES = ["发布时间:{d} 13:23:00 来源:", "时间：{d}", "发布日期：{d}"]
# (the report's next steps: bounds without a year of their own)
_REPORT_BODY = ("一、总体进展。各项任务推进顺利，多数指标完成序时进度。\n"
                "二、下一步工作。下一步，将于年底前完成新区供电线路工程建设。确保全年实现各类融资210亿元。"
                "加快推进污水处理厂提标改造，力争10月底前投入运行。")
_REPORT_ITEMS = [("供电线路", "12-31"), ("融资", "12-31"), ("投入运行", "10-31")]


def _docyear() -> Iterator[Case]:
    for i, (title, _end) in enumerate(_REPORT_TITLES):
        year = 2016 + i
        for j, byline in enumerate(_BYLINES):
            later = f"{year + 1 + j % 2}/{(i + j) % 9 + 2}/{(3 * j + 5) % 27 + 1}"
            if j == 1:
                later = later.replace("/", "-")
            text = f"{title.format(y=year)}\n\n{byline.format(d=later)}\n\n{_REPORT_BODY}\n"
            for script, variant in (("s", text), ("t", _s2t().convert(text))):
                for key, end in _REPORT_ITEMS:
                    k = key if script == "s" else _s2t().convert(key)
                    for as_file in (True, False):  # (read by the importer, or the text alone)
                        yield Case("docyear", f"docyear:{script}:{'file' if as_file else 'text'}:"
                                   f"{byline[:4]}:{title}:{key}", variant, k, f"{year}-{end}",
                                   doc_date=None, as_file=as_file)
    # not reposted: the byline within the year reported on (or the year after, for a report
    # on the whole year) stays the document's date
    for title, byline, want in [
        ("关于2019年民生实事项目第一季度进展情况的通报", "发布时间:2019/4/12", "2019-12-31"),
        ("2020年重点工作上半年推进情况", "时间：2020-07-15", "2020-12-31"),
        ("2021年政府工作报告重点任务完成情况", "发布日期：2022-01-20", "2022-12-31"),
    ]:
        text = f"{title}\n\n{byline}\n\n{_REPORT_BODY}\n"
        yield Case("docyear", f"docyear:kept:{title}", text, "供电线路", want, doc_date=None,
                   as_file=True)


# -- instep: 与经济增长同步 --------------------------------------------------------------

_STEP_METRICS = ["居民收入", "农村居民人均可支配收入", "地方一般公共预算收入", "城镇职工平均工资"]
_STEP_REFS = ["经济增长", "全省", "地区生产总值增长", "全市平均水平"]
_STEP_FORMS = ["{m}与{r}同步增长", "{m}增长和{r}基本同步", "{m}和{r}保持同步增长",
               "实现{m}与{r}同步增长", "{m}增长与{r}同步", "确保{m}与{r}基本同步提高"]


def _instep() -> Iterator[Case]:
    for i, metric in enumerate(_STEP_METRICS):
        for j, form in enumerate(_STEP_FORMS):
            ref = _STEP_REFS[(i + j) % len(_STEP_REFS)]
            clause = form.format(m=metric, r=ref)
            yield from _cases_of("instep", clause, metric, (("increase", None, None),))


def cases() -> Iterator[Case]:
    yield from _pairs()
    yield from _per()
    yield from _yearly()
    yield from _double()
    yield from _growth()
    yield from _listed()
    yield from _bound()
    yield from _heads()
    yield from _docyear()
    yield from _instep()


# -- reading a case ---------------------------------------------------------------------

def _norm_value(value):
    if isinstance(value, list | tuple):
        return [float(v) for v in value]
    return None if value is None else float(value)


def read(case: Case):
    """What the extractor gives for the case: the targets of the suggestions whose quote
    holds the key, in order (or, for dates, the deadline of the first of them)."""
    from tracker.extract import suggest, to_json
    from tracker.extract.__main__ import clean
    from tracker.services.suggesting import suggest_file

    if case.as_file:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "doc.txt"
            path.write_text(case.text, encoding="utf-8")
            recs = [to_json(s) for s in suggest_file(path, case.doc_date)]
    else:
        recs = [to_json(s) for s in suggest(clean(case.text), case.doc_date)]
    hits = [r for r in recs if r["kind"] != "indicator" and case.key in r["quote"]]
    if isinstance(case.want, str) or case.want is None and case.cause in ("bound", "docyear"):
        return hits[0]["deadline"] if hits else "(none)"
    return tuple((r["comparator"], _norm_value(r["value"]), r["unit"]) for r in hits)


def wanted(case: Case):
    if isinstance(case.want, str) or case.want is None:
        return case.want
    return tuple((c, _norm_value(v), u) for c, v, u in case.want)


def passes(case: Case) -> bool:
    return read(case) == wanted(case)


def main(argv: list[str]) -> int:
    show = "-v" in argv
    only = [a for a in argv if not a.startswith("-")]
    ok, total = Counter(), Counter()
    shown: set[str] = set()
    for case in cases():
        if only and case.cause not in only:
            continue
        total[case.cause] += 1
        got = read(case)
        if got == wanted(case):
            ok[case.cause] += 1
        elif show and case.name.split(":", 3)[-1] not in shown:
            shown.add(case.name.split(":", 3)[-1])  # the first failing frame of each clause
            print(f"FAIL {case.name}  want {wanted(case)}  got {got}")
    for cause in total:
        print(f"{cause:<8} {ok[cause]:>5}/{total[cause]}")
    print(f"{'all':<8} {sum(ok.values()):>5}/{sum(total.values())}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
