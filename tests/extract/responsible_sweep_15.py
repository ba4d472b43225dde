"""A sweep of who answers for a clause, branch resp15 (issue 11): structures of a document
that name the bodies of a whole item or of the document, written from the grammar of each
genre, not from one document.

The convention (docs/commitments.md: "the bodies as written; the issuer when none is named").
Structures:

- duty-field: a task-division plan gives each numbered target a field line of who divides
  the work (部门分工：省发展改革委牵头，各地、各部门配合 / 责任分工：… / 任务分工：…), often
  after a line naming the leader in charge (分管省领导：某某): the field's bodies answer for
  the item, as a 责任单位：… line's do; the leader's line names a person, no body.
- starred-lead: a task table or a labelled line marks its lead body with a star (★区发改委、
  统计局): the body without its star.
- named-meeting: a report of a sector's work meeting of a division named by its name, not by
  its scope (青海省水利工作会议在西宁召开 / 召开福州市生态环境工作会议): the sector's
  department of that division convenes it and answers for what it sets, as for 全省水利工作会议.
- closing-note: a numbered item ((一)道路畅通工程。…) whose last line closes with a role note
  ((X牵头，Y配合) / 由X牵头，Y配合。) before the next item of its level: the note answers for
  every clause of the item, its earlier lines too; the next item, with no note, stays the
  issuer's.

``cases()`` yields each structure over several bodies and places, in Simplified and
Traditional script (also with the inline pinyin of reposts) and with full-width digits, each
with and without its final 。; ``main`` prints the pass counts.
"""

from __future__ import annotations

from collections.abc import Iterator

from tests.extract.issuer_sweep import Case, in_scripts, tally
from tests.extract.responsible_sweep_13 import _with_pinyin

# (the level's word, the lead, the support bodies)
DUTY_BODIES = (("省", "省发展改革委", "各地、各部门"), ("市", "市财政局", "各区县、市直各部门"),
               ("县", "县商务局", "各乡镇"), ("区", "区住建局", "区城管局、各街道"))
DUTY_LABELS = ("部门分工", "责任分工", "任务分工", "职责分工")
# the leader's line before the field ({lv} the level), or none
LEADER_LINES = ("分管{lv}领导：张某某\n", "分管领导：李某\n", "")
# the division's title ({p} its name) and its first target, then a second target
DIVISIONS = (("某省", "省"), ("某某市", "市"), ("某某县", "县"), ("某某区", "区"))
DUTY_TARGETS = (("地区生产总值增长6%以上", "地区生产总值"), ("新增城镇就业5万人", "城镇就业"),
                ("完成60个行政村生活污水治理", "60个行政村"))


def _duty_field() -> Iterator[Case]:
    for (lv, lead, support), label, leader, (target, needle) in (
            (b, lab, ld, t) for b in DUTY_BODIES for lab in DUTY_LABELS for ld in LEADER_LINES
            for t in DUTY_TARGETS):
        for end in ("。", ""):
            text = (f"关于印发2025年重点任务分工方案的通知\n一、主要预期目标\n1.{target}{end}\n"
                    f"{leader.format(lv=lv)}{label}：{lead}牵头，{support}配合{end}\n"
                    f"2.居民收入增长与经济增长同步{end}\n{leader.format(lv=lv)}"
                    f"{label}：{lv}人社局牵头，{support}配合{end}\n")
            yield Case("duty-field", text, frozenset({lead}), (needle,))


STARRED = (("区发改委", "统计局"), ("市生态环境局", "市水利局"), ("县应急管理局", "县消防救援大队"),
           ("省交通运输厅", "省公安厅"))
STAR_TASKS = (("地区生产总值增长5%以上", "地区生产总值"), ("不发生重特大生产安全责任事故", "重特大"),
              ("完成60个行政村生活污水治理", "60个行政村"))


def _starred_lead() -> Iterator[Case]:
    for lead, other in STARRED:
        for task, needle in STAR_TASKS:
            for star in ("★", "☆"):
                for end in ("。", ""):
                    table = (f"2025年重点工作目标任务分解表\n序号\t重点工作目标任务\t牵头领导\t责任单位\n"
                             f"1\t{task}{end}\t张三\t{star}{lead}、{other}\n")
                    yield Case("starred-lead", table, frozenset({lead}), (needle,))
                    line = f"2025年重点工作安排\n一、重点任务\n1.{task}{end}\n责任单位：{star}{lead}、{other}\n"
                    yield Case("starred-lead", line, frozenset({lead}), (needle,))


# (the division's name, the sector, the department it has)
MEETINGS = (("青海省", "水利", "青海省水利厅"), ("福州市", "生态环境", "福州市生态环境局"),
            ("修水县", "农业农村", "修水县农业农村局"), ("江西省", "自然资源", "江西省自然资源厅"),
            ("绵阳市", "林业", "绵阳市林业局"), ("通州区", "应急管理", "通州区应急管理局"))
# the report's opening ({p} the division, {s} the sector)
MEETING_OPENINGS = ("1月31日，{p}{s}工作会议在某地召开，全面总结2024年工作，安排2025年重点工作。",
                    "近日，召开{p}{s}工作会议，部署2025年工作。",
                    "记者从{p}{s}工作会议上获悉，2025年将全力推进各项工作。",
                    "2025年{p}{s}工作会议于1月10日召开。")
MEETING_TASKS = (("2025年6月底前完成60个行政村生活污水治理", "60个行政村"),
                 ("实施水旱灾害防御固本强基工程", "固本强基"))


def _named_meeting() -> Iterator[Case]:
    for place, sector, department in MEETINGS:
        for opening in MEETING_OPENINGS:
            for task, needle in MEETING_TASKS:
                for end in ("。", ""):
                    text = f"{opening.format(p=place, s=sector)}\n会议要求，{task}{end}\n"
                    yield Case("named-meeting", text, frozenset({department}), (needle,))


# (the note's lead, its support bodies)
NOTE_BODIES = (("自治区交通运输厅", "自治区发展改革委、银川市人民政府"), ("市住建局", "市城管局、各区政府"),
               ("县水利局", "县农业农村局、各乡镇"), ("省生态环境厅", "省工业和信息化厅"))
# the note closing the item's last line ({a} lead, {b} support)
NOTES = ("（{a}牵头，{b}配合）", "（{a}牵头，{b}按职责分工负责）", "（牵头单位：{a}；配合单位：{b}）",
         "由{a}牵头，{b}配合。")
# the item's lines before its last: its numbered first line and a line of tasks
ITEM_LINES = (("（一）道路畅通工程。加快建设都市圈快速通道{e}", "快速通道"),
              ("1.城乡供水一体化工程。新建水厂2座{e}", "水厂2座"))
MIDDLE_LINES = (("2025年建成典农河至沙湖旅游公路{e}", "旅游公路"), ("完成60个行政村生活污水治理{e}", "60个行政村"))
LAST_LINES = ("进一步规范道路限高、限宽等交通设施{e}", "开工建设污水管网30公里{e}")
NEXT_ITEMS = {"（": "（二）城际公交工程。制定都市圈城际公交开通实施方案{e}",
              "1": "2.公交一体化工程。制定都市圈城际公交开通实施方案{e}"}
NOTE_ISSUER = "某某市人民政府办公室关于印发2025年工作计划的通知\n一、基础设施互联互通\n"


def _closing_note() -> Iterator[Case]:
    for lead, support in NOTE_BODIES:
        for note in NOTES:
            for first, first_needle in ITEM_LINES:
                for middle, middle_needle in MIDDLE_LINES:
                    for last in LAST_LINES:
                        for end in ("。", ""):
                            closing = note.format(a=lead, b=support)
                            nxt = NEXT_ITEMS[first[0]].format(e=end)
                            text = (f"{NOTE_ISSUER}{first.format(e=end)}\n{middle.format(e=end)}\n"
                                    f"{last.format(e='。')}{closing}\n{nxt}\n")
                            yield Case("closing-note", text, frozenset({lead}), (first_needle, middle_needle))
                            yield Case("closing-note-next", text, frozenset({"某某市人民政府办公室"}), ("公交开通",))


def cases() -> Iterator[Case]:
    """Every structure as written, in Traditional script (also with the inline pinyin of
    reposts) and with full-width digits."""
    return in_scripts((*_duty_field(), *_starred_lead(), *_named_meeting(), *_closing_note()), _with_pinyin)


if __name__ == "__main__":
    tally(cases(), by_form=True, shown=lambda t: t[:60])
