"""The search-box language: spaces AND, OR and |, -word and NOT, quotes, parentheses."""

from __future__ import annotations

import pytest

from tracker.search.query import And, Not, Or, QueryError, Term, parse_query, positive_terms


@pytest.mark.parametrize("text, tree", [
    ("碳汇", Term("碳汇")),
    ("碳汇 林业", And((Term("碳汇"), Term("林业")))),
    ("碳汇　林业", And((Term("碳汇"), Term("林业")))),          # ideographic space
    ("碳汇 AND 林业", And((Term("碳汇"), Term("林业")))),
    ("碳汇 OR 林业", Or((Term("碳汇"), Term("林业")))),
    ("碳汇|林业", Or((Term("碳汇"), Term("林业")))),
    ("碳汇 ｜ 林业", Or((Term("碳汇"), Term("林业")))),
    ("生态 -煤炭", And((Term("生态"), Not(Term("煤炭"))))),
    ("生态 NOT 煤炭", And((Term("生态"), Not(Term("煤炭"))))),
    ('"生态 环境"', Term("生态 环境")),
    ("“碳达峰 碳中和”", Term("碳达峰 碳中和")),
    ("「河长制」", Term("河长制")),
    ('"OR"', Term("OR")),
    ("a b OR c", Or((And((Term("a"), Term("b"))), Term("c")))),
    ("(碳汇 OR 林业) 湿地", And((Or((Term("碳汇"), Term("林业"))), Term("湿地")))),
    ("（碳汇 OR 林业）湿地", And((Or((Term("碳汇"), Term("林业"))), Term("湿地")))),
    ("PM2.5-10", Term("PM2.5-10")),                       # a hyphen inside a word is text
    ("or", Term("or")),                                   # operators are upper case only
])
def test_parse(text, tree):
    assert parse_query(text) == tree


@pytest.mark.parametrize("text, tree", [
    ('"生态 环境', Term("生态 环境")),                      # unclosed quote runs to the end
    ("(碳汇 OR 林业", Or((Term("碳汇"), Term("林业")))),    # unclosed parenthesis
    ("碳汇) 林业", And((Term("碳汇"), Term("林业")))),      # stray parenthesis ignored
    ("OR 碳汇", Term("碳汇")),
    ("碳汇 OR", Term("碳汇")),
    ("碳汇 -", And((Term("碳汇"), Term("-")))),
])
def test_forgiving_parse(text, tree):
    assert parse_query(text) == tree


def test_blank_query_is_none():
    assert parse_query("") is None
    assert parse_query("   ") is None
    assert parse_query('""') is None


def test_a_query_that_only_excludes_is_refused_with_a_message():
    with pytest.raises(QueryError, match="only excludes"):
        parse_query("-碳汇")


def test_positive_terms_skip_excluded_words():
    assert positive_terms(parse_query("生态 -煤炭 (碳汇 OR 林业) NOT -湿地")) == [
        "生态", "碳汇", "林业", "湿地"]
