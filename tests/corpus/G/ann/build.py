# helper (not part of the corpus deliverable; lives in ann/ for reproducibility)
import json, re, sys, glob, importlib.util
from pathlib import Path
G = Path(__file__).resolve().parent.parent
FIELDS = ["doc","start","end","quote","tier","kind","deadline_text","deadline","deadline_precision","metric","comparator","value","unit","responsible","region"]
def build_one(spec_path):
    spec = importlib.util.spec_from_file_location("s", spec_path); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    doc = m.DOC; text = (G/"docs"/doc).read_text(encoding="utf-8")
    D = dict(m.DEFAULTS)
    out = []; pos = 0
    for rec in m.RECS:
        r = dict(rec)
        q = r.pop("q"); after = r.pop("after", None)
        start_from = pos if r.pop("seq", True) else 0
        if after is not None:
            start_from = text.index(after) + len(after) if after in text[start_from:] or True else 0
        i = text.find(q, start_from)
        if i < 0:
            i = text.find(q)
            if i < 0: raise SystemExit(f"{doc}: not found: {q!r}")
            print(f"WARN {doc}: {q!r} found before cursor at {i}", file=sys.stderr)
        pos = i + 1
        o = {"doc": doc, "start": i, "end": i+len(q), "quote": q}
        base = {"tier":"core","kind":"deliverable","deadline_text":None,"deadline":None,"deadline_precision":None,
                "metric":None,"comparator":None,"value":None,"unit":None,"responsible":[],"region":None}
        base.update(D); base.update(r)
        if base.get("deadline") and not base.get("deadline_precision"): base["deadline_precision"]="year"
        if not base.get("deadline"): base["deadline_precision"]=None
        o.update({k: base[k] for k in FIELDS[4:]})
        out.append(o)
    return out
if __name__ == "__main__":
    allrecs = []
    for sp in sorted(glob.glob(str(G/"ann"/"G_*.py"))):
        allrecs += build_one(sp)
    with open(G/"gold.jsonl","w",encoding="utf-8") as f:
        for o in allrecs: f.write(json.dumps(o, ensure_ascii=False)+"\n")
    print(len(allrecs), "records")
