"""A sweep of the field-heading form of rectification and closeout notices (issue 11,
branch form14): each field is a numbered heading of its own, its value on the line(s)
after it,

    二、整改实施主体          （一）整改时限：        1.责任单位
    宿马园区党工委、管委会     2021年6月底前           县住建局、县城管局
    五、完成时限
    2023年9月30日前

and the tasks of the notice (its 整改目标 / 整改措施 / 目标任务 lines) are due by the time
field and carried by the body field (commitments.md: deadline, responsible), as they are
when the same fields are written inline (完成时限：… / 责任单位：…).

Documents are composed from a grammar: heading styles (一、 / （一） / (一) / 1. / 1、 /
full-width １．/ （1）), with and without a colon after the label, the field labels of
the genre, values on one line or two, fields before or after the tasks, Simplified,
Traditional and Traditional with inline pinyin, full-width digits; a notice of one
problem (fields at the top level) and a plan of several problems (fields nested under
each problem, each problem its own deadline and bodies). Counter-cases: ordinary
section headings (工作目标 / 保障措施 / 整改目标完成情况 …) whose lines name dates or
bodies give nobody else's tasks their date or bodies.

``cases()`` yields Case(group, text, wants): *wants* maps a task's quote to the ISO
deadline and the bodies its suggestion should carry (None: any / none given by the
form). Run this module as a script for the tally of variants passing.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

import opencc
from tests.extract.sweep_kit import FULL_DIGITS, s2t

DOC_DATE = date(2024, 3, 1)


@dataclass(frozen=True)
class Want:
    deadline: str | None  # ISO date wanted
    bodies: frozenset[str] | None  # bodies wanted (simplified), None: not asked
    no_deadline: frozenset[str] = frozenset()  # ISO dates it must NOT carry (counter-cases)
    no_bodies: frozenset[str] = frozenset()  # bodies it must NOT carry


@dataclass(frozen=True)
class Case:
    group: str
    text: str
    wants: dict[str, Want] = field(hash=False)


@functools.cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


# inline pinyin a repost writes after some characters (整(zhěng)改(gǎi)時(shí)限(xiàn))
_PINYIN = {"整": "zhěng", "改": "gǎi", "時": "shí", "限": "xiàn", "責": "zé", "任": "rèn",
           "單": "dān", "位": "wèi", "目": "mù", "標": "biāo", "環": "huán", "境": "jìng",
           "治": "zhì", "理": "lǐ", "完": "wán", "成": "chéng"}


def _pinyin(text: str) -> str:
    out = []
    for k, ch in enumerate(text):
        out.append(ch)
        if ch in _PINYIN and k % 3 == 0:
            out.append(f"({_PINYIN[ch]})")
    return "".join(out)


# --- the grammar -------------------------------------------------------------------------

TIME_LABELS = ("整改时限", "完成时限", "时限要求", "整改期限", "完成期限", "完成时间")
BODY_LABELS = ("责任单位", "整改责任单位", "牵头单位", "整改实施主体", "责任主体", "整改责任主体")
GOAL_LABELS = ("整改目标", "目标任务", "整改任务", "整改措施", "重点措施", "整改要求")
PROBLEM_LABELS = ("整改问题", "反馈问题", "问题描述", "存在问题")
# (value as written, ISO date wanted)
TIMES = (
    ("2021年6月", "2021-06-30"),
    ("2023年9月30日前", "2023-09-30"),
    ("2025年12月底前。", "2025-12-31"),
    ("2024年底前", "2024-12-31"),
    ("2022年3月底前完成", "2022-03-31"),
    ("2024年12月底", "2024-12-31"),
)
# (value lines as written, bodies wanted)
BODIES = (
    (("中共汨罗市委、汨罗市人民政府",), {"中共汨罗市委", "汨罗市人民政府"}),
    (("宿马园区党工委、管委会",), {"宿马园区党工委", "管委会"}),
    (("县住建局、县城管局",), {"县住建局", "县城管局"}),
    (("市生态环境局",), {"市生态环境局"}),
    (("省自然资源厅牵头，省发展改革委、省林业局配合。",), {"省自然资源厅", "省发展改革委", "省林业局"}),
    (("县水利局", "县农业农村局"), {"县水利局", "县农业农村局"}),
)
# tasks without time words of their own (the form's time field is their deadline)
TASKS = (
    "完成城区黑臭水体整治",
    "建立黑臭水体长效管护机制",
    "关停取缔非法砂石加工点23家",
    "编制海岸带综合保护与利用规划",
    "城镇污水处理设施全面达到一级A排放标准",
    "完成对唐河浮萍及垃圾的清理工作",
    "对辖区内畜禽养殖场开展全面排查整治",
    "实现建成区生活污水全收集全处理",
)
# a task with a bound of its own: its own words win over the field
OWN = ("2022年底前完成城区12条黑臭水体整治", "2022-12-31")
PROBLEMS = (
    "部分城市仍存在污水管网空白区，水体返黑返臭风险高",
    "宿马园区项目工地施工场地，现场施工裸土未覆盖",
    "辖区内非法砂石加工点扬尘污染问题突出",
)

# heading styles: (top level, second level, third level) marker makers
TOP = ("{cn}、", "{cn}．")
SECOND = ("（{cn}）", "({cn})")
THIRD = ("{n}.", "{n}、", "{fn}．", "（{n}）")
COLONS = ("", "：", ":")
_CN = "一二三四五六七八九十"


def _mark(style: str, k: int) -> str:
    return style.format(cn=_CN[k], n=k + 1, fn=str(k + 1).translate(FULL_DIGITS))


def _scripts(text: str, wants: dict[str, Want]) -> Iterator[tuple[str, str, dict[str, Want]]]:
    yield "simp", text, wants
    trad = s2t().convert(text)
    tw = {s2t().convert(q): w for q, w in wants.items()}
    yield "trad", trad, tw
    yield "pinyin", _pinyin(trad), tw


def _field_lines(style: str, k: int, label: str, colon: str, values: tuple[str, ...]) -> list[str]:
    return [f"{_mark(style, k)}{label}{colon}", *values]


def _notice_cases() -> Iterator[Case]:
    """A notice of one problem: its fields are the top-level (or the only) headings."""
    n = 0
    for si, style in enumerate((*TOP, *SECOND, *THIRD)):
        for colon in COLONS:
            for order in (0, 1):
                n += 1
                tl = TIME_LABELS[n % len(TIME_LABELS)]
                bl = BODY_LABELS[n % len(BODY_LABELS)]
                gl = GOAL_LABELS[n % len(GOAL_LABELS)]
                pl = PROBLEM_LABELS[n % len(PROBLEM_LABELS)]
                tv, iso = TIMES[n % len(TIMES)]
                bv, bodies = BODIES[(n + si) % len(BODIES)]
                tasks = (TASKS[n % len(TASKS)], TASKS[(n + 3) % len(TASKS)])
                fields = [
                    (pl, (PROBLEMS[n % len(PROBLEMS)] + "。",)),
                    (bl, bv),
                    (gl, tuple(t + "。" for t in tasks) if n % 2 else (f"{tasks[0]}，{tasks[1]}。",)),
                    (tl, (tv,)),
                ]
                if order:  # the time and bodies after the tasks
                    fields = [fields[0], fields[2], fields[3], fields[1]]
                if n % 3 == 0:  # a task with its own bound among them
                    fields.insert(2, (GOAL_LABELS[(n + 1) % len(GOAL_LABELS)], (OWN[0] + "。",)))
                fields.append(("整改完成情况", ("经现场核查，该问题已整改完成。",)))
                lines = ["突出生态环境问题整改验收销号公示",
                         "现将问题整改完成情况公示如下："]
                for k, (label, values) in enumerate(fields):
                    lines += _field_lines(style, k, label, colon, values)
                text = "\n".join(lines) + "\n"
                want = Want(iso, frozenset(bodies))
                wants = {t: want for t in tasks}
                if n % 3 == 0:
                    wants[OWN[0]] = Want(OWN[1], frozenset(bodies))
                for script, t, w in _scripts(text, wants):
                    if script != "simp" and n % 2:
                        continue  # half the notices in each other script: enough wordings
                    yield Case(f"notice-{script}", t, w)
                    if script == "simp" and n % 4 == 0:
                        yield Case("notice-fullwidth", t.translate(FULL_DIGITS),
                                   {q.translate(FULL_DIGITS): w2 for q, w2 in w.items()})


def _inline_cases() -> Iterator[Case]:
    """The same notices with each field's value on its heading's own line, after its
    colon (五、完成时限：2023年9月30日前 / 1.责任单位：县住建局)."""
    n = 0
    for si, style in enumerate((*TOP, *SECOND, *THIRD)):
        for colon in ("：", ":"):
            for order in (0, 1):
                n += 1
                tl = TIME_LABELS[(n + 1) % len(TIME_LABELS)]
                bl = BODY_LABELS[(n + 2) % len(BODY_LABELS)]
                gl = GOAL_LABELS[(n + 3) % len(GOAL_LABELS)]
                tv, iso = TIMES[(n + si) % len(TIMES)]
                bv, bodies = BODIES[n % len(BODIES)]
                tasks = (TASKS[(n + 1) % len(TASKS)], TASKS[(n + 5) % len(TASKS)])
                fields = [
                    (PROBLEM_LABELS[n % len(PROBLEM_LABELS)], PROBLEMS[n % len(PROBLEMS)] + "。"),
                    (bl, "、".join(bv)),
                    (gl, f"{tasks[0]}；{tasks[1]}。"),
                    (tl, tv),
                ]
                if order:
                    fields = [fields[0], fields[3], fields[2], fields[1]]
                fields.append(("整改完成情况", "经现场核查，该问题已整改完成。"))
                lines = ["突出生态环境问题整改验收销号公示", "现将问题整改完成情况公示如下："]
                lines += [f"{_mark(style, k)}{label}{colon}{value}" for k, (label, value) in enumerate(fields)]
                text = "\n".join(lines) + "\n"
                want = Want(iso, frozenset(bodies))
                for script, t, w in _scripts(text, {t: want for t in tasks}):
                    if script != "simp" and n % 2:
                        continue
                    yield Case(f"inline-{script}", t, w)


def _plan_cases() -> Iterator[Case]:
    """A plan of several problems: each problem a heading, its fields nested under it,
    each problem with its own deadline and bodies."""
    n = 0
    for outer, inner in (("{cn}、", "（{cn}）"), ("（{cn}）", "{n}."), ("（{cn}）", "{n}、"),
                         ("{cn}、", "{n}."), ("{n}.", "（{n}）")):
        for colon in COLONS:
            n += 1
            lines = ["某县贯彻落实省生态环境保护督察反馈意见整改方案", "一、指导思想",
                     "以习近平生态文明思想为指导，坚决抓好督察反馈意见整改。"] \
                if not outer.startswith("{cn}") else ["某县贯彻落实省生态环境保护督察反馈意见整改方案"]
            wants: dict[str, Want] = {}
            for p in range(2):
                tv, iso = TIMES[(n + 2 * p) % len(TIMES)]
                bv, bodies = BODIES[(n + 3 * p) % len(BODIES)]
                task = TASKS[(n + 2 * p) % len(TASKS)]
                tl = TIME_LABELS[(n + p) % len(TIME_LABELS)]
                bl = BODY_LABELS[(n + p) % len(BODY_LABELS)]
                gl = GOAL_LABELS[(n + p) % len(GOAL_LABELS)]
                k0 = p + (1 if not outer.startswith("{cn}") else 0)
                lines.append(_mark(outer, k0) + PROBLEMS[(n + p) % len(PROBLEMS)])
                fields = [(gl, (task + "。",)), (tl, (tv,)), (bl, bv)]
                if p:
                    fields = [fields[2], fields[0], fields[1]]
                for k, (label, values) in enumerate(fields):
                    lines += _field_lines(inner, k, label, colon, values)
                wants[task] = Want(iso, frozenset(bodies))
            text = "\n".join(lines) + "\n"
            for script, t, w in _scripts(text, wants):
                yield Case(f"plan-{script}", t, w)


# ordinary headings: their lines' dates and bodies are nobody else's
PLAIN = (
    ("一、工作目标\n{task}。\n二、保障措施\n县住建局要加强督导，2024年6月底前报送工作总结。\n", "2024-06-30", "县住建局"),
    ("一、整改目标\n{task}。\n二、整改目标完成情况\n2023年9月30日前，县城管局已完成清理。\n", "2023-09-30", "县城管局"),
    ("（一）主要任务\n{task}。\n（二）工作要求\n各乡镇于2024年5月底前完成自查，县水利局负责督导。\n", "2024-05-31", "县水利局"),
    ("1.重点工作\n{task}。\n2.时间安排\n2024年4月为动员阶段，市生态环境局组织部署。\n", "2024-04-30", "市生态环境局"),
    ("一、总体要求\n{task}。\n二、组织领导\n成立以县长为组长的领导小组，办公室设在县发展改革局。\n", None, "县发展改革局"),
)


def _plain_cases() -> Iterator[Case]:
    for i, (frame, decoy, body) in enumerate(PLAIN):
        for j, task in enumerate(TASKS[:4]):
            text = "某县2024年生态环境工作要点\n" + frame.format(task=task)
            want = Want(None, None, frozenset({decoy} if decoy else ()), frozenset({body}))
            for script, t, w in _scripts(text, {task: want}):
                if script != "simp" and (i + j) % 2:
                    continue
                yield Case(f"plain-{script}", t, w)


def cases() -> Iterator[Case]:
    yield from _notice_cases()
    yield from _inline_cases()
    yield from _plan_cases()
    yield from _plain_cases()


_PIN = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹ]{1,7}\)")


def clean(text: str) -> str:
    """The importer's cleanup: inline pinyin out."""
    return _PIN.sub("", text)


def _simp(name: str) -> str:
    return _t2s().convert(name).strip()


def check(case: Case, suggestions: list[dict]) -> list[str]:
    """What is wrong with the suggestions for *case* (empty: it passes)."""
    text = clean(case.text)
    wrong = []
    for quote, want in case.wants.items():
        at = text.find(quote)
        assert at >= 0, quote
        span = (at, at + len(quote))
        hit = [s for s in suggestions if _pairs((s["start"], s["end"]), span)]
        if not hit:
            wrong.append(f"missed {quote}")
            continue
        s = hit[0]
        got_bodies = {_simp(b) for b in s.get("responsible") or []}
        if want.deadline is not None and s.get("deadline") != want.deadline:
            wrong.append(f"{quote}: deadline {s.get('deadline')} != {want.deadline}")
        if s.get("deadline") in want.no_deadline:
            wrong.append(f"{quote}: deadline {s.get('deadline')} from another section")
        if want.bodies is not None and got_bodies != set(want.bodies):
            wrong.append(f"{quote}: bodies {sorted(got_bodies)} != {sorted(want.bodies)}")
        if got_bodies & want.no_bodies:
            wrong.append(f"{quote}: bodies {sorted(got_bodies)} from another section")
    return wrong


def _pairs(s: tuple[int, int], g: tuple[int, int]) -> bool:
    ov = max(0, min(s[1], g[1]) - max(s[0], g[0]))
    return ov >= 0.6 * (g[1] - g[0]) and ov >= 0.25 * (s[1] - s[0])


def run(case: Case) -> list[str]:
    from tracker.extract import suggest, to_json
    found = [to_json(s) for s in suggest(clean(case.text), DOC_DATE)
             if s.kind.value != "indicator"]
    return check(case, found)


if __name__ == "__main__":
    import sys

    from tests.extract.scorer_match import report

    verbose = "-v" in sys.argv

    def rows() -> Iterator[tuple[str, bool, str, object]]:
        for case in cases():
            wrong = run(case)
            shown = case.text.replace("\n", " / ") if verbose else case.text.split("\n")[0][:20]
            yield case.group, not wrong, shown if wrong else "", wrong

    report(rows(), width=16)
