"""A commitment whose verb comes after its subject (session cls11r): sweeps.

The clause rules look for the verb of a measure at a clause's start (after adverbs and
modal words) or after a frame (依托X / 对X / 各地…). Three ways policy text states a
commitment with its subject first were turned down as "no action verb":

(1) a place speaking of itself with 将 (海口市将推进…试点建设 / 修水县将继续实施…工程): the place
    is no body of its own (its government answers, see classify.subject_of), but the verb
    after it is the measure's;
(2) a facility or line named first and its coming into service last (轨道交通1号线一期工程投入
    试运营 / …科创港全面运营 / 2025年底前X机场二期投入使用);
(3) 开通 as the verb of a line or route (开通运营地铁8号线… / 开通X至Y直达航线);
(4) a body, then an adverb of frequency or of all or also, then its modal word (市生态环境局
    也要加强督查 / 各责任单位均要制定整改方案 / 市、区县、乡镇人民政府每年都将以书面报告等形式):
    the body is the subject as it is without the adverb.

Each half is a sweep: the commitments (over places of every level, time frames, Simplified
and Traditional, full-width and half-width digits, with and without 。, in a paragraph and
as a cell alone) must be suggested by the rules; the true negatives of the same rule (a
place with 将 and no measure — 将成为 / 将迎来 / 将以…为 / slogans; a service noun in a heading
or a topic — 公交运营 / 市场化运营 / 开通率; results — 已开通运营 / 去年投入使用) must not.
"""

import unicodedata

import opencc
import pytest

from tracker.extract import suggest

S2T = opencc.OpenCC("s2t").convert
T2S = opencc.OpenCC("t2s").convert
WIDE = str.maketrans("0123456789", "０１２３４５６７８９")

PLACES = ["海口市", "修水县", "濂溪区", "延边朝鲜族自治州", "伊金霍洛旗", "三圳镇"]

# (1) a place with 将, then the measure
PLACE_WILL = [
    "{p}将推进国家促进体育消费和赛事经济试点建设",
    "{p}将继续实施农村人居环境整治提升五年行动",
    "{p}将加快建设城市污水处理厂三期工程",
    "{p}将全面完成12个老旧小区改造",
    "{p}将开工建设滨江大道",
    "{p}今年将新建公办幼儿园3所",
    "{p}将于2025年底前建成区级数据共享平台",
]
# (2) a named facility or line, its coming into service last
SERVICE_END = [
    "轨道交通1号线一期工程投入试运营",
    "高端科创园、人才科创港全面运营",
    "{p}第二污水处理厂正式运营",
    "2025年底前{p}综合客运枢纽投入使用",
    "城东垃圾焚烧发电项目建成运营",
    "年内{p}人民医院新院区投入运营",
]
# (3) 开通 as the verb
OPEN_LINE = [
    "开通运营地铁8号环线、10号线一期、6号线一期南段等线路",
    "开通{p}至北京直达航线",
    "年内开通城乡公交线路5条",
    "{p}将开通至省城的城际列车",
]
# (4) a body, an adverb, its modal word
BODIES = ["{p}生态环境局", "{p}人民政府", "各责任单位", "市、区县、乡镇人民政府", "{p}住房和城乡建设局"]
ADVERBS = ["也要", "均要", "都要", "还要", "每年都将", "每季度要", "同时要", "均应当"]
MEASURES = ["加强饮用水水源地执法检查", "制定年度整改工作方案", "向同级人大常委会报告环境状况",
            "开展一次专项督查"]
# (each wording with one place of the list in turn, not with all of them)
BODY_ADVERB = [(b + a + m).format(p=PLACES[i % len(PLACES)])
               for i, (b, a, m) in enumerate((b, a, m) for b in BODIES for a in ADVERBS
                                             for m in MEASURES)]
COMMITMENTS = [t for group in (PLACE_WILL, SERVICE_END, OPEN_LINE, BODY_ADVERB) for t in group]

# the same rules' true negatives
NEGATIVES = [
    # a place with 将 and no measure: a state, a frame, a slogan
    "{p}将成为区域性综合交通枢纽",
    "{p}将迎来新的发展机遇",
    "{p}将以生态环境质量改善为核心",
    "{p}将坚持问题导向",
    "{p}将全力以赴",
    "{p}将推动高质量发展",
    "{p}将不断增强人民群众获得感",
    "{p}将牢固树立绿色发展理念",
    "{p}将召开生态环境保护大会",
    "{p}将是全省重要的增长极",
    "{p}将进一步解放思想",
    # a body, an adverb, and no measure
    "{p}生态环境局也要高度重视",
    "各责任单位均要提高政治站位",
    "{p}人民政府也要求各地加快推进",
    "各地均将把生态文明建设作为重点",
    "{p}生态环境局还要进一步增强责任意识",
    # a service noun in a heading or topic, nothing brought into service
    "公交运营",
    "智慧停车市场化运营",
    "{p}城市公交开通率",
    "地铁开通情况",
    "城际列车开通后",
    "{p}至北京航线开通以来",
    # results reported
    "{p}地铁1号线已开通运营",
    "去年{p}人民医院新院区投入使用",
    "城东垃圾焚烧发电项目建成运营以来",
]

FRAMES = [
    ("paragraph", "一、今年重点工作\n{c}。\n"),
    ("cell", "{c}"),
    ("cell with stop", "{c}。"),
]
SCRIPTS = [
    ("simplified", lambda s: s),
    ("traditional", S2T),
    ("full-width digits", lambda s: s.translate(WIDE)),
]


def norm(s: str) -> str:
    return T2S(unicodedata.normalize("NFKC", s)).rstrip("。")


def suggested(text: str, clause: str) -> bool:
    want = norm(clause)
    return any(s.kind != "indicator" and (want in norm(s.quote) or
                                          (len(norm(s.quote)) >= 0.6 * len(want) and norm(s.quote) in want))
               for s in suggest(text, rules_only=True))


def _cases(templates):
    out = []
    for t in templates:
        places = PLACES if "{p}" in t else [""]
        for p in places:
            clause = t.format(p=p)
            for fname, frame in FRAMES:
                for sname, script in SCRIPTS:
                    out.append(pytest.param(clause, frame, script,
                                            id=f"{clause[:24]}-{fname}-{sname}"))
    return out


@pytest.mark.parametrize("clause, frame, script", _cases(COMMITMENTS))
def test_a_commitment_with_its_subject_first_is_suggested(clause, frame, script):
    c = script(clause)
    assert suggested(frame.format(c=c), c)


@pytest.mark.parametrize("clause, frame, script", _cases(NEGATIVES))
def test_the_rules_true_negatives_stay_turned_down(clause, frame, script):
    c = script(clause)
    assert not suggested(frame.format(c=c), c)


def test_the_diagnostic_names_a_rule_for_what_judge_turns_down_and_none_otherwise():
    # tools/why_turned_down.py replays judge(): it names a rule exactly when judge turns
    # the clause down with no actor (the class "turned down: classify")
    import sys
    from pathlib import Path

    from tracker.extract import classify
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
    from why_turned_down import reason

    clauses = [t.format(p=p) for t in COMMITMENTS + NEGATIVES
               for p in (PLACES[:2] if "{p}" in t else [""])]
    for clause in clauses:
        for kw in ({}, {"has_target": True}, {"ahead": True}, {"past_context": True}):
            v = classify.judge(clause, **kw)
            turned_down = v.kind is None and v.actor is None
            assert bool(reason(clause, **kw)) == turned_down, (clause, kw, v)


# (5) a problem or risk dealt with, said with 得到, the state a rectification or a plan
# sets (环境风险得到有效管控 / 突出问题得到有效治理): an end state in full (trend._SETTLED),
# not a field named without 得到 (农村生活污水治理) and not a result reported
SETTLED_SUBJECTS = ["环境风险", "群众反映强烈的突出生态环境问题", "{p}黑臭水体",
                    "大气、水、土壤、自然生态、农业农村等重点领域突出问题", "违法排污行为"]
SETTLED_ENDS = ["得到有效管控", "得到有效治理", "得到全面整治", "得到妥善处置", "得到依法查处",
                "得到彻底整改"]
SETTLED = [(s + e).format(p=PLACES[i % len(PLACES)])
           for i, (s, e) in enumerate((s, e) for s in SETTLED_SUBJECTS for e in SETTLED_ENDS)]
SETTLED_AHEAD = [("goal heading", "整改目标：\n{c}。\n"), ("bound", "到2025年底，{c}。"),
                 ("cell", "{c}")]
SETTLED_NOT = [
    # a field or topic, with no 得到
    "农村生活污水治理", "（三）重点领域突出问题整治", "环境风险管控", "违法排污行为查处",
    "{p}黑臭水体有效治理",
    # a result reported
    "问题已得到有效整治", "去年群众反映的突出问题得到妥善处置", "环境风险得到了有效管控",
]


@pytest.mark.parametrize("clause, frame, script", [
    pytest.param(c, f, sc, id=f"{c[:16]}-{fn}-{sn}")
    for c in SETTLED for fn, f in SETTLED_AHEAD for sn, sc in SCRIPTS])
def test_a_problem_dealt_with_is_the_state_set(clause, frame, script):
    c = script(clause)
    assert suggested(frame.format(c=c), c)


@pytest.mark.parametrize("clause, frame, script", [
    pytest.param(c.format(p=PLACES[0]), f, sc, id=f"{c[:16]}-{fn}-{sn}")
    for c in SETTLED_NOT for fn, f in FRAMES for sn, sc in SCRIPTS]
    + [pytest.param(c, "一、2024年工作回顾\n今年以来，{c}，空气质量持续改善。\n", sc, id=f"{c[:16]}-review-{sn}")
       for c in SETTLED for sn, sc in SCRIPTS])
def test_a_field_or_a_result_is_not(clause, frame, script):
    c = script(clause)
    assert not suggested(frame.format(c=c), c)
