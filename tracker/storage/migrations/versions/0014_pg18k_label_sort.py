"""PostgreSQL: the table sorted by its label (title, else quote) walks an index

Revision ID: 0013_pg18k
Revises: 0012_ovf18k
Create Date: 2026-12-06

Issue 18, measured at a million commitments on a server (bench/bench_pg_scale.py): the
table sorts by label in code-point order, as on SQLite (`coalesce(c.title, c.quote)
COLLATE "C"`, storage/dialect.py), then by id. ix_commitment_label (0006) holds the label
in the database's own collation and without the id, so PostgreSQL read and sorted every
row for the first page (550–780 ms); this index holds the label in "C" order with the
id, and a page of the sort is a walk of it, either way (8 ms). Nothing changes on SQLite:
its ix_commitment_label is in BINARY (code-point) order and ends with the rowid already.

An index only: built from the existing rows in the same transaction, after the backup.
"""
from alembic import op

revision = "0013_pg18k"
down_revision = "0012_ovf18k"
branch_labels = None
depends_on = None

_INDEX = ('CREATE INDEX ix_commitment_label_c ON commitment'
          ' ((coalesce(title, quote)) COLLATE "C", id)')


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(_INDEX)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX ix_commitment_label_c")
