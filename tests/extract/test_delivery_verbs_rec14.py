"""A sweep of verbs of delivery the judge did not know (session 14): 给予 (对…给予补助), 提供
(为…提供…服务), 续建 (续建…工程), 提质改造 / 提质升级 (提质改造…学校), and 适当 before the verb
(适当提高…养老金).

classify._VERB lists the verbs whose carrying out can be checked; a clause opening with none
of them (after its adverbs, or a frame 对X / 为X) was turned down as "no action verb". These
are the plain verbs of handing out aid and services and of building on (dev gold: T_06 对困难
居家老年人…给予补助, T_14 为全区23000名老年人提供居家上门服务, N_20 续建…灌区节水改造工程, S_06
提质改造“爱晚”老年学校, S_23 提质改造升级…红色码头, U_13 适当提高退休人员基本养老金; sets T,
N, S, U). The wordings are written for the sweep: verbs × objects × frames (a sentence under
the year's tasks, a numbered item, a cell alone, with and without 。), Simplified and
Traditional, half- and full-width digits. A variant passes when a commitment suggestion
matches the clause (the scorer's rule).

Counter-sweep, in prose (a list item or a cell alone is suggested whatever its verb, by the
list convention): 提供 with an abstract aim (为…提供有力保障 / 提供坚实支撑 / 提供根本遵循)
and a result reported (已给予补助 / 去年为…提供了…) are no commitments.

Before → after (session 14): 225 → 252 of 252 variants (the prose frame 36 → 63 of 63);
counter-sweep in prose 0 of 12 suggested, before and after.
"""

from __future__ import annotations

import functools
from datetime import date

import opencc
import pytest

from tests.extract.scorer_match import matches
from tracker.extract import suggest
from tracker.extract.__main__ import clean

DOC = date(2025, 3, 1)
_S2T = opencc.OpenCC("s2t")
_FULL = str.maketrans("0123456789", "０１２３４５６７８９")

CLAUSES = [
    # 给予 (对 X 给予 Y)
    "对符合条件的困难家庭给予每户2000元生活补助",
    "对新建的8个村级老年食堂给予一次性建设补助",
    "对吸纳就业困难人员的企业给予社会保险补贴",
    "对80周岁及以上老年人在老年食堂就餐的给予补助",
    "对首次创业的高校毕业生给予创业担保贷款贴息",
    "对考核优秀的15个乡镇给予奖励",
    # 提供 (为 X 提供 Y)
    "为全区23000名老年人提供居家上门服务",
    "为农民工免费提供职业技能培训",
    "为新就业大学生提供人才公寓500套",
    "为辖区群众提供免费健康体检服务",
    "为困难群众提供法律援助1200件",
    # 续建
    "续建城东污水处理厂二期工程",
    "续建蟠龙抽水站灌区节水改造工程",
    "续建市第一人民医院新院区",
    "续建农村公路120公里",
    # 提质改造 / 提质升级
    "提质改造城区老旧农贸市场5个",
    "提质改造“爱晚”老年学校",
    "提质升级乡镇综合文化站12个",
    "提质改造升级城区三条主干道",
    # 适当 before the verb
    "适当提高退休人员基本养老金和城乡居民基础养老金",
    "适当提高城乡低保标准",
]
# Not commitments, whatever the verb: an aim with nothing to check, a result reported.
NOT = [
    "为全面建设社会主义现代化国家提供有力保障",
    "为推动高质量发展提供坚实支撑",
    "为生态文明建设提供根本遵循",
    "为经济社会发展提供坚强的组织保障",
    "去年为全区老年人提供了居家上门服务",
    "已对困难家庭给予生活补助",
]


def frames(clause: str) -> list[tuple[str, str]]:
    return [("sentence", f"二、2025年重点工作\n今年，{clause}。"), ("item", f"（三）{clause}。"),
            ("cell", clause), ("cell-stop", f"{clause}。")]


def prose(clause: str) -> list[str]:
    return [f"二、2025年重点工作\n今年，{clause}。", f"要坚持民生优先，{clause}，切实办好民生实事。"]


@functools.cache
def variants() -> tuple[tuple[str, str, str], ...]:
    """(group, text, the clause as written)."""
    out = []
    for clause in CLAUSES:
        for frame, text in frames(clause):
            out.append((f"s:{frame}", text, clause))
            out.append((f"t:{frame}", _S2T.convert(text), _S2T.convert(clause)))
            out.append((f"full:{frame}", text.translate(_FULL), clause.translate(_FULL)))
    return tuple(out)


def found(text: str, clause: str) -> bool:
    at = text.find(clause)
    return any(matches((s.start, s.end), (at, at + len(clause)))
               for s in suggest(clean(text), DOC) if s.kind != "indicator")


GROUPS = sorted({v[0] for v in variants()})


@pytest.mark.parametrize("group", GROUPS)
def test_sweep(group: str) -> None:
    wrong = [v[1] for v in variants() if v[0] == group and not found(v[1], v[2])]
    assert not wrong, "\n".join(wrong[:10])


@pytest.mark.parametrize("clause", NOT)
def test_no_commitment(clause: str) -> None:
    for text in prose(clause):
        for t, c in ((text, clause), (_S2T.convert(text), _S2T.convert(clause))):
            assert not found(t, c), t


def tally() -> tuple[int, int, int, int]:
    """(variants passing, variants, counter-variants suggested, counter-variants)."""
    ok = sum(found(v[1], v[2]) for v in variants())
    bad = sum(found(t, clause) for clause in NOT for t in prose(clause))
    return ok, len(variants()), bad, len(NOT) * 2


if __name__ == "__main__":
    print(tally())
