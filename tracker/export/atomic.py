"""Write a file through a temporary file in the same folder, renamed into place."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from tracker.export.errors import LedgerFileError


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temporary path next to ``path``; on success it replaces ``path``.

    If the body raises, the temporary file is removed and ``path`` is left as it was.
    """
    folder = path.parent
    if not folder.is_dir():
        raise LedgerFileError(f"{path}: the folder {folder} does not exist")
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    os.close(handle)
    temp = Path(temp_name)
    try:
        yield temp
        # mkstemp makes the file private (0600): give it the mode a new file of the user's
        # gets (the umask), or keep the mode of the file it replaces
        try:
            os.chmod(temp, path.stat().st_mode & 0o7777 if path.exists() else 0o666 & ~_umask())
        except OSError:
            pass  # a file system without modes (FAT, some network shares)
        os.replace(temp, path)
    finally:
        if temp.exists():
            temp.unlink()


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomically(path: Path, write: Callable[[Path], int]) -> int:
    """Run ``write`` on a temporary path and move the result into place; return its count."""
    with atomic_path(path) as temp:
        return write(temp)
