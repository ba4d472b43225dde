"""Benchmark Gazetteer.find() throughput (MB/s of UTF-8 text) on generated policy-like text.

Run by hand:  /work/venv/bin/python bench/bench_geo.py [megabytes]
"""

from __future__ import annotations

import random
import sys
import time

from tracker.geo import Gazetteer

FILLER = ("深入打好污染防治攻坚战,", "到2025年优良天数比例达到90%以上,", "全市上下要持续用力,",
          "县级以上人民政府要定期听取报告,", "推进区域合作与市场化改革,", "建设美丽中国先行区。",
          "加快数字化现代化转型,", "市生态环境局牵头负责。")


def generate(gaz: Gazetteer, size_bytes: int, seed: int = 7) -> str:
    """Policy-like sentences with a place name (full, short or with a cue) every few."""
    rng = random.Random(seed)
    regions = list(gaz)
    parts: list[str] = []
    total = 0
    while total < size_bytes:
        region = rng.choice(regions)
        name = rng.choice((region.name, *region.short_names, region.name + "人民政府"))
        chunk = name + "".join(rng.choice(FILLER) for _ in range(3))
        parts.append(chunk)
        total += len(chunk.encode("utf-8"))
    return "".join(parts)


def main() -> None:
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 2.0
    gaz = Gazetteer.default()
    text = generate(gaz, int(megabytes * 1_000_000))
    size = len(text.encode("utf-8")) / 1_000_000
    gaz.find("江西省")  # warm OpenCC and caches
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        matches = gaz.find(text)
        best = min(best, time.perf_counter() - t0)
    print(f"find(): {size:.2f} MB, {len(text)} chars, {len(matches)} matches, "
          f"best of 3 {best:.2f} s → {size / best:.2f} MB/s")
    t0 = time.perf_counter()
    Gazetteer.from_regions(gaz)
    print(f"building a Gazetteer of {len(gaz)} regions: {time.perf_counter() - t0:.3f} s")


if __name__ == "__main__":
    main()
