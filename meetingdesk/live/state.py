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

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from .journal import Event
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


def _new_entry(state: State, segment_id: int, data: dict[str, Any]) -> Entry:
    entry = entry_from(state.next_entry, segment_id, data)
    state.entries[entry.id] = entry
    state.next_entry += 1
    return entry


def entry_from(entry_id: int, segment_id: int, data: dict[str, Any]) -> Entry:
    """The entry an event's data describes (a floor request, a programme slot seeded at a segment's start)."""
    return Entry(
        id=entry_id,
        segment_id=segment_id,
        participant_key=data.get("participant_key"),
        name=data["name"],
        public_name=data.get("public_name") or data["name"],
        delegation=data.get("delegation"),
        group=data.get("group"),
        level=data.get("level"),
        role=data.get("role"),
        modality=data.get("modality") or ("online" if data.get("online") else "in_person"),
        language=data.get("language"),
        online=bool(data.get("online")),
        kind=data.get("kind") or "speaker",
        source=data.get("source") or "floor",
        allotment=data.get("allotment"),
        min_allotment=data.get("min_allotment"),
        text_received=data.get("text_received"),
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


def _sitting_opened(state: State, ev: Event, snap: Snapshot) -> None:
    state.status, state.opened_at = OPEN, ev.at
    state.shift = ev.payload.get("shift", 0.0)
    state.rehearsal = "shift" in ev.payload
    if state.shift:
        layout(state, snap)


def _segment_started(state: State, ev: Event, snap: Snapshot) -> None:
    _end_segment(state, ev.at)
    sid = ev.payload["segment_id"]
    queue = []
    for item in ev.payload["seed"]:
        if "entry_id" in item:
            queue.append(item["entry_id"])
        else:
            queue.append(_new_entry(state, sid, item).id)
    state.queues[sid] = queue
    seg = state.segs[sid]
    seg.status, seg.actual_start = RUNNING, ev.at
    state.current = sid


def _segment_ended(state: State, ev: Event, snap: Snapshot) -> None:
    _end_segment(state, ev.at)


def _segment_skipped(state: State, ev: Event, snap: Snapshot) -> None:
    sid = ev.payload["segment_id"]
    _not_heard(state, sid)
    state.segs[sid].status = SKIPPED


def _segment_moved(state: State, ev: Event, snap: Snapshot) -> None:
    sid = ev.payload["segment_id"]
    state.order.remove(sid)
    state.order.insert(ev.payload["to_index"], sid)
    layout(state, snap)


def _speaker_called(state: State, ev: Event, snap: Snapshot) -> None:
    _end_turn(state, ev.at, HEARD)
    entry = state.entries[ev.payload["entry_id"]]
    for pool in (state.queues[entry.segment_id], state.dropped[entry.segment_id]):
        if entry.id in pool:
            pool.remove(entry.id)
    entry.status = SPEAKING
    state.turn = Turn(entry.id, ev.at, language=snap.interpretation.floor_language(entry.language))


def _speaker_paused(state: State, ev: Event, snap: Snapshot) -> None:
    state.turn.paused_since = ev.at  # type: ignore[union-attr]


def _speaker_resumed(state: State, ev: Event, snap: Snapshot) -> None:
    turn = state.turn
    turn.paused_total += ev.at - turn.paused_since  # type: ignore[union-attr,operator]
    turn.paused_since = None  # type: ignore[union-attr]


def _speaker_extended(state: State, ev: Event, snap: Snapshot) -> None:
    state.turn.extension += ev.payload["seconds"]  # type: ignore[union-attr]


def _speaker_ended(state: State, ev: Event, snap: Snapshot) -> None:
    _end_turn(state, ev.at, HEARD)


def _floor_requested(state: State, ev: Event, snap: Snapshot) -> None:
    sid = ev.payload["segment_id"]
    entry = _new_entry(state, sid, ev.payload["entry"])
    state.queues[sid].insert(ev.payload["index"], entry.id)


def _entry_withdrawn(state: State, ev: Event, snap: Snapshot) -> None:
    entry = state.entries[ev.payload["entry_id"]]
    for pool in (state.queues[entry.segment_id], state.dropped[entry.segment_id]):
        if entry.id in pool:
            pool.remove(entry.id)
    entry.status = WITHDRAWN


def _entry_moved(state: State, ev: Event, snap: Snapshot) -> None:
    entry = state.entries[ev.payload["entry_id"]]
    queue = state.queues[entry.segment_id]
    queue.remove(entry.id)
    queue.insert(ev.payload["to_index"], entry.id)
    entry.pinned = True


def _entry_dropped(state: State, ev: Event, snap: Snapshot) -> None:
    entry = state.entries[ev.payload["entry_id"]]
    if state.turn is not None and state.turn.entry_id == entry.id:
        _end_turn(state, ev.at, DROPPED)
        return
    state.queues[entry.segment_id].remove(entry.id)
    state.dropped[entry.segment_id].append(entry.id)
    entry.status = DROPPED


def _entry_recalled(state: State, ev: Event, snap: Snapshot) -> None:
    entry = state.entries[ev.payload["entry_id"]]
    state.dropped[entry.segment_id].remove(entry.id)
    state.queues[entry.segment_id].insert(ev.payload["index"], entry.id)
    entry.status = QUEUED
    entry.pinned = True


def _message_set(state: State, ev: Event, snap: Snapshot) -> None:
    state.message = ev.payload["text"]


def _delay_recorded(state: State, ev: Event, snap: Snapshot) -> None:
    seg = state.segs[ev.payload["segment_id"]]
    seg.delay += ev.payload["seconds"]
    seg.shift += ev.payload.get("late", 0.0)
    layout(state, snap)


def _written_statement_marked(state: State, ev: Event, snap: Snapshot) -> None:
    state.entries[ev.payload["entry_id"]].written_statement = bool(ev.payload.get("received", True))


def _budget_set(state: State, ev: Event, snap: Snapshot) -> None:
    key = (ev.payload["scope"], ev.payload["name"])
    if ev.payload["seconds"] is None:
        state.budgets.pop(key, None)
    else:
        state.budgets[key] = ev.payload["seconds"]


def _floor_language_set(state: State, ev: Event, snap: Snapshot) -> None:
    turn = state.turn
    _count_language(state, turn, ev.at)  # type: ignore[arg-type]
    turn.language = ev.payload["language"]  # type: ignore[union-attr]


def _slow_down_set(state: State, ev: Event, snap: Snapshot) -> None:
    state.slow_down = bool(ev.payload["on"])


def _sitting_closed(state: State, ev: Event, snap: Snapshot) -> None:
    _end_segment(state, ev.at)
    for sid in state.order:
        if state.segs[sid].status == PLANNED:
            _not_heard(state, sid)  # requests waiting for a segment that was not held
    state.status, state.closed_at = CLOSED, ev.at


def _undone(state: State, ev: Event, snap: Snapshot) -> None:
    """Nothing to do here: ``fold`` skips the undone event (and ``_track_redo`` offers it to redo)."""


def _redone(state: State, ev: Event, snap: Snapshot) -> None:
    """The undone event's action, again, at the time of the redo."""
    HANDLERS[ev.payload["kind"]](state, Event(ev.id, ev.seq, ev.payload["kind"], ev.payload["payload"], ev.at), snap)


HANDLERS: dict[str, Callable[[State, Event, Snapshot], None]] = {
    "sitting_opened": _sitting_opened,
    "segment_started": _segment_started,
    "segment_ended": _segment_ended,
    "segment_skipped": _segment_skipped,
    "segment_moved": _segment_moved,
    "speaker_called": _speaker_called,
    "speaker_paused": _speaker_paused,
    "speaker_resumed": _speaker_resumed,
    "speaker_extended": _speaker_extended,
    "speaker_ended": _speaker_ended,
    "floor_requested": _floor_requested,
    "entry_withdrawn": _entry_withdrawn,
    "entry_moved": _entry_moved,
    "entry_dropped": _entry_dropped,
    "entry_recalled": _entry_recalled,
    "message_set": _message_set,
    "delay_recorded": _delay_recorded,
    "written_statement_marked": _written_statement_marked,
    "budget_set": _budget_set,
    "floor_language_set": _floor_language_set,
    "slow_down_set": _slow_down_set,
    "sitting_closed": _sitting_closed,
    "undone": _undone,
    "redone": _redone,
}


def _track_redo(state: State, ev: Event) -> None:
    """What redo can bring back, as in every editor: an undo offers the action it cancelled, a redo
    takes its undo's offer, any other action clears them all (also one undone later)."""
    if ev.kind == "undone":
        state.redo.append((ev.id, ev.payload["event_id"]))
    elif ev.kind == "redone":
        state.redo = [pair for pair in state.redo if pair[0] != ev.payload["event_id"]]
    elif state.redo:
        state.redo = []


def apply(state: State, ev: Event, snap: Snapshot) -> None:
    """Fold one event into the state (live and replay alike)."""
    if ev.kind != "undone":
        state.speaker_before = state.turn.entry_id if state.turn is not None else None
    HANDLERS[ev.kind](state, ev, snap)
    if ev.kind != "undone":
        state.actions.append(ev.id)
    _track_redo(state, ev)
    state.last_event_id = ev.id


def unfit(ev: Event) -> str | None:
    """Why an event cannot be folded at all (an unknown kind, a payload that is not a mapping), or None."""
    if ev.kind not in HANDLERS:
        return f"\u201c{ev.kind}\u201d is not an action this version of MeetingDesk knows"
    if not isinstance(ev.payload, dict):
        return "its content is not a set of fields"
    return None


def fold(snap: Snapshot, events: Iterable[Event], damaged: list[tuple[Event, str]] | None = None) -> State:
    """The state after a whole journal. Undone events are skipped.

    With a ``damaged`` list, an event that cannot be folded (unknown, or not fitting the events
    before it) is left out and noted there as (event, why), and the rest is folded; without it,
    such an event raises.
    """
    events = list(events)
    undone = {
        ev.payload["event_id"]
        for ev in events
        if ev.kind == "undone" and (damaged is None or (isinstance(ev.payload, dict) and "event_id" in ev.payload))
    }
    state = initial(snap)

    def one(ev: Event) -> None:
        if ev.id in undone:
            _track_redo(state, ev)  # an action undone later still cleared what could be redone then
        else:
            apply(state, ev, snap)

    for ev in events:
        if damaged is None:
            one(ev)
            continue
        why = unfit(ev)
        if why is None:
            try:
                one(ev)
            except (KeyError, IndexError, TypeError, ValueError, AttributeError) as e:
                field = e.args[0] if isinstance(e, KeyError) and e.args and isinstance(e.args[0], str) else None
                why = "it does not fit the events before it" + (f" (it has no {field!r})" if field else "")
        if why is not None:
            damaged.append((ev, why))
    return state
