"""rapporteur record

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 12:00:00

The rapporteur's own journal (``meetingdesk.record.journal``), apart from the
moderator's ``journal_event``.
"""
import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('record_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sitting_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('at_utc', sa.DateTime(), nullable=False),
    sa.Column('segment_id', sa.Integer(), nullable=True),
    sa.Column('speaker_entry_id', sa.Integer(), nullable=True),
    sa.Column('participant_key', sa.String(length=100), nullable=True),
    sa.Column('author', sa.String(length=200), nullable=True),
    sa.ForeignKeyConstraint(['sitting_id'], ['sitting.id'], name=op.f('fk_record_event_sitting_id_sitting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['segment_id'], ['segment.id'], name=op.f('fk_record_event_segment_id_segment'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_record_event'))
    )
    with op.batch_alter_table('record_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_record_event_sitting_id'), ['sitting_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('record_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_record_event_sitting_id'))

    op.drop_table('record_event')
