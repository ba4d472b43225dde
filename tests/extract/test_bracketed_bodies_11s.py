"""Bodies whose names hold a note in brackets (各县〔市、区〕政府〔管委会〕 / 各县（市、区）人民
政府), in a role note or label after the measures they answer for, also when the note goes on
after its bodies (…。以下均需各县〔市、区〕政府〔管委会〕落实，不再列出); and bracketed words that
are no label (〔管委会〕) (issue 11, branch resp11s)."""

from __future__ import annotations

import opencc
import pytest

from tracker.extract.bodies import find_bodies
from tracker.extract.pipeline import suggest
from tracker.geo.script import to_simplified

S2T = opencc.OpenCC("s2t").convert

GENERIC = ("各县〔市、区〕政府〔管委会〕", "各县〔市、区〕人民政府", "各县（市、区）政府（管委会）",
           "各乡镇〔街道〕")
LEADS = ("市城市管理局", "市住房和城乡建设局", "县生态环境局")
NOTES = (
    "（责任单位：{a}，{g}）",
    "(责任单位:{a}、{g})",
    "（责任单位：{a}，{g}。以下均需{g}落实，不再列出）",
    "（{a}牵头，{g}负责落实）",
    "（牵头单位：{a}；责任单位：{g}）",
)
TEXT = ("城市管理提升实施方案\n（一）加强环境卫生治理。加强城市道路深度保洁，每日保洁时间一级道路不低于16小时。"
        "持续深化城市清洁行动，消除城市环境盲点死角。{note}\n"
        "（二）推进垃圾分类。确保生活垃圾回收利用率逐年提高。（责任单位：市商务局）\n")


@pytest.mark.parametrize("note", NOTES)
@pytest.mark.parametrize("generic", GENERIC)
@pytest.mark.parametrize("lead", LEADS)
def test_a_note_with_bracketed_bodies_serves_its_measures(note: str, generic: str, lead: str) -> None:
    text = TEXT.format(note=note.format(a=lead, g=generic))
    for words in (text, S2T(text)):
        sugs = [s for s in suggest(words) if "16小时" in to_simplified(s.quote)
                or "盲点死角" in to_simplified(s.quote)]
        assert len(sugs) == 2, words
        for s in sugs:
            assert lead in {to_simplified(r.name) for r in s.responsible}, (s.quote, s.responsible)


@pytest.mark.parametrize(("words", "names"), [
    ("各县〔市、区〕政府负责落实", ["各县〔市、区〕政府"]),
    ("由市城市管理局牵头，各县〔市、区〕人民政府配合", ["市城市管理局", "各县〔市、区〕人民政府"]),
])
def test_tortoise_shell_brackets_in_a_bodys_name(words: str, names: list[str]) -> None:
    assert [b.name for b in find_bodies(words)] == names
