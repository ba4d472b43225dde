"""Load test of a shared register (issue 16; run by hand, no display needed).

    .venv/bin/python bench/bench_team.py [--db URL] [--clients 4] [--seconds 30]
                                         [--commitments 1000] [--hot 20] [--hot-share 0.5]

`--clients` processes edit the same `--commitments` commitments for `--seconds`: each
reads a commitment (half the time one of the `--hot` first ones, so saves really collide),
changes its notes and saves through the services, as the window does. Before that, one
client alone runs for a fifth of the time: the baseline latency in the same run.

Reported and checked:
- saves, conflicts detected (ConflictError), other errors, p50/p95 save latency (ms);
- 0 lost updates, from the change log: every save's log entry replaced the value its
  client had read (nobody saved over a value they had not seen); for every commitment the
  `notes` entries form one chain (each `before` is the previous `after`), every save the
  clients saw succeed is logged once and nothing else, and the last `after` is stored.
  `--unprotected` saves without the version check, to show this check catching them;
- convergence: each client keeps a view (id → version) refreshed when its change watcher
  (tracker/storage/watch.py; LISTEN/NOTIFY on PostgreSQL once that backend lands) reports
  a change, polled every second like the window; after the last save every view must equal
  the database, and the time that took is reported.

`--db` is a file path or sqlite:///path (default: a fresh file in a temporary folder), or a
postgresql:// URL once the PostgreSQL backend (branch pg16) opens one with AppContext.open.
Exits 1 when a check fails.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

MARK = "bench_team: 负载测试文件"


def _target(url: str):
    """What AppContext.open takes for `url`: a Path for SQLite, the URL otherwise."""
    if url.startswith("sqlite:///"):
        return Path(url[len("sqlite:///"):])
    if "://" in url:
        return url  # postgresql://… : the PostgreSQL backend (pg16) opens it
    return Path(url)


def open_ctx(url: str, actor: str):
    from tracker.services.context import AppContext

    try:
        ctx = AppContext.open(_target(url))
    except Exception as exc:  # noqa: BLE001 - a plain message, not a traceback
        raise SystemExit(f"{url}: cannot open the register ({exc})") from None
    ctx.db.actor = actor
    return ctx


def setup(url: str, n: int) -> list[int]:
    """The bench's `n` commitments (made once, in one document marked MARK)."""
    from tracker.domain.model import Commitment, Document
    from tracker.domain.spans import Span
    from tracker.storage import repos

    ctx = open_ctx(url, "bench-setup")
    try:
        with ctx.db.session() as session:
            docs = [d for d in repos.list_documents(session) if d.title == MARK]
            if docs:
                ids = [c.id for c in repos.commitments_for_document(session, docs[0].id)]
                if len(ids) >= n:
                    return ids[:n]
            text = "".join(f"第{i}项：到2026年底前完成第{i}段河道整治。" for i in range(n))
            doc = repos.add_document(session, Document(title=MARK, text=text,
                                                       text_sha256=f"bench-team-{n}"), b"")
            ids, at = [], 0
            for i in range(n):
                quote = f"第{i}项：到2026年底前完成第{i}段河道整治。"
                c = repos.add_commitment(session, Commitment(
                    document_id=doc.id, span=Span.of(text, at, at + len(quote))))
                ids.append(c.id)
                at += len(quote)
        return ids
    finally:
        ctx.close()


def _view(ctx) -> dict[int, tuple[int, str]]:
    from sqlmodel import select

    from tracker.storage.tables import CommitmentRow

    with ctx.db.session() as session:
        return {cid: (v, notes) for cid, v, notes in session.exec(
            select(CommitmentRow.id, CommitmentRow.version, CommitmentRow.notes))}


def client(url: str, name: str, ids: list[int], seconds: float, hot: int, hot_share: float,
           seed: int, start, done, results, unprotected: bool = False) -> None:
    """One person's app: read, change the notes, save; keep a view fresh by the watcher."""
    from tracker.services import commitments, watching
    from tracker.storage.errors import ConflictError, LibraryError

    rng = random.Random(seed)
    ctx = open_ctx(url, name)
    watcher = watching.watch(ctx)
    view = _view(ctx)
    saves: list[tuple[int, str]] = []
    latencies: list[float] = []
    conflicts = errors = 0
    start.wait()
    end = time.monotonic() + seconds
    next_poll = time.monotonic() + watching.POLL_MS / 1000
    n = 0
    while time.monotonic() < end:
        cid = rng.choice(ids[:hot]) if rng.random() < hot_share else rng.choice(ids)
        mine = commitments.get(ctx, cid)
        time.sleep(rng.random() * 0.004)  # a person's edit takes a moment; others save
        n += 1
        value = f"{name}#{n}"
        t0 = time.perf_counter()
        try:
            stored = commitments.update(ctx, replace(
                mine, notes=value, version=None if unprotected else mine.version))
        except ConflictError:
            conflicts += 1
        except LibraryError:
            errors += 1   # e.g. the write lock held too long: nothing written
        else:
            saves.append((cid, value, mine.notes))  # and the value it replaced, as seen
            view[cid] = (stored.version, value)  # our own change: shown at once
        latencies.append(time.perf_counter() - t0)
        if time.monotonic() >= next_poll:
            next_poll += watching.POLL_MS / 1000
            if watcher.poll():
                view = _view(ctx)
    done.wait()  # every client has stopped saving
    t0 = time.monotonic()
    truth = None
    while time.monotonic() - t0 < 10:
        if watcher.poll():
            view = _view(ctx)
        truth = _view(ctx)  # what the database holds now (for the check only)
        if view == truth:
            break
        time.sleep(watching.POLL_MS / 1000)
    converged = view == truth
    results.put({"name": name, "saves": saves, "latencies": latencies,
                 "conflicts": conflicts, "errors": errors, "converged": converged,
                 "converge_s": time.monotonic() - t0})
    watcher.close()
    ctx.close()


def run(url: str, clients: int, seconds: float, ids: list[int], hot: int,
        hot_share: float, tag: str, unprotected: bool = False) -> list[dict]:
    spawn = mp.get_context("spawn")
    start = spawn.Barrier(clients + 1)
    done = spawn.Barrier(clients)
    results = spawn.Queue()
    procs = [spawn.Process(target=client, args=(
        url, f"{tag}{i}", ids, seconds, hot, hot_share, 1000 + i, start, done, results,
        unprotected))
        for i in range(clients)]
    for p in procs:
        p.start()
    start.wait(timeout=300)  # all opened and loaded their view
    out = [results.get(timeout=seconds + 300) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    return out


def check_log(url: str, ids: list[int], outs: list[dict]) -> dict:
    """Lost updates from the change log: broken chains, missing or extra entries."""
    from sqlmodel import select

    from tracker.storage.tables import ChangeLogRow, CommitmentRow

    ctx = open_ctx(url, "bench-check")
    try:
        with ctx.db.session() as session:
            rows = list(session.exec(
                select(ChangeLogRow.row_id, ChangeLogRow.before, ChangeLogRow.after)
                .where(ChangeLogRow.table_name == "commitment",
                       ChangeLogRow.field == "notes",
                       ChangeLogRow.row_id.in_(ids))  # type: ignore[union-attr]
                .order_by(ChangeLogRow.id)))
            stored = {cid: notes for cid, notes in session.exec(
                select(CommitmentRow.id, CommitmentRow.notes)
                .where(CommitmentRow.id.in_(ids)))}  # type: ignore[union-attr]
    finally:
        ctx.close()
    last: dict[int, str] = {}
    broken = 0
    for cid, before, after in rows:
        b, a = json.loads(before), json.loads(after)
        if b != last.get(cid, ""):  # the bench's commitments start with no notes
            broken += 1
        last[cid] = a
    seen = sorted((cid, value) for o in outs for cid, value, _seen in o["saves"])
    logged = sorted((cid, json.loads(after)) for cid, _b, after in rows)
    # a lost update: a save replaced a value its client had not seen (someone else's)
    replaced = {(cid, json.loads(after)): json.loads(before) for cid, before, after in rows}
    lost = sum(1 for o in outs for cid, value, seen_value in o["saves"]
               if replaced.get((cid, value), seen_value) != seen_value)
    final_wrong = sum(1 for cid, a in last.items() if stored.get(cid) != a)
    return {"log_entries": len(rows), "lost_updates": lost, "broken_chains": broken,
            "saves_not_in_log": len(set(seen) - set(logged)),
            "log_entries_not_saved": len(set(logged) - set(seen)),
            "final_value_wrong": final_wrong}


def summary(outs: list[dict]) -> dict:
    lat = sorted(x for o in outs for x in o["latencies"])
    q = statistics.quantiles(lat, n=100) if len(lat) >= 2 else [lat[0] * 1] * 99
    return {"clients": len(outs), "saves": sum(len(o["saves"]) for o in outs),
            "conflicts": sum(o["conflicts"] for o in outs),
            "errors": sum(o["errors"] for o in outs), "attempts": len(lat),
            "p50_ms": round(q[49] * 1000, 1), "p95_ms": round(q[94] * 1000, 1),
            "converged": all(o["converged"] for o in outs),
            "converge_s": round(max(o["converge_s"] for o in outs), 2)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="file, sqlite:///file or postgresql://… "
                                     "(default: a fresh file in a temporary folder)")
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--commitments", type=int, default=1000)
    parser.add_argument("--hot", type=int, default=20)
    parser.add_argument("--hot-share", type=float, default=0.5)
    parser.add_argument("--postgres", action="store_true",
                        help="start a throwaway PostgreSQL cluster (tests/pgcluster.py) and "
                             "run on it (its schema set up by `db upgrade`)")
    parser.add_argument("--unprotected", action="store_true",
                        help="save without the version check (version=None), to see the "
                             "check above catch the lost updates it lets through")
    args = parser.parse_args()
    tmp = None
    cluster = None
    url = args.db
    if args.postgres and not url:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
        from tests.pgcluster import Cluster, find_bin_dir
        from tracker.storage.migrate import upgrade_server

        bin_dir = find_bin_dir()
        if bin_dir is None:
            print("no PostgreSQL server binaries (install Debian's postgresql)")
            return 2
        cluster = Cluster(bin_dir).start()
        os.environ["PGPASSFILE"] = str(cluster.passfile)  # the clients inherit it
        cluster.admin("CREATE DATABASE team")
        url = cluster.url("team")
        upgrade_server(url)
    if not url:
        tmp = tempfile.TemporaryDirectory()
        url = str(Path(tmp.name) / "team.db")
    ids = setup(url, args.commitments)
    hot = max(1, min(args.hot, len(ids)))
    print(f"register {url}: {len(ids)} commitments, hot set {hot} ({args.hot_share:.0%} of "
          f"edits)", flush=True)
    base = run(url, 1, max(2.0, args.seconds / 5), ids, hot, args.hot_share, "baseline")
    many = run(url, args.clients, args.seconds, ids, hot, args.hot_share, "client",
               args.unprotected)
    report = {"baseline (1 client)": summary(base),
              f"{args.clients} clients × {args.seconds:g} s": summary(many),
              "change log check": check_log(url, ids, base + many)}
    print(json.dumps(report, ensure_ascii=False, indent=2))
    log = report["change log check"]
    ok = (log["lost_updates"] == 0 and log["broken_chains"] == 0 and log["saves_not_in_log"] == 0
          and log["log_entries_not_saved"] == 0 and log["final_value_wrong"] == 0
          and all(s["converged"] for k, s in report.items() if k != "change log check"))
    print("0 lost updates, every view converged" if ok else "CHECK FAILED")
    if tmp is not None:
        tmp.cleanup()
    if cluster is not None:
        cluster.stop()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
