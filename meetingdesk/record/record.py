"""The rapporteur's record of a sitting: commands that log, queries that read.

One path for every change, as in the live engine: a command checks its input
against the current state, appends ONE event to ``record_event`` and commits it
before it returns, folds that event into the state with the same ``apply`` a
replay uses, and tells listeners what changed. A refused command raises
``CommandRefused`` (the live engine's) with a plain reason and writes nothing.

Corrections are events too (text corrected, status changed, struck from the
record): nothing logged is ever updated in place, so the record of a sitting
can always be replayed to any moment.

The record never writes to the moderator's journal and never takes its
sequence numbers; with a ``LiveSitting`` at hand it only *reads* its view, to
stamp what is logged with the running segment and the speaker at the floor.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from meetingdesk.i18n import Word
from meetingdesk.journal.changes import Change, Touched
from meetingdesk.journal.errors import CommandRefused
from meetingdesk.journal.events import EventData
from meetingdesk.journal.rows import reading
from meetingdesk.journal.timeline import quantize, to_epoch
from meetingdesk.programme.identities import HONORIFICS, fold_text
from meetingdesk.programme.model import text_limit

from . import journal as rj
from .journal import RecordEvent, append_record, read_record, record_event
from .programme import RecordProgramme, SegmentInfo, StandingItemInfo, load_programme_info
from .state import (
    ANSWERED,
    KEY_MESSAGE,
    MERGED,
    NEXT_STEP,
    NOT_REACHED,
    NOTE,
    NOTE_KINDS,
    PUT,
    QUESTION_STATUSES,
    SOURCES,
    STATUS_LABELS,
    WAITING,
    Contribution,
    Note,
    Person,
    Question,
    RecordState,
    Round,
    apply,
    fold,
)

log = logging.getLogger(__name__)

MAX_TEXT = 5000
MAX_AUTHOR = text_limit(record_event.c.author)  # 200
ROUND_SIZE = 3  # moderators usually take three questions, then the answers
MODERATOR = "moderator"  # the author of what the moderator's console logs (its questions strip)

_SPEAKER = object()  # "the participant this row is about" defaults to the speaker at the floor

@dataclass(frozen=True, slots=True)
class Context:
    """When and where something is logged: the running segment and the speaker at the floor."""

    segment_id: int | None = None
    speaker_entry_id: int | None = None
    speaker_key: str | None = None
    speaker_name: str | None = None
    speaker_delegation: str | None = None
    speaker_elapsed: float | None = None  # seconds at the floor so far

    @classmethod
    def from_live(cls, live: Any) -> Context:
        """Read (never write) a ``LiveSitting``'s view: its current segment and speaker."""
        view = live.view()
        seg = view.current_segment
        sp = view.speaker
        return cls(
            segment_id=seg.id if seg is not None else None,
            speaker_entry_id=sp.entry_id if sp is not None else None,
            speaker_key=sp.participant_key if sp is not None else None,
            speaker_name=sp.name if sp is not None else None,
            speaker_delegation=sp.delegation if sp is not None else None,
            speaker_elapsed=sp.elapsed if sp is not None else None,
        )


@dataclass(frozen=True, slots=True)
class GridRow:
    stakeholder: Person
    cells: dict[str, tuple[Contribution, ...]]  # standing item key -> its contributions
    general: tuple[Contribution, ...]  # contributions on no single item
    passed: bool  # passed and contributed nothing
    seconds: float  # time used in all
    reached: bool  # has taken (or passed) their turn


@dataclass(frozen=True, slots=True)
class TourGrid:
    """Stakeholders × standing items: what was collected at a glance."""

    segment_id: int
    items: tuple[StandingItemInfo, ...]
    rows: tuple[GridRow, ...]

    def cell(self, stakeholder: str, item_key: str) -> tuple[Contribution, ...]:
        """Contributions of a stakeholder (name or participant key) on one item."""
        for row in self.rows:
            if stakeholder in (row.stakeholder.key, row.stakeholder.name):
                return row.cells.get(item_key, ())
        raise KeyError(stakeholder)


@dataclass(frozen=True, slots=True)
class Hit:
    """One search result: what was found (``kind`` + ``id``), in which field, and that field's text."""

    kind: str  # question | contribution | note | key_message | next_step
    id: int
    at: float
    field: str  # text | asker | addressed_to | answer | summary | stakeholder | owner | speaker
    text: str


_HONORIFIC = re.compile(r"^(?:(?:" + "|".join(re.escape(fold_text(h).rstrip(".")) for h in HONORIFICS) + r")\.?\s+)+")


def _clean(text: str | None, what: str, *, required: bool = True) -> str:
    text = (text or "").strip()
    if required and not text:
        raise CommandRefused("the {what} is empty", what=what)
    if len(text) > MAX_TEXT:
        raise CommandRefused("the {what} is too long ({count} characters; at most {most})", what=what, count=len(text), most=MAX_TEXT)
    return text


def _author(name: str | None) -> str | None:
    name = (name or "").strip() or None
    if name is not None and len(name) > MAX_AUTHOR:  # PostgreSQL would refuse every entry
        raise CommandRefused("the rapporteur's name is too long ({count} characters; at most {most})", count=len(name), most=MAX_AUTHOR)
    return name


class Record:
    """The rapporteur's record of one sitting. Open with ``Record.open(store, sitting_id, clock)``."""

    journal = "record"  # which journal a ``Watch`` catches it up on

    def __init__(
        self,
        conn: Connection | None,
        programme: RecordProgramme,
        clock: Any,
        events: list[RecordEvent],
        *,
        live: Any = None,
        author: str | None = None,
    ):
        self._conn = conn
        self.programme = programme
        self.clock = clock
        self.live = live
        self.author = author
        self._events = events
        self._state: RecordState = fold(events)
        self._listeners: list[Callable[[Change], None]] = []

    # ------------------------------------------------------------------ opening

    @classmethod
    def open(cls, store, sitting_id: int, clock: Any, *, live: Any = None, author: str | None = None) -> Record:
        """Load the sitting's programme and replay its record.

        ``live``: the sitting's ``LiveSitting`` (read only), to stamp entries with the running
        segment and the speaker. ``author``: who logs, when several rapporteurs share a sitting.
        """
        author = _author(author)
        with store.session() as session:
            programme = load_programme_info(session, sitting_id)
        conn = store.engine.connect()
        try:
            events = read_record(conn, sitting_id)
            conn.commit()
        except BaseException:
            conn.close()
            raise
        return cls(conn, programme, clock, events, live=live, author=author)

    @classmethod
    def replay(cls, programme: RecordProgramme, events: list[RecordEvent]) -> Record:  # noqa: D102
        """A read-only record of events already read (a report's): its queries answer, its commands
        cannot be used (no connection, no clock)."""
        return cls(None, programme, None, events)

    def close(self) -> None:
        """Release the database connection (everything is already committed)."""
        if self._conn is not None:
            self._conn.close()

    @property
    def _db(self) -> Connection:
        if self._conn is None:
            raise CommandRefused("this record was replayed for a report: it takes no commands")
        return self._conn

    def __enter__(self) -> Record:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def sitting_id(self) -> int:
        return self.programme.sitting_id

    @property
    def last_seq(self) -> int:
        return self._state.last_seq

    def subscribe(self, listener: Callable[[Change], None]) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[Change], None]) -> None:
        self._listeners.remove(listener)

    def events(self) -> tuple[RecordEvent, ...]:
        return tuple(self._events)

    def catch_up(self) -> Change | None:
        """Take in what was logged since the last event in hand (by other rapporteurs, the moderator's
        questions strip, the secretariat), in the order it was committed; None when there was nothing
        new. Reads only the events after the last seq in hand. A database that cannot be reached
        raises ``StorageError``; the next call reconnects and reads what was missed."""
        with reading(self._db):
            new = read_record(self._db, self.programme.sitting_id, after=self._state.last_seq)
        if not new:
            return None
        touched = Touched(0)
        for e in new:
            self._events.append(e)
            apply(self._state, e)
            touched |= getattr(type(e.data), "touches", Touched(0))
        change = Change(touched, new[-1].id)
        self._tell(change)
        return change

    # ------------------------------------------------------------------ the one path

    def now(self) -> float:
        if self.live is not None:
            return self.live.now()  # the moderator's timeline, so both logs line up
        return quantize(to_epoch(self.clock.utc()))

    def context(self) -> Context:
        """The running segment and speaker, from the live sitting when there is one."""
        if self.live is None:
            return Context()
        return Context.from_live(self.live)

    def _commit(self, data: EventData, context: Context | None, about: Any = _SPEAKER) -> int:
        """``about``: the participant key the row is about (default: the speaker at the floor).

        The event takes the record's next seq in the database; what others logged before it is
        taken in first (``catch_up``), so every machine folds the record in the same order.
        """
        ctx = context if context is not None else self.context()
        if about is _SPEAKER:
            about = ctx.speaker_key
        event_id, _seq = append_record(
            self._db,
            self.programme.sitting_id,
            data,
            self.now(),
            segment_id=ctx.segment_id,
            speaker_entry_id=ctx.speaker_entry_id,
            participant_key=about,
            author=self.author,
        )
        try:
            self.catch_up()
        except Exception:  # committed all the same: the next catch-up takes it in
            log.exception("record %s: entry %s committed, not yet read back", self.programme.sitting_id, event_id)
        return event_id

    def _tell(self, change: Change) -> None:
        for listener in list(self._listeners):
            try:
                listener(change)
            except Exception:  # a broken screen must not make a committed entry look failed
                log.exception("record listener failed")

    # ------------------------------------------------------------------ people

    def person(self, who: str | Person, delegation: str | None = None) -> Person:
        """A programme participant by key, or free text ("Delegate of Chile")."""
        if isinstance(who, Person):
            return who
        text = (who or "").strip()
        if not text:
            raise CommandRefused("no name given")
        known = self.find_person(text)
        if known is not None:
            if delegation and delegation != known.delegation:
                return Person(known.name, known.key, delegation, known.group, known.protected)
            return known
        return Person(name=_clean(text, "name"), delegation=(delegation or "").strip() or None)

    def find_person(self, text: str) -> Person | None:
        """The programme participant a typed text names: their key, or their name or surname with
        or without honorific ("beavan", "Mark Beavan", "mr. mark beavan", "Ms. Otiende"); None when
        it names no one."""
        text = text.strip()
        if text in self.programme.people:
            return self.programme.people[text]
        folded = _HONORIFIC.sub("", fold_text(text))
        for person in self.programme.people.values():
            name = _HONORIFIC.sub("", fold_text(person.name))
            if folded == name or (len(folded) > 3 and name.endswith(" " + folded)):
                return person
        return None

    def set_author(self, author: str | None) -> None:
        """Who logs from now on (the rapporteur's name, as the summary prints it)."""
        self.author = _author(author)

    def _speaker(self, ctx: Context) -> Person | None:
        if ctx.speaker_key and ctx.speaker_key in self.programme.people:
            return self.programme.people[ctx.speaker_key]
        if ctx.speaker_name:
            return Person(name=ctx.speaker_name, delegation=ctx.speaker_delegation)
        return None

    # ------------------------------------------------------------------ Q&A

    def _q(self, question_id: int) -> Question:
        q = self._state.questions.get(question_id)
        if q is None or q.struck:
            raise CommandRefused("there is no question {question_id}", question_id=question_id)
        return q

    def add_question(
        self,
        text: str,
        *,
        asker: str | Person | None = None,
        delegation: str | None = None,
        addressed_to: Iterable[str | Person] = (),
        source: str = "room",
        context: Context | None = None,
    ) -> int:
        """Log a question; returns its id. ``source``: room | online | advance."""
        if source not in SOURCES:
            raise CommandRefused("a question comes from the room, online or in advance, not {source!r}", source=source)
        who = self.person(asker, delegation) if asker else None
        if who is None and delegation:
            who = Person(name=delegation.strip(), delegation=delegation.strip())
        payload = {
            "text": _clean(text, "question"),
            "source": source,
            "asker": who.to_payload() if who else None,
            "addressed_to": [self.person(p).to_payload() for p in addressed_to],
        }
        return self._commit(rj.QuestionAdded.from_payload(payload), context, who.key if who else None)

    def edit_question(
        self,
        question_id: int,
        *,
        text: str | None = None,
        asker: str | Person | None = None,
        delegation: str | None = None,
        addressed_to: Iterable[str | Person] | None = None,
        source: str | None = None,
    ) -> int:
        """Correct a question (its text, who asked, to whom, where from): a new event, history kept."""
        self._q(question_id)
        payload: dict[str, Any] = {"question_id": question_id}
        if text is not None:
            payload["text"] = _clean(text, "question")
        if asker is not None:
            payload["asker"] = self.person(asker, delegation).to_payload()
        if addressed_to is not None:
            payload["addressed_to"] = [self.person(p).to_payload() for p in addressed_to]
        if source is not None:
            if source not in SOURCES:
                raise CommandRefused("a question comes from the room, online or in advance, not {source!r}", source=source)
            payload["source"] = source
        if len(payload) == 1:
            raise CommandRefused("nothing to correct")
        return self._commit(rj.QuestionEdited.from_payload(payload), None)

    def put_round(self, question_ids: Iterable[int] | None = None) -> int:
        """Put questions to the panel as one round (default: the next round); returns the round number."""
        ids = list(question_ids) if question_ids is not None else [q.id for q in self.next_round()]
        if not ids:
            raise CommandRefused("no question is waiting")
        if len(set(ids)) != len(ids):
            raise CommandRefused("a question is named twice in the round")
        for i in ids:
            q = self._q(i)
            if q.status != WAITING:
                raise CommandRefused("{label} is {value}, not waiting", label=q.label, value=Word(STATUS_LABELS[q.status]))
        self._commit(rj.RoundPut(tuple(ids)), None)
        return len(self._state.rounds)

    def answer(self, question_id: int, note: str, *, by: Iterable[str | Person] = (), context: Context | None = None) -> int:
        """A short note of an answer (several panellists may answer one question); returns the answer's id."""
        q = self._q(question_id)
        if q.status == MERGED and q.merged_into is not None:
            target = self._state.questions[q.merged_into]
            raise CommandRefused("{label} was merged with {label2}: note the answer there", label=q.label, label2=target.label)
        ctx = context if context is not None else self.context()
        people = [self.person(p) for p in by]
        if not people and (speaker := self._speaker(ctx)) is not None:
            people = [speaker]
        payload = {
            "question_id": question_id,
            "note": _clean(note, "answer", required=False),
            "by": [p.to_payload() for p in people],
        }
        return self._commit(rj.QuestionAnswered.from_payload(payload), ctx, people[0].key if people else None)

    def edit_answer(self, answer_id: int, note: str) -> int:
        if answer_id not in self._state.answers:
            raise CommandRefused("there is no answer {answer_id}", answer_id=answer_id)
        return self._commit(rj.AnswerEdited(answer_id, _clean(note, "answer", required=False)), None)

    def merge(self, question_id: int, into: int) -> int:
        """The question is the same as (or folded into) another: it is answered with that one."""
        q, target = self._q(question_id), self._q(into)
        if q.id == target.id:
            raise CommandRefused("a question cannot be merged with itself")
        if target.status == MERGED:
            raise CommandRefused("{label} is itself merged; merge with the question it was merged into", label=target.label)
        if q.status == MERGED:
            raise CommandRefused("{label} is already merged", label=q.label)
        if any(o.merged_into == q.id for o in self._state.questions.values() if o.status == MERGED):
            raise CommandRefused("other questions were merged into {label}; merge {label2} into it instead", label=q.label, label2=target.label)
        return self._commit(rj.QuestionMerged(question_id, into), None)

    def set_status(self, question_id: int, status: str) -> int:
        """Change a question's status by hand (back to waiting, not reached, ...)."""
        self._q(question_id)
        if status not in QUESTION_STATUSES or status == MERGED:
            raise CommandRefused("{status!r} is not a status to set (use merge to merge)", status=status)
        return self._commit(rj.QuestionStatusSet(question_id, status), None)

    def close_questions(self) -> list[int]:
        """At the end of the Q&A: every question still waiting or put and unanswered is "not reached"."""
        ids = [q.id for q in self.questions() if q.status in (WAITING, PUT)]
        if not ids:
            raise CommandRefused("every question was answered or merged")
        self._commit(rj.QuestionsNotReached(tuple(ids)), None)
        return ids

    def question(self, question_id: int) -> Question:
        return self._q(question_id)

    def questions(self, status: str | None = None) -> list[Question]:
        """Every question in the order logged (struck ones left out)."""
        return [q for q in self._state.questions.values() if not q.struck and (status is None or q.status == status)]

    def waiting_questions(self) -> list[Question]:
        """For the moderator: questions not yet put to the panel, in the order they were taken."""
        return self.questions(WAITING)

    def next_round(self, size: int = ROUND_SIZE) -> list[Question]:
        """For the moderator: the questions the next round would put to the panel."""
        return self.waiting_questions()[:size]

    def rounds(self) -> list[Round]:
        return list(self._state.rounds)

    def merged_into(self, question_id: int) -> list[Question]:
        """Questions merged with this one."""
        return [q for q in self.questions(MERGED) if q.merged_into == question_id]

    # ------------------------------------------------------------------ tour-de-table

    def _tour_segment(self, segment_id: int | None, ctx: Context) -> SegmentInfo:
        sid = segment_id if segment_id is not None else ctx.segment_id
        if sid is None:
            tours = self.programme.tours
            if len(tours) == 1:
                return tours[0]
            raise CommandRefused("no segment is running: say which segment the contribution belongs to")
        seg = self.programme.segment(sid)
        if seg is None:
            raise CommandRefused("segment {sid} is not in this sitting", sid=sid)
        return seg

    def set_tour_order(self, segment_id: int, stakeholders: Iterable[str | Person]) -> int:
        """The round of stakeholders in the order they will be given the floor."""
        if self.programme.segment(segment_id) is None:
            raise CommandRefused("segment {segment_id} is not in this sitting", segment_id=segment_id)
        people = [self.person(p) for p in stakeholders]
        if not people:
            raise CommandRefused("the round has no stakeholder")
        return self._commit(rj.TourOrderSet(segment_id, tuple(people)), None)

    def _item_question(self, seg: SegmentInfo, item: str | None, question: int | None) -> tuple[str | None, int | None]:
        if item is None:
            if question is not None:
                raise CommandRefused("a guiding question needs its standing item")
            return None, None
        info = seg.item(item)
        if info is None:
            known = ", ".join(i.key for i in seg.standing_items) or "none"
            raise CommandRefused("{item!r} is not a standing item of “{title}” (items: {known})", item=item, title=seg.title, known=known)
        if question is not None and not 1 <= question <= len(info.questions):
            raise CommandRefused("item {item!r} has {count} guiding questions, not a question {question}", item=item, count=len(info.questions), question=question)
        return item, question

    def add_contribution(
        self,
        stakeholder: str | Person,
        summary: str,
        *,
        item: str | None = None,
        question: int | None = None,
        seconds: float | None = None,
        delegation: str | None = None,
        segment_id: int | None = None,
        context: Context | None = None,
    ) -> int:
        """A stakeholder's contribution: its summary, the standing item and guiding question (1-based)
        it addresses, and the time used. Returns its id."""
        ctx = context if context is not None else self.context()
        seg = self._tour_segment(segment_id, ctx)
        item, question = self._item_question(seg, item, question)
        who = self.person(stakeholder, delegation)
        if seconds is not None and seconds < 0:
            raise CommandRefused("the time used cannot be negative")
        payload = {
            "segment_id": seg.id,
            "stakeholder": who.to_payload(),
            "item": item,
            "question": question,
            "summary": _clean(summary, "summary"),
            "seconds": seconds,
            "passed": False,
        }
        return self._commit(rj.ContributionAdded.from_payload(payload), _with_segment(ctx, seg.id), who.key)

    def pass_turn(
        self,
        stakeholder: str | Person,
        *,
        delegation: str | None = None,
        segment_id: int | None = None,
        context: Context | None = None,
    ) -> int:
        """The stakeholder passed when their turn came."""
        ctx = context if context is not None else self.context()
        seg = self._tour_segment(segment_id, ctx)
        who = self.person(stakeholder, delegation)
        payload = {"segment_id": seg.id, "stakeholder": who.to_payload(), "item": None, "question": None,
                   "summary": "", "seconds": None, "passed": True}
        return self._commit(rj.ContributionAdded.from_payload(payload), _with_segment(ctx, seg.id), who.key)

    def edit_contribution(
        self,
        contribution_id: int,
        *,
        summary: str | None = None,
        item: str | None = None,
        question: int | None = None,
        seconds: float | None = None,
    ) -> int:
        c = self._state.contributions.get(contribution_id)
        if c is None or c.struck:
            raise CommandRefused("there is no contribution {contribution_id}", contribution_id=contribution_id)
        seg = self._tour_segment(c.segment_id, Context())
        payload: dict[str, Any] = {"contribution_id": contribution_id}
        if summary is not None:
            payload["summary"] = _clean(summary, "summary")
        if item is not None or question is not None:
            payload["item"], payload["question"] = self._item_question(
                seg, item if item is not None else c.item_key, question
            )
        if seconds is not None:
            if seconds < 0:
                raise CommandRefused("the time used cannot be negative")
            payload["seconds"] = seconds
        if len(payload) == 1:
            raise CommandRefused("nothing to correct")
        return self._commit(rj.ContributionEdited.from_payload(payload), None)

    def contributions(self, segment_id: int | None = None) -> list[Contribution]:
        return [
            c for c in self._state.contributions.values()
            if not c.struck and (segment_id is None or c.segment_id == segment_id)
        ]

    def tour_order(self, segment_id: int) -> tuple[Person, ...]:
        return self._state.tour_orders.get(segment_id, ())

    def tour_grid(self, segment_id: int) -> TourGrid:
        """Stakeholders (the round's order, then anyone else who spoke) × the segment's standing items."""
        seg = self.programme.segment(segment_id)
        if seg is None:
            raise CommandRefused("segment {segment_id} is not in this sitting", segment_id=segment_id)
        order: list[Person] = list(self.tour_order(segment_id))
        by_who: dict[tuple, list[Contribution]] = {}

        def ident(p: Person) -> tuple:
            return ("key", p.key) if p.key else ("name", fold_text(p.name), fold_text(p.delegation or ""))

        for p in order:
            by_who.setdefault(ident(p), [])
        for c in self.contributions(segment_id):
            who = ident(c.stakeholder)
            if who not in by_who:
                by_who[who] = []
                order.append(c.stakeholder)
            by_who[who].append(c)
        rows = []
        for p in order:
            mine = by_who[ident(p)]
            spoken = [c for c in mine if not c.passed]
            rows.append(
                GridRow(
                    stakeholder=p,
                    cells={i.key: tuple(c for c in spoken if c.item_key == i.key) for i in seg.standing_items},
                    general=tuple(c for c in spoken if c.item_key is None),
                    passed=bool(mine) and not spoken,
                    seconds=sum(c.seconds or 0.0 for c in spoken),
                    reached=bool(mine),
                )
            )
        return TourGrid(segment_id, seg.standing_items, tuple(rows))

    def next_stakeholder(self, segment_id: int) -> Person | None:
        """The first stakeholder of the round who has neither contributed nor passed yet."""
        return next((r.stakeholder for r in self.tour_grid(segment_id).rows if not r.reached), None)

    # ------------------------------------------------------------------ notes

    def _note(self, kind: str, text: str, owner: str | None, speaker: str | Person | None, context: Context | None) -> int:
        ctx = context if context is not None else self.context()
        who = self.person(speaker) if speaker else None
        payload = {
            "kind": kind,
            "text": _clean(text, "note" if kind == NOTE else kind.replace("_", " ")),
            "owner": (owner or "").strip() or None,
            "speaker": who.to_payload() if who else None,
        }
        return self._commit(rj.NoteAdded.from_payload(payload), ctx, who.key if who else None)

    def add_note(self, text: str, *, speaker: str | Person | None = None, context: Context | None = None) -> int:
        """A free note, stamped with the time and the running segment (and the moment of the turn at
        the floor). It names a speaker only when ``speaker`` says so: whoever had the floor may not
        be whom the note is about."""
        return self._note(NOTE, text, None, speaker, context)

    def add_key_message(self, text: str, *, speaker: str | Person | None = None, context: Context | None = None) -> int:
        return self._note(KEY_MESSAGE, text, None, speaker, context)

    def add_next_step(
        self, text: str, *, owner: str | None = None, speaker: str | Person | None = None, context: Context | None = None
    ) -> int:
        """A next step / action item, with its owner where one is named."""
        return self._note(NEXT_STEP, text, owner, speaker, context)

    def edit_note(self, note_id: int, *, text: str | None = None, owner: str | None = None) -> int:
        n = self._state.notes.get(note_id)
        if n is None or n.struck:
            raise CommandRefused("there is no note {note_id}", note_id=note_id)
        payload: dict[str, Any] = {"note_id": note_id}
        if text is not None:
            payload["text"] = _clean(text, "note")
        if owner is not None:
            payload["owner"] = owner.strip() or None
        if len(payload) == 1:
            raise CommandRefused("nothing to correct")
        return self._commit(rj.NoteEdited.from_payload(payload), None)

    def notes(self, kind: str | None = None) -> list[Note]:
        if kind is not None and kind not in NOTE_KINDS:
            raise ValueError(f"unknown note kind {kind!r}")
        return [n for n in self._state.notes.values() if not n.struck and (kind is None or n.kind == kind)]

    def key_messages(self) -> list[Note]:
        return self.notes(KEY_MESSAGE)

    def next_steps(self) -> list[Note]:
        return self.notes(NEXT_STEP)

    # ------------------------------------------------------------------ striking out

    def strike(self, target_id: int, *, restore: bool = False) -> int:
        """Strike a question, contribution or note from the record (``restore`` brings it back)."""
        s = self._state
        thing = s.questions.get(target_id) or s.contributions.get(target_id) or s.notes.get(target_id)
        if thing is None:
            raise CommandRefused("there is nothing logged with id {target_id}", target_id=target_id)
        if thing.struck and not restore:
            raise CommandRefused("it is already struck")
        if restore and not thing.struck:
            raise CommandRefused("it is not struck")
        if not restore and isinstance(thing, Question) and self.merged_into(thing.id):
            raise CommandRefused("other questions were merged with {label}", label=thing.label)
        return self._commit(rj.Struck(target_id, restore), None)

    # ------------------------------------------------------------------ search

    def search(self, text: str) -> list[Hit]:
        """Everything logged in the sitting whose text, summary, answer or names contain ``text``,
        ignoring case and accents; in the order logged."""
        needle = fold_text(text.strip())
        if not needle:
            return []
        hits: list[Hit] = []

        def look(kind: str, id_: int, at: float, fields: list[tuple[str, str | None]]) -> None:
            for name, value in fields:
                if value and needle in fold_text(value):
                    hits.append(Hit(kind, id_, at, name, value))
                    return

        for q in self.questions():
            look("question", q.id, q.at, [
                ("text", q.text),
                ("asker", q.asker.label if q.asker else None),
                *[("answer", a.note) for a in q.answers],
                *[("addressed_to", p.label) for p in q.addressed_to],
                *[("answer", ", ".join(p.label for p in a.by)) for a in q.answers],
            ])
        for c in self.contributions():
            look("contribution", c.id, c.at, [("summary", c.summary), ("stakeholder", c.stakeholder.label)])
        for n in self.notes():
            look(n.kind, n.id, n.at, [("text", n.text), ("owner", n.owner), ("speaker", n.speaker.label if n.speaker else None)])
        hits.sort(key=lambda h: (h.at, h.id))
        return hits


def _with_segment(ctx: Context, segment_id: int) -> Context:
    if ctx.segment_id == segment_id:
        return ctx
    return Context(segment_id, ctx.speaker_entry_id, ctx.speaker_key, ctx.speaker_name, ctx.speaker_delegation,
                   ctx.speaker_elapsed)


__all__ = [
    "ANSWERED",
    "KEY_MESSAGE",
    "MERGED",
    "NEXT_STEP",
    "NOT_REACHED",
    "NOTE",
    "PUT",
    "WAITING",
    "Context",
    "GridRow",
    "Hit",
    "MODERATOR",
    "Record",
    "TourGrid",
    "fold_text",
]
