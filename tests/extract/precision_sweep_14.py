"""Sweeps of false alarms recurring across the dev sets and of the commitments worded like
them (issue 11, branch prec14).

Dumping every dev false alarm with the rule that made it (5-fold CV) showed, besides prose
the gold itself marks optional in one document and nothing in the next, causes that recur
in several sets with no right suggestion among them; each is swept here over wordings
written for the sweep (none copied from a corpus document): a grammar of the phrase ×
frames of several genres × place prefixes, Simplified and Traditional script, full-width
digits, with and without final punctuation. Every cause has a counter-sweep of true
commitments of like wording that must stay suggested.

- TITLE_LINE: the title on a text's first line, over the text it names or announces: the
  name of a document (…行动计划 / …整改报告 / 关于…的通知), a headline under a column's tag
  or after a headline's bar (创文进行时丨… / 【保民生】… / 政府工作报告｜…), a report that a
  text was issued (某市发布… / 某县印发《…》 / 12部门联合印发《…》). The text below states the
  commitments itself; the title is no record (dev gold: 8 such titles in 6 sets, none
  recorded). A first line that states a task or a target in its own words (统筹推进X布局 /
  某市：2025年关停X), a numbered item, a sentence closed by 。 and a line standing alone
  are read as before.

``cases()`` yields Case(cause, kind, label, text, clause, doc_date) as
tests/extract/precision_sweep_11s.py: kind "alarm" — no commitment may be suggested over the
clause; kind "kept" — a commitment must match it as the shared scorer pairs them.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from tests.extract.precision_sweep_11s import Case, _variants, cases_of, run

_PLACES = ("某县", "东城区", "临江市", "全省")
_DAY = date(2023, 3, 10)

# ---------------------------------------------------------------- TITLE_LINE
_TITLES = (  # titles that name or announce the text below
    # the name of a document
    "{place}{y}年大气污染防治行动计划",
    "{place}创建全国文明城市整改报告",
    "关于{y}年实施{n}项民生实事的通知",
    "{place}关于印发{y}年生态环境保护工作要点的通知",
    "{place}{y}年重点项目建设实施方案",
    "{place}河长制工作考核办法（试行）",
    "{place}城乡供水一体化三年行动方案（{y}—2025年）",
    "{place}关于{y}年民生实事项目完成情况的通报",
    # a headline under a column's tag, or after a headline's bar
    "创文进行时丨{place}{n}个问题清单曝光，要求限期整改",
    "【保民生】{place}{y}年实施{n}项民生实事",
    "政府工作报告｜{y}年{place}地区生产总值预期增长6%左右",
    "聚焦两会|{place}今年将新建学校{n}所",
    "【权威发布】{place}{y}年{n}项民生实事出炉",
    # a report that a text was issued
    "{place}发布{y}年{n}项民生实事",
    "{place}印发《大气污染防治攻坚行动方案》",
    "{n}部门联合印发《{place}河湖治理攻坚行动方案》",
    "{place}出台方案推进城乡供水一体化",
    "{place}公布“十四五”规划纲要 到2025年地区生产总值达到3500亿元",
)
_KEPT_TITLES = (  # first lines that state a task or a target in their own words
    "统筹推进{place}居民日用消费品免税店布局",
    "{place}：{y}年关停{n}台燃煤机组",
    "到2025年{place}森林覆盖率达到45%",
    "{place}今年将新建学校{n}所",
    "一、实施{place}大气污染防治行动计划",
    "1.制定{place}河长制工作考核办法",
    "研究制定{place}城乡供水一体化实施方案",
)
_BODY = "完成{n}个老旧小区改造"


def _title_docs(place: str, title: str, body: str) -> Iterator[tuple[str, str]]:
    yield "plan", (
        f"{title}\n为深入贯彻落实上级决策部署，结合我{place[-1]}实际，制定本方案。\n"
        f"一、工作目标\n{body}，年底前全部完成。\n"
        f"二、工作措施\n各责任单位要倒排工期、挂图作战，确保各项任务按时完成。\n")
    yield "news", (
        f"{title}\n本报讯（记者 张明）近日，{place}召开专题会议，部署今年重点工作。"
        f"会议明确，{body}，年底前全部完成。会议要求，各地各部门要压实责任，"
        f"加强调度，确保各项任务落地见效。\n")


def _title_line() -> Iterator[Case]:
    fill = {"y": "2023", "n": "12"}
    body = _BODY.format(**fill)
    for place in _PLACES:
        for g in _TITLES:
            title = g.format(place=place, **fill)
            for label, text in _title_docs(place, title, body):
                for script, t, c in _variants(text, title):
                    yield Case("title_line", "alarm", f"{label}/{script}", t, c, _DAY)
                # the commitment of the text below stays
                for script, t, c in _variants(text, body):
                    yield Case("title_line", "kept", f"body/{label}/{script}", t, c, _DAY)
        for g in _KEPT_TITLES:
            title = g.format(place=place, **fill)
            for label, text in _title_docs(place, title, body):
                for script, t, c in _variants(text, title):
                    yield Case("title_line", "kept", f"{label}/{script}", t, c, _DAY)
            for end in ("。", ""):
                # a line standing alone (a cell, a list item pasted) is read as before
                for script, t, c in _variants(f"{title}{end}\n", title):
                    yield Case("title_line", "kept", f"alone/{script}/{end}", t, c, _DAY)
    for g in _TITLES[:7]:
        # a document's name opening a sentence is no title over a text (not 完成情况的通报,
        # whose text then reports results)
        title = g.format(place="某县", **fill)
        sentence = f"{title}已经县政府常务会议审议通过，现印发给你们，请认真贯彻执行。\n"
        for script, t, c in _variants(sentence + "\n" + _BODY.format(**fill) + "。\n",
                                      _BODY.format(**fill)):
            yield Case("title_line", "kept", f"sentence/{script}", t, c, _DAY)


CAUSES = {
    "title_line": _title_line,
}


def cases(cause: str | None = None) -> Iterator[Case]:
    return cases_of(CAUSES, cause)


if __name__ == "__main__":
    import sys

    run(CAUSES, sys.argv)
