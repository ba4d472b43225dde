"""Traditional → Simplified folding that keeps code-point offsets (OpenCC 't2s')."""

from __future__ import annotations

import functools
import re

import opencc

from tracker.geo import t2s_changing


@functools.cache
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def shared_converter() -> opencc.OpenCC:
    """The process's one t2s converter (building one reads OpenCC's tables, a few tens of
    milliseconds; ingest shares it)."""
    return _converter()


def to_simplified(text: str) -> str:
    """Simplified text of the same length as `text`, so offsets carry over unchanged.

    The whole text is converted at once (OpenCC's phrase tables give the best result); in
    the rare case a phrase changes length, each character is converted on its own instead.
    """
    if text.isascii():
        return text
    out = _done.get(text)
    if out is None:
        # (a text holding no character t2s can change, most Simplified texts, is as it is)
        out = text if _CHANGING is not None and _CHANGING.search(text) is None else _convert(text)
        if len(_done) >= _DONE_MAX:
            _done.clear()
        _done[text] = out
    return out


# The characters without which t2s leaves a text as it is (tools/gen_t2s_changing.py reads
# them from OpenCC's dictionaries), used only with the OpenCC they were read from. Those
# beyond the BMP are stood for by any character beyond it (rare in the texts read): a class
# holding them is matched by trying its ranges one by one at each place, where one of BMP
# characters only is a bitmap looked up once.
_CHANGING = re.compile("[" + re.escape("".join(c for c in t2s_changing.CHARS if ord(c) <= 0xFFFF))
                       + "]|[\U00010000-\U0010FFFF]") \
    if t2s_changing.OPENCC_VERSION == getattr(getattr(opencc.clib, "opencc_clib", None), "__version__", None) \
    else None

# The texts converted lately, with what they gave: a document's head is converted by the
# region guess and again by the place finder, a clause's bodies each time they are named.
_done: dict[str, str] = {}
_DONE_MAX = 512


def _convert(text: str) -> str:
    conv = _converter()
    out = conv.convert(text)
    if len(out) == len(text):
        return out
    chars = []
    for ch in text:
        c = conv.convert(ch)
        chars.append(c if len(c) == 1 else ch)
    return "".join(chars)
