"""Places named briefly: a division's short name counted for the document's region when its
own scope words point to it (全市 … 美丽泰州), and the everyday name of an autonomous county
or district (管城区 for 管城回族区). Invented texts, one per rule."""

import pytest

from tracker.geo import Gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def _guess(gaz: Gazetteer, text: str) -> str | None:
    region = gaz.guess_document_region(text)
    return None if region is None else region.name


@pytest.mark.parametrize(("text", "want"), [
    # the scope word (全市) and the short name in the opening lines
    ("2025年全市生态环境工作要点\n全市生态环境系统要奋力建设美丽泰州。\n", "泰州市"),
    # the short name twice, the scope word in the body
    ("工作要点\n" + "一、加强监管。\n" * 6 + "宣城生态。\n全市推进。\n宣城发展。\n", "宣城市"),
    # a county's scope: its own short name
    ("全县重点工作安排\n今年全县要打造美丽修水。\n", "修水县"),
], ids=["title_and_opening", "twice_in_the_body", "county_scope"])
def test_short_name_with_its_scope_places_the_document(gaz: Gazetteer, text: str,
                                                       want: str) -> None:
    assert _guess(gaz, text) == want


@pytest.mark.parametrize("text", [
    # no scope word: a short name alone stays unread
    "工作要点\n奋力建设美丽泰州。\n",
    # the scope points to a city, the short name stands once deep in the body
    "工作要点\n" + "全市加强监管。\n" * 8 + "让群众生活更加幸福安康。\n",
    # scope words of a county do not make a city of a city's short name
    "全县重点工作安排\n今年全县要打造美丽泰州。\n",
    # a district's short name (上党) as a piece of a longer word in an opening line
    "现向区委、区政府报告我镇工作计划。\n建立流动党员线上党支部，推行积分管理。\n",
], ids=["no_scope_word", "once_deep_in_the_body", "scope_of_another_level",
        "inside_a_longer_word"])
def test_short_name_without_its_scope_places_nothing(gaz: Gazetteer, text: str) -> None:
    assert _guess(gaz, text) is None


def test_named_place_is_not_replaced_by_a_short_name(gaz: Gazetteer) -> None:
    # a city named in full stays the document's, whatever short names follow
    text = "宜春市2025年工作要点\n全市要学习借鉴泰州、常州等地经验。\n"
    assert _guess(gaz, text) == "宜春市"


@pytest.mark.parametrize(("text", "want"), [
    ("管城区今年地区生产总值增长7%", "管城回族区"),
    ("青龙县新建污水管网30公里", "青龙满族自治县"),
    ("莫力达瓦旗完成造林5万亩", "莫力达瓦达斡尔族自治旗"),
], ids=["district", "county", "banner"])
def test_autonomous_division_by_its_everyday_name(gaz: Gazetteer, text: str, want: str) -> None:
    assert [m.region.name for m in gaz.find(text)] == [want]


def test_everyday_name_sharing_its_stem_with_a_province_is_not_taken(gaz: Gazetteer) -> None:
    # 河南县城: the county towns of 河南 the province, not 河南蒙古族自治县
    assert [m.region.name for m in gaz.find("河南县城建设提速")] == ["河南省"]
