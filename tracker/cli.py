"""Command line: `tracker SUBCOMMAND` works in the terminal (tracker.launcher starts the
window when no command is given).

Imports are kept inside the handlers so `tracker --version` and the window start fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from tracker import __version__


def _date(s: str) -> date:
    try:
        return date.fromisoformat(s)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {s}") from exc


def _context(args: argparse.Namespace):
    """The opened library; says on stderr when it is read-only, and while a write waits
    for another program's write lock (a line when the wait starts and when it ends)."""
    from tracker.domain import messages
    from tracker.services.context import AppContext

    ctx = AppContext.open(args.db)
    if ctx.db.read_only:
        print("tracker: " + messages.READ_ONLY.format(path=ctx.db.path), file=sys.stderr)

    def waiting(now: bool, seconds: float) -> None:
        line = messages.WAITING if now else messages.WAIT_OVER.format(seconds=seconds)
        print("tracker: " + line, file=sys.stderr, flush=True)

    ctx.db.watch.listeners.append(waiting)
    return ctx


def _progress_printer(enabled: bool):
    if not enabled:
        return None
    tty = sys.stderr.isatty()

    def show(n: int, total: int, path: Path) -> None:
        line = f"[{n}/{total}] {path.name}"
        if tty:
            print("\r" + line[:100].ljust(100), end="", file=sys.stderr, flush=True)
            if n == total:
                print(file=sys.stderr)
        else:
            print(line, file=sys.stderr, flush=True)

    return show


def cmd_import(args: argparse.Namespace) -> int:
    from tracker.services import importing

    ctx = _context(args)
    try:
        progress = _progress_printer(not args.quiet)
        paths = [Path(p) for p in args.paths]
        if args.samples:
            paths.append(importing.samples_dir())
        if not paths:
            print("tracker import: give files or folders, or --samples", file=sys.stderr)
            return 2
        report = importing.import_paths(ctx, paths, progress)
    finally:
        ctx.close()
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        for d in report.imported:
            print(f"imported  {d.title}  ({d.path})")
        for p, t in report.duplicates:
            print(f"duplicate {p}: same text as “{t}”, skipped")
        for p, r in report.errors:
            print(f"error     {p}: {r}", file=sys.stderr)
        print(f"{len(report.imported)} imported, {len(report.duplicates)} duplicates, "
              f"{len(report.errors)} errors")
    return 1 if report.errors and not report.imported else 0


def cmd_docs(args: argparse.Namespace) -> int:
    from tracker.services import library

    ctx = _context(args)
    try:
        rows = [library.document_json(ctx, d) for d in library.list_documents(ctx)]
    finally:
        ctx.close()
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("The library is empty. Try: tracker import --samples")
    for r in rows:
        print(f"{r['id']:>4}  {r['date'] or '—':10}  {r['region'] or '—':12}  "
              f"{r['type']:14} {r['commitments']:>3}  {r['title']}")
    return 0


def cmd_suggest(args: argparse.Namespace) -> int:
    from tracker.extract import to_json
    from tracker.ingest import IngestError
    from tracker.services.suggesting import suggest_file

    try:
        found = suggest_file(Path(args.file), args.date)
    except IngestError as exc:
        print(f"tracker suggest: {exc}", file=sys.stderr)
        return 1
    if not found.complete:
        from tracker.domain import messages

        print("tracker suggest: " + messages.SUGGEST_STOPPED.format(
            path=args.file, chars=found.read_chars), file=sys.stderr)
    for s in found:
        if s.duplicate_of is not None:
            continue
        rec = to_json(s)
        if args.format == "jsonl":
            print(json.dumps(rec, ensure_ascii=False))
        else:
            dl = rec.get("deadline") or ""
            tgt = " ".join(str(rec.get(k) or "") for k in ("comparator", "value", "unit")).strip()
            print(f"{rec['kind']:11} {dl:10} {tgt:18} {'、'.join(rec['responsible'])[:20]:20} "
                  f"{rec['quote']}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from tracker.domain.model import DocType
    from tracker.search import QueryError, SearchFilter
    from tracker.services import library, search

    if not args.rebuild and not args.query:
        print("tracker search: give a query, or --rebuild", file=sys.stderr)
        return 2
    ctx = _context(args)
    try:
        if args.rebuild:
            st = search.rebuild_index(ctx, _count_printer(not args.json))
            size = f", {st.fts_bytes / 1e6:.1f} MB" if st.fts_bytes is not None else ""
            print(f"index rebuilt: {st.documents} documents, {st.commitments} commitments{size}")
            if not args.query:
                return 0
        try:
            region = search.resolve_region(ctx, args.region) if args.region else None
            filters = SearchFilter(region, args.date_from, args.date_to,
                                   DocType(args.type) if args.type else None)
            res = search.search(ctx, " ".join(args.query), filters, limit=args.limit,
                                commitment_limit=args.limit)
        except (QueryError, search.UnknownRegionError) as exc:
            print(f"tracker search: {exc}", file=sys.stderr)
            return 2
        _report_skipped(ctx)
        if args.json:
            print(json.dumps(res.to_json(), ensure_ascii=False, indent=2))
            return 0
        for d in res.documents:
            where = library.region_label(ctx, d.region_code) if d.region_code else "—"
            print(f"{d.doc_id:>4}  {d.doc_date or '—'!s:10}  {where:12}  {d.hit_count:>3} hits  "
                  f"{d.title}")
            for h in d.hits[:3]:
                print(f"        @{h.start}: …{_bracket_marks(h.context, h.marks)}…")
        for c in res.commitments:
            print(f"commitment {c.commitment_id:>4} (document {c.document_id}): {c.quote[:60]}")
        print(f"{res.total_documents} documents, {res.total_commitments} commitments "
              f"({res.elapsed_ms:.0f} ms)")
        return 0
    finally:
        ctx.close()


def _report_skipped(ctx) -> None:
    from tracker.domain import messages
    from tracker.services import search

    for doc_id, chars in search.skipped_documents(ctx):
        print("tracker search: " + messages.INDEX_SKIPPED.format(doc_id=doc_id, chars=chars),
              file=sys.stderr)


def _bracket_marks(text: str, marks: Sequence[tuple[int, int]]) -> str:
    for start, end in sorted(marks, reverse=True):
        text = f"{text[:start]}[{text[start:end]}]{text[end:]}"
    return text


def _count_printer(enabled: bool):
    if not enabled or not sys.stderr.isatty():
        return None
    return lambda n, total: print(f"\rindexed {n}/{total}", end="", file=sys.stderr, flush=True)


def _commitment_filter(args: argparse.Namespace, ctx):
    from tracker.domain.filters import CommitmentFilter
    from tracker.services import search

    def several(text: str | None) -> list[str]:
        return [x.strip() for x in (text or "").split(",") if x.strip()]

    return CommitmentFilter.from_dict({
        "region_code": search.resolve_region(ctx, args.region) if args.region else None,
        "statuses": several(args.status), "kinds": several(args.kind),
        "body": args.body, "theme": args.theme, "deadline_from": args.deadline_from,
        "deadline_to": args.deadline_to, "overdue_only": args.overdue,
        "due_within_days": args.due_within, "text": args.text, "document_id": args.document})


def cmd_export(args: argparse.Namespace) -> int:
    from tracker.export import LedgerFileError
    from tracker.services import ledger, search

    ctx = _context(args)
    try:
        try:
            f = _commitment_filter(args, ctx)
        except (ValueError, search.UnknownRegionError) as exc:
            print(f"tracker export: {exc}", file=sys.stderr)
            return 2
        columns = [c.strip() for c in args.columns.split(",")] if args.columns else None
        fmt = args.format or ("xlsx" if args.out.lower().endswith(".xlsx") else "csv")
        try:
            n = ledger.export_ledger(ctx, Path(args.out), fmt, filter=f, sort=args.sort,
                                     descending=args.desc, columns=columns, lang=args.lang,
                                     encoding=args.encoding, title=args.title)
        except (LedgerFileError, ValueError, OSError) as exc:
            print(f"tracker export: {exc}", file=sys.stderr)
            return 1
    finally:
        ctx.close()
    print(f"{n} commitments written to {args.out}", file=sys.stderr)
    return 0


def cmd_import_ledger(args: argparse.Namespace) -> int:
    from tracker.export import LedgerFileError
    from tracker.services import ledger

    ctx = _context(args)
    try:
        try:
            result = ledger.import_ledger(ctx, Path(args.file), dry_run=args.dry_run)
        except LedgerFileError as exc:
            print(f"tracker import-ledger: {exc}", file=sys.stderr)
            return 1
    finally:
        ctx.close()
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        shown = 200
        for e in result.errors[:shown]:
            where = f"row {e.row_number}" + (f", column “{e.column}”" if e.column else "")
            print(f"{args.file}: {where}: {e.reason}", file=sys.stderr)
        if len(result.errors) > shown:
            print(f"{args.file}: … and {len(result.errors) - shown} more problems",
                  file=sys.stderr)
        if result.errors:
            bad_rows = len({e.row_number for e in result.errors})
            print(f"{bad_rows} rows with errors: nothing was imported", file=sys.stderr)
        else:
            verb = "would be" if args.dry_run else "were"
            print(f"{result.rows} rows: {len(result.created)} new, {len(result.updated)} "
                  f"updated, {result.unchanged} unchanged, {len(result.progress)} progress "
                  f"entries ({verb} written)")
    return 1 if result.errors else 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="tracker", description=(
        "Policy-commitment tracker. With no command, opens the window."))
    p.add_argument("--version", action="version", version=f"tracker {__version__}")
    p.add_argument("--db", help="database file (default: TRACKER_DB or the user data folder)")
    p.add_argument("--self-test", action="store_true", help=(
        "check this installation in a temporary folder (database, import, suggestions, CSV, "
        "window) and exit 0, or non-zero naming what failed; your data is not touched"))
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    s = sub.add_parser("import", help="import files or folders into the library")
    s.add_argument("paths", nargs="*", help="files (.txt .html .htm .docx .pdf) or folders")
    s.add_argument("--samples", action="store_true", help="import the demo library")
    s.add_argument("--json", action="store_true", help="print the summary as JSON")
    s.add_argument("-q", "--quiet", action="store_true", help="no progress lines")
    s.set_defaults(func=cmd_import)

    s = sub.add_parser("docs", help="list the documents in the library")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_docs)

    s = sub.add_parser("suggest", help="suggest commitments found in a file (no database)")
    s.add_argument("file")
    s.add_argument("--date", type=_date, help="document date, for relative deadlines")
    s.add_argument("--format", choices=("jsonl", "table"), default="jsonl")
    s.set_defaults(func=cmd_suggest)

    s = sub.add_parser("search", help="search documents and commitments (any length, either "
                       "script; words AND, OR, -word, \"phrase\")")
    s.add_argument("query", nargs="*", help="the query, e.g. 碳汇 OR 林业 -煤炭")
    s.add_argument("--json", action="store_true")
    s.add_argument("--region", help="a region name or code (includes the regions beneath it)")
    s.add_argument("--from", dest="date_from", type=_date, help="documents dated on or after")
    s.add_argument("--to", dest="date_to", type=_date, help="documents dated on or before")
    s.add_argument("--type", choices=[t.value for t in _doc_types()], help="document type")
    s.add_argument("--limit", type=int, default=20, help="documents to list (default 20)")
    s.add_argument("--rebuild", action="store_true", help="rebuild the search index")
    s.set_defaults(func=cmd_search)

    s = sub.add_parser("export", help="write commitments to a CSV or XLSX ledger (台账)")
    s.add_argument("out", metavar="OUT", help="the file to write (.csv or .xlsx)")
    s.add_argument("--format", choices=("csv", "xlsx"), help="default: from OUT's suffix")
    s.add_argument("--lang", choices=("zh", "en"), default="zh", help="headers and words")
    s.add_argument("--encoding", choices=("utf-8-sig", "gb18030"), default="utf-8-sig",
                   help="CSV text encoding (default UTF-8 with BOM, for Excel)")
    s.add_argument("--columns", help="CSV column keys, comma-separated (default: all that "
                   "read back losslessly), e.g. quote,lead,deadline,status,days_left")
    s.add_argument("--title", help="XLSX: a title row above the header")
    s.add_argument("--sort", default="deadline", help="column to sort by (default deadline)")
    s.add_argument("--desc", action="store_true", help="sort descending")
    _filter_arguments(s)
    s.set_defaults(func=cmd_export)

    s = sub.add_parser("import-ledger", help="import a CSV or XLSX ledger (all rows or none)")
    s.add_argument("file", metavar="FILE")
    s.add_argument("--dry-run", action="store_true", help="check and count, write nothing")
    s.add_argument("--json", action="store_true", help="print the result as JSON")
    s.set_defaults(func=cmd_import_ledger)

    s = sub.add_parser("restore-backup", help="put back the copy of the library made before "
                       "a failed upgrade (close the window first)")
    s.add_argument("copy", metavar="BACKUP", help="the .bak file named by the error message")
    s.set_defaults(func=cmd_restore_backup)
    return p


def _filter_arguments(s: argparse.ArgumentParser) -> None:
    g = s.add_argument_group("filters (all must hold)")
    g.add_argument("--region", help="a region name or code (and the regions beneath it)")
    g.add_argument("--status", help="statuses, comma-separated: not_started,on_track,at_risk,"
                   "achieved,missed,superseded,unknown")
    g.add_argument("--kind", help="kinds, comma-separated: target,deadline,deliverable,duty")
    g.add_argument("--body", help="a responsible body (lead or supporting), exact name")
    g.add_argument("--theme", help="a theme, exact name")
    g.add_argument("--from", dest="deadline_from", type=_date, help="deadline on or after")
    g.add_argument("--to", dest="deadline_to", type=_date, help="deadline on or before")
    g.add_argument("--overdue", action="store_true", help="only overdue commitments")
    g.add_argument("--due-within", type=int, metavar="DAYS", help="deadline in the next DAYS")
    g.add_argument("--text", help="words in the commitment, its title or notes")
    g.add_argument("--document", type=int, metavar="ID", help="commitments of one document")


def _doc_types():
    from tracker.domain.model import DocType

    return list(DocType)


def run_self_test(window_check=None, window_unavailable: str = "Qt is not available") -> int:
    """`tracker --self-test`: each step with OK/FAIL and its time; exit 1 if any failed."""
    from tracker.services.selftest import run_self_test as run

    def out(line: str) -> None:
        print(line, flush=True)  # a no-op where there is no stdout (windowed Windows build)

    report = run(window_check=window_check, window_unavailable=window_unavailable, out=out)
    return 0 if report.ok else 1


def cmd_restore_backup(args: argparse.Namespace) -> int:
    from tracker.domain import messages
    from tracker.services.context import restore_library

    path = restore_library(args.db, Path(args.copy))
    print(messages.RESTORED.format(path=path, backup=args.copy), file=sys.stderr)
    return 0


def run_command(args: argparse.Namespace) -> int:
    """Run a subcommand; a library that cannot be used as asked (not a database, damaged,
    read-only, disk full, a failed upgrade, a lock held too long) is a plain message on
    stderr and exit status 3, never a traceback or SQL."""
    from tracker.domain import messages
    from tracker.storage.errors import LibraryError, UpgradeFailedError

    try:
        return args.func(args)
    except LibraryError as exc:
        print(f"tracker: {exc}", file=sys.stderr)
        if isinstance(exc, UpgradeFailedError) and exc.backup is not None:
            print("tracker: " + messages.RESTORE_HINT.format(path=exc.path, backup=exc.backup),
                  file=sys.stderr)
        return 3
    except Exception as exc:
        from sqlalchemy.exc import SQLAlchemyError

        if not isinstance(exc, SQLAlchemyError):
            raise
        from tracker.storage.engine import resolve_db_path
        from tracker.storage.errors import as_library_error, short_reason

        path = resolve_db_path(args.db)
        plain = as_library_error(exc, path)
        print(f"tracker: {plain or messages.DATABASE_ERROR.format(path=path, detail=short_reason(exc))}",
              file=sys.stderr)
        return 3


def main(argv: Sequence[str] | None = None) -> int:
    """The command line alone (no window): `python -m tracker.cli COMMAND …`."""
    parser = build_parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.self_test:
        return run_self_test(window_unavailable="not checked by tracker.cli")
    if args.command is None:
        parser.print_help()
        return 2
    return run_command(args)


if __name__ == "__main__":
    raise SystemExit(main())
