"""The level a document speaks as bounds the government that answers for it: a county's
or a district's text that names no issuer, placed only in its province or city (by
习近平总书记在福建考察时的重要讲话精神 or the like), is that level's government — by its
name when known, else unnamed (县人民政府) — never the province's or the city's. Invented
texts in several wordings."""

import pytest

from tracker.extract import suggest
from tracker.extract.issuer import document_context
from tracker.geo.script import to_simplified


def _issuers(text: str) -> list[str]:
    return [r.name for r in document_context(text, to_simplified(text)).issuer_refs]


def _bodies(text: str) -> set[tuple[str, ...]]:
    return {tuple(r.name for r in s.responsible) for s in suggest(text)}


SPEAKS_AS_COUNTY = [
    # the county government's own programme, its province named in a stock phrase
    "县政府工作的总体要求是：深入学习贯彻习近平总书记在福建考察时的重要讲话精神，推动高质量发展。\n"
    "2025年主要预期目标是：地区生产总值增长6%左右。\n",
    # the county's scope word, its city named in passing
    "过去一年，全县上下认真落实湖州市委部署，各项工作取得新成效。\n"
    "今年，全县地区生产总值增长6%左右，城镇新增就业3000人以上。\n",
    # led by the county's committee and government, in Traditional script
    "在縣委、縣政府的堅強領導下，我們深入貫徹落實習近平總書記考察江西重要講話精神。\n"
    "今年，地區生產總值增長6%左右。\n",
    # a banner of Inner Mongolia
    "全旗上下深入学习贯彻习近平总书记考察内蒙古重要讲话精神。\n"
    "今年，地区生产总值增长6%左右。\n",
]


@pytest.mark.parametrize("text", SPEAKS_AS_COUNTY)
def test_a_county_speaking_is_no_higher_levels_government(text):
    issuers = _issuers(text)
    assert issuers == ["县人民政府"]
    assert not any(name.endswith(("省人民政府", "市人民政府", "自治区人民政府"))
                   for name in issuers)


@pytest.mark.parametrize(
    "text",
    [
        "认真落实省委、市委、区委部署要求，努力推动各项工作在全区走在前。\n"
        "深入贯彻落实习近平总书记考察安徽重要讲话精神。今年，一般公共预算收入增长2%以上。\n",
        "在区委、区政府的坚强领导下，我们深入贯彻习近平总书记考察河南重要讲话精神。\n"
        "今年，地区生产总值增长6%左右。\n",
    ],
)
def test_a_district_of_a_province_speaking_is_the_districts_government(text):
    assert _issuers(text) == ["区人民政府"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # 全区 of an autonomous region is the region's own scope: no district here
        ("全区上下深入学习贯彻习近平总书记考察内蒙古重要讲话精神。\n今年，地区生产总值增长6%左右。\n",
         "内蒙古自治区人民政府"),
        # the province's own text that speaks of counties as others (各县政府, 健全县级…)
        ("安徽省加快发展实施意见\n督促各市、县人民政府健全县级统筹机制，完善安全县城建设。\n"
         "到2025年，全省地区生产总值增长6%左右。\n", "安徽省人民政府"),
        ("江西省2025年工作要点\n指导各县政府健全县乡两级机制，全省上下一起抓落实。\n"
         "到2025年，全省地区生产总值增长6%左右。\n", "江西省人民政府"),
    ],
)
def test_a_higher_levels_own_words_keep_its_government(text, want):
    assert "县人民政府" not in _issuers(text)
    assert _bodies(text) >= {(want,)}


def test_a_county_placed_by_name_keeps_its_name():
    text = ("修水县2025年工作安排\n全县上下要深入贯彻落实习近平总书记考察江西重要讲话精神。\n"
            "今年，全县地区生产总值增长6%左右。\n")
    assert _bodies(text) == {("修水县人民政府",)}


def test_a_work_report_speaking_of_the_county_in_a_province_is_the_countys():
    text = ("政府工作报告\n各位代表：\n深入学习贯彻习近平总书记在福建考察时的重要讲话精神，"
            "县政府工作的总体要求是：推动高质量发展。\n今年，全县地区生产总值增长6%左右。\n")
    assert _bodies(text) == {("县人民政府",)}
