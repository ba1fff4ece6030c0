"""The rapporteur's journal: one row per thing logged, committed before the caller returns.

The rapporteur writes to their OWN table, ``record_event``, never to the
moderator's ``journal_event``:

- a rapporteur on another machine (PostgreSQL, several operators) never
  contends for the moderator's per-sitting sequence numbers: rows are ordered
  by their database id alone, which every backend hands out without a lock on
  the sitting;
- the moderator's undo (a compensating event in ``journal_event``) can never
  touch what the rapporteur logged, and the rapporteur's corrections never
  show up in the moderator's replay.

Each row also carries, as plain columns, the context it was logged in (the
segment, the live speaker's entry, the participant it is about, who logged it)
so a report can select by them without opening the JSON payload.

Times are stored as in the live journal: naive UTC to the microsecond (the
conversion helpers of ``meetingdesk.live.journal`` are reused).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import JSON, Column, Connection, DateTime, ForeignKey, Integer, String, Table, insert, select

from meetingdesk.live.journal import from_epoch, to_epoch
from meetingdesk.programme.model import Base

record_event = Table(
    "record_event",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("sitting_id", Integer, ForeignKey("sitting.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("kind", String(40), nullable=False),
    Column("payload", JSON, nullable=False),
    Column("at_utc", DateTime, nullable=False),  # naive UTC, microseconds
    Column("segment_id", Integer, ForeignKey("segment.id", ondelete="SET NULL"), nullable=True),
    Column("speaker_entry_id", Integer, nullable=True),  # the live queue entry speaking at the time
    Column("participant_key", String(100), nullable=True),  # the programme participant the row is about
    Column("author", String(200), nullable=True),  # who logged it (several rapporteurs may share a sitting)
)


@dataclass(frozen=True, slots=True)
class RecordEvent:
    id: int
    kind: str
    payload: dict[str, Any]
    at: float  # seconds since the Unix epoch, UTC
    segment_id: int | None
    speaker_entry_id: int | None
    participant_key: str | None
    author: str | None


_COLUMNS = (
    record_event.c.id,
    record_event.c.kind,
    record_event.c.payload,
    record_event.c.at_utc,
    record_event.c.segment_id,
    record_event.c.speaker_entry_id,
    record_event.c.participant_key,
    record_event.c.author,
)


def read_record(conn: Connection, sitting_id: int) -> list[RecordEvent]:
    """Every event of the sitting, in the order they were written."""
    rows = conn.execute(select(*_COLUMNS).where(record_event.c.sitting_id == sitting_id).order_by(record_event.c.id))
    return [RecordEvent(i, k, p, to_epoch(a), s, e, pk, au) for i, k, p, a, s, e, pk, au in rows]


def append_record(
    conn: Connection,
    sitting_id: int,
    kind: str,
    payload: dict[str, Any],
    at: float,
    *,
    segment_id: int | None = None,
    speaker_entry_id: int | None = None,
    participant_key: str | None = None,
    author: str | None = None,
) -> int:
    """Insert one event and commit it; returns its id. On failure nothing is written."""
    try:
        result = conn.execute(
            insert(record_event),
            {
                "sitting_id": sitting_id,
                "kind": kind,
                "payload": payload,
                "at_utc": from_epoch(at),
                "segment_id": segment_id,
                "speaker_entry_id": speaker_entry_id,
                "participant_key": participant_key,
                "author": author,
            },
        )
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
    return int(result.inserted_primary_key[0])
