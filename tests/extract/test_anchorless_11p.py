"""Session 11p (precision against generic exhortations): a unit that only aims at a change
(加强 / 完善 / 推进 / 提升 … and an abstract object) with no anchor of checkability — no
figure, count or ordinal, title or quoted name, end state, list closed by 等, time words,
named thing, facility, place or body as its subject — needs a higher confidence in a whole
document (pipeline.ANCHORLESS_FLOOR); a clause standing alone keeps the floor of 0."""

from __future__ import annotations

import pytest

from tracker.domain import Comparator, Deadline, Precision, Target
from tracker.extract import classify, confidence, pipeline
from tracker.extract.pipeline import Suggestion

CASES = [
    # (clause, nothing to check)
    ("深化农村环境整治", True),
    ("持续提升城市治理现代化水平", True),
    ("健全推进机制", True),
    ("加强民生保障和社会建设", True),
    ("切实改善环境空气质量", True),
    ("进一步深化区域大气污染联防联控", True),
    ("优化产业布局，构建产业生态，加强载体建设", True),
    ("要更大力度推进生态环境治理现代化", True),
    ("大力推动生态产业化和产业生态化", True),
    # a list of named things closed by 等
    ("推进水泥、焦化、玻璃、陶瓷等行业深度治理", False),
    # a figure, a count in Chinese numerals, an ordinal
    ("持续提升空气质量优良天数比例至90%", False),
    ("推进两个示范区建设", False),
    ("加快推进第一轮、第二轮督察反馈问题的整改", False),
    # time words
    ("2025年底前完善监测网络", False),
    ("年内健全河湖长制考核机制", False),
    ("“十五五”期间持续改善生态环境质量", False),
    # a title, a quoted name
    ("推进《生态补偿条例》落实", False),
    ("积极推进“美丽河湖”建设", False),
    # an end state
    ("推动城镇基本公共服务常住人口全覆盖", False),
    ("推进整改问题全部销号", False),
    # a named thing after the verb (NAMED), a facility, a record
    ("强化科创平台", False),
    ("加快推进近零碳示范工程建设", False),
    ("统筹推进岛内居民日用消费品免税店布局", False),
    ("推进乡镇级集中式饮用水水源保护区划定", False),
    ("支持企业建设全省重点实验室", False),
    ("扎实推进确权登记工作", False),
    # a body named as the subject: its duty
    ("市政府督考办要加大督查考核力度", False),
    # no verb of change or care: other rules judge it
    ("建成全省统一的GEP核算平台", False),
    ("实施鄱阳湖总磷污染控制与削减专项行动", False),
    ("生态环境质量持续改善", False),
]


@pytest.mark.parametrize(("clause", "fires"), CASES)
def test_unanchored_aim(clause: str, fires: bool) -> None:
    assert classify.unanchored_aim(clause) is fires


def _sug(quote: str, *, target: Target | None = None,
         deadline: Deadline | None = None) -> Suggestion:
    return Suggestion(start=0, end=len(quote), quote=quote, kind="deliverable",  # type: ignore[arg-type]
                      deadline=deadline, target=target, responsible=[], region_code=None,
                      region=None, confidence=0.7, section=None)


@pytest.mark.parametrize(("quote", "anchorless"), [
    ("深化农村环境整治", True),
    ("深化農村環境整治", True),                       # Traditional, read folded
    ("切實提高改廁質量", True),
    ("加強部門聯動配合", True),
    ("深化杭州市农村环境整治", False),                 # a place named
    ("持续提升鄱阳湖生态环境质量", True),               # a lake is no division
    ("加強《條例》宣傳", False),
])
def test_anchorless_reads_the_quote(quote: str, anchorless: bool) -> None:
    assert pipeline._anchorless(_sug(quote)) is anchorless


def test_a_target_or_own_time_words_anchor_it() -> None:
    target = Target(metric="空气质量", comparator=Comparator.FULL, value=None, unit=None)
    assert not pipeline._anchorless(_sug("持续改善空气质量", target=target))
    due = Deadline(text="年内", date=None, precision=Precision.YEAR)
    assert not pipeline._anchorless(_sug("持续改善空气质量", deadline=due))
    assert pipeline._anchorless(_sug("持续改善空气质量"))


GENERIC = "深化农村环境整治"
CONCRETE = "建成农村生活污水处理设施120座"


def _decided(text: str) -> list[str]:
    units = [_sug(GENERIC), _sug(CONCRETE)]
    units[1].start, units[1].end = 20, 20 + len(CONCRETE)
    kept, _ = pipeline._decide(units, [False, False], text, rules_only=False)
    return [s.quote for s in kept]


def test_a_whole_document_needs_more_of_an_anchorless_unit() -> None:
    # every unit scored sigmoid(1) = 0.73: above the floor, below ANCHORLESS_FLOOR
    confidence.use_weights({"bias": 1.0})
    try:
        assert pipeline.MIN_CONFIDENCE < 0.73 < pipeline.ANCHORLESS_FLOOR
        assert _decided("字" * pipeline.FLOOR_MIN_TEXT) == [CONCRETE]
        # a clause or a cell standing alone keeps what it says
        assert _decided("字" * 20) == [GENERIC, CONCRETE]
        confidence.use_weights({"bias": 3.0})  # 0.95: sure enough
        assert _decided("字" * pipeline.FLOOR_MIN_TEXT) == [GENERIC, CONCRETE]
    finally:
        confidence.use_weights(None)
