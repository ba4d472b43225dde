"""Plain-English source strings for the messages a user sees when something outside the
app goes wrong (a damaged or locked library, a failed upgrade, a hostile file).

They live in one place so they can be translated (issue 12); each is a `str.format`
template. No message may carry SQL or document text: callers fill in file names, counts
and short reasons only.
"""

# --- the library file -------------------------------------------------------------------
NOT_A_DATABASE = ("{path}: this file is not a library (not an SQLite database). "
                  "Choose another file, or move this one away.")
DAMAGED = ("{path}: the library file is damaged ({detail}). "
           "Restore it from a backup; the app has not changed it.")
IS_A_FOLDER = "{path}: this is a folder, not a library file. Give the path of a file."
CANNOT_CREATE = "{path}: the library cannot be created here ({detail})."
READ_ONLY = ("{path}: the library is read-only here; you can read and search it, "
             "but changes cannot be saved.")
READ_ONLY_WRITE = ("{path}: the library is read-only; this change cannot be saved. "
                   "Copy the file to a folder you can write to.")
DISK_FULL = ("{path}: the disk is full; the change was not saved and the library is as "
             "it was. Free some space and try again.")
DATABASE_ERROR = "{path}: the library could not be used ({detail})."
BUSY = ("{path}: another program kept writing to the library for more than {seconds} s; "
        "nothing was changed. Try again when it has finished.")
WAITING = "Waiting for another program that is writing to the library…"
WAIT_OVER = "The other program has finished; going on (waited {seconds:.1f} s)."

# --- upgrading the library ----------------------------------------------------------------
BACKUP_FAILED = ("{path}: before upgrading, the library must be copied to a backup, and "
                 "that copy failed ({detail}). Nothing was changed.")
UPGRADE_FAILED = ("{path}: upgrading the library to this version of the app failed "
                  "({detail}). The library is unchanged at its old version{backup_note}.")
UPGRADE_BACKUP_NOTE = "; a copy made just before is at {backup}"
RESTORE_HINT = "To put that copy back: tracker --db {path} restore-backup {backup}"
RESTORED = "{path}: restored from {backup}."

# --- importing files ------------------------------------------------------------------------
NOT_A_REGULAR_FILE = "not a regular file (a device, pipe or socket); skipped"
FOLDER_WITH_SUFFIX = "is a folder, not a file (its name ends in {suffix}); skipped"
LINK_OUTSIDE = "a link pointing outside the chosen folder; skipped (not followed)"
TOO_LARGE = "too large ({size} MB; the limit for {kind} files is {limit} MB)"
TOO_MUCH_TEXT = "too much text ({chars} characters; the limit is {limit})"
UNPACKS_TOO_LARGE = "its contents unpack to more than {limit} MB; skipped"
DAMAGED_FILE = "damaged or unreadable ({reason})"
TOO_SLOW = "reading took longer than {seconds} s; skipped"
UNEXPECTED = "could not be read ({reason})"

SUGGEST_STOPPED = ("{path}: suggestions stopped at the time limit; only the first {chars} "
                   "characters were read")

# --- ledgers ------------------------------------------------------------------------------------
LEDGER_TOO_MANY_ROWS = ("{path}: {rows} rows or more; a ledger may have at most {limit} rows. "
                        "Split it into smaller files.")
LEDGER_DAMAGED = "{path}: the file is damaged or not a ledger ({reason})."

# --- search index -------------------------------------------------------------------------------
INDEX_SKIPPED = ("document {doc_id} was not added to the search index: its text is too "
                 "long ({chars} characters)")
