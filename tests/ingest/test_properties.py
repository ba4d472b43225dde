"""Property tests: any input either reads or fails with IngestError, never a traceback."""

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.ingest import IngestError, normalise_text, read_bytes

CJKISH = st.text(
    alphabet=st.sampled_from(list("生态环境保护（）()ǎàlǜ，。：\n\u3000 •阅读1234ICP备A+版权所有abc")),
    max_size=200,
)


@settings(max_examples=200, deadline=None)
@given(CJKISH)
def test_normalise_is_idempotent_and_keeps_no_blank_lines(text):
    once = normalise_text(text)
    assert normalise_text(once) == once
    assert "\n\n" not in once and not once.startswith("\n") and not once.endswith("\n")


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400), st.sampled_from(["a.txt", "a.html", "a.docx", "a.pdf"]))
def test_arbitrary_bytes_never_crash(data, name):
    try:
        result = read_bytes(data, name)
    except IngestError as exc:
        assert exc.reason and name in str(exc)
    else:
        assert result.raw == data and result.text


@settings(max_examples=60, deadline=None)
@given(st.binary(min_size=1, max_size=200))
def test_damaged_pdf_never_crashes(tail):
    data = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + tail
    try:
        read_bytes(data, "x.pdf")
    except IngestError as exc:
        assert "x.pdf" in str(exc)


MARKUP = st.text(
    alphabet=st.sampled_from(list("<>/=\"' abcdhtmlpbodyitle生态环境。！&;#x\n")) | st.characters(),
    max_size=300,
)


@settings(max_examples=150, deadline=None)
@given(MARKUP)
def test_arbitrary_markup_never_crashes(markup):
    try:
        result = read_bytes(markup.encode("utf-8", "surrogatepass"), "page.html")
    except IngestError as exc:
        assert "page.html" in str(exc)
    else:
        assert result.text
