"""Score the extractor on the project's own annotated corpus, the way the held-out sets are
scored (shared/tools/score_suggestions.py), but in one process and split in two parts.

    python tools/score_corpus.py                 # the dev part (the part rules are tuned on)
    python tools/score_corpus.py --part held     # the held-back part (report only, never tune)
    python tools/score_corpus.py --part all -v   # misses and false alarms listed
    python tools/score_corpus.py --clauses       # each gold record's quote alone, as a cell
    python tools/score_corpus.py --cv 5          # dev, the model fitted on 4 folds of 5
    python tools/score_corpus.py --cv-sets       # dev, each set scored by a model fitted
                                                 # on the other sets (G, H in aggregate)

The corpus lives in tests/corpus/<set>/ (docs/, gold.jsonl, dates.json, sources.tsv). Which
document belongs to which part is fixed by tests/corpus/split.json, made once by a hash of
the file name (``--make-split`` writes it for documents it does not list yet) and never
chosen by looking at results. The seeds (shared/seeds, when found beside the project) count
as dev documents.

Besides recall, precision and field accuracy it prints the calibration table: for each band
of confidence, how many suggestions it holds and how many of them are right.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import importlib.util
import json
import sys
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CORPUS = ROOT / "tests" / "corpus"
SPLIT = CORPUS / "split.json"
sys.path.insert(0, str(ROOT / "tools"))
from shared_dir import find_shared  # noqa: E402 - after the path is set

SHARED = find_shared(ROOT) or ROOT.parent / "shared"
BANDS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
HELD_SHARE = 40  # per cent of the documents held back


@functools.cache
def load_scorer():
    path = SHARED / "tools" / "score_suggestions.py"
    if not path.is_file():
        raise SystemExit(f"the scorer is not at {path}")
    spec = importlib.util.spec_from_file_location("score_suggestions", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def corpus_documents() -> list[dict]:
    """Every annotated document: its path, gold records, date and set."""
    out = []
    sets = [(p.name, p / "docs", p / "gold.jsonl", p / "dates.json")
            for p in sorted(CORPUS.iterdir()) if (p / "gold.jsonl").is_file()]
    if (SHARED / "gold" / "seeds.jsonl").is_file():
        sets.append(("seeds", SHARED / "seeds", SHARED / "gold" / "seeds.jsonl",
                     SHARED / "gold" / "seeds_dates.json"))
    for name, docs, gold, dates_file in sets:
        dates = json.loads(dates_file.read_text(encoding="utf-8")) if dates_file.is_file() else {}
        by_doc = defaultdict(list)
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                by_doc[rec["doc"]].append(rec)
        for doc, recs in sorted(by_doc.items()):
            path = docs / doc
            if path.is_file():
                out.append({"set": name, "doc": doc, "path": path, "gold": recs,
                            "date": dates.get(doc)})
    return out


def held_by_hash(doc: str) -> bool:
    return int(hashlib.sha1(doc.encode("utf-8")).hexdigest()[:8], 16) % 100 < HELD_SHARE


def make_split(docs: list[dict]) -> dict:
    split = json.loads(SPLIT.read_text(encoding="utf-8")) if SPLIT.is_file() else {"dev": [], "held": []}
    known = set(split["dev"]) | set(split["held"])
    for d in docs:
        if d["set"] == "seeds" or d["doc"] in known:
            continue
        split["held" if held_by_hash(d["doc"]) else "dev"].append(d["doc"])
    split = {k: sorted(v) for k, v in split.items()}
    SPLIT.write_text(json.dumps(split, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return split


def part_of(d: dict, split: dict) -> str:
    if d["set"] == "seeds":
        return "dev"
    if d["doc"] in split.get("held", ()):
        return "held"
    if d["doc"] in split.get("dev", ()):
        return "dev"
    return "unsplit"


MIN_CONFIDENCE = 0.0


def run_suggest(path: Path, doc_date: str | None) -> list[dict]:
    from tracker.extract import to_json
    from tracker.services.suggesting import suggest_file

    when = date.fromisoformat(doc_date) if doc_date else None
    return [to_json(s) for s in suggest_file(path, when) if s.confidence >= MIN_CONFIDENCE]


def score_documents(sc, docs: list[dict], verbose: bool) -> dict:
    tot = defaultdict(int)
    fields = defaultdict(lambda: [0, 0])
    misses, alarms = [], []
    bands = defaultdict(lambda: [0, 0])
    for d in docs:
        text = d["path"].read_text(encoding="utf-8")
        norm, where = sc.normalise(text)
        used: set = set()
        spans = []
        for s in run_suggest(d["path"], d["date"]):
            hint = (s.get("start") or 0) / max(len(text), 1)
            span = sc.locate(norm, s.get("quote", ""), hint, used)
            if span is not None:
                used.add(span)
            spans.append((span, s))
        g_spans = [(sc.to_norm_span(where, r["start"], r["end"]), r) for r in d["gold"]]
        ind = lambda k: k == "indicator"  # noqa: E731 - as the scorer splits them
        commit = [x for x in spans if not ind(x[1].get("kind"))]
        g_commit = [x for x in g_spans if not ind(x[1].get("kind"))]
        sc.score(commit, g_commit, tot, fields, misses, alarms, d["doc"])
        sc.score([x for x in spans if ind(x[1].get("kind"))],
                 [x for x in g_spans if ind(x[1].get("kind"))], tot, fields, misses, alarms,
                 d["doc"], "ind_")
        if verbose:
            _field_errors(sc, commit, g_commit, d["doc"])
        for span, s in commit:
            # right as precision counts it: on a commitment of the gold (a past result
            # suggested as a commitment is wrong, although the gold keeps it as an indicator)
            right = span is not None and any(sc.matches(span, g) for g, _ in g_commit)
            band = next(i for i in range(len(BANDS) - 1)
                        if BANDS[i] <= float(s.get("confidence") or 0) < BANDS[i + 1])
            bands[band][0] += 1
            bands[band][1] += right
    if verbose:
        for doc, kind, q in misses:
            print(f"missed  {kind or 'commit'}  {doc[:22]:<22} {q[:90]}")
        for doc, kind, q in alarms:
            print(f"alarm   {kind or 'commit'}  {doc[:22]:<22} {q[:90]}")
    return {"tot": tot, "fields": fields, "bands": bands}


def fold_of(doc: str, k: int) -> int:
    """The cross-validation fold of a document: a hash of its file name."""
    return int(hashlib.sha1(("fold:" + doc).encode("utf-8")).hexdigest()[:8], 16) % k


def cross_validate(sc, docs: list[dict], k: int, verbose: bool) -> dict:
    """K-fold cross-validation by document: the unit model is fitted on the other folds'
    documents (tools/train_confidence.py) and scored on the fold's own."""
    return cross_validate_by(sc, docs, lambda d: fold_of(d["doc"], k), verbose)


# Sets scored in aggregate only: their documents' errors are never listed (-v is ignored)
AGGREGATE_ONLY = ("G", "H")


def set_fold(d: dict) -> str | None:
    """The fold of a document when each set is left out in turn: its set; the seeds are
    never left out (they only train)."""
    return None if d["set"] == "seeds" else d["set"]


def cross_validate_by(sc, docs: list[dict], fold: Callable[[dict], object],
                      verbose: bool, scored: Callable[[dict], bool] | None = None) -> dict:
    """Cross-validation by *fold* (a document's fold; None: it only trains): for each fold,
    the unit model is fitted on the other folds' documents (tools/train_confidence.py) and
    scored on the fold's own (those *scored* picks, when given). Leaving a whole set out
    (:func:`set_fold`) judges the model on sources and wording it never saw, as a fresh
    set is."""
    import train_confidence

    from tracker.extract import confidence

    data = train_confidence.samples(sc, docs)
    fold_by_doc = {d["doc"]: fold(d) for d in docs}

    def empty() -> dict:
        return {"tot": defaultdict(int), "fields": defaultdict(lambda: [0, 0]),
                "bands": defaultdict(lambda: [0, 0])}

    def add(into: dict, part: dict) -> None:
        for key, v in part["tot"].items():
            into["tot"][key] += v
        for name in ("fields", "bands"):
            for key, (a, b) in part[name].items():
                into[name][key][0] += a
                into[name][key][1] += b

    res: dict = empty()
    res["sets"] = defaultdict(empty)   # each set's share: judged by models that never saw it
    folds = sorted({fold_by_doc[d["doc"]] for d in docs if fold_by_doc[d["doc"]] is not None
                    and (scored is None or scored(d))}, key=str)
    try:
        for i in folds:
            confidence.use_weights(train_confidence.fit(
                [x for x in data if fold_by_doc[x[2]] != i]))
            held = [d for d in docs if fold_by_doc[d["doc"]] == i
                    and (scored is None or scored(d))]
            if not held:
                continue
            for name in sorted({d["set"] for d in held}):
                part = score_documents(sc, [d for d in held if d["set"] == name],
                                       verbose and name not in AGGREGATE_ONLY)
                add(res, part)
                add(res["sets"][name], part)
    finally:
        confidence.use_weights(None)
    return res


def print_sets(sets: dict) -> None:
    """One line per corpus set of a cross-validation: recall, precision and the fields."""
    def share(a: int, b: int) -> str:
        return f"{a / b:.3f}" if b else "  –  "

    print("    by set (cross-validated)  recall  precision  respons.  deadline  comparator"
          "  >=0.9 right")
    top = len(BANDS) - 2
    for name, r in sorted(sets.items()):
        tot, f = r["tot"], r["fields"]
        n, ok = r["bands"].get(top, (0, 0))
        print(f"    {name:<25} {share(tot['found'], tot['core'])}   {share(tot['right'], tot['suggested'])}"
              f"      {share(*f['responsible'])}     {share(*f['deadline'])}     "
              f"{share(*f['comparator'])}       {ok}/{n}")


def cross_validated_classes(sc, docs: list[dict], k: int, verbose: bool = False) -> dict:
    """The classes of misses and false alarms (diagnose_units.py), each fold's documents
    judged by a model fitted on the other folds."""
    from collections import Counter

    import diagnose_units
    import train_confidence

    from tracker.extract import confidence

    data = train_confidence.samples(sc, docs)
    res: dict = {"miss": Counter(), "alarm": Counter(), "found": Counter()}
    try:
        for i in range(k):
            confidence.use_weights(train_confidence.fit([x for x in data if fold_of(x[2], k) != i]))
            fold = [d for d in docs if fold_of(d["doc"], k) == i]
            # G and H are judged by their figures only: their documents' lines are not shown
            for shown in (True, False):
                chosen = [d for d in fold if (d.get("set") not in AGGREGATE_ONLY) == shown]
                if chosen:
                    part = diagnose_units.classes(sc, chosen, verbose and shown)
                    for key, counts in part.items():
                        res[key].update(counts)
    finally:
        confidence.use_weights(None)
    return res


def _field_errors(sc, spans, g_spans, doc: str) -> None:
    """Print the fields a matched suggestion got wrong (deadline, target, bodies), each core
    record paired with a suggestion as the scorer pairs them (the one covering most of it
    among those not yet taken, the first on a tie)."""
    taken: set[int] = set()
    for g, r in g_spans:
        if r["tier"] != "core":
            continue
        best, best_ov = None, 0
        for i, (span, _) in enumerate(spans):
            if i in taken or span is None or not sc.matches(span, g):
                continue
            if sc.overlap(span, g) > best_ov:
                best, best_ov = i, sc.overlap(span, g)
        if best is None:
            continue
        taken.add(best)
        s = spans[best][1]
        for key in ("deadline", "comparator", "value", "unit"):
            if r.get(key) is not None and not (_same(s.get(key), r[key]) if key == "value"
                                               else s.get(key) == r[key]):
                print(f"field   {key:<11} {doc[:22]:<22} want {r[key]!s:<12} got "
                      f"{s.get(key)!s:<12} {r['quote'][:60]}")
        if r.get("responsible"):
            got = {sc.normalise(x)[0] for x in s.get("responsible") or []}
            want = {sc.normalise(x)[0] for x in r["responsible"]}
            if not got & want:
                print(f"field   responsible {doc[:22]:<22} want {'、'.join(want)[:20]:<12} got "
                      f"{'、'.join(got)[:20]:<12} {r['quote'][:50]}")


def score_clauses(docs: list[dict], verbose: bool = False) -> dict:
    """Each gold commitment's quote alone, as a table cell or list item stands: does the
    extractor suggest it, and with the right fields?"""
    from tracker.extract import suggest, to_json
    from tracker.extract.__main__ import clean

    sc = load_scorer()
    fields = defaultdict(lambda: [0, 0])
    found = total = whole = 0
    for d in docs:
        when = date.fromisoformat(d["date"]) if d["date"] else None
        for r in d["gold"]:
            if r["tier"] != "core" or r["kind"] == "indicator":
                continue
            total += 1
            alone = clean(r["quote"])
            got = [to_json(s) for s in suggest(alone, when) if s.kind != "indicator"]
            if not got:
                if verbose:
                    print(f"alone-missed  {d['doc'][:22]:<22} {r['quote'][:70]}")
                continue
            found += 1
            # as the shared scorer pairs them: a suggestion covering 60 % of the clause
            norm = sc.normalise(alone)[0]
            spans = [sc.locate(norm, s["quote"], 0.0, set()) for s in got]
            if any(span is not None and sc.matches(span, (0, len(norm))) for span in spans):
                whole += 1
            elif verbose:
                print(f"alone-part    {d['doc'][:22]:<22} {r['quote'][:70]}")
            s = max(got, key=lambda x: x["end"] - x["start"])
            for key in ("deadline", "value", "unit", "comparator"):
                if key == "deadline" and not r.get("deadline_text"):
                    continue  # standing alone, a clause keeps only its own time words
                if r.get(key) is not None:
                    fields[key][1] += 1
                    ok = _same(s.get(key), r[key]) if key == "value" else s.get(key) == r[key]
                    fields[key][0] += ok
                    if verbose and not ok:
                        print(f"alone-field {key:<10} want {r[key]!s:<11} got {s.get(key)!s:<11} "
                              f"{r['quote'][:60]}")
    return {"found": found, "total": total, "whole": whole, "fields": fields}


def _same(a, b) -> bool:
    """Values compared as the shared scorer compares them."""
    return load_scorer().same_value(a, b)


def report(name: str, res: dict) -> dict:
    tot, fields, bands = res["tot"], res["fields"], res["bands"]
    recall = tot["found"] / tot["core"] if tot["core"] else 0.0
    precision = tot["right"] / tot["suggested"] if tot["suggested"] else 0.0
    print(f"[{name}] recall {recall:.3f} ({tot['found']}/{tot['core']} core)  "
          f"precision {precision:.3f} ({tot['right']}/{tot['suggested']})")
    for k, (right, of) in sorted(fields.items()):
        print(f"    {k:<12} {right / of if of else 0:.3f}  ({right}/{of})")
    ir = tot["ind_found"] / tot["ind_core"] if tot["ind_core"] else None
    ip = tot["ind_right"] / tot["ind_suggested"] if tot["ind_suggested"] else None
    print(f"    indicators: recall {ir if ir is None else round(ir, 3)} of {tot['ind_core']}, "
          f"precision {ip if ip is None else round(ip, 3)} of {tot['ind_suggested']}")
    print("    confidence band   suggested  right  share right")
    for i in range(len(BANDS) - 1):
        n, ok = bands.get(i, (0, 0))
        hi = min(BANDS[i + 1], 1.0)
        print(f"    [{BANDS[i]:.2f}, {hi:.2f}{']' if hi == 1.0 else ')'}      {n:>6}  {ok:>5}  "
              f"{ok / n if n else 0:.3f}")
    return {"recall": round(recall, 3), "precision": round(precision, 3),
            "fields": {k: [v[0], v[1]] for k, v in fields.items()},
            "bands": {f"{BANDS[i]:.2f}": bands.get(i, [0, 0]) for i in range(len(BANDS) - 1)}}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--part", choices=("dev", "held", "all"), default="dev")
    ap.add_argument("--set", help="only this corpus set (A, B, C, seeds …)")
    ap.add_argument("--doc", help="only documents whose name contains this")
    ap.add_argument("--clauses", action="store_true", help="score each gold quote alone")
    ap.add_argument("--make-split", action="store_true", help="add new documents to split.json")
    ap.add_argument("--json", type=Path, help="also write the figures to this file")
    ap.add_argument("--min-confidence", type=float, default=0.0,
                    help="leave out suggestions below this confidence")
    ap.add_argument("--cv", type=int, metavar="K",
                    help="K-fold cross-validation by document: the unit model fitted per fold")
    ap.add_argument("--cv-sets", action="store_true",
                    help="leave one set out: the unit model fitted on the other sets' dev "
                         "documents (and the seeds), each set scored in turn")
    ap.add_argument("--classes", action="store_true",
                    help="count misses and false alarms by class (diagnose_units.py); "
                         "with --cv K, each fold judged by a model fitted on the others")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    global MIN_CONFIDENCE
    MIN_CONFIDENCE = args.min_confidence

    docs = corpus_documents()
    split = make_split(docs) if args.make_split else (
        json.loads(SPLIT.read_text(encoding="utf-8")) if SPLIT.is_file() else {})
    chosen = [d for d in docs
              if (args.part == "all" or part_of(d, split) == args.part)
              and (not args.set or d["set"] == args.set)
              and (not args.doc or args.doc in d["doc"])]
    print(f"{len(chosen)} documents, {sum(len(d['gold']) for d in chosen)} gold records "
          f"({args.part} part)")
    if args.clauses:
        res = score_clauses(chosen, args.verbose)
        print(f"[clauses] suggested {res['found']}/{res['total']} core quotes standing alone"
              f" ({res['whole']} matched whole, as the scorer pairs them)")
        for k, (right, of) in sorted(res["fields"].items()):
            print(f"    {k:<12} {right / of if of else 0:.3f}  ({right}/{of})")
        return 0
    if args.classes:
        import diagnose_units

        if args.part == "held":
            raise SystemExit("the classes are for the dev part")
        if args.cv:
            diagnose_units.print_classes(cross_validated_classes(load_scorer(), chosen, args.cv,
                                                                 args.verbose))
        else:
            diagnose_units.print_classes(
                diagnose_units.classes(load_scorer(), chosen, args.verbose))
        return 0
    if args.cv or args.cv_sets:
        if args.part != "dev":
            raise SystemExit("cross-validation is for the dev part")
        if args.cv_sets:
            # every dev document trains; --set / --doc choose which are scored
            every = [d for d in docs if part_of(d, split) == "dev"]
            names = {d["doc"] for d in chosen}
            crossed = cross_validate_by(load_scorer(), every, set_fold, args.verbose,
                                        scored=lambda d: d["doc"] in names)
            name = f"{args.part}, leave one set out"
        else:
            crossed = cross_validate(load_scorer(), chosen, args.cv, args.verbose)
            name = f"{args.part}, {args.cv}-fold CV"
        figures = report(name, crossed)
        print_sets(crossed.pop("sets"))
    else:
        figures = report(args.part, score_documents(load_scorer(), chosen, args.verbose))
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
