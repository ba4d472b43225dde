"""A sweep of lists of named programmes closed by a count whose noun carries words of its
own (session bound15): 全面推进A工程、B工程、C工程等十项人代会票决产生的重点民生实事项目 /
实施A行动、B行动、C行动等5个市级重点惠民行动 / 推进A项目、B项目、C项目等8个年度重大项目.

A list closed by its count (等九大行动, session 11s) is one act over the set the text counts,
quoted whole. The count's noun may be modified (等十项人代会票决产生的重点民生实事项目 / 等
5个市级重点惠民行动 / 等8个方面主要任务): the count still closes the list, and the act is
still one record (dev gold U_14 and O_05, like N_09 and P_03). The counter-sweep: a list
closed without a count (等一系列重大工程 / 等重点工程 / 等) is still one record per
programme (pipeline._split_named_list), and a list whose items carry their own quantities
(建设示范县5个、示范村200个) is still one record per item.

Variants: frames (a subject with 要, a bare verb, a numbered item, a sentence with a purpose
after it) × lists of 3 to 5 programmes × closers × Simplified / Traditional × with and
without the final 。.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from datetime import date

from tests.extract.scorer_match import matches
from tests.extract.sweep_kit import s2t
from tracker.extract import suggest

DOC = date(2025, 3, 1)
# the sentence stands in a document (a line alone, a cell, is quoted whole by another rule)
TITLE = "某市2025年民生实事工作方案\n"

ITEMS = ["宜居环境更新工程", "医疗设施提升工程", "城市安全保障工程", "供水设施改造工程",
         "养老设施升级工程", "绿色低碳出行行动", "普惠托育扩容项目", "老旧小区改造工程"]
CN = "零一二三四五六七八九十"
# counts whose noun carries words of its own (the count closes the list all the same)
COUNTED = ["等{n}项人代会票决产生的重点民生实事项目", "等{d}个市级重点惠民工程",
           "等{n}大年度重点民生工程", "等{d}项省级重大示范项目", "等{n}个为民办实事项目",
           "等{d}大惠民行动"]
# closers without a count: each programme is a record of its own
UNCOUNTED = ["等一系列重大工程", "等重点民生工程", "等"]
FRAMES = ["各地各有关部门要全面推进{act}", "全面推进{act}", "（三）扎实推进{act}",
          "今年将实施{act}，切实将民生实事办到群众心坎上"]


def _lists() -> Iterator[tuple[int, list[str]]]:
    for k in range(3, 6):
        for j in range(3):
            yield k, [ITEMS[(j + i) % len(ITEMS)] for i in range(k)]


def _forms(text: str, key: str, items: tuple[str, ...]) -> Iterator[tuple[str, str, str, tuple[str, ...]]]:
    """(form, text, key, items): as written, in Traditional script, without the final 。."""
    t = s2t().convert
    yield "s", TITLE + text + "。", key, items
    yield "t", t(TITLE + text) + "。", t(key), tuple(t(i) for i in items)
    yield "no-stop", TITLE + text, key, items


@functools.cache
def counted_variants() -> tuple[tuple[str, str, str, str, tuple[str, ...]], ...]:
    """(grammar, form, text, the act quoted whole, the items)"""
    out = []
    for k, items in _lists():
        for closer in COUNTED:
            close = closer.format(n=CN[k], d=k)
            body = "、".join(items) + close
            for frame in FRAMES:
                text = frame.format(act=body)
                act = body if not frame.startswith(("各地", "（三）")) else frame.format(act=body)
                act = act.replace("各地各有关部门要", "").replace("（三）", "")
                act = act.split("，")[0]
                for form, t, key, its in _forms(text, act, tuple(items)):
                    out.append((closer.format(n="N", d="N"), form, t, key, its))
    return tuple(out)


@functools.cache
def uncounted_variants() -> tuple[tuple[str, str, str, tuple[str, ...]], ...]:
    """(grammar, form, text, the items, each quoted alone)"""
    out = []
    for _k, items in _lists():
        for closer in UNCOUNTED:
            body = "、".join(items) + closer
            for frame in FRAMES[1:3]:
                text = frame.format(act=body)
                for form, t, _, its in _forms(text, "", tuple(items)):
                    out.append((closer, form, t, its))
    return tuple(out)


def read_counted(text: str, act: str, items: tuple[str, ...]) -> tuple[bool, list[str]]:
    """One suggestion matches the whole act (the scorer's rule) and none is one item alone."""
    sugs = [s for s in suggest(text, DOC) if s.kind != "indicator"]
    at = text.find(act)
    whole = at >= 0 and any(matches((s.start, s.end), (at, at + len(act))) for s in sugs)
    single = any(s.quote.strip("“”") in items for s in sugs)
    return whole and not single, [s.quote for s in sugs]


def read_uncounted(text: str, items: tuple[str, ...]) -> tuple[bool, list[str]]:
    """Every programme matched by a suggestion of its own."""
    sugs = [s for s in suggest(text, DOC) if s.kind != "indicator"]
    ok = True
    for item in items:
        at = text.find(item)
        ok = ok and any(matches((s.start, s.end), (at, at + len(item))) for s in sugs)
    return ok, [s.quote for s in sugs]


if __name__ == "__main__":
    from collections import Counter

    tally: Counter = Counter()
    shown = 0
    for grammar, form, text, act, items in counted_variants():
        ok, got = read_counted(text, act, items)
        tally[("counted", grammar, form, ok)] += 1
        if not ok and shown < 15:
            shown += 1
            print("FAIL", text, "->", got)
    for grammar, form, text, items in uncounted_variants():
        ok, got = read_uncounted(text, items)
        tally[("uncounted", grammar, form, ok)] += 1
        if not ok and shown < 30:
            shown += 1
            print("FAIL", text, "->", got)
    for side in ("counted", "uncounted"):
        good = sum(v for k, v in tally.items() if k[0] == side and k[3])
        total = sum(v for k, v in tally.items() if k[0] == side)
        print(f"{side}: {good}/{total}")
        for form in ("s", "t", "no-stop"):
            g = sum(v for k, v in tally.items() if k[0] == side and k[2] == form and k[3])
            n = sum(v for k, v in tally.items() if k[0] == side and k[2] == form)
            print(f"    {form}: {g}/{n}")
