"""The cheap tests that spare a costly scan (a character every match holds) skip no match:
over every clause and every document head of the corpus, a pattern that matches also
passes its hint. A hint written beside its pattern must follow it when the pattern grows
(a new word after the subject, a new post before a speaker's name): these fail then."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tracker.extract import classify, issuer

ROOT = Path(__file__).resolve().parents[2]
TEXTS = sorted((ROOT / "tests" / "corpus").glob("*/docs/*.txt")) \
    + sorted((ROOT / "tests" / "extract" / "fixtures").glob("*.txt"))
_CUT = re.compile(r"[，,。；;：:！？!?\n]")


@pytest.fixture(scope="module")
def clauses() -> list[str]:
    out = []
    for path in TEXTS:
        out += [c.strip().lstrip("要并还") for c in _CUT.split(path.read_text(encoding="utf-8"))]
    return [c for c in out if c]


def test_every_subject_found_holds_a_character_of_its_hint(clauses):
    found = [c for c in clauses if classify.SUBJECT.match(c)]
    assert len(found) > 50  # the corpus names subjects: the check below is not empty
    assert [c for c in found if classify._SUBJECT_HINT.search(c) is None] == []


@pytest.mark.parametrize("word", ["要", "应当", "应", "必须", "须", "需", "负责", "牵头", "将于", "适时"])
def test_each_word_after_a_subject_passes_the_hint(word):
    assert classify.subject_of(f"各乡镇人民政府{word}完成整治") == "各乡镇人民政府"


def test_every_speaker_found_holds_a_post_of_its_hint():
    heads = [path.read_text(encoding="utf-8")[:issuer.HEAD_LINES] for path in TEXTS]
    heads += ["市委书记张三出席会议并讲话", "省委常委、大同市委书记李四主持会议", "县长王五强调"]
    found = [h for h in heads if issuer.SPEAKER.search(h)]
    assert len(found) >= 3
    assert [h for h in found if issuer._SPEAKER_HINT.search(h) is None] == []
