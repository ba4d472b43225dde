from datetime import date

import pytest

from tracker.domain import DocType
from tracker.ingest import read_bytes, read_path
from tracker.ingest.dates import event_years, full_dates, parse_timestamp, resolve_month_day
from tracker.ingest.metadata import guess_doc_type, guess_metadata
from tracker.ingest.normalise import tidy_lines

# Expected values read off each seed by hand. 000 and 001 give only a month-day
# (9月14日, 2月23日) and no year anywhere in the text, so no date is guessed.
SEEDS = {
    "000": ("全省生态环境保护大会暨美丽江西建设推进会召开", None, DocType.MEETING_REPORT, None),
    "001": ("中央生態環境保護督察整改推進會議暨全市生態環境保護工作會議召開", None,
            DocType.MEETING_REPORT, None),
    "002": ("上级领导在市领导调研全市生态环境工作座谈会上的汇报发言", None, DocType.SPEECH, None),
    "003": ("江西省人民代表大会关于全力打造国家生态文明建设高地的决定", date(2024, 1, 26),
            DocType.DECISION, "江西省人民代表大会"),
    "004": ("大同市生态环境保护大会召开", date(2023, 11, 17), DocType.MEETING_REPORT, "大同市委"),
}


@pytest.mark.parametrize("prefix", sorted(SEEDS))
def test_seed_metadata(seed, prefix):
    result = read_path(seed(prefix))
    assert (result.title, result.doc_date, result.doc_type, result.issuer) == SEEDS[prefix]


def _meta(text: str, **hints):
    return guess_metadata(tidy_lines(text), **hints)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("标题会议召开\n时间:2023-11-23 21:50:29\n11月17日，会议召开。", date(2023, 11, 17)),
        ("标题会议召开\n发布日期：2023年11月23日\n正文没有日期，会议强调要抓好落实。", date(2023, 11, 23)),
        ("标题\n2023/11/23\n会议强调要抓好落实。", date(2023, 11, 23)),
        ("标题\n2024年1月26日，省人大会议通过决定。", date(2024, 1, 26)),
        # month-day before the byline date across a new year: previous year
        ("标题\n发布时间：2024-01-02\n12月30日，全市大会召开。", date(2023, 12, 30)),
        # a year in the title supplies the month-day's year
        ("2023年全省生态环境保护工作会议召开\n9月14日，会议召开。", date(2023, 9, 14)),
        # a deadline year is not the year of the event
        ("全省会议召开\n9月14日，会议要求到2035年基本建成美丽江西。", None),
        ("全省会议召开\n9月14日，会议召开。", None),
        ("讲话稿\n同志们：今年是开局之年，到2035年要基本实现目标。", None),
        # time limits are not the document's date
        ("整改方案\n整改时限：2025年12月31日前\n会议强调要抓好落实。", None),
        ("整改方案\n到2025年12月31日，全面完成整改任务。", None),
        ("会议召开\n2024年1月26日，会议通过决定，要求于2025年6月30日前完成。", date(2024, 1, 26)),
        # closing signature of an official document
        ("关于加强保护的决定\n全文内容如下。\n本决定自公布之日起施行。\n江西省人民政府\n2024年1月26日", date(2024, 1, 26)),
        ("关于加强保护的通知\n全文内容如下。\n某市人民政府\n二〇二三年十二月三十一日", date(2023, 12, 31)),
    ],
)
def test_doc_date(text, expected):
    assert _meta(text).doc_date == expected


def test_date_hint_is_fallback_and_anchor():
    assert _meta("标题\n会议强调要抓好落实。", date_hint=date(2022, 5, 6)).doc_date == date(2022, 5, 6)
    assert _meta("标题\n3月1日，会议召开。", date_hint=date(2022, 5, 6)).doc_date == date(2022, 3, 1)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("全省生态环境保护大会召开", DocType.MEETING_REPORT),
        ("市政府常务会议举行", DocType.MEETING_REPORT),
        ("在全市生态环境保护大会上的讲话", DocType.SPEECH),
        ("在座谈会上的发言", DocType.SPEECH),
        ("新年致辞", DocType.SPEECH),
        ("江西省人民代表大会关于全力打造国家生态文明建设高地的决定", DocType.DECISION),
        ("关于加强生态环境保护的决议", DocType.DECISION),
        ("2024年政府工作报告", DocType.WORK_REPORT),
        ("重庆市生态环境保护“十四五”规划", DocType.PLAN),
        ("水环境质量提升行动方案", DocType.PLAN),
        ("关于全面推进美丽江西建设的实施意见", DocType.PLAN),
        ("关于印发《中央生态环境保护督察反馈意见整改方案》的通知", DocType.RECTIFICATION),
        ("第二轮督察反馈问题整改清单", DocType.RECTIFICATION),
        ("关于督察整改落实情况的报告", DocType.RECTIFICATION),
        ("中央生態環境保護督察整改推進會議召開", DocType.MEETING_REPORT),
        ("市長致辭", DocType.SPEECH),
        ("生态环境保护简报", DocType.OTHER),
    ],
)
def test_doc_type(title, expected):
    assert guess_doc_type(title, []) is expected


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("江西省人民政府关于加强生态保护的通知\n正文。", "江西省人民政府"),
        ("重庆市生态环境局关于印发方案的通知\n正文。", "重庆市生态环境局"),
        ("某市人民代表大会常务委员会关于加强保护的决定\n正文。", "某市人民代表大会常务委员会"),
        ("大会召开\n11月17日，省委常委、大同市委书记出席会议并讲话。", "大同市委"),
        ("全省大会召开\n9月14日，省委书记出席大会并讲话。", None),
        ("大会召开\n会议指出重庆市委书记强调要抓好落实。", None),
        ("通知\n发布机构：江西省生态环境厅\n正文。", "江西省生态环境厅"),
        ("方案\n正文内容很长。\n山西省生态环境厅\n2023年11月23日", "山西省生态环境厅"),
        ("會議召開\n2月23日，重慶市委書記出席會議並講話。", "重慶市委"),
        # a page's source line names the issuer when it is a body, not a site or a paper
        ("工作要点\n来源：某县生态环境局  发布时间：2024-03-04\n正文。", "某县生态环境局"),
        ("任务\n2024-04-12    来源: 某市生态环境局某某分局\n正文。", "某市生态环境局某某分局"),
        ("工作要点\n来源：某某日报  发布时间：2024-03-04\n正文。", None),
        ("工作要点\n来源：某市人民政府网\n正文。", None),
        ("讲话\n湖北省委副书记、省长 王某某\n今天，我们召开大会。", "湖北省人民政府"),
    ],
)
def test_issuer(text, issuer):
    assert _meta(text).issuer == issuer


def test_title_skips_furniture_and_prefers_container_title_when_shown():
    text = "欢迎访问 某某网!\n当前位置：首页 > 要闻\n全市大会召开\n正文。"
    assert _meta(text).title == "全市大会召开"
    assert _meta(text, title_hint="全市大会召开").title == "全市大会召开"
    assert _meta("尊敬的各位领导：\n正文。", title_hint="在大会上的讲话").title == "在大会上的讲话"


def test_date_helpers():
    assert parse_timestamp("Thu, 23 Nov 2023 10:00:00 GMT") == date(2023, 11, 23)
    assert parse_timestamp("2023-11-23T10:00:00+08:00") == date(2023, 11, 23)
    assert parse_timestamp("11月17日") is None
    assert parse_timestamp("2023-02-30") is None
    assert event_years("到2035年 2023年 2025年底前 （2021—2025年） 2022年,全市") == [2023, 2022]
    assert full_dates("二〇二四年一月二十六日 二○二三年十二月三十一日 二〇二三年十月十日") == [
        (0, date(2024, 1, 26)), (12, date(2023, 12, 31)), (25, date(2023, 10, 10))]
    assert resolve_month_day(2, 30, None, 2023) is None
    assert resolve_month_day(3, 1, None, None) is None


def test_read_bytes_metadata_from_txt():
    text = "大同市生态环境保护大会召开\n时间:2023-11-23 21:50:29 来源:某网\n11月17日，大同市委书记出席会议。"
    result = read_bytes(text.encode("utf-8"), "a.txt")
    assert result.doc_date == date(2023, 11, 17)
    assert "时间:" not in result.text  # the byline is metadata, not text
