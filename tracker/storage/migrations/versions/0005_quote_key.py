"""quote key on commitments: identical commitments in different documents are linked

Revision ID: 0005_quote_key
Revises: 0004_register
Create Date: 2026-12-04

A nullable, indexed `quote_key` column. The key is a digest of the quote's normalised form
(tracker.services.links), which this frozen migration cannot compute: existing rows stay
NULL and the services back-fill them after the database is opened.

It follows 0004_register (the region/deadline index of the commitments table).
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel.sql.sqltypes  # the AutoString columns below

revision = "0005_quote_key"
down_revision = "0004_register"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('commitment', schema=None) as batch_op:
        batch_op.add_column(sa.Column('quote_key', sqlmodel.sql.sqltypes.AutoString(length=32),
                                      nullable=True))
        batch_op.create_index(batch_op.f('ix_commitment_quote_key'), ['quote_key'], unique=False)


def downgrade() -> None:
    # not batch mode: re-creating the table would drop the search triggers of 0003_search
    # (SQLite ≥ 3.35 drops a column in place)
    op.execute("DROP INDEX IF EXISTS ix_commitment_quote_key")
    op.execute("ALTER TABLE commitment DROP COLUMN quote_key")
