"""The programme: what is planned for a meeting, as SQLAlchemy 2 typed ORM classes.

One meeting has participants, agenda items, one or more sittings; a sitting has
segments in order; a segment has speaker slots in order and, for a
tour-de-table, standing items with guiding questions. An interpretation plan
is a list of booths.

Clock times of sittings and segments are *local* times in the meeting's home
time zone (``Meeting.time_zone``), as a secretariat writes them; see
``meetingdesk.programme.plan`` for the resolved, zone-aware plan.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship, selectinload

# Stable constraint names, so Alembic migrations work the same on SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {list[str]: JSON, dict[str, Any]: JSON}


def text_limit(column: Any) -> int:
    """The most characters a text column holds: the limits the database sets to what is typed."""
    kind = column.type
    if not isinstance(kind, String) or kind.length is None:
        raise TypeError(f"{column.name} is no text column of limited length")
    return kind.length


class Meeting(Base):
    __tablename__ = "meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(500))
    subtitle: Mapped[str | None] = mapped_column(String(500))
    organisers: Mapped[list[str]] = mapped_column(default=list)
    co_sponsors: Mapped[list[str]] = mapped_column(default=list)
    venue: Mapped[str | None] = mapped_column(String(300))
    room: Mapped[str | None] = mapped_column(String(200))
    format: Mapped[str] = mapped_column(String(20), default="in_person")
    platform: Mapped[str | None] = mapped_column(String(200))  # e.g. Microsoft Teams
    webcast: Mapped[str | None] = mapped_column(String(200))  # e.g. UN Web TV
    contact: Mapped[str | None] = mapped_column(String(500))
    time_zone: Mapped[str] = mapped_column(String(64))  # IANA name, e.g. Europe/Zurich
    display_zones: Mapped[list[str]] = mapped_column(default=list)
    languages: Mapped[list[str]] = mapped_column(default=list)  # BCP 47 codes of the floor
    pivot_language: Mapped[str | None] = mapped_column(String(16))  # relay pivot
    registration_deadline: Mapped[dt.date | None] = mapped_column(Date)
    intervention_seconds: Mapped[int | None] = mapped_column(Integer)  # default time limit
    description: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text)  # where the programme came from
    assumed: Mapped[list[str]] = mapped_column(default=list)  # fields chosen where the source is silent

    participants: Mapped[list[Participant]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="Participant.position"
    )
    items: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="AgendaItem.position"
    )
    sittings: Mapped[list[Sitting]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="Sitting.position"
    )
    booths: Mapped[list[Booth]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="Booth.position"
    )

    def participant(self, key: str) -> Participant | None:
        return next((p for p in self.participants if p.key == key), None)

    def item(self, number: str) -> AgendaItem | None:
        return next((i for i in self.items if i.number == number), None)


class Participant(Base):
    __tablename__ = "participant"
    __table_args__ = (UniqueConstraint("meeting_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    key: Mapped[str] = mapped_column(String(100))  # the id used in programme files
    name: Mapped[str] = mapped_column(String(300))
    title: Mapped[str | None] = mapped_column(String(50))  # honorific: Ms., Dr., H.E. Mr.
    position_title: Mapped[str | None] = mapped_column(String(500))  # job title
    affiliation: Mapped[str | None] = mapped_column(String(300))
    group: Mapped[str | None] = mapped_column(String(30))  # StakeholderGroup
    delegation: Mapped[str | None] = mapped_column(String(200))
    level: Mapped[str | None] = mapped_column(String(30))  # Level
    modality: Mapped[str] = mapped_column(String(20), default="in_person")  # Modality
    language: Mapped[str | None] = mapped_column(String(16))  # floor language, BCP 47
    gender: Mapped[str | None] = mapped_column(String(10))  # Gender, optional
    protected: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Text)
    assumed: Mapped[list[str]] = mapped_column(default=list)

    meeting: Mapped[Meeting] = relationship(back_populates="participants")

    @property
    def display_name(self) -> str:
        """Full name with honorific, for the operators' own screens (never public ones)."""
        return f"{self.title} {self.name}" if self.title else self.name


class AgendaItem(Base):
    __tablename__ = "agenda_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)
    number: Mapped[str] = mapped_column(String(20))  # "I", "III.1", "3(a)"
    title: Mapped[str] = mapped_column(String(500))
    description: Mapped[str | None] = mapped_column(Text)
    assumed: Mapped[list[str]] = mapped_column(default=list)

    meeting: Mapped[Meeting] = relationship(back_populates="items")
    parent: Mapped[AgendaItem | None] = relationship(remote_side=[id], back_populates="children")
    children: Mapped[list[AgendaItem]] = relationship(back_populates="parent", order_by="AgendaItem.position")


class Sitting(Base):
    __tablename__ = "sitting"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    title: Mapped[str | None] = mapped_column(String(200))  # "Morning", "Afternoon"
    date: Mapped[dt.date] = mapped_column(Date)
    start: Mapped[dt.time] = mapped_column(Time)  # local, in meeting.time_zone
    end: Mapped[dt.time | None] = mapped_column(Time)
    room: Mapped[str | None] = mapped_column(String(200))
    assumed: Mapped[list[str]] = mapped_column(default=list)

    meeting: Mapped[Meeting] = relationship(back_populates="sittings")
    segments: Mapped[list[Segment]] = relationship(
        back_populates="sitting", cascade="all, delete-orphan", order_by="Segment.position"
    )


class Segment(Base):
    __tablename__ = "segment"

    id: Mapped[int] = mapped_column(primary_key=True)
    sitting_id: Mapped[int] = mapped_column(ForeignKey("sitting.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_item.id", ondelete="SET NULL"))
    position: Mapped[int] = mapped_column(default=0)
    title: Mapped[str] = mapped_column(String(500))
    kind: Mapped[str] = mapped_column(String(20), default="other")  # SegmentKind
    start: Mapped[dt.time | None] = mapped_column(Time)  # local; None = follows the previous one
    end: Mapped[dt.time | None] = mapped_column(Time)
    planned_seconds: Mapped[int | None] = mapped_column(Integer)  # when given as a duration
    description: Mapped[str | None] = mapped_column(Text)
    time_permitting: Mapped[bool] = mapped_column(Boolean, default=False)
    assumed: Mapped[list[str]] = mapped_column(default=list)

    sitting: Mapped[Sitting] = relationship(back_populates="segments")
    item: Mapped[AgendaItem | None] = relationship()
    slots: Mapped[list[SpeakerSlot]] = relationship(
        back_populates="segment", cascade="all, delete-orphan", order_by="SpeakerSlot.position"
    )
    standing_items: Mapped[list[StandingItem]] = relationship(
        back_populates="segment", cascade="all, delete-orphan", order_by="StandingItem.position"
    )


class SpeakerSlot(Base):
    """A planned turn at the floor: who, in which role, for how long."""

    __tablename__ = "speaker_slot"

    id: Mapped[int] = mapped_column(primary_key=True)
    segment_id: Mapped[int] = mapped_column(ForeignKey("segment.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(20), default="speaker")  # Role
    min_seconds: Mapped[int | None] = mapped_column(Integer)  # allotment; equal to max when fixed
    max_seconds: Mapped[int | None] = mapped_column(Integer)
    registered_at: Mapped[dt.datetime | None] = mapped_column(DateTime)  # inscription, for interventions
    text_received: Mapped[bool] = mapped_column(Boolean, default=False)  # speech text sent to interpreters
    speech_text: Mapped[str | None] = mapped_column(Text)  # the text itself, shown to the booths
    note: Mapped[str | None] = mapped_column(Text)
    assumed: Mapped[list[str]] = mapped_column(default=list)

    segment: Mapped[Segment] = relationship(back_populates="slots")
    participant: Mapped[Participant] = relationship()


class StandingItem(Base):
    """A standing agenda item of a tour-de-table, with its guiding questions."""

    __tablename__ = "standing_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    segment_id: Mapped[int] = mapped_column(ForeignKey("segment.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    key: Mapped[str] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(Text)
    questions: Mapped[list[str]] = mapped_column(default=list)
    assumed: Mapped[list[str]] = mapped_column(default=list)

    segment: Mapped[Segment] = relationship(back_populates="standing_items")


class Booth(Base):
    """An interpretation booth: works into one language from the languages it hears."""

    __tablename__ = "booth"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    into: Mapped[str] = mapped_column(String(16))
    sources: Mapped[list[str]] = mapped_column(default=list)  # languages interpreted directly
    interpreters: Mapped[int] = mapped_column(Integer, default=2)
    assumed: Mapped[list[str]] = mapped_column(default=list)

    meeting: Mapped[Meeting] = relationship(back_populates="booths")


def load_sitting(session: Session, sitting_id: int, *more: Any) -> Sitting:
    """One sitting read for its programme: its meeting's participants and its segments' slots
    come with it, and whatever the loader options ``more`` add. LookupError when there is none."""
    options = [
        selectinload(Sitting.meeting).selectinload(Meeting.participants),
        selectinload(Sitting.segments).selectinload(Segment.slots),
        *more,
    ]
    sitting = session.get(Sitting, sitting_id, options=options)
    if sitting is None:
        raise LookupError(f"there is no sitting with id {sitting_id}")
    return sitting
