"""How likely a suggestion is right: a small logistic model over what the rules saw.

The rules give each suggestion its kind, fields and a first confidence; this module turns
those into a probability that a reader would register it, with weights fitted on the dev
part of the project's annotated corpus (tools/train_confidence.py writes them to
confidence.json beside this file). Without the weights file the rules' own confidence is
kept. Nothing is downloaded; the model is a dot product. Besides the rules' signals it
weighs the unit's character 1–2-grams (in Simplified script, each place name one sign),
and it also scores the units the rules turned down (``rejected``), so that the pipeline
can take up those it finds likely right.
"""

from __future__ import annotations

import itertools
import json
import math
import operator
import re
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from tracker.domain.model import SuggestionKind
from tracker.extract import classify
from tracker.extract.fold import INLINE_PINYIN
from tracker.extract.screen import needs, screened
from tracker.geo import Gazetteer
from tracker.geo.script import to_simplified

if TYPE_CHECKING:
    from collections.abc import Callable

    from tracker.domain import Target
    from tracker.extract.pipeline import Suggestion

WEIGHTS = "confidence.json"


def features(s: Suggestion, *, heading: int, in_row: bool, numbered: bool,
             with_grams: bool = True, with_clauses: bool = True) -> dict[str, float]:
    """The signals the model weighs, each a number (most are 0 or 1); the character
    n-grams of the quote (``c:…``) unless *with_grams* is false, the clause signals
    (:func:`_clause_signals`, the dearest to read) unless *with_clauses* is false."""
    t, d = s.target, s.deadline
    n = len(s.quote)
    f = {
        "bias": 1.0,
        "rules": s.confidence,
        "kind=" + s.kind: 1.0,  # (an f-string formats the enum through Python code)
        "comparator": float(t is not None and t.comparator is not None),
        "value": float(t is not None and t.value is not None),
        "unit": float(t is not None and bool(t.unit)),
        "dated": float(d is not None and d.date is not None),
        "own_time_words": float(d is not None and bool(d.text)),
        "section_heading": float(0 < heading <= 3),
        "line_item": float(heading > 3),
        "table_row": float(in_row),
        "numbered": float(numbered),
        "short": float(n < 8),
        "long": float(n > 60),
        "length": min(n, 80) / 80,
        "named_body": float(bool(s.responsible) and "人民政府" not in s.responsible[0].name),
        "why_actor": float("责任主体" in s.why),
        "digit": float(_DIGIT.search(s.quote) is not None),
        "hard_verb": float(_HARD.search(s.quote) is not None),
        "soft_verb": float(_SOFT.search(s.quote) is not None),
        "soft_opening": float(_SOFT_OPENING.match(s.quote) is not None),
        "system_words": float(_SYSTEM.search(s.quote) is not None),
        "named_thing": float(_NAMED.search(s.quote) is not None),
        "clauses": min(s.quote.count("，") + s.quote.count(","), 4) / 4,
        "list_of_three": float(s.quote.count("、") >= 2),
        "past_words": float(_PAST.search(s.quote) is not None),
        "intent": float(_INTENT.search(s.quote) is not None),
        "full_stop": float(s.quote.rstrip().endswith(("。", "；", ";"))),
    }
    if with_clauses:
        f.update(_clause_signals(s.quote))
    if s.rejected:
        f[f"rejected={s.rejected}"] = 1.0
    if with_grams:
        keys = gram_keys(s.quote)
        weight = 1.0 / math.sqrt(len(keys)) if keys else 0.0
        for k in keys:
            f["c:" + k] = weight
    return f


def _clause_signals(quote: str) -> dict[str, float]:
    """What the clause rules see in the quote's own words (classify.py), as numbers: the
    model weighs them also for the units the rules turned down. Each is 0 or 1 (the
    screen of score_at_least() counts on it)."""
    text = quote.strip()
    return {
        "verb_first": float(classify.ACTION.match(text) is not None),
        "verb_late": float(classify.ACTION_LATE.match(text) is not None),
        "verb_any": float(classify._ANY_VERB.search(text) is not None),
        "exhortation": float(classify.is_exhortation(text)),
        "looks_past": float(classify.looks_past(text)),
        "concrete": float(classify.CONCRETE.search(text) is not None),
        "named_subject": float(classify.subject_of(text) is not None),
        "prohibition": float(classify.PROHIBITION.search(text) is not None),
        "recurring": float(classify.RECURRING.search(text) is not None),
        "abstract_head": float(classify.abstract_head(text)),
        "state_change": float(classify.STATE_CHANGE.match(text) is not None),
        "slogan_only": float(classify.SLOGAN_ONLY.match(text) is not None),
        "four_by_four": float(classify.FOUR_BY_FOUR.match(text) is not None),
        "stance": float(_STANCE_CUE.search(text) is not None and classify.STANCE.search(text) is not None),
        "bare_short": float(classify.bare_short(text)),
    }


_STANCE_CUE = needs(classify.STANCE)  # (a quick test first: most quotes hold none of its words)
_FOLD = str.maketrans("0123456789０１２３４５６７８９", "0000000000" * 2)
_FOLDED_DIGIT = re.compile("[1-9０-９]")  # the characters _FOLD changes

# A place name in the n-grams: one document's places teach nothing about the next, and a
# weight on 金华 or 亳州 means nothing elsewhere (no policy text writes this sign)
PLACE = "⌂"
# inline pinyin of a repost (環(huán)境): the same words as without it


def _plain(quote: str) -> str:
    words = quote.strip()
    if "(" in words:
        words = INLINE_PINYIN.sub("", words)
    return to_simplified(words)


def _masked(words: str, named: bool = False) -> str:
    spans = _places(words, named)
    if not spans:
        return words
    parts = []
    at = 0
    for a, b in spans:
        parts.append(words[at:a])
        parts.append(PLACE)
        at = b
    parts.append(words[at:])
    return "".join(parts)


def names_place(words: str) -> bool:
    """Whether *words* (Simplified) name a place (:func:`_places`)."""
    return bool(_places(words))


def _may_name(words: str, pairs: set[str]) -> bool:
    """Whether the name of a division is in *words* (*pairs*: its 2-grams): for most
    units none is, and find() is dearer."""
    heads = _names_by_head()
    if heads.keys().isdisjoint(pairs):
        return False  # (most units: no division's name opens with any pair of their words)
    return any(name in words for pair in heads.keys() & pairs for name in heads[pair])


def _places(words: str, named: bool = False) -> list[tuple[int, int]]:
    """The spans of the place names in *words*, in order: those the gazetteer recognises
    (full names, provinces, short names beside a cue), and the bare short names listed
    beside another place name (温州、湖州、嘉兴 / 淮北、亳州、宿州): a list of places names
    places, where a bare short name standing alone may be a word (新建, 资源, 振兴).
    *named*: _may_name() was found true of *words* already."""
    if not named and not _may_name(words, set(map(operator.add, words, words[1:]))):
        return []
    spans = [(m.start, m.end) for m in Gazetteer.default().find(words)]
    if "、" not in words:
        return spans
    names = set(spans)
    for i, ch in enumerate(words):
        if ch == "、":
            before = _name_at(words, i, spans, ending=True)
            after = _name_at(words, i + 1, spans, ending=False)
            if before is not None and after is not None:
                names.update((before, after))
    out: list[tuple[int, int]] = []
    for a, b in sorted(names):
        if not out or a >= out[-1][1]:
            out.append((a, b))
    return out


def _name_at(words: str, at: int, spans: list[tuple[int, int]], *,
             ending: bool) -> tuple[int, int] | None:
    """The span of a place name ending (*ending*) or beginning at *at*, the longest."""
    for a, b in spans:
        if (b if ending else a) == at:
            return a, b
    names = _names()
    for n in (4, 3, 2):
        a, b = (at - n, at) if ending else (at, at + n)
        if a >= 0 and b <= len(words) and words[a:b] in names:
            return a, b
    return None


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    return Gazetteer.default().names()


@lru_cache(maxsize=1)
def _names_by_head() -> dict[str, tuple[str, ...]]:
    """The divisions' names by their first two characters."""
    out: dict[str, list[str]] = {}
    for name in _names():
        out.setdefault(name[:2], []).append(name)
    return {k: tuple(v) for k, v in out.items()}


def gram_keys(quote: str) -> set[str]:
    """The character 1–2-grams of the quote's words (:func:`_plain`: Simplified, no inline
    pinyin; each place name one PLACE sign, :func:`_masked`) (3-grams fit the dev part
    no better; digits folded to 0, places to PLACE, marks of its start and end: ^加快 /
    完成$); in the model each weighs 1/√n, so that long quotes do not outweigh the rest."""
    words = _plain(quote)
    if _FOLDED_DIGIT.search(words):  # translate() builds the string anew, char by char
        words = words.translate(_FOLD)  # (no division's name has a digit)
    words = "^" + words + "$"
    pairs = set(map(operator.add, words, words[1:]))
    if _may_name(words, pairs):  # (^ and $ open and close no name: true of the words)
        words = "^" + _masked(words[1:-1], named=True) + "$"
        pairs = set(map(operator.add, words, words[1:]))
    keys = set(words)
    keys.update(pairs)
    keys.discard("^")
    keys.discard("$")
    return keys


_DIGIT = screened(r"[0-9０-９]|[一二三四五六七八九十百千万]+(?:个|项|家|座|条|所|处|亩|公里)")
_DIGIT_CUE = needs(_DIGIT)
_HARD = re.compile(r"完成|建成|实现|达到|淘汰|关停|出台|制定|印发|新建|创建|开工|投运|消除|清零|控制在|不低于|不超过")
_SOFT = re.compile(r"推进|推动|加强|强化|深化|完善|健全|促进|提升|加快|加大|着力|积极|持续|优化|探索|鼓励|引导|支持")
_SOFT_OPENING = re.compile(r"^(?:大力|深入|积极|持续|不断|进一步|全面|扎实|着力|切实|加快|有序|稳妥|统筹)")
_SYSTEM = re.compile(r"体系|机制|制度|格局|能力|水平|模式|路径")
_NAMED = re.compile(r"《|“|工程|项目|平台|行动|方案|规划|试点|示范区|基地|中心|公园")
_PAST = re.compile(r"已|了|累计|同比|首次|获批")
_INTENT = re.compile(r"要|将|力争|确保|争取|务必|必须|到\d{4}年|前完成|年底前")


_override: list[dict[str, float] | None] = []


def use_weights(table: dict[str, float] | None) -> None:
    """Score with *table* instead of the stored weights (cross-validation fits one per fold);
    ``use_weights(None)`` goes back to the stored ones."""
    _override[:] = [table] if table is not None else []


def weights() -> dict[str, float] | None:
    return _override[0] if _override else _stored()


@lru_cache(maxsize=1)
def _stored() -> dict[str, float] | None:
    try:
        raw = resources.files("tracker.extract").joinpath(WEIGHTS).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return None
    table: dict[str, float] = json.loads(raw)["weights"]
    return table


class _Table:
    """What scoring needs of one table of weights, worked out once: the n-gram weights
    by the n-gram itself, and the most the clause signals (each 0 or 1) can add."""

    def __init__(self, w: dict[str, float]) -> None:
        self.w = w
        self.grams = {k[2:]: v for k, v in w.items() if k.startswith("c:")}
        self.clause_ceiling = sum(max(0.0, w.get(k, 0.0)) for k in _clause_signals("建成"))
        # the most the kind of a suggestion can add, whatever it turns out to be
        self.kind_ceiling = max(w.get("kind=" + k, 0.0) * 1.0 for k in _KINDS)
        # the n-gram term of the quotes scored lately (a unit ruled out by its ceiling
        # while the pipeline reads it is scored again when it is not)
        self.gram_terms: dict[str, float | None] = {}

    def gram_term(self, quote: str) -> float | None:
        """What the quote's n-grams add to z (None: the quote has none)."""
        term = self.gram_terms.get(quote, _MISSING)
        if term is _MISSING:
            keys = gram_keys(quote)
            term = sum(map(self.grams.get, keys, _ZEROS)) / math.sqrt(len(keys)) if keys else None
            if len(self.gram_terms) >= _GRAM_TERMS:
                self.gram_terms.clear()
            self.gram_terms[quote] = term
        return term  # type: ignore[return-value]


_KINDS = tuple(k.value for k in SuggestionKind)
_MISSING = object()
_GRAM_TERMS = 4096


_tables: list[_Table] = []


def _table(w: dict[str, float]) -> _Table:
    if not _tables or _tables[0].w is not w:
        _tables[:] = [_Table(w)]
    return _tables[0]


def _dot(f: dict[str, float], w: dict[str, float]) -> float:
    z: float = sum(map(operator.mul, map(w.get, f, _ZEROS), f.values()))
    return z


_ZEROS = itertools.repeat(0.0)


def score(s: Suggestion, w: dict[str, float], *, heading: int, in_row: bool,
          numbered: bool) -> float:
    """probability(features(s), w), without building the n-gram features one by one."""
    p = score_at_least(s, w, None, heading=heading, in_row=in_row, numbered=numbered)
    assert p is not None
    return p


def score_at_least(s: Suggestion, w: dict[str, float], at_least: float | None, *,
                   heading: int, in_row: bool, numbered: bool) -> float | None:
    """score(s, w), or None when *at_least* is given and the probability, rounded to two
    places, is sure to fall below it: the clause signals are then not read (the most
    they can add is added instead)."""
    table = _table(w)
    z = base_z(s, w, heading=heading, in_row=in_row, numbered=numbered)
    term = table.gram_term(s.quote)
    if term is not None:
        z += term
    if at_least is not None:
        if round(_sigmoid(z + table.clause_ceiling + 1e-9), 2) < at_least:
            return None
    return _sigmoid(z + _dot(_clause_signals(s.quote), w))


def base_z(s: Suggestion, w: dict[str, float], *, heading: int, in_row: bool,
           numbered: bool) -> float:
    """``_dot(features(s, …, with_grams=False, with_clauses=False), w)``, the same float to
    the last bit, without building the features: the same products added in the same order,
    those of the features that are 0 left out (adding ±0.0 changes no sum)."""
    t, d, quote = s.target, s.deadline, s.quote
    n = len(quote)
    get = w.get
    z = 0.0 + get("bias", 0.0) * 1.0
    z += get("rules", 0.0) * s.confidence
    z += get("kind=" + s.kind, 0.0) * 1.0
    z = _target_terms(z, get, t)
    if d is not None:
        if d.date is not None:
            z += get("dated", 0.0) * 1.0
        if d.text:
            z += get("own_time_words", 0.0) * 1.0
    z = _layout_terms(z, get, n, heading, in_row, numbered)
    if s.responsible and "人民政府" not in s.responsible[0].name:
        z += get("named_body", 0.0) * 1.0
    if "责任主体" in s.why:
        z += get("why_actor", 0.0) * 1.0
    z = _quote_terms(z, get, quote)
    if s.rejected:
        z += get(f"rejected={s.rejected}", 0.0) * 1.0
    return z


# The terms base_z() and may_reach() share, each added to *z* in base_z()'s order (the same
# float to the last bit: a sum depends on the order its terms are added in)
def _target_terms(z: float, get: Callable[[str, float], float], t: Target | None) -> float:
    if t is not None:
        if t.comparator is not None:
            z += get("comparator", 0.0) * 1.0
        if t.value is not None:
            z += get("value", 0.0) * 1.0
        if t.unit:
            z += get("unit", 0.0) * 1.0
    return z


def _layout_terms(z: float, get: Callable[[str, float], float], n: int, heading: int,
                  in_row: bool, numbered: bool) -> float:
    if 0 < heading <= 3:
        z += get("section_heading", 0.0) * 1.0
    if heading > 3:
        z += get("line_item", 0.0) * 1.0
    if in_row:
        z += get("table_row", 0.0) * 1.0
    if numbered:
        z += get("numbered", 0.0) * 1.0
    if n < 8:
        z += get("short", 0.0) * 1.0
    if n > 60:
        z += get("long", 0.0) * 1.0
    z += get("length", 0.0) * (min(n, 80) / 80)
    return z


def _quote_terms(z: float, get: Callable[[str, float], float], quote: str) -> float:
    if _DIGIT_CUE.search(quote) is not None and _DIGIT.search(quote) is not None:
        z += get("digit", 0.0) * 1.0
    if _HARD.search(quote) is not None:
        z += get("hard_verb", 0.0) * 1.0
    if _SOFT.search(quote) is not None:
        z += get("soft_verb", 0.0) * 1.0
    if _SOFT_OPENING.match(quote) is not None:
        z += get("soft_opening", 0.0) * 1.0
    if _SYSTEM.search(quote) is not None:
        z += get("system_words", 0.0) * 1.0
    if _NAMED.search(quote) is not None:
        z += get("named_thing", 0.0) * 1.0
    z += get("clauses", 0.0) * (min(quote.count("，") + quote.count(","), 4) / 4)
    if quote.count("、") >= 2:
        z += get("list_of_three", 0.0) * 1.0
    if _PAST.search(quote) is not None:
        z += get("past_words", 0.0) * 1.0
    if _INTENT.search(quote) is not None:
        z += get("intent", 0.0) * 1.0
    if quote.rstrip().endswith(("。", "；", ";")):
        z += get("full_stop", 0.0) * 1.0
    return z


def may_reach(quote: str, target: Target | None, rejected: str, w: dict[str, float],
              at_least: float, *, heading: int, in_row: bool, numbered: bool) -> bool:
    """False when a unit the rules turned down (*rejected*, its confidence 0.0), quoting
    *quote* with *target*, is sure to score below *at_least* (as score_at_least() rounds
    it), whatever deadline, bodies, kind and why it is given later: each of those terms of
    base_z() is taken at its most, the rest are added in the same order, so that the sum
    (rounded at each step, as floats are) is never below the one scored."""
    table = _table(w)
    n = len(quote)
    get = w.get
    z = 0.0 + get("bias", 0.0) * 1.0
    z += get("rules", 0.0) * 0.0
    z += table.kind_ceiling
    z = _target_terms(z, get, target)
    z += max(0.0, get("dated", 0.0) * 1.0)
    z += max(0.0, get("own_time_words", 0.0) * 1.0)
    z = _layout_terms(z, get, n, heading, in_row, numbered)
    z += max(0.0, get("named_body", 0.0) * 1.0)
    z += max(0.0, get("why_actor", 0.0) * 1.0)
    z = _quote_terms(z, get, quote)
    if rejected:
        z += get(f"rejected={rejected}", 0.0) * 1.0
    term = table.gram_term(quote)
    if term is not None:
        z += term
    return round(_sigmoid(z + table.clause_ceiling + 1e-9), 2) >= at_least


_LABELS = {"verb_first": "句首举措动词", "verb_late": "举措动词", "verb_any": "举措动词",
           "concrete": "具体对象", "intent": "目标用语", "dated": "有时限", "value": "有数值",
           "comparator": "有比较", "table_row": "表格行", "named_body": "责任单位",
           "hard_verb": "完成类动词", "named_thing": "具名事项", "recurring": "定期事项",
           "prohibition": "禁止性规定", "named_subject": "主体明确"}
MAX_CUES = 3


def cues(s: Suggestion, w: dict[str, float], *, heading: int, in_row: bool,
         numbered: bool) -> list[str]:
    """The features that weigh most for *s* (n-grams quoted: 「完成」), for its ``why``;
    not an n-gram with the PLACE sign, which is no word of the quote."""
    f = features(s, heading=heading, in_row=in_row, numbered=numbered)
    parts = sorted(((w[k] * v, k) for k, v in f.items() if k in w and k != "bias"
                    and ((k.startswith("c:") and PLACE not in k) or k in _LABELS)),
                   reverse=True)
    out = []
    for weight, k in parts[:MAX_CUES]:
        if weight <= 0:
            break
        out.append(f"「{k[2:].strip('^$')}」" if k.startswith("c:") else _LABELS[k])
    return out


def probability(f: dict[str, float], w: dict[str, float]) -> float:
    return _sigmoid(sum(w.get(k, 0.0) * v for k, v in f.items()))


def _sigmoid(z: float) -> float:
    z = max(-30.0, min(30.0, z))
    return 1.0 / (1.0 + math.exp(-z))
