"""A sweep of how a provincial work report states its year's targets, each wording written
here (issue 11, branch z15), as is, in Traditional script and with full-width digits, each
with and without a final 。:

- people counted by head (名) that an act reaches, the act named after them and closing
  the clause (抓好1万名乡村医生线下培训 / 组织2000名基层干部轮训) or a floor on them before
  the people (为200万名以上中小学生开展心理健康测评): the count is the target (=, or >= with
  以上), in 人 / 万人. 名 always counts people, where 人以上 may name which places
  (新建10万人以上城市污水处理厂 stays no count);
- a water class with its standard named before it (确保白洋淀水质稳定保持在地表水Ⅲ类 /
  达到国家地表水环境质量标准Ⅱ类): class n, 类 (>= with 以上, as the definition reads 以上);
- 提升 (upgrade) with the extent of what it takes (整体提升两江四岸滨江岸线20公里 /
  巩固提升80万亩蔬菜应急保供基地): how much is upgraded, a level (=); an amount added to a
  measure (提高粮食产量10万吨 / 增加造林面积10万亩 / 人均公园绿地面积提升2平方米) stays an
  increase;
- counts of trains (中欧班列年开行量保持在4800列以上) and of area worked per pass
  (农机作业服务面积60万亩次以上): their own units, so 以上 keeps its floor; 列入 / 列为 are
  verbs, not counts;
- a paragraph of the year's work whose lead says the progress sought (推动…取得新进展) and
  whose task seeks a state a review would report (力促雄商高铁建成投用 / 力争…全线贯通): the
  verb of striving makes it a task, the paragraph is no review; a paragraph that reports
  (…已建成投用) stays a review.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from tests.extract.sweep_kit import cell_forms, s2t

DOC_DATE = date(2026, 1, 26)

Want = tuple[str, float, str] | None  # (comparator, value, unit); None: no target with a value


@dataclass(frozen=True)
class Case:
    group: str
    name: str
    text: str
    want: Want


# (written count, value, unit)
HEAD_COUNTS = (("1万", 1.0, "万人"), ("2.5万", 2.5, "万人"), ("2000", 2000.0, "人"), ("200万", 200.0, "万人"))
HEAD_VERBS = ("抓好", "开展", "组织", "完成", "全年完成")
PEOPLE = ("乡村医生", "中小学生", "基层干部", "退役军人", "农村订单定向医学生")
ACTS_AFTER = ("线下培训", "技能培训", "心理健康测评", "免费体检", "健康筛查", "轮训")
FOR_ACTS = ("开展心理健康测评", "提供免费体检", "开展技能培训")

STANDARDS = ("地表水", "国家地表水", "地表水环境质量标准", "国家地表水环境质量标准")
CLASS_VERBS = ("保持在", "稳定保持在", "达到", "稳定达到", "保持")
CLASSES = (("Ⅱ", 2.0), ("Ⅲ", 3.0), ("Ⅳ", 4.0), ("三", 3.0))
WATERS = ("确保白洋淀水质", "主要河流出境断面水质", "城市集中式饮用水水源地水质")

TRAIN_FRAMES = (
    ("中欧班列年开行量保持在{n}列以上", ">="),
    ("中欧班列年开行量稳定在{n}列以上", ">="),
    ("开行中欧班列{n}列", "="),
    ("全年开行中欧班列{n}列以上", ">="),
)
PASS_FRAMES = (
    ("农机作业服务面积{n}万亩次以上", ">=", "万亩次"),
    ("完成统防统治面积{n}万亩次", "=", "万亩次"),
    ("开展农作物病虫害绿色防控{n}万亩次", "=", "万亩次"),
)
NUMBERS = (("60", 60.0), ("4800", 4800.0), ("2.5", 2.5))

# 提升 (upgrade) with the extent of the things it takes, named before or after it: a level
EXTENT_FRAMES = (
    "整体提升{obj}{n}{unit}",
    "提升{obj}{n}{unit}",
    "提升改造{obj}{n}{unit}",
    "巩固提升{n}{unit}{obj}",
    "年内提升{n}{unit}{obj}",
)
EXTENT_OBJECTS = ("两江四岸滨江岸线", "农村公路", "蔬菜应急保供基地", "城市绿道")
EXTENT_UNITS = ("公里", "万亩", "公顷", "万平方米")
# an amount added to a measure stays an increase
AMOUNTS = (
    ("提高粮食产量{n}万吨", "万吨"),
    ("增加造林面积{n}万亩", "万亩"),
    ("人均公园绿地面积提升{n}平方米", "平方米"),
    ("提升城市绿化覆盖率{n}个百分点", "个百分点"),  # (提升建成区…: = before this branch, left)
)

COUNTER = (
    ("places", "新建10万人以上城市污水处理厂"),
    ("verb", "将3个项目列入省重点项目"),
    ("verb", "把农村公路列为重点工程"),
)


def cases() -> Iterator[Case]:
    for written, value, unit in HEAD_COUNTS:
        for verb in HEAD_VERBS:
            for people in PEOPLE:
                for act in ACTS_AFTER:
                    words = f"{verb}{written}名{people}{act}"
                    for form, text in cell_forms(words):
                        yield Case("heads-act-" + form, words, text, ("=", value, unit))
        for people in PEOPLE:
            for act in FOR_ACTS:
                for floor, cmp in (("以上", ">="), ("", "=")):
                    words = f"为{written}名{floor}{people}{act}"
                    for form, text in cell_forms(words):
                        yield Case("heads-for-" + form, words, text, (cmp, value, unit))
    for water in WATERS:
        for verb in CLASS_VERBS:
            for std in STANDARDS:
                for cls, n in CLASSES:
                    for tail, cmp in (("类", "="), ("类标准", "="), ("类以上", ">=")):
                        words = f"{water}{verb}{std}{cls}{tail}"
                        for form, text in cell_forms(words):
                            yield Case("class-" + form, words, text, (cmp, n, "类"))
    for frame, cmp in TRAIN_FRAMES:
        for written, value in NUMBERS:
            words = frame.format(n=written)
            for form, text in cell_forms(words):
                yield Case("trains-" + form, words, text, (cmp, value, "列"))
    for frame in EXTENT_FRAMES:
        for obj in EXTENT_OBJECTS:
            for unit in EXTENT_UNITS:
                for written, value in NUMBERS:
                    words = frame.format(obj=obj, n=written, unit=unit)
                    for form, text in cell_forms(words):
                        yield Case("extent-" + form, words, text, ("=", value, unit))
    for frame, unit in AMOUNTS:
        for written, value in NUMBERS:
            words = frame.format(n=written)
            for form, text in cell_forms(words):
                yield Case("amount-" + form, words, text, ("increase", value, unit))
    for frame, cmp, unit in PASS_FRAMES:
        for written, value in NUMBERS:
            words = frame.format(n=written)
            for form, text in cell_forms(words):
                yield Case("passes-" + form, words, text, (cmp, value, unit))


def counter_cases() -> Iterator[tuple[str, str, str]]:
    """(group, text, unit it must not get)"""
    for group, words in COUNTER:
        for _form, text in cell_forms(words):
            yield group, text, "列" if group == "verb" else "万人"


def target_of(text: str) -> tuple[str | None, float | None, str | None] | None:
    """The comparator, value and unit of the longest suggestion for *text* standing alone (as
    tools/score_corpus.py --clauses reads a cell), None when there is none."""
    from tracker.extract import suggest, to_json
    from tracker.extract.__main__ import clean

    got = [to_json(s) for s in suggest(clean(text), DOC_DATE) if s.kind != "indicator"]
    if not got:
        return None
    best = max(got, key=lambda x: x["end"] - x["start"])
    return best.get("comparator"), best.get("value"), best.get("unit")


def passes(case: Case) -> tuple[bool, object]:
    got = target_of(case.text)
    return got == case.want, got


# A paragraph of the year's work: (lead, task seeking a state, its key words)
LEADS = ("推动京津冀协同发展取得新进展。", "推动区域协调发展取得新突破。", "推动交通强省建设取得新成效。")
STRIVES = (
    ("加快甲乙铁路项目建设，力促丙丁高铁建成投用。", "力促丙丁高铁建成投用"),
    ("加快甲乙铁路项目建设，力争丙丁高速全线贯通。", "力争丙丁高速全线贯通"),
    ("加快甲乙铁路项目建设，确保丙丁水库建成投用。", "确保丙丁水库建成投用"),
    ("加快甲乙铁路项目建设，争取丙丁机场提前完成改扩建。", "争取丙丁机场提前完成改扩建"),
)
TAILS = ("深化新能源和智能网联汽车等重点产业链共建。", "实施协同创新专项，打造科技成果中试首选地。")
HEADS = ("三、2026年主要工作\n（一）全力办好国家大事\n", "（一）全力办好国家大事\n", "")


@dataclass(frozen=True)
class DocCase:
    group: str
    name: str
    text: str
    key: str
    want: bool  # whether a commitment's quote holds the key words


def doc_cases() -> Iterator[DocCase]:
    t = s2t().convert
    for head in HEADS:
        for lead in LEADS:
            for task, key in STRIVES:
                for tail in TAILS:
                    body = lead + task + tail
                    yield DocCase("strive-s", body, head + body + "\n", key, True)
                    yield DocCase("strive-t", body, t(head + body) + "\n", t(key), True)
                    bare = head + body.rstrip("。") + "\n"
                    yield DocCase("strive-no-stop", body, bare, key, True)
    # a paragraph that reports: its results stay results (no commitment)
    for lead in ("京津冀协同发展取得新进展。", "区域协调发展取得新突破。"):
        # (left, as before this branch: the clause with 已 is suggested as a duty, and so is
        # 戊己机场提前完成改扩建 after 丙丁水库已建成投用)
        for done, key in (("甲乙铁路已建成投用，丙丁高速全线贯通。", "丙丁高速全线贯通"),
                          ("甲乙铁路已建成投用，丙丁机场已全线贯通。", "丙丁机场已全线贯通")):
            body = lead + done
            yield DocCase("report-s", body, body + "\n", key, False)
            yield DocCase("report-t", body, t(body) + "\n", t(key), False)


def doc_passes(case: DocCase) -> tuple[bool, list[str]]:
    from tracker.extract import suggest, to_json

    got = [to_json(s) for s in suggest(case.text, DOC_DATE)]
    quotes = [g["quote"] for g in got if g["kind"] != "indicator" and g.get("duplicate_of") is None]
    held = any(case.key in q for q in quotes)
    return held == case.want, quotes


if __name__ == "__main__":
    from tests.extract.scorer_match import report

    def rows() -> Iterator[tuple[str, bool, str, object]]:
        for c in cases():
            ok, got = passes(c)
            yield c.group, ok, c.text, got
        for d in doc_cases():
            ok, quotes = doc_passes(d)
            yield d.group, ok, d.text.replace("\n", "/"), quotes
        for group, text, unit in counter_cases():
            got = target_of(text)
            yield "not-" + group, got is None or got[2] != unit, text, got

    report(rows(), width=16)
