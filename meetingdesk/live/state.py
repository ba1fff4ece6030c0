"""The live state of a sitting, and the one fold that derives it from the journal.

``apply(state, event)`` is the only code that changes a ``State``. Replay at
open and live application after a command both call it, so they cannot
disagree. ``fold(snapshot, events)`` replays a whole journal, skipping events
named by an ``undone`` event (undo is a compensating event, never a deletion).
A ``redone`` event carries the kind and payload of the event an undo cancelled
and applies them again at its own time; a new action clears what could be redone.

Every decision (queue position of a new request, the order a segment's list is
seeded in) is taken by the command and written in the event's payload, so the
fold needs no settings and replays the same on any machine.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from meetingdesk.journal.events import ABSENT, Handlers, Unreadable

from . import journal as ev
from .journal import EntryData, Event
from .snapshot import Snapshot

# entry statuses
QUEUED = "queued"
SPEAKING = "speaking"
HEARD = "heard"
WITHDRAWN = "withdrawn"
DROPPED = "dropped"
NOT_HEARD = "not_heard"

# sitting / segment statuses
PLANNED = "planned"
OPEN = "open"
CLOSED = "closed"
RUNNING = "running"
DONE = "done"
SKIPPED = "skipped"


@dataclass(slots=True)
class Entry:
    """A request to speak: a programme slot, a registration, or a floor request."""

    id: int
    segment_id: int
    participant_key: str | None
    name: str
    public_name: str
    delegation: str | None
    group: str | None
    level: str | None
    role: str | None
    modality: str
    language: str | None
    online: bool
    kind: str  # speaker | point_of_order | right_of_reply
    source: str  # programme | registered | floor
    allotment: int | None  # seconds; None = no limit
    min_allotment: int | None
    status: str = QUEUED
    pinned: bool = False
    spoken: float = 0.0  # seconds at the floor so far
    written_statement: bool = False
    text_received: bool | None = None  # text sent to the interpreters (None: not a programme slot)


@dataclass(slots=True)
class Turn:
    """The current speaker's turn at the floor."""

    entry_id: int
    started: float
    paused_total: float = 0.0
    paused_since: float | None = None
    extension: int = 0
    language: str | None = None  # on the floor now: the speaker's, or what set_floor_language said
    language_mark: float = 0.0  # the turn's elapsed time when that language began

    def elapsed(self, now: float) -> float:
        paused = self.paused_total + (now - self.paused_since if self.paused_since is not None else 0.0)
        return now - self.started - paused


@dataclass(slots=True)
class SegState:
    id: int
    status: str = PLANNED
    start: float | None = None  # planned, after reordering and delays
    end: float | None = None
    actual_start: float | None = None
    actual_end: float | None = None
    delay: float = 0.0  # overrun turned into delay while this segment ran (moves its end)
    shift: float = 0.0  # a late start of this segment accepted as delay (moves its start)

    @property
    def began(self) -> float:
        """When a segment that runs or ran started."""
        if self.actual_start is None:
            raise ValueError(f"segment {self.id} has not started")
        return self.actual_start

    def held(self, now: float) -> float:
        """Seconds since it started (running), or that it lasted (done)."""
        return (now if self.actual_end is None else self.actual_end) - self.began


@dataclass
class State:
    status: str = PLANNED
    shift: float = 0.0  # the whole plan moved at opening (a rehearsal or a sitting held on another day)
    rehearsal: bool = False  # opened as a rehearsal (on the moved plan)
    opened_at: float | None = None
    closed_at: float | None = None
    order: list[int] = field(default_factory=list)
    segs: dict[int, SegState] = field(default_factory=dict)
    current: int | None = None  # running segment id
    entries: dict[int, Entry] = field(default_factory=dict)
    queues: dict[int, list[int]] = field(default_factory=dict)  # segment id -> waiting entry ids, in order
    dropped: dict[int, list[int]] = field(default_factory=dict)  # segment id -> dropped entry ids
    not_heard: list[int] = field(default_factory=list)
    next_entry: int = 1
    turn: Turn | None = None
    message: str = ""
    budgets: dict[tuple[str, str], int] = field(default_factory=dict)  # (scope, name) -> seconds
    # floor time per speaker and language, pauses excluded (the current stretch is added by the view)
    floor_time: dict[tuple[int, str | None], float] = field(default_factory=dict)
    slow_down: bool = False  # the chair asked the speaker to slow down for the interpreters
    actions: list[int] = field(default_factory=list)  # ids of events in effect, for undo
    # (undo event id, id of the event it cancelled) that redo can bring back, the most recent last
    redo: list[tuple[int, int]] = field(default_factory=list)
    speaker_before: int | None = None  # who had the floor before the last action (to put it in words)
    last_event_id: int = 0

    @property
    def delay(self) -> float:
        """Lateness and overruns accepted as delay (not the rehearsal shift, which is a new plan)."""
        return sum(s.delay + s.shift for s in self.segs.values())


def initial(snap: Snapshot) -> State:
    state = State(order=[s.id for s in snap.segments])
    state.segs = {s.id: SegState(s.id) for s in snap.segments}
    state.queues = {s.id: [] for s in snap.segments}
    state.dropped = {s.id: [] for s in snap.segments}
    layout(state, snap)
    return state


def layout(state: State, snap: Snapshot) -> None:
    """Planned start and end of each segment in the current order, with delays.

    The i-th segment in the current order starts where the previous one ends, plus
    the gap the original plan had between positions i-1 and i (a break). With the
    original order and no delay this is exactly the programme's plan.
    """
    anchors = snap.segments
    prev_end: float | None = None
    for i, sid in enumerate(state.order):
        planned = snap.segment(sid)
        seg = state.segs[sid]
        anchor = anchors[i]
        if i == 0 or prev_end is None:
            start = None if anchor.start is None else anchor.start + state.shift
        else:
            gap = 0.0
            before = anchors[i - 1]
            if anchor.start is not None and before.end is not None:
                gap = max(0.0, anchor.start - before.end)
            start = prev_end + gap
        if start is not None:
            start += seg.shift
        seconds = planned.seconds if planned is not None else None
        end = start + seconds + seg.delay if (start is not None and seconds is not None) else None
        seg.start, seg.end = start, end
        prev_end = end


# --------------------------------------------------------------------------- the fold


def _new_entry(state: State, segment_id: int, data: EntryData) -> Entry:
    entry = entry_from(state.next_entry, segment_id, data)
    state.entries[entry.id] = entry
    state.next_entry += 1
    return entry


def entry_from(entry_id: int, segment_id: int, data: EntryData) -> Entry:
    """The entry an event's data describes (a floor request, a programme slot seeded at a segment's start)."""
    return Entry(
        id=entry_id,
        segment_id=segment_id,
        participant_key=data.participant_key,
        name=data.name,
        public_name=data.public_name or data.name,
        delegation=data.delegation,
        group=data.group,
        level=data.level,
        role=data.role,
        modality=data.modality or ("online" if data.online else "in_person"),
        language=data.language,
        online=bool(data.online),
        kind=data.kind or "speaker",
        source=data.source or "floor",
        allotment=data.allotment,
        min_allotment=data.min_allotment,
        text_received=data.text_received,
    )


def _end_turn(state: State, at: float, status: str) -> None:
    turn = state.turn
    if turn is None:
        return
    entry = state.entries[turn.entry_id]
    _count_language(state, turn, at)
    entry.spoken += turn.elapsed(at)
    entry.status = status
    if status == DROPPED:
        state.dropped[entry.segment_id].append(entry.id)
    state.turn = None
    state.message = ""
    state.slow_down = False


def _count_language(state: State, turn: Turn, at: float) -> None:
    """Add the stretch since the last language change to the floor time of the turn's language."""
    elapsed = turn.elapsed(at)
    key = (turn.entry_id, turn.language)
    state.floor_time[key] = state.floor_time.get(key, 0.0) + (elapsed - turn.language_mark)
    turn.language_mark = elapsed


def _not_heard(state: State, segment_id: int) -> None:
    for eid in state.queues[segment_id] + state.dropped[segment_id]:
        state.entries[eid].status = NOT_HEARD
        state.not_heard.append(eid)
    state.queues[segment_id] = []
    state.dropped[segment_id] = []


def _end_segment(state: State, at: float) -> None:
    sid = state.current
    if sid is None:
        return
    _end_turn(state, at, HEARD)
    _not_heard(state, sid)
    seg = state.segs[sid]
    seg.status, seg.actual_end = DONE, at
    state.current = None


FOLD: Handlers[State] = Handlers()  # one small apply function per event type: (state, event, at, snapshot)


@FOLD.on(ev.SittingOpened)
def _sitting_opened(state: State, e: ev.SittingOpened, at: float, snap: Snapshot) -> None:
    state.status, state.opened_at = OPEN, at
    state.rehearsal = e.shift is not ABSENT
    state.shift = e.shift if e.shift is not ABSENT else 0.0
    if state.shift:
        layout(state, snap)


@FOLD.on(ev.SegmentStarted)
def _segment_started(state: State, e: ev.SegmentStarted, at: float, snap: Snapshot) -> None:
    _end_segment(state, at)
    sid = e.segment_id
    queue = []
    for item in e.seed:
        if isinstance(item, ev.Carried):
            queue.append(item.entry_id)
        else:
            queue.append(_new_entry(state, sid, item).id)
    state.queues[sid] = queue
    seg = state.segs[sid]
    seg.status, seg.actual_start = RUNNING, at
    state.current = sid


@FOLD.on(ev.SegmentEnded)
def _segment_ended(state: State, e: ev.SegmentEnded, at: float, snap: Snapshot) -> None:
    _end_segment(state, at)


@FOLD.on(ev.SegmentSkipped)
def _segment_skipped(state: State, e: ev.SegmentSkipped, at: float, snap: Snapshot) -> None:
    _not_heard(state, e.segment_id)
    state.segs[e.segment_id].status = SKIPPED


@FOLD.on(ev.SegmentMoved)
def _segment_moved(state: State, e: ev.SegmentMoved, at: float, snap: Snapshot) -> None:
    state.order.remove(e.segment_id)
    state.order.insert(e.to_index, e.segment_id)
    layout(state, snap)


@FOLD.on(ev.SpeakerCalled)
def _speaker_called(state: State, e: ev.SpeakerCalled, at: float, snap: Snapshot) -> None:
    _end_turn(state, at, HEARD)
    entry = state.entries[e.entry_id]
    for pool in (state.queues[entry.segment_id], state.dropped[entry.segment_id]):
        if entry.id in pool:
            pool.remove(entry.id)
    entry.status = SPEAKING
    state.turn = Turn(entry.id, at, language=snap.interpretation.floor_language(entry.language))


def _turn(state: State) -> Turn:
    if state.turn is None:
        raise ValueError("nobody has the floor")
    return state.turn


@FOLD.on(ev.SpeakerPaused)
def _speaker_paused(state: State, e: ev.SpeakerPaused, at: float, snap: Snapshot) -> None:
    _turn(state).paused_since = at


@FOLD.on(ev.SpeakerResumed)
def _speaker_resumed(state: State, e: ev.SpeakerResumed, at: float, snap: Snapshot) -> None:
    turn = _turn(state)
    if turn.paused_since is None:
        raise ValueError("the speaker's time is not paused")
    turn.paused_total += at - turn.paused_since
    turn.paused_since = None


@FOLD.on(ev.SpeakerExtended)
def _speaker_extended(state: State, e: ev.SpeakerExtended, at: float, snap: Snapshot) -> None:
    _turn(state).extension += e.seconds


@FOLD.on(ev.SpeakerEnded)
def _speaker_ended(state: State, e: ev.SpeakerEnded, at: float, snap: Snapshot) -> None:
    _turn(state)
    _end_turn(state, at, HEARD)


@FOLD.on(ev.FloorRequested)
def _floor_requested(state: State, e: ev.FloorRequested, at: float, snap: Snapshot) -> None:
    entry = _new_entry(state, e.segment_id, e.entry)
    state.queues[e.segment_id].insert(e.index, entry.id)


@FOLD.on(ev.EntryWithdrawn)
def _entry_withdrawn(state: State, e: ev.EntryWithdrawn, at: float, snap: Snapshot) -> None:
    entry = state.entries[e.entry_id]
    for pool in (state.queues[entry.segment_id], state.dropped[entry.segment_id]):
        if entry.id in pool:
            pool.remove(entry.id)
    entry.status = WITHDRAWN


@FOLD.on(ev.EntryMoved)
def _entry_moved(state: State, e: ev.EntryMoved, at: float, snap: Snapshot) -> None:
    entry = state.entries[e.entry_id]
    queue = state.queues[entry.segment_id]
    queue.remove(entry.id)
    queue.insert(e.to_index, entry.id)
    entry.pinned = True


@FOLD.on(ev.EntryDropped)
def _entry_dropped(state: State, e: ev.EntryDropped, at: float, snap: Snapshot) -> None:
    entry = state.entries[e.entry_id]
    if state.turn is not None and state.turn.entry_id == entry.id:
        _end_turn(state, at, DROPPED)
        return
    state.queues[entry.segment_id].remove(entry.id)
    state.dropped[entry.segment_id].append(entry.id)
    entry.status = DROPPED


@FOLD.on(ev.EntryRecalled)
def _entry_recalled(state: State, e: ev.EntryRecalled, at: float, snap: Snapshot) -> None:
    entry = state.entries[e.entry_id]
    state.dropped[entry.segment_id].remove(entry.id)
    state.queues[entry.segment_id].insert(e.index, entry.id)
    entry.status = QUEUED
    entry.pinned = True


@FOLD.on(ev.MessageSet)
def _message_set(state: State, e: ev.MessageSet, at: float, snap: Snapshot) -> None:
    state.message = e.text


@FOLD.on(ev.DelayRecorded)
def _delay_recorded(state: State, e: ev.DelayRecorded, at: float, snap: Snapshot) -> None:
    seg = state.segs[e.segment_id]
    seg.delay += e.seconds
    seg.shift += e.late
    layout(state, snap)


@FOLD.on(ev.WrittenStatementMarked)
def _written_statement_marked(state: State, e: ev.WrittenStatementMarked, at: float, snap: Snapshot) -> None:
    state.entries[e.entry_id].written_statement = bool(e.received)


@FOLD.on(ev.BudgetSet)
def _budget_set(state: State, e: ev.BudgetSet, at: float, snap: Snapshot) -> None:
    key = (e.scope, e.name)
    if e.seconds is None:
        state.budgets.pop(key, None)
    else:
        state.budgets[key] = e.seconds


@FOLD.on(ev.FloorLanguageSet)
def _floor_language_set(state: State, e: ev.FloorLanguageSet, at: float, snap: Snapshot) -> None:
    turn = _turn(state)
    _count_language(state, turn, at)
    turn.language = e.language


@FOLD.on(ev.SlowDownSet)
def _slow_down_set(state: State, e: ev.SlowDownSet, at: float, snap: Snapshot) -> None:
    state.slow_down = bool(e.on)


@FOLD.on(ev.SittingClosed)
def _sitting_closed(state: State, e: ev.SittingClosed, at: float, snap: Snapshot) -> None:
    _end_segment(state, at)
    for sid in state.order:
        if state.segs[sid].status == PLANNED:
            _not_heard(state, sid)  # requests waiting for a segment that was not held
    state.status, state.closed_at = CLOSED, at


@FOLD.on(ev.Undone)
def _undone(state: State, e: ev.Undone, at: float, snap: Snapshot) -> None:
    """Nothing to do here: ``fold`` skips the undone event (and ``_track_redo`` offers it to redo)."""


@FOLD.on(ev.Redone)
def _redone(state: State, e: ev.Redone, at: float, snap: Snapshot) -> None:
    """The undone event's action, again, at the time of the redo."""
    FOLD[type(e.action)](state, e.action, at, snap)


def _track_redo(state: State, event: Event) -> None:
    """What redo can bring back, as in every editor: an undo offers the action it cancelled, a redo
    takes its undo's offer, any other action clears them all (also one undone later)."""
    data = event.data
    if isinstance(data, ev.Undone):
        state.redo.append((event.id, data.event_id))
    elif isinstance(data, ev.Redone):
        state.redo = [pair for pair in state.redo if pair[0] != data.event_id]
    elif state.redo:
        state.redo = []


def apply(state: State, event: Event, snap: Snapshot) -> None:
    """Fold one event into the state (live and replay alike)."""
    data = event.data
    undo = isinstance(data, ev.Undone)
    if not undo:
        state.speaker_before = state.turn.entry_id if state.turn is not None else None
    FOLD[type(data)](state, data, event.at, snap)
    if not undo:
        state.actions.append(event.id)
    _track_redo(state, event)
    state.last_event_id = event.id


def unfit(event: Event) -> str | None:
    """Why an event cannot be folded at all (an unknown kind, content that does not make its kind), or None."""
    if isinstance(event.data, Unreadable):
        return event.data.why
    return None


def fold(snap: Snapshot, events: Iterable[Event], damaged: list[tuple[Event, str]] | None = None) -> State:
    """The state after a whole journal. Undone events are skipped.

    With a ``damaged`` list, an event that cannot be folded (unknown, or not fitting the events
    before it) is left out and noted there as (event, why), and the rest is folded; without it,
    such an event raises.
    """
    events = list(events)
    undone = {e.data.event_id for e in events if isinstance(e.data, ev.Undone)}
    state = initial(snap)

    def one(e: Event) -> None:
        if e.id in undone:
            _track_redo(state, e)  # an action undone later still cleared what could be redone then
        else:
            apply(state, e, snap)

    for e in events:
        if damaged is None:
            one(e)
            continue
        why = unfit(e)
        if why is None:
            try:
                one(e)
            except (KeyError, IndexError, TypeError, ValueError, AttributeError) as error:
                field = error.args[0] if isinstance(error, KeyError) and error.args and isinstance(error.args[0], str) else None
                why = "it does not fit the events before it" + (f" (it has no {field!r})" if field else "")
        if why is not None:
            damaged.append((e, why))
    return state
