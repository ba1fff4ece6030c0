"""The resolved plan of a sitting: every segment with zone-aware planned start and end.

A programme may give a segment clock times ("14:00 – 14:20"), a duration
("Q&A (10 mins)"), or nothing (it follows the previous segment and runs until
the next fixed time or the end of the sitting). This module turns that into
aware datetimes, once, for everybody: checks, printed programmes, the live
engine and reports.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from .model import Segment, Sitting


@dataclass(frozen=True)
class PlannedSegment:
    segment: Segment
    start: dt.datetime | None  # aware, in the meeting's zone
    end: dt.datetime | None

    @property
    def seconds(self) -> int | None:
        if self.start is None or self.end is None:
            return None
        # subtract in UTC: two times in one zone subtract as wall clocks, an hour off on a DST night
        return int((self.end.astimezone(dt.timezone.utc) - self.start.astimezone(dt.timezone.utc)).total_seconds())


def runs_past_midnight(start: dt.time, t: dt.time) -> bool:
    """A clock time earlier than the sitting's start is on the next day only when that is plausible:
    less than 12 hours after the start (14:00 → 01:00 is past midnight; 14:00 → 09:00 is a mistake)."""
    today = dt.date(2000, 1, 1)
    later = dt.datetime.combine(today + dt.timedelta(days=1), t) - dt.datetime.combine(today, start)
    return later < dt.timedelta(hours=12)


def local(sitting: Sitting, t: dt.time | None) -> dt.datetime | None:
    """The aware datetime of a local clock time on the sitting's date (after midnight rolls over)."""
    if t is None:
        return None
    zone = ZoneInfo(sitting.meeting.time_zone)
    day = sitting.date
    if sitting.start is not None and t < sitting.start and runs_past_midnight(sitting.start, t):
        day = day + dt.timedelta(days=1)  # a sitting that runs past midnight
    return dt.datetime.combine(day, t, tzinfo=zone)


def sitting_bounds(sitting: Sitting) -> tuple[dt.datetime, dt.datetime | None]:
    return local(sitting, sitting.start), local(sitting, sitting.end)  # type: ignore[return-value]


def plan_sitting(sitting: Sitting) -> list[PlannedSegment]:
    segments = list(sitting.segments)
    sitting_start, sitting_end = sitting_bounds(sitting)
    starts: list[dt.datetime | None] = [local(sitting, s.start) for s in segments]
    ends: list[dt.datetime | None] = [local(sitting, s.end) for s in segments]

    # forward pass: a segment without a start follows the previous one
    previous_end: dt.datetime | None = sitting_start
    for i, seg in enumerate(segments):
        if starts[i] is None:
            starts[i] = previous_end
        if ends[i] is None and starts[i] is not None and seg.planned_seconds is not None:
            ends[i] = starts[i] + dt.timedelta(seconds=seg.planned_seconds)
        previous_end = ends[i]

    # backward pass: an open end runs until the next known start, or the sitting's end
    next_start: dt.datetime | None = sitting_end
    for i in range(len(segments) - 1, -1, -1):
        if ends[i] is None:
            ends[i] = next_start
        if starts[i] is None and ends[i] is not None and segments[i].planned_seconds is not None:
            starts[i] = ends[i] - dt.timedelta(seconds=segments[i].planned_seconds)
        next_start = starts[i]

    # a second forward pass fills starts that only became known from the backward pass
    previous_end = sitting_start
    for i in range(len(segments)):
        if starts[i] is None:
            starts[i] = previous_end
        previous_end = ends[i]

    return [PlannedSegment(seg, starts[i], ends[i]) for i, seg in enumerate(segments)]
