"""Write the README's keyboard-shortcut table from tracker/ui/actions.py (SHORTCUTS).

The table sits between two markers in README.md; this replaces what is between them.
tests/ui/test_actions.py fails when the README and the table disagree.

Run from the repository root:  PYTHONPATH=. python tools/shortcuts_table.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tracker.ui.actions import README_BEGIN, README_END, readme_section  # noqa: E402


def main() -> int:
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    if README_BEGIN not in text or README_END not in text:
        print(f"{readme}: the markers of the key table are missing:\n{README_BEGIN}\n"
              f"{README_END}", file=sys.stderr)
        return 1
    start = text.index(README_BEGIN)
    end = text.index(README_END) + len(README_END) + 1
    readme.write_text(text[:start] + readme_section() + text[end:], encoding="utf-8")
    print(f"{readme}: key table written")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
