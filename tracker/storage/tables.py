"""SQLModel tables for the whole register.

Rows that users create carry a UUID beside the integer key so work can later be merged
between machines. Enum values are stored as their plain strings. Dates are ISO dates.
Keep SQL portable: nothing here is SQLite-specific.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import (
    Column, ForeignKey, Index, Integer, LargeBinary, Text, UniqueConstraint, text,
)
from sqlmodel import Field, SQLModel

from tracker.domain.model import new_uuid


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def _version_column() -> Column[int]:
    """The row's version (SQLAlchemy's version_id_col): every ORM update of the row adds one
    and is refused (StaleDataError) when the row is no longer at the version it was read at,
    so a save never silently overwrites someone else's newer change."""
    return Column("version", Integer, nullable=False, server_default=text("1"))


def _who_column(name: str) -> Column[str]:
    """created_by / updated_by: the identity (storage/identity.py) of who wrote the row;
    "" for rows from before 0007 (unknown)."""
    return Column(name, Text, nullable=False, server_default=text("''"))


# each editable table's version column, made here (not in the class body, where pydantic
# would take it for a private attribute and deep-copy it into every row object)
_DOCUMENT_VERSION = _version_column()
_BODY_VERSION = _version_column()
_COMMITMENT_VERSION = _version_column()
_TAG_VERSION = _version_column()
_PROGRESS_VERSION = _version_column()


def _fk(target: str, ondelete: str = "CASCADE", nullable: bool = False,
        index: bool = True) -> Any:
    return Field(default=None, sa_column=Column(Integer, ForeignKey(target, ondelete=ondelete),
                                                nullable=nullable, index=index))


class RegionRow(SQLModel, table=True):
    """A division referenced by the register (copied from the shipped gazetteer on use)."""

    __tablename__ = "region"
    code: str = Field(primary_key=True, max_length=12)
    name: str
    level: str = Field(max_length=16)
    parent_code: str | None = Field(default=None, foreign_key="region.code", index=True)


class DocumentRow(SQLModel, table=True):
    __tablename__ = "document"
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True, max_length=36)
    title: str
    text: str = Field(sa_column=Column(Text, nullable=False))
    source_path: str | None = None
    source_format: str = Field(default="txt", max_length=8)
    encoding: str | None = Field(default=None, max_length=32)
    sha256: str = Field(default="", max_length=64)
    text_sha256: str = Field(default="", max_length=64, index=True)
    doc_date: date | None = None
    doc_type: str = Field(default="other", max_length=24)
    issuer: str | None = None
    region_code: str | None = Field(default=None, foreign_key="region.code", index=True)
    script: str = Field(default="simplified", max_length=16)
    imported_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    created_by: str = Field(default="", sa_column=_who_column("created_by"))
    updated_by: str = Field(default="", sa_column=_who_column("updated_by"))
    version: int = Field(default=1, sa_column=_DOCUMENT_VERSION)
    __mapper_args__ = {"version_id_col": _DOCUMENT_VERSION}


class DocumentBlobRow(SQLModel, table=True):
    """The original bytes of an imported file, kept apart so document lists stay light."""

    __tablename__ = "document_blob"
    document_id: int | None = Field(default=None, sa_column=Column(
        Integer, ForeignKey("document.id", ondelete="CASCADE"), primary_key=True))
    raw: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class BodyRow(SQLModel, table=True):
    """A responsible body (organisation) as users write it."""

    __tablename__ = "body"
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True, max_length=36)
    name: str = Field(unique=True)
    region_code: str | None = Field(default=None, foreign_key="region.code")
    created_by: str = Field(default="", sa_column=_who_column("created_by"))
    updated_by: str = Field(default="", sa_column=_who_column("updated_by"))
    version: int = Field(default=1, sa_column=_BODY_VERSION)
    __mapper_args__ = {"version_id_col": _BODY_VERSION}


class CommitmentRow(SQLModel, table=True):
    __tablename__ = "commitment"
    __table_args__ = (
        Index("ix_commitment_deadline_status", "deadline_date", "status"),
        Index("ix_commitment_doc_start", "document_id", "start"),
        Index("ix_commitment_region_deadline", "region_code", "deadline_date"),  # 0004
        Index("ix_commitment_title", "title"),  # 0006: the text filter's titled rows
        Index("ix_commitment_region_status", "region_code", "status",
              "deadline_date"),  # 0006: the overview's counts
        # 0006: the sort on the commitment column (SORT_KEYS["quote"]) walks it
        Index("ix_commitment_label", text("coalesce(title, quote)")),
    )
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True, max_length=36)
    document_id: int | None = _fk("document.id", ondelete="SET NULL", nullable=True, index=False)
    start: int = 0
    end: int = 0
    quote: str = Field(sa_column=Column(Text, nullable=False))
    prefix: str = ""
    suffix: str = ""
    title: str | None = None
    kind: str = Field(default="deliverable", max_length=16, index=True)
    deadline_text: str | None = None
    deadline_date: date | None = None
    deadline_precision: str | None = Field(default=None, max_length=8)
    metric: str | None = None
    comparator: str | None = Field(default=None, max_length=8)
    value: float | None = None
    value_high: float | None = None  # set for a range [value, value_high]
    unit: str | None = Field(default=None, max_length=32)
    region_code: str | None = Field(default=None, foreign_key="region.code", index=True)
    origin: str = Field(default="manual", max_length=16)
    confidence: float | None = None
    status: str = Field(default="not_started", max_length=16, index=True)
    notes: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    # digest of the quote's normalised key (services/links.py): the same commitment in two
    # documents has the same value; "" when the quote is too short to link; NULL until the
    # services compute it (a repository cannot: it does not know the normalisation)
    quote_key: str | None = Field(default=None, max_length=32, index=True)
    # 0007: a task of a broken-down commitment (责任分解) points to its parent
    parent_id: int | None = _fk("commitment.id", nullable=True)
    created_by: str = Field(default="", sa_column=_who_column("created_by"))
    updated_by: str = Field(default="", sa_column=_who_column("updated_by"))
    version: int = Field(default=1, sa_column=_COMMITMENT_VERSION)
    __mapper_args__ = {"version_id_col": _COMMITMENT_VERSION}


class CommitmentBodyRow(SQLModel, table=True):
    """Link of a commitment to a body, with its role (lead | support) and order."""

    __tablename__ = "commitment_body"
    commitment_id: int | None = Field(default=None, sa_column=Column(
        Integer, ForeignKey("commitment.id", ondelete="CASCADE"), primary_key=True))
    body_id: int | None = Field(default=None, sa_column=Column(
        Integer, ForeignKey("body.id", ondelete="CASCADE"), primary_key=True, index=True))
    role: str = Field(default="lead", max_length=8)
    position: int = 0


class ThemeRow(SQLModel, table=True):
    """A theme (碳达峰, 水环境, …). The schema's names (tables tag and commitment_tag,
    column tag_id) are older than the word "theme" the code uses."""

    __tablename__ = "tag"
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True, max_length=36)
    name: str = Field(unique=True)
    created_by: str = Field(default="", sa_column=_who_column("created_by"))
    updated_by: str = Field(default="", sa_column=_who_column("updated_by"))
    version: int = Field(default=1, sa_column=_TAG_VERSION)
    __mapper_args__ = {"version_id_col": _TAG_VERSION}


class CommitmentThemeRow(SQLModel, table=True):
    __tablename__ = "commitment_tag"
    commitment_id: int | None = Field(default=None, sa_column=Column(
        Integer, ForeignKey("commitment.id", ondelete="CASCADE"), primary_key=True))
    theme_id: int | None = Field(default=None, sa_column=Column(
        "tag_id", Integer, ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True,
        index=True))


class ProgressEntryRow(SQLModel, table=True):
    __tablename__ = "progress_entry"
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True, max_length=36)
    commitment_id: int | None = _fk("commitment.id")
    date: date
    status: str = Field(max_length=16)
    note: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    evidence_kind: str = Field(default="none", max_length=8)
    evidence_link: str | None = None
    evidence_file: str | None = None
    evidence_document_id: int | None = _fk("document.id", ondelete="SET NULL", nullable=True,
                                           index=False)
    evidence_start: int | None = None
    evidence_end: int | None = None
    evidence_quote: str | None = None
    created_at: datetime = Field(default_factory=utcnow)
    created_by: str = Field(default="", sa_column=_who_column("created_by"))
    updated_by: str = Field(default="", sa_column=_who_column("updated_by"))
    version: int = Field(default=1, sa_column=_PROGRESS_VERSION)
    __mapper_args__ = {"version_id_col": _PROGRESS_VERSION}


class IndicatorRow(SQLModel, table=True):
    """A past result or baseline read from a document."""

    __tablename__ = "indicator"
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True, max_length=36)
    document_id: int | None = _fk("document.id", nullable=True)
    metric: str
    value: float | None = None
    value_high: float | None = None
    unit: str | None = None
    year: int | None = None
    region_code: str | None = Field(default=None, foreign_key="region.code")
    start: int | None = None
    end: int | None = None
    quote: str | None = None


class SuggestionReviewRow(SQLModel, table=True):
    """A person's decision on a suggestion, so rejected ones do not come back."""

    __tablename__ = "suggestion_review"
    __table_args__ = (UniqueConstraint("document_id", "key"),)
    id: int | None = Field(default=None, primary_key=True)
    document_id: int | None = _fk("document.id")
    key: str = Field(max_length=128)   # normalised quote of the suggestion
    decision: str = Field(max_length=10)  # accepted | rejected
    commitment_id: int | None = _fk("commitment.id", ondelete="SET NULL", nullable=True,
                                    index=False)
    decided_at: datetime = Field(default_factory=utcnow)


class ChangeLogRow(SQLModel, table=True):
    """One change to one field of one row, appended by storage/changelog.py at every flush
    (never updated or deleted by the app): who, when, which row, which field, the values
    before and after as JSON. An insert or a delete is one entry with field "" and the
    row's fields in `after` or `before`. `commitment_id` is the commitment the row belongs
    to (the commitment itself, or a progress entry's), for a commitment's 修改记录."""

    __tablename__ = "change_log"
    __table_args__ = (
        Index("ix_change_log_row", "table_name", "row_id"),
        Index("ix_change_log_commitment", "commitment_id", "at"),
        Index("ix_change_log_actor_at", "actor", "at"),
    )
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    actor: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=text("''")))
    action: str = Field(max_length=8)  # insert | update | delete
    table_name: str = Field(max_length=32)
    row_id: int | None = None
    row_uuid: str | None = Field(default=None, max_length=36)
    commitment_id: int | None = None
    field: str = Field(default="", max_length=64)
    before: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    after: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
