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
