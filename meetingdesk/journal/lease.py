"""Who may write a sitting's live journal: the holder of its lease, one console at a time.

The lease is a row of ``sitting_lease``: the machine, process and user that hold the sitting,
since when, their last heartbeat, and a token new at every take. Every live event carries the
token it was written under, and a trigger (migration 0006) refuses an event whose token is not
the lease's current one: two consoles can never both write a sitting, whatever either believes.

A console that opens a held sitting follows it; ``take`` with ``force`` is the explicit
take-over, after which the former holder's next event is refused and it follows in turn. A
lease whose holder is gone (a process that no longer runs on this machine, or a machine that
has restarted since) is taken without asking.
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
import socket
import uuid
from dataclasses import dataclass

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from .follow import announce
from .tables import sitting_lease
from .timeline import EPOCH, boot_id, from_epoch


@dataclass(frozen=True, slots=True)
class Holder:
    """A console that may hold a lease: this machine, process and user."""

    machine: str
    process: int
    boot: str | None
    user: str

    @classmethod
    def here(cls) -> Holder:
        try:
            user = getpass.getuser()
        except Exception:  # no login name (a service, a container)
            user = "unknown"
        return cls(socket.gethostname() or "an unnamed machine", os.getpid(), boot_id(), user)


@dataclass(frozen=True, slots=True)
class Lease:
    """A sitting's lease as read from the database."""

    sitting_id: int
    token: str
    machine: str
    process: int
    boot: str | None
    user: str
    since: float  # epoch seconds, UTC
    heartbeat: float

    @property
    def holder(self) -> str:
        """The machine and process, as events name their writer: "lap-42 (process 4711)"."""
        return f"{self.machine} (process {self.process})"

    def gone(self, here: Holder) -> bool:
        """The holder no longer runs: a process that ended on this machine, or a machine restarted since."""
        if self.machine != here.machine:
            return False
        if self.boot is not None and here.boot is not None and self.boot != here.boot:
            return True
        if self.process == here.process:
            return False
        try:
            os.kill(self.process, 0)
        except ProcessLookupError:
            return True
        except PermissionError:  # runs, as another user
            return False
        return False


def _epoch(value: dt.datetime | str) -> float:
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return ((value - EPOCH) // dt.timedelta(microseconds=1)) / 1_000_000


def read(conn: Connection, sitting_id: int) -> Lease | None:
    row = conn.execute(select(sitting_lease).where(sitting_lease.c.sitting_id == sitting_id)).first()
    if row is None:
        return None
    return Lease(row.sitting_id, row.token, row.machine, row.process, row.boot, row.user, _epoch(row.since),
                 _epoch(row.heartbeat))


def take(conn: Connection, sitting_id: int, here: Holder, now: float, *, force: bool = False) -> tuple[Lease | None, Lease | None]:
    """Take the sitting's lease if it is free, its holder gone, or ``force`` (an explicit take-over).

    Returns (the lease taken or None, the lease as it stands): when another console holds it
    and ``force`` is false, nothing changes and the second is that console's lease. Commits.
    """
    for _ in range(5):
        current = read(conn, sitting_id)
        if current is not None and not force and not current.gone(here):
            conn.commit()
            return None, current
        mine = Lease(sitting_id, str(uuid.uuid4()), here.machine, here.process, here.boot, here.user, now, now)
        values = {"token": mine.token, "machine": mine.machine, "process": mine.process, "boot": mine.boot,
                  "user": mine.user, "since": from_epoch(now), "heartbeat": from_epoch(now)}
        try:
            if current is None:
                conn.execute(insert(sitting_lease).values(sitting_id=sitting_id, **values))
                done = True
            else:  # compare and swap: only over the lease just read
                done = conn.execute(
                    update(sitting_lease)
                    .where(sitting_lease.c.sitting_id == sitting_id, sitting_lease.c.token == current.token)
                    .values(**values)
                ).rowcount == 1
            conn.commit()
        except IntegrityError:  # another console inserted it first: look again
            conn.rollback()
            continue
        if done:
            announce(conn.engine.url, sitting_id)
            return mine, mine
    current = read(conn, sitting_id)
    conn.commit()
    return None, current


def beat(conn: Connection, lease: Lease, now: float) -> bool:
    """The holder is alive: refresh the heartbeat. False when the lease is no longer this one's. Commits."""
    done = conn.execute(
        update(sitting_lease)
        .where(sitting_lease.c.sitting_id == lease.sitting_id, sitting_lease.c.token == lease.token)
        .values(heartbeat=from_epoch(now))
    ).rowcount == 1
    conn.commit()
    return done


def release(conn: Connection, lease: Lease) -> None:
    """Give the sitting back (the console closes): the next console to open it takes it. Commits."""
    conn.execute(
        delete(sitting_lease).where(sitting_lease.c.sitting_id == lease.sitting_id, sitting_lease.c.token == lease.token)
    )
    conn.commit()
    announce(conn.engine.url, lease.sitting_id)
