"""A sweep of tasks quoted one after another in a report (session 13): 已经完成的指标任务共计
19项。主要是“建设完成X工程”，“完成Y改革任务”等 / 分别为“A”，“B” / 调整的项目是“A”、“B”.

By /work/shared/docs/commitments.md the tasks a progress report quotes as they were set are
the commitments (dev gold S_13: each quoted task of the 政府工作报告 a core record, the
counts and shares around them optional indicators). pipeline read a quoted task only after
的“ (县发改局负责的“…”); a list of quotes after 是/为/有/包括 was cut by its commas
inside the quotes and its first quote joined the words before it. Now each quote of such a
list is judged on its own words (pipeline._listed_quotes). The wordings are written for the
sweep: leads × lists of 2-3 quoted tasks × separators, in a report's paragraph and as a
sentence alone, Simplified and Traditional, half- and full-width digits. A variant passes
when each quoted task is matched by a suggestion that is no indicator (the scorer's rule).

Counter-sweep: a slogan or a name quoted after 是 (发展定位是“…基地”) makes no record.
"""

from __future__ import annotations

import functools
import sys
from datetime import date

import opencc
import pytest

from tracker.extract import suggest
from tracker.extract.__main__ import clean
from tests.extract.scorer_match import each_paired, report

DOC = date(2024, 10, 9)
_S2T = opencc.OpenCC("s2t")
_FULL = str.maketrans("0123456789", "０１２３４５６７８９")

LEADS = [("一、已经完成或基本完成的任务，共计12项。", "主要是"),
         ("二、完成有一定困难的任务有3项。", "分别为"),
         ("三、出现调整的项目有2项。", "调整的项目是"),
         ("四、年底前能够完成的任务有5项，", "主要有"),
         ("五、尚未启动的任务有2项，", "包括：")]
TASKS = ["新建城区污水管网35公里", "完成农村公路提质改造120公里", "建成市民文化中心并投入使用",
         "新增城镇就业岗位8000个", "举办第三届农产品交易博览会", "启动老城区雨污分流改造工程",
         "实现乡镇卫生院远程会诊全覆盖", "引进亿元以上产业项目15个"]
SEPS = ["，", "、"]


@functools.cache
def variants() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(group, text, the quoted tasks as written)."""
    out = []
    n = 0
    for head, lead in LEADS:
        for size in (2, 3):
            for sep in SEPS:
                n += 1
                tasks = tuple(TASKS[(n + k) % len(TASKS)] for k in range(size))
                listed = sep.join(f"“{t}”" for t in tasks)
                for frame, text in (("report", f"关于2024年重点工作任务三季度落实情况\n{head}{lead}{listed}等，"
                                               f"占任务总数的9.1%。"),
                                    ("alone", f"{lead}{listed}。")):
                    out.append((f"s:{frame}", text, tasks))
                    out.append((f"t:{frame}", _S2T.convert(text), tuple(map(_S2T.convert, tasks))))
                    if any(c.isdigit() for c in listed):
                        out.append((f"full:{frame}", text.translate(_FULL),
                                    tuple(t.translate(_FULL) for t in tasks)))
    return tuple(out)


def read(text: str, tasks: tuple[str, ...]) -> tuple[bool, list[str]]:
    sugs = [s for s in suggest(clean(text), DOC) if s.kind != "indicator"]
    return each_paired(((s.start, s.end) for s in sugs), text, tasks), [s.quote for s in sugs]


GROUPS = sorted({v[0] for v in variants()})


@pytest.mark.parametrize("group", GROUPS)
def test_sweep(group: str) -> None:
    wrong = [f"{v[1]!r} -> {q}" for v in variants() if v[0] == group
             for ok, q in [read(v[1], v[2])] if not ok]
    assert not wrong, "\n".join(wrong[:10])


_AROUND = ("关于2024年重点工作任务三季度落实情况\n一、总体情况\n今年以来，全市上下认真贯彻落实市委、市政府决策部署，"
           "统筹推进稳增长、促改革、调结构、惠民生、防风险各项工作，经济社会发展总体平稳、稳中有进。"
           "前三季度，全市地区生产总值同比增长5.6%，规模以上工业增加值同比增长6.2%。{slogan}\n"
           "二、下一步工作\n年底前，新建城区污水管网35公里。")


@pytest.mark.parametrize("slogan", ["本市的发展定位是“全国重要的先进制造业基地”。",
                                    "我们的口号是“绿水青山就是金山银山”，“人民城市人民建”。"])
def test_slogans_make_no_record(slogan: str) -> None:
    text = _AROUND.format(slogan=slogan)
    for t, k in ((text, slogan), (_S2T.convert(text), _S2T.convert(slogan))):
        at = t.find(k)
        sugs = [s.quote for s in suggest(clean(t), DOC) if s.kind != "indicator"
                and at <= s.start < at + len(k)]
        assert not sugs, sugs


def test_a_name_inside_a_clause_is_no_list() -> None:
    # 为“交通建设提升年”活动完成投资80亿元: the quote names the campaign, inside the clause
    text = _AROUND.format(slogan="全年为“交通建设提升年”活动完成投资80亿元，新建安置区5个。")
    for t in (text, _S2T.convert(text)):
        assert any("80" in s.quote and "交通" in s.quote for s in suggest(clean(t), DOC)), \
            [s.quote for s in suggest(clean(t), DOC)]


if __name__ == "__main__":
    def _rows():
        for v in variants():
            if not sys.argv[1:] or v[0] in sys.argv[1:]:
                ok, got = read(v[1], v[2])
                yield v[0], ok, v[1].replace("\n", " | "), got

    report(_rows(), 12)
