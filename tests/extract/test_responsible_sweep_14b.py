"""The responsible sweep of branch resp14b (tests/extract/responsible_sweep_14b.py) read
through the public path, as ``tracker suggest`` reads a file; and the rule's parts alone."""

from __future__ import annotations

import pytest

from tests.extract.issuer_sweep import Case, outcome
from tests.extract.responsible_sweep_14b import cases
from tracker.extract.pipeline import suggest

ALL = list(cases())
# (every script and form of the structures that pass whole: the stride is prime to the forms)
CASES = [c for c in ALL if c.name.split("/")[0] in ("titled-issuer", "addressed")][::41]
# the structures with cases still failing (a role clause without 由 under a heading of next
# steps, 主管部门X督促…, as in responsible_sweep_14's role-before-name), each form at its count
FLOORS = {"furniture-role": 420, "furniture-role/trad": 420, "furniture-role/pinyin": 420,
          "furniture-role/fw": 420}


@pytest.mark.parametrize("case", CASES, ids=[f"{c.name}-{i}" for i, c in enumerate(CASES)])
def test_who_answers(case: Case) -> None:
    ok, got = outcome(case)
    assert ok, (sorted(case.want), got)


@pytest.mark.parametrize(("name", "floor"), FLOORS.items())
def test_who_answers_at_least(name: str, floor: int) -> None:
    assert sum(outcome(c)[0] for c in ALL if c.name == name) >= floor


def _bodies(text: str, words: str) -> list[str]:
    sug = next(s for s in suggest(text) if words in s.quote)
    return [b.name for b in sug.responsible]


@pytest.mark.parametrize(("text", "want"), [
    # a body the title names by its level: as the title writes it
    ("区水利局2025年工作计划\n为推动通州区水利高质量发展，制定本计划。\n"
     "一、重点任务\n2025年6月底前完成60个行政村生活污水治理。\n", ["区水利局"]),
    ("市科技局关于印发2025年工作要点的通知\n为推进福州市科技创新，制定本要点。\n"
     "一、重点任务\n年内新建污水处理厂3座。\n", ["市科技局"]),
    ("湖州市人民政府办公室转发\n市发展改革委关于湖州市2024年国民经济和社会发展计划的通知\n"
     "各区县人民政府：\n现予转发，请认真组织实施。\n一、主要任务\n年内新建污水处理厂3座。\n",
     ["市发展改革委"]),
    # a body a paragraph names (no title): filled out with the division's name
    ("记者2日从市科技局获悉，福州市“十四五”科技创新发展朝四大目标发力。"
     "力争到2025年，全社会研究与试验发展经费投入年均增长18%以上。\n", ["福州市科技局"]),
    # a government named by its level in the title stays the division's, in full
    ("市政府关于2025年重点工作的通知\n为推进福州市高质量发展，现通知如下。\n"
     "一、重点任务\n年内新建污水处理厂3座。\n", ["福州市人民政府"]),
    # a body named in full keeps its name
    ("福州市科技局2025年工作计划\n一、重点任务\n年内新建污水处理厂3座。\n", ["福州市科技局"]),
])
def test_the_issuer_as_the_title_spells_it(text: str, want: list[str]) -> None:
    words = "18%" if "18%" in text else "污水" if "污水" in text else "60个行政村"
    assert _bodies(text, words) == want


@pytest.mark.parametrize(("head", "want"), [
    ("关于做好整改工作的通知\n各县（市、区）人民政府，市直有关部门：\n现将…", ["各县（市、区）人民政府", "市直有关部门"]),
    ("关于解除挂牌督办的通知\n各设区市环保局:\n根据…", ["各设区市环保局"]),
    ("某某通知\n某政办发〔2025〕3号\n各镇政府，各街道办事处，县政府各部门，各企事业单位：\n",
     ["各镇政府", "各街道办事处", "县政府各部门", "各企事业单位"]),
    ("某某通知\n各区、县人民政府，市人民政府各工作部门、各直属机构：\n",
     ["各区、县人民政府", "市人民政府", "各工作部门"]),
    # a line of words that names no body is no address
    ("某某通知\n现将有关事项通知如下：\n一、总体要求\n", []),
    ("某某方案\n一、主要目标：\n到2025年…", []),
])
def test_the_address_line(head: str, want: list[str]) -> None:
    from tracker.extract.issuer import addressees

    assert [b.name for b in addressees(head, head)] == want


@pytest.mark.parametrize(("words", "addressed"), [
    ("请你们继续加强后续监管", True), ("你们要切实加强组织领导", True), ("希望你们高度重视", True),
    ("请你局抓紧整改", True), ("望你单位按期完成", True), ("請你們繼續加強監管", True),
    ("根据你们提交的申请", False), ("你们的意见已收悉", False), ("各县要加强监管", False),
])
def test_a_clause_speaking_to_the_addressees(words: str, addressed: bool) -> None:
    from tracker.extract.pipeline import _ADDRESSED
    from tracker.geo.script import to_simplified

    assert (_ADDRESSED.match(to_simplified(words)) is not None) == addressed


@pytest.mark.parametrize(("text", "words", "want"), [
    # the addressees answer for the clause speaking to them and those after it
    ("某省环保厅关于解除挂牌督办的通知\n各设区市环保局:\n请你们继续加强后续监管，"
     "确保污染物稳定达标排放。\n", "达标排放", ["各设区市环保局"]),
    ("某市人民政府办公室关于做好整改的通知\n各县（市、区）人民政府，市直有关部门：\n"
     "你们要切实加强组织领导，确保2025年6月底前完成60个行政村生活污水治理。\n", "60个行政村",
     ["各县（市、区）人民政府", "市直有关部门"]),
    # with no address line, the issuer's
    ("某市人民政府办公室关于做好整改的通知\n你们要切实加强组织领导，"
     "确保2025年6月底前完成60个行政村生活污水治理。\n", "60个行政村", ["某市人民政府办公室"]),
    # a clause that does not speak to them keeps its own body
    ("某省环保厅关于解除挂牌督办的通知\n各设区市环保局:\n请你们继续加强后续监管。"
     "省环保厅将于2025年6月底前完成60个点位抽查。\n", "60个点位", ["省环保厅"]),
])
def test_the_addressees_answer(text: str, words: str, want: list[str]) -> None:
    assert _bodies(text, words) == want


@pytest.mark.parametrize(("words", "furniture"), [
    # a page's furniture
    ("主管单位：某市人民政府", True), ("联系电话：12345678", True), ("主办：某市人民政府办公室", True),
    ("联系单位：县文广局", True), ("主管部门 某市人民政府办公室", True), ("联系我们", True),
    # the role's word before a body that acts
    ("由主管部门县农业农村局督促企业整改", False), ("联系单位区城管局负责清理", False),
    ("由行业主管部门市住建局牵头整治", False), ("由联系部门县民政局督促落实", False),
])
def test_the_role_word_is_no_furniture(words: str, furniture: bool) -> None:
    from tracker.extract import classify

    verdict = classify.judge(words, past_context=False, has_target=False, ahead=False, bound=False)
    assert (verdict.kind is None) == furniture, verdict


def test_a_title_body_the_opening_writes_in_full_takes_that_name() -> None:
    # (the document's own words win over the title's short form)
    text = ("区水利局2025年工作计划\n2025年，通州区水利局将以高质量发展为目标。\n"
            "一、重点任务\n年内新建污水处理厂3座。\n")
    assert _bodies(text, "污水") == ["通州区水利局"]
