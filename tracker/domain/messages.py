"""Plain-English source strings for the messages a user sees when something outside the
app goes wrong (a damaged or locked library, a failed upgrade, a hostile file).

They live in one place so they can be translated (issue 12); each is a `str.format`
template. No message may carry SQL or document text: callers fill in file names, counts
and short reasons only.

Each is marked with QT_TRANSLATE_NOOP("Library", …) so tools/update_translations.py puts it
in the one catalogue (tracker/resources/i18n/tracker_zh_CN.ts), placeholders and all; the
window and the command line show it in the interface language through tracker.messages
(`say` formats a template, `reason` recognises a message made from one). The core stays
Qt-free: the marker below is a no-op that lupdate knows by name.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Marks `text` for the catalogue; returns it unchanged."""
    return text


# --- the library file -------------------------------------------------------------------
NOT_A_DATABASE = QT_TRANSLATE_NOOP(
    "Library", "{path}: this file is not a library (not an SQLite database). "
    "Choose another file, or move this one away.")
DAMAGED = QT_TRANSLATE_NOOP(
    "Library", "{path}: the library file is damaged ({detail}). Restore it from a "
    "backup; the app has not changed it.")
IS_A_FOLDER = QT_TRANSLATE_NOOP(
    "Library", "{path}: this is a folder, not a library file. Give the path of a "
    "file.")
CANNOT_CREATE = QT_TRANSLATE_NOOP(
    "Library", "{path}: the library cannot be created here ({detail}).")
READ_ONLY = QT_TRANSLATE_NOOP(
    "Library", "{path}: the library is read-only here; you can read and search it, "
    "but changes cannot be saved.")
READ_ONLY_WRITE = QT_TRANSLATE_NOOP(
    "Library", "{path}: the library is read-only; this change cannot be saved. "
    "Copy the file to a folder you can write to.")
NO_WRITE_GRANT = QT_TRANSLATE_NOOP(
    "Library", "{path}: you may read and export this register but not change it (your role "
    "on the server has no right to write); the change was not saved. Ask the server's "
    "administrator for write access.")
DISK_FULL = QT_TRANSLATE_NOOP(
    "Library", "{path}: the disk is full; the change was not saved and the library "
    "is as it was. Free some space and try again.")
DATABASE_ERROR = QT_TRANSLATE_NOOP("Library", "{path}: the library could not be used ({detail}).")
BUSY = QT_TRANSLATE_NOOP(
    "Library", "{path}: another program kept writing to the library for more than "
    "{seconds} s; nothing was changed. Try again when it has finished.")
WAITING = QT_TRANSLATE_NOOP(
    "Library", "Waiting for another program that is writing to the library…")
WAIT_OVER = QT_TRANSLATE_NOOP(
    "Library", "The other program has finished; going on (waited {seconds:.1f} s).")

# --- upgrading the library ----------------------------------------------------------------
BACKUP_FAILED = QT_TRANSLATE_NOOP(
    "Library", "{path}: before upgrading, the library must be copied to a backup, "
    "and that copy failed ({detail}). Nothing was changed.")
UPGRADE_FAILED = QT_TRANSLATE_NOOP(
    "Library", "{path}: upgrading the library to this version of the app failed "
    "({detail}). The library is unchanged at its old version{backup_note}.")
UPGRADE_BACKUP_NOTE = QT_TRANSLATE_NOOP("Library", "; a copy made just before is at {backup}")
RESTORE_HINT = QT_TRANSLATE_NOOP(
    "Library", "To put that copy back: tracker --db {path} restore-backup {backup}")
RESTORED = QT_TRANSLATE_NOOP("Library", "{path}: restored from {backup}.")

# --- importing files ------------------------------------------------------------------------
NOT_A_REGULAR_FILE = QT_TRANSLATE_NOOP(
    "Library", "not a regular file (a device, pipe or socket); skipped")
FOLDER_WITH_SUFFIX = QT_TRANSLATE_NOOP(
    "Library", "is a folder, not a file (its name ends in {suffix}); skipped")
LINK_OUTSIDE = QT_TRANSLATE_NOOP(
    "Library", "a link pointing outside the chosen folder; skipped (not followed)")
TOO_LARGE = QT_TRANSLATE_NOOP(
    "Library", "too large ({size} MB; the limit for {kind} files is {limit} MB)")
TOO_MUCH_TEXT = QT_TRANSLATE_NOOP(
    "Library", "too much text ({chars} characters; the limit is {limit})")
UNPACKS_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Library", "its contents unpack to more than {limit} MB; skipped")
DAMAGED_FILE = QT_TRANSLATE_NOOP("Library", "damaged or unreadable ({reason})")
TOO_SLOW = QT_TRANSLATE_NOOP("Library", "reading took longer than {seconds} s; skipped")
UNEXPECTED = QT_TRANSLATE_NOOP("Library", "could not be read ({reason})")

SUGGEST_STOPPED = QT_TRANSLATE_NOOP(
    "Library", "{path}: suggestions stopped at the time limit; only the first "
    "{chars} characters were read")

# --- ledgers ------------------------------------------------------------------------------------
LEDGER_TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "Library", "{path}: {rows} rows or more; a ledger may have at most {limit} "
    "rows. Split it into smaller files.")
LEDGER_DAMAGED = QT_TRANSLATE_NOOP(
    "Library", "{path}: the file is damaged or not a ledger ({reason}).")

# --- search index -------------------------------------------------------------------------------
INDEX_SKIPPED = QT_TRANSLATE_NOOP(
    "Library", "document {doc_id} was not added to the search index: its text is "
    "too long ({chars} characters)")

# --- progress rounds (进度填报): problems in returned files, each named by file and row ------
ROUND_NOT_OURS = QT_TRANSLATE_NOOP(
    "Library", "{file}: not a progress-round file written by this app (its hidden sheet "
    "naming the body is missing); nothing was read from it.")
ROUND_HEADER_CHANGED = QT_TRANSLATE_NOOP(
    "Library", "{file}: the header row was changed (columns moved, added or removed); "
    "nothing was read from it.")
ROUND_NO_KEY = QT_TRANSLATE_NOOP(
    "Library", "{file}, row {row}: the row was changed structurally (its hidden key is "
    "missing: a row added or moved by hand); not imported.")
ROUND_UNKNOWN_KEY = QT_TRANSLATE_NOOP(
    "Library", "{file}, row {row}: no commitment in the register has this row's key (the "
    "key was changed, or the commitment deleted); not imported.")
ROUND_LABEL_CHANGED = QT_TRANSLATE_NOOP(
    "Library", "{file}, row {row}: the row was changed structurally (the commitment's "
    "wording “{label}” differs from the register's); not imported.")
ROUND_OTHER_BODY = QT_TRANSLATE_NOOP(
    "Library", "{file}, row {row}: this commitment belongs to {owner}, not to {body} "
    "whose file this is; not imported.")
ROUND_BAD_STATUS = QT_TRANSLATE_NOOP(
    "Library", "{file}, row {row}: “{value}” is not a status of the list in 完成情况; "
    "not imported.")
ROUND_BAD_DATE = QT_TRANSLATE_NOOP(
    "Library", "{file}, row {row}: “{value}” in 填报日期 is not a date; not imported.")
ROUND_NOTE_NEEDED = QT_TRANSLATE_NOOP(
    "Library", "{file}, row {row}: changing the status to {status} needs a word in "
    "进展情况 saying why; not imported.")
ROUND_EVIDENCE_NEEDED = QT_TRANSLATE_NOOP(
    "Library", "{file}, row {row}: 已完成 (closing, 销号) needs evidence in 佐证材料; "
    "not imported.")
ROUND_TWICE = QT_TRANSLATE_NOOP(
    "Library", "{file}, row {row}: the same commitment is filled in again (first in "
    "{first}); not imported.")
ROUND_UNREADABLE = QT_TRANSLATE_NOOP(
    "Library", "{file}: the workbook could not be read ({reason}); nothing was read from it.")

# --- a team server (PostgreSQL, issue 16) ---------------------------------------------------
SERVER_UNREACHABLE = QT_TRANSLATE_NOOP(
    "Library", "{path}: the team server cannot be reached ({detail}). Check the server "
    "name and port, and that the server is running.")
SERVER_AUTH = QT_TRANSLATE_NOOP(
    "Library", "{path}: the server did not accept this user or password ({detail}). "
    "Check the user name, and the password kept in the password file (.pgpass).")
SERVER_NO_DATABASE = QT_TRANSLATE_NOOP(
    "Library", "{path}: the server has no database of this name. The administrator "
    "creates it (createdb -E UTF8 --locale=C.UTF-8 -T template0 NAME), then runs: "
    "tracker --db {path} db upgrade")
SERVER_LOCALE = QT_TRANSLATE_NOOP(
    "Library", "{path}: the database is not UTF-8 (encoding {encoding}, character type "
    "{ctype}), so Chinese cannot be searched. Create it again with: createdb -E UTF8 "
    "--locale=C.UTF-8 -T template0 NAME")
SERVER_EMPTY = QT_TRANSLATE_NOOP(
    "Library", "{path}: this database holds no register yet. The administrator sets it "
    "up with: tracker --db {path} db upgrade")
SERVER_TOO_OLD = QT_TRANSLATE_NOOP(
    "Library", "{path}: the register on the server has schema {current}, older than this "
    "app's {head}. The administrator upgrades it with: tracker --db {path} db upgrade")
SERVER_TOO_NEW = QT_TRANSLATE_NOOP(
    "Library", "{path}: the register on the server has schema {current}, which this "
    "version of the app does not know (newest known: {head}). Please update the app.")
SERVER_OK = QT_TRANSLATE_NOOP(
    "Library", "{path}: connected (PostgreSQL {version}, schema {revision}).")
SERVER_UPGRADED = QT_TRANSLATE_NOOP(
    "Library", "{path}: the register is now at schema {revision} (was {before}).")
SERVER_UP_TO_DATE = QT_TRANSLATE_NOOP(
    "Library", "{path}: the register is already at schema {revision}; nothing to do.")
SERVER_NOT_A_FILE = QT_TRANSLATE_NOOP(
    "Library", "{path}: this is a file; a file library is upgraded automatically when it "
    "is opened (with a backup first). tracker db upgrade is for a team server.")

# --- a shared register (team16) ----------------------------------------------------------
CONFLICT = QT_TRANSLATE_NOOP(
    "Library", "{what} was changed by {who} since you opened it; your change was not "
    "saved. Compare the two versions and choose which to keep.")
