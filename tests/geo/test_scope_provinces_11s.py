"""Scope words (全市, 市委) speak for a city named by its short name as much as for a
municipality (上海市) named in passing; a short name a text also gives a division it names
for sure is that division's (issue 11, branch resp11s)."""

import opencc
import pytest

from tracker.extract.issuer import usual_name
from tracker.geo import Gazetteer

GAZ = Gazetteer.default()
S2T = opencc.OpenCC("s2t").convert

# (municipality named once in passing, a prefecture city named by its short name, its name)
PAIRS = [("上海", "宣城", "宣城市"), ("北京", "保定", "保定市"), ("天津", "沧州", "沧州市"),
         ("重庆", "遂宁", "遂宁市"), ("上海", "嘉兴", "嘉兴市")]
FRAMES = [
    "全市四季度重点工作点评会召开\n市委书记张某出席会议并讲话。他指出，要主动融入{m}大都市圈，"
    "展现{c}担当。全市上下要增强对{c}的信心。加快推进{c}产业合作区建设，全市要抓好落实。",
    "市委常委会召开会议\n会议强调，{c}要对标{m}先进经验，全市各级要把{c}的事情办好，"
    "奋力谱写{c}高质量发展新篇章。",
]


@pytest.mark.parametrize(("municipality", "city", "name"), PAIRS)
@pytest.mark.parametrize("frame", FRAMES)
def test_the_city_its_scope_words_speak_for(frame: str, municipality: str, city: str, name: str) -> None:
    text = frame.format(m=municipality, c=city)
    for words in (text, S2T(text)):
        region = GAZ.guess_document_region(words, None, None)
        assert region is not None and region.name == name, (words, region)


@pytest.mark.parametrize(("municipality", "city", "name"), PAIRS)
def test_a_municipality_named_in_the_title_stays(municipality: str, city: str, name: str) -> None:
    text = f"{municipality}市召开全市生态环境保护大会\n会议指出，要学习{city}经验，全市各区要抓好落实。"
    region = GAZ.guess_document_region(text, None, None)
    assert region is not None and region.name == municipality + "市"


@pytest.mark.parametrize(("text", "name"), [
    ("本报讯 今年，海南州将加快建设美丽海南。全州上下要抓好落实。", "海南藏族自治州"),
    ("海南州召开全州生态环境保护大会\n会议强调，要守护好海南的绿水青山。", "海南藏族自治州"),
    ("海南省召开全省生态环境保护大会\n会议强调，要守护好海南的绿水青山。", "海南省"),
    ("吉林市召开全市大会，吉林省委有关负责同志出席。", "吉林市"),
])
def test_a_short_name_of_a_division_named_for_sure(text: str, name: str) -> None:
    for words in (text, S2T(text)):
        region = GAZ.guess_document_region(words, None, None)
        assert region is not None and region.name == name, (words, region)


@pytest.mark.parametrize(("name", "analysis", "usual"), [
    ("甘孜藏族自治州人民政府", "过去一年，甘孜经济运行稳中向好，全州上下…", "甘孜州人民政府"),
    ("黔西南布依族苗族自治州委", "黔西南州从4月至6月开展…", "黔西南州委"),
    ("海南藏族自治州人民政府", "海南州全面推进…", "海南州人民政府"),
    ("伊犁哈萨克自治州", "伊犁州…", "伊犁州"),
    # the document writes the official name: as written
    ("延边朝鲜族自治州人民政府", "我代表延边朝鲜族自治州人民政府，向大会报告工作", "延边朝鲜族自治州人民政府"),
    # no autonomous prefecture: untouched
    ("九江市人民政府", "全市…", "九江市人民政府"),
    ("长阳土家族自治县人民政府", "全县…", "长阳土家族自治县人民政府"),
])
def test_the_usual_name_of_an_autonomous_prefecture(name: str, analysis: str, usual: str) -> None:
    assert usual_name(name, analysis, GAZ) == usual


# a city's short name taken by scope words is none where a province's name starts inside it
# (美丽江苏 holds 丽江 and 江苏; 美丽江西 holds 丽江 and 江西)
@pytest.mark.parametrize(("province", "city", "name"), [
    ("江苏", "盐城", "盐城市"), ("江西", "九江", "九江市"), ("江苏", "泰州", "泰州市"),
])
def test_no_city_across_a_provinces_name(province: str, city: str, name: str) -> None:
    text = (f"9月19日，全市生态环境保护大会召开。市委书记张某出席并讲话，要求在美丽中国、美丽{province}"
            f"建设中展现{city}担当。\n全市上下要坚定信心。")
    for words in (text, S2T(text)):
        region = GAZ.guess_document_region(words, None, None)
        assert region is not None and region.name == name, (words, region)
