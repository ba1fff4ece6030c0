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

from .journal import RecordEvent

log = logging.getLogger(__name__)

# Question status
WAITING = "waiting"
PUT = "put"  # put to the panel in a round
ANSWERED = "answered"
MERGED = "merged"
NOT_REACHED = "not_reached"
QUESTION_STATUSES = (WAITING, PUT, ANSWERED, MERGED, NOT_REACHED)
STATUS_LABELS = {
    WAITING: "waiting",
    PUT: "put to the panel",
    ANSWERED: "answered",
    MERGED: "merged",
    NOT_REACHED: "not reached",
}

# Where a question came from
SOURCES = ("room", "online", "advance")
SOURCE_LABELS = {"room": "room", "online": "online chat", "advance": "submitted in advance"}

# Note kinds
NOTE = "note"
KEY_MESSAGE = "key_message"
NEXT_STEP = "next_step"
NOTE_KINDS = (NOTE, KEY_MESSAGE, NEXT_STEP)
NOTE_LABELS = {NOTE: "note", KEY_MESSAGE: "key message", NEXT_STEP: "next step"}


@dataclass(frozen=True, slots=True)
class Person:
    """Who asked, answered, contributed or owns an action: a programme participant or free text."""

    name: str
    key: str | None = None  # programme participant key, when known
    delegation: str | None = None
    group: str | None = None
    protected: bool = False  # a protected identity: reports show ``group`` instead of ``name``

    @property
    def label(self) -> str:
        """Name and delegation, for the rapporteur's own screens."""
        if self.delegation and self.delegation not in self.name:
            return f"{self.name} ({self.delegation})"
        return self.name

    def to_payload(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "key": self.key,
            "delegation": self.delegation,
            "group": self.group,
            "protected": self.protected,
        }

    @classmethod
    def from_payload(cls, data: dict[str, Any] | None) -> Person | None:
        if not data:
            return None
        return cls(
            name=data["name"],
            key=data.get("key"),
            delegation=data.get("delegation"),
            group=data.get("group"),
            protected=bool(data.get("protected", False)),
        )


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


def _people(data: list[dict[str, Any]] | None) -> tuple[Person, ...]:
    return tuple(p for p in (Person.from_payload(d) for d in data or ()) if p is not None)


def _question(state: RecordState, event: RecordEvent, key: str = "question_id") -> Question | None:
    q = state.questions.get(event.payload.get(key))
    if q is None:
        log.warning("record event %s names unknown question %r", event.id, event.payload.get(key))
    return q


def _edit(target: Any, payload: dict[str, Any], fields: dict[str, str]) -> None:
    """An ``…_edited`` event: each payload key present (``fields`` maps it to its attribute) replaces that attribute."""
    for key, attribute in fields.items():
        if key in payload:
            setattr(target, attribute, payload[key])


def apply(state: RecordState, e: RecordEvent) -> None:
    """Fold one event into the state."""
    p = e.payload
    k = e.kind
    state.last_event_id = max(state.last_event_id, e.id)
    if k == "question_added":
        state.questions[e.id] = Question(
            id=e.id,
            number=len(state.questions) + 1,
            at=e.at,
            text=p["text"],
            source=p.get("source", "room"),
            asker=Person.from_payload(p.get("asker")),
            addressed_to=_people(p.get("addressed_to")),
            segment_id=e.segment_id,
            speaker_entry_id=e.speaker_entry_id,
            author=e.author,
        )
    elif k == "question_edited":
        if (q := _question(state, e)) is not None:
            if "text" in p:
                q.text = p["text"]
            if "asker" in p:
                q.asker = Person.from_payload(p["asker"])
            if "addressed_to" in p:
                q.addressed_to = _people(p["addressed_to"])
            if "source" in p:
                q.source = p["source"]
    elif k == "round_put":
        number = len(state.rounds) + 1
        ids = tuple(i for i in p["question_ids"] if i in state.questions)
        state.rounds.append(Round(number, e.id, e.at, ids))
        for i in ids:
            state.questions[i].status = PUT
            state.questions[i].round = number
    elif k == "question_answered":
        if (q := _question(state, e)) is not None:
            q.answers.append(Answer(e.id, e.at, p.get("note", ""), _people(p.get("by")), e.author))
            q.status = ANSWERED
            state.answers[e.id] = q.id
    elif k == "answer_edited":
        qid = state.answers.get(p.get("answer_id"))
        if qid is not None:
            for a in state.questions[qid].answers:
                if a.id == p["answer_id"]:
                    a.note = p["note"]
    elif k == "question_merged":
        if (q := _question(state, e)) is not None and p.get("into") in state.questions:
            q.status = MERGED
            q.merged_into = p["into"]
    elif k == "question_status_set":
        if (q := _question(state, e)) is not None:
            q.status = p["status"]
            if q.status != MERGED:
                q.merged_into = None
    elif k == "questions_not_reached":
        for i in p["question_ids"]:
            if i in state.questions:
                state.questions[i].status = NOT_REACHED
    elif k == "tour_order_set":
        state.tour_orders[p["segment_id"]] = _people(p["stakeholders"])
    elif k == "contribution_added":
        state.contributions[e.id] = Contribution(
            id=e.id,
            at=e.at,
            segment_id=e.segment_id if e.segment_id is not None else p["segment_id"],
            stakeholder=Person.from_payload(p["stakeholder"]),  # type: ignore[arg-type]
            item_key=p.get("item"),
            question=p.get("question"),
            summary=p.get("summary", ""),
            seconds=p.get("seconds"),
            passed=bool(p.get("passed", False)),
            speaker_entry_id=e.speaker_entry_id,
            author=e.author,
        )
    elif k == "contribution_edited":
        c = state.contributions.get(p.get("contribution_id"))
        if c is not None:
            _edit(c, p, {"summary": "summary", "item": "item_key", "question": "question", "seconds": "seconds"})
    elif k == "note_added":
        state.notes[e.id] = Note(
            id=e.id,
            at=e.at,
            kind=p.get("kind", NOTE),
            text=p["text"],
            owner=p.get("owner"),
            segment_id=e.segment_id,
            speaker=Person.from_payload(p.get("speaker")),
            speaker_entry_id=e.speaker_entry_id,
            author=e.author,
        )
    elif k == "note_edited":
        n = state.notes.get(p.get("note_id"))
        if n is not None:
            _edit(n, p, {"text": "text", "owner": "owner"})
    elif k == "struck":
        target = p.get("target_id")
        for table in (state.questions, state.contributions, state.notes):
            if target in table:
                table[target].struck = not p.get("restore", False)
    elif k == "correction":
        pass  # the secretariat's correction of an intervention: applied by meetingdesk.report
    else:
        log.warning("unknown record event kind %r (id %s) ignored", k, e.id)


def fold(events: list[RecordEvent]) -> RecordState:
    state = RecordState()
    for e in events:
        apply(state, e)
    return state
