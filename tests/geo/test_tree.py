"""The shipped division tree: levels, parents, names, display names."""

from tracker.domain import Region, RegionLevel
from tracker.geo import Gazetteer


def codes(regions):
    return [r.code for r in regions]


def test_shipped_table_has_all_levels(gaz):
    levels = {r.level for r in gaz}
    assert levels == set(RegionLevel)
    provinces = [r for r in gaz if r.level is RegionLevel.PROVINCE]
    assert len(provinces) == 34
    assert 3000 < len(gaz) < 3500


def test_every_parent_is_one_level_up_or_a_province(gaz):
    rank = {RegionLevel.PROVINCE: 0, RegionLevel.PREFECTURE: 1, RegionLevel.COUNTY: 2}
    for region in gaz:
        parent = gaz.parent(region.code)
        if region.level is RegionLevel.PROVINCE:
            assert parent is None
        else:
            assert parent is not None
            assert rank[parent.level] < rank[region.level]


def test_default_is_loaded_once(gaz):
    assert Gazetteer.default() is gaz
    from tracker.geo.loader import shipped_regions
    assert shipped_regions() is shipped_regions()


def test_recent_divisions_are_present(gaz):
    # 和康县 and 和安县 (Xinjiang) were created at the end of 2024
    assert [r.name for r in gaz.by_name("和康县")] == ["和康县"]
    assert gaz.by_name("和安县")[0].parent_code == "653200"


def test_municipality_districts_sit_under_the_province_row(gaz):
    yuzhong = gaz.by_name("渝中区")[0]
    assert yuzhong.parent_code == "500000"
    assert gaz.get("500100") is None  # no 市辖区 pseudo-prefecture
    assert gaz.display_name(yuzhong.code) == "重庆市渝中区"


def test_levels_and_short_names(gaz):
    jx = gaz.get("360000")
    assert (jx.name, jx.level, jx.short_names) == ("江西省", RegionLevel.PROVINCE, ("江西",))
    assert gaz.get("450000").short_names == ("广西",)
    yanbian = gaz.by_name("延边朝鲜族自治州")[0]
    assert yanbian.level is RegionLevel.PREFECTURE
    assert set(yanbian.short_names) == {"延边", "延边州"}
    assert gaz.by_name("大同市")[0].short_names == ("大同",)
    assert gaz.by_name("丰县")[0].short_names == ()  # no one-character short names
    assert all(len(s) >= 2 for r in gaz for s in r.short_names)
    assert gaz.by_name("赣") == []


def test_path_children_descendants(gaz):
    donghu = gaz.resolve("东湖区", "360100")
    assert donghu is not None and donghu.level is RegionLevel.COUNTY
    assert codes(gaz.path(donghu.code)) == ["360000", "360100", donghu.code]
    assert codes(gaz.path("360000")) == ["360000"]
    kids = gaz.children("140200")
    assert all(k.parent_code == "140200" for k in kids) and len(kids) >= 10
    desc = gaz.descendants("140000")
    assert "140200" in codes(desc) and kids[0] in desc
    assert all(gaz.is_within(r.code, "140000") for r in desc)


def test_is_within(gaz):
    assert gaz.is_within("140200", "140000")
    assert gaz.is_within("140200", "140200")
    assert not gaz.is_within("140000", "140200")
    assert not gaz.is_within("140200", "360000")
    assert not gaz.is_within("999999", "140000")


def test_display_name(gaz):
    assert gaz.display_name("140200") == "山西省大同市"
    assert gaz.display_name("500000") == "重庆市"
    donghu = gaz.resolve("东湖区", "360000")
    assert gaz.display_name(donghu.code) == "江西省南昌市东湖区"
    assert gaz.display_name("999999") == ""


def test_by_name_full_short_and_traditional(gaz):
    assert codes(gaz.by_name("江西")) == ["360000"]
    assert codes(gaz.by_name("重慶")) == ["500000"]
    assert codes(gaz.by_name("臺灣")) == ["710000"]
    # 吉林 is the short name of the province and of 吉林市; province first
    assert codes(gaz.by_name("吉林")) == ["220000", "220200"]
    assert len(gaz.by_name("朝阳区")) >= 2


def test_resolve_prefers_context(gaz):
    assert gaz.resolve("朝阳区", "110000").parent_code == "110000"
    assert gaz.resolve("朝阳区", "220000").parent_code == "220100"
    assert gaz.resolve("朝阳", "210000").code == "211300"  # 朝阳市, Liaoning
    assert gaz.resolve("吉林").code == "220000"
    assert gaz.resolve("吉林市").code == "220200"
    assert gaz.resolve("大同").code == "140200"  # the city beats 大同区 of Daqing
    assert gaz.resolve("大同", "230000").code == "230606"
    assert gaz.resolve("江西省南昌市东湖区").parent_code == "360100"
    assert gaz.resolve("不存在的地方") is None


def test_from_regions_hand_built_tree():
    regions = [
        Region("100000", "甲省", RegionLevel.PROVINCE, None, ()),
        Region("100100", "乙丙市", RegionLevel.PREFECTURE, "100000", ("乙丙",)),
        Region("100101", "丁戊县", RegionLevel.COUNTY, "100100", ("丁戊",)),
    ]
    g = Gazetteer.from_regions(regions)
    assert len(g) == 3 and list(g) == regions
    assert g.display_name("100101") == "甲省乙丙市丁戊县"
    assert [m.region.code for m in g.find("甲省乙丙市丁戊县人民政府")] == \
        ["100000", "100100", "100101"]


def test_from_regions_rejects_unknown_parent():
    import pytest
    with pytest.raises(ValueError, match="unknown parent 999900"):
        Gazetteer.from_regions([Region("999901", "某县", RegionLevel.COUNTY, "999900")])
