"""Check (and with --apply, settle) the annotation conventions of the corpus gold.

Each rule reads only the gold record, its quote, its document and the document's title
(sources.tsv); never the extractor's output. Offsets and quotes are never changed, only
the fields comparator, value, unit and responsible.

    python tools/gold_conventions.py            # print every record a rule would change
    python tools/gold_conventions.py --apply    # rewrite tests/corpus/*/gold.jsonl
    python tools/gold_conventions.py --counts   # counts per set and rule only

Rules (tests/corpus/README.md, "Conventions settled across sets"):
  R1  新增 X N: a count of new things to deliver, `=` (`>=` with 以上/超过/不少于/余/多), not
      `increase`; 新增 N standing alone after a level just stated (粮食播种面积4440万亩、
      新增202.9万亩) is that level's change and stays `increase`.
  R2  plain 完成/建成/开工/竣工/完工/办结/制定/印发/成立/建立 … with no word of "all"
      (全部, 全面, 全覆盖, 所有, 均, 一律, 逐一, 各项, 彻底, 应…尽…, 圆满 …): no comparator
      (`=` when the record carries a count); `full` is kept for the page's 全覆盖/全部完成/
      全面完成 and their like, and for attained end states (达到…标准, 基本实现).
  R3  整改到位 / 安装到位 / 落实到位 without a word of "all": no comparator (seeds:
      確保如期整改到位 → empty), `=` with a count.
  R4  the issuer when no body is named, as the document writes it: a plan issued by an
      office (XX人民政府办公室/办公厅 关于印发…, 中共XX委办公室、XX人民政府办公室 印发) is
      the office's, not the government's or committee's; records that fall back on the
      parent body, in a clause that names no body, take the office as written.
  R5  units: headcounts 人 (名, 位 of people → 人; 万名 → 万人); ranks 位 (名 of a rank →
      位); simplified script (項 → 项, 個 → 个, 萬 → 万 …); /天 → /日; 万标箱 → 万标准箱.
  R6  growth read the same way everywhere: 增长/上涨 X (the value is the amount) →
      `increase`; 涨幅/升幅 X (左右) (the value is the rate as a level) → `=`.
"""
import argparse
import collections
import glob
import json
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tests', 'corpus')

ALL_WORDS = re.compile(
    r'全覆盖|全覆蓋|全部|全面|全数|全數|所有|均|一律|逐一|逐项|逐項|全线|全線|100%|百分之百|'
    r'应[\u4e00-\u9fff]尽[\u4e00-\u9fff]|應[\u4e00-\u9fff]盡[\u4e00-\u9fff]|彻底|徹底|各项|各項|'
    r'每个|每個|每一|一切|圆满|圓滿|不折不扣|不留|不落|清仓|清倉|无一|無一|'
    r'全(?:收集|处理|處理|收|处|處)')
DONE_VERBS = re.compile(
    r'完成|完工|竣工|开工|開工|复工|復工|建成|投用|投运|投運|投产|投產|办结|辦結|办好|辦好|'
    r'销号|銷號|销项|銷項|制定|制訂|印发|印發|出台|出臺|成立|建立|召开|召開|发布|發布|创建|創建|'
    r'获评|獲評|入选|入選|通车|通車|贯通|貫通|收官|整改完毕|整改完畢')
NOT_VERB = re.compile(r'建成区|建成區')   # the built-up area, not a thing built
IN_PLACE = re.compile(r'到位')
MORE = re.compile(r'以上|超过|超過|不少于|不少於|不低于|不低於|至少|[\d.]+\s*[^\d\s,,。;;、]{0,4}?(余|餘|多)')
GROW_VERB = re.compile(r'增长|增長|提高|提升|增加|上涨|上漲|上升')
RANK = re.compile(r'排名|排位|位次|名次|榜首|首位|排序')
TRAD_UNIT = str.maketrans('項個萬億噸畝張戶處條臺輛間場級點號塊個', '项个万亿吨亩张户处条台辆间场级点号块个')

OFFICE = re.compile(
    r'((?:中共)?[\u4e00-\u9fff]{1,14}?(?:人民政府|政府|委|工委)(?:办公室|办公厅|辦公室|辦公廳))'
    r'(?:、((?:中共)?[\u4e00-\u9fff]{1,14}?(?:人民政府|政府|委|工委)(?:办公室|办公厅|辦公室|辦公廳)))?'
    r'\s*(?:(?:近日|日前)?(?:印发|印發|发布|發布|转发|轉發)|关于(?:印发|转发)|關于(?:印發|轉發)|關於(?:印發|轉發))'
    r'(?!时间|時間|机构|機構|日期)')
BODY_IN_CLAUSE = re.compile(r'人民政府|[省市县縣区區州旗]政府|[省市县縣区區州]委|工委|党委|黨委')


def load_titles():
    titles = {}
    for f in glob.glob(os.path.join(ROOT, '*', 'sources.tsv')):
        s = os.path.basename(os.path.dirname(f))
        for line in open(f, encoding='utf-8'):
            p = line.rstrip('\n').split('\t')
            if len(p) > 2 and p[0] != 'file':
                titles[(s, p[0])] = p[2]
    return titles


def _num_str(v):
    return f'{v:g}' if isinstance(v, (int, float)) else None


# ---------------------------------------------------------------- R1 新增
def r1_xinzeng(r, text):
    q = r['quote']
    if r['comparator'] != 'increase' or r['value'] is None or '新增' not in q:
        return None
    if GROW_VERB.search(q.replace('新增', '')):
        return None                     # another growth verb carries the value
    if re.fullmatch(r'新增\s*[\d.]+\s*[^\d\s]{0,4}', q):
        return None                     # a level's change: 粮食播种面积4440万亩、新增202.9万亩
    return {'comparator': '>=' if MORE.search(q) else '='}


# ---------------------------------------------------------------- R2/R3 full
def _plain(r, pattern):
    q = r['quote']
    if r['comparator'] != 'full' or not pattern.search(q) or ALL_WORDS.search(q):
        return None
    return {'comparator': '=' if r['value'] is not None else None}


def r3_in_place(r, text):
    if not IN_PLACE.search(r['quote']):
        return None
    return _plain(r, IN_PLACE)


def r2_plain_done(r, text):
    if IN_PLACE.search(r['quote']) or not DONE_VERBS.search(NOT_VERB.sub('', r['quote'])):
        return None
    return _plain(r, DONE_VERBS)


# ---------------------------------------------------------------- R4 issuer
def office_of(title, text, region=None):
    """The office(s) that issue the document, as its title or opening writes them.
    A bare 市人民政府办公室 takes the place name of the record's region (the title names
    it: 市人民政府办公室关于印发六盘水市…方案)."""
    for src in (title, text[:300]):
        m = OFFICE.search(src)
        if m:
            out = []
            for o in (g for g in m.groups() if g):
                if o[0] in '市县縣区區州省旗' and region and region.endswith(o[0]) and region in title + text[:300]:
                    o = region + o[1:]
                out.append(o)
            return out
    return []


def _parent(office):
    return re.sub('(办公室|办公厅|辦公室|辦公廳)$', '', office)


def _same_body(a, b):
    def norm(s):
        return re.sub('人民', '', s).replace('中共', '')
    return norm(a) == norm(b)


def r4_issuer(r, text, offices):
    if not offices or not r['responsible']:
        return None
    start = r['start']
    cut = max(text.rfind(c, 0, start) for c in '。;;!\n')
    clause = text[cut + 1:r['end']]
    new = []
    changed = False
    for b in r['responsible']:
        repl = b
        for o in offices:
            if b == o:
                break
            if _same_body(b, o):                      # 河南省人民政府辦公廳 → as written
                repl = o
                break
            p = _parent(o)
            if (_same_body(b, p) or (len(p) > 3 and _same_body(b, p.split('市')[-1]))) \
                    and not BODY_IN_CLAUSE.search(clause):
                repl = o
                break
        changed |= repl != b
        if repl not in new:
            new.append(repl)
    return {'responsible': new} if changed else None


# ---------------------------------------------------------------- R5 units
def r5_unit(r, text):
    u = r['unit']
    if not u:
        return None
    new = u.translate(TRAD_UNIT)
    rank = bool(RANK.search(r['metric'] or '')) or bool(re.search(r'第|前[\d一二三四五六七八九十]+|榜首|首位', r['quote']))
    if new in ('名', '万名'):
        new = '位' if rank else new.replace('名', '人')
    elif new == '位' and not rank:
        new = '人'
    new = new.replace('/天', '/日')
    if new == '万标箱':
        new = '万标准箱'
    return {'unit': new} if new != u else None


# ---------------------------------------------------------------- R6 growth
def r6_growth(r, text):
    q, v, c = r['quote'], r['value'], r['comparator']
    if v is None or isinstance(v, list):
        return None
    vs = _num_str(v)
    # 涨幅/升幅 X(左右): the rate as a level
    m = re.search(r'(涨幅|漲幅|升幅)\s*([\d.]+)\s*%?\s*(左右)?', q)
    if m and not re.search(r'上涨|上漲|控制|以内|以內|不超过|不超過', q) and _num_str(float(m.group(2))) == vs:
        return {'comparator': '='} if c not in ('=',) and not MORE.search(q) else None
    # 增长/上涨 X: the amount of growth
    m = re.search(r'(?<!年均)(增长|增長|上涨|上漲)(?:了|同比)?\s*([\d.]+)\s*%?', q)
    if m and _num_str(float(m.group(2))) == vs and c == '=' and not re.search(r'以上|左右.*以上', q):
        return {'comparator': 'increase'}
    return None


RULES = [('R1', r1_xinzeng), ('R2', r2_plain_done), ('R3', r3_in_place), ('R5', r5_unit), ('R6', r6_growth)]


def run(apply=False, verbose=True):
    titles = load_titles()
    counts = collections.defaultdict(collections.Counter)
    for path in sorted(glob.glob(os.path.join(ROOT, '*', 'gold.jsonl'))):
        s = os.path.basename(os.path.dirname(path))
        lines = open(path, encoding='utf-8').read().splitlines()
        out = []
        texts = {}
        for line in lines:
            r = json.loads(line)
            if r['doc'] not in texts:
                texts[r['doc']] = open(os.path.join(ROOT, s, 'docs', r['doc']), encoding='utf-8').read()
            text = texts[r['doc']]
            assert text[r['start']:r['end']] == r['quote'], (s, r['doc'], r['start'])
            title = titles.get((s, r['doc']), '')
            def r4(r, t, title=title):
                return r4_issuer(r, t, office_of(title, t, r.get('region')))
            for name, fn in [*RULES, ('R4', r4)]:
                ch = fn(r, text)
                if ch and any(r[k] != v for k, v in ch.items()):
                    counts[s][name] += 1
                    if verbose:
                        old = {k: r[k] for k in ch}
                        print(f'{name} {s} {r["doc"]} {r["start"]}-{r["end"]} {r["quote"][:50]!r}: {old} -> {ch}')
                    r.update(ch)
            out.append(json.dumps(r, ensure_ascii=False))
        if apply:
            with open(path, 'w', encoding='utf-8') as f:
                f.write('\n'.join(out) + '\n')
    return counts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--apply', action='store_true')
    ap.add_argument('--counts', action='store_true')
    a = ap.parse_args()
    counts = run(apply=a.apply, verbose=not a.counts)
    names = ['R1', 'R2', 'R3', 'R4', 'R5', 'R6']
    print('set  ' + ' '.join(f'{n:>4}' for n in names) + '  total')
    tot = collections.Counter()
    for s in sorted(counts):
        tot.update(counts[s])
        print(f'{s:4} ' + ' '.join(f'{counts[s][n]:4}' for n in names) + f'  {sum(counts[s].values()):5}')
    print('all  ' + ' '.join(f'{tot[n]:4}' for n in names) + f'  {sum(tot.values()):5}')
    return 1 if sum(tot.values()) and not a.apply else 0


if __name__ == '__main__':
    sys.exit(main())
