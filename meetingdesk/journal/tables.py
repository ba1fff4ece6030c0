"""The journals' tables: the moderator's ``journal_event``, the rapporteur's ``record_event``, and the
``sitting_lease`` that names the one console allowed to write a sitting's live journal.

Both journals number their events 1, 2, 3 ... per sitting (``seq``, unique with the sitting), so a
follower asks for "the events after the last one I have" and the database hands them out in the
order they were committed. The live journal has one writer, the lease's holder: a trigger refuses
any event not carrying the lease's current token (migration 0006). The record has many writers
(several rapporteurs, the secretariat's corrections): each takes the next number in the INSERT
itself and tries again if another took it first.
"""

from __future__ import annotations

from sqlalchemy import JSON, Column, DateTime, Float, ForeignKey, Integer, String, Table, UniqueConstraint

from meetingdesk.programme.model import Base

journal_event = Table(
    "journal_event",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("sitting_id", Integer, ForeignKey("sitting.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("seq", Integer, nullable=False),  # 1, 2, 3 ... within the sitting
    Column("kind", String(40), nullable=False),
    Column("payload", JSON, nullable=False),
    Column("at_utc", DateTime, nullable=False),  # naive UTC, microseconds
    Column("mono", Float, nullable=True),  # the writer's monotonic reading at ``at_utc`` (migration 0005)
    Column("boot", String(64), nullable=True),  # ... and the boot of the machine it was taken on
    Column("host", String(200), nullable=True),  # the machine and process that wrote the event
    Column("lease", String(36), nullable=True),  # the token of the lease it was written under (migration 0006)
    UniqueConstraint("sitting_id", "seq"),
)

record_event = Table(
    "record_event",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("sitting_id", Integer, ForeignKey("sitting.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("seq", Integer, nullable=False),  # 1, 2, 3 ... within the sitting, in commit order (migration 0006)
    Column("kind", String(40), nullable=False),
    Column("payload", JSON, nullable=False),
    Column("at_utc", DateTime, nullable=False),  # naive UTC, microseconds
    Column("segment_id", Integer, ForeignKey("segment.id", ondelete="SET NULL"), nullable=True),
    Column("speaker_entry_id", Integer, nullable=True),  # the live queue entry speaking at the time
    Column("participant_key", String(100), nullable=True),  # the programme participant the row is about
    Column("author", String(200), nullable=True),  # who logged it (several rapporteurs may share a sitting)
    UniqueConstraint("sitting_id", "seq"),
)

sitting_lease = Table(
    "sitting_lease",
    Base.metadata,
    Column("sitting_id", Integer, ForeignKey("sitting.id", ondelete="CASCADE"), primary_key=True),
    Column("token", String(36), nullable=False),  # new at every take: events carry it
    Column("machine", String(200), nullable=False),
    Column("process", Integer, nullable=False),
    Column("boot", String(64), nullable=True),  # the machine's boot, to tell a holder that is gone
    Column("user", String(200), nullable=False),
    Column("since", DateTime, nullable=False),  # naive UTC
    Column("heartbeat", DateTime, nullable=False),  # naive UTC: the holder's last sign of life
)
