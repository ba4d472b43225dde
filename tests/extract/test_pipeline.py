"""suggest(): fields, offsets, section periods, responsible bodies, duplicates, JSON."""

from datetime import date
from pathlib import Path

import pytest

from tracker.domain import Comparator, Precision
from tracker.extract import commitment_key, suggest, to_json
from tracker.extract.pipeline import KINDS

FIXTURES = Path(__file__).parent / "fixtures"


def _fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def _by_quote(suggestions, words):
    hits = [s for s in suggestions if words in s.quote]
    assert hits, f"no suggestion quotes {words!r}: {[s.quote for s in suggestions]}"
    return hits[0]


def test_quotes_are_exact_slices_even_after_astral_characters():
    text = "𠮷𠮷报告\n𠮷安区要建成区域危险废物集中处置中心。到2027年，建成全市统一的监测平台。"
    out = suggest(text, date(2025, 3, 1))
    assert out
    for s in out:
        assert text[s.start:s.end] == s.quote
    hub = _by_quote(out, "处置中心")
    assert hub.quote == "𠮷安区要建成区域危险废物集中处置中心"
    assert [b.name for b in hub.responsible] == ["𠮷安区"]


def test_traditional_text_is_read_and_quoted_as_written():
    text = "市委書記張三出席會議並講話。他強調，要加快建成全市統一的監測平台。"
    out = suggest(text, date(2025, 3, 1))
    (s,) = out
    assert s.quote == "要加快建成全市統一的監測平台"
    assert text[s.start:s.end] == s.quote


def test_lead_in_time_words_standing_as_a_clause_open_the_quote_of_the_entry_after_them():
    text = "到2027年，建成全市统一的生态环境智慧监测平台，完成老旧管网改造。"
    out = suggest(text, date(2025, 3, 1))
    platform = _by_quote(out, "监测平台")
    assert platform.quote == "到2027年，建成全市统一的生态环境智慧监测平台"
    assert platform.deadline.date == date(2027, 12, 31)
    assert platform.deadline.text == "到2027年" and to_json(platform)["deadline_text"] == "到2027年"
    assert platform.kind == "deadline"
    # the next entry is dated by the same words, which stay out of its quote
    pipes = _by_quote(out, "管网改造")
    assert pipes.quote == "完成老旧管网改造"
    assert pipes.deadline.date == date(2027, 12, 31) and pipes.deadline.text == ""


def test_own_time_words_give_deadline_text_and_kind():
    out = suggest("要在2025年底前出台污水处理提质增效实施方案。", date(2025, 3, 1))
    (s,) = out
    assert s.kind == "deadline"
    assert "2025年底前" in s.deadline.text and s.deadline.text in s.quote
    assert s.deadline.date == date(2025, 12, 31) and s.deadline.precision is Precision.YEAR


def test_work_report_targets_take_the_year_of_their_section_and_results_are_indicators():
    out = suggest(_fixture("work_report.txt"), date(2026, 1, 15))
    past = _by_quote(out, "优良天数比例达到89.2%")
    assert past.kind == "indicator" and past.target.value == 89.2
    growth = _by_quote(out, "地区生产总值增长5%左右")
    assert growth.kind == "target"
    assert growth.deadline.date == date(2026, 12, 31)
    assert growth.target.comparator is Comparator.INCREASE  # 增长 X: by an amount
    assert not any("政治站位" in s.quote or "强大合力" in s.quote for s in out)
    assert all(s.kind == "indicator" for s in out if "比上年" in s.quote)


def test_five_year_plan_chapter_dates_its_targets_at_the_end_of_the_plan():
    out = suggest(_fixture("five_year_plan.txt"), date(2026, 3, 1))
    forest = _by_quote(out, "森林覆盖率提高到43%")
    assert forest.deadline.date == date(2030, 12, 31)
    assert _by_quote(out, "2027年底前").deadline.date == date(2027, 12, 31)
    assert _by_quote(out, "美丽城市基本建成").deadline.date == date(2035, 12, 31)
    # the rules read it as a target (the unit model may still find 累计 too much like a
    # result to suggest it: that is its call, weighed on the corpus)
    rules = suggest(_fixture("five_year_plan.txt"), date(2026, 3, 1), rules_only=True)
    assert _by_quote(rules, "累计完成改造项目200个").kind == "target"


def test_rectification_labels_give_deadline_and_bodies_to_their_item():
    out = suggest(_fixture("rectification.txt"), date(2024, 3, 1))
    sewage = _by_quote(out, "城区生活污水收集率达到90%以上")
    assert sewage.quote == "城区生活污水收集率达到90%以上"  # the label stays out
    assert sewage.deadline.date == date(2024, 12, 31)
    assert sewage.deadline.text == ""  # 整改时限：… is not in the quote
    assert [b.name for b in sewage.responsible] == ["县住房和城乡建设局", "县生态环境局"]
    own = _by_quote(out, "2024年10月底前完工")
    assert own.deadline.date == date(2024, 10, 31)
    mine = _by_quote(out, "编制废弃矿山生态修复实施方案")
    assert mine.deadline.date == date(2025, 6, 30)
    assert [(b.name, b.role.value) for b in mine.responsible] == [
        ("县自然资源局", "lead"), ("各乡镇人民政府", "support")]
    assert _by_quote(out, "严禁在生态保护红线内新设采矿权").kind in ("duty", "deadline")


def test_responsible_defaults_to_the_speakers_body():
    text = ("全省生态环境保护大会召开\n9月14日，全省生态环境保护大会召开。省委书记李四出席大会并讲话。"
            "他强调，要加快建成全省统一的GEP核算平台。各级人民法院要加强生态环境公益诉讼。")
    out = suggest(text, date(2023, 9, 14), region_code="360000")
    platform = _by_quote(out, "GEP核算平台")
    assert [b.name for b in platform.responsible] == ["江西省委"]
    assert platform.region == "江西省"
    court = _by_quote(out, "公益诉讼")
    assert [b.name for b in court.responsible] == ["各级人民法院"]


def test_issuer_passed_in_is_used_when_no_speaker_or_body_is_named():
    out = suggest("加快建成全市统一的监测平台。", issuer="某市生态环境局")
    assert [b.name for b in out[0].responsible] == ["某市生态环境局"]


def test_paragraph_subject_carries_to_its_later_sentences():
    text = "市住建局要牵头推进管网建设。建成污水管网改造工程，完成雨污分流改造。"
    out = suggest(text, issuer="某市人民政府")
    later = _by_quote(out, "雨污分流")
    assert [b.name for b in later.responsible] == ["市住建局"]


def test_a_commitment_repeated_by_a_summary_is_suggested_once_at_the_original():
    body = "实施鄱阳湖总磷污染控制与削减专项行动，持续开展环保赣江行活动。"
    text = f"决定摘要\n根据该文件，{body}\n原文\n一、污染防治\n{body}\n"
    out = suggest(text, date(2024, 1, 26))
    hits = [s for s in out if "总磷" in s.quote]
    assert len(hits) == 1
    assert hits[0].start > text.index("一、污染防治")
    every = suggest(text, date(2024, 1, 26), keep_duplicates=True)
    repeats = [s for s in every if s.duplicate_of is not None]
    assert repeats and all(every[s.duplicate_of].start > s.start for s in repeats)


def test_commitment_key_links_traditional_and_punctuated_variants():
    assert commitment_key("實施“無廢城市”建設。") == commitment_key("实施 无废城市 建设")
    assert commitment_key("生態(tài)環(huán)境") == commitment_key("生态环境")
    assert commitment_key("建成平台") != commitment_key("建成中心")


def test_to_json_has_the_documented_keys_and_plain_values():
    text = "到2027年，优良水体比例达到80%—85%。"
    (s,) = suggest(text, date(2025, 1, 1))
    rec = to_json(s)
    assert set(rec) == {"start", "end", "quote", "kind", "deadline_text", "deadline",
                        "deadline_precision", "metric", "comparator", "value", "unit",
                        "responsible", "region", "confidence", "why"}
    assert rec["value"] == [80.0, 85.0] and rec["unit"] == "%"
    assert "目标" in rec["why"] and "到2027年" in rec["why"]
    assert rec["deadline"] == "2027-12-31" and rec["deadline_precision"] == "year"
    assert rec["kind"] == "target" and 0 <= rec["confidence"] <= 1


@pytest.mark.parametrize("text", ["", "   \n\n", "本站仅提供信息存储空间服务。版权所有。"])
def test_text_without_commitments_gives_nothing(text):
    assert suggest(text) == []


def test_region_is_the_division_a_clause_opens_with_else_the_documents():
    text = "赣州市要建成区域危险废物集中处置中心。实施鄱阳湖总磷污染控制与削减专项行动。"
    hub, lake = suggest(text, region_code="360000")
    assert (hub.region_code, hub.region) == ("360700", "江西省赣州市")
    assert (lake.region_code, lake.region) == ("360000", "江西省")


@pytest.mark.parametrize("name", ["work_report.txt", "rectification.txt", "five_year_plan.txt"])
def test_every_fixture_suggestion_is_well_formed(name):
    text = _fixture(name)
    out = suggest(text, date(2026, 1, 15))
    assert out
    assert [s.start for s in out] == sorted(s.start for s in out)
    for s in out:
        assert s.kind in KINDS
        assert text[s.start:s.end] == s.quote
        assert 0 < s.confidence <= 1
        if s.kind == "target":
            assert s.target is not None and s.target.comparator is not None


def test_implementation_plan_preamble_semicolons_and_lead_support_roles():
    out = suggest(_fixture("implementation_plan.txt"), date(2022, 5, 1))
    assert not any("本方案" in s.quote for s in out)  # the preamble's purpose sentence
    water = _by_quote(out, "地表水国控断面水质优良比例达到80%")
    assert water.deadline.date == date(2025, 12, 31)  # 到2025年 carries past the ；
    diesel = _by_quote(out, "柴油货车污染治理专项行动")
    assert [(b.name, b.role.value) for b in diesel.responsible] == [
        ("市生态环境局", "lead"), ("市公安局", "support"), ("市交通运输局", "support")]
    assert diesel.kind == "deliverable"
    county = _by_quote(out, "应急预案")
    assert [b.name for b in county.responsible] == ["各县（区）"]
    assert county.deadline.date == date(2023, 6, 30) and county.kind == "deadline"
    inspect = _by_quote(out, "专项督查")
    assert [b.name for b in inspect.responsible] == ["市委督查室"]
    issued = _by_quote(out, "燃煤锅炉淘汰任务")
    assert [b.name for b in issued.responsible] == ["某市人民政府"]


def test_meeting_news_issuer_results_and_a_semicolon_list_of_items():
    out = suggest(_fixture("meeting_news.txt"), date(2024, 3, 5))
    assert {b.name for s in out for b in s.responsible} == {"县生态环境局"}
    assert [s.kind for s in out if "2023年" in s.quote or "同比" in s.quote] == \
        ["indicator", "indicator"]
    station = _by_quote(out, "自动监测站")
    assert station.deadline.date == date(2024, 6, 30)
    water = _by_quote(out, "Ⅲ类")
    assert water.deadline.date == date(2024, 12, 31)  # the chain's 2024年, not 二是's 6月底前
    assert not any("表彰" in s.quote for s in out)


def test_inline_labels_serve_their_own_paragraph_only():
    text = ("二、整改措施\n（一）城区污水直排问题。新建污水管网18公里。责任单位：县住建局；"
            "完成时限：2024年10月底前。\n（二）矿山修复滞后问题。编制废弃矿山生态修复实施方案。"
            "责任单位：县自然资源局；完成时限：2025年6月底前。")
    pipes, mine = suggest(text, date(2024, 3, 1))
    assert [b.name for b in pipes.responsible] == ["县住建局"]
    assert pipes.deadline.date == date(2024, 10, 31)
    assert [b.name for b in mine.responsible] == ["县自然资源局"]
    assert mine.deadline.date == date(2025, 6, 30)


def test_two_targets_joined_by_he_are_two_suggestions_but_one_metric_stays_whole():
    both = suggest("力争实现生态工业示范园区创建全覆盖和县(市、区)生态示范创建全覆盖。")
    assert [s.quote for s in both] == ["力争实现生态工业示范园区创建全覆盖", "县(市、区)生态示范创建全覆盖"]
    assert all(s.target.comparator is Comparator.FULL for s in both)
    # one metric list stays whole: one quote, each measure its own target on it
    pair = suggest("PM2.5和PM10浓度分别下降10%和8%。")
    assert {s.quote for s in pair} == {"PM2.5和PM10浓度分别下降10%和8%"}
    assert [(s.pair, s.target.value) for s in pair] == [(0, 10.0), (1, 8.0)]


def test_a_list_of_named_programmes_gives_one_suggestion_each():
    text = "方案提出碳达峰十大行动，包括能源绿色低碳转型行动、节能降碳增效行动、工业领域碳达峰行动。"
    quotes = [s.quote for s in suggest(text, date(2025, 1, 1))]
    assert quotes[-3:] == ["能源绿色低碳转型行动", "节能降碳增效行动", "工业领域碳达峰行动"]


def test_targets_still_ahead_in_a_report_of_progress_stay_targets():
    text = ("截至2022年底已完成整改1275项\n"
            "该省提出，到2025年底，全区空气质量优良天数比率达到90.7%，森林覆盖率达到23.5%。")
    out = suggest(text, date(2023, 2, 15))
    kinds = {s.quote: s.kind for s in out}
    assert kinds["到2025年底，全区空气质量优良天数比率达到90.7%"] == "target"
    assert kinds["森林覆盖率达到23.5%"] == "target"
