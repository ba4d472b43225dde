"""Region of each suggestion: the division a clause opens with as its actor or scope, else
the document's (from its title, byline or opening lines). Places that are objects of a
measure, river basins and economic zones are traps: they do not move the region.
The documents are invented; the divisions are real ones from the bundled gazetteer."""

from datetime import date

import pytest

from tracker.extract import suggest

JX = "江西省人民政府关于推进生态文明建设的意见\n"
DT = "大同市人民政府关于印发空气质量改善行动方案的通知\n"

CASES = [
    # a division named as the clause's actor
    (JX + "赣州市要建成稀土产业绿色发展示范区。", None, "江西省赣州市"),
    (JX + "南昌县要在2026年底前建成污水处理厂三期工程。", None, "江西省南昌市南昌县"),
    (DT + "云冈区要完成散煤清零。", None, "山西省大同市云冈区"),
    ("重庆市人民政府关于加强三峡库区保护的通知\n万州区要建成三峡库区生态屏障示范区。", None,
     "重庆市万州区"),
    # the document's own jurisdiction, from its title
    (JX + "加快建成全省统一的GEP核算平台。", None, "江西省"),
    (DT + "全市PM2.5平均浓度控制在30微克/立方米以下。", None, "山西省大同市"),
    (DT + "到2025年，建成区黑臭水体全面消除。", None, "山西省大同市"),
    # traps: a place that is the object of a measure, a basin, a zone, a scenic area
    (JX + "实施鄱阳湖总磷污染控制与削减专项行动。", None, "江西省"),
    (JX + "支持赣州市创建国家生态文明建设示范区。", None, "江西省"),
    (DT + "深入推进长江经济带生态环境保护修复。", None, "山西省大同市"),
    ("工作要点\n加强黄河流域生态保护重大工程建设。", "140000", "山西省"),
    ("浙江省人民政府办公厅关于加强景区管理的通知\n杭州西湖风景名胜区要建成数字化监测平台。", None,
     "浙江省"),
    # the region the caller gives wins over none in the text
    ("工作要点\n建成全域统一的生态环境监测网络。", "360000", "江西省"),
]


@pytest.mark.parametrize("text,code,region", CASES)
def test_region_of_each_suggestion(text, code, region):
    out = suggest(text, date(2025, 1, 1), region_code=code)
    assert out, text
    assert out[-1].region == region


def test_a_national_text_that_names_a_province_in_passing_is_the_state_councils():
    from tracker.extract import suggest
    from tracker.geo import Gazetteer

    text = ("各地“十四五”规划生态环保目标梳理\n全国：单位GDP能源消耗降低13.5%，"
            "全国地级及以上城市优良天数比率达到87.5%。\n北京：生活垃圾回收利用率达到37.5%。\n")
    gaz = Gazetteer.default()
    out = suggest(text, region_code="110000", gazetteer=gaz)
    assert out and all([b.name for b in s.responsible] == ["国务院"] for s in out)


def test_a_provincial_text_keeps_its_province():
    from tracker.extract import suggest
    from tracker.geo import Gazetteer

    text = "江西省2026年生态环境工作要点\n全省PM2.5平均浓度控制在30微克/立方米以下，走在全国前列。\n"
    out = suggest(text, region_code="360000", gazetteer=Gazetteer.default())
    assert out and out[0].region == "江西省"
