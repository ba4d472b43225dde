"""Rich-text rendering of hits: the context with the searched terms highlighted."""

from __future__ import annotations

from html import escape

from tracker.search import Hit

MARK_STYLE = "background-color:#ffe58f;color:#000;font-weight:600"
DIM_STYLE = "color:#6b7280"


def marked_html(text: str, marks: tuple[tuple[int, int], ...]) -> str:
    """`text` as HTML with each [start, end) of `marks` highlighted."""
    out, pos = [], 0
    for start, end in sorted(marks):
        if start < pos:
            continue
        out.append(escape(text[pos:start]))
        out.append(f'<span style="{MARK_STYLE}">{escape(text[start:end])}</span>')
        pos = end
    out.append(escape(text[pos:]))
    return "".join(out)


def hit_html(hit: Hit) -> str:
    """The hit in context, with ellipses where the context was cut."""
    before = "…" if hit.context_start > 0 else ""
    after = "…" if hit.cut_after else ""
    return before + marked_html(hit.context.strip("\u3000"), _shift(hit)) + after


def _shift(hit: Hit) -> tuple[tuple[int, int], ...]:
    lead = len(hit.context) - len(hit.context.lstrip("\u3000"))
    return tuple((s - lead, e - lead) for s, e in hit.marks)


def dim(text: str) -> str:
    return f'<span style="{DIM_STYLE}">{escape(text)}</span>'
