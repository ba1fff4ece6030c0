"""journal events carry the monotonic clock, the boot and the writer

Each live journal event records a monotonic reading and the identifier of the
machine's boot it was taken on, so a sitting reopened on the same boot resumes
from the time truly elapsed even if the wall clock moved; and which machine and
process wrote it, so a second console writing the same sitting can be named.
Older events have none of these (NULL): they are read as before.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("journal_event") as batch_op:
        batch_op.add_column(sa.Column("mono", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("boot", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("host", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("journal_event") as batch_op:
        batch_op.drop_column("host")
        batch_op.drop_column("boot")
        batch_op.drop_column("mono")
