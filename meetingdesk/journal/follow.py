"""Followers: every seat of a sitting (console, rapporteur, booths, displays, browsers) takes in what
is written to its journals, in any process, on any machine, within a fraction of a second.

A seat holds its own ``LiveSitting`` (opened with ``follow=True``, or a console that does not hold
the sitting) and, for the rapporteur, its own ``Record``. Each has ``catch_up()``: it reads the events
after the last seq it has and folds them with the same fold the writer used, never re-reading the
whole journal. A ``Watch`` (one per process and database, on the asyncio loop: qasync in the app,
aiohttp's in a web server) calls ``catch_up()`` when there may be something new:

- PostgreSQL: each append's trigger sends ``NOTIFY meetingdesk`` in the same transaction (delivered
  on commit only); the watch LISTENs on a dedicated autocommit connection (psycopg's async
  connection, driven by the loop), and polls slowly as well, since notifications are not durable
  (a connection lost and found again, a notification dropped);
- SQLite: an append in this process wakes this process's watches at once; other processes are
  noticed by a cheap poll of ``PRAGMA data_version``, which changes when another connection commits.

The watch also keeps the holder's lease alive (``heartbeat``), tells a console that its sitting was
taken over (``check_lease``), and says when the database cannot be reached and when it is back
(``Link``): catching up then reads what was missed, so nothing is lost or taken in twice.
"""

from __future__ import annotations

import asyncio
import logging
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from .changes import Change
from .errors import StorageError

log = logging.getLogger(__name__)

CHANNEL = "meetingdesk"
SQLITE_POLL = 0.01  # seconds between two looks at PRAGMA data_version (other processes on one file)
SERVER_POLL = 2.0  # seconds between two catch-ups without a notification (PostgreSQL's fallback)
HEARTBEAT = 5.0  # seconds between two signs of life of a console that holds a sitting
RECONNECT = (0.1, 0.2, 0.5, 1.0, 2.0)  # seconds before each new attempt to reach a lost server


class Followed(Protocol):
    """What a watch can keep up to date: a ``LiveSitting`` or a ``Record``."""

    sitting_id: int

    def catch_up(self) -> Change | None: ...


@dataclass(frozen=True)
class Link:
    """The connection to the database as the seats see it."""

    up: bool
    since: float  # epoch seconds of the last change
    reason: str | None = None  # why it is down, in plain words

    def words(self) -> str | None:
        """What a seat shows while the link is down (None while it is up)."""
        if self.up:
            return None
        return f"{self.reason} Reconnecting…" if self.reason else "The database cannot be reached. Reconnecting…"


_watches: weakref.WeakSet[Watch] = weakref.WeakSet()


def announce(url: Any, sitting_id: int) -> None:
    """A journal of ``sitting_id`` changed in this process (an append, a lease taken or given back):
    wake this process's watches of that database at once."""
    key = str(url)
    for watch in list(_watches):
        if watch.url == key:
            watch.wake(sitting_id)


class Watch:
    """Wakes the followers of one database. ``Watch(store)``, ``follow(target)``, then ``start()`` on
    the running loop (or ``await run()``); ``subscribe`` to hear of the link; ``close()`` ends it."""

    def __init__(self, store: Any, *, name: str = "MeetingDesk seat", poll: float | None = None,
                 heartbeat: float = HEARTBEAT):
        self.engine = store.engine
        self.url = str(self.engine.url)
        self.name = name
        self.server = self.engine.dialect.name == "postgresql"
        self.poll = poll if poll is not None else (SERVER_POLL if self.server else SQLITE_POLL)
        self.heartbeat = heartbeat
        self.link = Link(True, time.time())
        self._targets: list[Followed] = []
        self._listeners: list[Callable[[Link], None]] = []
        self._tasks: list[asyncio.Task] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        self._due: set[int | None] = set()
        self._closed = False
        _watches.add(self)

    # ------------------------------------------------------------------ what it follows

    def follow(self, target: Followed) -> None:
        if target not in self._targets:
            self._targets.append(target)

    def unfollow(self, target: Followed) -> None:
        if target in self._targets:
            self._targets.remove(target)

    def subscribe(self, listener: Callable[[Link], None]) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[Link], None]) -> None:
        self._listeners.remove(listener)

    # ------------------------------------------------------------------ running

    def start(self, loop: asyncio.AbstractEventLoop | None = None) -> None:
        """Start on ``loop`` (default: the running one): the app's qasync loop, a web server's loop."""
        self._loop = loop or asyncio.get_running_loop()
        self._tasks = [self._loop.create_task(self._poller(), name=f"{self.name}: poll")]
        if self.server:
            self._tasks.append(self._loop.create_task(self._listener(), name=f"{self.name}: listen"))

    async def run(self) -> None:
        """Follow until ``close()``."""
        self.start()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    def close(self) -> None:
        self._closed = True
        for task in self._tasks:
            task.cancel()
        self._tasks = []
        _watches.discard(self)

    def wake(self, sitting_id: int | None = None) -> None:
        """Catch up the followers of ``sitting_id`` (None: all) soon, on the watch's loop; from any thread."""
        loop = self._loop
        if loop is None or self._closed or loop.is_closed():
            return
        self._due.add(sitting_id)
        try:
            loop.call_soon_threadsafe(self._run_due)
        except RuntimeError:  # the loop is closing
            pass

    def _run_due(self) -> None:
        if self._closed:
            return
        due, self._due = self._due, set()
        if due:
            self.sweep(None if None in due else {s for s in due if s is not None})

    def sweep(self, sittings: set[int] | None = None) -> bool:
        """Catch up every follower (of ``sittings``), and read who holds their sittings; False when
        the database could not be reached (the link is then down)."""
        try:
            for target in list(self._targets):
                if sittings is None or target.sitting_id in sittings:
                    target.catch_up()
                    if hasattr(target, "check_lease"):
                        target.check_lease()
        except StorageError as e:
            self._set_link(False, e.reason)
            return False
        self._set_link(True)
        return True

    def _beat(self) -> None:
        try:
            for target in list(self._targets):
                if hasattr(target, "heartbeat"):
                    target.heartbeat()
        except StorageError as e:
            self._set_link(False, e.reason)

    def _set_link(self, up: bool, reason: str | None = None) -> None:
        if up == self.link.up and (up or reason == self.link.reason):
            return
        self.link = Link(up, time.time(), reason)
        log.info("%s: the database is %s", self.name, "back" if up else f"out of reach ({reason})")
        for listener in list(self._listeners):
            try:
                listener(self.link)
            except Exception:
                log.exception("link listener failed")

    # ------------------------------------------------------------------ the two ways of hearing of a change

    async def _poller(self) -> None:
        """SQLite: PRAGMA data_version every few milliseconds; PostgreSQL: a slow catch-up, the fallback."""
        version = None
        conn = None
        next_beat = time.monotonic() + self.heartbeat
        while not self._closed:
            if self.server:
                self.sweep()
            else:
                try:
                    if conn is None:
                        conn = self.engine.raw_connection()
                    cursor = conn.cursor()
                    now = cursor.execute("PRAGMA data_version").fetchone()[0]
                    cursor.close()
                    if now != version:
                        version = now
                        self.sweep()
                except Exception as e:  # the file went away, the disk is unreadable
                    self._set_link(False, f"The database cannot be read ({e}).")
                    conn = None
            if time.monotonic() >= next_beat:
                next_beat = time.monotonic() + self.heartbeat
                self._beat()
            # while the database is out of reach, look again soon: catching up is how the seats come back
            await asyncio.sleep(self.poll if self.link.up else min(self.poll, RECONNECT[-1]))
        if conn is not None:
            conn.close()

    async def _listener(self) -> None:
        """PostgreSQL: LISTEN on a dedicated autocommit connection; on losing it, reconnect and catch up."""
        import psycopg

        args, params = self.engine.dialect.create_connect_args(self.engine.url)
        params = {**params, "autocommit": True, "application_name": self.name}
        attempt = 0
        while not self._closed:
            try:
                conn = await psycopg.AsyncConnection.connect(*args, **params)
            except psycopg.Error as e:
                self._set_link(False, f"The database server cannot be reached ({_first_line(e)}).")
                await asyncio.sleep(RECONNECT[min(attempt, len(RECONNECT) - 1)])
                attempt += 1
                continue
            try:
                async with conn:
                    await conn.execute(f"LISTEN {CHANNEL}")
                    attempt = 0
                    while not self.sweep():  # what was written while nobody listened
                        await asyncio.sleep(RECONNECT[min(attempt, len(RECONNECT) - 1)])
                        attempt += 1
                    async for note in conn.notifies():
                        self._notified(note.payload)
            except psycopg.Error as e:
                if self._closed:
                    return
                self._set_link(False, f"The connection to the database server was lost ({_first_line(e)}).")
                await asyncio.sleep(RECONNECT[0])

    def _notified(self, payload: str) -> None:
        """"live 3 17", "record 3 5", "lease 3": catch up the followers of sitting 3."""
        parts = payload.split()
        if len(parts) < 2 or not parts[1].isdigit():
            return
        sitting = int(parts[1])
        try:
            for target in list(self._targets):
                if target.sitting_id != sitting:
                    continue
                if parts[0] == "lease":
                    if hasattr(target, "check_lease"):
                        target.check_lease()
                elif getattr(target, "journal", None) == parts[0] and _behind(target, parts):
                    target.catch_up()
        except StorageError as e:
            self._set_link(False, e.reason)
            return
        self._set_link(True)


def _behind(target: Any, parts: list[str]) -> bool:
    """The notification names an event the follower does not have yet."""
    return len(parts) < 3 or not parts[2].isdigit() or int(parts[2]) > target.last_seq


def _first_line(e: BaseException) -> str:
    return (str(e).strip().splitlines() or [type(e).__name__])[0]
