"""Hostile and broken files for the drills: builders shared by the tests and the bench."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

GOOD = "关于推进城市更新的实施方案\n到2025年底，完成老旧小区改造120个。\n由市住建局牵头负责。\n"


def docx_bytes(text: str = GOOD) -> bytes:
    """A minimal Word document holding `text`, one paragraph a line."""
    body = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in text.splitlines())
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"><Default Extension="rels" ContentType="'
                   'application/vnd.openxmlformats-package.relationships+xml"/><Default '
                   'Extension="xml" ContentType="application/xml"/><Override PartName="/word/'
                   'document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                   'wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.'
                   'org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
                   'schemas.openxmlformats.org/officeDocument/2006/relationships/'
                   'officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml",
                   '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.'
                   f'org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>')
    return buf.getvalue()


def zip_with_unknown_method(data: bytes, method: int = 99) -> bytes:
    """The same ZIP with every member's compression method set to `method` (zipfile then
    raises NotImplementedError when a member is read)."""
    out = bytearray(data)
    for sig, offset in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        start = 0
        while (i := out.find(sig, start)) != -1:
            out[i + offset:i + offset + 2] = method.to_bytes(2, "little")
            start = i + 4
    return bytes(out)


def docx_bomb(unpacked_mb: int = 300) -> bytes:
    """A Word document whose ZIP directory declares `unpacked_mb` MB of content."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        src = zipfile.ZipFile(io.BytesIO(docx_bytes()))
        for info in src.infolist():
            z.writestr(info.filename, src.read(info.filename))
        chunk = b"\0" * (1024 * 1024)
        with z.open("word/media/blob.bin", "w", force_zip64=True) as fh:
            for _ in range(unpacked_mb):
                fh.write(chunk)
    return buf.getvalue()


def hostile_folder(folder: Path) -> dict[str, str]:
    """Fill `folder` with good files and hostile entries; returns {entry name: what it is}
    for the hostile ones (each must come back as an error line naming it)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "good1.txt").write_text(GOOD, encoding="utf-8")
    (folder / "good2.docx").write_bytes(docx_bytes(GOOD.replace("120", "130")))
    # a GBK file name (国家规划.txt) as a Windows ZIP archive leaves it: not UTF-8
    gbk = os.fsencode(folder) + b"/" + "国家规划".encode("gbk") + b".txt"
    with open(gbk, "wb") as fh:
        fh.write(GOOD.replace("120", "140").encode("utf-8"))
    bad = {}
    (folder / "method99.docx").write_bytes(zip_with_unknown_method(docx_bytes(GOOD + "甲")))
    bad["method99.docx"] = "unsupported ZIP compression"
    (folder / "bomb.docx").write_bytes(docx_bomb(300))
    bad["bomb.docx"] = "unpacks too large"
    (folder / "x.docx").mkdir()
    bad["x.docx"] = "a folder"
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "pipe.txt")
        bad["pipe.txt"] = "a FIFO"
    if Path("/dev/zero").exists():
        (folder / "zero.txt").symlink_to("/dev/zero")
        bad["zero.txt"] = "a link to a device"
    outside = folder.parent / "outside-secret.txt"
    outside.write_text("机密：不应导入。\n", encoding="utf-8")
    (folder / "secret.txt").symlink_to(outside)
    bad["secret.txt"] = "a link out of the folder"
    return bad


# ---------------------------------------------------------------- ledgers

LEDGER_HEADER = ["承诺内容", "牵头单位", "完成时限", "状态"]


def xlsx_bytes(rows: int = 3) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(LEDGER_HEADER)
    for i in range(rows):
        ws.append([f"到2025年底完成第{i}项任务", "市住建局", "2025-12-31", "未开始"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def rezip(data: bytes, change) -> bytes:
    """The ZIP with each member passed through change(name, data) (None drops it)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            new = change(info.filename, src.read(info.filename))
            if new is not None:
                out.writestr(info.filename, new)
    return buf.getvalue()


def damaged_xlsx() -> dict[str, bytes]:
    """Damaged workbooks, by what is wrong with them."""
    good = xlsx_bytes()
    sheet = "xl/worksheets/sheet1.xml"
    out = {}
    # zlib: the sheet's deflate stream overwritten in the middle
    raw = bytearray(good)
    i = raw.find(sheet.encode()) + len(sheet) + 20
    raw[i:i + 40] = b"\xff" * 40
    out["zlib"] = bytes(raw)
    out["truncated_zip"] = good[: len(good) // 2]
    out["xml_parse"] = rezip(good, lambda n, d: b"<worksheet><sheetData><row>" if n == sheet
                             else d)
    out["no_sheet1"] = rezip(good, lambda n, d: None if n == sheet else d)
    out["bad_cell_refs"] = rezip(good, lambda n, d: d.replace(b'r="A1"', b'r="!!99x"')
                                 .replace(b'r="B2"', b'r="ZZZZZZZ99999999999"') if n == sheet
                                 else d)
    out["chart_sheet_first"] = rezip(good, lambda n, d: d.replace(
        b'<sheet name="Sheet" sheetId="1" r:id="rId1"/>',
        b'<sheet name="Chart1" sheetId="2" r:id="rId9"/><sheet name="Sheet" sheetId="1" '
        b'r:id="rId1"/>') if n == "xl/workbook.xml" else d.replace(
        b"</Relationships>", b'<Relationship Id="rId9" Type="http://schemas.openxmlformats.org'
        b'/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/>'
        b"</Relationships>") if n == "xl/_rels/workbook.xml.rels" else d)
    bomb = (b'<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/'
            b'spreadsheetml/2006/main"><cellXfs count="900000">'
            + b'<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>' * 400_000
            + b"</cellXfs></styleSheet>")
    out["styles_bomb"] = rezip(good, lambda n, d: bomb if n == "xl/styles.xml" else d)
    out["not_zip"] = b"this is not a workbook at all\n" * 10
    out["empty"] = b""
    return out
