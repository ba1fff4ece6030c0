"""The moderator's journal: one typed event per live action, stored under its kind string.

Each event is a frozen dataclass; ``LIVE`` maps the kind strings stored in ``journal_event``
to them, so journals written before the types existed read unchanged. ``touches`` says what
an event changes on screen (``Change``). Reading and writing rows is the journal kernel's
(``meetingdesk.journal``); the fold that applies these events is ``state.py``'s.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from meetingdesk.journal import rows
from meetingdesk.journal.changes import LIVE as EVERYTHING_LIVE
from meetingdesk.journal.changes import Touched as T
from meetingdesk.journal.errors import JournalDamaged
from meetingdesk.journal.events import ABSENT, Absent, EventData, Kinds, Unfit, Unreadable
from meetingdesk.journal.rows import Event, last_reading, writer
from meetingdesk.journal.tables import journal_event
from meetingdesk.journal.timeline import Reading, from_epoch, quantize, to_epoch

LIVE = Kinds("live")

# who speaks, and who is next, decides what the booths do
_FLOOR = T.SPEAKER | T.QUEUE | T.INTERPRETATION
_SEGMENTS = T.SITTING | T.AGENDA | T.SEGMENT | _FLOOR | T.MESSAGE | T.NOT_HEARD


@dataclass(frozen=True, slots=True)
class EntryData:
    """Who is on a list of speakers, as an event writes them (a floor request, a seeded programme slot)."""

    name: str
    participant_key: str | None = None
    public_name: str | None = None  # the role or group label when protected (default: the name)
    delegation: str | None = None
    group: str | None = None
    level: str | None = None
    role: str | None = None
    modality: str | None = None  # in_person | online | video (default: from ``online``)
    language: str | None = None
    online: bool = False
    kind: str = "speaker"  # speaker | point_of_order | right_of_reply
    source: str = "floor"  # programme | registered | floor
    allotment: int | None = None
    min_allotment: int | None = None
    text_received: bool | None = None  # a programme slot's text was sent to the interpreters

    @classmethod
    def from_payload(cls, data: dict[str, Any]) -> EntryData:
        return cls(**{k: v for k, v in data.items() if k in _ENTRY_FIELDS})

    def to_payload(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in _ENTRY_FIELDS}


_ENTRY_FIELDS = tuple(f for f in EntryData.__dataclass_fields__ if not f.startswith("_"))


@dataclass(frozen=True, slots=True)
class Carried:
    """A request made before its segment started, carried onto the list the segment starts with."""

    entry_id: int

    def to_payload(self) -> dict[str, Any]:
        return {"entry_id": self.entry_id}


def _seed(items: list[dict[str, Any]]) -> tuple[EntryData | Carried, ...]:
    return tuple(Carried(i["entry_id"]) if "entry_id" in i else EntryData.from_payload(i) for i in items)


@LIVE.event("sitting_opened", T.SITTING | T.AGENDA)
@dataclass(frozen=True, slots=True)
class SittingOpened(EventData):
    shift: float | Absent = ABSENT  # a rehearsal: how far the whole plan moved (absent: the programmed times)


@LIVE.event("segment_started", _SEGMENTS)
@dataclass(frozen=True, slots=True)
class SegmentStarted(EventData):
    segment_id: int
    seed: tuple[EntryData | Carried, ...] = ()  # the list it starts with, in order
    decode = {"seed": _seed}


@LIVE.event("segment_ended", _SEGMENTS)
@dataclass(frozen=True, slots=True)
class SegmentEnded(EventData):
    segment_id: int | None = None


@LIVE.event("segment_skipped", T.SITTING | T.AGENDA | T.QUEUE | T.NOT_HEARD | T.INTERPRETATION)
@dataclass(frozen=True, slots=True)
class SegmentSkipped(EventData):
    segment_id: int


@LIVE.event("segment_moved", T.SITTING | T.AGENDA | T.INTERPRETATION)
@dataclass(frozen=True, slots=True)
class SegmentMoved(EventData):
    segment_id: int
    to_index: int


@LIVE.event("speaker_called", _FLOOR | T.MESSAGE | T.BUDGET)
@dataclass(frozen=True, slots=True)
class SpeakerCalled(EventData):
    entry_id: int


@LIVE.event("speaker_paused", _FLOOR)
@dataclass(frozen=True, slots=True)
class SpeakerPaused(EventData):
    pass


@LIVE.event("speaker_resumed", _FLOOR)
@dataclass(frozen=True, slots=True)
class SpeakerResumed(EventData):
    pass


@LIVE.event("speaker_extended", _FLOOR)
@dataclass(frozen=True, slots=True)
class SpeakerExtended(EventData):
    seconds: int


@LIVE.event("speaker_ended", _FLOOR | T.MESSAGE | T.BUDGET)
@dataclass(frozen=True, slots=True)
class SpeakerEnded(EventData):
    pass


@LIVE.event("floor_requested", T.QUEUE | T.INTERPRETATION)
@dataclass(frozen=True, slots=True)
class FloorRequested(EventData):
    segment_id: int
    index: int  # its place on the list, decided by the command (precedence)
    entry: EntryData
    decode = {"entry": EntryData.from_payload}


@LIVE.event("entry_withdrawn", T.QUEUE | T.INTERPRETATION)
@dataclass(frozen=True, slots=True)
class EntryWithdrawn(EventData):
    entry_id: int


@LIVE.event("entry_moved", T.QUEUE | T.INTERPRETATION)
@dataclass(frozen=True, slots=True)
class EntryMoved(EventData):
    entry_id: int
    to_index: int


@LIVE.event("entry_dropped", _FLOOR | T.MESSAGE | T.BUDGET)
@dataclass(frozen=True, slots=True)
class EntryDropped(EventData):
    entry_id: int


@LIVE.event("entry_recalled", T.QUEUE | T.INTERPRETATION)
@dataclass(frozen=True, slots=True)
class EntryRecalled(EventData):
    entry_id: int
    index: int = 0


@LIVE.event("message_set", T.MESSAGE)
@dataclass(frozen=True, slots=True)
class MessageSet(EventData):
    text: str


@LIVE.event("delay_recorded", T.SITTING | T.AGENDA | T.SEGMENT | T.QUEUE | T.INTERPRETATION)
@dataclass(frozen=True, slots=True)
class DelayRecorded(EventData):
    segment_id: int
    seconds: float  # the overrun so far
    late: float = 0.0  # the late start


@LIVE.event("written_statement_marked", T.NOT_HEARD)
@dataclass(frozen=True, slots=True)
class WrittenStatementMarked(EventData):
    entry_id: int
    received: bool = True


@LIVE.event("budget_set", T.BUDGET)
@dataclass(frozen=True, slots=True)
class BudgetSet(EventData):
    scope: str  # delegation | group
    name: str
    seconds: int | None  # None removes it


@LIVE.event("floor_language_set", T.SPEAKER | T.INTERPRETATION)
@dataclass(frozen=True, slots=True)
class FloorLanguageSet(EventData):
    language: str


@LIVE.event("slow_down_set", T.INTERPRETATION)
@dataclass(frozen=True, slots=True)
class SlowDownSet(EventData):
    on: bool


@LIVE.event("sitting_closed", EVERYTHING_LIVE)
@dataclass(frozen=True, slots=True)
class SittingClosed(EventData):
    pass


@LIVE.event("undone", EVERYTHING_LIVE)
@dataclass(frozen=True, slots=True)
class Undone(EventData):
    event_id: int  # the event whose action it cancels


@LIVE.event("redone", EVERYTHING_LIVE)
@dataclass(frozen=True, slots=True)
class Redone(EventData):
    """The action an undo cancelled, done again at the redo's own time."""

    event_id: int  # the undo it takes back
    action: EventData

    def to_payload(self) -> dict[str, Any]:
        return {"event_id": self.event_id, "kind": self.action.kind, "payload": self.action.to_payload()}

    @classmethod
    def from_payload(cls, payload: Any) -> Redone:
        if not isinstance(payload, Mapping):
            raise Unfit("its content is not a set of fields")
        for name in ("event_id", "kind", "payload"):
            if name not in payload:
                raise Unfit(f"it has no {name!r}")
        action = LIVE.parse(payload["kind"], payload["payload"])
        if isinstance(action, Unreadable):
            raise Unfit(f"the action it does again cannot be read: {action.why}")
        return cls(payload["event_id"], action)


LiveEvent = (
    SittingOpened | SegmentStarted | SegmentEnded | SegmentSkipped | SegmentMoved | SpeakerCalled | SpeakerPaused
    | SpeakerResumed | SpeakerExtended | SpeakerEnded | FloorRequested | EntryWithdrawn | EntryMoved | EntryDropped
    | EntryRecalled | MessageSet | DelayRecorded | WrittenStatementMarked | BudgetSet | FloorLanguageSet | SlowDownSet
    | SittingClosed | Undone | Redone
)


def read_events(
    conn: Connection, sitting_id: int, unreadable: list[tuple[int, str]] | None = None, after: int = 0
) -> list[Event]:
    """The sitting's live events after seq ``after`` (see ``meetingdesk.journal.rows.read_live``)."""
    return rows.read_live(conn, LIVE, sitting_id, after, unreadable)


__all__ = [
    "LIVE", "Carried", "EntryData", "Event", "JournalDamaged", "LiveEvent", "Reading", "from_epoch", "journal_event",
    "last_reading", "quantize", "read_events", "to_epoch", "writer",
    *(t.__name__ for t in LIVE.types.values()),
]
