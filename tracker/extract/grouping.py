"""Join neighbouring clause suggestions of one sentence into the unit a reader records.

Chinese policy prose strings measures together with commas; a register entry is one
clause when the clause is a complete measure with a concrete object (建成X平台), and a
clause pair when one half only qualifies the other (a clause without a concrete object,
or two short halves of one measure: 健全X制度，推动Y转向Z). Two clauses that each name
their deliverable (实施X工程，建立Y体系), or that each open with a verb of action and its
object (扎实推进X工作，实施Y工程), stay two entries. Two clauses that each
carry their own target or time words stay apart (unless one is a fragment of a few
characters: 消除劣Ⅴ类 / 2024年10月底前完工), and past results stay apart from commitments.
A clause that opens with a verb of delivery and names what it delivers (打通X内环路，增加Y
外环路 / …覆盖率达到80%，年底前消灭垃圾河) is an outcome of its own: it joins nothing before it.
"""

from __future__ import annotations

import copy
import re
from typing import TYPE_CHECKING

from tracker.extract.fold import fold
from tracker.extract.screen import needing

if TYPE_CHECKING:
    from tracker.extract.pipeline import Suggestion

WEAK = 0.5        # below this confidence a clause has no concrete object of its own
MAX_WEAK = 48     # a weak clause joins its neighbour while the pair stays this short
MAX_PAIR = 40     # two complete clauses join while the pair stays this short
NAMED = 0.75      # from this confidence a clause names its deliverable (X工程, X平台): alone
FRAGMENT = 5      # a target this short (消除劣Ⅴ类) is a fragment of its neighbour's entry
RANK = {"target": 0, "deadline": 1, "deliverable": 2, "duty": 3}


def merge(text: str, a: Suggestion, b: Suggestion) -> Suggestion:
    """One suggestion spanning *a* to *b*; its kind is the stronger of the two."""
    kind = min(a.kind, b.kind, key=RANK.__getitem__)
    out = copy.copy(a)  # a plain dataclass: a shallow copy, fields then set (cheaper than replace)
    out.end, out.quote, out.kind = b.end, text[a.start:b.end], kind
    out.deadline, out.target = a.deadline or b.deadline, a.target or b.target
    out.confidence = max(a.confidence, b.confidence)
    if not a.responsible and b.responsible:
        # 对重点问题整改落实情况，省整改办将及时调度…: a topic fronted before the clause whose
        # subject answers for the whole
        out.responsible, out.own_bodies = b.responsible, b.own_bodies
    return out


# A clause opened by how often it is done (每季度报送… / 并于每季度末向市政府报告…): a
# recurring duty of its own, checked by its own records.
_EVERY = needing(r"^(?:并|并且|同时)?(?:于|在)?每(?:年|半年|季度?|月|旬|周|日|天)")


# A clause that opens a further commitment of its own (…，并报市政府备案 / …，同时对X进行Y /
# …，确保完成全年目标任务): by the definition page a sentence with two separately checkable
# commitments is two records, and the corpus opens a record at such a clause (dev gold: 9
# records open with 并/同时, 4 carry one inside; 46 open with 确保, 2 carry one). Not 并重 /
# 并举 / 并网 … (words of their own), nor a 确保 that only restates the bound of the measure
# before it (确保如期完成 / 确保按时完成到位 / 确保2026年完成). Matched on the folded words (並 /
# 確保 read the same).
FURTHER = re.compile(r"^(?:(?:并|并且|同时)(?![重举行网购轨联存入非不列])(?=[\u4e00-\u9fff]{3})"
                     r"|确保(?!(?:如期|按期|按时|及时|限期|[\d年月日底前内末季度上下半今明本一二三四五六七八九十〇零]+)?"
                     r"(?:全面|全部|基本)?(?:完成|到位|落实|办结|建成|完工|竣工)(?:到位|任务)?$)"
                     r"(?=[\u4e00-\u9fff“\d]{3}))")


def further(words: str) -> bool:
    """Whether a clause opens a further commitment of its own (FURTHER)."""
    return FURTHER.match(fold(words.strip().rstrip("。；;，,"))) is not None


def _timed(s: Suggestion) -> bool:
    """Carries its own time words (not only the sentence's), or its own frequency."""
    return bool(s.deadline and s.deadline.text) or _EVERY.match(s.quote) is not None


def _substance(s: Suggestion) -> int:
    """Length of the clause without its own time words (2024年10月底前完工 → 2)."""
    words = s.deadline.text if s.deadline and s.deadline.text in s.quote else ""
    return len(s.quote) - len(words)


def _whole(s: Suggestion, base: float) -> bool:
    """A clause that is an entry on its own: it names its deliverable, or carries a
    target or its own time words."""
    return base >= NAMED or s.target is not None or s.deadline is not None


def _fragment(a: Suggestion, b: Suggestion) -> bool:
    return min(_substance(a), _substance(b)) <= FRAGMENT


# A verb of delivery opening a clause (建成X / 争创X / 消灭X / 打通X / 基本建成X / 全力争创X /
# 加快建成X / 启动新建X): a clause that opens with one names an outcome of its own. Matched on
# the folded words, so that a Traditional repost (爭創X) reads the same.
_DELIVERS = re.compile(r"^(?:基本|全面|全部|率先|力争|确保|争取|年底前|年内|全力|努力|积极|启动|批准|加快)?"
                       r"(?:建成|完成|实现|消灭|消除|争创|创成|创建|打通|增加|新增|新建|淘汰|关停|出台)")
DELIVERY_OBJECT = 3  # what such a clause delivers is named in at least this many characters


def _delivers(s: Suggestion) -> bool:
    words = s.quote.strip()
    if s.deadline and s.deadline.text and fold(words).startswith(fold(s.deadline.text)):
        words = words[len(s.deadline.text):].lstrip("，, ")
    return delivers(words)


def delivers(words: str) -> bool:
    """Whether a clause opens with a verb of delivery and names what it delivers (_DELIVERS)."""
    words = fold(words)
    m = _DELIVERS.match(words)
    return m is not None and len(words) - m.end() >= DELIVERY_OBJECT


# An act complete in itself at the end of a clause (…前完工 / …前销号 / …前建成)
_DONE_BY = re.compile(r"(?:完工|竣工|建成|完成|销号|开工|投运|投产|到位|办结|通车)$")


# A clause that opens with a verb of action, after at most one adverb of manner (实施X工程 /
# 扎实推进X工作 / 高水平建设X科技城), and names its object in a few characters: a measure
# in its own words. Two of them side by side (推进X调查，实施Y工程), neither of them weak,
# are two tasks, two entries, however short; a clause that only qualifies or continues the
# measure before it (逐步转向Z / 迎接省级验收) does not open this way and still joins it,
# and a weak clause (a slogan without a concrete object) still joins its neighbour.
_MANNER = (r"(?:深入|扎实|全力|努力|积极|大力|加快|全面|持续|高水平|高标准|高质量|稳步|有序|着力"
           r"|切实|认真|不断|进一步)?")
_MEASURE = re.compile("^" + _MANNER + r"(?:实施|推进|建立|开展|建设|申报|提升|打造|推动|制定|争创"
                      r"|创建|启动|批准|组织|举办|办好|形成|推行|强化|深化|优化|加强|构建|规范)")
MEASURE_OBJECT = 4  # the object such a clause names is at least this many characters


def _measure(s: Suggestion) -> bool:
    words = fold(s.quote.strip())
    m = _MEASURE.match(words)
    return m is not None and len(words) - m.end() >= MEASURE_OBJECT


# A clause that only states the money a measure puts in (计划投资1300万元 / 总投资5亿元 / 完成
# 投资15亿元 / 計畫投資428萬元): the budget of the measure beside it, not an entry of its own
# (计划投资X，建设Y工程 / 加快X建设，完成投资Y). Matched on the folded words.
_BUDGET = needing(r"^(?:其中)?(?:今年|年内|全年|年度|当年|\d{4}年)?(?:计划|计画|计畫|拟|预计|力争)?"
                     r"(?:完成|累计完成)?(?:总)?投资(?:额)?(?:约|近|超过|超)?"
                     r"[0-9.]+(?:万|亿)?元(?:以上|左右)?$")


def _budget(s: Suggestion) -> bool:
    return _BUDGET.match(fold(s.quote.strip())) is not None


def _with_budget(a: Suggestion, b: Suggestion) -> bool:
    """A budget clause and the measure it funds, either way round (neither a past result,
    the measure without a figure of its own)."""
    if "indicator" in (a.kind, b.kind):
        return False
    return (_budget(a) and not _budget(b) and _no_figure(b)) \
        or (_budget(b) and not _budget(a) and _no_figure(a))


def _no_figure(s: Suggestion) -> bool:
    """No figure of its own (完成X工程 states an end state, not an amount)."""
    return s.target is None or s.target.value is None


# The words that may open an aim before its metric (确保X逐年提高 / 力争X增长10% / 推动X持续改善)
_AIM_OPENER = re.compile(r"^(?:确保|力争|努力|争取|推动|促进|实现|保持|使|进一步)*")


# The words that pledge a direction (确保X逐年提高): without one and without a value (推动X
# 持续改善) the aim may be the purpose of the measure before it, as the seeds quote it
_PLEDGE = re.compile(r"(?:确保|力争|努力|争取)")


def _stated_aim(s: Suggestion) -> bool:
    """A clause whose subject is the metric it sets a level for, or a direction pledged
    (城镇污水集中收集率达到70% / 确保生活垃圾回收利用率逐年提高 / 风电和太阳能发电量实现翻倍):
    a target stated in its own words, not the figure of the measure beside it (新建污水管网
    120公里)."""
    t = s.target
    if t is None or not t.metric or t.comparator is None:
        return False
    words = fold(s.quote.strip())
    opened = _AIM_OPENER.match(words)  # (all optional: it always matches)
    opener = opened.end() if opened else 0
    if t.value is None and not _PLEDGE.match(words[:opener]):
        return False
    return words[opener:].startswith(fold(t.metric))


def _joinable(a: Suggestion, b: Suggestion) -> bool:
    if "indicator" in (a.kind, b.kind):
        return False
    if (a.target is None and _stated_aim(b)) or (b.target is None and _stated_aim(a)):
        # 推进城镇污水管网建设，城镇污水集中收集率达到70%: the measure and the aim are two
        # records (dev gold: an aim after a measure is quoted apart 12 times, inside 0), unless
        # one is a fragment of a few characters (消除劣Ⅴ类)
        return _fragment(a, b)
    if _delivers(b):
        return False  # 打通X内环路，增加Y外环路 / …覆盖率达到80%，年底前消灭垃圾河: two outcomes
    if a.deadline and b.deadline and _timed(a) and _timed(b) \
            and a.deadline.date != b.deadline.date:
        return False  # 上半年完成立项，年底前开工: two bounds, two entries
    if _timed(a) and not _timed(b) and _substance(a) <= FRAGMENT and _DONE_BY.search(a.quote):
        return False  # 12月底前完工，加快推进项目实施: the bound and its act, complete; the next
        # measure is an entry of its own
    if _fragment(a, b):
        return True
    if _timed(a) or _timed(b):
        return False  # its own time words make a clause an entry of its own
    return a.target is None or b.target is None


def _leans_forward(prev: Suggestion, sug: Suggestion, nxt: Suggestion | None) -> bool:
    """A target fragment (消除劣Ⅴ类) between a measure and another target belongs with the
    target after it (消除劣Ⅴ类，提升水生态环境质量): both state the outcome."""
    return (sug.target is not None and nxt is not None and prev.target is None
            and nxt.target is not None and _substance(sug) <= FRAGMENT
            and nxt.kind != "indicator" and not _timed(nxt))


def group(text: str, suggestions: list[tuple[Suggestion, float]],
          alone: frozenset[int] | set[int] = frozenset()) -> list[Suggestion]:
    """Join the suggestions of one sentence (in order, each with the confidence its clause
    got on its own words) where they form one entry. Those at the positions in *alone*
    (the items of a list of named programmes) join nothing and nothing joins them."""
    out: list[Suggestion] = []
    single: list[bool] = []   # whether each entry is one that stands alone
    bases: list[float] = []   # the highest clause confidence in each entry
    whole: list[bool] = []    # whether each entry holds a clause that stands alone
    joined: list[bool] = []   # an entry made of two clauses takes no further complete one
    for n, (sug, base) in enumerate(suggestions):
        nxt = suggestions[n + 1][0] if n + 1 < len(suggestions) else None
        if out and n not in alone and not single[-1] and not joined[-1] \
                and _with_budget(out[-1], sug):
            out[-1] = merge(text, out[-1], sug)  # 计划投资X，建设Y: the measure and its budget
            bases[-1] = max(bases[-1], base)
            whole[-1] = True
            joined[-1] = True
            continue
        if out and n not in alone and not single[-1] and _joinable(out[-1], sug) \
                and not _leans_forward(out[-1], sug, nxt) \
                and not (further(sug.quote) and min(bases[-1], base) >= WEAK):
            # (…，并报市政府备案 / …，确保完成全年目标任务: a further commitment of its own,
            # unless what comes before is only a slogan: 要以人民为中心，确保… stays one entry)
            prev = out[-1]
            span = sug.end - prev.start
            weak = min(bases[-1], base) < WEAK
            both_whole = whole[-1] and _whole(sug, base)
            # (two measures each opened by a verb of action and its object stay apart, however
            # weak the rules hold one of them: dev gold quotes such pairs apart 33 times, joined 2)
            both_measures = _measure(prev) and _measure(sug)
            if _fragment(prev, sug) or (weak and span <= MAX_WEAK and not both_measures) \
                    or (not joined[-1] and span <= MAX_PAIR and not both_whole
                        and not both_measures):
                out[-1] = merge(text, prev, sug)
                bases[-1] = max(bases[-1], base)
                whole[-1] = whole[-1] or _whole(sug, base)
                joined[-1] = True
                continue
        out.append(sug)
        single.append(n in alone)
        bases.append(base)
        whole.append(_whole(sug, base))
        joined.append(False)
    return out
