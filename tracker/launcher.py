"""The `tracker` entry point: the window when no command is given, else the command line.

It sits above both tracker.ui and tracker.cli so that neither imports the other.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from tracker.cli import build_parser, run_command, run_self_test


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(argv)
    if args.self_test:
        return self_test()
    if args.command is None:
        from tracker.ui.app import run

        return run(db_path=args.db)
    return run_command(args)


def self_test() -> int:
    """`tracker --self-test`, with the window step when Qt can be imported. In a bundle Qt
    is part of the app, so there a failed import fails the step instead of skipping it."""
    try:
        from tracker.ui.selfcheck import window_self_check
    except ImportError as exc:
        reason = f"Qt cannot be imported ({exc})"
        if not getattr(sys, "frozen", False):
            return run_self_test(window_unavailable=reason)

        def window_self_check(_db, _folder) -> str:
            raise RuntimeError(reason)

    return run_self_test(window_check=window_self_check)


if __name__ == "__main__":
    raise SystemExit(main())
