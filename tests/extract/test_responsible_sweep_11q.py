"""Responsible bodies on documents written from a grammar (session 11q): sweeps.

(1) The issuer of a document whose clauses name no body, by the conventions (commitments.md,
R4 in tools/gold_conventions.py): the title's body (X人民政府关于印发… / X人民政府办公室关于…
→ the office, as written), a joint title's bodies each (中共X委员会 X人民政府关于…的意见 /
中共X委办公室 X人民政府办公室印发…), a department's programme (X生态环境厅2025年工作要点), a
work report's government (its byline, its congress, 我代表…; a 盟's 行政公署), the signature
(X生态环境局 / 2025年3月1日, also in Chinese numerals, then （此件公开发布）), the title under
its number (X府办发〔2025〕12号), a news item's informant (记者从X获悉), the issuer of a text it
reports (日前，X人民政府印发《…》 / X网站发布《X办公厅关于印发…》 / 《X关于…》正式印发), a
report heard by a congress (会议听取和审议了X政府工作报告 / 省长X作省政府工作报告时表示), the
source line (来源：X生态环境局, not a site), towns and streets (三圳镇, 城关街道) — over places
of every level (province, prefecture, county, district, autonomous region, prefecture and
county, banner, league).
(2) The bodies a clause or row names: 牵头单位：A、B / 责任单位：A，配合单位：B / （A牵头，B配合）
/ 由A负责 / A、B按职责分工负责 / A会同B / 【责任单位】A / a 责任单位 or 牵头单位 column's cell,
with abbreviations and place prefixes (市发改委, 县住建局, 区城管执法局, 开发区管委会).
Each document as written, in Traditional script, and with full-width digits; a case passes as
the scorer counts it (the suggestion's bodies and the expected ones share a name, compared
after NFKC and Traditional→Simplified).
"""

import tempfile
import unicodedata
from pathlib import Path

import opencc
import pytest

from tracker.geo import Gazetteer
from tracker.services.suggesting import suggest_file

S2T = opencc.OpenCC("s2t").convert
T2S = opencc.OpenCC("t2s").convert
GAZ = Gazetteer.default()


def norm(s):
    return T2S(unicodedata.normalize("NFKC", s)).replace(" ", "")


# (name, level char, government office word, department suffix, abbreviation for 文号)
PLACES = [
    ("江西省", "省", "办公厅", "厅", "赣"),
    ("九江市", "市", "办公室", "局", "九"),
    ("修水县", "县", "办公室", "局", "修"),
    ("濂溪区", "区", "办公室", "局", "濂"),
    ("广西壮族自治区", "区", "办公厅", "厅", "桂"),
    ("延边朝鲜族自治州", "州", "办公室", "局", "延州"),
    ("长阳土家族自治县", "县", "办公室", "局", "长阳"),
    ("伊金霍洛旗", "旗", "办公室", "局", "伊"),
    ("锡林郭勒盟", "盟", "办公室", "局", "锡"),
]
TARGET = "到2025年底，{all}空气质量优良天数比例达到85%以上。"
TARGET2 = "（三）加强农村生活污水治理。2025年6月底前完成60个行政村生活污水治理。"

def gov(p):
    return p[0] + ("行政公署" if p[0].endswith("盟") else "人民政府")

def scope(p):
    return "全" + p[1]

def issuer_cases():
    out = []
    for p in PLACES:
        name, lv, office, dep, ab = p
        g = gov(p)
        body = TARGET.format(all=scope(p)) + "\n" + TARGET2 + "\n"
        out.append(("notice_gov", p, f"{g}关于印发{name}2025年大气污染防治工作方案的通知\n各有关单位：\n现将方案印发给你们，请认真贯彻执行。\n{body}", {g}))
        out.append(("notice_office", p, f"{g}{office}关于印发{name}2025年大气污染防治工作方案的通知\n各有关单位：\n{body}", {g + office}))
        lvl = "自治区" if name.endswith("自治区") else name[-1]
        out.append(("joint_opinion", p, f"中共{name}委员会 {g}关于全面推进美丽{name[:2]}建设的意见\n{body}", {f"中共{name}委员会", g}))
        out.append(("dept_points", p, f"{name}生态环境{dep}2025年工作要点\n{body}", {f"{name}生态环境{dep}"}))
        head = "政府" if not name.endswith("盟") else "行政公署"
        post = {"省": "省长", "市": "市长", "县": "县长", "区": "区长", "州": "州长", "旗": "旗长", "盟": "盟长"}[lv]
        if name.endswith("自治区"):
            post = "自治区主席"
        out.append(("work_report", p, f"政府工作报告\n——2025年1月10日在{name}第十七届人民代表大会第四次会议上\n{post}  张某某\n各位代表：\n现在，我代表{name}{'人民政府' if head=='政府' else head}，向大会报告工作，请予审议。\n{body}", {g}))
        out.append(("work_report_bare", p, f"2025年{name}政府工作报告\n各位代表：\n现在，我代表{lvl}{'人民政府' if lvl != '盟' else '行政公署'}，向大会报告工作。\n{body}", {g}))
        out.append(("signature", p, f"关于开展2025年农村生活污水治理工作的通知\n各有关单位：\n{body}\n{name}生态环境{dep}\n2025年3月1日\n", {f"{name}生态环境{dep}"}))
        out.append(("signature_public", p, f"关于开展2025年农村生活污水治理工作的通知\n各有关单位：\n{body}\n{g}{office}\n2025年3月1日\n（此件公开发布）\n", {g + office}))
        out.append(("doc_number", p, f"{ab}府发〔2025〕3号\n{g}关于印发{name}空气质量持续改善行动方案的通知\n{body}", {g}))
        out.append(("doc_number_office", p, f"{ab}府办发〔2025〕12号\n{g}{office}关于印发{name}农村人居环境整治方案的通知\n{body}", {g + office}))
        out.append(("news_informant", p, f"记者从{name}生态环境{dep}获悉，{body}", {f"{name}生态环境{dep}"}))
        out.append(("news_issued", p, f"日前，{name}人民政府印发《{name}空气质量持续改善行动方案》。方案提出，{body}", {g} if not name.endswith("盟") else {f"{name}人民政府"}))
        out.append(("news_source", p, f"{name}出台空气质量改善方案\n来源：{name}人民政府网\n{body}", {g}))
        out.append(("notice_office_plain", p, f"{g}{office}关于做好2025年农村生活污水治理工作的通知\n各有关单位：\n为做好今年工作，现将有关事项通知如下。\n{body}", {g + office}))
        party = f"中共{name}委" if not name.endswith(("自治区", "自治州", "自治县")) else f"中共{name}委员会"
        out.append(("party_gov_offices", p, f"{party}办公室 {g}{office}印发《关于深入推进农村人居环境整治的实施方案》的通知\n{body}", {party + "办公室", g + office}))
        out.append(("source_body", p, f"2025年农村生活污水治理工作方案\n来源：{name}生态环境{dep}\n{body}", {f"{name}生态环境{dep}"}))
        out.append(("title_two_lines", p, f"{name}生态环境{dep}\n2025年工作要点\n{body}", {f"{name}生态环境{dep}"}))
        out.append(("group_office", p, f"{name}大气污染防治领导小组办公室关于印发2025年工作要点的通知\n{body}", {f"{name}大气污染防治领导小组办公室"}))
        out.append(("signature_cn_date", p, f"关于开展2025年农村生活污水治理工作的通知\n各有关单位：\n{body}\n{name}生态环境{dep}\n二〇二五年三月一日\n", {f"{name}生态环境{dep}"}))
        out.append(("news_learned", p, f"近日，记者从{name}生态环境{dep}了解到，{body}", {f"{name}生态环境{dep}"}))
        out.append(("dept_plan_title", p, f"{name}生态环境{dep}关于印发《2025年农村生活污水治理工作方案》的通知\n各有关单位：\n{body}", {f"{name}生态环境{dep}"}))
        heads = {"省": "省长", "市": "市长", "县": "县长", "区": "区长", "州": "州长", "旗": "旗长", "盟": "盟长"}
        gov_word = "行政公署" if name.endswith("盟") else "政府"
        short = "自治区" if name.endswith("自治区") else lv
        out.append(("news_heard", p, f"1月10日上午，{name}第十七届人民代表大会第四次会议开幕，会议听取和审议了{name}{gov_word}工作报告。\n报告指出，{body}", {g}))
        out.append(("news_head_reports", p, f"{name}{'主席' if name.endswith('自治区') else heads[lv]}张某某作{short}{gov_word}工作报告时表示，{body}", {g}))
        out.append(("site_published", p, f"3月18日\n{name}人民政府网站发布\n《{g}{office}关于印发2025年为民实事实施方案的通知》\n{body}", {g + office}))
        out.append(("title_issued_before", p, f"日前，《{g}关于印发{name}空气质量持续改善行动方案的通知》正式印发。方案提出，{body}", {g}))
    for town in ("三圳镇", "木塔乡", "城关街道"):
        g = town + ("办事处" if town.endswith("街道") else "人民政府")
        p = (town, town[-1], "", "", "")
        body = TARGET.format(all="全" + ("镇" if town.endswith("镇") else "乡" if town.endswith("乡") else "街道")) + "\n" + TARGET2 + "\n"
        out.append(("town_notice", p, f"{g}关于印发2025年人居环境整治工作方案的通知\n{body}", {g}))
        out.append(("town_plan", p, f"{town}2025年工作计划\n{body}", {g}))
        out.append(("town_signature", p, f"关于开展2025年人居环境整治工作的通知\n各村（社区）：\n{body}\n{g}\n2025年3月1日\n", {g}))
    return out

# body sweep: (frame, clause with {A} {B}, index of expected)
BODIES = [
    ("市发改委", "市交通运输局"), ("县住建局", "县自然资源局"), ("区城管执法局", "区生态环境分局"),
    ("九江市生态环境局", "九江市水利局"), ("县农业农村局", "县林业局"), ("旗林草局", "旗水利局"),
    ("州生态环境局", "州住房和城乡建设局"), ("市自然资源和规划局", "市财政局"), ("市委宣传部", "市文明办"),
    ("市市场监管局", "市卫生健康委"), ("区市场监督管理局", "区卫健委"), ("县发展和改革局", "县文化广电和旅游局"),
    ("市公安局交警支队", "市交通运输局"), ("县人社局", "县医保局"), ("各县（市、区）人民政府", "市直有关部门"),
    ("各乡镇人民政府", "县水利局"), ("市城投集团", "市住建局"), ("国网九江供电公司", "市发展改革委"),
    ("县教育体育局", "县退役军人事务局"), ("市政府办公室", "市委组织部"), ("县数据局", "县政务服务中心"),
    ("九江经济技术开发区管委会", "九江市生态环境局经开区分局"), ("市税务局", "市商务局"),
]
BODY_FRAMES = [
    ("lead_label", "1.推进农村生活污水治理，2025年底前完成60个行政村治理任务。\n牵头单位：{A}、{B}\n", "A"),
    ("resp_support", "1.推进农村生活污水治理，2025年底前完成60个行政村治理任务。\n责任单位：{A}，配合单位：{B}\n", "A"),
    ("inline_label", "1.推进农村生活污水治理，2025年底前完成60个行政村治理任务。（责任单位：{A}；完成时限：2025年12月底）\n", "A"),
    ("paren_lead", "1.推进农村生活污水治理，2025年底前完成60个行政村治理任务。（{A}牵头，{B}配合）\n", "A"),
    ("by_responsible", "2025年底前，由{A}负责完成60个行政村生活污水治理任务。\n", "A"),
    ("by_division", "2025年底前完成60个行政村生活污水治理任务，{A}、{B}按职责分工负责。\n", "A"),
    ("subject", "{A}要在2025年底前完成60个行政村生活污水治理任务。\n", "A"),
    ("table_cell", "序号\t重点任务\t责任单位\t完成时限\n1\t完成60个行政村生活污水治理\t{A}、{B}\t2025年底前\n", "A"),
    ("table_cell_lead", "序号\t重点任务\t牵头单位\t配合单位\t完成时限\n1\t完成60个行政村生活污水治理\t{A}\t{B}\t2025年12月\n", "A"),
    ("subject_ongoing", "{A}正在加快推进农村生活污水治理，确保2025年底前完成60个行政村治理任务。\n", "A"),
    ("subject_still", "{A}仍在推进农村生活污水治理工作，力争2025年底前完成60个行政村治理任务。\n", "A"),
    ("subject_also", "{A}也要加快农村生活污水治理，2025年底前完成60个行政村治理任务。\n", "A"),
    ("huitong", "{A}会同{B}加快推进农村生活污水治理，2025年底前完成60个行政村治理任务。\n", "A"),
    ("resp_inline_semicolon", "（五）完成60个行政村生活污水治理。责任单位：{A}；配合单位：{B}。\n", "A"),
    ("list_semicolon", "5.2025年底前完成60个行政村生活污水治理（牵头单位：{A}；责任单位：{B}）\n", "A"),
    ("bracket_label", "（一）推进农村生活污水治理。2025年底前完成60个行政村治理任务。【责任单位】{A}\n", "A"),
]
PLAN_TITLE = "九江市2025年农村人居环境整治实施方案\n"

def body_cases():
    out = []
    for a, b in BODIES:
        for fname, frame, _lead in BODY_FRAMES:
            out.append((fname, (a,), PLAN_TITLE + "一、重点任务\n" + frame.format(A=a, B=b), {a}))
    return out

def variants(cases):
    """Each case as written, in Traditional script, and with full-width digits."""
    for name, p, text, want in cases:
        yield name, p, text, want
        yield name + "/trad", p, S2T(text), want
        yield name + "/fw", p, text.translate(str.maketrans("0123456789%", "０１２３４５６７８９％")), want

def run_case(text):
    with tempfile.TemporaryDirectory() as d:
        f = Path(d) / "doc.txt"
        f.write_text(text, encoding="utf-8")
        return list(suggest_file(f, gazetteer=GAZ))


def check(text, want, needles=("60个行政村", "优良天数")):
    """For each target the document holds, whether its suggestion's bodies meet *want* as
    the scorer compares them, and what they were."""
    sugs = run_case(text)
    res = []
    for needle in needles:
        hit = [s for s in sugs if needle in norm(s.quote)]
        if not hit:
            continue
        got = {norm(r.name) for r in hit[0].responsible}
        res.append((needle, got & {norm(w) for w in want} != set(), sorted(got)))
    return res


ISSUERS = list(variants(issuer_cases()))
BODY_CASES = list(variants(body_cases()))


def _ids(cases):
    return [f"{name}-{p[0]}-{i}" for i, (name, p, _, _) in enumerate(cases)]


@pytest.mark.parametrize(("name", "place", "text", "want"), ISSUERS, ids=_ids(ISSUERS))
def test_issuer_answers_where_no_body_is_named(name, place, text, want):
    res = check(text, want)
    assert res, "no suggestion for the targets"
    assert all(good for _, good, _ in res), res


@pytest.mark.parametrize(("name", "body", "text", "want"), BODY_CASES, ids=_ids(BODY_CASES))
def test_bodies_named_in_the_clause_or_row(name, body, text, want):
    res = check(text, want, needles=("60个行政村",))
    assert res, "no suggestion for the target"
    assert all(good for _, good, _ in res), res


# (3) A facility a verb of building makes the object of is no body, whatever its suffix
# (站, 中心, 队 …): 续建/拟建/筹建/兴建 as 新建/迁建/扩建 were
BUILT_VERBS = ("新建", "续建", "拟建", "筹建", "兴建", "迁建", "扩建")
FACILITIES = ("蟠龙抽水站", "城东垃圾中转站", "红旗水库管理站", "城南污水处理站", "县疾控中心")
BUILT = [f"{verb}{facility}{tail}" for verb in BUILT_VERBS for facility in FACILITIES
         for tail in ("", "灌区节水改造工程", "，2025年底前投入使用。")]


@pytest.mark.parametrize("words", BUILT + [S2T(w) for w in BUILT])
def test_a_facility_built_is_no_body(words):
    from tracker.extract.bodies import find_bodies
    assert find_bodies(words) == []


# (4) A secretary named inside a clause that sets up a group (成立由X委书记任组长的…) names
# no issuer: 由 is no part of a place's name
SET_UP = [f"{who}成立由{lv}委书记{rest.format(lv=lv)}" for who in ("该州", "该县", "我市", "会议决定")
          for lv in ("州", "县", "市") for rest in ("和{lv}长任双组长的领导小组", "任组长的工作专班")]
SPEAKERS = [("九江市委书记张某某出席会议并讲话", "九江市委"), ("修水县委书记李某主持会议", "修水县委")]


@pytest.mark.parametrize("line", SET_UP + [S2T(w) for w in SET_UP])
def test_a_group_set_up_names_no_issuer(line):
    from tracker.ingest.metadata import guess_issuer
    assert guess_issuer(None, [line], ["标题", line]) is None


@pytest.mark.parametrize(("line", "want"), SPEAKERS)
def test_a_secretary_speaking_names_the_committee(line, want):
    from tracker.ingest.metadata import guess_issuer
    assert guess_issuer(None, [line], ["标题", line]) == want


# (5) More forms of the issuer, checked the same way (they held before this session too):
# mastheads (X文件 over its number), two-line joint offices, a plan titled by its place, the
# addressees then the signature, inline pinyin, a bureau's report to a congress, speeches by
# a secretary or a mayor, a bureau's meeting, a news agency's item, a portal's source line;
# work reports of towns, streets, autonomous counties, a municipality's districts, banners
# and county-level cities, and a news item on a county's report
_C = TARGET.format(all="全市") + "\n" + TARGET2 + "\n"
_T = TARGET.format(all="全镇") + "\n" + TARGET2 + "\n"
_BC = TARGET.format(all="全县") + "\n" + TARGET2 + "\n"
MORE_FORMS = [
 ("masthead_file", f"九江市生态环境局文件\n九环发〔2025〕5号\n关于印发2025年农村生活污水治理工作方案的通知\n各县（市、区）生态环境分局：\n{_C}", {"九江市生态环境局"}),
 ("masthead_gov_office", f"九江市人民政府办公室文件\n九府办发〔2025〕5号\n九江市人民政府办公室关于印发2025年农村生活污水治理工作方案的通知\n{_C}", {"九江市人民政府办公室"}),
 ("two_line_joint_office", f"中共修水县委办公室 修水县人民政府办公室\n关于印发《2025年农村人居环境整治实施方案》的通知\n{_BC}", {"中共修水县委办公室", "修水县人民政府办公室"}),
 ("title_place_plan", f"修水县2025年农村人居环境整治实施方案\n{_BC}", {"修水县人民政府"}),
 ("addressee_then_signature", f"关于印发2025年农村生活污水治理工作方案的通知\n各乡镇人民政府，县直各单位：\n{_BC}\n修水县人民政府办公室\n2025年3月1日\n", {"修水县人民政府办公室"}),
 ("pinyin_trad", S2T(f"九江市生態環(huán)境局關於印發2025年工作要點的通知\n{_C}"), {"九江市生态环境局"}),
 ("report_on_plan", f"关于九江市2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n——2025年1月10日在九江市第十七届人民代表大会第四次会议上\n九江市发展和改革委员会主任 张某某\n各位代表：\n{_C}", {"九江市发展和改革委员会", "九江市人民政府"}),
 ("speech_secretary", f"在全市生态环境保护大会上的讲话\n九江市委书记 张某某\n同志们：\n{_C}", {"九江市委", "中共九江市委"}),
 ("speech_mayor", f"在全市生态环境保护大会上的讲话\n九江市市长 张某某\n同志们：\n{_C}", {"九江市人民政府"}),
 ("news_meeting", f"3月5日，九江市生态环境局召开2025年全市生态环境保护工作会议。会议提出，{_C}", {"九江市生态环境局"}),
 ("dept_summary", f"九江市水利局2024年工作总结和2025年工作计划\n{_C}", {"九江市水利局"}),
 ("xinhua_gov_issued", f"新华社南昌3月1日电 江西省人民政府办公厅日前印发《江西省空气质量持续改善行动实施方案》。方案提出，{TARGET.format(all='全省')}\n", {"江西省人民政府办公厅"}),
 ("source_line_gov_site", f"九江市空气质量持续改善行动方案\n发布时间：2025-03-01 来源：九江市人民政府网\n{_C}", {"九江市人民政府"}),

 ("town_report_congress", f"政府工作报告\n——2025年1月10日在三圳镇第十八届人民代表大会第五次会议上\n镇长 王某某\n各位代表：\n现在，我代表镇人民政府，向大会报告工作。\n{_T}", {"三圳镇人民政府"}),
 ("town_report_title", f"三圳镇2025年政府工作报告\n各位代表：\n{_T}", {"三圳镇人民政府"}),
 ("county_town_chain", f"政府工作报告\n——2025年1月10日在蕉岭县三圳镇第十八届人民代表大会第五次会议上\n{_T}", {"三圳镇人民政府"}),
 ("street_report", f"城关街道办事处2025年工作报告\n{TARGET.format(all='全街道')}\n{TARGET2}\n", {"城关街道办事处"}),
 ("county_report_byline", f"政府工作报告\n——2025年1月8日在长阳土家族自治县第十届人民代表大会第五次会议上\n县长 某某\n{TARGET.format(all='全县')}\n{TARGET2}\n", {"长阳土家族自治县人民政府"}),
 ("district_of_municipality", f"政府工作报告\n——2025年1月8日在北京市通州区第六届人民代表大会第四次会议上\n区长 某某\n{TARGET.format(all='全区')}\n{TARGET2}\n", {"通州区人民政府", "北京市通州区人民政府"}),
 ("banner_report", f"政府工作报告\n——2025年1月8日在伊金霍洛旗第十八届人民代表大会第四次会议上\n旗长 某某\n{TARGET.format(all='全旗')}\n{TARGET2}\n", {"伊金霍洛旗人民政府"}),
 ("county_city_report", f"政府工作报告\n——2025年1月8日在瑞昌市第十七届人民代表大会第五次会议上\n市长 某某\n{TARGET.format(all='全市')}\n{TARGET2}\n", {"瑞昌市人民政府"}),
 ("report_news_county", f"1月8日，修水县第十八届人民代表大会第五次会议开幕。县长王某某代表县人民政府作政府工作报告。报告提出，{TARGET.format(all='全县')}\n", {"修水县人民政府"}),
]


@pytest.mark.parametrize(("name", "text", "want"), MORE_FORMS + [(n + "/trad", S2T(t), w) for n, t, w in MORE_FORMS],
                         ids=[c[0] for c in MORE_FORMS] + [c[0] + "/trad" for c in MORE_FORMS])
def test_more_forms_of_the_issuer(name, text, want):
    res = check(text, want)
    assert res, "no suggestion for the targets"
    assert all(good for _, good, _ in res), res
