"""The part of the programme a live sitting needs, read once at open into plain values.

The fold and the view never touch the ORM; they read this snapshot.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import overload
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session, selectinload

from meetingdesk.interpretation.plan import InterpretationPlan
from meetingdesk.journal.timeline import to_epoch
from meetingdesk.programme.enums import SegmentKind
from meetingdesk.programme.identities import labels
from meetingdesk.programme.model import Meeting, Participant, Sitting, load_sitting
from meetingdesk.programme.plan import plan_sitting, sitting_bounds


@dataclass(frozen=True, slots=True)
class Person:
    key: str
    name: str  # with honorific, for the operators' screens
    public_name: str  # the role or group label when protected
    delegation: str | None
    group: str | None
    level: str | None
    modality: str
    language: str | None
    protected: bool


@dataclass(frozen=True, slots=True)
class Slot:
    participant_key: str
    role: str
    min_seconds: int | None
    max_seconds: int | None
    registered_at: dt.datetime | None
    position: int
    text_received: bool = False  # the speech text was sent to the interpreters
    text: str | None = None  # the speech text itself, for the booths


@dataclass(frozen=True, slots=True)
class PlannedSegment:
    id: int
    title: str
    kind: str
    start: float | None  # epoch seconds, UTC
    end: float | None
    time_permitting: bool
    slots: tuple[Slot, ...]

    @property
    def seconds(self) -> float | None:
        if self.start is None or self.end is None:
            return None
        return self.end - self.start


@dataclass(frozen=True)
class Snapshot:
    sitting_id: int
    meeting_title: str
    sitting_title: str | None
    zone: ZoneInfo
    start: float  # planned, epoch seconds
    end: float | None
    intervention_seconds: int | None  # the meeting's default limit
    segments: tuple[PlannedSegment, ...]
    people: dict[str, Person]
    interpretation: InterpretationPlan = InterpretationPlan((), None, ())  # languages, pivot, booths

    def segment(self, segment_id: int) -> PlannedSegment | None:
        return next((s for s in self.segments if s.id == segment_id), None)

    def planned(self, segment_id: int) -> PlannedSegment:
        """A segment of this sitting's plan: the fold's own ids (``State.order``), a checked command's."""
        segment = self.segment(segment_id)
        if segment is None:
            raise KeyError(f"segment {segment_id} is not in the plan of sitting {self.sitting_id}")
        return segment

    @overload
    def local(self, seconds: float) -> dt.datetime: ...
    @overload
    def local(self, seconds: float | None) -> dt.datetime | None: ...
    def local(self, seconds: float | None) -> dt.datetime | None:
        return None if seconds is None else dt.datetime.fromtimestamp(seconds, self.zone)


def _person(p: Participant, label: str | None) -> Person:
    """``label``: the distinct label public displays show for a protected participant."""
    return Person(
        key=p.key,
        name=p.display_name,
        public_name=label or p.display_name,
        delegation=p.delegation,
        group=p.group,
        level=p.level,
        modality=p.modality,
        language=p.language,
        protected=bool(p.protected),
    )


def _epoch(when: dt.datetime | None) -> float | None:
    return None if when is None else to_epoch(when)


def load_snapshot(session: Session, sitting_id: int) -> Snapshot:
    sitting = load_sitting(session, sitting_id, selectinload(Sitting.meeting).selectinload(Meeting.booths))
    meeting = sitting.meeting
    by_id = {p.id: p for p in meeting.participants}
    protected = labels(meeting.participants, "en")  # the journal's words; the views say them in the reader's
    start, end = sitting_bounds(sitting)
    segments = []
    for planned in plan_sitting(sitting):
        seg = planned.segment
        slots = tuple(
            Slot(
                participant_key=by_id[s.participant_id].key,
                role=s.role,
                min_seconds=s.min_seconds,
                max_seconds=s.max_seconds,
                registered_at=s.registered_at,
                position=i,
                text_received=bool(s.text_received),
                text=s.speech_text,
            )
            for i, s in enumerate(seg.slots)
        )
        segments.append(
            PlannedSegment(
                id=seg.id,
                title=seg.title,
                kind=seg.kind or SegmentKind.OTHER.value,
                start=_epoch(planned.start),
                end=_epoch(planned.end),
                time_permitting=bool(seg.time_permitting),
                slots=slots,
            )
        )
    return Snapshot(
        sitting_id=sitting.id,
        meeting_title=meeting.title,
        sitting_title=sitting.title,
        zone=ZoneInfo(meeting.time_zone),
        start=to_epoch(start),
        end=_epoch(end),
        intervention_seconds=meeting.intervention_seconds,
        segments=tuple(segments),
        people={p.key: _person(p, protected.get(p.key)) for p in meeting.participants},
        interpretation=InterpretationPlan.of(meeting),
    )
