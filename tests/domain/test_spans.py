import pytest

from tracker.domain.spans import Span

TEXT = "前言𠮷𠮷，到2025年底前建成平台。"


def test_span_of_keeps_quote_and_context():
    s = Span.of(TEXT, 5, 15, context=3)
    assert s.quote == "到2025年底前建成"
    assert s.prefix == "𠮷𠮷，" and s.suffix == "平台。"
    assert s.matches(TEXT) and not s.matches("新增。" + TEXT)
    with pytest.raises(ValueError):
        Span.of(TEXT, 3, 200)
