"""Throughput of tracker.ingest.read_path on a generated mixed corpus.

Run by hand: ``/work/venv/bin/python bench/bench_ingest.py [--docs 200] [--mb 20]``.
Writes ~200 documents (~20 MB) in a temporary folder: txt in UTF-8 (with and without
BOM), GB18030, Big5 and UTF-16, HTML pages, DOCX and text-layer PDFs; then reads each
once and prints documents/s and MB/s (of raw bytes), overall and per format.
"""

from __future__ import annotations

import argparse
import io
import random
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import docx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.ingest.pdfmaker import make_pdf
from tracker.ingest import read_path

SENTENCES = [
    "到2025年底前，全市优良天数比例达到85%以上，PM2.5浓度下降10%。",
    "全面消除劣五类水体，力争散煤清零，确保如期整改到位。",
    "加快建成全省统一的GEP核算平台，实施鄱阳湖总磷污染控制与削减专项行动。",
    "县级以上人民政府要定期听取和审议生态文明建设情况报告。",
    "深入打好蓝天、碧水、净土保卫战，持续改善生态环境质量。",
]
TRADITIONAL = [
    "到2025年底前，全市優良天數比例達到85%以上，全面消除劣五類水體。",
    "加快建成全省統一的生態產品價值核算平臺，深入推進污染防治攻堅戰。",
]


# Approximate file bytes per text character, to hit the requested corpus size.
BYTES_PER_CHAR = {
    "utf-8": 2.9, "utf-8-sig": 2.9, "gb18030": 1.95, "big5": 1.95, "utf-16": 2.0,
    "html": 2.0, "docx": 0.3, "pdf": 4.2,
}


def _paragraphs(rng: random.Random, chars: int, pool: list[str]) -> list[str]:
    out, size = [], 0
    while size < chars:
        para = "".join(rng.choice(pool) for _ in range(rng.randint(3, 8)))
        out.append(para)
        size += len(para)
    return out


def _docx(title: str, paras: list[str]) -> bytes:
    d = docx.Document()
    d.add_paragraph(title)
    for p in paras:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _html(title: str, paras: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paras)
    page = (
        f'<html><head><meta charset="gbk"><title>{title}_某某网</title></head><body>'
        f'<div>当前位置：首页 &gt; 要闻</div><h1>{title}</h1>{body}'
        "<div>版权所有 京ICP备12345678号</div></body></html>"
    )
    return page.encode("gb18030")


def _pdf(title: str, paras: list[str]) -> bytes:
    lines = [title]
    for p in paras:
        lines += [p[i:i + 30] for i in range(0, len(p), 30)]
    pages = [lines[i:i + 45] for i in range(0, len(lines), 45)]
    return make_pdf(pages)


def build_corpus(folder: Path, docs: int, total_mb: float, seed: int = 7) -> None:
    rng = random.Random(seed)
    bytes_per_doc = total_mb * 1_000_000 / docs
    kinds = ["utf-8", "utf-8-sig", "gb18030", "big5", "utf-16", "html", "docx", "pdf"]
    for i in range(docs):
        kind = kinds[i % len(kinds)]
        pool = TRADITIONAL if kind == "big5" else SENTENCES
        size = int(bytes_per_doc / BYTES_PER_CHAR[kind])
        title = f"關於印發第{i}號整改方案的通知" if kind == "big5" else f"关于印发第{i}号整改方案的通知"
        paras = _paragraphs(rng, size, pool)
        if kind == "html":
            (folder / f"{i:03d}.html").write_bytes(_html(title, paras))
        elif kind == "docx":
            (folder / f"{i:03d}.docx").write_bytes(_docx(title, paras))
        elif kind == "pdf":
            (folder / f"{i:03d}.pdf").write_bytes(_pdf(title, paras))
        else:
            text = "\n".join([title, "发布时间：2024-03-05" if kind != "big5" else "發布時間：2024-03-05", *paras])
            (folder / f"{i:03d}.txt").write_bytes(text.encode(kind))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--mb", type=float, default=20.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        build_corpus(folder, args.docs, args.mb)
        files = sorted(folder.iterdir())
        read_path(files[0])  # warm caches (OpenCC tables, common-character set)
        per_format: dict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0.0])
        start = time.perf_counter()
        for path in files:
            t0 = time.perf_counter()
            result = read_path(path)
            stats = per_format[f"{result.source_format}/{result.encoding or '-'}"]
            stats[0] += 1
            stats[1] += len(result.raw)
            stats[2] += time.perf_counter() - t0
        elapsed = time.perf_counter() - start
        total = sum(s[1] for s in per_format.values())
        print(f"{len(files)} documents, {total / 1e6:.1f} MB in {elapsed:.2f} s: "
              f"{len(files) / elapsed:.1f} docs/s, {total / 1e6 / elapsed:.2f} MB/s")
        for name, (n, size, secs) in sorted(per_format.items()):
            print(f"  {name:18s} {int(n):4d} docs {size / 1e6:6.2f} MB "
                  f"{n / secs:7.1f} docs/s {size / 1e6 / secs:6.2f} MB/s")


if __name__ == "__main__":
    main()
