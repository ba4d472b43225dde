"""The app's shipped runtime assets, inside the package: samples/, i18n/ (the Chinese
translation: the .ts catalogue and its compiled .qm), icons/. The division data lives with
its reader in tracker/geo/data.

They are found with importlib.resources, so an editable checkout, a plain `pip install .`,
a wheel and a PyInstaller bundle (which collects them under tracker/resources/) all find
them the same way. Nothing is ever written here at run time: the install folder may be
read-only.
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path


def resources_dir() -> Path:
    root = resources.files(__name__)
    if isinstance(root, Path):
        return root
    bundle = getattr(sys, "_MEIPASS", None)  # a frozen app whose loader gives no real path
    if bundle:
        return Path(bundle) / "tracker" / "resources"
    return Path(str(root))


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def samples_dir() -> Path:
    return resource_path("samples")
