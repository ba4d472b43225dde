"""Storage errors, importable without loading SQLAlchemy."""


class SchemaTooNewError(RuntimeError):
    """The database was written by a newer version of the app."""
