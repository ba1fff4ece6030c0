"""The rapporteur's journal: one typed event per thing logged, in its OWN table, ``record_event``.

The rapporteur never writes to the moderator's ``journal_event``:

- a rapporteur on another machine (PostgreSQL, several operators) never needs the moderator's
  lease: the record's events take the sitting's next record seq in the INSERT itself, so several
  rapporteurs (and the secretariat's corrections) write side by side;
- the moderator's undo (a compensating event in ``journal_event``) can never touch what the
  rapporteur logged, and the rapporteur's corrections never show up in the moderator's replay.

Each row also carries, as plain columns, the context it was logged in (the segment, the live
speaker's entry, the participant it is about, who logged it) so a report can select by them
without opening the JSON payload. Rows are read and written by the journal kernel.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from meetingdesk.journal import rows
from meetingdesk.journal.changes import RECORD
from meetingdesk.journal.changes import Touched as T
from meetingdesk.journal.events import ABSENT, Absent, EventData, Kinds
from meetingdesk.journal.rows import RecordEvent
from meetingdesk.journal.tables import record_event

from .person import Person

RECORD_KINDS = Kinds("record")


def _person(value: Any) -> Person | None:
    return Person.from_payload(value)


def _people(value: Any) -> tuple[Person, ...]:
    return tuple(p for p in (Person.from_payload(d) for d in value or ()) if p is not None)


@RECORD_KINDS.event("question_added", T.QUESTIONS)
@dataclass(frozen=True, slots=True)
class QuestionAdded(EventData):
    text: str
    source: str = "room"  # room | online | advance
    asker: Person | None = None
    addressed_to: tuple[Person, ...] = ()
    decode = {"asker": _person, "addressed_to": _people}


@RECORD_KINDS.event("question_edited", T.QUESTIONS)
@dataclass(frozen=True, slots=True)
class QuestionEdited(EventData):
    question_id: int
    text: str | Absent = ABSENT  # each field present replaces it; absent ones stay
    source: str | Absent = ABSENT
    asker: Person | None | Absent = ABSENT
    addressed_to: tuple[Person, ...] | Absent = ABSENT
    decode = {"asker": _person, "addressed_to": _people}


@RECORD_KINDS.event("round_put", T.QUESTIONS)
@dataclass(frozen=True, slots=True)
class RoundPut(EventData):
    question_ids: tuple[int, ...]
    decode = {"question_ids": tuple}


@RECORD_KINDS.event("question_answered", T.QUESTIONS)
@dataclass(frozen=True, slots=True)
class QuestionAnswered(EventData):
    question_id: int
    note: str = ""
    by: tuple[Person, ...] = ()
    decode = {"by": _people}


@RECORD_KINDS.event("answer_edited", T.QUESTIONS)
@dataclass(frozen=True, slots=True)
class AnswerEdited(EventData):
    answer_id: int
    note: str


@RECORD_KINDS.event("question_merged", T.QUESTIONS)
@dataclass(frozen=True, slots=True)
class QuestionMerged(EventData):
    question_id: int
    into: int


@RECORD_KINDS.event("question_status_set", T.QUESTIONS)
@dataclass(frozen=True, slots=True)
class QuestionStatusSet(EventData):
    question_id: int
    status: str


@RECORD_KINDS.event("questions_not_reached", T.QUESTIONS)
@dataclass(frozen=True, slots=True)
class QuestionsNotReached(EventData):
    question_ids: tuple[int, ...]
    decode = {"question_ids": tuple}


@RECORD_KINDS.event("tour_order_set", T.CONTRIBUTIONS)
@dataclass(frozen=True, slots=True)
class TourOrderSet(EventData):
    segment_id: int
    stakeholders: tuple[Person, ...]
    decode = {"stakeholders": _people}


@RECORD_KINDS.event("contribution_added", T.CONTRIBUTIONS)
@dataclass(frozen=True, slots=True)
class ContributionAdded(EventData):
    segment_id: int
    stakeholder: Person
    item: str | None = None  # None: general, on no single standing item
    question: int | None = None  # 1-based number of the item's guiding question
    summary: str = ""
    seconds: float | None = None
    passed: bool = False
    decode = {"stakeholder": _person}


@RECORD_KINDS.event("contribution_edited", T.CONTRIBUTIONS)
@dataclass(frozen=True, slots=True)
class ContributionEdited(EventData):
    contribution_id: int
    summary: str | Absent = ABSENT
    item: str | None | Absent = ABSENT
    question: int | None | Absent = ABSENT
    seconds: float | None | Absent = ABSENT


@RECORD_KINDS.event("note_added", T.NOTES)
@dataclass(frozen=True, slots=True)
class NoteAdded(EventData):
    text: str
    note_kind: str = "note"  # note | key_message | next_step (stored as "kind")
    owner: str | None = None
    speaker: Person | None = None
    decode = {"speaker": _person}

    def to_payload(self) -> dict[str, Any]:
        out = EventData.to_payload(self)
        out["kind"] = out.pop("note_kind")
        return out

    @classmethod
    def from_payload(cls, payload: Any) -> NoteAdded:
        if isinstance(payload, Mapping) and "kind" in payload:
            payload = {("note_kind" if k == "kind" else k): v for k, v in payload.items()}
        return super(NoteAdded, cls).from_payload(payload)


@RECORD_KINDS.event("note_edited", T.NOTES)
@dataclass(frozen=True, slots=True)
class NoteEdited(EventData):
    note_id: int
    text: str | Absent = ABSENT
    owner: str | None | Absent = ABSENT


@RECORD_KINDS.event("struck", RECORD)
@dataclass(frozen=True, slots=True)
class Struck(EventData):
    target_id: int
    restore: bool = False


@RECORD_KINDS.event("correction", T.NOTES)
@dataclass(frozen=True, slots=True)
class Correction(EventData):
    """The secretariat's correction of an intervention (applied by the report, not by the record's fold)."""

    entry_id: int
    field: str
    value: str
    why: str = ""


def read_record(conn: Connection, sitting_id: int, after: int = 0) -> list[RecordEvent]:
    """The sitting's record events after seq ``after``, in the order they were committed."""
    return rows.read_record(conn, RECORD_KINDS, sitting_id, after)


def append_record(conn: Connection, sitting_id: int, data: EventData, at: float, **stamp: Any) -> tuple[int, int]:
    """Append one record event (``stamp``: segment_id, speaker_entry_id, participant_key, author); returns (id, seq)."""
    return rows.append_record(conn, sitting_id, data, at, **stamp)


__all__ = [
    "RECORD_KINDS", "RecordEvent", "append_record", "read_record", "record_event",
    *(t.__name__ for t in RECORD_KINDS.types.values()),
]
