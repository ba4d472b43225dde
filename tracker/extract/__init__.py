"""Chinese commitment finding: clauses, deadlines, targets, bodies, regions.

Public entry points: :func:`suggest`, :func:`to_json`, :func:`commitment_key` and the
:class:`Suggestion` they work with.
"""

from tracker.extract.pipeline import Suggestion, commitment_key, suggest, to_json

__all__ = ["Suggestion", "commitment_key", "suggest", "to_json"]
