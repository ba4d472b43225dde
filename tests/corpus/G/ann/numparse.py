import re
UNITS = ["万平方米","万人次","万个","万人","人次","公里","个百分点","%","个","张","场","家","人","套","台","户","座","所","项","亿元","万元","万亩","亩","条","件","辆","吨","万吨"]
def parse(q):
    """return (metric, value, unit) from a clause ending with number+unit"""
    m = re.search(r"(\d+(?:\.\d+)?)(" + "|".join(map(re.escape, UNITS)) + r")", q)
    ms = list(re.finditer(r"(\d+(?:\.\d+)?)(" + "|".join(map(re.escape, UNITS)) + r")", q))
    if not ms: return None, None, None
    m = ms[-1]
    v = float(m.group(1)); v = int(v) if v.is_integer() and "." not in m.group(1) else v
    metric = q[:m.start()]
    metric = re.sub(r"^(已完成|已经|已|完成|累计|全年|预计)", "", metric)
    metric = re.sub(r"(达到|已达|达|为|共)$", "", metric)
    return metric or q, v, m.group(2)
