"""PDF files with a text layer (pypdf): pages joined, broken lines rejoined."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader
from pypdf.errors import PdfReadError, PyPdfError

from tracker.ingest.encoding import plausibility
from tracker.ingest.errors import UnreadableContent
from tracker.ingest.limits import MAX_PDF_PAGE_CONTENT, Deadline

# pypdf logs every repair it makes to a damaged file; the reader reports what matters
# (a page it could not read, a file it cannot open) itself, and the command line sends
# pypdf's own lines to the log file (cli.quiet_library_warnings), not the terminal.
from tracker.ingest.result import Extracted

# A page with fewer visible characters than this has no usable text layer.
MIN_CHARS_PER_PAGE = 5
# Below this share of ordinary characters the extracted text is probably mojibake.
GARBLED_BELOW = 0.5
# A line this much shorter than the page's full lines ends its paragraph.
SHORT_LINE_RATIO = 0.8

_SENTENCE_FINAL = "。！？；：”’」』）)…!?;:"
_NEW_ITEM = re.compile(
    r"^(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]\D|第[一二三四五六七八九十百\d]+[章节条款部分]"
    r"|[①-⑳]|[•●▪◦‣∙■◆]|附件|[A-Za-z][.、]\s)"
)
_PAGE_NUMBER = re.compile(r"^[-—－–\s]*(?:第\s*)?\d+\s*(?:页|/\s*\d+\s*页?)?[-—－–\s]*$")



def _join(previous: str, line: str) -> str:
    if previous[-1:].isascii() and previous[-1:].isalnum() and line[:1].isascii() and line[:1].isalpha():
        return f"{previous} {line}"
    return previous + line


def rejoin_lines(lines: list[str]) -> list[str]:
    """Rejoin a page's lines into paragraphs.

    Chinese PDFs break lines anywhere. A line is continued by the next when it does not
    end with sentence-final punctuation, is about as long as the page's full lines, and
    the next line does not start a new item (一、 （二） 3. 第五条 ①…).
    """
    lines = [line.strip() for line in lines]
    lines = [line for line in lines if line and not _PAGE_NUMBER.match(line)]
    if not lines:
        return []
    full_width = sorted(len(line) for line in lines)[int(len(lines) * 0.9)]
    paragraphs = [lines[0]]
    previous_line = lines[0]  # the last physical line, whose length shows a paragraph end
    for line in lines[1:]:
        continues = (
            previous_line[-1] not in _SENTENCE_FINAL
            and len(previous_line) >= SHORT_LINE_RATIO * full_width
            and not _NEW_ITEM.match(line)
        )
        if continues:
            paragraphs[-1] = _join(paragraphs[-1], line)
        else:
            paragraphs.append(line)
        previous_line = line
    return paragraphs


def _open(data: bytes) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableContent("encrypted PDF: needs a password")
        _ = len(reader.pages)
    except UnreadableContent:
        raise
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise UnreadableContent(f"corrupt or truncated PDF ({exc})") from exc
    return reader


def read_pdf(data: bytes) -> Extracted:
    """Text of all pages, lines rejoined into paragraphs (also across page breaks);
    refuses scans."""
    deadline = Deadline()
    reader = _open(data)
    lines: list[str] = []
    warnings: list[str] = []
    visible = 0
    too_large = 0
    for number, page in enumerate(reader.pages, start=1):
        deadline.check()
        try:
            contents = page.get_contents()
            size = len(contents.get_data()) if contents is not None else 0
            if size > MAX_PDF_PAGE_CONTENT:
                warnings.append(f"page {number}: skipped, its content is too large "
                                f"({size // (1024 * 1024)} MB)")
                too_large += 1
                continue
            page_text = page.extract_text() or ""
        except Exception as exc:  # noqa: BLE001 - one damaged page should not lose the others
            warnings.append(f"page {number}: text could not be read ({exc})")
            continue
        visible += sum(1 for ch in page_text if not ch.isspace())
        lines.extend(page_text.splitlines())
    if too_large and visible < MIN_CHARS_PER_PAGE * max(1, len(reader.pages) - too_large):
        raise UnreadableContent(
            f"{too_large} page(s) too large to read (over {MAX_PDF_PAGE_CONTENT // 2**20} MB "
            "of drawing instructions each) and no other text")
    if visible < MIN_CHARS_PER_PAGE * max(1, len(reader.pages)):
        raise UnreadableContent("扫描件/no text layer: the PDF holds only images and needs OCR")
    text = "\n".join(rejoin_lines(lines))
    if plausibility(text) < GARBLED_BELOW:
        warnings.append(
            "the text layer looks garbled (fonts without a Unicode map?): check the text, "
            "or run OCR on the PDF"
        )
    title = None
    try:
        meta = reader.metadata
        title = (meta.title or "").strip() or None if meta else None
    except Exception:  # noqa: BLE001 - damaged metadata: the title is only a hint
        title = None
    return Extracted(text=text, title_hint=title, warnings=warnings)
