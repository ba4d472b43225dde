"""Messages in the interface language, without Qt: one wording for the window and the
command line.

The wording lives in one place, `tracker/resources/i18n/tracker_<lang>.ts` — the file the
window's `.qm` is compiled from. The command line reads it here with ElementTree; the
window gets the same entries through Qt (`QCoreApplication.translate`). Both ask through a
*lookup* `(context, English) -> text`, so the functions below serve either.

The core (ingest, export, services) explains a problem in English, in a fixed form
(`REASONS`); `reason()` recognises the form, gives it in the interface language and puts
its values back. A message of an unknown form is shown as it is. The forms include the
`str.format` templates of tracker.domain.messages (a damaged or locked library, a failed
upgrade, a file skipped at import, …): they are in the catalogue as they are, placeholders
and all (context "Library"); `say()` formats one in the interface language, and `reason()`
recognises a message the core made from one.

Strings are marked for tools/update_translations.py (lupdate) with QT_TRANSLATE_NOOP.
"""

from __future__ import annotations

import functools
import locale
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping

from tracker.resources import resource_path

LANGUAGES = ("zh_CN", "en")
Lookup = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Marks `text` for the catalogue; returns it unchanged."""
    return text


@functools.cache
def catalogue(lang: str) -> dict[tuple[str, str], str]:
    """(context, English) -> translation, from the shipped .ts; empty for English."""
    path = resource_path("i18n", f"tracker_{lang}.ts")
    if lang == "en" or not path.is_file():
        return {}
    table = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for msg in context.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if tr.text:
                table[(name, msg.findtext("source") or "")] = tr.text
    return table


def lookup_for(lang: str) -> Lookup:
    table = catalogue(lang)
    return lambda context, text: table.get((context, text), text)


def system_language(env: Mapping[str, str] | None = None) -> str:
    """zh_CN when the system's language is Chinese, else en. TRACKER_LANG overrides."""
    env = os.environ if env is None else env
    chosen = env.get("TRACKER_LANG", "")
    if chosen in LANGUAGES:
        return chosen
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = env.get(var)
        if value:
            return "zh_CN" if value.lower().startswith("zh") else "en"
    try:
        name = locale.getlocale()[0] or ""
    except ValueError:
        name = ""
    return "zh_CN" if name.lower().startswith(("zh", "chinese")) else "en"


def fill(template: str, *values: object) -> str:
    """Qt-style placeholders: %1, %2, … (replaced from the highest, so %1 never eats %10)."""
    for n in range(len(values), 0, -1):
        template = template.replace(f"%{n}", str(values[n - 1]))
    return template


class Messages:
    """What the command line says, in one language."""

    def __init__(self, lang: str = "en", lookup: Lookup | None = None) -> None:
        self.lang = lang if lang in LANGUAGES else "en"
        self.lookup = lookup or lookup_for(self.lang)

    def get(self, context: str, text: str, *values: object) -> str:
        return fill(self.lookup(context, text), *values)

    def reason(self, text: str) -> str:
        return reason(text, self.lookup)

    def say(self, template: str, **values: object) -> str:
        return say(template, self.lookup, **values)


# ---------------------------------------------------------------------- reasons
# (English form as a regular expression, the template in the catalogue). A captured value
# that is itself a known phrase (PHRASES) is translated too.
R = "Reasons"
FILE_REASONS: tuple[tuple[str, str], ...] = (
    # reading documents (tracker.ingest)
    (r"empty file", QT_TRANSLATE_NOOP("Reasons", "empty file")),
    (r"binary file: the content is (.+), not text",
     QT_TRANSLATE_NOOP("Reasons", "binary file: the content is %1, not text")),
    (r"not a (\w+) file: the content is (.+)",
     QT_TRANSLATE_NOOP("Reasons", "not a %1 file: the content is %2")),
    (r"binary data \(NUL bytes\), not text",
     QT_TRANSLATE_NOOP("Reasons", "binary data (NUL bytes), not text")),
    (r"unsupported file type '(.*)' \(supported: (.*)\)",
     QT_TRANSLATE_NOOP("Reasons", "unsupported file type '%1' (supported: %2)")),
    (r"no document text found \(empty, or only page furniture\)",
     QT_TRANSLATE_NOOP("Reasons", "no document text found (empty, or only page furniture)")),
    (r"file not found", QT_TRANSLATE_NOOP("Reasons", "file not found")),
    (r"is a folder, not a file", QT_TRANSLATE_NOOP("Reasons", "is a folder, not a file")),
    (r"permission denied: the file cannot be read",
     QT_TRANSLATE_NOOP("Reasons", "permission denied: the file cannot be read")),
    (r"cannot be read \((.*)\)", QT_TRANSLATE_NOOP("Reasons", "cannot be read (%1)")),
    (r"not text in any supported encoding \(UTF-8/16, GB18030, Big5\)",
     QT_TRANSLATE_NOOP("Reasons", "not text in any supported encoding (UTF-8/16, GB18030, Big5)")),
    (r"corrupt Word document \(not a valid ZIP package: (.*)\)",
     QT_TRANSLATE_NOOP("Reasons", "corrupt Word document (not a valid ZIP package: %1)")),
    (r"ZIP archive without word/document.xml: not a Word document",
     QT_TRANSLATE_NOOP("Reasons", "ZIP archive without word/document.xml: not a Word document")),
    (r"corrupt Word document \((.*)\)", QT_TRANSLATE_NOOP("Reasons", "corrupt Word document (%1)")),
    (r"encrypted PDF: needs a password",
     QT_TRANSLATE_NOOP("Reasons", "encrypted PDF: needs a password")),
    (r"corrupt or truncated PDF \((.*)\)",
     QT_TRANSLATE_NOOP("Reasons", "corrupt or truncated PDF (%1)")),
    (r"扫描件/no text layer: the PDF holds only images and needs OCR",
     QT_TRANSLATE_NOOP("Reasons", "扫描件/no text layer: the PDF holds only images and needs OCR")),
    # ledger files (tracker.export, tracker.services.ledger): "path: problem"
    (r"(.+): the text is neither UTF-8, UTF-16 nor GB18030",
     QT_TRANSLATE_NOOP("Reasons", "%1: the text is neither UTF-8, UTF-16 nor GB18030")),
    (r"(.+): not a ledger file \(use \.csv or \.xlsx\)",
     QT_TRANSLATE_NOOP("Reasons", "%1: not a ledger file (use .csv or .xlsx)")),
    (r"(.+): cannot read the file \((.*)\)",
     QT_TRANSLATE_NOOP("Reasons", "%1: cannot read the file (%2)")),
    (r"(.+): not a readable CSV file \((.*)\)",
     QT_TRANSLATE_NOOP("Reasons", "%1: not a readable CSV file (%2)")),
    (r"(.+): not a readable \.xlsx workbook \((.*)\)",
     QT_TRANSLATE_NOOP("Reasons", "%1: not a readable .xlsx workbook (%2)")),
    (r"(.+): the folder (.+) does not exist",
     QT_TRANSLATE_NOOP("Reasons", "%1: the folder %2 does not exist")),
)
# documents, regions and theme keywords (tracker.services: library, search, themes), as
# `tracker docs edit`, `tracker search --region` and `tracker themes` report them
COMMAND_REASONS: tuple[tuple[str, str], ...] = (
    (r"the title cannot be empty", QT_TRANSLATE_NOOP("Reasons", "the title cannot be empty")),
    (r"unknown region: ('.*'|\".*\") \(give a name such as 江西省 or a six-digit division "
     r"code\)",
     QT_TRANSLATE_NOOP("Reasons", "unknown region: %1 (give a name such as 江西省 or a "
                                  "six-digit division code)")),
    (r"unknown region: ('.*'|\".*\")", QT_TRANSLATE_NOOP("Reasons", "unknown region: %1")),
    (r"unknown region code ('.*'|\".*\")",
     QT_TRANSLATE_NOOP("Reasons", "unknown region code %1")),
    (r"(.+), line (\d+): expected a theme, a tab, then keywords separated by 、 \(found (.*)\)",
     QT_TRANSLATE_NOOP("Reasons", "%1, line %2: expected a theme, a tab, then keywords "
                                  "separated by 、 (found %3)")),
    (r"(.+): the shipped theme keywords cannot be read \((.*)\)",
     QT_TRANSLATE_NOOP("Reasons", "%1: the shipped theme keywords cannot be read (%2)")),
    (r"(.+): cannot be read \((.*)\)", QT_TRANSLATE_NOOP("Reasons", "%1: cannot be read (%2)")),
    (r"give a theme name and at least one keyword",
     QT_TRANSLATE_NOOP("Reasons", "give a theme name and at least one keyword")),
)
# a ledger's rows (tracker.export.ledger); the window's import dialog shows the same
ROW_REASONS: tuple[tuple[str, str], ...] = (
    (r"“(.*)” is not a number or a range of numbers",
     QT_TRANSLATE_NOOP("ImportReasons", "“%1” is not a number or a range of numbers")),
    (r"unknown status “(.*)”", QT_TRANSLATE_NOOP("ImportReasons", "unknown status “%1”")),
    (r"unknown kind “(.*)”", QT_TRANSLATE_NOOP("ImportReasons", "unknown kind “%1”")),
    (r"unknown comparator “(.*)”", QT_TRANSLATE_NOOP("ImportReasons", "unknown comparator “%1”")),
    (r"unknown precision “(.*)”",
     QT_TRANSLATE_NOOP("ImportReasons", "unknown deadline precision “%1”")),
    (r"“(.*)” is not a UUID", QT_TRANSLATE_NOOP("ImportReasons", "“%1” is not a UUID")),
    (r"“(.*)” has no year.*", QT_TRANSLATE_NOOP("ImportReasons", "“%1” has no year")),
    (r"“(.*)” is not a real date.*", QT_TRANSLATE_NOOP("ImportReasons", "“%1” is not a real date")),
    (r"“(.*)” is not a date", QT_TRANSLATE_NOOP("ImportReasons", "“%1” is not a date")),
    (r"unknown region “(.*)”", QT_TRANSLATE_NOOP("ImportReasons", "unknown region “%1”")),
    (r"the commitment text \(承诺内容\) is empty",
     QT_TRANSLATE_NOOP("ImportReasons", "the commitment text is empty")),
    (r"no column was recognised as the commitment text \(承诺内容\)",
     QT_TRANSLATE_NOOP("ImportReasons",
                       "no column is the commitment text: choose “承诺内容” above one column")),
    (r"the UUID (\S+) is also on row (\d+)",
     QT_TRANSLATE_NOOP("ImportReasons", "the UUID %1 is also on row %2")),
)
# the self-test's findings (tracker.services.selftest, tracker.ui.selfcheck, tracker.launcher)
SELFTEST_REASONS: tuple[tuple[str, str], ...] = (
    (r"the window painted a blank picture",
     QT_TRANSLATE_NOOP("SelfTest", "the window painted a blank picture")),
    (r"the window \((.+)\) does not fit the screen \((.+)\)",
     QT_TRANSLATE_NOOP("SelfTest", "the window (%1) does not fit the screen (%2)")),
    (r"the Chinese translation \(tracker_zh_CN\.qm\) did not load",
     QT_TRANSLATE_NOOP("SelfTest", "the Chinese translation (tracker_zh_CN.qm) did not load")),
    (r"the window could not open the database: (.*)",
     QT_TRANSLATE_NOOP("SelfTest", "the window could not open the database: %1")),
    (r"the window was not painted within (\d+) s",
     QT_TRANSLATE_NOOP("SelfTest", "the window was not painted within %1 s")),
    (r"the library was not ready within (\d+) s",
     QT_TRANSLATE_NOOP("SelfTest", "the library was not ready within %1 s")),
    (r"the window did not finish within (\d+) s on (\S+)",
     QT_TRANSLATE_NOOP("SelfTest", "the window did not finish within %1 s on %2")),
    (r"the window process on (\S+) ended without a result \(([^)]*)\)(.*)",
     QT_TRANSLATE_NOOP("SelfTest", "the window process on %1 ended without a result (%2)%3")),
    (r"cannot connect to the X display: (.*)",
     QT_TRANSLATE_NOOP("SelfTest", "cannot connect to the X display: %1")),
    (r"Qt cannot be imported \((.*)\)",
     QT_TRANSLATE_NOOP("SelfTest", "Qt cannot be imported (%1)")),
    (r"the window has no icon \((.*)\)",
     QT_TRANSLATE_NOOP("SelfTest", "the window has no icon (%1)")),
    (r"no suggestions found in the sample document",
     QT_TRANSLATE_NOOP("SelfTest", "no suggestions found in the sample document")),
    (r"searching (\S+) did not find the sample document",
     QT_TRANSLATE_NOOP("SelfTest", "searching %1 did not find the sample document")),
    (r"no sample documents in (.*)", QT_TRANSLATE_NOOP("SelfTest", "no sample documents in %1")),
    # and what the window step found when it passed
    (r"(\S+), Qt (\S+): painted (\S+) on a (\S+) screen after ([\d.]+) s, pages: (\d+), "
     r"ready after ([\d.]+) s(.*)",
     QT_TRANSLATE_NOOP("SelfTest", "%1, Qt %2: painted %3 on a %4 screen after %5 s, pages: "
                                   "%6, ready after %7 s%8")),
)
# phrases that stand inside a reason (the kind of content a file really has)
PHRASES = (
    QT_TRANSLATE_NOOP("Reasons", "a PNG image"), QT_TRANSLATE_NOOP("Reasons", "a JPEG image"),
    QT_TRANSLATE_NOOP("Reasons", "a GIF image"), QT_TRANSLATE_NOOP("Reasons", "a TIFF image"),
    QT_TRANSLATE_NOOP("Reasons", "a PDF document"),
    QT_TRANSLATE_NOOP("Reasons", "a ZIP archive (or Office file)"),
    QT_TRANSLATE_NOOP("Reasons", "an old binary Office file (.doc/.xls): save it as .docx"),
    QT_TRANSLATE_NOOP("Reasons", "a RAR archive"), QT_TRANSLATE_NOOP("Reasons", "a 7-Zip archive"),
    QT_TRANSLATE_NOOP("Reasons", "a gzip archive"), QT_TRANSLATE_NOOP("Reasons", "a program"),
    QT_TRANSLATE_NOOP("Reasons", "something else"),
)
REASONS = ([(p, R, t) for p, t in FILE_REASONS]
           + [(p, R, t) for p, t in COMMAND_REASONS]
           + [(p, "ImportReasons", t) for p, t in ROW_REASONS]
           + [(p, "SelfTest", t) for p, t in SELFTEST_REASONS])


# ------------------------------------------------------- the core's str.format templates
LIBRARY = "Library"
_FIELD = re.compile(r"\{(\w+)(?::[^{}]*)?\}")


def core_templates() -> tuple[str, ...]:
    """Every message template of tracker.domain.messages (each in the catalogue)."""
    from tracker.domain import messages as core

    return tuple(v for k, v in vars(core).items() if k.isupper() and isinstance(v, str))


@functools.cache
def _core_forms() -> tuple[tuple[re.Pattern, str], ...]:
    """(the template as a regular expression with a named group per field, the template);
    longer templates first, so a short one never claims a message made from a longer."""
    forms = []
    for template in sorted(core_templates(), key=len, reverse=True):
        pattern, seen, at = [], set(), 0
        for field in _FIELD.finditer(template):
            pattern.append(re.escape(template[at:field.start()]))
            name = field.group(1)
            pattern.append(f"(?P={name})" if name in seen else f"(?P<{name}>.*?)")
            seen.add(name)
            at = field.end()
        pattern.append(re.escape(template[at:]))
        forms.append((re.compile("".join(pattern), re.S), template))
    return tuple(forms)


def say(template: str, lookup: Lookup, **values: object) -> str:
    """A template of tracker.domain.messages, formatted in the language of `lookup` (in
    English when the translation does not take the same fields)."""
    try:
        return lookup(LIBRARY, template).format(**values)
    except (KeyError, IndexError, ValueError):
        return template.format(**values)


def _core_reason(text: str, lookup: Lookup) -> str | None:
    for pattern, template in _core_forms():
        found = pattern.fullmatch(text)
        if found:
            # a value may itself be a message (the note on a backup, a file's reason)
            values = {k: reason(v, lookup) if v else v for k, v in found.groupdict().items()}

            def field(f: re.Match[str], values: dict[str, str | None] = values) -> str:
                return str(values.get(f.group(1), f.group(0)))

            return _FIELD.sub(field, lookup(LIBRARY, template))
    return None


def reason(text: str, lookup: Lookup) -> str:
    """`text` (a reason the core gave in English) in the language of `lookup`; unchanged
    when it has no known form."""
    said = _core_reason(text, lookup)
    if said is not None:
        return said
    for pattern, context, template in REASONS:
        found = re.fullmatch(pattern, text, re.S)
        if found:
            values = [lookup(R, v) if v in PHRASES else v for v in found.groups()]
            return fill(lookup(context, template), *values)
    return text

