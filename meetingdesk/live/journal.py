"""The journal: every live action of a sitting, one row each, committed before the caller returns.

Rows are read and written with SQLAlchemy Core (no ORM object per event), on one
connection held open for the life of the live sitting, so an action costs one
small INSERT and one COMMIT.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    Connection,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Table,
    UniqueConstraint,
    bindparam,
    insert,
    select,
)
from sqlalchemy.exc import DBAPIError, IntegrityError

from meetingdesk.programme.model import Base
from meetingdesk.store.errors import SittingHeldElsewhere, storage_error

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
    Column("mono", Float, nullable=True),  # the writer's monotonic reading at ``at_utc`` (migration 0005)
    Column("boot", String(64), nullable=True),  # ... and the boot of the machine it was taken on
    Column("host", String(200), nullable=True),  # the machine and process that wrote the event
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


class JournalDamaged(ValueError):
    """An event of the journal cannot be read; ``str()`` names the sitting's event and what is wrong."""


def read_events(conn: Connection, sitting_id: int, unreadable: list[tuple[int, str]] | None = None) -> list[Event]:
    """Every event of the sitting in order. Lean on purpose (100,000 events in well under a second):
    plain SQL, the driver's raw values, and one decoded payload shared by identical payloads
    (the fold never mutates a payload).

    An event whose payload or time cannot be decoded is left out and noted in ``unreadable`` as
    (seq, why); without that list it raises ``JournalDamaged``.
    """
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
        try:
            if isinstance(p, str):  # SQLite gives the JSON text; PostgreSQL's driver decodes it already
                payload = decoded.get(p)
                if payload is None:
                    payload = decoded[p] = json.loads(p)
            else:
                payload = p
            if isinstance(a, str):
                a = dt.datetime.fromisoformat(a)
            at = ((a - EPOCH) // micro) / 1_000_000
        except (ValueError, TypeError) as e:
            why = f"its content is not valid JSON ({e})" if isinstance(e, json.JSONDecodeError) else f"its time is damaged ({e})"
            if unreadable is None:
                raise JournalDamaged(f"event {s} of sitting {sitting_id} cannot be read: {why}") from e
            unreadable.append((s, why))
            continue
        append(Event(i, s, k, payload, at))
    return events


@dataclass(frozen=True, slots=True)
class Reading:
    """The monotonic clock reading an event was written at, and the boot it belongs to."""

    mono: float
    boot: str | None


def last_reading(conn: Connection, sitting_id: int) -> Reading | None:
    """The clock reading of the sitting's last event (None: no event, or one written before readings were kept)."""
    row = conn.execute(
        select(journal_event.c.mono, journal_event.c.boot)
        .where(journal_event.c.sitting_id == sitting_id)
        .order_by(journal_event.c.seq.desc())
        .limit(1)
    ).first()
    if row is None or row.mono is None:
        return None
    return Reading(row.mono, row.boot)


def writer() -> str:
    """This machine and process, as recorded with each event: "lap-42 (process 4711)"."""
    return f"{socket.gethostname() or 'an unnamed machine'} (process {os.getpid()})"


def append_event(
    conn: Connection,
    sitting_id: int,
    seq: int,
    kind: str,
    payload: dict[str, Any],
    at: float,
    mono: float | None = None,
    boot: str | None = None,
) -> int:
    """Insert one event and commit it; returns its id. On failure nothing is written.

    A database failure raises ``StorageError`` in plain words; another console having
    written this sitting's next event first raises ``SittingHeldElsewhere``.
    """
    try:
        result = conn.execute(
            insert(journal_event),
            {"sitting_id": sitting_id, "seq": seq, "kind": kind, "payload": payload, "at_utc": from_epoch(at),
             "mono": mono, "boot": boot, "host": writer()},
        )
        conn.commit()
    except DBAPIError as e:
        _rollback(conn)
        if isinstance(e, IntegrityError):
            held = _held_elsewhere(conn, sitting_id, seq)
            if held is not None:
                raise held from e
        raise storage_error(e, conn.engine.url) from e
    except BaseException:
        _rollback(conn)
        raise
    return int(result.inserted_primary_key[0])


def _rollback(conn: Connection) -> None:
    try:
        conn.rollback()
    except DBAPIError:  # the connection itself is gone: there is nothing to roll back
        pass


def _held_elsewhere(conn: Connection, sitting_id: int, seq: int) -> SittingHeldElsewhere | None:
    """The error to raise when event ``seq`` of the sitting exists already: another console wrote it."""
    query = select(journal_event.c.host, journal_event.c.at_utc).where(
        journal_event.c.sitting_id == sitting_id, journal_event.c.seq == seq
    )
    try:
        row = conn.execute(query).first()
        conn.rollback()
    except DBAPIError:
        return None
    if row is None:
        return None
    holder = row.host or "another MeetingDesk console"
    return SittingHeldElsewhere(
        f"This sitting is held by another console, on {holder}, which recorded an action this console has "
        "not seen: nothing was saved here, and this console no longer follows the sitting. Carry on from "
        "the other console, or close it and open the sitting again here.",
        holder,
    )
