import json
from pathlib import Path
from meta import META
G = Path(__file__).resolve().parent.parent
with open(G/"sources.tsv","w",encoding="utf-8") as f:
    f.write("file\turl\ttitle\tgenre\tdate\n")
    for r in META: f.write("\t".join(r)+"\n")
json.dump({r[0]: r[4] for r in META if r[4]}, open(G/"dates.json","w",encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(META))
