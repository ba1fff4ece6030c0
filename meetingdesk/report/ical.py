"""The programme as iCalendar (.ics) for invitations: one event per sitting, with its time zone.

Times are written in the meeting's own zone (``TZID``) with a VTIMEZONE built from
the IANA data, so a calendar in New York shows a Geneva side event at the right
hour on either side of a daylight-saving change.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard

from meetingdesk.programme.plan import utc_offset

from .record import Record
from .summary import minutes


def _uid(record: Record, number: int) -> str:
    return f"meeting-{record.meeting_id}-sitting-{number}@meetingdesk"


def _transitions(zone: ZoneInfo, start: dt.datetime, end: dt.datetime) -> list[dt.datetime]:
    """The UTC instants between ``start`` and ``end`` at which the zone's offset changes (to the second)."""
    def offset(t: dt.datetime) -> dt.timedelta:
        return utc_offset(t, zone)

    found = []
    day = dt.timedelta(days=1)
    t = start
    while t < end:
        if offset(t) != offset(t + day):
            low, high = t, t + day  # the change lies in (low, high]
            while high - low > dt.timedelta(seconds=1):
                middle = low + (high - low) / 2
                low, high = (middle, high) if offset(middle) == offset(low) else (low, middle)
            found.append(high.replace(microsecond=0))
        t += day
    return found


def vtimezone(name: str, years: range) -> Timezone:
    """The zone's rules over ``years`` as a VTIMEZONE: one observance per change of offset.

    RFC 5545 (3.6.5): an observance's DTSTART is the local time *before* the change, in the offset it
    changes from (TZOFFSETFROM): in Geneva, summer time starts at 02:00 CET, not at the 03:00 CEST the
    clock shows after it. A zone without changes (Asia/Kathmandu) has one standard observance.
    """
    zone = ZoneInfo(name)
    tz = Timezone()
    tz.add("tzid", name)
    start = dt.datetime(years.start, 1, 1, tzinfo=dt.timezone.utc)
    end = dt.datetime(years.stop, 1, 1, tzinfo=dt.timezone.utc)
    # the offset in force when the years begin, then each change
    for moment in [start] + _transitions(zone, start, end):
        after = utc_offset(moment, zone)
        before = after if moment == start else utc_offset(moment - dt.timedelta(seconds=1), zone)
        local = moment.astimezone(zone)
        part = TimezoneDaylight() if local.dst() else TimezoneStandard()
        part.add("dtstart", (moment + before).replace(tzinfo=None))
        part.add("tzoffsetfrom", before)
        part.add("tzoffsetto", after)
        part.add("tzname", local.tzname())
        tz.add_component(part)
    return tz


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
    years = sorted({s.planned_start.year for s in record.sittings})
    cal.add_component(vtimezone(record.time_zone, range(years[0] - 1, years[-1] + 2)))
    return cal


def write_ics(record: Record, path: str | Path) -> list[Path]:
    path = Path(path)
    path.write_bytes(calendar(record).to_ical())
    return [path]
