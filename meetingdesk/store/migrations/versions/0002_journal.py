"""live journal

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 10:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('journal_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sitting_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('at_utc', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['sitting_id'], ['sitting.id'], name=op.f('fk_journal_event_sitting_id_sitting'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_journal_event')),
    sa.UniqueConstraint('sitting_id', 'seq', name=op.f('uq_journal_event_sitting_id'))
    )
    with op.batch_alter_table('journal_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_journal_event_sitting_id'), ['sitting_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('journal_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_journal_event_sitting_id'))

    op.drop_table('journal_event')
