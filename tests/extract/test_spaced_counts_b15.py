"""A list whose items each carry their own count is one record per item (pipeline.
_split_counted), also when the text, taken from a PDF, holds a space between the number and
its measure word (建立 一百 处X、500 处Y) and when the count is in Chinese numerals. A sweep:
counts (digits / Chinese numerals) × spacing × verbs × Simplified / Traditional × with and
without the final 。; the counter-sweep keeps a list of counted objects after a coverb (对
一百 所学校、两 所医院实施改造) and a list closed by a shared act whole (session bound15: spaced variants split 0/36 before, 36/36 after; tight ones 36/36
both; counter-sweep 32/32 both)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from tests.extract.scorer_match import matches
from tests.extract.sweep_kit import s2t
from tracker.extract import suggest

DOC = date(2025, 3, 1)
TITLE = "某市2025年生态环境保护工作要点\n"
VERBS = ["建立", "新建", "建成", "创建"]
FIRSTS = [("一百", "100"), ("两", "2"), ("三十", "30")]
SECOND = ("500", "生态保育小区", "处")


def _split_cases() -> Iterator[tuple[str, str, str, str]]:
    """(name, text, first item, second item): each a record of its own."""
    for verb in VERBS:
        for cn, _ in FIRSTS:
            for gap in (" ", ""):
                first = f"{verb}{gap}{cn}{gap}处生物多样性保护示范区"
                second = f"{SECOND[0]}{gap}{SECOND[2]}{SECOND[1]}"
                # (a clause among others of the sentence, apart by ；, as plans list targets)
                body = f"森林覆盖率达到45%；{first}、{second}；建设生态清洁小流域600平方公里"
                for form, text, a, b in (("s", body + "。", first, second),
                                         ("t", s2t().convert(body) + "。", s2t().convert(first),
                                          s2t().convert(second)),
                                         ("no-stop", body, first, second)):
                    yield f"{verb}/{cn}/{'spaced' if gap else 'tight'}/{form}", TITLE + text, a, b


def _whole_cases() -> Iterator[tuple[str, str, str]]:
    """(name, text, the act): one record over the counted list."""
    for cn, _ in FIRSTS:
        for gap in (" ", ""):
            for body in (f"对{gap}{cn}{gap}所学校、{gap}5{gap}所医院实施节能改造",
                         f"完成{gap}{cn}{gap}个小区、{gap}3{gap}条街巷改造"):
                for form, text, act in (("s", body + "。", body), ("t", s2t().convert(body) + "。",
                                        s2t().convert(body))):
                    yield f"{body[:2]}/{cn}/{'spaced' if gap else 'tight'}/{form}", TITLE + text, act
    # (two more forms without the final 。)
    for cn, _ in FIRSTS[:2]:
        for gap in (" ", ""):
            body = f"对{gap}{cn}{gap}所学校、{gap}5{gap}所医院实施节能改造"
            yield f"no-stop/{cn}/{gap!r}", TITLE + body, body
            body = f"完成{gap}{cn}{gap}个小区、{gap}3{gap}条街巷改造"
            yield f"no-stop2/{cn}/{gap!r}", TITLE + body, body


def _quotes(text: str) -> list[tuple[int, int, str]]:
    return [(s.start, s.end, s.quote) for s in suggest(text, DOC) if s.kind != "indicator"]


def split_ok(text: str, a: str, b: str) -> bool:
    got = _quotes(text)
    ia, ib = text.find(a), text.find(b)
    # two suggestions, one for each item (the scorer pairs a suggestion with one record)
    for_a = {k for k, (s, e, _) in enumerate(got) if matches((s, e), (ia, ia + len(a)))}
    for_b = {k for k, (s, e, _) in enumerate(got) if matches((s, e), (ib, ib + len(b)))}
    return bool(for_a) and bool(for_b) and len(for_a | for_b) >= 2


def whole_ok(text: str, act: str) -> bool:
    at = text.find(act)
    return any(matches((s, e), (at, at + len(act))) for s, e, _ in _quotes(text))


@pytest.mark.parametrize(("name", "text", "a", "b"), list(_split_cases()))
def test_each_counted_item_is_a_record(name: str, text: str, a: str, b: str) -> None:
    assert split_ok(text, a, b), [q for _, _, q in _quotes(text)]


@pytest.mark.parametrize(("name", "text", "act"), list(_whole_cases()))
def test_one_act_over_a_counted_list_stays_whole(name: str, text: str, act: str) -> None:
    assert whole_ok(text, act), [q for _, _, q in _quotes(text)]


if __name__ == "__main__":
    s = [(n, split_ok(t, a, b)) for n, t, a, b in _split_cases()]
    w = [(n, whole_ok(t, act)) for n, t, act in _whole_cases()]
    spaced = [ok for n, ok in s if "/spaced/" in n]
    print(f"split: {sum(ok for _, ok in s)}/{len(s)} (spaced {sum(spaced)}/{len(spaced)}); "
          f"whole: {sum(ok for _, ok in w)}/{len(w)}")
    for n, ok in s + w:
        if not ok:
            print("FAIL", n)
