"""Why core records are missed and why suggestions are false alarms, counted by class.

    python tools/score_corpus.py --classes          # the dev part
    python tools/score_corpus.py --classes -v       # with each case listed
    python tools/score_corpus.py --classes --cv 5   # each fold judged by a model fitted without it

A miss (a core commitment no suggestion matches) is put in the first class that fits:
  suggested as a past result   an indicator suggestion matches it (tense, genre)
  boundary: quote too long     a suggestion covers ≥60% of it, but it is <25% of that one
  boundary: quote too short    suggestions overlap it, none covers 60% of it
  boundary: one quote, two     a suggestion matches it, but the scorer paired it with
    records                    another record (one quote over two tasks)
  dropped by the model         a unit the rules suggested matches it, the floor or dedup dropped it
  turned down: <reason>        a unit matches it that the rules turned down (classify: the
                               clause classifier; heading: a section heading's theme; actor:
                               a named actor with no task)
  no unit: <layout>            no unit of the segmenter matches it; by where it stands
                               (table row, line without 。, prose)
A false alarm (a commitment suggestion that matches no gold record) likewise:
  on a past result             it overlaps a gold indicator (tense, progress cells)
  boundary: too long / short   it overlaps a gold commitment without matching
  nothing to record: <layout>  it overlaps no gold record (heading, list line, table row, prose)

Only for the dev part: the held-back part is scored in aggregate, never looked at.
"""

from __future__ import annotations

from collections import Counter
from datetime import date


def _layout_of_line(text: str, start: int, end: int) -> str:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if "\t" in line or "|" in line or "  " in line.strip():
        return "table row"
    if not line.rstrip().endswith(("。", "；", ";", "！")):
        return "line without 。"
    return "prose"


def _layout_of(s) -> str:
    heading, in_row, _ = s.layout
    if in_row:
        return "table row"
    if 0 < heading <= 3:
        return "section heading"
    if heading > 3:
        return "line item"
    return "prose"


def _spans(sc, norm: str, sugs, size: int) -> list:
    used: set = set()
    out = []
    for s in sugs:
        span = sc.locate(norm, s.quote, s.start / max(size, 1), used)
        if span is not None:
            used.add(span)
            out.append((span, s))
    return out


def classes(sc, docs: list[dict], verbose: bool = False) -> dict[str, Counter]:
    from tracker.extract.pipeline import suggest
    from tracker.geo import Gazetteer
    from tracker.ingest import read_path

    gaz = Gazetteer.default()
    miss: Counter = Counter()
    alarm: Counter = Counter()
    found = Counter()
    for d in docs:
        raw = d["path"].read_text(encoding="utf-8")
        norm, where = sc.normalise(raw)
        result = read_path(d["path"])
        region = gaz.guess_document_region(result.text, result.title, result.issuer)
        when = date.fromisoformat(d["date"]) if d["date"] else result.doc_date
        kw = {"region_code": region.code if region else None, "issuer": result.issuer,
              "gazetteer": gaz}
        final = suggest(result.text, when, **kw)
        every = suggest(result.text, when, candidates=True, **kw)

        f_spans = _spans(sc, norm, final, len(result.text))
        e_spans = _spans(sc, norm, every, len(result.text))
        gold = [(sc.to_norm_span(where, r["start"], r["end"]), r) for r in d["gold"]]
        g_commit = [(g, r) for g, r in gold if r["kind"] != "indicator"]
        g_ind = [g for g, r in gold if r["kind"] == "indicator"]
        commit = [(sp, s) for sp, s in f_spans if s.kind != "indicator"]
        # pairing as the scorer does: each core record takes the best free match
        taken: set[int] = set()
        unmatched = []
        for g, r in g_commit:
            if r["tier"] != "core":
                continue
            best = max((i for i, (sp, _) in enumerate(commit)
                        if i not in taken and sc.matches(sp, g)),
                       key=lambda i: sc.overlap(commit[i][0], g), default=None)
            if best is None:
                unmatched.append((g, r))
            else:
                taken.add(best)
                found["found"] += 1
        for g, r in unmatched:
            glen = g[1] - g[0]
            if any(s.kind == "indicator" and sc.matches(sp, g) for sp, s in f_spans):
                why = "suggested as a past result"
            elif any(sc.matches(sp, g) for sp, _ in commit):
                why = "boundary: one quote, two records"
            elif any(sc.overlap(sp, g) >= 0.6 * glen for sp, _ in commit):
                why = "boundary: quote too long"
            elif any(sc.overlap(sp, g) > 0 for sp, _ in commit):
                why = "boundary: quote too short"
            elif any(not s.rejected and s.kind != "indicator" and sc.matches(sp, g)
                     for sp, s in e_spans):
                why = "dropped by the model (floor, dedup)"
            elif rej := next((s.rejected for sp, s in e_spans
                              if s.rejected and sc.matches(sp, g)), None):
                why = f"turned down: {rej}"
            else:
                why = "no unit: " + _layout_of_line(raw, r["start"], r["end"])
            miss[why] += 1
            if verbose:
                print(f"miss   {why:<34} {d['doc'][:20]:<20} {r['quote'][:70]}")
        for sp, s in commit:
            if any(sc.matches(sp, g) for g, _ in g_commit):
                continue
            if any(sc.overlap(sp, g) > 0 for g in g_ind):
                why = "on a past result"
            elif any(sc.overlap(sp, g) >= 0.6 * (g[1] - g[0]) for g, _ in g_commit):
                why = "boundary: too long"
            elif any(sc.overlap(sp, g) > 0 for g, _ in g_commit):
                why = "boundary: too short"
            else:
                why = "nothing to record: " + _layout_of(s)
            alarm[why] += 1
            if verbose:
                print(f"alarm  {why:<34} {d['doc'][:20]:<20} {s.quote[:70]}")
        alarm["(all suggestions)"] += len(commit)
    return {"miss": miss, "alarm": alarm, "found": found}


def print_classes(res: dict[str, Counter]) -> None:
    miss, alarm = res["miss"], res["alarm"]
    print(f"core commitments found: {res['found']['found']}; missed: {sum(miss.values())}")
    print("| miss class | count |")
    print("| --- | --- |")
    for k, v in miss.most_common():
        print(f"| {k} | {v} |")
    total = alarm.pop("(all suggestions)", 0)
    print(f"\ncommitment suggestions: {total}; false alarms: {sum(alarm.values())}")
    print("| false-alarm class | count |")
    print("| --- | --- |")
    for k, v in alarm.most_common():
        print(f"| {k} | {v} |")
