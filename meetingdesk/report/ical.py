"""The programme as iCalendar (.ics) for invitations: one event per sitting, with its time zone.

Times are written in the meeting's own zone (``TZID``) with a VTIMEZONE built from
the IANA data, so a calendar in New York shows a Geneva side event at the right
hour on either side of a daylight-saving change.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from icalendar import Calendar, Event

from .record import Record
from .summary import minutes


def _uid(record: Record, number: int) -> str:
    return f"meeting-{record.meeting_id}-sitting-{number}@meetingdesk"


def calendar(record: Record) -> Calendar:
    cal = Calendar()
    cal.add("prodid", "-//MeetingDesk//Programme//EN")
    cal.add("version", "2.0")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", record.title)
    for sitting in record.sittings:
        ev = Event()
        ev.add("uid", _uid(record, sitting.number))
        title = record.title if len(record.sittings) == 1 else f"{record.title} — {sitting.title}"
        ev.add("summary", f"Rehearsal: {title}" if sitting.rehearsal else title)
        ev.add("dtstart", sitting.planned_start)
        end = sitting.planned_end or max((s.planned_end for s in sitting.segments if s.planned_end), default=None)
        if end is not None:
            ev.add("dtend", end)
        ev.add("dtstamp", dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc) if not record.made_at
               else record.made_at.astimezone(dt.timezone.utc))
        if record.venue:
            ev.add("location", record.venue)
        lines = [record.subtitle] if record.subtitle else []
        if sitting.rehearsal_note:
            lines.append(sitting.rehearsal_note)
        if record.organisers:
            lines.append("Organisers: " + "; ".join(record.organisers))
        lines.append("")
        for seg in sitting.segments:
            when = f"{seg.planned_start:%H:%M}–{seg.planned_end:%H:%M}" if seg.planned_start and seg.planned_end else ""
            lines.append(f"{when} {seg.title}".strip())
            speakers = [i.speaker for i in record.interventions if i.sitting == sitting.number and i.segment_id == seg.id]
            if speakers:
                lines.append("  " + "; ".join(dict.fromkeys(speakers)))
        if record.languages:
            lines.append("")
            lines.append("Languages: " + ", ".join(record.languages))
        if record.webcast:
            lines.append(f"Webcast: {record.webcast}")
        ev.add("description", "\n".join(lines))
        length = (end - sitting.planned_start).total_seconds() if end is not None else None
        if length is not None:
            ev.add("x-meetingdesk-length", minutes(length))
        cal.add_component(ev)
    cal.add_missing_timezones()
    return cal


def write_ics(record: Record, path: str | Path) -> list[Path]:
    path = Path(path)
    path.write_bytes(calendar(record).to_ical())
    return [path]
