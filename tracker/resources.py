"""Where the app's shipped resources live (samples, translations, icons).

In a source checkout (editable install) they are in the repository's `resources/`; in a
PyInstaller bundle they are unpacked next to the executable under `resources/`.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def samples_dir() -> Path:
    return resource_path("samples")
