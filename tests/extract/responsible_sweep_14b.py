"""A sweep of who answers for a clause, branch resp14b (issue 11), written from the grammar of
each genre, not from one document.

The convention (docs/commitments.md: "the bodies as written; the issuer when none is named";
tests/corpus/README.md R4: the issuer is "spelled as the document writes it in its title,
byline or signature"). Structures:

- titled-issuer: a plan, work plan or summary whose title names its body by its level alone
  (区水利局2025年工作计划 / 市科技局关于印发…的通知 / 湖州市人民政府办公室转发市发展改革委关于…
  的通知), the text naming the division elsewhere (通州区 / 福州市): a clause that names no
  body is that body's, spelled as the title writes it (区水利局), not filled out with the
  division's name (通州区水利局).
- addressed: a notice addressed to bodies on the line under its title (各县（市、区）人民政府，
  市直有关部门： / 各设区市环保局:) that speaks to them (请你们继续加强监管，… / 你们要… /
  希望你们… / 请你局…): the addressees answer for the clause and for those after it in the
  sentence, not the issuer.
- furniture-role: the role's word before a body that page furniture also uses (由主管部门县农业
  农村局督促… / 联系单位区城管局负责… / 由行业主管部门市住建局牵头…): a clause that says
  who acts, not a page's 主管单位：… / 联系电话 line; the body named answers for it.

``cases()`` yields each structure over several bodies and places, in Simplified and
Traditional script (also with the inline pinyin of reposts) and with full-width digits and
marks, each with and without its final 。; ``main`` prints the pass counts.
"""

from __future__ import annotations

from collections.abc import Iterator

from tests.extract.issuer_sweep import Case, in_scripts, tally
from tests.extract.responsible_sweep_13 import _with_pinyin
from tests.extract.responsible_sweep_14 import ACTS, PROBLEMS, RECTIFY_HEAD, ROLE_BODIES

# (the level-named body, the division the text names)
TITLED_BODIES = (("区水利局", "通州区"), ("市科技局", "福州市"), ("县林业局", "旺苍县"),
                 ("市发展改革委", "湖州市"), ("区生态环境分局", "杜集区"), ("县住建局", "修水县"),
                 ("省生态环境厅", "江西省"))
# the title, {b} the body
TITLES = ("{b}2025年工作计划", "{b}关于印发2025年工作要点的通知", "{b}2024年工作总结和2025年工作思路",
          "某某人民政府办公室转发\n{b}关于2025年重点工作安排的通知",
          "某某人民政府办公室转发{b}关于2025年重点工作安排的通知")
# the opening paragraph naming the division, {p} the place
OPENINGS = ("2025年，将以高质量发展为目标，为奋力推动{p}经济社会发展提供坚强保障。",
            "为深入推进{p}生态文明建设，结合工作实际，制定本计划。")
# (the clause naming no body, the words that find its suggestion)
CLAUSES = (("2025年6月底前完成60个行政村生活污水治理", "60个行政村"),
           ("到2025年底，空气质量优良天数比例达到85%以上", "优良天数"),
           ("年内新建污水处理厂3座", "污水处理厂3座"))


def _titled_issuer() -> Iterator[Case]:
    for body, place in TITLED_BODIES:
        for title in TITLES:
            for opening in OPENINGS:
                for clause, needle in CLAUSES:
                    for end in ("。", ""):
                        text = (f"{title.format(b=body)}\n{opening.format(p=place)}\n"
                                f"一、重点任务\n{clause}{end}\n")
                        yield Case("titled-issuer", text, frozenset({body}), (needle,))


# (the address line, a body of it as written)
ADDRESS_LINES = (("各县（市、区）人民政府，市直有关部门：", "各县（市、区）人民政府"),
                 ("各设区市环保局：", "各设区市环保局"),
                 ("各镇政府，各街道办事处，县政府各部门：", "各镇政府"),
                 ("各区、县人民政府，市人民政府各工作部门、各直属机构：", "各区、县人民政府"),
                 ("市生态环境局:", "市生态环境局"))
NOTICE_TITLES = ("某省生态环境厅关于解除一批挂牌督办环境问题的通知",
                 "某市人民政府办公室关于做好2025年重点工作的通知")
NOTICE_OPENINGS = ("根据你们提交的申请，我厅对整改情况进行了抽查。",
                   "经研究，现就有关事项通知如下。")
# the clause speaking to the addressees, {c} the clauses after it
ADDRESSED = ("请你们继续加强后续监管，{c}", "你们要切实加强组织领导，{c}", "希望你们高度重视，{c}",
             "请你局继续加强后续监管，{c}", "请你们{c}")
FOLLOWING = (("确保2025年6月底前完成60个行政村生活污水治理", "60个行政村"),
             ("督促企业严格日常管理，确保污染物稳定达标排放", "达标排放"))


def _addressed() -> Iterator[Case]:
    for title in NOTICE_TITLES:
        for line, body in ADDRESS_LINES:
            for opening in NOTICE_OPENINGS:
                for said in ADDRESSED:
                    for clause, needle in FOLLOWING:
                        for end in ("。", ""):
                            text = f"{title}\n{line}\n{opening}\n{said.format(c=clause)}{end}\n"
                            yield Case("addressed", text, frozenset({body}), (needle,))


FURNITURE_ROLES = ("主管部门", "主管单位", "行业主管部门", "联系单位", "联系部门")


def _furniture_role() -> Iterator[Case]:
    for role in FURNITURE_ROLES:
        for body in ROLE_BODIES:
            for act, needle in ACTS:
                for problem in PROBLEMS:
                    for end in ("。", ""):
                        yield Case("furniture-role", f"{RECTIFY_HEAD}{problem}由{role}{body}{act}{end}\n",
                                   frozenset({body}), (needle,))
                yield Case("furniture-role", f"{RECTIFY_HEAD}四、下步工作\n{role}{body}{act}。\n",
                           frozenset({body}), (needle,))


def cases() -> Iterator[Case]:
    """Every structure as written, in Traditional script (also with the inline pinyin of
    reposts) and with full-width digits."""
    return in_scripts((*_titled_issuer(), *_addressed(), *_furniture_role()), _with_pinyin)


if __name__ == "__main__":
    tally(cases(), by_form=True, shown=lambda t: t[:60])
