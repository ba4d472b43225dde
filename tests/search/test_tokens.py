"""The short index's input: every run's adjacent pairs, then its last character.

short_tokens builds it with whole-text operations in C; these tests hold it to the
definition written out one run at a time."""

from __future__ import annotations

import re

from hypothesis import given, strategies as st

from tracker.search.tokens import is_token_char, short_tokens

_RUN = re.compile(r"[^\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+")  # ASCII non-alphanumerics split


def by_definition(folded: str) -> str:
    out: list[str] = []
    for match in _RUN.finditer(folded):
        run = match.group()
        if len(run) > 1:
            out.append(" ".join(run[i:i + 2] for i in range(len(run) - 1)))
        out.append(run[-1])
    return " ".join(out)


def test_pairs_then_the_last_character_of_each_run():
    assert short_tokens("碳汇林") == "碳汇 汇林 林"
    assert short_tokens("pm2.5浓度下降10%。") == "pm m2 2 5浓 浓度 度下 下降 降1 10 0 。"
    assert short_tokens("a") == "a"
    assert short_tokens("") == ""
    assert short_tokens(" ,\n.") == ""
    assert short_tokens("\x01甲\x01\x01乙丙 ") == "甲 乙丙 丙"


def test_the_run_class_is_the_tokenizers():
    # the definition's run is what FTS5's ascii tokenizer keeps together
    assert all(bool(_RUN.fullmatch(chr(c))) == is_token_char(chr(c)) for c in range(0x300))


# Text made of what matters: ASCII separators (the \x01 the code uses as a mark among
# them), letters and digits, Chinese and full-width punctuation, characters outside the
# BMP and lone surrogates.
_ALPHABET = st.sampled_from(list(" \x00\x01\n.,%-_~\x7fa1Z碳汇林，。　𠮷") + ["\ud800"])


@given(st.text(alphabet=_ALPHABET, max_size=60))
def test_agrees_with_the_definition_on_hard_characters(text):
    assert short_tokens(text) == by_definition(text)


@given(st.text())
def test_agrees_with_the_definition_on_any_text(text):
    assert short_tokens(text) == by_definition(text)
