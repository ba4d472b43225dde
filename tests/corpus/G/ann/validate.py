import json, collections, re, datetime
from pathlib import Path
G = Path(__file__).resolve().parent.parent
FIELDS = ["doc","start","end","quote","tier","kind","deadline_text","deadline","deadline_precision","metric","comparator","value","unit","responsible","region"]
seedkeys = list(json.loads(open("/work/shared/gold/seeds.jsonl").readline()).keys())
assert seedkeys == FIELDS, seedkeys
recs = [json.loads(l) for l in open(G/"gold.jsonl", encoding="utf-8")]
docs = sorted(p.name for p in (G/"docs").glob("*.txt"))
texts = {d: (G/"docs"/d).read_text(encoding="utf-8") for d in docs}
for d,t in texts.items():
    assert not t.startswith("\ufeff"), d
src = [l.rstrip("\n").split("\t") for l in open(G/"sources.tsv", encoding="utf-8")][1:]
assert sorted(r[0] for r in src) == docs, "sources/docs mismatch"
dates = json.load(open(G/"dates.json"))
assert set(dates) <= set(docs)
seen=set()
for r in recs:
    assert list(r.keys()) == FIELDS, r
    assert r["doc"] in texts, r["doc"]
    t = texts[r["doc"]]
    assert isinstance(r["start"], int) and isinstance(r["end"], int)
    assert t[r["start"]:r["end"]] == r["quote"], r
    assert r["tier"] in ("core","optional")
    assert r["kind"] in ("target","deadline","deliverable","duty","indicator")
    assert r["deadline_text"] is None or (isinstance(r["deadline_text"], str) and r["deadline_text"] in r["quote"]), r
    if r["deadline"] is not None:
        datetime.date.fromisoformat(r["deadline"]); assert r["deadline_precision"] in ("year","quarter","month","day"), r
    else: assert r["deadline_precision"] is None, r
    assert r["metric"] is None or isinstance(r["metric"], str)
    assert r["comparator"] in (None, ">=","<=","=","increase","decrease","zero","full"), r
    v = r["value"]
    assert v is None or (isinstance(v,(int,float)) and not isinstance(v,bool)) or (isinstance(v,list) and len(v)==2 and all(isinstance(x,(int,float)) for x in v)), r
    assert r["unit"] is None or isinstance(r["unit"], str)
    assert isinstance(r["responsible"], list) and all(isinstance(x,str) and x for x in r["responsible"]) and r["responsible"], r
    assert r["region"] is None or isinstance(r["region"], str)
    if r["kind"] == "target" and r["value"] is not None: assert r["comparator"], r
    k=(r["doc"],r["start"],r["end"],r["kind"])
    assert k not in seen, ("dup", r); seen.add(k)
print("records", len(recs), "docs", len(docs))
pd = collections.Counter(r["doc"] for r in recs)
for d in docs: print(f"  {d}: {pd[d]}")
print("kind", dict(collections.Counter(r["kind"] for r in recs)))
print("tier", dict(collections.Counter(r["tier"] for r in recs)))
print("kind x tier", dict(collections.Counter((r["kind"],r["tier"]) for r in recs)))
print("genre", dict(collections.Counter(r[3] for r in src)))
