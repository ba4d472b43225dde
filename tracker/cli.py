"""Command line: `tracker SUBCOMMAND` works in the terminal (tracker.launcher starts the
window when no command is given).

Imports are kept inside the handlers so `tracker --version` and the window start fast.

It speaks the interface language (`--lang`, else Chinese when the system's language is):
the wording comes from tracker.messages, the same catalogue as the window's.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from tracker import __version__
from tracker.logfile import quiet_library_warnings
from tracker.messages import QT_TRANSLATE_NOOP, Messages, system_language
from tracker.resources import samples_dir

MSG = Messages("en")  # set by run_command() / main() from --lang or the system language


def _t(text: str, *values: object) -> str:
    """`text` (marked with QT_TRANSLATE_NOOP("cli", …)) in the interface language."""
    return MSG.get("cli", text, *values)


def set_language(lang: str | None) -> Messages:
    global MSG
    MSG = Messages(lang or system_language())
    return MSG


def language_in(argv: Sequence[str]) -> str | None:
    """The --lang given before parsing (argparse's own errors are worded while it parses)."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
        if arg == "--lang" and i + 1 < len(argv):
            # the main parser's --lang comes before the command; export's own --lang after
            if not any(a in _COMMANDS for a in argv[:i]):
                return argv[i + 1]
    return None


_COMMANDS = ("import", "docs", "suggest", "search", "export", "import-ledger", "round",
             "report")


def _table(headers: Sequence[str], rows: Sequence[Sequence[object]],
           right: Sequence[int] = ()) -> list[str]:
    """Rows under a header row, columns padded to their widest cell (Chinese characters
    count two), the last column left as it is."""
    from unicodedata import east_asian_width

    def width(text: str) -> int:
        return sum(2 if east_asian_width(ch) in "WF" else 1 for ch in text)

    cells = [[str(c) for c in headers]] + [[str(c) for c in row] for row in rows]
    widths = [max(width(r[i]) for r in cells) for i in range(len(headers) - 1)]
    lines = []
    for r in cells:
        parts = []
        for i, w in enumerate(widths):
            pad = " " * (w - width(r[i]))
            parts.append(pad + r[i] if i in right else r[i] + pad)
        lines.append("  ".join(parts + [r[-1]]))
    return lines


def _date(s: str) -> date:
    try:
        return date.fromisoformat(s)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(_t(QT_TRANSLATE_NOOP("cli", "not a date (YYYY-MM-DD): %1"), s)) from exc


def _did_you_mean(word: str, valid: Sequence[str]) -> str:
    close = difflib.get_close_matches(word, list(valid), n=1, cutoff=0.6)
    return _t(QT_TRANSLATE_NOOP("cli", "did you mean “%1”?"), close[0]) if close else ""


def _values_of(enum_name: str, what: str):
    """An argparse type: comma-separated values of a domain enum, each checked, with the
    valid ones listed (and the closest suggested) when one is not."""
    def parse(text: str) -> list[str]:
        from tracker.domain import model

        valid = [m.value for m in getattr(model, enum_name)]
        values = [x.strip() for x in text.split(",") if x.strip()]
        for value in values:
            if value not in valid:
                hint = _did_you_mean(value, valid)
                raise argparse.ArgumentTypeError(
                    _t(QT_TRANSLATE_NOOP("cli", "unknown %1 “%2”; valid: %3"),
                       _t(what), value, ", ".join(valid)) + (f" — {hint}" if hint else ""))
        return values
    return parse


# argparse's own complaints, in the interface language (its wording, Python 3.10–3.13)
ARGPARSE_ERRORS = (
    (r"argument (\S+): invalid choice: '?([^' ]*)'? \(choose from (.*)\)",
     QT_TRANSLATE_NOOP("cli", "argument %1: invalid choice “%2” (choose from %3)")),
    (r"the following arguments are required: (.*)",
     QT_TRANSLATE_NOOP("cli", "the following arguments are required: %1")),
    (r"unrecognized arguments: (.*)", QT_TRANSLATE_NOOP("cli", "unrecognized arguments: %1")),
    (r"argument (\S+): expected one argument",
     QT_TRANSLATE_NOOP("cli", "argument %1: expected one argument")),
    (r"argument (\S+): invalid int value: '(.*)'",
     QT_TRANSLATE_NOOP("cli", "argument %1: not a whole number: “%2”")),
    (r"argument (\S+): (.*)", QT_TRANSLATE_NOOP("cli", "argument %1: %2")),
)


class _Parser(argparse.ArgumentParser):
    """argparse that words its errors in the interface language and adds a "did you
    mean" for a mistyped command or choice."""

    def error(self, message: str):
        import re

        hint = ""
        found = re.search(r"invalid choice: '?([^' ]*)'? \(choose from (.*)\)", message)
        if found:
            valid = [v.strip(" '\"") for v in found.group(2).split(",")]
            hint = _did_you_mean(found.group(1), valid)
        for pattern, template in ARGPARSE_ERRORS:
            said = re.fullmatch(pattern, message, re.S)
            if said:
                message = _t(template, *said.groups())
                break
        if hint:
            message += " — " + hint
        self.print_usage(sys.stderr)
        self.exit(2, _t(QT_TRANSLATE_NOOP("cli", "%1: error: %2"), self.prog, message) + "\n")


def _context(args: argparse.Namespace):
    """The opened library; says on stderr when it is read-only, and while a write waits
    for another program's write lock (a line when the wait starts and when it ends)."""
    from tracker.domain import messages
    from tracker.services.context import AppContext

    ctx = AppContext.open(args.db)
    if ctx.db.read_only:
        print("tracker: " + MSG.say(messages.READ_ONLY, path=ctx.db.where), file=sys.stderr)

    def waiting(now: bool, seconds: float) -> None:
        line = (MSG.say(messages.WAITING) if now
                else MSG.say(messages.WAIT_OVER, seconds=seconds))
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
            paths.append(samples_dir())
        if not paths:
            print("tracker import: " + _t(QT_TRANSLATE_NOOP("cli", "give files or folders, or --samples")),
                  file=sys.stderr)
            return 2
        report = importing.import_paths(ctx, paths, progress)
    finally:
        ctx.close()
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        for d in report.imported:
            print(_t(QT_TRANSLATE_NOOP("cli", "imported  %1  (%2)"), d.title, d.path))
        for p, t in report.duplicates:
            print(_t(QT_TRANSLATE_NOOP("cli", "duplicate %1: same text as “%2”, skipped"), p, t))
        for p, r in report.errors:
            print(_t(QT_TRANSLATE_NOOP("cli", "error     %1: %2"), p, MSG.reason(r)), file=sys.stderr)
        # the window's wording (its import report)
        print(MSG.get("ImportController", "%1 imported, %2 duplicates skipped, %3 errors.",
                     len(report.imported), len(report.duplicates), len(report.errors)))
    return 1 if report.errors and not report.imported else 0


def cmd_docs(args: argparse.Namespace) -> int:
    from tracker.services import library

    action = getattr(args, "docs_command", None)
    if action == "edit":
        return cmd_docs_edit(args)
    if action == "remove":
        return cmd_docs_remove(args)

    ctx = _context(args)
    try:
        rows = [library.document_json(ctx, d) for d in library.list_documents(ctx)]
    finally:
        ctx.close()
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(_t(QT_TRANSLATE_NOOP("cli", "The library is empty. Try: tracker import --samples")))
        return 0
    headers = [_t(QT_TRANSLATE_NOOP("cli", "ID")), _t(QT_TRANSLATE_NOOP("cli", "Date")),
               _t(QT_TRANSLATE_NOOP("cli", "Region")), _t(QT_TRANSLATE_NOOP("cli", "Type")),
               _t(QT_TRANSLATE_NOOP("cli", "Commitments")), _t(QT_TRANSLATE_NOOP("cli", "Title"))]
    for line in _table(headers, [(r["id"], r["date"] or "—", r["region"] or "—", r["type"],
                                  r["commitments"], r["title"]) for r in rows], right=(0, 4)):
        print(line)
    return 0


def _doc_changes(args: argparse.Namespace, ctx) -> dict:
    from tracker.services import search

    changes: dict = {}
    if args.title is not None:
        changes["title"] = args.title
    if args.no_date:
        changes["doc_date"] = None
    elif args.date is not None:
        changes["doc_date"] = args.date
    if args.type is not None:
        changes["doc_type"] = args.type
    if args.issuer is not None:
        changes["issuer"] = args.issuer
    if args.region is not None:
        changes["region_code"] = (search.resolve_region(ctx, args.region)
                                  if args.region.strip() else None)
    if args.script is not None:
        changes["script"] = args.script
    return changes


def cmd_docs_edit(args: argparse.Namespace) -> int:
    from tracker.services import library, search
    from tracker.storage.repos import NotFoundError

    ctx = _context(args)
    try:
        try:
            changes = _doc_changes(args, ctx)
            if not changes:
                print("tracker docs edit: " + _t(QT_TRANSLATE_NOOP(
                    "cli", "nothing to change (give --title, --date, --type, --issuer, "
                    "--region or --script)")), file=sys.stderr)
                return 2
            edit = library.edit_document(ctx, args.id, move_deadlines=not args.keep_deadlines,
                                         **changes)
        except NotFoundError:
            print("tracker docs edit: " + _t(QT_TRANSLATE_NOOP(
                "cli", "no document %1 (see: tracker docs)"), args.id), file=sys.stderr)
            return 1
        except (library.DocumentEditError, search.UnknownRegionError) as exc:
            print(f"tracker docs edit: {MSG.reason(str(exc))}", file=sys.stderr)
            return 2
        row = next(library.document_json(ctx, d) for d in library.list_documents(ctx)
                   if d.id == args.id)
    finally:
        ctx.close()
    if args.json:
        row["changed"] = sorted(edit.after)
        row["deadlines_moved"] = [{"commitment": m.commitment_id, "deadline_text": m.new.text,
                                   "old": m.old.date.isoformat() if m.old.date else None,
                                   "new": m.new.date.isoformat() if m.new.date else None}
                                  for m in edit.moved]
        print(json.dumps(row, ensure_ascii=False, indent=2))
        return 0
    if not edit.after:
        print(_t(QT_TRANSLATE_NOOP("cli", "document %1: nothing changed"), args.id))
        return 0
    print(_t(QT_TRANSLATE_NOOP("cli", "document %1: %2 changed  (%3  %4  %5)"), args.id,
             ", ".join(sorted(edit.after)), row["date"] or "—", row["region"] or "—",
             row["title"]))
    for m in edit.moved:
        print("  " + _t(QT_TRANSLATE_NOOP("cli", "commitment %1: deadline “%2” %3 → %4"),
                        m.commitment_id, m.new.text, m.old.date or "—", m.new.date or "—"))
    return 0


def cmd_docs_remove(args: argparse.Namespace) -> int:
    from tracker.services import library
    from tracker.storage.repos import NotFoundError

    ctx = _context(args)
    try:
        try:
            impact = library.removal_impact(ctx, args.id)
        except NotFoundError:
            print("tracker docs remove: " + _t(QT_TRANSLATE_NOOP(
                "cli", "no document %1 (see: tracker docs)"), args.id), file=sys.stderr)
            return 1
        if impact.commitments and args.commitments is None:
            print("tracker docs remove: " + _t(QT_TRANSLATE_NOOP(
                "cli", "document %1 has %2 registered commitments with %3 progress entries; "
                "say what to do with them: --commitments keep (kept on their own, with their "
                "progress) or --commitments remove (removed with their progress entries)"),
                args.id, impact.commitments, impact.progress_entries), file=sys.stderr)
            return 2
        library.remove_document(ctx, args.id, args.commitments or library.KEEP)
    finally:
        ctx.close()
    what = ""
    if impact.commitments:
        what = _t(QT_TRANSLATE_NOOP("cli", "; %1 commitments (%2 progress entries) kept on "
                                    "their own")
                  if (args.commitments or "keep") == "keep" else
                  QT_TRANSLATE_NOOP("cli", "; %1 commitments (%2 progress entries) removed"),
                  impact.commitments, impact.progress_entries)
    print(_t(QT_TRANSLATE_NOOP("cli", "removed document %1 “%2”%3"), args.id, impact.title,
             what))
    return 0


def cmd_suggest(args: argparse.Namespace) -> int:
    from tracker.extract import to_json
    from tracker.ingest import IngestError
    from tracker.services.suggesting import suggest_file

    try:
        found = suggest_file(Path(args.file), args.date)
    except IngestError as exc:
        print(f"tracker suggest: {exc.path}: {MSG.reason(exc.reason)}", file=sys.stderr)
        return 1
    if not found.complete:
        from tracker.domain import messages

        print("tracker suggest: " + MSG.say(messages.SUGGEST_STOPPED, path=args.file,
                                            chars=found.read_chars), file=sys.stderr)
    rows = []
    for s in found:
        if s.duplicate_of is not None:
            continue
        rec = to_json(s)
        if args.format == "jsonl":
            print(json.dumps(rec, ensure_ascii=False))
        else:
            tgt = " ".join(str(rec.get(k) or "") for k in ("comparator", "value", "unit")).strip()
            rows.append((rec["kind"], rec.get("deadline") or "—", tgt or "—",
                         "、".join(rec["responsible"])[:20] or "—", rec["quote"]))
    if args.format == "table":
        headers = [_t(QT_TRANSLATE_NOOP("cli", "Kind")), _t(QT_TRANSLATE_NOOP("cli", "Deadline")),
                   _t(QT_TRANSLATE_NOOP("cli", "Target")), _t(QT_TRANSLATE_NOOP("cli", "Responsible")),
                   _t(QT_TRANSLATE_NOOP("cli", "Quote"))]
        for line in _table(headers, rows):
            print(line)
    return 0


def _suggestion_json(n: int, s) -> dict:
    from tracker.extract import to_json
    from tracker.services.suggesting import reason

    rec = to_json(s)
    return {"n": n, "kind": rec["kind"], "confidence": round(s.confidence, 3),
            "deadline": rec.get("deadline"), "target": " ".join(
                str(rec.get(k) or "") for k in ("comparator", "value", "unit")).strip() or None,
            "responsible": rec.get("responsible", []), "start": s.start, "end": s.end,
            "quote": s.quote, "why": reason(s)}


def cmd_review(args: argparse.Namespace) -> int:
    from tracker.services import suggesting
    from tracker.storage.repos import NotFoundError

    if args.min_confidence is not None and not 0 <= args.min_confidence <= 1:
        print("tracker review: " + _t(QT_TRANSLATE_NOOP(
            "cli", "--min-confidence is between 0 and 1, e.g. 0.9")), file=sys.stderr)
        return 2
    ctx = _context(args)
    try:
        try:
            pending = suggesting.pending_suggestions(ctx, args.doc)
        except NotFoundError:
            print("tracker review: " + _t(QT_TRANSLATE_NOOP(
                "cli", "no document %1 (see: tracker docs)"), args.doc), file=sys.stderr)
            return 1
        accepted: list = []
        if args.accept_all:
            chosen = suggesting.at_or_above(pending, args.min_confidence or 0.0)
            accepted = suggesting.accept_suggestions(ctx, args.doc, chosen)
            taken = {id(s) for s in chosen}
            pending = [s for s in pending if id(s) not in taken]
    finally:
        ctx.close()
    rows = [_suggestion_json(n, s) for n, s in enumerate(pending, 1)]
    if args.json:
        print(json.dumps({"document": args.doc, "accepted": [
            {"commitment": c.id, "quote": c.quote} for c in accepted],
            "pending": rows}, ensure_ascii=False, indent=2))
        return 0
    if args.accept_all:
        print(_t(QT_TRANSLATE_NOOP("cli", "%1 suggestions accepted as commitments"),
                 len(accepted))
              + (_t(QT_TRANSLATE_NOOP("cli", " (confidence ≥ %1)"), f"{args.min_confidence:g}")
                 if args.min_confidence else ""))
    for r in rows:
        print(f"{r['n']:>4}  {r['kind']:11} {r['confidence']:.2f}  {r['deadline'] or '—':10}  "
              f"{(r['target'] or '')[:16]:16}  {r['quote'][:60]}")
        if r["why"]:
            print("      " + _t(QT_TRANSLATE_NOOP("cli", "why: %1"), r["why"]))
    print(_t(QT_TRANSLATE_NOOP("cli", "%1 suggestions pending review in document %2"),
             len(rows), args.doc))
    return 0


def cmd_themes(args: argparse.Namespace) -> int:
    from tracker.services import themes

    ctx = _context(args)
    try:
        try:
            if args.themes_command == "add":
                path = themes.add_user_keywords(ctx, args.theme, args.keywords)
                print(_t(QT_TRANSLATE_NOOP("cli", "theme “%1”: %2 added to %3"), args.theme,
                         "、".join(args.keywords), path))
                return 0
            if args.themes_command == "apply":
                themes.keywords(ctx, strict=True)  # a broken file is reported, not skipped
                done = themes.apply_themes(ctx)
                print(_t(QT_TRANSLATE_NOOP("cli", "%1 themes given to %2 commitments"),
                         len(done.added), len(done.commitments)))
                return 0
            table = themes.keywords(ctx, strict=True)
        except themes.ThemeFileError as exc:
            print(f"tracker themes: {MSG.reason(str(exc))}", file=sys.stderr)
            return 2
        own = themes.user_file(ctx)
    finally:
        ctx.close()
    if args.json:
        print(json.dumps({"themes": table, "user_file": str(own)}, ensure_ascii=False, indent=2))
        return 0
    for theme, kws in table.items():
        print(f"{theme:8} {'、'.join(kws)}")
    print(_t(QT_TRANSLATE_NOOP("cli", "your own keywords: %1"), own) if own.exists() else
          _t(QT_TRANSLATE_NOOP("cli", "your own keywords: %1 (not created yet)"), own))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from tracker.domain.model import DocType
    from tracker.search import QueryError, SearchFilter
    from tracker.services import library, search

    if not args.rebuild and not args.query:
        print("tracker search: " + _t(QT_TRANSLATE_NOOP("cli", "give a query, or --rebuild")),
              file=sys.stderr)
        return 2
    ctx = _context(args)
    try:
        if args.rebuild:
            st = search.rebuild_index(ctx, _count_printer(not args.json))
            size = f", {st.fts_bytes / 1e6:.1f} MB" if st.fts_bytes is not None else ""
            print(_t(QT_TRANSLATE_NOOP("cli", "index rebuilt: %1 documents, %2 commitments%3"),
                     st.documents, st.commitments, size))
            if not args.query:
                return 0
        try:
            region = search.resolve_region(ctx, args.region) if args.region else None
            filters = SearchFilter(region, args.date_from, args.date_to,
                                   DocType(args.type) if args.type else None)
            res = search.search(ctx, " ".join(args.query), filters, limit=args.limit,
                                commitment_limit=args.limit)
        except (QueryError, search.UnknownRegionError) as exc:
            print(f"tracker search: {MSG.reason(str(exc))}", file=sys.stderr)
            return 2
        _report_skipped(ctx)
        if args.json:
            print(json.dumps(res.to_json(), ensure_ascii=False, indent=2))
            return 0
        for d in res.documents:
            where = library.region_label(ctx, d.region_code) if d.region_code else "—"
            print(f"{d.doc_id:>4}  {d.doc_date or '—'!s:10}  {where:12}  "
                  + _t(QT_TRANSLATE_NOOP("cli", "%1 hits"), f"{d.hit_count:>3}") + f"  {d.title}")
            for h in d.hits[:3]:
                print(f"        @{h.start}: …{_bracket_marks(h.context, h.marks)}…")
        for c in res.commitments:
            print(_t(QT_TRANSLATE_NOOP("cli", "commitment %1 (document %2): %3"),
                     f"{c.commitment_id:>4}", c.document_id, c.quote[:60]))
        print(_t(QT_TRANSLATE_NOOP("cli", "%1 documents, %2 commitments (%3 ms)"),
                 res.total_documents, res.total_commitments, f"{res.elapsed_ms:.0f}"))
        return 0
    finally:
        ctx.close()


def _report_skipped(ctx) -> None:
    from tracker.domain import messages
    from tracker.services import search

    for doc_id, chars in search.skipped_documents(ctx):
        print("tracker search: " + MSG.say(messages.INDEX_SKIPPED, doc_id=doc_id, chars=chars),
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

    return CommitmentFilter.from_dict({
        "region_code": search.resolve_region(ctx, args.region) if args.region else None,
        "statuses": args.status or [], "kinds": args.kind or [],
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
            print(f"tracker export: {MSG.reason(str(exc))}", file=sys.stderr)
            return 2
        columns = [c.strip() for c in args.columns.split(",")] if args.columns else None
        suffix = Path(args.out).suffix.lower()
        by_suffix = {".csv": "csv", ".xlsx": "xlsx"}.get(suffix)
        if by_suffix is None or (args.format and args.format != by_suffix):
            print("tracker export: " + _t(QT_TRANSLATE_NOOP(
                "cli", "%1: the file name must end in .csv or .xlsx (the format follows it)"),
                args.out), file=sys.stderr)
            return 2
        fmt = by_suffix
        try:
            n = ledger.export_ledger(ctx, Path(args.out), fmt, filter=f, sort=args.sort,
                                     descending=args.desc, columns=columns, lang=args.lang,
                                     encoding=args.encoding, title=args.title)
        except (LedgerFileError, ValueError, OSError) as exc:
            print(f"tracker export: {MSG.reason(str(exc))}", file=sys.stderr)
            return 1
    finally:
        ctx.close()
    print(_t(QT_TRANSLATE_NOOP("cli", "%1 commitments written to %2"), n, args.out), file=sys.stderr)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    """The periodic report (通报) of a region for a period: DOCX, and PDF beside it when
    LibreOffice is installed (unless --no-pdf)."""
    from tracker.services import report, search

    try:
        period = report.Period.parse(args.period)
    except report.PeriodError:
        print("tracker report: " + _t(QT_TRANSLATE_NOOP(
            "cli", "not a period: “%1” (give a month such as 2026-11, a quarter such as "
            "2026Q4 or a year such as 2026)"), args.period), file=sys.stderr)
        return 2
    if Path(args.out).suffix.lower() != ".docx":
        print("tracker report: " + _t(QT_TRANSLATE_NOOP(
            "cli", "%1: the report's file name must end in .docx"), args.out), file=sys.stderr)
        return 2
    ctx = _context(args)
    try:
        try:
            region = search.resolve_region(ctx, args.region) if args.region else None
        except search.UnknownRegionError as exc:
            print(f"tracker report: {MSG.reason(str(exc))}", file=sys.stderr)
            return 2
        try:
            done = report.write_report(ctx, Path(args.out), region, period, pdf=not args.no_pdf)
        except (ValueError, OSError) as exc:
            print(f"tracker report: {MSG.reason(str(exc))}", file=sys.stderr)
            return 1
    finally:
        ctx.close()
    print(_t(QT_TRANSLATE_NOOP("cli", "report written to %1 (%2 commitments)"), done.docx,
             done.commitments), file=sys.stderr)
    if done.pdf is not None:
        print(_t(QT_TRANSLATE_NOOP("cli", "PDF written to %1"), done.pdf), file=sys.stderr)
    elif not args.no_pdf:
        print(_t(QT_TRANSLATE_NOOP("cli", "no PDF: %1"), done.pdf_skipped
                 if report.soffice() is not None else _t(QT_TRANSLATE_NOOP(
                     "cli", "LibreOffice (soffice) is not installed"))), file=sys.stderr)
    return 0


def cmd_import_ledger(args: argparse.Namespace) -> int:
    from tracker.export import LedgerFileError
    from tracker.services import ledger

    ctx = _context(args)
    try:
        try:
            result = ledger.import_ledger(ctx, Path(args.file), dry_run=args.dry_run)
        except LedgerFileError as exc:
            print(f"tracker import-ledger: {MSG.reason(str(exc))}", file=sys.stderr)
            return 1
    finally:
        ctx.close()
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        shown = 200
        for e in result.errors[:shown]:
            where = (_t(QT_TRANSLATE_NOOP("cli", "row %1, column “%2”"), e.row_number, e.column)
                     if e.column else _t(QT_TRANSLATE_NOOP("cli", "row %1"), e.row_number))
            print(f"{args.file}: {where}: {MSG.reason(e.reason)}", file=sys.stderr)
        if len(result.errors) > shown:
            print(_t(QT_TRANSLATE_NOOP("cli", "%1: … and %2 more problems"), args.file,
                     len(result.errors) - shown), file=sys.stderr)
        for sk in result.skipped:
            print(_t(QT_TRANSLATE_NOOP("cli", "%1: row %2 skipped (%3): %4"), args.file,
                     sk.row_number, sk.kind, sk.text), file=sys.stderr)
        if result.errors:
            bad_rows = len({e.row_number for e in result.errors})
            print(_t(QT_TRANSLATE_NOOP("cli", "%1 rows with errors: nothing was imported"),
                     bad_rows), file=sys.stderr)
        else:
            summary = (QT_TRANSLATE_NOOP("cli", "%1 rows: %2 new, %3 updated, %4 unchanged, "
                                         "%5 progress entries (would be written)")
                       if args.dry_run else
                       QT_TRANSLATE_NOOP("cli", "%1 rows: %2 new, %3 updated, %4 unchanged, "
                                         "%5 progress entries (were written)"))
            print(_t(summary, result.rows, len(result.created), len(result.updated),
                     result.unchanged, len(result.progress)))
    return 1 if result.errors else 0


def cmd_round_write(args: argparse.Namespace) -> int:
    from tracker.export import LedgerFileError
    from tracker.services import rounds

    ctx = _context(args)
    try:
        try:
            written = rounds.write(ctx, Path(args.folder), args.date)
        except LedgerFileError as exc:
            print(f"tracker round write: {MSG.reason(str(exc))}", file=sys.stderr)
            return 1
    finally:
        ctx.close()
    for f in written.files:
        print(_t(QT_TRANSLATE_NOOP("cli", "%1: %2 commitments → %3"), f.body, f.rows, f.path))
    print(_t(QT_TRANSLATE_NOOP("cli", "%1 files written for %2"), len(written.files),
             args.date.isoformat()), file=sys.stderr)
    if written.without_body:
        print(_t(QT_TRANSLATE_NOOP("cli", "%1 open commitments have no responsible body and "
                                   "are in no file"), written.without_body), file=sys.stderr)
    return 0


def cmd_round_read(args: argparse.Namespace) -> int:
    from tracker.services import rounds
    from tracker.export.labels import STATUS

    def status_word(status) -> str:
        return STATUS.label(status, "zh" if MSG.lang == "zh_CN" else "en")

    ctx = _context(args)
    try:
        plan = rounds.read(ctx, [Path(f) for f in args.files],
                           require_evidence=not args.no_evidence)
        for e in plan.entries:
            change = (f"{status_word(e.old)} → {status_word(e.new)}" if e.old != e.new
                      else status_word(e.new))
            print(f"{e.file.name}:{e.row}\t{e.day.isoformat()}\t{change}\t{e.label}")
        for problem in plan.problems:
            print(problem.text(MSG.say), file=sys.stderr)
        refused = bool(plan.problems) and not args.skip_problems
        if args.dry_run or refused or not plan.entries:
            if refused:
                print(_t(QT_TRANSLATE_NOOP("cli", "%1 problems: nothing was imported (fix "
                                           "the files, or --skip-problems to leave those rows "
                                           "out)"), len(plan.problems)), file=sys.stderr)
            else:
                print(_t(QT_TRANSLATE_NOOP("cli", "%1 progress entries, %2 status changes "
                                           "(would be written)"), len(plan.entries),
                         plan.status_changes))
            return 1 if plan.problems else 0
        applied = rounds.apply(ctx, plan, skip_problems=args.skip_problems)
    finally:
        ctx.close()
    print(_t(QT_TRANSLATE_NOOP("cli", "%1 progress entries, %2 status changes (were "
                               "written)"), len(plan.entries), plan.status_changes))
    del applied
    return 1 if plan.problems else 0


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="tracker", description=(
        "Policy-commitment tracker. With no command, opens the window."))
    p.add_argument("--version", action="version", version=f"tracker {__version__}")
    p.add_argument("--db", help="database file, or a team server: postgresql://user@host:port/"
                   "dbname (password in ~/.pgpass) (default: TRACKER_DB or the user data "
                   "folder)")
    p.add_argument("--lang", dest="ui_lang", choices=("zh_CN", "en"), help=(
        "language of the messages (default: Chinese when the system's language is, else "
        "English; or TRACKER_LANG)"))
    p.add_argument("--self-test", action="store_true", help=(
        "check this installation in a temporary folder (database, import, suggestions, CSV, "
        "window) and exit 0, or non-zero naming what failed; your data is not touched"))
    # the self-test's window step runs in a child process: `tracker --window-check DB FOLDER`
    p.add_argument("--window-check", nargs=2, metavar=("DB", "FOLDER"), help=argparse.SUPPRESS)
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    s = sub.add_parser("import", help="import files or folders into the library")
    s.add_argument("paths", nargs="*", help="files (.txt .html .htm .docx .pdf) or folders")
    s.add_argument("--samples", action="store_true", help="import the demo library")
    s.add_argument("--json", action="store_true", help="print the summary as JSON")
    s.add_argument("-q", "--quiet", action="store_true", help="no progress lines")
    s.set_defaults(func=cmd_import)

    s = sub.add_parser("docs", help="list the documents in the library; edit or remove one")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_docs)
    docs_sub = s.add_subparsers(dest="docs_command", metavar="ACTION")
    e = docs_sub.add_parser("edit", help="correct a document's details")
    e.add_argument("id", type=int, metavar="ID", help="the document's id (see: tracker docs)")
    e.add_argument("--title")
    e.add_argument("--date", type=_date, help="the document's date (YYYY-MM-DD); deadlines "
                   "written relative to it (三年内, 年底前) move with it")
    e.add_argument("--no-date", action="store_true", help="clear the date")
    e.add_argument("--type", choices=[t.value for t in _doc_types()])
    e.add_argument("--issuer", help="the issuing body (empty to clear)")
    e.add_argument("--region", help="a region name or code (empty to clear)")
    e.add_argument("--script", choices=("simplified", "traditional"))
    e.add_argument("--keep-deadlines", action="store_true",
                   help="do not move relative deadlines when the date changes")
    e.add_argument("--json", action="store_true")
    r = docs_sub.add_parser("remove", help="remove a document from the library")
    r.add_argument("id", type=int, metavar="ID")
    r.add_argument("--commitments", choices=("keep", "remove"), help="what to do with its "
                   "registered commitments: keep them on their own, or remove them with their "
                   "progress entries (required when it has any)")

    s = sub.add_parser("suggest", help="suggest commitments found in a file (no database)")
    s.add_argument("file")
    s.add_argument("--date", type=_date, help="document date, for relative deadlines")
    s.add_argument("--format", choices=("jsonl", "table"), default="jsonl",
                   help="jsonl: one suggestion a line; its quote is the document's exact words "
                   "and start/end are offsets into the text as the app reads and shows it "
                   "(normalised on import), not into the raw file")
    s.set_defaults(func=cmd_suggest)

    s = sub.add_parser("review", help="list a document's pending suggestions, or accept them")
    s.add_argument("doc", type=int, metavar="DOC", help="the document's id (see: tracker docs)")
    s.add_argument("--accept-all", action="store_true",
                   help="accept the pending suggestions (those at or above --min-confidence)")
    s.add_argument("--min-confidence", type=float, metavar="C",
                   help="with --accept-all: only suggestions with at least this confidence "
                   "(0–1, e.g. 0.9)")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_review)

    s = sub.add_parser("themes", help="theme keywords (水、大气、碳达峰…): list, add your own, "
                       "or apply them to every commitment")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_themes, themes_command=None)
    themes_sub = s.add_subparsers(dest="themes_command", metavar="ACTION")
    t = themes_sub.add_parser("add", help="add keywords to a theme (or a new theme)")
    t.add_argument("theme")
    t.add_argument("keywords", nargs="+")
    themes_sub.add_parser("apply", help="give every commitment the themes its words suggest")

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
    s.add_argument("--format", choices=("csv", "xlsx"),
                   help="must agree with OUT's suffix, which decides the format")
    s.add_argument("--lang", choices=("zh", "en"), default="zh",
                   help="the ledger's headers and words (the messages: tracker --lang)")
    s.add_argument("--encoding", choices=("utf-8-sig", "gb18030"), default="utf-8-sig",
                   help="CSV text encoding (default UTF-8 with BOM, for Excel)")
    s.add_argument("--columns", help="CSV column keys, comma-separated (default: all that "
                   "read back losslessly), e.g. quote,lead,deadline,status,days_left")
    s.add_argument("--title", help="XLSX: a title row above the header")
    s.add_argument("--sort", default="deadline", help="column to sort by (default deadline)")
    s.add_argument("--desc", action="store_true", help="sort descending")
    _filter_arguments(s)
    s.set_defaults(func=cmd_export)

    s = sub.add_parser("report", help="write the periodic report (通报) of a region for a "
                       "month, quarter or year as DOCX (and PDF with LibreOffice)")
    s.add_argument("out", metavar="OUT", help="the file to write (.docx)")
    s.add_argument("--region", help="a region name or code (with the regions beneath it; "
                   "default: every region)")
    s.add_argument("--period", required=True,
                   help="2026-11 (a month), 2026Q4 (a quarter) or 2026 (a year)")
    s.add_argument("--no-pdf", action="store_true", help="do not make a PDF beside it")
    s.set_defaults(func=cmd_report)

    s = sub.add_parser("import-ledger", help="import a CSV or XLSX ledger (all rows or none)")
    s.add_argument("file", metavar="FILE")
    s.add_argument("--dry-run", action="store_true", help="check and count, write nothing")
    s.add_argument("--json", action="store_true", help="print the result as JSON")
    s.set_defaults(func=cmd_import_ledger)

    s = sub.add_parser("round", help="progress rounds (进度填报): write one XLSX per lead "
                       "body, read the returned files")
    round_sub = s.add_subparsers(dest="round_command", metavar="ACTION", required=True)
    w = round_sub.add_parser("write", help="one XLSX per lead body with its open commitments")
    w.add_argument("--date", type=_date, required=True, help="the round's date (YYYY-MM-DD)")
    w.add_argument("folder", metavar="DIR", help="the folder to write the files into")
    w.set_defaults(func=cmd_round_write)
    r = round_sub.add_parser("read", help="import returned files: each filled row becomes a "
                             "dated progress entry (all or nothing)")
    r.add_argument("files", nargs="+", metavar="FILE")
    r.add_argument("--dry-run", action="store_true", help="list what would change, write nothing")
    r.add_argument("--skip-problems", action="store_true",
                   help="import the good rows and leave the rows with problems out")
    r.add_argument("--no-evidence", action="store_true",
                   help="allow 已完成 (closing, 销号) without evidence in 佐证材料")
    r.set_defaults(func=cmd_round_read)

    s = sub.add_parser("restore-backup", help="put back the copy of the library made before "
                       "a failed upgrade (close the window first)")
    s.add_argument("copy", metavar="BACKUP", help="the .bak file named by the error message")
    s.set_defaults(func=cmd_restore_backup)

    s = sub.add_parser("db", help="a team server's register: test the connection, or upgrade "
                       "its schema (tracker --db postgresql://… db upgrade)")
    db_sub = s.add_subparsers(dest="db_command", metavar="ACTION", parser_class=_Parser)
    db_sub.add_parser("check", help="connect and name any problem (changes nothing)")
    db_sub.add_parser("upgrade", help="set up or upgrade the register on the server "
                      "(all or nothing)")
    s.set_defaults(func=cmd_db, db_command=None)
    return p


def _filter_arguments(s: argparse.ArgumentParser) -> None:
    g = s.add_argument_group("filters (all must hold)")
    g.add_argument("--region", help="a region name or code (and the regions beneath it)")
    g.add_argument("--status", type=_values_of("Status", QT_TRANSLATE_NOOP("cli", "status")),
                   help="statuses, comma-separated: not_started,on_track,at_risk,"
                   "achieved,missed,superseded,unknown")
    g.add_argument("--kind", type=_values_of("Kind", QT_TRANSLATE_NOOP("cli", "kind")),
                   help="kinds, comma-separated: target,deadline,deliverable,duty")
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

    report = run(window_check=window_check, window_unavailable=window_unavailable, out=out,
                 messages=MSG)
    return 0 if report.ok else 1


def cmd_restore_backup(args: argparse.Namespace) -> int:
    from tracker.domain import messages
    from tracker.services.context import restore_library

    path = restore_library(args.db, Path(args.copy))
    print(MSG.say(messages.RESTORED, path=path, backup=args.copy), file=sys.stderr)
    return 0


def cmd_db(args: argparse.Namespace) -> int:
    from tracker.services import team
    from tracker.storage.engine import resolve_target
    from tracker.storage.paths import is_server_url

    if args.db_command == "upgrade":
        print("tracker: " + MSG.reason(team.upgrade_database(args.db)), file=sys.stderr)
        return 0
    if args.db_command != "check":
        print(_t(QT_TRANSLATE_NOOP("cli", "tracker db: say check or upgrade")), file=sys.stderr)
        return 2
    target = resolve_target(args.db)
    if not is_server_url(target):
        from tracker.services.context import AppContext

        AppContext.open(args.db).close()   # a file: opening it is the check
        print("tracker: " + _t(QT_TRANSLATE_NOOP("cli", "%1: the library opens."), target),
              file=sys.stderr)
        return 0
    report = team.check_connection(str(target))
    print("tracker: " + MSG.reason(report.message), file=sys.stderr)
    return 0 if report.ok else 3


def run_command(args: argparse.Namespace) -> int:
    """Run a subcommand; a library that cannot be used as asked (not a database, damaged,
    read-only, disk full, a failed upgrade, a lock held too long) is a plain message on
    stderr and exit status 3, never a traceback or SQL."""
    from tracker.domain import messages
    from tracker.storage.errors import LibraryError, UpgradeFailedError

    set_language(getattr(args, "ui_lang", None))
    quiet_library_warnings()
    try:
        return args.func(args)
    except LibraryError as exc:
        print(f"tracker: {MSG.reason(str(exc))}", file=sys.stderr)
        if isinstance(exc, UpgradeFailedError) and exc.backup is not None:
            print("tracker: " + MSG.say(messages.RESTORE_HINT, path=exc.path, backup=exc.backup),
                  file=sys.stderr)
        return 3
    except BrokenPipeError:  # before the catch-all below, which re-raises what it does not know
        return _closed_pipe()
    except Exception as exc:
        from sqlalchemy.exc import SQLAlchemyError

        if not isinstance(exc, SQLAlchemyError):
            raise
        from tracker.storage.engine import resolve_target
        from tracker.storage.errors import as_library_error, short_reason

        path = resolve_target(args.db)
        plain = as_library_error(exc, path)
        said = (MSG.reason(str(plain)) if plain else
                MSG.say(messages.DATABASE_ERROR, path=path, detail=short_reason(exc)))
        print(f"tracker: {said}", file=sys.stderr)
        return 3


def _closed_pipe() -> int:
    """The reader of our output went away (`tracker docs | head -1`): stop quietly. Point
    stdout at devnull so Python's own flush at exit does not complain again."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return 141 if os.name == "posix" else 1  # 128 + SIGPIPE, as a shell reports it


def main(argv: Sequence[str] | None = None) -> int:
    """The command line alone (no window): `python -m tracker.cli COMMAND …`."""
    argv = list(sys.argv[1:] if argv is None else argv)
    set_language(language_in(argv))
    parser = build_parser()
    args = parser.parse_args(argv)
    set_language(args.ui_lang)
    if args.self_test:
        return run_self_test(window_unavailable="not checked by tracker.cli")
    if args.command is None:
        parser.print_help()
        return 2
    return run_command(args)


if __name__ == "__main__":
    raise SystemExit(main())
