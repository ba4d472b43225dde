import io
from datetime import date, datetime

import docx

from tests.ingest.pdfmaker import make_pdf
from tracker.domain import DocType, Script
from tracker.ingest import read_bytes, read_path
from tracker.ingest.readers.pdf import rejoin_lines

PAGE = """<!DOCTYPE html><html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>大同市生态环境保护大会召开_城市管理联播网</title>
<meta name="publishdate" content="2023-11-23"></head>
<body><div class="nav">当前位置：首页 &gt; 政民互动</div>
<div class="article"><h1>大同市生态环境保护大会召开</h1>
<p>11月17日，大同市召开全市生态环境保护大会。市委书记出席会议并讲话，他强调，要深入学习贯彻习近平生态文明思想，持续加强生态环境保护，全面推进美丽大同建设。</p>
<p>会议要求，到2025年底前，全市优良天数比例达到80%以上，全面消除劣五类水体，确保如期完成各项整改任务。各级各部门要压实责任，强化督查考核。</p>
<table><tr><td>指标</td><td>目标值</td></tr><tr><td>PM2.5浓度</td><td>35微克/立方米</td></tr></table>
<p>会议以视频形式召开，各县（区）设分会场。</p></div>
<div class="footer">版权所有 城市管理联播网 京ICP备18002603号-98</div></body></html>"""


def test_html_main_text_title_date_charset():
    result = read_bytes(PAGE.encode("gb18030"), "news.html")
    assert result.source_format == "html"
    assert result.encoding == "gb18030"
    lines = result.text.split("\n")
    assert lines[0] == "大同市生态环境保护大会召开"
    assert "指标\t目标值" in lines and "PM2.5浓度\t35微克/立方米" in lines
    assert "当前位置" not in result.text and "ICP" not in result.text
    assert result.title == "大同市生态环境保护大会召开"
    assert result.doc_date == date(2023, 11, 17)  # month-day + year of the page date
    assert result.doc_type is DocType.MEETING_REPORT


def _utf8_page(head: str, body: str) -> bytes:
    return f'<html><head><meta charset="utf-8">{head}</head><body>{body}</body></html>'.encode()


def test_html_without_h1_uses_title_tag_and_meta_date():
    page = _utf8_page(
        '<title>关于印发实施方案的通知 - 某市人民政府</title><meta name="PubDate" content="2024-03-05 10:00">',
        "<p>各区县人民政府：现将《水环境质量提升实施方案》印发给你们，请认真贯彻落实。</p>",
    )
    result = read_bytes(page, "x.htm")
    assert result.title == "关于印发实施方案的通知"
    assert result.doc_date == date(2024, 3, 5)
    assert result.doc_type is DocType.PLAN


def test_html_site_name_in_h1_is_not_the_title():
    page = _utf8_page(
        "<title>关于开展环境整治的通知_某市人民政府</title>",
        "<h1>某市人民政府门户网站</h1><div><h2>关于开展环境整治的通知</h2>"
        "<p>各区县：为改善人居环境，决定开展为期三个月的环境整治行动，请认真组织实施。</p>"
        "<p>整治行动于2024年6月30日前完成，各区县要按时报送工作进展情况。</p></div>",
    )
    result = read_bytes(page, "notice.html")
    assert result.title == "关于开展环境整治的通知"
    assert result.text.split("\n")[0] == "关于开展环境整治的通知"
    assert "门户网站" not in result.text.split("\n")[0]


def _docx_bytes(title: str = "", created: datetime | None = None) -> bytes:
    document = docx.Document()
    document.add_paragraph("江西省人民政府关于加强生态保护的实施意见")
    document.add_paragraph("\u3000\u3000到2025年底前，建成全省统一的GEP核算平台。")
    table = document.add_table(rows=2, cols=3)
    for r, row in enumerate([["任务", "责任单位", "时限"], ["消除劣五类水体", "省生态环境厅", "2025年底前"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    merged = document.add_table(rows=1, cols=2)
    merged.cell(0, 0).merge(merged.cell(0, 1)).text = "合并单元格"
    document.add_paragraph("附件：任务清单。")
    document.core_properties.title = title
    if created:
        document.core_properties.created = created
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_paragraphs_and_tables_in_order():
    result = read_bytes(_docx_bytes(), "plan.docx")
    assert result.text.split("\n") == [
        "江西省人民政府关于加强生态保护的实施意见",
        "到2025年底前，建成全省统一的GEP核算平台。",
        "任务\t责任单位\t时限",
        "消除劣五类水体\t省生态环境厅\t2025年底前",
        "合并单元格",
        "附件：任务清单。",
    ]
    assert result.title == "江西省人民政府关于加强生态保护的实施意见"
    assert result.doc_type is DocType.PLAN
    assert result.issuer == "江西省人民政府"
    assert result.encoding is None


def test_docx_core_properties_are_fallbacks():
    data = _docx_bytes(title="核心标题", created=datetime(2022, 5, 6, 9, 0))
    result = read_bytes(data, "plan.docx")
    assert result.title == "江西省人民政府关于加强生态保护的实施意见"  # text wins
    assert result.doc_date == date(2022, 5, 6)  # no date in the text: created is used


def test_pdf_text_layer_lines_rejoined(tmp_path):
    data = make_pdf([
        ["关于印发整改方案的通知", "一、总体要求", "到2025年底前，全市优良天数比例达到",
         "85%以上。全面消除劣五类水体，建成一", "批示范区，确保如期完成整改任务和各项",
         "工作目标。", "二、重点任务"],
        ["（一）加强监管。", "- 2 -"],
    ])
    path = tmp_path / "plan.pdf"
    path.write_bytes(data)
    result = read_path(path)
    assert result.source_format == "pdf"
    assert result.text.split("\n") == [
        "关于印发整改方案的通知",
        "一、总体要求",
        "到2025年底前，全市优良天数比例达到85%以上。全面消除劣五类水体，建成一批示范区，"
        "确保如期完成整改任务和各项工作目标。",
        "二、重点任务",
        "（一）加强监管。",
    ]
    assert result.doc_type is DocType.RECTIFICATION
    assert result.raw == data


def test_pdf_garbled_text_layer_warns():
    garbled = "".join(chr(0x3400 + 7 * i) for i in range(40))  # rare characters only
    result = read_bytes(make_pdf([[garbled, garbled]]), "odd.pdf")
    assert any("garbled" in w for w in result.warnings)
    clean = read_bytes(make_pdf([["关于加强生态环境保护的通知。"]]), "ok.pdf")
    assert clean.warnings == []


def test_rejoin_keeps_items_and_short_lines_apart():
    lines = [
        "第一条 为了保护和改善生态环境，制定本条", "例。",
        "第二条 本条例适用于本省行政区域内各类开发", "建设活动。",
        "短标题", "第三条 省人民政府统一领导。",
    ]
    assert rejoin_lines(lines) == [
        "第一条 为了保护和改善生态环境，制定本条例。",
        "第二条 本条例适用于本省行政区域内各类开发建设活动。",
        "短标题",
        "第三条 省人民政府统一领导。",
    ]
    assert rejoin_lines(["Green development is the", "main goal here."]) == [
        "Green development is the main goal here."
    ]


def test_traditional_txt_detected(tmp_path):
    path = tmp_path / "trad.txt"
    path.write_bytes("市政府關於加強生態環境保護的決定\n全面推進綠色發展，確保如期完成整改。".encode("big5"))
    result = read_path(path)
    assert result.script is Script.TRADITIONAL
    assert result.encoding == "big5"
    assert result.doc_type is DocType.DECISION
