"""Suggestion throughput on one core, in MB/s of UTF-8 input.

Generates a policy-style text of about --mb megabytes (headings, numbered measures,
targets with numbers and dates, past results, exhortations, rectification items), then
times suggest() over it in chunks the size of real documents.

    PYTHONPATH=. .venv/bin/python bench/bench_suggest.py [--mb 5] [--doc-kb 40] [--timings 5]
    PYTHONPATH=. .venv/bin/python bench/bench_suggest.py \
        --files "../shared/seeds/*.txt" --repeat 20 --timings 5

With --files, real documents (read as UTF-8) are timed instead, each --repeat times.
With --stats, the shape of the input is printed too (sentences and clauses per MB, clause
length, share of distinct clauses, suggestions per MB and share of repeats), to compare
the generated text with real documents: it is denser than they are (shorter clauses and
lines, more suggestions per MB) and far more repetitive (few distinct clauses), so a
figure on it is a floor for real text, and caches keyed on clause text would flatter it.
"""

from __future__ import annotations

import argparse
import glob
import random
import statistics
import time
from datetime import date

from tracker.extract import suggest
from tracker.extract.segment import segment

PLACES = ["全市", "全省", "各县（市、区）", "市生态环境局", "县人民政府", "各乡镇"]
VERBS = ["加快建成", "深入实施", "制定出台", "全面推进", "扎实开展", "有序推进", "持续深化"]
OBJECTS = ["生态环境智慧监测平台", "黑臭水体治理专项行动", "污水处理提质增效实施方案",
           "“无废城市”建设", "重点行业超低排放改造工程", "河湖长制工作体系", "矿山生态修复工程"]
METRICS = ["优良天数比例", "PM2.5平均浓度", "森林覆盖率", "单位地区生产总值能耗", "污水收集率"]
FILLER = ["深入学习贯彻习近平生态文明思想", "提高政治站位", "形成强大合力", "坚持问题导向"]


def paragraph(rng: random.Random, year: int) -> str:
    kind = rng.randrange(5)
    if kind == 0:
        return (f"{rng.randrange(1, 10)}. {rng.choice(OBJECTS)}问题\n整改目标：{rng.choice(METRICS)}"
                f"达到{rng.randrange(60, 99)}%以上。\n整改时限：{year}年{rng.randrange(1, 13)}月底前\n"
                f"责任单位：{rng.choice(PLACES)}\n")
    if kind == 1:
        return (f"{year - 1}年，{rng.choice(METRICS)}达到{rng.randrange(60, 99)}.{rng.randrange(10)}%，"
                f"同比上升{rng.randrange(1, 5)}个百分点，{rng.choice(VERBS)}{rng.choice(OBJECTS)}。")
    if kind == 2:
        return "，".join(rng.sample(FILLER, 3)) + "。"
    clauses = [f"{rng.choice(VERBS)}{rng.choice(OBJECTS)}" for _ in range(rng.randrange(2, 6))]
    if kind == 3:
        clauses.append(f"到{year + 2}年{rng.choice(METRICS)}下降到{rng.randrange(20, 40)}微克/立方米")
    lead = rng.choice(["", "一是", "（二）", f"{rng.choice(PLACES)}要"])
    return lead + "，".join(clauses) + "。"


def generate(megabytes: float, seed: int = 7) -> str:
    rng = random.Random(seed)
    parts, size, n = [], 0, 0
    while size < megabytes * 1_000_000:
        n += 1
        block = (f"{'一二三四五六七八九'[n % 9]}、第{n}项重点任务\n" if n % 12 == 1 else "")
        block += paragraph(rng, 2025) + "\n"
        parts.append(block)
        size += len(block.encode("utf-8"))
    return "".join(parts)


def chunks(text: str, size: int) -> list[str]:
    """Split at line breaks into documents of about *size* characters."""
    out, start = [], 0
    while start < len(text):
        end = text.find("\n", start + size)
        end = len(text) if end == -1 else end + 1
        out.append(text[start:end])
        start = end
    return out


def shape(docs: list[str]) -> str:
    """Sentences, clauses and suggestions per MB of *docs*, and how repetitive they are."""
    mb = sum(len(doc.encode("utf-8")) for doc in docs) / 1_000_000
    sentences = [s for doc in docs for s in segment(doc)]
    clauses = [c.text for s in sentences for c in s.clauses]
    every = sum(len(suggest(doc, date(2025, 3, 1), keep_duplicates=True)) for doc in docs)
    kept = sum(len(suggest(doc, date(2025, 3, 1))) for doc in docs)
    return (f"shape: {len(sentences) / mb:.0f} sentences/MB, {len(clauses) / mb:.0f} clauses/MB "
            f"of {sum(map(len, clauses)) / max(1, len(clauses)):.1f} characters, "
            f"{len(set(clauses)) / max(1, len(clauses)):.0%} distinct; {kept / mb:.0f} "
            f"suggestions/MB, {1 - kept / max(1, every):.0%} of occurrences repeats")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=5.0)
    ap.add_argument("--doc-kb", type=int, default=40, help="characters per document, in thousands")
    ap.add_argument("--files", help="time these documents (a glob) instead of generated text")
    ap.add_argument("--repeat", type=int, default=1, help="passes over the documents per timing")
    ap.add_argument("--stats", action="store_true", help="also print the shape of the input")
    ap.add_argument("--timings", type=int, default=1,
                    help="time the whole run this many times; best and median are reported "
                         "(on a shared machine the best is the one-core figure)")
    args = ap.parse_args()
    if args.files:
        docs = [open(p, encoding="utf-8").read() for p in sorted(glob.glob(args.files))]
        if not docs:
            raise SystemExit(f"{args.files}: no files match")
    else:
        docs = chunks(generate(args.mb), args.doc_kb * 1000)
    if args.stats:
        print(shape(docs))
    docs = docs * args.repeat
    mb = sum(len(doc.encode("utf-8")) for doc in docs) / 1_000_000
    suggest(docs[0][:2000], date(2025, 3, 1))  # load the gazetteer and OpenCC once
    cpus, walls, found = [], [], 0
    for _ in range(max(1, args.timings)):
        wall, cpu = time.perf_counter(), time.process_time()
        found = sum(len(suggest(doc, date(2025, 3, 1))) for doc in docs)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    # CPU time is the one-core figure; wall time also counts other processes' load
    best, median = min(cpus), statistics.median(cpus)
    print(f"{mb:.2f} MB in {len(docs)} documents, {found} suggestions: "
          f"{mb / best:.2f} MB/s of CPU time (best of {len(cpus)}: {best:.2f} s; "
          f"median {mb / median:.2f} MB/s), {mb / min(walls):.2f} MB/s wall")


if __name__ == "__main__":
    main()
