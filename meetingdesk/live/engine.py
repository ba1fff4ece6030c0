"""The live sitting: commands in, one committed journal event each, a fresh view out.

One path for every change: a command validates against the current state,
appends ONE journal event and commits it, folds the event into the state (the
same ``apply`` replay uses) and tells listeners what changed. A refused command
raises ``CommandRefused`` with a plain reason and writes nothing; a database that
cannot save it raises ``meetingdesk.store.StorageError`` and nothing is written.

Time: events carry UTC time, with the monotonic reading and the boot they were
taken on. While live, "now" is the sitting's time at open plus the monotonic time
elapsed since, so a wall-clock correction mid-sitting cannot distort a speaker's
time; reopened on the same boot, the time since the last event is measured on the
monotonic clock too; after a restart of the machine the wall clock puts every
clock back where it truly is.
"""

from __future__ import annotations

import functools
import gc
import logging
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from meetingdesk.i18n import Message
from meetingdesk.journal import lease as leases
from meetingdesk.journal.changes import Change, Touched
from meetingdesk.journal.errors import NOT_OPENED, CommandRefused, SittingHeldElsewhere, storage_error
from meetingdesk.journal.events import EventData, Unreadable
from meetingdesk.journal.lease import Holder, Lease
from meetingdesk.journal.rows import append_live, held_elsewhere, reading, rollback
from meetingdesk.programme.enums import Level, StakeholderGroup
from meetingdesk.programme.languages import LanguageName, code_problem, normalise, same_language
from meetingdesk.programme.model import Participant, text_limit
from meetingdesk.programme.text import choice_problem, text_problem

from . import journal as ev
from . import queue as q
from .actions import action_view, content
from .clock import Clock
from .day import DayDecision, decide
from .journal import Event, Reading, last_reading, quantize, read_events, to_epoch
from .settings import LiveSettings
from .snapshot import Snapshot, load_snapshot
from .state import (
    CLOSED,
    DONE,
    DROPPED,
    HEARD,
    NOT_HEARD,
    PLANNED,
    QUEUED,
    RUNNING,
    SKIPPED,
    SPEAKING,
    WITHDRAWN,
    Entry,
    State,
    Turn,
    apply,
    fold,
)
from .view import LiveView, build
from .words import duration_words

log = logging.getLogger(__name__)

MAX_MESSAGE = 300
CLOCK_TOLERANCE = 5.0  # seconds the wall clock may differ from the journal's timeline without a warning


def _quoted(title: str) -> str:
    return f"\u201c{title}\u201d"


NAME_LIMIT = text_limit(Participant.__table__.c.name)  # the programme's limits: what the database holds
DELEGATION_LIMIT = text_limit(Participant.__table__.c.delegation)


def _who(name: str | None, delegation: str | None, group: str | None, level: str | None) -> tuple[str | None, str | None]:
    """A floor request's name and delegation, spaces tidied, checked as a programme file's would be."""
    name = " ".join(str(name).split()) if name is not None else None
    delegation = " ".join(str(delegation).split()) or None if delegation is not None else None
    why = (
        (name is not None and text_problem("a name", name, NAME_LIMIT))
        or (delegation is not None and text_problem("a delegation", delegation, DELEGATION_LIMIT))
        or (group is not None and choice_problem("a stakeholder group", group, StakeholderGroup.values()))
        or (level is not None and choice_problem("a level of representation", level, Level.values()))
    )
    if why:
        raise CommandRefused(why)
    return name, delegation


def _command(method: Callable[..., Change]) -> Callable[..., Change]:
    """A command: refused on a sitting opened read-only, and on a console that follows a sitting
    another console holds (``SittingHeldElsewhere``), before anything else is looked at."""

    @functools.wraps(method)
    def checked(self: LiveSitting, *args: Any, **kwargs: Any) -> Change:
        if self.read_only:
            raise CommandRefused("this sitting is open read-only, because its journal is damaged: {value}", value=self.damage[0])
        if self._mine is None:
            raise held_elsewhere(self.lease.holder if self.lease is not None else "no console (nobody holds it)")
        return method(self, *args, **kwargs)

    return checked


class LiveSitting:
    """A sitting being run live. Open with ``LiveSitting.open(store, sitting_id, clock)``."""

    journal = "live"  # which journal a ``Watch`` catches it up on

    def __init__(
        self,
        conn: Connection,
        snap: Snapshot,
        clock: Clock,
        settings: LiveSettings,
        events: list[Event],
        last_reading: Reading | None = None,
        unreadable: Sequence[tuple[int, str]] = (),
        lease: Lease | None = None,
        mine: Lease | None = None,
    ):
        self._conn = conn
        self.sitting_id = snap.sitting_id
        self.lease = lease  # the sitting's lease as last read: who holds it (None: nobody)
        self._mine = mine  # the lease this console holds, if it holds the sitting
        self.snapshot = snap
        self.clock = clock
        self.settings = settings
        self._events = events
        self._listeners: list[Callable[[Change], None]] = []
        self._unreadable = list(unreadable)
        self._refold()
        self._seq = events[-1].seq if events else 0
        self._boot = clock.boot()
        self._mono0 = clock.monotonic()
        self._utc0, self.clock_warning = self._resume(to_epoch(clock.utc()), last_reading)

    def _refold(self) -> None:
        """The state from the events in hand. A journal with events that cannot be read or folded opens
        with what can be, read-only: nothing may be added to a history this engine does not fully understand."""
        damaged: list[tuple[Event, str]] = []
        self._state: State = fold(self.snapshot, self._events, damaged)
        problems = sorted([*self._unreadable, *((e.seq, why) for e, why in damaged)])
        snap = self.snapshot
        title = _quoted(snap.sitting_title or snap.meeting_title)
        self.damage: tuple[str, ...] = tuple(
            f"Event {seq} of sitting {snap.sitting_id} ({title}) cannot be read: {why}." for seq, why in problems
        )
        self.read_only = bool(self.damage)
        self._action = self._describe()

    def _resume(self, wall: float, last: Reading | None) -> tuple[float, str | None]:
        """Where the journal's timeline stands now, and a warning when the wall clock disagrees.

        On the boot the last event was written on, the time elapsed since is measured on the
        monotonic clock, whatever the wall clock did meanwhile (an NTP correction, a clock set
        right). After a restart only the wall clock is left; if it reads earlier than the last
        event (it was set back), time resumes from the last event.
        """
        if not self._events:
            return wall, None
        at = self._events[-1].at
        if last is not None and last.boot is not None and last.boot == self._boot and last.mono <= self._mono0:
            now = at + (self._mono0 - last.mono)
            jump = wall - now
            if abs(jump) <= CLOCK_TOLERANCE:
                return now, None
            way = "forward" if jump > 0 else "back"
            return now, (
                f"The computer's clock moved {duration_words(jump)} {way} since the last action; "
                "the clocks resume from the time measured on this machine."
            )
        if wall < at - CLOCK_TOLERANCE:
            return at, (
                f"The computer's clock reads {duration_words(at - wall)} earlier than the last action recorded; "
                "the clocks resume from the time of that action."
            )
        return max(wall, at), None

    # ------------------------------------------------------------------ opening

    @classmethod
    def open(
        cls, store, sitting_id: int, clock: Clock, settings: LiveSettings | None = None, *, follow: bool = False
    ) -> LiveSitting:
        """Load the programme and replay the journal: the clocks resume from their true start.

        A console takes the sitting's lease when nobody else holds it (``holds``); when another
        console does, it opens as a follower of that console (``lease`` says who) and may
        ``take_over``. ``follow=True`` never takes the lease (a display, a booth, a rapporteur).
        A database that cannot be read raises ``StorageError`` in plain words.
        """
        try:
            with store.session() as session:
                snap = load_snapshot(session, sitting_id)
            conn = store.engine.connect()
        except DBAPIError as e:
            raise storage_error(e, store.engine.url, NOT_OPENED) from e
        collecting = gc.isenabled()
        gc.disable()  # replay allocates many small objects and frees none: no cyclic garbage to look for
        try:
            unreadable: list[tuple[int, str]] = []
            events = read_events(conn, sitting_id, unreadable)
            last = last_reading(conn, sitting_id)
            conn.commit()
            if follow or unreadable:
                mine, current = None, leases.read(conn, sitting_id)
                conn.commit()
            else:
                mine, current = leases.take(conn, sitting_id, Holder.here(), to_epoch(clock.utc()))
            live = cls(conn, snap, clock, settings or LiveSettings(), events, last, unreadable, current, mine)
            if live.read_only and mine is not None:  # a journal this version cannot fully read is not written
                leases.release(conn, mine)
                live._mine = None
                live.lease = None
            return live
        except DBAPIError as e:
            conn.close()
            raise storage_error(e, store.engine.url, NOT_OPENED) from e
        except BaseException:
            conn.close()
            raise
        finally:
            if collecting:
                gc.enable()

    def close(self) -> None:
        """Give the sitting back if this console holds it, and release the database connection
        (everything is already committed)."""
        if self._mine is not None:
            try:
                leases.release(self._conn, self._mine)
            except DBAPIError:  # unreachable: the lease stays until its holder is found gone or taken over
                log.warning("could not give back sitting %s", self.sitting_id)
            self._mine = None
        self._conn.close()

    def __enter__(self) -> LiveSitting:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ reading

    def now(self, mono: float | None = None) -> float:
        """Seconds since the epoch (UTC) on the sitting's timeline, to the microsecond
        (at the monotonic reading ``mono``, default: the clock's now). Never before the last event:
        a follower whose clock runs a little behind the holder's shows no negative time."""
        if mono is None:
            mono = self.clock.monotonic()
        now = quantize(self._utc0 + (mono - self._mono0))
        return max(now, self._events[-1].at) if self._events else now

    def view(self, at: float | None = None) -> LiveView:
        """Everything a screen shows, computed at the clock's now (or at ``at``, epoch seconds). No database access."""
        return build(self._state, self.snapshot, self.settings, self.now() if at is None else at, self._action)

    @property
    def holds(self) -> bool:
        """This console holds the sitting: its commands write the journal (otherwise it follows)."""
        return self._mine is not None

    @property
    def last_seq(self) -> int:
        return self._seq

    def events(self) -> tuple[Event, ...]:
        """The journal of this sitting so far, undone events and undo events included."""
        return tuple(self._events)

    def subscribe(self, listener: Callable[[Change], None]) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[Change], None]) -> None:
        self._listeners.remove(listener)

    # ------------------------------------------------------------------ the one path

    def _commit(self, data: EventData) -> Change:
        mono = self.clock.monotonic()
        at = self.now(mono)
        seq = self._seq + 1
        mine = self._mine
        assert mine is not None  # _command checked
        try:
            event_id, payload = append_live(self._conn, self.sitting_id, seq, data, at, mono, self._boot, mine.token)
        except SittingHeldElsewhere:
            self._lost()
            raise
        event = Event(event_id, seq, data, at, payload)
        new_entry = self._state.next_entry if isinstance(content(event), ev.FloorRequested) else None
        self._take_in([event])
        change = Change(type(data).touches | Touched.JOURNAL, event_id, new_entry)
        self._tell(change)
        return change

    def _take_in(self, events: list[Event]) -> None:
        """Fold events just written (here, or by the holder this console follows)."""
        self._events.extend(events)
        self._seq = events[-1].seq
        if self.read_only or any(isinstance(e.data, (ev.Undone, Unreadable)) for e in events):
            self._refold()
            return
        try:
            for e in events:
                apply(self._state, e, self.snapshot)
        except (KeyError, IndexError, TypeError, ValueError, AttributeError):
            self._refold()  # names the event that does not fit, read-only from now on
            return
        self._action = self._describe()

    def _tell(self, change: Change) -> None:
        for listener in list(self._listeners):
            try:
                listener(change)
            except Exception:  # a broken screen must not make a committed action look failed
                log.exception("live listener failed on %s", change)

    # ------------------------------------------------------------------ following

    def catch_up(self) -> Change | None:
        """Take in the events written since the last one this console has (by the console that holds
        the sitting), through the same fold, and tell the listeners; None when there was nothing new.

        Reads only the events after the last seq in hand. A database that cannot be reached raises
        ``StorageError`` (nothing changes; the next call reconnects and reads what was missed).
        """
        with reading(self._conn):
            new = read_events(self._conn, self.sitting_id, self._unreadable, after=self._seq)
        if not new:
            return None
        touched = Touched.JOURNAL
        for e in new:
            touched |= getattr(type(e.data), "touches", Touched(0))
        self._take_in(new)
        change = Change(touched, new[-1].id)
        self._tell(change)
        return change

    def check_lease(self) -> Change | None:
        """Read who holds the sitting now; tell the listeners (``Touched.LEASE``) when it changed
        hands. A console that held it and lost it (taken over) follows from now on."""
        with reading(self._conn):
            current = leases.read(self._conn, self.sitting_id)
        before = self.lease
        self.lease = current
        if self._mine is not None and (current is None or current.token != self._mine.token):
            self._mine = None
        if (before and before.token) != (current and current.token):
            change = Change(Touched.LEASE)
            self._tell(change)
            return change
        return None

    def heartbeat(self) -> Change | None:
        """The holder's sign of life (every few seconds, from the app's loop): the lease's last
        heartbeat moves on. A console that finds it no longer holds the sitting follows."""
        if self._mine is None:
            return None
        with reading(self._conn):
            kept = leases.beat(self._conn, self._mine, to_epoch(self.clock.utc()))
        if kept:
            return None
        return self._lost()

    def _lost(self) -> Change:
        """Another console took the sitting over: follow it."""
        self._mine = None
        try:
            self.lease = leases.read(self._conn, self.sitting_id)
            self._conn.commit()
        except DBAPIError:
            rollback(self._conn)
        change = Change(Touched.LEASE)
        self._tell(change)
        return change

    def take_over(self) -> Change:
        """Take the sitting over from the console that holds it (an explicit choice of the moderator):
        the events written so far are taken in, this console's clocks resume from them, and the
        former holder follows from its next action on. Raises ``StorageError`` when the database
        cannot be reached, ``CommandRefused`` when this console holds it already or cannot write it."""
        if self.read_only:
            raise CommandRefused("this sitting is open read-only, because its journal is damaged: {value}", value=self.damage[0])
        if self._mine is not None:
            raise CommandRefused("this console holds the sitting already")
        with reading(self._conn, "the sitting was not taken over"):
            mine, current = leases.take(self._conn, self.sitting_id, Holder.here(), to_epoch(self.clock.utc()), force=True)
            last = last_reading(self._conn, self.sitting_id)
        self.catch_up()
        self._mine, self.lease = mine, current
        self._boot = self.clock.boot()
        self._mono0 = self.clock.monotonic()
        self._utc0, self.clock_warning = self._resume(to_epoch(self.clock.utc()), last)
        change = Change(Touched.LEASE)
        self._tell(change)
        return change

    def _event(self, event_id: int) -> Event:
        """An event of this sitting by id (searched from the end: undo and redo look at recent ones)."""
        for event in reversed(self._events):
            if event.id == event_id:
                return event
        raise LookupError(f"event {event_id} is not in the journal of sitting {self.snapshot.sitting_id}")

    def _describe(self):
        return action_view(self._state, self.snapshot, self._event)

    # ------------------------------------------------------------------ checks

    def _title(self, segment_id: int) -> str:
        return _quoted(self.snapshot.planned(segment_id).title)

    def _require_open(self) -> State:
        s = self._state
        if s.status == PLANNED:
            raise CommandRefused("the sitting has not been opened yet")
        if s.status == CLOSED:
            raise CommandRefused("the sitting is closed")
        return s

    def _require_segment(self) -> int:
        s = self._require_open()
        if s.current is None:
            done = [sid for sid in s.order if s.segs[sid].status == DONE]
            if done:
                last = max(done, key=lambda sid: s.segs[sid].actual_end or 0.0)
                raise CommandRefused("no segment is running ({segment} has already ended)", segment=self._title(last))
            raise CommandRefused("no segment is running")
        return s.current

    def _require_speaker(self) -> Entry:
        return self._require_turn()[0]

    def _require_turn(self) -> tuple[Entry, Turn]:
        s = self._require_open()
        if s.turn is None:
            raise CommandRefused("nobody is speaking")
        return s.entries[s.turn.entry_id], s.turn

    def _segment(self, segment_id: int) -> int:
        if self.snapshot.segment(segment_id) is None:
            raise CommandRefused("there is no segment {segment_id} in this sitting", segment_id=segment_id)
        return segment_id

    def _entry(self, entry_id: int) -> Entry:
        entry = self._state.entries.get(entry_id)
        if entry is None:
            raise CommandRefused("there is no entry {entry_id} on any list of speakers", entry_id=entry_id)
        return entry

    def _refuse_unavailable(self, entry: Entry) -> None:
        """Refuse an entry that cannot be called, moved or withdrawn any more."""
        name = entry.name
        if entry.status == WITHDRAWN:
            raise CommandRefused("{name} has withdrawn", name=name)
        if entry.status == HEARD:
            raise CommandRefused("{name} has already spoken", name=name)
        if entry.status == NOT_HEARD:
            raise CommandRefused("{name} was not heard: {segment} is over", name=name, segment=self._title(entry.segment_id))

    def _queue_segment(self) -> int | None:
        s = self._state
        if s.current is not None:
            return s.current
        return next((sid for sid in s.order if s.segs[sid].status == PLANNED), None)

    # ------------------------------------------------------------------ sitting

    def day(self) -> DayDecision:
        """Rehearsal or the real day, for the console to say before anything starts.

        Before opening: the decision ``open_sitting()`` would take now ("ask": the moderator
        chooses). Once opened: how it was opened.
        """
        s = self._state
        if s.status == PLANNED:
            return decide(self.snapshot, self.now())
        if s.rehearsal:
            return DayDecision("rehearsal", "This sitting runs as a rehearsal, on its plan moved to start when it was opened.")
        return DayDecision("programmed", "This sitting runs on its programmed times.")

    @_command
    def open_sitting(self, rehearsal: bool | None = None) -> Change:
        """Open the sitting. A rehearsal moves the whole plan to start now.

        ``rehearsal=None`` follows ``day()``: a sitting opened far from its programmed times
        (another day: a rehearsal, a try-out of a sample, a sitting postponed) runs on a plan
        moved to start at the moment it is opened, so its clocks say something useful; "ask"
        keeps the programmed times.
        """
        s = self._state
        if s.status == CLOSED:
            raise CommandRefused("the sitting is closed")
        if s.status != PLANNED:
            raise CommandRefused("the sitting is already open")
        now = self.now()
        if rehearsal is None:
            rehearsal = decide(self.snapshot, now).mode == "rehearsal"
        return self._commit(ev.SittingOpened(round(now - self.snapshot.start, 6)) if rehearsal else ev.SittingOpened())

    @_command
    def close_sitting(self) -> Change:
        self._require_open()
        return self._commit(ev.SittingClosed())

    # ------------------------------------------------------------------ segments

    @_command
    def start_segment(self, segment_id: int | None = None) -> Change:
        """Start a segment (None = the next planned one); a running segment ends first."""
        s = self._require_open()
        if segment_id is None:
            segment_id = next((sid for sid in s.order if s.segs[sid].status == PLANNED), None)
            if segment_id is None:
                raise CommandRefused("there is no segment left to start")
        self._segment(segment_id)
        status = s.segs[segment_id].status
        if status == RUNNING:
            raise CommandRefused("{segment} is already running", segment=self._title(segment_id))
        if status == DONE:
            raise CommandRefused("{segment} has already ended", segment=self._title(segment_id))
        if status == SKIPPED:
            raise CommandRefused("{segment} was skipped (undo the skip to hold it)", segment=self._title(segment_id))
        planned = self.snapshot.planned(segment_id)
        pending = [s.entries[i] for i in s.queues[segment_id]]
        seed = q.seed(planned, self.snapshot, self.settings, pending)
        return self._commit(ev.SegmentStarted(segment_id, tuple(seed)))

    @_command
    def end_segment(self) -> Change:
        sid = self._require_segment()
        return self._commit(ev.SegmentEnded(sid))

    @_command
    def skip_segment(self, segment_id: int) -> Change:
        s = self._require_open()
        self._segment(segment_id)
        status = s.segs[segment_id].status
        if status == RUNNING:
            raise CommandRefused("{segment} is running: end it instead", segment=self._title(segment_id))
        if status == DONE:
            raise CommandRefused("{segment} has already ended", segment=self._title(segment_id))
        if status == SKIPPED:
            raise CommandRefused("{segment} is already skipped", segment=self._title(segment_id))
        return self._commit(ev.SegmentSkipped(segment_id))

    @_command
    def move_segment(self, segment_id: int, to_index: int) -> Change:
        """Move a segment not yet held to another place among those not yet held (0-based)."""
        s = self._state
        if s.status == CLOSED:
            raise CommandRefused("the sitting is closed")
        self._segment(segment_id)
        if s.segs[segment_id].status != PLANNED:
            raise CommandRefused("{segment} has already been held or skipped: it cannot move", segment=self._title(segment_id))
        held = [i for i, sid in enumerate(s.order) if s.segs[sid].status != PLANNED]
        first = (max(held) + 1) if held else 0
        if not first <= to_index < len(s.order):
            raise CommandRefused(
                "position {number} is not free: segments not yet held are at positions {number2} to {count}", number=to_index + 1, number2=first + 1, count=len(s.order)
            )
        if s.order.index(segment_id) == to_index:
            raise CommandRefused("{segment} is already at position {number}", segment=self._title(segment_id), number=to_index + 1)
        return self._commit(ev.SegmentMoved(segment_id, to_index))

    @_command
    def overrun_to_delay(self) -> Change:
        """The current segment's late start and overrun become a delay: the rest of the plan shifts by it."""
        sid = self._require_segment()
        seg = self._state.segs[sid]
        if seg.start is None or seg.end is None:
            raise CommandRefused("{segment} has no planned length, so it cannot overrun", segment=self._title(sid))
        late = max(0.0, seg.began - seg.start)
        overrun = max(0.0, seg.held(self.now()) - (seg.end - seg.start))
        if late <= 0 and overrun <= 0:
            raise CommandRefused("{segment} started on time and has not overrun its time", segment=self._title(sid))
        return self._commit(ev.DelayRecorded(sid, round(overrun, 6), round(late, 6)))

    # ------------------------------------------------------------------ the floor

    @_command
    def call_next(self) -> Change:
        """End the current speaker if any and give the floor to the head of the list."""
        sid = self._require_segment()
        queue = self._state.queues[sid]
        if not queue:
            raise CommandRefused("nobody is waiting to speak")
        return self._commit(ev.SpeakerCalled(queue[0]))

    @_command
    def call(self, entry_id: int) -> Change:
        """Give the floor to this entry (waiting or dropped), ending the current speaker."""
        sid = self._require_segment()
        entry = self._entry(entry_id)
        self._refuse_unavailable(entry)
        if entry.status == SPEAKING:
            raise CommandRefused("{name} is already speaking", name=entry.name)
        if entry.segment_id != sid:
            raise CommandRefused("{name} is on the list of {segment}, which is not running", name=entry.name, segment=self._title(entry.segment_id))
        return self._commit(ev.SpeakerCalled(entry_id))

    @_command
    def pause(self) -> Change:
        entry, turn = self._require_turn()
        if turn.paused_since is not None:
            raise CommandRefused("{name}'s time is already paused", name=entry.name)
        return self._commit(ev.SpeakerPaused())

    @_command
    def resume(self) -> Change:
        entry, turn = self._require_turn()
        if turn.paused_since is None:
            raise CommandRefused("{name}'s time is not paused", name=entry.name)
        return self._commit(ev.SpeakerResumed())

    @_command
    def extend(self, seconds: int) -> Change:
        """Add (or with a negative number, take away) speaking time for the current speaker."""
        entry, turn = self._require_turn()
        if not isinstance(seconds, int) or isinstance(seconds, bool):
            raise CommandRefused("an extension is a whole number of seconds")
        if seconds == 0:
            raise CommandRefused("an extension of 0 seconds changes nothing")
        if entry.allotment is None:
            raise CommandRefused("{name} has no time limit to extend", name=entry.name)
        total = entry.allotment + turn.extension + seconds
        if total <= 0:
            raise CommandRefused("{name}'s time cannot be cut to nothing", name=entry.name)
        return self._commit(ev.SpeakerExtended(seconds))

    @_command
    def end_speaker(self) -> Change:
        self._require_speaker()
        return self._commit(ev.SpeakerEnded())

    @_command
    def message(self, text: str) -> Change:
        """A short message on the speaker's display ("please conclude"); "" clears it."""
        self._require_open()
        text = " ".join(str(text).split())
        if len(text) > MAX_MESSAGE:
            raise CommandRefused("a message to the speaker is at most {most} characters (this one has {count})", most=MAX_MESSAGE, count=len(text))
        if text == self._state.message:
            raise CommandRefused(Message("the speaker's display already shows this message") if text
                                 else Message("there is no message to clear"))
        return self._commit(ev.MessageSet(text))

    # ------------------------------------------------------------------ interpretation

    @_command
    def set_floor_language(self, code: str) -> Change:
        """The speaker switched language: the booths follow, and floor time counts in the new one."""
        entry, turn = self._require_turn()
        why = code_problem(code)
        if why:
            raise CommandRefused(why)
        code = normalise(code)
        if same_language(code, turn.language):
            raise CommandRefused("{name} is already speaking {language}", name=entry.name, language=LanguageName(code))
        return self._commit(ev.FloorLanguageSet(code))

    @_command
    def slow_down(self, on: bool = True) -> Change:
        """Ask the speaker to slow down for the interpreters (shown to the booths until cleared or the turn ends)."""
        entry = self._require_speaker()
        if bool(on) == self._state.slow_down:
            raise CommandRefused(Message("the booths already show “slow down” for {name}", name=entry.name) if on
                                 else Message("there is no “slow down” signal to clear"))
        return self._commit(ev.SlowDownSet(bool(on)))

    # ------------------------------------------------------------------ the list of speakers

    @_command
    def request_floor(
        self,
        participant_key: str | None = None,
        *,
        name: str | None = None,
        delegation: str | None = None,
        online: bool = False,
        kind: str = "speaker",
        group: str | None = None,
        level: str | None = None,
        segment_id: int | None = None,
    ) -> Change:
        """Put a request to speak on the list (of the running segment, or of ``segment_id``).

        ``participant_key`` names a participant of the programme; otherwise ``name`` (and
        ``delegation``, ``group``, ``level``) describe who asks. ``kind``: speaker |
        point_of_order | right_of_reply. The position follows the order of precedence.
        """
        s = self._require_open()
        if kind not in q.KINDS:
            raise CommandRefused("a request to speak is one of {value}, not {kind!r}", value=', '.join(q.KINDS), kind=kind)
        name, delegation = _who(name, delegation, group, level)
        if segment_id is None:
            segment_id = self._queue_segment()
            if segment_id is None:
                raise CommandRefused("no segment is running or still to come")
        self._segment(segment_id)
        if s.segs[segment_id].status not in (RUNNING, PLANNED):
            raise CommandRefused("{segment} is over: it takes no more requests", segment=self._title(segment_id))
        if participant_key is not None:
            if participant_key not in self.snapshot.people:
                raise CommandRefused("there is no participant {participant_key!r} in this meeting", participant_key=participant_key)
            data: dict[str, Any] = q.person_fields(self.snapshot, participant_key)
            data["online"] = data["online"] or online
            if name:
                data["name"] = name
            if delegation:
                data["delegation"] = delegation
        else:
            if not name:
                raise CommandRefused("say who asks for the floor: a participant or a name")
            data = {
                "participant_key": None,
                "name": name,
                "public_name": name,
                "delegation": delegation,
                "group": group,
                "level": level,
                "modality": "online" if online else "in_person",
                "language": None,
                "online": online,
            }
        if kind == "speaker":
            for eid in s.queues[segment_id]:
                other = s.entries[eid]
                if other.kind == "speaker" and other.name == data["name"] and other.participant_key == data["participant_key"]:
                    raise CommandRefused("{name} is already on the list", name=other.name)
        data.update(
            kind=kind,
            source="floor",
            role="delegate",
            allotment=q.intervention_seconds(self.snapshot, self.settings),
            min_allotment=None,
        )
        precedence = q.uses_precedence(self.snapshot.planned(segment_id), self.settings)
        key = q.order_key(kind, data.get("level"), data.get("group"), precedence, self.settings)
        waiting = [s.entries[i] for i in s.queues[segment_id]]
        index = q.insertion_index(waiting, key, precedence, self.settings)
        return self._commit(ev.FloorRequested(segment_id, index, ev.EntryData(**data)))

    @_command
    def withdraw(self, entry_id: int) -> Change:
        entry = self._entry(entry_id)
        self._require_open()
        if entry.status == SPEAKING:
            raise CommandRefused("{name} is speaking: end the turn instead", name=entry.name)
        self._refuse_unavailable(entry)
        return self._commit(ev.EntryWithdrawn(entry_id))

    @_command
    def move(self, entry_id: int, to_index: int) -> Change:
        """Place a waiting entry by hand (0-based); it then keeps its place (pinned)."""
        entry = self._entry(entry_id)
        s = self._require_open()
        if entry.status != QUEUED:
            self._refuse_unavailable(entry)
            raise CommandRefused("{name} is not waiting on the list", name=entry.name)
        queue = s.queues[entry.segment_id]
        if not 0 <= to_index < len(queue):
            raise CommandRefused("there is no position {number} on a list of {count}", number=to_index + 1, count=len(queue))
        if queue.index(entry_id) == to_index and entry.pinned:
            raise CommandRefused("{name} is already at position {number}", name=entry.name, number=to_index + 1)
        return self._commit(ev.EntryMoved(entry_id, to_index))

    @_command
    def drop(self, entry_id: int) -> Change:
        """An online speaker with technical trouble leaves the list (or the floor) until recalled."""
        entry = self._entry(entry_id)
        self._require_open()
        if entry.status == DROPPED:
            raise CommandRefused("{name} has already been dropped", name=entry.name)
        self._refuse_unavailable(entry)
        return self._commit(ev.EntryDropped(entry_id))

    @_command
    def recall(self, entry_id: int, to_index: int = 0) -> Change:
        """Put a dropped speaker back on the list (at the head unless told otherwise)."""
        entry = self._entry(entry_id)
        s = self._require_open()
        if entry.status != DROPPED:
            self._refuse_unavailable(entry)
            raise CommandRefused("{name} has not been dropped", name=entry.name)
        queue = s.queues[entry.segment_id]
        if not 0 <= to_index <= len(queue):
            raise CommandRefused("there is no position {number} on a list of {count}", number=to_index + 1, count=len(queue))
        return self._commit(ev.EntryRecalled(entry_id, to_index))

    @_command
    def mark_written_statement(self, entry_id: int, received: bool = True) -> Change:
        """Record that a speaker not heard sent a written statement for the record."""
        entry = self._entry(entry_id)
        if entry.status != NOT_HEARD:
            raise CommandRefused("{name} is not on the list of those not heard", name=entry.name)
        if entry.written_statement == received:
            state = "already marked" if received else "not marked"
            raise CommandRefused("{name}'s written statement is {state}", name=entry.name, state=state)
        return self._commit(ev.WrittenStatementMarked(entry_id, received))

    @_command
    def set_budget(self, scope: str, name: str, seconds: int | None) -> Change:
        """A speaking-time budget for a delegation or a stakeholder group (None removes it)."""
        if self._state.status == CLOSED:
            raise CommandRefused("the sitting is closed")
        if scope not in ("delegation", "group"):
            raise CommandRefused("a budget is per delegation or per group, not per {scope!r}", scope=scope)
        if not name:
            raise CommandRefused("say which {scope} the budget is for", scope=scope)
        if seconds is not None and (not isinstance(seconds, int) or seconds <= 0):
            raise CommandRefused("a budget is a positive whole number of seconds")
        if seconds is None and (scope, name) not in self._state.budgets:
            raise CommandRefused("{name} has no budget to remove", name=name)
        return self._commit(ev.BudgetSet(scope, name, seconds))

    # ------------------------------------------------------------------ undo

    @_command
    def undo(self) -> Change:
        """Cancel the last action still in effect, with a compensating event."""
        if not self._state.actions:
            raise CommandRefused("there is nothing to undo")
        return self._commit(ev.Undone(self._state.actions[-1]))

    @_command
    def redo(self) -> Change:
        """Do again, now, the action the most recent undo cancelled (until a new action is taken)."""
        if not self._state.redo:
            raise CommandRefused("there is nothing to redo")
        undo, target = self._state.redo[-1]
        return self._commit(ev.Redone(undo, content(self._event(target))))


__all__ = ["Change", "CommandRefused", "LiveSitting"]
