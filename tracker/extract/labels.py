"""Labelled fields of rectification lists: 整改时限：2024年12月底前 / 责任单位：市生态环境局.

Such a line gives the deadline or the responsible bodies of every suggestion in its item
(the stretch under the same innermost heading or list item), whether it comes before or
after the measures themselves.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date

from tracker.domain import BodyRef, BodyRole, Deadline, Precision
from tracker.extract.bodies import find_bodies, is_body_name, is_person
from tracker.extract.deadlines import parse_deadline
from tracker.extract.segment import outline

_TIME_LABELS = ("整改时限", "完成时限", "时限要求", "完成时间", "整改期限", "办结时限", "时间节点",
                "完成期限", "完成日期", "截止时间", "截止日期", "办理时限", "时间要求", "完成年限")
_SUPPORT_LABELS = ("配合单位", "协办单位", "配合部门", "参与单位", "参与部门", "协同单位", "协同部门")
_PERSON_LABELS = ("责任领导", "责任人", "联系人", "分管领导", "牵头领导", "项目责任人", "包案领导",
                  "牵头市领导", "牵头县领导", "牵头区领导", "牵头省领导",
                  "分管省领导", "分管市领导", "分管县领导", "分管区领导")  # people, not bodies: skipped
# the division of a task among bodies, its value stating roles (部门分工：省发展改革委牵头，各地、
# 各部门配合 / 责任分工：市住建局负责): a field of the bodies, as 责任单位：… is
_DUTY_LABELS = ("部门分工", "责任分工", "任务分工", "职责分工", "工作分工", "单位分工")
_LEAD_LABELS = ("责任单位", "牵头单位", "责任部门", "牵头部门", "责任主体", "主责单位")
_BODY_LABELS = (*_LEAD_LABELS, *_DUTY_LABELS, *_SUPPORT_LABELS)
LABEL = re.compile(  # 问题整改责任单位： / 整改责任单位： label what 责任单位： does
    # (计划完成时间： / 预计完成时间： / 完成时间节点：, what 完成时间：/ 时间节点： do;
    # 主要责任单位： / 具体责任单位： what 责任单位： does). The label may stand in lenticular
    # brackets instead of before a colon: 【责任单位】市水务局 / 〔牵头单位〕市发展改革委
    r"^[【〔\[]?(?:问题整改|整改|计划|预计|要求|主要|具体)?(?:完成(?=时间节点))?"
    r"(?P<label>"
    + "|".join(_LEAD_LABELS + _DUTY_LABELS + _TIME_LABELS + _SUPPORT_LABELS + _PERSON_LABELS)
    + r")(?:\s*[:：]|[】〕\]][:：]?)\s*(?P<value>.+)$"
)
_LABEL_MARKS = ("：", ":", "】", "〕", "]")
# a label in lenticular brackets (【牵头单位】 / 〔完成时限〕), not a note in them (各县〔市、区〕
# 政府〔管委会〕: the bodies' own brackets)
_BRACKETED = re.compile(r"[【〔]((?:问题整改|整改|计划|预计|要求|主要|具体)?(?:"
                        + "|".join(_LEAD_LABELS + _DUTY_LABELS + _TIME_LABELS + _SUPPORT_LABELS
                                   + _PERSON_LABELS)
                        + r"))[】〕][:：]?")
_LIST_SEP = re.compile(r"[、，,；;]|\s+|(?<=[局委办厅院部])(?:和|及)")


_ROLE_NOTE = re.compile(r"[（(](牵头|配合|协办|参与|主责|负责)[）)]")


@dataclass
class Item:
    """The labelled fields of one item and the suggestions (by index) that stand in it."""

    members: list[int] = field(default_factory=list)
    deadline: Deadline | None = None
    bodies: list[BodyRef] = field(default_factory=list)


def read_label(sentence: str, doc_date: date | None, item: Item) -> bool:
    """Fill *item* from a labelled line; False when the sentence is not one."""
    m = LABEL.match(sentence) if any(c in sentence for c in _LABEL_MARKS) else None
    if m is None:
        return False
    if "】" in sentence or "〕" in sentence:
        # 【牵头单位】A【配合单位】B: each bracketed label read as a label with its colon
        m = LABEL.match(_BRACKETED.sub(r" \1：", sentence).strip()) or m
    fields = [(m.group("label"), m.group("value").strip())]
    if _NEXT_FIELD.search(fields[0][1]):
        # 牵头领导:张三 责任单位:市公安局 配合单位:市城管局 实际完成情况:…: fields run
        # together on one line, each up to the next label
        parts = _NEXT_FIELD.split(fields[0][1])
        fields = [(fields[0][0], parts[0].strip())] + [
            (parts[i], parts[i + 1].strip()) for i in range(1, len(parts) - 1, 2)]
        # a value on such a line ends at its first space (配合单位:市城管局 鄞州 海曙 …);
        # what follows it is text to read on, like a field of no known label
        cut = [(label, value.split()[0] if label in _BODY_LABELS and value else value)
               for label, value in fields]
        if cut != fields:
            cut.append(("", "…"))
        fields = cut
    for label, value in fields:
        _read_field(label, value, doc_date, item)
    # a field of no known label (实际完成情况:…) is text to read on: the bodies are kept,
    # the sentence is not consumed
    return all(label in _KNOWN for label, _ in fields)


_KNOWN = frozenset((*_TIME_LABELS, *_PERSON_LABELS, *_BODY_LABELS))
# A further field on the line of a label: a space, then a short label and its colon
_NEXT_FIELD = re.compile(r"\s+([\u4e00-\u9fff]{2,8})\s*[:：]")


def _read_field(label: str, value: str, doc_date: date | None, item: Item) -> None:
    if not value:
        return
    if label in _TIME_LABELS:
        set_deadline(item, value, doc_date)
    elif label in _BODY_LABELS:
        add_bodies(item, value, BodyRole.SUPPORT if label in _SUPPORT_LABELS else BodyRole.LEAD)


# A bracketed note of who answers for the measures before it:
# （省生态环境厅牵头，省发展改革委、省工业和信息化厅按职责分工负责）
# (its bodies may hold brackets of their own: 各县〔市、区〕政府〔管委会〕 / 各县（市、区）)
_NOTE_CHAR = r"(?:[^（）()〔〕]|[〔（(][^（）()〔〕]{1,8}[〕）)])"
ROLE_NOTE = re.compile(rf"^[（(〔【](?P<note>{_NOTE_CHAR}{{0,120}}?(?:牵头|负责|配合|参与|落实|责任单位|责任部门|时限)"
                       rf"{_NOTE_CHAR}{{0,60}})[）)〕】]$")
_NOTE_PARTS = re.compile(r"[。；;]|[，,](?=(?:责任|牵头|配合|协办|参与|完成|整改|办结)[^，,]{0,4}[:：])")


# a bracket of nothing but bodies after a task (1.完成老旧小区改造30个。（区住建局） /
# （区教体局、区发改局）): a task list's way to name who leads it
_BODIES_NOTE = re.compile(r"^[（(〔【](?P<bodies>[^（）()〔〕【】]{2,80})[）)〕】]$")
_NOTE_LIST = re.compile(r"[、，,]")


def read_role_note(sentence: str, item: Item, doc_date: date | None = None) -> bool:
    """Fill *item*'s bodies from a bracketed role note; False when the sentence is not one."""
    m = ROLE_NOTE.match(sentence.strip()) if sentence[:1] in "（(〔【" else None
    if m is None:
        bare = _BODIES_NOTE.match(sentence.strip()) if sentence[:1] in "（(〔【" else None
        names = _NOTE_LIST.split(bare.group("bodies")) if bare else []
        if not names or not all(is_body_name(n) and not is_person(n) for n in names):
            return False
        item.bodies.extend(BodyRef(n.strip()) for n in names)
        return True
    parts = _NOTE_PARTS.split(m.group("note"))
    if any(LABEL.match(part.strip()) for part in parts):  # （牵头单位：X；配合单位：Y）
        for part in parts:
            read_label(part.strip(), doc_date, item)
    else:  # （X牵头，Y负责落实。以下均需…）: the first part names the bodies
        item.bodies.extend(find_bodies(parts[0]))
        if item.deadline is None:
            # （市住建局牵头，2025年底前完成）: the note's time words bound the task it serves
            bound = parse_deadline(m.group("note"), doc_date)
            if bound is not None and bound.date is not None:
                item.deadline = bound
    return True


def _split_outside_brackets(value: str) -> list[str]:
    """The names of a list (县住建局、县水利局), a bracket kept whole: 各县（市、区）人民政府."""
    out, depth, start = [], 0, 0
    for m in _LIST_SEP.finditer(value):
        depth = sum(value.count(c, 0, m.start()) for c in "（(〔") \
            - sum(value.count(c, 0, m.start()) for c in "）)〕")
        if depth > 0:
            continue
        out.append(value[start:m.start()])
        start = m.end()
    out.append(value[start:])
    return out


# A time field may hold what prose never states bare: 12月 / 12月份 (that month of the
# document's year), 2026 (that year).
_BARE_MONTH = re.compile(r"^\s*(1[0-2]|0?[1-9])\s*月份?\s*$")
_BARE_YEAR = re.compile(r"^\s*((?:19|20)[0-9]{2})\s*$")


def set_deadline(item: Item, value: str, doc_date: date | None, *, bygone: bool = False) -> None:
    """Give *item* the deadline its time field states (2024年12月底前; 12月; 2026;
    长期坚持: no date); with *bygone*, also a bound that had passed by the document's date
    (a closeout notice's 完成时限 / 2023年9月30日前, dated after it)."""
    found = parse_deadline(value, doc_date, bygone=bygone)
    if found is None:
        found = _bare_time(value, doc_date)
    item.deadline = Deadline(value, found.date, found.precision) if found else Deadline(value)


def _bare_time(value: str, doc_date: date | None) -> Deadline | None:
    year = _BARE_YEAR.match(value)
    if year:
        return Deadline(value, date(int(year.group(1)), 12, 31), Precision.YEAR)
    month = _BARE_MONTH.match(value)
    if month and doc_date is not None:
        m = int(month.group(1))
        last = calendar.monthrange(doc_date.year, m)[1]
        return Deadline(value, date(doc_date.year, m, last), Precision.MONTH)
    return None


_LEAD_MARKS = "★☆*＊"  # the marks a task table sets before its lead body (★区发改委、统计局)


def add_bodies(item: Item, value: str, role: BodyRole) -> None:
    """Add the bodies a field lists (县住建局、县生态环境局) to *item*; a field that states
    roles (由市水务局牵头，市生态环境局、市住建局配合) gives its bodies with their roles."""
    if ROLE_HINT.search(_ROLE_NOTE.sub("", value)):
        stated = read_trailing_roles(value)
        if stated:
            item.bodies.extend(stated if role is BodyRole.LEAD
                               else [BodyRef(b.name, role) for b in stated])
            return
    for name in _split_outside_brackets(value):
        name, own = _ROLE_NOTE.sub("", name.strip()), _ROLE_NOTE.search(name)
        starred = name[:1] in _LEAD_MARKS
        name = name.lstrip(_LEAD_MARKS + " ")
        if starred:  # ★区发改委、统计局: a task table marks its lead body with a star
            role_here = BodyRole.LEAD
        elif own:  # 市自然资源局（牵头） / 市林业局（配合）: the note gives the role
            role_here = BodyRole.SUPPORT if own.group(1) in ("配合", "协办", "参与") else BodyRole.LEAD
        else:
            role_here = role
        if len(name) >= 2:
            item.bodies.append(BodyRef(name, role_here))


# What may stand around the bodies of a clause that only says who answers for a task.
_ROLE_ONLY = re.compile(
    r"(?:[由并及和与、，,；;：:\s（）()。]|牵头负责|牵头|负责|配合|参与|协助|协同|会同|协办|主办|承办|"
    r"抓好落实|落实|组织实施|具体实施|按职责分工|按职责|职责分工|分工|各负其责|共同|等|单位|部门|为|"
    r"责任|主责|具体|各|有关|相关|"
    # the task it follows, pointed at (此项工作由X牵头), and what the body does for it
    # (由X负责督促落实 / 具体由X组织实施)
    r"此项工作|该项工作|上述工作|以上工作|此项任务|该项任务|上述任务|以上任务|督促|督导|统筹|实施)*"
)
#: Words without one of which no clause states roles (a cheap test before read_trailing_roles).
ROLE_HINT = re.compile(r"牵头|负责|配合|参与|协助|协办|承办|主责|责任单位|责任部门|牵头单位|组织实施|具体实施")
_LABEL_PART = re.compile(r"[；;。]|[，,](?=(?:责任|牵头|配合|协办|参与|主办|承办)[^，,]{0,4}[:：])")


def read_trailing_roles(clause: str) -> list[BodyRef] | None:
    """The bodies of a clause that is ONLY a statement of who answers for the task it
    follows, with their lead or support roles, else None:

    由X牵头 / 由X牵头，Y配合 / X牵头，Y、Z参与 / X负责 / X、Y按职责分工负责 /
    责任单位：A、B / 牵头单位：A；配合单位：B / （X牵头） → the bodies;
    由X牵头完成Y改造 / X负责12个排污口整治 (the clause states a task) → None.
    """
    words = clause.strip().strip("。；;，,")
    if words[:1] in "（(" and words[-1:] in "）)":
        words = words[1:-1].strip()
    if not words or ROLE_HINT.search(words) is None:
        return None
    parts = [p.strip() for p in _LABEL_PART.split(words) if p.strip()]
    if parts and all(LABEL.match(p) for p in parts):
        item = Item()
        if not all([read_label(part, None, item) for part in parts]):
            return None  # …实际完成情况:… / a value with more text after it: text to read
        return unique_bodies(item.bodies) or None
    found = find_bodies(words)
    if not found:
        return None
    rest = words
    for ref in found:
        rest = rest.replace(ref.name, "、", 1)
    if _ROLE_ONLY.fullmatch(rest) is None:
        return None
    return found


def unique_bodies(bodies: list[BodyRef]) -> list[BodyRef]:
    """Each body once, in the order first named; as the lead when it leads anywhere."""
    seen: dict[str, BodyRef] = {}
    for ref in bodies:
        if ref.name not in seen or ref.role is BodyRole.LEAD:
            seen[ref.name] = ref
    return list(seen.values())


# --- a named item and the labels of who carries it ------------------------------------------
# 1、农村道路畅通工程，牵头部门：市交通局 / （一）城乡供水一体化工程。牵头单位：市水利局；配合单位：…
# / 3.老旧小区改造项目（责任单位：区住建局，完成时限：2025年12月）: a list item that names a
# programme or project with no verb and no figure, then labels who carries it (and by when).
# The name is the thing to carry out; the labels make it checkable (a deliverable with its
# bodies, commitments.md): one unit, quoted from the name through its labels.
_ITEM_LEAD_LABELS = ("责任单位", "牵头单位", "责任部门", "牵头部门", "责任主体", "主责单位",
                     "完成时限", "完成时间", "时间节点", "完成期限")
_FIELD_LABELS = "|".join(sorted({*_BODY_LABELS, *_TIME_LABELS, *_PERSON_LABELS}, key=len, reverse=True))
# one field: a label, its colon (or its lenticular brackets), a value up to the next field,
# the end of the line, a full stop or a closing bracket
_FIELD = (rf"(?:[【〔\[](?:{_FIELD_LABELS})[】〕\]][:：]?|(?:主要|具体)?(?:{_FIELD_LABELS})\s*[:：])"
          r"\s*[^。；;，,（）()【】〔〕\[\]\n:：]{1,60}?")
_FIELD_END = r"(?=[。；;，,）)【〔\[]|\s*$)"
_FIELDS = rf"{_FIELD}{_FIELD_END}(?:[；;，,、\s]*{_FIELD}{_FIELD_END})*"
_NAMED_ITEM = re.compile(
    # the name: no clause break, no colon, no bracket (a bracketed note is no name)
    r"(?P<head>[^。；;，,：:（）()【】〔〕\[\]\n\t]{4,40}?)"
    r"(?:\s*[，,。；;]\s*|\s+)?"
    rf"(?:(?P<open>[（(])\s*(?P<inner>{_FIELDS})\s*[）)]|(?P<fields>{_FIELDS}))"
)
_ONE_FIELD = re.compile(_FIELD + _FIELD_END)
_HEAD_FIELD = re.compile(rf"^[【〔\[]?(?:主要|具体)?(?:{'|'.join(_ITEM_LEAD_LABELS)})")
# a figure makes the head a target the sentence rules read (完成老旧小区改造30个); a year
# in a name (2024年民生实事项目) does not
_FIGURE = re.compile(r"(?<![0-9])(?!(?:19|20)[0-9]{2}年)[0-9０-９]|[%％]")
_HEAD_EXCLUDED = re.compile(r"^(?:问题|整改|序号|任务|内容|事项|名称|备注)"
                            # a section's title, no thing named (（一）工作目标。责任单位：…)
                            r"|^(?:工作|主要|重点|总体|具体|保障)?(?:目标|任务|要求|措施|原则|安排)$")


@dataclass
class NamedItem:
    """A named item with its labels: the span of the unit (from the name through its last
    label) in the line, the name's end, and the fields read."""

    start: int
    head_end: int
    end: int
    labels: list[str]
    item: Item


def named_item(line: str, doc_date: date | None) -> NamedItem | None:
    """The named item *line* states (the line after its list marker), else None.

    1、农村道路畅通工程，牵头部门：市交通局 → 农村道路畅通工程，牵头部门：市交通局, lead 市交通局;
    老旧小区改造项目（责任单位：区住建局，完成时限：2025年12月） → bodies and 2025-12-31;
    开展X整治（责任单位：Y） / 完成改造30个，责任单位：Y (a verb or a figure: the sentence
    rules read it) → None."""
    m = _NAMED_ITEM.match(line)
    if m is None:
        return None
    head = m.group("head").strip()
    fields = m.group("inner") or m.group("fields")
    if not _HEAD_FIELD.match(fields) or _HEAD_EXCLUDED.match(head) or _FIGURE.search(head):
        return None
    if LABEL.match(head) or any(lab in head for lab in _KNOWN):
        return None  # 问题整改责任单位：… / a header row of labels
    item = Item()
    labels: list[str] = []
    for f in _ONE_FIELD.finditer(fields):
        words = f.group(0).strip()
        if _BRACKETED.match(words):
            words = _BRACKETED.sub(r"\1：", words, count=1)
        lm = LABEL.match(words)
        if lm is None:
            return None
        labels.append(lm.group("label"))
        _read_field(lm.group("label"), lm.group("value").strip(), doc_date, item)
    if not item.bodies and item.deadline is None:
        return None
    end = m.end()
    while end > m.start("head") and line[end - 1] in " \u3000":
        end -= 1
    start = m.start("head") + len(m.group("head")) - len(m.group("head").lstrip())
    return NamedItem(start, start + len(head), end, labels, item)


# --- a field standing as a numbered heading of its own ----------------------------------------
# 五、完成时限 / 2023年9月30日前 · 二、整改实施主体 / 宿马园区党工委、管委会 · （一）整改时限： /
# 2021年6月 · 1.责任单位 / 县住建局、县城管局: a notice or a plan that gives each field a
# heading, its value on the line(s) under it, states what 完成时限：… / 责任单位：… state
# inline: the deadline and the bodies of the tasks of its section (the heading's parent:
# the problem it lists them for, or the whole notice). A heading of the goals or measures
# (四、整改目标 / 三、重点措施 / 2.目标任务) heads what is set, not what was done.
_FIELD_HEAD_MARK = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]"
                              r"|\d{1,2}(?:[.．](?!\d)|、)|[①-⑳])\s*")
_OTHER_FIELDS = ("督办单位", "督导单位", "验收单位", "监督单位", "督办领导", "包保领导", "督办责任人")
_FIELD_NAME = re.compile(
    # the goals and measures (what is set)
    r"(?P<goal>整改(?:目标|任务|措施|要求|举措|内容|目标任务)|目标任务|重点措施|主要措施|具体措施)"
    r"|(?:问题整改|整改|计划|预计|要求|主要|具体)?(?:完成(?=时间节点))?(?:"
    r"(?P<time>" + "|".join(_TIME_LABELS) + r")"
    r"|(?P<body>" + "|".join(_LEAD_LABELS + ("实施主体", "实施单位", "承办单位", "负责单位")
                             + _DUTY_LABELS) + r")"
    r"|(?P<support>" + "|".join(_SUPPORT_LABELS) + r")"
    r"|(?P<other>" + "|".join(_PERSON_LABELS + _OTHER_FIELDS) + r"))"
)
MAX_FIELD_LINES = 3  # the lines of a time or bodies field's value (县水利局 / 县农业农村局)
MAX_FIELD_VALUE = 80  # …each a short one (a paragraph under the heading is no value)
MAX_TIME_VALUE = 30  # 2025年12月底前 / 立行立改，2022年3月底前完成 (no sentence of tasks)
_FIELD_LIST = re.compile(r"、(?![^（(〔]*[）)〕])")


@dataclass(frozen=True)
class FieldHead:
    """A field that stands as a heading: its kind (time / body / support / other / goal),
    the heading line's span, the span of its value's lines, and the section it serves."""

    kind: str
    start: int
    end: int
    value_start: int
    value_end: int
    scope: tuple[int, int]
    inline: bool = False  # the value on the heading's own line, after its colon


def field_name(line: str) -> str | None:
    """The kind of field a numbered heading names (五、完成时限 → time; （二）整改实施主体： →
    body; 四、整改目标 → goal), else None (三、主要任务 / 二、整改目标完成情况 / 一、总体要求)."""
    mark = _FIELD_HEAD_MARK.match(line)
    if mark is None:
        return None
    name = line[mark.end():].strip().rstrip("：:").rstrip()
    m = _FIELD_NAME.fullmatch(name)
    return m.lastgroup if m is not None else None


def field_heads(analysis: str,
                lined: tuple[list[tuple[int, int]], list[int | None]] | None = None) -> list[FieldHead]:
    """The fields of *analysis* that stand as numbered headings with their value on the
    lines under them, each with the section it serves: that of the heading's parent (the
    nearest line before it whose number is of a higher level, to the next line of that
    level or higher), or the whole text when it has none. *lined*: the text's outline
    (segment.outline) when the caller has it."""
    lines, levels = lined if lined is not None else outline(analysis)
    out: list[FieldHead] = []
    for i, (s, e) in enumerate(lines):
        level = levels[i]
        if level is None:
            continue
        kind = field_name(analysis[s:e]) if e - s <= MAX_FIELD_HEAD else None
        if kind is None:
            inline = _inline_field(analysis, s, e)
            if inline is not None:
                kind, at = inline
                out.append(FieldHead(kind, s, at, at, e, _scope(lines, levels, i, len(analysis)), inline=True))
            continue
        j = i + 1
        while j < len(lines) and ((below := levels[j]) is None or below > level):
            j += 1
        if j == i + 1:
            continue  # no value under it: a heading like any other
        if kind != "goal" and (j - i - 1 > MAX_FIELD_LINES
                               or any(ve - vs > MAX_FIELD_VALUE for vs, ve in lines[i + 1:j])):
            continue  # text under it, not a value
        if kind == "time" and lines[i + 1][1] - lines[i + 1][0] > MAX_TIME_VALUE:
            continue
        if kind in ("body", "support") and not all(
                field_bodies(analysis[vs:ve]) for vs, ve in lines[i + 1:j]):
            continue  # a line that lists no bodies: text, not the field's value
        out.append(FieldHead(kind, s, e, lines[i + 1][0], lines[j - 1][1], _scope(lines, levels, i, len(analysis))))
    return out


MAX_FIELD_HEAD = 24  # a field's heading: its number and its name, maybe a colon
_INLINE_NAME = re.compile(r"\s*(?P<name>[^：:，,。；;\s]{2,10})\s*[:：]\s*")


def _inline_field(analysis: str, s: int, e: int) -> tuple[str, int] | None:
    """The kind of the field a numbered line states with its value after its colon
    (五、完成时限：2023年9月30日前 / 1.责任单位：县住建局 / 三、重点措施：…), and where its value
    begins, else None."""
    mark = _FIELD_HEAD_MARK.match(analysis, s, e)
    m = _INLINE_NAME.match(analysis, mark.end(), e) if mark is not None else None
    if m is None or m.end() >= e:
        return None
    name = _FIELD_NAME.fullmatch(m.group("name"))
    if name is None:
        return None
    kind, value = str(name.lastgroup), analysis[m.end():e]
    if kind == "time" and len(value) > MAX_TIME_VALUE:
        return None
    if kind in ("body", "support") and not field_bodies(value):
        return None  # a value that lists no bodies (三、责任单位要…: no field)
    return kind, m.end()


def _scope(lines: list[tuple[int, int]], levels: list[int | None], i: int,
           size: int) -> tuple[int, int]:
    """The section the field on line *i* serves: its parent's (the nearest line before it
    whose number is of a higher level, to the next line of that level or higher), or the
    whole text when it has none."""
    level = levels[i]
    parent = next((k for k in range(i - 1, -1, -1)
                   if (up := levels[k]) is not None and level is not None and up < level), None)
    top = levels[parent] if parent is not None else None
    if parent is None or top is None:
        return (0, size)
    stop = next((lines[k][0] for k in range(parent + 1, len(lines))
                 if (at := levels[k]) is not None and at <= top), size)
    return (lines[parent][0], stop)


def field_bodies(line: str) -> list[BodyRef]:
    """The bodies one line of a bodies field lists (县住建局、县城管局), with the roles it
    states (省自然资源厅牵头，省发展改革委、省林业局配合), else []."""
    value = line.strip().rstrip("。；;，,")
    names = _FIELD_LIST.split(value)
    if value and all(map(is_body_name, names)):
        return [BodyRef(n.strip()) for n in names]
    return read_trailing_roles(value) or []
