"""A bare short name of a city taken as a place from its context: a district of it named
in the same text, or the name labelling a line (a news title's place)."""


def found(gaz, text):
    return [(m.surface, m.region.name) for m in gaz.find(text)]


def test_city_short_name_leans_on_a_district_of_it(gaz):
    text = "支持高新区、惠济区建设创新港。\n持续办好郑州企业家日系列活动。"
    assert ("郑州", "郑州市") in found(gaz, text)


def test_city_short_name_alone_is_not_taken(gaz):
    assert found(gaz, "持续办好郑州企业家日系列活动。") == []


def test_district_guess_yields_to_its_city_named_more(gaz):
    text = ("2026年主要目标\n支持高新区、惠济区建设创新港。\n持续办好郑州企业家日系列活动。\n"
            "共建郑州产业技术创新研究院。\n继续支持郑州大学建设。")
    assert gaz.guess_document_region(text).name == "郑州市"


def test_short_name_labelling_a_line_is_a_place(gaz):
    assert found(gaz, "青岛|确保十五五开好局") == [("青岛", "青岛市")]
    assert found(gaz, "青岛——发力九个新") == [("青岛", "青岛市")]
    assert found(gaz, "长沙：2026年地区生产总值增长5.5%") == [("长沙", "长沙市")]


def test_short_name_inside_a_line_before_a_bar_is_not_taken(gaz):
    assert found(gaz, "本报讯 青岛|确保开好局") == []
