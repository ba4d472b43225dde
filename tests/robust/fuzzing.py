"""Malformed files of every format for the fuzz test and bench/bench_hostile.py: valid
seeds of each format, broken by byte flips, cuts, splices, repeated chunks and, inside ZIP
containers, by breaking one member."""

from __future__ import annotations

import io
import random
import zipfile

from tests.ingest.pdfmaker import make_pdf
from tests.robust.hostile import GOOD, docx_bytes, rezip, xlsx_bytes

LEDGER_CSV = ("承诺内容,牵头单位,配合单位,完成时限,状态,地区,主题,目标值\n"
              "到2025年底完成老旧小区改造120个,市住建局,\"市财政局；区、县政府\",2025-12-31,未开始,"
              "南昌市,城市更新,120\n"
              "2026年6月底前完成黑臭水体整治,市生态环境局,,2026年6月,正常推进,,水,-5\n")


def seeds() -> dict[str, bytes]:
    """One valid file per format (by suffix)."""
    html = ("<html><head><meta charset='utf-8'><title>城市更新方案_市政府</title></head><body>"
            + "".join(f"<p>{line}</p>" for line in GOOD.splitlines()) + "</body></html>")
    return {
        ".txt": GOOD.encode("utf-8"),
        ".html": html.encode("utf-8"),
        ".docx": docx_bytes(),
        ".pdf": make_pdf([GOOD.splitlines(), ["第二页：由市住建局牵头。"]]),
        ".csv": ("\ufeff" + LEDGER_CSV).encode("utf-8"),
        ".xlsx": xlsx_bytes(5),
    }


_NASTY = [b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"\xed\xa0\x80", b"\x1b", b"\r", b"\n" * 50,
          b"\"", b"=cmd|' /C calc'!A0", b"\xe4\xb8", "\ud800".encode("utf-8", "surrogatepass"),
          b"<" * 100, b"&#xD800;", b"\x8e\xa1", b"PK\x03\x04", b"%PDF-1.7", b"stream",
          b"endobj", "三".encode() * 5000, b"9" * 5000]


def mutate(data: bytes, rng: random.Random, rounds: int | None = None) -> bytes:
    """`data` broken by a few random edits."""
    out = bytearray(data)
    for _ in range(rounds or rng.randint(1, 4)):
        op = rng.randrange(7)
        at = rng.randrange(len(out) + 1) if out else 0
        if op == 0 and out:                       # flip bytes
            for _ in range(rng.randint(1, 8)):
                i = rng.randrange(len(out))
                out[i] = rng.randrange(256)
        elif op == 1:                             # cut the end off
            del out[at:]
        elif op == 2:                             # drop a chunk
            del out[at:at + rng.randint(1, 200)]
        elif op == 3:                             # insert something nasty
            out[at:at] = rng.choice(_NASTY)
        elif op == 4 and out:                     # repeat a chunk
            n = rng.randint(1, 64)
            out[at:at] = bytes(out[at:at + n]) * rng.randint(2, 50)
        elif op == 5:                             # random bytes
            out[at:at] = rng.randbytes(rng.randint(1, 64))
        else:                                     # swap two regions
            if len(out) > 4:
                i, j = sorted(rng.sample(range(len(out)), 2))
                out[i:j] = out[i:j][::-1]
    return bytes(out)


def mutate_zip(data: bytes, rng: random.Random) -> bytes:
    """A ZIP container with one member broken (or dropped, or the whole archive broken)."""
    try:
        names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    except zipfile.BadZipFile:
        return mutate(data, rng)
    victim = rng.choice(names)
    if rng.random() < 0.15:
        return rezip(data, lambda n, d: None if n == victim else d)
    if rng.random() < 0.2:
        return mutate(data, rng)
    return rezip(data, lambda n, d: mutate(d, rng) if n == victim else d)


def malformed(suffix: str, seed: bytes, rng: random.Random) -> bytes:
    if suffix in (".docx", ".xlsx") and rng.random() < 0.8:
        return mutate_zip(seed, rng)
    return mutate(seed, rng)
