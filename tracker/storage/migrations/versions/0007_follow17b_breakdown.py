"""responsibility breakdown (责任分解): a commitment's tasks point to their parent

Revision ID: 0007_follow17b
Revises: 0006_scale
Create Date: 2026-12-06

- commitment.parent_id (nullable, references commitment.id, ON DELETE CASCADE): a task of
  a broken-down commitment is a commitment of its own (its own wording, deadline, lead
  body and status) with the parent's id here; a parent's status rolls up from its tasks
  (tracker.domain.rules.rollup_status). Deleting a parent deletes its tasks.
- ix_commitment_parent_id: a parent's tasks are found by this index, and the table's
  folding reads the (few) tasks from it without touching the other rows.

A column added at the end (ALTER TABLE … ADD COLUMN, no copy of the table), so the
expression index of 0006 (ix_commitment_label) stays as it is; existing rows get NULL
(no parent). Runs inside the one upgrade transaction like the revisions before it.
"""
import sqlalchemy as sa
from alembic import op

revision = "0007_follow17b"
down_revision = "0006_scale"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_context().dialect.name == "sqlite":
        # SQLite adds a column with its reference in place (no constraint of its own)
        op.execute("ALTER TABLE commitment ADD COLUMN parent_id INTEGER"
                   " REFERENCES commitment (id) ON DELETE CASCADE")
    else:
        op.add_column("commitment", sa.Column("parent_id", sa.Integer(), nullable=True))
        op.create_foreign_key(None, "commitment", "commitment", ["parent_id"], ["id"],
                              ondelete="CASCADE")
    op.create_index("ix_commitment_parent_id", "commitment", ["parent_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_commitment_parent_id", table_name="commitment")
    if op.get_context().dialect.name == "sqlite":
        # in place (SQLite >= 3.35): a batch copy of the table would drop the search
        # triggers of 0003 and the expression index of 0006
        op.execute("ALTER TABLE commitment DROP COLUMN parent_id")
    else:
        op.drop_column("commitment", "parent_id")
