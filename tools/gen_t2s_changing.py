"""Write tracker/geo/t2s_changing.py: the characters without which OpenCC's t2s leaves a
text as it is (script.to_simplified skips the converter for a text holding none of them).

    python tools/gen_t2s_changing.py [--check]

t2s first normalises (CJK_Compatibility_Ideographs), then replaces, at each place, the
longest key of TSPhrases / TSCharactersExt / TSCharacters that matches by its first value.
A text is changed only where a key whose value differs from it matches; such a key (each
key and its value are of the same length: the script checks it) holds at least one
character that its value replaces, and the text then holds that character. So a text
holding none of the characters any such key has at a position its value changes is left
as it is. The dictionaries are read with the opencc_dict tool OpenCC ships; the module
records OpenCC's version, and script.py uses the set only under that same version.
With --check, exit 1 when the stored module differs from what would be written.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tracker" / "geo" / "t2s_changing.py"
# the dictionaries of t2s.json, the normalisation first
DICTS = ("CJK_Compatibility_Ideographs", "TSPhrases", "TSCharactersExt", "TSCharacters")


def _clib() -> Path:
    return Path(opencc.__file__).parent / "clib"


def changing_chars() -> str:
    clib = _clib()
    chars: set[str] = set()
    with tempfile.TemporaryDirectory() as tmp:
        for name in DICTS:
            out = Path(tmp) / f"{name}.txt"
            subprocess.run([str(clib / "bin" / "opencc_dict"), "-i",
                            str(clib / "share" / "opencc" / f"{name}.ocd2"), "-o", str(out),
                            "-f", "ocd2", "-t", "text"], check=True,
                           env={"LD_LIBRARY_PATH": str(clib / "lib64")})
            for line in out.read_text(encoding="utf-8").splitlines():
                if not line:
                    continue
                key, values = line.split("\t")
                for value in values.split(" "):  # (every value, not the first only: a superset)
                    if len(value) != len(key):
                        raise SystemExit(f"{name}: {key} → {value} changes the length")
                    chars.update(k for k, v in zip(key, value) if k != v)
    return "".join(sorted(chars))


def module_text(chars: str) -> str:
    version = getattr(opencc.clib, "opencc_clib").__version__  # noqa: B009 - (untyped)
    return (f'"""Written by tools/gen_t2s_changing.py (read its docstring): the characters without\n'
            f'which OpenCC {version}\'s t2s leaves a text as it is."""\n\n'
            f"OPENCC_VERSION = {version!r}\n"
            f"CHARS = {chars!r}\n")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    text = module_text(changing_chars())
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("t2s_changing.py is up to date" if same else "t2s_changing.py differs")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
