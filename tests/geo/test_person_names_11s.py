"""A personal name given after a post (市长尚朝阳 / 县委书记王长春 / 局长李建华) holds no
place, though it may spell one: the region guess reads past it (issue 11, branch resp11s)."""

import opencc
import pytest

from tracker.geo import Gazetteer
from tracker.geo.guess import without_persons

GAZ = Gazetteer.default()
S2T = opencc.OpenCC("s2t").convert

# personal names that spell a division's name (朝阳区, 长春市, 建华区, 和平区, 振兴区, 延安市,
# 永新县, 丽江市)
PERSONS = ("尚朝阳", "王长春", "李建华", "张和平", "刘振兴", "陈延安", "赵永新", "孙丽江")
POSTS = ("市长", "县长", "区长", "市委书记", "县委书记", "局长", "主任")
FRAMES = ("9月21日上午，{post}{person}主持召开周例会。{person}指出，全{lvl}要加快推进大气污染防治。",
          "{post}{person}出席会议并讲话，{person}强调，全{lvl}上下要坚定信心。",
          "会上，{post}{person}介绍了有关情况。")


@pytest.mark.parametrize("post", POSTS)
@pytest.mark.parametrize("person", PERSONS)
@pytest.mark.parametrize("frame", FRAMES)
def test_no_region_from_a_persons_name(frame: str, person: str, post: str) -> None:
    lvl = post[0] if post[0] in "市县区" else "市"
    text = frame.format(post=post, person=person, lvl=lvl)
    for words in (text, S2T(text)):
        assert GAZ.guess_document_region(words, None, None) is None, words


@pytest.mark.parametrize("person", PERSONS)
def test_the_place_named_stays(person: str) -> None:
    text = f"信阳市召开市长周例会\n9月21日上午，市长{person}主持召开市长周例会。{person}指出，全市要加快推进大气污染防治。"
    region = GAZ.guess_document_region(text, None, None)
    assert region is not None and region.name == "信阳市"


@pytest.mark.parametrize(("text", "kept"), [
    ("市长尚朝阳主持会议。尚朝阳指出，", "市长某某某主持会议。某某某指出，"),
    ("朝阳区区长张三出席会议", "朝阳区区长某某出席会议"),  # the place before the post stays
    ("长春市市长王某在会上表示", "长春市市长某某在会上表示"),
    ("加快长江经济带建设", "加快长江经济带建设"),  # no post, no person
])
def test_what_is_blanked(text: str, kept: str) -> None:
    assert without_persons(text)[0] == kept


# A division's short name that is an ordinary word (新建 build, 振兴 revitalise, 资源, 前进)
# is no document's own division by its scope words alone, nor after its province's name
ORDINARY = ("新建", "振兴", "资源", "前进", "光明", "富裕", "合作")


@pytest.mark.parametrize("word", ORDINARY)
@pytest.mark.parametrize("frame", [
    "今年将{w}改建农村公路1000公里\n全区上下要坚定信心，区委、区政府高度重视。",
    "{w}一批重点项目\n全县要加快推进，县委县政府部署。",
    "为扎实推进辽宁{w}发展，制定本方案。全省各地要抓好落实。",
])
def test_an_ordinary_word_names_no_division(frame: str, word: str) -> None:
    text = frame.format(w=word)
    for words in (text, S2T(text)):
        region = GAZ.guess_document_region(words, None, None)
        assert region is None or not region.name.startswith(word), (words, region)


@pytest.mark.parametrize(("text", "name"), [
    ("新建区人民政府关于印发2025年工作要点的通知\n全区各单位：", "新建区"),
    ("振兴区委办公室\n全区上下要坚定信心。", "振兴区"),
])
def test_the_division_named_with_its_cue_stays(text: str, name: str) -> None:
    region = GAZ.guess_document_region(text, None, None)
    assert region is not None and region.name == name
