"""PostgreSQL: indexes for the table's sorts by document and by light (issue 16)

Revision ID: 0010_pg16c
Revises: 0009_perf18c
Create Date: 2026-12-06

Unfiltered, the commitments table on a server sorted 100,000 rows by a text (the
document's title) or by a CASE over status and deadline (the light). Both become walks
of an index in order (0011_paged18d later gave both sorts index walks on both
backends: a stored document key and the light's ranges of the deadline index; these
indexes still serve filters by document and status):

- ix_commitment_document_id_id (document_id, id): the documents are ranked by title (a
  few hundred rows), and each one's commitments come in id order from this index alone
  (an index-only scan), so only integers are sorted;
- ix_commitment_status_deadline_id (status, deadline_date, id): each light is a few
  ranges of (status, deadline) around today, each read from this index in deadline
  order and merged (a Merge Append), with no sort of the rows.

Nothing changes on SQLite (its sorts keep their own paths). Indexes only: built from the
existing rows in the same transaction, after the backup.
"""
from alembic import op

revision = "0010_pg16c"
down_revision = "0009_perf18c"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_commitment_document_id_id": "(document_id, id)",
    "ix_commitment_status_deadline_id": "(status, deadline_date, id)",
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, columns in INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON commitment {columns}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in INDEXES:
        op.execute(f"DROP INDEX {name}")
