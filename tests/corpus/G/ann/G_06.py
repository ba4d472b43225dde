import re, sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from numparse import parse
from pathlib import Path
DOC = "G_06_closeout.txt"
DEFAULTS = dict(deadline="2024-12-30", deadline_precision="day", region="杭州市", responsible=["杭州市人民政府"], kind="indicator")
t = (Path(__file__).parent.parent/"docs"/DOC).read_text(encoding="utf-8")
RECS = [dict(q="2024年10件民生实事48个子项目", metric="民生实事子项目数", comparator="=", value=48, unit="个", tier="optional")]
for n, line in enumerate(t.split("\n")[1:]):
    line = re.sub(r"^([^)]*)", "", line)  # drop (一)
    for c in re.split("[、,。]", line):
        c = c.strip()
        if not c: continue
        if c in ("已新建成中小学", ")已新建成中小学"): continue
        if c == "幼儿园96所": c = "已新建成中小学、幼儿园96所"
        if c.startswith("免费接种流感疫苗"):
            RECS.append(dict(q=c, metric="流感疫苗免费接种", comparator="full", tier="optional")); continue
        metric, v, u = parse(c)
        if metric is None: print("??", c); continue
        if "完成率" in c:
            metric = f"第{n+1}项民生实事" + ("整体完成率" if "整体" in c else "完成率")
        RECS.append(dict(q=c, metric=metric, comparator="=", value=v, unit=u))
