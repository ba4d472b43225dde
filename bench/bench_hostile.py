"""Hostile and big inputs: the fuzz drill and the timings of issue 13.

    python bench/bench_hostile.py [--files 1200] [--ledgers 300] [--skip-big]

1. Fuzz: malformed documents of every format (txt, HTML, DOCX, PDF) and malformed ledgers
   (CSV, XLSX), each read (documents) or imported into a fresh library (ledgers): counts of
   files read, messages, other exceptions (tracebacks), partial writes, the slowest file
   and the peak memory of the process.
2. Big inputs, each in its own process (wall time, peak memory, outcome): a 200 MB txt,
   a FIFO and a link to /dev/zero named .txt, a PDF with 400,000 text operators, an XLSX
   sheet of 1,000,000 rows, a 1,000,000-row CSV --dry-run, `suggest` on a 10 MB single
   line, 4,301 Chinese numerals in a row, and a search after importing a 25-million-
   character document.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.robust.fuzzing import malformed, seeds  # noqa: E402 - after the path is set


def fuzz(files: int, ledgers: int, folder: Path) -> None:
    from tracker.export import LedgerFileError
    from tracker.ingest import IngestError, read_path
    from tracker.services import ledger, register
    from tracker.services.context import AppContext

    rng = random.Random(13)
    base = seeds()
    docs = (".txt", ".html", ".docx", ".pdf")
    outcome = {"read": 0, "message": 0, "traceback": 0, "partial": 0}
    slowest, slowest_name, crashes = 0.0, "", []
    for n in range(files + ledgers):
        suffix = docs[n % 4] if n < files else (".csv", ".xlsx")[n % 2]
        path = folder / f"f{n}{suffix}"
        path.write_bytes(malformed(suffix, base[suffix], rng))
        t0 = time.monotonic()
        try:
            if suffix in docs:
                try:
                    read_path(path).text.encode("utf-8")
                    outcome["read"] += 1
                except IngestError as exc:
                    assert exc.reason
                    outcome["message"] += 1
            else:
                ctx = AppContext.open(folder / f"l{n}.db")
                try:
                    try:
                        result = ledger.import_ledger(ctx, path)
                        if result.errors:
                            outcome["message"] += 1
                            if register.total(ctx):
                                outcome["partial"] += 1
                        else:
                            outcome["read"] += 1
                    except LedgerFileError:
                        outcome["message"] += 1
                        if register.total(ctx):
                            outcome["partial"] += 1
                finally:
                    ctx.close()
        except Exception as exc:  # noqa: BLE001 - what the drill counts
            outcome["traceback"] += 1
            crashes.append(f"{path.name}: {type(exc).__name__}: {str(exc)[:100]}")
        took = time.monotonic() - t0
        if took > slowest:
            slowest, slowest_name = took, path.name
        path.unlink()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"fuzz: {files} malformed documents + {ledgers} malformed ledgers: "
          f"{outcome['read']} read, {outcome['message']} messages, {outcome['traceback']} "
          f"tracebacks, {outcome['partial']} partial writes; slowest {slowest:.1f} s "
          f"({slowest_name}); peak memory {peak:.0f} MB")
    for line in crashes[:10]:
        print("   ", line)


TIMEOUT = 300.0


def _child(code: str, timeout: float | None = None) -> tuple[float, float, str]:
    """Run `code` in a fresh interpreter: (seconds, peak MB, last line of its output)."""
    timeout = timeout or TIMEOUT
    code = ("import atexit, resource\natexit.register(lambda: print('PEAK', "
            "resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, flush=True))\n" + code)
    t0 = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    try:
        out, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, _ = proc.communicate()
        return time.monotonic() - t0, 0.0, f"TIMEOUT after {timeout:.0f} s"
    took = time.monotonic() - t0
    peaks = [float(x.split()[1]) for x in out.splitlines() if x.startswith("PEAK ")]
    peak = peaks[-1] if peaks else 0.0
    lines = [x for x in out.strip().splitlines() if x.strip() and not x.startswith("PEAK ")]
    last = lines[-1] if lines else f"(exit {proc.returncode})"
    if "Traceback" in out:
        last = "TRACEBACK: " + last
    return took, peak, last[:150]


def _xlsx_rows(path: Path, rows: int) -> None:
    """A one-sheet workbook of `rows` ledger rows, written as raw XML (openpyxl would take
    minutes to write a million rows; this is what a sheet "bomb" looks like inside)."""
    import zipfile

    from tests.robust.hostile import xlsx_bytes

    sheet = "xl/worksheets/sheet1.xml"
    src = zipfile.ZipFile(__import__("io").BytesIO(xlsx_bytes(1)))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            if info.filename != sheet:
                out.writestr(info.filename, src.read(info.filename))
        with out.open(sheet, "w", force_zip64=True) as fh:
            fh.write(b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
                     b'openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                     + '<row r="1"><c r="A1" t="inlineStr"><is><t>承诺内容</t></is></c>'
                       '<c r="B1" t="inlineStr"><is><t>牵头单位</t></is></c></row>'.encode())
            for r in range(2, rows + 2):
                fh.write(f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>第{r}项任务</t></is>'
                         f'</c><c r="B{r}" t="inlineStr"><is><t>市住建局</t></is></c></row>'
                         .encode())
            fh.write(b"</sheetData></worksheet>")


ONLY = ""


def big(folder: Path) -> None:
    f = str(folder)
    cases = []
    txt = folder / "big.txt"
    with open(txt, "wb") as fh:
        line = ("到2025年底，全市完成老旧小区改造120个，由市住建局牵头负责。\n" * 100).encode()
        while fh.tell() < 200 * 1024 * 1024:
            fh.write(line)
    cases.append(("200 MB txt import", f"import sys; from tracker.cli import main; "
                  f"sys.exit(main(['--db', '{f}/a.db', 'import', '-q', '{txt}']))"))
    os.mkfifo(folder / "fifo.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    cases.append(("FIFO and /dev/zero link named .txt", f"import sys; from tracker.cli import "
                  f"main; sys.exit(main(['--db', '{f}/b.db', 'import', '-q', '{f}/fifo.txt', "
                  f"'{f}/zero.txt']))"))
    cases.append(("PDF, 400,000 text operators", (
        "import sys; sys.path.insert(0, '.'); from tests.ingest.pdfmaker import make_pdf; "
        f"open('{f}/ops.pdf', 'wb').write(make_pdf([['到2025年底完成改造。'] * 400000])); "
        f"from tracker.cli import main; sys.exit(main(['suggest', '--format', 'table', "
        f"'{f}/ops.pdf']))")))
    _xlsx_rows(folder / "rows.xlsx", 1_000_000)
    cases.append(("XLSX sheet of 1,000,000 rows --dry-run", (
        "import sys\nfrom tracker.cli import main\n"
        f"sys.exit(main(['--db', '{f}/c.db', 'import-ledger', '--dry-run', '{f}/rows.xlsx']))")))
    cases.append(("CSV of 1,000,000 rows --dry-run", (
        f"import sys\nwith open('{f}/rows.csv', 'w', encoding='utf-8') as fh:\n"
        "    fh.write('承诺内容,牵头单位\\n')\n"
        "    fh.writelines(f'第{i}项任务,市住建局\\n' for i in range(1000000))\n"
        f"from tracker.cli import main\nsys.exit(main(['--db', '{f}/d.db', 'import-ledger', "
        f"'--dry-run', '{f}/rows.csv']))")))
    cases.append(("CSV of 200,000 bad rows (two bad cells each)", (
        f"import sys\nwith open('{f}/bad.csv', 'w', encoding='utf-8') as fh:\n"
        "    fh.write('承诺内容,牵头单位,完成时限,状态\\n')\n"
        "    fh.writelines(f'第{i}项任务,市住建局,某天{i},状态{i}\\n' for i in range(200000))\n"
        f"from tracker.cli import main\nsys.exit(main(['--db', '{f}/e.db', 'import-ledger', "
        f"'{f}/bad.csv']))")))
    cases.append(("suggest on a 10 MB single line", (
        f"open('{f}/line.txt', 'w', encoding='utf-8').write('到2025年底，全市完成老旧小区改造"
        f"120个，由市住建局牵头负责，' * 100000)\nimport sys\nfrom tracker.cli import main\n"
        f"sys.exit(main(['suggest', '--format', 'table', '{f}/line.txt']))")))
    cases.append(("4,301 Chinese numerals in a row", (
        "from tracker.extract.numerals import cn_int; from tracker.extract import suggest; "
        "print(cn_int('三' * 4301), len(suggest('到2025年底完成' + '三' * 4301 + '个。', None)),"
        " 'no error')")))
    cases.append(("search after a 25-million-character document", (
        "import sys\nfrom tracker.services.context import AppContext\n"
        "from tracker.services import importing, search\n"
        f"ctx = AppContext.open('{f}/g.db')\n"
        "import tracker.ingest.limits as L; L.MAX_TEXT_CHARS = 30_000_000; "
        "L.MAX_FILE_BYTES['txt'] = 100 * 2**20\n"
        f"open('{f}/huge.txt', 'w', encoding='utf-8').write('城市更新方案\\n' + "
        "'到2025年底完成老旧小区改造。\\n' * 1_700_000)\n"
        "from pathlib import Path\n"
        f"print(importing.import_paths(ctx, [Path('{f}/huge.txt')]).errors)\n"
        "import time\nfor _ in range(2):\n    t = time.time(); r = search.search(ctx, '改造')\n"
        "    print(f'search {time.time() - t:.1f} s, {r.total_documents} documents')\n"
        "print('skipped:', search.skipped_documents(ctx))")))
    for name, code in cases:
        if ONLY and ONLY not in name:
            continue
        took, peak, last = _child(code)
        print(f"{name:48} {took:6.1f} s  peak {peak:6.0f} MB  {last}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, default=1200)
    ap.add_argument("--ledgers", type=int, default=300)
    ap.add_argument("--skip-big", action="store_true")
    ap.add_argument("--skip-fuzz", action="store_true")
    ap.add_argument("--only", default="", help="big cases whose name holds this text")
    ap.add_argument("--timeout", type=float, default=300.0, help="per big case (seconds)")
    args = ap.parse_args()
    global TIMEOUT, ONLY
    TIMEOUT = args.timeout
    ONLY = args.only
    with tempfile.TemporaryDirectory() as tmp:
        if not args.skip_fuzz:
            fuzz(args.files, args.ledgers, Path(tmp))
        if not args.skip_big:
            big(Path(tmp))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
