"""The journal: every live action of a sitting, one row each, committed before the caller returns.

Rows are read and written with SQLAlchemy Core (no ORM object per event), on one
connection held open for the life of the live sitting, so an action costs one
small INSERT and one COMMIT.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    Connection,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Table,
    UniqueConstraint,
    insert,
    select,
)

from meetingdesk.programme.model import Base

UTC = dt.timezone.utc
EPOCH = dt.datetime(1970, 1, 1)

journal_event = Table(
    "journal_event",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("sitting_id", Integer, ForeignKey("sitting.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("seq", Integer, nullable=False),  # 1, 2, 3 ... within the sitting
    Column("kind", String(40), nullable=False),
    Column("payload", JSON, nullable=False),
    Column("at_utc", DateTime, nullable=False),  # naive UTC, microseconds
    UniqueConstraint("sitting_id", "seq"),
)


@dataclass(frozen=True, slots=True)
class Event:
    id: int
    seq: int
    kind: str
    payload: dict[str, Any]
    at: float  # seconds since the Unix epoch, UTC

    @property
    def at_utc(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self.at, UTC)


def to_epoch(when: dt.datetime) -> float:
    """Seconds since the epoch of an aware (or naive UTC) datetime."""
    if when.tzinfo is not None:
        when = when.astimezone(UTC).replace(tzinfo=None)
    return ((when - EPOCH) // dt.timedelta(microseconds=1)) / 1_000_000


def from_epoch(seconds: float) -> dt.datetime:
    """The naive UTC datetime stored in ``at_utc``."""
    return EPOCH + dt.timedelta(microseconds=round(seconds * 1_000_000))


def quantize(seconds: float) -> float:
    """Round to the microsecond, exactly as a value read back from ``at_utc`` is."""
    return round(seconds * 1_000_000) / 1_000_000


def read_events(conn: Connection, sitting_id: int) -> list[Event]:
    rows = conn.execute(
        select(
            journal_event.c.id,
            journal_event.c.seq,
            journal_event.c.kind,
            journal_event.c.payload,
            journal_event.c.at_utc,
        )
        .where(journal_event.c.sitting_id == sitting_id)
        .order_by(journal_event.c.seq)
    )
    micro = dt.timedelta(microseconds=1)
    return [Event(i, s, k, p, ((a - EPOCH) // micro) / 1_000_000) for i, s, k, p, a in rows]


def append_event(conn: Connection, sitting_id: int, seq: int, kind: str, payload: dict[str, Any], at: float) -> int:
    """Insert one event and commit it; returns its id. On failure nothing is written."""
    try:
        result = conn.execute(
            insert(journal_event),
            {"sitting_id": sitting_id, "seq": seq, "kind": kind, "payload": payload, "at_utc": from_epoch(at)},
        )
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
    return int(result.inserted_primary_key[0])
