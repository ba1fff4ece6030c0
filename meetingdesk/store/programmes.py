"""Programmes in the database: import a checked file, load a meeting whole, export it back.

An import is all or nothing: the checks run first and a file with errors is
refused; the meetings are then written in one transaction, so a failure half-way
(a full disk, a constraint) leaves the database exactly as it was. An export
writes only a file that imports again.
"""

from __future__ import annotations

import logging
import os
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

import meetingdesk
from meetingdesk.i18n import Explained, Message
from meetingdesk.programme.files import dump_programme, examine, parse_programme
from meetingdesk.programme.model import AgendaItem, Meeting, Segment, Sitting, SpeakerSlot
from meetingdesk.programme.problems import Problem, ProgrammeError, UnreadableFile

from .engine import Store

log = logging.getLogger(__name__)


class MeetingNotFound(Explained, LookupError):
    """There is no meeting with that id; ``str()`` says so in words the CLI prints (``message.render()``
    in the chosen language)."""

    def __init__(self, meeting_id: int):
        self.meeting_id = meeting_id
        super().__init__(Message("there is no meeting {id} in the database (`meetingdesk meetings` lists them)", id=meeting_id))

    def __str__(self) -> str:
        return self.reason


@dataclass(frozen=True)
class MeetingRow:
    id: int
    title: str
    first_date: object  # datetime.date of the first sitting, or None for a meeting without sittings


def samples_folder() -> Path:
    return Path(meetingdesk.__file__).parents[1] / "resources" / "programmes"


def import_file(store: Store, path: str | Path) -> tuple[int, list[Problem]]:
    """Check and import a programme file; returns the new meeting's id and the warnings.

    Raises ``UnreadableFile`` or ``ProgrammeError`` (with every problem) and then writes nothing.
    """
    meeting, problems = examine(path)
    if meeting is None or any(p.is_error for p in problems):
        raise ProgrammeError(problems)
    return import_meeting(store, meeting), problems


def import_meeting(store: Store, meeting: Meeting) -> int:
    """Write a transient meeting graph in one transaction; returns its id."""
    return import_meetings(store, [meeting])[0]


def import_meetings(store: Store, meetings: list[Meeting]) -> list[int]:
    """Write transient meeting graphs in one transaction, all or none; returns their ids."""
    with store.session() as session, session.begin():
        session.add_all(meetings)
        session.flush()
        ids = [meeting.id for meeting in meetings]
    return ids


def whole_meeting():
    """Loader options that read a meeting whole, every table of its programme."""
    segments = selectinload(Meeting.sittings).selectinload(Sitting.segments)
    return [
        selectinload(Meeting.participants),
        selectinload(Meeting.items).selectinload(AgendaItem.children),
        selectinload(Meeting.booths),
        segments.selectinload(Segment.slots).selectinload(SpeakerSlot.participant),
        segments.selectinload(Segment.standing_items),
        segments.selectinload(Segment.item),
    ]


def load_meeting(store: Store, meeting_id: int) -> Meeting:
    """The whole meeting, every relationship loaded, usable after its session is closed."""
    with store.session() as session:
        meeting = session.get(Meeting, meeting_id, options=whole_meeting())
        if meeting is None:
            raise MeetingNotFound(meeting_id)
        # many-to-one references back up the tree come from the identity map, without SQL,
        # but only while the session is open: touch them now so nothing lazy is left.
        for item in meeting.items:
            _ = item.parent, item.meeting
        for participant in meeting.participants:
            _ = participant.meeting
        for booth in meeting.booths:
            _ = booth.meeting
        for sitting in meeting.sittings:
            _ = sitting.meeting
            for segment in sitting.segments:
                _ = segment.sitting, segment.item
                for slot in segment.slots:
                    _ = slot.segment, slot.participant
                for standing in segment.standing_items:
                    _ = standing.segment
        session.expunge_all()
    return meeting


def export_file(store: Store, meeting_id: int, path: str | Path) -> None:
    """Write a meeting as a programme file; the file is replaced whole or not at all.

    What is written always imports again: a meeting whose file would not (a value no import
    could have stored) raises ``ProgrammeError`` naming each field, and nothing is written.
    """
    write_programme(load_meeting(store, meeting_id), path, f"meeting {meeting_id} in the database")


def write_programme(meeting: Meeting, path: str | Path, here: str) -> None:
    """``export_file`` for a meeting in memory (``here`` names it in the problems)."""
    text = dump_programme(meeting)
    again = parse_programme(text)
    if not again.ok:
        raise ProgrammeError([replace(p, file=here, line=None) for p in again.errors])
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def list_meetings(store: Store) -> list[MeetingRow]:
    """Every meeting with the date of its first sitting, earliest first."""
    first = func.min(Sitting.date).label("first_date")
    query = (
        select(Meeting.id, Meeting.title, first)
        .outerjoin(Sitting, Sitting.meeting_id == Meeting.id)
        .group_by(Meeting.id, Meeting.title)
        .order_by(first, Meeting.id)
    )
    with store.session() as session:
        return [MeetingRow(row.id, row.title, row.first_date) for row in session.execute(query)]


def find_meeting_by_title(store: Store, title: str) -> int | None:
    """The id of the meeting with exactly this title (the newest, if several), or None."""
    with store.session() as session:
        return session.scalar(select(Meeting.id).where(Meeting.title == title).order_by(Meeting.id.desc()).limit(1))


def ensure_samples(store: Store, folder: str | Path | None = None) -> list[int]:
    """Import the sample programmes into a database that has no meeting yet; returns the new ids.

    A sample that fails its checks is skipped (and logged), so one broken sample never
    keeps the application from starting.
    """
    with store.session() as session:
        if session.scalar(select(func.count(Meeting.id))):
            return []
    ids = []
    for path in sorted(Path(folder or samples_folder()).glob("*.toml")):
        try:
            meeting_id, _ = import_file(store, path)
        except (ProgrammeError, UnreadableFile) as e:
            log.warning("sample programme %s not imported:\n%s", path, e)
            continue
        ids.append(meeting_id)
    return ids
