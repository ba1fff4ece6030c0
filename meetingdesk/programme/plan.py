"""The resolved plan of a sitting: every segment with zone-aware planned start and end.

A programme may give a segment clock times ("14:00 – 14:20"), a duration
("Q&A (10 mins)"), or nothing (it follows the previous segment and runs until
the next fixed time or the end of the sitting). This module turns that into
aware datetimes, once, for everybody: checks, printed programmes, the live
engine and reports.

A clock time is read in the meeting's zone with zoneinfo's ``fold=0``: on the
night the clocks go back, a time that happens twice is the first of the two.
``clock_change`` says when a time does not exist or happens twice.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal, overload
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


def local_day(sitting: Sitting, t: dt.time) -> dt.date:
    """The date of a clock time of the sitting: the next day for a time after midnight."""
    if sitting.start is not None and t < sitting.start and runs_past_midnight(sitting.start, t):
        return sitting.date + dt.timedelta(days=1)  # a sitting that runs past midnight
    return sitting.date


@overload
def local(sitting: Sitting, t: dt.time, zone: ZoneInfo | None = None) -> dt.datetime: ...
@overload
def local(sitting: Sitting, t: dt.time | None, zone: ZoneInfo | None = None) -> dt.datetime | None: ...
def local(sitting: Sitting, t: dt.time | None, zone: ZoneInfo | None = None) -> dt.datetime | None:
    """The aware datetime of a local clock time on the sitting's date (after midnight rolls over),
    in the meeting's zone or in ``zone``."""
    if t is None:
        return None
    return dt.datetime.combine(local_day(sitting, t), t, tzinfo=zone or ZoneInfo(sitting.meeting.time_zone))


def sitting_bounds(sitting: Sitting, zone: ZoneInfo | None = None) -> tuple[dt.datetime, dt.datetime | None]:
    return local(sitting, sitting.start, zone), local(sitting, sitting.end, zone)


def plan_sitting(sitting: Sitting, zone: ZoneInfo | None = None) -> list[PlannedSegment]:
    """The plan in the meeting's zone, or in ``zone`` (a check runs it in the zone a misspelt name most likely means)."""
    segments = list(sitting.segments)
    sitting_start, sitting_end = sitting_bounds(sitting, zone)
    starts: list[dt.datetime | None] = [local(sitting, s.start, zone) for s in segments]
    ends: list[dt.datetime | None] = [local(sitting, s.end, zone) for s in segments]

    # forward pass: a segment without a start follows the previous one
    previous_end: dt.datetime | None = sitting_start
    for i, seg in enumerate(segments):
        if starts[i] is None:
            starts[i] = previous_end
        start = starts[i]
        if ends[i] is None and start is not None and seg.planned_seconds is not None:
            ends[i] = start + dt.timedelta(seconds=seg.planned_seconds)
        previous_end = ends[i]

    # backward pass: an open end runs until the next known start, or the sitting's end
    next_start: dt.datetime | None = sitting_end
    for i in range(len(segments) - 1, -1, -1):
        if ends[i] is None:
            ends[i] = next_start
        end, seconds = ends[i], segments[i].planned_seconds
        if starts[i] is None and end is not None and seconds is not None:
            starts[i] = end - dt.timedelta(seconds=seconds)
        next_start = starts[i]

    # a second forward pass fills starts that only became known from the backward pass
    previous_end = sitting_start
    for i in range(len(segments)):
        if starts[i] is None:
            starts[i] = previous_end
        previous_end = ends[i]

    return [PlannedSegment(seg, starts[i], ends[i]) for i, seg in enumerate(segments)]


# --- clock changes ------------------------------------------------------------------------------

UTC = dt.timezone.utc


@dataclass(frozen=True)
class ClockChange:
    """A local time on a night the clocks change.

    ``kind`` "gap": the time does not exist (clocks go forward from ``wall_before`` to ``wall_after``);
    "repeat": it happens twice, at ``first`` and at ``second`` (clocks go back). ``first`` is the
    instant a plan uses (``fold=0``).
    """

    kind: Literal["gap", "repeat"]
    first: dt.datetime
    second: dt.datetime
    wall_before: dt.time  # the clock just before the change: 02:00 going forward, 03:00 going back
    wall_after: dt.time  # and just after it: 03:00, 02:00


def utc_offset(t: dt.datetime, zone: ZoneInfo) -> dt.timedelta:
    """The offset from UTC of ``zone`` at the instant ``t``."""
    offset = t.astimezone(zone).utcoffset()
    if offset is None:  # astimezone gives an aware time, which has one
        raise ValueError(f"{zone} has no offset at {t}")
    return offset


def clock_change(day: dt.date, t: dt.time, zone: ZoneInfo) -> ClockChange | None:
    """Whether ``t`` on ``day`` falls in a clock change of ``zone``; None for an ordinary time."""
    first = dt.datetime.combine(day, t, tzinfo=zone)  # fold=0: the offset before the change
    second = first.replace(fold=1)  # the offset after it
    if first.utcoffset() == second.utcoffset():
        return None
    a, b = sorted((first.astimezone(UTC), second.astimezone(UTC)))
    change = _transition(a, b, zone)
    offset_before = utc_offset(change - dt.timedelta(seconds=1), zone)
    offset_after = utc_offset(change, zone)
    repeated = first.astimezone(UTC).astimezone(zone).replace(tzinfo=None) == first.replace(tzinfo=None)
    return ClockChange(
        "repeat" if repeated else "gap",
        first,
        second,
        (change + offset_before).time(),
        (change + offset_after).time(),
    )


def _transition(a: dt.datetime, b: dt.datetime, zone: ZoneInfo) -> dt.datetime:
    """The instant of the change between a and b (UTC instants that have different offsets in ``zone``)."""
    target = b.astimezone(zone).utcoffset()
    low, high = int(a.timestamp()), int(b.timestamp())
    while high - low > 1:
        middle = (low + high) // 2
        if dt.datetime.fromtimestamp(middle, zone).utcoffset() == target:
            high = middle
        else:
            low = middle
    return dt.datetime.fromtimestamp(high, UTC)
