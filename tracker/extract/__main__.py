"""Dev runner: ``python -m tracker.extract FILE [--date YYYY-MM-DD] [--format jsonl|table]``.

Reads FILE as UTF-8, drops inline pinyin annotations such as ``(tài)`` after CJK
characters, and prints one JSON object per suggestion (or a readable table).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date
from pathlib import Path

from tracker.extract.pipeline import suggest, to_json

PINYIN = re.compile(r"(?<=[\u3400-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹ]{1,7}\)")


def clean(text: str) -> str:
    """The minimal cleanup the real importer also does: inline pinyin out, CRLF folded."""
    return PINYIN.sub("", text.replace("\r\n", "\n"))


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {value!r}") from exc


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tracker.extract",
                                 description=__doc__.split("\n")[0])
    ap.add_argument("file", type=Path)
    ap.add_argument("--date", type=_date, help="document date (YYYY-MM-DD)")
    ap.add_argument("--format", choices=("jsonl", "table"), default="jsonl")
    args = ap.parse_args(argv)
    try:
        raw = args.file.read_text(encoding="utf-8")
    except FileNotFoundError:
        print(f"{args.file}: no such file", file=sys.stderr)
        return 2
    except UnicodeDecodeError as exc:
        print(f"{args.file}: not UTF-8 text ({exc.reason} at byte {exc.start})", file=sys.stderr)
        return 2
    for sug in suggest(clean(raw), args.date):
        rec = to_json(sug)
        if args.format == "jsonl":
            print(json.dumps(rec, ensure_ascii=False))
        else:
            who = ",".join(rec["responsible"])
            print(f"{rec['kind']:<11} {rec['confidence']:.2f} {rec['deadline'] or '-':<10} "
                  f"{who[:16]:<16} {rec['quote']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
