"""The part of the programme the rapporteur needs, read once at open into plain values:
the sitting's segments with their standing items and guiding questions, and the people."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session, selectinload

from meetingdesk.programme.identities import ProtectedNames
from meetingdesk.programme.model import Segment, Sitting, load_sitting

from .state import Person


@dataclass(frozen=True, slots=True)
class StandingItemInfo:
    key: str
    title: str
    questions: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SegmentInfo:
    id: int
    title: str
    kind: str
    standing_items: tuple[StandingItemInfo, ...]
    speakers: tuple[str, ...]  # participant keys of the planned slots, in order

    def item(self, key: str) -> StandingItemInfo | None:
        return next((i for i in self.standing_items if i.key == key), None)


@dataclass(frozen=True)
class RecordProgramme:
    sitting_id: int
    meeting_title: str
    sitting_title: str | None
    zone: ZoneInfo
    segments: tuple[SegmentInfo, ...]
    people: dict[str, Person]
    protected: ProtectedNames  # the protected names, to mark them as they are typed and offer the labels

    def segment(self, segment_id: int | None) -> SegmentInfo | None:
        return next((s for s in self.segments if s.id == segment_id), None)

    @property
    def tours(self) -> tuple[SegmentInfo, ...]:
        """Segments with standing items (the tours-de-table)."""
        return tuple(s for s in self.segments if s.standing_items)


def load_programme_info(session: Session, sitting_id: int) -> RecordProgramme:
    sitting = load_sitting(session, sitting_id, selectinload(Sitting.segments).selectinload(Segment.standing_items))
    meeting = sitting.meeting
    by_id = {p.id: p for p in meeting.participants}
    return RecordProgramme(
        sitting_id=sitting.id,
        meeting_title=meeting.title,
        sitting_title=sitting.title,
        zone=ZoneInfo(meeting.time_zone),
        segments=tuple(
            SegmentInfo(
                id=s.id,
                title=s.title,
                kind=s.kind,
                standing_items=tuple(
                    StandingItemInfo(i.key, i.title, tuple(i.questions or ())) for i in s.standing_items
                ),
                speakers=tuple(by_id[slot.participant_id].key for slot in s.slots if slot.participant_id in by_id),
            )
            for s in sitting.segments
        ),
        people={
            p.key: Person(
                name=p.display_name,
                key=p.key,
                delegation=p.delegation,
                group=p.group,
                protected=bool(p.protected),
            )
            for p in meeting.participants
        },
        protected=ProtectedNames.of(meeting.participants),
    )
