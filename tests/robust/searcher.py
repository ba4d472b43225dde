"""The drill's searching program: searches the library again and again (each search first
indexes what the importers added) until STOP exists; prints one JSON line with what it saw.

    python -m tests.robust.searcher DB STOP
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from tracker.services import search
from tracker.services.context import AppContext
from tracker.services.errors import plain_message


def main() -> int:
    db, stop = Path(sys.argv[1]), Path(sys.argv[2])
    ctx = AppContext.open(db)
    waits: list[float] = []
    ctx.db.watch.listeners.append(lambda waiting, s: None if waiting else waits.append(s))
    searches, errors, slowest = 0, [], 0.0
    try:
        while not stop.exists():
            t0 = time.monotonic()
            try:
                search.search(ctx, "改造 OR 城市更新")
            except Exception as exc:  # noqa: BLE001 - counted, and shown as a user would see it
                errors.append(plain_message(exc, db))
            slowest = max(slowest, time.monotonic() - t0)
            searches += 1
            time.sleep(0.05)
        longest = ctx.db.watch.longest
    finally:
        ctx.close()
    print(json.dumps({"searches": searches, "errors": errors, "slowest_search": slowest,
                      "longest_lock_wait": longest}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
