"""who did what, and no lost updates: versions, created_by/updated_by, the change log

Revision ID: 0007_team16
Revises: 0006_scale
Create Date: 2026-12-06

- `version` (SQLAlchemy's version_id_col), `created_by` and `updated_by` on every editable
  table (commitment, document, progress_entry, tag, body). Existing rows get version 1 and
  "" (unknown) as their authors.
- `change_log`: one append-only entry per changed field (who, when, which row, before and
  after as JSON), written by tracker/storage/changelog.py at every flush.

Plain ALTER TABLE ... ADD COLUMN (SQLite and PostgreSQL both add a NOT NULL column with a
constant default in place), not batch mode: re-creating `commitment` would drop the search
triggers of 0003_search and the expression index of 0006_scale. The whole revision runs
in one transaction after the backup (tracker/storage/migrate.py).
"""
import sqlalchemy as sa
from alembic import op

revision = "0007_team16"
down_revision = "0007_follow17b"
branch_labels = None
depends_on = None

TABLES = ("commitment", "document", "progress_entry", "tag", "body")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("created_by", sa.Text(), nullable=False,
                                       server_default=sa.text("''")))
        op.add_column(table, sa.Column("updated_by", sa.Text(), nullable=False,
                                       server_default=sa.text("''")))
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False,
                                       server_default=sa.text("1")))
    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.Text(), nullable=False, server_default=sa.text("''")),
        sa.Column("action", sa.String(length=8), nullable=False),
        sa.Column("table_name", sa.String(length=32), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=True),
        sa.Column("row_uuid", sa.String(length=36), nullable=True),
        sa.Column("commitment_id", sa.Integer(), nullable=True),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("before", sa.Text(), nullable=True),
        sa.Column("after", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_change_log_at", "change_log", ["at"], unique=False)
    op.create_index("ix_change_log_row", "change_log", ["table_name", "row_id"], unique=False)
    op.create_index("ix_change_log_commitment", "change_log", ["commitment_id", "at"],
                    unique=False)
    op.create_index("ix_change_log_actor_at", "change_log", ["actor", "at"], unique=False)


def downgrade() -> None:
    op.drop_table("change_log")
    for table in TABLES:
        for column in ("version", "updated_by", "created_by"):
            op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
