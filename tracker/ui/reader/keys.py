"""The reader's current record: a stored commitment (by its id) or a suggestion of the
review queue (by its row). The highlights, the two lists and the editor agree on it."""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple


class RecordKind(StrEnum):
    COMMITMENT = "c"
    SUGGESTION = "s"


class RecordKey(NamedTuple):
    kind: RecordKind
    id: int  # a commitment's id, or a suggestion's row in the review queue

    @classmethod
    def commitment(cls, commitment_id: int) -> RecordKey:
        return cls(RecordKind.COMMITMENT, commitment_id)

    @classmethod
    def suggestion(cls, row: int) -> RecordKey:
        return cls(RecordKind.SUGGESTION, row)

    @property
    def is_commitment(self) -> bool:
        return self.kind is RecordKind.COMMITMENT

    @property
    def is_suggestion(self) -> bool:
        return self.kind is RecordKind.SUGGESTION
