"""What the rapporteur has logged, as a fold of the record events.

``apply(state, event)`` is the only place an event changes the state; opening a
record replays every event through it and a live command applies its one new
event through it, so replay and live use exactly the same code. ``apply``
never refuses: commands check before they write (see ``record.py``).

Every thing logged is named by the id of the event that created it (a
question's id is the id of its ``question_added`` event): ids come from the
database, so two rapporteurs on two machines never hand out the same one.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from meetingdesk.i18n import N_
from meetingdesk.journal.events import ABSENT, Handlers
from meetingdesk.journal.rows import RecordEvent

from . import journal as rj
from .person import Person

log = logging.getLogger(__name__)

# Question status
WAITING = "waiting"
PUT = "put"  # put to the panel in a round
ANSWERED = "answered"
MERGED = "merged"
NOT_REACHED = "not_reached"
QUESTION_STATUSES = (WAITING, PUT, ANSWERED, MERGED, NOT_REACHED)
STATUS_LABELS = {
    WAITING: N_("waiting"),
    PUT: N_("put to the panel"),
    ANSWERED: N_("answered"),
    MERGED: N_("merged"),
    NOT_REACHED: N_("not reached"),
}

# Where a question came from
SOURCES = ("room", "online", "advance")
SOURCE_LABELS = {"room": N_("room"), "online": N_("online chat"), "advance": N_("submitted in advance")}

# Note kinds
NOTE = "note"
KEY_MESSAGE = "key_message"
NEXT_STEP = "next_step"
NOTE_KINDS = (NOTE, KEY_MESSAGE, NEXT_STEP)
NOTE_LABELS = {NOTE: N_("note"), KEY_MESSAGE: N_("key message"), NEXT_STEP: N_("next step")}


@dataclass
class Answer:
    id: int  # the question_answered event
    at: float
    note: str
    by: tuple[Person, ...]
    author: str | None


@dataclass
class Question:
    id: int
    number: int  # Q1, Q2 ... in the order they were logged
    at: float
    text: str
    source: str
    asker: Person | None
    addressed_to: tuple[Person, ...]
    segment_id: int | None
    speaker_entry_id: int | None
    author: str | None
    status: str = WAITING
    round: int | None = None  # the round it was put in
    merged_into: int | None = None
    answers: list[Answer] = field(default_factory=list)
    struck: bool = False

    @property
    def label(self) -> str:
        return f"Q{self.number}"


@dataclass
class Round:
    number: int
    id: int  # the round_put event
    at: float
    question_ids: tuple[int, ...]


@dataclass
class Contribution:
    """A stakeholder's turn in a tour-de-table: what they said on which item, or that they passed."""

    id: int
    at: float
    segment_id: int
    stakeholder: Person
    item_key: str | None  # None = general, not on one standing item
    question: int | None  # 1-based number of the item's guiding question
    summary: str
    seconds: float | None  # time used
    passed: bool
    speaker_entry_id: int | None
    author: str | None
    struck: bool = False


@dataclass
class Note:
    id: int
    at: float
    kind: str  # note | key_message | next_step
    text: str
    owner: str | None  # of a next step, where named
    segment_id: int | None
    speaker: Person | None
    speaker_entry_id: int | None
    author: str | None
    struck: bool = False


@dataclass
class RecordState:
    questions: dict[int, Question] = field(default_factory=dict)
    rounds: list[Round] = field(default_factory=list)
    answers: dict[int, int] = field(default_factory=dict)  # answer id -> question id
    tour_orders: dict[int, tuple[Person, ...]] = field(default_factory=dict)  # segment -> stakeholders
    contributions: dict[int, Contribution] = field(default_factory=dict)
    notes: dict[int, Note] = field(default_factory=dict)
    last_event_id: int = 0
    last_seq: int = 0  # the record's last seq taken in (a follower reads the events after it)


FOLD: Handlers[RecordState] = Handlers()  # one small apply function per event type: (state, event, row)


def _question(state: RecordState, row: RecordEvent, question_id: int | None) -> Question | None:
    q = state.questions.get(question_id) if question_id is not None else None
    if q is None:
        log.warning("record event %s names unknown question %r", row.id, question_id)
    return q


def _edit(target: Any, data: Any, fields: dict[str, str]) -> None:
    """An ``…_edited`` event: each field present (``fields`` maps it to its attribute) replaces that attribute."""
    for name, attribute in fields.items():
        value = getattr(data, name)
        if value is not ABSENT:
            setattr(target, attribute, value)


@FOLD.on(rj.QuestionAdded)
def _question_added(state: RecordState, e: rj.QuestionAdded, row: RecordEvent) -> None:
    state.questions[row.id] = Question(
        id=row.id,
        number=len(state.questions) + 1,
        at=row.at,
        text=e.text,
        source=e.source,
        asker=e.asker,
        addressed_to=e.addressed_to,
        segment_id=row.segment_id,
        speaker_entry_id=row.speaker_entry_id,
        author=row.author,
    )


@FOLD.on(rj.QuestionEdited)
def _question_edited(state: RecordState, e: rj.QuestionEdited, row: RecordEvent) -> None:
    if (q := _question(state, row, e.question_id)) is not None:
        _edit(q, e, {"text": "text", "asker": "asker", "addressed_to": "addressed_to", "source": "source"})


@FOLD.on(rj.RoundPut)
def _round_put(state: RecordState, e: rj.RoundPut, row: RecordEvent) -> None:
    number = len(state.rounds) + 1
    ids = tuple(i for i in e.question_ids if i in state.questions)
    state.rounds.append(Round(number, row.id, row.at, ids))
    for i in ids:
        state.questions[i].status = PUT
        state.questions[i].round = number


@FOLD.on(rj.QuestionAnswered)
def _question_answered(state: RecordState, e: rj.QuestionAnswered, row: RecordEvent) -> None:
    if (q := _question(state, row, e.question_id)) is not None:
        q.answers.append(Answer(row.id, row.at, e.note, e.by, row.author))
        q.status = ANSWERED
        state.answers[row.id] = q.id


@FOLD.on(rj.AnswerEdited)
def _answer_edited(state: RecordState, e: rj.AnswerEdited, row: RecordEvent) -> None:
    qid = state.answers.get(e.answer_id)
    if qid is not None:
        for a in state.questions[qid].answers:
            if a.id == e.answer_id:
                a.note = e.note


@FOLD.on(rj.QuestionMerged)
def _question_merged(state: RecordState, e: rj.QuestionMerged, row: RecordEvent) -> None:
    if (q := _question(state, row, e.question_id)) is not None and e.into in state.questions:
        q.status = MERGED
        q.merged_into = e.into


@FOLD.on(rj.QuestionStatusSet)
def _question_status_set(state: RecordState, e: rj.QuestionStatusSet, row: RecordEvent) -> None:
    if (q := _question(state, row, e.question_id)) is not None:
        q.status = e.status
        if q.status != MERGED:
            q.merged_into = None


@FOLD.on(rj.QuestionsNotReached)
def _questions_not_reached(state: RecordState, e: rj.QuestionsNotReached, row: RecordEvent) -> None:
    for i in e.question_ids:
        if i in state.questions:
            state.questions[i].status = NOT_REACHED


@FOLD.on(rj.TourOrderSet)
def _tour_order_set(state: RecordState, e: rj.TourOrderSet, row: RecordEvent) -> None:
    state.tour_orders[e.segment_id] = e.stakeholders


@FOLD.on(rj.ContributionAdded)
def _contribution_added(state: RecordState, e: rj.ContributionAdded, row: RecordEvent) -> None:
    state.contributions[row.id] = Contribution(
        id=row.id,
        at=row.at,
        segment_id=row.segment_id if row.segment_id is not None else e.segment_id,
        stakeholder=e.stakeholder,
        item_key=e.item,
        question=e.question,
        summary=e.summary,
        seconds=e.seconds,
        passed=bool(e.passed),
        speaker_entry_id=row.speaker_entry_id,
        author=row.author,
    )


@FOLD.on(rj.ContributionEdited)
def _contribution_edited(state: RecordState, e: rj.ContributionEdited, row: RecordEvent) -> None:
    c = state.contributions.get(e.contribution_id)
    if c is not None:
        _edit(c, e, {"summary": "summary", "item": "item_key", "question": "question", "seconds": "seconds"})


@FOLD.on(rj.NoteAdded)
def _note_added(state: RecordState, e: rj.NoteAdded, row: RecordEvent) -> None:
    state.notes[row.id] = Note(
        id=row.id,
        at=row.at,
        kind=e.note_kind,
        text=e.text,
        owner=e.owner,
        segment_id=row.segment_id,
        speaker=e.speaker,
        speaker_entry_id=row.speaker_entry_id,
        author=row.author,
    )


@FOLD.on(rj.NoteEdited)
def _note_edited(state: RecordState, e: rj.NoteEdited, row: RecordEvent) -> None:
    n = state.notes.get(e.note_id)
    if n is not None:
        _edit(n, e, {"text": "text", "owner": "owner"})


@FOLD.on(rj.Struck)
def _struck(state: RecordState, e: rj.Struck, row: RecordEvent) -> None:
    for table in (state.questions, state.contributions, state.notes):
        if e.target_id in table:
            table[e.target_id].struck = not e.restore


@FOLD.on(rj.Correction)
def _correction(state: RecordState, e: rj.Correction, row: RecordEvent) -> None:
    """The secretariat's correction of an intervention: applied by meetingdesk.report."""


def apply(state: RecordState, row: RecordEvent) -> None:
    """Fold one event into the state."""
    state.last_event_id = max(state.last_event_id, row.id)
    state.last_seq = max(state.last_seq, row.seq)
    handler = FOLD.by_type.get(type(row.data))
    if handler is None:
        log.warning("record event %s cannot be read (%s): left out", row.id, getattr(row.data, "why", row.kind))
        return
    handler(state, row.data, row)


def fold(events: list[RecordEvent]) -> RecordState:
    state = RecordState()
    for e in events:
        apply(state, e)
    return state
