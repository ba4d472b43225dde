"""Which rule of classify.judge turned a unit down: the branch judge() left by, named.

    python tools/why_turned_down.py "推进农村污水治理" [--past] [--target] [--ahead]

`reason()` replays judge() and _kind() step by step (it must follow them: a test checks
that it turns down exactly what judge turns down on a sweep of wordings).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tracker.extract import classify as c
from tracker.extract.deadlines import leading_time_words


def reason(clause: str, *, past_context: bool = False, has_target: bool = False,
           ahead: bool = False) -> str:
    """The name of the rule judge() turns *clause* down by, or '' when it does not."""
    text = clause.strip()
    if len(text) < 4:
        return "too short"
    if text.endswith(c.TOPIC_ENDS):
        return "topic ending"
    basis = c.BASIS.match(text)
    if basis is not None and len(text) - basis.end() >= 4:
        return reason(text[basis.end():], past_context=past_context, has_target=has_target,
                      ahead=ahead)
    if c.is_meta_count(text):
        return "meta count"
    if (text[0] == "以" or text.endswith("之年")) and c.FRAME_ONLY.match(text):
        return "frame only"
    if text[0] in "（(〔" and c.ROLE_BRACKET.match(text):
        return "role bracket"
    if ("落" in text or "目标任务" in text) and c.WORK_ITSELF.match(text.rstrip("。；;，, ")):
        return "work itself"
    if not ahead and c._GAIN_HINT.search(text) and c.is_vague_gain(text):
        return "vague gain"
    if c._SHARE_CUE.search(text) and c.SHARE_OF.search(text) and not c.SET_AHEAD.search(text):
        return "" if has_target else "share of"
    if c.is_status(text):
        return "" if has_target else "status"
    if c.is_project_size(text):
        return "" if has_target else "project size"
    if c.is_votes(text):
        return "votes"
    if c.is_logistics(text) and not has_target \
            and not (c.ACTION.match(text) and c.CONCRETE.search(text)):
        return "logistics"
    actor = c.subject_of(text)
    if actor is not None:
        return ""  # (the actor is kept: the unit is not turned down as 'classify')
    if c.is_problem(text) and not has_target:
        return "problem"
    if "由" in text[:4] and not past_context and c.by_body(text) is not None:
        return ""
    if past_context:
        return "" if has_target or "首次" in text else "past context"
    if c.looks_past(text, ahead=ahead) and not c.FORWARD.search(text):
        return "" if has_target or "首次" in text else "looks past"
    rest = text
    if (place := c.PLACE_WILL.match(text)) is not None:
        rest = text[place.end():]
        if c.FRAME_ONLY.match(rest):
            return "frame only"
    timed = rest[leading_time_words(rest):].lstrip("，, ") if rest[:1] in c._TIME_START else rest
    action = c.ACTION.match(timed) or c.ACTION_LATE.match(timed) \
        or c.search_end(c.ACTION_END, rest, c.ACTION_END_SPAN) \
        or (c._DELIVERY.search(timed, 0, c.SUBJECT_SPAN) and c.ACTION_SUBJECT.match(timed))
    prohibition = c.PROHIBITION.search(text) is not None or c.NEGATED_BUILD.search(text) is not None
    if action is None and c.RECURRING.search(text) and c._ANY_VERB.search(text):
        return ""
    if action is None and not prohibition and len(rest) >= 8 and c.OBLIGED.match(rest) \
            and not c.is_exhortation(rest):
        return ""
    if action is None and not prohibition and not has_target:
        return "no action verb"
    if not has_target and c.is_exhortation(text):
        return "exhortation (VAGUE)"
    if prohibition or (c.STANDING.search(text) and not c.CONCRETE.search(text)):
        return ""
    obj = timed[action.end():] if action and action.re is not c.ACTION_END \
        and action.start() == 0 else text
    concrete = c.CONCRETE.search(obj) is not None
    if "坚持" in text and c.PRINCIPLE.match(text) and not c.NAMED.search(text):
        return "principle (坚持)"
    if not concrete and not has_target and c.search_end(c.ABSTRACT_END, text, c.ABSTRACT_END_SPAN):
        return "abstract end"
    if not has_target and c.GROWTH.match(text) and not c.NAMED.search(text):
        return "growth"
    return ""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("clause")
    ap.add_argument("--past", action="store_true")
    ap.add_argument("--target", action="store_true")
    ap.add_argument("--ahead", action="store_true")
    a = ap.parse_args()
    print(reason(a.clause, past_context=a.past, has_target=a.target, ahead=a.ahead) or "(kept)",
          c.judge(a.clause, past_context=a.past, has_target=a.target, ahead=a.ahead))


if __name__ == "__main__":
    main()
