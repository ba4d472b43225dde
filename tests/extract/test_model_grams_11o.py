"""The words the unit model takes its character n-grams from (confidence._plain, then confidence._masked): a
place name is one sign whatever the place, so that no weight is learnt for one document's
city or county; Traditional script and inline pinyin read as the Simplified words they
are. Invented clauses in several wordings."""

from __future__ import annotations

import pytest

from tracker.extract import confidence
from tracker.extract.confidence import PLACE


def gram_text(quote: str) -> str:
    """The words the n-grams are taken from, as the model reads them."""
    return confidence._masked(confidence._plain(quote))

P = PLACE


@pytest.mark.parametrize(("quote", "words"), [
    # full names, a province by its short name, a short name before a governmental cue
    ("江西省南昌市东湖区新建污水管网20公里", f"{P}{P}{P}新建污水管网20公里"),
    ("到2025年，金华市PM2.5浓度下降5%", f"到2025年，{P}PM2.5浓度下降5%"),
    ("支持浙江打造共同富裕示范区", f"支持{P}打造共同富裕示范区"),
    ("亳州市政府牵头制定实施方案", f"{P}政府牵头制定实施方案"),
    ("中共金华市婺城区委员会", f"中共{P}{P}委员会"),
    # bare short names listed together: a list of places
    ("温州、湖州、嘉兴、绍兴等地完成整改", f"{P}、{P}、{P}、{P}等地完成整改"),
    ("对淮北、亳州、宿州开展专项督察", f"对{P}、{P}、{P}开展专项督察"),
    ("江西、湖南、金华三地建立联防联控机制", f"{P}、{P}、{P}三地建立联防联控机制"),
    # words that are also a county's short name stay words when they stand as words
    ("新建、改造污水管网20公里", "新建、改造污水管网20公里"),
    ("振兴乡村，推进资源节约集约利用", "振兴乡村，推进资源节约集约利用"),
    ("加快城市更新，提升新城区功能", "加快城市更新，提升新城区功能"),
    ("全市完成造林1万亩", "全市完成造林1万亩"),
    # Traditional script and inline pinyin: the Simplified words
    ("市生態環境局牽頭", "市生态环境局牵头"),
    ("推進農村環(huán)境整治", "推进农村环境整治"),
    ("全面完成整改任務", "全面完成整改任务"),
])
def test_gram_text(quote, words):
    assert gram_text(quote) == words


@pytest.mark.parametrize(("a", "b"), [
    ("金华市完成污水管网建设", "亳州市完成污水管网建设"),
    ("温州、湖州两地完成整改", "淮北、宿州两地完成整改"),
    ("江西省年内实现清零", "甘肃省年内实现清零"),
    ("市生态环境局牵头", "市生態環境局牽頭"),
])
def test_two_places_give_the_same_grams(a, b):
    assert confidence.gram_keys(a) == confidence.gram_keys(b)


def test_no_gram_of_a_place_name_is_kept():
    keys = confidence.gram_keys("加快金华市、衢州市生态环境保护")
    assert PLACE in keys and "金华" not in keys and "衢州" not in keys and "华市" not in keys


def test_the_shipped_model_weighs_no_listed_place():
    w = confidence.weights()
    assert w is not None
    for name in ("金华", "亳州", "衢州", "南省", "海市", "牽頭", "變"):
        assert "c:" + name not in w, name


def test_the_place_sign_is_never_given_as_a_cue():
    from tracker.extract.pipeline import Suggestion, SuggestionKind

    s = Suggestion(start=0, end=9, quote="金华、衢州完成整改", kind=SuggestionKind("deliverable"),
                   deadline=None, target=None, responsible=[], region_code=None, region=None,
                   confidence=0.5, section=None)
    w = {"c:⌂、": 5.0, "c:⌂": 4.0, "c:完成": 1.0, "c:整改": 0.5}
    assert confidence.cues(s, w, heading=0, in_row=False, numbered=False) == ["「完成」", "「整改」"]


@pytest.mark.parametrize("quote", [
    "到2025年，全市PM2.5平均浓度控制在30微克/立方米以下",
    "金华市、衢州市2025年完成整改",
    "推進農村環(huán)境整治，新建污水管网20公里",
    "温州、湖州、嘉兴等地新建、改造管网",
])
def test_gram_keys_are_the_grams_of_gram_text(quote):
    # gram_keys takes a shortcut (find() only where a division's name is in the words)
    words = "^" + gram_text(quote).translate(confidence._FOLD) + "$"
    expected = set(words) | {a + b for a, b in zip(words, words[1:])}
    assert confidence.gram_keys(quote) == expected - {"^", "$"}


def test_the_gazetteer_lists_every_name_it_finds():
    from tracker.geo import Gazetteer

    names = Gazetteer.default().names()
    assert {"金华市", "金华", "浙江省", "浙江"} <= names
    assert all(len(n) >= 2 for n in names)
