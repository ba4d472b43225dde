"""Errors of the export package."""


class LedgerFileError(ValueError):
    """A ledger file that cannot be read or written; the message names the file."""


# A ledger may hold at most this many rows (a 台账 has hundreds to tens of thousands;
# beyond this a file is refused quickly instead of taking many minutes and gigabytes).
MAX_LEDGER_ROWS = 250_000
MAX_LEDGER_COLUMNS = 256
# bytes of a ledger file on disk, and what an XLSX's ZIP may unpack to
MAX_LEDGER_BYTES = 128 * 1024 * 1024
MAX_XLSX_UNPACKED = 512 * 1024 * 1024
MAX_XLSX_STYLES = 16 * 1024 * 1024


def too_many_rows(path, limit: int = MAX_LEDGER_ROWS) -> LedgerFileError:
    from tracker.domain import messages

    return LedgerFileError(messages.LEDGER_TOO_MANY_ROWS.format(
        path=path, rows=f"{limit + 1:,}", limit=f"{limit:,}"))


def damaged(path, reason: str) -> LedgerFileError:
    from tracker.domain import messages

    return LedgerFileError(messages.LEDGER_DAMAGED.format(path=path, reason=reason))


def short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0][:160] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
