"""speech text of a speaker slot, for the interpreters

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("speaker_slot") as batch_op:
        batch_op.add_column(sa.Column("speech_text", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("speaker_slot") as batch_op:
        batch_op.drop_column("speech_text")
