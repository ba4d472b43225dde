"""When a sentence speaks: its lead-in time words, whether it reports the past, and the
period its section sets.

These are the sentence- and section-level sources of a suggestion's deadline; the
clause's own time words (parse_deadline) always come first.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from tracker.domain import Deadline, Precision
from tracker.extract import classify
from tracker.extract.bodies import is_body_name
from tracker.extract.classify import search_end
from tracker.extract.deadlines import (
    SPAN_DASH,
    PROGRESS_TITLE,
    DeadlineMatch,
    clause_bounds,
    find_deadlines,
    iter_deadlines,
    is_review_heading,
    section_period,
    year_names_made,
)
from tracker.domain.periods import half_digits, is_horizon, issued_year, reported_part_end
from tracker.extract.fold import fold, to_halfwidth
from tracker.extract.issuer import title_line
from tracker.extract.numerals import cn_int
from tracker.extract.screen import needing, needs, screened
from tracker.extract.segment import LIST_MARKER, Clause, Heading, Sentence

# After lead-in time words: the end of the clause or a word that carries the sentence on
# (到2027年，… / 今年要… / 2025年底前全面完成…), not a copula (今年是…之年).
_LEAD_FOLLOW = re.compile(
    r"^(?:$|[，,要将前底内]|力争|争取|确保|全面|基本|实现|完成|建成|全市|全省|全县|全区|我[市省县区])"
)
# Every time expression holds one of these; a clause without any has no deadline, and
# the time-word parser need not run (it is the costliest step per clause).
_TIMEISH = screened(r"[年月日季天周汛]|岁末|\d{4}[-./]|[如按限]期|[一二三四五六七八九十]五|期间|[节旦庆一”][之以]?前|世纪|按时|按计划|按节点|立行立改|长期坚持")
_TIMEISH_CUE = needs(_TIMEISH)


def _timeish(text: str) -> re.Match[str] | None:
    """_TIMEISH.search(text), after a quick test for the characters one of its words holds
    (most clauses hold none: the screened scan is dearer than the test)."""
    return _TIMEISH.search(text) if _TIMEISH_CUE.search(text) is not None else None


LEAD_SPAN = 40
# (…指， / …称， / 据介绍， / 据了解， / 据悉， as news reposts report a speaker or a report)
SAID = needing(r"^[^，,。]{0,16}?(?:(?:强调|指出|表示|要求|认为|提出|说)[，,：:]|(?:指|称|介绍)[，,])")
# A news report's frame before what it reports (据了解，今年… / 据悉，… / 记者从…获悉，…)
NEWS_FRAME = re.compile(r"(?:据了解|据悉|据介绍|据统计|记者[^，,。]{0,16}?(?:了解到|获悉))[，,]")
# 今年经济社会发展的主要预期目标是：… introduces the items that follow with its year.
# A short label of goals opening the sentence (目标： / 主要目标： / 工作目标：), before the
# time words
# (or a stage's: 第一阶段：2019年5月至6月，… / 集中整治阶段：6月15日—9月30日，…)
_GOAL_OPEN = needing(r"[^，,。；;：:\d]{0,6}?(?:目标|任务|指标|阶段)[:：]\s*")
# 今年…工作的具体目标是：A。B，C。: the goals a sentence opens with its time words run on
# to the paragraph's end, each sentence of them in that time
_GOAL_IS = re.compile(r"目标(?:任务)?(?:是|为)|任务(?:是|为)")
GOAL_IS_SPAN = 30
# A sentence that names a stage of the work and its span (2019年5月6日至6月14日，为动员部署
# 阶段。 / 第二阶段：…): the stage's end bounds the tasks that follow it in its paragraph
_PHASE = re.compile(r"阶段[）)」”]?\s*[。；;]?$|^\s*第[一二三四五六七八九十]阶段|阶段[:：]")
# (…主要目标是，… : a comma after 是 / 为 as well as a colon)
_LEAD_LABEL = re.compile(r"^[^，,。；;]{0,20}?(?:目标|任务|指标|要求|安排)(?:(?:是|为|如下)?[:：]|(?:是|为)[，,])")
# A short framing clause before the time words: 通过整改，/ 经过努力，/ 按照部署，
_FRAME = re.compile(r"(?:通过|经过|按照|根据|围绕|对照)[^，,。；;]{1,12}[，,]")
_PLAN_WORDS = re.compile(r"目标|任务|安排|计划|打算|思路|要点|部署|到\d{4}|力争|方案|规划")
# What is left to do, announced inside a report of results.
_PLANNED = re.compile(r"(?:计划|将于|拟于|预计|力争|争取|确保|务必|(?<![已并])将(?=[在于到])|还需|尚需|仍需)"
                      r"(?:在|于|到)?[^，,。；;]{0,6}?"
                      r"(?:\d{4}年|年底|年内|今年|明年|\d{1,2}月|[一二三四]季度|上半年|下半年)"
                      # the bound first (年底前确保… / 12月底前还需…)
                      r"|(?:年底|年内|\d{1,2}月(?:底|份)?|[一二三四]季度末?|下半年)前?[，,]?"
                      r"(?:确保|力争|争取|务必|将|还需|尚需|仍需|要)")
_BOUND = re.compile(r"^(?:力争|争取)?(?:到|至)(?:19|20)\d{2}年")
_TO_YEAR = re.compile(r"(?:到|至|于)\d{4}年|\d{4}年(?:底|年底)?前")
# A bound with no year named, closed by 前 (年底前 / 9月底前 / 三季度末前 / 10月15日前)
_BARE_BOUND = re.compile(r"(?:年底|年末|月底|月末|季度末?|上半年|下半年|月\d{1,2}日|月)(?:前|以前|之前)")
# An estimate of a year's figures: 预计，2020年… / 预计2025年… / 2024年预计…
_ESTIMATE = re.compile(r"预计[，,]?((?:19|20)\d{2})年|((?:19|20)\d{2})年[，,]?预计")
ESTIMATE_SPAN = 48  # where a sentence reporting a speech states it (…在回顾…时表示，2024年预计…)
LATE_MONTH = 11  # from November a report's estimate of its own year is of a year nearly over
# A heading over goals or plans (主要目标 / 工作安排 / 重点任务).
_GOAL_HEADING = re.compile(r"目标|安排|计划|打算|任务|规划|纲要|要点")
# A heading that names the goals themselves (经济社会发展预期目标 / 主要目标), undated: the
# goals of the period the document as a whole sets (a plan's year, a work report's year)
_GOALS_NAMED = re.compile(r"目标$|目标(?:任务|指标)$|主要指标$")
# A sentence that opens by naming the goals it states (预期目标是，… / 主要目标：… /
# 全区预期奋斗目标是：…): its figures are targets, whatever words of change they hold (同比增长7%)
# A sentence that reports what a plan sets (在公布的整改方案中，某省提出，… / 《方案》明确，…):
# the plan's commitments, also in a news report of progress around it (提出了: an act reported)
_PLAN_SAYS = re.compile(r"^[^。；;！？]{0,40}?(?:方案|规划|计划|意见|纲要|清单|要点)》?[^。；;，,]{0,4}[，,]?"
                        r"[^。；;，,]{0,12}?(?:提出|明确|要求)(?![了过])[，,：:]")
_PLAN_SAYS_HINT = re.compile(r"提出|明确|要求")  # what _PLAN_SAYS needs, within its span
PLAN_SAYS_SPAN = 40 + 2 + 4 + 1 + 12 + 2 + 1
GOAL_LEAD_SPAN = 16 + 2 + 2  # where _GOAL_LEAD's 目标 stands at the latest
_GOAL_LEAD = re.compile(r"^(?!围绕|对照|紧扣|紧盯|聚焦|锚定|按照|为完成|为实现|完成|实现)"
                        # (not a frame around the goals: 围绕年度目标任务，… / 对照整改目标，…)
                        r"(?:[^，,。；;：:]{0,16}?(?:预期|主要|奋斗|发展|总体|工作|年度|整改)目标"
                        r"(?:任务)?(?:是|为)?[:：，,]|(?:年度)?(?:目标任务|任务目标)[:：])")
# A sentence that turns from the results before it to what comes next (下一步，… / 今后，…):
# it and the rest of its paragraph look ahead, also under a heading of review.
TURNING = re.compile(r"^\s*(?:下一步|下步|下阶段|下一阶段|接下来|今后|未来|明年|后续(?=将|要|还|继续|[，,]))"
                     # a numbered heading of the plans run into its text (二、2025年工作思路
                     # 2025年，我们将… / 三、下一步工作打算…: a web page joined the lines)
                     r"|^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])\s*"
                     r"(?:[12１２][09０９][0-9０-９]{2}年度?|今年|明年|下一步|下步|下阶段)"
                     r"(?:主要)?(?:工作)?(?:思路|安排|计划|打算|目标|重点)"
                     # (not what was done of them: 一、2024年工作目标完成情况)
                     r"(?![^，,。；;\s]{0,10}?(?:情况|回顾|总结|成效))")
# The frame of a review, followed by its comma, wherever it stands in the sentence
_REVIEW_FRAME = screened(r"(?:过去(?:的)?[一二三四五两]年|[一二三四五两]年来)[，,]")
_PAST_OPENERS = ("过去", "去年", "近年来", "近年", "近些年", "近几年", "一年来", "五年来", "截至目前",
                 "截止目前", "截至当前", "截至发稿")


@dataclass(frozen=True)
class Timing:
    """The time frame of one sentence."""

    lead: DeadlineMatch | None    # time words opening the sentence
    past: bool                    # it reports results or baselines
    period: Deadline | None       # the period of the section it stands in
    # it stands under a bound still ahead (到2030年，…) or a heading of goals whose period
    # is not over (“十五五”时期主要目标 / 2024年主要目标任务): its figures are targets
    ahead: bool = False

    def with_past(self, past: bool) -> Timing:
        """``replace(self, past=past)``, without replace()'s look at the fields."""
        return Timing(self.lead, past, self.period, self.ahead)

    def with_ahead(self, ahead: bool) -> Timing:
        """``replace(self, ahead=ahead)``."""
        return Timing(self.lead, self.past, self.period, ahead)


class TimingReader:
    """Reads sentences in order; a paragraph that opens with a past year (2022年，…) stays
    in the past until a sentence looks forward again (要, 将, 力争, 到20XX年)."""

    def __init__(self, doc_date: date | None, default_period: Deadline | None = None,
                 text: str = "") -> None:
        """*default_period*: the period of sections whose headings set none (a work
        report's plans fall due at the end of the year it is delivered in). *text*: the
        text the sentences are read from (to see which of them end with a colon)."""
        self.doc_date = doc_date
        self.text = text
        # the year of a list's label (…通过2022年15项民生实事项目，包括：) and the paragraph
        # of the latest item it dated
        self._list_lead: tuple[int, Deadline, bool] | None = None
        self._stage: tuple[int, Deadline] | None = None  # a stage's paragraph and its end
        self.default_period = default_period
        self._past_paragraph: int | None = None
        self._past_lead: DeadlineMatch | None = None
        # per run of headings, found by the identity of the sentences' shared tuple (each
        # entry keeps its tuple alive, so an id is never reused while remembered)
        self._periods: dict[int, tuple[tuple[Heading, ...], Deadline | None]] = {}
        self._reviews: dict[int, tuple[tuple[Heading, ...], bool]] = {}
        self._goals: dict[int, tuple[tuple[Heading, ...], bool]] = {}
        # the period each heading's words set (a heading stands in every run of headings
        # under it, and three rules ask: read once per heading, not once per run and rule)
        self._heading_periods: dict[str, Deadline | None] = {}
        self._chain_lead: DeadlineMatch | None = None
        self._para_lead: tuple[int, DeadlineMatch] | None = None
        self._year_lead: tuple[int, DeadlineMatch] | None = None  # the latest bound ahead
        self._goal_para: int | None = None  # the paragraph a goal label opened
        self._turned_para: int | None = None  # the paragraph a sentence turned ahead in

    def read(self, sent: Sentence) -> Timing:
        lead = lead_deadline(sent, self.doc_date)
        # the period a stage's sentence or a dated list's label sets for what follows it
        # (as a heading's would: the words that gave it are not in the quote)
        stage = self._stage_period(sent, lead)
        if self.text and sent.index_in_paragraph == 0 and sent.paragraph > 0 \
                and (self._list_lead is None or self._list_lead[0] != sent.paragraph - 1):
            self._list_lead = self._label_above(sent)
        if self._list_lead is not None:
            stage = self._list_item_period(sent) or stage
        if not sent.continues:
            self._chain_lead = lead
        elif lead is None:
            # 到2025年，A达到…；B达到… : the parts of a semicolon chain share the lead-in of
            # its first part (a later part's own time words stay its own)
            lead = self._chain_lead
        goals = "目标" in sent.text[:GOAL_LEAD_SPAN] and _GOAL_LEAD.match(sent.text) is not None
        if goals:
            self._goal_para = sent.paragraph
        elif self._goal_para == sent.paragraph:
            # 今年工作的总体目标是：…。…累计减排量分别不低于…: the goals run on to the
            # paragraph's end
            goals = True
        if lead is not None and not lead.past and (
                _TO_YEAR.match(sent.text) or _YEAR_LEAD.match(to_halfwidth(lead.text.strip()))
                or (lead.date is not None and _GOAL_IS.search(sent.text, lead.end,
                                                               lead.end + GOAL_IS_SPAN) is not None)):
            # (2023年，全市…。城市集中式饮用水水源地水质100%稳定达标。: the year the
            # paragraph opened with holds for its sentences)
            self._para_lead = (sent.paragraph, lead)
        elif lead is None and "目标" in sent.text[:GOAL_IS_SPAN + LEAD_SPAN] \
                and (stated := self._goals_stated(sent)) is not None:
            # 今年…工作的具体目标是A。B，C。: the year the goals are stated for holds for the
            # goals that follow in the paragraph (the sentence's own clauses keep its words)
            self._para_lead = (sent.paragraph, stated)
        elif lead is None and goals and self._year_lead \
                and self._year_lead[0] == sent.paragraph:
            # 2024年，我们将…。预期目标是，…: the goals are of the year the paragraph opened with
            lead = self._year_lead[1]
        elif lead is None and self._para_lead and self._para_lead[0] == sent.paragraph:
            # 到2020年，全面完成约束性指标。全市PM2.5浓度下降22%以上，…: a paragraph opened
            # by a bound keeps it for the targets that follow in it
            lead = self._para_lead[1]
        if lead is not None and not lead.past and lead.date is not None:
            self._year_lead = (sent.paragraph, lead)
        past = self._is_past(sent, lead, goals)
        if past:
            if self._past_paragraph != sent.paragraph or lead is not None:
                self._past_lead = lead
            self._past_paragraph = sent.paragraph
            lead = lead or self._past_lead
        else:
            self._past_paragraph, self._past_lead = None, None
        ahead = not past and (
            (lead is not None and not lead.past and lead.date is not None)
            or self._goal_section(sent.sections) or goals)
        if self.text[sent.end:sent.end + 1] in (":", "：") and "年" in sent.text:  # (今年 / 明年 too)
            self._list_lead = self._list_label(sent.text, sent.paragraph)
        if stage is not None and lead is None:
            return Timing(lead, past, stage, ahead or not past)
        return Timing(lead, past, self._period(sent.sections), ahead)

    def _goals_stated(self, sent: Sentence) -> DeadlineMatch | None:
        """The time words that open a sentence stating goals (今年…的具体目标是… /
        据了解，明年…的目标任务是…), when they bound work ahead."""
        if _GOAL_IS.search(sent.text, 0, GOAL_IS_SPAN + LEAD_SPAN) is None:
            return None
        said = SAID.match(sent.text) or NEWS_FRAME.match(sent.text)
        offset = said.end() if said else 0
        head = sent.text[offset:offset + LEAD_SPAN]
        if not _timeish(head[:8]):
            return None  # (the time words open the head)
        m = next(iter_deadlines(head, self.doc_date), None)
        if m is None or m.start > 0 or m.past or m.date is None \
                or _GOAL_IS.search(head, m.end, m.end + GOAL_IS_SPAN) is None:
            return None
        return replace(m, start=m.start + offset, end=m.end + offset)

    def _stage_period(self, sent: Sentence, lead: DeadlineMatch | None) -> Deadline | None:
        """The end of the stage a sentence before in the paragraph named (2019年5月6日至
        6月14日，为动员部署阶段。全面梳理…。): the stage's tasks fall due at its end."""
        if lead is not None and not lead.past and lead.date is not None \
                and _PHASE.search(sent.text) is not None:
            self._stage = (sent.paragraph, Deadline("", lead.date, lead.precision))
            return None
        if self._stage is not None and self._stage[0] == sent.paragraph:
            return self._stage[1]
        return None

    def _label_above(self, sent: Sentence) -> tuple[int, Deadline, bool] | None:
        """_list_label of the line above an item's line (1、… / （一）…) when that line
        closes with a colon (the label may be read as no sentence of its own)."""
        if LIST_MARKER.match(sent.text) is None:
            return None
        line_start = self.text.rfind("\n", 0, sent.start) + 1
        if line_start <= 0:
            return None
        above = self.text[self.text.rfind("\n", 0, line_start - 1) + 1:line_start - 1].rstrip()
        if not above.endswith((":", "：")) or "年" not in above:
            return None
        return self._list_label(above, sent.paragraph - 1)

    def _list_label(self, words: str, paragraph: int) -> tuple[int, Deadline, bool] | None:
        """The year a label closed by a colon names for the work it lists (本次大会票决
        通过2022年15项民生实事项目，包括： / 2024年重点任务如下：), when it is not over at the
        document's date and no word of results follows it (2023年民生实事完成情况如下：)."""
        words = to_halfwidth(words)
        m = _LIST_LABEL.search(words)
        named = "y" if m is not None and m.group("y") else "rel"
        if m is None or _LABEL_DONE.search(words, m.end(named)) is not None:
            return None
        year = next((d for d in iter_deadlines(m.group(named), self.doc_date)
                     if d.date is not None and not d.past), None)
        return (paragraph, Deadline("", year.date, year.precision), False) \
            if year is not None else None

    def _list_item_period(self, sent: Sentence) -> Deadline | None:
        """The period of an item of the list a label dated: the items after it, each opened
        by its number (1、新增… / （二）实施…) on its line or after the colon, fall due at
        the end of the label's year; the first line that is no item ends the list."""
        assert self._list_lead is not None
        para, year, item = self._list_lead
        opens_item = sent.index_in_paragraph == 0 or not item
        if sent.paragraph in (para, para + 1) and opens_item \
                and LIST_MARKER.match(sent.text) is not None:
            self._list_lead = (sent.paragraph, year, True)
            return year
        if sent.paragraph == para and item:
            return year  # the item's later sentences
        if sent.paragraph != para:
            self._list_lead = None
        return None

    def _goal_section(self, sections: tuple[Heading, ...]) -> bool:
        """A heading above names goals or plans (主要目标 / 工作安排) for a period that is not
        over at the document's date (remembered per run of headings)."""
        known = self._goals.get(id(sections))
        if known is None:
            known = self._goals[id(sections)] = (sections, any(
                _GOAL_HEADING.search(h.text) is not None and self._not_over(h.text)
                # (not a heading over what was done of them: 主要目标任务一季度完成情况)
                and not is_review_heading(h.text)
                for h in sections))
        return known[1]

    def _section_period(self, heading: str) -> Deadline | None:
        """section_period(heading, doc_date), remembered per heading."""
        if heading not in self._heading_periods:
            self._heading_periods[heading] = section_period(heading, self.doc_date)
        return self._heading_periods[heading]

    def _not_over(self, heading: str) -> bool:
        period = self._section_period(heading)
        if period is None and _GOALS_NAMED.search(heading) is not None \
                and not is_review_heading(heading):
            period = self.default_period  # 二、经济社会发展预期目标 in a 2025 plan
        return period is not None and period.date is not None and (
            self.doc_date is None or period.date >= self.doc_date)

    def _in_review(self, sections: tuple[Heading, ...]) -> bool:
        """Whether a heading above reviews results (remembered per run of headings)."""
        known = self._reviews.get(id(sections))
        if known is None:
            known = self._reviews[id(sections)] = (sections, any(
                is_review_heading(h.text) or self._bygone(h.text) for h in sections))
        return known[1]

    def _bygone(self, heading: str) -> bool:
        """A heading dated to a year before the document's, with no word of planning
        (2024年主要工作 in a 2025 report): it reports that year."""
        if self.doc_date is None or _PLAN_WORDS.search(heading):
            return False
        period = self._section_period(heading)
        return period is not None and period.date is not None \
            and period.date.year < self.doc_date.year and period.precision is Precision.YEAR

    def _period(self, sections: tuple[Heading, ...]) -> Deadline | None:
        """period_of, remembered per run of headings (every sentence of a section asks)."""
        known = self._periods.get(id(sections))
        if known is None:
            period = period_of(sections, self._section_period)
            if period is None and not self._in_review(sections):
                period = self.default_period
            known = self._periods[id(sections)] = (sections, period)
        return known[1]

    def _ahead(self, words: str) -> bool:
        """A bound after the document's date (到2025年底 in a 2023 report; 剩余项目年底前全部
        完工 in a report of October: the bound of this year's end, with 前)."""
        if self.doc_date is None or not (_TO_YEAR.search(words) or _BARE_BOUND.search(words)):
            return False
        return any(d.date is not None and not d.past and d.date > self.doc_date
                   for d in find_deadlines(words, self.doc_date))

    def _estimated(self, words: str) -> bool:
        """An estimate of a year that is over or nearly over at the document's date
        (预计2025年，… in a report of December 2025 / 2024年预计… in January 2025): a result
        reported before its final figures, not a forecast."""
        if self.doc_date is None or "预计" not in words:
            return False
        m = _ESTIMATE.search(words, 0, ESTIMATE_SPAN)
        if m is None:
            return False
        year = int(m.group(1) or m.group(2))
        return year < self.doc_date.year or (
            year == self.doc_date.year and self.doc_date.month >= LATE_MONTH)

    def _is_past(self, sent: Sentence, lead: DeadlineMatch | None, goals: bool = False) -> bool:
        if self._estimated(sent.text):
            return True
        if (goals or plan_says(sent.text)) \
                and (lead is None or not lead.past):
            # 整改目标：2023年底前…达到Ⅲ类 / 预期目标是，…: the goals set, also in a notice
            # that reports how far they were met (the progress label reports, not this one)
            return False
        if TURNING.match(sent.text):
            self._turned_para = sent.paragraph
        if self._in_review(sent.sections) and self._turned_para != sent.paragraph:
            # a report of progress still announces what is left: 计划于2024年底前完成, or
            # targets still ahead of the document (…提出，到2025年底，…达到90.7%)
            return _PLANNED.search(sent.text) is None and not self._ahead(sent.text)
        if lead is not None:
            if self.doc_date is None and lead.date is not None:
                # without the document's date, a year is past when the sentence reports
                # a change against a baseline (2022年，…同比下降…); a bound (到2030年，…
                # 累计完成…) sets a target
                # (…举措，包括：2020年底前，…: the words the label announces, not the label's)
                words = sent.text[lead.start:] if lead.start > LEAD_SPAN // 4 else sent.text
                return lead.past or (classify.looks_past(words)
                                     and _BOUND.match(words) is None)
            return lead.past
        first = first_content_clause(sent)
        words = first.text if first is not None else sent.text
        if words.endswith("以来") or words.startswith(_PAST_OPENERS):
            return True
        if "年" in sent.text and _REVIEW_FRAME.search(sent.text) is not None \
                and not classify.FORWARD.search(sent.text):
            # …政治责任过去一年，全市上下…: a heading run into the text before the frame of
            # a review (lines joined by a web page), the frame still opens what follows
            return True
        # (…。下一步，主要河流断面水质全部达到Ⅲ类: a sentence that turns ahead stops the
        # paragraph's past, for the rest of the paragraph)
        # (…制定产业准入负面清单，禁止在岸线1公里范围内新建重化工项目: a ban set stands
        # beyond the report of its setting)
        return self._past_paragraph == sent.paragraph and self._turned_para != sent.paragraph \
            and not classify.FORWARD.search(sent.text) and not _STANDING_BAN.search(sent.text)


# The words of a standing ban (as pipeline._LOOKS_AHEAD reads them)
_STANDING_BAN = re.compile(r"禁止|严禁|不得|不再")


def plan_says(sentence: str) -> bool:
    """Whether *sentence* reports what a plan sets (在公布的整改方案中，某省提出，… /
    《方案》明确，…): the words after it are the plan's, ahead of it whatever the report
    around them."""
    return _PLAN_SAYS_HINT.search(sentence, 0, PLAN_SAYS_SPAN) is not None \
        and _PLAN_SAYS.match(sentence) is not None


def lead_deadline(sent: Sentence, doc_date: date | None) -> DeadlineMatch | None:
    """Time words that open the sentence (到2027年，… / 今年要… / 2022年，… /
    今年主要预期目标是：…), after any speech-reporting clause (他强调，…)."""
    said = SAID.match(sent.text) or NEWS_FRAME.match(sent.text)
    offset = said.end() if said else 0
    marker = LIST_MARKER.match(sent.text, offset)
    offset = marker.end() if marker else offset
    frame = _FRAME.match(sent.text, offset)  # 通过整改，到2025年底，…
    if frame and not _timeish(frame.group()):
        offset = frame.end()
    label = _GOAL_OPEN.match(sent.text, offset)  # 主要目标：力争到2028年，…
    if label is not None:
        offset = label.end()
    since = _SINCE_OPEN.match(sent.text, offset)  # 自即日起到2020年5月底，…: the span's end
    if since is not None:
        offset = since.end()
    head = sent.text[offset:offset + LEAD_SPAN]
    if not _timeish(head):
        return None
    # (从2025年3月起至年底: the end in the year the span starts in)
    named = int(since.group("y")) if since is not None and since.group("y") else None
    for m in iter_deadlines(head, doc_date, year=named):  # in order: stop at the first past the opening
        if m.start > 3 and not _subject_only(head[:m.start]):
            break
        rest = head[m.end:]
        if m.date is not None and m.date == doc_date and m.precision is Precision.DAY \
                and not m.text.endswith(_BOUND_WORDS):
            return None  # 1月3日，在全会上…说，…: the dateline of the news, no bound
        if _LEAD_FOLLOW.match(rest) or _LEAD_LABEL.match(rest):
            return m
    colon = _COLON_LEAD.match(sent.text, offset)
    if colon is not None and not _timeish(colon.group()):
        # 明确了27项重点举措，包括：2020年底前，…基本完成退城搬迁: the time words that open
        # the words a label announces lead them as they would lead the sentence
        after = sent.text[colon.end():colon.end() + LEAD_SPAN]
        for m in iter_deadlines(after, doc_date):
            if m.start > 0:
                break
            if _LEAD_FOLLOW.match(after[m.end:]) and (m.date is not None or m.relative):
                return replace(m, start=m.start + colon.end(), end=m.end + colon.end())
    if "年" in head:
        # 生态环境部明确了2026年的重点工作，主要包括：… / 会议部署了2024年五项重点任务：…:
        # the year of the work the label announces leads the items after its colon
        label = _YEAR_WORK_LABEL.match(sent.text, offset)
        if label is not None and not _LABEL_DONE.search(label.group()):
            return next((d for d in iter_deadlines(label.group("y"), doc_date)
                         if d.date is not None and not d.past), None)
    return None


# The subject a sentence may name before its opening time words (黔西南州从4月至6月，… /
# 市生态环境局今年6月底前，… / 各县（市、区）人民政府于2026年6月底前，…): a name, no clause
_SUBJECT_SPAN = 16
_NOT_SUBJECT = re.compile(r"[，,。；;：:！？!?\s“”\"《》]")
_VERB_OR_AIM = re.compile(classify.VERB + r"|" + classify.FORWARD.pattern)
_MODAL_END = re.compile(r"(?:力争|争取|确保|务必|必须|要|将|须)$")


def _subject_only(words: str) -> bool:
    """Whether *words*, before a sentence's time words, only name its subject: a body or a
    place (市生态环境局 / 黔西南州 / 各县（市、区）), without a verb, an aim or a clause break."""
    words = _MODAL_END.sub("", words)  # 市生态环境局力争2026年底前，…: the subject's aim
    if not 2 <= len(words) <= _SUBJECT_SPAN or _NOT_SUBJECT.search(words) is not None:
        return False
    return _VERB_OR_AIM.search(words) is None or is_body_name(words)


_YEAR_WORK_LABEL = re.compile(
    r"[^。；;：:]{0,30}?(?<![0-9])(?P<y>(?:19|20)\d{2}年)(?:度)?的?[^。；;：:，,0-9]{0,8}?"
    r"(?:重点工作|重点任务|工作重点|主要任务|主要目标|目标任务|工作安排|工作方向)[^。；;：:]{0,16}?[:：]")
_LABEL_DONE = re.compile(r"完成|情况|成效|成绩|回顾|总结|进展")
# A label of a year's work that a list follows (2022年15项民生实事项目，包括 / 2024年重点
# 任务如下 / 确定了2025年十件民生实事)
_LIST_LABEL = re.compile(
    r"(?:(?<![0-9])(?P<y>(?:19|20)\d{2}年)|(?P<rel>今年|明年|本年度|下一年度|下年度))度?的?[^。；;：:，,]{0,10}?"
    r"(?:民生实事|实事|重点工作|重点任务|工作重点|主要任务|主要目标|目标任务|工作任务|重点项目|工作安排|任务"
    # (明年要重点抓好以下工作： / 今年将实施以下项目：)
    r"|以下(?:几[项个方面]|[0-9一二三四五六七八九十]+[项个件方面]+)?(?:工作|项目|事项))")


_BOUND_WORDS = ("前", "止", "底", "内")
# The start of a span whose end bounds the work (自即日起到2020年5月底 / 从2025年3月起至年底 /
# 自本方案印发之日起到…): the bound is the 到/至 after it
_SINCE_START = (
    r"(?:即日|今日|今天|现在|目前|(?:本|该)?(?:方案|通知|意见|办法|决定)?(?:印发|发布|公布|实施|施行)之日"
    r"|(?P<y>(?:19|20)\d{2})\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?|\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)")
_SINCE_OPEN = re.compile(r"(?:自|从)?" + _SINCE_START + r"(?:开始|起)[，,]?\s*(?=到|至)")
# A clause that announces what follows its colon (…重点举措，包括： / 具体要求如下：)
_COLON_LEAD = needing(r"[^。；;：:！？]{2,30}?[:：]\s*")


def first_content_clause(sent: Sentence) -> Clause | None:
    """The first clause that is not a speech-reporting one (尹弘指出 / 他强调)."""
    for clause in sent.clauses:
        if len(clause.text) > 16 or not search_end(classify.REPORTING, clause.text,
                                                   classify.REPORTING_SPAN):
            return clause
    return None


_DAY_WORDS = re.compile(r"[日号]|\d{4}[-./]\d")
_MONTHS_BOUND = re.compile(SPAN_DASH + r"|[前底止末旬]$")
# a stage from one month to another whose end names its year again (2024年5月—2024年10月)
_MONTH_RANGE = re.compile(r"月\s*" + SPAN_DASH + r"\s*(?:(?:19|20)\d{2}\s*年)?\s*\d{1,2}\s*月")
# a day the heading bounds its tasks by (6月30日前重点任务): never a byline's date
# (or the end of a span of days: 动员部署阶段（2019年5月6日至6月14日）, a stage's tasks)
_DAY_BOUND = re.compile(r"(?:前|以前|之前|止)$|[日号旬]\s*" + SPAN_DASH + r"|^[至到]")


def period_of(sections: tuple[Heading, ...],
              period_at: Callable[[str], Deadline | None]) -> Deadline | None:
    """The period set by the innermost heading that sets one (*period_at*: a heading's
    section_period for the document's date, remembered by the caller). Only years and
    quarters count: a heading dated to the day is a byline (（2024年1月26日…通过）), not a
    period."""
    for head in reversed(sections):
        period = period_at(head.text)
        if period is None:
            continue
        if period.precision in (Precision.YEAR, Precision.QUARTER) or (
                period.precision is Precision.DAY and (not _DAY_WORDS.search(head.text)
                                                       or _DAY_BOUND.search(period.text))) or (
                period.precision is Precision.MONTH and (_MONTHS_BOUND.search(period.text)
                                                         or _MONTH_RANGE.search(head.text))):
            # a span counted from the document (今后五年): its last day; a stage of months
            # (集中整治阶段（2024年5月—10月）/ 6月底前): its last month
            return period
    return None


def clause_deadline(words: str, doc_date: date | None, timing: Timing,
                    named: Deadline | None = None) -> Deadline | None:
    """A clause's deadline: its own time words, else the sentence's lead-in ones (whose
    words are not in the quote, so only the date is kept). A past clause is dated by the
    year it reports. *named*: the latest bound an earlier clause of the sentence stated;
    when it names its year (2024年6月底前…), a bare 年底前 / 9月底前 after it is in that year."""
    lead = timing.lead
    if timing.past:
        if lead and lead.date:
            return Deadline("", lead.date, lead.precision)
        period = timing.period  # a review section's year (2024年工作回顾 / 过去一年)
        if period is not None and period.date is not None and period.precision is Precision.YEAR:
            return Deadline("", period.date, period.precision)
        return None
    own, gone = clause_bounds(words, doc_date,
                              year=year_named(named, timing.lead, timing.period, doc_date)) \
        if _timeish(words) else (None, None)
    if own is not None and own.text and lead is not None and not lead.past \
            and lead.date is not None and _names_made_only(words, own):
        # 3月底前，制定2025年重点项目清单: the year names the list made, the lead-in bounds it
        return Deadline("", lead.date, lead.precision)
    if own is not None:
        return own
    if lead is not None and not lead.past:
        return Deadline("", lead.date, lead.precision)
    if gone is None and lead is not None and lead.bygone:
        # 2019年6月至8月，开展…专项执法行动 in a later closeout notice: the lead-in's
        gone = Deadline("", lead.date, lead.precision)
    if gone is None and timing.period is None and doc_date is not None \
            and "年度" in words and _THIS_YEARS_GOALS.search(words):
        # 确保实现生态环境保护年度工作目标 / 全面完成年度目标任务, under no heading or title
        # that sets a period: the goals of the year the document speaks in
        return Deadline("", date(doc_date.year, 12, 31), Precision.YEAR)
    # a commitment whose own bound had passed by the document's date (2018年完成… in a
    # 2019 repost, 2024年5月前制定… in a closeout notice): that bound, not the context's
    return gone


def _names_made_only(words: str, own: Deadline) -> bool:
    """Whether a clause's own time words are only a year naming what its act makes."""
    at = words.find(own.text)
    return at >= 0 and year_names_made(words, at, at + len(own.text))


# The year's goals or tasks named as such (年度目标 / 年度工作目标 / 年度目标任务 / 年度任务),
# not a plan of another year (下年度 / 上年度 / 2023年度)
_THIS_YEARS_GOALS = re.compile(r"(?<![上下0-9])年度(?:工作|重点|各项|建设|减排)?(?:目标|任务)")


# A bound that names its own year and falls within it (2024年6月底前 / 2024年底前 / 2024年第三
# 季度), not a horizon (到2030年 / 2030年前) nor a span of years
_IN_NAMED_YEAR = re.compile(r"^(?:于|在)?(?:19|20)\d{2}\s*年\s*(?:[0-9一二三四五六七八九十]{1,2}\s*月|上半年|下半年|"
                            r"第?[一二三四1-4]季度|年?底|年?末|年内|内)")


_YEAR_LEAD = re.compile(r"^(?:19|20)\d{2}\s*年度?$")  # 2025年，上半年完成A，年底前完成B


def year_named(named: Deadline | None, lead: DeadlineMatch | None,
               period: Deadline | None = None, doc_date: date | None = None) -> int | None:
    """The year that bare month and season words take from the sentence (see clause_deadline),
    else from the heading they stand under when it names a year other than the document's
    (二、2024年工作安排 in a report of 2023-12-28: its 年底前 / 6月底前 / 上半年 are 2024's)."""
    if named is not None and named.date is not None \
            and _IN_NAMED_YEAR.match(to_halfwidth(named.text.strip())):
        return named.date.year
    lead_words = to_halfwidth(lead.text.strip()) if lead is not None else ""  # (２０２７年，…)
    if lead is not None and lead.date is not None and not lead.past \
            and (_IN_NAMED_YEAR.match(lead_words) or _YEAR_LEAD.match(lead_words)):
        return lead.date.year
    if period is not None and period.date is not None and (
            (_YEAR_LEAD.match(period.text.strip()) and (doc_date is None or period.date.year > doc_date.year))
            or period.text == REPORTED_YEAR):
        return period.date.year
    return None


_CN_DATE_DIGIT = "〇○零一二三四五六七八九"
_FULL_DATE = re.compile(
    r"((?:19|20)\d{2})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})\s*[日号]?"
    rf"|(?P<cy>[{_CN_DATE_DIGIT}]{{4}})\s*年\s*(?P<cm>[一二三四五六七八九十]{{1,2}})\s*月"
    r"\s*(?P<cd>[一二三四五六七八九十]{1,3})\s*日")
_LABELLED_DATE = re.compile(r"(?:发布|印发|成文|发文|更新|公开|签发)?(?:时间|日期)\s*[:：]\s*(?P<date>)")
_BOUND_BEFORE = re.compile(r"(?:到|至|于|在|截至|截止|不晚于|之前|以前)\s*$")
_BOUND_AFTER = re.compile(r"\s*(?:前|以前|之前|止|为止|之内|内|底|完成|开始|起)")
_BYLINE_ACT = re.compile(r"[^。，\n]{0,30}?(?:通过|发布|印发|讲话|召开|举行|会议|报告)")
_BYLINE_MAX = 40  # a dated line this short is a byline (date, place, source)
_SIGNATURE_SPAN = 300
_SIGNATURE_LINES = 4
_PLAN_WORD = re.compile(r"要点|计划|安排|打算|思路|方案|目标|任务|清单|规划|工作报告|实事")
_TITLE_RANGE = re.compile(r"((?:19|20)\d{2})年?\s*" + SPAN_DASH)
_TITLE_YEAR = re.compile(r"(?<![0-9—―‒\-~～至到])((?:19|20)\d{2})年(?![底末前内以起]|远景)")
DATE_HEAD = 600  # a byline or release date stands within the opening characters


# A line that is only a period of years (（2024—2026年） / 2024-2026年), under a title
_PERIOD_LINE = re.compile(r"^[（(]?(?:19|20)\d{2}\s*年?\s*" + SPAN_DASH + r"+\s*(?:19|20)\d{2}\s*年[）)]?$")
_WORK_REPORT = re.compile(r"工作报告")
# 市长X代表市人民政府向大会报告工作: a work report delivered, its plans due within the year
_REPORT_DELIVERED = re.compile(r"代表[^，,。\n]{0,10}政府[^，,。\n]{0,4}向[^，,。\n]{0,12}报告工作")
# 2026年是实施“十五五”规划的开局之年: what the year is, no title of a plan
_YEAR_IS = re.compile(r"(?:年|今年|明年)是[^。]{0,40}之年")
# A title that announces a plan: its period (（2025—2027年）, 2026年…工作要点, “十五五”…规划)
# is the period of the targets inside that state none of their own.
# (2025年度40件民生实事票决出炉 / 2025年十大民生实事: a year's programme of 实事, named
# as such, as 实事项目 is)
_PLAN_KIND = re.compile(r"规划|计划|方案|要点|清单|安排|任务|行动|纲要|意见|实事项目|政策|措施"
                        r"|(?:民生|惠民|为民办)实事"
                        # 关于做好2025年度…工作的通知: a notice on the work of a year
                        r"|(?:做好|抓好|开展|推进|部署)(?:19|20)\d{2}年")
_RUN_IN_TITLE = re.compile(
    r"[^。，,；;：:！？\n]{4,50}?(?:规划|计划|方案|要点|清单|纲要|实事项目|重点工作任务)"
    r"(?:[（(][^）)]{1,12}[）)])?")
# …年经济社会发展的主要预期目标是：… (a page run into one line): the label opening the text
_RUN_IN_GOALS = re.compile(r"[^。，,；;：:！？\n]{4,40}?(?:目标|任务|安排)(?:是|为|如下)?[^。，,；;：:\n]{0,4}[:：]")
_NAMED_PLAN = re.compile(
    r"《(?P<named>[^《》]{4,60}?(?:规划|计划|方案|要点|清单|纲要|政策|措施)[^《》]{0,8})》"
    r"|现将[^。]{0,40}?(?P<named2>(?:19|20)[0-9]{2}年[^，,。；;《》]{0,16}?(?:任务|项目|要点|计划|方案|清单))")


def report_period(text: str, doc_date: date | None) -> Deadline | None:
    """The period the document as a whole sets for targets without time words of their
    own, from its title lines (within the opening lines, after a letterhead or a file
    number): a work report (政府工作报告) → the end of the year it is delivered in; a plan
    or list titled with a period (三年行动方案（2025—2027年）, 2026年工作要点, 2026年…任务清单,
    “十五五”生态环境保护规划) → the end of that period. A heading's period still wins."""
    head = [line.strip() for line in text.lstrip()[:160].split("\n", 2)[:2]]
    title = title_line(text[:DATE_HEAD])  # below a web page's furniture
    if title not in head:
        head.append(title)
    if doc_date is not None and (any(_WORK_REPORT.search(line) for line in head)
                                 or _REPORT_DELIVERED.search(text, 0, DATE_HEAD)):
        # 2023年度政府工作报告重点任务, published on 2024-01-03: the year the title names
        named = [int(y) for line in head if _WORK_REPORT.search(line)
                 for y in _TITLE_YEAR.findall(line)]
        year = named[0] if len(set(named)) == 1 and named[0] <= doc_date.year else doc_date.year
        return Deadline("", date(year, 12, 31), Precision.YEAR)
    above = ""
    for line in text.lstrip()[:TITLE_HEAD].split("\n")[:TITLE_LINES]:
        line = line.strip()
        if _PERIOD_LINE.match(line) and _PLAN_KIND.search(above) and len(above) <= MAX_TITLE \
                and not is_review_heading(above):
            # 某市…三年行动方案 / （2024—2026年）: a title whose period stands on the line below
            line = above + line
        above = line
        if len(line) > MAX_TITLE:
            # a title run into its body (a page or PDF without line breaks: 某市2022年工作
            # 方案为持续推进…): the words up to the first plan word, before any punctuation;
            # else the plan the opening sentence names (…通过《…第十四个五年规划纲要》 /
            # 现将2020年重点工作任务予以分解)
            m = _RUN_IN_TITLE.match(line) or _NAMED_PLAN.search(line.split("。", 1)[0])
            if m is not None:
                line = m.group("named") or m.group("named2") if m.re is _NAMED_PLAN else m.group()
        if len(line) <= MAX_TITLE and PROGRESS_TITLE.search(fold(line)):
            # 2017年1-8月民生实事完成情况表: the months the report runs to; the goals it
            # measures are due at that year's end
            ends = [d.date for d in find_deadlines(line, doc_date) if d.date is not None
                    and (d.precision in (Precision.MONTH, Precision.QUARTER)
                         # (截至2024年6月30日，项目推进情况如下: a cut-off day)
                         or (d.precision is Precision.DAY and d.text.startswith(("截至", "截止"))))]
            if ends:
                return Deadline("", date(ends[-1].year, 12, 31), Precision.YEAR)
        if len(line) > MAX_TITLE or not _PLAN_KIND.search(line) or is_review_heading(line) \
                or _YEAR_IS.search(line) or _GOALS_LABEL.match(line):
            continue  # (目标任务：…年底前… is a labelled field, no title)
        dated = [d for d in find_deadlines(line, doc_date)
                 if d.date is not None and not d.past and d.precision is Precision.YEAR
                 and not line.startswith("远景", d.end)]  # 2035年远景目标: a vision, not the plan's end
        if dated:
            last = max(dated, key=lambda d: d.date or date.min)
            return Deadline("", last.date, last.precision)
    if doc_date is not None and doc_date.month <= REPORTED_BY:
        # 目标任务：… / 完成情况：… in a report of the first months of a year: the targets
        # it reports on were the year before's
        goals = _GOALS_LABEL.search(text)
        if goals is not None and _DONE_LABEL.search(text, goals.end()) is not None:
            return Deadline(REPORTED_YEAR, date(doc_date.year - 1, 12, 31), Precision.YEAR)
    return _this_years_work(text, doc_date) or _goals_horizon(text, head, doc_date) \
        or _campaign_end(text, doc_date) or _fixed_all_by(text, head, doc_date) \
        or _opening_span(text, doc_date)


# A span of years counted from the document that its opening sets for the work it goes on
# to list (…的城乡建设，未来4年内将投入1372亿元 / 今后三年，某市将集中实施… / 某市计划用三年
# 时间，… / 通过两年努力，…): the work falls due at the span's end (definition page: 三年内 /
# 通过三年努力 → three years after the document date). Not a span looking back (过去4年内,
# read as no bound), nor one of days or months (请于30日内反馈: a reply asked for).
_SPAN_OF_YEARS = re.compile(r"(?:未来|今后|通过|经过|利用|用|花)?[0-9一二三四五六七八九十两]{1,2}\s*年"
                            r"(?:左右)?的?(?:以内|之内|内|时间|努力)?")
_SPAN_CUE = re.compile(r"[0-9一二三四五六七八九十两]\s*年")
OPENING_SPAN_HEAD = 300


def _opening_span(text: str, doc_date: date | None) -> Deadline | None:
    """The end of the span of years ahead that the opening sets (see _SPAN_OF_YEARS), with
    the document's date known: the first such span within the opening characters."""
    if doc_date is None:
        return None
    opening = to_halfwidth(text[:OPENING_SPAN_HEAD])
    if _SPAN_CUE.search(opening) is None:
        return None
    for d in find_deadlines(opening, doc_date):
        if d.relative and not d.past and d.date is not None and d.date > doc_date \
                and _SPAN_OF_YEARS.fullmatch(d.text.strip()) is not None:
            return Deadline("", d.date, d.precision)
    return None


# 自即日起到2020年5月底，在全省开展为期半年的安全生产集中整治 / 从即日起至2024年12月31日，在全市
# 范围内开展…专项行动: a campaign the opening sets with its end; the targets of the campaign
# (通过集中整治，治理一批…) fall due when it closes
_CAMPAIGN = re.compile(
    r"(?:自|从)" + _SINCE_START + r"(?:开始|起)?"
    r"[，,]?(?:至|到)(?P<end>[^，,。；;]{1,16}[年月日号底末])(?:前|止|为止)?[，,]?[^。；;]{0,50}?开展[^。；;]{0,30}?"
    r"(?:专项行动|集中整治|专项整治|攻坚行动|百日行动|整治行动|大排查|大整治|专项治理|攻坚战|百日攻坚"
    r"|专项活动|整治活动|集中行动)")
CAMPAIGN_HEAD = 400
# The campaign's time stated as such (行动时间：2024年3月至12月 / 专项行动时间为2024年3月—2024年
# 12月 / 整治时间安排：自2024年4月开始，至11月30日结束), or a campaign that runs from one day to
# another (本次行动自2024年4月开始，至2024年11月30日结束 / 活动从5月1日起至9月30日止): its end
_CAMPAIGN_WORK = r"(?:专项|集中|整治|整顿|攻坚|治理|排查|检查|督查|活动|行动|整改|清理|提升|会战)"
_CAMPAIGN_SPAN = re.compile(
    _CAMPAIGN_WORK + r"(?:行动|活动|工作)?(?:的)?(?:时间|期限|时段|周期)(?:安排)?[）)]?"
    r"\s*(?:为|是|[:：])?\s*(?P<span>[^。；;\n]{0,4}(?:19|20)\d{2}\s*年[^。；;\n]{1,30})"
    r"|" + _CAMPAIGN_WORK + r"(?:行动|活动|工作)?[^。；;\n，,]{0,4}(?:自|从)"
    r"(?P<span2>(?:19|20)\d{2}\s*年[^。；;\n]{1,30}?(?:结束|止))")
_SPAN_TO = re.compile(r"至|到|—|–|－|-|～|~|结束|止")
CAMPAIGN_SPAN_HEAD = 1500  # the notice states its campaign's time in its opening sections


def _campaign_end(text: str, doc_date: date | None) -> Deadline | None:
    """The end of the campaign the opening sets (自即日起到2020年5月底，…开展…集中整治 /
    行动时间：2024年3月至12月), when it names one that is not over."""
    m = _CAMPAIGN.search(text, 0, CAMPAIGN_HEAD)
    if m is None:
        return _campaign_span_end(text, doc_date)
    named = int(m.group("y")) if m.group("y") else None  # (自2024年4月起至9月底: 2024's)
    words = m.group("end")
    if words.endswith("月"):
        words += "底"  # (从4月至9月: the span runs to the end of its last month)
    end = next((d for d in find_deadlines(words, doc_date, year=named)
                if d.date is not None and not d.past), None)
    if end is None or end.date is None or (doc_date is not None and end.date < doc_date):
        return None
    return Deadline("", end.date, end.precision)


def _campaign_span_end(text: str, doc_date: date | None) -> Deadline | None:
    """The last day of the span the notice states as its campaign's time (see
    _CAMPAIGN_SPAN): the latest date of the span's words, the bare months after the first
    named year taken in it; none when the span is over at the document's date."""
    m = _CAMPAIGN_SPAN.search(text, 0, CAMPAIGN_SPAN_HEAD)
    if m is None:
        return None
    span = m.group("span") or m.group("span2")
    if not _SPAN_TO.search(span):
        return None  # 行动时间为2024年: a year named, no span whose end bounds the work
    first = re.search(r"((?:19|20)\d{2})\s*年", span)
    named = int(first.group(1)) if first else None
    ends = [d for d in find_deadlines(span, doc_date, year=named)
            if d.date is not None and not d.past]
    if not ends:
        return None
    end = max(ends, key=lambda d: d.date or date.min)
    if end.date is None or (doc_date is not None and end.date < doc_date):
        return None
    return Deadline("", end.date, end.precision)


# A rectification plan's goal that sets one bound for all its problems (确保2024年12月底前全部
# 整改到位 / 整改工作于2024年9月30日前全面完成 / 所有问题于年底前完成整改并销号): the deadline
# of the measures listed without time words of their own
_FIX_TITLE = re.compile(r"整改")
_FIX_ALL_BY = re.compile(
    r"(?P<when>(?:(?:19|20)\d{2}\s*年)?[^，,。；;：:\n]{0,8}?(?:底|末|日|号|月)?(?:前|之前|以前))"
    r"[，,]?[^。；;\n]{0,12}?(?:(?:全部|全面|所有|各项|逐一)[^。；;\n]{0,10}?"
    r"(?:整改到位|整改完成|完成整改|完成|销号|办结)"
    # (…前完成全部整改任务 / 办结全部问题: the verb before the word of "all")
    r"|(?:完成|办结|销号)(?:全部|所有|各项)[^。；;\n]{0,6}?(?:整改|问题|任务))")
FIX_HEAD = 1500


def _fixed_all_by(text: str, head: list[str], doc_date: date | None) -> Deadline | None:
    """The bound a rectification plan (its title says 整改) sets for all its problems in its
    opening sections (see _FIX_ALL_BY), when it is not over."""
    if not any(_FIX_TITLE.search(line) and not is_review_heading(line) for line in head):
        return None
    m = _FIX_ALL_BY.search(text, 0, FIX_HEAD)
    if m is None:
        return None
    end = next((d for d in find_deadlines(m.group("when"), doc_date)
                if d.date is not None and not d.past), None)
    if end is None or end.date is None or (doc_date is not None and end.date < doc_date):
        return None
    return Deadline("", end.date, end.precision)


# A plan's goals (（二）工作目标 / 主要目标：/ 总体目标) opened by one horizon (到2020年，…):
# the horizon of the plan, which its tasks without time words of their own work to
_GOALS_OPEN = re.compile(
    r"(?:工作目标|主要目标|总体目标|行动目标|发展目标|整治目标|攻坚目标|目标任务|总体要求)[）)]?\s*[:：。]?\s*"
    # (行动目标 / 坚持…，因地制宜、分类指导。到2025年，…: the horizon opens a later sentence
    # of the goals' paragraph, after the principles it states first)
    r"(?:[^\n]{0,400}?[。；;]\s*)?"
    r"(?:[（(]?[一二三四五六七八九十0-9]{1,2}[、.．）)]\s*)?(?:力争|争取)?"
    # (力争通过三年努力，到2027年 / 用三年时间，到2027年底: the effort named before the horizon)
    r"(?:(?:通过|经过|用|花)[^，,。；;]{1,8}[，,]\s*)?(?P<to>到|至|在)"
    r"(?P<y>(?:19|20)\d{2})年(?:底|末)?[，,]")
GOALS_HEAD = 3000  # a plan states its goals in its opening part
PLAN_HEAD = 600


def _goals_horizon(text: str, head: list[str], doc_date: date | None) -> Deadline | None:
    """The horizon a plan's goals open with (到2020年，…), when the text is a plan (its
    title, or the plan its opening names: 印发《…三年行动方案》) and the horizon is not over."""
    opening = text[:PLAN_HEAD]
    if not any(_PLAN_KIND.search(line) and not is_review_heading(line) for line in head) \
            and _NAMED_PLAN.search(opening) is None:
        return None
    m = _GOALS_OPEN.search(to_halfwidth(text[:GOALS_HEAD]))  # (到２０２５年: full-width digits)
    if m is None:
        return None
    year = int(m.group("y"))
    if doc_date is not None and year < doc_date.year:
        return None
    return Deadline("", date(year, 12, 31), Precision.YEAR)


# A progress report's paired labels: the targets set, then how far they were met
_GOALS_LABEL = screened(r"^[ \t\u3000]*(?:年度)?(?:目标任务|工作目标|任务目标)[:：]", re.M)
_DONE_LABEL = re.compile(r"^[ \t\u3000]*(?:完成情况|进展情况|落实情况)[:：]", re.M)
REPORTED_BY = 3  # a year's targets are reported on by the end of March of the next
# the words of that period: its bare 年底前 / 6月底前 are the year reported on's too
REPORTED_YEAR = "目标任务"


# The opening of a report or speech on the year's work, as news and excerpts give it
# (2026年经济社会发展的主要预期目标：… / 今年是“十五五”开局起步之年 / 2026年是…开局之年 /
# 今年重点做好11项工作 / 今年，全区主要预期目标…): its tasks fall due at the end of that year.
_THIS_YEAR = re.compile(
    r"(?:(?<![0-9])(?P<y>(?:19|20)[0-9]{2})年|今年)(?:是[^。\n]{0,30}?之年"
    r"|[，,]?[^。\n，,]{0,16}?(?:主要预期目标|预期目标|主要目标任务|重点工作|工作安排|工作总体要求|重点做好"
    # (…代表们对2023年民生实事候选项目进行票决 / 市政府研究确定了今年的十二项民生实事工程 / 日前，
    # 某县公布了2024年十件惠民实事: the year's programme of 实事 its opening announces)
    r"|(?:民生|惠民|为民办?)实事))")
THIS_YEAR_HEAD = 300
# …实事 reported done or under way (2023年十件民生实事全部完成 / 今年的民生实事进展顺利 /
# 2024年民生实事项目完成情况): a review of the programme, no period it sets for what follows
_PROGRAMME_DONE = re.compile(r"[^。\n]{0,30}?(?:完成情况|执行情况|落实情况|进展情况|推进情况|进展顺利"
                             r"|(?<!确保)(?<!力争)(?<!争取)全部完成|已(?:全部|基本)?(?:完成|建成|办结)"
                             r"|回顾|总结|成效|成就)")
PROGRAMME_DONE_SPAN = 40


# “十四五”时期，某市林业…: a text that opens with a five-year period sets its work in it
_PERIOD_OPENS = re.compile(r"[“\"'‘「『]?十[一二三四五六七八九]五[”\"'’」』]?(?:时期|期间)(?=[，,])")


_YEAR_OPENS = re.compile(r"\s*(?P<y>(?:19|20)\d{2})年[，,]")


def _this_years_work(text: str, doc_date: date | None) -> Deadline | None:
    """The end of the year whose work the document's opening announces, when it is the
    document's own year (or the document's date is unknown and the year is named); else
    the end of the five-year period its first words set, when it is not over."""
    opening = to_halfwidth(text[:THIS_YEAR_HEAD + PROGRAMME_DONE_SPAN])  # (对２０２３年…)
    for m in _THIS_YEAR.finditer(opening, 0, THIS_YEAR_HEAD):
        if m.group().endswith("实事") and _PROGRAMME_DONE.match(opening, m.end()) is not None:
            continue
        year = int(m.group("y")) if m.group("y") else (doc_date.year if doc_date else None)
        if year is not None and (doc_date is None or doc_date.year == year):
            return Deadline("", date(year, 12, 31), Precision.YEAR)
    first = _YEAR_OPENS.match(opening)
    if first is not None and (doc_date is None or doc_date.year == int(first.group("y"))):
        # 2023年，某市生态环境工作坚持…: a text that opens with its year works in that year
        return Deadline("", date(int(first.group("y")), 12, 31), Precision.YEAR)
    opens = _PERIOD_OPENS.match(text.lstrip())
    if opens is not None:
        period = next((d for d in find_deadlines(opens.group(), doc_date) if d.date is not None),
                      None)
        if period is not None and period.date is not None \
                and (doc_date is None or period.date >= doc_date):
            return Deadline("", period.date, period.precision)
    return None


TITLE_HEAD = 400  # the title stands in the opening lines (after a letterhead or a file number)
TITLE_LINES = 12
MAX_TITLE = 60


def guess_doc_date(text: str) -> date | None:
    """_guess_doc_date, unless the text is a report of progress over part of a year (关于
    2016年…三季度的落实情况) and that date is in a later year (a page reposting it) or before
    the part's end (a year read from the title, its first day): then the end of the part it
    covers, as when nothing else dates it (ingest/metadata.guess_date reads it the same way)."""
    text = half_digits(text)  # (２０２４-０１-１０ / 〔２０２３〕１号: the same dates)
    found = issued_year(_guess_doc_date(text), text)
    if found is not None and is_horizon(found.year):
        found = None  # (到2035年 in a title run into its goals: the horizon, no date)
    part = reported_part_end(text[:REPORT_HEAD])
    if part is not None and (found is None or found.year > part.year or found < part):
        return part
    return found


REPORT_HEAD = 300


def _guess_doc_date(text: str) -> date | None:
    """The document's date when the caller has none, never a deadline of its text
    (6月底前 / 于2026年9月30日前 are bounds, not the date). In order: a labelled date in
    the opening lines (时间：2023-11-23 / 发布日期：… / 成文日期：…); the signature date
    closing the document (a line that is only a date: 2026年2月10日, （二〇二六年二月十日）);
    a byline in the opening lines (a short dated line, or （2024年1月26日…通过）); else the
    year of a plan in its title (2024年工作要点 → 2024-01-01, enough to read 年底前 and 今年)."""
    head = text[:DATE_HEAD]
    for m in _LABELLED_DATE.finditer(head):
        found = _date_at(head, m.start("date")) or _short_date_at(head, m.start("date"))
        if found is not None:
            return found
    signed = _signature_date(text)
    if signed is not None:
        return signed
    for m in _FULL_DATE.finditer(head):
        if _is_bound(head, m.start(), m.end()):
            continue
        line_start = head.rfind("\n", 0, m.start()) + 1
        line_end = head.find("\n", m.end())
        line = head[line_start:line_end if line_end >= 0 else len(head)]
        if "\t" in line:
            continue  # a table row's time cell (完成时限 | 2025年12月31日): a bound, no byline
        if len(line) > _BYLINE_MAX and not _BYLINE_ACT.match(head, m.end(), m.end() + 40):
            continue  # a date inside running prose: an event, perhaps a bound
        found = _make_date(m)
        if found is not None:
            return found
    reviewed = _REVIEW_YEAR.search(head)  # 一、2021年工作回顾 … 2022年是…之年: 2022
    year = int(reviewed.group(1)) + 1 if reviewed else _standing_year(head) or _year_of_work(head)
    if year is not None:
        return date(year, 1, 1)
    title = title_line(text[:DATE_HEAD])
    if len(title) > MAX_TITLE:
        # a title run into its body (a page without line breaks): only the words up to its
        # plan word are the title; the years of the body after it are its targets' years
        run_in = _RUN_IN_TITLE.match(title) or _RUN_IN_GOALS.match(title)
        title = run_in.group() if run_in is not None else ""
    if _PLAN_WORD.search(title) is None:
        return None
    # …2025年计划执行情况与2026年计划草案的报告: the latest year planned for
    years = [int(y) for y in _TITLE_YEAR.findall(title)]
    if not years:  # 2025—2027年行动方案: issued as its period begins
        years = [int(y) for y in _TITLE_RANGE.findall(title)][:1]
    return date(max(years), 1, 1) if years else None


# The year a text says it stands in: 2026年是“十五五”开局之年 / 今年是“十五五”开局起步之年 /
# 在“十四五”规划收官之年 (the first or last year of that five-year plan); a file number's year
# (许政〔2020〕20号): the year of issue
_YEAR_STANDS = screened(r"(?<![0-9])(?P<y>(?:19|20)\d{2})年是[^。；;]{0,40}?之年")
_PLAN_YEAR_STANDS = screened(
    r"[“\"'‘「『]?(?P<n>十[一二三四五六七八九])五[”\"'’」』]?(?:规划)?"
    r"(?:的)?(?P<at>开局|起步|第一年|首年|收官|最后一年|完成)[^。，,；;]{0,6}?之年")
_FILE_NUMBER_YEAR = re.compile(  # the text's own number ends its line (not 《…》（国发〔2018〕22号）)
    r"[〔\[［]\s*(?P<y>(?:19|20)\d{2})\s*[〕\]］]\s*\d{1,4}\s*[号號][ \t\u3000]*(?:\n|$)")
# a review of the year a text says it stood in (2025年工作回顾 / 过去一年): the text is the next year's
_REVIEWING = re.compile(r"回顾|过去一年|过去的一年")
_FIRST_PLAN = 11  # the 11th five-year plan began in 2006
_FIRST_PLAN_YEAR = 2006


def _standing_year(head: str) -> int | None:
    """The year the opening lines say the text stands in, else the year of its file number."""
    m = _YEAR_STANDS.search(head)
    if m is not None:
        return int(m.group("y")) + bool(_REVIEWING.search(head, 0, m.start()))
    m = _PLAN_YEAR_STANDS.search(head)
    if m is not None:
        start = _FIRST_PLAN_YEAR + 5 * ((cn_int(m.group("n")) or _FIRST_PLAN) - _FIRST_PLAN)
        year = start if m.group("at") in ("开局", "起步", "第一年", "首年") else start + 4
        return year + bool(_REVIEWING.search(head, 0, m.start()))
    m = _FILE_NUMBER_YEAR.search(head)
    return int(m.group("y")) if m is not None else None


# A heading reviewing a year (一、2023年工作回顾 / 2023年工作回顾和2024年工作安排): the text
# is the next year's, whatever year it then says it stands in (2024年是…之年 after 2023年工作
# 回顾; 2025年是“十四五”收官之年 inside 2025年工作回顾). Else the year whose work the
# opening sets out (同意报告提出的2024年主要预期目标 / 2024年重点工作), when no word of a
# review follows it on its line.
_REVIEW_YEAR = screened(r"(?<![0-9])((?:19|20)\d{2})年度?(?:工作|政府工作)?回顾")
_DONE_AFTER = re.compile(r"[^\n]{0,30}?(?:完成情况|执行情况|落实情况|进展情况|回顾|总结|成效|成就)")


def _year_of_work(head: str) -> int | None:
    """The year of the text from the year whose work its opening sets out."""
    for m in _THIS_YEAR.finditer(head, 0, THIS_YEAR_HEAD):
        if m.group("y") and _DONE_AFTER.match(head, m.end()) is None:
            return int(m.group("y"))
    return None


# 时间:19-07-12 (a web page's byline with a two-digit year)
_SHORT_DATE = re.compile(r"(\d{2})[-./](\d{1,2})[-./](\d{1,2})(?![0-9])")


def _short_date_at(text: str, pos: int) -> date | None:
    m = _SHORT_DATE.match(text, pos)
    if m is None:
        return None
    try:
        return date(2000 + int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _make_date(m: re.Match[str]) -> date | None:
    try:
        if m.group("cy"):
            return date(cn_int(m.group("cy")) or 0, cn_int(m.group("cm")) or 0,
                        cn_int(m.group("cd")) or 0)
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except (TypeError, ValueError):
        return None


def _date_at(text: str, pos: int) -> date | None:
    m = _FULL_DATE.match(text, pos)
    return _make_date(m) if m else None


def _is_bound(text: str, start: int, end: int) -> bool:
    """到2026年9月30日 / 2026年9月30日前 / 于…之前: a time limit, not the document's date."""
    return _BOUND_BEFORE.search(text, max(0, start - 4), start) is not None \
        or _BOUND_AFTER.match(text, end) is not None


def _signature_date(text: str) -> date | None:
    """A date line among the closing lines (the issuer's signature, then its date)."""
    tail = text[-_SIGNATURE_SPAN:].rstrip()
    lines = [line.strip() for line in tail.split("\n") if line.strip()]
    for line in reversed(lines[-_SIGNATURE_LINES:]):
        bare = line.strip("（()）〔〕[] \u3000")
        m = _FULL_DATE.fullmatch(bare)
        if m is not None:
            return _make_date(m)
    return None
