"""Who issued a document, as the document writes it: its signature, the innermost division
of its title, a numbered title, a news item's acting body; and the parts of a compilation
by place (北京： … 上海： …), each its own government's. Invented texts, one per class."""

import pytest

from tracker.extract import suggest
from tracker.extract.issuer import _innermost, document_context
from tracker.geo.script import to_simplified


def _issuers(text: str) -> list[str]:
    return [r.name for r in document_context(text, to_simplified(text)).issuer_refs]


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a notice's signature: the body on a line of its own, its date on the next
        ("关于印发某市2024年度治理方案的通知\n各县市区人民政府：\n现将方案印发给你们。\n"
         "十堰市人民政府办公室\n2024年3月5日\n一、目标\n到2024年底完成治理。", "十堰市人民政府办公室"),
        # a numbered title: the number and the title marks do not hide the issuer
        ("鄂政办发〔2023〕12号《湖北省人民政府办公厅关于印发工作要点的通知》\n各市人民政府：",
         "湖北省人民政府办公厅"),
        # a title opening with a chain of divisions: the innermost one's government
        ("宜昌市夷陵区召开全区生态环境大会\n会议要求，年底前完成整治任务。", "夷陵区人民政府"),
        # a work report's title with its year before the place
        ("2024年宜昌市夷陵区政府工作报告\n各位代表：", "夷陵区人民政府"),
        # a news item whose opening sentence is a body acting
        ("专项督查工作开展\n近日，会昌县生态环境局按照方案要求，分3个组开展专项督查。",
         "会昌县生态环境局"),
    ],
)
def test_issuer_as_written(text, issuer):
    assert _issuers(text) == [issuer]


@pytest.mark.parametrize(
    ("text", "not_issuer"),
    [
        # the reporter and the meeting are not the acting body
        ("督察工作通报\n近日，记者从某省生态环境厅获悉，整改任务已完成。", "记者从某省生态环境厅"),
        ("大会开幕\n2月27日，宜昌市夷陵区第十九届人民代表大会第四次会议开幕。",
         "宜昌市夷陵区第十九届人民代表大会"),
    ],
)
def test_news_opening_that_names_no_actor(text, not_issuer):
    assert not_issuer not in _issuers(text)


@pytest.mark.parametrize(
    ("place", "inner"),
    [("2023年十堰市张湾区", "张湾区"), ("荆州市沙市区", "沙市区"), ("长沙县", "长沙县"),
     ("锡林郭勒盟苏尼特右旗", "苏尼特右旗")],
)
def test_innermost_division(place, inner):
    assert _innermost(place) == inner


def test_compilation_by_place_gives_each_part_its_government():
    text = ("各地“十四五”生态环境目标梳理\n全国：\n到2025年，森林覆盖率达到24.1%。\n"
            "湖北：\n到2025年，森林覆盖率达到42%。\n湖南：\n到2025年，森林覆盖率稳定在59%以上。\n")
    got = {s.target.value: [r.name for r in s.responsible] for s in suggest(text)
           if s.target is not None}
    assert got == {24.1: ["国务院"], 42.0: ["湖北省人民政府"], 59.0: ["湖南省人民政府"]}


def test_one_place_label_is_no_compilation():
    text = "湖北：\n到2025年，全省森林覆盖率达到42%。\n"
    ctx = document_context(text, text)
    assert ctx.sections == []


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        # a body's name never runs across 的 (…时间节点的市人民政府), except 设区的市
        ("对有明确时间节点的市人民政府督办事项实行专项督查", ["市人民政府"]),
        ("设区的市人民代表大会及其常务委员会要完善法规", ["设区的市人民代表大会及其常务委员会"]),
        # a verb before the name is no part of it; 非…部门 is a kind of body, not one
        ("明确市水务局为牵头单位", ["市水务局"]),
        ("确定非生态环境部门牵头的任务清单", []),
        # a congress or a government is no part of the body before it
        ("区政府民生实事人大票决项目共10个", ["区政府"]),
        ("各区县政府要抓好落实", ["各区县政府"]),
        ("市委宣传部负责", ["市委宣传部"]),
    ],
)
def test_body_names(text, bodies):
    from tracker.extract.bodies import find_bodies

    assert [b.name for b in find_bodies(text)] == bodies


def test_issuer_handed_over_with_its_file_number():
    text = "各区人民政府：\n现将要点印发给你们。\n一、年底前完成清单编制。"
    ctx = document_context(text, text, issuer="京政办发〔2016〕26号《北京市人民政府办公厅")
    assert [r.name for r in ctx.issuer_refs] == ["北京市人民政府办公厅"]


def test_rectification_report_is_the_place_inspected():
    text = ("中央生态环境保护督察整改工作进展\n"
            "近期，记者获悉，湖南省督察整改任务已完成大半。到2025年底，全省森林覆盖率达到59.8%。\n")
    got = [[r.name for r in s.responsible] for s in suggest(text) if s.target is not None]
    assert got == [["湖南省"]]


def test_places_reported_one_after_another():
    text = ("第二轮中央生态环境保护督察整改方案全部公开\n"
            "湖南提出，到2025年底，全省森林覆盖率达到59.8%。\n"
            "湖北省以长江保护为重点，到2025年，全省地表水优良比例达到90%。\n")
    got = {s.target.value: [r.name for r in s.responsible] for s in suggest(text)
           if s.target is not None and s.target.value is not None}
    assert got == {59.8: ["湖南省"], 90.0: ["湖北省"]}


def test_body_acting_on_behalf_of_another_is_not_the_issuer():
    text = ("2月5日，省发展和改革委员会受省政府委托，向省人民代表大会作关于计划草案的报告。\n"
            "报告提出，2026年全省地区生产总值增长5%左右。")
    assert "省发展和改革委员会" not in _issuers(text)


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("政府工作报告要点\n3月5日，总理向全国人大会议作政府工作报告，要点如下：\n经济增长5%左右。",
         "国务院"),
    ],
)
def test_more_issuers(text, issuer):
    assert _issuers(text) == [issuer]


def test_work_report_of_no_known_place_has_no_city_government():
    assert "市人民政府" not in _issuers("政府工作报告\n各位代表：\n今年经济增长5%左右。")


def test_all_localities_and_departments_is_one_body():
    from tracker.extract.bodies import find_bodies

    assert [b.name for b in find_bodies("各地各部门要按照任务分解方案抓好落实")] == ["各地各部门"]


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # the post names the province once (安徽省省长, not 安徽省省政府)
        ("全省两会\n1月20日，湖南省省长李某作政府工作报告。", "湖南省人民政府"),
        ("全市两会\n2月3日，在会上，宜昌市市长王某代表市人民政府向大会报告工作。", "宜昌市人民政府"),
    ],
)
def test_head_of_government_speaking(text, issuer):
    assert _issuers(text) == [issuer]
