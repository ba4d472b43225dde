"""Region gazetteer: shipped Chinese administrative divisions and place-name recognition.

Pure Python over the standard library and OpenCC; no storage, no Qt.
"""

from tracker.geo.gazetteer import Gazetteer
from tracker.geo.loader import DivisionDataError
from tracker.geo.matcher import RegionMatch

__all__ = ["DivisionDataError", "Gazetteer", "RegionMatch"]
