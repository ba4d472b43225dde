"""Sweep: the problem stated under a rectification list's problem heading (一、X落实不到位
的问题 / （二）存在问题 / 问题描述), before the first label of what is to be done (整改目标：…),
reports a state of affairs, not a commitment; the measures after the label stay tasks.
A counter-sweep puts real tasks under headings that name a problem to solve (着力解决…问题)
or a task heading, with the same labels after them: they stay commitments.

Each document is written as composed, in Traditional script and with full-width digits
(sweep_kit.text_and_key_forms). Run as a script it prints the tally.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import product

from tests.extract.sweep_kit import keyed_commitment, print_keyed_tally, text_and_key_forms


TITLE = "某某省贯彻落实督察反馈意见整改措施清单"
PROBLEM_HEADINGS = (
    "一、有关围填海管理政策措施落实不到位的问题",
    "（二）工业园区污水处理设施建设滞后问题",
    "3.部分县区垃圾填埋场渗滤液超标排放问题",
    "存在问题：",
    "问题描述",
    "主要问题",
    "二、某某湖流域生态破坏问题（2个）",
)
PROBLEMS = (  # (the paragraph, the words of the result it reports)
    ("2019年至2021年期间，沿海市县共审批填海项目87宗，确权填海面积1447.83公顷。", "填海项目87宗"),
    ("（一）督察发现，全市12个园区中有5个园区污水集中处理设施未建成，日均超标排放污水3000吨。",
     "3000吨"),
    ("该区2020年以来新增违规建筑面积2.3万平方米，占全区违建总量的40%以上。", "2.3万平方米"),
)
LABELS = ("整改目标：", "整改措施：", "责任单位：市自然资源局", "整改时限：2025年12月底前")
MEASURE = "2025年12月底前完成12个园区污水处理设施建设，出水水质达到一级A标准。"
MEASURE_KEY = "12个园区"

# Headings over tasks (a problem to solve, or plain task headings): the item under them is a task.
TASK_HEADINGS = (
    "一、着力解决群众身边突出生态环境问题",
    "（二）加快整治工业园区污水处理设施建设滞后问题",
    "三、重点任务",
    "（一）整改措施",
)
TASKS = (
    ("到2025年底，新建污水管网120公里，城市污水处理率达到97%以上。", "120公里"),
    ("（一）2025年6月底前完成5个园区污水集中处理设施建设。", "5个园区"),
)


def documents() -> Iterator[tuple[str, str, str, str, bool]]:
    """(case, form, text, key, whether the key's quote must be a commitment)."""
    for (h, (para, key), label) in product(PROBLEM_HEADINGS, PROBLEMS, LABELS):
        doc = "\n".join((TITLE, h, para, label, MEASURE))
        case = f"problem | {h} | {key} | {label}"
        for form, text, k in text_and_key_forms(doc, key):
            yield case, form, text, k, False
        for form, text, k in text_and_key_forms(doc, MEASURE_KEY):
            yield case + " (measure)", form, text, k, True
    for (h, (task, key), label) in product(TASK_HEADINGS, TASKS, LABELS):
        doc = "\n".join((TITLE, h, task, label))
        case = f"task | {h} | {key} | {label}"
        for form, text, k in text_and_key_forms(doc, key):
            yield case, form, text, k, True


def passes(text: str, key: str, commitment: bool) -> bool:
    return keyed_commitment(text, key, commitment, None)


if __name__ == "__main__":
    print_keyed_tally(list(documents()), passes)
