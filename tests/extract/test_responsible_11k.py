"""Who answers for a commitment, by the grammar of the text rather than its wording: a body
named by pointing at the document's own division (我市, 本县, 该县县委, 我镇), the text's
first-person name of its division when no issuer is named, a news item's dateline (本报北京…电,
5月18日讯) that names where the reporter filed rather than the place the text speaks for,
and a verb phrase after a preposition (以推进政府治理…) that is no body. Invented texts in the
style of the corpus; the responsible field of the suggestions is what is checked."""

import pytest

from tracker.extract import suggest
from tracker.extract.bodies import find_bodies
from tracker.extract.issuer import _title_town, document_context, government_name, pointed_at
from tracker.geo import Gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def _code(gaz: Gazetteer, name: str) -> str:
    found = gaz.find(name)
    assert found, name
    return found[-1].region.code


def _bodies(text: str, gaz: Gazetteer, **kwargs) -> set[tuple[str, ...]]:
    """The responsible bodies of each suggestion, the region guessed as the app does."""
    region = gaz.guess_document_region(text)
    return {tuple(r.name for r in s.responsible)
            for s in suggest(text, region_code=region.code if region else None, gazetteer=gaz,
                             **kwargs)
            if s.kind != "indicator"}


SUGGESTED = [
    # a town's plan reported to the district, naming the town only as 我镇: the town's
    # government, by the level's name when the town's own name is not known
    ("own_town_in_first_person",
     "2026年度工作计划\n我镇2026年度工作总体安排如下。\n一、年底前建成垃圾分类示范村3个。\n"
     "二、新建农村公路12公里。\n",
     {}, {("镇人民政府",)}),
    # a county placed by its name, speaking of itself as 本县: that county's government
    ("own_county_named_by_place",
     "永修县农业农村工作情况通报\n今年，本县将新建高标准农田5万亩，年底前完成农村改厕3000户。\n",
     {}, {("永修县人民政府",)}),
    # a body of the document's own city named as 我市…局: the city's bureau by its name
    ("own_city_bureau",
     "宜春市2026年重点工作安排\n我市生态环境局要在年底前完成50个入河排污口整治。\n",
     {}, {("宜春市生态环境局",)}),
    # 我市 as a clause's subject in a county-level city: that city, not the prefecture above
    ("own_county_level_city",
     "瑞昌市2026年工作要点\n瑞昌市今年重点抓好以下工作。\n我市要在年底前新增城市绿地20公顷。\n",
     {}, {("瑞昌市人民政府",)}),
    # the page's issuer given as 该县县委 (a news item's 该县县委书记某某说): the county's
    # committee by the county's name
    ("issuer_pointing_at_the_county",
     "彭泽聚焦四大攻坚行动\n1月3日，在彭泽县委全会上，该县县委书记某某说，今年地区生产总值增长7.5%以上。\n",
     {"issuer": "该县县委"}, {("彭泽县委",)}),
    # a news item opening with its dateline, then the body that acts: that body
    ("body_after_a_dateline",
     "本报讯（记者 王某）日前，赣州市水务局召开全市防汛工作会议。会议要求，"
     "6月底前完成全部病险水库除险加固。\n",
     {}, {("赣州市水务局",)}),
    # a government named from its head's post in a byline (X市Y区委副书记、区长): by the
    # district's own name, as a work report's government is named
    ("government_from_a_byline_post",
     "2025年，东湖区这样干\n南昌市东湖区委副书记、区长 某某\n"
     "2025年，我们将锚定目标。预期目标是，地区生产总值增长6%，固定资产投资增长5%。\n",
     {"issuer": "南昌市东湖区人民政府"}, {("东湖区人民政府",)}),
    # a line leading a list of duties with the bodies that bear them: the items under it
    ("list_lead_names_the_bodies",
     "乡村振兴责任制实施细则\n第四条 各级党委和政府乡村振兴责任主要包括：\n"
     "（一）将乡村振兴纳入本地国民经济和社会发展规划。\n（二）年底前完成高标准农田建设5万亩。\n",
     {}, {("各级党委和政府",)}),
    ("list_lead_with_duty_words",
     "某某条例\n各县（市、区）人民政府应当履行下列职责：\n（一）年底前完成农村改厕3000户。\n"
     "（二）建成污水处理设施12座。\n二、保障措施\n年底前完成验收。\n",
     {}, {("各县（市、区）人民政府",), ()}),
    # a news item the reporter learned at a sector's national meeting: its ministry's
    ("learned_at_a_sector_meeting",
     "据某某消息，这是记者从2026年全国生态环境保护工作会议上获悉的。\n"
     "会议提出，2026年，全国PM2.5平均浓度下降到27微克/立方米。\n",
     {}, {("生态环境部",)}),
    # a county's work report titled with its year after the county's name
    ("work_report_title_with_a_year",
     "鄱阳县2025年政府工作报告\n今年主要预期目标：地区生产总值增长6%左右，城镇调查失业率控制在5.5%以内。\n",
     {}, {("鄱阳县人民政府",)}),
    # 市政府 in a county-level city's own text: that city's government, not the city above
    ("city_government_of_a_county_level_city",
     "瑞昌市2025年重点工作\n市政府将在年底前新建城市绿地20公顷。\n",
     {}, {("瑞昌市人民政府",)}),
    # a bureau's report titled X关于2024年…: the bureau's, not its city's government
    ("bureau_title_with_a_year_after_guanyu",
     "宜春市水利局关于2024年工作总结及2025年工作计划的报告\n2025年，全市新建农村供水工程5处。\n",
     {}, {("宜春市水利局",)}),
    # a scope word after time words is no body: the county's own government answers
    ("scope_word_after_time_words",
     "修水县召开重点项目建设推进会\n1月5日，修水县召开重点项目建设推进会。会议强调，"
     "今年全县要完成重点项目投资200亿元。\n",
     {}, {("修水县人民政府",)}),
    # a plan titled by its street's name (no gazetteer holds streets and towns): the
    # street's office; a township's: its government
    ("street_title",
     "沙河街道2025年工作计划\n一、年底前完成老旧小区改造5个。\n二、新增城市绿地2公顷。\n",
     {}, {("沙河街道办事处",)}),
    ("township_title_with_a_colon",
     "大塘乡：奋战三季度 跑出加速度\n今年完成160万棒黑木耳种植任务，启动500亩生态茶园建设。\n",
     {}, {("大塘乡人民政府",)}),
    # a banner's work report that names its banner only in the body: 全旗 places it
    ("banner_work_report",
     "政府工作报告\n——2025年1月在第十五届人民代表大会第四次会议上\n各位代表：\n"
     "今年全旗地区生产总值增长6%，新建牧区道路50公里。苏尼特右旗将继续推进乡村振兴。\n",
     {}, {("苏尼特右旗人民政府",)}),
    # a league's plan: its government goes by 行政公署
    ("league_title",
     "锡林郭勒盟2025年生态环境保护工作要点\n年底前完成草原修复治理100万亩。\n",
     {}, {("锡林郭勒盟行政公署",)}),
    ("body_after_a_day_dateline",
     "5月18日讯 近日，吉安市住房城乡建设局通报全市棚户区改造进展。今年全市棚户区改造任务为开工3000套。\n",
     {}, {("吉安市住房城乡建设局",)}),
]


@pytest.mark.parametrize(("name", "text", "kwargs", "want"), SUGGESTED,
                         ids=[c[0] for c in SUGGESTED])
def test_responsible_by_the_grammar_of_the_text(name: str, text: str, kwargs: dict,
                                                want: set[tuple[str, ...]],
                                                gaz: Gazetteer) -> None:
    assert _bodies(text, gaz, **kwargs) == want


POINTED = [
    ("我市", "九江市", "九江市人民政府"),
    ("本县", "修水县", "修水县人民政府"),
    ("该县县委", "修水县", "修水县委"),        # the level said again before the body
    ("我县政府", "修水县", "修水县人民政府"),
    ("我市", "修水县", "九江市人民政府"),     # the nearest city on the way up
    ("我區", "南昌市东湖区", "东湖区人民政府"),  # Traditional script
    ("我盟", "锡林郭勒盟", "锡林郭勒盟行政公署"),  # a league's government is its 行政公署
    ("我区", "内蒙古自治区", "内蒙古自治区人民政府"),  # 区 of an autonomous region
    ("我镇", "修水县", "镇人民政府"),         # no town known: the level's government
    ("我市", None, "市人民政府"),
]


@pytest.mark.parametrize(("name", "place", "want"), POINTED)
def test_a_body_pointing_at_the_own_division(name: str, place: str | None, want: str,
                                             gaz: Gazetteer) -> None:
    assert pointed_at(name, gaz, _code(gaz, place) if place else None) == want


@pytest.mark.parametrize("name", ["本市场", "本区域", "我们", "本级人民政府", "市生态环境局"])
def test_no_pointing_without_a_division_word(name: str, gaz: Gazetteer) -> None:
    assert pointed_at(name, gaz, _code(gaz, "九江市")) is None


@pytest.mark.parametrize("title", ["城乡建设2025年工作要点", "乡镇工作计划", "全镇2025年工作安排",
                                   "各乡镇2025年工作", "新型城镇化2025年工作要点"])
def test_no_town_in_a_title_of_words_ending_alike(title: str) -> None:
    assert _title_town(title) is None


@pytest.mark.parametrize(("division", "want"), [
    ("九江市", "九江市人民政府"), ("阿拉善盟", "阿拉善盟行政公署"),
    ("塔城地区", "塔城地区行政公署"), ("某街道", "某街道办事处"),
])
def test_government_name(division: str, want: str) -> None:
    assert government_name(division) == want


DATELINES = [
    "本报北京8月20日电（记者 张某）到2025年，全国森林覆盖率达到24.1%，湿地保护率达到55%。\n",
    "新华社上海3月5日电 到2027年，全国地级及以上城市空气质量优良天数比率达到87%。\n",
    "本報北京8月20日電（記者 張某）到2025年，全國森林覆蓋率達到24.1%。\n",
]


@pytest.mark.parametrize("text", DATELINES)
def test_a_dateline_names_no_jurisdiction(text: str, gaz: Gazetteer) -> None:
    assert gaz.guess_document_region(text) is None
    assert all("北京" not in b and "上海" not in b
               for bodies in _bodies(text, gaz) for b in bodies)


def test_a_place_in_the_text_still_counts_after_a_dateline(gaz: Gazetteer) -> None:
    text = "本报讯（记者 王某）今年，九江市将新建污水管网30公里。\n"
    region = gaz.guess_document_region(text)
    assert region is not None and region.name == "九江市"


@pytest.mark.parametrize(("text", "body"), [
    ("以推进政府治理能力现代化为目标，年底前完成工程建设项目审批全流程改革", None),
    ("以提升政府服务效能为重点，推行一窗受理", None),
    ("县级以上人民代表大会常务委员会要定期听取报告", "县级以上人民代表大会常务委员会"),
    ("市级以下各部门要按月报送进展", None),
])
def test_a_body_after_a_preposition(text: str, body: str | None) -> None:
    names = [b.name for b in find_bodies(text)]
    if body is None:
        assert not any(n.startswith("以") for n in names)
    else:
        assert body in names


def test_dateline_context_takes_the_body_not_the_reporter(gaz: Gazetteer) -> None:
    text = "本报讯（记者 王某）近日，九江市生态环境局印发2026年工作要点。\n"
    ctx = document_context(text, text, gazetteer=gaz)
    assert [r.name for r in ctx.issuer_refs] == ["九江市生态环境局"]


NOTICE = ("关于中央生态环境保护督察反馈问题整改销号情况的公示\n一、问题基本情况\n"
          "县城污水处理厂超负荷运行。\n二、整改目标\n"
          "2024年6月底前完成县城污水处理厂扩建，新增处理能力2万吨/日。\n")


@pytest.mark.parametrize(("tail", "want"), [
    ("三、整改责任单位：县住建局\n", ("县住建局",)),
    ("三、整改责任单位\n县住建局\n", ("县住建局",)),
    ("三、责任单位\n县住建局、县生态环境局\n", ("县住建局", "县生态环境局")),
    ("整改责任单位：县住建局\n整改时限：2024年6月底\n", ("县住建局",)),
])
def test_a_notice_section_of_its_bodies(tail: str, want: tuple[str, ...]) -> None:
    """A closeout notice's 责任单位 section (its own numbered heading, the bodies on its
    line or the next) answers for the notice's targets that name no body."""
    got = {tuple(r.name for r in s.responsible) for s in suggest(NOTICE + tail)}
    assert got == {want}


def test_each_problem_takes_the_section_that_closes_it() -> None:
    text = ("整改清单\n问题一：城区污水管网破损。\n（一）整改目标：年底前完成管网修复10公里。\n"
            "（二）责任单位：县住建局\n问题二：河道垃圾较多。\n（一）整改目标：6月底前完成河道清理20公里。\n"
            "（二）责任单位：县水利局\n")
    got = {s.quote: [r.name for r in s.responsible] for s in suggest(text)}
    assert got["年底前完成管网修复10公里"] == ["县住建局"]
    assert got["6月底前完成河道清理20公里"] == ["县水利局"]


def test_a_section_of_measures_is_no_section_of_bodies() -> None:
    got = {tuple(r.name for r in s.responsible)
           for s in suggest(NOTICE + "三、整改措施\n年底前完成管网改造10公里。\n")}
    assert got == {()}
