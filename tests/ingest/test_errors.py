import io
import os
import zipfile

import docx
import pytest
from pypdf import PdfWriter

from tests.ingest.pdfmaker import make_pdf
from tracker.ingest import IngestError, read_bytes, read_path

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 32


def _zip(**members: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _blank_pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _docx() -> bytes:
    buffer = io.BytesIO()
    d = docx.Document()
    d.add_paragraph("正文。")
    d.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\r\n ", "empty file"),
        ("image.txt", PNG, "PNG image"),
        ("photo.html", JPEG, "JPEG image"),
        ("nul.txt", b"abc\x00\x01\x02\xff\xfe\x00\x00\x9c\x00", "NUL bytes"),
        ("archive.txt", _zip(a=b"x"), "ZIP archive"),
        ("noise.txt", bytes(range(128, 256)) * 4 + b"\x80\xff", "not text"),
        ("scan.pdf", _blank_pdf(), "no text layer: the PDF holds only images and needs OCR"),
        ("scan2.pdf", make_pdf([[], []]), "needs OCR"),
        ("cut.pdf", make_pdf([["整改方案。"]])[:60], "corrupt or truncated PDF"),
        ("fake.pdf", b"just text, not a pdf", "not a PDF file"),
        ("image.pdf", PNG, "not a PDF file: the content is a PNG image"),
        ("zip.docx", _zip(**{"readme.txt": b"hello"}), "not a Word document"),
        ("cut.docx", _docx()[:200], "corrupt Word document"),
        ("old.docx", b"\xd0\xcf\x11\xe0" + b"\x00" * 100, "old binary Office file"),
        ("text.docx", "正文".encode(), "not a DOCX file"),
        ("junk.docx", _zip(**{"word/document.xml": b"<not xml"}), "corrupt Word document"),
        ("furniture.txt", "阅读 1234\n京ICP备12345678号".encode(), "no document text"),
        ("head.html", b"<html><head><title>x</title></head><body></body></html>", "no document text"),
        ("notes.md", b"# hi", "unsupported file type '.md'"),
        ("noext", b"hi", "unsupported file type '(none)'"),
    ],
)
def test_bad_input_gives_clear_error(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    for call in (lambda: read_path(path), lambda: read_bytes(data, name)):
        with pytest.raises(IngestError) as info:
            call()
        assert reason in info.value.reason
        assert info.value.path.name == name
        assert str(info.value).startswith(str(info.value.path)) and reason in str(info.value)


def test_missing_file(tmp_path):
    with pytest.raises(IngestError, match="file not found") as info:
        read_path(tmp_path / "gone.txt")
    assert info.value.path == tmp_path / "gone.txt"


def test_directory(tmp_path):
    folder = tmp_path / "looks.txt"
    folder.mkdir()
    with pytest.raises(IngestError, match="is a folder"):
        read_path(folder)
    with pytest.raises(IngestError, match="is a folder"):
        read_path(tmp_path)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_permission_denied(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text("正文。", encoding="utf-8")
    path.chmod(0)
    try:
        with pytest.raises(IngestError, match="permission denied"):
            read_path(path)
    finally:
        path.chmod(0o644)


def test_permission_denied_reported_even_as_root(tmp_path, monkeypatch):
    path = tmp_path / "locked.docx"
    path.write_bytes(b"x")

    def refuse(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(type(path), "read_bytes", refuse)
    with pytest.raises(IngestError, match="permission denied") as info:
        read_path(path)
    assert info.value.path == path


def test_other_os_errors_named(tmp_path, monkeypatch):
    path = tmp_path / "flaky.txt"
    path.write_bytes(b"x")

    def fail(self):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(type(path), "read_bytes", fail)
    with pytest.raises(IngestError, match="cannot be read \\(Input/output error\\)"):
        read_path(path)
