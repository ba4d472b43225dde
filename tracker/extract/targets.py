"""Quantified and all-or-nothing targets: metric, comparator, value, unit.

A target is read around an anchor: a quantity (80%, 25微克/立方米, 5%—5.5%, 三成,
两个百分点) or an end-state word (清零, 全面消除, 全覆盖, 翻一番, 减半). The
comparator comes from the verb before the quantity (达到, 下降, 控制在 …) and the word
after it (以上, 以下, 左右); the metric is the noun phrase before the verb, within the
clause, with leading verbs, adverbs, scope and time words trimmed.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from tracker.domain import Comparator, Target
from tracker.extract.deadlines import leading_time_words_folded, trailing_time_words_folded
from tracker.extract.fold import fold
from tracker.extract.numerals import parse_number
from tracker.extract.screen import needs, screened
from tracker.extract.units import (
    MEASURE_WORDS,
    PER_UNITS,
    UNIT_FORMS,
    per_unit,
    read_unit,
    standard_unit,
)

__all__ = ["TargetMatch", "find_targets", "parse_target", "pick_target", "standard_unit"]

Value = float | tuple[float, float] | None


@dataclass(frozen=True)
class TargetMatch:
    """A target found in a text; offsets are code points into that text."""

    start: int
    end: int
    metric: str | None
    comparator: Comparator
    value: Value
    unit: str | None
    stated: bool = True  # the comparator is written (a verb, 以上/以下, an end state), not assumed
    cell: bool = False  # the value stands in a row's cell of its own (名称 | 单位 | 目标值)

    def as_target(self) -> Target:
        return Target(metric=self.metric, comparator=self.comparator, value=self.value,
                      unit=self.unit)


_CN = "零〇一二两三四五六七八九十百千"
_NUM = rf"(?:[0-9]+(?:,[0-9]{{3}})*(?:\.[0-9]+)?|[{_CN}]+(?:[万亿][{_CN}]+)*(?:点[{_CN}]+)?)"
_SCALED_UNITS = [u for u in UNIT_FORMS if u[0] in "万亿"]
_PLAIN_UNITS = [u for u in UNIT_FORMS if u[0] not in "万亿"] + ["成", "个月", "年", "月", "日"]
# 三次会议 / 七次全会: which session, not a count
# (迈上2万亿台阶: a step, not machines)
# (2部门 / 5口岸 / 3起步区 / 2门户: the measure word is the head of a noun, no unit)
_NOT_AFTER_UNIT = {"次": "(?!会|全会|大会|全体|常委)", "台": "(?!阶)", "部": "(?!门|分|署)",
                   "口": "(?!岸|径)", "起": "(?!步|点|来|草|诉|止)", "间": "(?!隔|距|断)",
                   "门": "(?!户|槛|类|诊|店)", "支": "(?!持|出|付|撑|部|流)",
                   "份": "(?!额)", "列": "(?!入|为|出|举|席|明|表|队|示|岛|车|宁|支)"}
_UNIT_ALT = "|".join(re.escape(u) + _NOT_AFTER_UNIT.get(u, "")
                     for u in sorted(_PLAIN_UNITS, key=len, reverse=True))
_SCALED_ALT = "|".join(re.escape(u) for u in _SCALED_UNITS)
# What a rate is counted per (吨/万元, 立方米/万元, 蒸吨/小时, 千克/亩): read with its
# denominator, never cut at the slash.
_PER_ALT = "|".join(re.escape(u) for u in sorted(PER_UNITS, key=len, reverse=True))
_HEADCOUNTS = frozenset({"人", "万人", "户", "万户"})
_AGES = frozenset({"岁"})
_TIME_UNITS = frozenset({"个月", "年", "月", "日", "个工作日"})
_COUNTERS = frozenset({"个", "座", "家", "项", "处", "条", "所", "辆", "台", "套", "艘", "只", "张",
                       "件", "批", "株", "户", "次", "场", "场次", "头", *MEASURE_WORDS})


# A count right after another, nothing or a place between (3个街道33个行政村, 5家11条生产线,
# 2500余公里3460个排污口): the first says where or in what, the second how many
_THEN_COUNT = re.compile(r"(?:街道|乡镇|镇街|镇|乡|行政村|自然村|村|社区|县市区|县区|区县|县|区|市|省|园区)?(?=[0-9])")


def _scope_before_count(text: str, m: re.Match[str]) -> bool:
    """Whether quantity *m* is followed, with no space or mark between, by a count of
    its own unit (a scaled count of things: 13.3万常住人口)."""
    if not (m.group("u1") or m.group("u2") or m.group("u3")) or text[m.end() - 1:m.end()].isspace():
        return False
    then = _THEN_COUNT.match(text, m.end())
    nxt = _QUANTITY.match(text, then.end()) if then is not None and then.end() < len(text) else None
    if nxt is None or nxt.group("suf"):
        return False  # (500个5000万元以上重大项目: the second qualifies what the first counts)
    if m.group("u2") in ("%", "％") and nxt.group("u2") in ("%", "％"):
        return False  # (分别增长4.1%8.7%: shares run together, a list of values, no place named)
    if then is not None and then.end() == m.end() and (m.group("u2") or m.group("u3")) in _COUNTED_FLOOR \
            and not m.group("sc") and not (nxt.group("pct") or nxt.group("u3")
                                           or _is_counter(nxt.group("u1") or nxt.group("u2"))):
        return False  # (完成3家4500平方米社区医院选址: a count, then the size of each or all)
    return bool(nxt.group("u1") or nxt.group("u2") or nxt.group("u3") or nxt.group("pct")
                or (nxt.group("sc") and _PEOPLE_AFTER.match(text, nxt.end())))


# A count of tasks (30项整改任务 / 21项问题) under a verb of completion, before or after it
# (完成 / 销号 / 整改到位), with a word that says every one of them (全部, 圆满, 逐一, 均 …):
# all of them done, the count says how many. Without such a word (办好15件民生实事 / 7项整改
# 任务年底前完成) the count is how many to deliver, a level (`=`), as plain 完成 X is.
_TASK_COUNTERS = frozenset({"项", "件"})
_TASKS_NAMED = re.compile(r"[^，,。；;：:\t]{0,8}?(?:任务|实事|问题|事项)")
_DONE_VERB = re.compile(r"办好|办成|办实|完成|销号|销项|到位|清零")
# a verb of completion with a word of "all" before a count: every one counted is done
_DONE_IN_FULL = re.compile(r"(?:彻底|全部|全面|逐一|逐项)(?:解决|完成|整改|销号|销项|办结)"
                           # (the word of all after the verb: 完成全部12个问题的整改 / 解决所有30个村…)
                           r"|(?:解决|完成|整改|销号|销项|办结)(?:全部|所有)$")
_DONE_IN_FULL_CUE = needs(_DONE_IN_FULL)
# The things counted, then 全部 before a verb of doing (36个问题全部整改到位 / 285个项目全部
# 开工 / 12家重点排污单位全部接入在线监控平台): every one of them dealt with, FULL, the count
# saying how many (README R2: a word of "all"); not a result already reached (已全部…)
_ALL_MANNER = r"(?:予以|得到|依法|按时|按期|如期)?"
_DEALT = "解决|处理|处置|执行|落实|整治|治理|整改|改造|纳入|接入|实施|办结|销号|修复|验收|安装|达到|到位"
_GOING = "开工|投用|投产"
ALL_DONE_VERBS = f"{_ALL_MANNER}(?:{_DEALT}|完成|建成|{_GOING})"
# …the same without 完成/建成, for a clause alone (trend._ALL_DONE: its _IN_FULL reads those)
DEALT_WITH_VERBS = f"{_ALL_MANNER}(?:{_DEALT}|{_GOING})"
_ALL_DONE_AFTER = re.compile(r"[^，,。；;：:\t]{0,24}?(?<!已)(?:全部|全数)" + ALL_DONE_VERBS)
_EVERY_WORD = re.compile(r"全部|全面|全覆盖|所有|均|一律|逐一|逐项|各项|彻底|圆满|全数|应[^，,。；;]尽")


def _tasks_done(text: str, start: int, m: re.Match[str]) -> Comparator | None:
    """When count *m* counts tasks (what follows it names them) that its clause says are to
    be done (a verb of completion before the count or after the tasks): FULL with a word
    of "all" in the clause, else EQ (how many to deliver); None otherwise."""
    named = _TASKS_NAMED.match(text, m.end())
    if named is None:
        return None
    stop = _CLAUSE_BREAK.search(text, named.end())
    end = stop.start() if stop else len(text)
    after = text[named.end():end]
    if _DONE_VERB.search(text, start, m.start()) is None and _DONE_VERB.search(after) is None:
        return None
    return Comparator.FULL if _EVERY_WORD.search(text, start, end) is not None else Comparator.EQ


def _is_counter(unit: str | None) -> bool:
    """Whether *unit* counts things: a known counter (个, 家, 所 …) or an open measure word
    read after a count (200部, 1.2万棒), which no standard unit spells."""
    if unit in _COUNTERS:
        return True
    bare = unit.lstrip("万亿") if unit else ""
    return len(bare) == 1 and "\u4e00" <= bare <= "\u9fff" and standard_unit(bare) is None


# 不少于一次: a floor on how often, a target (一个中心 with a comparator is still a name)
_TIMES = frozenset({"次", "场", "场次"})

# A measure word of any kind (量词) after an Arabic count that ends its clause or cell (开工
# 建设200部 / 改造农村危房30间 / 2所): an open class, read only where nothing follows it
# that it could be the first character of; never a word of time, rank, grade or direction
_OPEN_COUNTER = (r"(?:(?<=[0-9])|(?<=[0-9][万亿]))"
                 r"(?![年月日号时分秒周季旬届期代型级类版后前内外余多上下左右中大小高低强的了是为和及与或等至到楼层室路线位字名"
                 r"亿万千百十度方一二三四五六七八九零〇两])(?P<u3>[\u4e00-\u9fff])"
                 r"(?=[\t\n\r|｜，,。；;！!？?、：:)）]| *$| {2,}|\u3000)")
_QUANTITY = re.compile(
    # (每百户 / 每千人口 / 每10万人: what a rate is counted per, never its figure)
    rf"(?=[0-9{_CN}]|万亿[元美])(?<![A-Za-z0-9.第每_{_CN}])"
    # (百分之五到百分之六: a band of percentages)
    rf"(?:(?P<pctw>百分之|千分之)(?P<pct>{_NUM})(?:\s*[—–\-~～至到]\s*(?:(?:百分之|千分之)(?P<pcthi>{_NUM})"
    # (百分之八十五至九十: the second share without its 百分之)
    rf"|(?P<pcthi2>[{_CN}]+(?:点[{_CN}]+)?)(?![年月日号])))?"
    # 三分之一 / 2分之1: a fraction, read as a share in % (三分之二 → 66.7)
    r"|(?P<fden>[二三四五六七八九两]|[2-9])分之(?P<fnum>[一二三四五六七八九]|[1-9])(?![0-9一二三四五六七八九十])"
    rf"|(?P<lo>{_NUM})\s*(?:%|个百分点|[万亿](?=\s*[—–\-~～至到]\s*[0-9.]+[万亿]))?\s*[—–\-~～至到]\s*(?P<hi>{_NUM})"
    rf"|(?P<v>{_NUM})(?!位数)"  # (增长两位数: how many digits, no amount)
    r"|(?P<wan>(?=万亿[元美])))"  # (迈上万亿元台阶: one 万亿, its numeral unwritten)
    r"(?P<more>余|多)?"
    # (1.2万余人 / 3万余场次: more than the figure, 余 after its scale)
    rf"\s*(?:(?P<u1>{_SCALED_ALT})|(?P<sc>万亿|[万亿])?(?P<more2>余|多(?![万亿]))?(?:(?P<u2>(?i:{_UNIT_ALT}))|{_OPEN_COUNTER})?)"
    rf"(?:(?<=[^\s0-9.])\s*[/每]\s*(?P<per>(?i:{_PER_ALT})))?"
    # 放映电影2.5万场(次)以上 / 新建200个(标准桩)以上: an aside naming what is counted, between
    # the measure word and the bound it takes (never a figure of its own: 10所(其中4所))
    r"(?:\s*[（(][^（()）0-9\n，,。；;]{1,6}[)）](?=\s*(?:及以上|或以上|以上|及以下|以下|以内|之内)))?"
    r"(?P<suf>及以上|或以上|以上|及以下|以下|以内|之内|左右|上下)?"
)

# End states. Verb-object words (消除 X) take the metric after them; the others before.
_END_STATE = screened(
    r"(?=[动全基清归彻消翻倍减下降])(?:"
    r"(?P<zero>动态清零|全面清零|基本清零|清零|归零|全面消除|基本消除|彻底消除|消除|全面消灭|基本消灭|消灭"
    r"|全部淘汰|全面淘汰|全部关停|全部取缔)"
    r"|(?P<full>全覆盖|全部完成|全面完成|全部达标|全面达标|全部销号|全面落实到位)"
    r"|(?P<double>翻一番|翻番|倍增|翻倍|翻了一番)|(?P<triple>翻两番|翻了两番)"
    r"|(?P<half>减半|下降一半|减少一半|降低一半))"
)
# 应收尽收 / 应划尽划 / 能保尽保: every one that should be, is (an end state in full); read
# apart from _END_STATE, only in a text with 尽 (应 and 能 are too common to screen by)
_EVERY_END = re.compile(r"(?P<full>[应能](?P<every>[\u4e00-\u9fff])尽(?P=every))")
_VERB_OBJECT = ("消除", "全面消除", "基本消除", "彻底消除", "消灭", "全面消灭", "基本消灭")

# Comparator verbs, longest first so 不低于 wins over 低于 and 提高到 over 提高.
_VERBS: dict[str, Comparator] = {}
for _words, _cmp in [
    ("不低于 不少于 至少 超过 突破 高于 大于 多于 不小于 超 逾 ≥ ≧ >= > ＞"
     " 迈上 迈过 跨上 跨过 站上 登上"  # 迈上1000亿元台阶: past the mark
     " 不得低于 不能低于 不应低于 不宜低于 不得少于 不能少于 不应少于", Comparator.GE),
    ("不超过 不高于 不大于 不多于 控制在 控制到 低于 小于 少于 压减到 压减至 压降到 压降至"
     " 压缩到 压缩至 ≤ ≦ <= < ＜"
     " 不得超过 不能超过 不应超过 不宜超过 不准超过 不得高于 不能高于 不应高于 不得大于 不得多于"
     # (用水总量不突破30亿立方米: a ceiling not to be broken)
     " 不突破 不得突破 不能突破 未突破 不超出 未超出 未超过",
     Comparator.LE),
    ("达到 达 提高到 提高至 提升到 提升至 增加到 增加至 增长到 增长至 扩大到 扩大至 上升到 上升至"
     " 降至 降到 下降到 下降至 降低到 降低至 减少到 减少至 缩小到 缩小至 缩减到 缩减至 保持在 稳定在 维持在 为 是 建成"
     # (运营时间延长至22时 / 审批时限缩短到5个工作日: the level the span is set to)
     " 延长到 延长至 缩短到 缩短至 缩短为"
     " 累计达到 总量达到 保持 完成 新增", Comparator.EQ),
    # (延长公交运营时间1至1.5小时: the span lengthened by that much, as 增长 X is)
    ("增长 提高 提升 增加 上升 扩大 增 多 上涨 延长", Comparator.INCREASE),
    ("下降 降低 减少 削减 压减 压降 减排 缩小 缩减 降 减 缩短", Comparator.DECREASE),
]:
    for _w in _words.split():
        _VERBS[_w] = _cmp
_VERB = re.compile("|".join(sorted(_VERBS, key=len, reverse=True)))
# only right before the number (超六成, 逾3000亿元; 超低排放 is no comparator)
_TIGHT_VERBS = frozenset({"为", "是", "达", "增", "多", "降", "减", "超", "逾",
                          "≥", "≧", ">=", ">", "＞", "≤", "≦", "<=", "<", "＜"})
_NAMING_COUNTERS = frozenset({None, "条", "项", "件", "批"})  # 二十条措施, 十五项任务: a name
_FEW = 10  # a count in Chinese numerals up to this names things (十项行动); above, it is a target
# A verb that is part of a noun here (制造业增加值占…比重35%: value added, no increase)
# (重点工程减排量1.2万吨: the amount cut, a level; 削减量 / 压减量 / 增量 alike)
_NOUN_AFTER: dict[str, tuple[str, ...]] = {"增加": ("值", "量"), "增长": ("率", "点", "极"), "完成": ("率",),
                                           "减排": ("量",), "削减": ("量",), "压减": ("量",),
                                           "压降": ("量",), "减少": ("量",), "增": ("量",)}
_MAX_GAP = 12  # characters allowed between a verb and its number (新增造林10万亩)

_BREAK_CHARS = "，,。；;！!？?：:\n\r"
_CLAUSE_BREAK = re.compile(f"[{_BREAK_CHARS}]")
_LOOK_BACK = 60  # a metric and its verb sit within this many characters of the number
_LEAD = re.compile(
    r"^(?:[、和及与并以]|其中|累计|同时|此外|同比|环比|首次|首度|再次|历史性|确保|力争|努力|争取|全力|着力|"
    r"全年|要|将|应|使|让|推动|推进|促进|打好|打赢|实现|完成|加快|进一步|持续|不断|稳步|逐步|切实|有效|大力|积极|"
    r"基本|稳定|总体|全面|全部|全[省市区县州盟旗国镇乡]|各(?:[地级]|(?![类项种个]))|我[省市区县国]|本[省市区县]|"
    r"今年|当年|每年|年均|严格|稳妥推进|扎实推进|深入推进|实施|开展|做到|达到|保持|加强|提高|提升)+"
)
_TRAIL = screened(
    r"(?:(?:比|较|相比|与)(?:上年|去年|上一年|[0-9]{4}年(?:底|末)?|基准年)(?:相比)?|同比|环比|"
    r"分别|累计|年均|平均|均|要|将|力争|确保|稳定|持续|进一步|基本|总体|全面|逐步|"
    r"保持|以|达|的|了|实现|达到|(?:设定|确定|调整)为?)+$"
)
_MAX_METRIC = 24
_FROM_BASE = re.compile(r"(?:由|从)\s*[0-9][0-9.,]*\s*[^\s0-9，,、]{0,10}$")
# Where the noun phrase after an anchor stops: the next verb of the clause.
_AFTER_STOP = re.compile(r"实现|达到|完成|建成|开展|推进|全面|全部|基本|" + _VERB.pattern)


def _clause_start(text: str, pos: int) -> int:
    """Start of the clause holding *pos*: after the last break, at most _LOOK_BACK back."""
    lowest = max(0, pos - _LOOK_BACK)
    for i in range(pos - 1, lowest - 1, -1):
        if text[i] in _BREAK_CHARS:
            return i + 1
    return lowest


# Cells of a row as plain text writes them: tabs, bars, runs of spaces
_CELL_SEP = re.compile(r"\t|\s*[|｜]\s*| {2,}|\u3000+")
_CELL_HINT = screened(r"[\t|｜\u3000]| {2}")
_CELL_CUE = needs(_CELL_HINT)


def _cell_hint(text: str, pos: int = 0, endpos: int = 1 << 62) -> re.Match[str] | None:
    """_CELL_HINT.search(text, pos, endpos), after a quick test for its characters (a tab,
    a bar, a space): most clauses are no row of cells."""
    if _CELL_CUE.search(text, pos, endpos) is None:
        return None
    return _CELL_HINT.search(text, pos, endpos)

# A cell naming who answers (市生态环境局 / 各县（市、区）人民政府): no metric
_BODY_CELL = re.compile(r"(?:局|委|办|厅|政府|部门|单位|中心|公司|街道|[乡镇])(?:[、，,](?:[^、，,]{0,12}))*$")


def _clean_metric(phrase: str) -> str | None:
    """The measured thing from the words before a verb: trim time, scope and verbs.
    *phrase* is folded text (a piece of what find_targets reads). In a row of cells
    (燃煤锅炉淘汰 | 市生态环境局 | 2026年6月30日 | 35蒸吨以下全部淘汰) it is the nearest
    cell that names a thing, not a body or a date."""
    if _cell_hint(phrase):
        for cell in reversed(_CELL_SEP.split(phrase)):
            if _QUALIFIED.search(cell) and not _BODY_CELL.search(cell.strip()) \
                    and not (len(cell.strip()) <= _MAX_UNIT_CELL and read_unit(cell.strip())):
                # (a unit cell, 万人 / 元/月/人, names no thing)
                got = _clean_metric(cell)
                if got is not None:
                    return got
        return None
    prev = None
    while prev != phrase:
        prev = phrase
        phrase = phrase.strip(" ，,、“”\"'")
        lead = _LEAD.match(phrase)  # anchored at the start: only there can it match
        if lead:
            phrase = phrase[lead.end():]
        phrase = phrase[leading_time_words_folded(phrase):]
        phrase = _TRAIL.sub("", phrase)
        phrase = _FROM_BASE.sub("", phrase)  # 森林覆盖率由40.5%（提高到42%）: the base is no name
        phrase = phrase[:trailing_time_words_folded(phrase)]
    phrase = phrase.strip("“”\"'、 ")
    if len(phrase) > _MAX_METRIC:
        phrase = phrase[-_MAX_METRIC:]
    return phrase or None


def _metric_after(text: str, pos: int) -> tuple[str | None, int]:
    """The noun phrase that follows *pos* in its clause (建成5个污水处理厂, 消除劣五类水体),
    and where it ends."""
    stop = _CLAUSE_BREAK.search(text, pos, min(len(text), pos + _MAX_METRIC + 1))
    words = text[pos:stop.start() if stop else min(len(text), pos + 12)]
    words = _NEXT_COUNT.split(words, 1)[0]  # (500个省重大项目和200个…: the next count's own)
    verb = _AFTER_STOP.search(words)
    metric = _clean_metric(words[:verb.start()] if verb else words)
    return metric, (text.find(metric, pos) + len(metric) if metric else pos)


def _number(m: re.Match[str]) -> tuple[Value, bool] | None:
    """(value, written in Chinese numerals) of a quantity match, None when unreadable."""
    if m.group("wan") is not None:
        return 1.0, True
    if m.group("fden"):
        den, num = parse_number(m.group("fden")), parse_number(m.group("fnum"))
        if not den or num is None or num >= den:
            return None
        return round(num / den * 100, 1), not m.group("fden").isdigit()
    if m.group("pcthi") or m.group("pcthi2"):
        lo, hi = parse_number(m.group("pct")), parse_number(m.group("pcthi") or m.group("pcthi2"))
        if lo is None or hi is None or lo > hi:
            return None
        return (lo, hi), True
    raw = m.group("pct") or m.group("v")
    if raw is not None:
        value = parse_number(raw)
        return None if value is None else (value, not raw[0].isdigit())
    lo, hi = parse_number(m.group("lo")), parse_number(m.group("hi"))
    if lo is None or hi is None or lo > hi:
        return None
    return (lo, hi), not m.group("lo")[0].isdigit()


def _scale(value: Value, factor: float) -> Value:
    if value is None or factor == 1:
        return value
    if isinstance(value, tuple):
        return (round(value[0] * factor, 8), round(value[1] * factor, 8))
    return round(value * factor, 8)  # (4400 × 0.0001 is 0.44, not 0.44000000000000006)


def _unit_and_value(m: re.Match[str], value: Value) -> tuple[str | None, Value]:
    if m.group("pct"):
        return ("‰" if m.group("pctw") == "千分之" else "%"), value
    if m.group("fden"):
        return "%", value
    if m.group("u3"):  # an open measure word (200部), kept as written, with its 万/亿
        return (m.group("sc") or "") + m.group("u3"), value
    written = m.group("u1") or m.group("u2")
    if written == "成":
        return "%", _scale(value, 10)
    if m.group("per") and written:  # 0.5吨/万元, 20立方米/万元, 10蒸吨/小时
        return per_unit((m.group("sc") or "") + written, m.group("per")), value
    kept = standard_unit(written) if written else None
    if m.group("sc") and kept is not None:
        # 200万辆, 1.5亿平方米, 1.2万套, 1.5万个: the figure as written, 万/亿 kept in its unit
        return m.group("sc") + kept, value
    scale = {"万": 10_000, "亿": 100_000_000, "万亿": 1_000_000_000_000}.get(m.group("sc") or "", 1)
    return (standard_unit(written) if written else None), _scale(value, scale)


# What a bare 万/亿 counts, from the metric before it (常住人口突破1200万 → 万人,
# 产业集群总量超过五千亿规模 → 亿元)
_PEOPLE = re.compile(r"人口|人数|人才|就业|游客|人次")
_MONEY = re.compile(r"规模|产值|总值|总额|收入|投资|营收|增加值|销售额|交易额|税收|消费|GDP|资金|金额|经济总量")

# People named right after a bare 万 (13.3万常住人口 / 200万中小学生): counted in 万人
_PEOPLE_AFTER = re.compile(r"(?:常住|户籍|农村|城镇|城乡|贫困|困难|脱贫|受益|服务)?"
                           r"(?:人口|群众|居民|学生|中小学生|大学生|儿童|老人|职工|农民|人员|人次)")


def _implied_unit(m: re.Match[str], before: str, after: str) -> str | None:
    """The unit a bare 万 or 亿 stands for, kept with its scale as written."""
    sc = m.group("sc")
    if not sc or m.group("u1") or m.group("u2") or m.group("per") or m.group("pct"):
        return None
    if _PEOPLE.search(before) or _PEOPLE_AFTER.match(after):
        return sc + ("人次" if after.startswith("人次") else "人")
    if _MONEY.search(before) or _MONEY.match(after):
        return sc + "元"
    return None


def _verb_before(pre: str) -> tuple[re.Match[str] | None, str]:
    """The last comparator verb in *pre* close enough to the number, and the gap after it.
    A one-character verb counts only right before the number (超低排放 is no 超); when
    one stands further off, the verb before it may still govern (完成超低排放改造120万吨)."""
    verbs = [v for v in _VERB.finditer(pre)
             if not pre.startswith(_NOUN_AFTER.get(v.group(), ()), v.end())]
    while verbs:
        last = verbs.pop()
        gap = pre[last.end():]
        if gap.endswith(("、", "和")) and _QUANTITY.search(gap):
            gap = ""  # 分别下降8%、8%: the second value of a list shares the first one's verb
        if gap.strip() and last.group() in _TIGHT_VERBS:
            continue  # (≥ 85%: a space is no gap)
        if ("的" in gap and _QUANTITY.search(gap, 0, gap.rindex("的"))) \
                or (last.group() in _OVER and _QUANTITY.match(gap) is not None):
            # 打造营收超过100亿元的企业5家 / 营收超过100亿元企业5家: the verb bounds the
            # quantity of the attributive phrase, not the count after it
            return None, ""
        if len(gap) > _MAX_GAP:
            return None, ""
        return last, gap.strip(" \t\u3000")
    return None, ""


def _comparator(verb: re.Match[str] | None, gap: str, suffix: str | None) -> Comparator | None:
    cmp = _VERBS[verb.group()] if verb else None
    if gap.endswith(("到", "至")) and cmp in (Comparator.INCREASE, Comparator.DECREASE):
        cmp = Comparator.EQ  # 提高水质优良比例到85%: a level
    level = (None, Comparator.EQ)  # 新增X以上 (新增就业2800人以上): a floor on the count added
    if suffix in ("以上", "及以上", "或以上"):
        # 年均增长7%以上: a floor on the growth (a fall of 10%以上 stays a decrease)
        return Comparator.GE if cmp in level or cmp is Comparator.INCREASE else cmp
    if suffix in ("以下", "及以下", "以内", "之内"):
        return Comparator.LE if cmp in level else cmp
    if suffix in ("左右", "上下") and cmp is None:
        return Comparator.EQ
    return cmp


# After 以上/以下, a noun that the quantity qualifies (35蒸吨以下燃煤锅炉, 10万千瓦以上机组):
# the quantity names which things, the target is elsewhere (淘汰…1200辆以上, 全部淘汰).
_QUALIFIED = re.compile(r"[\u4e00-\u9fff]")
_NOT_QUALIFIED = re.compile(r"的|并|且|和|及|与|或|等|水平|目标|为|是|左右|同比|比|较|以上|以下")
_BOUND_SUFFIXES = ("以上", "及以上", "或以上", "以下", "及以下")


def _noun_at(text: str, pos: int) -> bool:
    """Whether a noun qualified by what stands before *pos* follows it: a Chinese word, not
    one of the words that close or compare (的 / 和 / 左右 / 以上 …, _NOT_QUALIFIED)."""
    return _QUALIFIED.match(text, pos) is not None and _NOT_QUALIFIED.match(text, pos) is None

# A word of "all" opening the scope the bound sits in (覆盖所有城区人口10万以上的市县 /
# 所有日处理能力500吨以上的污水处理厂): the bound, closed by 的, says which things are all
# of them, never how many
_EVERY_SCOPE = re.compile(r"(?:所有|全部|一切)[^，,。；;：:\t的]{0,16}$")


def _qualifier(text: str, m: re.Match[str], cmp: Comparator | None) -> bool:
    """Whether quantity *m* only qualifies the noun after it (淘汰35蒸吨以下燃煤锅炉,
    国三及以下柴油货车): no target of its own. A comparator verb before it (控制在…以下)
    makes it a target whatever follows."""
    if m.group("suf") not in _BOUND_SUFFIXES or cmp not in (None, Comparator.EQ) \
            or m.group("pct") or m.group("fden") or m.group("u2") in ("%", "％", "成", "‰"):
        return False  # 85%以上行政村完成治理: a share of things is the target itself
    if m.group("suf") in ("以上", "及以上", "或以上") and not m.group("u1") \
            and (standard_unit(m.group("u2") or "") in _COUNTED_FLOOR or m.group("u2") == "名"):
        # 建设10个以上特色小镇: at least so many of the things named after it; 名 counts the
        # people named after it (为200万名以上中小学生开展心理健康测评), where 人 may name
        # which places (10万人以上城市)
        return False
    after = m.end()
    if text.startswith("的", after) and _QUALIFIED.match(text, after + 1) is not None \
            and _EVERY_SCOPE.search(text[max(0, m.start() - 20):m.start()]) is not None:
        return True  # 所有城区人口10万以上的市县: the scope of all, not a count
    if _counted_after_de(text, after):
        return True  # 培育年产值10亿元以上的企业20家: which firms; the count after them is the target
    return _noun_at(text, after)


def _counted_after_de(text: str, after: int) -> bool:
    """Whether a bound closed by 的 at *after* qualifies a noun that the clause then counts
    (年产值10亿元以上的企业20家 / 营收超百亿元的企业5家 / 日处理能力5万吨以上的污水厂3座):
    the attributive phrase says which things, the count of them is the target."""
    return text.startswith("的", after) and _noun_at(text, after + 1) \
        and _COUNT_AFTER.match(text, after + 1) is not None


# Counters whose floor counts the things after it (10个以上特色小镇); a floor on households
# or people names which places (20户以上自然村)
_COUNTED_FLOOR = _COUNTERS - {"户"}


# A density per so many people (每万人口拥有执业医师30人 / 每千人拥有社会体育指导员3名): a
# level a plan sets, not a headcount reported
_PER_HEAD = re.compile(r"每[十百千万]?(?:人口|常住人口|人|名)[^，,。；;]{0,4}?拥有")


_OVER = frozenset({"超", "超过", "逾"})
# …企业20家 / …项目5个: a noun, then the count of it, within the clause
_COUNT_AFTER = re.compile(r"[^，,。；;：:\s0-9]{1,10}?(?:达到|达|突破|超过|新增|增加|增至)?[0-9一二三四五六七八九十两]+(?:[.][0-9]+)?[万]?"
                          r"[个家项户座所条台辆艘处套]")
_AIM = re.compile(r"\s*(?:力争|确保|争取|努力|目标[是为:：]?)")
# A clause opening with an act done to households or people (改造农村危房1500户, 培训…2万人,
# 搬迁安置…300户): the count is the work to do, not a headcount reported
_DONE_TO = re.compile(r"\s*(?:全年|今年|年内)?(?:累计)?(?:彻底|全面|切实|有效|着力|帮助)?新?"
                      r"(?:完成|实施|新建|改造|建设|搬迁|安置|培训|资助|救助|帮扶|引进|招引|"
                      r"吸纳|带动|转移|接种|筛查|新增|解决|惠及|培育|促进|扶持|服务|覆盖|援助|对)")
# People counted by the outcome the work brings them to, the count right after it (失业人员
# 再就业5800人 / 支持大学生创业240人 / 农村贫困人口脱贫3000人): how many it is to reach
_OUTCOME_BEFORE = re.compile(r"(?:再就业|实现就业|转移就业|就业|创业|脱贫)$")
# People or households a service is for, counted after 为 and the act after them (为全区
# 23000名老年人提供居家上门服务 / 为1万户家庭安装燃气报警器): how many the act reaches
_FOR_HEADS = re.compile(r"(?:为|给)(?:全[省市县区镇乡州旗]|本[省市县区镇乡]|辖区内?)?$")
_ACT_AFTER = re.compile(r"[^，,。；;]{0,12}?(?:提供|发放|开展|实施|办理|安装|配备|配送|免费|购买|减免|补贴|补助"
                        r"|落实|签约|建立|解决)")
# A subject and its modal before such an act (郑州要新改造…3万户 / 各县区将搬迁安置…300户)
_MODAL_BEFORE = re.compile(r"[^，,。；;：:0-9]{0,10}?(?:要|将|须|必须|计划|拟|力争|争取|确保)(?<!需要)")
# An act done to people or households anywhere before their count, after a subject or a
# frame (改善农牧民居住条件4万户 / 城镇公益性岗位安置就业困难人员6100人 / 慰问困难职工2000人 /
# 免费为农村妇女开展两癌筛查2万人): the count is how many the act reaches, a level
# (因旱需救助人口53560人 / 待安置人员: the people in need of the act, counted, not the act)
_ACT_ON_HEADS = re.compile(r"(?<!需)(?<!需要)(?<!待)(?:改善|慰问|走访|安置|救助|资助|帮扶|培训|筛查|体检|提供|转移|吸纳|带动|惠及|"
                           r"保障|补助|发放|接种|招聘|招录|培养|引进|搬迁|扶持|解决|服务|安排|组织|签约|"
                           r"参保|救治|疏散|实训|培育|新增|完成|援助|促进|(?<!批评)帮助)(?![^，,。；;]{0,12}?(?:人口|人数|户数)[0-9])")
# …but a count stated flat (全县共有农村低保对象3200人 / 参加培训人员300人 / 涉及群众1200户):
# page furniture or a baseline, whatever verb its noun holds
_FLAT_HEADS = re.compile(r"\s*(?:全[省市县区镇乡]|本[省市县区])?(?:共有|现有|尚有|仍有|有|共|合计|总计|其中|"
                         r"参加|参与|涉及|包括|含|覆盖人口|人口|户籍|常住)")
# What may open a clause before its verb: an item's number or a row's first cell (1. / （二） /
# 1<tab>), then time words (年底前 / 到2027年 / 2026年)
_ITEM_OPEN = re.compile(r"\s*(?:[|｜]\s*)?(?:[0-9]{1,3}(?:[.、．)）]|\t|\s*[|｜]| {2,})|[（(][0-9一二三四五六七八九十]{1,3}[)）]|"
                        r"[一二三四五六七八九十]{1,3}、)?\s*")


# The act named after the people it reaches, closing their clause (抓好1万名乡村医生线下培训 /
# 开展5万名40-74周岁居民上消化道癌筛查): the count of 名 is how many the act reaches
_ACT_CLOSES = re.compile(r"(?:培训|筛查|测评|体检|检查|救助|帮扶|慰问|走访|资助|服务|复明手术|"
                         r"(?:再|转移)?就业|创业|安置|搬迁|接种|签约|轮训|实训|研修)(?:工作|任务|活动)?$")
_CLAUSE_REST = re.compile(r"[^，,。；;：:\n]{0,30}")  # the rest of a count's clause, 30 at most


def _heads_then_act(text: str, m: re.Match[str]) -> bool:
    """Whether count *m* is of 名 (people by head) and its clause closes on an act done to
    them (抓好1万名乡村医生线下培训)."""
    if m.group("u2") != "名":
        return False
    rest = _CLAUSE_REST.match(text, m.end())
    return rest is not None and _ACT_CLOSES.search(rest.group()) is not None


def _done_after_modal(text: str, opens: int) -> bool:
    """Whether the clause opening at *opens* names its subject and modal before an act done
    to households or people (郑州要新改造农村卫生厕所3万户)."""
    modal = _MODAL_BEFORE.match(text, opens)
    return modal is not None and _DONE_TO.match(text, modal.end()) is not None


def _opening(text: str, start: int) -> int:
    """Where the clause at *start* has its verb, past its item number and time words
    (年底前累计新改造农村卫生厕所550万户: an act done to households, as without 年底前)."""
    item = _ITEM_OPEN.match(text, start)  # all optional: it always matches
    at = item.end() if item else start
    if text[at:at + 1].isdigit() or text[at:at + 1] in "今明年本当全上下一二三四到至于在截力":
        at += leading_time_words_folded(text[at:at + _LOOK_BACK])
        while text[at:at + 1] in ("，", ",", " "):
            at += 1
    scope = _SCOPE_OPEN.match(text, at)
    return scope.end() if scope is not None else at


# The whole of the jurisdiction a clause speaks for, before its verb (全市力争引进人才2000人 /
# 到2027年，全县新增就业1万人): the clause's verb follows it
_SCOPE_OPEN = re.compile(r"(?:全|我|本)[省市县区州盟旗镇乡](?:上下)?[，,]?")


# A growth named as the goal before a verb of level (增长目标为 / 预期增长目标设定为): the
# value is the growth, not a level
_GROWTH_GOAL = re.compile(r"(?:增长|增幅)(?:预期)?(?:目标|预期)(?:值)?(?:设定|确定|调整)?$")


# A change named right after its figure (实现8%的增长 / 10%以上的下降); not 涨幅 / 增幅, a
# rate read as a level (R6)
_CHANGE_AFTER = re.compile(r"的?(?:增长|(?P<fall>下降|降低|减少))(?![率点极])")


# A measure counted in years or months (平均受教育年限 / 预期寿命 / 审批时长): a time unit
# after it is its value, not time words
_DURATION = re.compile(r"年限|寿命|时长|周期|工期|年数|时限|时间|用时")
_MAX_DURATION = 200


def _suffix_of(m: re.Match[str]) -> str | None:
    return m.group("suf") or m.group("more") or m.group("more2")


def _quantity_target(text: str, m: re.Match[str]) -> TargetMatch | None:
    read = _number(m)
    if read is None:
        return None
    value, chinese = read
    if chinese and text[m.start() - 1:m.start()] == "国":
        return None  # 国三, 国六: an emission standard's name, not a number
    if text[max(0, m.start() - 1):m.start()] in ("由", "从") and _VERB.match(text, m.end()):
        return None  # 由40.5%提高到42%: the base the level starts from, not the target
    unit, value = _unit_and_value(m, value)
    written_unit = m.group("u1") or m.group("u2")
    if unit is None and m.group("sc"):
        implied = _implied_unit(m, text[_clause_start(text, m.start()):m.start()],
                                text[m.end():m.end() + 8])
        if implied is not None:  # the figure as written, its scale in the unit
            unit, value = implied, read[0]
    if written_unit in _TIME_UNITS and not (
            (_DURATION.search(text, _clause_start(text, m.start()), m.start())
             and isinstance(value, float) and value < _MAX_DURATION)
            or (written_unit == "年"
                and _IN_YEARS.search(text, max(0, m.start() - _LOOK_BACK), m.start()))):
        return None  # 2025年, 3个月: time words, not a value (平均受教育年限11.5年 is one)
    if written_unit == "年":
        unit = "年"
    if unit is None and text[m.end():m.end() + 1].isascii() and text[m.end():m.end() + 1].isalpha():
        return None  # 5G, 4A级: part of a name
    if chinese and unit is None and not _suffix_of(m) and "\u4e00" <= text[m.end():m.end() + 1] <= "\u9fff":
        return None  # 六麻河, 三峡, 五里牌: a numeral inside a name (a count takes its measure word)
    if text[m.end():m.end() + 1] == "级":
        return None  # 千亿级产业集群 / 二级标准: a grade named, not a quantity
    start = _clause_start(text, m.start())
    verb, gap = _verb_before(text[start:m.start()])
    suffix = m.group("suf")
    if suffix is None and verb is not None and not m.group("more") and not m.group("more2"):
        suffix = _list_bound(text, m.end())
    named_unit = name = None
    cumulative = text[m.start() - 1:m.start()] in _CUMULATIVE_OPEN \
        and text[m.end():m.end() + 1] in _CUMULATIVE_CLOSE
    if not cumulative and m.start() >= 2 and text[m.start() - 1] in "(（" \
            and text[m.start() - 2] in _CELL_EDGE and text[m.end():m.end() + 1] in ")）":
        cumulative = True  # 排放降低 | （18）: a cell of its own in round brackets, as 〔18〕
    if unit is None and (cumulative or text[m.start() - 1:m.start()] in _AFTER_NAME):
        # 森林覆盖率（%） 65 / 收集率(%)≥70: the unit stands in the name before the value
        # (浓度下降（%） | 〔18〕: a plan's cumulative change over its period, bracketed)
        name = _VALUE_CELLS.sub("", text[start:m.start()].rstrip(_AFTER_NAME[2:] + _CUMULATIVE_OPEN
                                                              + ("(（" if cumulative else "")))
        named_unit = _UNIT_NOTE.search(name)
        unit = read_unit(named_unit.group(1)) if named_unit else None
    row = _row_cells(text[start:m.start()]) if _cell_hint(text, start, m.start()) else None
    if row is not None:
        # 城镇新增就业 | 万人 | 5.2 / 提高农村低保标准 | 元/年/人 | 不低于3700元: the unit
        # cell names the value's unit (a unit written with the value is its head: 元 of
        # 元/年/人); with the unit cell empty, a count named in the name cell says what the
        # value counts (新建1500个行政村4G基站 | | 68: 个)
        cut, cell_unit, empty = row
        if cell_unit is not None and (unit is None or cell_unit.startswith(unit + "/")):
            unit, name = cell_unit, text[start:start + cut]
        elif unit is None and not m.group("pct"):
            name = text[start:start + cut]
            unit = counted_in(name)
        if unit is None and not empty and cell_unit is None:
            row = None  # a bare number after a name, no unit column: no value of the row
    if unit is None and not m.group("sc"):
        shared = _SHARED_UNIT.match(text, m.end())
        if shared is not None:  # 分别不高于53和32微克/立方米: the unit after the last one
            nxt = _QUANTITY.match(text, shared.end())
            if nxt is not None and (nxt.group("u1") or nxt.group("u2") or nxt.group("pct")):
                unit = _unit_and_value(nxt, value)[0]
    if (unit is None or written_unit in _RATIOS) and not (verb and not gap) and not suffix \
            and row is None:
        return None  # a bare number needs a verb right before it (指数达到0.85; 按1:1配套)
    if _qualifier(text, m, _VERBS[verb.group()] if verb else None):
        return None
    if verb is not None and not gap and not suffix \
            and ((verb.group() in _OVER and _noun_at(text, m.end()) and _COUNT_AFTER.match(text, m.end()))
                 or _counted_after_de(text, m.end())):
        # 培育营收超10亿元企业20家 / 打造营收超百亿元的企业5家 / 产值达到10亿元的企业5家:
        # which firms; the count after them is the target
        return None
    if written_unit in _MINUTES and _NAMED_CIRCLE.match(text, m.end()):
        return None  # 15分钟生活圈 / 1小时经济圈: the name of a reach, not a time to meet
    if _is_counter(unit) and _SCOPE_COUNT.match(text, m.end()):
        return None  # 对15个乡镇的30个村开展整治: the first count says where, the second how many
    if _scope_before_count(text, m):
        return None  # 3个街道33个行政村 / 2500余公里3460个入河排污口: where, then how many
    if unit in _AGES and (verb is None or verb.group() in ("为", "是")) and row is None:
        return None  # 0—3岁婴幼儿: whose ages, not a level (预期寿命达到80岁 is one)
    cmp = _comparator(verb, gap, suffix)
    flat_cell = cmp is None and row is not None
    if flat_cell:
        cmp = Comparator.EQ  # a value a table states in its own cell: the level set
    if cmp is Comparator.INCREASE and gap and (_is_counter(unit) or unit in _HEADCOUNTS) \
            and not gap.endswith(("到", "至")):
        # (巩固提升农村饮水安全 | 农林水务局 | 1300人: how many people the act serves)
        # 新建和改造提升5G基站1200座 / 整治提升黑臭水体30条: the verb takes the things as its
        # object and the count says how many are done, a level (增长8% / 增加3个 by an amount
        # right after the verb stay increases)
        cmp = Comparator.EQ
    if cmp in (None, Comparator.EQ) and verb is not None \
            and _GROWTH_GOAL.search(text, start, start + verb.start()):
        cmp = Comparator.INCREASE  # GDP增长目标设定为5%左右: the growth is the target
    change = _CHANGE_AFTER.match(text, m.end()) if m.group("pct") or unit in ("%", "个百分点") else None
    if change is not None and cmp in (None, Comparator.EQ, Comparator.GE):
        # 实现8%的增长 / 保持7%左右的增长 / 实现10%以上增长: the growth named after the figure is
        # what it measures (a floor with 以上, as 增长10%以上 is); 实现5%以上的下降 is a fall
        if change.group("fall"):
            cmp = Comparator.DECREASE
        elif cmp is not Comparator.GE:
            cmp = Comparator.INCREASE
    if cmp is Comparator.EQ and verb is not None:
        floor = _FLOOR_WORD.search(text, max(start, start + verb.start() - 3), start + verb.start())
        if floor is not None:  # 至少达到85% / 最多达到3次: a floor or a ceiling, not a level
            cmp = Comparator.LE if floor.group() in ("最多", "最高") else Comparator.GE
    if cmp is Comparator.INCREASE and verb is not None \
            and _ACT_BEFORE.search(text, max(start, start + verb.start() - 2),
                                   start + verb.start()) is not None:
        cmp = Comparator.EQ  # 省道改造提升15公里: 改造提升 is one act, the length it takes
    if cmp is Comparator.INCREASE and not gap and unit in _COUNTERS \
            and _noun_at(text, m.end()):
        cmp = Comparator.EQ  # 改造提升200个老旧小区: how many things the act takes, a level
    if cmp is Comparator.INCREASE and verb is not None and verb.group() == "提升" \
            and unit in _EXTENTS and (gap or _noun_at(text, m.end())):
        # 提升 (upgrade) takes things as its object, named before or after their extent
        # (整体提升两江四岸美丽滨江线20公里 / 巩固提升80万亩蔬菜应急保供基地 / 提升改造农村
        # 公路500公里): how much of them is upgraded, a level (提高粮食产量10万吨 / 增加造林
        # 面积10万亩, an amount added, stay increases)
        cmp = Comparator.EQ
    if cmp is Comparator.GE and verb is not None and verb.group() in _FLOOR_VERBS \
            and _FALL_BEFORE.search(text, max(start, start + verb.start() - 4),
                                    start + verb.start()) is not None:
        cmp = Comparator.DECREASE  # 下降不少于41%: a floor on a fall is a fall (as 下降41%以上)
    if value == 0 and (cmp is Comparator.EQ or (cmp is Comparator.LE and verb is None)):
        # 重度及以上污染天数为0 / 劣V类水体比例降至0: none left (控制在0天 / 不超过0 are
        # ceilings as written, <= 0)
        cmp = Comparator.ZERO
    if (m.group("more") or m.group("more2")) and cmp in (None, Comparator.EQ):
        cmp = Comparator.GE  # 1200余家 / 30多个: more than the number
    if isinstance(value, tuple) and cmp is None:
        # 培育8—10个百亿企业 / 建成5至6个: a band stated flat is a level within the band
        # (its value [low, high]); a verb or 以上/以下 gives its own comparator
        cmp = Comparator.EQ
    if cumulative and name is not None and cmp in (None, Comparator.EQ):
        # 〔18〕 in a plan's table: the change over the period, down when the name says so
        cmp = Comparator.DECREASE if _DOWN_NAME.search(name) else Comparator.INCREASE
    if cmp in (None, Comparator.EQ) and unit in _TASK_COUNTERS:
        # 圆满办好15件民生实事 / 7项整改任务年底前全部完成: every one done (FULL);
        # 办好十件实事 / 7项整改任务年底前完成: how many to deliver (EQ)
        cmp = _tasks_done(text, start, m) or cmp
    elif cmp in (None, Comparator.EQ) and _DONE_IN_FULL_CUE.search(text, start, m.start()) \
            and _DONE_IN_FULL.search(text, start, m.start()):
        cmp = Comparator.FULL  # 彻底解决3个村1.2万人饮水问题 / 全部完成12个问题整改: all of them
    elif cmp in (None, Comparator.EQ) and ("全部" in text or "全数" in text) \
            and _ALL_DONE_AFTER.match(text, m.end()):
        cmp = Comparator.FULL  # 36个问题全部整改到位 / 285个项目全部开工: all of them
    stated = cmp is not None and not (flat_cell and cmp is Comparator.EQ)
    if chinese and (cmp is None or (value == 1 and unit not in _TIMES)) \
            and unit in _COUNTERS | {None} \
            and not (unit not in _NAMING_COUNTERS and isinstance(value, float) and value > _FEW):
        # 一个中心, 三个方面, 十项行动, 二十条措施: counting words and names, not targets
        # (建设一百个示范区 is one)
        return None
    # (a row's cells of values before this one are no part of the metric's name)
    before = name if name is not None else text[start:m.start()]
    if verb is not None and gap.startswith("每"):
        # 设施面积达到每百户30平方米: the measured thing before the verb, per what after it
        metric = _clean_metric(before[:verb.start()])
        metric = metric + gap if metric else None
    elif verb is not None and gap:  # 新增造林10万亩: the verb and its object name the metric
        metric = _clean_metric(before.rstrip("到至"))
    elif verb is not None and verb.group() == "新增":  # 森林面积新增2万亩: the area added
        metric = _clean_metric(before[:verb.end()])
    else:
        metric = _clean_metric(before[:verb.start()] if verb else before)
    end = m.end()
    if named_unit is not None and metric:
        noted = _UNIT_NOTE.search(metric)
        if noted is not None:
            metric = metric[:noted.start()].rstrip() or None
    label_at = -1
    if metric is None and start > 0 and text[start - 1] in "：:":
        # 森林覆盖率：45% / PM2.5平均浓度：控制在30微克/立方米以下: a cell or list item that
        # names the metric as a label before its value
        label_at = _clause_start(text, start - 1)
        metric = _clean_metric(text[label_at:start - 1])
        if metric is not None and _GENERIC_LABEL.fullmatch(metric):
            metric = None  # 目标值：85%: the label says what the figure is, not what it measures
    act_at = -1
    act = None
    if metric is not None and _is_counter(unit) and _BARE_ACT.fullmatch(metric):
        # 建设500处生态保育小区: the verb names no metric, the things after it do (the
        # target still opens at the verb)
        act_at, act, metric = text.find(metric, start, m.start()), metric, None
    if metric is None and (_is_counter(unit) or unit in _HEADCOUNTS):
        # 建成5个污水处理厂 / 促进2500名登记失业青年就业: the counted things or people follow
        metric, end = _metric_after(text, end)
        if metric is None and act is not None:
            metric = act  # 开工建设200部 (nothing named after the count): the act is the metric
    elif metric is None and unit == "%" and text[end:end + 1] == "的":
        # 实现95%的行政村生活垃圾得到治理: the share of the things that follow
        metric, end = _metric_after(text, end + 1)
    if cmp is None:
        opens = _opening(text, start) if unit in _HEADCOUNTS else start
        aimed = unit in _HEADCOUNTS and (_AIM.match(text, opens) is not None
                                         or _DONE_TO.match(text, opens) is not None
                                         or _done_after_modal(text, opens)
                                         or _PER_HEAD.search(text, start, m.start()) is not None
                                         or ((_ACT_ON_HEADS.search(text, opens, m.start()) is not None
                                              or _OUTCOME_BEFORE.search(text, opens, m.start()) is not None
                                              or (_FOR_HEADS.search(text, opens, m.start()) is not None
                                                  and _ACT_AFTER.match(text, m.end()) is not None)
                                              or _heads_then_act(text, m))
                                             and _FLAT_HEADS.match(text, opens) is None))
        if metric is None or value == 0 or (unit in _HEADCOUNTS and not aimed):
            # 0人参与: a count stated flat is page furniture, not a level (力争引进人才
            # 20万人 aims at one)
            return None
        cmp = Comparator.EQ  # PM2.5平均浓度25微克每立方米: a level stated flat
    begin = text.find(metric, start if label_at < 0 else label_at, m.start()) if metric else -1
    if begin < 0:
        begin = act_at if act_at >= 0 else start + verb.start() if verb else m.start()
    if unit is None and metric and not m.group("sc") and metric.endswith(_COUNTED):
        unit = metric[-2]  # 重度及以上污染天数为0: a count of days, 0 天
    elif unit is None and metric and not m.group("sc") and _SHARE.search(metric) \
            and not _NOT_SHARE.search(metric) and not isinstance(value, tuple) \
            and verb is not None and not gap:
        unit = "%"  # 劣V类水体比例降至0 / 森林覆盖率达到24.1: a share is counted in %
    if unit in _DAILY_UNITS and metric and _DAILY.search(metric):
        unit = standard_unit(unit + "/日")  # 污水日处理能力达到10万立方米: a capacity per day
    return TargetMatch(begin, end, metric, cmp, value, unit, stated, row is not None)


# A row's cell that is empty or marks no entry (- / — / ／)
_EMPTY_CELL = re.compile(r"[\s\-—–/／]*")
# A cell holding a value only (a base value before the target: 76.7 / 〔18〕 / >80)
_VALUE_CELL = re.compile(r"[\s.,%％≥≤≧≦<>=＜＞~～\-—–〔〕【】［］\[\]]*[0-9][\s0-9.,%％≥≤≧≦<>=＜＞~～\-—–〔〕【】［］\[\]]*")
_MAX_UNIT_CELL = 10  # 元/月/人, 万吨标准煤, 微克/立方米: a unit cell is short


def _row_cells(before: str) -> tuple[int, str | None, bool] | None:
    """A value standing in a cell of its own, after the cells of its row in *before*
    (名称 | 单位 | 目标值, 指标 | 基期 | 目标): where the cell naming the unit starts
    (else where the cells before the value end), the unit it reads as, and whether an
    empty cell stands between the name and the value. None when the value shares its
    cell with words (a count within the name cell) or opens the row (its number)."""
    seps = list(_CELL_SEP.finditer(before))
    if not seps:
        return None
    own = before[seps[-1].end():]
    if own.strip() and _VALUE_OPEN.fullmatch(own) is None:
        return None  # 新建7000个贫困自然村: the count is part of the name cell
    empty = False
    for k in range(len(seps) - 1, -1, -1):
        cell_start = seps[k - 1].end() if k else 0
        cell = before[cell_start:seps[k].start()].strip()
        if _EMPTY_CELL.fullmatch(cell):
            empty = True
            continue
        if _VALUE_CELL.fullmatch(cell):
            continue  # the base value before the target
        unit = read_unit(cell) if len(cell) <= _MAX_UNIT_CELL else None
        if unit is not None:
            return cell_start, unit, empty
        return seps[k].start(), None, empty
    return None


# What may open a value's own cell before its number (不低于60元, ≥95, 约5.5)
_VALUE_OPEN = re.compile(rf"\s*(?:约|力争|确保|目标)?\s*(?:累计|年均|合计)?\s*(?:{_VERB.pattern})?\s*[〔【［\[(（]?\s*")


def _counted_in(name: str) -> str | None:
    """The counter of the last count a name cell states (新建1500个行政村4G基站 → 个,
    改建农村户用厕所100万户以上 → 户): what a bare value in the row's own cell counts, in
    units (the row's value is this place's share, written without the name's 万/亿)."""
    unit = None
    for q in _QUANTITY.finditer(name):
        written = q.group("u2") or (q.group("u1") or "").lstrip("万亿")  # (100万户: 户)
        if written and not q.group("per") and standard_unit(written) in _COUNTERS:
            unit = standard_unit(written)
    return unit


# People a task cell names as what it serves or counts (新增城镇就业 | 人社局 | 8950 /
# 农村适龄妇女两癌免费检查 | | 93215): a bare value counts them, in 人, unless a place or
# facility named after them is what is counted (残疾人康复机构)
_HEADS_NAMED = re.compile(r"(?:就业|人口|人数|人才|劳动力|农民工|农民|毕业生|学生|群众|居民|职工|妇女|儿童|老人|孕产妇)"
                          r"(?P<rest>[^\t|｜]{0,12})$")
_COUNTED_PLACE = re.compile(r"机构|中心|站|所|院|园|校|基地|设施|床|项目|工程|村|户|家|个|座|岗位|平台|"
                            r"合作社|企业|组织|协会|队伍|公寓|宿舍|住房")


def _unit_of_cells(name: str) -> str | None:
    """The unit a row's cells before a bare value give it: a unit noted at the end of a
    cell (建设农村公办幼儿园（所） → 所, 棚户区改造（户） → 户), else people the task names."""
    cells = [c.strip() for c in _CELL_SEP.split(name) if c.strip()]
    for cell in cells:
        noted = _UNIT_NOTE.search(cell)
        if noted is None or noted.start() == 0:
            continue
        written = noted.group(1).strip()
        unit = read_unit(written)
        if unit is None and len(written) == 1 and _is_counter(written):
            unit = written  # an open measure word (（部）/（栋）)
        if unit is not None:
            return unit
    task = cells[0] if cells else ""
    if task[:1].isdigit() and len(cells) > 1:
        task = cells[1]  # (1 | 新增城镇就业 | …: the row's number first)
    heads = _HEADS_NAMED.search(task)
    if heads is not None and _COUNTED_PLACE.search(heads.group("rest")) is None:
        return "人"
    return None


def counted_in(name: str) -> str | None:
    """What a bare value in a table row counts, for the readers of tables
    (indicator_table.py): the counter of the name cell's last count, else the unit its
    cells note or the people its task names."""
    return _counted_in(name) or _unit_of_cells(name)


# A verb of fall right before a floor (下降不少于 / 降低不低于 / 减少至少)
_FLOOR_VERBS = frozenset({"不少于", "不低于", "至少", "不小于", "超过", "不得少于", "不得低于"})
# Units of length and area: how much of a road, a shore or a farmland an act takes
_EXTENTS = frozenset({"公里", "千米", "米", "万亩", "亩", "公顷", "万公顷", "平方公里", "万平方米", "平方米"})
_FALL_BEFORE = re.compile(r"(?:下降|降低|减少|削减|压减|压降|减排)(?:幅度|比例)?$")
# An act verb fused with the verb of increase after it (改造提升 / 整治提升 / 优化提升)
_ACT_BEFORE = re.compile(r"(?:改造|整治|建设|新建|修复|治理|优化|升级|改建|扩建)$")
# 15分钟生活圈 / 半小时通勤圈: a reach named by the time it takes
_MINUTES = frozenset({"分钟", "小时"})
_NAMED_CIRCLE = re.compile(r"[^，,。；;、\d]{0,6}圈")
# An adverb of bound right before a verb of level (至少达到 / 最低达到 / 最多达到)
_FLOOR_WORD = re.compile(r"(?:至少|最低|起码|最少|最多|最高)(?:要|应|能|可|将)?$")  # (read in the 3 before)
# A count of places whose things are counted next (15个乡镇的30个村)
_SCOPE_COUNT = re.compile(r"[\u4e00-\u9fff]{1,8}的[0-9一二三四五六七八九十两]")
_NEXT_COUNT = re.compile(r"[和及与、]?[0-9]")
_BARE_ACT = re.compile(r"(?:新建|建设|建成|改造|培育|创建|打造|认定|争创|引进|招引|开工|设立|组建|整治|治理)+")
# Labels that say what kind of figure follows, not what it measures (目标值：85%)
_GENERIC_LABEL = re.compile(r"(?:[0-9]{4}年)?(?:目标|指标|预期|计划|任务|基期|现状|规划)?(?:值|数|数值|目标|指标)?|"
                            r"目标任务|工作目标|主要目标|预期目标|完成情况|进展情况|备注")


# A metric counted in years (平均受教育年限, 使用年限): its figure in 年 is a value
_IN_YEARS = re.compile(r"年限[^，,。；;]{0,6}$")
_RATIOS = frozenset({"∶1", ":1"})  # 收入比控制在2.2∶1以内: a ratio to one, in 倍


# A capacity counted per day in its name (日处理能力 / 日供水规模): its volume is per day
_DAILY = re.compile(r"日(?:均)?(?:处理|供水|污水处理|产|生产|输送|调水|输水|焚烧处理)?(?:能力|规模)")
_DAILY_UNITS = frozenset({"万立方米", "立方米", "万吨", "吨"})


# A metric that counts what its name says (天数, 人数, 次数 …): a bare number in that unit
_COUNTED = ("天数", "人数", "次数", "户数", "家数", "个数")
# A share named by the metric (…比例 / …比重 / …覆盖率): its bare figure is a percentage;
# ratios that are not shares (容积率 1.5, 汇率 6.9, 功率) keep none
_SHARE = re.compile(r"(?:比例|比重|占比|[\u4e00-\u9fff]率)$")
_NOT_SHARE = re.compile(r"(?:容积|功|频|汇|倍|效|速|税|利|费|概|周转|系数)率$")


_END_VALUES: dict[str, tuple[Comparator, Value, str | None]] = {
    "zero": (Comparator.ZERO, None, None),
    "full": (Comparator.FULL, None, None),
    "double": (Comparator.INCREASE, 100.0, "%"),
    "triple": (Comparator.INCREASE, 300.0, "%"),
    "half": (Comparator.DECREASE, 50.0, "%"),
}


def _end_state_target(text: str, m: re.Match[str]) -> TargetMatch:
    kind = m.lastgroup or "zero"
    cmp, value, unit = _END_VALUES[kind]
    follows = text[m.end():m.end() + 1]
    if m.group() in _VERB_OBJECT and follows and follows not in _BREAK_CHARS + "、":
        # 消除劣五类水体: the object follows the verb (not in 重污染天气消除、…)
        metric, end = _metric_after(text, m.end())
        if metric:
            return TargetMatch(m.start(), end, metric, cmp, value, unit)
    start = _clause_start(text, m.start())
    metric = _clean_metric(text[start:m.start()])
    begin = text.rfind(metric, start, m.start()) if metric else m.start()
    return TargetMatch(begin, m.end(), metric, cmp, value, unit)


_SHARED_UNIT = re.compile(r"\s*[和、及与]\s*(?=[0-9])")
_MAX_LISTED = 6  # values in one list (分别达到A、B、C …)


def _list_bound(text: str, pos: int) -> str | None:
    """The bound word (以上 / 以下 / 左右 …) closing a list of bare values that the value
    ending at *pos* opens (分别增长6%、9%以上 / 分别控制在60、35微克/立方米以下): it holds
    for every value of the list, unless the last value only names which things (5000万元、
    1亿元以上项目)."""
    for _ in range(_MAX_LISTED):
        joint = _SHARED_UNIT.match(text, pos)
        if joint is None:
            return None
        nxt = _QUANTITY.match(text, joint.end())
        if nxt is None or nxt.end() == joint.end():
            return None
        if nxt.group("suf"):
            return None if _noun_at(text, nxt.end()) else nxt.group("suf")
        pos = nxt.end()
    return None
_AFTER_NAME = "）) \t\u3000≥≤≧≦<>=＜＞"  # what may stand between a name's （unit） and its value
_CUMULATIVE_OPEN = "〔【［["  # 〔18〕: a plan's change over its whole period
_CUMULATIVE_CLOSE = "〕】］]"
_CELL_EDGE = "\t|｜ \u3000"  # what stands right before a cell's first character
_DOWN_NAME = re.compile(r"下降|降低|减少|削减|压减")
# A row of a table: the cells of values before this one (基期 76.7 | 目标 >80) stand between
# the name's （unit） and the value
_VALUE_CELLS = re.compile(r"(?:\t[0-9.%<>≥≤≧≦~～\-—\s]*)+$")
_UNIT_NOTE = re.compile(r"[（(]\s*([^（）()]{1,8}?)\s*[）)]$")
_END_STATE_CUE = needs(_END_STATE)
_QUOTED = re.compile(r"“[^“”]{1,12}”")


def find_targets(text: str) -> list[TargetMatch]:
    """Every target in *text*, in order of position."""
    norm = fold(text)
    found: list[TargetMatch] = []
    # (a quick test first: most clauses hold no end-state word)
    for m in _END_STATE.finditer(norm) if _END_STATE_CUE.search(norm) else ():
        found.append(_end_state_target(norm, m))
    for m in _EVERY_END.finditer(norm) if "尽" in norm else ():
        found.append(_end_state_target(norm, m))
    quoted = [(q.start(), q.end()) for q in _QUOTED.finditer(norm)] if "“" in norm else []
    opens = [a for a, _ in quoted]  # in order and apart: the last one opened before decides
    for m in _QUANTITY.finditer(norm):
        at = m.start()
        k = bisect.bisect_left(opens, at) - 1
        if k >= 0 and at < quoted[k][1] \
                and not (at == quoted[k][0] + 1 and norm[at].isdigit() and m.group("u2") in _COUNTERS
                         and _DONE_VERB.search(norm, _clause_start(norm, at - 1), at - 1)):
            # “六个百分之百”: a numeral inside a quoted name is no quantity; a count in digits
            # opening the quote that a verb of completion takes counts what it names
            # (完成“30项民生实事”; 紧扣“30项民生实事” only names the programme)
            continue
        hit = _quantity_target(norm, m)
        if hit is not None:
            found.append(hit)
    found.sort(key=lambda t: (t.start, t.end))
    if len(found) > 1 and _cell_hint(norm):
        found = _drop_base_cells(norm, found)
        if any(t.cell for t in found):
            found = _drop_name_counts(norm, found)
    if norm == text:
        return found  # nothing was folded: the metrics are already as written
    return [_as_written(text, norm, t) for t in found]


_NEXT_VALUE_CELL = re.compile(r"[^\t\n|｜]{0,12}?(?:\t|\s*[|｜]\s*| {2,}|\u3000+)\s*[≥≤≧≦<>=＜＞]?\s*[0-9]")


def _drop_base_cells(text: str, found: list[TargetMatch]) -> list[TargetMatch]:
    """A row of cells (指标(%) | 45.31 | 46.3): a value whose next cell holds another
    value is the base; the last one is the target."""
    keep = []
    for hit in found:
        end = len(text[:hit.end].rstrip(" \t|｜\u3000"))  # the quantity may have taken the tab after it
        nxt = _NEXT_VALUE_CELL.match(text, end)
        base = nxt is not None and _cell_hint(text, max(0, hit.start - 30), end) is not None \
            and any(other.end >= nxt.end() for other in found)
        if not base:
            keep.append(hit)
    return keep or found


def _drop_name_counts(text: str, found: list[TargetMatch]) -> list[TargetMatch]:
    """A row whose value stands in a cell of its own (减少大班额1.4万个以上 | | 869): the
    counts within the cells before it name the task, the value cell states the target."""
    first = min(_last_sep(text, t.end) for t in found if t.cell)
    return [t for t in found if t.cell or t.end > first]


def _last_sep(text: str, end: int) -> int:
    """Where the last cell separator before *end* starts (-1 when none)."""
    last = -1
    for sep in _CELL_SEP.finditer(text, 0, end):
        last = sep.start()
    return last


def _as_written(text: str, norm: str, hit: TargetMatch) -> TargetMatch:
    """The metric in the original characters (the match ran on folded text)."""
    if hit.metric is None:
        return hit
    pos = norm.find(hit.metric, hit.start, hit.end)
    return replace(hit, metric=text[pos:pos + len(hit.metric)]) if pos >= 0 else hit


def parse_target(text: str) -> Target | None:
    """The single target of a clause: the first with a value, else the first at all."""
    return pick_target(find_targets(text))


def pick_target(found: list[TargetMatch]) -> Target | None:
    """The target a clause states among those found in it (see :func:`parse_target`): the
    first with a value whose comparator is written (推动3个园区污水处理率达到100% → 100 %,
    not the 3 parks counted), else the first with a value, else the first at all."""
    if not found:
        return None
    valued = [t for t in found if t.value is not None]
    stated = [t for t in valued if t.stated]
    if not stated and valued and not any(t.cell for t in valued):
        ends = [t for t in found if t.value is None and t.stated
                and t.comparator in (Comparator.ZERO, Comparator.FULL)]
        if ends:
            # …电厂15公里供热半径范围内的燃煤锅炉全部关停: a figure stated flat names
            # which things; the end state written with its verb is the target
            return ends[0].as_target()
    if not stated and len(valued) > 1 and _is_counter(valued[0].unit) \
            and not _is_counter(valued[1].unit) \
            and not (valued[1].metric or "").endswith(valued[0].unit or "\0"):
        # (新开工49个、256万平方米: a list of one act's amounts, the first leads)
        # 18个城市水源地水质优良率100%: the opening count says which things, the level
        # stated after the metric is the target
        return valued[1].as_target()
    return (stated or valued or found)[0].as_target()


# A list of measures with a list of values after 分别 / 依次 (生活垃圾无害化处理率、生活污水
# 处理率分别达到97.8%、96.8% / 城镇和农村居民人均可支配收入分别增长6%、9%以上): each measure
# its own value, in order
_RESPECTIVELY = re.compile(r"分别|依次")
_NAME_JOINT = re.compile(r"[、和及与]")
_NEXT_IN_LIST = re.compile(r"\s*[和、及与]\s*")
# the word a measure's name ends on (…率 / …比例 / …收入 / …总量): a name of its own, not a
# modifier sharing the next name's head (城镇和农村居民人均可支配收入: 城镇 shares 居民…收入)
_CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")
_PARALLEL = 2
_MEASURE_END = re.compile(r"(?:[率量额值数度]|比例|比重|收入|投资|产值|浓度|面积|指数|能耗|排放|产量|规模|总额|人次)$")


def paired_targets(text: str) -> list[Target] | None:
    """The targets of a list of measures with their list of values after 分别 (two or
    more), in order, each with its own measure's name; None when *text* holds no such list."""
    norm = fold(text)
    said = _RESPECTIVELY.search(norm)
    if said is None:
        return None
    found = sorted((t for t in find_targets(norm) if t.value is not None and t.end > said.end()),
                   key=lambda t: t.end)
    if len(found) < 2:
        return None
    chain = [found[0]]
    for t in found[1:]:
        joint = _NEXT_IN_LIST.match(norm, chain[-1].end)
        if joint is None or joint.end() == chain[-1].end or not norm[joint.end():t.end][:1].isdigit():
            break
        chain.append(t)
    if len(chain) < 2:
        return None
    subject = _clean_metric(norm[_clause_start(norm, said.start()):said.start()]) or ""
    names = _list_names(subject, len(chain))
    return [Target(metric=names[i], comparator=t.comparator, value=t.value, unit=t.unit)
            for i, t in enumerate(chain)]


def _list_names(subject: str, k: int) -> list[str | None]:
    """The name of each of *k* measures a subject lists (A、B / A和B / 城镇和农村居民收入 →
    城镇居民收入, 农村居民收入); the whole subject for each when it lists another number."""
    names = [n.strip() for n in _NAME_JOINT.split(subject) if n.strip()] if subject else []
    if len(names) != k:
        return [subject or None] * k
    last = names[-1]
    out: list[str | None] = []
    for name in names[:-1]:
        # the two characters that open the last name stand for the two that close this
        # one (城镇 | 农村居民人均可支配收入, 地表水国控 | 省控断面水质优良比例): the rest of
        # the last name is the head both share (not PM10 | PM2.5平均浓度)
        head = last[_PARALLEL:]
        if not _MEASURE_END.search(name) and len(head) > 1 and _CJK_ONLY.fullmatch(name + last):
            name = name + head
        out.append(name)
    return [*out, last]
