"""register indexes for a million commitments: titles, and the overview's keys

Revision ID: 0006_scale
Revises: 0005_quote_key
Create Date: 2026-12-06

- ix_commitment_title (title): the table's text filter takes its candidates from the
  full-text index, which holds quotes and notes but not the optional titles; the few
  commitments with a title are found by this index (a range of the non-NULL titles)
  instead of by reading every row.
- ix_commitment_region_status (region_code, status, deadline_date): the overview counts
  per region and status (with overdue and due soon from the deadline) read this index
  alone instead of the table's rows with their quotes.
- ix_commitment_label (coalesce(title, quote)): the table's sort on the commitment column
  walks this index instead of sorting every quote (it costs about the size of the
  quotes again: ~100 MB at a million commitments).

Indexes only: no data changes, and it depends on nothing but the revision before it.
Alembic cannot reflect an expression index: a later batch operation on `commitment`
(which copies the table) must create ix_commitment_label again; tests/storage/
test_migration_0006.py checks that a database at head has it.
"""
from alembic import op

revision = "0006_scale"
down_revision = "0005_quote_key"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('commitment', schema=None) as batch_op:
        batch_op.create_index('ix_commitment_title', ['title'], unique=False)
        batch_op.create_index('ix_commitment_region_status',
                              ['region_code', 'status', 'deadline_date'], unique=False)
    op.execute("CREATE INDEX ix_commitment_label ON commitment (coalesce(title, quote))")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_commitment_label")
    with op.batch_alter_table('commitment', schema=None) as batch_op:
        batch_op.drop_index('ix_commitment_region_status')
        batch_op.drop_index('ix_commitment_title')
