"""every seat follows the journals: a lease names the one console that writes a sitting

- ``sitting_lease``: the machine, process and user holding a sitting, since when, their last
  heartbeat, and a token new at every take;
- ``journal_event.lease``: the token an event was written under; a trigger refuses an event
  whose token is not the sitting's lease's (older events keep NULL);
- ``record_event.seq``: 1, 2, 3 ... per sitting in commit order (numbered by id for the events
  already there), so a follower reads only the events after the last one it has;
- on PostgreSQL, each new event and each change of holder sends a NOTIFY on the channel
  ``meetingdesk`` ("live 3 17", "record 3 5", "lease 3"), delivered when it commits.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

REFUSED = "meetingdesk: the sitting is held by another console"

SQLITE_LEASE_TRIGGER = f"""
CREATE TRIGGER journal_event_lease BEFORE INSERT ON journal_event
WHEN NEW.lease IS NULL OR NOT EXISTS (
    SELECT 1 FROM sitting_lease WHERE sitting_id = NEW.sitting_id AND token = NEW.lease)
BEGIN SELECT RAISE(ABORT, '{REFUSED}'); END
"""

# FOR SHARE: a take-over waits for an event being written under the old lease to commit, so the
# new holder reads it before writing its own.
PG_FUNCTIONS = f"""
CREATE FUNCTION meetingdesk_journal_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM sitting_lease WHERE sitting_id = NEW.sitting_id AND token = NEW.lease FOR SHARE;
    IF NOT FOUND THEN
        RAISE EXCEPTION '{REFUSED}' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    PERFORM pg_notify('meetingdesk', 'live ' || NEW.sitting_id || ' ' || NEW.seq);
    RETURN NEW;
END $$;
CREATE TRIGGER journal_event_lease BEFORE INSERT ON journal_event
    FOR EACH ROW EXECUTE FUNCTION meetingdesk_journal_event();

CREATE FUNCTION meetingdesk_record_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('meetingdesk', 'record ' || NEW.sitting_id || ' ' || NEW.seq);
    RETURN NULL;
END $$;
CREATE TRIGGER record_event_notify AFTER INSERT ON record_event
    FOR EACH ROW EXECUTE FUNCTION meetingdesk_record_event();

CREATE FUNCTION meetingdesk_sitting_lease() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('meetingdesk', 'lease ' || COALESCE(NEW.sitting_id, OLD.sitting_id));
    RETURN NULL;
END $$;
CREATE TRIGGER sitting_lease_notify AFTER INSERT OR DELETE OR UPDATE OF token ON sitting_lease
    FOR EACH ROW EXECUTE FUNCTION meetingdesk_sitting_lease();
"""


def upgrade() -> None:
    op.create_table(
        "sitting_lease",
        sa.Column("sitting_id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(length=36), nullable=False),
        sa.Column("machine", sa.String(length=200), nullable=False),
        sa.Column("process", sa.Integer(), nullable=False),
        sa.Column("boot", sa.String(length=64), nullable=True),
        sa.Column("user", sa.String(length=200), nullable=False),
        sa.Column("since", sa.DateTime(), nullable=False),
        sa.Column("heartbeat", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["sitting_id"], ["sitting.id"], name=op.f("fk_sitting_lease_sitting_id_sitting"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("sitting_id", name=op.f("pk_sitting_lease")),
    )
    with op.batch_alter_table("journal_event") as batch_op:
        batch_op.add_column(sa.Column("lease", sa.String(length=36), nullable=True))
    with op.batch_alter_table("record_event") as batch_op:
        batch_op.add_column(sa.Column("seq", sa.Integer(), nullable=True))
    op.execute(
        "UPDATE record_event SET seq = (SELECT COUNT(*) FROM record_event AS earlier"
        " WHERE earlier.sitting_id = record_event.sitting_id AND earlier.id <= record_event.id)"
    )
    with op.batch_alter_table("record_event") as batch_op:
        batch_op.alter_column("seq", existing_type=sa.Integer(), nullable=False)
        batch_op.create_unique_constraint(batch_op.f("uq_record_event_sitting_id"), ["sitting_id", "seq"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(PG_FUNCTIONS)
    else:
        op.execute(SQLITE_LEASE_TRIGGER)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER sitting_lease_notify ON sitting_lease; DROP FUNCTION meetingdesk_sitting_lease();"
                   "DROP TRIGGER record_event_notify ON record_event; DROP FUNCTION meetingdesk_record_event();"
                   "DROP TRIGGER journal_event_lease ON journal_event; DROP FUNCTION meetingdesk_journal_event();")
    else:
        op.execute("DROP TRIGGER journal_event_lease")
    with op.batch_alter_table("record_event") as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_record_event_sitting_id"), type_="unique")
        batch_op.drop_column("seq")
    with op.batch_alter_table("journal_event") as batch_op:
        batch_op.drop_column("lease")
    op.drop_table("sitting_lease")
