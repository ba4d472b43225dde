"""PostgreSQL: the table's sort columns indexed with the id, as SQLite's indexes are

Revision ID: 0008_pg16b
Revises: 0007_team16
Create Date: 2026-12-06

The commitments table sorts by a column and then by id (ties), and an unfiltered sort
walks the column's index in that order (register_queries._walks). A SQLite index holds
the rowid after its columns, so (region_code) is already (region_code, id); a PostgreSQL
B-tree does not, and sorted 100,000 rows instead. These indexes give PostgreSQL the same
walk, read from the index alone (an index-only scan). Nothing changes on SQLite.
"""
from alembic import op

revision = "0008_pg16b"
down_revision = "0007_team16"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_commitment_region_id": "(region_code, id)",
    "ix_commitment_deadline_id": "(deadline_date, id)",
    "ix_commitment_status_id": "(status, id)",
    "ix_commitment_kind_id": "(kind, id)",
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
