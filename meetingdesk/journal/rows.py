"""Append and read: the one place journal rows are written and read, for both journals.

Rows are read and written with SQLAlchemy Core (no ORM object per event) on a connection the
caller holds open for the life of the sitting, so an action costs one small INSERT and one
COMMIT. Reading takes the events *after* a given seq: opening reads from 0, a follower from
the last event it has.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, bindparam, func, insert, literal, select
from sqlalchemy.exc import DBAPIError, IntegrityError

from .errors import JournalDamaged, SittingHeldElsewhere, storage_error
from .events import EventData, Kinds
from .follow import announce
from .tables import journal_event, record_event, sitting_lease
from .timeline import EPOCH, UTC, Reading, from_epoch

LEASE_REFUSED = "meetingdesk: the sitting is held by another console"  # the lease trigger's message (0006)


@dataclass(frozen=True, slots=True)
class Event:
    """An event of the moderator's journal: its typed ``data``, where and when it stands."""

    id: int
    seq: int
    data: Any  # an EventData of the live journal, or Unreadable
    at: float  # seconds since the Unix epoch, UTC
    payload: Any  # as stored

    @property
    def kind(self) -> str:
        return self.data.kind

    @property
    def at_utc(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self.at, UTC)


@dataclass(frozen=True, slots=True)
class RecordEvent:
    """An event of the rapporteur's journal, stamped with the moment it was logged in."""

    id: int
    seq: int
    data: Any  # an EventData of the record journal, or Unreadable
    at: float
    payload: Any
    segment_id: int | None = None  # the segment running at the time
    speaker_entry_id: int | None = None  # the live entry at the floor at the time
    participant_key: str | None = None  # the programme participant the row is about
    author: str | None = None  # who logged it

    @property
    def kind(self) -> str:
        return self.data.kind


# --------------------------------------------------------------------------- reading

_LIVE_COLUMNS = ("id", "seq", "kind", "payload", "at_utc")
_READ_LIVE = (
    select(*(journal_event.c[name] for name in _LIVE_COLUMNS))
    .where(journal_event.c.sitting_id == bindparam("sitting_id"), journal_event.c.seq > bindparam("after"))
    .order_by(journal_event.c.seq)
)
_READ_LIVE_SQLITE = "SELECT id, seq, kind, payload, at_utc FROM journal_event WHERE sitting_id = ? AND seq > ? ORDER BY seq"


def _driver(conn: Connection) -> Any:
    """The DB-API connection under ``conn`` (sqlite3's, for the fast paths)."""
    driver = conn.connection.driver_connection
    if driver is None:
        raise RuntimeError("the database connection has been closed")
    return driver


def _rows(conn: Connection, query, sqlite_sql: str | None, sitting_id: int, after: int) -> Sequence[Any]:
    if sqlite_sql is not None and conn.dialect.name == "sqlite":  # the driver's cursor: a third of the time of a Result
        cursor = _driver(conn).cursor()
        try:
            return cursor.execute(sqlite_sql, (sitting_id, after)).fetchall()
        finally:
            cursor.close()
    return conn.execute(query, {"sitting_id": sitting_id, "after": after}).fetchall()


def read_live(
    conn: Connection,
    kinds: Kinds,
    sitting_id: int,
    after: int = 0,
    unreadable: list[tuple[int, str]] | None = None,
) -> list[Event]:
    """The sitting's live events after seq ``after``, in order. Lean on purpose (100,000 events in
    well under a second): plain SQL, the driver's raw values, and identical payloads decoded once
    into one shared event (events are frozen, and the fold never changes a payload).

    An event whose payload or time cannot be decoded is left out and noted in ``unreadable`` as
    (seq, why); without that list it raises ``JournalDamaged``. An event that decodes but does not
    make its kind (unknown kind, missing field) is read with ``Unreadable`` data for the fold to name.
    """
    decoded: dict[tuple[str, Any], tuple[Any, Any]] = {}
    micro = dt.timedelta(microseconds=1)
    events: list[Event] = []
    append = events.append
    parse = kinds.parse
    for i, s, k, p, a in _rows(conn, _READ_LIVE, _READ_LIVE_SQLITE, sitting_id, after):
        try:
            key = (k, p if isinstance(p, str) else json.dumps(p, sort_keys=True))
            hit = decoded.get(key)
            if hit is None:  # SQLite gives the JSON text; PostgreSQL's driver decodes it already
                payload = json.loads(p) if isinstance(p, str) else p
                hit = decoded[key] = (payload, parse(k, payload))
            if isinstance(a, str):
                a = dt.datetime.fromisoformat(a)
            at = ((a - EPOCH) // micro) / 1_000_000
        except (ValueError, TypeError) as e:
            why = f"its content is not valid JSON ({e})" if isinstance(e, json.JSONDecodeError) else f"its time is damaged ({e})"
            if unreadable is None:
                raise JournalDamaged(f"event {s} of sitting {sitting_id} cannot be read: {why}") from e
            unreadable.append((s, why))
            continue
        append(Event(i, s, hit[1], at, hit[0]))
    return events


_RECORD_COLUMNS = ("id", "seq", "kind", "payload", "at_utc", "segment_id", "speaker_entry_id", "participant_key", "author")
_READ_RECORD = (
    select(*(record_event.c[name] for name in _RECORD_COLUMNS))
    .where(record_event.c.sitting_id == bindparam("sitting_id"), record_event.c.seq > bindparam("after"))
    .order_by(record_event.c.seq)
)


def read_record(conn: Connection, kinds: Kinds, sitting_id: int, after: int = 0) -> list[RecordEvent]:
    """The sitting's record events after seq ``after``, in the order they were committed."""
    out = []
    for i, s, k, p, a, seg, entry, key, author in _rows(conn, _READ_RECORD, None, sitting_id, after):
        at = ((a - EPOCH) // dt.timedelta(microseconds=1)) / 1_000_000
        out.append(RecordEvent(i, s, kinds.parse(k, p), at, p, seg, entry, key, author))
    return out


def last_seq(conn: Connection, table, sitting_id: int) -> int:
    """The sitting's last seq in ``table`` (0: none): what a follower compares with what it has."""
    return int(conn.execute(select(func.coalesce(func.max(table.c.seq), 0)).where(table.c.sitting_id == sitting_id)).scalar_one())


def last_reading(conn: Connection, sitting_id: int) -> Reading | None:
    """The clock reading of the sitting's last live event (None: no event, or one written before readings were kept)."""
    row = conn.execute(
        select(journal_event.c.mono, journal_event.c.boot)
        .where(journal_event.c.sitting_id == sitting_id)
        .order_by(journal_event.c.seq.desc())
        .limit(1)
    ).first()
    if row is None or row.mono is None:
        return None
    return Reading(row.mono, row.boot)


# --------------------------------------------------------------------------- writing


_writer: tuple[int, str] | None = None


def writer() -> str:
    """This machine and process, as recorded with each event: "lap-42 (process 4711)"."""
    global _writer
    pid = os.getpid()
    if _writer is None or _writer[0] != pid:  # asked at every event: once per process (a fork is another)
        _writer = (pid, f"{socket.gethostname() or 'an unnamed machine'} (process {pid})")
    return _writer[1]


BEHIND = "this screen may be behind"


@contextmanager
def reading(conn: Connection, consequence: str = BEHIND) -> Iterator[None]:
    """Statements that read (or beat a lease) and commit; a database that cannot be reached raises
    ``StorageError`` saying ``consequence``, and the connection reconnects on its next use."""
    try:
        yield
        conn.commit()
    except DBAPIError as e:
        rollback(conn)
        raise storage_error(e, conn.engine.url, consequence) from e


def rollback(conn: Connection) -> None:
    try:
        conn.rollback()
    except DBAPIError:  # the connection itself is gone: there is nothing to roll back
        pass


_INSERT_LIVE = insert(journal_event).returning(journal_event.c.id)
_INSERT_LIVE_SQLITE = (
    "INSERT INTO journal_event (sitting_id, seq, kind, payload, at_utc, mono, boot, host, lease)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def append_live(
    conn: Connection,
    sitting_id: int,
    seq: int,
    data: EventData,
    at: float,
    mono: float | None,
    boot: str | None,
    lease: str | None,
) -> tuple[int, Any]:
    """Insert one live event under the lease ``lease`` and commit it; returns its id and the stored payload.

    On failure nothing is written: a database failure raises ``StorageError`` in plain words; the
    lease held by another console (or another console having written event ``seq`` first) raises
    ``SittingHeldElsewhere`` naming it.
    """
    payload = data.to_payload()
    try:
        if conn.dialect.name == "sqlite":
            event_id = _insert_sqlite(conn, (sitting_id, seq, data.kind, json.dumps(payload),
                                             from_epoch(at).strftime("%Y-%m-%d %H:%M:%S.%f"), mono, boot, writer(), lease))
        else:
            result = conn.execute(
                _INSERT_LIVE,
                {"sitting_id": sitting_id, "seq": seq, "kind": data.kind, "payload": payload, "at_utc": from_epoch(at),
                 "mono": mono, "boot": boot, "host": writer(), "lease": lease},
            )
            event_id = result.scalar_one()
            conn.commit()
        announce(conn.engine.url, sitting_id)
    except DBAPIError as e:
        rollback(conn)
        held = _held_elsewhere(conn, sitting_id, seq, e)
        if held is not None:
            raise held from e
        raise storage_error(e, conn.engine.url) from e
    except BaseException:
        rollback(conn)
        raise
    return int(event_id), payload


def _insert_sqlite(conn: Connection, values: tuple[Any, ...]) -> int:
    """The live INSERT and its COMMIT on the driver's own connection: an acknowledged action then costs
    little more than the disk's fsync (SQLAlchemy's statement machinery is most of the rest). The
    driver's errors are raised as SQLAlchemy's, as for every other statement."""
    import sqlite3

    if conn.in_transaction():  # a read left open: close it first, as SQLAlchemy would
        conn.commit()
    driver = _driver(conn)
    try:
        cursor = driver.cursor()
        try:
            cursor.execute(_INSERT_LIVE_SQLITE, values)
            event_id = cursor.lastrowid
        finally:
            cursor.close()
        driver.commit()
    except sqlite3.Error as e:
        driver.rollback()
        raise DBAPIError.instance(_INSERT_LIVE_SQLITE, values, e, sqlite3.Error, dialect=conn.dialect) from e
    return int(event_id)


def _held_elsewhere(conn: Connection, sitting_id: int, seq: int, e: DBAPIError) -> SittingHeldElsewhere | None:
    """The error to raise when the lease refused the event, or event ``seq`` exists already: another console holds it."""
    if not isinstance(e, IntegrityError):
        return None
    try:
        lease = conn.execute(
            select(sitting_lease.c.machine, sitting_lease.c.process).where(sitting_lease.c.sitting_id == sitting_id)
        ).first()
        row = conn.execute(
            select(journal_event.c.host).where(journal_event.c.sitting_id == sitting_id, journal_event.c.seq == seq)
        ).first()
        conn.rollback()
    except DBAPIError:
        return None
    if LEASE_REFUSED not in str(e) and row is None:
        return None
    if lease is not None:
        holder = f"{lease.machine} (process {lease.process})"
    else:
        holder = (row.host if row is not None else None) or "another MeetingDesk console"
    return held_elsewhere(holder)


def held_elsewhere(holder: str) -> SittingHeldElsewhere:
    return SittingHeldElsewhere(
        f"This sitting is held by another console, on {holder}: nothing was saved here. This console follows "
        "the sitting; take it over to act from here.",
        holder,
    )


def append_record(conn: Connection, sitting_id: int, data: EventData, at: float, **stamp: Any) -> tuple[int, int]:
    """Insert one record event with the next seq of the sitting and commit it; returns its id and seq.

    Several machines write the record: the seq is taken in the INSERT itself, and if another
    machine's INSERT took the same one first the unique (sitting, seq) refuses this one, which
    tries again with the next. A database failure raises ``StorageError``; nothing is written.
    """
    values = {"sitting_id": sitting_id, "kind": data.kind, "payload": data.to_payload(), "at_utc": from_epoch(at),
              "segment_id": None, "speaker_entry_id": None, "participant_key": None, "author": None, **stamp}
    names = list(values)
    nxt = (
        select(func.coalesce(func.max(record_event.c.seq), 0) + 1)
        .where(record_event.c.sitting_id == sitting_id)
        .scalar_subquery()
    )
    columns = [literal(values[n], type_=record_event.c[n].type) for n in names]
    statement = (
        insert(record_event)
        .from_select([*names, "seq"], select(*columns, nxt))
        .returning(record_event.c.id, record_event.c.seq)
    )
    for attempt in range(20):
        try:
            row = conn.execute(statement).one()
            conn.commit()
            announce(conn.engine.url, sitting_id)
            return int(row[0]), int(row[1])
        except IntegrityError as e:
            rollback(conn)
            if attempt == 19:
                raise storage_error(e, conn.engine.url) from e
        except DBAPIError as e:
            rollback(conn)
            raise storage_error(e, conn.engine.url) from e
        except BaseException:
            rollback(conn)
            raise
    raise AssertionError("unreachable")
