"""The periodic report (通报) as DOCX, in the usual layout of a Chinese official notice:

    标题 (宋体, bold, 二号, centred)
    一、总体情况 — the counts (the overview's), the status chart as a picture and its
       legend table, the lights
    二、逾期未完成事项 — by lead body: （一）省生态环境厅（3项）, then numbered items
    三、临近到期事项 — open commitments due within the warning window
    四、本期办结事项 — achieved during the period
    附件 — the full list as a table

Chinese text gets its font through w:eastAsia (python-docx sets only the Latin name), so
Word and WPS use 黑体/楷体/仿宋/宋体 for it. Nothing exotic: paragraphs, runs, one inline
picture, plain tables with a header row repeated on each page.

The long lists (a report of 100,000 commitments) are written as WordprocessingML text
and put in place of marker paragraphs after python-docx has saved the rest: adding
hundreds of thousands of cells through python-docx's object model would take minutes.
"""

from __future__ import annotations

import io
import os
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from tracker.domain.lights import LIGHT_COLOURS, LIGHT_ORDER, LIGHT_ZH, Light
from tracker.domain.model import Status
from tracker.export.atomic import write_atomically
from tracker.export.chart_png import bar_chart
from tracker.export.labels import STATUS

TITLE_FONT, HEADING_FONT, SUBHEADING_FONT, BODY_FONT, TABLE_FONT = (
    "宋体", "黑体", "楷体", "仿宋", "宋体")
# One colour per status (the overview's palette), for the chart and its legend.
STATUS_COLOURS = {
    Status.NOT_STARTED: "#9aa5b1", Status.ON_TRACK: "#4a8fd9", Status.AT_RISK: "#f2a33a",
    Status.ACHIEVED: "#3e9e55", Status.MISSED: "#d64541", Status.SUPERSEDED: "#9b86c9",
    Status.UNKNOWN: "#d3d3cf",
}
SECTION_TITLES = ("一、总体情况", "二、逾期未完成事项", "三、临近到期事项", "四、本期办结事项")
ANNEX_TITLE = "附件：承诺事项清单"
ANNEX_HEADERS = ("序号", "承诺事项", "牵头单位", "地区", "完成时限", "当前状态", "灯")
NO_BODY = "未明确牵头单位"
_ORDINALS = "一二三四五六七八九十"


@dataclass(slots=True)
class ReportItem:
    quote: str
    lead: str | None
    region: str
    deadline: date | None
    status: Status
    light: Light
    deadline_text: str | None = None
    achieved_on: date | None = None


@dataclass
class ReportData:
    region_name: str
    period_label: str            # 2026年第四季度
    as_of: date
    window: int                  # the lights' warning window (days)
    total: int
    by_status: dict[Status, int]
    by_light: dict[Light, int]
    overdue: int
    achieved_share: float | None
    overdue_items: list[ReportItem] = field(default_factory=list)
    upcoming_items: list[ReportItem] = field(default_factory=list)
    achieved_items: list[ReportItem] = field(default_factory=list)
    annex: Iterable[ReportItem] = ()

    @property
    def title(self) -> str:
        return f"{self.region_name}政策承诺事项落实情况通报（{self.period_label}）"


def chinese_ordinal(n: int) -> str:
    """1 → 一, 12 → 十二, 20 → 二十, 135 → 135 (beyond 99, digits)."""
    if n < 1 or n > 99:
        return str(n)
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _ORDINALS[tens - 1] + "十")
    return head + ("" if ones == 0 else _ORDINALS[ones - 1])


def _day(d: date | None) -> str:
    return f"{d.year}年{d.month}月{d.day}日" if d else ""


def _share(n: int, total: int) -> str:
    return f"{n * 100 / total:.1f}%" if total else "—"


# ---------------------------------------------------------------- WordprocessingML text

# Paragraph styles of the long parts (defined in the document by write_report_docx): the
# font and spacing live in the style, so each paragraph or cell is a few bytes of markup.
ITEM_STYLE, GROUP_STYLE, CELL_STYLE = "ReportItem", "ReportGroup", "ReportCell"


def _para_xml(text: str, style: str = ITEM_STYLE) -> str:
    return (f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>'
            f'<w:r><w:t xml:space="preserve">{_text(text)}</w:t></w:r></w:p>')


_UNWANTED = re.compile(r"[\x00-\x1f]")     # control characters (XML 1.0 forbids most)


def _clean(text: str) -> str:
    """No control characters; lines joined (one search for the usual clean text)."""
    if _UNWANTED.search(text) is None:
        return text
    return _UNWANTED.sub(lambda m: " " if m[0] in "\t\r\n" else "", text)


def _text(text: str) -> str:
    """Cleaned and escaped for w:t."""
    text = _clean(text)
    if "&" in text or "<" in text or ">" in text:
        text = escape(text)
    return text


def _item_line(n: int, item: ReportItem, today: date, what: str) -> str:
    parts = []
    if item.deadline:
        parts.append(f"完成时限：{_day(item.deadline)}")
    elif item.deadline_text:
        parts.append(f"完成时限：{item.deadline_text}")
    if what == "overdue" and item.deadline:
        parts.append(f"已逾期{(today - item.deadline).days}天")
    elif what == "upcoming" and item.deadline:
        left = (item.deadline - today).days
        parts.append("今日到期" if left == 0 else f"剩余{left}天")
    elif what == "achieved" and item.achieved_on:
        parts.append(f"办结日期：{_day(item.achieved_on)}")
    if what != "overdue" and item.lead:
        parts.append(f"牵头单位：{item.lead}")
    if item.region:
        parts.append(f"地区：{item.region}")
    parts.append(f"状态：{STATUS.label(item.status, 'zh')}")
    return f"{n}. {item.quote}（{'；'.join(parts)}）"


def _list_xml(items: Sequence[ReportItem], today: date, what: str, empty: str) -> str:
    if not items:
        return _para_xml(empty)
    return "".join(_para_xml(_item_line(n, item, today, what))
                   for n, item in enumerate(items, start=1))


def _by_body_xml(items: Sequence[ReportItem], today: date) -> str:
    """（一）body（n项）then its items, bodies with most items first (then by name)."""
    if not items:
        return _para_xml("本期无逾期未完成事项。")
    groups: dict[str, list[ReportItem]] = {}
    for item in items:
        groups.setdefault(item.lead or NO_BODY, []).append(item)
    order = sorted(groups, key=lambda b: (b == NO_BODY, -len(groups[b]), b))
    out = []
    for n, body in enumerate(order, start=1):
        out.append(_para_xml(f"（{chinese_ordinal(n)}）{body}（{len(groups[body])}项）",
                             GROUP_STYLE))
        out.append(_list_xml(sorted(groups[body], key=lambda i: (i.deadline or date.max)),
                             today, "overdue", ""))
    return "".join(out)


# twentieths of a point; 8,840 in all: the text width of A4 with the margins below, so
# the dates (2026-12-31) and statuses (逾期未完成) in 五号 fit on one line
_WIDTHS = (640, 2820, 1300, 900, 1400, 1300, 480)


def _cell_xml(text: str, width: int, fill: str | None = None, bold: bool = False) -> str:
    shade = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
    run = (f'<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">{_text(text)}</w:t>'
           "</w:r>" if bold else f'<w:r><w:t xml:space="preserve">{_text(text)}</w:t></w:r>')
    return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shade}</w:tcPr>'
            f'<w:p><w:pPr><w:pStyle w:val="{CELL_STYLE}"/></w:pPr>{run}</w:p></w:tc>')


def _row_template(widths: Sequence[int]) -> str:
    """A body row of the annex as a str.format template: one text per cell, the last
    cell (the light) shaded by {fill}. Widths sit in the header row and the grid."""
    def cell(n: int, shade: str = "") -> str:
        pr = f"<w:tcPr>{shade}</w:tcPr>" if shade else ""
        return (f'<w:tc>{pr}<w:p><w:pPr><w:pStyle w:val="{CELL_STYLE}"/></w:pPr>'
                f'<w:r><w:t xml:space="preserve">{{{n}}}</w:t></w:r></w:p></w:tc>')
    last = len(widths) - 1
    shade = '<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'
    return ("<w:tr>" + "".join(cell(n) for n in range(last)) + cell(last, shade)
            + "</w:tr>")


def _table_xml(headers: Sequence[str], rows: str, widths: Sequence[int]) -> str:
    """A plain table with borders and a header row repeated on every page, over the
    body ``rows`` (already WordprocessingML)."""
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    borders = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                      for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    head = ('<w:tr><w:trPr><w:tblHeader/></w:trPr>'
            + "".join(_cell_xml(h, w, "D9D9D9", True) for h, w in zip(headers, widths))
            + "</w:tr>")
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
            f'<w:tblBorders>{borders}</w:tblBorders><w:tblLayout w:type="fixed"/>'
            f'</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{head}{rows}</w:tbl>')


def _annex_rows_xml(items: Iterable[ReportItem]) -> tuple[str, int]:
    """The annex's body rows and their number."""
    fill = {light: LIGHT_COLOURS[light].lstrip("#").upper() for light in Light}
    word = {light: LIGHT_ZH[light] for light in Light}
    status_words = {s: STATUS.label(s, "zh") for s in Status}
    row = _row_template(_WIDTHS).format
    text = _text
    out = []
    n = 0
    for n, item in enumerate(items, start=1):
        deadline = item.deadline
        out.append(row(n, text(item.quote), text(item.lead) if item.lead else "",
                       text(item.region) if item.region else "",
                       deadline.isoformat() if deadline else text(item.deadline_text or ""),
                       status_words[item.status], word[item.light], fill=fill[item.light]))
    return "".join(out), n


# ---------------------------------------------------------------- the document

def _set_font(run_or_style, font: str, size_pt: float | None = None, bold: bool | None = None
              ) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    f = run_or_style.font
    f.name = font
    if size_pt is not None:
        f.size = Pt(size_pt)
    if bold is not None:
        f.bold = bold
    element = run_or_style.element
    rpr = element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), font)


def _add_styles(doc) -> None:
    """The paragraph styles of the long parts: list items (仿宋 三号, first line indented
    two characters, exact 28 pt lines), group titles (楷体 三号) and table cells (宋体 五号)."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt

    for name, font, size, indent in ((ITEM_STYLE, BODY_FONT, 16, True),
                                     (GROUP_STYLE, SUBHEADING_FONT, 16, True),
                                     (CELL_STYLE, TABLE_FONT, 10.5, False)):
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = doc.styles["Normal"]
        _set_font(style, font, size)
        fmt = style.paragraph_format
        if indent:
            fmt.first_line_indent = Pt(size * 2)
            fmt.line_spacing = Pt(28)
        else:
            fmt.space_before = fmt.space_after = Pt(0)
            fmt.line_spacing = 1.0


def _heading(doc, text: str) -> None:
    """A level-1 heading (the built-in Heading 1 style, so Word's navigation pane lists
    it), in 黑体 三号, black, not numbered."""
    p = doc.add_paragraph(style="Heading 1")
    run = p.add_run(text)
    _set_font(run, HEADING_FONT, 16, False)
    from docx.shared import RGBColor

    run.font.color.rgb = RGBColor(0, 0, 0)


def _body(doc, text: str) -> None:
    from docx.shared import Pt

    p = doc.add_paragraph()
    p.paragraph_format.first_line_indent = Pt(32)
    p.paragraph_format.line_spacing = Pt(28)
    _set_font(p.add_run(text), BODY_FONT, 16)


def _marker(doc, name: str) -> str:
    """A paragraph replaced after saving by the XML of a long list (see the module note)."""
    token = f"@@REPORT-{name}-{os.getpid()}@@"
    doc.add_paragraph(token)
    return token


def overview_sentences(data: ReportData) -> list[str]:
    """The paragraphs of 一、总体情况 (the numbers tests read back)."""
    t = data.total
    statuses = "，".join(f"{STATUS.label(s, 'zh')}{data.by_status.get(s, 0)}项"
                        f"（{_share(data.by_status.get(s, 0), t)}）"
                        for s in Status if data.by_status.get(s, 0))
    share = "—" if data.achieved_share is None else f"{data.achieved_share * 100:.1f}%"
    first = (f"截至{_day(data.as_of)}，{data.region_name}共登记政策承诺事项{t}项，完成率{share}。"
             f"按当前状态：{statuses or '无'}。")
    lights = "，".join(f"{LIGHT_ZH[x]}灯{data.by_light.get(x, 0)}项" for x in LIGHT_ORDER)
    second = (f"按红黄绿灯：{lights}。其中已过完成时限、尚未办结（逾期）{data.overdue}项，"
              f"{data.window}天内到期{len(data.upcoming_items)}项，"
              f"本期（{data.period_label}）办结{len(data.achieved_items)}项。")
    return [first, second]


def write_report_docx(data: ReportData, path: Path) -> int:
    """Write the report; returns the number of commitments in the annex. Written through a
    temporary file: a failure leaves nothing half-written."""
    from docx import Document
    from docx.enum.section import WD_ORIENT  # noqa: F401 - portrait A4, the default
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Cm, Pt

    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    normal = doc.styles["Normal"]
    _set_font(normal, BODY_FONT, 16)
    for name in ("Heading 1",):
        _set_font(doc.styles[name], HEADING_FONT, 16, False)
    _add_styles(doc)
    doc.core_properties.title = data.title
    doc.core_properties.author = ""

    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.space_after = Pt(16)
    _set_font(title.add_run(data.title), TITLE_FONT, 22, True)

    _heading(doc, SECTION_TITLES[0])
    for sentence in overview_sentences(data):
        _body(doc, sentence)
    values = [data.by_status.get(s, 0) for s in Status]
    picture = bar_chart(values, [STATUS_COLOURS[s] for s in Status])
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run().add_picture(io.BytesIO(picture), width=Cm(14.5))
    caption = doc.add_paragraph()
    caption.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _set_font(caption.add_run("图1  承诺事项状态分布（单位：项）"), TABLE_FONT, 10.5, True)
    legend = doc.add_table(rows=1, cols=4)
    legend.alignment = WD_TABLE_ALIGNMENT.CENTER
    legend.style = doc.styles["Table Grid"]
    for cell, text in zip(legend.rows[0].cells, ("颜色", "状态", "数量（项）", "占比")):
        _set_font(cell.paragraphs[0].add_run(text), TABLE_FONT, 10.5, True)
    for status, n in zip(Status, values):
        cells = legend.add_row().cells
        cells[0]._tc.get_or_add_tcPr().append(parse_xml(
            f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto"'
            f' w:fill="{STATUS_COLOURS[status].lstrip("#").upper()}"/>'))
        for cell, text in zip(cells[1:], (STATUS.label(status, "zh"), str(n),
                                          _share(n, data.total))):
            _set_font(cell.paragraphs[0].add_run(text), TABLE_FONT, 10.5)
    cells = legend.add_row().cells
    for cell, text in zip(cells[1:], ("合计", str(data.total), _share(data.total, data.total))):
        _set_font(cell.paragraphs[0].add_run(text), TABLE_FONT, 10.5, True)

    _heading(doc, SECTION_TITLES[1])
    _body(doc, f"截至{_day(data.as_of)}，已过完成时限、尚未办结的事项共{data.overdue}项，"
               "按牵头单位列示如下。")
    overdue_marker = _marker(doc, "OVERDUE")
    _heading(doc, SECTION_TITLES[2])
    _body(doc, f"{data.window}天内（{_day(data.as_of)}起）到期、尚未办结的事项共"
               f"{len(data.upcoming_items)}项，请牵头单位抓紧推进。")
    upcoming_marker = _marker(doc, "UPCOMING")
    _heading(doc, SECTION_TITLES[3])
    _body(doc, f"{data.period_label}办结事项共{len(data.achieved_items)}项。")
    achieved_marker = _marker(doc, "ACHIEVED")

    doc.add_page_break()
    annex_title = doc.add_paragraph()
    _set_font(annex_title.add_run(ANNEX_TITLE), HEADING_FONT, 16)
    annex_marker = _marker(doc, "ANNEX")

    annex_rows, annexed = _annex_rows_xml(data.annex)
    parts = {
        overdue_marker: _by_body_xml(data.overdue_items, data.as_of),
        upcoming_marker: _list_xml(data.upcoming_items, data.as_of, "upcoming",
                                   "本期无临近到期事项。"),
        achieved_marker: _list_xml(data.achieved_items, data.as_of, "achieved",
                                   "本期无办结事项。"),
        annex_marker: _table_xml(ANNEX_HEADERS, annex_rows, _WIDTHS)
        + '<w:p/>',   # a paragraph after the table (Word wants one before the section end)
    }

    def write(temp: Path) -> int:
        buffer = io.BytesIO()
        doc.save(buffer)
        _replace_markers(buffer, temp, parts)
        return annexed

    return write_atomically(Path(path), write)


def _replace_markers(source: io.BytesIO, target: Path, parts: dict[str, str]) -> None:
    """Copy the package, putting each marker paragraph's replacement XML in its place
    (the document part is written piece by piece: the long parts are never joined)."""
    source.seek(0)
    # a low compression level: the annex makes the document part large, and level 1 is
    # several times faster than the default for a few per cent more bytes
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(
            target, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            out = zipfile.ZipInfo(info.filename, date_time=info.date_time)
            out.compress_type = zipfile.ZIP_DEFLATED
            if info.filename != "word/document.xml":
                zout.writestr(out, data)
                continue
            xml = data.decode("utf-8")
            pieces: list[str] = []
            for token, replacement in sorted(parts.items(), key=lambda kv: xml.index(kv[0])):
                at = xml.index(token)
                start = max(xml.rfind("<w:p>", 0, at), xml.rfind("<w:p ", 0, at))
                end = xml.index("</w:p>", at) + len("</w:p>")
                pieces += [xml[:start], replacement]
                xml = xml[end:]
            pieces.append(xml)
            with zout.open(out, "w", force_zip64=True) as handle:
                for piece in pieces:
                    handle.write(piece.encode("utf-8"))


__all__ = [
    "ANNEX_HEADERS",
    "ANNEX_TITLE",
    "SECTION_TITLES",
    "STATUS_COLOURS",
    "ReportData",
    "ReportItem",
    "chinese_ordinal",
    "overview_sentences",
    "write_report_docx",
]
