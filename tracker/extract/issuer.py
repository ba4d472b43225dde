"""Document-level context for suggestions: who issued the document and for which region.

The staff's convention: a commitment names its responsible body when
the text does; otherwise it is the issuer's. For a report of a meeting the issuer is the
body the main speaker leads — 省委书记X出席并讲话 → <province>省委, 市长X → <city>市政府,
市生态环境局局长X → 市生态环境局. A decision or plan titled 「X关于…的决定」 is X's; a
report that opens with 「X将…」 is X's.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

from tracker.domain import BodyRef, RegionLevel
from tracker.domain.docnumber import DOC_NUMBER_LINE
from tracker.extract import classify
from tracker.extract.fold import INLINE_PINYIN
from tracker.extract.bodies import find_bodies, is_body_name
from tracker.extract.screen import screened
from tracker.geo import Gazetteer, RegionMatch
from tracker.geo.guess import DATELINE_WORDS
from tracker.geo.script import to_simplified

_CJK = r"[\u3400-\u9fff]"
# 省委书记尹弘出席 / 大同市委书记卢东亮出席 / 市长胡衡华主持
SPEAKER = re.compile(
    rf"(?P<place>{_CJK}{{2,4}}?)?(?P<level>[省市州县区盟旗])(?P<post>委(?:副)?书记|长|委常委)"
    rf"(?P<also>、{_CJK}{{0,8}}?[长记])?"
    rf"(?P<name>{_CJK}{{2,3}}?)(?=出席|主持|在|作|讲话|指出|强调|表示|代表|参加|通报|深入|到)"
)
# What every SPEAKER match holds (the post after its level): a head without it names no
# speaker, and the costly scan (an optional place first, tried at every character) is skipped.
_SPEAKER_HINT = re.compile(r"[省市州县区盟旗](?:委副?书记|长|委常委)")
_ALSO_SECRETARY = re.compile(rf"、(?P<place>{_CJK}{{0,6}}?)(?P<level>[省市州县区盟旗])委书记$")
_AND_GOVERNOR = re.compile(r"副书记、(?:代)?[省市州县区]?长")
# the head post a deputy of the level above also holds (湖南省副省长、长沙市市长X)
_ALSO_HEAD = re.compile(rf"、(?P<place>{_CJK}{{1,8}}?)(?P<level>[市州县区盟旗])(?:[市州县区盟旗])?长$")
# 市生态环境局局长X / 省发展改革委主任X
HEAD_OF = re.compile(
    rf"(?P<org>[省市县区]{_CJK}{{2,12}}?(?:局|厅|委员会|委|办公室|办))(?:党组书记、)?"
    rf"(?:局长|厅长|主任)(?P<name>{_CJK}{{2,3}}?)(?=出席|主持|在|作|讲话|指出|强调|表示)"
)
# 交通运输部部长X / 国家发展改革委主任X / 国家能源局局长X在…指出: the head of a ministry or of
# a national body speaking, named before the post (the body read from the words before it)
_NATIONAL_HEAD = re.compile(
    rf"(?:党组书记、)?(?:部长|局长|主任|署长)(?P<name>{_CJK}{{2,3}}?)"
    r"(?=出席|主持|在|作|讲话|指出|强调|表示|介绍|透露)")
_MEMBER_OF = re.compile(rf"(?P<parent>{_CJK}{{2,10}}?(?:部|委员会|委|局|署))(?:党组|党委)(?:书记|副书记|成员)、$")
_NATIONAL_BODY = re.compile(rf"{_CJK}{{2,10}}部|国家{_CJK}{{2,12}}?(?:局|委员会|委|署)")
# A byline naming the head of government: 市长 王某某 / 省长：李某 / 修水县代县长 王某某
BYLINE_HEAD = re.compile(
    rf"^[ \t\u3000]*(?P<place>{_CJK}{{2,12}}?[省市州县区盟旗镇乡])?(?:人民政府)?(?:代理?)?"
    rf"(?P<level>[省市州县区镇乡])长[ \t\u3000]*[:：]?[ \t\u3000]*{_CJK}{{2,3}}[ \t\u3000]*$", re.M)
# A byline naming the party secretary who speaks: 市委书记 张某某 / 宜春市委书记：张某某
BYLINE_SECRETARY = re.compile(
    rf"^[ \t\u3000]*(?P<place>{_CJK}{{2,10}}?)?(?P<level>[省市州县区])委书记"
    rf"[ \t\u3000]*[:：]?[ \t\u3000]*{_CJK}{{2,3}}[ \t\u3000]*$", re.M)
# The congress a work report is delivered to names its place: ——2026年1月10日在修水县第十八届
# 人民代表大会第五次会议上
CONGRESS_PLACE = re.compile(
    rf"在(?P<place>(?:{_CJK}|[*＊×xXｘＸ]){{1,14}}?(?:自治县|自治州|自治区|省|市|县|区|州|盟|旗|镇|乡))"
    r"第[一二三四五六七八九十〇零百]{1,4}届\s*人民代表大会")
# The opening of every work report: 现在，我代表县人民政府，向大会报告工作 — the government
# that delivers it, perhaps by its level alone
_DELEGATE = re.compile(
    rf"我代表(?P<who>(?:{_CJK}|[*＊×xXｘＸ]){{0,16}}?(?:人民政府|政府|行政公署|办事处))[，,、\s]*"
    r"向(?:大会|各位代表|本次大会)")
WORK_REPORT = re.compile(r"政府工作报告")
# The premier delivering the report, or the national congress hearing it
_PREMIER = re.compile(r"总理[\u4e00-\u9fff]{0,3}?(?:向|在|作)[^。\n]{0,30}政府工作报告"
                      r"|全国人大[^。\n]{0,20}政府工作报告|国务院政府工作报告")
# 江西省人民代表大会关于…的决定 / 市人民政府关于印发…的通知
TITLE_ISSUER = re.compile(rf"^(?P<who>{_CJK}{{2,30}}?)关于(?:{_CJK}|(?:19|20|１９|２０)\d{{2}}年)")  # 关于2024年…: a year first
OPENING_SUBJECT = re.compile(
    rf"(?P<who>[省市县区]{_CJK}{{1,12}}?(?:局|厅|委员会|委|办|政府|人大常委会|人民代表大会))"
    r"(?:将|要|坚决|始终|忠实)"
)
HEAD_LINES = 1200  # the speaker and the issuer are named within the opening characters
TITLE_BODY = 30
TITLE_ACTS = re.compile(
    r"召开|举行|举办|印发|发布|部署|出台|通报|\d{4}年|今年|工作要点|工作计划|实施方案|工作总结|"
    r"工作思路|工作安排")
# what may stand before a title's body (2025年宜春市生态环境局工作总结…) and between the
# body and what it does (宜春市生态环境局：2026年工作要点)
_TITLE_YEAR_LEAD = re.compile(r"^(?:19|20|１９|２０)\d{2}年度?")
_TITLE_GAP = re.compile(r"[ \u3000]*[:：丨|]?[ \u3000]*")
ACTOR_SPAN = 12  # a clause's own division stands within its first characters
OPENING_SPAN = 40  # enough of a clause to tell whether it opens with its verb
REGION_HEAD = 1500  # the jurisdiction shows in the title, byline and opening lines


@dataclass
class DocumentContext:
    issuer_refs: list[BodyRef]
    region_code: str | None
    region_name: str | None
    gazetteer: Gazetteer | None = None
    analysis: str = field(default="", repr=False)  # the document's words, as usual_name reads them
    _opening: dict[str, tuple[str, str] | None] = field(default_factory=dict, repr=False)
    _places: dict[str, tuple[str, str] | None] = field(default_factory=dict, repr=False)
    # a compilation by place (北京： … 上海： …): where each place's part starts, and the
    # government that answers for it
    sections: list[tuple[int, BodyRef]] = field(default_factory=list, repr=False)
    # the bodies a notice is addressed to (各县（市、区）人民政府，市直有关部门：), whom its
    # 请你们… / 你们要… clauses bind
    addressees: list[BodyRef] = field(default_factory=list, repr=False)

    def issuer_at(self, pos: int) -> list[BodyRef]:
        """The bodies answering for a clause at *pos* that names none: the government of
        the place whose part of a compilation holds it, else the document's issuer."""
        at = bisect.bisect_right(self.sections, pos, key=lambda s: s[0]) - 1
        return [self.sections[at][1]] if at >= 0 and self.sections[at][1].name \
            else list(self.issuer_refs)

    def official(self, ref: BodyRef) -> BodyRef:
        """A government named by its level alone (市政府将… / 区人民政府负责), by its
        official name: the document's own division at that level (湖州市人民政府). Its
        offices (市政府办公室) are bodies of their own, kept as written. A body named by
        pointing at the document's own division (我市, 该县县委) is named as
        pointed_at names it."""
        if ref.name[:1] in _DEICTIC_FIRST:
            named = pointed_at(ref.name, self.gazetteer, self.region_code)
            if named is not None:
                return BodyRef(named, ref.role)
        m = _BARE_GOVERNMENT.match(to_simplified(ref.name)) if "政府" in ref.name else None
        if m is None or m.group("office"):
            return ref
        own = _own_division(self.gazetteer, self.region_code, m.group("level"))
        return ref if own is None else \
            BodyRef(usual_name(own + "人民政府", self.analysis, self.gazetteer), ref.role)

    def region_of(self, words: str) -> tuple[str | None, str | None]:
        """The division a clause opens with as its actor or scope (赣州市要… / 𠮷安区建成…),
        else the document's. A place named further in is an object, not the jurisdiction
        (实施鄱阳湖…行动 binds the province, not a lake)."""
        if self.gazetteer is None:
            return self.region_code, self.region_name
        head = words[:OPENING_SPAN]  # all the rule reads; clauses often open alike
        if head not in self._opening:
            self._opening[head] = self._division_opening(head)
        return self._opening[head] or (self.region_code, self.region_name)

    def _division_opening(self, head: str) -> tuple[str, str] | None:
        if classify.LEADING.match(head) or classify.ACTION.match(head):
            return None
        span = head[:ACTOR_SPAN]  # the place lookup reads only these: clauses share them often
        if span not in self._places:
            self._places[span] = self._division_at_start(span)
        return self._places[span]

    def _division_at_start(self, span: str) -> tuple[str, str] | None:
        assert self.gazetteer is not None  # region_of answers without one
        if not self.gazetteer.may_name_within(span, 1):
            return None  # most clauses: no name begins where the rule would take it
        for match in self.gazetteer.find(span):
            if match.start <= 1:
                return match.region.code, self.gazetteer.display_name(match.region.code)
            break
        return None


def document_context(text: str, analysis: str, *, region_code: str | None = None,
                     issuer: str | None = None,
                     gazetteer: Gazetteer | None = None) -> DocumentContext:
    """Guess the issuer and region of a document from its first lines."""
    gaz = gazetteer if gazetteer is not None else _default_gazetteer()
    head = analysis[:HEAD_LINES]
    title = title_line(head)
    # the words the document gives, its source line's or signature's too (the issuer given)
    given_words = analysis if not issuer else f"{analysis}\n{to_simplified(issuer)}"
    if issuer and is_publisher(issuer):
        issuer = None  # 来源：某某日报 / 某市人民政府网: who posted the page, not who issued the text
    numbered = False
    if issuer and (bare := _DOC_NUMBER.sub("", issuer.strip())) != issuer.strip() and bare:
        issuer, numbered = bare, True  # 京政办发〔2016〕26号《北京市人民政府办公厅: not its number
    if issuer and not numbered and (office := _PORTAL_OFFICE.match(to_simplified(issuer))) is not None \
            and (to_simplified(issuer) not in head or _SOURCE_LINE.search(head)) \
            and not title.startswith(issuer):
        # 来源：涪陵区政府办公室 (a page's furniture, not the text's words): the office that
        # keeps the government's site posted the page; what it reports (the work report's
        # tasks, the executive meeting's decisions) is the government's
        issuer = issuer[:office.end("government")]
    if issuer and (short := _FURNITURE_SHORT.match(to_simplified(issuer))) is not None \
            and (to_simplified(issuer) not in head
                 or re.search(_SOURCE_WORDS + re.escape(issuer), head) is not None):
        # 信息来源：丽水市政府 (furniture, not the text's words): the government by its
        # official name; a text that writes 浙江省政府发布… keeps its own words
        issuer = issuer[:short.end("place")] + "人民政府"
    given = _joint_names(issuer) if issuer else []
    if given:
        issuer = None  # 中共某县委员会 某县人民政府 (a joint title's issuers read as one): each
    pointed = issuer is not None and issuer[:1] in _DEICTIC_FIRST
    if region_code is None and gaz is not None:
        region_code = _guess_region(gaz, analysis[:REGION_HEAD], title,
                                    None if pointed else issuer)
    if gaz is not None:
        # (a region given, as the app guesses it from the same mentions, is made precise too)
        region_code = _own_place(analysis, gaz, region_code) or _outlet_place(head, gaz)
    if pointed and issuer is not None:
        # 该县县委书记X说 in a news item: the county the item is about, by its name
        issuer = pointed_at(issuer, gaz, region_code)
    if issuer and issuer.endswith("人民政府") and to_simplified(issuer) not in analysis:
        # a government named from its head's post (长春市绿园区委副书记、区长 X), not as
        # written: by its own division's name, as a work report's (绿园区人民政府)
        issuer = _innermost(issuer[:-4]) + "人民政府"
    region_name = _display(gaz, region_code)
    reporting = WORK_REPORT.search(title) is not None
    delivered = _delivered_to(head, gaz, region_code) if reporting or "我代表" in head else None
    report = _report_government(title, gaz, region_code) or delivered if reporting \
        else _cited_report(head, gaz, region_code)
    report = report or _session_report(head, gaz)
    if (report is None or report == government_name(report[:1])) and "我代表" in head:
        # 现在，我代表镇人民政府，向大会报告工作: the government the report speaks for
        report = _delegate(head, gaz, region_code, delivered) or report
    if report is None and _PREMIER.search(head):
        report = "国务院"  # 李强总理向全国人大作政府工作报告: the State Council's
    # the words as written where the analysis keeps their offsets (a Traditional text read
    # in Simplified), to name a body the way the text does
    written = text if len(text) == len(analysis) else analysis
    masthead = _masthead(head, written) if not report else []
    titled = _title_issuer(title)
    if len(masthead) == 1:
        # 鞍山市立山区人民政府文件 / … / 立山区人民政府关于…: the body by its title's name
        named = next(filter(None, map(_title_issuer, head.split("\n")[1:TITLE_LINES])), None)
        if named and masthead[0].name.endswith(named):
            masthead = [BodyRef(named)]
    forwarded = _forwarded(head)
    who = report or forwarded or (masthead[0].name if len(masthead) == 1 else None) \
        or (None if masthead else _speaker_body(head, gaz, region_code) or issuer
            or titled or _adopted_by(head, gaz, region_code)
            or _sector_meeting(head, gaz, region_code))
    joint = masthead if len(masthead) > 1 else (joint_issuers(title) or given) if not who else []
    who = who or (None if joint else _signature(analysis, text))
    publishers = _publishing_bodies(analysis, text) if not who and not joint else []
    who = who or _government(head, title, gaz, region_code) or _title_body(title) \
        or _title_zone(title) \
        or _body_over_title(head) \
        or _sector_document(head, title, gaz, region_code) \
        or _issued_title(analysis, written) \
        or _news_subject(head, written) \
        or _informant(head, written) \
        or _opening_subject(head) \
        or _preamble_drafter(head, written) \
        or _title_place(title, gaz) or _title_town(title)
    if who and _PRESS_OFFICE.search(to_simplified(who)) and (at := analysis.find(to_simplified(who))) >= 0:
        # 某县政府新闻办举行…新闻发布会: the host; the body that speaks there answers
        who = _conference_speaker(analysis, at + len(who), written) or who
    # the title's words, the body whose document a title forwards among them: a body the
    # title names by its level (区水利局2025年工作计划) is the issuer as the title spells it
    # (a first line that is a paragraph, no title, names nothing so)
    titled = f"{'' if _SENTENCE_MARK.search(title) else title}\n{forwarded or ''}"
    refs = [_qualified(r, gaz, region_code, analysis[:HEAD_LINES], titled)
            for r in joint or publishers or ([BodyRef(who)] if who else [])]
    subjects: list[tuple[int, BodyRef]] = []
    if not refs and gaz is not None and region_code and _RECTIFICATION.search(head):
        # a report on an inspection's rectification names no issuer: the place inspected
        # answers for it (its committee and government together), named as a place
        own = gaz.get(region_code)
        if own is not None:
            refs = [BodyRef(own.name)]
            # places reported on one after another (北京市压实整改责任…。重庆市…): each
            # sentence opening with a place is that place's, to the end of its paragraph
            subjects = _place_subjects(analysis, gaz)
    if not refs and (own_words := _self_reference(head, gaz, region_code)):
        refs = [BodyRef(own_words)]
    if not refs and (speaking := _speaking_level(head, gaz, region_code)):
        refs = [BodyRef(speaking)]
    refs = [BodyRef(usual_name(r.name, given_words, gaz), r.role) for r in refs]
    ctx = DocumentContext(refs, region_code, region_name, gaz, analysis=given_words)
    ctx.addressees = addressees(head, written)
    if gaz is not None:
        ctx.sections = sorted([*_place_sections(analysis, gaz), *subjects], key=lambda x: x[0])
    return ctx


# The line a notice is addressed on (主送机关), under its title: bodies parted by commas,
# closed by a colon (各县（市、区）人民政府，市直有关部门： / 各设区市环保局:)
_ADDRESS_LINE = re.compile(r"^[ \t\u3000]*(?P<who>[^\n。；;：:]{2,150}?)[ \t\u3000]*[：:][ \t\u3000]*$", re.M)
ADDRESS_LINES = 12  # the addressees stand under the title, after its number and date
_ADDRESS_PARTS = re.compile(r"[，,]")


def addressees(head: str, written: str) -> list[BodyRef]:
    """The bodies of the first line of the opening lines that names bodies only, parted by
    commas and closed by a colon (各镇政府，各街道办事处，县政府各部门：), as written (each
    part whole when it is a body's name, 各区、县人民政府, else the bodies it holds); none
    when no line is so."""
    opening = "\n".join(head.split("\n", ADDRESS_LINES)[:ADDRESS_LINES])  # (a prefix of head)
    for m in _ADDRESS_LINE.finditer(opening):
        at, out = m.start("who"), []
        for part in _ADDRESS_PARTS.split(m.group("who")):
            start = head.find(part, at)
            at = start + len(part)
            name = part.strip(" \u3000")
            if not name:
                continue
            if is_body_name(name):
                start += part.index(name)
                out.append(BodyRef(written[start:start + len(name)]))
                continue
            found = find_bodies(name)
            if not found:
                out = []
                break  # a word that names no body: not the address
            for ref in found:
                named_at = head.find(ref.name, start)
                out.append(BodyRef(written[named_at:named_at + len(ref.name)]
                                   if named_at >= 0 else ref.name))
        if out:
            return out
    return []


# A government's general office, as a page's source line names it
_PORTAL_OFFICE = re.compile(r"^(?P<government>[\u4e00-\u9fff]{1,20}?[省市州县区盟旗](?:人民)?政府)(?:办公室|办公厅)$")
_SOURCE_WORDS = r"(?:来\s*源|信息来源|文章来源|稿件来源|公开责任部门|发布机构)\s*[:：]\s*"
_SOURCE_LINE = re.compile(_SOURCE_WORDS + r"[\u4e00-\u9fff]{1,20}?[省市州县区盟旗](?:人民)?政府(?:办公室|办公厅)")


# A division named by pointing at the document's own (我市, 本县, 该县, 我镇, 我盟), alone or
# before the body of it that acts (我市生态环境局, 该县县委); not 本市场, 本区域, 本省份
_DEICTIC = re.compile(r"^[我本该此](?P<level>省|市|州|县|区|镇|乡|盟|旗|街道)(?![场域份级])")
_DEICTIC_FIRST = "我本该此"
# the divisions whose government goes by another name than 人民政府
_GOVERNMENT_NAMES = (("盟", "行政公署"), ("地区", "行政公署"), ("街道", "办事处"))


def usual_name(name: str, analysis: str, gaz: Gazetteer | None) -> str:
    """*name*, when it opens with an autonomous prefecture's official name the document
    never writes (甘孜藏族自治州人民政府 for a report that says 甘孜 and 全州), or writes only
    for another body while naming this one in the usual form (果洛州人民政府), by the name its
    people and papers give it, X州 (甘孜州人民政府); as written otherwise."""
    at = name.find("自治州")
    if at < 0 or gaz is None or (name[:at + 3] in analysis and name in analysis):
        return name
    for region in gaz.by_name(name[:at + 3]):
        usual = next((s for s in region.short_names if s.endswith("州")), None)
        if region.name == name[:at + 3] and usual and (
                name[:at + 3] not in analysis or usual + name[at + 3:] in analysis):
            # (a document naming its congress in full and its government in the usual form,
            # 果洛藏族自治州第十五届人民代表大会 / 代表果洛州人民政府: the government as written)
            return usual + name[at + 3:]
    return name


def government_name(division: str) -> str:
    """The name of a division's government: 湖州市人民政府, 锡林郭勒盟行政公署,
    某街道办事处."""
    suffix = next((name for ending, name in _GOVERNMENT_NAMES if division.endswith(ending)),
                  "人民政府")
    return division + suffix


def pointed_at(name: str, gaz: Gazetteer | None, region_code: str | None) -> str | None:
    """A body named by pointing at the document's own division (我市 → 湖州市人民政府,
    该县县委 → 黄梅县委, 我市生态环境局 → 湖州市生态环境局, 我镇 → 镇人民政府 when the
    town is not known), else None. The division is the nearest one of that level on the
    way up from the document's (我市 in a county-level city's text is that city)."""
    m = _DEICTIC.match(to_simplified(name))
    if m is None:
        return None
    level = m.group("level")
    division = _nearest_of_level(gaz, region_code, level) or level
    rest = name[m.end():]
    if to_simplified(rest).startswith(level) and len(rest) > len(level):
        rest = rest[len(level):]  # 该县县委: the level said again before the body
    if not rest or to_simplified(rest) in ("政府", "人民政府"):
        return government_name(division)
    return division + rest if is_body_name(level + rest) or is_body_name(rest) else None


def _nearest_of_level(gaz: Gazetteer | None, code: str | None, level: str) -> str | None:
    """The document's division, or the nearest one above it, whose name ends in *level*
    (区 also takes an autonomous region, 县 a banner)."""
    if gaz is None or code is None:
        return None
    endings = {"县": ("县", "旗"), "区": ("区",), "省": ("省", "自治区")}.get(level, (level,))
    for region in reversed(gaz.path(code)):
        if region.name.endswith(endings):
            return region.name
    return None


# The text speaking of its own division in the first person (现向区委报告我镇…工作计划 /
# 我县将…): the government of that division answers for it
_SELF_REFERENCE = re.compile(r"[我本](?:省|市|州|县|区|镇|乡|盟|旗|街道)(?![场域份级])")


def _self_reference(head: str, gaz: Gazetteer | None, region_code: str | None) -> str | None:
    """The government of the division the opening calls its own (我镇 → 镇人民政府)."""
    if "我" not in head and "本" not in head:
        return None
    m = _SELF_REFERENCE.search(head)
    return pointed_at(m.group(), gaz, region_code) if m else None


# The text speaking as a county (全县…, 县政府工作的总体要求是, 在县委、县政府的坚强领导下) or
# a banner: its scope word, or its own government named by the level alone where a sentence
# or phrase begins (not 各县政府, 市、县人民政府, 某某县政府, 健全县级…)
def _speaks_as(level: str, not_after: str) -> re.Pattern[str]:
    """The pattern of a text speaking as a division of *level* (县旗 / 区): its scope word
    全X (not after *not_after*: 健全县级, 安全区), or its own government named by the level
    alone where a sentence or phrase begins."""
    return screened(
        rf"(?<![{not_after}])全(?P<all>[{level}])(?![级域外])"
        rf"|(?:^|(?<=[^\u4e00-\u9fff、]|[在和与及由对向是为经]))(?P<gov>[{level}])(?:委、[{level}])?(?:人民)?政府"
        r"(?!办公室|各部门|有关部门|所在地|驻地)", re.M)


_SPEAKS_AS_COUNTY = _speaks_as("县旗", "健安完齐保周成")
# …or as a district where the province-level division is no autonomous region (全区 of
# 内蒙古 is the region's own scope)
_SPEAKS_AS_DISTRICT = _speaks_as("区", "健安完齐保周成社片园景城小")


def _speaking_level(head: str, gaz: Gazetteer | None, region_code: str | None) -> str | None:
    """The government of the level a text speaks as, when nothing names its issuer and the
    division it is placed in lies above that level (a county's report placed in its
    province by 在福建考察时的重要讲话精神): a government of a higher level than the one
    the text speaks as never answers for it — that level's government, unnamed
    (县人民政府) when the division at that level is not known."""
    region = gaz.get(region_code) if gaz is not None and region_code else None
    if region is not None and region.level == RegionLevel.COUNTY:
        return None  # placed at its own level: the division's government by its name
    level = "县" if _SPEAKS_AS_COUNTY.search(head) else None
    if level is None and region is not None and region.level == RegionLevel.PROVINCE \
            and not region.name.endswith("自治区") and _SPEAKS_AS_DISTRICT.search(head):
        level = "区"  # 全区 of a province's district (or a municipality's: 北京市…区)
    return government_name(level) if level else None


# A government or its office named by its level alone (市政府近日印发… / 区政府办公室):
# the document's own division at that level, by the government's full name
_BARE_GOVERNMENT = re.compile(r"^(?P<level>[省市州县区旗])(?:人民)?政府(?P<office>办公厅|办公室)?$")


# The closing words of a work report's or plan's general requirements name the division it
# speaks for (开创中国式现代化建设荥阳实践新局面 / 奋力谱写中国式现代化嘉兴新篇章 / 为全省大局
# 贡献正定力量), where the words before may cite the committees above it (认真落实郑州市委…精神)
_OWN_PLACE = re.compile(
    r"中国式现代化(?:建设)?的?(?P<place>[\u4e00-\u9fff]{2,6}?)(?:新?实践|新?篇章|样板)"
    r"|贡献(?:更多|更大)?的?(?P<gives>[\u4e00-\u9fff]{2,6}?)(?:力量|智慧|担当)")
OWN_PLACE_HEAD = 3000  # the general requirements open the year's part of a report


def _own_place(analysis: str, gaz: Gazetteer, region_code: str | None) -> str | None:
    """The division a text calls its own in the closing words of its general requirements,
    when it lies below the one its mentions point to (a county-level city's report citing
    its city's committee) or none is known and the name is of one division only; else
    *region_code*."""
    words = analysis[:OWN_PLACE_HEAD]
    if "(" in words:
        words = INLINE_PINYIN.sub("", words)  # 中国式现(xiàn)代化: a repost's inline pinyin
    if "现代化" not in words and "贡献" not in words:
        return region_code
    for m in _OWN_PLACE.finditer(words):
        place = m.group("place") or m.group("gives")
        below = [r for r in gaz.by_name(place)
                 if region_code is None or (r.code != region_code and gaz.is_within(r.code, region_code))]
        if len(below) == 1:
            return below[0].code
    return region_code


# A local outlet's name in a news item's opening lines (宁海新闻网 / 宁海新闻网讯 / 黄梅发布 /
# 余姚日报): the place it serves, where the text names no place but speaks at that level
# (县十八届人大五次会议 / 全县 / 县委): what it reports is that division's
_OUTLET = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,4}?)(?:县|市|区)?(?:新闻网|日报|晚报|融媒体中心|广播电视台|电视台|发布)")
OUTLET_HEAD = 300


def _outlet_place(head: str, gaz: Gazetteer) -> str | None:
    """The one division a local outlet in the opening lines is named after, when the text
    speaks at that division's level; else None."""
    words = head[:OUTLET_HEAD]
    for m in _OUTLET.finditer(words):
        regions = [r for r in gaz.by_name(m.group("place"))
                   if r.level in (RegionLevel.COUNTY, RegionLevel.PREFECTURE)]
        if len(regions) != 1:
            continue
        level = regions[0].name[-1]
        if level in "县区市旗" and re.search(
                rf"全{level}|(?:(?<![\u4e00-\u9fff])|(?<=[从在于和与及由对向是为经据])){level}"
                r"(?:委|(?:人民)?政府|[一二三四五六七八九十]{1,3}届)", words):
            return regions[0].code
    return None


# A page's source line naming a division's government the short way (信息来源：丽水市政府)
_FURNITURE_SHORT = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,20}?[省市州县区盟旗])政府$")


_SENTENCE_MARK = re.compile(r"[。，,；;]")


def _qualified(ref: BodyRef, gaz: Gazetteer | None, region_code: str | None,
               head: str, titled: str = "") -> BodyRef:
    """An issuer named by its level alone, named in full: a government by the document's
    division at that level (市政府 → 商洛市人民政府), another body as the opening lines
    write it in full (区生态环境分局 … 吉安市青原区生态环境分局召开…), else by the
    document's division at its level (市科技局 → 福州市科技局), else as written. A body
    other than a government that the title names by its level (*titled*: 区水利局2025年
    工作计划, 转发市发展改革委关于…) and the document never writes in full keeps the
    title's spelling, not filled out from the division's name: the issuer of a document is
    spelled as the document writes it."""
    m = _BARE_GOVERNMENT.match(to_simplified(ref.name))
    own = _own_division(gaz, region_code, m.group("level")) if m else None
    if m is not None and own is not None:
        return BodyRef(own + "人民政府" + (m.group("office") or ""), ref.role)
    level = to_simplified(ref.name[:1])  # 縣水利局 as 县水利局
    if m is None and gaz is not None and level and level in "省市州县区":
        found = gaz.find(ref.name)
        full = _in_full(to_simplified(ref.name), head, gaz) \
            if not found or found[0].start > 0 else None
        if full:
            return BodyRef(full, ref.role)
        own = _own_division(gaz, region_code, level) \
            if (not found or found[0].start > 0) \
            and to_simplified(ref.name) not in to_simplified(titled) else None
        if own is not None and own[-1] == level and is_body_name(ref.name):
            return BodyRef(own + ref.name[1:], ref.role)  # 市科技局 → 福州市科技局
    return ref


# The masthead of an official document (发文机关标志): the issuing bodies' names alone on
# a line, with 文件 (宜春市人民政府办公室文件), or right above the title, its file number
# between (宜春市人民政府办公室 / 宜府办发〔2025〕5号 / 关于印发…的通知)
_MASTHEAD = re.compile(
    r"^[ \t\u3000]*(?P<who>[\u4e00-\u9fff（）() \u3000]{4,60}?)[ \t\u3000]*"
    r"(?:文件[ \t\u3000]*$|\n(?:[^\n]{0,12}[〔\[［(（]\d{4}[〕\]］)）][ \t\u3000]*\d{1,4}[号號][ \t\u3000]*\n)?"
    r"[ \t\u3000]*关于)", re.M)
MASTHEAD_HEAD = 200  # the masthead stands at the top of the first page


def _masthead(head: str, written: str) -> list[BodyRef]:
    """The bodies a document's masthead names, as written."""
    for m in _MASTHEAD.finditer(head[:MASTHEAD_HEAD]):
        parts = [p for p in re.split(r"[ \u3000]+", m.group("who").strip()) if p]
        if parts and all(map(_is_organ, parts)):
            at, out = m.start("who"), []
            for part in parts:
                at = head.find(part, at)
                out.append(BodyRef(written[at:at + len(part)]))
                at += len(part)
            return out
    return []


def _in_full(name: str, head: str, gaz: Gazetteer) -> str | None:
    """*name* (区生态环境分局) as *head* writes it after its division's full name
    (吉安市青原区生态环境分局), the chain of divisions kept."""
    at = head.find(name, 1)
    while at > 0:
        before = head[max(0, at - PLACE_SPAN):at + 1]  # …吉安市青原 + 区
        chain = gaz.find(before)
        if chain and chain[-1].end == len(before):
            start = chain[-1].start
            for prev in reversed(chain[:-1]):  # 吉安市 青原区: the whole chain
                if prev.end != start:
                    break
                start = prev.start
            return before[start:] + name[1:]
        at = head.find(name, at + 1)
    return None


_RECTIFICATION = re.compile(r"督察[^。\n]{0,30}整改|整改[^。\n]{0,30}督察")


# The signature of a notice: the issuing body on a line of its own, its date on the next
# (北京市人民政府办公厅 / 2016年5月28日), or both on one line.
_SIGNATURE = re.compile(
    r"^[ \t\u3000]*(?P<who>[\u4e00-\u9fff（）()]{4,30}?)(?:[ \t\u3000]*\n)?[ \t\u3000]*"
    r"(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d〇一二三四五六七八九十]{1,2}月"
    r"[\d〇一二三四五六七八九十]{1,3}日[ \t\u3000]*$", re.M)


def _signature(analysis: str, text: str) -> str | None:
    """The body that signs the text, as written."""
    for m in _SIGNATURE.finditer(analysis):
        if _is_organ(m.group("who")):
            return text[m.start("who"):m.end("who")] if len(text) == len(analysis) \
                else m.group("who")
    return None


# A news item's opening: 近日，会昌县生态环境局按照…开展… / 3月5日，市水务局召开…
# (after its dateline, if any: 5月18日讯 近日，… / 本报讯（记者 某某）日前，…)
_NEWS_TIME = r"(?:近日|日前|近期|\d{1,2}月\d{1,2}日(?:上午|下午|晚)?)[，,]?"
_CITED_OUTLET = r"(?:据[^，,。\n]{2,40}?报道[，,])"  # 据中央广播电视总台中国之声报道，
_NEWS_OPENING = re.compile(
    rf"(?:^|[。\n])[ \t\u3000]*(?:{DATELINE_WORDS}[ \t\u3000]*{_CITED_OUTLET}?(?:{_NEWS_TIME})?"
    rf"|{_CITED_OUTLET}(?:{_NEWS_TIME})?|{_NEWS_TIME})"
    r"(?P<rest>[^，,。\n]{4,40})")
# …or with the body first and the time after it, as news writes an act of the day
# (交通运输部25日召开新闻发布会透露 / 某市生态环境局今天印发…), after a dateline or the outlet
# it cites (据中央广播电视总台中国之声报道，…), if any
_NEWS_BODY_FIRST = re.compile(
    rf"(?:^|[。\n])[ \t\u3000]*(?:{DATELINE_WORDS})?[ \t\u3000]*{_CITED_OUTLET}?"
    r"(?P<rest>[^，,。\n]{4,40})")
_ACT_OF_THE_DAY = re.compile(
    r"(?:近日|日前|近期|今天|今日|昨天|昨日|\d{1,2}月\d{1,2}日|\d{1,2}日)(?:上午|下午|晚)?[，,]?"
    r"(?:召开|举行|举办|印发|发布|出台|通报|公布|组织|部署|启动)")
_HOSTS = re.compile(r"(?:\d{1,2}月\d{1,2}日|\d{1,2}日|近日|日前|今天|今日)?(?:上午|下午)?(?:召开|举行|举办)")
NEWS_HEAD = 300  # the news item's opening sentences


_NOT_ACTOR = re.compile(r"记者|本报|本台|笔者|从|据|由|在")
# after the body: its own part (X的), another body (X和Y) or its meeting (X第四次会议)
# on behalf of another (X受省政府委托作报告 / X代表市政府): the principal owns the text
_NOT_ACTING = re.compile(r"[的和与及、]|第|会议|常委会|常务委员会|受|代表|[一二三四五六七八九十]{1,3}次")


# A news item whose reporter learned the plan from a body (记者2日从市科技局获悉，… / 近日，
# 从市政府办公厅获悉，…), or that
# cites a body's own news (据交通运输部消息，… / 农业农村部发布，…): the body informing answers
# for what it announced; a meeting or a news conference is no body, nor an outlet (据新华社消息)
_INFORMANT = re.compile(
    r"(?:(?:记者|笔者)[^，,。\n]{0,8}?|(?:^|(?<=[，,。：:\n）)\s])))从(?P<who>[^，,。\n]{2,24}?)(?:获悉|了解到|得知)"
    r"|(?:^|(?<=[，,。：:\n）)\s]))据(?P<cited>[^，,。\n]{2,24}?)(?:消息|通报)[，,：:]"
    # …or opens with a body's release (央视网消息：农业农村部发布，… / 生态环境部通报：…)
    r"|(?:^|(?<=[，,。：:\n）)\s]))(?P<released>[^，,。：:\n]{2,24}?)(?:发布|通报)[，,：:]")
INFORMANT_HEAD = 300  # the news item's opening sentence


def _informant(head: str, written: str) -> str | None:
    """The body a news item says its reporter learned the text from, or whose news it
    cites, as written."""
    m = _INFORMANT.search(head[:INFORMANT_HEAD])
    if m is None:
        return None
    group = "who" if m.group("who") else "cited" if m.group("cited") else "released"
    if group == "who" and "发布会" in m.group(group):
        # 记者从国新办举行的新闻发布会上获悉: who speaks at the conference told it
        return _conference_speaker(head, m.end(), written, CONFERENCE_READ)
    if not is_body_name(m.group(group)) or is_publisher(m.group(group)):
        return None
    return written[m.start(group):m.end(group)]


def _news_subject(head: str, written: str) -> str | None:
    """The body a news item's opening sentence is about, when it opens with that body
    doing something (not 市生态环境局的…), as written: the body that speaks at a news
    conference a press office hosts."""
    for m in (_NEWS_OPENING.search(head), _NEWS_BODY_FIRST.search(head[:NEWS_HEAD])):
        if m is None:
            continue
        rest = m.group("rest")
        if _NOT_ACTOR.match(rest):
            continue  # 记者从X获悉 / 本报讯: who reports, not who acts
        found = find_bodies(rest)
        if not found or not rest.startswith(found[0].name) or is_publisher(found[0].name) \
                or _NOT_ACTING.match(rest, len(found[0].name)) or len(rest) == len(found[0].name):
            continue
        at = m.start("rest")
        if _PRESS_OFFICE.search(to_simplified(found[0].name)) \
                and _HOSTS.match(rest, len(found[0].name)):
            return _conference_speaker(head, at + len(found[0].name), written)
        if m.re is _NEWS_BODY_FIRST and not _ACT_OF_THE_DAY.match(rest, len(found[0].name)):
            continue  # a body first, with no act of the day after it: no news opening
        return written[at:at + len(found[0].name)]
    return None


# A government's press office (某县政府新闻办 / 国务院新闻办公室) hosts news conferences for
# others: the body that speaks there answers for what it announces — the place of a
# conference held for it (新闻发布会——某镇专场), the body whose head or spokesman speaks
# (X局长某某介绍 / X有关负责人表示 / X新闻发言人透露) or whose people are invited (邀请X负责同志…)
_PRESS_OFFICE = re.compile(r"新闻办(?:公室)?$")
_SESSION_FOR = re.compile(r"发布会[—―\-－]*(?P<who>[^。，,！\n—]{2,16}?)专场")
_POST = (r"(?:副)?(?:部长|局长|厅长|主任|署长|院长|司长|处长|主要负责人|有关负责人|负责人|负责同志|"
         r"新闻发言人)")
# after the body: its head or spokesman (X局长某某 / X有关负责人 / X党组成员、Y局长某某: a
# member of X's leading group heading a body under it speaks for X)
_SPEAKS = re.compile(r"(?:(?:党组|党委)(?:书记|副书记|成员)、[^，,。；;\n]{0,14}?)?" + _POST)
_SAYS_AFTER = re.compile(r"[^，,。；;\n]{0,16}?(?:介绍|表示|透露|指出|说|称|通报|发布)")
_INVITED = re.compile(r"邀请$")
CONFERENCE_SPAN = 160  # the sentence that names who speaks, and the next
CONFERENCE_READ = 400  # …or, from a report of what was learnt there, the paragraph after


def _conference_speaker(head: str, at: int, written: str,
                        span: int = CONFERENCE_SPAN) -> str | None:
    """Who speaks at the news conference a press office hosts, named after *at*; beyond
    the next sentence only a body whose head or spokesman is said to speak."""
    window = head[at:at + span]
    m = _SESSION_FOR.search(window)
    if m is not None:
        return written[at + m.start("who"):at + m.end("who")]  # the place, as written
    for part in re.finditer(r"[^，,。；;\n]+", window):
        clause = part.group()
        for found in find_bodies(clause):
            i = clause.find(found.name)
            if _PRESS_OFFICE.search(to_simplified(found.name)) or is_publisher(found.name):
                continue
            name = found.name
            if name.endswith(("党组", "党委")) and is_body_name(name[:-2]):
                name = name[:-2]  # 农业农村部党组成员、…局长: the ministry's leading group
            post = _SPEAKS.match(clause, i + len(name))
            near = part.start() < CONFERENCE_SPAN
            if (post and (near or _SAYS_AFTER.match(clause, post.end()))) \
                    or (near and _INVITED.search(clause, 0, i)):
                return written[at + part.start() + i:at + part.start() + i + len(name)]
    return None


# A place's own part of a compilation: a line that is the place's name alone with a colon
# (北京： / 全国：) or that opens with it before a dash (河北省——…整改方案).
_PLACE_LABEL = re.compile(
    r"^[ \t\u3000]*(?:(?P<place>[\u4e00-\u9fff]{2,12}?)[ \t\u3000]*(?:[:：][ \t\u3000]*$|——|—)"
    r"|【(?P<bracketed>[\u4e00-\u9fff]{2,12}?)】[ \t\u3000]*$)",  # or 【江苏】 on its own line
    re.M)
MIN_SECTIONS = 2  # one label may be a dateline (北京：…); a compilation has several


_SENTENCE_OPENING = re.compile(r"(?:^|(?<=[。；;！？\n]))[ \t\u3000]*(?=[\u4e00-\u9fff])")
_NOT_SUBJECT = "的、和与及等在"  # 北京市的…, 北京市、上海市…, 北京市在…: not the place acting
PLACE_SPAN = 12


def _place_subjects(analysis: str, gaz: Gazetteer) -> list[tuple[int, BodyRef]]:
    """Where a sentence opens with a place acting (内蒙古提出，… / 重庆市以…为重点): the
    place's name, and where its paragraph ends (the document's issuer again)."""
    out: list[tuple[int, BodyRef]] = []
    for m in _SENTENCE_OPENING.finditer(analysis):
        at = m.end()
        found = gaz.find(analysis[at:at + PLACE_SPAN])
        if not found or found[0].start != 0:
            continue
        end = found[0].end
        while len(found) > 1 and found[1].start == end:  # 四川省成都市…: the innermost
            found = found[1:]
            end = found[0].end
        if analysis[at + end:at + end + 1] in _NOT_SUBJECT or found[0].region.code is None:
            continue
        out.append((at, BodyRef(found[0].region.name)))
        stop = analysis.find("\n", at)
        if stop > 0:
            out.append((stop, BodyRef("")))  # the paragraph ends: back to the issuer
    return out


def _place_sections(analysis: str, gaz: Gazetteer) -> list[tuple[int, BodyRef]]:
    out = []
    for m in _PLACE_LABEL.finditer(analysis):
        place = m.group("place") or m.group("bracketed")
        if place == "全国":
            out.append((m.start(), BodyRef("国务院")))
            continue
        found = gaz.find(place)
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(place):
            out.append((m.start(), BodyRef(government_name(found[0].region.name))))
    return out if len(out) >= MIN_SECTIONS else []


# Page furniture of a web page: the site's name, breadcrumbs, the source and editor lines.
_SITE_LINE = screened(
    r"(?:网|网站|门户|官网|客户端|频道|公众号|平台)\s*[!！]?$|^欢迎|首页\s*[>＞›»/]|当前位置|您的位置|"
    r"^(?:来源|稿源|作者|编辑|责任编辑|审核|校对|发布时间|时间|日期|浏览次数|点击数)\s*[:：]|责任编辑\s*[:：]|"
    r"字号|打印本页|关闭窗口|分享到|^【?[大中小]】?\s*【?[大中小]】?"
)
# A publisher of pages rather than an issuer of documents.
_PUBLISHER = re.compile(
    r"(?:网|网站|门户网站|官网|客户端|公众号|日报|晚报|报社|报|新闻中心|融媒体中心|广播电视台|电视台|"
    r"新闻社|通讯社|杂志社|杂志|出版社|频道)$"
)
TITLE_LINES = 8  # the title stands within the opening lines, after the page furniture


def is_publisher(name: str) -> bool:
    """Whether *name* is a site or a newspaper that posted the text (某市人民政府网,
    某某日报, 某区融媒体中心), not the body that issued it."""
    return _PUBLISHER.search(to_simplified(name.strip())) is not None


def title_line(head: str) -> str:
    """The document's title: the first line of *head* that is no page furniture (the
    site's name, 首页 > …, 来源：…, 责任编辑：…), else the first line."""
    lines = [line.strip() for line in head.strip().split("\n")]
    lines = [line for line in lines if line]
    for line in lines[:TITLE_LINES]:
        if _SITE_LINE.search(line) is None and DOC_NUMBER_LINE.match(line) is None:
            return line
    return lines[0] if lines else ""


@functools.cache
def _default_gazetteer() -> Gazetteer:
    return Gazetteer.default()


def _guess_region(gaz: Gazetteer, analysis: str, title: str, issuer: str | None) -> str | None:
    guess = gaz.guess_document_region(analysis, title, issuer)
    return None if guess is None else guess.code


def _display(gaz: Gazetteer | None, code: str | None) -> str | None:
    if gaz is None or code is None:
        return None
    return gaz.display_name(code)


def _minister(head: str, gaz: Gazetteer | None) -> str | None:
    """The national body whose head speaks first in *head* (交通运输部部长X在…指出)."""
    for m in _NATIONAL_HEAD.finditer(head) if "长" in head or "主任" in head else ():
        before = head[max(0, m.start() - _MAX_BODY):m.start()]
        found = [b.name for b in find_bodies(before) if before.endswith(b.name)]
        name = re.split(r"[^\u4e00-\u9fff]", found[-1])[-1] if found else ""  # after （记者 X）
        if _NATIONAL_BODY.fullmatch(name) and is_body_name(name) and not (gaz and gaz.find(name)):
            # 农业农村部党组成员、国家乡村振兴局局长X: a member of the ministry's leading group
            # heading a body under it speaks for the ministry
            member = _MEMBER_OF.search(before, 0, len(before) - len(name))
            return member.group("parent") if member and is_body_name(member.group("parent")) else name
    return None


def _speaker_body(head: str, gaz: Gazetteer | None, region_code: str | None) -> str | None:
    """The body led by the first speaker named with a post title."""
    m = HEAD_OF.search(head)
    if m:
        return m.group("org")
    for m in SPEAKER.finditer(head) if _SPEAKER_HINT.search(head) else ():
        level, post = m.group("level"), m.group("post")
        if post == "委常委":
            also = _ALSO_SECRETARY.match(m.group("also") or "")
            if also is None:
                continue
            # 省委常委、大同市委书记X出席: the secretary of the city named after the post
            place, level = also.group("place"), also.group("level")
            if place and _is_place(gaz, place + level):
                return place + level + "委"
            return (_own_division(gaz, region_code, level) or level) + "委"
        if post == "长" and (m.group("place") or "").endswith("副"):
            # 湖南省副省长、长沙市市长X: a deputy of the level above who heads his own division
            # speaks as its head (the post after his deputy's); a deputy alone, for the
            # government he serves in (副省长X → the province's)
            heads = _ALSO_HEAD.match(m.group("also") or "")
            if heads is not None and _is_place(gaz, heads.group("place") + heads.group("level")):
                return government_name(_innermost(heads.group("place") + heads.group("level")))
            place = m.group("place")[:-1]
            if place.endswith(level) and _is_place(gaz, place):
                return government_name(_innermost(place))
            return government_name(_own_division(gaz, region_code, level) or level)
        # 市长 / 县长 / 旗长 / 盟长 head their division's government (旗人民政府, 盟行政公署)
        suffix = "委" if post.startswith("委") else "政府"
        if post == "委副书记" and _AND_GOVERNOR.search(m.group()):
            suffix = "政府"  # 市委副书记、市长X: the deputy secretary speaks as head of government
        place = m.group("place")
        if place and place.endswith(level) and _is_place(gaz, place):
            division = place  # 安徽省省长X: the province, not 安徽省省
        elif place and _is_place(gaz, place + level):
            division = place + level
        else:
            division = _own_division(gaz, region_code, level) or level
        # a post (市长X) names no form of its own: the government by its official name
        return government_name(division) if suffix == "政府" else division + suffix
    if (minister := _minister(head, gaz)) is not None:
        return minister
    # (every match holds 委书记: a head without it is not scanned line by line)
    m = BYLINE_SECRETARY.search(head) if "委书记" in head else None
    if m is not None:  # 市委书记 张某某 on a line of its own under a speech's title
        place, level = m.group("place"), m.group("level")
        if place and _is_place(gaz, place + level):
            return place + level + "委"
        division = _own_division(gaz, region_code, level)
        return division + "委" if division else None
    return None


# A decision or measure adopted by a congress or its standing committee, in its byline or a
# news item (江西省第十四届人民代表大会常务委员会第九次会议通过 / 市九届人大常委会第二十次会议
# 日前举行，会上表决通过了《…》): that body's. A plan the congress approves (批准) stays the
# government's.
_ADOPTED = re.compile(
    r"(?P<place>[\u4e00-\u9fff]{0,12}?)第?[一二三四五六七八九十]{1,3}届"
    r"(?P<body>人民代表大会常务委员会|人大常委会|人民代表大会|人大)"
    r"第?[一二三四五六七八九十]{1,3}次(?:全体)?会议[^。\n]{0,30}?通过")
# what a congress adopts as its own text: a decision, a regulation or measures, named in the
# title or right after 通过 (not 关于政府工作报告的决议 nor 关于批准…的决定: what it approves
# stays the government's)
_ADOPTED_TEXT = re.compile(r"(?:决定|条例|办法|规定|规则)(?:[（(][^）)]{0,8}[）)])?$")
_ADOPTED_NAMED = re.compile(r"了?《(?P<name>[^》\n]{2,80})》")
ADOPTED_HEAD = 400  # the byline or the news item's opening sentence


def _adopted_by(head: str, gaz: Gazetteer | None, region_code: str | None) -> str | None:
    """The congress or standing committee that adopted the text, by its full name."""
    m = _ADOPTED.search(head[:ADOPTED_HEAD]) if "届" in head[:ADOPTED_HEAD] else None
    if m is None:
        return None
    named = _ADOPTED_NAMED.match(head, m.end())
    text_name = named.group("name") if named else title_line(head)
    if not _ADOPTED_TEXT.search(text_name.strip()) or "批准" in text_name:
        return None
    body = "人民代表大会" if m.group("body") in ("人民代表大会", "人大") else "人民代表大会常务委员会"
    place = m.group("place")
    if place.endswith("全国"):
        return "全国" + body
    level = place[-1:] if place[-1:] in "省市州县区" else "市"
    found = gaz.find(place) if gaz is not None else []
    if found and found[-1].end == len(place):  # 2024年5月30日江西省…: the place named last
        return _innermost(_full_name(found[-1])) + body
    if place and place[-1] not in "省市州县区日，,。；;（( ":
        return None  # a name that is no place (…工作会议通过): no congress of nowhere
    own = _own_division(gaz, region_code, level)  # 市九届人大常委会: the document's city
    return own + body if own else None


# A sector's meeting for the whole country, province or city, held (全省生态环境暨全系统…
# 工作会议近日在南昌召开 / 召开全市水利工作会议 / 召开2024年度全市生态环境保护工作会议 /
# 记者从全国生态环境保护工作会议上获悉):
# its department convenes it and answers for what it sets; a meeting whose 精神 is to be
# carried out was held by others.
_SECTORS = r"生态环境|水利|自然资源|交通运输|农业农村|住房和城乡建设|住房城乡建设|应急管理|林业"
_SECTOR_MEETING = re.compile(
    r"(?P<held>召开|举行)?(?:(?:19|20|１９|２０)\d{2}年度?)?"
    # the division by scope (全省) or by its name (青海省水利工作会议 / 福州市生态环境工作会议)
    rf"(?:(?<![、，,])全(?P<level>[国省市县区])|(?P<place>{_CJK}{{1,10}}?(?P<named>[省市县区])))"
    rf"(?P<sector>{_SECTORS})"
    r"(?:保护)?(?:暨[^。\n，,；;]{0,20}?)?(?:工作)?会议"
    r"(?P<after>[^。\n；;]{0,20}?(?:召开|举行)|上(?:获悉|了解到|得知))?")
# the department of a sector at each level: the State Council's ministries, the provinces'
# departments (林业 a bureau), the bureaus of cities and counties
_SECTOR_DEPARTMENT = {"国": "部", "省": "厅", "市": "局", "县": "局", "区": "局"}
SECTOR_HEAD = 300  # the meeting is named in the title or the report's opening sentence


def _sector_meeting(head: str, gaz: Gazetteer | None, region_code: str | None) -> str | None:
    """The department convening the sector's meeting the text reports as held."""
    for m in _SECTOR_MEETING.finditer(head[:SECTOR_HEAD]):
        if not (m.group("held") or m.group("after")):
            continue
        level = m.group("level") or (m.group("named") if m.group("place").endswith(
            "全" + m.group("named")) else None)  # 江西全省生态环境…会议: by scope
        if level:
            return _department(level, m.group("sector"), gaz, region_code)
        place = _named_place(m.group("place"), gaz)
        if place is not None:  # 青海省水利工作会议召开: the department of the division it names
            sector = m.group("sector")
            return place + sector + ("局" if sector == "林业" else _SECTOR_DEPARTMENT[place[-1]])
    return None


def _named_place(words: str, gaz: Gazetteer | None) -> str | None:
    """The division *words* end with, as written (召开青海省 → 青海省), when the gazetteer
    knows it by that name, else None."""
    for at in range(len(words) - 2, -1, -1):
        name = words[at:]
        if gaz is not None and any(m.start == 0 and m.end == len(name) for m in gaz.find(name)):
            return name
    return None


# A sector's own programme or review for its division (2024年全市生态环境工作要点 / 全县
# 水利工作总结和2025年工作计划): its department's, as a bureau's report is the bureau's
_SECTOR_TITLE = re.compile(
    rf"^(?:(?:19|20|１９|２０)\d{{2}}年度?)?全(?P<level>[国省市县区])(?P<sector>{_SECTORS})(?:保护)?(?:系统)?"
    r"(?:工作)?(?:要点|计划|总结|思路|安排|重点任务|任务清单|实施方案)")
# …or the sector speaking of itself as the subject of the opening (全市生态环境系统要… /
# 绵阳林业主动服从…), its division named by scope (全市) or by name right before it
_SECTOR_SUBJECT = re.compile(
    rf"(?P<sector>{_SECTORS})(?:系统|战线|工作)?(?:要|将|主动|坚持|始终|紧紧|全力|认真|坚决)")
SECTOR_SUBJECT_HEAD = 300  # the title and the opening paragraph (its first two lines)


def _sector_document(head: str, title: str, gaz: Gazetteer | None,
                     region_code: str | None) -> str | None:
    """The department whose sector's programme or review the text is, by its title or its
    opening subject, named by the division it serves (泰州市生态环境局)."""
    m = _SECTOR_TITLE.match(title)
    if m is not None:
        return _department(m.group("level"), m.group("sector"), gaz, region_code)
    lines = head[max(head.find(title), 0) if title else 0:].lstrip().split("\n", 2)
    opening = "\n".join(lines[:2])[:SECTOR_SUBJECT_HEAD + len(title)]
    for m in _SECTOR_SUBJECT.finditer(opening):
        before = opening[max(0, m.start() - PLACE_SPAN):m.start()]
        if before.endswith(("全省", "全市", "全县", "全区")):
            return _department(before[-1], m.group("sector"), gaz, region_code)
        own = gaz.get(region_code) if gaz is not None and region_code else None
        if own is not None and to_simplified(before).endswith((own.name, *own.short_names)):
            # 绵阳林业 / 泰州市生态环境系统: the document's own division, by any of its names
            level = {RegionLevel.PROVINCE: "省", RegionLevel.PREFECTURE: "市"}.get(own.level, "县")
            return _department(level, m.group("sector"), gaz, region_code)
    return None


def _department(level: str, sector: str, gaz: Gazetteer | None,
                region_code: str | None) -> str | None:
    """A sector's department at a level of the document's own division (市 → its city's
    bureau, 省 → its province's department, 国 → the ministry)."""
    if level == "国":
        return None if sector == "林业" else sector + "部"
    own, suffix = _own_division(gaz, region_code, level), _SECTOR_DEPARTMENT[level]
    if own is None and level == "区":  # 全区 of an autonomous region: its department
        own, suffix = _own_division(gaz, region_code, "省"), "厅"
    if own is None:
        return None
    return own + sector + ("局" if sector == "林业" else suffix)


def _is_place(gaz: Gazetteer | None, name: str) -> bool:
    if gaz is None:
        return not classify.VAGUE.search(name)
    return bool(gaz.find(name))


def _own_division(gaz: Gazetteer | None, code: str | None, level: str) -> str | None:
    """The document's division at the level of a post: 省 → its province, 市 → its city
    (a county-level city's own text: that city, 枝江市, not the city above it)."""
    if gaz is None or code is None:
        return None
    region = gaz.get(code)
    if level == "市" and region is not None and region.level == RegionLevel.COUNTY \
            and region.name.endswith("市"):
        return region.name
    want = RegionLevel.PROVINCE if level == "省" else \
        RegionLevel.COUNTY if level in "县区旗" else RegionLevel.PREFECTURE
    if want is RegionLevel.COUNTY and (region is None or region.level != want):
        return None  # a county post in a document placed no lower than its city
    while region is not None and region.level != want:
        if region.level == RegionLevel.PROVINCE:
            break  # a municipality (重庆市) is both the province and the city
        region = gaz.get(region.parent_code) if region.parent_code else None
    return region.name if region is not None else None


def _delivered_to(head: str, gaz: Gazetteer | None,
                  region_code: str | None = None) -> str | None:
    """A work report's government by the place of the congress it is delivered to
    (在修水县第十八届人民代表大会…上 / 在三圳镇第十七届人民代表大会…上), else by the place of
    the head of government in its byline (修水县县长 王某某 / 蕉岭县三圳镇人民政府镇长 某某)."""
    m = CONGRESS_PLACE.search(head)
    place = m.group("place") if m else None
    if place is None:
        byline = BYLINE_HEAD.search(head)
        place = byline.group("place") if byline else None
    division = _division_named(place, gaz, region_code) if place else None
    return government_name(division) if division else None


# A place left blank as a template does (**县 / XX镇): the level alone
_BLANKED = re.compile(r"^[*＊×xXｘＸ]*$")
# A town's or township's name (三圳镇, 木塔乡), which the gazetteer does not hold; not words
# ending alike (城乡, 乡镇)
_TOWN = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?<![城乡全各本我该])(?:镇|乡)$")
_TOWN_CHAIN = re.compile(r"^.*(?:自治县|自治州|自治区|省|市|县|区|州|盟|旗)(?=[\u4e00-\u9fff]{2,}?(?:镇|乡)$)")


def _division_named(place: str, gaz: Gazetteer | None, region_code: str | None) -> str | None:
    """The division a work report's congress, byline or title names: a county or above as
    the gazetteer knows it (its chain's innermost: 十堰市张湾区 → 张湾区), a town by its form
    (蕉岭县三圳镇 → 三圳镇), a blanked name (**县) by the document's own division at that
    level, else by the level alone (县)."""
    level = place[-1:]
    if _BLANKED.match(place[:-1]):
        own = _own_division(gaz, region_code, level) if level in "省市州县区旗" else None
        return own or level
    if level in "镇乡":
        chain = _TOWN_CHAIN.match(place)
        town = place[chain.end():] if chain else place
        return town if _TOWN.match(town) else None
    return _innermost(place) if _is_place(gaz, place) else None


_AUTONOMOUS_LEVEL = {"自治区": "省", "自治州": "州", "自治县": "县", "自治旗": "旗"}


def _delegate(head: str, gaz: Gazetteer | None, region_code: str | None,
              delivered: str | None) -> str | None:
    """The government a work report says it speaks for (我代表县人民政府，向大会报告工作):
    by its name when given, else the division the congress or byline names at that level,
    else the document's own division at that level, else the level alone (镇人民政府)."""
    m = _DELEGATE.search(head)
    if m is None:
        return None
    who = m.group("who")
    name = who[:-len("人民政府")] if who.endswith("人民政府") else \
        who[:-2] if who.endswith("政府") else None
    if name is None:
        return who  # 行政公署, 办事处: as written
    written, name = name, _AUTONOMOUS_LEVEL.get(name, name)  # 自治区: a level, not a name
    if len(name) > 1 and not _BLANKED.match(name[:-1]):
        return government_name(name)  # 我代表三圳镇人民政府
    level = name[-1:] if name else ""
    if not level or level not in "省市州县区旗镇乡盟":
        return None
    if delivered and delivered[:-len("人民政府")].endswith(level):
        return delivered
    own = _own_division(gaz, region_code, level) if level in "省市州县区旗" else None
    return government_name(own or (written if written in _AUTONOMOUS_LEVEL else level))


_COUNTY_SCOPE = re.compile(r"全县|全区|全旗|县委|区委|旗委|县政府|区政府|旗政府|县人民政府|区人民政府|旗人民政府")


def _government(head: str, title: str, gaz: Gazetteer | None, region_code: str | None) -> str | None:
    """A government work report, or a byline naming a 市长/省长: that level's government."""
    m = BYLINE_HEAD.search(head)
    if m is None and not WORK_REPORT.search(title):
        return None
    if m is not None and m.group("place") and _is_place(gaz, m.group("place")):
        return government_name(_innermost(m.group("place")))  # 修水县县长 王某某
    level = m.group("level") if m else "市"
    own = _own_division(gaz, region_code, level)
    if m is None and _COUNTY_SCOPE.search(head):
        # a report speaking of 全县/全区 placed in a county is the county's (全区 of an
        # autonomous region placed in the province stays the province's)
        own = _own_division(gaz, region_code, "县") or own
        if own is not None and _speaking_level(head, gaz, region_code) == "县人民政府":
            # 全县 / 县政府工作 in a report placed no lower than its city or province: the
            # county's government unnamed, never the higher level's
            return "县人民政府"
    if own is None and m is None:
        return None  # a work report of no known place: no 市人民政府 of nowhere
    return government_name(own or level)


def _report_government(title: str, gaz: Gazetteer | None = None,
                       region_code: str | None = None) -> str | None:
    """The government a work report's title names (修水县人民政府工作报告 → 修水县人民政府);
    by its level alone (2024年区政府工作报告) the document's own division at that level,
    else that level's government unnamed (区人民政府)."""
    title = _PLACE_NOTE.sub("", title)  # (山西省)晋中市人民政府工作报告: the report's own government
    found = find_bodies(title[:TITLE_BODY])
    if found and title.startswith(found[0].name) and found[0].name.endswith("政府") \
            and not _TITLE_YEAR_LEAD.match(found[0].name):
        return found[0].name
    # 2023年十堰市张湾区政府工作报告 → 张湾区人民政府: the innermost division before 政府
    m = _REPORT_PLACE.search(title)
    if m is None:
        return None
    place = m.group("place")
    if m.start("place") > 0 and place[0] == "年" and title[m.start("place") - 1].isdigit():
        place = place[1:].lstrip("度")  # 2024年区政府工作报告: the year, then the level alone
    # a news sentence before the place (会议听取和审议了中山市政府工作报告 / 省长X作省政府工作
    # 报告): the place starts after its verb or particle, else where the division named
    # last before the level starts (the chain's innermost)
    place = _REPORT_LEAD.split(place)[-1] or place
    if gaz is not None and len(place) > 1 and place[-1] not in "镇乡":
        ending = [f for f in gaz.find(place) if f.end == len(place)]
        if ending and ending[-1].start > 0:
            place = place[ending[-1].start:]
    place = _AUTONOMOUS_LEVEL.get(place, place)  # 作自治区政府工作报告: a level, not a name
    if len(place) == 1:
        own = _own_division(gaz, region_code, place) if place in "省市州县区旗" else None
        return government_name(own or place)
    if place[-1] in "镇乡":
        division = _division_named(place, gaz, region_code)
        return government_name(division) if division else None
    return government_name(_innermost(place))  # 某某盟: its 行政公署


# A news item summing up a work report, its opening sentence citing the report as its
# source (市政府工作报告指出，… / 今年的区政府工作报告明确，… / 据县政府工作报告，…): the
# government that delivered it answers for what it sets. Not a text carrying out the report
# (为落实市政府工作报告提出的目标…): the report opens the sentence, and says or is cited.
_REPORT_CITED = re.compile(
    r"(?:^|[。\n])[ \t\u3000]*(?:" + DATELINE_WORDS + r")?[ \t\u3000]*"
    r"(?:据|今年的?|(?:19|20|１９|２０)\d{2}年度?的?)?"
    r"(?P<report>[\u4e00-\u9fff]{0,12}?政府工作报告)中?"
    r"(?:(?:指出|提出|明确|强调|要求|部署|显示|称|描绘)(?!的)|[，,：:])")
REPORT_CITED_HEAD = 300  # the headline and the opening sentence


def _cited_report(head: str, gaz: Gazetteer | None, region_code: str | None) -> str | None:
    """The government whose work report a news item's opening sentence cites: the words
    before its level are a place's name, or none (市政府工作报告 / 九江市政府工作报告, not
    为落实市政府工作报告)."""
    if "工作报告" not in head[:REPORT_CITED_HEAD]:
        return None
    for m in _REPORT_CITED.finditer(head[:REPORT_CITED_HEAD]):
        place = to_simplified(m.group("report")).removesuffix("政府工作报告").removesuffix("人民")
        if len(place) > 1 and not (gaz is not None and (found := gaz.find(place))
                                   and found[0].start == 0 and found[-1].end == len(place)):
            continue
        return _report_government(m.group("report"), gaz, region_code)
    return None


# A congress's session a news item reports (坪山区二届人大二次会议开幕 / 深圳市龙岗区第七届人民
# 代表大会第二次会议闭幕 / 长沙市十六届人大四次会议在…开幕), its place named before it…
_SESSION = re.compile(
    r"(?P<place>[\u4e00-\u9fff]{2,16}?(?:自治县|自治州|自治区|省|市|县|区|州|盟|旗))第?"
    r"[一二三四五六七八九十]{1,4}届(?:人大|人民代表大会)第?[一二三四五六七八九十]{1,3}次(?:全体)?会议")
# …and the government's report it hears, by its level alone (区政府工作报告 / 作市人民政府工作报告)
_LEVEL_REPORT = re.compile(r"(?<![\u4e00-\u9fff])(?P<level>[省市州县区旗])(?:人民)?政府工作报告"
                           r"|(?<=[作了过取])(?P<after>[省市州县区旗])(?:人民)?政府工作报告")
SESSION_HEAD = 400  # the headline and the opening sentences


def _session_report(head: str, gaz: Gazetteer | None) -> str | None:
    """The government whose report a news item on a congress session sums up, named by its
    level alone (坪山区二届人大二次会议开幕。区政府工作报告回顾了… → 坪山区人民政府): the
    session's place, when it is of the report's level (the headline may name the city above)."""
    if gaz is None or "届" not in head[:SESSION_HEAD] or "政府工作报告" not in head[:SESSION_HEAD]:
        return None
    levels = {m.group("level") or m.group("after") for m in _LEVEL_REPORT.finditer(head[:SESSION_HEAD])}
    for m in _SESSION.finditer(head[:SESSION_HEAD]):
        place = m.group("place")
        ending = [f for f in gaz.find(place) if f.end == len(place)]
        if not ending or place[-1] not in levels:
            continue
        return government_name(_innermost(place[ending[-1].start:]))
    return None


# A province noted in brackets before a title, as portals list reports ((山西省)晋中市…)
_PLACE_NOTE = re.compile(r"^[（(][\u4e00-\u9fff]{2,8}?(?:省|自治区|市)[)）](?=[\u4e00-\u9fff])")


_OUTER = "年省市州盟"  # what ends a year or an enclosing division before the innermost one


def _innermost(place: str) -> str:
    """The last division of a chain as written (2023年十堰市张湾区 → 张湾区), keeping two
    characters at least (荆州市沙市区 → 沙市区)."""
    for i in range(len(place) - 3, -1, -1):
        if place[i] in _OUTER:
            return place[i + 1:]
    return place


# the verbs and particles of a sentence naming the report (听取和审议了 / 作 / 向大会作的 /
# 表决通过)
_REPORT_LEAD = re.compile(r"审议了?|听取了?|通过了?|[作了的在据]")
# …the place before the level, or the level alone where the words begin (市政府工作报告指出)
_REPORT_PLACE = re.compile(
    r"(?P<place>(?:[\u4e00-\u9fff]{1,8}?|(?<![\u4e00-\u9fff]))"
    r"(?:自治县|自治州|自治区|省|市|县|区|州|盟|旗|镇|乡))"
    r"(?:(?:19|20|１９|２０)\d{2}年度?)?(?:人民)?政府工作报告")  # 鄱阳县2025年政府工作报告


# 京政办发〔2016〕26号《北京市人民政府办公厅关于…的通知》: the number and the title's marks
_DOC_NUMBER = re.compile(
    r"^(?:[\u4e00-\u9fff]{1,10}\s*[〔\[［(（]\d{4}[〕\]］)）]\s*\d{1,4}[号號])?\s*《?")


# A notice forwarding another body's document (A转发B关于…的通知 / A关于转发《B关于…》的通知 /
# A关于转发B…方案的通知, its title broken across lines as often as not): the text that
# follows is B's, and so are its tasks
_FORWARD = re.compile(r"(?:转发|轉發)[《〈]?")


def _forwarded(head: str) -> str | None:
    """B of a title that forwards B's document (市发展改革委), when B opens the words
    forwarded as a body, else None."""
    if "转发" not in head[:300] and "轉發" not in head[:300]:
        return None
    lines = [line.strip() for line in head.split("\n")[:TITLE_LINES] if line.strip()]
    for i, line in enumerate(lines[:4]):
        m = _FORWARD.search(line)
        if m is None:
            continue
        by = _DOC_NUMBER.sub("", line[:m.start()]).removesuffix("关于").removesuffix("關於")
        if not is_body_name(by):
            return None  # 共向我省转发信访件…: a sentence, not a title
        words = (line[m.end():] + "".join(lines[i + 1:i + 3]))[:60]
        bodies = find_bodies(words)
        if bodies and words.startswith(bodies[0].name):
            return bodies[0].name
        return None
    return None


def _title_issuer(title: str) -> str | None:
    """X of 「X关于…」 when X is a body; a bare place (某市关于…) stands for its government."""
    m = TITLE_ISSUER.match(_DOC_NUMBER.sub("", title))
    if m is None:
        return None
    who = m.group("who")
    if is_body_name(who):
        return who
    return government_name(who) if who[-1] in "省市县区州盟旗" else None


# A title naming several issuers before 关于 (A局 B委 C局关于印发…的通知)
_JOINT_TITLE = re.compile(rf"^(?P<who>{_CJK}{{2,30}}?(?:[ \u3000、，,]+{_CJK}{{2,30}}?){{1,7}})"
                          rf"[ \u3000]*关于(?:{_CJK}|(?:19|20|１９|２０)\d{{2}}年)")
_JOINT_SEP = re.compile(r"[ \u3000、，,]+")


def _joint_names(issuer: str) -> list[BodyRef]:
    """Several bodies given as one issuer, set apart by spaces or 、 (中共某县委员会 某县
    人民政府, as a joint title or byline writes them), each a body; else none."""
    parts = [p for p in _JOINT_SEP.split(issuer.strip()) if p]
    return [BodyRef(p) for p in parts] if len(parts) > 1 and all(map(_is_organ, parts)) else []


def joint_issuers(title: str) -> list[BodyRef]:
    """The issuers of a joint document's title, each a body, or none."""
    m = _JOINT_TITLE.match(_DOC_NUMBER.sub("", title).strip())
    if m is None:
        return []
    parts = _JOINT_SEP.split(m.group("who"))
    return [BodyRef(p) for p in parts] if all(is_body_name(p) for p in parts) else []


def _title_place(title: str, gaz: Gazetteer | None) -> str | None:
    """A title that opens with a division's full name (九江市贯彻落实…整改方案): the
    document is that division's own, and its government answers for it."""
    if gaz is None:
        return None
    found = gaz.find(title[:TITLE_BODY])
    if not found or found[0].start != 0 or title.startswith(("全省", "全市", "全县", "全区")):
        return None
    inner = found[0]
    for nxt in found[1:]:  # 西宁市城东区…: the chain's last division is the document's
        if nxt.start != inner.end:
            break
        inner = nxt
    name = _full_name(inner)
    return government_name(name) if name[-1:] in "省市县区州盟旗" else None


# A title opening with a town's, township's or street's name (木塔乡：奋战三季度 / 某某街道
# 2025年工作计划 / 某某镇关于…): the divisions below a county, which the gazetteer does not
# hold; not a word ending alike (城乡, 乡镇, 全镇, 各乡镇)
_TITLE_TOWN = re.compile(
    r"^(?:(?:19|20|１９|２０)\d{2}年度?)?(?P<place>(?![全各本我该乡农村集小]|城[乡镇市区])[\u4e00-\u9fff]{2,6}?(?:镇|乡|街道))"
    r"(?=[：:]|(?:19|20|１９|２０)\d{2}年|关于|人民政府|政府|党委|办事处|工作|召开|举行)")


# …or with the level alone, its name left out or blanked as template pages do (镇2024年度
# 工作计划 / XX镇2025年工作总结 / ××街道关于…): the government of that level, unnamed, as
# 我镇 is (镇人民政府)
_TITLE_BARE_TOWN = re.compile(
    r"^(?:(?:19|20|１９|２０)\d{2}年度?)?(?:[XxＸｘ×*＊○〇]{1,4})?(?P<level>镇|乡|街道)"
    r"(?=(?:19|20|１９|２０)\d{2}年|上半年|下半年|工作|关于|人民政府|党委|办事处)")


def _title_town(title: str) -> str | None:
    """The government of the town a title opens with (木塔乡人民政府, 某街道办事处)."""
    bare = _TITLE_BARE_TOWN.match(to_simplified(title)) if title else None
    if bare is not None:
        return government_name(bare.group("level"))
    m = _TITLE_TOWN.match(to_simplified(title)) if title else None
    if m is None or m.group("place")[:-1].endswith(("乡", "镇", "城")):
        return None  # 城乡 / 乡镇 inside a longer phrase
    return government_name(title[m.start("place"):m.end("place")])


def _full_name(match: RegionMatch) -> str:
    """A place as written when written in full (九江市, 紹興市), else by its full name: a
    short name (常州, 达州) is no name of a government (常州市人民政府, not 常州人民政府)."""
    if to_simplified(match.surface) == match.region.name:
        return match.surface
    return match.region.name


def _title_body(title: str) -> str | None:
    """A title that opens with a body holding a meeting or issuing a text
    (县生态环境局召开2024年工作会议 / 省生态环境厅2024年工作要点): that body."""
    lead = _TITLE_YEAR_LEAD.match(title)
    title = title[lead.end():] if lead else title
    found = find_bodies(title[:TITLE_BODY])
    if found and title.startswith(found[0].name):
        gap = _TITLE_GAP.match(title, len(found[0].name))
        if gap is not None and TITLE_ACTS.match(title, gap.end()):
            return found[0].name
        if gap is not None and _SAYS.fullmatch(gap.group()) and gap.end() < len(title) \
                and not found[0].name.startswith("各") and not is_publisher(found[0].name):
            return found[0].name  # 交通运输部：到2035年…: a headline giving the body's words
    return None


_SAYS = re.compile(r"[ \u3000]*[:：][ \u3000]*")  # a headline's colon after who says it


# A development zone's own programme or review (2024年金华经济技术开发区工作要点 / 某某高新区
# 管委会2025年工作计划): the zone answers for it, as its title names it, not the city it lies in
_TITLE_ZONE = re.compile(
    r"^(?:(?:19|20|１９|２０)\d{2}年度?)?(?P<zone>(?!国家级|省级|市级|各|全)[\u4e00-\u9fff]{2,16}?(?:经济技术开发区|高新技术产业开发区|"
    r"开发区|高新区|经开区|新区|产业园区|工业园区|示范区)(?:党工委)?(?:管委会|管理委员会)?)"
    r"(?:(?:19|20|１９|２０)\d{2}年度?)?(?:工作要点|工作计划|工作总结|工作报告|工作安排|工作思路|目标任务|"
    r"重点工作|重点任务|主要目标|发展目标|实施方案|行动方案)")


def _title_zone(title: str) -> str | None:
    """The development zone whose programme or review the title names, as written."""
    m = _TITLE_ZONE.match(to_simplified(title)) if title else None
    return title[m.start("zone"):m.end("zone")] if m else None


# A title set on two lines, the body on the first and what it issues on the next
# (宣州区生态文明建设生态环境保护委员会 / 2025年工作要点), its file number perhaps above
_OWN_TITLE = re.compile(r"^(?:(?:19|20|１９|２０)\d{2}年度?)?(?:工作要点|工作计划|工作总结|实施方案|工作方案|"
                        r"行动方案|重点工作|工作安排|工作思路)")


def _body_over_title(head: str) -> str | None:
    """The body named alone on a line right above the title of what it issues."""
    lines = [line.strip() for line in head.split("\n", TITLE_LINES)[:TITLE_LINES]]
    for above, line in zip(lines, lines[1:]):
        if above and _OWN_TITLE.match(line) and _is_organ(above) and not is_publisher(above):
            return above
    return None


# 某省政府办公厅近日印发《…方案》 / A、B等24个部门联合发布了《…》 / 由A、B等九部门联合印发的
# 《…》 / A会同B印发《…》: a news item reporting the issue of a text names its issuers before the
# act; 《…》由A、B联合印发 names them after the text
_ISSUE_VERB = r"(?:印发|出台|发布|公布|下发|颁布)"
_ISSUE_ACT = re.compile(_ISSUE_VERB + r"[了的]?\s*《")
_ISSUED_BY = re.compile(r"《[^》\n]{2,80}》(?:近日|日前|近期|已|正式)*由(?P<who>[^，,。；;：:\n《》]{2,80}?)"
                        r"(?=(?:等[\d一二三四五六七八九十]{1,3}[个家]?(?:部门|部委|单位))?"
                        r"(?:近日|日前|近期|正式|联合|共同)*" + _ISSUE_VERB + ")")
_BEFORE_ACT = re.compile(
    r"(?:等[\d一二三四五六七八九十]{1,3}[个家]?(?:部门|部委|单位)|等部门|等单位)?"
    r"(?:近日|日前|近期|最近|正式|联合|共同|研究|制定|已|\d{1,2}日|今天|今日|昨天|昨日)*$")
# what opens the subject without being part of it: a news item's dateline, 由 of the passive
_SUBJECT_LEAD = re.compile(r"^[ \t\u3000]*(?:" + DATELINE_WORDS + r")?[ \t\u3000]*由?")
PUBLISH_HEAD = 400  # the report of the act stands in the opening sentences


def _publishing_bodies(analysis: str, text: str) -> list[BodyRef]:
    """The bodies an opening sentence says issued the text (X印发《…》 / 由X联合印发的《…》 /
    《…》由X印发), as written."""
    head = analysis[:PUBLISH_HEAD]
    acts = [(m.start(), m.start(), "") for m in _ISSUE_ACT.finditer(head)]
    acts += [(m.start(), m.start("who"), m.group("who")) for m in _ISSUED_BY.finditer(head)]
    for at_act, _, named in sorted(acts):
        if named:
            start, subject = head.index(named, at_act), named
        else:
            start = max(head.rfind(ch, 0, at_act) for ch in "。；;，,：:\n") + 1
            before = head[start:at_act]
            cut = _BEFORE_ACT.search(before)
            subject = before[:cut.start()] if cut else before
        lead = _SUBJECT_LEAD.match(subject)
        if lead is not None:
            start, subject = start + lead.end(), subject[lead.end():]
        if _BASIS.match(subject):
            continue  # 根据A印发的《…》精神: the text's basis, issued by others
        if not named and (titled := _quoted_issuers(head, at_act, text, analysis)):
            return titled  # A下发《A'关于印发…的通知》: the title's own issuer, as it signs
        parts: list[str] = []
        # A、B印发 / A　B印发: a headline sets joint issuers apart by spaces, as a masthead does
        for part in re.split(r"[、 \u3000]+", subject.strip(" \u3000")):
            parts.extend(_pair_of_bodies(part) or [part])
        if not subject or not all(map(_is_organ, parts)):
            continue  # the subject is nothing but bodies (A、B和C), else no list of issuers
        out = []
        for part in parts:
            at = analysis.find(part, start, at_act if not named else start + len(subject))
            out.append(BodyRef(text[at:at + len(part)] if len(text) == len(analysis) else part))
        return out
    return []


# what makes a text issued by others the basis of this one (根据A印发的《…》精神)
_BASIS = re.compile(r"根据|按照|依据|遵照|贯彻|落实|对照|参照")


def _quoted_issuers(head: str, at: int, text: str, analysis: str) -> list[BodyRef]:
    """The issuers the title quoted after the act at *at* names before its 关于 (《四川省人民
    政府办公厅关于印发…的通知》), as written; else none."""
    opening = head.find("《", at)
    close = head.find("》", opening)
    if opening < 0 or close < 0:
        return []
    title = head[opening + 1:close]
    joint = joint_issuers(title)
    found = TITLE_ISSUER.match(title)
    names = [r.name for r in joint] or ([found.group("who")] if found and is_body_name(found.group("who"))
                                        else [])
    out, pos = [], opening + 1
    for name in names:
        where = analysis.find(name, pos, close)
        out.append(BodyRef(text[where:where + len(name)] if len(text) == len(analysis) else name))
        pos = where + len(name)
    return out


# …or a site or a paper posting it (某市人民政府网站发布《某市人民政府办公厅关于印发…的通知》 /
# 日前，《某县人民政府关于…的通知》印发): the quoted title names its own issuer
_ISSUED_TITLE = re.compile(r"(?:(?:印发|出台|发布|公布|下发)了?\s*《(?P<after>[^》\n]{4,80})》"
                           r"|《(?P<before>[^》\n]{4,80})》(?:正式)?(?:印发|出台|发布|公布|下发))")


def _issued_title(analysis: str, written: str) -> str | None:
    """The body a title reported as issued names before its 关于, as written."""
    for m in _ISSUED_TITLE.finditer(analysis[:PUBLISH_HEAD]):
        group = "after" if m.group("after") else "before"
        found = TITLE_ISSUER.match(m.group(group))
        if found is not None and is_body_name(found.group("who")):
            at = m.start(group)
            return written[at:at + len(found.group("who"))]
    return None


_AND = re.compile(r"[和及与]|会同")


def _pair_of_bodies(words: str) -> list[str]:
    """A和B / A会同B / A与B, each a body (九江市生态环境局和九江市发展和改革委员会), else none
    (住房和城乡建设局: its halves are no bodies)."""
    for m in _AND.finditer(words):
        left, right = words[:m.start()], words[m.end():]
        if _is_organ(left) and _is_organ(right):
            return [left, right]
    return []


_ORGAN = re.compile(r"^[\u4e00-\u9fff]{2,20}(?:委|局|厅|办公厅|办公室|委员会|政府|部|院|署)$")


def _is_organ(name: str) -> bool:
    return is_body_name(name) or _ORGAN.match(name) is not None


# The preamble of a plan or notice (为…，根据…，X结合…，编制形成《…》，现解读如下 / 为…，X自即日起
# 在全省开展…。制定实施方案如下): a paragraph opening with its purpose or basis, and saying
# that the text was drawn up. A body opening one of its clauses as their subject is the
# one that drew it up; a body after a lead-in (按照X《…》要求, 落实X关于…) is its basis
_PREAMBLE_OPENING = re.compile(r"^[ \t\u3000]*(?:为了?|根据|按照|依据|遵照|贯彻|落实|围绕)")
_DRAWN_UP = re.compile(
    r"(?:制定|编制|起草|修订|研究制定|编制形成|制订)了?(?:本|此|这个|该)?[^。；;，,\n]{0,24}?"
    r"(?:[》]|方案|规划|计划|办法|细则|要点|意见|如下)|(?:解读|通知|说明|报告)如下")
_CLAUSE_START = re.compile(r"(?:^|(?<=[，,；;。：:]))[ \t\u3000]*")
PREAMBLE_HEAD = 600  # the preamble is the text's first paragraph, or the one after its title


def _preamble_drafter(head: str, written: str) -> str | None:
    """The body a plan's or notice's preamble names as the subject of its clauses, the
    one that drew the text up (县林业局结合…，编制形成《…规划》), as written; else None."""
    start = 0
    for line in head[:PREAMBLE_HEAD].split("\n")[:TITLE_LINES]:
        end = start + len(line)
        drawn = _DRAWN_UP.search(line) if _PREAMBLE_OPENING.match(line) else None
        if drawn is not None:
            who = None
            for m in _CLAUSE_START.finditer(line, 0, drawn.start()):
                clause = line[m.end():drawn.start()]
                found = find_bodies(clause[:_MAX_BODY])
                if found and clause.startswith(found[0].name) and not is_publisher(found[0].name) \
                        and not _NOT_ACTING.match(clause, len(found[0].name)):
                    who = (start + m.end(), found[0].name)  # the last subject before the act
            if who is not None:
                return written[who[0]:who[0] + len(who[1])]
            return None  # the preamble names no drafter (结合我市实际，制定本方案)
        start = end + 1
    return None


_MAX_BODY = 30


def _opening_subject(head: str) -> str | None:
    m = OPENING_SUBJECT.search(head)
    return m.group("who") if m else None
