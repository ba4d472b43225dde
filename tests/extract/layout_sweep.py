"""The layout sweep (session 11q): the same commitment, rendered in many layouts, must
become a suggestion that the scorer (shared/tools/score_suggestions.py) matches: overlap
at least 60 % of the quote and at least 25 % of the suggestion, on the scorer's
normalised text (white space dropped, NFKC, Traditional mapped to Simplified).

Every document goes through the public path `tracker suggest --format jsonl` runs
(tracker.services.suggesting.suggest_file: read the file, normalise, suggest), written
to a temporary file with the suffix of its format (.txt, .html).

The commitments are of every kind (targets, deadlines, deliverables, duties), half
written for the sweep and half the core quotes of dev gold records of several sets
(inline pinyin dropped). Each layout is a function of (the quote, two neighbours) that
returns the document with the quote marked «…»; the neighbours are other commitments of
the list, so a layout must also keep neighbours apart. Furniture (page numbers, header
rows, bare section headings) is marked ⟦…⟧: a suggestion lying mostly on furniture is a
false alarm the sweep counts.

Run as a script for the table of passes by layout:
    PYTHONHASHSEED=0 PYTHONPATH=$PWD python tests/extract/layout_sweep.py [-v]
"""

from __future__ import annotations

import functools
import importlib.util
import re
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOC_DATE = date(2025, 3, 1)

# Written for the sweep: targets, deadlines, deliverables and duties in the words of work
# reports, plans, task tables and rectification lists.
OWN = [
    "2025年底前完成全部12个问题整改",
    "到2027年，全市城市生活污水集中收集率达到75%以上",
    "年内新建改造农村公路120公里",
    "确保6月底前完成老旧小区改造项目竣工验收",
    "力争全年接待游客突破2000万人次",
    "建成区黑臭水体全面消除",
    "新增城镇就业岗位1.2万个",
    "今年完成植树造林5万亩",
    "10月底前出台农村生活垃圾分类实施方案",
    "市生态环境局每季度通报一次空气质量排名情况",
    "完成200户农村危房改造",
    "实现乡镇污水处理设施全覆盖",
    "全面完成“十四五”规划目标任务",
    "粮食播种面积稳定在120万亩以上",
    "开工建设保障性租赁住房3000套",
    "2026年6月30日前完成河道清淤整治工作",
    "单位地区生产总值二氧化碳排放下降4%",
    "县城污水处理率达到95%",
    "打通断头路8条",
    "三年内建成覆盖城乡的养老服务网络",
]

# Core quotes of dev gold records (sets A–O, dev part), pinyin dropped, Simplified.
GOLD = [
    "抓紧制定2030年前二氧化碳排放达峰行动方案",  # A_44
    "加快推进全国碳排放权交易市场建设",  # A_44
    "单位国内生产总值能耗降低3%左右",  # B_37
    "细颗粒物(PM2.5)平均浓度不高于34微克/立方米",  # C_34
    "科技进步贡献率达到65%左右",  # D_18
    "森林覆盖率达到38%以上",  # D_29
    "全社会研发经费投入增长10%左右",  # F_04
    "城镇调查失业率5.5%左右",  # F_06
    "对严重滞后的事项进行通报并挂牌督办",  # G_30
    "务必在6月1日前对照问题清单完成整改",  # H_21
    "牵头单位适时向市人民政府报告落实过程中存在的困难和问题",  # H_14
    "固定资产投资增长8%以上",  # I_23
    "初步建成工程建设项目审批制度框架和管理系统",  # J_25
    "启动西侧400亩地块征地拆迁工作",  # K_30
    "实施招商引资“百千”行动",  # K_13
    "推进虹桥商务区小学等8所学校建设",  # L_02
    "建成投运充电桩4700个",  # L_03
    "确保全市县级以上集中式饮用水水源水质100%达标",  # M_07
    "各牵头单位要统筹落实任务事项，制定工作推进方案，明确时间表、路线图、责任制",  # N_06
    "研究制定红酒、牦牛等地方标准5个",  # O_02
]

COMMITMENTS = OWN + GOLD

# Sentences with nothing to check, as work reports and plans write them.
GENERIC = [
    "我们要坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大精神。",
    "各地各部门要提高政治站位，切实增强责任感和紧迫感。",
    "过去一年，面对复杂严峻的外部环境，全市上下团结奋斗，经济社会发展取得新成效。",
    "要强化组织领导，形成工作合力。",
]

BODIES = ["市发展改革委", "市生态环境局", "市住房城乡建设局", "各县（市、区）人民政府"]
DUES = ["2025年12月底前", "2025年6月", "长期坚持", "2025年9月30日"]

Layout = Callable[[str, str, str], str]


def _p(q: str) -> str:
    """The quote with a final full stop unless it ends in one."""
    return q if q.endswith(("。", "；")) else q + "。"


def _list(marker: Callable[[int], str], stop: str = "。") -> Layout:
    def render(q: str, a: str, b: str) -> str:
        items = [a, f"«{q}»", b]
        return "⟦一、重点任务⟧\n" + "".join(
            f"{marker(i)}{x}{stop}\n" for i, x in enumerate(items, 1))
    return render


CN = "〇一二三四五六七八九十"
CIRCLED = "⓪①②③④⑤⑥⑦⑧⑨⑩"
ORDINAL = {1: "一是", 2: "二是", 3: "三是"}
NTH = {1: "第一，", 2: "第二，", 3: "第三，"}


def _paragraph(q: str, a: str, b: str) -> str:
    return (f"{GENERIC[2]}{_p(a)}\n　　{GENERIC[0]}今年，«{q}»。{_p(b)}{GENERIC[3]}\n")


def _paragraph_mid(q: str, a: str, b: str) -> str:
    return f"　　{GENERIC[1]}«{q}»，{b}。\n"


def _semicolons(q: str, a: str, b: str) -> str:
    return f"⟦（二）主要目标⟧\n{a}；«{q}»；{b}。\n"


def _heading(q: str, a: str, b: str) -> str:
    return f"⟦一、总体要求⟧\n{GENERIC[1]}\n二、«{q}»\n{GENERIC[3]}{_p(a)}\n"


def _heading_paren(q: str, a: str, b: str) -> str:
    return f"⟦一、总体要求⟧\n{GENERIC[1]}\n（二）«{q}»\n{GENERIC[3]}{_p(a)}\n"


def _no_stop(q: str, a: str, b: str) -> str:
    return f"⟦重点任务⟧\n{a}\n«{q}»\n{b}\n"


def _last_line(q: str, a: str, b: str) -> str:
    return f"⟦重点任务⟧\n{_p(a)}\n«{q}»"


def _last_line_numbered(q: str, a: str, b: str) -> str:
    return f"⟦重点任务⟧\n1.{_p(a)}\n2.«{q}»"


def _row(cells: list[str], sep: str) -> str:
    return sep.join(cells)


def _table(sep: str, header: list[str] | None, pipes: bool = False) -> Layout:
    def render(q: str, a: str, b: str) -> str:
        rows = []
        for i, (task, body, due) in enumerate(
                [(a, BODIES[0], DUES[0]), (f"«{q}»", BODIES[1], DUES[1]), (b, BODIES[2], DUES[2])], 1):
            cells = {"序号": str(i), "任务": task, "责任单位": body, "完成时限": due}
            cols = header or ["序号", "任务", "责任单位", "完成时限"]
            rows.append([cells[c] for c in cols])
        lines = []
        if header:
            lines.append("⟦" + _row(header, sep) + "⟧" if not pipes
                         else "⟦| " + " | ".join(header) + " |⟧")
            if pipes:
                lines.append("|" + "|".join(" --- " for _ in header) + "|")
        for r in rows:
            lines.append("| " + " | ".join(r) + " |" if pipes else _row(r, sep))
        return "⟦附件：重点任务清单⟧\n" + "\n".join(lines) + "\n"
    return render


def _target_table(order: list[str]) -> Layout:
    """A row of a table whose header names 任务/责任单位/完成时限/目标值 in `order`."""
    def render(q: str, a: str, b: str) -> str:
        lines = ["⟦" + "\t".join(order) + "⟧"]
        for task, body, due in [(a, BODIES[0], DUES[0]), (f"«{q}»", BODIES[1], DUES[3]),
                                (b, BODIES[3], DUES[2])]:
            cells = {"任务": task, "责任单位": body, "完成时限": due, "目标值": "按期完成"}
            lines.append("\t".join(cells[c] for c in order))
        return "\n".join(lines) + "\n"
    return render


def _wrap(text: str, columns: int) -> str:
    """Lines cut at `columns` columns (a wide character two), as a PDF's text comes out."""
    import unicodedata
    out, line, used = [], "", 0
    for ch in text:
        w = 0 if ch in "«»" else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        if used + w > columns:
            out.append(line)
            line, used = "", 0
        line += ch
        used += w
    if line:
        out.append(line)
    return "\n".join(out)


def _pdf(width: int) -> Layout:
    def render(q: str, a: str, b: str) -> str:
        first = f"　　{GENERIC[2]}{_p(a)}"
        second = f"　　{GENERIC[0]}今年，«{q}»。{_p(b)}{GENERIC[3]}"
        return _wrap(first, width) + "\n" + _wrap(second, width) + "\n"
    return render


def _page_break(q: str, a: str, b: str) -> str:
    """A page number interrupts the quote (the PDF's page furniture between two lines)."""
    body = f"　　{GENERIC[0]}{_p(a)}今年，«{q}»。{_p(b)}"
    cut = body.index("«") + 1 + len(q) // 2
    return body[:cut] + "\n⟦第 3 页⟧\n" + body[cut:] + "\n"


def _page_dash(q: str, a: str, b: str) -> str:
    body = f"　　{GENERIC[0]}{_p(a)}今年，«{q}»。{_p(b)}"
    cut = body.index("«") + 1 + len(q) // 2
    return body[:cut] + "\n⟦— 3 —⟧\n" + body[cut:] + "\n"


def _traditional(inner: Layout) -> Layout:
    def render(q: str, a: str, b: str) -> str:
        return _s2t(inner(q, a, b))
    return render


@functools.cache
def _converter():
    import opencc
    return opencc.OpenCC("s2t").convert


def _s2t(text: str) -> str:
    return _converter()(text)


# Inline pinyin as news sites repost Traditional texts (環(huán)境, 設(shè)施)
_PINYIN = {"環": "huán", "設": "shè", "實": "shí", "與": "yǔ", "進": "jìn", "產": "chǎn", "發": "fā",
           "區": "qū", "國": "guó", "個": "gè", "億": "yì", "萬": "wàn", "項": "xiàng", "達": "dá"}


def _pinyin(inner: Layout) -> Layout:
    def render(q: str, a: str, b: str) -> str:
        return "".join(f"{ch}({_PINYIN[ch]})" if ch in _PINYIN else ch for ch in _s2t(inner(q, a, b)))
    return render


def _digits_fullwidth(inner: Layout) -> Layout:
    def render(q: str, a: str, b: str) -> str:
        return inner(_fullwidth(q), a, b)
    return render


def _fullwidth(text: str) -> str:
    return text.translate({c: c + 0xFEE0 for c in range(0x21, 0x7F) if chr(c) not in "«»⟦⟧"})


def _full_width_digits(q: str, a: str, b: str) -> str:
    return _list(lambda i: f"{i}．")(_fullwidth(q), a, b)


def _html_paragraphs(q: str, a: str, b: str) -> str:
    return ("<html><head><title>关于印发重点工作任务的通知</title></head><body><article>"
            "<h1>关于印发重点工作任务的通知</h1>"
            f"<p>{GENERIC[0]}</p><p>{_p(a)}</p><p>今年，«{q}»。</p><p>{_p(b)}</p>"
            f"<p>{GENERIC[3]}</p><p>{GENERIC[1]}</p></article></body></html>")


def _html_list(q: str, a: str, b: str) -> str:
    return ("<html><head><title>重点任务</title></head><body><article><h1>重点任务</h1>"
            f"<p>{GENERIC[0]}</p><ol><li>{_p(a)}</li><li>«{q}»。</li><li>{_p(b)}</li></ol>"
            f"<p>{GENERIC[3]}{GENERIC[1]}</p></article></body></html>")


def _html_table(q: str, a: str, b: str) -> str:
    rows = "".join(f"<tr><td>{i}</td><td>{t}</td><td>{body}</td><td>{due}</td></tr>"
                   for i, (t, body, due) in enumerate(
                       [(a, BODIES[0], DUES[0]), (f"«{q}»", BODIES[1], DUES[1]),
                        (b, BODIES[2], DUES[2])], 1))
    return ("<html><head><title>重点任务清单</title></head><body><article><h1>重点任务清单</h1>"
            f"<p>{GENERIC[0]}{GENERIC[3]}</p>"
            "<table><tr><th>序号</th><th>任务</th><th>责任单位</th><th>完成时限</th></tr>"
            f"{rows}</table><p>{GENERIC[1]}</p></article></body></html>")


def _run_in(marker: str) -> Layout:
    """The quote opens an item's paragraph, the item's details after it."""
    def render(q: str, a: str, b: str) -> str:
        return (f"⟦一、重点任务⟧\n{marker}«{q}»。{GENERIC[3]}{_p(a)}\n"
                f"{marker.replace('一', '二').replace('1', '2')}{_p(b)}{GENERIC[1]}\n")
    return render


def _inline(m1: str, m2: str, m3: str) -> Layout:
    """Items numbered inside one line: （1）…；（2）…；（3）…。"""
    def render(q: str, a: str, b: str) -> str:
        return f"{GENERIC[3][:-1]}：{m1}{a}；{m2}«{q}»；{m3}{b}。\n"
    return render


def _role_note(q: str, a: str, b: str) -> str:
    return f"{GENERIC[0]}{_p(a)}«{q}»（{BODIES[1]}牵头，{BODIES[2]}配合）。{_p(b)}\n"


def _labels(q: str, a: str, b: str) -> str:
    return (f"⟦问题1⟧：{a}\n整改目标：«{q}»。\n⟦整改时限：{DUES[0]}⟧\n⟦责任单位：{BODIES[1]}⟧\n")


def _wrapped_list(q: str, a: str, b: str) -> str:
    items = [f"{i}.{x}{GENERIC[3] if i != 2 else '。'}" for i, x in
             enumerate([_p(a)[:-1] + "，", f"«{q}»", _p(b)[:-1] + "，"], 1)]
    return "\n".join(_wrap(x, 60) for x in items) + "\n"


LAYOUTS: dict[str, Layout] = {
    "paragraph": _paragraph,
    "paragraph_mid": _paragraph_mid,
    "list 1.": _list(lambda i: f"{i}."),
    "list 1、": _list(lambda i: f"{i}、"),
    "list （1）": _list(lambda i: f"（{i}）"),
    "list (1)": _list(lambda i: f"({i})"),
    "list ①": _list(lambda i: CIRCLED[i]),
    "list 一是": _list(lambda i: ORDINAL[i]),
    "list 第一，": _list(lambda i: NTH[i]),
    "list 一、": _list(lambda i: f"{CN[i]}、"),
    "list （一）": _list(lambda i: f"（{CN[i]}）"),
    "list 1)": _list(lambda i: f"{i})"),
    "list •": _list(lambda i: "• "),
    "list -": _list(lambda i: "- "),
    "list ▲": _list(lambda i: "▲"),
    "list □": _list(lambda i: "□"),
    "list 1. no stop": _list(lambda i: f"{i}.", stop=""),
    "list （1） no stop": _list(lambda i: f"（{i}）", stop=""),
    "list ； stop": _list(lambda i: f"{i}.", stop="；"),
    "list １． full-width": _full_width_digits,
    "semicolons": _semicolons,
    "heading 二、": _heading,
    "heading （二）": _heading_paren,
    "lines no stop": _no_stop,
    "last line": _last_line,
    "last line numbered": _last_line_numbered,
    "table TAB": _table("\t", ["序号", "任务", "责任单位", "完成时限"]),
    "table spaces": _table("    ", ["序号", "任务", "责任单位", "完成时限"]),
    "table pipes": _table(" | ", ["序号", "任务", "责任单位", "完成时限"], pipes=True),
    "table full-width spaces": _table("\u3000\u3000", ["序号", "任务", "责任单位", "完成时限"]),
    "table no header": _table("\t", None),
    "table 任务/单位/时限/目标": _target_table(["任务", "责任单位", "完成时限", "目标值"]),
    "table 单位/任务/目标/时限": _target_table(["责任单位", "任务", "目标值", "完成时限"]),
    "table 目标/任务/时限/单位": _target_table(["目标值", "任务", "完成时限", "责任单位"]),
    "table 时限/单位/任务": _target_table(["完成时限", "责任单位", "任务"]),
    "traditional paragraph": _traditional(_paragraph),
    "traditional list （1）": _traditional(_list(lambda i: f"（{i}）")),
    "traditional table": _traditional(_table("\t", ["序号", "任务", "责任单位", "完成时限"])),
    "pdf 60 columns": _pdf(60),
    "pdf 74 columns": _pdf(74),
    "page 第 3 页": _page_break,
    "page — 3 —": _page_dash,
    "traditional pinyin paragraph": _pinyin(_paragraph),
    "traditional pinyin list （1）": _pinyin(_list(lambda i: f"（{i}）")),
    "traditional table no header": _traditional(_table("\t", None)),
    "full-width paragraph": _digits_fullwidth(_paragraph),
    "full-width table": _digits_fullwidth(_table("\t", ["序号", "任务", "责任单位", "完成时限"])),
    "run-in （一）": _run_in("（一）"),
    "run-in 一是": _run_in("一是"),
    "run-in 1.": _run_in("1."),
    "inline （1）；": _inline("（1）", "（2）", "（3）"),
    "inline 一是；": _inline("一是", "二是", "三是"),
    "inline ①；": _inline("①", "②", "③"),
    "role note": _role_note,
    "labels 整改目标：": _labels,
    "pdf wrapped list": _wrapped_list,
    "html paragraphs": _html_paragraphs,
    "html list": _html_list,
    "html table": _html_table,
}

SUFFIX = {name: ".html" if name.startswith("html") else ".txt" for name in LAYOUTS}


@functools.cache
def _scorer():
    sys.path.insert(0, str(ROOT / "tools"))
    from shared_dir import find_shared
    shared = find_shared(ROOT) or ROOT.parent / "shared"
    path = shared / "tools" / "score_suggestions.py"
    spec = importlib.util.spec_from_file_location("score_suggestions", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


MARKS = re.compile(r"[«»⟦⟧]")


def neighbours(i: int) -> tuple[str, str]:
    n = len(COMMITMENTS)
    return COMMITMENTS[(i + 7) % n], COMMITMENTS[(i + 19) % n]


def _norm_span(sc, norm: str, piece: str) -> tuple[int, int] | None:
    q, _ = sc.normalise(piece)
    at = norm.find(q)
    return (at, at + len(q)) if q and at >= 0 else None


def run(layout: str, i: int) -> dict:
    """Render commitment i in the layout, suggest, and judge as the scorer does."""
    sc = _scorer()
    from tracker.extract import to_json
    from tracker.ingest import read_path
    from tracker.services.suggesting import suggest_file

    q = COMMITMENTS[i]
    a, b = neighbours(i)
    marked = LAYOUTS[layout](q, a, b)
    furniture = [m.group(1) for m in re.finditer(r"⟦(.*?)⟧", marked)]
    raw = MARKS.sub("", marked)
    quote = re.search(r"«(.*?)»", marked, re.S)
    assert quote is not None
    gold_text = MARKS.sub("", re.sub(r"⟦.*?⟧", "", quote.group(1)))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / ("doc" + SUFFIX[layout])
        path.write_text(raw, encoding="utf-8")
        text = read_path(path).text
        found = [to_json(s) for s in suggest_file(path, DOC_DATE) if s.duplicate_of is None]
    norm, where = sc.normalise(text)
    gold = _norm_span(sc, norm, gold_text)
    if gold is None:  # a page number inside the quote: from its first to its last words
        head = _norm_span(sc, norm, gold_text[:6])
        tail = _norm_span(sc, norm, gold_text[-6:])
        gold = (head[0], tail[1]) if head and tail else None
    furn = [s for f in furniture if (s := _norm_span(sc, norm, f)) is not None]
    used: set = set()
    hit, alarms, spans = False, [], []
    for s in found:
        if s.get("kind") == "indicator":
            continue
        span = sc.locate(norm, s.get("quote", ""), (s.get("start") or 0) / max(len(text), 1), used)
        if span is None:
            continue
        used.add(span)
        spans.append(s.get("quote", ""))
        if gold is not None and sc.matches(span, gold):
            hit = True
        if any(sc.overlap(span, f) >= 0.5 * (span[1] - span[0]) for f in furn):
            alarms.append(s.get("quote", ""))
    return {"hit": hit, "alarms": alarms, "quotes": spans, "gold_found": gold is not None,
            "text": text}


def sweep(layouts: list[str] | None = None, verbose: bool = False) -> dict[str, tuple[int, int, int]]:
    """Passes, commitments and furniture alarms by layout."""
    out = {}
    for name in layouts or list(LAYOUTS):
        passes = alarms = 0
        for i in range(len(COMMITMENTS)):
            r = run(name, i)
            passes += r["hit"]
            alarms += len(r["alarms"])
            if verbose and not r["hit"]:
                print(f"  miss  {name:<24} {COMMITMENTS[i]}  ⇐ {r['quotes']}")
            if verbose and r["alarms"]:
                print(f"  alarm {name:<24} {r['alarms']}")
        out[name] = (passes, len(COMMITMENTS), alarms)
    return out


def main() -> int:
    verbose = "-v" in sys.argv
    only = [a for a in sys.argv[1:] if not a.startswith("-")]
    res = sweep(only or None, verbose)
    tp = tn = ta = 0
    for name, (p, n, al) in res.items():
        print(f"{name:<28} {p:>3}/{n}  furniture alarms {al}")
        tp, tn, ta = tp + p, tn + n, ta + al
    print(f"{'TOTAL':<28} {tp:>4}/{tn}  furniture alarms {ta}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
