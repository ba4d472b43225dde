"""A sweep of where a unit starts and ends (session 11r): the grammar of a sentence that
holds two checkable commitments, or one, × the frames a sentence comes in (a sentence with
。 under three subjects, a numbered list item without 。, the clause alone as a cell) ×
Simplified/Traditional script.

By /work/shared/docs/commitments.md a sentence with two separately checkable commitments
is two records, and a clause that only frames (为…，/ 按照…要求，) is no record. The corpus
conventions (tests/corpus/README.md) quote a clause or sentence, no more: a clause opened by
并/同时 with a verb of its own, or by 确保 with an outcome of its own, starts its own record
(dev gold: 9 records open with 并/同时 against 4 that carry a 并 clause inside; 46 open with
确保 against 2 that carry one). The phrases are written for the sweep, not taken from a
document.

A variant passes when every record it should give is matched by a suggestion of its own,
by the scorer's rule (score_suggestions.matches: the overlap is at least 60 % of the record
and at least 25 % of the suggestion; each suggestion pairs with one record at most).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import opencc
import pytest

from tracker.extract import suggest

DOC = date(2025, 3, 1)
_S2T = opencc.OpenCC("s2t")

# Two commitments each checkable alone: (A, B), B written as the verb phrase that follows.
PAIRS: list[tuple[str, str]] = [
    ("制定水环境质量提升实施方案", "报市政府备案"),
    ("开展入河排污口排查整治", "建立问题整改清单"),
    ("完成12个老旧小区改造", "新增停车位500个"),
    ("对督查发现的问题限期整改", "每月通报整改进展情况"),
    ("建成城镇污水处理厂3座", "实现城镇生活污水全收集"),
    ("组织开展生态环境专项督查", "督促责任单位按期整改到位"),
]
# Outcomes a 确保 clause states after a measure (…，确保X).
OUTCOMES = ["确保完成全年目标任务", "确保问题全部整改销号", "确保12个项目年底前全部开工",
            "确保按期兑现承诺", "确保农村黑臭水体动态清零", "确保如期通过省级验收"]

# How the second commitment is joined to the first: (name, text, the second record's words)
COORDINATIONS = [
    ("并", "{a}，并{b}", "并{b}"),
    ("并及时", "{a}，并及时{b}", "并及时{b}"),
    ("同时", "{a}，同时{b}", "同时{b}"),
    ("并且", "{a}，并且{b}", "并且{b}"),
    ("分号", "{a}；{b}", "{b}"),
]

# A count and its thing, two of them under one verb (V X1、X2 / V X1和X2): two records.
COUNTED: list[tuple[str, str, str]] = [
    ("新建", "污水处理厂3座", "配套管网20公里"),
    ("建立", "一百处生物多样性保护示范区", "500处生态保育小区"),
    ("实施", "165个农村饮水水源保障工程", "25个城乡供水一体化工程"),
    ("改造提升", "两所乡镇卫生院", "三所村卫生室"),
    ("培育", "10家省级专精特新企业", "5家国家级专精特新小巨人企业"),
]
# Only 、: the corpus quotes V X1和X2 whole as often as it splits it (dev gold, 10 against 9
# for 、/和/及 together), so the sweep does not ask for a cut at 和/及.
COUNTED_JOINS = ["、"]

# One commitment however it is dressed: one record, the words given.
ONE: list[tuple[str, str]] = [
    ("分别", "城市和县城生活污水处理率分别达到95%和90%"),
    ("A和B分别", "新建和改造农村公路分别为120公里和80公里"),
    ("介词宾语", "组织省级示范高中与14所县域高中、7所乡镇普通高中实施结对共建"),
    ("介词宾语对", "对50个责任单位、77名责任人实施追责问责"),
    ("共享动名词", "完成20个重点河段、1959个入河排污口整治"),
    ("共享动名词2", "完成12个老旧小区、3条背街小巷改造"),
    ("地名列举", "在城关镇、河口镇、新华乡等3个乡镇开展农村生活污水治理试点"),
    ("括注", "完成老旧小区改造30个（含城区20个、乡镇10个）"),
    ("宾语列举", "建成污水处理厂、垃圾中转站、公共厕所等环境设施120处"),
    ("确保如期", "建成城镇污水处理厂3座，确保如期完成"),
]
# A clause that frames the commitment after it (为…，/ 按照…要求，): one record, the frame
# not needed in it.
FRAMES = ["为加快补齐城乡环境基础设施短板，", "按照省委省政府部署要求，", "围绕全面推进科学绿化目标，"]

SUBJECTS = ["", "市生态环境局", "各县（市、区）要"]


@dataclass(frozen=True)
class Variant:
    grammar: str
    frame: str
    script: str
    text: str
    records: tuple[str, ...]


def _framed(body: str, first: str, rest: tuple[str, ...]) -> Iterator[tuple[str, str, tuple[str, ...]]]:
    """(frame, text, records): *body* as a sentence under each subject, a numbered item
    without 。, and alone as a cell. The subject belongs to the first record."""
    for k, who in enumerate(SUBJECTS):
        yield f"sentence{k}", f"{who}{body}。", (who + first, *rest)
    yield "item", f"1.{body}", (first, *rest)
    yield "cell", body, (first, *rest)


def _cases() -> Iterator[tuple[str, str, str, tuple[str, ...]]]:
    for name, pattern, second in COORDINATIONS:
        for a, b in PAIRS:
            body = pattern.format(a=a, b=b)
            for frame, text, recs in _framed(body, a, (second.format(b=b),)):
                yield f"{name}:{a}", frame, text, recs
    for a, _ in PAIRS:
        for o in OUTCOMES[:3]:
            for frame, text, recs in _framed(f"{a}，{o}", a, (o,)):
                yield f"确保:{a}:{o}", frame, text, recs
    for verb, x, y in COUNTED:
        for join in COUNTED_JOINS:
            for frame, text, recs in _framed(f"{verb}{x}{join}{y}", verb + x, (y,)):
                yield f"计数{join}:{verb}{x}", frame, text, recs
    for name, body in ONE:
        for frame, text, recs in _framed(body, body, ()):
            yield f"一条:{name}", frame, text, recs
    for lead in FRAMES:
        for a, _ in PAIRS:
            for frame, text, recs in _framed(lead + a, a, ()):
                if frame.startswith("sentence") and frame != "sentence0":
                    continue  # a subject before the frame is not how the frame is written
                yield f"框架:{lead}", frame, text, recs


@functools.cache
def variants() -> tuple[Variant, ...]:
    out = []
    for grammar, frame, text, recs in _cases():
        out.append(Variant(grammar, frame, "s", text, recs))
        out.append(Variant(grammar, frame, "t", _S2T.convert(text),
                           tuple(_S2T.convert(r) for r in recs)))
    return tuple(out)


def _matches(s: tuple[int, int], g: tuple[int, int]) -> bool:
    """score_suggestions.matches: ≥ 60 % of the record, ≥ 25 % of the suggestion."""
    ov = max(0, min(s[1], g[1]) - max(s[0], g[0]))
    return ov >= 0.6 * (g[1] - g[0]) and ov >= 0.25 * (s[1] - s[0])


def read(v: Variant) -> tuple[bool, list[str]]:
    """(every record matched by a suggestion of its own, the quotes suggested)."""
    sugs = [s for s in suggest(v.text, DOC) if s.kind != "indicator"]
    spans = [(s.start, s.end) for s in sugs]
    taken: set[int] = set()
    pos = 0
    for rec in v.records:
        at = v.text.find(rec, pos)
        assert at >= 0, (rec, v.text)
        g = (at, at + len(rec))
        pos = at
        best = max((i for i, sp in enumerate(spans) if i not in taken and _matches(sp, g)),
                   key=lambda i: min(spans[i][1], g[1]) - max(spans[i][0], g[0]), default=None)
        if best is None:
            return False, [s.quote for s in sugs]
        taken.add(best)
    return True, [s.quote for s in sugs]


def sweep() -> tuple[int, int, list[tuple[Variant, list[str]]]]:
    failed = []
    for v in variants():
        ok, quotes = read(v)
        if not ok:
            failed.append((v, quotes))
    return len(variants()) - len(failed), len(variants()), failed


GRAMMARS = sorted({v.grammar.split(":")[0] for v in variants()})

# Variants that still fail, by grammar: known gaps, not wanted behaviour (at 11r: 586 of 738
# pass; before the rules of 11r, 438).
# - 并/同时/并且 (28 each): a second commitment that the rules hold weak alone (并报市政府备案,
#   并实现城镇生活污水全收集: rule confidence 0.45, under grouping.WEAK) still joins the measure
#   before it. Keeping it apart whatever its confidence was tried: dev 5-fold CV recall 0.875 ->
#   0.872, precision 0.835 -> 0.833, leave-one-set-out 0.868 -> 0.866: the corpus quotes such
#   short appendages inside the record before as often as apart.
# - 市生态环境局开展X，并Y。/ …；Y。 (4 in each of 分号, 并, 同时, 并且, 并及时; 8 in 确保): a
#   body and a bare verb with no modal (要/将) read as a report of what was done, not a task.
# - 确保完成全年目标任务 alone (item and cell frames, and the Traditional 確保完成全年目標任務 in
#   sentences): turned down (an aim with no object of its own); as a lone item, the suggestion
#   before it is then quoted whole. In sentences it is a clause of its own only when the model
#   puts it over the floor: the refit after merging with cls11r's rules (main, 11r) puts six
#   more of its sentence variants under it (确保 134 -> 128 with the same rules), the refit of
#   session 11s four more (128 -> 124).
# - 改造提升两所乡镇卫生院、三所村卫生室 (10): the second item, with no verb and no digit, is
#   turned down alone.
KNOWN_GAPS: dict[str, int] = {"分号": 4, "同时": 28, "并": 28, "并且": 28, "并及时": 8, "确保": 56,
                              "计数、": 10}


@pytest.mark.parametrize("grammar", GRAMMARS)
def test_sweep(grammar: str) -> None:
    wrong = []
    for v in variants():
        if v.grammar.split(":")[0] != grammar:
            continue
        ok, quotes = read(v)
        if not ok:
            wrong.append(f"{v.frame}/{v.script}: {v.text} -> {quotes}")
    assert len(wrong) <= KNOWN_GAPS.get(grammar, 0), "\n".join(wrong[:20])


if __name__ == "__main__":
    passed, total, failed = sweep()
    from collections import Counter
    by = Counter(v.grammar.split(":")[0] for v, _ in failed)
    per = Counter(v.grammar.split(":")[0] for v in variants())
    for g in sorted(per):
        print(f"{g:<10} {per[g] - by[g]:>4}/{per[g]}")
    print(f"all {passed}/{total}")
    import sys
    if "-v" in sys.argv:
        for v, q in failed:
            print(f"FAIL {v.grammar} {v.frame}/{v.script}: {v.text}\n     want {v.records}\n     got  {q}")


# grouping.further: the openings of a further commitment, and the look-alikes that are not
@pytest.mark.parametrize(("words", "opens"), [
    ("并报市政府备案", True),
    ("并于每季度末向市政府报告进展情况", True),
    ("并且建立问题整改清单", True),
    ("同时对领导干部进行追责问责", True),
    ("确保完成全年目标任务", True),
    ("确保12个项目年底前全部开工", True),
    ("确保按期兑现承诺", True),
    ("确保如期完成", False),      # only the bound of the measure before it
    ("确保按时完成到位", False),
    ("确保到位", False),
    ("确保2026年完成", False),
    ("确保年底前全面完成", False),
    ("并重", False),
    ("并举推进", False),
    ("并网发电项目建成投运", False),
    ("并非一日之功", False),
    ("同时", False),             # a discourse word set off alone
    ("加强日常跟踪督办", False),
])
def test_further(words: str, opens: bool) -> None:
    from tracker.extract.grouping import further

    assert further(words) is opens
    assert further(_S2T.convert(words)) is opens


# pipeline._split_counted: a list of counted things is two records, unless it is the object
# of one act (a coverb before it, or an action noun closing it)
@pytest.mark.parametrize(("text", "records"), [
    ("新建污水处理厂3座、配套管网20公里。", 2),
    ("建立一百处生物多样性保护示范区、500处生态保育小区。", 2),
    ("新增43个低空飞行器起降点、58条低空飞行航线。", 2),
    ("组织省级示范高中与14所县域高中、7所乡镇普通高中实施结对共建。", 1),
    ("对50个责任单位、77名责任人实施追责问责。", 1),
    ("完成20个重点河段、1959个入河排污口整治。", 1),
    ("完成12个老旧小区、3条背街小巷改造。", 1),
    ("城市和县城生活污水处理率分别达到95%、90%。", 1),
])
def test_counted_list(text: str, records: int) -> None:
    for t in (text, _S2T.convert(text)):
        # (the measures of a list after 分别 are suggestions of their own on one quote,
        # pipeline._pair_companions: one record of the words, as the counted list is)
        got = list(dict.fromkeys(s.quote for s in suggest(t, DOC) if s.kind != "indicator"))
        assert len(got) == records, got
