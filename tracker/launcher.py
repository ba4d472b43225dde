"""The `tracker` entry point: the window when no command is given, else the command line.

It sits above both tracker.ui and tracker.cli so that neither imports the other.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from tracker.cli import build_parser, run_command


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(argv)
    if args.command is None:
        from tracker.ui.app import run

        return run(db_path=args.db)
    return run_command(args)


if __name__ == "__main__":
    raise SystemExit(main())
