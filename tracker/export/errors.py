"""Errors of the export package."""


class LedgerFileError(ValueError):
    """A ledger file that cannot be read or written; the message names the file."""
