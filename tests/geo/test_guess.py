"""Guessing the jurisdiction of a whole document."""

import re
import sys
from pathlib import Path

import pytest

from tracker.geo.guess import is_furniture

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from shared_dir import find_shared, not_found  # noqa: E402 - after the path is set

_SHARED = find_shared(ROOT)
SEEDS = _SHARED / "seeds" if _SHARED else ROOT / "shared-not-found"
PINYIN = re.compile(r"\([a-zü āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,7}\)")

EXPECTED = {
    "000": "江西省",
    "001": "重庆市",
    "002": "吉林省",
    "003": "江西省",
    "004": "山西省大同市",
}


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_seed_documents(gaz, prefix):
    paths = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    if not paths:
        pytest.skip(f"seed {prefix} not available in {SEEDS}" if _SHARED else not_found(ROOT))
    text = PINYIN.sub("", paths[0].read_text(encoding="utf-8"))
    region = gaz.guess_document_region(text)
    assert region is not None
    assert gaz.display_name(region.code) == EXPECTED[prefix]


def guess(gaz, text, **kw):
    region = gaz.guess_document_region(text, **kw)
    return None if region is None else gaz.display_name(region.code)


def test_quanshi_resolves_to_the_named_municipality(gaz):
    text = "重慶日報訊 全市生態環境保護工作會議召開。\n市委書記出席。"
    assert guess(gaz, text) == "重庆市"


def test_title_and_issuer_are_used(gaz):
    assert guess(gaz, "会议强调,全省上下要落实。", title="吉林省生态环境保护大会") == "吉林省"
    assert guess(gaz, "全省各地要抓好落实。", issuer="江西省人民代表大会常务委员会") == "江西省"


def test_region_only_in_furniture_is_ignored(gaz):
    text = "来源:山西省生态环境厅\n会议要求加快推进绿色转型。"
    assert guess(gaz, text) is None
    text2 = "时间:2023-11-23 作者:佚名来源:北京市生态环境局\n吉林市召开全市生态环境保护大会"
    assert guess(gaz, text2) == "吉林省吉林市"


def test_no_place_no_guess(gaz):
    assert guess(gaz, "会议要求加快推进绿色转型。") is None


def test_furniture_lines():
    assert is_furniture("来源:人民网")
    assert is_furniture("  • 作者:佚名")
    assert is_furniture("当前所在:首页 > 政民互动")
    assert is_furniture("时间:2023-11-23 21:50:29 作者:佚名来源:山西省生态环境厅")
    assert not is_furniture("大同市生态环境保护大会召开")


def test_site_footer_lines_are_furniture():
    assert is_furniture("主 办:新干县融媒体中心")
    assert is_furniture("地址:北京市东城区建国门内大街")


HAND_WRITTEN = {
    # a city named in the title beats its province named in passing
    "city_over_province": ("大同市生态环境保护大会召开\n全市上下要落实山西省部署。\n"
                           "大同市委书记出席。", "山西省大同市"),
    # scattered cities in the body do not pull a provincial document down
    "scattered_cities": ("全省生态环境保护大会暨美丽江西建设推进会召开\n省委书记出席。\n"
                         "南昌市、九江市、赣州市作交流发言。\n全省上下要持续用力。", "江西省"),
    "county": ("安徽省马鞍山市和县召开全县生态环境保护大会\n县委书记出席。\n"
               "和县县委要求,全县上下抓好落实。", "安徽省马鞍山市和县"),
    # other provinces cited as examples do not win over the title
    "other_provinces": ("江西省生态环境保护大会召开\n会议学习浙江、福建经验。\n"
                        "浙江的做法值得借鉴,福建的经验值得学习。\n全省上下要抓好落实。", "江西省"),
}


@pytest.mark.parametrize("case", sorted(HAND_WRITTEN))
def test_hand_written_documents(gaz, case):
    text, expected = HAND_WRITTEN[case]
    assert guess(gaz, text) == expected
