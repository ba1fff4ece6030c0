"""The journal: every live action of a sitting, one row each, committed before the caller returns.

Rows are read and written with SQLAlchemy Core (no ORM object per event), on one
connection held open for the life of the live sitting, so an action costs one
small INSERT and one COMMIT.
"""

from __future__ import annotations

import datetime as dt
import json
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
    bindparam,
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


# every other database: a Core select, so each dialect quotes, binds and converts the columns its own way
_READ = (
    select(*(journal_event.c[name] for name in ("id", "seq", "kind", "payload", "at_utc")))
    .where(journal_event.c.sitting_id == bindparam("sitting_id"))
    .order_by(journal_event.c.seq)
)
_READ_SQLITE = "SELECT id, seq, kind, payload, at_utc FROM journal_event WHERE sitting_id = ? ORDER BY seq"


def read_events(conn: Connection, sitting_id: int) -> list[Event]:
    """Every event of the sitting in order. Lean on purpose (100,000 events in well under a second):
    plain SQL, the driver's raw values, and one decoded payload shared by identical payloads
    (the fold never mutates a payload)."""
    decoded: dict[str, Any] = {}
    micro = dt.timedelta(microseconds=1)
    events = []
    append = events.append
    if conn.dialect.name == "sqlite":  # the driver's cursor directly: a third of the time of a Result
        cursor = conn.connection.driver_connection.cursor()
        try:
            rows = cursor.execute(_READ_SQLITE, (sitting_id,)).fetchall()
        finally:
            cursor.close()
    else:
        rows = conn.execute(_READ, {"sitting_id": sitting_id}).fetchall()
    for i, s, k, p, a in rows:
        if isinstance(p, str):  # SQLite gives the JSON text; PostgreSQL's driver decodes it already
            payload = decoded.get(p)
            if payload is None:
                payload = decoded[p] = json.loads(p)
        else:
            payload = p
        if isinstance(a, str):
            a = dt.datetime.fromisoformat(a)
        append(Event(i, s, k, payload, ((a - EPOCH) // micro) / 1_000_000))
    return events


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
