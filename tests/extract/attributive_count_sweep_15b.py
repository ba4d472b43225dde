"""A sweep of counts whose noun carries a figure of its own, and of what is left of a plan
as the object of a verb that delivers it, each clause standing alone as a table cell or
list item does (issue 11, branch clause15b):

- a bound inside an attributive phrase closed by 的 (培育年产值10亿元以上的企业20家 / 打造
  营收超百亿元的企业5家 / 产值达到50亿元的产业园区3个): the phrase says which things, the
  count after them is the target, `=` the count (`>=` with 以上 after it), as the same
  phrase without 的 (年产值10亿元以上企业20家) already reads (and 超过 bounds the firms'
  figure, not their count: 营收超过100亿元企业5家 is `=` 5 家);
- 剩余/其余/剩下/余下 N as the object of a verb that delivers (完成剩余10个问题的整改 /
  年内解决其余5项问题): the count still to do is a commitment, `=` N (README R2's own
  example), not a share of a progress report.

Counter-cases, which must not change: a bound with no count after it (人均GDP达到10万元的
目标), a share of things as the target (70%以上的地级及以上城市…), a floor on the count
itself (建设10个以上的示范村), 规模以上 as a class name (新增规模以上工业企业100家), a
scope of "all" (覆盖所有城区人口10万以上的市县), and reports of what is left (其余39项整改
任务正积极推进 / 已完成剩余2项问题整改).

Each wording is composed from verbs × phrases × nouns and counts, and written as is, in
Traditional script, with full-width digits, each with and without a final 。.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from tests.extract.sweep_kit import cell_forms

DOC_DATE = date(2024, 3, 1)

Fields = tuple[str | None, float | None, str | None]  # comparator, value, unit


@dataclass(frozen=True)
class Case:
    group: str
    name: str
    text: str
    want: Fields | None  # None: no commitment (an indicator or nothing)


# verbs that bring things about (R1: 新增 N is `=` N too)
VERBS = ("培育", "打造", "建设", "新建", "引进", "新增", "力争培育", "全年招引")
# an attributive phrase holding a figure of its own, closed by 的
PHRASES = (
    "年产值10亿元以上的",
    "营收超百亿元的",
    "日处理能力5万吨以上的",
    "产值达到50亿元的",
    "年营业收入突破1000万元的",
    "总投资超过5亿元的",
    "装机容量10万千瓦及以上的",
    "年税收超千万元的",
)
# the same phrases with no 的 (营收超过100亿元企业5家): already read as which things, but
# 超过 gave its `>=` to the count after them
PLAIN_PHRASES = ("营收超过100亿元", "年税收超千万元", "年产值10亿元以上", "总投资逾5亿元")
# the noun and its count: (words, value, unit)
COUNTED = (
    ("企业20家", 20.0, "家"),
    ("重点项目12个", 12.0, "个"),
    ("污水处理厂3座", 3.0, "座"),
    ("产业集群8个", 8.0, "个"),
)
# a floor on the count itself, after it
FLOORED = (("龙头企业30家以上", 30.0, "家"),)

# what is left, as the object of a verb that delivers it
REST_LEADS = ("", "年内", "确保", "2024年底前", "继续采取有力措施,")
REST_VERBS = ("完成", "解决", "办结", "化解")
REST_WORDS = ("剩余", "其余", "剩下")
REST_OBJECTS = (
    ("10个问题的整改工作", 10.0, "个"),
    ("5项整改任务", 5.0, "项"),
    ("3件群众反映问题", 3.0, "件"),
)

COUNTER: tuple[tuple[str, str, Fields | None], ...] = (
    ("goal", "人均GDP达到10万元的目标", ("=", 10.0, "万元")),
    ("share", "70%以上的地级及以上城市全面消除重污染天气", (">=", 70.0, "%")),
    ("share", "85%以上的行政村完成生活污水治理", (">=", 85.0, "%")),
    ("floor", "建设10个以上的示范村", (">=", 10.0, "个")),
    ("class", "新增规模以上工业企业100家", ("=", 100.0, "家")),
    ("class", "新增规上文化企业50家", ("=", 50.0, "家")),
    ("class", "规上高新技术企业突破3000家", (">=", 3000.0, "家")),
    ("scope", "高速公路将覆盖所有城区人口10万以上的市县", ("full", None, None)),
    ("plain", "培育年产值10亿元以上企业20家", ("=", 20.0, "家")),
    ("plain", "森林覆盖率达到45%以上", (">=", 45.0, "%")),
    ("report", "其余39项整改任务正积极推进", None),
    ("report", "已完成剩余2项问题整改", None),
    ("report", "其余6个问题均取得明显进展", None),
    ("report", "剩余13个正在有序推进", None),
)


def cases() -> Iterator[Case]:
    for verb in VERBS:
        for phrase in PHRASES:
            for words, value, unit in COUNTED:
                text = verb + phrase + words
                for form, t in cell_forms(text):
                    yield Case("attr-" + form, text, t, ("=", value, unit))
            for words, value, unit in FLOORED:
                text = verb + phrase + words
                for form, t in cell_forms(text):
                    yield Case("attr-floor-" + form, text, t, (">=", value, unit))
        for phrase in PLAIN_PHRASES:
            for words, value, unit in COUNTED:
                text = verb + phrase + words
                for form, t in cell_forms(text):
                    yield Case("plain-" + form, text, t, ("=", value, unit))
    for lead in REST_LEADS:
        for verb in REST_VERBS:
            for rest in REST_WORDS:
                for obj, value, unit in REST_OBJECTS:
                    text = lead + verb + rest + obj
                    for form, t in cell_forms(text):
                        yield Case("rest-" + form, text, t, ("=", value, unit))
    for group, text, want in COUNTER:
        for form, t in cell_forms(text):
            yield Case("not-" + group + "-" + form, text, t, want)


def fields_of(text: str) -> Fields | None:
    """The (comparator, value, unit) of the longest commitment suggested for *text* standing
    alone (as tools/score_corpus.py --clauses reads a cell), None when there is none."""
    from tracker.extract import suggest, to_json
    from tracker.extract.__main__ import clean

    got = [to_json(s) for s in suggest(clean(text), DOC_DATE) if s.kind != "indicator"]
    if not got:
        return None
    best = max(got, key=lambda x: x["end"] - x["start"])
    return best.get("comparator"), best.get("value"), best.get("unit")


def passes(case: Case) -> tuple[bool, Fields | None]:
    got = fields_of(case.text)
    return got == case.want, got


if __name__ == "__main__":
    from tests.extract.scorer_match import report

    report((c.group, *passes(c)[:1], c.text, passes(c)[1]) for c in cases())
