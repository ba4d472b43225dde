"""A news item reporting the issue of a text names its issuers before the act
(某省政府办公厅近日印发《…》): the commitments it summarises are theirs."""

import pytest

from tracker.extract.issuer import _publishing_bodies, document_context
from tracker.geo.script import to_simplified


def _issuers(text: str) -> list[str]:
    return [r.name for r in document_context(text, to_simplified(text)).issuer_refs]


@pytest.mark.parametrize(
    ("text", "issuers"),
    [
        ("某省政府办公厅近日印发《乡村建设行动实施方案》，明确到2025年完成治理任务。",
         ["某省政府办公厅"]),
        (("近日，某市生态环境局、某市发展和改革委员会、某市科学技术局等24个部门联合发布了"
          "《攻坚行动方案》。方案指出，到2025年优良天数比率达到80%。"),
         ["某市生态环境局", "某市发展和改革委员会", "某市科学技术局"]),
        ("為做好工作，某市住房城乡建设管理委、市发展改革委出台了《城乡建设领域碳达峰实施方案》。",
         ["某市住房城乡建设管理委", "市发展改革委"]),
        ("某某省政府辦公廳近日印發《行動方案》。", ["某某省政府辦公廳"]),
    ],
)
def test_reported_issuers(text, issuers):
    assert _issuers(text) == issuers


@pytest.mark.parametrize(
    "text",
    [
        "会议强调，要认真贯彻落实《实施方案》，印发《工作要点》。",  # no bodies before the act
        "我市近日印发《行动方案》，提出到2025年完成治理。",  # a place, not a body
    ],
)
def test_no_issuer_from_other_subjects(text):
    assert _publishing_bodies(to_simplified(text), text) == []


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # the deputy secretary who is also the mayor speaks as head of government
        # (by its full name: the text writes no form of the government's name)
        ("全市大会召开\n3月1日，大同市委副书记、市长张三出席会议并讲话。", "大同市人民政府"),
        # a standing member of the province's committee named as the city's secretary
        ("全市大会召开\n11月17日，省委常委、大同市委书记李四出席会议并讲话，市长王五主持。",
         "大同市委"),
    ],
)
def test_speaker_posts(text, issuer):
    assert _issuers(text) == [issuer]


def test_national_scope_without_a_place_is_the_state_councils():
    from tracker.extract.pipeline import suggest

    text = "到2025年，全国重度及以上污染天数比率控制在1%以内，70%以上的地级及以上城市全面消除重污染天气。"
    out = suggest(text, rules_only=True)
    assert out and all([b.name for b in s.responsible] == ["国务院"] for s in out)
