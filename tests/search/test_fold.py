"""The fold: one character for one character, script-, case- and width-insensitive."""

from __future__ import annotations

from hypothesis import given, strategies as st

from tracker.search.fold import fold, fold_sparse, fold_table, spelling_pattern


def test_traditional_and_simplified_fold_to_the_same_text():
    assert fold("生態環境保護") == fold("生态环境保护") == "生态环境保护"
    assert fold("黑臭水體") == "黑臭水体"
    assert fold("碳匯") == fold("碳汇")


def test_case_and_full_width_letters_and_digits_fold():
    assert fold("PM2.5") == fold("pm2.5") == fold("ＰＭ２.５") == "pm2.5"


def test_characters_are_folded_alone_not_by_phrase():
    # OpenCC's phrase table keeps 乾隆 but turns a lone 乾 into 干; the fold is per
    # character, so a query and the text around it always agree.
    assert fold("乾") == fold("乾隆")[0]


def test_ascii_punctuation_only_folds_from_itself():
    for target in fold_table().values():
        assert not (target.isascii() and not target.isalnum())


def test_fold_is_idempotent():
    table = fold_table()
    assert all(fold(v) == v for v in table.values())


@given(st.text())
def test_fold_keeps_the_length(text):
    assert len(fold(text)) == len(text)


@given(st.text(alphabet="生態态環环境黑臭水體体碳匯汇ＡAaｂB1１，。 \n%", max_size=40),
       st.text(alphabet="生態态環环境黑臭水體体碳匯汇ＡAaｂB1１，。 %", min_size=1, max_size=4))
def test_spelling_pattern_finds_exactly_the_folded_occurrences(text, term):
    folded_text, folded_term = fold(text), fold(term)
    expected, start = [], folded_text.find(folded_term)
    while start >= 0:
        expected.append(start)
        start = folded_text.find(folded_term, start + len(folded_term))
    assert [m.start() for m in spelling_pattern(folded_term).finditer(text)] == expected


def _every_character() -> str:
    return "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)


def test_both_ways_of_folding_give_the_table_translation_for_every_character():
    # fold() translates Simplified-looking text run by run and the rest whole
    text = _every_character()
    expected = text.translate(fold_table())
    assert fold_sparse(text) == expected
    assert fold(text) == expected
    assert fold("全市" * 2000 + text[:5000]) == ("全市" * 2000 + text[:5000]).translate(fold_table())


@given(st.text(alphabet=st.sampled_from(sorted({*map(chr, fold_table()), *"全市，。 aZ"}))))
def test_sparse_fold_is_the_translation(text):
    assert fold_sparse(text) == text.translate(fold_table()) == fold(text)
