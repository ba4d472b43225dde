"""Chinese commitment finding: clauses, deadlines, targets, bodies, regions.

Public entry points: :func:`suggest`, :func:`to_json`, :func:`commitment_key` and the
:class:`Suggestion` they work with. The suggestion pipeline is built from small modules:
segment (sentences, clauses, headings), classify (what a clause is), timing (lead-in time
words, past results, section periods), labels (责任单位/整改时限 lines), trend (targets
without numbers), grouping (clauses that form one entry), issuer (the document's issuer
and region), table (lists set out as tables), dedup (repeats within a document) and
pipeline (suggest itself). The field parsers are deadlines, targets, bodies and numerals.
"""

from tracker.extract.dedup import commitment_key
from tracker.extract.pipeline import Suggestion, suggest, to_json

__all__ = ["Suggestion", "commitment_key", "suggest", "to_json"]
