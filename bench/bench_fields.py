"""Throughput of the field parsers (deadlines + targets + bodies) on one core.

Run by hand from the worktree: ``PYTHONPATH=. python bench/bench_fields.py [MB] [files…]``.
It generates policy-style text from templates (deterministic seed): paragraphs of
generic prose with one anchored sentence (time words, a body, a target) among 2–5
others, then times find_deadlines, find_targets and find_bodies over it, paragraph by
paragraph as the pipeline calls them. Text files given after MB are measured too
(repeated up to MB), e.g. real documents. Times are CPU time of this process, so a
busy machine does not skew them.
"""

from __future__ import annotations

import random
import sys
import time
from datetime import date
from pathlib import Path

from tracker.extract.bodies import find_bodies
from tracker.extract.deadlines import find_deadlines
from tracker.extract.targets import find_targets

_PARTS = {
    "when": ["到2025年", "2026年底前", "年底前", "“十五五”期间", "三年内", "6月底前", "上半年",
             "2024年以来", "去年", "今年", "9月30日前", ""],
    "who": ["市生态环境局", "各区县人民政府", "市发展改革委、市住房和城乡建设局", "省水利厅",
            "有关部门", "县级以上人民政府", "市委宣传部", ""],
    "metric": ["空气质量优良天数比例", "PM2.5平均浓度", "森林覆盖率", "单位GDP能耗", "城镇新增就业",
               "劣五类水体", "农村生活污水治理率", "优良水体比例", "地区生产总值"],
    "quantity": ["达到85%以上", "下降10%", "控制在35微克/立方米以内", "增长5%—5.5%", "提高两个百分点",
                 "清零", "全面消除", "稳定在63%左右", "突破80万千瓦", "新增12万人以上"],
    "filler": ["深入学习贯彻党的二十大精神，坚持以人民为中心的发展思想", "构建新发展格局，优化国土空间开发保护格局",
               "制定实施办法，加强部署，扎实推进各项工作", "全面落实生态环境保护责任，形成强大合力",
               "推动高质量发展取得新成效", "坚持系统观念，统筹推进山水林田湖草沙一体化保护和系统治理",
               "健全现代环境治理体系，提升生态环境治理能力", "加强组织领导，压实各方责任，确保各项任务落地见效",
               "坚持精准治污、科学治污、依法治污，持续深入打好污染防治攻坚战",
               "大力推进生态文明建设，努力建设人与自然和谐共生的现代化"],
}


def paragraph(rng: random.Random) -> str:
    pick = {k: rng.choice(v) for k, v in _PARTS.items()}
    lead = f"由{pick['who']}牵头，" if pick["who"] and rng.random() < 0.5 else pick["who"]
    prose = "。".join(rng.choice(_PARTS["filler"]) for _ in range(rng.randint(2, 5)))
    return (f"{prose}。{pick['when']}，{lead}确保全市{pick['metric']}{pick['quantity']}，"
            f"{rng.choice(_PARTS['filler'])}。\n")


def generate(megabytes: float, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    paras: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        p = paragraph(rng)
        paras.append(p)
        size += len(p.encode("utf-8"))
    return paras


def from_files(paths: list[str], megabytes: float) -> list[str]:
    text = "".join(Path(p).read_text(encoding="utf-8") for p in paths)
    paras = [p for p in text.split("\n") if p.strip()]
    reps = max(1, round(megabytes * 1_000_000 / max(1, len(text.encode("utf-8")))))
    return paras * reps


def measure(label: str, paras: list[str]) -> None:
    size = sum(len(p.encode("utf-8")) for p in paras) / 1_000_000
    print(f"-- {label}")
    doc = date(2024, 3, 5)
    timings = {}
    for name, fn in [("deadlines", lambda p: find_deadlines(p, doc)), ("targets", find_targets),
                     ("bodies", find_bodies)]:
        t0 = time.process_time()
        n = sum(len(fn(p)) for p in paras)
        timings[name] = time.process_time() - t0
        print(f"{name:10s} {timings[name]:6.2f} s  {size / timings[name]:6.2f} MB/s  {n} found")
    total = sum(timings.values())
    print(f"{'all three':10s} {total:6.2f} s  {size / total:6.2f} MB/s  over {size:.2f} MB UTF-8")


def main() -> None:
    mb = float(sys.argv[1]) if len(sys.argv) > 1 else 5.0
    measure("generated policy-style text", generate(mb))
    if len(sys.argv) > 2:
        measure(f"{len(sys.argv) - 2} file(s), repeated", from_files(sys.argv[2:], mb))


if __name__ == "__main__":
    main()
