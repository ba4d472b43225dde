"""A sweep of counted aims (session 11s): a count of projects, funds' items or tasks that
the text sets out to win (努力争取市县级重点项目4个 / 力争省级重点项目10个 / 谋划储备重大项目50个).

By /work/shared/docs/commitments.md a quantity the issuer commits to reach is a target.
classify.TALLY keeps a bare tally of items under a body (区城管局区政府民生实事项目3个) from
being one; the words of aiming (争取 / 力争 / 谋划 / 储备 …) are not a tally's, they set the
count to reach (dev gold P_17: 努力争取市县级重点项目4个, a core target beside the clause before
it). The phrases are written for the sweep: aims × counted things × layouts (a clause after
another target in a sentence, a numbered item, a cell alone), Simplified and Traditional,
with and without the final 。. A variant passes when a target suggestion matches the aim's
words (the scorer's rule) with its count as the value.

Counter-sweep: the tallies stay no record.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from datetime import date

import opencc
import pytest

from tracker.extract import suggest
from tests.extract.scorer_match import matches, report

DOC = date(2025, 3, 1)
_S2T = opencc.OpenCC("s2t")

AIMS = ["争取", "努力争取", "力争", "全力争取", "积极争取", "谋划储备", "力争落地", "争取落地"]
THINGS = [("市县级重点项目", "4个"), ("省级重点项目", "10个"), ("中央预算内投资项目", "6个"),
          ("专项债券项目", "12个"), ("亿元以上产业项目", "8个"), ("国家级试点任务", "3项")]


def _cases() -> Iterator[tuple[str, str, str, float]]:
    """(grammar, text, the aim's words, its value)"""
    for aim in AIMS:
        for thing, count in THINGS:
            words = f"{aim}{thing}{count}"
            value = float(count[:-1])
            yield aim, f"年内新招引产业项目6个以上，{words}。", words, value
            yield aim, f"年内新招引产业项目6个以上，{words}", words, value
            # (a clause opened by 在… and closed by 以上 is no lead-in of the next: 在…上)
            yield aim, f"在电子元器件制造等领域新招引产业项目6个以上，{words}。", words, value
            yield aim, f"3.{words}", words, value
            yield aim, words, words, value


@functools.cache
def variants() -> tuple[tuple[str, str, str, float], ...]:
    out = []
    for grammar, text, words, value in _cases():
        out.append((grammar, text, words, value))
        out.append((grammar, _S2T.convert(text), _S2T.convert(words), value))
    return tuple(out)


def read(text: str, words: str, value: float) -> tuple[bool, list[str]]:
    sugs = [s for s in suggest(text, DOC) if s.kind != "indicator"]
    at = text.find(words)
    g = (at, at + len(words))
    ok = any(matches((s.start, s.end), g) and s.target is not None and s.target.value == value
             for s in sugs)
    return ok, [s.quote for s in sugs]


GRAMMARS = sorted({v[0] for v in variants()})


@pytest.mark.parametrize("grammar", GRAMMARS)
def test_sweep(grammar: str) -> None:
    wrong = [f"{text} -> {q}" for g, text, words, value in variants() if g == grammar
             for ok, q in [read(text, words, value)] if not ok]
    assert not wrong, "\n".join(wrong[:20])


TALLIES = ["区城管局区政府民生实事项目3个", "其中县交通运输局项目5个", "市住建局牵头事项4项"]


@pytest.mark.parametrize("tally", TALLIES)
def test_tallies_stay_no_record(tally: str) -> None:
    for text in (tally, _S2T.convert(tally)):
        assert not [s for s in suggest(f"一、民生实事项目。{text}。", DOC) if s.kind != "indicator"]


if __name__ == "__main__":
    def _rows():
        for v in variants():
            ok, got = read(v[1], v[2], v[3])
            yield v[0], ok, v[1], got

    report(_rows(), 6)
