"""Place recognition in running text: longest match and the traps of ordinary words."""

import pytest


def found(gaz, text):
    return [(m.surface, m.region.name) for m in gaz.find(text)]


def test_longest_match_splits_nested_names(gaz):
    assert found(gaz, "江西省南昌市东湖区") == [
        ("江西省", "江西省"), ("南昌市", "南昌市"), ("东湖区", "东湖区")]
    assert found(gaz, "大同市召开会议") == [("大同市", "大同市")]


def test_offsets_point_into_the_given_text(gaz):
    text = "据悉,山西省大同市今年"
    for m in gaz.find(text):
        assert text[m.start:m.end] == m.surface
    assert [(m.start, m.end) for m in gaz.find(text)] == [(3, 6), (6, 9)]


def test_offsets_count_code_points_beyond_the_bmp(gaz):
    text = "𠮷𠮷江西省"
    (m,) = gaz.find(text)
    assert (m.start, m.end, m.surface) == (2, 5, "江西省")


def test_place_inside_an_ordinary_phrase_is_not_taken(gaz):
    assert found(gaz, "建设美丽江西") == [("江西", "江西省")]  # never 丽江市


def test_person_name_is_not_a_city(gaz):
    assert found(gaz, "唐一军、吴忠琼、马森述等省领导出席") == []
    assert found(gaz, "吴忠市人民政府") == [("吴忠市", "吴忠市")]


def test_level_words_are_not_divisions(gaz):
    assert found(gaz, "县级以上人民政府、县域经济、市级部门、省级平台、区域协同") == []


@pytest.mark.parametrize("text", ["加强区域合作", "深化合作市场化改革", "推进合作市场建设"])
def test_cooperation_is_not_hezuo(gaz, text):
    assert found(gaz, text) == []


def test_full_name_is_accepted_when_the_suffix_is_free(gaz):
    assert found(gaz, "合作市生态环境局") == [("合作市", "合作市")]
    assert found(gaz, "丽江市推进") == [("丽江市", "丽江市")]


def test_suffix_gluing_into_a_word_drops_the_full_name(gaz):
    assert found(gaz, "大同市场监管") == []
    # but the city named elsewhere makes the bare short name count
    assert found(gaz, "大同市召开会议,大同市场监管") == [("大同市", "大同市"), ("大同", "大同市")]


def test_bare_prefecture_short_names_need_a_governmental_cue(gaz):
    assert found(gaz, "推进数字化现代化普通化") == []
    assert found(gaz, "通化生态环境局") == [("通化", "通化市")]
    assert found(gaz, "延边州委") == [("延边州", "延边朝鲜族自治州")]


def test_bare_short_name_after_its_ancestor(gaz):
    assert found(gaz, "山西大同") == [("山西", "山西省"), ("大同", "大同市")]
    assert found(gaz, "江西南昌") == [("江西", "江西省"), ("南昌", "南昌市")]


def test_one_character_stem_full_names_are_guarded(gaz):
    assert found(gaz, "各区和县要落实") == []
    assert found(gaz, "和县人民政府") == [("和县", "和县")]


def test_province_short_names_are_accepted_bare(gaz):
    assert found(gaz, "广西、重庆、内蒙古") == [
        ("广西", "广西壮族自治区"), ("重庆", "重庆市"), ("内蒙古", "内蒙古自治区")]


def test_jilin_province_versus_jilin_city(gaz):
    assert found(gaz, "总书记视察吉林时") == [("吉林", "吉林省")]
    assert found(gaz, "吉林市生态环境局") == [("吉林市", "吉林市")]
    assert found(gaz, "吉林市场主体") == [("吉林", "吉林省")]


def test_ambiguous_district_takes_the_city_in_the_text(gaz):
    (bj, cy) = gaz.find("北京市朝阳区")
    assert cy.region.parent_code == bj.region.code
    matches = gaz.find("长春市朝阳区")
    assert matches[-1].region.parent_code == "220100"


def test_traditional_text_keeps_offsets(gaz):
    text = "重慶市兩江新區與江西省"
    got = [(m.start, m.end, m.surface, m.region.name) for m in gaz.find(text)]
    assert got[0] == (0, 3, "重慶市", "重庆市")
    assert got[-1] == (8, 11, "江西省", "江西省")
    assert found(gaz, "廣西壯族自治區") == [("廣西壯族自治區", "广西壮族自治区")]


def test_empty_and_non_chinese_text(gaz):
    assert gaz.find("") == []
    assert gaz.find("PM2.5 down 10% by 2025") == []


def test_ordinary_urban_words_are_not_districts(gaz):
    assert found(gaz, "推进老城区改造和新城区建设") == []
    assert found(gaz, "洛阳市老城区人民政府") == [("洛阳市", "洛阳市"), ("老城区", "老城区")]


@pytest.mark.parametrize("text", ["长江西岸", "黄河北岸", "太湖南岸", "珠江西岸城市群"])
def test_river_banks_are_not_provinces(gaz, text):
    assert found(gaz, text) == []


def test_province_short_name_before_a_direction_word_is_kept(gaz):
    assert found(gaz, "江西南部") == [("江西", "江西省")]


def test_autonomous_prefecture_short_form_with_zhou(gaz):
    assert found(gaz, "黔东南州推进") == [("黔东南州", "黔东南苗族侗族自治州")]
    assert found(gaz, "恩施推进") == []  # the bare stem still needs context
