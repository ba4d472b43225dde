"""Responsible bodies of issue 11 that the dev part of the corpus still got wrong (helper
resp11d): a body the clause opens with when the unit model took the clause up, addressees
(各责任单位), two bodies joined by 和, 督查室 / 督查组, a heading's role note over its
section, a table's group rows, role notes closing run-in numbered items. Invented
sentences of each class, each checked through the whole extractor."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract import suggest
from tracker.extract.bodies import find_bodies
from tracker.extract.issuer import joint_issuers
from tracker.extract.labels import Item, read_label
from tracker.extract.segment import split_sentences
from tracker.extract.table import table_rows

DOC = date(2026, 3, 1)

NAMES = [
    # 和 right after a body starts the next one; inside a name it is part of it
    ("各地环保主管部门和排水主管部门将共同开展排查", ["各地环保主管部门", "排水主管部门"]),
    ("县农业农村局和县水利局负责", ["县农业农村局", "县水利局"]),
    ("市住房和城乡建设局负责", ["市住房和城乡建设局"]),
    ("县级以上人民代表大会及其常务委员会要听取报告", ["县级以上人民代表大会及其常务委员会"]),
    # offices of supervision
    ("县政府督查室将适时开展回头看", ["县政府督查室"]),
    ("市专项督查组负责跟踪", ["市专项督查组"]),
    # addressees of a task list: bodies; the label of a field: not
    ("请各责任单位于每季度末报送进展", ["各责任单位"]),
    ("各牵头单位要在每月5日前报送", ["各牵头单位"]),
    ("各整改责任单位对照问题制定方案", ["各整改责任单位"]),
    ("责任单位：市水务局", ["市水务局"]),
    ("各省(区、市)完成国家下达的控制目标", ["各省(区、市)"]),
    ("各设市城市核实并更新建成区范围图", ["各设市城市"]),
    # a verb of focus before a body is no part of its name
    ("聚焦市委决策部署", ["市委"]),
    ("建好高校区域技术转移转化中心", []),  # a facility built, not a body
    ("围绕省政府确定的目标", ["省政府"]),
    # people of the bodies are no bodies
    ("各级人大代表要积极履职", []),
    ("各单位负责同志要亲自抓", []),
]


@pytest.mark.parametrize(("text", "expected"), NAMES, ids=[n[0] for n in NAMES])
def test_body_names(text: str, expected: list[str]) -> None:
    assert [b.name for b in find_bodies(text)] == expected


def _bodies_of(text: str) -> dict[str, list[str]]:
    return {s.quote: [b.name for b in s.responsible] for s in suggest(text, DOC)}


# (document, a quote of it, the bodies it should carry)
DOCUMENTS = [
    # the clause opens with its body, though no rule made it a commitment
    ("某某县问题整改工作方案\n县督查室对整改情况实施月调度和月通报。\n",
     "县督查室对整改情况实施月调度和月通报", ["县督查室"]),
    ("某某县问题整改工作方案\n区政府办公室对各项目标任务的落实情况进行全程跟踪督办。\n",
     "区政府办公室对各项目标任务的落实情况进行全程跟踪督办", ["区政府办公室"]),
    # the subject after a clause of basis (按照…，), and the bodies joined to it
    ("某省黑臭水体整治专项行动\n按照整改方案,各地环保部门和排水主管部门将共同对排污企业进行排查。\n",
     "各地环保部门和排水主管部门将共同对排污企业进行排查", ["各地环保部门", "排水主管部门"]),
    ("某县问题整改工作方案\n根据工作安排,县住建局、县水利局要完成12个排污口整治。\n",
     "县住建局、县水利局要完成12个排污口整治", ["县住建局", "县水利局"]),
    # notes after 。 one after another: each serves the measures since the note before
    ("某区2026年生态环境保护工作要点\n3.推进美丽河湖建设。加强河湖综合治理,争创省级幸福河湖。"
     "(区生态环境分局、区水利局按职责落实)大力推进绿色金融行动。(区财政局按职责落实)\n",
     "加强河湖综合治理", ["区生态环境分局", "区水利局"]),
    ("某区2026年生态环境保护工作要点\n3.推进美丽河湖建设。加强河湖综合治理,争创省级幸福河湖。"
     "(区生态环境分局、区水利局按职责落实)大力推进绿色金融行动。(区财政局按职责落实)\n",
     "大力推进绿色金融行动", ["区财政局"]),
    # a rectification list: the label after an item's problems serves them
    ("某市创文督查问题清单\n1. 市科技馆\n(1)完成灭火器更换;\n(2)规范意见簿投诉记录。\n"
     "问题整改责任单位:市科技局 整改时限:3天\n2. 市第二人民医院\n(1)完成禁烟标识设置。\n"
     "问题整改责任单位:市卫生健康委员会 整改时限:5天\n",
     "完成禁烟标识设置", ["市卫生健康委员会"]),
    # a heading's role note serves the tasks of its section, not the next section's
    ("某某市科技创新工作方案\n一、推进科技创新发展（由市科技局牵头）\n"
     "（一）强化企业主体。新认定高新技术企业300家以上。\n"
     "二、推进产业升级（市经信局负责）\n（一）培育链主企业。新增规上工业企业50家。\n",
     "新认定高新技术企业300家以上", ["市科技局"]),
    ("某某市科技创新工作方案\n一、推进科技创新发展（由市科技局牵头）\n"
     "（一）强化企业主体。新认定高新技术企业300家以上。\n"
     "二、推进产业升级（市经信局负责）\n（一）培育链主企业。新增规上工业企业50家。\n",
     "新增规上工业企业50家", ["市经信局"]),
    # a table's group rows (一、…) do not end it: the rows below keep their columns
    ("某某市水污染防治2026年行动计划\n序号\t重点任务\t工作措施\t牵头部门\t完成时限\n"
     "一、水环境质量目标\n1\t目标任务\t全市国考断面水质优良比例达到90%以上。\t市生态环境局\t年底前\n"
     "二、工业污染治理\n2\t园区治理\t完成8个工业园区污水集中处理设施提标改造。\t市工信局\t9月底前\n",
     "完成8个工业园区污水集中处理设施提标改造", ["市工信局"]),
    # a role note closes its run-in numbered item; the next item has its own
    ("某某市空气质量改善工作方案\n二、工作任务\n1.做好重污染天气应对。加强空气质量监测和预测预报。"
     "(责任单位:市生态环境局)2.推进燃煤锅炉整治。完成20台燃煤锅炉淘汰。"
     "(责任单位:市发改委、市市场监管局)3.开展扬尘治理。\n",
     "加强空气质量监测和预测预报", ["市生态环境局"]),
    ("某某市空气质量改善工作方案\n二、工作任务\n1.做好重污染天气应对。加强空气质量监测和预测预报。"
     "(责任单位:市生态环境局)2.推进燃煤锅炉整治。完成20台燃煤锅炉淘汰。"
     "(责任单位:市发改委、市市场监管局)3.开展扬尘治理。\n",
     "完成20台燃煤锅炉淘汰", ["市发改委", "市市场监管局"]),
]


@pytest.mark.parametrize(("text", "quote", "expected"), DOCUMENTS,
                         ids=[f"{i}-{d[1][:12]}" for i, d in enumerate(DOCUMENTS)])
def test_bodies_in_documents(text: str, quote: str, expected: list[str]) -> None:
    got = [bodies for q, bodies in _bodies_of(text).items() if quote in q]
    assert got == [expected]


RUN_TOGETHER = [
    # fields run together on one line, people skipped, each value up to the next label
    ("牵头领导:张三 责任单位:市公安局 项目责任人:李四 配合单位:市城管局、市财政局",
     True, ["市公安局", "市城管局", "市财政局"]),
    ("责任单位：县水利局 完成时限：2026年6月底前", True, ["县水利局"]),
    ("问题整改责任单位:市卫生健康委员会 整改时限:5天", True, ["市卫生健康委员会"]),
    ("整改责任单位：县住建局", True, ["县住建局"]),
    # a field of no known label, or more text after a value: read on as text
    ("牵头领导:张三 责任单位:市交通委 实际完成情况:已完成年度目标的55%", False, ["市交通委"]),
    ("牵头领导:张三 配合单位:市公安局,各区政府 鄞州 海曙 合计 新辟线路10条", False,
     ["市公安局", "各区政府"]),
]


@pytest.mark.parametrize(("line", "consumed", "bodies"), RUN_TOGETHER,
                         ids=[r[0][:16] for r in RUN_TOGETHER])
def test_run_together_fields(line: str, consumed: bool, bodies: list[str]) -> None:
    item = Item()
    assert read_label(line, DOC, item) is consumed
    assert [b.name for b in item.bodies] == bodies


def test_run_together_fields_serve_their_item() -> None:
    text = ("某市2026年民生实事项目安排\n1.新辟公交线路10条。 牵头领导:张三 责任单位:市交通委 "
            "项目责任人:李四。 2.新增安装300套视频采集设备。 牵头领导:王五 "
            "责任单位:市公安局 配合单位:市城管局。\n")
    got = _bodies_of(text)
    assert got["新辟公交线路10条"] == ["市交通委"]
    assert got["新增安装300套视频采集设备"] == ["市公安局", "市城管局"]


def test_note_before_run_in_item_ends_a_sentence() -> None:
    text = "1.做好应对。(责任单位:市生态环境局)2 .提升绩效。"
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "1.做好应对", "(责任单位:市生态环境局)", "2 .提升绩效"]


def test_note_opening_a_sentence_ends_it() -> None:
    text = "争创幸福河湖。(区水利局按职责落实)大力推进绿色金融行动。"
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "争创幸福河湖", "(区水利局按职责落实)", "大力推进绿色金融行动"]


def test_bracket_inside_a_clause_stays_whole() -> None:
    text = "建成监测站(含2个微站)3座。"
    assert [text[s:e] for s, e in split_sentences(text)] == ["建成监测站(含2个微站)3座"]


def test_table_goes_on_over_group_rows_not_over_prose() -> None:
    table = ("序号\t重点任务\t牵头部门\t完成时限\n一、大气污染防治\n1\t淘汰燃煤锅炉\t市生态环境局\t年底前\n")
    assert len(table_rows(table)) == 1
    prose = ("序号\t重点任务\t牵头部门\t完成时限\n各区要认真组织实施，确保按期完成各项任务。\n"
             "1\t淘汰燃煤锅炉\t市生态环境局\t根据进度\n")
    assert table_rows(prose) == ()
    # a row after the prose is read by what its cells hold, as a row without header
    # (test_recall_11o): a cell of a time limit with a body before it, not by the old header
    again = prose.replace("根据进度", "年底前")
    assert [c.kind for c in table_rows(again)[0].cells] == ["index", "measure", "lead", "deadline"]


JOINT_TITLES = [
    ("某市发展和改革委员会 中共某市委社会工作部 某市住房和城乡建设局 关于印发某市社区服务设施建设方案的通知",
     ["某市发展和改革委员会", "中共某市委社会工作部", "某市住房和城乡建设局"]),
    ("市生态环境局、市发展改革委关于印发大气污染防治方案的通知", ["市生态环境局", "市发展改革委"]),
    ("某某县人民政府关于印发实施方案的通知", []),  # one issuer: read as before
    ("推进 美丽乡村建设 关于实施方案的说明", []),  # words, not bodies
]


@pytest.mark.parametrize(("title", "expected"), JOINT_TITLES, ids=[t[0][:14] for t in JOINT_TITLES])
def testjoint_issuers_of_a_title(title: str, expected: list[str]) -> None:
    assert [b.name for b in joint_issuers(title)] == expected


def testjoint_issuers_answer_for_the_document() -> None:
    text = ("某市发展和改革委员会 某市住房和城乡建设局 关于印发某市社区服务设施建设方案的通知\n"
            "到2026年底前,全市建成社区嵌入式服务设施示范社区100个。\n")
    got = [bodies for q, bodies in _bodies_of(text).items() if "示范社区100个" in q]
    assert got == [["某市发展和改革委员会", "某市住房和城乡建设局"]]
