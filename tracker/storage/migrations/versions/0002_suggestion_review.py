"""suggestion review decisions (accepted/rejected suggestions do not come back)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel.sql.sqltypes  # the AutoString columns below

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('suggestion_review',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=128), nullable=False),
    sa.Column('decision', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('commitment_id', sa.Integer(), nullable=True),
    sa.Column('decided_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['commitment_id'], ['commitment.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('document_id', 'key')
    )
    with op.batch_alter_table('suggestion_review', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_suggestion_review_document_id'), ['document_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('suggestion_review', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_suggestion_review_document_id'))

    op.drop_table('suggestion_review')
