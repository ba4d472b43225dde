"""A sweep of how a document's opening tells who issued it, speaks in it or is bound by it
(issue 11, branch resp11s).

The convention (docs/commitments.md: "responsible — the bodies as written; the issuer when
none is named"; tests/corpus/README.md R4): a clause that names no body is the issuer's. On
news items and reposts the issuer is told by the opening's grammar, not by a title:

- a news item's dateline (新华社北京3月5日电（记者…） / 本报讯（记者…） / 央广网北京7月26日消息 /
  中新网上海3月5日电 / 据…报道) names where the reporter filed from and who published, never
  the issuer nor the jurisdiction;
- a body that issues a text (X近日印发《…》), also jointly (由A、B等九部门联合印发的《…》 /
  A、B等9部门联合印发《…》 / A会同B印发《…》 / 经国务院同意，A、B印发《…》 / 《…》由A、B联合
  印发): the issuers named;
- a body's own news conference (交通运输部25日召开新闻发布会透露 / 国务院新闻办公室举行新闻
  发布会，X副部长介绍 / 县政府新闻办召开发布会，X局长介绍 / …新闻发布会——某镇专场): the body
  that speaks, never the press office that hosts;
- a report of a meeting chaired or addressed by a head of government or a secretary whose
  personal name holds a place's name (市长尚朝阳 / 县委书记王长春 / 区长李建华): the division the
  post heads, never the place inside the name;
- a news summary of a work report (市政府工作报告指出… / 据县政府工作报告… / 今年的区政府工作
  报告明确…): the government that delivered it, by its place when named, else by its level;
- the source a news item cites (据X消息 / X消息：), a headline naming its body (X：到2035年…),
  a head of a ministry, department or bureau speaking (X部长某某在…指出 / X局局长某某表示).

``cases()`` yields each structure over places of several levels and bodies of several
kinds, with and without a dateline, in Simplified and Traditional script and with
full-width digits; every case expects the set of names of which the suggestion's bodies
must hold one (the scorer's test: the bodies overlap, after NFKC and Traditional →
Simplified). ``main`` prints the pass counts by structure.
"""

from __future__ import annotations

import functools
import sys
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import opencc


@dataclass(frozen=True)
class Case:
    name: str
    text: str
    want: frozenset[str]  # one of these names must be among the suggestion's bodies
    needles: tuple[str, ...] = ("优良天数", "60个行政村")


@functools.cache
def _cc(conf: str) -> opencc.OpenCC:
    return opencc.OpenCC(conf)


def s2t(text: str) -> str:
    return _cc("s2t").convert(text)


def norm(name: str) -> str:
    return _cc("t2s").convert(unicodedata.normalize("NFKC", name)).replace(" ", "")


def targets(scope: str) -> str:
    return (f"到2025年底，{scope}空气质量优良天数比例达到85%以上，"
            f"2025年6月底前完成60个行政村生活污水治理。")


NATIONAL = "到2035年，国家公路网总规模将超过46万公里，地级及以上城市空气质量优良天数比率达到87.5%。"
NATIONAL_NEEDLES = ("46万公里", "优良天数")

# Datelines: where the reporter filed from and who published ({city} is never the issuer)
DATELINES = (
    "",
    "新华社{city}3月5日电（记者 张三）",
    "本报讯（记者 李四 通讯员 王五）",
    "央广网{city}7月26日消息（记者杜希萌）",
    "中新网{city}3月5日电 ",
    "人民网{city}3月5日电（记者 赵六）",
    "据中央广播电视总台中国之声报道，",
)
DATELINE_CITIES = ("北京", "上海", "南昌")

# (body, its division's scope word, its place's government or None for a national body)
LOCAL_BODIES = (
    ("江西省生态环境厅", "全省"),
    ("九江市生态环境局", "全市"),
    ("修水县水利局", "全县"),
    ("濂溪区住房和城乡建设局", "全区"),
    ("甘孜藏族自治州发展和改革委员会", "全州"),
)
MINISTRIES = ("交通运输部", "生态环境部", "水利部", "国家发展改革委", "国家能源局")
JOINT_PAIRS = (
    ("国家发展改革委", "国家能源局", None),
    ("生态环境部", "国家发展改革委", None),
    ("江西省发展改革委", "江西省能源局", "全省"),
    ("九江市生态环境局", "九江市发展和改革委员会", "全市"),
    ("修水县农业农村局", "修水县财政局", "全县"),
)
# personal names that hold a division's name (朝阳区/朝阳市, 长春市, 建华区, 和平区, 振兴区,
# 延安市, 永新县, 丽江市)
PERSONS = ("尚朝阳", "王长春", "李建华", "张和平", "刘振兴", "陈延安", "赵永新", "孙丽江")
# (place, level, government, committee)
PLACES = (
    ("信阳市", "市", "信阳市人民政府", "信阳市委"),
    ("惠民县", "县", "惠民县人民政府", "惠民县委"),
    ("濂溪区", "区", "濂溪区人民政府", "濂溪区委"),
    ("江西省", "省", "江西省人民政府", "江西省委"),
)
SCOPE = {"省": "全省", "市": "全市", "县": "全县", "区": "全区"}
TOWNS = ("皂户李镇", "木塔乡", "三圳镇")


def _issue(dl: str, city: str) -> str:
    return dl.format(city=city)


def _structures() -> Iterator[Case]:
    # 1. a body issuing a text, after a dateline or none
    for i, dl in enumerate(DATELINES):
        city = DATELINE_CITIES[i % len(DATELINE_CITIES)]
        for body, scope in LOCAL_BODIES:
            opening = ("{b}近日印发《{t}》。《方案》提出，", "日前，{b}印发了《{t}》，明确",
                       "{b}日前出台《{t}》，")[i % 3]
            yield Case("issued-by-body", _issue(dl, city) + opening.format(
                b=body, t="空气质量持续改善行动方案") + targets(scope) + "\n", frozenset({body}))
        for body in MINISTRIES:
            yield Case("issued-by-ministry", _issue(dl, city) + f"{body}近日印发《国家公路网规划》。"
                       f"《规划》明确，{NATIONAL}\n", frozenset({body}), NATIONAL_NEEDLES)

    # 2. joint issuance
    joint = (
        "由{a}、{b}等九部门联合印发的《{t}》近日公开发布。《规划》明确，",
        "近日，{a}、{b}等9部门联合印发《{t}》，提出",
        "{a}、{b}等九部门日前联合印发了《{t}》。《规划》提出，",
        "近日，{a}会同{b}印发《{t}》，明确",
        "经国务院同意，{a}、{b}近日联合印发《{t}》。《规划》提出，",
        "《{t}》近日由{a}、{b}联合印发。《规划》提出，",
        "{a}和{b}日前联合发布《{t}》，",
    )
    for j, frame in enumerate(joint):
        for k, (a, b, scope) in enumerate(JOINT_PAIRS):
            dl = DATELINES[(j + k) % len(DATELINES)]
            city = DATELINE_CITIES[k % len(DATELINE_CITIES)]
            body = targets(scope) if scope else NATIONAL
            yield Case("joint-issuance", _issue(dl, city) + frame.format(
                a=a, b=b, t="“十四五”可再生能源发展规划") + body + "\n", frozenset({a, b}),
                ("优良天数", "60个行政村") if scope else NATIONAL_NEEDLES)

    # 3. a body's own news conference
    for i, dl in enumerate(DATELINES):
        city = DATELINE_CITIES[i % len(DATELINE_CITIES)]
        for body in MINISTRIES:
            frame = ("{b}25日召开新闻发布会透露，", "{b}今天举行新闻发布会，介绍有关情况。{b}有关负责人表示，",
                     "国务院新闻办公室3月5日举行新闻发布会，{b}副部长张三介绍，")[i % 3]
            yield Case("press-conference-ministry", _issue(dl, city) + frame.format(b=body)
                       + NATIONAL + "\n", frozenset({body}), NATIONAL_NEEDLES)
        for body, scope in LOCAL_BODIES:
            host = {"全省": "江西省政府新闻办", "全市": "九江市政府新闻办", "全县": "修水县政府新闻办",
                    "全区": "濂溪区政府新闻办", "全州": "甘孜州政府新闻办"}[scope]
            frame = ("3月14日，{h}召开新闻发布会，{b}局长张三介绍，",
                     "在{h}日前举行的新闻发布会上，{b}负责人介绍，",
                     "{h}3月14日召开新闻发布会，邀请{b}负责同志介绍有关情况。据介绍，")[i % 3]
            yield Case("press-conference-body", _issue(dl, city) + frame.format(h=host, b=body)
                       + targets(scope) + "\n", frozenset({body}))
    # …or learnt there, its speaker named in the paragraph after (记者从国新办举行的新闻发布会上
    # 获悉，… / X党组成员、Y局长某某当天在发布会上介绍)
    for i, body in enumerate(MINISTRIES):
        for j, speaker in enumerate(("{b}副部长张某某当天在发布会上介绍", "{b}党组成员、国家乡村振兴局局长刘某某介绍",
                                     "{b}有关负责人在发布会上表示")):
            host = ("国新办", "国务院新闻办公室", "国务院新闻办")[(i + j) % 3]
            yield Case("press-conference-learnt", _issue(DATELINES[(i + j) % 3], "北京")
                       + f"记者6日从{host}举行的新闻发布会上获悉，2018年以来，累计改造农村户厕4000多万户，"
                       f"全国农村卫生厕所普及率达到68%以上，预计今年超过70%。接下来，将巩固拓展农村人居环境"
                       f"整治三年行动成果，全面提升农村人居环境质量。\n" + speaker.format(b=body)
                       + "，" + NATIONAL + "\n", frozenset({body}), NATIONAL_NEEDLES)
    for i, town in enumerate(TOWNS):
        for j, frame in enumerate((
                "3月14日，惠民县政府新闻办召开2025年工作亮目标系列新闻发布会——{t}专场。{t}党委副书记、"
                "镇长王某介绍了{t}2025年的目标任务。\n2025年{t}将",
                "3月14日，惠民县政府新闻办召开新闻发布会——{t}专场。根据介绍，2025年{t}将",
                "惠民县政府新闻办举行“亮目标”系列新闻发布会{t}专场，{t}主要负责人介绍，今年{t}将")):
            dl = DATELINES[(i + j) % 3]
            yield Case("press-conference-town", _issue(dl, "滨州") + frame.format(t=town)
                       + targets("全镇") + "\n",
                       frozenset({town, town + "人民政府", town + "党委"}))

    # 4. a head of government or a secretary whose name holds a place's name
    for i, person in enumerate(PERSONS):
        for place, level, gov, committee in PLACES:
            dl = DATELINES[i % 3]
            post = level + "长"
            yield Case("head-named-place", _issue(dl, "北京") + f"{place}召开常务会议\n"
                       f"3月21日上午，{post}{person}主持召开{level}政府常务会议。{person}指出，"
                       + targets(SCOPE[level]) + "\n", frozenset({gov}))
            yield Case("secretary-named-place", f"{place}委常委会召开会议\n"
                       f"3月21日，{level}委书记{person}主持召开{level}委常委会会议并讲话。{person}强调，"
                       + targets(SCOPE[level]) + "\n", frozenset({committee, "中共" + committee}))
        for level in ("市", "县", "区"):
            post = level + "长"
            yield Case("head-unplaced", f"本报讯（记者 李海）9月21日上午，{post}{person}主持召开{post}"
                       f"周例会，安排部署近期全{level}大气污染防治攻坚等工作。{person}指出，"
                       + targets(SCOPE[level]) + "\n",
                       frozenset({level + "人民政府", level + "政府"}))
            yield Case("secretary-unplaced", f"{DATELINES[2 + i % 3].format(city='北京')}3月21日，"
                       f"{level}委书记{person}主持召开{level}委常委会会议并讲话。{person}强调，"
                       + targets(SCOPE[level]) + "\n", frozenset({level + "委"}))

    # 4b. deputies: a deputy head of government speaks for the government (副市长 / 常务副县长 /
    # 市委常委、副市长), a deputy secretary for the committee
    for place, level, gov, committee in PLACES:
        for post in ("副" + level + "长", "常务副" + level + "长", level + "委常委、副" + level + "长",
                     level + "委常委、常务副" + level + "长"):
            yield Case("deputy-head-byline", f"在全{level}大气污染防治工作会议上的讲话\n{place}{post.replace(level + '委', '')}"
                       f"  张某某\n（2025年3月5日）\n同志们：\n" + targets(SCOPE[level]) + "\n",
                       frozenset({gov}))
            yield Case("deputy-head-news", f"{place}召开大气污染防治工作推进会\n3月5日，{post}张某某出席会议并讲话。"
                       f"会议强调，" + targets(SCOPE[level]) + "\n", frozenset({gov}))
        yield Case("deputy-secretary-news", f"{place}召开乡村振兴工作推进会\n3月5日，{level}委副书记张某某出席会议并讲话。"
                   f"会议强调，" + targets(SCOPE[level]) + "\n", frozenset({committee, "中共" + committee}))

    # 5. a news summary of a work report
    summaries = ("{g}工作报告指出，做好2025年工作，要", "今年的{g}工作报告明确，",
                 "据{g}工作报告，", "2025年{g}工作报告提出，", "{g}工作报告中提出，")
    for j, frame in enumerate(summaries):
        for place, level, gov, _ in PLACES:
            yield Case("report-summary-level", frame.format(g=level + "政府") + targets(SCOPE[level])
                       + "\n", frozenset({level + "人民政府", level + "政府"}))
            yield Case("report-summary-place", frame.format(g=place + "政府") + targets(SCOPE[level])
                       + "\n", frozenset({gov}))
            headline = ("今年将新建改建农村公路1000公里", "2025年将完成60个行政村生活污水治理",
                        "划重点！今年这样干")[j % 3]
            yield Case("report-summary-under-headline", headline + "\n" + frame.format(g=level + "政府")
                       + targets(SCOPE[level]) + "\n", frozenset({level + "人民政府", level + "政府"}))
            yield Case("report-summary-place-dated", _issue(DATELINES[1 + j % 3], "北京")
                       + frame.format(g=place + "人民政府") + targets(SCOPE[level]) + "\n",
                       frozenset({gov}))

    # 5b. an autonomous prefecture by the name its people give it (甘孜州人民政府) unless the
    # document writes its official name (甘孜藏族自治州人民政府)
    for full, usual in (("甘孜藏族自治州", "甘孜州"), ("黔西南布依族苗族自治州", "黔西南州"),
                        ("延边朝鲜族自治州", "延边州"), ("湘西土家族苗族自治州", "湘西州"),
                        ("海南藏族自治州", "海南州")):
        short = usual[:-1]
        for j, frame in enumerate(("政府工作报告\n各位代表：\n过去一年，{s}经济运行稳中向好。{t}",
                                   "{u}召开全州生态环境保护大会\n3月5日，州委书记张某某出席并讲话。{t}",
                                   "本报讯 今年，{u}将加快建设美丽{s}。{t}")):
            want = {0: usual + "人民政府", 1: usual + "委", 2: usual + "人民政府"}[j]
            # named once by its short name alone, with 全州 (0): too little to place it
            yield Case("autonomous-prefecture-once" if j == 0 else "autonomous-prefecture-usual",
                       frame.format(s=short, u=usual, t=targets("全州"))
                       + "\n", frozenset({want, usual}))
        yield Case("autonomous-prefecture-written", f"政府工作报告\n——2025年1月10日在{full}第十七届人民代表大会"
                   f"第四次会议上\n各位代表：\n现在，我代表{full}人民政府，向大会报告工作。\n"
                   + targets("全州") + "\n", frozenset({full + "人民政府"}))

    # 6. the source a news item cites; a headline naming its body; a head speaking
    for i, body in enumerate(MINISTRIES):
        dl = DATELINES[i % len(DATELINES)]
        yield Case("cited-source", _issue(dl, "北京") + f"据{body}消息，{NATIONAL}\n",
                   frozenset({body}), NATIONAL_NEEDLES)
        yield Case("headline-body", f"{body}：到2035年国家公路网规模将超46万公里\n"
                   + _issue(DATELINES[1 + i % 3], "北京") + NATIONAL + "\n",
                   frozenset({body}), NATIONAL_NEEDLES)
        post = "主任" if body.endswith("委") else "局长" if body.endswith("局") else "部长"
        yield Case("minister-speaks", _issue(dl, "北京") + f"{body}{post}张某某在全国工作会议上指出，"
                   + NATIONAL + "\n", frozenset({body}), NATIONAL_NEEDLES)
    for i, (body, scope) in enumerate(LOCAL_BODIES):
        for j, frame in enumerate(("近日，从{b}获悉，", "3月5日，从{b}了解到，", "记者近日从{b}获悉，")):
            yield Case("learnt-from-body", _issue(DATELINES[(i + j) % 4], "南昌") + frame.format(b=body)
                       + targets(scope) + "\n", frozenset({body}))
        dl = DATELINES[i % len(DATELINES)]
        yield Case("cited-source", _issue(dl, "北京") + f"据{body}消息，{targets(scope)}\n",
                   frozenset({body}))
        yield Case("headline-body", f"{body}：2025年底空气质量优良天数比例将达85%\n"
                   + _issue(DATELINES[1 + i % 3], "南昌") + targets(scope) + "\n", frozenset({body}))
        post = "厅长" if body.endswith("厅") else "主任" if body.endswith("会") else "局长"
        yield Case("head-of-body-speaks", _issue(dl, "南昌") + f"{body}{post}张某某在全{scope[1]}"
                   f"工作会议上表示，" + targets(scope) + "\n", frozenset({body}))


def _fullwidth(text: str) -> str:
    return text.translate(str.maketrans("0123456789%", "０１２３４５６７８９％"))


def in_scripts(made: Iterable[Case], pinyin: Callable[[str], str] | None = None) -> Iterator[Case]:
    """Each case as written, in Traditional script (and, given *pinyin*, Traditional with the
    inline pinyin of reposts) and with full-width digits; the variant named after its form."""
    for case in made:
        yield case
        yield Case(case.name + "/trad", s2t(case.text), case.want, case.needles)
        if pinyin is not None:
            yield Case(case.name + "/pinyin", pinyin(s2t(case.text)), case.want, case.needles)
        yield Case(case.name + "/fw", _fullwidth(case.text), case.want, case.needles)


def cases() -> Iterator[Case]:
    """Every structure as written, in Traditional script and with full-width digits."""
    return in_scripts(_structures())


def outcome(case: Case) -> tuple[bool, list[tuple[str, list[str]]]]:
    """Whether each needle's suggestion names a wanted body (a case with no suggestion for
    its needles fails), and the bodies each had."""
    from tracker.services.suggesting import suggest_file

    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "doc.txt"
        path.write_text(case.text, encoding="utf-8")
        sugs = list(suggest_file(path))
    want = {norm(w) for w in case.want}
    got = []
    for needle in case.needles:
        hit = [s for s in sugs if norm(needle) in norm(s.quote) and s.kind.value != "indicator"]
        if hit:
            got.append((needle, sorted(norm(r.name) for r in hit[0].responsible)))
    ok = bool(got) and all(set(names) & want for _, names in got)
    return ok, got


def tally(made: Iterable[Case], *, by_form: bool = False, shown: Callable[[str], str] = lambda t: t[:70]) -> None:
    """Print how many cases of each structure pass (of each structure in each form with
    *by_form*); with -v on the command line, each failing case."""
    verbose = "-v" in sys.argv
    passed: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for case in made:
        ok, got = outcome(case)
        key = case.name if by_form else case.name.split("/")[0]
        total[key] += 1
        passed[key] += ok
        if verbose and not ok:
            print(f"FAIL {case.name:<28} want {sorted(case.want)} got {got}  | {shown(case.text)!r}")
    for name in total:
        print(f"{name:<28} {passed[name]:>4}/{total[name]}")
    print(f"{'all':<28} {sum(passed.values()):>4}/{sum(total.values())}")


if __name__ == "__main__":
    tally(cases())
