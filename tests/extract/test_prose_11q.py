"""Session 11q (precision on unseen text): clauses of prose that are never a record by the
definition page (shared/docs/commitments.md), whatever figure or end-state word they hold,
swept over wordings written here (none copied from one document), frames (a sentence in a
plan, a list item without 。, a numbered heading, a table cell standing alone) and scripts
(Simplified, Traditional, full-width digits); and a counter-sweep of commitments in like wordings that must
stay suggested.

Groups (never a record):
- PRIORITY: a thing made the priority (把X作为重大政治任务来抓): an exhortation, nothing to
  check.
- BASIS: the frame of a measure (以X为基本出发点 / 以X为主): it states no act.
- TOPIC: a clause of topic or time only, its predicate in the next clause (对情况复杂的问题 /
  自督察组反馈意见后).
- PAGE: the page or an interviewer speaking (本文就…进行简要梳理 / 请您介绍一下…): furniture.
- ANNOUNCED: the count of the lines of work a text announces (重点抓好8方面工作): the items
  that follow are the records.
- TALLY: a part heading with the tally of its items (一、科教惠民工程（项目6个，其中…）).
- SCOPE: the scope a text covers (范围涉及36个重点城市): a description.
- GAIN: a gain named only by a comparative (民生福祉达到更高水平) under a heading of goals or
  a bound that opens its chain: no quantity nor end state; with time words of its own it
  stays (the counter-sweep).
"""

from __future__ import annotations

from datetime import date

import opencc
import pytest

from tracker.extract import suggest
from tracker.extract.classify import frames_only, is_meta_count, is_vague_gain, judge
from tracker.geo.script import to_simplified as simplified

DAY = date(2024, 3, 1)
_S2T = opencc.OpenCC("s2t")

_WHATS = ["生态环境保护督察整改", "大气污染综合治理", "河湖长制落实", "审计发现问题整改"]
PRIORITY = [w.format(x) for x in _WHATS for w in (
    "把{}作为一项重要政治任务来抓",
    "将{}作为重大政治任务",
    "各级各部门要把{}作为头等大事来抓",
    "将{}作为重要契机和强大动力",
    "把{}作为推进生态文明建设的重要抓手",
    "相关责任单位要把{}作为一项政治任务来完成",
)]
BASIS = [w.format(x) for x in ("控制环境风险、消除环境影响", "细颗粒物和臭氧协同控制",
                               "群众满意", "改善生态环境质量")
         for w in ("以{}为基本出发点", "以{}为主", "以{}为根本出发点和落脚点", "以{}为着力点")]
TOPIC = [
    "对情况复杂、短期内难以整改完成的问题",
    "针对群众反映强烈的问题",
    "对于整改不到位的单位",
    "对已完成整改但易反弹的问题",
    "自中央生态环境保护督察组反馈意见后",
    "自省委巡视组反馈问题以来",
    "从方案印发之后",
    "在推进整改过程中",
]
PAGE = [
    "本文就全国和18个省市进行简要梳理",
    "请您介绍一下3个任务各自具体工作是什么",
    "请问今年将实施哪些民生实事",
    "笔者梳理了12个省份的目标",
    "本文对2025年的5项目标作了介绍",
]
ANNOUNCED = [
    "重点抓好8方面工作",
    "2023年着力抓好40项重点工作",
    "今年要重点抓好5个方面工作",
    "突出抓好10项重点任务",
    "重点抓好八个方面工作",
    "全县将突出抓好五个方面的工作",
    "着力做好六项重点工作",
]
TALLY = [
    "一、科教惠民工程（项目6个，其中基建工程类5个、“小而美”事项类1个）",
    "二、健康惠民工程(项目8个,其中基建工程类5个)",
    "三、交通畅通工程（项目共12个）",
    "（四）生态宜居工程（任务10项，均为新建类）",
    "3.城乡交通类（项目5个）",
]
SCOPE = [
    "范围涉及36个重点城市及部分地级市",
    "本次督察对象包括12个县区",
    "检查范围覆盖全市85家重点企业",
]
# under a heading of goals (the frame supplies it, see _gain_doc), no time words of their own
GAIN = ["民生福祉达到更高水平", "乡村振兴实现新跨越", "社会主义法治建设达到更高水平",
        "在现代化产业体系建设上实现新突破", "绿色低碳技术推广应用取得重要进展",
        "对外开放迈上新台阶"]

NEVER = {"priority": PRIORITY, "basis": BASIS, "topic": TOPIC, "page": PAGE,
         "announced": ANNOUNCED, "tally": TALLY, "scope": SCOPE}


_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def _scripts(words: str) -> list[str]:
    """The wording in Simplified and Traditional, and with full-width digits when it has any."""
    out = [words, _S2T.convert(words)]
    if any(c.isascii() and c.isdigit() for c in words):
        out.append(words.translate(_FULL_WIDTH))
    return out


def _in_plan(line: str) -> str:
    """A plan of some length (over the whole-document floor's 200 characters) with *line*
    in the middle of its tasks."""
    return ("关于印发某市生态环境保护工作方案的通知\n各县区人民政府，市直有关单位：\n"
            "为深入贯彻落实上级部署，结合本市实际，制定本方案。\n"
            "一、主要任务\n"
            "（一）实施大气污染防治攻坚行动。2024年底前完成30台燃煤锅炉淘汰，"
            "PM2.5平均浓度控制在35微克/立方米以下。\n"
            + line + "\n"
            "（二）开展饮用水水源地整治。年底前完成12个水源地规范化建设，"
            "由市生态环境局牵头，各县区人民政府负责落实。\n")


def _frames(words: str) -> list[tuple[str, str]]:
    """(frame, text) for a clause: a sentence in a plan, a list item without 。, a heading."""
    return [("sentence", _in_plan(words + "，要切实加强组织领导。")),
            ("item", _in_plan("1." + words)),
            ("heading", _in_plan("（三）" + words))]


def _suggested_in(text: str, words: str) -> list[str]:
    start = text.index(words)
    end = start + len(words)
    return [s.quote for s in suggest(text, DAY) if s.kind != "indicator"
            and s.start < end and s.end > start and (s.end - s.start) <= len(words) + 2]


def _never_cases() -> list[tuple[str, str, str]]:
    return [(group, frame, script)
            for group, phrases in NEVER.items() for phrase in phrases
            for script in _scripts(phrase) for frame, _ in _frames(script)]


@pytest.mark.parametrize("group", sorted(NEVER))
def test_each_wording_is_turned_down_by_the_rules(group: str) -> None:
    for phrase in NEVER[group]:
        for words in _scripts(phrase):
            # (the rules read the clause folded to Simplified, as the pipeline gives it)
            assert judge(simplified(words)).kind is None, words
            assert judge(simplified(words), has_target=True, ahead=True).kind is None, words


@pytest.mark.parametrize("group", sorted(NEVER))
def test_each_wording_gives_no_record_in_a_plan(group: str) -> None:
    for phrase in NEVER[group]:
        for script in _scripts(phrase):
            for frame, text in _frames(script):
                assert not _suggested_in(text, script), (group, frame, script)


@pytest.mark.parametrize("group", ["announced", "tally", "scope"])
def test_a_count_of_the_text_s_own_items_standing_alone_gives_no_record(group: str) -> None:
    # as a cell or a clause pasted alone (the unit model may take up what the rules turn
    # down there, but never a count of the text's own items)
    for phrase in NEVER[group]:
        for words in _scripts(phrase):
            assert is_meta_count(simplified(words)), words
            assert not [s for s in suggest(words, DAY) if s.kind != "indicator"], words


def test_the_frames_are_read_as_frames() -> None:
    for group in ("priority", "topic", "page"):
        for phrase in NEVER[group]:
            assert frames_only(phrase), phrase
    # 本文件 is the text's own name, not the page speaking of itself
    assert not frames_only("本文件印发后各县区要在30日内制定实施方案")


def _gain_doc(words: str) -> str:
    return ("某市国民经济和社会发展第十五个五年规划纲要\n一、主要目标\n"
            "到2030年，地区生产总值年均增长5.5%左右，人均预期寿命达到80岁；" + words + "。\n"
            "二、重点任务\n（一）建设现代化产业体系。实施制造业重点产业链高质量发展行动，"
            "到2030年培育5个千亿级产业集群。\n（二）推进乡村全面振兴。新建高标准农田20万亩。\n")


@pytest.mark.parametrize("words", [w for g in GAIN for w in _scripts(g)])
def test_a_gain_named_by_a_comparative_under_a_bound_gives_no_record(words: str) -> None:
    assert is_vague_gain(simplified(words))
    assert judge(simplified(words), ahead=True).kind is None
    assert not _suggested_in(_gain_doc(words), words)


# Counter-sweep: commitments in like wordings, each must stay suggested (a record whose
# quote holds the words given)
KEPT = [
    # a gain with time words of its own, right before it or in it
    ("gain", _gain_doc("“十五五”期间，产业结构优化升级取得重大进展"), "产业结构优化升级取得重大进展"),
    ("gain", _gain_doc("到2030年，农业现代化取得明显进展"), "农业现代化取得明显进展"),
    # a count of things to deliver, not of the text's own lines of work
    ("count", _in_plan("（三）年底前完成40项重点整改任务。"), "年底前完成40项重点整改任务"),
    ("count", _in_plan("（三）实施民生实事项目30个。"), "实施民生实事项目30个"),
    ("count", _in_plan("（三）新建学校5所（含幼儿园2所）。"), "新建学校5所"),
    ("count", _in_plan("（三）抓好10个重点项目建设。"), "抓好10个重点项目建设"),
    ("count", _in_plan("（三）实施城市更新行动（项目12个），年底前全部开工。"), "实施城市更新行动"),
    # a frame with the measure after it: the measure stays
    ("basis", _in_plan("（三）以国家公园为主体的自然保护地面积占陆域国土面积的比例达到18%以上。"),
     "自然保护地面积占陆域国土面积的比例达到18%以上"),
    ("topic", _in_plan("（三）对情况复杂、短期内难以整改完成的问题，制定专项整改方案，2024年底前整改到位。"),
     "制定专项整改方案"),
    ("topic", _in_plan("（三）针对群众反映强烈的问题，建立整改台账，实行销号管理。"), "建立整改台账"),
    ("priority", _in_plan("（三）各级各部门要把督察整改作为重大政治任务，2024年底前完成全部整改任务。"),
     "2024年底前完成全部整改任务"),
    ("basis", _in_plan("（三）以改善生态环境质量为核心，实施PM2.5和臭氧协同控制行动。"),
     "实施PM2.5和臭氧协同控制行动"),
    ("topic", _in_plan("（三）自2024年起，每季度开展一次水源地专项检查。"), "每季度开展一次水源地专项检查"),
    ("topic", _in_plan("（三）在推进整改过程中，建立问题整改台账。"), "建立问题整改台账"),
    ("count", _in_plan("（三）重点抓好8个重点项目建设。"), "重点抓好8个重点项目建设"),
    ("count", _in_plan("（三）突出抓好10项民生实事，年底前全部完成。"), "突出抓好10项民生实事"),
    ("scope", _in_plan("（三）范围涉及的36个城市要在2024年底前完成黑臭水体整治。"), "完成黑臭水体整治"),
    # 作为 naming what a thing is to be (a date set, a duty), not a priority
    ("as", _in_plan("（三）将每年8月15日设立为全市生态日。"), "设立为全市生态日"),
    ("as", _in_plan("（三）市生态环境局要将整改情况纳入年度考核。"), "纳入年度考核"),
]


KEPT_VARIANTS = KEPT + [(g, _S2T.convert(t), _S2T.convert(w)) for g, t, w in KEPT] + [
    (g, t.translate(_FULL_WIDTH), w.translate(_FULL_WIDTH)) for g, t, w in KEPT
    if any(c.isascii() and c.isdigit() for c in w)]


@pytest.mark.parametrize("group,text,words", KEPT_VARIANTS)
def test_like_commitments_stay_suggested(group: str, text: str, words: str) -> None:
    found = [s.quote for s in suggest(text, DAY) if s.kind != "indicator"]
    assert any(words in q for q in found), (group, words, found)
