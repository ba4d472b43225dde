"""A sweep of who answers for a clause, branch resp14 (issue 11), written from the grammar of
each genre, not from one document.

The convention (docs/commitments.md: "the bodies as written; the issuer when none is named";
tests/corpus/README.md R4). Structures:

- closing-note: a numbered item of several clauses whose note at its end names who leads it
  ((牵头单位：市人社局) / （责任单位：县住建局、县水利局） / （区发改局牵头，区财政局配合） /
  （市生态环境局负责） / （市民政局）): the note serves every clause of the item that names
  no body of its own, not only the last one;

- label-section: a closeout or rectification notice laid out in numbered sections, one of
  them headed by the bodies' label (二、整改实施主体 / 二、责任主体 / 三、实施单位 / 三、承办单位 /
  二、整改责任单位), the bodies on its line or on the line under it: those bodies answer for
  the measures and targets of the other sections, not the government the notice is placed in.

- role-before-name: a body named after the word of the role it plays in the notice (由包片单位
  县文广局督促… / 由属地政府某某镇人民政府牵头… / 责任单位市住建局要… / 由主管部门县农业农村局…):
  the body named, not the role's word;
- joint-team: a joint team named with 联合 inside its name (由市容环境综合整治联合执法工作组负责… /
  县联合执法大队要… / 由区联合调查组牵头…): the team as written, not the part after 联合.

``cases()`` yields each structure over several bodies and places, in Simplified and
Traditional script (also with the inline pinyin of reposts) and with full-width digits and
marks; ``main`` prints the pass counts.
"""

from __future__ import annotations

from collections.abc import Iterator

from tests.extract.issuer_sweep import in_scripts, tally, Case
from tests.extract.responsible_sweep_13 import _with_pinyin

# (the issuer's title and lead-in, as a list of tasks opens)
HEADS = (
    "宣城市民生工作领导小组办公室关于2025年实施47项民生实事的通知\n县、市、区人民政府，市直有关单位：\n"
    "经市政府同意，2025年我市实施47项民生实事，具体安排如下。\n一、促进就业\n",
    "修水县人民政府办公室关于印发2025年重点工作任务分解方案的通知\n各乡镇人民政府，县直各单位：\n"
    "现将任务分解如下。\n二、重点任务\n",
    "某区2025年为民办实事项目安排\n（一）民生保障\n",
)
# (the note, a body it names)
NOTES = (
    ("(牵头单位:{p}人社局)", "{p}人社局"),
    ("（牵头单位：{p}住建局）", "{p}住建局"),
    ("（责任单位：{p}水利局、{p}农业农村局）", "{p}水利局"),
    ("（{p}发展改革委牵头，{p}财政局配合）", "{p}发展改革委"),
    ("（{p}生态环境局负责）", "{p}生态环境局"),
    ("（{p}民政局）", "{p}民政局"),
    ("【责任单位：{p}卫生健康委】", "{p}卫生健康委"),
)
# the item: its clauses before the last (the first one's needle), and its last clause
ITEMS = (
    ("1.促进重点群体稳定就业，新增城镇就业4.3万人，", "新增城镇就业", "零就业家庭动态清零{n}"),
    ("2.实施农村供水保障工程，完成60个行政村管网改造，", "60个行政村", "农村自来水普及率达到99%以上{n}"),
    ("（三）新建城乡社区卫生服务站20家，", "20家", "建成区域医疗中心1个{n}"),
    ("4.推进老旧小区改造，改造老旧小区35个，", "35个", "年底前全面完成{n}"),
)
PLACES = ("市", "县", "区", "宣城市", "修水县")


def _closing_note() -> Iterator[Case]:
    for head in HEADS:
        for place in PLACES:
            for note, body in NOTES:
                for first, needle, last in ITEMS:
                    for end in ("。", ""):
                        item = first + last.format(n=note.format(p=place)) + end
                        yield Case("closing-note", f"{head}{item}\n", frozenset({body.format(p=place)}),
                                   (needle,))


# (the notice's opening, naming the place it is placed in)
NOTICE_HEADS = (
    "突出生态环境问题整改验收销号公示\n宿州市2023年自排查突出生态环境243号问题已整改完成，并通过核查验收。"
    "现将问题整改完成情况公示如下：\n一、整改问题\n某项目工地施工场地，现场施工裸土未覆盖。\n",
    "关于中央生态环境保护督察反馈问题整改情况的公示\n根据修水县整改工作安排，现将整改情况公示如下：\n"
    "一、问题描述\n某河段有垃圾漂浮，污染水体。\n",
)
LABELS = ("整改实施主体", "实施主体", "责任主体", "整改责任主体", "实施单位", "承办单位", "整改责任单位", "责任单位")
# (the bodies as the section writes them, one of them as the register names it)
SECTION_BODIES = (("宿马园区党工委、管委会", "宿马园区党工委"), ("县住建局", "县住建局"),
                  ("市生态环境局、市城管局", "市生态环境局"), ("某某镇人民政府", "某某镇人民政府"),
                  ("区水利局", "区水利局"))
MEASURES = ("三、重点措施\n现场施工裸土全覆盖，2024年6月底前完成60个点位整治。\n四、完成时限\n2024年6月30日前\n",
            "三、整改措施\n（一）对河道开展打捞清理工作。\n（二）2024年6月底前完成60个点位整治。\n")


def _label_section() -> Iterator[Case]:
    for head in NOTICE_HEADS:
        for label in LABELS:
            for written, body in SECTION_BODIES:
                for measures in MEASURES:
                    for section in (f"二、{label}\n{written}\n", f"二、{label}：{written}\n"):
                        yield Case("label-section", head + section + measures, frozenset({body}),
                                   ("60个点位",))


# (a notice placed in a county, its problems numbered, each with its measure)
RECTIFY_HEAD = "11月8日市容环境综合整治情况的通报\n县双创办值班人员对市容环境进行了巡查，发现存在以下问题亟待整改：\n"
ROLES = ("包片单位", "包保单位", "挂钩单位", "属地政府", "主管部门", "责任单位", "牵头单位", "帮扶单位")
ROLE_BODIES = ("县文广局", "市住建局", "某某镇人民政府", "区城管局", "县民政局", "县农业农村局")
# (the measure after the body, the words that find its suggestion)
ACTS = (("督促商户在2024年6月底前更换破损广告", "更换破损广告"),
        ("负责在年底前完成60个点位整治", "60个点位"),
        ("牵头整治，2024年6月底前完成60个点位清理", "60个点位"))
PROBLEMS = ("1、某商城户外宣传广告破损。\n整改措施：", "2、某路段有住户在行道树晾晒衣物。\n整改措施：")


def _role_before_name() -> Iterator[Case]:
    for role in ROLES:
        for body in ROLE_BODIES:
            for act, needle in ACTS:
                for problem in PROBLEMS:
                    yield Case("role-before-name", f"{RECTIFY_HEAD}{problem}由{role}{body}{act}。\n",
                               frozenset({body}), (needle,))
                yield Case("role-before-name", f"{RECTIFY_HEAD}四、下步工作\n{role}{body}要{act}。\n",
                           frozenset({body}), (needle,))


TEAMS = ("市容环境综合整治联合执法工作组", "县联合执法大队", "城管联合执法队", "区联合调查组", "市联合督导组",
         "县环境整治联合检查组", "县联合执法指挥部")


def _joint_team() -> Iterator[Case]:
    for team in TEAMS:
        for act, needle in ACTS:
            for problem in PROBLEMS:
                yield Case("joint-team", f"{RECTIFY_HEAD}{problem}由{team}{act}。\n", frozenset({team}), (needle,))
            yield Case("joint-team", f"{RECTIFY_HEAD}四、下步工作\n{team}要{act}。\n", frozenset({team}), (needle,))


def cases() -> Iterator[Case]:
    """Every structure as written, in Traditional script (also with the inline pinyin of
    reposts) and with full-width digits."""
    return in_scripts((*_closing_note(), *_label_section(), *_role_before_name(), *_joint_team()), _with_pinyin)


if __name__ == "__main__":
    tally(cases(), by_form=True, shown=lambda t: t[-90:])
