"""`tracker --self-test`: check, in a throw-away folder, that this installation works.

Each step exercises a real use case on a fresh database in a temporary folder: create the
database (migrations included), import a sample document, read an HTML page and a Word
file written on the spot (the readers' own data files), find suggestions (and accept a
few), search it in Traditional script (the full-text index and OpenCC's dictionaries),
export a CSV ledger and read it back. The window check is optional and supplied by
the caller (tracker.launcher passes one when Qt can be imported; this module has no Qt).

Nothing outside the temporary folder is read or written besides the shipped resources:
the user's data folder and database are never opened. Used by the bundle smoke test (CI)
and by support staff on a user's machine.
"""

from __future__ import annotations

import platform
import re
import sys
import tempfile
import time
import traceback
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tracker import __version__
from tracker.messages import QT_TRANSLATE_NOOP, Messages
from tracker.export import guess_mapping, parse_ledger, read_csv
from tracker.resources import samples_dir
from tracker.services import importing, ledger, library, search, suggesting
from tracker.services.context import AppContext
from tracker.storage.migrate import SCHEMA_HEAD, current_revision

# (database path, temporary folder) -> a one-line description; raises when the check fails.
WindowCheck = Callable[[Path, Path], str]

WINDOW_STEP = QT_TRANSLATE_NOOP("SelfTest", "open main window")
# the steps' names, shown in the interface language (tracker.messages)
STEP_NAMES = (
    QT_TRANSLATE_NOOP("SelfTest", "create temporary folder"),
    QT_TRANSLATE_NOOP("SelfTest", "create database"),
    QT_TRANSLATE_NOOP("SelfTest", "import sample document"),
    QT_TRANSLATE_NOOP("SelfTest", "read HTML and Word"),
    QT_TRANSLATE_NOOP("SelfTest", "find suggestions"),
    QT_TRANSLATE_NOOP("SelfTest", "search"),
    QT_TRANSLATE_NOOP("SelfTest", "export CSV"),
    WINDOW_STEP,
)
# the lines around them (marked for the catalogue; looked up in Messages.tr)
LINES = (
    QT_TRANSLATE_NOOP("SelfTest", " (optional)"),
    QT_TRANSLATE_NOOP("SelfTest", "self-test passed in %1 s"),
    QT_TRANSLATE_NOOP("SelfTest", "self-test FAILED (%1) after %2 s"),
    QT_TRANSLATE_NOOP("SelfTest", "temporary folder: %1"),
    QT_TRANSLATE_NOOP("SelfTest", "skipped: needs “%1”"),
    QT_TRANSLATE_NOOP("SelfTest", "skipped: %1"),
    QT_TRANSLATE_NOOP("SelfTest", "schema %1, SQLite %2"),
    QT_TRANSLATE_NOOP("SelfTest", "“%1”, %2 characters, region %3"),
    QT_TRANSLATE_NOOP("SelfTest", "suggestions: %1"),
    QT_TRANSLATE_NOOP("SelfTest", "%1 suggestions, %2 accepted as commitments"),
    QT_TRANSLATE_NOOP("SelfTest", "%1: %2 hits, %3 commitments, %4 ms"),
    QT_TRANSLATE_NOOP("SelfTest", "%1 rows, %2 bytes, read back identical"),
    QT_TRANSLATE_NOOP("SelfTest", " (no display: checked offscreen)"),   # tracker.launcher
)
CSV_COLUMNS = ("uuid", "quote", "kind", "lead", "support", "region", "deadline_text",
               "deadline", "status", "document")
ACCEPT = 3  # suggestions accepted as commitments, so the export has rows
SEARCH_TERM = "生態"  # Traditional script: found in a Simplified text only through OpenCC


@dataclass
class StepResult:
    name: str
    ok: bool | None            # None: skipped
    seconds: float = 0.0
    detail: str = ""
    optional: bool = False
    trace: str = ""

    @property
    def label(self) -> str:
        return "SKIP" if self.ok is None else ("OK" if self.ok else "FAIL")

    def line(self, messages: Messages | None = None) -> str:
        m = messages or Messages("en")
        tail = m.get("SelfTest", " (optional)") if self.optional else ""
        name = m.get("SelfTest", self.name)
        pad = " " * max(0, 24 - _width(name))
        return f"  {self.label:<4}  {name}{pad} {self.seconds:6.2f} s  {_said(self.detail, m)}{tail}"


def _said(detail: str, m: Messages) -> str:
    """A failure's detail ("RuntimeError: reason") with the reason in the interface language."""
    kind, sep, rest = detail.partition(": ")
    if sep and re.fullmatch(r"\w+(Error|Failed|Exception)", kind):
        return f"{kind}: {m.reason(rest)}"
    return m.reason(detail)


def _width(text: str) -> int:
    from unicodedata import east_asian_width

    return sum(2 if east_asian_width(ch) in "WF" else 1 for ch in text)


@dataclass
class SelfTestReport:
    steps: list[StepResult] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failed(self) -> list[StepResult]:
        return [s for s in self.steps if s.ok is False]

    @property
    def ok(self) -> bool:
        return not self.failed

    def step(self, name: str) -> StepResult:
        return next(s for s in self.steps if s.name == name)

    def summary(self, messages: Messages | None = None) -> str:
        m = messages or Messages("en")
        if self.ok:
            return m.get("SelfTest", "self-test passed in %1 s", f"{self.seconds:.2f}")
        names = ", ".join(m.get("SelfTest", s.name) for s in self.failed)
        return m.get("SelfTest", "self-test FAILED (%1) after %2 s", names, f"{self.seconds:.2f}")


class StepFailed(Exception):
    """A check inside a step did not hold (the message says which)."""


def default_sample() -> Path:
    """The first document of the shipped demo library."""
    files = sorted(p for p in samples_dir().glob("*") if p.is_file())
    if not files:
        raise StepFailed(f"no sample documents in {samples_dir()}")
    return files[0]


def environment_line() -> str:
    kind = "bundle" if getattr(sys, "frozen", False) else "source"
    return (f"tracker {__version__} ({kind}) · Python {platform.python_version()} · "
            f"{platform.system()} {platform.release()} {platform.machine()}")


def run_self_test(*, sample: Path | None = None, window_check: WindowCheck | None = None,
                  window_unavailable: str = "Qt is not available",
                  out: Callable[[str], None] | None = None,
                  folder: Path | None = None,
                  messages: Messages | None = None) -> SelfTestReport:
    """Run every step, printing each line through `out` as it finishes.

    `sample` is the document to import (default: the first shipped sample). Without a
    `window_check` the window step is reported as skipped with `window_unavailable`.
    `folder` (for tests) is used instead of a new temporary folder and is kept. `messages`
    gives the lines' language (English by default).
    """
    m = messages or Messages("en")
    emit = out or (lambda _line: None)
    report = SelfTestReport()
    started = time.perf_counter()
    emit(environment_line())
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
        _run_steps(folder, report, emit, sample, window_check, window_unavailable, m)
    else:
        try:
            tmp = tempfile.TemporaryDirectory(prefix="tracker-self-test-",
                                              ignore_cleanup_errors=True)
        except OSError as exc:  # no writable temporary folder (TMPDIR, TEMP)
            report.steps.append(StepResult("create temporary folder", False,
                                           detail=f"{type(exc).__name__}: {exc}"))
            emit(report.steps[-1].line(m))
        else:
            with tmp:
                _run_steps(Path(tmp.name), report, emit, sample, window_check,
                           window_unavailable, m)
    report.seconds = time.perf_counter() - started
    emit(report.summary(m))
    return report


def _run_steps(folder: Path, report: SelfTestReport, emit: Callable[[str], None],
               sample: Path | None, window_check: WindowCheck | None,
               window_unavailable: str, m: Messages) -> None:
    emit(m.get("SelfTest", "temporary folder: %1", folder))
    db_path = folder / "self-test.db"
    state: dict[str, Any] = {}

    def step(name: str, needs: str | None, fn: Callable[[], str], optional: bool = False) -> None:
        if needs is not None and not report.step(needs).ok:
            result = StepResult(name, None, optional=optional, detail=m.get(
                "SelfTest", "skipped: needs “%1”", m.get("SelfTest", needs)))
        else:
            t0 = time.perf_counter()
            try:
                detail = fn()
                result = StepResult(name, True, time.perf_counter() - t0, detail, optional)
            except Exception as exc:  # noqa: BLE001 - every failure is reported, not raised
                result = StepResult(name, False, time.perf_counter() - t0,
                                    f"{type(exc).__name__}: {exc}", optional,
                                    traceback.format_exc())
        report.steps.append(result)
        emit(result.line(m))
        if result.trace:
            emit("        " + result.trace.rstrip().replace("\n", "\n        "))

    def create_database() -> str:
        ctx = AppContext.open(db_path)
        state["ctx"] = ctx
        revision = current_revision(ctx.db.engine)
        if revision != SCHEMA_HEAD:
            raise StepFailed(f"schema is at {revision!r}, expected {SCHEMA_HEAD!r}")
        with ctx.db.engine.connect() as conn:
            sqlite = conn.exec_driver_sql("select sqlite_version()").scalar()
        return m.get("SelfTest", "schema %1, SQLite %2", revision, sqlite)

    def import_sample() -> str:
        path = sample if sample is not None else default_sample()
        result = importing.import_paths(state["ctx"], [path])
        if result.errors:
            raise StepFailed("; ".join(f"{p}: {r}" for p, r in result.errors))
        if len(result.imported) != 1:
            raise StepFailed(f"{path}: nothing imported ({len(result.duplicates)} duplicates)")
        doc = result.imported[0]
        state["doc_id"] = doc.id
        region = library.region_label(state["ctx"], doc.region_code) if doc.region_code else "—"
        return m.get("SelfTest", "“%1”, %2 characters, region %3", _short(doc.title),
                     f"{doc.chars:,}", region)

    def read_formats() -> str:
        found = []
        for path in (_write_html(folder / "page.html"), _write_docx(folder / "word.docx")):
            suggestions = suggesting.suggest_file(path)
            if not any(s.deadline is not None for s in suggestions):
                raise StepFailed(f"{path}: no commitment with a deadline found")
            found.append(f"{path.suffix[1:]} {len(suggestions)}")
        return m.get("SelfTest", "suggestions: %1", ", ".join(found))

    def find_suggestions() -> str:
        ctx, doc_id = state["ctx"], state["doc_id"]
        found = suggesting.pending_suggestions(ctx, doc_id)
        if not found:
            raise StepFailed("no suggestions found in the sample document")
        accepted = [suggesting.accept_suggestion(ctx, doc_id, s) for s in found[:ACCEPT]]
        left = suggesting.pending_suggestions(ctx, doc_id)
        if len(left) != len(found) - len(accepted):
            raise StepFailed(f"{len(accepted)} accepted but {len(left)} of {len(found)} "
                             "suggestions still pending")
        state["commitments"] = accepted
        return m.get("SelfTest", "%1 suggestions, %2 accepted as commitments", len(found),
                     len(accepted))

    def search_library() -> str:
        found = search.search(state["ctx"], SEARCH_TERM)
        hits = [d for d in found.documents if d.doc_id == state["doc_id"]]
        if not hits:
            raise StepFailed(f"searching {SEARCH_TERM} did not find the sample document")
        return m.get("SelfTest", "%1: %2 hits, %3 commitments, %4 ms", SEARCH_TERM,
                     hits[0].hit_count, found.total_commitments, f"{found.elapsed_ms:.0f}")

    def export_csv() -> str:
        accepted = state["commitments"]
        path = folder / "ledger.csv"
        written = ledger.export_ledger(state["ctx"], path, ids=[c.id for c in accepted],
                                       columns=CSV_COLUMNS, lang="zh")
        table = read_csv(path)
        parsed = parse_ledger(table, guess_mapping(table.headers))
        if not parsed.ok:
            raise StepFailed(f"{path}: {parsed.errors[0]}")
        quotes = [c.quote for c in accepted]
        if [r.quote for r in parsed.rows] != quotes or written != len(accepted):
            raise StepFailed(f"{path}: the rows read back differ from the rows written")
        return m.get("SelfTest", "%1 rows, %2 bytes, read back identical", written,
                     f"{path.stat().st_size:,}")

    def check_window() -> str:
        assert window_check is not None
        ctx = state.pop("ctx", None)
        if ctx is not None:  # the window opens the database itself
            ctx.close()
        return window_check(db_path, folder)

    try:
        step("create database", None, create_database)
        step("import sample document", "create database", import_sample)
        step("read HTML and Word", None, read_formats)
        step("find suggestions", "import sample document", find_suggestions)
        step("search", "find suggestions", search_library)
        step("export CSV", "find suggestions", export_csv)
        if window_check is None:
            report.steps.append(StepResult(WINDOW_STEP, None, detail=m.get(
                "SelfTest", "skipped: %1", window_unavailable), optional=True))
            emit(report.steps[-1].line(m))
        else:
            step(WINDOW_STEP, "create database", check_window, optional=True)
    finally:
        ctx = state.pop("ctx", None)
        if ctx is not None:
            ctx.close()


FORMAT_TEXT = ("关于推进节能降碳的实施意见",
               "到2026年6月底前，完成全部燃煤锅炉淘汰任务，由市发展改革委牵头负责。")


def _write_html(path: Path) -> Path:
    title, body = FORMAT_TEXT
    path.write_text(f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>'
                    f'<nav>首页 | 政务公开</nav><article><h1>{title}</h1><p>{body}</p>'
                    f'<p>{body}</p></article></body></html>', encoding="utf-8")
    return path


def _write_docx(path: Path) -> Path:
    """The smallest Word file: content types, the package relation, the document."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    paragraphs = "".join(f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in FORMAT_TEXT)
    parts = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        "_rels/.rels": (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>'),
        "word/document.xml": f'<w:document xmlns:w="{w}"><w:body>{paragraphs}</w:body>'
                             '</w:document>',
    }
    with zipfile.ZipFile(path, "w") as z:
        for name, xml in parts.items():
            z.writestr(name, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + xml)
    return path


def _short(text: str, width: int = 24) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
